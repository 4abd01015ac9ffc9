// The column table: one row per CSV column with what the core's summary says about it and
// a role menu (feature, ignore, target). Names and values from the file are set as text,
// never as HTML.
import { t } from '../shared/i18n.js';
import { textCell as cell } from '../shared/dom.js';

const fmt = (v) => {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  return a >= 1e5 || (a < 1e-3 && a > 0) ? v.toExponential(2) : Number(v.toPrecision(4)).toLocaleString('en-US');
};


function histogram(counts) {
  const box = document.createElement('div');
  box.className = 'hist';
  const max = Math.max(1, ...counts);
  for (const n of counts) {
    const bar = document.createElement('span');
    bar.style.height = `${Math.max(n ? 2 : 0, Math.round((n / max) * 100))}%`;
    bar.title = String(n);
    box.append(bar);
  }
  return box;
}

export class ColumnsView {
  /** onRole(index, role) when the student changes a column's role. */
  constructor(table, onRole) {
    this.table = table;
    this.onRole = onRole;
    this.summary = null;
  }

  /** summary: the core's Table.summaryJson() parsed; roles: one of 'feature'|'ignore'|'target' per column. */
  show(summary, roles) {
    this.summary = summary;
    this.roles = roles;
    this.render();
  }

  render() {
    const { summary, roles } = this;
    const head = document.createElement('tr');
    for (const key of ['colName', 'colType', 'colDistinct', 'colMissing', 'colStats', 'colHist', 'colRole'])
      head.append(cell('th', t(key)));
    const rows = [head];
    if (summary)
      summary.columns.forEach((c, i) => {
        const tr = document.createElement('tr');
        tr.dataset.role = roles[i];
        const stats = c.type === 'numeric'
          ? `${fmt(c.min)} / ${fmt(c.mean)} / ${fmt(c.max)}`
          : c.top.map(([v, n]) => `${v} (${n})`).join(', ');
        tr.append(cell('td', c.name, 'name'), cell('td', t(c.type)), cell('td', String(c.distinct), 'num'),
          cell('td', String(c.missing), 'num'), cell('td', stats, 'stats'));
        const hist = document.createElement('td');
        hist.append(histogram(c.histogram));
        const role = document.createElement('td');
        const select = document.createElement('select');
        select.setAttribute('aria-label', `${t('colRole')}: ${c.name}`);
        select.dataset.column = String(i);
        for (const r of ['feature', 'ignore', 'target']) select.append(new Option(t(r), r));
        select.value = roles[i];
        select.addEventListener('change', () => this.onRole(i, select.value));
        role.append(select);
        tr.append(hist, role);
        rows.push(tr);
      });
    this.table.replaceChildren(...rows);
  }
}
