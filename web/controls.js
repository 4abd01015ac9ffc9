// Fills the selects and binds every control to a callback. No training logic here.
import { t } from './i18n.js';

export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', 'elu'];
export const REGULARIZATIONS = ['none', 'l1', 'l2'];
export const SPEEDS = [1, 2, 5, 10, 20, 50];
export const DATASETS = ['circle', 'xor', 'gauss', 'spiral', 'plane', 'multi_gauss'];

const $ = (id) => document.getElementById(id);

function fillSelect(select, values, label = (v) => String(v)) {
  const current = select.value;
  select.replaceChildren(...values.map((v) => {
    const o = document.createElement('option');
    o.value = String(v);
    o.textContent = label(v);
    return o;
  }));
  if (current) select.value = current;
}

/** (Re)labels the selects in the current language. */
export function fillControls() {
  fillSelect($('learningRate'), LEARNING_RATES);
  fillSelect($('regularizationRate'), REGULARIZATION_RATES);
  fillSelect($('activation'), ACTIVATIONS, (v) => t(v));
  fillSelect($('regularization'), REGULARIZATIONS, (v) => t(v === 'none' ? 'none' : v));
  fillSelect($('speed'), SPEEDS);
}

/** Puts the state's values into the controls. */
export function showState({ spec, view }) {
  $('learningRate').value = String(spec.optimizer.learningRate);
  $('activation').value = spec.model.activation;
  $('regularization').value = spec.regularization.kind;
  $('regularizationRate').value = String(spec.regularization.rate);
  $('speed').value = String(view.speed);
  $('trainRatio').value = String(Math.round(spec.data.trainRatio * 100));
  $('trainRatioValue').textContent = `${Math.round(spec.data.trainRatio * 100)}%`;
  $('noise').value = String(Math.round(spec.data.noise * 100));
  $('noiseValue').textContent = `${Math.round(spec.data.noise * 100)}%`;
  $('batchSize').value = String(spec.training.batchSize);
  $('batchSizeValue').textContent = String(spec.training.batchSize);
  $('showTest').checked = view.showTest;
  $('discretize').checked = view.discretize;
  $('layerCount').textContent = String(spec.model.hidden.length);
  for (const b of document.querySelectorAll('#datasets [data-dataset]')) {
    const on = b.dataset.dataset === spec.data.generator;
    b.classList.toggle('selected', on);
    b.setAttribute('aria-checked', String(on));
  }
}

/**
 * handlers: spec(path, value) for spec fields, view(key, value), and the buttons'
 * play, step, reset, regenerate, addLayer, removeLayer, language.
 */
export function bindControls(h) {
  const onChange = (id, fn) => $(id).addEventListener('change', (e) => fn(e.target));
  onChange('learningRate', (el) => h.spec('optimizer.learningRate', Number(el.value)));
  onChange('activation', (el) => h.spec('model.activation', el.value));
  onChange('regularization', (el) => h.spec('regularization.kind', el.value));
  onChange('regularizationRate', (el) => h.spec('regularization.rate', Number(el.value)));
  onChange('speed', (el) => h.view('speed', Number(el.value)));
  onChange('trainRatio', (el) => h.spec('data.trainRatio', Number(el.value) / 100));
  onChange('noise', (el) => h.spec('data.noise', Number(el.value) / 100));
  onChange('batchSize', (el) => h.spec('training.batchSize', Number(el.value)));
  // Sliders show their value while dragging; the run changes on release.
  for (const [id, fmt] of [['trainRatio', (v) => `${v}%`], ['noise', (v) => `${v}%`], ['batchSize', (v) => v]])
    $(id).addEventListener('input', (e) => { $(`${id}Value`).textContent = fmt(e.target.value); });
  onChange('showTest', (el) => h.view('showTest', el.checked));
  onChange('discretize', (el) => h.view('discretize', el.checked));
  $('play').addEventListener('click', h.play);
  $('step').addEventListener('click', h.step);
  $('reset').addEventListener('click', h.reset);
  $('regenerate').addEventListener('click', h.regenerate);
  $('addLayer').addEventListener('click', h.addLayer);
  $('removeLayer').addEventListener('click', h.removeLayer);
  $('language').addEventListener('click', h.language);
}
