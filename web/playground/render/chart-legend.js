// The loss chart's legend (HTML beside the canvas, so it wraps and translates like text): the
// current run's training (grey) and test (black) curves, then each pinned run in its colour.

/** labels: {train, test, pinned}; pins: [{colour, label}]. */
export function drawChartLegend(box, labels, pins) {
  const item = (cls, colour, text, dashed = false) => {
    const span = document.createElement('span');
    span.className = `chart-key ${cls}`;
    const line = document.createElement('i');
    line.style.borderTopColor = colour;
    if (dashed) line.style.borderTopStyle = 'dashed';
    span.append(line, text);
    return span;
  };
  const items = [item('key-train', '#9aa0a6', labels.train), item('key-test', '#202124', labels.test)];
  for (const p of pins) items.push(item('key-pin', p.colour, p.label));
  if (pins.length) {
    const note = document.createElement('span');
    note.className = 'chart-key-note';
    note.textContent = labels.pinned;
    items.push(note);
  }
  box.replaceChildren(...items);
}
