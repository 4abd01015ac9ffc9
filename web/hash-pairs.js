// Splits a URL hash ("#a=1&b=x%2Cy") into decoded [key, value] pairs. Parts that cannot be
// read are reported in `errors` (with the key when there is one) and skipped, so one bad part
// of a link does not lose the rest. Shared by the playground's and the lab's URL state.

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
