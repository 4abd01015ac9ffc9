// The generated line's settings (true w, true b, noise σ, points, x range), as number fields
// whose ranges come from the catalog's data.line.* fields; the core checks them again.
import { checkField } from '../shared/fields.js';
import { showMessage } from '../shared/messages.js';
import { t } from '../shared/i18n.js';

const FIELDS = [['weight', 'trueW'], ['bias', 'trueB'], ['noise', 'noiseSd'], ['points', 'pointCount'], ['xMin', 'xMin'], ['xMax', 'xMax']];

export class LineFields {
  constructor(host, catalog, onChange) {
    this.inputs = {};
    for (const [name, label] of FIELDS) {
      const f = catalog.fields[`data.line.${name}`];
      const el = Object.assign(document.createElement('label'), {});
      el.dataset.control = `line-${name}`;
      el.dataset.i18nTitle = `${label}Tip`;
      const text = Object.assign(document.createElement('span'), {});
      text.dataset.i18n = label;
      const input = Object.assign(document.createElement('input'), { type: 'number', id: `line-${name}`, min: String(f.min), max: String(f.max), step: f.integer ? '1' : 'any' });
      input.addEventListener('change', () => {
        const v = Number(input.value);
        const error = input.value === '' ? `${t(label)}: a number is needed` : checkField(catalog, `data.line.${name}`, v, t(label));
        if (error) { showMessage(error); return; }
        onChange(name, v);
      });
      el.append(text, input);
      host.append(el);
      this.inputs[name] = input;
    }
  }

  show(line) { for (const [name] of FIELDS) this.inputs[name].value = String(line[name]); }
}
