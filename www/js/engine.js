// The page side of the analysis worker: requests, chunked results,
// cancellation of stale work, and restart after a panic or a crash.

const WORKER_URL = new URL('../worker.js', import.meta.url);

export class Engine {
  /**
   * @param {object} hooks onReady(version), onCrash(message) when the worker died and was restarted
   */
  constructor(hooks = {}) {
    this.hooks = hooks;
    this.nextId = 1;
    this.pending = new Map(); // id -> {resolve, reject, result, started, op}
    this.restarts = 0;
    this.version = null;
    this.start();
  }

  start() {
    this.worker = new Worker(WORKER_URL, { type: 'module', name: 'palimpsest-analysis' });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.crash(`The analysis worker stopped: ${event.message || 'it could not be loaded'}`);
    };
    this.worker.onmessageerror = () => this.crash('The analysis worker sent a message that could not be read.');
  }

  /** Drop the worker (and everything it was doing) and start a fresh one. */
  restart(reason) {
    this.worker.terminate();
    for (const [, job] of this.pending) job.reject(Object.assign(new Error(reason), { cancelled: true }));
    this.pending.clear();
    this.start();
  }

  crash(message) {
    this.restarts += 1;
    const failing = this.restarts > 3;
    this.worker.terminate();
    for (const [, job] of this.pending) job.reject(Object.assign(new Error(message), { fatal: true }));
    this.pending.clear();
    if (!failing) this.start();
    this.hooks.onCrash?.(message, !failing);
  }

  receive(msg) {
    if (msg.type === 'ready') {
      this.version = msg.version;
      this.hooks.onReady?.(msg.version);
      return;
    }
    // Every chunk is acknowledged, even a stale job's, so the worker can send the next.
    if (msg.type === 'chunk') this.worker.postMessage({ type: 'ack', id: msg.id });
    const job = this.pending.get(msg.id);
    if (msg.type === 'error') {
      if (msg.fatal) {
        // The wasm instance is poisoned after a panic: reject this job, then replace the worker.
        if (job) { this.pending.delete(msg.id); job.reject(Object.assign(new Error(msg.message), { fatal: true })); }
        this.crash(msg.message);
      } else if (job) {
        this.pending.delete(msg.id);
        job.reject(new Error(msg.message));
      }
      return;
    }
    if (!job) return;
    switch (msg.type) {
      case 'begin':
        job.result = msg.result;
        job.kind = msg.kind;
        break;
      case 'chunk': {
        const parts = msg.path.split('.');
        let parent = job.result;
        for (let i = 0; i < parts.length - 1; i++) parent = parent[parts[i]];
        const list = parent[parts[parts.length - 1]];
        // Blocks and sentences come without their text: slice it from the input (UTF-16 spans).
        const source = /(^|\.)(blocks|sentences)$/.test(msg.path) ? (parts[0] === 'new' ? job.texts.new : job.texts.old) : null;
        for (const item of msg.items) {
          if (source != null && item.text === undefined) item.text = source.slice(item.start, item.end);
          list.push(item);
        }
        break;
      }
      case 'end':
        this.restarts = 0;
        this.pending.delete(msg.id);
        job.resolve({ kind: job.kind, result: job.result, ms: msg.ms });
        break;
      case 'text':
        this.restarts = 0;
        this.pending.delete(msg.id);
        job.resolve({ text: msg.text, ms: msg.ms });
        break;
      default:
        break;
    }
  }

  request(message) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, started: performance.now(), op: message.op, texts: { old: message.old, new: message.new } });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Milliseconds the oldest running analysis has been going, or 0. */
  busyFor() {
    let oldest = 0;
    const now = performance.now();
    for (const [, job] of this.pending) oldest = Math.max(oldest, now - job.started);
    return oldest;
  }

  analyse(old, neu) {
    return neu ? this.request({ op: 'compare', old, new: neu }) : this.request({ op: 'analyse', old });
  }

  report(old, neu, format) {
    return this.request({ op: 'report', old, new: neu || null, format });
  }

  json(old, neu) {
    return this.request({ op: 'json', old, new: neu || null });
  }

  selftestPanic() {
    return this.request({ op: 'selftest-panic' });
  }
}
