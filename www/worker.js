// Runs the Palimpsest wasm core off the main thread.
// Protocol (all plain JSON-compatible data):
//   page → worker  {id, op: 'analyse'|'compare'|'report'|'json', old, new, format}
//   worker → page  {id, type: 'begin', result: skeleton}   big arrays emptied
//                  {id, type: 'chunk', path, items}         pieces of those arrays, in order
//   page → worker  {type: 'ack', id}                         one per chunk received
//                  {id, type: 'end', ms}
//                  {id, type: 'text', text, ms}              for reports and JSON
//                  {id, type: 'error', message, fatal}      fatal: the instance is poisoned (panic)
//                  {type: 'ready', version} once the wasm is instantiated
// Large results are sent in chunks so that no single message takes long to
// deserialise on the page's main thread, and at most CHUNK_WINDOW chunks are
// in flight: the page acknowledges each one, so its task queue never fills
// with hundreds of chunks that a click or a timer would have to wait behind.
import init, { analyse, compare, renderReport, version } from './pkg/palimpsest.js';

const CHUNK_ITEMS = 500;
const CHUNK_CHARS = 150_000;
const CHUNK_WINDOW = 3;

/** Chunks sent and not yet acknowledged, per job, with the sender waiting for room. */
const inFlight = new Map(); // id -> {count, wake}

function acknowledged(id) {
  const flow = inFlight.get(id);
  if (!flow) return;
  flow.count -= 1;
  const wake = flow.wake;
  flow.wake = null;
  wake?.();
}

async function room(id) {
  const flow = inFlight.get(id);
  while (flow.count >= CHUNK_WINDOW) await new Promise((resolve) => { flow.wake = resolve; });
  flow.count += 1;
}

const ready = init({ module_or_path: new URL('./pkg/palimpsest_bg.wasm', import.meta.url) }).then(
  () => postMessage({ type: 'ready', version: version() }),
  (err) => {
    postMessage({ type: 'error', id: null, fatal: true, message: `The analysis engine could not start: ${describe(err)}` });
    throw err;
  },
);

function describe(err) {
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

function isFatal(err) {
  // A Rust panic aborts into a wasm trap ("unreachable"); the instance must not be reused.
  return err instanceof WebAssembly.RuntimeError || /unreachable|memory access out of bounds|recursion/i.test(describe(err));
}

const ARRAY_PATHS = {
  analysis: ['blocks', 'sentences', 'quotes', 'speakers', 'words'],
  comparison: ['old.blocks', 'old.sentences', 'old.quotes', 'old.speakers', 'new.blocks', 'new.sentences', 'new.quotes', 'new.speakers', 'paragraphs', 'changes', 'quotes'],
};

function getPath(obj, path) {
  const parts = path.split('.');
  let parent = obj;
  for (let i = 0; i < parts.length - 1; i++) parent = parent?.[parts[i]];
  return [parent, parts[parts.length - 1]];
}

function itemSize(item) {
  return typeof item?.text === 'string' ? item.text.length + 64 : 64;
}

// Block and sentence texts are exactly input.slice(start, end) (the contract's
// UTF-16 spans), and the page holds the input, so they are not sent: the page
// re-slices them. That halves what the main thread has to deserialise.
const SLICED = /(^|\.)(blocks|sentences)$/;

function withoutText(items) {
  return items.map(({ text, ...rest }) => rest);
}

async function sendChunked(id, result, kind, ms) {
  const pending = [];
  for (const path of ARRAY_PATHS[kind]) {
    const [parent, key] = getPath(result, path);
    if (parent && Array.isArray(parent[key])) {
      pending.push([path, SLICED.test(path) ? withoutText(parent[key]) : parent[key]]);
      parent[key] = [];
    }
  }
  postMessage({ id, type: 'begin', kind, result });
  inFlight.set(id, { count: 0, wake: null });
  try {
    for (const [path, items] of pending) {
      let start = 0;
      while (start < items.length) {
        let end = start;
        let chars = 0;
        while (end < items.length && end - start < CHUNK_ITEMS && chars < CHUNK_CHARS) chars += itemSize(items[end++]);
        await room(id);
        postMessage({ id, type: 'chunk', path, items: items.slice(start, end) });
        start = end;
      }
    }
  } finally {
    inFlight.delete(id);
  }
  postMessage({ id, type: 'end', ms });
}

async function run(msg) {
  const t0 = performance.now();
  switch (msg.op) {
    case 'analyse': {
      await sendChunked(msg.id, analyse(msg.old, null), 'analysis', performance.now() - t0);
      break;
    }
    case 'compare': {
      await sendChunked(msg.id, compare(msg.old, msg.new, null), 'comparison', performance.now() - t0);
      break;
    }
    case 'report': {
      const text = renderReport(msg.old, msg.new ?? null, msg.format, null);
      postMessage({ id: msg.id, type: 'text', text, ms: performance.now() - t0 });
      break;
    }
    case 'json': {
      const result = msg.new == null ? analyse(msg.old, null) : compare(msg.old, msg.new, null);
      postMessage({ id: msg.id, type: 'text', text: JSON.stringify(result, null, 2), ms: performance.now() - t0 });
      break;
    }
    case 'selftest-panic':
      // Lets the end-to-end tests exercise the page's recovery path; behaves like a Rust panic.
      throw new WebAssembly.RuntimeError('unreachable executed (self-test)');
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'ack') {
    acknowledged(msg.id);
    return;
  }
  try {
    await ready;
    await run(msg);
  } catch (err) {
    postMessage({ id: msg.id, type: 'error', fatal: isFatal(err), message: describe(err) });
  }
};
