// Wiring only: state ⇄ controls ⇄ session ⇄ renderers. The core does all the math.
import { startPage } from '../shared/shell.js';
import { Player } from '../shared/player.js';
import { Turns } from '../shared/turns.js';
import { bindKeys } from '../shared/keyboard.js';
import { applyHide, hideKeysInPage, unknownHideKeys } from '../shared/hide.js';
import { showMessage } from '../shared/messages.js';
import { replaceHash } from '../shared/hash-state.js';
import { language, t } from '../shared/i18n.js';
import { playgroundStrings } from './strings.js';
import { Session } from './session.js';
import { fromHash, toHash } from './state.js';
import { ControlPanel } from '../shared/controls.js';
import { CONTROLS, hyperparameterRows, problemOf } from './control-table.js';
import { bindButtons, showPicker } from './buttons.js';
import { checkPageLimits } from './limits.js';
import { applyLink, linkMessage } from '../shared/link-apply.js';
import { readLink, encodePairs } from '../shared/hash-state.js';
import { buildDatasetPicker } from './datasets.js';
import { Heatmap } from './render/heatmap.js';
import { PointsView } from './render/points.js';
import { LossChart } from './render/loss-chart.js';
import { NetworkView } from './render/network.js';
import { setPalette } from '../shared/palette.js';
import { drawLegend as renderLegend } from './render/legend.js';
import { LinkCard } from './render/link-card.js';
import { Stepper } from './stepper.js';
import { StepCard } from './render/step-values.js';
import { StepDisplay, stepCardLabels } from './step-display.js';
import { ExamplePicker } from './example-picker.js';
import { ConfusionView } from './render/confusion.js';
import { editSpec } from './spec-edit.js';
import { PointDrawing } from './draw.js';
import { fileActions } from './files.js';
import { stopMessage } from './stop-message.js';
import { WeightHistogramView, WEIGHT_BINS } from './render/weight-histogram.js';
import { BatchNormHistogramView, BN_BINS } from './render/bn-histogram.js';
import { drawnSplitNote } from './drawn-split.js';
import { Compare } from './compare.js';
import { STORIES, storyById } from './stories.js';

const FRAME_BUDGET_MS = 25;  // a frame trains at most this long (at least one epoch), so input stays responsive
const $ = (id) => document.getElementById(id);

const app = {
  core: null,
  catalog: null,    // the core's catalog: every menu, range and default of the page
  controls: null,   // the controls made from control-table.js
  session: null,
  state: null,      // {spec, view, hide}
  player: null,     // the shared run loop (../shared/player.js)
  hovered: null,    // network node shown on the big heatmap, or null for the output
  // While playing, each frame draws the boundary and one of these (shared/turns.js).
  turns: new Turns(['thumbnails', 'links', 'numbers']),
  hide: new Set(),  // controls removed by the link's hide= key
  batch: null,      // step-by-step: training-point indices of the current mini-batch
  stepGradients: false,  // step-by-step: show gradients between the backward pass and the update
  stepper: new Stepper(),
  steps: null,      // step-by-step display (step-display.js)
  // Frame statistics for measurements (read-only for them), kept by the player.
  get stats() { return app.player.stats; },
  get playing() { return app.player.playing; },
};
window.descent = app;

function writeHash() {
  replaceHash(toHash(app.state));
  app.writtenHash = location.hash;
}

/**
 * Builds a new session from app.state.spec. On failure keeps the old session, says why and
 * returns the Error; returns null on success.
 */
function rebuild() {
  let next;
  try {
    checkPageLimits(app.state.spec, app.catalog);
    next = new Session(app.core, app.state.spec);
  } catch (e) {
    showMessage(t('badSetting', { msg: e.message }));
    return e;
  }
  install(next);
  showMessage('');
  return null;
}

/** Makes `next` the running session. */
function install(next) {
  app.session?.dispose();
  app.session = next;
  app.state.spec = next.spec;  // the core's canonical form: every field, so links reproduce runs
  writeHash();
  afterRebuild();
}

function networkLabels() {
  return {
    addNeuron: t('addNeuron'), removeNeuron: t('removeNeuron'), layer: t('layer'), feature: t('feature'),
    featureTip: t('featureTip'), outputNode: t('outputNode'), dropoutTip: t('dropoutTip'), activationTip: t('activationTip'),
    layerActivation: (n) => t('layerActivation', { n }), layerRow: (n) => t('layerRow', { n }), layerDropout: (n) => t('layerDropout', { n }), option: (key) => t(key),
    neuron: (layer, n) => t('neuronLabel', { layer, n }),
    dropoutOption: (v) => t('dropN', { v }),
  };
}

function cardLabels() {
  return { weight: t('weight'), edit: t('editWeight'), notANumber: t('notANumber') };
}

/** Puts the state into every control. */
function showState() {
  app.controls.show(app.state);
  showPicker(app.state, app.catalog);
}

const allFeatures = () => app.catalog.features.map((f) => f.name);

function afterRebuild() {
  const { spec } = app.state;
  app.batch = null;
  app.stepGradients = false;
  app.stepper.clear();
  app.examplePicker?.hide();
  app.steps.status('');
  showState();
  app.network.build({ features: spec.features, allFeatures: allFeatures(), domain: app.catalog.domain, hidden: spec.model.hidden,
    outputs: app.session.outputs, labels: networkLabels(),
    layers: { activations: spec.model.activations, dropout: spec.model.dropout, activationNames: app.catalog.activations,
      dropoutRates: app.catalog.fields['model.dropout'].choices } });
  app.bnView.build(spec.model.batchNorm ? spec.model.hidden.length : 0, histogramLabels());
  app.hovered = null;
  app.steps.labelButton();
  applyHide(app.hide);  // the diagram's controls are new
  drawPoints();
  app.compare.refresh();
  render();
}

function drawPoints() {
  const s = app.session;
  app.points.update({
    train: { points: s.trainPoints(), targets: s.trainTargets() },
    test: { points: s.testPoints(), targets: s.testTargets() },
    // Drawn points are all shown: the held-out ones with the test points' black edge.
    showTest: app.state.view.showTest || s.spec.data.source === 'inline',
    regression: s.regression,
    classes: s.numClasses,
    highlight: app.batch,
    chosen: app.batch && app.examplePicker?.batch ? app.batch[app.stepper.example] : null,
  });
  drawnSplitNote(s, t);
  drawLegend();
}

const fmt = (v, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function outputMap(session) {
  return session.regression ? (v) => v : (p) => 2 * p - 1;
}

/** Draws the session; returns the milliseconds it took. */
function render() {
  const s = app.session;
  const t0 = performance.now();
  const map = outputMap(s);
  const { discretize } = app.state.view;
  const h = app.hovered;
  // Grid sizes are the view's rows of the core's range table (cells per side).
  const GRID = app.catalog.fields['view.grid'].default, THUMB = app.catalog.fields['view.thumbnailGrid'].default;
  const playing = !!app.player?.playing, due = app.turns.take(playing);
  // Thumbnails first, from their own small grid; then the big grid, whose hidden and feature
  // values also serve a hovered node.
  app.network.update(s, THUMB, { grid: due.thumbnails ? s.grid(THUMB) : null, outputMap: map, discretize,
    gradients: app.state.view.showGradients || app.stepGradients, dropout: app.state.spec.model.dropout.some((r) => r > 0),
    thumbnails: !!due.thumbnails, links: due.links ? (playing ? 'now' : true) : false });
  const grid = s.grid(GRID);
  if (!h || h.kind === 'output' || h.index < 0) {
    if (s.outputs > 1) app.boundary.updateClasses(grid, GRID, { classes: s.outputs, discretize });
    else app.boundary.update(grid, GRID, { map, discretize });
  }
  if (h && h.kind === 'hidden') {
    const size = app.state.spec.model.hidden[h.layer];
    app.boundary.update(s.hiddenGrid(h.layer), GRID, { offset: h.index, stride: size, discretize });
  } else if (h && h.kind === 'feature') {
    app.boundary.update(s.featureGrid(), GRID, { offset: h.index, stride: allFeatures().length, map: (v) => v / app.catalog.domain, discretize });
  }
  if (due.numbers) renderNumbers(s);
  return performance.now() - t0;
}

/** The readouts, the loss chart, the histograms and the confusion matrix. */
function renderNumbers(s) {
  const m = s.metrics;
  $('epoch').textContent = String(m.epoch).padStart(6, '0').replace(/(\d{3})(\d{3})$/, '$1,$2');
  $('trainLoss').textContent = fmt(m.trainLoss);
  $('testLoss').textContent = fmt(m.testLoss);
  $('testAccuracy').textContent = Number.isFinite(m.testAccuracy) ? `${(m.testAccuracy * 100).toFixed(1)}%` : '–';
  $('testAccuracy').closest('div').hidden = s.regression;  // regression has no accuracy
  const scheduled = app.state.spec.optimizer.schedule.kind !== 'constant';
  $('currentRate').closest('div').hidden = !scheduled;
  if (scheduled) $('currentRate').textContent = fmt(m.learningRate, 4);
  renderHistograms(s);
  renderConfusion(s);
  app.compare.drawChart(app.state.spec.training.earlyStopping.patience > 0 ? [{ epoch: m.bestEpoch, label: t('bestEpoch') }] : []);
}

/** A histogram's mean or spread for its caption: two decimals, no "−0.00", a real minus sign. */
const histogramNumber = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2)).replace('-', '−');

function histogramLabels() {
  return {
    caption: t('bnCaption'), layer: (n) => t('bnLayer', { n }),
    stats: (which, h) => t(which === 'before' ? 'bnBefore' : 'bnAfter', { mean: histogramNumber(h.mean), sd: histogramNumber(h.sd) }),
  };
}

/** Zero weights "n of total" and the weights' histogram while a regularization is on; batch norm's histograms. */
function renderHistograms(s) {
  const regularized = app.state.spec.regularization.kind !== 'none';
  const weights = regularized ? s.weightHistogram(WEIGHT_BINS) : null;
  $('zeroWeights').closest('div').hidden = !regularized;
  if (weights) $('zeroWeights').textContent = t('zeroOfTotal', { n: weights.zeros, total: weights.total });
  app.weightView.update(weights, {
    caption: (h) => t('weightsCaption', { zeros: h.zeros, total: h.total }),
    description: (h) => t('weightsDescription', { total: h.total, zeros: h.zeros, lo: h.lo, hi: h.hi }),
  });
  app.bnView.update(app.state.spec.model.batchNorm ? (layer) => s.batchNormHistograms(layer, BN_BINS) : null, histogramLabels());
}

/** Says why the core stopped the run, if it did (and pauses). */
function sayIfStopped() {
  const said = stopMessage(app.session, app.state.spec, t);
  if (!said) return;
  app.player.pause();
  showMessage(said.text, said.kind);
}

function renderConfusion(s) {
  const figure = document.querySelector('.confusion');
  const show = !s.regression && s.testTargets().length > 0;
  figure.hidden = !show || app.hide.has('confusion');
  if (figure.hidden) return;
  const classes = s.numClasses;
  app.confusion.update(s.confusion(), classes, {
    true: t('trueClass'), predicted: t('predictedClass'), className: (i) => t('classN', { n: i }),
  });
}

/** Trains `epochs` epochs and draws; returns the frame statistics' sample. */
function trainAndRender(epochs) {
  app.steps.end();
  // Bounded by time as well as by count: whatever the speed and the network, a frame ends
  // after FRAME_BUDGET_MS of training, so a key press or a click is handled promptly.
  const t0 = performance.now();
  let done = 0;
  while (done < epochs && !app.session.stopped) {
    const chunk = done === 0 ? 1 : Math.min(epochs - done, Math.max(1, Math.floor(done * (FRAME_BUDGET_MS / Math.max(0.01, performance.now() - t0) - 1))));
    app.session.train(chunk);
    done += chunk;
    if (performance.now() - t0 > FRAME_BUDGET_MS) break;
  }
  const trainMs = performance.now() - t0;
  sayIfStopped();
  return { trainMs, renderMs: render(), epochs: done };
}

function setSpec(path, value) { setSpecFields({ [path]: value }); }

/**
 * Applies {path: value} changes. The core changes the running trainer in place where it can
 * (optimizer, regularization, training settings) and rebuilds where it must; a rejected
 * change keeps everything as it was and says why.
 */
function setSpecFields(changes) {
  let change;
  try {
    change = app.session.applySpec(editSpec(app.state.spec, changes, app.catalog));
  } catch (e) {
    showMessage(t('badSetting', { msg: e.message }));
    showState();
    return;
  }
  app.state.spec = app.session.spec;  // the core's canonical form: every field, so links reproduce runs
  writeHash();
  showMessage('');
  app.compare.leaveStory();
  if (change === app.core.SpecChange.Rebuilt) afterRebuild();
  else { showState(); app.compare.refresh(); if (!app.playing) render(); }
}

function setView(key, value) {
  app.state.view[key] = value;
  writeHash();
  if (key === 'palette') applyPalette();
  if (key === 'showTest') drawPoints();
  if (key === 'discretize' || key === 'showGradients') render();
}

function pickDataset(name) {
  if (app.drawing.active) handlers.draw();
  setSpec('data.generator', name);
}

/** Puts app.state's palette into the drawing tables and the page's CSS; true if it changed. Draws nothing. */
function usePalette() {
  const changed = document.body.dataset.palette !== app.state.view.palette;
  setPalette(app.state.view.palette);
  document.body.dataset.palette = app.state.view.palette;
  return changed;
}

function applyPalette() {
  usePalette();
  drawLegend();
  buildDatasetPicker($('datasets'), app.core, app.catalog, pickDataset);
  if (app.session) { showState(); drawPoints(); render(); }
}

function changeHidden(fn) {
  const hidden = [...app.state.spec.model.hidden];
  fn(hidden);
  setSpec('model.hidden', hidden);
}

const handlers = {
  step: () => { app.player.pause(); trainAndRender(1); app.player.report(); },
  reset: () => { app.player.pause(); app.compare.leaveStory(); rebuild(); },
  // One mini-batch in three clicks: forward pass, backward pass, update (see stepper.js).
  batchStep: () => app.steps.batchStep(),
  draw: () => {
    const on = !app.drawing.active;
    $('draw').setAttribute('aria-pressed', String(on));
    $('clearPoints').hidden = !on;
    if (!on) {
      const cleared = app.drawing.rows.length < 4;
      app.drawing.stop();
      showMessage('');
      // Points cleared (a draft too small to train on) stay cleared: back to generated data
      // rather than to the drawn set the student removed.
      if (cleared && app.state.spec.data.source === 'inline') setSpecFields({ 'data.source': 'generator', 'data.generator': 'circle' });
      else drawPoints();
      return;
    }
    app.player.pause();
    app.drawing.start(app.state.spec.data.source === 'inline' ? app.state.spec.data.inline : []);
  },
  clearPoints: () => app.drawing.clear(),
  regenerate: () => setSpec('seed', (app.state.spec.seed * 1103515245 + 12345) % 2147483648),
  problem: (type) => {
    if (app.state.spec.data.source !== 'inline' && problemOf(app.catalog, app.state.spec) === type) return;
    if (app.drawing.active) handlers.draw();
    // The first data set of that kind in the catalog's order; the core picks loss and output.
    const first = app.catalog.generators.find((g) => g.problem === type && g.dims === 2).name;
    setSpecFields({ 'data.generator': first, 'model.loss': 'auto', 'model.output': 'auto' });
  },
  ...fileActions(app, { install, rebuild }),
  addLayer: () => changeHidden((h) => {
    const f = app.catalog.fields['model.hidden'];  // the page offers up to sliderMaxLength layers
    if (h.length < f.sliderMaxLength) h.push(h.length ? h[h.length - 1] : f.entryDefault);
  }),
  removeLayer: () => changeHidden((h) => { h.pop(); }),
};

/** The language changed: menus, the diagram and the canvases' labels follow. */
function relabel() {
  if (!app.session) { app.controls?.relabel(); return; }  // switched while the core loads: start() draws in the new language
  if (app.state.lang) { app.state.lang = language(); writeHash(); }  // the link's lang= follows the switch
  app.controls.relabel();
  showState();
  app.card.setLabels(cardLabels());
  app.stepCard.setLabels(stepCardLabels());
  app.player.relabel();
  app.compare.relabel();
  buildDatasetPicker($('datasets'), app.core, app.catalog, pickDataset);
  afterRebuild();
}

/**
 * Builds the page's state from a link. Parts the page cannot read or the core rejects are
 * left out one by one (the rest is applied) and the message says which were and were not.
 */
function applyLinkState(hash) {
  const catalog = app.catalog;
  const syntax = [];
  const { pairs: all } = readLink(hash, syntax);
  // story=<id> (a gallery's link) is not a setting: it starts that story once the page is
  // built, as its button does, and is not written back.
  const story = all.find(([key]) => key === 'story')?.[1];
  const pairs = all.filter(([key]) => key !== 'story');
  let parsed = null, next = null;
  const { applied, rejected } = applyLink(pairs, (kept) => {
    const candidate = fromHash(`#${encodePairs(kept)}`, catalog);
    if (candidate.errors.length) throw new Error(candidate.errors[0]);
    checkPageLimits(candidate.spec, catalog);
    next?.dispose();
    next = null;
    next = new Session(app.core, candidate.spec);
    parsed = candidate;
  });
  performance.mark('descent:session');  // the link's session built (bench/profile-startup.mjs)
  const { hide, lang } = fromHash(hash, catalog);
  app.state = { spec: parsed.spec, view: parsed.view, hide, lang };
  // The palette and the picker's buttons first: install() then draws everything once, in that
  // palette, and marks the chosen data set (start-up draws nothing twice).
  if (usePalette()) buildDatasetPicker($('datasets'), app.core, app.catalog, pickDataset);
  install(next);
  const problems = [...syntax, ...rejected, ...unknownHideKeys(hide, hideKeysInPage())];
  if (story !== undefined && !storyById(story))
    problems.push(`story: unknown story '${story}' (this page has ${STORIES.map((x) => x.id).join(', ')})`);
  if (problems.length) showMessage(linkMessage(problems, applied));
  else showMessage('');
  return !problems.length && story !== undefined ? story : null;  // the story to start
}

/** Everything the page builds from the catalog alone: controls and views (nothing drawn yet). */
function prepare(shell) {
  app.catalog = shell.catalog;
  app.hide = shell.hide;
  const hosts = Object.fromEntries([...document.querySelectorAll('[data-host]')].map((el) => [el.dataset.host, el]));
  hosts.hyperparameters = $('hyperparameters');
  hosts.hyperparameters.style.setProperty('--slots', Math.max(...app.catalog.optimizers.map((o) => o.params.filter((p) => p !== 'learningRate').length)));
  app.controls = new ControlPanel([...CONTROLS, ...hyperparameterRows(app.catalog)], app.catalog, hosts, (row, value) => {
    if (!app.session) return;  // the core is still loading (start() shows the link's values in every control)
    if (row.id === 'problem') handlers.problem(value);
    else if (row.spec) setSpec(row.spec, value);
    else setView(row.view, value);
  });
  app.steps = new StepDisplay(app, { drawPoints, render, sayIfStopped });
  app.boundary = new Heatmap($('boundary'));
  app.points = new PointsView($('points'), app.catalog.domain);
  app.lossChart = new LossChart($('lossChart'));
  app.network = new NetworkView($('network'), {
    onToggleFeature: (name) => {
      const on = app.state.spec.features.includes(name);
      const next = on ? app.state.spec.features.filter((f) => f !== name) : allFeatures().filter((f) => f === name || app.state.spec.features.includes(f));
      if (next.length) setSpec('features', next);
      else showMessage(t('noFeature'), 'info');
    },
    onLayerActivation: (layer, name) => {
      const list = [...app.state.spec.model.activations];
      list[layer] = name;
      setSpec('model.activations', list);
    },
    onLayerDropout: (layer, rate) => {
      const list = [...app.state.spec.model.dropout];
      list[layer] = rate;
      setSpec('model.dropout', list);
    },
    onNeurons: (layer, delta) => changeHidden((h) => {
      const f = app.catalog.fields['model.hidden'];
      h[layer] = Math.min(f.sliderMax, Math.max(f.sliderMin, h[layer] + delta));
    }),
    onHover: (node) => { app.hovered = node; app.steps.hoverNeuron(node); if (!app.playing) render(); },
    onLinkHover: (link, e) => (app.stepper.active ? app.steps.hoverLink(link, e) : app.card.hover(link, e)),
    onLinkClick: (link, e) => app.card.edit(link, e),
  });
  app.stepCard = new StepCard(document.querySelector('.network-column'), stepCardLabels());
  app.examplePicker = new ExamplePicker($('stepExample'), document.querySelector('.boundary-wrap'),
    { domain: app.catalog.domain, onChoose: (k) => app.steps.chooseExample(k), active: () => !app.drawing.active });
  app.card = new LinkCard(document.querySelector('.network-column'), {
    labels: cardLabels(),
    onEdit: (link, value) => {
      app.session.setWeight(link.layer, link.to, link.from, value);
      render();
    },
  });
  app.confusion = new ConfusionView($('confusion'));
  // Batch norm's histograms belong to the layers: under the diagram. The weights' histogram comes
  // and goes with the regularization menu: at the end of the output column, where it moves
  // neither the chart nor the boundary (nor, in one narrow column, anything below it).
  app.bnView = new BatchNormHistogramView(document.querySelector('.network-options'));
  app.weightView = new WeightHistogramView(document.querySelector('.output-column .confusion'));
  app.drawing = new PointDrawing(document.querySelector('.boundary-wrap'), $('points'), {
    domain: app.catalog.domain, minPoints: app.catalog.fields['data.inline'].minLength,
    onData: (rows) => { showMessage(''); setSpecFields({ 'data.source': 'inline', 'data.inline': rows }); },
    onDraft: (rows, missing) => {
      showMessage(t('drawHint', { n: missing }), 'info');
      app.points.update({ train: { points: rows.flatMap((r) => [r[0], r[1]]), targets: rows.map((r) => r[2]) },
        test: { points: [], targets: [] }, showTest: false, regression: false, classes: 2 });
    },
  });

  performance.mark('descent:views');  // controls and views made, nothing drawn (bench/profile-startup.mjs)
}

/** With the core: the link's session, the first drawing, the page's keys and handlers. */
function start(shell) {
  app.core = shell.core;
  // The run loop and the comparisons act on the session: made only now, with the core.
  app.player = new Player({
    button: $('play'),
    tick: () => {
      const sample = trainAndRender(app.compare.epochsThisFrame(app.state.view.speed));
      app.compare.afterFrame();  // a story stops at its last epoch
      return sample;
    },
    canPlay: () => !app.session.stopped,
    metrics: () => app.session?.metrics,
    onChange: (on) => {
      app.compare?.onPlaying(on);
      if (!on && app.session) render();  // views drawn in turns while playing show the final state
    },
  });
  app.compare = new Compare(app, { install, rebuild, render: () => render() });
  const story = applyLinkState(location.hash);
  // A link edited in the address bar, or Back/Forward, is applied like a link opened anew.
  window.addEventListener('hashchange', () => {
    if (location.hash === app.writtenHash) return;
    app.player.pause();
    if (app.drawing.active) app.drawing.stop();
    const next = applyLinkState(location.hash);
    if (next) app.compare.runStory(next);
  });
  bindButtons(handlers);
  if (story) app.compare.runStory(story);
  bindKeys({ ' ': () => app.player.toggle(), ArrowRight: handlers.step, r: handlers.reset, b: handlers.batchStep });
}

function drawLegend() {
  const classes = app.session && !app.session.regression ? app.session.numClasses : 2;
  renderLegend({ scale: document.querySelector('.legend'), bar: $('legend'), swatches: $('classLegend') }, classes,
    (k) => t('classN', { n: k }));
}

startPage({
  page: 'playground', strings: playgroundStrings, title: 'title', prepare, start, onLanguage: relabel,
  // The run as it is now (current weights and optimizer state), as `export-torch --load` would.
  exportTorch: (epochs) => app.session.handle.exportTorch(epochs),
  exportEpochs: () => app.state.spec.training?.epochs || 20,
});
