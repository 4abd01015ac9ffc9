// The playground's buttons and file inputs (its menus, sliders and checkboxes are made from
// control-table.js), and the parts of the state the table does not show: the data-set picker's
// selection, the layer count, the Regenerate button. No training logic here.
import { problemOf } from './control-table.js';
import { t } from '../shared/i18n.js';

const $ = (id) => document.getElementById(id);

/** Shows what the control table does not: the picked data set and the number of layers. */
export function showPicker({ spec }, catalog) {
  const inline = spec.data.source === 'inline';
  const problem = problemOf(catalog, spec);
  $('regenerate').classList.toggle('unused', inline);
  $('layerCount').textContent = String(spec.model.hidden.length);
  // "1 hidden layer", "2 hidden layers": the label's string key follows the count.
  const label = $('layerCount').nextElementSibling;
  label.dataset.i18n = spec.model.hidden.length === 1 ? 'hiddenLayer' : 'hiddenLayers';
  label.textContent = t(label.dataset.i18n);
  for (const b of document.querySelectorAll('#datasets [data-dataset]')) {
    const on = !inline && b.dataset.dataset === spec.data.generator;
    b.classList.toggle('selected', on);
    b.setAttribute('aria-checked', String(on));
    b.tabIndex = on ? 0 : -1;
    b.classList.toggle('other-problem', b.dataset.problem !== problem);
  }
}

/** Binds every button to its handler: step, reset, batchStep, regenerate, draw, files, layers. */
export function bindButtons(h) {
  const click = (id, fn) => $(id).addEventListener('click', fn);
  for (const id of ['step', 'batchStep', 'reset', 'regenerate', 'draw', 'clearPoints', 'addLayer', 'removeLayer',
    'saveSpec', 'saveModel', 'exportPng', 'exportCsv']) click(id, h[id]);
  // The Load buttons open a hidden file input; a chosen file goes to its handler.
  for (const [button, input, fn] of [['loadSpec', 'loadSpecFile', h.loadSpec], ['loadModel', 'loadModelFile', h.loadModel]]) {
    click(button, () => $(input).click());
    $(input).addEventListener('change', (e) => { if (e.target.files[0]) fn(e.target.files[0]); e.target.value = ''; });
  }
}
