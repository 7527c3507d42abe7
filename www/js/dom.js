// Tiny DOM builder. User text only ever becomes Text nodes (textContent);
// nothing in this app assigns innerHTML or inserts markup strings.

/**
 * Create an element. `props`: class (string), dataset (object), attrs (object),
 * on (event handlers), text (textContent), and any DOM property (hidden, type, …).
 * Children: nodes, strings (as Text nodes), null/false (skipped) or arrays.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'attrs') for (const [k, v] of Object.entries(value)) { if (v != null && v !== false) el.setAttribute(k, v === true ? '' : String(v)); }
    else if (key === 'on') for (const [k, v] of Object.entries(value)) el.addEventListener(k, v);
    else el[key] = value;
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/**
 * Render `text` (which starts at absolute UTF-16 offset `base`) with marks.
 * marks: [{start, end, cls, data?, title?}] in absolute offsets, possibly overlapping.
 * Each elementary piece covered by marks becomes one element carrying the
 * classes and data of all marks covering it; the rest stays plain text.
 */
export function markedText(text, base, marks, tag = 'mark') {
  const end = base + text.length;
  const cuts = new Set([base, end]);
  const live = [];
  for (const m of marks) {
    const s = Math.max(base, m.start);
    const e = Math.min(end, m.end);
    if (e <= s) continue;
    live.push({ ...m, start: s, end: e });
    cuts.add(s);
    cuts.add(e);
  }
  if (!live.length) return [document.createTextNode(text)];
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a - base, b - base);
    const covering = live.filter((m) => m.start <= a && m.end >= b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const el = document.createElement(covering[0].tag || tag);
    el.className = covering.map((m) => m.cls).join(' ');
    for (const m of covering) if (m.data) Object.assign(el.dataset, m.data);
    const title = covering.map((m) => m.title).filter(Boolean).join(' · ');
    if (title) el.title = title;
    el.textContent = piece;
    out.push(el);
  }
  return out;
}

export function pluralise(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Run `work(i)` for i in [0, n) in slices that yield to the event loop. */
export async function inSlices(n, work, budgetMs = 12) {
  let i = 0;
  while (i < n) {
    const t0 = performance.now();
    while (i < n && performance.now() - t0 < budgetMs) work(i++);
    if (i < n) await new Promise((r) => setTimeout(r, 0));
  }
}
