import type {IncomingMessage} from 'node:http';
import {isIP} from 'node:net';
import {isDevPath} from './dev-path.js';
import {failure, type Reply} from './reply.js';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `host[:port]` without the port; IPv6 literals lose their brackets. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(host);
  if (bracketed) return bracketed[1] ?? '';
  return host.replace(/:\d*$/, '');
}

/** Loopback names and addresses: 127.0.0.0/8, ::1, `localhost` and `*.localhost`. */
export function isLoopback(host: string): boolean {
  const name = hostName(host).toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));
}

/**
 * Why a request to `/dev/*` is refused, or undefined when it may go on. Only the developer's own
 * tools may use the dev API: scripts and tests (no `Origin`, no `Sec-Fetch-Site`) and pages the
 * node serves itself (same origin). A page on another site is refused even for a "simple"
 * request that needs no preflight (a `text/plain` POST), and a `Host` that is neither an address
 * nor loopback nor the bound name is refused too, so that a DNS-rebound site cannot pass for the
 * node's own origin.
 */
export function devRequestRefusal(req: IncomingMessage, boundHost: string): string | undefined {
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request`;
  const host = header(req, 'host') ?? '';
  const name = hostName(host).toLowerCase();
  if (!(isIP(name) !== 0 || isLoopback(host) || name === boundHost.toLowerCase())) return `the Host "${host}"`;
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${host}`) return `a request from ${origin}`;
  if ((req.method === 'POST' || req.method === 'PUT') && !/^application\/json\s*(;|$)/i.test(header(req, 'content-type') ?? ''))
    return 'a body that is not application/json';
  return undefined;
}

/** The gate for `/dev/*`: a 403 naming why, or undefined to carry on. */
export function devOriginGate(boundHost: string): (req: IncomingMessage) => Reply | undefined {
  return (req) => {
    if (!isDevPath(req.url ?? '/')) return undefined;
    const refusal = devRequestRefusal(req, boundHost);
    return refusal === undefined ? undefined : failure(403, `The dev API refuses ${refusal}: it is for local tools only`);
  };
}

/** The warning printed when the dev API is on and the node listens beyond loopback. */
export function devApiExposureWarning(host: string): string | undefined {
  if (isLoopback(host)) return undefined;
  return (
    `--dev-api is on and the node listens on ${host}: anyone who can reach this address can read ` +
    'every room (chat included), replace rooms and inject faults. Use it on trusted networks only.'
  );
}
