// Applying a link part by part, so that one bad part does not lose the rest and the message
// says exactly what was applied and what was not. Used on load and whenever the address
// changes while the page is open (editing it, Back), with the same validation both times.
import { t } from './i18n.js';

// The field path a core message starts with: "model.hidden[1]: must be …" → "model.hidden".
const PATH = /^'?([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)(?:\[\d+\])*'?:/;

/** The link keys a failure message names: the path itself, its parents and children. */
function namedKeys(message, keys) {
  const path = PATH.exec(message)?.[1];
  if (!path) return [];
  const related = (k) => k === path || k.startsWith(`${path}.`) || path.startsWith(`${k}.`);
  const hit = keys.filter(related);
  if (hit.length) return hit;
  // A cross-field rule ("features: only 2-D data …") names a field the link may not have set:
  // the link's keys of the same group caused it.
  const head = path.split('.')[0];
  return keys.filter((k) => k.split('.')[0] === head);
}

/**
 * Applies `pairs` ([key, value] from the link) with `tryApply(pairs)`, which throws an Error
 * whose message starts with the offending key or field path. On failure the pairs it names are
 * set aside and the rest tried again; when the message names none, the one pair without which
 * the rest works is left out; failing that, none is applied (tryApply([]) must give the
 * page's defaults). Returns {applied: [key], rejected: [message]}.
 */
export function applyLink(pairs, tryApply) {
  let kept = pairs;
  const rejected = [];
  for (;;) {
    try {
      tryApply(kept);
      return { applied: kept.map(([k]) => k), rejected };
    } catch (e) {
      if (!kept.length) throw e;  // the defaults themselves failed: a bug, not a bad link
      rejected.push(e.message);
      const drop = namedKeys(e.message, kept.map(([k]) => k));
      if (drop.length) {
        kept = kept.filter(([k]) => !drop.includes(k));
        continue;
      }
      // The message names no part of the link: find the one part without which it works.
      for (const [key] of kept) {
        const rest = kept.filter(([k]) => k !== key);
        try {
          tryApply(rest);
          return { applied: rest.map(([k]) => k), rejected: rejected.map((m, i) => (i === rejected.length - 1 ? `${key}: ${m}` : m)) };
        } catch { /* not this one */ }
      }
      kept = [];
    }
  }
}

/** The message for a link with bad parts: what was not applied, and what was. */
export function linkMessage(problems, applied) {
  const rest = applied.length ? t('linkRestApplied', { keys: applied.join(', ') }) : t('linkDefaults');
  return `${t('linkNotApplied', { msg: problems.join('; ') })} ${rest}`;
}
