// The house-price page: load a CSV (the Ames houses in one click), choose column roles, the
// target rule and the split, build a network from the catalog's controls, train it in
// time-boxed chunks, and compare runs. The core reads and prepares the table
// (Table, TabularTrainer); this file only wires the views.
import { startPage } from '../shared/shell.js';
import { t, language } from '../shared/i18n.js';
import { bindKeys } from '../shared/keyboard.js';
import { showMessage, clearMessage } from '../shared/messages.js';
import { download, readText } from '../shared/files.js';
import { checkField } from '../shared/fields.js';
import { housesStrings } from './strings.js';
import { ColumnsView } from './columns-view.js';
import { EpochChart } from './epoch-chart.js';
import { ResultsView, percent } from './results-view.js';
import { RunsView } from './runs-view.js';
import { ModelControls, perLayer } from './model-controls.js';
import { drawDiagram } from './diagram.js';
import { describePreparation } from './preparation-view.js';
import { readLinkInto, writeLink } from './link-state.js';
import { STORIES } from './stories.js';
import { playStory } from './story-player.js';
import { takeStory } from '../shared/story-link.js';
import preset from '../../examples/house-prices.json';
import amesUrl from '../../examples/data/ames.csv?url';

const $ = (id) => document.getElementById(id);
const MAX_BYTES = 256 * 2 ** 20;   // the core's byte limit (kCsvMaxBytes)
const FRAME_BUDGET_MS = 30;        // training work per frame before the page draws again
const STOPPED = 3;                 // finishRun's status for Stop (0 ok, 1 diverged, 2 early stopped)

let core;
// The data and model the student has now. A rejected file or setting never replaces them.
const data = { name: '', text: '', table: null, summary: null, roles: [] };
const settings = {
  seed: preset.seed,
  trainPct: Math.round(preset.data.trainRatio * 100),
  valPct: Math.round(preset.data.validationRatio * 100),
  rule: preset.data.table.rule,
  threshold: '',
  quantiles: 4,
  maxCategories: preset.data.table.maxCategories,
  model: structuredClone(preset.model),
  optimizer: structuredClone(preset.optimizer),
  regularization: structuredClone(preset.regularization),
  training: structuredClone(preset.training),
};
let trainer = null, prep = null;    // the prepared (maybe trained) model and its preparation
let run = null;                     // the run in progress: {trainer, spec, baseline, history, start}
let views, shellState;
const defaults = structuredClone(settings);

// ---- spec -----------------------------------------------------------------------------
function tableSpec(s) {
  const target = data.roles.indexOf('target');
  const table = {
    target: target >= 0 ? data.summary.columns[target].name : '',
    ignore: data.summary ? data.summary.columns.filter((c, i) => data.roles[i] === 'ignore').map((c) => c.name) : [],
    rule: s.rule,
    maxCategories: s.maxCategories,
  };
  if (s.rule === 'threshold' && String(s.threshold).trim() !== '') table.threshold = Number(s.threshold);
  if (s.rule === 'quantiles') table.quantiles = s.quantiles;
  return table;
}

function specFor({ baseline = false } = {}, s = settings) {
  return {
    seed: s.seed,
    data: {
      source: 'csv', csvFile: data.name, trainRatio: s.trainPct / 100, validationRatio: s.valPct / 100,
      table: tableSpec(s),
    },
    model: baseline ? { hidden: [] } : { ...s.model, ...perLayer(s.model) },
    optimizer: s.optimizer,
    regularization: s.regularization,
    training: s.training,
  };
}

/**
 * Throws the core's message if the settings make an invalid spec (no data needed), or if they
 * ask for more epochs than this page trains (the range table's houses.epochs; the spec allows
 * more for the command-line runner).
 */
function checkSettings(s) {
  core.normalizeSpec(JSON.stringify(specFor({}, s)));
  const tooMany = checkField(shellState.catalog, 'houses.epochs', s.training.epochs, 'training.epochs');
  if (tooMany) throw new Error(tooMany);
}

// ---- preparing a model for the current data and settings --------------------------------
/** Builds a trainer for the settings; on failure says why and keeps the previous one. */
function prepare() {
  if (!data.table) return false;
  let next;
  try {
    next = new core.TabularTrainer(JSON.stringify(specFor()), data.text);
  } catch (e) {
    showMessage(t('settingRejected', { msg: e.message }));
    return false;
  }
  if (trainer && trainer !== run?.trainer) trainer.delete();
  trainer = next;
  prep = JSON.parse(trainer.preparationJson());
  showPreparation();
  return true;
}

function showPreparation() {
  $('prep').replaceChildren(...describePreparation(prep, data.summary).map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  }));
  drawDiagram($('diagram'), prep ? prep.inputs : 0, settings.model, prep ? (prep.classes.length > 2 ? prep.classes.length : 1) : 1);
}

// ---- data -----------------------------------------------------------------------------
/** Reads `text` in the core; a file it rejects leaves the page's data and model as they were. */
function loadCsv(name, text) {
  let table;
  try {
    table = new core.Table(text);
  } catch (e) {
    showMessage(t('csvRejected', { msg: e.message }));
    return false;
  }
  const summary = JSON.parse(table.summaryJson());
  // The default target: Sale_Price if there is one, else the last column.
  let target = summary.columns.findIndex((c) => c.name === preset.data.table.target);
  if (target < 0) target = summary.columns.length - 1;
  const roles = summary.columns.map((c, i) => (i === target ? 'target' : 'feature'));
  const old = { ...data };
  Object.assign(data, { name, text, table, summary, roles });
  // A categorical target needs the 'classes' rule; a numeric one keeps the chosen rule.
  const previousRule = settings.rule;
  if (summary.columns[target].type === 'categorical') settings.rule = 'classes';
  else if (settings.rule === 'classes' && summary.columns[target].distinct > 100) settings.rule = 'threshold';
  if (!prepare()) {
    table.delete();
    Object.assign(data, old);
    settings.rule = previousRule;
    showSettings();
    return false;
  }
  old.table?.delete();
  clearMessage();
  $('fileInfo').textContent = t('loadedFile', { name, rows: summary.rows, cols: summary.columns.length });
  views.columns.show(summary, roles);
  showSettings();
  return true;
}

async function loadFile(file) {
  if (!file) return;
  try {
    if (file.size > MAX_BYTES) throw new Error(t('fileTooLarge', { mb: MAX_BYTES / 2 ** 20 }));
    loadCsv(file.name, await readText(file, MAX_BYTES));
  } catch (e) {
    showMessage(t('csvRejected', { msg: e.message }));
  }
}

async function loadAmes() {
  try {
    const response = await fetch(amesUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return loadCsv('ames.csv', await response.text());
  } catch (e) {
    showMessage(t('csvRejected', { msg: e.message }));
    return false;
  }
}

/** A role change: one target at most (the old target becomes a feature); undone if the core refuses it. */
function setRole(index, role) {
  const before = [...data.roles], ruleBefore = settings.rule;
  // A text column with a numeric rule is the core's to refuse (the message says to pick 'classes').
  if (role === 'target') data.roles = data.roles.map((r) => (r === 'target' ? 'feature' : r));
  data.roles[index] = role;
  if (!prepare()) {
    data.roles = before;
    settings.rule = ruleBefore;
  } else clearMessage();
  views.columns.show(data.summary, data.roles);
  showSettings();
}

// ---- settings -------------------------------------------------------------------------
function showSettings() {
  $('rule').value = settings.rule;
  $('threshold').value = settings.threshold;
  $('threshold').placeholder = t('thresholdMedian');
  $('quantiles').value = String(settings.quantiles);
  $('maxCategories').value = String(settings.maxCategories);
  $('trainPct').value = String(settings.trainPct);
  $('valPct').value = String(settings.valPct);
  $('seed').value = String(settings.seed);
  $('testPct').textContent = t('testShare', { p: Math.max(0, 100 - settings.trainPct - settings.valPct) });
  $('threshold').closest('[data-control]').classList.toggle('unused', settings.rule !== 'threshold');
  $('quantiles').closest('[data-control]').classList.toggle('unused', settings.rule !== 'quantiles');
  views.model.show(settings);
  showPreparation();
}

/** Applies one change; if the core rejects the resulting spec, the old value comes back. */
function change(apply) {
  const before = structuredClone(settings);
  apply(settings);
  let ok = true;
  if (data.table) ok = prepare();
  else {
    try { checkSettings(settings); } catch (e) { showMessage(t('settingRejected', { msg: e.message })); ok = false; }
  }
  if (!ok) Object.assign(settings, before);
  else {
    clearMessage();
    writeLink(settings, defaults, shellState);
  }
  showSettings();
}

function bindSettings() {
  for (const r of ['threshold', 'quantiles', 'classes', 'regression'])
    $('rule').append(new Option(t(`rule_${r}`), r));
  $('rule').addEventListener('change', (e) => change((s) => { s.rule = e.target.value; }));
  $('threshold').addEventListener('change', (e) => change((s) => { s.threshold = e.target.value; }));
  const integer = (id, key) => $(id).addEventListener('change', (e) => change((s) => { s[key] = Math.round(Number(e.target.value)); }));
  integer('quantiles', 'quantiles');
  integer('maxCategories', 'maxCategories');
  integer('trainPct', 'trainPct');
  integer('valPct', 'valPct');
  integer('seed', 'seed');
  $('allFeatures').addEventListener('click', () => {
    if (!data.table) return;
    data.roles = data.roles.map((r) => (r === 'target' ? r : 'feature'));
    prepare();
    views.columns.show(data.summary, data.roles);
  });
}

// ---- training -------------------------------------------------------------------------
/** Starts a run (false if it could not start: one is running, no data, or a rejected spec). */
function startRun(baseline) {
  if (run) return false;
  if (!data.table) { showMessage(t('noData')); return false; }
  const spec = specFor({ baseline });
  let next;
  try {
    next = new core.TabularTrainer(JSON.stringify(spec), data.text);
  } catch (e) {
    showMessage(t('trainRejected', { msg: e.message }));
    return false;
  }
  clearMessage();
  run = { trainer: next, spec, baseline, history: [], start: performance.now(), max: settings.training.epochs };
  $('stop').disabled = false;
  $('train').disabled = true;
  $('baseline').disabled = true;
  document.body.classList.add('training');
  requestAnimationFrame(frame);
  return true;
}

function frame() {
  if (!run) return;
  const begin = performance.now();
  let status = 0;
  do {
    status = run.trainer.trainEpochs(1);
    const m = run.trainer.metrics();
    run.history.push({ epoch: m.epoch, trainLoss: m.trainLoss, validationLoss: m.validationLoss,
      trainAccuracy: m.trainAccuracy, validationAccuracy: m.validationAccuracy });
  } while (status === 0 && run.history.length < run.max && performance.now() - begin < FRAME_BUDGET_MS);
  drawProgress();
  if (status !== 0 || run.history.length >= run.max) finishRun(status);
  else requestAnimationFrame(frame);
}

function drawProgress() {
  const shown = run ?? lastRun;  // after a run: its epochs stay on the bar until the next one
  const epoch = shown ? shown.history.length : 0, max = shown ? shown.max : settings.training.epochs;
  $('progress').value = max ? epoch / max : 0;
  $('epochCount').textContent = t('epochOf', { epoch, max });
  drawCurves(run ? run.history : lastHistory);
}

let lastHistory = [], lastRun = null;
function drawCurves(history) {
  const points = (key) => history.map((h) => [h.epoch, h[key]]);
  const sets = [
    { key: 'train', label: t('trainSet'), color: '#9aa0a6' },
    { key: 'validation', label: t('validationSet'), color: '#0877bd' },
  ];
  views.loss.update(sets.map((s) => ({ label: s.label, color: s.color, points: points(`${s.key}Loss`) })),
    { x: t('epochAxis'), y: t('lossAxis') });
  views.accuracy.update(sets.map((s) => ({ label: s.label, color: s.color, points: points(`${s.key}Accuracy`) })),
    { x: t('epochAxis'), y: t('accuracyAxis') }, [0, 1]);
}

/** Ends the run: Stop and running out of epochs keep the best validation epoch's weights. */
function finishRun(status) {
  const r = run;
  if (status === 0) r.trainer.stopAtBest();
  run = null;
  const m = r.trainer.metrics();
  lastHistory = r.history;
  lastRun = r;
  if (trainer && trainer !== r.trainer) trainer.delete();
  trainer = r.trainer;
  prep = JSON.parse(trainer.preparationJson());
  const accuracies = r.history.map((h) => h.validationAccuracy).filter(Number.isFinite);
  const bestValidation = accuracies.length ? Math.max(...accuracies) : NaN;
  const n = views.runs.add({
    spec: r.spec, baseline: r.baseline, bestValidation,
    testAccuracy: m.testAccuracy, epochs: r.history.length, seconds: (performance.now() - r.start) / 1000,
    curve: r.history.map((h) => [h.epoch, h.validationAccuracy]),
  });
  views.results.show(trainer, data.table, data.summary, data.roles, prep);
  if (status === 1) showMessage(t('diverged'));
  else if (status === 2) showMessage(t('earlyStopped', { n: settings.training.earlyStopping?.patience ?? 10, epoch: m.bestEpoch }), 'info');
  else showMessage(t('finished', { n, acc: percent(m.testAccuracy) }), 'success');
  $('stop').disabled = true;
  $('train').disabled = false;
  $('baseline').disabled = false;
  document.body.classList.remove('training');
  drawProgress();
  (window.housesRuns ??= []).push({ spec: r.spec, history: r.history });  // read by tests/e2e/export-torch.spec.js
  runFinished?.({ spec: r.spec, history: r.history, testAccuracy: m.testAccuracy });
}
let runFinished = null;  // a playing story's callback (story-player.js)

function stop() {
  if (!run) return;
  run.trainer.stopAtBest();
  finishRun(STOPPED);  // the weights of the best epoch are already restored
}

// ---- start ----------------------------------------------------------------------------
/** The split, k and one-hot inputs take their bounds from the core's range table. */
function boundInputs(catalog) {
  const bound = (id, path, scale = 1) => {
    const f = catalog.fields[path];
    Object.assign($(id), { min: String(f.min * scale), max: String(f.max * scale) });
  };
  bound('trainPct', 'data.trainRatio', 100);
  bound('valPct', 'data.validationRatio', 100);
  bound('quantiles', 'data.table.quantiles');
  bound('maxCategories', 'data.table.maxCategories');
}

async function start(shell) {
  core = shell.core;
  const catalog = shell.catalog;
  views = {
    columns: new ColumnsView($('columns'), setRole),
    loss: new EpochChart($('lossChart')),
    accuracy: new EpochChart($('accuracyChart')),
    results: new ResultsView({ accuracy: $('testAccuracy'), note: $('testNote'), confusion: $('confusion'), wrong: $('wrong') }),
    runs: new RunsView({ table: $('runs'), canvas: $('overlayChart'), exportButton: $('exportRuns'),
      onExport: (text) => download('runs.csv', new Blob([text], { type: 'text/csv' })) }),
    model: new ModelControls(catalog, { host: $('modelControls'), layers: $('layers'),
      add: $('addLayer'), remove: $('removeLayer') }, (apply) => change(apply)),
  };
  shellState = shell;  // checkSettings reads the catalog through it
  boundInputs(catalog);
  const storyErrors = [];
  const { story, hash } = takeStory(location.hash, STORIES, storyErrors);
  const linkErrors = [...storyErrors, ...readLinkInto(settings, hash, checkSettings)];
  bindSettings();
  $('loadAmes').addEventListener('click', loadAmes);
  $('csvFile').addEventListener('change', (e) => { loadFile(e.target.files[0]); e.target.value = ''; });
  const zone = $('dropZone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); loadFile(e.dataTransfer.files[0]); });
  $('train').addEventListener('click', () => startRun(false));
  $('baseline').addEventListener('click', () => startRun(true));
  $('stop').addEventListener('click', stop);
  bindKeys({ ' ': () => (run ? stop() : startRun(false)) });
  showSettings();
  views.columns.show(null, []);
  views.runs.render();
  drawProgress();
  if (linkErrors.length) showMessage(t('badLinkParts', { msg: linkErrors.join('; ') }));
  else if (story) {
    playStory(story, { loadAmes, change, startRun, defaults, onRunFinished: (f) => { runFinished = f; } });
  }
}

function relabel() {
  for (const o of $('rule').options) o.textContent = t(`rule_${o.value}`);
  views.model.relabel();
  if (data.summary) views.columns.show(data.summary, data.roles);
  views.runs.render();
  showSettings();
  if (trainer && views.runs.runs.length) views.results.show(trainer, data.table, data.summary, data.roles, prep);
  drawProgress();
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
}

/**
 * "PyTorch" in the header: the prepared model as it is now (before a run: its initial weights).
 * The core refuses what the script cannot express (a validation set, a run that has stopped)
 * with its own message; the dialog shows it.
 */
function exportTorch(epochs) {
  if (run) throw new Error(t('exportWhileTraining'));
  if (!trainer) throw new Error(t('noData'));
  return trainer.exportTorch(epochs);
}

startPage({ page: 'houses', strings: housesStrings, title: 'housesTitle', start, onLanguage: relabel,
  exportTorch, exportEpochs: () => settings.training.epochs });
