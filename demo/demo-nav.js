// The demo pages' shared navigation: fills each page's <nav data-demo-nav> with the links to every
// demo, the current page marked. With ?theme=light or ?theme=dark in the address, the page and
// every pex-* element on it take that theme (the elements' `theme` attribute), whatever the
// system's colour scheme.
const PAGES = [
  ['./', 'Meeting'],
  ['portal.html', 'Intranet portal'],
  ['cms-article.html', 'CMS article'],
  ['sidebar.html', 'Roster and chat in the page'],
  ['theming.html', 'Theming'],
  ['two-conferences.html', 'Two conferences'],
  ['link-builder.html', 'Link builder'],
  ['../dist/webapp.html?conference=meet.alice', 'Web App page'],
];

const here = new URL(location.href);
here.search = '';
here.hash = '';
for (const nav of document.querySelectorAll('nav[data-demo-nav]')) {
  for (const [href, label] of PAGES) {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    if (link.href === here.href) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
}

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') {
  document.documentElement.style.colorScheme = theme;
  for (const element of document.querySelectorAll('pex-conference, pex-roster, pex-chat, pex-presenter, pex-join-button'))
    element.setAttribute('theme', theme);
}
