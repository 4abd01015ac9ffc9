// Step-by-step on the playground: one mini-batch in three clicks (forward pass, backward pass,
// update), with the status line saying what happened, the diagram's numbers, the ‹ Example k
// of B › bar, the values card of a hovered neuron or link, and leaving it all again. Every
// number comes from the core through stepper.js; this file only shows them.
import { t } from '../shared/i18n.js';
import { showNeuronValues, formatValue } from './render/step-values.js';
import { updateRule } from './update-rules.js';

const $ = (id) => document.getElementById(id);

export function stepCardLabels() {
  return { example: t('stepExample'), batchMean: t('stepBatchMean'), gradLater: t('stepGradLater'),
    optimizerState: t('stepOptimizerState'), noState: t('stepNoState'), noStateYet: t('stepNoStateYet') };
}

export class StepDisplay {
  /**
   * app: the page (session, state, stepper, network, stepCard, examplePicker, player, batch,
   * stepGradients, hovered); page: {drawPoints(), render(), sayIfStopped()}.
   */
  constructor(app, page) {
    this.app = app;
    this.page = page;
  }

  /** The batch-step button's click: the next of forward, backward, update. */
  batchStep() {
    const { app, page } = this;
    app.player.pause();
    const s = app.session;
    if (s.stopped) return;
    const r = app.stepper.advance(s, app.network.nodes.length - 1);
    app.stepCard.hide();
    if (r.action === 'forward') {
      app.batch = app.stepper.batch;
      this.status(t('stepForward', { n: r.n, from: r.from, to: r.to, loss: formatValue(r.loss) }));
    } else if (r.action === 'backward') {
      this.status(t('stepBackward', { delta: this.outputDelta() }));
    } else {
      const m = r.metrics;
      this.status(t('stepUpdate', { rule: updateRule(s.spec.optimizer.kind), train: formatValue(m.trainLoss), test: formatValue(m.testLoss),
        epoch: r.epochDone ? t('stepEpochDone', { epoch: m.epoch }) : '' }));
      page.sayIfStopped();
    }
    app.stepGradients = r.action === 'backward';  // after the update the links show the new weights
    showNeuronValues(app.network, r.action === 'update' ? null : app.stepper.layerValues(s, app.network.nodes.length - 1));
    this.showExample();
    this.labelButton();
    page.drawPoints();
    page.render();
  }

  /** The batch-step button names the click it will do next. */
  labelButton() {
    const key = { forward: 'batchStepForward', backward: 'batchStepBackward', update: 'batchStepUpdate' }[this.app.stepper.next(this.app.session)];
    $('batchStep').dataset.i18n = key;
    $('batchStep').textContent = t(key);
  }

  /** δ at the output as the course writes it for this output and loss. */
  outputDelta() {
    const { app } = this;
    const { model } = app.state.spec, regression = app.session.regression;
    const link = model.output !== 'auto' ? model.output : regression ? 'linear' : app.session.outputs > 1 ? 'softmax' : 'sigmoid';
    const loss = model.loss !== 'auto' ? model.loss : regression ? 'squared_error' : 'cross_entropy';
    return loss === 'cross_entropy' || link === 'linear' ? 'δ = a − y' : 'δ = ∂ℓ/∂z';
  }

  /** A hovered hidden or output neuron shows its z, a, δ from the core. */
  hoverNeuron(node) {
    const { app } = this;
    const s = app.session;
    if (!node || !app.stepper.active || node.kind === 'feature' || s.batchPhase === 0) { app.stepCard.hide(); return; }
    const blocks = app.network.nodes.length - 1, block = node.kind === 'output' ? blocks - 1 : node.layer;
    const v = app.stepper.neuron(s, block, node.index);
    const el = app.network.nodes[block + 1][node.index].el;
    const bn = node.kind !== 'output' && app.state.spec.model.batchNorm ? app.stepper.batchNorm(s, block, node.index) : null;
    const f = app.state.spec.model.activations[block];
    const formula = node.kind === 'output'
      ? t('stepOutputFormula', { delta: this.outputDelta() })
      : t(bn ? 'stepHiddenFormulaBn' : 'stepHiddenFormula', { f });
    // With batch norm, z is the activation's input γ·x̂ + β: say so, with the values before it.
    const notes = bn ? [t('stepBnAfter', { gamma: formatValue(bn.gamma), xhat: formatValue(bn.normalized), beta: formatValue(bn.beta) }),
      t('stepBnBefore', { before: formatValue(bn.before), mean: formatValue(bn.mean), variance: formatValue(bn.variance), xhat: formatValue(bn.normalized) })] : [];
    app.stepCard.neuron(app.network.nodes[block + 1][node.index].label, v, formula, el,
      { example: t('stepExampleRow', { k: app.stepper.example + 1 }), notes });
  }

  hoverLink(link, e) {
    const { app } = this;
    if (!link) { app.stepCard.hide(); return; }
    const v = app.stepper.link(app.session, link, app.network.nodes[link.layer + 1].length);
    app.stepCard.link(`${link.fromLabel} → ${link.toLabel}`, v, e);
  }

  /** The ‹ Example k of B › bar while a mini-batch's values are on the diagram. */
  showExample() {
    const { app } = this;
    const s = app.session;
    if (!app.stepper.active || !app.stepper.batch || s.batchPhase === 0) { app.examplePicker.hide(); return; }
    app.examplePicker.show(app.stepper.batch, s.trainPoints(), app.stepper.example, (k, n, i) => t('stepExampleOf', { k, n, i }),
      { prev: t('stepExamplePrev'), next: t('stepExampleNext') });
  }

  /** The student chose example k of the ringed mini-batch: the diagram's numbers become its. */
  chooseExample(k) {
    const { app } = this;
    app.stepper.example = k;
    this.showExample();
    showNeuronValues(app.network, app.stepper.layerValues(app.session, app.network.nodes.length - 1));
    if (app.hovered) this.hoverNeuron(app.hovered);
    this.page.drawPoints();
  }

  /** The status line under the buttons (hidden when empty). */
  status(text) {
    $('stepStatus').textContent = text;
    $('stepStatus').hidden = !text;
  }

  /** Leaves step-by-step display (a normal step, play or a new session). */
  end() {
    const { app } = this;
    if (!app.batch) return;
    app.batch = null;
    app.stepGradients = false;
    app.stepper.clear();
    app.stepCard.hide();
    app.examplePicker.hide();
    showNeuronValues(app.network, null);
    this.labelButton();
    this.status('');
    this.page.drawPoints();
  }
}
