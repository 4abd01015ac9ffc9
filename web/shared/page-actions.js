// The header's page actions, on every page: "Embed" (embed-dialog.js) and "PyTorch"
// (export-dialog.js). Hide keys `embed` and `export` (a page embedded in a course usually
// hides both). Placed before the language switch.
import './page-actions.css';
import { EmbedDialog } from './embed-dialog.js';
import { ExportDialog } from './export-dialog.js';

/** Adds the two buttons to `header`; returns {embed, export} dialogs and relabel(). */
export function mountPageActions(header, page, { exportTorch = null, exportEpochs, catalog } = {}) {
  const embed = new EmbedDialog(page, catalog);
  const exporter = new ExportDialog(page, exportTorch, exportEpochs, catalog);
  const box = document.createElement('div');
  box.className = 'page-actions';
  const button = (id, key, tip, control, onClick) => {
    const b = Object.assign(document.createElement('button'), { id, type: 'button', className: 'page-action' });
    b.dataset.i18n = key;
    b.dataset.i18nTitle = tip;
    b.dataset.control = control;
    b.addEventListener('click', onClick);
    return b;
  };
  box.append(button('exportButton', 'exportTorch', 'exportTip', 'export', () => exporter.open()),
    button('embedButton', 'embed', 'embedTip', 'embed', () => embed.open()));
  const language = header.querySelector('.language');
  if (language) language.before(box); else header.append(box);
  return { embed, exporter, relabel: () => { if (exporter.dialog.open) exporter.relabel(); } };
}
