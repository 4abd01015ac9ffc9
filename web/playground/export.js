// The playground's exports: the loss history (CSV) and the boundary (PNG). Only serializes
// what the core and the renderers already produced.

/** The loss history as CSV: one row per recorded epoch. */
export function historyCsv(history) {
  const rows = ['epoch,train_loss,test_loss'];
  for (const h of history) rows.push(`${h.epoch},${h.trainLoss},${h.testLoss}`);
  return new Blob([`${rows.join('\n')}\n`], { type: 'text/csv' });
}

/** The boundary canvas scaled up with the points canvas on top, as a PNG blob. */
export function boundaryPng(boundary, points, size = 720) {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const ctx = c.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(boundary, 0, 0, size, size);
  ctx.drawImage(points, 0, 0, size, size);
  return new Promise((resolve) => c.toBlob(resolve, 'image/png'));
}
