// The message line under a page's top bar: one message at a time, in one of three styles.
//   error    something was not done (a bad link, setting or file); says what and why
//   info     a hint or a state change the student should notice (early stopping, drawing)
//   success  something asked for was done (a model loaded)
// Values from a link or a file can be very long (drawn points, a whole spec): a run of more
// than MAX_WORD characters without a space is cut in the middle, so the message stays
// readable and still names the start and end of what was wrong.

import { ensureElement } from './dom.js';

const MAX_WORD = 80;
const MAX_TEXT = 600;

/** `text` with over-long words and an over-long whole cut to a readable size. */
export function cutLongValues(text) {
  const words = String(text).replace(new RegExp(`\\S{${MAX_WORD + 1},}`, 'g'), (w) => `${w.slice(0, MAX_WORD / 2)}…${w.slice(-MAX_WORD / 4)}`);
  return words.length > MAX_TEXT ? `${words.slice(0, MAX_TEXT - 1)}…` : words;
}

const box = () => ensureElement('message', () => Object.assign(document.createElement('div'), { className: 'message', hidden: true }),
  (el) => (document.querySelector('.topbar') ?? document.querySelector('.site-header')).after(el));

/** Shows `text` in the style `kind` (error, info, success); an empty text hides the line. */
export function showMessage(text, kind = 'error') {
  const m = box();
  m.textContent = text ? cutLongValues(text) : '';
  m.hidden = !text;
  m.dataset.kind = kind;
  // Errors interrupt a screen reader; the rest waits for a pause.
  m.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

export const clearMessage = () => showMessage('');
