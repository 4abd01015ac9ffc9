// Figure 3: one training example through a small network, one operation per click — forward
// node by node, the loss, backward node by node (δ as a chain-rule product), ∂L/∂w = δ·a on
// every link, the update — drawn as a network and as a computational graph, with the finite-
// difference estimate beside every gradient. The core's Walkthrough does all the arithmetic;
// this file keeps the controls, copies the core's numbers (walk-data.js) and draws them.
import { t } from '../shared/i18n.js';
import { num } from './format.js';
import { snapshot } from './walk-data.js';
import { explain, stepTitle, parameterList } from './walk-explain.js';
import { drawNetwork } from './walk-network.js';
import { drawGraph } from './walk-graph.js';

export const DEFAULT_NET = { inputs: 2, hidden: 2, outputs: 1, activation: 'sigmoid' };

export function backpropFigure(root, { core, names, ranges, onChange, onError }) {
  const $ = (sel) => root.querySelector(sel);
  let net = { ...DEFAULT_NET };
  let walk = null;
  let s = null;
  let seed = 0;  // 0: the readable default weights; otherwise the seed of random ones (in the link)

  const inputsSel = $('#bpInputs'), hiddenSel = $('#bpHidden'), outputSel = $('#bpOutput'), actSel = $('#bpAct');
  const alphaInput = $('#bpAlpha'), exampleBox = $('#bpExample'), targetSel = $('#bpTarget');

  function build() {
    walk?.delete();
    walk = new core.Walkthrough(net.inputs, net.hidden, net.outputs, net.activation);
  }

  function fillControls() {
    const opts = (sel, values, label) => {
      sel.replaceChildren(...values.map((x) => new Option(label(x), String(x))));
    };
    opts(inputsSel, Array.from({ length: ranges.maxInputs }, (_, i) => i + 1), String);
    opts(hiddenSel, Array.from({ length: ranges.maxHidden }, (_, i) => i + 1), String);
    opts(outputSel, Array.from({ length: ranges.maxOutputs }, (_, i) => i + 1), (k) => (k === 1 ? t('outSigmoid') : t('outSoftmax', { k })));
    opts(actSel, names, (n) => t(`act_${n}`));
    inputsSel.value = String(net.inputs);
    hiddenSel.value = String(net.hidden);
    outputSel.value = String(net.outputs);
    actSel.value = net.activation;
    alphaInput.value = String(s.alpha);
    const classes = net.outputs === 1 ? [0, 1] : Array.from({ length: net.outputs }, (_, k) => k);
    opts(targetSel, classes, (k) => (net.outputs === 1 ? `y = ${k}` : `y = ${k + 1}`));
    targetSel.value = String(s.target);
    exampleBox.replaceChildren(...s.x.map((x, j) => {
      const label = document.createElement('label');
      label.className = 'field inline';
      label.innerHTML = `<span><i>x</i><sub>${j + 1}</sub></span>`;
      const input = document.createElement('input');
      input.type = 'number';
      input.step = '0.1';
      input.min = '-5';
      input.max = '5';
      input.value = String(Number(x.toFixed(4)));
      input.dataset.index = j;
      input.addEventListener('change', setExample);
      label.append(input);
      return label;
    }));
  }

  function setExample() {
    const x = [...exampleBox.querySelectorAll('input')].map((i) => Number(i.value));
    try {
      walk.setExample(x, Number(targetSel.value));
    } catch (e) {
      onError(e.message);  // the core names the problem; the example stays as it was
    }
    render();
    onChange();
  }

  function paramTable() {
    const table = $('#bpParams');
    const rows = parameterList(s).map((p) => {
      const shown = s.steps.some((st, n) => n <= s.cursor && st.op === 'gradients' && st.layer === p.block + 1);
      const up = s.cursor === s.steps.length - 1;
      const i = p.index;
      return `<tr data-param="${i}"><th scope="row">${p.name}</th><td>${num(s.params[i])}</td>
        <td class="grad">${shown ? num(s.grads[i]) : ''}</td>
        <td class="fd">${shown ? `(${num(s.lossPlus[i], 6)} − ${num(s.lossMinus[i], 6)}) / ${num(2 * ranges.finiteStep)} = ${num(s.fd[i])}` : ''}</td>
        <td>${up ? num(s.updated[i]) : ''}</td></tr>`;
    });
    table.innerHTML = `<thead><tr><th>${t('paramCol')}</th><th><i>w</i></th><th>${t('backpropCol')}</th><th>${t('fdCol', { h: num(ranges.finiteStep) })}</th><th>${t('newCol')}</th></tr></thead><tbody>${rows.join('')}</tbody>`;
  }

  function log() {
    const box = $('#bpLog');
    const items = [];
    for (let n = 0; n <= s.cursor; ++n)
      items.push(`<li class="${n === s.cursor ? 'current' : ''}" data-op="${s.steps[n].op}"><span class="op-title">${n + 1}. ${stepTitle(s, n)}</span><div class="op-math">${explain(s, n)}</div></li>`);
    box.innerHTML = items.length ? `<ol>${items.join('')}</ol>` : `<p class="hint">${t('bpStart', { n: s.steps.length })}</p>`;
    const current = box.querySelector('li.current');
    if (current) box.scrollTop = current.offsetTop - box.offsetTop - 8;
  }

  function render() {
    s = snapshot(walk);
    drawNetwork($('#bpNet'), s);
    drawGraph($('#bpGraph'), s);
    paramTable();
    log();
    fillControls();
    const next = s.cursor + 1 < s.steps.length ? stepTitle(s, s.cursor + 1) : t('newRound');
    $('#bpNextLabel').textContent = next;
    $('#bpProgress').textContent = t('progress', { n: s.cursor + 1, total: s.steps.length, rounds: s.rounds });
    $('#bpLoss').textContent = num(s.loss);
    $('#bpLoss').dataset.value = s.loss;
    root.dataset.cursor = s.cursor;
    root.dataset.op = s.cursor >= 0 ? s.steps[s.cursor].op : '';
  }

  $('#bpStep').addEventListener('click', () => { walk.step(); render(); onChange(); });
  $('#bpToUpdate').addEventListener('click', () => {
    if (s.cursor === s.steps.length - 1) walk.step();
    while (walk.cursor() < s.steps.length - 1) walk.step();
    render();
    onChange();
  });
  $('#bpRestart').addEventListener('click', () => { walk.restart(); render(); onChange(); });
  $('#bpDefault').addEventListener('click', () => { seed = 0; walk.useDefaultParams(); render(); onChange(); });
  $('#bpRandom').addEventListener('click', () => { seed = Math.floor(Math.random() * 1e6) + 1; walk.randomize(seed); render(); onChange(); });
  const reshape = () => {
    const next = { inputs: Number(inputsSel.value), hidden: Number(hiddenSel.value), outputs: Number(outputSel.value), activation: actSel.value };
    const alpha = s.alpha;
    try {
      net = next;
      build();
      walk.setLearningRate(alpha);
      if (seed) walk.randomize(seed);
    } catch (e) {
      onError(e.message);
    }
    render();
    onChange();
  };
  for (const sel of [inputsSel, hiddenSel, outputSel, actSel]) sel.addEventListener('change', reshape);
  targetSel.addEventListener('change', setExample);
  alphaInput.addEventListener('change', () => {
    try {
      walk.setLearningRate(Number(alphaInput.value));
    } catch (e) {
      onError(e.message);
    }
    render();
    onChange();
  });

  build();
  render();
  return {
    get state() { return { net: { ...net }, alpha: s.alpha, x: s.x.map((x) => Number(x.toFixed(4))), target: s.target, seed, cursor: s.cursor }; },
    // Applies a link's state; the core validates each part and names what it rejects.
    set(state) {
      if (state.net) {
        const n = { ...net, ...state.net };
        const trial = new core.Walkthrough(n.inputs, n.hidden, n.outputs, n.activation);  // throws on a bad shape
        trial.delete();
        net = n;
        build();
      }
      if (state.alpha !== undefined) walk.setLearningRate(state.alpha);
      if (state.seed !== undefined) {
        if (!(Number.isInteger(state.seed) && state.seed >= 0 && state.seed < 1e9)) throw new Error(`seed: must be a whole number from 0 to 999999999, got ${state.seed}`);
        seed = state.seed;
        if (seed) walk.randomize(seed);
      }
      if (state.x !== undefined || state.target !== undefined) walk.setExample(state.x ?? s.x, state.target ?? s.target);
      if (state.cursor !== undefined) {
        const steps = walk.steps().length;
        if (!(Number.isInteger(state.cursor) && state.cursor >= -1 && state.cursor < steps)) throw new Error(`step: must be from 0 to ${steps}`);
        while (walk.cursor() < state.cursor) walk.step();
      }
      render();
    },
    relabel() { render(); },
  };
}
