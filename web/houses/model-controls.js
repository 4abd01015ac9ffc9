// The network and training controls of the house-price page. Every menu, range and default
// comes from the core's catalog (fields and option lists), never from a list here; a value
// the menu does not offer (e.g. the preset's L2 rate) is added to it.
import { t } from '../shared/i18n.js';

// id, label key, spec path (under settings), the catalog field and its menu source.
const ROWS = [
  { id: 'activation', path: 'model.activation', options: (c) => c.activations, text: (v) => v },
  { id: 'dropout', path: 'model.dropout', field: 'model.dropout' },
  { id: 'optimizer', path: 'optimizer.kind', options: (c) => c.optimizers.map((o) => o.name), text: (v) => v },
  { id: 'learningRate', path: 'optimizer.learningRate', field: 'optimizer.learningRate' },
  { id: 'l2', path: 'regularization.rate', field: 'regularization.rate' },
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
            if (row.path === 'regularization.rate') s.regularization.kind = v > 0 ? 'l2' : 'none';
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
    for (const { row, input } of Object.values(this.inputs)) {
      let v = get(settings, row.path);
      if (row.id === 'dropout' && Array.isArray(v)) v = v[0] ?? 0;
      if (row.id === 'l2' && settings.regularization.kind !== 'l2') v = 0;
      if (v === undefined) v = row.id === 'patience' ? 0 : '';
      const text = String(v);
      if (!row.number && ![...input.options].some((o) => o.value === text))
        input.append(new Option(row.text ? row.text(v) : text, text));
      input.value = text;
    }
    this.batchNorm.checked = Boolean(settings.model.batchNorm);
    // One number field per hidden layer, within the catalog's range.
    const layers = settings.model.hidden.map((n, i) => {
      const input = Object.assign(document.createElement('input'), {
        type: 'number', min: this.hidden.min, max: this.hidden.max, step: 1, value: n, className: 'layer-width',
      });
      input.setAttribute('aria-label', t('neurons', { n: i + 1 }));
      input.addEventListener('change', () => this.change((s) => {
        s.model.hidden = s.model.hidden.map((w, j) => (j === i ? Math.round(Number(input.value)) : w));
      }));
      return input;
    });
    this.hosts.layers.replaceChildren(...layers);
  }
}
