// Runs compared: every finished run with the settings that differ from the previous one,
// its best validation accuracy, test accuracy, epochs and time; tick runs to overlay their
// validation curves; remove runs; export the table as CSV.
import { t } from '../shared/i18n.js';
import { percent } from './results-view.js';
import { EpochChart, seriesColor } from './epoch-chart.js';

/** The spec as flat "path: value" pairs (model.hidden: [32,16]), for diffs and the CSV. */
export function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, path, out);
    else out[path] = JSON.stringify(v);
  }
  return out;
}

/** "model.hidden: [32,16] → [64]; …" — what `spec` changes from `previous` (data.csvFile aside). */
export function changes(previous, spec) {
  if (!previous) return null;
  const a = flatten(previous), b = flatten(spec);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
  return keys.map((k) => `${k}: ${a[k] ?? '–'} → ${b[k] ?? '–'}`).join('; ');
}

const csvCell = (s) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export class RunsView {
  constructor({ table, canvas, exportButton, onExport }) {
    this.table = table;
    this.chart = new EpochChart(canvas);
    this.runs = [];
    this.next = 1;
    exportButton.addEventListener('click', () => onExport(this.csv()));
  }

  /** run: {spec, baseline, bestValidation, testAccuracy, epochs, seconds, curve: [[epoch, valAcc]…]} */
  add(run) {
    const previous = this.runs.length ? this.runs[this.runs.length - 1].spec : null;
    this.runs.push({ ...run, n: this.next++, overlay: true, change: changes(previous, run.spec) });
    this.render();
    return this.runs[this.runs.length - 1].n;
  }

  describe(run) {
    const text = run.change === null ? t('firstRun') : run.change || t('sameSettings');
    return run.baseline ? `${t('baselineRun')} — ${text}` : text;
  }

  render() {
    const head = document.createElement('tr');
    for (const key of ['runN', 'runChanges', 'bestVal', 'testAcc', 'runEpochs', 'runTime', 'overlay', 'remove'])
      head.append(Object.assign(document.createElement('th'), { textContent: t(key) }));
    const rows = [head];
    this.runs.forEach((run, i) => {
      const tr = document.createElement('tr');
      const td = (text, cls) => Object.assign(document.createElement('td'), { textContent: text, className: cls ?? '' });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = seriesColor(i);
      const nCell = td(String(run.n), 'num');
      nCell.prepend(swatch);
      tr.append(nCell, td(this.describe(run), 'changes'), td(percent(run.bestValidation), 'num'),
        td(percent(run.testAccuracy), 'num'), td(String(run.epochs), 'num'), td(`${run.seconds.toFixed(1)} s`, 'num'));
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: run.overlay });
      box.setAttribute('aria-label', `${t('overlay')} ${run.n}`);
      box.addEventListener('change', () => { run.overlay = box.checked; this.draw(); });
      const remove = Object.assign(document.createElement('button'), { textContent: '×', className: 'icon-text' });
      remove.setAttribute('aria-label', `${t('remove')} ${run.n}`);
      remove.addEventListener('click', () => { this.runs.splice(this.runs.indexOf(run), 1); this.render(); });
      const c1 = document.createElement('td'), c2 = document.createElement('td');
      c1.append(box);
      c2.append(remove);
      tr.append(c1, c2);
      rows.push(tr);
    });
    this.table.replaceChildren(...rows);
    this.draw();
  }

  draw() {
    const series = this.runs
      .map((run, i) => ({ run, i }))
      .filter(({ run }) => run.overlay)
      .map(({ run, i }) => ({ label: `${t('runN')} ${run.n}`, color: seriesColor(i), points: run.curve }));
    this.chart.update(series, { x: t('epochAxis'), y: t('accuracyAxis') }, [0, 1]);
  }

  csv() {
    const keys = [...new Set(this.runs.flatMap((r) => Object.keys(flatten(r.spec))))].filter((k) => k !== 'data.csvFile');
    const header = ['run', 'baseline', 'best_validation_accuracy', 'test_accuracy', 'epochs', 'seconds', ...keys];
    const lines = [header.join(',')];
    for (const r of this.runs) {
      const flat = flatten(r.spec);
      lines.push([r.n, r.baseline ? 1 : 0, r.bestValidation, r.testAccuracy, r.epochs, r.seconds.toFixed(2),
        ...keys.map((k) => csvCell(flat[k] ?? ''))].join(','));
    }
    return `${lines.join('\n')}\n`;
  }
}
