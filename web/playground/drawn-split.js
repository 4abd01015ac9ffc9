// Drawn points are split like generated ones: the "Training data" share trains, the rest is held
// out to measure the test loss. A student who drew 6 points expects to see 6, so the page draws
// them all (held-out ones with the test points' black edge) and says here how they were split.
// Keeping them all for training would leave no test loss, and early stopping nothing to watch.
import { ensureElement } from '../shared/dom.js';

/** Shows (or hides, for generated data) the note under the data column's buttons. */
export function drawnSplitNote(session, t) {
  const note = ensureElement('drawnSplit', () => Object.assign(document.createElement('p'), { className: 'drawn-split', hidden: true }),
    (el) => document.querySelector('.data-buttons').after(el));
  const inline = session.spec.data.source === 'inline';
  note.hidden = !inline;
  if (!inline) return;
  const train = session.trainTargets().length, test = session.testTargets().length;
  note.textContent = t('drawnSplit', { n: train + test, train, test });
}
