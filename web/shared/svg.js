// An SVG element made in one call: its attributes, its parent and its text. The one copy the
// concept figures share.
const SVG = 'http://www.w3.org/2000/svg';

/** <name attrs…>text</name>, appended to `parent` if given. */
export function svgElement(name, attrs = {}, parent = null, text = null) {
  const e = document.createElementNS(SVG, name);
  for (const [k, val] of Object.entries(attrs)) e.setAttribute(k, val);
  if (text !== null) e.textContent = text;
  if (parent) parent.append(e);
  return e;
}
