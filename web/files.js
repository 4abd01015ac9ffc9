// Files the user downloads or opens: the experiment spec (JSON), the boundary (PNG), the loss
// history (CSV). Only serializes what the core and the renderers already produced.

/** Starts a download of `blob` named `name`. */
export function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export const jsonBlob = (obj) => new Blob([`${JSON.stringify(obj, null, 2)}\n`], { type: 'application/json' });

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

/** Reads a user-chosen file as text; rejects on read errors and files over `maxBytes`. */
export function readText(file, maxBytes = 5e6) {
  if (file.size > maxBytes) return Promise.reject(new Error(`the file is larger than ${maxBytes / 1e6} MB`));
  return file.text();
}

/** Parses JSON text, turning a syntax error into a short message. */
export function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${e.message})`);
  }
}
