/** The demo site's pages, each under a strict Content-Security-Policy (for the Chromium and the Firefox checks). */
export const DEMO_PAGES = [
  '/demo/',
  '/demo/portal.html',
  '/demo/cms-article.html',
  '/demo/sidebar.html',
  '/demo/theming.html',
  '/demo/two-conferences.html',
  '/demo/link-builder.html',
  '/dist/webapp.html',
] as const;

/** Pages run in the page's context: strings, not functions (tsx adds helpers to compiled functions). */
export const UNDEFINED_PEX_TAGS = `[...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('pex-') && !customElements.get(name))`;

/** Every text the page shows, through every open shadow root (labels and titles included). */
export const SHOWN_TEXT = `(() => {
  const texts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) if (el.hasAttribute(attribute)) texts.push(el.getAttribute(attribute));
      for (const node of el.childNodes) if (node.nodeType === 3) texts.push(node.textContent);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return texts.join('\\n');
})()`;
