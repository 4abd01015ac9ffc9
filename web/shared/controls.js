// Controls built from a page's control table: one row per control says everything about it
// once, and this file makes the element, fills its menu or range from the core's catalog,
// shows a state in it and reports changes. Nothing here knows a value, range or default.
//
// A row:
//   id       the element's id (and its hide key and string keys unless given)
//   kind     'select' | 'slider' | 'check'
//   place    which host element it goes into (the page passes {place: element})
//   spec     the spec path it shows and sets ('optimizer.learningRate'), or
//   view     the view key ('speed'), or
//   get      get(state, catalog) → value, for a control the page handles itself
//   field    the catalog field ('optimizer.learningRate'): range, step, default, menu values;
//            defaults to the spec path or 'view.<key>'
//   options  (catalog) → the names a menu offers ('activations' → catalog.activations)
//   label, tip, hide   string keys and hide key (default: id, id + 'Tip', id)
//   optionLabel(value) → text of a menu entry (default: t(value) for names, the number)
//   unit     a slider shows and moves value × unit (100: percent)
//   format(value, catalog) → the slider's readout (default: the value)
//   end(catalog) → a slider's extra stop past its span, meaning that value (the full batch)
//   when(state, catalog) → false marks the control unused (hidden) for this state
//   disabled(option, state, catalog) → true greys out one menu entry
//   inline   a compact "label select" on one line
import { t } from './i18n.js';

const $ = (id) => document.getElementById(id);

export const hideKey = (row) => row.hide ?? row.id;
export const fieldPath = (row) => row.field ?? row.spec ?? (row.view ? `view.${row.view}` : null);

function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** The row's value in a page state {spec, view}. */
export function valueOf(row, state, catalog) {
  if (row.get) return row.get(state, catalog);
  if (row.spec) return getPath(state.spec, row.spec);
  return state.view[row.view];
}

const tidy = (x) => Number(x.toPrecision(12));

export class ControlPanel {
  /**
   * rows: the page's control table; catalog: the core's catalog; hosts: {place: element};
   * onChange(row, value) when the student changes a control (on release for sliders).
   */
  constructor(rows, catalog, hosts, onChange) {
    this.rows = rows;
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
    const label = document.createElement('label');
    label.dataset.control = hideKey(row);
    label.dataset.i18nTitle = row.tip ?? `${row.label ?? row.id}Tip`;
    label.title = t(label.dataset.i18nTitle);  // translate() relabels it when the language changes
    const text = document.createElement('span');
    text.dataset.i18n = row.label ?? row.id;
    text.textContent = t(text.dataset.i18n);
    let input;
    if (row.kind === 'check') {
      label.className = 'check';
      input = Object.assign(document.createElement('input'), { type: 'checkbox', id: row.id });
      label.append(input, ' ', text);
      input.addEventListener('change', () => this.onChange(row, input.checked));
    } else if (row.kind === 'slider') {
      label.className = 'slider';
      label.htmlFor = row.id;
      const f = this.field(row), unit = row.unit ?? 1;
      input = Object.assign(document.createElement('input'), { type: 'range', id: row.id });
      input.min = String(tidy(f.sliderMin * unit));
      input.max = String(tidy((f.sliderMax + (row.end ? f.step || 1 : 0)) * unit));
      input.step = String(tidy((f.step || 1) * unit));
      const out = Object.assign(document.createElement('output'), { id: `${row.id}Value` });
      const head = document.createElement('span');
      head.append(text, ': ', out);
      label.append(head, input);
      // The readout follows while dragging; the run changes on release.
      const value = () => (row.end && Number(input.value) > f.sliderMax * unit ? row.end(this.catalog) : tidy(Number(input.value) / unit));
      input.addEventListener('input', () => { out.textContent = this.format(row, value()); });
      input.addEventListener('change', () => this.onChange(row, value()));
    } else {
      label.className = row.inline ? 'inline-field' : 'field';
      input = Object.assign(document.createElement('select'), { id: row.id });
      label.append(text, row.inline ? ' ' : '', input);
      input.addEventListener('change', () => this.onChange(row, this.numeric(row) ? Number(input.value) : input.value));
    }
    return label;
  }

  numeric(row) { return !row.options; }

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
      if (row.kind !== 'select') continue;
      const select = $(row.id);
      const current = select.value;
      select.replaceChildren(...this.choices(row).map((v) => new Option(this.optionText(row, v), String(v))));
      if (current) this.select(row, select, this.numeric(row) ? Number(current) : current);
    }
  }

  /** Selects `value`; a value that is not offered (e.g. typed into a link) is added first. */
  select(row, select, value) {
    const v = String(value);
    if (![...select.options].some((o) => o.value === v)) select.append(new Option(this.optionText(row, value), v));
    select.value = v;
  }

  /** Puts a page state's values into every control. */
  show(state) {
    for (const row of this.rows) {
      const el = $(row.id);
      const used = row.when ? row.when(state, this.catalog) : true;
      el.closest('[data-control]').classList.toggle('unused', !used);
      const value = valueOf(row, state, this.catalog);
      if (value === undefined) continue;
      if (row.kind === 'check') el.checked = Boolean(value);
      else if (row.kind === 'slider') {
        el.value = String(tidy(Math.min(value, Number(el.max) / (row.unit ?? 1)) * (row.unit ?? 1)));
        $(`${row.id}Value`).textContent = this.format(row, value);
      } else {
        this.select(row, el, value);
        if (row.disabled) for (const o of el.options) o.disabled = row.disabled(o.value, state, this.catalog);
      }
    }
  }

  /** The hide keys of the table. */
  keys() { return new Set(this.rows.map(hideKey)); }
}
