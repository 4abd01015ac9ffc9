// Start-up every page shares: strings, language, header, the WebAssembly core and its
// catalog, the loading line and the `data-state="ready"` mark tests wait for.
//
//   startPage({
//     page: 'lab',                 // its id in pages.js (the header marks it)
//     strings: labStrings,         // {en: {...}, zh: {...}}, added to the shared table
//     title: 'labTitle',           // string key of the document title
//     prepare(shell) { ... },      // optional: builds what needs the catalog but not the core
//                                  // (controls, views), while the module is still compiling
//     start(shell) { ... },        // builds the page; shell = {core, catalog, link, hide, ...}
//     onLanguage() { ... },        // redraws what translate() cannot reach (menus, canvases)
//     exportTorch(epochs) { ... }, // optional: the core's PyTorch script of the run as it is now
//     exportEpochs() { ... },      // optional: the epochs the export dialog proposes
//   });
// Every page gets the header's "PyTorch" and "Embed" actions (page-actions.js); a page
// without exportTorch says in that dialog that it trains no network.
import { addStrings, initialLanguage, language, setLanguage, t } from './i18n.js';
import { mountHeader, labelPages } from './header.js';
import { loadCore, loadCatalog } from './loader.js';
import { readLink } from './hash-state.js';
import { applyHide } from './hide.js';
import { showMessage } from './messages.js';
import { ensureElement } from './dom.js';
import { mountPageActions } from './page-actions.js';
import { pageActionStrings } from './page-actions-strings.js';
import { setMessagePage } from './embed-messages.js';

const loadingLine = () => ensureElement('loading', () => {
  const el = Object.assign(document.createElement('div'), { className: 'loading' });
  el.dataset.i18n = 'loading';
  return el;
}, (el) => document.body.append(el));

export async function startPage({ page, strings, title, prepare = null, start, onLanguage = () => {}, exportTorch = null, exportEpochs }) {
  addStrings(pageActionStrings);
  if (strings) addStrings(strings);
  setMessagePage(page);
  // The link's hide= and lang= keys are read before anything is drawn; the page reads its own.
  // (Their errors are reported by the page, which reads the whole link again.)
  const link = readLink(location.hash, []);
  const shell = { core: null, catalog: null, link, hide: new Set(link.hide) };
  const relabel = () => { document.title = t(title); labelPages(header); };
  const header = mountHeader(page, () => {
    setLanguage(language() === 'en' ? 'zh' : 'en');
    relabel();
    actions.relabel();
    onLanguage();
  });
  const actions = mountPageActions(header, page, { exportTorch, exportEpochs, catalog: () => shell.catalog });
  loadingLine();
  setLanguage(initialLanguage(link.lang));
  relabel();
  shell.hide = applyHide(link.hide);
  try {
    // The module's instantiation starts first; a built page's catalog needs no core (loader.js),
    // so prepare() builds the page's controls while the module compiles and instantiates.
    const core = loadCore().then((c) => {
      performance.mark('descent:core');  // module fetched, compiled, instantiated (bench/page.mjs)
      return c;
    });
    core.catch(() => {});  // reported below, once prepare() is done
    shell.catalog = await loadCatalog();
    performance.mark('descent:catalog');  // the catalog parsed (built in the core if the build did not)
    if (prepare) {
      await prepare(shell);
      applyHide(link.hide);  // its controls, hidden before they are ever painted
    }
    shell.core = await core;
  } catch (e) {
    loadingLine().textContent = t('coreFailed', { msg: e.message });
    return null;
  }
  await start(shell);
  applyHide(link.hide);  // controls the page built from its tables
  loadingLine().hidden = true;
  document.body.dataset.state = 'ready';
  return shell;
}

export { showMessage };
