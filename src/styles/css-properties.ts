import {nothing, noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

type CssValues = Readonly<Record<string, string>>;

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`), never through a `style`
 * attribute. Lit's own `styleMap` writes the attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; pages we are embedded in may have one.
 *
 *     html`<div ${cssProperties({width: '40%', '--_hue': '200'})}></div>`
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('cssProperties() is an element directive: <div ${cssProperties({...})}>');
  }

  render(_values: CssValues): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [values]: [CssValues]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (!(name in values)) style.removeProperty(name);
    for (const [name, value] of Object.entries(values)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(values));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
