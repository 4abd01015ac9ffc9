// Fills the selects and binds every control to a callback. No training logic here.
import { t } from '../shared/i18n.js';
import { OPTIMIZERS, HYPERPARAMETERS, USES } from './optimizers.js';
import { PALETTES } from './render/palette.js';

export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', 'elu'];
export const REGULARIZATIONS = ['none', 'l1', 'l2'];
export const SPEEDS = [1, 2, 5, 10, 20, 50];
export const LOSSES = ['auto', 'cross_entropy', 'squared_error'];
export const INITS = ['xavier_uniform', 'xavier_normal', 'he_uniform', 'he_normal'];
export const PROBLEMS = ['classification', 'regression'];
export const DROPOUT_RATES = [0, 0.1, 0.2, 0.3, 0.5];
export const PATIENCES = [0, 5, 10, 20, 50, 100];
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine'];
export const CLIP_NORMS = [0, 0.1, 0.5, 1, 5];
// Generators of the core and their problem type.
export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'checkerboard', 'sine', 'blobs', 'plane', 'multi_gauss'];
export const CLASS_COUNT_DATASETS = new Set(['spiral', 'blobs']);
export const REGRESSION_DATASETS = new Set(['plane', 'multi_gauss']);
export const problemOf = (generator) => (REGRESSION_DATASETS.has(generator) ? 'regression' : 'classification');

const $ = (id) => document.getElementById(id);

function fillSelect(select, values, label = (v) => String(v)) {
  const current = select.value;
  select.replaceChildren(...values.map((v) => option(v, label(v))));
  if (current) select.value = current;
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = String(value);
  o.textContent = text;
  return o;
}

/** Selects `value`; a value that is not offered (e.g. typed into a link) is added first. */
function selectValue(select, value, label = String) {
  const v = String(value);
  if (![...select.options].some((o) => o.value === v)) select.append(option(v, label(value)));
  select.value = v;
}

/** Builds the hyperparameter fields once (hidden until their optimizer is chosen). */
function buildHyperparameters() {
  const host = $('hyperparameters');
  if (host.childElementCount) return;
  for (const name of Object.keys(HYPERPARAMETERS)) {
    const label = document.createElement('label');
    label.className = 'field';
    label.dataset.control = name;
    label.dataset.i18nTitle = `hp_${name}Tip`;
    const span = document.createElement('span');
    span.dataset.i18n = `hp_${name}`;
    const select = document.createElement('select');
    select.id = `hp-${name}`;
    label.append(span, select);
    host.append(label);
  }
}

/** (Re)labels the selects in the current language. */
export function fillControls() {
  buildHyperparameters();
  fillSelect($('problem'), PROBLEMS, (v) => t(v));
  fillSelect($('learningRate'), LEARNING_RATES);
  fillSelect($('regularizationRate'), REGULARIZATION_RATES);
  fillSelect($('activation'), ACTIVATIONS, (v) => t(v));
  fillSelect($('regularization'), REGULARIZATIONS, (v) => t(v === 'none' ? 'none' : v));
  fillSelect($('speed'), SPEEDS);
  fillSelect($('optimizer'), OPTIMIZERS, (v) => t(v));
  for (const [name, values] of Object.entries(HYPERPARAMETERS)) fillSelect($(`hp-${name}`), values);
  fillSelect($('loss'), LOSSES, (v) => t(v));
  fillSelect($('init'), INITS, (v) => t(v));
  fillSelect($('palette'), PALETTES, (v) => t(v));
  fillSelect($('schedule'), SCHEDULES, (v) => t(`schedule_${v}`));
  fillSelect($('clipNorm'), CLIP_NORMS, (v) => (v ? `‖g‖ ≤ ${v}` : t('off')));
  fillSelect($('patience'), PATIENCES, (v) => (v ? t('patienceN', { n: v }) : t('off')));
  for (const el of document.querySelectorAll('#hyperparameters [data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('#hyperparameters [data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}

/** Puts the state's values into the controls. */
export function showState({ spec, view }) {
  const inline = spec.data.source === 'inline';
  const problem = inline ? 'classification' : problemOf(spec.data.generator);
  $('problem').value = problem;
  selectValue($('learningRate'), spec.optimizer.learningRate);
  selectValue($('activation'), spec.model.activation);
  $('regularization').value = spec.regularization.kind;
  selectValue($('regularizationRate'), spec.regularization.rate);
  selectValue($('speed'), view.speed);
  $('optimizer').value = spec.optimizer.kind;
  const used = new Set(USES[spec.optimizer.kind] || []);
  for (const name of Object.keys(HYPERPARAMETERS)) {
    selectValue($(`hp-${name}`), spec.optimizer[name]);
    // `hide=` may have removed the control already; showing depends on the optimizer too.
    $(`hp-${name}`).closest('.field').classList.toggle('unused', !used.has(name));
  }
  $('schedule').value = spec.optimizer.schedule.kind;
  selectValue($('clipNorm'), spec.training.clipNorm, (v) => `‖g‖ ≤ ${v}`);
  $('loss').value = spec.model.loss;
  for (const o of $('loss').options) o.disabled = problem === 'regression' && o.value === 'cross_entropy';
  $('init').value = spec.model.init;
  $('palette').value = view.palette;
  $('trainRatio').value = String(Math.round(spec.data.trainRatio * 100));
  $('trainRatioValue').textContent = `${Math.round(spec.data.trainRatio * 100)}%`;
  const classed = !inline && CLASS_COUNT_DATASETS.has(spec.data.generator);
  $('classes').closest('.slider').classList.toggle('unused', !classed);
  if (classed) { $('classes').value = String(spec.data.classes); $('classesValue').textContent = String(spec.data.classes); }
  $('noise').closest('.slider').classList.toggle('unused', inline);
  $('regenerate').classList.toggle('unused', inline);
  if (!inline) {
    $('noise').value = String(Math.round(spec.data.noise * 100));
    $('noiseValue').textContent = `${Math.round(spec.data.noise * 100)}%`;
  }
  $('batchSize').value = String(spec.training.batchSize);
  $('batchSizeValue').textContent = String(spec.training.batchSize);
  $('showTest').checked = view.showTest;
  $('discretize').checked = view.discretize;
  $('showGradients').checked = view.showGradients;
  $('batchNorm').checked = spec.model.batchNorm;
  selectValue($('patience'), spec.training.earlyStopping.patience, (v) => t('patienceN', { n: v }));
  $('layerCount').textContent = String(spec.model.hidden.length);
  for (const b of document.querySelectorAll('#datasets [data-dataset]')) {
    const on = !inline && b.dataset.dataset === spec.data.generator;
    b.classList.toggle('selected', on);
    b.setAttribute('aria-checked', String(on));
    b.tabIndex = on ? 0 : -1;
    b.classList.toggle('other-problem', problemOf(b.dataset.dataset) !== problem);
  }
}

/**
 * handlers: spec(path, value) for spec fields, view(key, value), problem(type), and the
 * buttons' play, step, reset, regenerate, addLayer, removeLayer, language, saveSpec,
 * loadSpec(file), exportPng, exportCsv.
 */
export function bindControls(h) {
  const onChange = (id, fn) => $(id).addEventListener('change', (e) => fn(e.target));
  onChange('problem', (el) => h.problem(el.value));
  onChange('learningRate', (el) => h.spec('optimizer.learningRate', Number(el.value)));
  onChange('activation', (el) => h.spec('model.activation', el.value));
  onChange('regularization', (el) => h.spec('regularization.kind', el.value));
  onChange('regularizationRate', (el) => h.spec('regularization.rate', Number(el.value)));
  onChange('speed', (el) => h.view('speed', Number(el.value)));
  onChange('optimizer', (el) => h.spec('optimizer.kind', el.value));
  for (const name of Object.keys(HYPERPARAMETERS)) onChange(`hp-${name}`, (el) => h.spec(`optimizer.${name}`, Number(el.value)));
  onChange('schedule', (el) => h.spec('optimizer.schedule.kind', el.value));
  onChange('clipNorm', (el) => h.spec('training.clipNorm', Number(el.value)));
  onChange('loss', (el) => h.spec('model.loss', el.value));
  onChange('init', (el) => h.spec('model.init', el.value));
  onChange('palette', (el) => h.view('palette', el.value));
  onChange('trainRatio', (el) => h.spec('data.trainRatio', Number(el.value) / 100));
  onChange('noise', (el) => h.spec('data.noise', Number(el.value) / 100));
  onChange('classes', (el) => h.spec('data.classes', Number(el.value)));
  onChange('batchSize', (el) => h.spec('training.batchSize', Number(el.value)));
  // Sliders show their value while dragging; the run changes on release.
  for (const [id, fmt] of [['trainRatio', (v) => `${v}%`], ['noise', (v) => `${v}%`], ['batchSize', (v) => v], ['classes', (v) => v]])
    $(id).addEventListener('input', (e) => { $(`${id}Value`).textContent = fmt(e.target.value); });
  onChange('showTest', (el) => h.view('showTest', el.checked));
  onChange('discretize', (el) => h.view('discretize', el.checked));
  onChange('showGradients', (el) => h.view('showGradients', el.checked));
  onChange('batchNorm', (el) => h.spec('model.batchNorm', el.checked));
  onChange('patience', (el) => h.spec('training.earlyStopping.patience', Number(el.value)));
  $('step').addEventListener('click', h.step);
  $('batchStep').addEventListener('click', h.batchStep);
  $('reset').addEventListener('click', h.reset);
  $('regenerate').addEventListener('click', h.regenerate);
  $('draw').addEventListener('click', h.draw);
  $('clearPoints').addEventListener('click', h.clearPoints);
  $('addLayer').addEventListener('click', h.addLayer);
  $('removeLayer').addEventListener('click', h.removeLayer);
  $('saveSpec').addEventListener('click', h.saveSpec);
  $('loadSpec').addEventListener('click', () => $('loadSpecFile').click());
  onChange('loadSpecFile', (el) => { if (el.files[0]) h.loadSpec(el.files[0]); el.value = ''; });
  $('saveModel').addEventListener('click', h.saveModel);
  $('loadModel').addEventListener('click', () => $('loadModelFile').click());
  onChange('loadModelFile', (el) => { if (el.files[0]) h.loadModel(el.files[0]); el.value = ''; });
  $('exportPng').addEventListener('click', h.exportPng);
  $('exportCsv').addEventListener('click', h.exportCsv);
}
