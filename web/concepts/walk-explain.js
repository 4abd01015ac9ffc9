// The sentence of each backpropagation operation, with the core's numbers substituted: what a
// student would write on paper for that step. Only arranges numbers; every value (z, a, the
// per-link products, δ, f′(z), Σ w·δ, ∂L/∂w, the finite differences, the update) is the core's.
import { t } from '../shared/i18n.js';
import { num, factor, v } from './format.js';
import { wIndex, bIndex, term } from './walk-data.js';

const SUB = '₀₁₂₃₄₅₆₇₈₉';
export const sub = (n) => String(n).split('').map((d) => SUB[Number(d)]).join('');
const L = (l) => `<sup>(${l})</sup>`;

export const actSymbol = (name) => ({ sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', leaky_relu: 'LReLU', elu: 'ELU', linear: 'id' }[name] ?? name);

export const zName = (l, i) => `${v('z')}${L(l)}<sub>${i + 1}</sub>`;
export const aName = (l, i) => (l === 0 ? `${v('x')}<sub>${i + 1}</sub>` : `${v('a')}${L(l)}<sub>${i + 1}</sub>`);
export const dName = (l, i) => `δ${L(l)}<sub>${i + 1}</sub>`;
export const wName = (b, i, j) => `${v('w')}${L(b + 1)}<sub>${i + 1}${j + 1}</sub>`;
export const bName = (b, i) => `${v('b')}${L(b + 1)}<sub>${i + 1}</sub>`;
export const pName = (s, k) => (s.softmax ? `${v('p')}<sub>${k + 1}</sub>` : v('p'));

/** Every parameter as {index, name, block, kind, i, j}. */
export function parameterList(s) {
  const out = [];
  for (let b = 0; b < 2; ++b) {
    for (let i = 0; i < s.sizes[b + 1]; ++i) {
      for (let j = 0; j < s.sizes[b]; ++j) out.push({ index: wIndex(s, b, i, j), name: wName(b, i, j), block: b, kind: 'w', i, j });
      out.push({ index: bIndex(s, b, i), name: bName(b, i), block: b, kind: 'b', i, j: -1 });
    }
  }
  return out;
}

function forward(s, l, i) {
  const b = l - 1;
  const terms = [];
  for (let j = 0; j < s.sizes[b]; ++j) terms.push(`${factor(s.params[wIndex(s, b, i, j)])}·${factor(s.a[b][j])}`);
  const products = [];
  for (let j = 0; j < s.sizes[b]; ++j) products.push(factor(term(s, s.fwd, b, i, j)));
  const bias = s.params[bIndex(s, b, i)];
  const sym = [];
  for (let j = 0; j < s.sizes[b]; ++j) sym.push(`${wName(b, i, j)}${aName(b, j)}`);
  let html = `${zName(l, i)} = ${sym.join(' + ')} + ${bName(b, i)} = ${terms.join(' + ')} + ${factor(bias)} = ${products.join(' + ')} + ${factor(bias)} = <b>${num(s.z[l][i])}</b>`;
  if (l === 1) html += `<br>${aName(1, i)} = ${actSymbol(s.shape.activation)}(${zName(1, i)}) = ${actSymbol(s.shape.activation)}(${num(s.z[1][i])}) = <b>${num(s.a[1][i])}</b>`;
  else if (!s.softmax) html += `<br>${v('p')} = σ(${zName(2, i)}) = ${'σ'}(${num(s.z[2][i])}) = <b>${num(s.a[2][i])}</b>`;
  return html;
}

function softmaxLine(s) {
  const parts = s.a[2].map((p, k) => `${pName(s, k)} = <b>${num(p)}</b>`);
  return `${v('p')}<sub>${v('k')}</sub> = e<sup>${v('z')}<sub>${v('k')}</sub></sup> / Σ<sub>${v('j')}</sub> e<sup>${v('z')}<sub>${v('j')}</sub></sup>: &nbsp; ${parts.join(', ')}`;
}

function lossLine(s) {
  if (!s.softmax) {
    const p = s.a[2][0];
    const which = s.target === 1 ? `−log ${v('p')} = −log ${num(p)}` : `−log(1 − ${v('p')}) = −log(1 − ${num(p)})`;
    return `${v('L')} = −[${v('y')} log ${v('p')} + (1 − ${v('y')}) log(1 − ${v('p')})], ${v('y')} = ${s.target}: &nbsp; ${v('L')} = ${which} = <b>${num(s.loss)}</b>`;
  }
  return `${v('L')} = −log ${v('p')}<sub>${v('y')}</sub>, ${v('y')} = ${s.target + 1}: &nbsp; ${v('L')} = −log ${num(s.a[2][s.target])} = <b>${num(s.loss)}</b>`;
}

function backward(s, l, i) {
  if (l === 2) {
    const why = s.softmax ? t('whySoftmax') : t('whySigmoid');
    return `${dName(2, i)} = ∂${v('L')}/∂${zName(2, i)} = ${pName(s, i)} − ${v('y')}${s.softmax ? `<sub>${i + 1}</sub>` : ''} = ${num(s.a[2][i])} − ${num(s.y[i])} = <b>${num(s.delta[2][i])}</b> <span class="why">${why}</span>`;
  }
  const K = s.sizes[2];
  const sym = [], nums = [];
  for (let k = 0; k < K; ++k) {
    sym.push(`${wName(1, k, i)}${dName(2, k)}`);
    nums.push(`${factor(s.params[wIndex(s, 1, k, i)])}·${factor(s.delta[2][k])}`);
  }
  const act = actSymbol(s.shape.activation);
  return `${dName(1, i)} = ${act}′(${zName(1, i)}) · Σ<sub>${v('k')}</sub> ${v('w')}${L(2)}<sub>${v('k')}${i + 1}</sub>δ${L(2)}<sub>${v('k')}</sub> = ${act}′(${num(s.z[1][i])}) · (${nums.join(' + ')}) = ${factor(s.slope[i])} · ${factor(s.signal[i])} = <b>${num(s.delta[1][i])}</b>`
    + (s.slope[i] === 0 ? ` <span class="why">${t('whyDead')}</span>` : '');
}

function gradients(s, l) {
  const b = l - 1, rows = [];
  for (let i = 0; i < s.sizes[l]; ++i) {
    for (let j = 0; j < s.sizes[b]; ++j) {
      const k = wIndex(s, b, i, j);
      rows.push(`∂${v('L')}/∂${wName(b, i, j)} = ${dName(l, i)}·${aName(b, j)} = ${factor(s.delta[l][i])}·${factor(s.a[b][j])} = <b>${num(s.grads[k])}</b> <span class="fd">${t('fdShort')} ${num(s.fd[k])}</span>`);
    }
    const k = bIndex(s, b, i);
    rows.push(`∂${v('L')}/∂${bName(b, i)} = ${dName(l, i)} = <b>${num(s.grads[k])}</b> <span class="fd">${t('fdShort')} ${num(s.fd[k])}</span>`);
  }
  return `${t('gradRule')}<br>${rows.join('<br>')}`;
}

function update(s) {
  const rows = parameterList(s).map((p) => `${p.name} ← ${num(s.params[p.index])} − ${num(s.alpha)}·${factor(s.grads[p.index])} = <b>${num(s.updated[p.index])}</b>`);
  return `${v('w')} ← ${v('w')} − α·∂${v('L')}/∂${v('w')}, α = ${num(s.alpha)}<br>${rows.join('<br>')}<br>${t('lossAfter', { before: num(s.loss), after: `<b class="loss-after">${num(s.lossAfter)}</b>` })}`;
}

/** HTML of operation number `n` of the round. */
export function explain(s, n) {
  const st = s.steps[n];
  switch (st.op) {
    case 'forward': return forward(s, st.layer, st.neuron);
    case 'softmax': return softmaxLine(s);
    case 'loss': return lossLine(s);
    case 'backward': return backward(s, st.layer, st.neuron);
    case 'gradients': return gradients(s, st.layer);
    case 'update': return update(s);
    default: return st.op;
  }
}

/** Short title of operation n ("Forward: h₂"). */
export function stepTitle(s, n) {
  const st = s.steps[n];
  const node = st.layer === 1 ? `${t('hiddenShort')}${sub(st.neuron + 1)}` : `${t('outputShort')}${sub(st.neuron + 1)}`;
  switch (st.op) {
    case 'forward': return t('opForward', { node });
    case 'softmax': return t('opSoftmax');
    case 'loss': return t('opLoss');
    case 'backward': return t('opBackward', { node });
    case 'gradients': return t('opGradients', { layer: st.layer === 2 ? t('outputLayer') : t('hiddenLayer') });
    case 'update': return t('opUpdate');
    default: return st.op;
  }
}
