/**
 * A request's target as a URL on this node. The target is read as a path, always: resolved
 * against a base, `//x` would be a host (and `//` alone an invalid URL).
 */
export function requestUrl(rawUrl: string | undefined): URL {
  const target = rawUrl ?? '/';
  return new URL(`http://dev-node.invalid${target.startsWith('/') ? '' : '/'}${target}`);
}

/**
 * Whether a request targets the dev-only API: its first path segment, decoded as the router
 * decodes it, is `dev` (so `/%64ev/state` is the dev API too, as the router sees it).
 */
export function isDevPath(rawUrl: string): boolean {
  const first = requestUrl(rawUrl).pathname.split('/').find(Boolean) ?? '';
  try {
    return decodeURIComponent(first) === 'dev';
  } catch {
    return false;
  }
}
