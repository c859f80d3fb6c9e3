/**
 * Registers a custom element unless the name is taken already, so that two copies of the
 * bundle on one page (say, a portal and a widget that both include it) do not throw.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
