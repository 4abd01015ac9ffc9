// The network and training controls of the house-price page, one row each in the shared
// control table format (../shared/controls.js makes them): every menu, range and default
// comes from the core's catalog (fields and option lists), never from a list here; a value
// the menu does not offer (e.g. the preset's L2 rate) is added to it. The per-layer width,
// activation and dropout beside each hidden layer are built here.
import { t } from '../shared/i18n.js';
import { ControlPanel, hyperparameterRows } from '../shared/controls.js';
import { setPath } from '../shared/paths.js';

const names = (list) => list.map((e) => e.name ?? e);

// The optimizer's own hyperparameters follow it (the catalog says which it reads).
export const controlRows = (catalog) => [
  { id: 'optimizer', kind: 'select', spec: 'optimizer.kind', options: (c) => names(c.optimizers), optionLabel: (v) => v },
  { id: 'learningRate', kind: 'select', spec: 'optimizer.learningRate' },
  ...hyperparameterRows(catalog, (p) => ({ id: p })),
  { id: 'regularization', kind: 'select', spec: 'regularization.kind', options: (c) => c.regularizers,
    optionLabel: (v) => t(`reg_${v}`) },
  { id: 'regRate', kind: 'select', spec: 'regularization.rate', when: (s) => s.spec.regularization.kind !== 'none' },
  { id: 'batchSize', kind: 'number', spec: 'training.batchSize' },
  // The page trains in the browser's main loop: its own span of epochs is the catalog's.
  { id: 'epochs', kind: 'number', spec: 'training.epochs', field: 'houses.epochs' },
  { id: 'patience', kind: 'select', spec: 'training.earlyStopping.patience',
    optionLabel: (v) => (v ? t('patienceN', { n: v }) : t('off')) },
  { id: 'batchNorm', kind: 'check', spec: 'model.batchNorm' },
].map((row) => ({ ...row, place: 'host' }));

/**
 * model.activations and model.dropout as one entry per hidden layer: a single activation or
 * rate applies to every layer; a list shorter than the layers repeats its last entry (a new
 * layer takes the one before it).
 */
export function perLayer(model) {
  const fit = (list, single, fallback) => {
    const src = Array.isArray(list) ? list : [single ?? fallback];
    return model.hidden.map((_, i) => src[Math.min(i, src.length - 1)] ?? single ?? fallback);
  };
  return { activations: fit(model.activations, model.activation, 'relu'), dropout: fit(model.dropout, Array.isArray(model.dropout) ? undefined : model.dropout, 0) };
}

export class ModelControls {
  /** hosts: {host, layers, add, remove}; change(apply) applies a settings change (and may undo it). */
  constructor(catalog, hosts, change) {
    this.catalog = catalog;
    this.hosts = hosts;
    this.change = change;
    this.hidden = catalog.fields['model.hidden'];
    this.panel = new ControlPanel(controlRows(catalog), catalog, { host: hosts.host },
      (row, value) => change((s) => setPath(s, row.spec, value)));
    hosts.add.addEventListener('click', () => change((s) => {
      if (s.model.hidden.length < this.hidden.maxLength) s.model.hidden = [...s.model.hidden, this.hidden.entryDefault];
    }));
    hosts.remove.addEventListener('click', () => change((s) => { s.model.hidden = s.model.hidden.slice(0, -1); }));
  }

  /** Menu entries in the current language. */
  relabel() { this.panel.relabel(); }

  show(settings) {
    this.panel.show({ spec: settings, view: {} });
    // Per hidden layer: its width (within the catalog's range), activation and dropout.
    const { activations, dropout } = perLayer(settings.model);
    const layers = settings.model.hidden.map((n, i) => {
      const box = Object.assign(document.createElement('span'), { className: 'layer' });
      const input = Object.assign(document.createElement('input'), {
        type: 'number', min: this.hidden.min, max: this.hidden.max, step: 1, value: n, className: 'layer-width',
      });
      input.setAttribute('aria-label', t('neurons', { n: i + 1 }));
      input.addEventListener('change', () => this.change((s) => {
        s.model.hidden = s.model.hidden.map((w, j) => (j === i ? Math.round(Number(input.value)) : w));
      }));
      const menu = (values, current, label, text, apply) => {
        const select = document.createElement('select');
        select.replaceChildren(...values.map((v) => new Option(text(v), String(v))));
        if (![...select.options].some((o) => o.value === String(current))) select.append(new Option(text(current), String(current)));
        select.value = String(current);
        select.setAttribute('aria-label', label);
        select.addEventListener('change', () => this.change((s) => apply(s, select.value)));
        return select;
      };
      const act = menu(this.catalog.activations, activations[i], t('layerActivation', { n: i + 1 }), (v) => v, (s, v) => {
        s.model.activations = perLayer(s.model).activations.map((a, j) => (j === i ? v : a));
      });
      act.className = 'layer-activation';
      const drop = menu(this.catalog.fields['model.dropout'].choices, dropout[i], t('layerDropout', { n: i + 1 }), (v) => t('dropoutN', { p: v }), (s, v) => {
        s.model.dropout = perLayer(s.model).dropout.map((d, j) => (j === i ? Number(v) : d));
      });
      drop.className = 'layer-dropout';
      box.append(input, act, drop);
      return box;
    });
    this.hosts.layers.replaceChildren(...layers);
  }
}
