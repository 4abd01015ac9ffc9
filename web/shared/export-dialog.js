// The "Export as PyTorch" dialog every page has (header button, hide key `export`). The page
// gives the shell `exportTorch(epochs)`, which asks the core (its handle's exportTorch) for the
// script text of the experiment as it is now — current weights, optimizer state and position
// in the shuffle, the page's equivalent of `descent-cli export-torch SPEC --load MODEL`; the
// dialog downloads it as descent-<page>.py. What the core cannot express arrives as its own
// message (an ExportError) and is shown here; pages that train no network say so.
import { t, translate } from './i18n.js';
import { checkField } from './fields.js';
import { element as el } from './dom.js';

// The epochs' range and default are the core's (catalog field export.epochs).
const EPOCHS = 'export.epochs';

const i18n = (tag, key, props = {}) => { const e = el(tag, props); e.dataset.i18n = key; return e; };

/** Bytes as "12.3 KB". */
export const formatSize = (bytes) => (bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

/** Starts the download of `text` as `file` (a Blob URL: no server, works offline and under CSP). */
export function download(text, file, type = 'text/x-python') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: file });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class ExportDialog {
  /**
   * exportTorch(epochs) → script text or a promise of it (throws the core's message); null: no
   * network. catalog() → the core's catalog (loaded after the header is built).
   */
  constructor(page, exportTorch, defaultEpochs, catalog) {
    this.catalog = catalog;
    this.page = page;
    this.exportTorch = exportTorch;
    this.defaultEpochs = defaultEpochs ?? (() => this.catalog().fields[EPOCHS].default);
    this.file = `descent-${page}.py`;
    this.dialog = el('dialog', { className: 'page-dialog export-dialog', id: 'exportDialog' });
    this.dialog.setAttribute('aria-labelledby', 'exportDialogTitle');
    this.build();
  }

  build() {
    const title = i18n('h2', 'exportTitle', { id: 'exportDialogTitle' });
    const close = i18n('button', 'close', { type: 'button', className: 'text-button dialog-close', id: 'exportClose' });
    close.addEventListener('click', () => this.dialog.close());
    this.result = el('p', { className: 'export-result', id: 'exportResult' });
    const body = [];
    if (!this.exportTorch) {
      body.push(i18n('p', 'exportNone', { id: 'exportNone' }));
    } else {
      this.epochs = el('input', { type: 'number', id: 'exportEpochs', step: 1 });
      this.button = el('button', { type: 'button', className: 'text-button primary', id: 'exportDownload' });
      this.button.addEventListener('click', () => this.run());
      this.howTo = el('p', { className: 'export-how' });
      body.push(i18n('p', 'exportIntro'),
        el('label', { className: 'embed-field' }, i18n('span', 'exportEpochs'), this.epochs),
        this.button, this.howTo);
    }
    this.dialog.replaceChildren(el('div', { className: 'dialog-head' }, title, close), ...body, this.result);
  }

  relabel() {
    translate(this.dialog);
    if (this.button) this.button.textContent = t('exportDownload', { file: this.file });
    if (this.howTo) this.howTo.textContent = t('exportRun', { file: this.file });
  }

  open() {
    if (!this.dialog.isConnected) document.body.append(this.dialog);
    if (this.epochs && this.catalog()) {  // (the button may be clicked before the core is loaded)
      const f = this.catalog().fields[EPOCHS];
      Object.assign(this.epochs, { min: f.min, max: f.max, value: String(this.defaultEpochs()) });
    }
    this.result.textContent = '';
    this.relabel();
    this.dialog.showModal();
  }

  async run() {
    const text0 = this.epochs.value.trim();
    const epochs = text0 === '' ? NaN : Number(text0);
    this.result.removeAttribute('role');
    const problem = checkField(this.catalog(), EPOCHS, epochs, 'epochs');
    if (problem) {
      this.fail(Number.isNaN(epochs) ? `epochs: not a number: '${this.epochs.value}'` : problem);
      return;
    }
    let text;
    try {
      text = await this.exportTorch(epochs);
    } catch (e) {
      this.fail(e?.message ?? String(e));
      return;
    }
    download(text, this.file);
    this.result.dataset.kind = 'success';
    this.result.setAttribute('role', 'status');
    this.result.textContent = t('exportDone', { file: this.file, size: formatSize(new Blob([text]).size) });
  }

  fail(msg) {
    this.result.dataset.kind = 'error';
    this.result.setAttribute('role', 'alert');
    this.result.textContent = t('exportFailed', { msg });
  }
}
