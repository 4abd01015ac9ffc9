// The pinned runs' table: colour, boundary thumbnail, settings that differ from the current
// ones, epochs and final numbers, and a remove button per row. Numbers are the core's.

const fmt = (v, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : '–');
// A field's short name: its last part ("learningRate"), with its parent where the last part
// alone says little ("regularization.kind").
const GENERIC = new Set(['kind', 'rate', 'patience', 'minDelta', 'source', 'generator', 'points', 'noise', 'hidden', 'dropout']);
const shortPath = (path) => {
  const parts = path.split('.');
  return GENERIC.has(parts.at(-1)) && parts.length > 1 ? parts.slice(-2).join('.') : parts.at(-1);
};
const pct = (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

export class PinTable {
  /** table: a <table> element; onRemove(id) when a row's × is pressed. */
  constructor(table, { onRemove }) {
    this.table = table;
    this.onRemove = onRemove;
  }

  /**
   * rows: [{id, colour, label, thumbnail, diff: [{path, pinned, current}], final}];
   * text: {head: [column titles], same, remove(name)}.
   */
  update(rows, text) {
    const el = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); e.append(...kids); return e; };
    const head = el('tr', {}, ...text.head.map((h) => el('th', { scope: 'col', textContent: h })));
    const body = rows.map((p) => {
      const swatch = el('span', { className: 'pin-swatch' });
      swatch.style.background = p.colour;
      const name = el('td', { className: 'pin-name' }, swatch, ' ', p.label);
      const img = p.thumbnail ? el('img', { src: p.thumbnail, alt: '', width: 40, height: 40, className: 'pin-thumb' }) : '';
      const diff = el('td', { className: 'pin-diff' });
      if (p.diff.length === 0) diff.textContent = text.same;
      else {
        const shown = p.diff.slice(0, 4);
        diff.append(...shown.map((d) => el('div', { textContent: `${shortPath(d.path)}: ${d.pinned} → ${d.current}` })));
        if (p.diff.length > shown.length) diff.append(el('div', { textContent: `+${p.diff.length - shown.length}…` }));
        diff.title = p.diff.map((d) => `${d.path}: ${d.pinned} → ${d.current}`).join('\n');
      }
      const f = p.final;
      const remove = el('button', { type: 'button', className: 'pin-remove', textContent: '×' });
      remove.setAttribute('aria-label', text.remove(p.label));
      remove.title = text.remove(p.label);
      remove.addEventListener('click', () => this.onRemove(p.id));
      // Training / test side by side in one cell each: the table fits the output column.
      const pair = (a, b, cls) => el('td', { className: cls }, el('span', { textContent: a }), el('br'), el('b', { textContent: b }));
      const row = el('tr', {}, name, el('td', {}, img), diff, el('td', { className: 'pin-epochs', textContent: String(f.epoch) }),
        pair(fmt(f.trainLoss), fmt(f.testLoss), 'pin-loss'), pair(pct(f.trainAccuracy), pct(f.testAccuracy), 'pin-accuracy'),
        el('td', { className: 'pin-zero', textContent: String(f.zeroWeights ?? '–') }), el('td', {}, remove));
      row.dataset.pin = String(p.id);
      return row;
    });
    this.table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...body));
  }
}
