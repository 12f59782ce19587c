/**
 * Defines a custom element unless that tag is already taken, so that the library loaded twice
 * (two script tags, or two copies) never throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
