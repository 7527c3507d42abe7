// Palimpsest for browsers and bundlers: a thin ESM wrapper over the
// wasm-bindgen `--target web` glue in ./palimpsest.js.
//
//   import init, { analyse, compare } from 'palimpsest';
//   await init();                 // fetches palimpsest_bg.wasm next to this file
//   const analysis = analyse(text);
//
// `init(input)` also takes the module explicitly: bytes (ArrayBuffer or a
// typed array), a URL or path string, a Response (or a Promise of one), or a
// compiled WebAssembly.Module. `initSync(bytesOrModule)` does the same without
// a Promise. The exports are synchronous and pure, so they suit a Web Worker.

import initGlue, {
  initSync as initGlueSync,
  analyse as analyseGlue,
  compare as compareGlue,
  renderReport as renderReportGlue,
  version as versionGlue,
} from './palimpsest.js';

let ready = null;
let initialised = false;

/** Load and instantiate the wasm module once; later calls return the same Promise. */
export function init(input) {
  if (initialised) return Promise.resolve();
  if (!ready) {
    const options = input === undefined ? undefined : { module_or_path: input };
    ready = initGlue(options).then(
      () => {
        initialised = true;
      },
      (error) => {
        ready = null;
        throw error;
      },
    );
  }
  return ready;
}

/** Instantiate the wasm module synchronously from bytes or a WebAssembly.Module. */
export function initSync(module) {
  if (initialised) return;
  if (module === undefined || module === null) {
    throw new TypeError('palimpsest: initSync needs the wasm bytes or a WebAssembly.Module');
  }
  initGlueSync({ module });
  initialised = true;
}

/** True once `init` or `initSync` has finished. */
export function isInitialised() {
  return initialised;
}

function ensureInitialised() {
  if (!initialised) {
    throw new Error('palimpsest: the wasm module is not loaded yet; call `await init()` first');
  }
}

/** Analyse one article. Returns a plain `Analysis` object. */
export function analyse(text, options) {
  ensureInitialised();
  return analyseGlue(text, options);
}

/** Compare two versions of an article. Returns a plain `Comparison` object. */
export function compare(oldText, newText, options) {
  ensureInitialised();
  return compareGlue(oldText, newText, options);
}

/** Render a report of one text (`newText` null) or of a comparison, as `text`, `markdown` or `html`. */
export function renderReport(oldText, newText, format = 'text', options) {
  ensureInitialised();
  return renderReportGlue(oldText, newText ?? undefined, format, options);
}

/** The crate and JSON contract version. */
export function version() {
  ensureInitialised();
  return versionGlue();
}

export default init;
