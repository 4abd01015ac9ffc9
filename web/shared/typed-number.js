// A text field beside a slider for typing an exact value. It only parses the text: the core
// checks the number against its range when the handler applies it (and the page shows the
// core's message, e.g. "optimizer.learningRate: must be from 1e-07 to 10, got 50").
import { t } from './i18n.js';

/** {label, name, onValue(number), onBad(message)} → an <input> that reports on Enter or blur. */
export function typedNumber({ label, name, onValue, onBad }) {
  const input = document.createElement('input');
  input.type = 'text';
  input.inputMode = 'decimal';
  input.className = 'typed';
  input.spellcheck = false;
  input.setAttribute('aria-label', label);
  input.title = t('typeValue');
  let shown = '';
  const commit = () => {
    const text = input.value.trim();
    if (text === shown) return;
    const v = Number(text);
    if (text === '' || !Number.isFinite(v)) {
      onBad(t('notANumber', { name, text }));
      input.value = shown;
      return;
    }
    onValue(v);
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } });
  input.addEventListener('change', commit);
  // The page writes the accepted value back through `value`; remember it to restore bad input.
  const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  Object.defineProperty(input, 'value', {
    get() { return desc.get.call(this); },
    set(v) { shown = String(v); desc.set.call(this, v); },
  });
  return input;
}
