// The linear-regression page: wiring only. The core's Regression handle owns the data, the
// model ŷ = wᵀx + b, its Trainer and optimizer, the path, the closed form, λ_max and the loss
// surface; the views below draw what it returns.
import { startPage } from '../shared/shell.js';
import { Player } from '../shared/player.js';
import { bindKeys } from '../shared/keyboard.js';
import { showMessage, clearMessage } from '../shared/messages.js';
import { t, translate } from '../shared/i18n.js';
import { readLink, encodePairs, shellPairs, replaceHash } from '../shared/hash-state.js';
import { unknownHideKeys, hideKeysInPage } from '../shared/hide.js';
import { ControlPanel, hideKey } from '../shared/controls.js';
import { checkField } from '../shared/fields.js';
import { regressionStrings } from './strings.js';
import { defaultState, linkPairs, pointCount, specOf, stateFromPairs } from './page-state.js';
import { ScatterView } from './scatter-view.js';
import { SurfaceView } from './surface-view.js';
import { LossChart } from './loss-chart.js';
import { showUpdate } from './update-text.js';
import { RateControl } from './rate-control.js';
import { LineFields } from './line-fields.js';
import { STORIES } from './stories.js';
import { fmt } from './frame.js';
import { optimizerRows } from './control-table.js';
import { CsvFields, CSV_EXAMPLES } from './csv-fields.js';
import amesUrl from '../../examples/data/ames.csv?url';

const $ = (id) => document.getElementById(id);
const SURFACE_N = 72;
const SURFACE_LEVELS = 14;
// ‖θ − θ*‖/max(1, ‖θ*‖) below this counts as having reached the closed form (float weights).
const CONVERGED = 1e-5;

// The core's catalog() plus the fields of this page the regression handle describes
// (data.line.*, regression.speed); the catalog's own entries win where both have one.
function withRegressionFields(catalog, core) {
  const own = JSON.parse(core.regressionCatalog());
  return { ...own, ...(catalog ?? {}), optimizers: catalog?.optimizers ?? own.optimizers, fields: { ...own.fields, ...(catalog?.fields ?? {}) } };
}

async function start({ core, catalog: coreCatalog, link, hide }) {
  const catalog = withRegressionFields(coreCatalog, core);
  const defaults = defaultState(catalog);
  const errors = [];
  // story=<id> (a gallery's or a teacher's link) starts that story; the rest is the page's state.
  const linkPairs0 = readLink(location.hash, errors).pairs;
  const linkStory = linkPairs0.find(([k]) => k === 'story')?.[1] ?? null;
  let state = stateFromPairs(linkPairs0.filter(([k]) => k !== 'story'), defaults, errors);
  let session = null;
  let window2d = null;  // the (w, b) window of the surface, fixed until the start or data change
  let story = null;     // {id, phase} while a story's text is shown
  let dragging = -1;
  let buildError = '';

  const scatter = new ScatterView($('scatter'));
  const surface = new SurfaceView($('surface'), (w, b) => setStart([w, b]));
  const lossChart = new LossChart($('lossChart'));
  const lineFields = new LineFields($('lineFields'), catalog, (field, value) => change((s) => { s.line[field] = value; }, true));
  const rate = new RateControl(catalog, (v) => change((s) => { s.optimizer.learningRate = v; }, false));
  const panel = new ControlPanel(optimizerRows(catalog), catalog, { top: $('topControls'), optimizer: $('optimizerControls'), hyperparameters: $('hyperparameters') },
    (row, value) => change((s) => row.set(s, value), row.rebuild ?? false));

  // ---------------------------------------------------------------- the core session
  /** A new session for `next` (data or start changed); on error nothing changes. */
  function build(next, report = true, keepAxes = false, messageKey = 'badSpec') {
    let made;
    try {
      made = new core.Regression(JSON.stringify(specOf(next)), next.source === 'csv' ? next.csv.text : '');
      if (next.start) made.setStart(next.start[0], next.start[1]);
    } catch (e) {
      made?.delete();
      if (report) showMessage(t(messageKey, { msg: e.message }));
      buildError = e.message;
      return false;
    }
    session?.delete();
    session = made;
    state = next;
    window2d = session.defaultWindow();
    const st = session.state();
    if (state.source === 'csv') state.csv.used = st.points;  // rows with a number in every chosen column
    // Drawn points keep the axes still while the student edits them (unless one leaves the view).
    const x = Array.from(column(0)), y = Array.from(session.targets());
    if (!(keepAxes && scatter.holds(x, y))) scatter.fit(x, y, st.inputs !== 1 ? Array.from(session.predictions()) : []);
    return true;
  }

  function column(k) {
    const st = session.state(), x = session.inputs(), out = new Float64Array(st.points);
    for (let i = 0; i < st.points; i++) out[i] = x[i * st.inputs + k];
    return out;
  }

  /** Applies `edit` to a copy of the state: rebuilds the session for data changes, else live. */
  function change(edit, rebuild, keepAxes = false, messageKey = 'badSpec') {
    const next = structuredClone(state);
    edit(next);
    if (rebuild) {
      if (!build(next, true, keepAxes, messageKey)) { show(); return false; }
    } else {
      try {
        session.updateLive(JSON.stringify(specOf(next)));
        state = next;
      } catch (e) {
        showMessage(t('badSpec', { msg: e.message }));
        show();
        return false;
      }
    }
    if (!rebuild) clearStory();
    show();
    draw();
    return true;
  }

  function setStart(wb) {
    player.pause();
    clearMessage();
    change((s) => { s.start = wb; }, true);
  }

  // ---------------------------------------------------------------- run loop
  const player = new Player({
    button: $('play'),
    tick: () => {
      const status = session.step(state.speed);
      draw();
      if (status !== 0 || session.state().gap < CONVERGED) player.pause();
      return { epochs: state.speed };
    },
    canPlay: () => session.state().status === 'ok',
    // What a course page may follow: the iteration and the loss (no data, no weights).
    metrics: () => { const st = session.state(); return { iteration: st.iteration, loss: st.loss, learningRate: st.learningRate, status: st.status }; },
  });

  function stepOnce() { player.pause(); session.step(1); draw(); player.report(); }
  function reset() { player.pause(); clearMessage(); build(state); draw(); }

  // ---------------------------------------------------------------- drawing
  /** A CSV column's own name on the axis (marked when standardized), else the page's label. */
  const axisLabel = (column, key, standardized) => (column ? `${column}${standardized ? ' (z)' : ''}` : t(key));

  function draw() {
    const st = session.state();
    $('iteration').textContent = String(st.iteration);
    const x = column(0), y = session.targets(), yHat = session.predictions();
    scatter.update({ x, y: Array.from(y), yHat: Array.from(yHat), line: st.inputs === 1 ? { w: st.w, b: st.b } : null,
      xLabel: axisLabel(state.source === 'csv' ? state.csv.x[0] : null, st.inputs > 1 ? 'axisXn' : state.standardize ? 'axisXStd' : 'axisX', state.standardize),
      yLabel: axisLabel(state.source === 'csv' ? state.csv.y : null, state.standardizeTargets ? 'axisYStd' : 'axisY', state.standardizeTargets),
      highlight: dragging });
    const map = session.surface(window2d.wMin, window2d.wMax, window2d.bMin, window2d.bMax, SURFACE_N, SURFACE_LEVELS);
    const shade = Float32Array.from(map.shade), segments = Float32Array.from(map.segments);
    const path = Float64Array.from(session.path());
    surface.update({ map: { n: map.n, bounds: map.bounds, shade, segments }, path, star: [st.wStar, st.bStar], head: [st.w, st.b],
      grad: [st.gradW, st.gradB], xLabel: st.inputs > 1 ? 'w₁' : t('axisW'), yLabel: t('axisB') });
    lossChart.update({ iterations: Float64Array.from(session.pathIterations()), losses: Float64Array.from(session.pathLosses()),
      best: st.bestLoss, xLabel: t('axisIteration'), yLabel: t('axisLoss') });
    showUpdate($('update'), st.optimizer, session.update(), state.optimizer, t('noUpdateYet'));
    $('wStar').textContent = fmt(st.wStar);
    $('bStar').textContent = fmt(st.bStar);
    $('wNow').textContent = fmt(st.w);
    $('bNow').textContent = fmt(st.b);
    $('lossNow').textContent = fmt(st.loss);
    $('lossBest').textContent = fmt(st.bestLoss);
    $('gapValue').textContent = st.gap.toExponential(2);
    $('gapValue').dataset.gap = String(st.gap);
    $('curvature').textContent = t('curvature', { lmax: fmt(st.lambdaMax), lmin: fmt(st.lambdaMin), kappa: fmt(st.lambdaMax / st.lambdaMin) });
    rate.showLimit(st.stableRate, st.learningRate);
    drawWeightBars(st);
    document.body.dataset.status = st.status;
    if (st.status === 'diverged') showMessage(t('diverged', { rate: fmt(st.learningRate), limit: fmt(st.stableRate) }));
    else if (st.gap < CONVERGED && st.iteration > 0 && !story) showMessage(t('converged', { gap: st.gap.toExponential(1) }), 'success');
    if (story) showStoryText();
  }

  function drawWeightBars(st) {
    const host = $('weightBars');
    host.hidden = st.inputs < 2;
    if (st.inputs < 2) return;
    const w = Float64Array.from(session.weights()), ws = Float64Array.from(session.solutionWeights());
    const m = Math.max(...Array.from(w, Math.abs), ...Array.from(ws, Math.abs), 1e-12);
    host.replaceChildren(...Array.from(w, (v, k) => {
      const row = document.createElement('div');
      row.className = 'bar-row';
      const bar = document.createElement('div');
      bar.className = 'bar';
      const fill = document.createElement('span');
      const pos = (u) => 50 + (50 * u) / m;
      fill.style.left = `${Math.min(50, pos(v))}%`;
      fill.style.width = `${Math.abs(pos(v) - 50)}%`;
      const tick = document.createElement('i');
      tick.style.left = `${pos(ws[k])}%`;
      bar.append(fill, tick);
      row.append(Object.assign(document.createElement('span'), { textContent: `w${k + 1}` }), bar,
        Object.assign(document.createElement('span'), { textContent: fmt(v) }));
      return row;
    }));
  }

  // ---------------------------------------------------------------- controls
  function show() {
    $('source').value = csvChosen ? 'csv' : state.source;
    lineFields.show(state.line);
    $('lineFields').hidden = state.source !== 'line';
    $('drawFields').hidden = state.source !== 'drawn';
    $('csvFields').hidden = !(state.source === 'csv' || csvChosen);
    csvFields.show(state.csv, state.csvWanted);
    $('scatter').classList.toggle('drawing', state.source === 'drawn');
    $('standardize').checked = state.standardize;
    $('standardizeTargets').checked = state.standardizeTargets;
    panel.show({ spec: specOf(state), view: { speed: state.speed } });
    rate.show(state.optimizer.learningRate);
    const n = pointCount(state), bs = $('batchSize');
    bs.max = String(n);
    bs.value = String(state.batchSize === 0 ? n : Math.min(state.batchSize, n));
    $('batchSizeValue').textContent = state.batchSize === 0 || state.batchSize >= n ? `${n} (${t('fullBatch')})` : String(state.batchSize);
    replaceHash(encodePairs([...linkPairs(state, defaults), ...shellPairs({ hide: [...hide], lang: link.lang })]));
  }

  function relabelSource() {
    const current = $('source').value || state.source;
    $('source').replaceChildren(...['line', 'drawn', 'csv'].map((s) => new Option(t(`source_${s}`), s)));
    $('source').value = current;
  }
  relabelSource();
  // "From a CSV file" before a file is loaded only opens the file fields; the data change
  // when a file is read and the core accepts its columns.
  let csvChosen = false;
  $('source').addEventListener('change', (e) => {
    csvChosen = e.target.value === 'csv' && !state.csv;
    if (csvChosen) { show(); return; }
    change((s) => { s.source = e.target.value; s.start = null; s.csvWanted = null; }, true);
  });
  const useCsv = (edit) => {
    player.pause();
    clearStory();
    if (!change((s) => { edit(s); s.source = 'csv'; s.start = null; }, true, false, 'csvRejected')) return;
    csvChosen = false;
    clearMessage();
    show();
  };
  const csvFields = new CsvFields({ file: $('csvFile'), ames: $('csvAmes'), x: $('csvX'), y: $('csvY'), info: $('csvInfo') }, core, {
    amesUrl,
    onLoad: (csv) => {
      const wanted = state.csvWanted;
      useCsv((s) => { s.csv = csv; s.csvWanted = null; });
      // The link's columns were asked for but this file does not have them all: say which were taken.
      if (wanted?.file && !csv.example && state.csv === csv && (csv.y !== wanted.y || csv.x.join() !== wanted.x.join()))
        showMessage(t('csvWantedMissing', { name: csv.name, x: wanted.x.join(', '), y: wanted.y }), 'info');
    },
    onColumns: (x, y) => {
      if (!state.csv) return;
      useCsv((s) => { s.csv = { ...state.csv, x, y }; });
    },
    onError: (msg) => showMessage(t('csvRejected', { msg })),
  });
  // A file picked while a link's columns wait for it gets those columns (where it has them).
  csvFields.preferred = () => (state.csvWanted?.file ? state.csvWanted : null);
  $('standardize').addEventListener('change', (e) => change((s) => { s.standardize = e.target.checked; s.start = null; }, true));
  $('standardizeTargets').addEventListener('change', (e) => change((s) => { s.standardizeTargets = e.target.checked; s.start = null; }, true));
  $('batchSize').addEventListener('input', (e) => {
    const n = pointCount(state), v = Number(e.target.value);
    $('batchSizeValue').textContent = v >= n ? `${n} (${t('fullBatch')})` : String(v);
  });
  $('batchSize').addEventListener('change', (e) => {
    const v = Number(e.target.value);
    change((s) => { s.batchSize = v >= pointCount(s) ? 0 : v; }, false);
  });
  $('reset').addEventListener('click', reset);
  $('step').addEventListener('click', stepOnce);
  bindKeys({ ' ': () => player.toggle(), ArrowRight: stepOnce, r: reset });

  // Drawn points: click adds, drag moves, shift-click removes (in the scatter's data units).
  const canvas = $('scatter');
  const toData = (e) => {
    const r = canvas.getBoundingClientRect(), f = scatter.frame;
    const st = session.state();
    // The scatter shows the model's (maybe standardized) units; the drawn points are raw.
    const x = f.dataX(e.clientX - r.left), y = f.dataY(e.clientY - r.top);
    return [x / st.inputScale + st.inputMean, y / st.targetScale + st.targetMean];
  };
  const nearest = (e) => {
    const r = canvas.getBoundingClientRect(), f = scatter.frame, st = session.state();
    let best = -1, dist = 10;
    state.drawn.forEach(([x, y], i) => {
      const d = Math.hypot(f.px((x - st.inputMean) * st.inputScale) - (e.clientX - r.left), f.py((y - st.targetMean) * st.targetScale) - (e.clientY - r.top));
      if (d < dist) { dist = d; best = i; }
    });
    return best;
  };
  canvas.addEventListener('pointerdown', (e) => {
    if (state.source !== 'drawn') return;
    const i = nearest(e);
    if (e.shiftKey) {
      if (i >= 0 && state.drawn.length > 4) change((s) => { s.drawn.splice(i, 1); }, true, true);
      return;
    }
    if (i >= 0) { dragging = i; canvas.setPointerCapture(e.pointerId); return; }
    change((s) => { s.drawn.push(toData(e)); }, true, true);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (dragging < 0) return;
    state.drawn[dragging] = toData(e);
    draw();
  });
  canvas.addEventListener('pointerup', () => {
    if (dragging < 0) return;
    const moved = state.drawn.map((p) => [...p]);
    dragging = -1;
    change((s) => { s.drawn = moved; }, true, true);
  });

  // ---------------------------------------------------------------- stories
  function clearStory() { story = null; $('story').hidden = true; $('storyNext').hidden = true; }
  function showStoryText() {
    const st = session.state();
    const s = STORIES.find((x) => x.id === story.id), phase = s.phases[story.phase];
    $('story').hidden = false;
    $('story').textContent = t(phase.text, { lmax: fmt(st.lambdaMax), kappa: fmt(st.lambdaMax / st.lambdaMin), rate: fmt(st.learningRate),
      batch: specOf(state).training.batchSize, n: st.points, beta: fmt(state.optimizer.momentum) });
    const next = s.phases[story.phase + 1];
    $('storyNext').hidden = !next;
    if (next) $('storyNext').textContent = t(next.button);
  }
  function runStory(id, phase) {
    player.pause();
    clearMessage();
    const s = STORIES.find((x) => x.id === id);
    const p = s.phases[phase];
    const next = p.state(structuredClone(defaults), state);
    if (!build(next)) return;
    // The learning rate some stories set depends on this data's λ_max, known once built.
    if (p.rate) {
      const lr = Number(p.rate(session.state()).toPrecision(6));
      state.optimizer.learningRate = lr;
      session.updateLive(JSON.stringify(specOf(state)));
    }
    story = { id, phase };
    show();
    draw();
    player.set(true);
  }
  $('stories').replaceChildren(...STORIES.map((s) => {
    const b = Object.assign(document.createElement('button'), { id: `story-${s.id}` });
    b.dataset.i18n = `story_${s.id}`;
    b.addEventListener('click', () => runStory(s.id, 0));
    return b;
  }));
  $('storyNext').addEventListener('click', () => runStory(story.id, story.phase + 1));

  // ---------------------------------------------------------------- start
  /**
   * A link's CSV data: a shipped file (csv=<id>) is fetched and read with the link's columns
   * (the core then checks them: an unknown or text column is named and the defaults are used);
   * a file of the student's own (csvfile=<name>) cannot come with a link: its columns wait in
   * state.csvWanted and the CSV fields open, asking for the file.
   */
  async function csvFromLink(errors) {
    const wanted = state.csvWanted;
    if (!wanted) return;
    if (wanted.file !== undefined) { csvChosen = true; return; }
    state.csvWanted = null;
    if (!Object.hasOwn(CSV_EXAMPLES, wanted.example)) {
      errors.push(`csv: no example '${wanted.example}' (this page has ${Object.keys(CSV_EXAMPLES).join(', ')})`);
      return;
    }
    try {
      const csv = csvFields.parse(CSV_EXAMPLES[wanted.example].name, await csvFields.fetchExample(wanted.example), null, wanted.example);
      state.csv = { ...csv, x: [...wanted.x], y: wanted.y };
      state.source = 'csv';
    } catch (e) {
      errors.push(`csv=${wanted.example}: ${e.message}`);
    }
  }

  const known = new Set([...hideKeysInPage(), ...panel.keys()]);
  for (const msg of unknownHideKeys([...hide], known)) errors.push(msg);
  const speedError = checkField(catalog, 'regression.speed', state.speed, 'speed');
  if (speedError) { errors.push(speedError); state.speed = defaults.speed; }
  await csvFromLink(errors);
  if (!build(state, false)) {
    errors.push(buildError);
    build(structuredClone(defaults));
  }
  translate();
  show();
  draw();
  const waiting = state.csvWanted?.file ? state.csvWanted : null;
  if (linkStory !== null && !STORIES.some((x) => x.id === linkStory))
    errors.push(`story: unknown story '${linkStory}' (this page has ${STORIES.map((x) => x.id).join(', ')})`);
  if (errors.length) showMessage(t('badUrl', { msg: errors.join('; ') }));
  else if (linkStory !== null) runStory(linkStory, 0);
  else if (waiting) showMessage(t('csvWantedMessage', { name: waiting.file, x: waiting.x.join(', '), y: waiting.y }), 'info');
  // For tests and curious students in the console: the core's numbers as the page sees them.
  window.regression = {
    state: () => session.state(),
    losses: () => Array.from(session.pathLosses()),
    path: () => Array.from(session.path()),
    pageState: () => structuredClone(state),
    // n updates at once, as n clicks on Step would make (tests compare runs of equal length).
    step: (n) => { player.pause(); session.step(n); draw(); player.report(); return session.state().iteration; },
    // Where drawn point i is on the scatter canvas (CSS pixels from its top-left corner).
    drawnPixel: (i) => {
      const st = session.state(), f = scatter.frame, [x, y] = state.drawn[i];
      return [f.px((x - st.inputMean) * st.inputScale), f.py((y - st.targetMean) * st.targetScale)];
    },
  };
  return {
    relabel: () => { relabelSource(); panel.relabel(); show(); draw(); player.relabel(); },
    hideKey,
    exportTorch: (epochs) => session.exportTorch(epochs),
  };
}

let page = null;
startPage({
  page: 'regression',
  strings: regressionStrings,
  title: 'regressionTitle',
  start: async (shell) => { page = await start(shell); },
  onLanguage: () => page?.relabel(),
  exportTorch: (epochs) => page.exportTorch(epochs),
});
