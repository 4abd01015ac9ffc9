// The last update written out with its numbers, in the optimizer's own rule. Every number is
// the core's (RegressionUpdate: the batch's sums, the gradient it handed the optimizer, the
// weights before and after, the optimizer's state after the step); this file only formats.
import { fmt } from './frame.js';

const p = (v) => (v < 0 ? `(${fmt(v)})` : fmt(v));

/** Lines for one parameter: name 'w' or 'b', its numbers and the optimizer's state values. */
function ruleLines(kind, name, u, hp, k) {
  const before = k ? u.bBefore : u.wBefore, after = k ? u.bAfter : u.wAfter, g = k ? u.gradB : u.gradW;
  const sum = k ? u.sumB : u.sumW;
  const lines = [];
  const grad = `∂L/∂${name} = (1/B)·Σ(ŷᵢ − yᵢ)${k ? '' : '·xᵢ'} = (1/${u.batch})·${p(sum)} = ${fmt(g)}`;
  lines.push(grad);
  const s = (key) => u.state[key]?.[k] ?? 0;
  const a = fmt(u.rate);
  switch (kind) {
    case 'sgd':
      lines.push(`${name} ← ${name} − α·∂L/∂${name} = ${fmt(before)} − ${a}·${p(g)} = ${fmt(after)}`);
      break;
    case 'momentum':
      lines.push(`v ← β·v + ∂L/∂${name} = ${fmt(s('v'))}   (β = ${fmt(hp.momentum)})`);
      lines.push(`${name} ← ${name} − α·v = ${fmt(before)} − ${a}·${p(s('v'))} = ${fmt(after)}`);
      break;
    case 'nesterov':
      lines.push(`v ← β·v + ∂L/∂${name} = ${fmt(s('v'))}   (β = ${fmt(hp.momentum)})`);
      lines.push(`${name} ← ${name} − α·(∂L/∂${name} + β·v) = ${fmt(before)} − ${a}·(${fmt(g)} + ${fmt(hp.momentum)}·${p(s('v'))}) = ${fmt(after)}`);
      break;
    case 'adagrad':
      lines.push(`G ← G + (∂L/∂${name})² = ${fmt(s('G'))}`);
      lines.push(`${name} ← ${name} − α·∂L/∂${name}/(√G + ε) = ${fmt(before)} − ${a}·${p(g)}/(${fmt(Math.sqrt(s('G')))} + ${fmt(hp.epsilon)}) = ${fmt(after)}`);
      break;
    case 'rmsprop':
      lines.push(`s ← ρ·s + (1 − ρ)·(∂L/∂${name})² = ${fmt(s('s'))}   (ρ = ${fmt(hp.rho)})`);
      lines.push(`${name} ← ${name} − α·∂L/∂${name}/(√s + ε) = ${fmt(before)} − ${a}·${p(g)}/(${fmt(Math.sqrt(s('s')))} + ${fmt(hp.epsilon)}) = ${fmt(after)}`);
      break;
    case 'adam':
    case 'adamw': {
      lines.push(`m ← β₁·m + (1 − β₁)·∂L/∂${name} = ${fmt(s('m'))},  s ← β₂·s + (1 − β₂)·(∂L/∂${name})² = ${fmt(s('s'))}   (t = ${u.t})`);
      const decay = kind === 'adamw' ? ` + λ·${name}` : '';
      lines.push(`${name} ← ${name} − α·(m̂/(√ŝ + ε)${decay}), m̂ = m/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ):  ${fmt(before)} → ${fmt(after)}`);
      break;
    }
    default:
      lines.push(`${name}: ${fmt(before)} → ${fmt(after)}`);
  }
  return lines;
}

/** Fills `el` with the update's lines (one <div> each); `none` when no step was taken yet. */
export function showUpdate(el, kind, update, hp, none) {
  if (!update || update.batch === 0) { el.replaceChildren(Object.assign(document.createElement('div'), { textContent: none })); return; }
  const rows = [...ruleLines(kind, 'w', update, hp, 0), ...ruleLines(kind, 'b', update, hp, 1)];
  el.replaceChildren(...rows.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
}
