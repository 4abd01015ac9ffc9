// Numbers and formulas as HTML. Formulas are typeset with plain HTML (italic variables,
// sub/superscripts, stacked fractions from concepts.css), so the page needs no TeX library
// and works offline under a strict CSP.

/** A number as the course writes it: 4 significant decimals, a true minus sign. */
export function num(x, digits = 4) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  let s;
  if (a >= 1e4 || a < 1e-4) s = x.toExponential(2).replace('e', '×10^');
  else s = String(Number(x.toFixed(digits)));
  if (s === '0' || s === '-0') s = x.toExponential(1);  // never show a non-zero as 0
  s = s.replace(/×10\^([+-]?)(\d+)/, (_, sign, e) => `×10<sup>${sign === '-' ? '−' : ''}${e}</sup>`);
  return s.replace(/^-/, '−');
}

/** A number in parentheses when negative, for products: 0.5·(−0.4). */
export const factor = (x, digits) => (x < 0 ? `(${num(x, digits)})` : num(x, digits));

/** A variable in italics with an optional subscript and superscript. */
export function v(name, sub = '', sup = '') {
  return `<i>${name}</i>${sup !== '' ? `<sup>${sup}</sup>` : ''}${sub !== '' ? `<sub>${sub}</sub>` : ''}`;
}

/** A stacked fraction. */
export const frac = (top, bottom) => `<span class="frac"><span>${top}</span><span>${bottom}</span></span>`;

/** Text for textContent (numbers without markup). */
export const plain = (html) => html.replace(/<[^>]+>/g, '');

/** Escapes a string for innerHTML. */
export const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
