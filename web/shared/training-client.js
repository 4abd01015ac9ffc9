// The page's side of training-worker.js: starts the worker, builds a core handle in it and
// trains it there, so the page stays responsive. Callbacks receive the worker's reports:
//   onProgress({position, size, epoch})   a few times a second while an epoch runs
//   onEpoch(metrics)                       after every epoch (and a framed page tells its parent)
//   onViews(views)                         the arrays asked for, a few times a second
//   onStopped({status, metrics, keptBest}) when training ends (Stop, limit, divergence)
//   onError(message)
import { postEpoch } from './embed-messages.js';

export class TrainingClient {
  constructor(callbacks = {}) {
    this.callbacks = callbacks;
    this.worker = new Worker(new URL('./training-worker.js', import.meta.url), { type: 'module' });
    this.calls = new Map();
    this.nextId = 1;
    this.ready = null;
    this.training = false;
    this.worker.onmessage = ({ data }) => this.#receive(data);
    this.worker.onerror = (event) => this.#fail(event.message || 'the training worker failed to start');
  }

  /**
   * Builds `new core[handleName](...args)` in the worker. Arguments are copied (the page may
   * keep its bytes for the next run). `views`: {name: {method, args, live}} — arrays copied out after epochs (and,
   * if live, during them). `info`: method names called once, answered in the result.
   * Resolves with {info, metrics}; rejects with the core's message.
   */
  start(handleName, args, { views = {}, info = [] } = {}) {
    this.training = false;
    this.ready = new Promise((resolve, reject) => { this.pendingInit = { resolve, reject }; });
    this.worker.postMessage({ type: 'init', handleName, args, views, info });
    return this.ready;
  }

  /** Trains until stop() or until the epoch count reaches maxEpochs (0 = no limit). */
  train(maxEpochs = 0) {
    this.training = true;
    this.worker.postMessage({ type: 'train', maxEpochs });
  }

  /** Stops after the current chunk; keepBest puts back the best epoch's weights. */
  stop({ keepBest = true } = {}) {
    this.worker.postMessage({ type: 'stop', keepBest });
  }

  /** Calls a method of the handle in the worker; resolves with its (copied) result. */
  call(method, ...args) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'call', id, method, args });
    });
  }

  terminate() {
    this.worker.terminate();
  }

  #fail(message) {
    if (this.pendingInit) {
      this.pendingInit.reject(new Error(message));
      this.pendingInit = null;
    }
    this.callbacks.onError?.(message);
  }

  #receive(m) {
    switch (m.type) {
      case 'ready':
        this.pendingInit?.resolve({ info: m.info, metrics: m.metrics });
        this.pendingInit = null;
        break;
      case 'progress': this.callbacks.onProgress?.(m); break;
      case 'epoch':
        postEpoch(m.metrics);
        this.callbacks.onEpoch?.(m.metrics);
        break;
      case 'views': this.callbacks.onViews?.(m.views); break;
      case 'stopped':
        this.training = false;
        this.callbacks.onStopped?.(m);
        break;
      case 'result': {
        const call = this.calls.get(m.id);
        this.calls.delete(m.id);
        call?.resolve(m.value);
        break;
      }
      case 'error': {
        const call = m.id !== undefined ? this.calls.get(m.id) : null;
        if (call) {
          this.calls.delete(m.id);
          call.reject(new Error(m.message));
        } else this.#fail(m.message);
        break;
      }
      default: break;
    }
  }
}
