import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CataloguePart, StringKey} from './en.js';
import {addEnglish, translate, type StringParams} from './registry.js';
import {onStringsChange, stringsRevision} from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<Host>();
let languageObserver: MutationObserver | undefined;
let detachStrings: (() => void) | undefined;

function requestUpdateAll(): void {
  for (const host of connectedHosts) host.requestUpdate();
}

/** The nearest `lang`, looking through shadow roots up to the document. */
function closestLanguage(element: Element): string {
  for (let node: Node | null = element; node;) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/**
 * Gives an element its strings in the language that applies to it (its own `lang`, else the
 * nearest ancestor's, else the document's), and re-renders it when a `lang` changes anywhere
 * or the page overrides strings.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  /** `parts`: the English strings the element uses (shared ones are always there). */
  constructor(host: Host, ...parts: readonly CataloguePart[]) {
    this.#host = host;
    for (const part of parts) addEnglish(part);
    host.addController(this);
  }

  get lang(): string {
    return closestLanguage(this.#host);
  }

  /** Changes whenever `t` may give other text (the language or the strings changed): a key for caches of rendered text. */
  get revision(): string {
    return `${this.lang} ${stringsRevision()}`;
  }

  /** The string for `key`, with parameters filled in. */
  t(key: StringKey, params?: StringParams): string {
    return translate(this.lang, key, params);
  }

  hostConnected(): void {
    connectedHosts.add(this.#host);
    if (!languageObserver) {
      languageObserver = new MutationObserver(requestUpdateAll);
      languageObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'dir'], subtree: true});
      detachStrings = onStringsChange(requestUpdateAll);
    }
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.#host);
    if (connectedHosts.size === 0) {
      languageObserver?.disconnect();
      languageObserver = undefined;
      detachStrings?.();
      detachStrings = undefined;
    }
  }
}
