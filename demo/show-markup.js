// Fills each page's "How this was embedded" box with the page's own markup for the elements
// marked data-embed, so that the box never drifts from what the page really does. It runs
// before the bundle (module scripts run in order), so it sees the markup as written.
const SCRIPT_TAG = '<script type="module" src="../dist/pex-connect.js"></script>';

function markupOf(element) {
  const copy = element.cloneNode(true);
  for (const marked of [copy, ...copy.querySelectorAll('[data-embed]')]) marked.removeAttribute('data-embed');
  return copy.outerHTML.replace(/=""/g, '');
}

for (const box of document.querySelectorAll('[data-embedded-markup]')) {
  box.textContent = [SCRIPT_TAG, ...[...document.querySelectorAll('[data-embed]')].map(markupOf)].join('\n\n');
}
