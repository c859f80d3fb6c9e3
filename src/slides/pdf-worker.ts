/**
 * pdf.js's worker, started by pex-connect rather than by pdf.js: pdf.js passes a plain string to
 * `new Worker()`, which a page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * refuses. Here the URL goes through a policy of ours that accepts only the worker's own URL.
 */

/** The parts of the Trusted Types API used here (TypeScript's DOM library has none of it). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScriptURL(input: string): string}): ScriptUrlPolicy;
}

/** The policy's name, for pages that list allowed policies (`trusted-types lit-html pex-connect`). */
export const TRUSTED_TYPES_POLICY = 'pex-connect';

let policy: ScriptUrlPolicy | undefined;
/** The one URL the policy vouches for: the worker's, as set when the worker is started. */
let vouchedUrl = '';

function scriptUrl(url: string): string | URL {
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (!factory) return url;
  vouchedUrl = url;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (input) => {
      if (input !== vouchedUrl) throw new TypeError(`pex-connect vouches only for its PDF worker, not ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which `new Worker()` takes where a string would be refused.
  return policy.createScriptURL(url) as string;
}

/**
 * A worker must come from the page's origin. When the bundle is served from another one (a CDN),
 * a same-origin blob imports the worker's module, as pdf.js itself does; the page's CSP then
 * needs `worker-src blob:` (README, "Hosting dist/ elsewhere").
 */
function sameOriginWorkerUrl(url: string): string {
  if (new URL(url, location.href).origin === location.origin) return url;
  return URL.createObjectURL(new Blob([`await import(${JSON.stringify(url)});`], {type: 'text/javascript'}));
}

/**
 * Starts the worker and resolves once it runs (pdf.js's worker says "ready" first); rejects when
 * it cannot be loaded, with a message that names the worker.
 */
export function startPdfWorker(url: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    const source = sameOriginWorkerUrl(url);
    try {
      worker = new Worker(scriptUrl(source), {type: 'module'});
    } catch (error) {
      reject(new Error(`The PDF worker cannot be started from ${url}`, {cause: error}));
      return;
    }
    const settle = (): void => {
      if (source !== url) URL.revokeObjectURL(source);
      worker.removeEventListener('message', onReady);
      worker.removeEventListener('error', onError);
    };
    const onReady = (): void => {
      settle();
      resolve(worker);
    };
    const onError = (): void => {
      settle();
      worker.terminate();
      reject(new Error(`The PDF worker could not be loaded from ${url}`));
    };
    worker.addEventListener('message', onReady);
    worker.addEventListener('error', onError);
  });
}
