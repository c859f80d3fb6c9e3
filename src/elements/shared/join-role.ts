/**
 * `role="host"` / `role="guest"` on our elements is the link parameter, not an ARIA role; left on
 * the element it would be an invalid ARIA role. Returns the join role and removes the attribute,
 * or returns undefined (leaving a real ARIA role alone).
 */
export function takeJoinRole(element: Element, value: string | null): 'host' | 'guest' | undefined {
  const role = value?.trim().toLowerCase();
  if (role !== 'host' && role !== 'guest') return undefined;
  element.removeAttribute('role');
  return role;
}
