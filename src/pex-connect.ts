/**
 * The script-tag bundle's entry. It is small on purpose: each element's code is a separate
 * chunk, loaded (relative to this file) the first time its tag appears in the page, and Pexip's
 * SDK and pdf.js are loaded only when a meeting is joined or a PDF is shared.
 *
 * A page that creates elements where this module cannot see them (inside its own shadow roots)
 * calls `loadElements()` first, or imports the element's own module (`pex-conference.js`, …).
 */
export {buildJoinLink, buildPexipLink, parseJoinLink} from './link/join-link.js';
export {setStrings} from './i18n/strings.js';

const ELEMENT_MODULES: Readonly<Partial<Record<string, () => Promise<unknown>>>> = {
  'pex-conference': () => import('./pex-conference.js'),
  'pex-roster': () => import('./pex-roster.js'),
  'pex-chat': () => import('./pex-chat.js'),
  'pex-presenter': () => import('./pex-presenter.js'),
  'pex-join-button': () => import('./pex-join-button.js'),
};
const TAGS = Object.keys(ELEMENT_MODULES);
const requested = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;

/** Loads and registers the named elements (default: all of them). */
export function loadElements(tags: readonly string[] = TAGS): Promise<void> {
  return Promise.all(
    tags.map((tag) => {
      let loading = requested.get(tag);
      if (!loading) {
        const load = ELEMENT_MODULES[tag];
        if (!load) return Promise.reject(new Error(`pex-connect has no element <${tag}>`));
        loading = load().then(() => undefined);
        requested.set(tag, loading);
        if (requested.size === TAGS.length) observer?.disconnect();
      }
      return loading;
    })
  ).then(() => undefined);
}

/** Registers the elements used under `root`, and those that appear later. */
function loadElementsIn(root: ParentNode): void {
  const used = TAGS.filter(
    (tag) => !requested.has(tag) && ((root instanceof Element && root.localName === tag) || root.querySelector(tag))
  );
  if (used.length) void loadElements(used);
}

loadElementsIn(document);
if (requested.size < TAGS.length) {
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadElementsIn(node);
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
}
