// A Web Worker that trains one of the core's handles off the main thread, so the page keeps
// drawing at 60 fps while an epoch runs. It loads the same WebAssembly module as the page.
// Used through TrainingClient (training-client.js); any page can use it.
//
// The handle (e.g. the core's ImageTrainer) must have trainBatches(n) → status (0 ok, 1
// diverged, 2 early stopped; stops at the end of an epoch), epochPosition(), trainSize(),
// metrics() and restoreBest(). The worker trains in chunks of about CHUNK_MS and between
// chunks answers messages (stop, calls such as predict), so Stop and a drawing's prediction
// wait at most one chunk. It reports:
//   progress — position in the epoch and the epoch, at most every REPORT_MS;
//   epoch    — the metrics after every epoch (small: one object), with workerMs, the time
//              the epoch took in the core (training plus the evaluation of its metrics), and
//              evalMs, the part its end took (last mini-batch and metrics) if the handle says;
//   views    — the arrays the page asked for ("views"), copied out of the WASM heap and
//              transferred, at most every REPORT_MS and once more when training stops.
import { loadCore } from './loader.js';
import { nextChunkSize } from './chunk-size.js';

const CHUNK_MS = 30;
const REPORT_MS = 250;

let core = null;
let handle = null;
let views = {};  // name → {method, args, live}: what to copy out for the page
let running = false;
let stopRequest = null;

const post = (message, transfer = []) => self.postMessage(message, transfer);

// A typed array view into the heap → an owned copy that can be transferred.
function copyOut(value) {
  if (ArrayBuffer.isView(value)) {
    const copy = value.slice();
    return { value: copy, transfer: [copy.buffer] };
  }
  return { value, transfer: [] };
}

function collectViews(onlyLive) {
  const out = {};
  const transfer = [];
  for (const [name, v] of Object.entries(views)) {
    if (onlyLive && !v.live) continue;
    const { value, transfer: t } = copyOut(handle[v.method](...(v.args ?? [])));
    out[name] = value;
    transfer.push(...t);
  }
  return { out, transfer };
}

function sendViews(onlyLive) {
  const { out, transfer } = collectViews(onlyLive);
  post({ type: 'views', views: out }, transfer);
}

// Yields to the event loop without setTimeout's 4 ms clamp, so queued messages run.
const channel = new MessageChannel();
const pending = [];
channel.port1.onmessage = () => pending.shift()?.();
const yieldToMessages = () => new Promise((resolve) => { pending.push(resolve); channel.port2.postMessage(null); });

async function train(maxEpochs) {
  running = true;
  const mine = handle;  // a new init replaces the handle: this run then ends without a report
  let batches = 1;
  let lastReport = 0;
  let status = 0;
  let epochMs = 0;  // time in the core during this epoch (training and the epoch's evaluation)
  try {
    while (running && handle === mine) {
      const metricsBefore = handle.metrics().epoch;
      if (maxEpochs > 0 && metricsBefore >= maxEpochs) break;
      const t0 = performance.now();
      status = handle.trainBatches(batches);
      const ms = performance.now() - t0;
      epochMs += ms;
      const position = handle.epochPosition();
      const epochEnded = position === 0;
      batches = nextChunkSize(batches, ms, { targetMs: CHUNK_MS, epochEnded });
      const now = performance.now();
      if (epochEnded) {
        // A handle that times its epoch's end (the metrics' evaluation) says so: evalMs.
        const evalMs = typeof handle.epochEndMs === 'function' ? handle.epochEndMs() : undefined;
        post({ type: 'epoch', metrics: { ...handle.metrics(), workerMs: epochMs, evalMs } });
        epochMs = 0;
      }
      if (now - lastReport >= REPORT_MS || status !== 0) {
        lastReport = now;
        post({ type: 'progress', position, size: handle.trainSize(), epoch: handle.metrics().epoch });
        sendViews(!epochEnded);
      }
      if (status !== 0) break;
      await yieldToMessages();
    }
  } catch (error) {
    post({ type: 'error', message: error.message ?? String(error) });
  }
  if (handle !== mine) return;
  running = false;
  const keepBest = stopRequest?.keepBest ?? false;
  if (keepBest && status === 0) handle.restoreBest();
  stopRequest = null;
  post({ type: 'stopped', status, metrics: handle.metrics(), keptBest: keepBest });
  sendViews(false);
}

const handlers = {
  async init({ module, handleName, args, views: wanted, info }) {
    core ??= await loadCore(module ?? {});
    running = false;
    stopRequest = null;
    handle?.delete();
    handle = null;
    handle = new core[handleName](...args);
    views = wanted ?? {};
    const facts = {};
    for (const name of info ?? []) facts[name] = copyOut(handle[name]()).value;
    post({ type: 'ready', info: facts, metrics: handle.metrics() });
    sendViews(false);
  },
  train({ maxEpochs }) {
    if (!handle || running) return;
    train(maxEpochs ?? 0);
  },
  stop({ keepBest }) {
    stopRequest = { keepBest: !!keepBest };
    if (running) running = false;
    else if (handle) {
      if (keepBest) handle.restoreBest();
      stopRequest = null;
      post({ type: 'stopped', status: 0, metrics: handle.metrics(), keptBest: !!keepBest });
      sendViews(false);
    }
  },
  call({ id, method, args }) {
    const { value, transfer } = copyOut(handle[method](...(args ?? [])));
    post({ type: 'result', id, value }, transfer);
  },
};

self.onmessage = async ({ data }) => {
  try {
    await handlers[data.type](data);
  } catch (error) {
    post({ type: 'error', id: data.id, message: error?.message ?? String(error) });
  }
};
