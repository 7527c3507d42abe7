/** What `init` accepts: a URL or path, a Response, the wasm bytes, or a compiled module (or a Promise of one). */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Options for `analyse` and `compare`; every field is optional. */
export type AnalyseOptions = Partial<Options>;

/** Formats accepted by `renderReport`. */
export type ReportFormat = "text" | "txt" | "markdown" | "md" | "html";

/**
 * Load and instantiate the wasm module. Without an argument, browsers and bundlers fetch
 * `palimpsest_bg.wasm` next to the module, and Node reads it from disk. Safe to call again.
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiate synchronously from the wasm bytes or a compiled module (in Node: from disk when omitted). */
export function initSync(module?: BufferSource | WebAssembly.Module): void;

/** True once the wasm module is loaded. */
export function isInitialised(): boolean;

/** Analyse one article. Throws an `Error` with a message for invalid options or oversized text. */
export function analyse(text: string, options?: AnalyseOptions): Analysis;

/** Compare two versions of an article. Throws an `Error` with a message for invalid options or oversized text. */
export function compare(oldText: string, newText: string, options?: AnalyseOptions): Comparison;

/** Render a report of one text (`newText` null) or of a comparison between two versions. */
export function renderReport(
  oldText: string,
  newText?: string | null,
  format?: ReportFormat,
  options?: AnalyseOptions,
): string;

/** The crate and JSON contract version. */
export function version(): string;

export default init;
