/**
 * Whether a request targets the dev-only API: its first path segment, decoded as the router
 * decodes it, is `dev` (so `/%64ev/state` is the dev API too, as the router sees it).
 */
export function isDevPath(rawUrl: string): boolean {
  const first = new URL(rawUrl, 'http://dev-node.invalid').pathname.split('/').find(Boolean) ?? '';
  try {
    return decodeURIComponent(first) === 'dev';
  } catch {
    return false;
  }
}
