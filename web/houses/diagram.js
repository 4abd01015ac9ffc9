// The compact network diagram: one box per layer with its size (inputs after one-hot can be
// hundreds, so no neuron-by-neuron drawing and no decision boundary). Box heights grow with
// the logarithm of the layer size.
import { t } from '../shared/i18n.js';

export function drawDiagram(host, inputs, model, outputs) {
  const layers = [
    { size: inputs, label: t('diagramInputs', { n: inputs }) },
    ...model.hidden.map((n, i) => ({
      size: n,
      label: `${n} · ${model.activations?.[i] ?? model.activation ?? ''}${dropoutOf(model, i) ? ` · dropout ${dropoutOf(model, i)}` : ''}${model.batchNorm ? ' · BN' : ''}`,
    })),
    { size: outputs, label: t('diagramOutputs', { n: outputs }) },
  ];
  const max = Math.log2(Math.max(2, ...layers.map((l) => l.size)) + 1);
  const boxes = [];
  layers.forEach((l, i) => {
    if (i) {
      const arrow = document.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = '→';
      boxes.push(arrow);
    }
    const box = document.createElement('div');
    box.className = `layer${i === 0 ? ' input' : i === layers.length - 1 ? ' output' : ''}`;
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.style.height = `${Math.max(8, Math.round((Math.log2(l.size + 1) / max) * 72))}px`;
    const text = document.createElement('span');
    text.className = 'size';
    text.textContent = l.label;
    box.append(bar, text);
    boxes.push(box);
  });
  host.replaceChildren(...boxes);
}

function dropoutOf(model, i) {
  const d = model.dropout;
  return Array.isArray(d) ? d[i] ?? 0 : d ?? 0;
}
