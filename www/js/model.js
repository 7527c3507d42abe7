// Labels, colours and derived data for the views. Codes against the JSON
// contract (issue 2), tolerating fields that later engine versions add.

export const KINDS = {
  metadata: { label: 'Metadata', note: 'date, source or similar fields' },
  headline: { label: 'Headline' },
  dateline: { label: 'Dateline' },
  byline: { label: 'Byline' },
  subheading: { label: 'Subheading' },
  paragraph: { label: 'Paragraph' },
  caption: { label: 'Caption' },
  credit: { label: 'Credit' },
  teaser: { label: 'Teaser', note: 'another story, not part of this one', aside: true },
  boilerplate: { label: 'Boilerplate', note: 'site furniture, not part of the story', aside: true },
};

export const TAGS = {
  style: { label: 'Style', note: 'spelling, punctuation or case only' },
  hedge: { label: 'Hedge', note: 'certainty or modal words (may → might)' },
  time: { label: 'Time', note: 'dates and relative times' },
  number: { label: 'Number', note: 'a figure changed' },
  attribution: { label: 'Attribution', note: 'who said it, or how' },
  quote: { label: 'Quote', note: 'the change touches a quotation' },
  wording: { label: 'Wording', note: 'other rewording' },
  insert: { label: 'Added', note: 'new material' },
  delete: { label: 'Removed', note: 'material taken out' },
};

export const OPS = {
  equal: 'Unchanged', edit: 'Edited', insert: 'Added', delete: 'Removed', move: 'Moved', split: 'Split', merge: 'Merged',
};

export const QUOTE_OPS = {
  unchanged: 'Unchanged', added: 'Added', removed: 'Removed', altered: 'Altered', reattributed: 'Re-attributed', recued: 'Re-cued',
};

export const QUOTE_KINDS = { direct: 'Direct', mixed: 'Mixed', indirect: 'Indirect' };

/** Tags of a change, with a fallback for engines that leave them empty. */
export function tagsOf(change) {
  if (change.tags && change.tags.length) return change.tags;
  if (change.op === 'insert') return ['insert'];
  if (change.op === 'delete') return ['delete'];
  if (change.op === 'equal') return [];
  return ['wording'];
}

/** Whether a change shows under the current filter (a set of enabled tags). */
export function passes(change, enabled) {
  if (change.op === 'equal') return true;
  return tagsOf(change).some((t) => enabled.has(t));
}

/** Maps from sentence index to change index, per side, and the list of real changes. */
export function indexChanges(comparison) {
  const oldOf = new Map();
  const newOf = new Map();
  const real = [];
  comparison.changes.forEach((c, k) => {
    for (const i of c.old || []) oldOf.set(i, k);
    for (const j of c.new || []) newOf.set(j, k);
    if (c.op !== 'equal') real.push(k);
  });
  return { oldOf, newOf, real };
}

/** Sentence indices of each block, for one analysis. */
export function sentencesByBlock(analysis) {
  const out = analysis.blocks.map(() => []);
  analysis.sentences.forEach((s, i) => {
    if (out[s.block]) out[s.block].push(i);
  });
  return out;
}

export function quoteOpCounts(comparison) {
  const counts = {};
  for (const q of comparison.quotes || []) counts[q.op] = (counts[q.op] || 0) + 1;
  return counts;
}

/** "62% unchanged; 9 edits, 3 substantive; 2 quotes removed, 1 added" */
export function summaryLine(comparison) {
  const changes = comparison.changes || [];
  const kept = changes.filter((c) => c.op === 'equal').length;
  const edits = changes.length - kept;
  const pct = changes.length ? Math.round((100 * kept) / changes.length) : 100;
  const substantive = comparison.stats?.substantive ?? changes.filter((c) => c.op !== 'equal' && !tagsOf(c).every((t) => t === 'style')).length;
  const parts = [`${pct}% unchanged`, `${edits} ${edits === 1 ? 'edit' : 'edits'}, ${substantive} substantive`];
  const moved = changes.filter((c) => c.op === 'move').length;
  if (moved) parts[1] += `, ${moved} moved`;
  const q = quoteOpCounts(comparison);
  const qParts = [];
  if (q.removed) qParts.push(`${q.removed} ${q.removed === 1 ? 'quote' : 'quotes'} removed`);
  if (q.added) qParts.push(qParts.length ? `${q.added} added` : `${q.added} ${q.added === 1 ? 'quote' : 'quotes'} added`);
  for (const op of ['altered', 'reattributed', 'recued']) if (q[op]) qParts.push(`${q[op]} ${QUOTE_OPS[op].toLowerCase()}`);
  parts.push(qParts.length ? qParts.join(', ') : 'quotes unchanged');
  return parts.join('; ');
}

export function analysisLine(a) {
  const s = a.stats || {};
  const n = (x) => (x ?? 0).toLocaleString('en');
  const speakers = a.speakers?.length ?? s.speakers ?? 0;
  return `${n(s.words)} words · ${n(s.sentences)} sentences · ${n(s.paragraphs)} paragraphs · ${n(s.quotes)} quotes from ${n(speakers)} ${speakers === 1 ? 'speaker' : 'speakers'} · ${n(s.readingMinutes)} min read`;
}
