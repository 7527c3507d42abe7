// Palimpsest for Node.js (the `node` export condition): the wasm is read from
// disk with readFileSync and instantiated synchronously on first use, so no
// fetch and no init call are needed:
//
//   import { analyse } from 'palimpsest';
//   const analysis = analyse(text);
//
// `await init()` is still accepted (it loads the module up front), and
// `init(input)` / `initSync(input)` take an explicit module like in browsers.

import { readFileSync } from 'node:fs';
import * as core from './index.js';

function ensureLoaded() {
  if (!core.isInitialised()) {
    core.initSync(readFileSync(new URL('./palimpsest_bg.wasm', import.meta.url)));
  }
}

/** Load the wasm module: from disk without an argument, or from `input`. */
export async function init(input) {
  if (input === undefined) ensureLoaded();
  else await core.init(input);
}

/** Instantiate synchronously: from disk without an argument, or from bytes or a WebAssembly.Module. */
export function initSync(module) {
  if (module === undefined) ensureLoaded();
  else core.initSync(module);
}

/** True once the wasm module is loaded. */
export function isInitialised() {
  return core.isInitialised();
}

/** Analyse one article. Returns a plain `Analysis` object. */
export function analyse(text, options) {
  ensureLoaded();
  return core.analyse(text, options);
}

/** Compare two versions of an article. Returns a plain `Comparison` object. */
export function compare(oldText, newText, options) {
  ensureLoaded();
  return core.compare(oldText, newText, options);
}

/** Render a report of one text (`newText` null) or of a comparison, as `text`, `markdown` or `html`. */
export function renderReport(oldText, newText, format = 'text', options) {
  ensureLoaded();
  return core.renderReport(oldText, newText, format, options);
}

/** The crate and JSON contract version. */
export function version() {
  ensureLoaded();
  return core.version();
}

export default init;
