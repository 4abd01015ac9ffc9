// Opening a link in the lab: the core checks every part. The lab's keys are independent, so
// each is first tried alone on the defaults (a bad one is named and left out), then the good
// ones together; what was and was not applied is returned for the page's message. No DOM.
import { readLink, encodePairs } from '../shared/hash-state.js';
import { applyLink } from '../shared/link-apply.js';
import { LabSession } from './lab-session.js';
import { PRESETS, presetById } from './presets.js';
import { fromHash } from './url-state.js';

/** A session set up from a state, or the core's Error (nothing is left allocated). */
function sessionFor(core, pairs) {
  const c = fromHash(`#${encodePairs(pairs)}`);
  if (c.errors.length) throw new Error(c.errors[0]);
  const session = new LabSession(core);
  try {
    session.apply(c.state);
  } catch (e) {
    session.dispose();
    throw e;
  }
  return { session, state: c.state };
}

/**
 * hash → {session, state, applied, problems, story}: the new session (the caller disposes the
 * old one), its state with the shell's hide and lang, the keys applied, the messages for the
 * parts left out, and the story a gallery's story=<id> asks to start (not part of the state).
 */
export function openLink(core, hash) {
  const syntax = [];
  const { pairs } = readLink(hash, syntax);
  const { hide, lang } = fromHash(hash).state;
  const rejected = [];
  const good = pairs.filter(([key, value]) => {
    try {
      sessionFor(core, [[key, value]]).session.dispose();
      return true;
    } catch (e) {
      rejected.push(e.message.startsWith(`${key}:`) || e.message.startsWith(`${key}.`) ? e.message : `${key}: ${e.message}`);
      return false;
    }
  });
  let opened = null;
  const { applied, rejected: together } = applyLink(good, (kept) => { opened = sessionFor(core, kept); });
  const { story, ...state } = opened.state;
  const problems = [...syntax, ...rejected, ...together];
  if (story !== undefined && !presetById(story))
    problems.push(`story: unknown story '${story}' (this page has ${PRESETS.map((p) => p.id).join(', ')})`);
  return { session: opened.session, state: { ...state, hide, lang }, applied, problems, story };
}
