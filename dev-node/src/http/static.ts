import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import type {IncomingMessage, ServerResponse} from 'node:http';
import path from 'node:path';
import {corsHeaders, HANDLED, type Reply} from './reply.js';

/** A Map: the extension comes from the request's path. */
const MIME_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
    '.wasm': 'application/wasm',
    '.pdf': 'application/pdf',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain; charset=utf-8',
    '.woff2': 'font/woff2',
    '.bcmap': 'application/octet-stream',
  })
);

export function mimeType(file: string): string {
  return MIME_TYPES.get(path.extname(file).toLowerCase()) ?? 'application/octet-stream';
}

/** A URL prefix ("/demo/") served from a directory. */
export interface StaticRoot {
  readonly prefix: string;
  readonly dir: string;
}

/** Normalises prefixes to "/x/" form and directories to absolute paths; longest prefix first. */
export function staticRoots(roots: Readonly<Record<string, string>>): StaticRoot[] {
  return Object.entries(roots)
    .map(([prefix, dir]) => ({
      prefix: `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
      dir: path.resolve(dir),
    }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * Resolves a decoded URL path inside a root, or undefined when it is not under the root or
 * would escape it (directory traversal, NUL bytes).
 */
export function resolveInRoot(root: StaticRoot, urlPath: string): string | undefined {
  if (!urlPath.startsWith(root.prefix) && `${urlPath}/` !== root.prefix) return undefined;
  const relative = urlPath.slice(root.prefix.length);
  if (relative.includes('\0')) return undefined;
  const file = path.resolve(root.dir, `.${path.posix.sep}${relative}`);
  if (file !== root.dir && !file.startsWith(root.dir + path.sep)) return undefined;
  return file;
}

/**
 * Serves a file for GET/HEAD when the path falls under one of the roots; `undefined` means
 * "not mine" so the caller can answer 404. Directory URLs get their index.html.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  roots: readonly StaticRoot[],
  urlPath: string
): Promise<Reply | undefined> {
  for (const root of roots) {
    let file = resolveInRoot(root, urlPath);
    if (!file) continue;
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) return {kind: 'redirect', location: `${urlPath}/`};
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) continue;
    res.writeHead(200, {
      ...corsHeaders(req),
      'Content-Type': mimeType(file),
      'Content-Length': String(info.size),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return HANDLED;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return HANDLED;
  }
  return undefined;
}
