// The header every page shares: the name of the site, a link to every page of pages.js (the
// current one marked, for eyes and for screen readers) and the language switch. Links are
// relative, so the header works under any sub-path and from a copy on disk.
import { PAGES } from './pages.js';
import { language } from './i18n.js';

/**
 * Puts the header at the top of <body> and returns it. `onLanguage` runs when the language
 * button is pressed. Hide keys: `pages` (all links), `<id>Link` (one link), `language`.
 */
export function mountHeader(currentPage, onLanguage) {
  const header = document.createElement('header');
  header.className = 'site-header';
  const brand = document.createElement('div');
  brand.className = 'brand';
  brand.innerHTML = '<span class="logo" aria-hidden="true">◢</span> <span data-i18n="brand">Descent</span>';
  const nav = document.createElement('nav');
  nav.className = 'site-nav';
  nav.dataset.control = 'pages';
  nav.dataset.i18nAria = 'siteNav';
  for (const p of PAGES) {
    const a = document.createElement('a');
    a.href = p.href;
    a.dataset.page = p.id;
    a.dataset.control = `${p.id}Link`;
    if (p.id === currentPage) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  const button = document.createElement('button');
  button.id = 'language';
  button.className = 'language';
  button.dataset.control = 'language';
  button.dataset.i18n = 'language';
  button.dataset.i18nTitle = 'languageTip';
  button.addEventListener('click', onLanguage);
  header.append(brand, nav, button);
  document.body.prepend(header);
  labelPages(header);
  return header;
}

/** Page names come from pages.js (one line per page), not from the string tables. */
export function labelPages(header) {
  const lang = language();
  for (const a of header.querySelectorAll('a[data-page]')) a.textContent = PAGES.find((p) => p.id === a.dataset.page)[lang];
}
