// The confusion matrix as a small table: counts from the core, each cell shaded by its share
// of its row (the true class), the diagonal in the class colour.

export class ConfusionView {
  constructor(table) {
    this.table = table;
    this.key = '';
  }

  /** counts: classes × classes (row: true class, column: predicted); labels: {true, predicted, className(i)}. */
  update(counts, classes, labels) {
    const key = `${Array.from(counts).join(',')}|${labels.predicted}`;
    if (key === this.key) return;  // unchanged: leave the DOM alone
    this.key = key;
    const head = document.createElement('tr');
    head.append(cell('th', `${labels.true} \\ ${labels.predicted}`));
    for (let p = 0; p < classes; p++) head.append(cell('th', labels.className(p), 'col'));
    const rows = [head];
    for (let r = 0; r < classes; r++) {
      const tr = document.createElement('tr');
      tr.append(cell('th', labels.className(r), 'row'));
      let total = 0;
      for (let p = 0; p < classes; p++) total += counts[r * classes + p];
      for (let p = 0; p < classes; p++) {
        const n = counts[r * classes + p];
        const td = cell('td', String(n));
        const share = total ? n / total : 0;
        td.style.setProperty('--share', share.toFixed(3));
        td.className = r === p ? 'hit' : 'miss';
        tr.append(td);
      }
      rows.push(tr);
    }
    this.table.replaceChildren(...rows);
  }
}

function cell(tag, text, scope) {
  const c = document.createElement(tag);
  c.textContent = text;
  if (scope) c.scope = scope;
  return c;
}
