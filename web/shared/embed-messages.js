// What an embedded page tells the page that frames it (docs/embedding.md, "Messages"): after
// training moves on, `{type: 'descent', event: 'epoch', page, metrics}` with the numbers the
// page shows (epoch, losses, accuracies, learning rate…) and nothing else — no settings, no
// data, no weights. A course page can then say "you reached 95 %!" without touching the
// frame. Only a framed page posts; a page opened on its own sends nothing.
//
// The Player (player.js) posts after every frame whose metrics moved on; the training worker's
// client (training-client.js) after every epoch.

let pageId = '';

/** The shell names the page once (startPage), so every message says which page sent it. */
export function setMessagePage(id) { pageId = id; }

/** True when this page is inside a frame (an <iframe> of a course page). */
export function framed() {
  try { return globalThis.parent != null && globalThis.parent !== globalThis; } catch { return true; }
}

/** The finite numbers of `metrics` (strings such as the status kept too), nothing nested. */
export function publicMetrics(metrics) {
  const out = {};
  for (const [k, v] of Object.entries(metrics ?? {})) {
    if (k === 'workerMs') continue;  // the worker's timing is not a training number
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
    else if (k === 'status' && typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * Posts one epoch message to the parent frame. The target origin is '*': the page cannot know
 * where it is embedded, and the message holds only the metrics any reader of the page sees.
 */
export function postEpoch(metrics) {
  if (!framed()) return false;
  globalThis.parent.postMessage({ type: 'descent', event: 'epoch', page: pageId, metrics: publicMetrics(metrics) }, '*');
  return true;
}
