// The network and training controls of the house-price page. Every menu, range and default
// comes from the core's catalog (fields and option lists), never from a list here; a value
// the menu does not offer (e.g. the preset's L2 rate) is added to it.
import { t } from '../shared/i18n.js';

// id, label key, spec path (under settings), the catalog field and its menu source.
// Activation and dropout are per hidden layer (beside each layer's width); the optimizer's own
// hyperparameters follow the optimizer (the catalog says which it reads).
const ROWS = [
  { id: 'optimizer', path: 'optimizer.kind', options: (c) => c.optimizers.map((o) => o.name), text: (v) => v },
  { id: 'learningRate', path: 'optimizer.learningRate', field: 'optimizer.learningRate' },
  { id: 'momentum', path: 'optimizer.momentum', field: 'optimizer.momentum', param: true },
  { id: 'rho', path: 'optimizer.rho', field: 'optimizer.rho', param: true },
  { id: 'beta1', path: 'optimizer.beta1', field: 'optimizer.beta1', param: true },
  { id: 'beta2', path: 'optimizer.beta2', field: 'optimizer.beta2', param: true },
  { id: 'epsilon', path: 'optimizer.epsilon', field: 'optimizer.epsilon', param: true },
  { id: 'weightDecay', path: 'optimizer.weightDecay', field: 'optimizer.weightDecay', param: true },
  { id: 'regularization', path: 'regularization.kind', options: (c) => c.regularizers, text: (v) => t(`reg_${v}`) },
  { id: 'regRate', path: 'regularization.rate', field: 'regularization.rate' },
  { id: 'batchSize', path: 'training.batchSize', field: 'training.batchSize', number: true },
  { id: 'epochs', path: 'training.epochs', field: 'training.epochs', number: true, max: 5000 },
  { id: 'patience', path: 'training.earlyStopping.patience', field: 'training.earlyStopping.patience',
    text: (v) => (v ? t('patienceN', { n: v }) : t('off')) },
];

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
function set(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys[keys.length - 1]] = value;
}

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
    this.inputs = {};
    for (const row of ROWS) {
      const label = document.createElement('label');
      label.className = 'field';
      label.dataset.control = row.id;
      label.dataset.i18nTitle = `${row.id}Tip`;
      const span = Object.assign(document.createElement('span'), { textContent: t(row.id) });
      span.dataset.i18n = row.id;
      let input;
      if (row.number) {
        const f = catalog.fields[row.field];
        input = Object.assign(document.createElement('input'), { type: 'number', min: f.min, max: row.max ?? f.max, step: 1 });
        input.addEventListener('change', () => {
          const v = Math.round(Number(input.value));
          change((s) => set(s, row.path, v));
        });
      } else {
        input = document.createElement('select');
        input.addEventListener('change', () => {
          const v = row.options ? input.value : Number(input.value);
          change((s) => {
            if (row.path === 'training.earlyStopping.patience') s.training.earlyStopping = { ...(s.training.earlyStopping ?? {}), patience: v };
            else set(s, row.path, v);
          });
        });
      }
      input.id = row.id;
      label.append(span, input);
      hosts.host.append(label);
      this.inputs[row.id] = { row, input };
    }
    const batchNorm = document.createElement('label');
    batchNorm.className = 'check';
    batchNorm.dataset.control = 'batchNorm';
    batchNorm.dataset.i18nTitle = 'batchNormTip';
    this.batchNorm = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'batchNorm' });
    const bnText = Object.assign(document.createElement('span'), { textContent: t('batchNorm') });
    bnText.dataset.i18n = 'batchNorm';
    batchNorm.append(this.batchNorm, ' ', bnText);
    hosts.host.append(batchNorm);
    this.batchNorm.addEventListener('change', () => change((s) => { s.model.batchNorm = this.batchNorm.checked; }));
    hosts.add.addEventListener('click', () => change((s) => {
      if (s.model.hidden.length < this.hidden.maxLength) s.model.hidden = [...s.model.hidden, this.hidden.entryDefault];
    }));
    hosts.remove.addEventListener('click', () => change((s) => { s.model.hidden = s.model.hidden.slice(0, -1); }));
    this.relabel();
  }

  /** Menu entries in the current language. */
  relabel() {
    for (const { row, input } of Object.values(this.inputs)) {
      if (row.number) continue;
      const values = row.options ? row.options(this.catalog) : this.catalog.fields[row.field].choices;
      const current = input.value;
      input.replaceChildren(...values.map((v) => new Option(row.text ? row.text(v) : String(v), String(v))));
      if (current) input.value = current;
    }
  }

  show(settings) {
    const reads = this.catalog.optimizers.find((o) => o.name === settings.optimizer.kind)?.params ?? [];
    for (const { row, input } of Object.values(this.inputs)) {
      let v = get(settings, row.path);
      if (row.param) {
        input.closest('label').hidden = !reads.includes(row.id);
        v ??= this.catalog.fields[row.field].default;
      }
      if (row.id === 'regRate') input.closest('label').hidden = settings.regularization.kind === 'none';
      if (v === undefined) v = row.id === 'patience' ? 0 : '';
      const text = String(v);
      if (!row.number && ![...input.options].some((o) => o.value === text))
        input.append(new Option(row.text ? row.text(v) : text, text));
      input.value = text;
    }
    this.batchNorm.checked = Boolean(settings.model.batchNorm);
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
