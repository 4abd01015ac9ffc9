// After a run: the test accuracy, the test confusion matrix and the houses the network got
// most wrong. Every number comes from the core (TabularTrainer); cells from the file are text.
import { t } from '../shared/i18n.js';
import { textCell as cell } from '../shared/dom.js';


export const percent = (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');

// What a student looks at first about a house (Ames column names); other files show their
// first three feature columns.
const KEY_NAMES = ['Neighborhood', 'Gr_Liv_Area', 'Year_Built', 'Overall_Cond'];

/** Up to 3 key columns to show beside a house. */
function keyColumns(summary, roles) {
  const features = summary.columns.map((c, i) => i).filter((i) => roles[i] === 'feature');
  const named = KEY_NAMES.map((n) => features.find((i) => summary.columns[i].name === n)).filter((i) => i !== undefined);
  return (named.length ? named : features).slice(0, 3);
}

export class ResultsView {
  constructor({ accuracy, note, confusion, wrong }) {
    Object.assign(this, { accuracyEl: accuracy, noteEl: note, confusionEl: confusion, wrongEl: wrong });
  }

  clear() {
    this.accuracyEl.textContent = '–';
    this.noteEl.textContent = '';
    this.confusionEl.replaceChildren();
    this.wrongEl.replaceChildren();
  }

  /** trainer: the finished TabularTrainer; table: the core Table; prep: preparationJson parsed. */
  show(trainer, table, summary, roles, prep) {
    const m = trainer.metrics();
    this.accuracyEl.textContent = prep.rule === 'regression' ? t('regressionNoAccuracy') : percent(m.testAccuracy);
    this.noteEl.textContent = t('bestEpochOn', { epoch: m.bestEpoch, set: t(trainer.monitoredSet() === 'validation' ? 'validationSet' : 'testSet') });
    if (prep.rule === 'regression') { this.confusionEl.replaceChildren(); this.wrongEl.replaceChildren(); return; }
    const k = prep.classes.length;
    const counts = Array.from(trainer.testConfusion());
    const head = document.createElement('tr');
    head.append(cell('th', `${t('trueClass')} \\ ${t('predictedClass')}`));
    for (let p = 0; p < k; p++) head.append(cell('th', prep.classes[p]));
    const rows = [head];
    for (let r = 0; r < k; r++) {
      const tr = document.createElement('tr');
      tr.append(cell('th', prep.classes[r]));
      const total = counts.slice(r * k, r * k + k).reduce((a, b) => a + b, 0);
      for (let p = 0; p < k; p++) {
        const n = counts[r * k + p];
        const td = cell('td', String(n), r === p ? 'hit' : 'miss');
        td.style.setProperty('--share', (total ? n / total : 0).toFixed(3));
        tr.append(td);
      }
      rows.push(tr);
    }
    this.confusionEl.replaceChildren(...rows);

    const triples = Array.from(trainer.mostWrong(8));
    const probs = Array.from(trainer.probabilities());
    const keys = keyColumns(summary, roles);
    const target = prep.target;
    const whead = document.createElement('tr');
    whead.append(cell('th', t('line')));
    for (const c of [...keys, target]) whead.append(cell('th', summary.columns[c].name));
    whead.append(cell('th', t('trueLabel')), cell('th', t('predictedLabel')), cell('th', t('pTrue')));
    const wrows = [whead];
    for (let i = 0; i < probs.length; i++) {
      const [row, truth, predicted] = triples.slice(3 * i, 3 * i + 3);
      const tr = document.createElement('tr');
      tr.append(cell('td', String(table.line(row)), 'num'));
      for (const c of [...keys, target]) tr.append(cell('td', table.cell(row, c)));
      tr.append(cell('td', prep.classes[truth]), cell('td', prep.classes[predicted], truth === predicted ? '' : 'wrong'),
        cell('td', probs[i].toFixed(3), 'num'));
      wrows.push(tr);
    }
    this.wrongEl.replaceChildren(...wrows);
  }
}
