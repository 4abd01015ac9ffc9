// The confusion matrix of the test set (row: true class, column: predicted) as a table of
// buttons shaded by the share of the row; a click on a cell shows that cell's images.
import { shortName } from './class-names.js';
import { t, language } from '../shared/i18n.js';

export class ConfusionView {
  constructor(host, onCell) {
    this.host = host;
    this.onCell = onCell;
    this.counts = null;
    this.classes = 0;
    this.kind = 'digits';
  }

  update(counts, classes, kind) {
    this.counts = counts;
    this.classes = classes;
    this.kind = kind;
    this.render();
  }

  render() {
    const { counts, classes, kind } = this;
    if (!counts) { this.host.replaceChildren(); return; }
    const lang = language();
    const table = document.createElement('table');
    table.className = 'confusion';
    const head = table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.textContent = t('trueVsPredicted');
    corner.className = 'corner';
    head.append(corner);
    for (let c = 0; c < classes; ++c) {
      const th = document.createElement('th');
      th.textContent = shortName(kind, c, lang);
      th.scope = 'col';
      head.append(th);
    }
    const body = table.createTBody();
    for (let r = 0; r < classes; ++r) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = shortName(kind, r, lang);
      row.append(th);
      let total = 0;
      for (let c = 0; c < classes; ++c) total += counts[r * classes + c];
      for (let c = 0; c < classes; ++c) {
        const n = counts[r * classes + c];
        const cell = row.insertCell();
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = String(n);
        button.dataset.row = String(r);
        button.dataset.col = String(c);
        const share = total ? n / total : 0;
        // Diagonal (right) in blue, mistakes in orange; stronger for a larger share of the row.
        button.style.background = r === c ? `rgba(8, 119, 189, ${share})` : `rgba(245, 147, 34, ${Math.min(1, share * 3)})`;
        if (r === c ? share > 0.55 : share > 0.2) button.style.color = 'white';
        button.title = t('cellTip', { n, truth: shortName(kind, r, lang), predicted: shortName(kind, c, lang) });
        button.disabled = n === 0;
        button.addEventListener('click', () => this.onCell(r, c));
        cell.append(button);
      }
    }
    this.host.replaceChildren(table);
  }
}
