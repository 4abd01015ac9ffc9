// The URL hash every page keeps its state in, so a link reproduces what the student sees.
// A page's own keys (the playground's spec paths like "data.noise", the lab's "surface") are
// its business; the shell owns two keys every page understands:
//   hide=key,key   controls removed from the page (course pages embed focused exercises)
//   lang=en|zh     the language a teacher's link opens in
// Parts that cannot be read are reported in `errors` (with the key when there is one) and
// skipped, so one bad part of a link does not lose the rest.
import { LANGUAGES, t } from './i18n.js';

/** Splits a URL hash ("#a=1&b=x%2Cy") into decoded [key, value] pairs. */
export function hashPairs(hash, errors) {
  const pairs = [];
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) { errors.push(`'${part}' has no value`); continue; }
    let key;
    try { key = decodeURIComponent(part.slice(0, eq)); } catch { errors.push(`'${part}': bad encoding`); continue; }
    try { pairs.push([key, decodeURIComponent(part.slice(eq + 1))]); } catch { errors.push(`${key}: bad encoding`); }
  }
  return pairs;
}

/** The page's [key, value] pairs of a hash without the shell's keys, plus hide and lang. */
export function readLink(hash, errors) {
  const pairs = [];
  let hide = [], lang = null;
  for (const [key, raw] of hashPairs(hash, errors)) {
    if (key === 'hide') hide = raw.split(',').filter(Boolean);
    else if (key === 'lang') {
      if (LANGUAGES.includes(raw)) lang = raw;
      else errors.push(t('badLang', { lang: raw }));
    } else pairs.push([key, raw]);
  }
  return { pairs, hide, lang };
}

/** [key, value] pairs → hash text; commas and brackets stay readable. */
export function encodePairs(pairs) {
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%5B/g, '[').replace(/%5D/g, ']')}`).join('&');
}

/** The shell's keys as pairs (nothing for defaults). */
export function shellPairs({ hide = [], lang = null } = {}) {
  const out = [];
  if (hide.length) out.push(['hide', hide.join(',')]);
  if (lang) out.push(['lang', lang]);
  return out;
}

/** Replaces the page's hash without a history entry (the back button leaves the page). */
export function replaceHash(text) {
  history.replaceState(null, '', text ? `#${text}` : location.pathname + location.search);
}
