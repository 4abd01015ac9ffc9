// What the page says when the core has stopped a run (Status): divergence and a dead layer are
// problems to fix (error style); early stopping is training that ended as asked (success).
// The core detects each case; this only picks the words.

const STALL_EPOCHS = 30;  // the core's kStallEpochs (trainer.h)

/** {text, kind} for a stopped session, or null while training may go on. */
export function stopMessage(session, spec, t) {
  const m = session.metrics;
  if (session.diverged) return { text: t('diverged'), kind: 'error' };
  if (session.earlyStopped) {
    // The set that decided: the validation set when there is one, else the test set.
    const set = spec.data.validationRatio > 0 ? t('validationSet') : t('testSet');
    return { text: t('earlyStopped', { epoch: m.epoch, best: m.bestEpoch, patience: spec.training.earlyStopping.patience, set }), kind: 'success' };
  }
  if (session.deadLayer >= 0) {
    const layer = session.deadLayer + 1;
    const activation = spec.model.activations[session.deadLayer];
    // ReLU's dead neurons output exactly 0; tanh and sigmoid neurons stuck at their ends.
    return activation === 'relu'
      ? { text: t('deadRelu', { layer }), kind: 'error' }
      : { text: t('deadSaturated', { layer, activation: t(activation) }), kind: 'error' };
  }
  if (session.stalled) return { text: t('stalled', { epochs: STALL_EPOCHS }), kind: 'error' };
  return null;
}
