/**
 * Part of "Check my setup": do the files that pex-connect loads on demand (Pexip's SDK, pdf.js
 * and its worker) load from where the page serves them? When one does not, the finding names the
 * file and says why: missing (HTTP status), served with a type browsers will not run as a module,
 * on another origin that does not allow this page (CORS), blocked by the page's
 * Content-Security-Policy, or not answering.
 */
import type {Finding} from './finding.js';

export interface ChunkProbe {
  /** What the file is, as the finding's subject. */
  readonly name: string;
  /** Loads it as the page would (a dynamic import); or, without it, `url` is fetched. */
  readonly load?: () => Promise<unknown>;
  /** Its URL: needed without `load`; with it, taken from the import's error when possible. */
  readonly url?: string;
}

/** The MIME types browsers run module scripts and module workers with. */
const JAVASCRIPT = /^\s*(text|application)\/(x-)?(javascript|ecmascript)\s*(;|$)/i;
/** Browsers name the module that failed in the error message (Chromium, Firefox). */
const URL_IN_MESSAGE = /\b(?:https?|file):\/\/[^\s'"]+/;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

const problem = (name: string, code: Finding['code'], params: Record<string, string>): Finding => ({
  code,
  status: 'problem',
  subject: name,
  params,
});

/** Why `url` does not load, from a fetch of it; undefined when the fetch shows nothing wrong. */
async function explain(
  name: string,
  url: string,
  violations: readonly SecurityPolicyViolationEvent[],
  timeoutMs: number
): Promise<Finding | undefined> {
  const sameUrl = (event: SecurityPolicyViolationEvent) => event.blockedURI !== '' && url.startsWith(event.blockedURI);
  const scriptViolation = violations.find((event) => sameUrl(event) && /^(script|worker)-src/.test(event.effectiveDirective));
  if (scriptViolation) {
    return problem(name, 'chunk-csp-blocked', {
      file: url,
      directive: scriptViolation.effectiveDirective,
      origin: new URL(url).origin,
    });
  }
  try {
    const response = await withTimeout(fetch(url, {cache: 'no-store'}), timeoutMs);
    if (!response.ok)
      return problem(name, 'chunk-missing', {file: url, status: `${response.status} ${response.statusText}`.trim()});
    const type = response.headers.get('content-type') ?? '';
    if (!JAVASCRIPT.test(type)) return problem(name, 'chunk-mime', {file: url, type: type || 'none'});
    return undefined;
  } catch {
    // The violation event is queued as a task: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    // This page may not fetch it (connect-src): that says nothing about loading it as a script.
    if (violations.some(sameUrl)) return undefined;
    try {
      await withTimeout(fetch(url, {mode: 'no-cors', cache: 'no-store'}), timeoutMs);
      return problem(name, 'chunk-cors', {file: url, origin: location.origin});
    } catch {
      return problem(name, 'chunk-unreachable', {file: url});
    }
  }
}

async function checkChunk(probe: ChunkProbe, timeoutMs: number): Promise<Finding | undefined> {
  const violations: SecurityPolicyViolationEvent[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(event);
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    if (!probe.load) return probe.url ? await explain(probe.name, probe.url, violations, timeoutMs) : undefined;
    try {
      await withTimeout(probe.load(), timeoutMs);
      return undefined;
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const detail = error instanceof Error ? error.message : String(error);
      const url = URL_IN_MESSAGE.exec(detail)?.[0] ?? probe.url;
      const found = url ? await explain(probe.name, url, violations, timeoutMs) : undefined;
      return found ?? problem(probe.name, 'chunk-failed', {file: url ?? probe.name, detail});
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** One finding per file that does not load, or one `chunks-loaded` when they all do. */
export async function checkChunks(probes: readonly ChunkProbe[], timeoutMs: number): Promise<Finding[]> {
  const results = await Promise.all(probes.map((probe) => checkChunk(probe, timeoutMs)));
  const problems = results.filter((finding) => finding !== undefined);
  if (problems.length) return problems;
  return [{code: 'chunks-loaded', status: 'ok', subject: probes.map(({name}) => name).join(', '), params: {}}];
}
