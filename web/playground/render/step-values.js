// The step-by-step numbers on the network diagram: a small label on every neuron (a after the
// forward click, δ after the backward click) and the card that hovering a neuron or a link
// shows (z, a, δ; w, ∂L/∂w and the optimizer's state). Shows numbers it is given, computes none.

/** Three significant digits, with a real minus sign; "—" for a missing or non-finite value. */
export function formatValue(v) {
  if (v === undefined || v === null || !Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e-3 && a < 1e4 ? v.toPrecision(3) : v.toExponential(2);
  return s.replace('-', '−');
}

/**
 * Labels on the neurons of `view` (a NetworkView): values = {kind: 'a'|'d', values: [block][neuron]}
 * where block 0 … hidden layers − 1 are the hidden columns and the last the outputs; null clears.
 */
export function showNeuronValues(view, values) {
  const columns = view.nodes.slice(1);  // column 0 holds the inputs
  columns.forEach((col, b) => col.forEach((node, i) => {
    let el = node.el.querySelector(':scope > .neuron-value');
    const v = values?.values[b]?.[i];
    if (v === undefined) { el?.remove(); return; }
    if (!el) {
      el = document.createElement('span');
      el.className = 'neuron-value';
      el.setAttribute('aria-hidden', 'true');
      node.el.append(el);
    }
    el.dataset.kind = values.kind;
    el.textContent = `${values.kind === 'd' ? 'δ' : 'a'} ${formatValue(v)}`;
  }));
}

export class StepCard {
  /** labels: the strings of strings.js (stepCard*) as a plain object. */
  constructor(host, labels) {
    this.labels = labels;
    this.el = document.createElement('div');
    this.el.className = 'step-card';
    this.el.hidden = true;
    this.el.setAttribute('role', 'tooltip');
    host.append(this.el);
  }

  setLabels(labels) { this.labels = labels; }

  hide() { this.el.hidden = true; }

  place(x, y) {
    const host = this.el.parentElement.getBoundingClientRect();
    const left = Math.min(x - host.left + 14, Math.max(0, host.width - this.el.offsetWidth - 4));
    this.el.style.left = `${Math.max(0, left)}px`;
    this.el.style.top = `${y - host.top + 10}px`;
  }

  /**
   * v = {zMean, aMean, dMean, z, a, d}; title names the neuron; formula says how z, a, δ arise;
   * example names the example row ("Example 3 of 10"); notes: more lines (batch norm's values).
   */
  neuron(title, v, formula, anchor, { example = this.labels.example, notes = [] } = {}) {
    const L = this.labels;
    const table = document.createElement('table');
    const head = table.insertRow();
    for (const h of ['', 'z', 'a', 'δ = ∂L/∂z']) head.append(Object.assign(document.createElement('th'), { textContent: h }));
    for (const [name, z, a, d] of [[example, v.z, v.a, v.d], [L.batchMean, v.zMean, v.aMean, v.dMean]]) {
      const row = table.insertRow();
      row.insertCell().textContent = name;
      for (const x of [z, a, d]) row.insertCell().textContent = formatValue(x);
    }
    const f = document.createElement('div');
    f.className = 'step-card-formula';
    f.textContent = formula;
    const extra = notes.map((text) => Object.assign(document.createElement('div'), { className: 'step-card-note', textContent: text }));
    this.el.replaceChildren(Object.assign(document.createElement('strong'), { textContent: title }), table, ...extra, f);
    this.el.hidden = false;
    const r = anchor.getBoundingClientRect();
    this.place(r.right, r.top);
  }

  /** v = {weight, grad, before, t, state}; shows what is known in the current click. */
  link(title, v, event) {
    const L = this.labels;
    const lines = [title];
    lines.push(v.before !== undefined ? `w ${formatValue(v.before)} → ${formatValue(v.weight)}` : `w ${formatValue(v.weight)}`);
    lines.push(v.grad !== undefined ? `∂L/∂w ${formatValue(v.grad)}` : L.gradLater);
    if (v.state && Object.keys(v.state).length) {
      lines.push(`${L.optimizerState} (t = ${v.t}): ${Object.entries(v.state).map(([k, x]) => `${k} ${formatValue(x)}`).join(', ')}`);
    } else if (v.t !== undefined) {
      lines.push(v.t === 0 ? L.noStateYet : L.noState);
    }
    this.el.replaceChildren(...lines.map((text, i) => Object.assign(document.createElement(i ? 'div' : 'strong'), { textContent: text })));
    this.el.hidden = false;
    this.place(event.clientX, event.clientY);
  }
}
