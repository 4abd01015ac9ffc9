// The page's state: the experiment spec (what the core trains) plus view settings (what the
// page shows). Both live in the URL hash so a link reproduces a run exactly.
//
// Hash keys are the spec's own field paths ("data.noise=0.1&model.hidden=[8,8]"), so the
// core's messages ("data.noise: must be from 0 to 0.5, got 3") name the key a user typed.
// View keys: view.showTest, view.discretize, view.speed, view.showGradients, view.palette;
// the shell's keys `hide` (controls to remove) and `lang` are read by ../shared/hash-state.js.
//
// Defaults are the core's: the spec a link starts from is empty and the core fills in every
// field it leaves out; the view's speed comes from the catalog's view.speed field.
import { readLink, encodePairs, shellPairs } from '../shared/hash-state.js';
import { checkField } from '../shared/fields.js';
import { PALETTES } from '../shared/palette.js';
import { setPath } from '../shared/paths.js';

export const defaultSpec = () => ({});

/** The view settings of a new page: nothing extra shown, the catalog's speed, standard colours. */
export const defaultView = (catalog) => ({
  showTest: false, discretize: false, speed: catalog.fields['view.speed'].default, showGradients: false, palette: PALETTES[0],
});

function flatten(obj, prefix, out) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v)) out.push([key, v.some(Array.isArray) ? JSON.stringify(v) : `[${v.join(',')}]`]);
    else if (v !== null && typeof v === 'object') flatten(v, key, out);
    else out.push([key, String(v)]);
  }
  return out;
}

function parseScalar(text) {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
  return text;
}

/** State → URL hash (without '#'). */
export function toHash({ spec, view, hide, lang = null }) {
  const pairs = flatten(spec, '', []);
  for (const [k, v] of Object.entries(view)) pairs.push([`view.${k}`, String(v)]);
  return encodePairs([...pairs, ...shellPairs({ hide, lang })]);
}

/**
 * URL hash → state. The spec part starts from the defaults and is NOT validated here (the
 * core does that and names the field); syntax problems are returned in `errors`.
 */
export function fromHash(hash, catalog) {
  const spec = defaultSpec();
  const view = defaultView(catalog);
  const errors = [];
  const { pairs, hide, lang } = readLink(hash, errors);
  for (const [key, raw] of pairs) {
    let value;
    if (raw.startsWith('[[')) {
      // Nested lists (drawn points: [[x1,x2,label],…]) are JSON.
      try { value = JSON.parse(raw); } catch { errors.push(`${key}: not a list of lists like [[1,2,0]]`); continue; }
    } else {
      value = raw.startsWith('[') && raw.endsWith(']')
        ? raw.slice(1, -1).split(',').filter((s) => s !== '').map(parseScalar)
        : parseScalar(raw);
    }
    if (key.startsWith('view.')) {
      const k = key.slice(5);
      if (!(k in view)) errors.push(`${key}: unknown field`);
      else view[k] = typeof view[k] === 'boolean' ? value === true || value === 1 : value;
      continue;
    }
    if (key === 'model.hidden' && !Array.isArray(value)) { errors.push(`${key}: must be a list like [4,2]`); continue; }
    setPath(spec, key, value);
  }
  const speed = checkField(catalog, 'view.speed', view.speed);
  if (speed) { errors.push(speed); view.speed = defaultView(catalog).speed; }
  if (!PALETTES.includes(view.palette)) {
    errors.push(`view.palette: must be ${PALETTES.join(' or ')}, got ${view.palette}`);
    view.palette = PALETTES[0];
  }
  return { spec, view, hide, lang, errors };
}
