// Figure 2: softmax and cross-entropy. 3–6 logits as bars the student drags; beside them every
// value of the stable form the core evaluates (z/T, the max, e^(z/T − m), their sum, p, −log p_y,
// p − onehot(y)), from core.softmaxBreakdown. Buttons add a constant to every logit (p does not
// move); a slider divides the logits by a temperature.
import { t } from '../shared/i18n.js';
import { num, v, frac, factor } from './format.js';
import { svgElement as el } from '../shared/svg.js';
import { logSlider } from '../shared/log-slider.js';

const W = 560, H = 260, PAD = { l: 34, r: 10, t: 10, b: 28 };

export function softmaxFigure(root, { core, ranges, onChange, onError }) {
  const LIM = ranges.logitLimit;
  let logits = [2, 1, 0.1];
  let target = 0;
  let temperature = 1;
  let result = null;

  const svg = root.querySelector('#smBars');
  const table = root.querySelector('#smTable');
  const summary = root.querySelector('#smSummary');
  const countSel = root.querySelector('#smCount');
  const targetSel = root.querySelector('#smTarget');
  const tempInput = root.querySelector('#smTemp');
  const tempOut = root.querySelector('#smTempValue');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);

  const slot = () => (W - PAD.l - PAD.r) / logits.length;
  const sy = (z) => PAD.t + ((LIM - z) / (2 * LIM)) * (H - PAD.t - PAD.b);
  const zOf = (py) => LIM - ((py - PAD.t) / (H - PAD.t - PAD.b)) * 2 * LIM;
  // The temperature slider is logarithmic: positions 0…100 from the core's lowest to highest T,
  // read with 2 significant digits.
  const tempScale = logSlider({ sliderMin: ranges.minTemperature, sliderMax: ranges.maxTemperature }, 100, 2);

  function compute() {
    result = core.softmaxBreakdown(logits, target, temperature);
  }

  function drawBars() {
    svg.replaceChildren();
    for (let z = -LIM; z <= LIM; z += 5) {
      el('line', { x1: PAD.l, x2: W - PAD.r, y1: sy(z), y2: sy(z), class: z === 0 ? 'axis' : 'grid' }, svg);
      el('text', { x: PAD.l - 5, y: sy(z) + 4, class: 'tick', 'text-anchor': 'end' }, svg).textContent = num(z);
    }
    // p's own scale (0…1 over the height of z = 0…10), on the right
    for (const p of [0.5, 1]) el('text', { x: W - PAD.r, y: sy(p * LIM) - 3, class: 'tick p-tick', 'text-anchor': 'end' }, svg).textContent = `p = ${num(p)}`;
    const s = slot();
    logits.forEach((z, k) => {
      const x0 = PAD.l + k * s + s * 0.18, w = s * 0.3;
      const g = el('g', { class: `logit${k === target ? ' target' : ''}`, 'data-index': k }, svg);
      el('rect', { x: x0, width: w, y: Math.min(sy(z), sy(0)), height: Math.abs(sy(z) - sy(0)), class: 'bar-z' }, g);
      // p as a second bar on a 0…1 scale over the same height
      const ph = result.probs[k] * (sy(0) - sy(LIM));
      el('rect', { x: x0 + w + 4, width: w * 0.8, y: sy(0) - ph, height: ph, class: 'bar-p' }, g);
      el('rect', { x: PAD.l + k * s, width: s, y: PAD.t, height: H - PAD.t - PAD.b, class: 'hit', 'data-index': k }, g);
      el('circle', { cx: x0 + w / 2, cy: sy(z), r: 7, class: 'handle' }, g);
      el('text', { x: x0 + w / 2, y: H - 8, class: 'bar-label', 'text-anchor': 'middle' }, g).textContent = `z${'₁₂₃₄₅₆'[k]} = ${num(z, 2)}`;
    });
  }

  function drawTable() {
    const r = result, K = logits.length, T = temperature;
    const head = (label) => `<th scope="row">${label}</th>`;
    const cells = (arr, f = (x) => num(x)) => arr.map((x, k) => `<td class="${k === target ? 'target' : ''}">${f(x, k)}</td>`).join('');
    const classes = Array.from({ length: K }, (_, k) => k);
    table.innerHTML = `
      <tr><th></th>${classes.map((k) => `<th class="${k === target ? 'target' : ''}">${t('classN', { k: k + 1 })}${k === target ? ` (${v('y')})` : ''}</th>`).join('')}</tr>
      <tr>${head(`${v('z')}<sub>${v('i')}</sub>`)}${cells(r.logits)}</tr>
      ${T !== 1 ? `<tr>${head(`${v('u')}<sub>${v('i')}</sub> = ${v('z')}<sub>${v('i')}</sub>/${v('T')}`)}${cells(r.scaled)}</tr>` : ''}
      <tr>${head(`${T !== 1 ? v('u') : v('z')}<sub>${v('i')}</sub> − ${v('m')}`)}${cells(r.scaled, (u) => num(u - r.max))}</tr>
      <tr>${head(`${v('e')}<sup>${T !== 1 ? v('u') : v('z')}<sub>${v('i')}</sub> − ${v('m')}</sup>`)}${cells(r.exps)}</tr>
      <tr class="probs">${head(`${v('p')}<sub>${v('i')}</sub>`)}${cells(r.probs)}</tr>
      <tr>${head(`onehot(${v('y')})`)}${cells(classes.map((k) => (k === target ? 1 : 0)))}</tr>
      <tr class="grads">${head(`∂${v('L')}/∂${T !== 1 ? v('u') : v('z')}<sub>${v('i')}</sub> = ${v('p')}<sub>${v('i')}</sub> − ${v('y')}<sub>${v('i')}</sub>`)}${cells(r.grad)}</tr>
      ${T !== 1 ? `<tr>${head(`∂${v('L')}/∂${v('z')}<sub>${v('i')}</sub> = (${v('p')}<sub>${v('i')}</sub> − ${v('y')}<sub>${v('i')}</sub>)/${v('T')}`)}${cells(r.gradLogits)}</tr>` : ''}`;
    table.dataset.probs = JSON.stringify(r.probs);
    const zs = T !== 1 ? v('u') : v('z');
    const pSum = r.probs.reduce((a, b) => a + b, 0);  // shown as a check only; the p's are the core's
    summary.innerHTML = `
      <p class="formula">${v('p')}<sub>${v('i')}</sub> = ${frac(`${v('e')}<sup>${zs}<sub>${v('i')}</sub></sup>`, `Σ<sub>${v('j')}</sub> ${v('e')}<sup>${zs}<sub>${v('j')}</sub></sup>`)} = ${frac(`${v('e')}<sup>${zs}<sub>${v('i')}</sub> − ${v('m')}</sup>`, `Σ<sub>${v('j')}</sub> ${v('e')}<sup>${zs}<sub>${v('j')}</sub> − ${v('m')}</sup>`)}, &nbsp; ${v('m')} = max ${zs} = ${num(r.max)}</p>
      <p>${t('smSum')} Σ ${v('e')}<sup>${zs} − ${v('m')}</sup> = <b id="smSumValue">${num(r.sum)}</b>; &nbsp; Σ ${v('p')}<sub>${v('i')}</sub> = <b id="smPSum">${num(pSum, 6)}</b></p>
      <p class="formula">${v('L')} = −log ${v('p')}<sub>${v('y')}</sub> = −log ${num(r.probs[target])} = <b id="smLoss">${num(r.loss)}</b></p>`;
    summary.dataset.loss = r.loss;
  }

  function fillSelects() {
    countSel.replaceChildren(...Array.from({ length: ranges.maxLogits - ranges.minLogits + 1 }, (_, i) => new Option(String(ranges.minLogits + i), String(ranges.minLogits + i))));
    countSel.value = String(logits.length);
    targetSel.replaceChildren(...logits.map((_, k) => new Option(t('classN', { k: k + 1 }), String(k))));
    targetSel.value = String(target);
    tempInput.value = String(tempScale.toSlider(temperature));
    tempOut.textContent = num(temperature, 2);
  }

  function redraw() {
    compute();
    drawBars();
    drawTable();
    fillSelects();
  }

  // dragging a bar sets its logit (clamped to the core's range)
  let drag = -1;
  const setFrom = (e) => {
    const r = svg.getBoundingClientRect();
    const z = Math.max(-LIM, Math.min(LIM, zOf(((e.clientY - r.top) / r.height) * H)));
    logits[drag] = Math.round(z * 10) / 10;
    redraw();
  };
  svg.addEventListener('pointerdown', (e) => {
    const idx = e.target.closest('[data-index]')?.dataset.index;
    if (idx === undefined) return;
    drag = Number(idx);
    svg.setPointerCapture(e.pointerId);
    setFrom(e);
  });
  svg.addEventListener('pointermove', (e) => { if (drag >= 0) setFrom(e); });
  svg.addEventListener('pointerup', () => { if (drag >= 0) { drag = -1; onChange(); } });

  countSel.addEventListener('change', () => {
    const n = Number(countSel.value);
    const defaults = [2, 1, 0.1, -1, 0.5, -2];
    logits = Array.from({ length: n }, (_, k) => logits[k] ?? defaults[k]);
    target = Math.min(target, n - 1);
    redraw();
    onChange();
  });
  targetSel.addEventListener('change', () => { target = Number(targetSel.value); redraw(); onChange(); });
  tempInput.addEventListener('input', () => { temperature = tempScale.fromSlider(tempInput.value); redraw(); onChange(); });
  const shiftBy = (c) => {
    const moved = logits.map((z) => Math.round((z + c) * 10) / 10);
    if (moved.some((z) => Math.abs(z) > LIM)) { onError(t('smShiftLimit', { lim: LIM })); return; }
    const before = result.probs;
    logits = moved;
    redraw();
    root.querySelector('#smShiftNote').innerHTML = t('smShiftNote', { c: factor(c, 1), before: before.map((p) => num(p)).join(', '), after: result.probs.map((p) => num(p)).join(', ') });
    onChange();
  };
  root.querySelector('#smPlus').addEventListener('click', () => shiftBy(1));
  root.querySelector('#smMinus').addEventListener('click', () => shiftBy(-1));

  redraw();
  return {
    get state() { return { logits: [...logits], y: target, T: temperature }; },
    set(state) {
      // validated by the core first: a bad link changes nothing
      const next = { logits: state.logits ?? logits, y: state.y ?? target, T: state.T ?? temperature };
      core.softmaxBreakdown(next.logits, next.y, next.T);
      logits = [...next.logits]; target = next.y; temperature = next.T;
      redraw();
    },
    relabel() { redraw(); root.querySelector('#smShiftNote').textContent = ''; },
  };
}
