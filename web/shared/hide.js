// Hide keys: `hide=data,files` in a link removes every element marked data-control="data" or
// data-control="files". Each page's control table (and the header) names its keys; a key the
// page does not know is reported instead of silently doing nothing.
import { t } from './i18n.js';

/** Hides the elements of every key; returns the set of keys (for controls built later). */
export function applyHide(keys, root = document) {
  for (const key of keys)
    for (const el of root.querySelectorAll(`[data-control="${CSS.escape(key)}"]`)) el.hidden = true;
  return new Set(keys);
}

/** Messages for the keys in `keys` that are not in `known`. */
export function unknownHideKeys(keys, known) {
  const list = [...known].sort().join(', ');
  return keys.filter((k) => !known.has(k)).map((key) => t('unknownHide', { key, known: list }));
}

/** Every hide key present in the page right now. */
export function hideKeysInPage(root = document) {
  return new Set([...root.querySelectorAll('[data-control]')].map((el) => el.dataset.control));
}
