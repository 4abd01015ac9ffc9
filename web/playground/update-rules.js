// The update each optimizer of the core applies, written as in its doc comment in
// wasm/include/nn/optimizer.h (g = ∂L/∂w, element-wise), for the step-by-step line.
const RULES = {
  sgd: 'w ← w − α·g',
  momentum: 'v ← β·v + g, w ← w − α·v',
  nesterov: 'v ← β·v + g, w ← w − α·(g + β·v)',
  adagrad: 'G ← G + g², w ← w − α·g / (√G + ε)',
  rmsprop: 's ← ρ·s + (1 − ρ)·g², w ← w − α·g / (√s + ε)',
  // The second moment is s as in the core (its state is named m and s; see weightState).
  adam: 'm ← β₁·m + (1 − β₁)·g, s ← β₂·s + (1 − β₂)·g², m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ), w ← w − α·m̂ / (√ŝ + ε)',
  adamw: 'm ← β₁·m + (1 − β₁)·g, s ← β₂·s + (1 − β₂)·g², m̂ = m / (1 − β₁ᵗ), ŝ = s / (1 − β₂ᵗ), w ← w − α·(m̂ / (√ŝ + ε) + λ·w)',
};

/** The rule of optimizer `kind` (a name of the core's catalog). */
export const updateRule = (kind) => RULES[kind] ?? `${kind}: w ← w − step(g)`;
