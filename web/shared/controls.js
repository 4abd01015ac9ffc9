// Controls built from a page's control table: one row per control says everything about it
// once, and this file makes the element, fills its menu or range from the core's catalog,
// shows a state in it and reports changes. Nothing here knows a value, range or default.
//
// A row:
//   id       the element's id (and its hide key and string keys unless given)
//   kind     'select' | 'slider' | 'check' | 'radio' | 'number' (a field to type a value in the range)
//   place    which host element it goes into (the page passes {place: element})
//   spec     the spec path it shows and sets ('optimizer.learningRate'), or
//   view     the view key ('speed'), or
//   get      get(state, catalog) → value, for a control the page handles itself
//   field    the catalog field ('optimizer.learningRate'): range, step, default, menu values;
//            defaults to the spec path or 'view.<key>'
//   options  (catalog) → the names a menu offers ('activations' → catalog.activations)
//   label, tip, hide   string keys and hide key (default: id, id + 'Tip', id)
//   region   instead of a hide key of its own: the key of the page region the control sits in
//            (hide=<region> removes it with the region; the element gets no data-control)
//   optionLabel(value) → text of a menu entry (default: t(value) for names, the number)
//   unit     a slider shows and moves value × unit (100: percent)
//            (a field with scale 'log' makes a logarithmic slider of `positions` stops, its
//            values rounded to `digits` significant digits: ./log-slider.js)
//   live     a slider reports while it is dragged, not only on release
//   typed    a slider's readout is a field to type an exact value in (./typed-number.js)
//   inert(state, catalog) → true greys out a control that does nothing in this state
//   mark     class of a key swatch shown before a check box's text
//   format(value, catalog) → the slider's readout (default: the value)
//   end(catalog) → a slider's extra stop past its span, meaning that value (the full batch)
//   when(state, catalog) → false marks the control unused (hidden) for this state
//   disabled(option, state, catalog) → true greys out one menu entry
//   inline   a compact "label select" on one line
import { t } from './i18n.js';
import { getPath } from './paths.js';
import { logSlider } from './log-slider.js';
import { typedNumber } from './typed-number.js';

const $ = (id) => document.getElementById(id);

export const hideKey = (row) => row.hide ?? row.region ?? row.id;
export const fieldPath = (row) => row.field ?? row.spec ?? (row.view ? `view.${row.view}` : null);

/**
 * The row's value in a page state {spec, view}; a spec field the spec leaves out has the
 * catalog's default (what the core uses when it is absent).
 */
export function valueOf(row, state, catalog) {
  if (row.get) return row.get(state, catalog);
  if (row.spec) return getPath(state.spec, row.spec) ?? catalog?.fields[fieldPath(row)]?.default;
  return state.view[row.view];
}

/**
 * One menu row per hyperparameter any optimizer of the catalog reads (the learning rate has
 * its own control), used only while the chosen optimizer reads it. make(p) gives the page's
 * own parts of the row for hyperparameter p (id, place, label …).
 */
export function hyperparameterRows(catalog, make) {
  const params = [...new Set(catalog.optimizers.flatMap((o) => o.params))].filter((p) => p !== 'learningRate');
  return params.map((p) => ({
    kind: 'select', spec: `optimizer.${p}`, hide: p,
    when: (s) => catalog.optimizers.find((o) => o.name === s.spec.optimizer.kind)?.params.includes(p) ?? false,
    ...make(p),
  }));
}

const tidy = (x) => Number(x.toPrecision(12));

/**
 * How a slider row's positions map to values: {min, max, step, toSlider(v), fromSlider(s)};
 * logarithmic for a field with scale 'log', else linear over the field's slider span × unit.
 * `end` adds one stop past the span (a value the row names, e.g. the full batch).
 */
export function sliderScale(field, { unit = 1, positions = 300, digits = 3, end = false } = {}) {
  if (field.scale === 'log') {
    const log = logSlider(field, positions, digits);
    return { min: 0, max: positions, step: 1, toSlider: log.toSlider, fromSlider: log.fromSlider };
  }
  const step = field.step || 1;
  return {
    min: tidy(field.sliderMin * unit), max: tidy((field.sliderMax + (end ? step : 0)) * unit), step: tidy(step * unit),
    toSlider: (v) => tidy(Math.min(v, field.sliderMax + (end ? step : 0)) * unit),
    fromSlider: (s) => tidy(Number(s) / unit),
  };
}

export class ControlPanel {
  /**
   * rows: the page's control table; catalog: the core's catalog; hosts: {place: element};
   * onChange(row, value) when the student changes a control (on release for sliders).
   */
  constructor(rows, catalog, hosts, onChange, { onBad = () => {} } = {}) {
    this.rows = rows;
    this.onBad = onBad;  // a typed value that is not a number (the message says so)
    this.catalog = catalog;
    this.onChange = onChange;
    for (const row of rows) {
      const host = hosts[row.place];
      if (!host) throw new Error(`control ${row.id}: no host '${row.place}'`);
      host.append(this.build(row));
    }
    this.relabel();
  }

  field(row) {
    const path = fieldPath(row);
    const f = path ? this.catalog.fields[path] : null;
    if (path && !f && !row.options) throw new Error(`control ${row.id}: the catalog has no field '${path}'`);
    return f;
  }

  build(row) {
    const label = document.createElement(row.kind === 'radio' ? 'div' : 'label');  // a group holds its own labels
    label.dataset.row = row.id;
    if (!row.region) label.dataset.control = hideKey(row);
    label.dataset.i18nTitle = row.tip ?? `${row.label ?? row.id}Tip`;
    label.title = t(label.dataset.i18nTitle);  // translate() relabels it when the language changes
    const text = document.createElement('span');
    text.dataset.i18n = row.label ?? row.id;
    text.textContent = t(text.dataset.i18n);
    let input;
    if (row.kind === 'check') {
      label.className = 'check';
      input = Object.assign(document.createElement('input'), { type: 'checkbox', id: row.id });
      const mark = row.mark ? Object.assign(document.createElement('span'), { className: row.mark }) : '';
      if (mark) mark.setAttribute('aria-hidden', 'true');
      label.append(input, ' ', mark, text);
      input.addEventListener('change', () => this.onChange(row, input.checked));
    } else if (row.kind === 'slider') {
      label.className = 'slider';
      label.htmlFor = row.id;
      const f = this.field(row), scale = this.scale(row);
      input = Object.assign(document.createElement('input'), { type: 'range', id: row.id });
      Object.assign(input, { min: String(scale.min), max: String(scale.max), step: String(scale.step) });
      const out = row.typed
        ? typedNumber({ label: t(label.dataset.i18nTitle), name: t(text.dataset.i18n), onValue: (v) => this.onChange(row, v), onBad: (m) => this.onBad(m) })
        : document.createElement('output');
      out.id = `${row.id}Value`;
      const head = document.createElement('span');
      head.append(text, row.typed ? ' = ' : ': ', out);
      label.append(head, input);
      // The readout follows while dragging; the run changes on release (or at once if live).
      const value = () => (row.end && Number(input.value) > f.sliderMax * (row.unit ?? 1) ? row.end(this.catalog) : scale.fromSlider(input.value));
      input.addEventListener('input', () => { this.readout(row, value()); if (row.live) this.onChange(row, value()); });
      if (!row.live) input.addEventListener('change', () => this.onChange(row, value()));
    } else if (row.kind === 'radio') {
      label.className = 'radio-field';
      input = Object.assign(document.createElement('span'), { id: row.id, role: 'radiogroup' });
      label.append(text, ' ', input);
    } else if (row.kind === 'number') {
      // A typed value within the field's accepted range (the core checks it again).
      label.className = 'field';
      const f = this.field(row);
      input = Object.assign(document.createElement('input'), { type: 'number', id: row.id, min: f.min, max: f.max, step: f.step || (f.integer ? 1 : 'any') });
      label.append(text, input);
      input.addEventListener('change', () => this.onChange(row, f.integer ? Math.round(Number(input.value)) : Number(input.value)));
    } else {
      label.className = row.inline ? 'inline-field' : 'field';
      input = Object.assign(document.createElement('select'), { id: row.id });
      label.append(text, row.inline ? ' ' : '', input);
      input.addEventListener('change', () => this.onChange(row, this.numeric(row) ? Number(input.value) : input.value));
    }
    return label;
  }

  numeric(row) { return !row.options; }

  scale(row) {
    return sliderScale(this.field(row), { unit: row.unit, positions: row.positions, digits: row.digits, end: Boolean(row.end) });
  }

  /** The value a slider stands at now (e.g. σ while the noise is switched off). */
  sliderValue(id) {
    const row = this.rows.find((r) => r.id === id);
    return this.scale(row).fromSlider($(id).value);
  }

  /** The values a menu offers: the catalog's names, or the field's menu of numbers. */
  choices(row) {
    if (row.options) return row.options(this.catalog);
    return this.field(row).choices;
  }

  optionText(row, v) {
    if (row.optionLabel) return row.optionLabel(v);
    return this.numeric(row) ? String(v) : t(v);
  }

  format(row, v) { return row.format ? row.format(v, this.catalog) : String(v); }

  /** Menu entries in the current language (translate() has done the labels and tooltips). */
  relabel() {
    for (const row of this.rows) {
      if (row.kind === 'radio') this.fillRadio(row);
      if (row.typed) {
        const field = $(`${row.id}Value`);
        field.title = t('typeValue');
        field.setAttribute('aria-label', t(row.tip ?? `${row.label ?? row.id}Tip`));
      }
      if (row.kind !== 'select') continue;
      const select = $(row.id);
      const current = select.value;
      select.replaceChildren(...this.choices(row).map((v) => new Option(this.optionText(row, v), String(v))));
      if (current) this.select(row, select, this.numeric(row) ? Number(current) : current);
    }
  }

  /** A radio group's buttons in the current language, the checked one kept. */
  fillRadio(row) {
    const group = $(row.id);
    const current = group.querySelector('input:checked')?.value;
    group.replaceChildren(...this.choices(row).map((v) => {
      const button = Object.assign(document.createElement('input'), { type: 'radio', name: row.id, value: String(v), checked: String(v) === current });
      button.addEventListener('change', () => this.onChange(row, v));
      const option = document.createElement('label');
      option.append(button, ' ', this.optionText(row, v));
      return option;
    }));
  }

  /** Selects `value`; a value that is not offered (e.g. typed into a link) is added first. */
  select(row, select, value) {
    const v = String(value);
    if (![...select.options].some((o) => o.value === v)) select.append(new Option(this.optionText(row, value), v));
    select.value = v;
  }

  /** A slider's readout (a typed field's value). */
  readout(row, value) {
    const out = $(`${row.id}Value`);
    if (row.typed) out.value = this.format(row, value);
    else out.textContent = this.format(row, value);
  }

  /** Puts a page state's values into every control. */
  show(state) {
    for (const row of this.rows) {
      const el = $(row.id);
      const used = row.when ? row.when(state, this.catalog) : true;
      const label = el.closest('[data-row]');
      label.classList.toggle('unused', !used);
      if (row.inert) {
        const inert = row.inert(state, this.catalog);
        el.disabled = inert;
        label.classList.toggle('disabled', inert);
      }
      const value = valueOf(row, state, this.catalog);
      if (value === undefined) {
        if (row.kind === 'slider') this.readout(row, this.sliderValue(row.id));  // where it stands
        continue;
      }
      if (row.kind === 'check') el.checked = Boolean(value);
      else if (row.kind === 'number') el.value = String(value);
      else if (row.kind === 'radio') for (const b of el.querySelectorAll('input')) b.checked = b.value === String(value);
      else if (row.kind === 'slider') {
        el.value = String(this.scale(row).toSlider(value));
        this.readout(row, value);
      } else {
        this.select(row, el, value);
        if (row.disabled) for (const o of el.options) o.disabled = row.disabled(o.value, state, this.catalog);
      }
    }
  }

  /** The hide keys of the table. */
  keys() { return new Set(this.rows.map(hideKey)); }
}
