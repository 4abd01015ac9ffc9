// The images page: an MLP classifies digits or Fashion-MNIST, trained in a Web Worker
// (../shared/training-worker.js) so this page keeps drawing while an epoch runs. This file
// is wiring only: data loading (data-sets.js), views (image-grid, confusion-view,
// weights-view, probability-bars, epoch-chart), the drawing pad (draw-pad.js; strokes are
// turned into the network's input by the core's Sketch).
import { startPage, showMessage } from '../shared/shell.js';
import { t, language, translate } from '../shared/i18n.js';
import { ControlPanel } from '../shared/controls.js';
import { checkField } from '../shared/fields.js';
import { readLink, encodePairs, shellPairs, replaceHash } from '../shared/hash-state.js';
import { normalizeSpec } from '../shared/loader.js';
import { TrainingClient } from '../shared/training-client.js';
import { imagesStrings } from './strings.js';
import { SETS, setById, loadManifest, downloadBytes, megabytes, fetchSet, dataSpec } from './data-sets.js';
import { CONTROLS, setControl } from './control-table.js';
import { ImageGrid } from './image-grid.js';
import { ConfusionView } from './confusion-view.js';
import { WeightsView } from './weights-view.js';
import { ProbabilityBars } from './probability-bars.js';
import { DrawPad } from './draw-pad.js';
import { EpochChart } from './epoch-chart.js';
import { drawImage } from './pixels.js';
import { shortName } from './class-names.js';
import { STORIES } from './stories.js';
import { announceStory, playStory } from './story-player.js';
import { takeStoryPair, withStoryLink } from '../shared/story-link.js';
import { FrameQueue } from '../shared/frame-queue.js';
import digitsExample from '../../examples/digits-mlp.json';
import fashionExample from '../../examples/fashion-mnist-mlp.json';

const $ = (id) => document.getElementById(id);

// The run each set starts with: the runner's example for it (data section from the site).
const EXAMPLES = { digits: digitsExample, fashion: fashionExample };

function defaultSpec(set, manifest) {
  const spec = structuredClone(EXAMPLES[set.kind]);
  spec.data = dataSpec(set, manifest, false);
  spec.model.output = 'softmax';
  spec.regularization ??= { kind: 'none', rate: 0 };
  return spec;
}

const page = {
  core: null, catalog: null, manifest: null,
  set: null, spec: null, maxEpochs: 10,
  files: new Map(),     // set id → fetched data (kept for restarts)
  client: null, info: null, history: [], training: false, best: null,
  sketch: null, predicting: false, predictAgain: false, selected: -1,
};

// --- URL hash: set, hidden, and the network controls -----------------------------------
function writeHash() {
  const s = page.spec;
  const pairs = [['set', page.set.id], ['hidden', s.model.hidden.join(',')], ['optimizer', s.optimizer.kind],
    ['lr', s.optimizer.learningRate], ['batch', s.training.batchSize], ['dropout', Array.isArray(s.model.dropout) ? s.model.dropout[0] ?? 0 : s.model.dropout ?? 0],
    ['l2', s.regularization.kind === 'l2' ? s.regularization.rate : 0], ['bn', s.model.batchNorm ? 1 : 0],
    ['std', s.data.standardize ? 1 : 0], ['epochs', page.maxEpochs]];
  replaceHash(encodePairs([...pairs, ...shellPairs({ hide: [...page.hide], lang: null })]));
}

function readHash(pairs, errors) {
  const get = Object.fromEntries(pairs);
  const set = get.set ? setById(get.set) : null;
  if (get.set && !set) errors.push(`set: unknown data set '${get.set}'`);
  return { set, get };
}

function applyHashValues(get, errors) {
  const s = page.spec;
  const num = (k, apply) => {
    if (get[k] === undefined) return;
    const v = Number(get[k]);
    if (!Number.isFinite(v)) errors.push(`${k}: not a number: '${get[k]}'`); else apply(v);
  };
  if (get.hidden !== undefined) {
    const h = parseHidden(get.hidden);
    if (h) s.model.hidden = h; else errors.push(t('badHidden'));
  }
  if (get.optimizer) s.optimizer.kind = get.optimizer;
  num('lr', (v) => { s.optimizer.learningRate = v; });
  num('batch', (v) => { s.training.batchSize = v; });
  num('dropout', (v) => { s.model.dropout = v; });
  num('l2', (v) => { s.regularization = v > 0 ? { kind: 'l2', rate: v } : { kind: 'none', rate: 0 }; });
  num('bn', (v) => { s.model.batchNorm = v === 1; });
  num('std', (v) => { s.data.standardize = v === 1; });
  num('epochs', (v) => {
    const problem = checkField(page.catalog, 'images.epochs', v, 'epochs');
    if (problem) errors.push(problem); else page.maxEpochs = v;
  });
}

function parseHidden(text) {
  const parts = String(text).split(',').map((x) => x.trim()).filter(Boolean);
  if (!parts.length || parts.some((x) => !/^\d+$/.test(x))) return null;
  return parts.map(Number);
}

// --- views --------------------------------------------------------------------------------
let views = null;

function buildViews() {
  const charts = {
    loss: new EpochChart($('lossChart'), { series: [{ key: 'trainLoss', color: '#9aa0a6' }, { key: 'testLoss', color: '#202124' }] }),
    accuracy: new EpochChart($('accuracyChart'), { percent: true, series: [{ key: 'trainAccuracy', color: '#9aa0a6' }, { key: 'testAccuracy', color: '#0877bd' }] }),
  };
  const grid = new ImageGrid($('imageGrid'), $('gridSummary'), (i) => selectImage(i));
  const cellGrid = new ImageGrid($('cellImages'), $('cellCaption'), (i) => selectImage(i));
  const confusion = new ConfusionView($('confusion'), (r, c) => showCell(r, c));
  return { charts, grid, cellGrid, confusion, weights: new WeightsView($('weights')),
    selectedBars: new ProbabilityBars($('selectedBars')), drawBars: new ProbabilityBars($('drawBars')), cell: null };
}

function relabelCharts() {
  views.charts.loss.setTitles(t('epochAxis'), t('lossAxis'), [t('trainSeries'), t('testSeries')]);
  views.charts.accuracy.setTitles(t('epochAxis'), t('accuracyAxis'), [t('trainSeries'), t('testSeries')]);
}

function fillClassFilter() {
  const select = $('filterClass');
  const current = select.value || '-1';
  const classes = page.info?.numClasses ?? 10;
  select.replaceChildren(new Option(t('allClasses'), '-1'),
    ...Array.from({ length: classes }, (_, c) => new Option(shortName(page.set.kind, c, language()), String(c))));
  select.value = current;
}

function showCell(r, c) {
  views.cell = [r, c];
  views.cellGrid.setFilter({ trueClass: r, predictedClass: c });
  const n = views.cellGrid.matching({ trueClass: r, predictedClass: c }).length;
  $('cellCaption').textContent = t('cellImages', { n, truth: shortName(page.set.kind, r, language()), predicted: shortName(page.set.kind, c, language()) });
  $('cellImages').dataset.cell = `${r},${c}`;
}

async function selectImage(i) {
  page.selected = i;
  const { images, labels, width, height } = views.grid.data;
  const canvas = $('selectedImage');
  canvas.width = width;
  canvas.height = height;
  drawImage(canvas.getContext('2d'), images, i, width, height);
  const pixels = images.slice(i * width * height, (i + 1) * width * height);
  const p = await page.client.call('predict', pixels);
  if (page.selected === i) views.selectedBars.update(p, page.set.kind, labels[i]);
}

// An epoch's end brings every view at once; each is drawn in its own frame (shared/frame-queue.js).
const viewQueue = new FrameQueue();

function onViews(v) {
  const info = page.info, kind = page.set.kind;  // as they are now: a job may run after a restart
  if (v.testPredicted) {
    viewQueue.set('grid', () => views.grid.setPredictions(v.testPredicted));
    viewQueue.set('cells', () => {
      views.cellGrid.setPredictions(v.testPredicted);
      if (views.cell) showCell(...views.cell);
    });
  }
  if (v.confusion) viewQueue.set('confusion', () => views.confusion.update(v.confusion, info.numClasses, kind));
  if (v.firstLayerWeights) viewQueue.set('weights', () => views.weights.update(v.firstLayerWeights, info.firstLayerUnits, info.imageWidth, info.imageHeight));
  if (v.testPredicted || v.firstLayerWeights) {
    viewQueue.set('drawing', () => predictDrawing());
    if (v.testPredicted) viewQueue.set('selected', () => { if (page.selected >= 0) selectImage(page.selected); });
  }
}

function showEpoch(metrics) {
  $('epoch').textContent = String(metrics.epoch);
  page.history.push(metrics);
  window.imagesHistory = page.history;  // read by tests/e2e/images.spec.js and bench/images-epoch.mjs
  viewQueue.set('charts', () => {
    views.charts.loss.update(page.history);
    views.charts.accuracy.update(page.history);
  });
}

// --- training -------------------------------------------------------------------------------
function setTraining(on) {
  page.training = on;
  const b = $('train');
  b.dataset.i18n = on ? 'stop' : 'train';
  b.setAttribute('aria-pressed', String(on));
  b.textContent = t(on ? 'stop' : 'train');
  document.body.classList.toggle('training', on);
}

function status(text) { $('status').textContent = text; }

/** (Re)builds the network in the worker for the current set and spec. */
async function restart() {
  if (page.training) page.client.stop({ keepBest: false });
  setTraining(false);
  $('train').disabled = true;
  let spec;
  try {
    spec = normalizeSpec(page.core, page.spec);
  } catch (e) {
    showMessage(t('badSetting', { msg: e.message }), 'error');
    return;
  }
  writeHash();
  const set = page.set;
  let files = page.files.get(set.id);
  if (!files) {
    const name = t(set.label, { size: megabytes(downloadBytes(set, page.manifest)) });
    status(t('loadingSet', { name, size: megabytes(downloadBytes(set, page.manifest)) }));
    try {
      files = await fetchSet(set, page.manifest);
    } catch (e) {
      showMessage(t('dataFailed', { msg: e.message }), 'error');
      status('');
      return;
    }
    page.files.set(set.id, files);
  }
  if (set !== page.set) return;  // another set was chosen meanwhile
  status(t('preparing'));
  const args = set.data.source === 'csv' ? [JSON.stringify(spec), files.csv]
    : [JSON.stringify(spec), files.trainImages, files.trainLabels, files.testImages, files.testLabels];
  try {
    const { info, metrics } = await page.client.start('ImageTrainer', args, {
      info: ['imageWidth', 'imageHeight', 'numClasses', 'trainSize', 'testSize', 'firstLayerUnits', 'testImages', 'testLabels'],
      views: {
        testPredicted: { method: 'testPredicted' },
        confusion: { method: 'confusion' },
        firstLayerWeights: { method: 'firstLayerWeights', live: true },
      },
    });
    page.info = info;
    page.history = [];
    views.cell = null;
    $('cellImages').replaceChildren();
    $('cellCaption').textContent = '';
    delete $('cellImages').dataset.cell;
    page.selected = -1;
    views.selectedBars.clear();
    const data = { images: info.testImages, labels: info.testLabels, width: info.imageWidth, height: info.imageHeight, kind: set.kind };
    views.grid.setData(data);
    views.cellGrid.setData(data);
    fillClassFilter();
    showEpoch(metrics);
    $('epochProgress').value = 0;
    $('seenCanvas').width = info.imageWidth;
    $('seenCanvas').height = info.imageHeight;
    status(t('readyLine', { train: info.trainSize, test: info.testSize, w: info.imageWidth, h: info.imageHeight, classes: info.numClasses }));
    $('train').disabled = false;
    document.body.dataset.run = 'ready';
    predictDrawing();
  } catch (e) {
    showMessage(t('badSetting', { msg: e.message }), 'error');
    status('');
  }
}

function toggleTraining() {
  if (page.training) { page.client.stop({ keepBest: true }); return; }
  if ((page.history.at(-1)?.epoch ?? 0) >= page.maxEpochs) page.maxEpochs += Number($('maxEpochs').value) || 10;
  setTraining(true);
  document.body.dataset.run = 'training';
  page.client.train(page.maxEpochs);
}

// --- drawing ----------------------------------------------------------------------------------
function renderDrawing() {
  const x = page.sketch.render(page.set.format);  // a view into the main thread's heap
  const w = page.set.format === 'digits8x8' ? 8 : 28;
  const canvas = $('seenCanvas');
  canvas.width = w;
  canvas.height = w;
  drawImage(canvas.getContext('2d'), x, 0, w, w);
  return new Float32Array(x);  // a copy for the worker
}

async function predictDrawing() {
  if (!page.client || !page.info || page.sketch.pointCount() === 0) return;
  if (page.predicting) { page.predictAgain = true; return; }
  page.predicting = true;
  try {
    const p = await page.client.call('predict', renderDrawing());
    views.drawBars.update(p, page.set.kind);
  } catch (e) {
    showMessage(e.message, 'error');
  }
  page.predicting = false;
  if (page.predictAgain) { page.predictAgain = false; predictDrawing(); }
}

function clearDrawing() {
  page.sketch.clear();
  page.pad.clear();
  views.drawBars.clear();
  renderDrawing();
}

// --- frame rate: counted by requestAnimationFrame, so a blocked page shows it ---------------------
function startFrameCounter() {
  const stats = { frames: 0, fps: 0, longest: 0 };
  window.imagesFrames = stats;  // read by tests/e2e/images.spec.js and bench/images-epoch.mjs
  let windowStart = performance.now(), count = 0, last = windowStart;
  const frame = (now) => {
    stats.frames += 1;
    stats.longest = Math.max(stats.longest, now - last);
    last = now;
    count += 1;
    if (now - windowStart >= 1000) {
      stats.fps = Math.round((count * 1000) / (now - windowStart));
      $('fps').textContent = t('frameRate', { fps: stats.fps });
      windowStart = now;
      count = 0;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// --- start ------------------------------------------------------------------------------------
async function start(shell) {
  page.core = shell.core;
  page.catalog = shell.catalog;
  page.hide = shell.hide;
  views = buildViews();
  relabelCharts();
  try {
    page.manifest = await loadManifest();
  } catch (e) {
    showMessage(t('dataFailed', { msg: e.message }), 'error');
    return;
  }
  const errors = [];
  const link = readLink(location.hash, errors);
  // story=<id> (the gallery's link) puts the story's settings in place of the link's.
  const { story, pairs } = takeStoryPair(link.pairs, STORIES, errors);
  const { set: linkSet, get } = readHash(withStoryLink(pairs, story), errors);
  let set = linkSet ?? SETS[0];
  if (!page.manifest[set.manifest]) {
    if (set.id === 'fashion') showMessage(t('fullMissing'), 'info');
    set = setById('fashion-subset');
  }
  page.set = set;
  page.spec = defaultSpec(set, page.manifest);
  page.maxEpochs = set.epochs;
  applyHashValues(get, errors);
  if (errors.length) showMessage(t('badUrl', { msg: errors.join('; ') }), 'error');

  const select = $('dataSet');
  const fillSets = () => {
    select.replaceChildren(...SETS.filter((s) => page.manifest[s.manifest])
      .map((s) => new Option(t(s.label, { size: megabytes(downloadBytes(s, page.manifest)) }), s.id)));
    select.value = page.set.id;
  };
  fillSets();
  select.addEventListener('change', () => {
    page.set = setById(select.value);
    const keep = page.spec;
    page.spec = defaultSpec(page.set, page.manifest);
    page.spec.data.standardize = keep.data.standardize;
    page.maxEpochs = page.set.epochs;
    showControls();
    clearDrawing();
    restart();
  });

  // Menus and ranges come from the core's catalog; a core without one offers no menus.
  const panel = page.catalog ? new ControlPanel(CONTROLS, page.catalog, { network: $('networkControls') }, (row, value) => {
    setControl(page.spec, row, value);
    restart();
  }) : null;
  const showControls = () => {
    panel?.show({ spec: page.spec, view: {} });
    $('hidden').value = page.spec.model.hidden.join(',');
    const epochs = page.catalog.fields['images.epochs'];
    Object.assign($('maxEpochs'), { min: epochs.min, max: epochs.max });
    $('maxEpochs').value = String(page.maxEpochs);
  };
  showControls();
  $('hidden').addEventListener('change', () => {
    const h = parseHidden($('hidden').value);
    if (!h) { showMessage(t('badHidden'), 'error'); $('hidden').value = page.spec.model.hidden.join(','); return; }
    page.spec.model.hidden = h;
    page.spec.model.dropout = Array.isArray(page.spec.model.dropout) ? page.spec.model.dropout[0] ?? 0 : page.spec.model.dropout;
    restart();
  });
  $('maxEpochs').addEventListener('change', () => {
    const v = Number($('maxEpochs').value);
    const problem = checkField(page.catalog, 'images.epochs', v, t('maxEpochs'));
    if (problem) { showMessage(problem, 'error'); $('maxEpochs').value = String(page.maxEpochs); return; }
    page.maxEpochs = v;
    writeHash();
  });
  $('filterClass').addEventListener('change', () => views.grid.setFilter({ trueClass: Number($('filterClass').value) }));
  $('wrongOnly').addEventListener('change', () => views.grid.setFilter({ wrongOnly: $('wrongOnly').checked }));

  page.sketch = new page.core.Sketch();
  page.pad = new DrawPad($('drawPad'), {
    onPoint: (kind, x, y) => {
      if (kind === 'begin') page.sketch.beginStroke(x, y); else page.sketch.extend(x, y);
      predictDrawing();
    },
    onEnd: () => predictDrawing(),
  });
  $('clearPad').addEventListener('click', clearDrawing);

  page.client = new TrainingClient({
    onProgress: (m) => { $('epochProgress').value = m.size ? m.position / m.size : 0; },
    onEpoch: (metrics) => { showEpoch(metrics); $('epochProgress').value = 0; },
    onViews,
    onStopped: ({ status: code, metrics, keptBest }) => {
      setTraining(false);
      document.body.dataset.run = 'stopped';
      if (code === 1) showMessage(t('diverged'), 'error');
      else if (keptBest && metrics.epoch < page.maxEpochs) status(t('stoppedBest', { epoch: metrics.bestEpoch }));
      else status(t('finished', { epoch: metrics.epoch }));
      $('epoch').textContent = String(metrics.epoch);
      storyStopped?.();
      storyStopped = null;
    },
    onError: (message) => { setTraining(false); showMessage(message, 'error'); storyStopped?.(); storyStopped = null; },
  });
  $('train').addEventListener('click', toggleTraining);
  startFrameCounter();
  renderDrawing();
  // the page is usable (drawing, menus) while the data downloads; a story is marked as playing
  // before the page says it is ready, so the gallery waits for its end
  const playing = story && !errors.length ? announceStory(story) : null;
  restart().then(() => {
    if (playing) {
      playStory(story, { ready: Boolean(page.info) && !$('train').disabled, pad: page.pad,
        train: () => new Promise((resolve) => { storyStopped = resolve; toggleTraining(); }) });
    }
  });
}
let storyStopped = null;  // a playing story waits for training to stop

function onLanguage() {
  if (!views) return;
  relabelCharts();
  setTraining(page.training);
  if (page.manifest) {
    const select = $('dataSet');
    for (const o of select.options) {
      const s = setById(o.value);
      o.textContent = t(s.label, { size: megabytes(downloadBytes(s, page.manifest)) });
    }
  }
  if (page.info) {
    fillClassFilter();
    views.grid.render();
    views.confusion.render();
    if (views.cell) { views.cellGrid.render(); showCell(...views.cell); }
    views.selectedBars.relabel();
    views.drawBars.relabel();
  }
  translate();
}

startPage({
  page: 'images', strings: imagesStrings, title: 'imagesTitle', start, onLanguage,
  // The worker's trainer as it is now (ends of epochs only: the core refuses a half epoch).
  exportTorch: (epochs) => page.client.call('exportTorch', epochs),
  exportEpochs: () => page.maxEpochs || 20,
});
