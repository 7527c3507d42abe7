// Views of one analysed text: structure, sentences, quotes (roster + text), stats.
import { h, markedText, pluralise } from '../dom.js';
import { KINDS, QUOTE_KINDS, sentencesByBlock } from '../model.js';
import { paged, legend, section, emptyNote, reveal } from './common.js';

function kindLabel(kind) {
  return KINDS[kind]?.label || kind;
}

function blockClass(kind) {
  return `blk k-${kind}${KINDS[kind]?.aside ? ' aside' : ''}`;
}

function metadataList(a) {
  const m = a.metadata || {};
  const rows = [['Headline', m.headline], ['Date', m.date], ['Source', m.source]].filter(([, v]) => v);
  if (!rows.length) return null;
  return h('dl', { class: 'meta' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
}

export function structureView(a) {
  const counts = {};
  for (const b of a.blocks) counts[b.kind] = (counts[b.kind] || 0) + 1;
  const list = h('div', { class: 'blocks' });
  const root = h('div', { class: 'structure' },
    legend('Block kinds', Object.keys(KINDS).filter((k) => counts[k]).map((k) => [`k-${k}`, `${kindLabel(k)} (${counts[k]})`, KINDS[k].note])),
    metadataList(a),
    list);
  if (!a.blocks.length) list.append(emptyNote('No text yet.'));
  let previousAside = false;
  paged(list, a.blocks.length, (i) => {
    const b = a.blocks[i];
    const aside = !!KINDS[b.kind]?.aside;
    const node = h('article', { class: blockClass(b.kind), dataset: { block: i }, title: kindLabel(b.kind) },
      b.kind === 'paragraph' ? h('span', { class: 'visually-hidden', text: 'Paragraph: ' }) : h('span', { class: 'blk-kind', text: aside ? `${kindLabel(b.kind)} · ${KINDS[b.kind].note}` : kindLabel(b.kind) }),
      h(b.kind === 'headline' ? 'h3' : 'p', { class: 'blk-text', text: b.text }));
    if (aside && !previousAside) node.classList.add('aside-start');
    previousAside = aside;
    return node;
  }, { noun: 'blocks' });
  return root;
}

export function sentencesView(a, settings) {
  const byBlock = sentencesByBlock(a);
  const list = h('div', { class: `sentences${settings.boundaries ? ' show-bounds' : ''}` });
  const toggle = h('input', { type: 'checkbox', id: 'bounds-toggle', checked: settings.boundaries });
  toggle.addEventListener('change', () => {
    settings.boundaries = toggle.checked;
    list.classList.toggle('show-bounds', toggle.checked);
    settings.save?.();
  });
  const root = h('div', {},
    h('div', { class: 'view-tools' },
      h('label', { class: 'check' }, toggle, ' Show sentence boundaries'),
      h('span', { class: 'hint', text: `${pluralise(a.sentences.length, 'sentence')}; hover a sentence to see where it ends.` })),
    list);
  paged(list, a.blocks.length, (bi) => {
    const b = a.blocks[bi];
    const marks = byBlock[bi].map((si) => ({
      start: a.sentences[si].start, end: a.sentences[si].end, cls: `sent ${si % 2 ? 's-odd' : 's-even'}`, data: { sentence: si }, title: `Sentence ${si + 1}`, tag: 'span',
    }));
    return h('p', { class: `sblk k-${b.kind}` }, markedText(b.text, b.start, marks, 'span'));
  }, { noun: 'blocks' });
  return root;
}

function quoteCard(a, qi, onPick) {
  const q = a.quotes[qi];
  const bits = [];
  if (q.cue) bits.push(h('span', { class: 'q-cue' }, 'cue ', h('b', { text: q.cue.text })));
  if (q.speaker?.mention && q.speaker.mention.text !== q.speaker.name) bits.push(h('span', { class: 'q-mention' }, 'as ', h('b', { text: q.speaker.mention.text })));
  if (q.closed === false) bits.push(h('span', { class: 'q-open', text: 'no closing mark' }));
  const quoteText = q.kind === 'indirect' ? q.text : `“${q.text}”`;
  return h('li', { class: `qcard qk-${q.kind}` },
    h('button', { type: 'button', class: 'qpick', dataset: { quote: qi }, on: { click: () => onPick(qi) } },
      h('span', { class: `badge qk-${q.kind}`, text: QUOTE_KINDS[q.kind] || q.kind }),
      h('q', { class: 'q-text', text: quoteText })),
    bits.length ? h('p', { class: 'q-meta' }, bits) : null);
}

const FIRST_QUOTES = 5; // quotes shown per speaker before "Show all"
const MAX_SPEAKERS = 60;

/** A list of quote cards that starts short and grows on request. */
function quoteList(a, indices, pick) {
  const list = h('ol', { class: 'qlist' });
  paged(list, indices.length, (n) => quoteCard(a, indices[n], pick), { page: FIRST_QUOTES, noun: 'quotes' });
  return list;
}

/** First index in [0, n) where pred(i) is true, for a monotone pred. */
function lowerBound(n, pred) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/**
 * The quotes that touch a block, found on demand by binary search (quotes are
 * in text order), so a huge text costs nothing for blocks never rendered.
 */
function quoteFinder(a) {
  const quoteStart = (q) => Math.min(q.spans?.[0]?.start ?? Infinity, q.cue?.start ?? Infinity, q.speaker?.mention?.start ?? Infinity, a.sentences[q.sentence]?.start ?? Infinity);
  const quoteEnd = (q) => Math.max(0, q.cue?.end ?? 0, q.speaker?.mention?.end ?? 0, ...(q.spans || []).map((sp) => sp.end));
  const sentenceOf = (i) => a.quotes[i].sentence;
  return (bi) => {
    const b = a.blocks[bi];
    const firstSentence = lowerBound(a.sentences.length, (i) => a.sentences[i].block >= bi);
    const lastSentence = lowerBound(a.sentences.length, (i) => a.sentences[i].block > bi);
    const from = lowerBound(a.quotes.length, (i) => sentenceOf(i) >= firstSentence);
    const out = [];
    // A few earlier quotes may reach into this block (a quote running over paragraphs).
    for (let i = Math.max(0, from - 8); i < from; i++) if (quoteEnd(a.quotes[i]) > b.start) out.push(i);
    for (let i = from; i < a.quotes.length && sentenceOf(i) < lastSentence; i++) out.push(i);
    // And a few later ones may start with a cue in this block.
    for (let i = out.length ? out[out.length - 1] + 1 : from, n = 0; i < a.quotes.length && n < 8; i++, n++) if (quoteStart(a.quotes[i]) < b.end && !out.includes(i)) out.push(i);
    return out;
  };
}

function blockMarks(a, qis) {
  const marks = [];
  const seen = new Map();
  for (const qi of qis) {
    const q = a.quotes[qi];
    for (const sp of q.spans || []) {
      const key = `${sp.start}:${sp.end}:${q.kind}`;
      if (seen.has(key)) { seen.get(key).data.quote += ` ${qi}`; continue; }
      const m = { start: sp.start, end: sp.end, cls: `q qk-${q.kind}`, data: { quote: String(qi) }, title: `${QUOTE_KINDS[q.kind] || q.kind} quote${q.speaker ? ` · ${q.speaker.name}` : ''}` };
      seen.set(key, m);
      marks.push(m);
    }
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, cls: 'cue', title: 'cue' });
    if (q.speaker?.mention) marks.push({ start: q.speaker.mention.start, end: q.speaker.mention.end, cls: 'who-mark', title: `speaker: ${q.speaker.name}` });
  }
  return marks;
}

/** Roster of speakers with their quotes, plus the text with each quote highlighted. */
export function quotesView(a, { title = null } = {}) {
  const text = h('div', { class: 'qtext' });
  const quotesIn = quoteFinder(a);
  const pick = (qi) => {
    const q = a.quotes[qi];
    pager.renderUpTo(a.sentences[q.sentence]?.block ?? 0);
    reveal(text.querySelector(`[data-quote~="${qi}"]`));
  };
  const roster = h('ol', { class: 'roster' });
  const attributed = new Set();
  for (const s of a.speakers || []) for (const qi of s.quotes) attributed.add(qi);
  const speakers = [...(a.speakers || [])].sort((x, y) => y.quotes.length - x.quotes.length);
  const max = Math.max(1, ...speakers.slice(0, 1).map((s) => s.quotes.length));
  for (const s of speakers.slice(0, MAX_SPEAKERS)) {
    const bar = h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } });
    bar.style.width = `${Math.max(2, Math.round((100 * s.quotes.length) / max))}%`;
    const aliases = (s.aliases || []).filter((x) => x !== s.name);
    roster.append(h('li', { class: 'speaker' },
      h('h3', {}, h('span', { class: 'who', text: s.name }), h('span', { class: 'count', text: pluralise(s.quotes.length, 'quote') })),
      h('span', { class: 'bar-track' }, bar),
      aliases.length ? h('p', { class: 'aliases', text: `also: ${aliases.slice(0, 8).join(', ')}${aliases.length > 8 ? ` and ${aliases.length - 8} more` : ''}` }) : null,
      quoteList(a, s.quotes, pick)));
  }
  if (speakers.length > MAX_SPEAKERS) roster.append(h('li', { class: 'hint', text: `${(speakers.length - MAX_SPEAKERS).toLocaleString('en')} more speakers are in the JSON export.` }));
  const orphans = [];
  for (let i = 0; i < a.quotes.length; i++) if (!attributed.has(i)) orphans.push(i);
  if (orphans.length) {
    roster.append(h('li', { class: 'speaker unattributed' },
      h('h3', {}, h('span', { class: 'who', text: 'No speaker found' }), h('span', { class: 'count', text: pluralise(orphans.length, 'quote') })),
      quoteList(a, orphans, pick)));
  }
  const pager = paged(text, a.blocks.length, (bi) => {
    const b = a.blocks[bi];
    return h('p', { class: blockClass(b.kind).replace('blk ', 'qblk ') }, markedText(b.text, b.start, blockMarks(a, quotesIn(bi))));
  }, { noun: 'blocks' });
  return h('div', { class: 'quotes-view' },
    h('div', { class: 'roster-col' },
      h('h2', { text: title || `Who is quoted (${pluralise(a.quotes.length, 'quote')})` }),
      h('div', { class: 'legend', attrs: { role: 'group', 'aria-label': 'Quote kinds' } },
        h('span', { class: 'legend-title', text: 'Key' }),
        h('mark', { class: 'q qk-direct', text: 'direct', title: 'the words inside quotation marks' }),
        h('mark', { class: 'q qk-mixed', text: 'mixed', title: 'reported speech with quoted fragments' }),
        h('mark', { class: 'q qk-indirect', text: 'indirect', title: 'reported speech without quotation marks' }),
        h('mark', { class: 'cue', text: 'cue' }),
        h('mark', { class: 'who-mark', text: 'speaker' })),
      a.quotes.length ? roster : emptyNote('No quotes found.')),
    h('div', { class: 'text-col', tabIndex: 0, attrs: { role: 'region', 'aria-label': 'Quotes in the text' } }, h('h2', { text: 'In the text' }), text));
}

function statCards(a) {
  const s = a.stats || {};
  const cards = [
    ['Words', s.words], ['Sentences', s.sentences], ['Paragraphs', s.paragraphs], ['Quotes', s.quotes],
    ['Speakers', a.speakers?.length ?? s.speakers], ['Reading time', `${s.readingMinutes ?? 0} min`], ['Characters', s.characters],
  ];
  return h('dl', { class: 'cards' }, cards.map(([k, v]) => h('div', { class: 'card' }, h('dt', { text: k }), h('dd', { text: typeof v === 'number' ? v.toLocaleString('en') : String(v ?? '—') }))));
}

function kindCounts(a) {
  const counts = {};
  for (const b of a.blocks) counts[b.kind] = (counts[b.kind] || 0) + 1;
  return counts;
}

function kindTable(analyses, labels) {
  const counts = analyses.map(kindCounts);
  const kinds = Object.keys(KINDS).filter((k) => counts.some((c) => c[k]));
  if (!kinds.length) return null;
  return h('table', { class: 'kind-table' },
    h('caption', { text: 'Blocks by kind' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Kind' }), labels.map((l) => h('th', { scope: 'col', text: l })))),
    h('tbody', {}, kinds.map((k) => h('tr', {}, h('th', { scope: 'row' }, h('span', { class: `dot k-${k}`, attrs: { 'aria-hidden': 'true' } }), kindLabel(k)),
      counts.map((c) => h('td', { text: (c[k] || 0).toLocaleString('en') }))))));
}

export function statsView(a) {
  return h('div', { class: 'stats' }, section('This text', statCards(a)), kindTable([a], ['Blocks']));
}

export function compareStatsView(c) {
  const ds = c.stats || {};
  const rows = [['Words', 'words'], ['Sentences', 'sentences'], ['Paragraphs', 'paragraphs'], ['Quotes', 'quotes'], ['Reading time (min)', 'readingMinutes'], ['Characters', 'characters']];
  const fmt = (n) => (n ?? 0).toLocaleString('en');
  const delta = (a, b) => { const d = (b ?? 0) - (a ?? 0); return d > 0 ? `+${fmt(d)}` : d < 0 ? `−${fmt(-d)}` : '0'; };
  return h('div', { class: 'stats' },
    section('Versions',
      h('table', { class: 'num-table' },
        h('caption', { class: 'visually-hidden', text: 'Figures of both versions' }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Figure' }), h('th', { scope: 'col', text: 'Original' }), h('th', { scope: 'col', text: 'Revised' }), h('th', { scope: 'col', text: 'Change' }))),
        h('tbody', {}, rows.map(([label, key]) => h('tr', {}, h('th', { scope: 'row', text: label }), h('td', { text: fmt(c.old.stats?.[key]) }), h('td', { text: fmt(c.new.stats?.[key]) }), h('td', { text: delta(c.old.stats?.[key], c.new.stats?.[key]) })))))),
    section('Sentences',
      h('dl', { class: 'cards' }, [['Kept', ds.kept], ['Edited', ds.edited], ['Added', ds.added], ['Removed', ds.removed], ['Moved', ds.moved], ['Substantive changes', ds.substantive], ['Style-only changes', ds.styleOnly], ['Word similarity', `${Math.round((c.similarity ?? 0) * 100)}%`]]
        .map(([k, v]) => h('div', { class: 'card' }, h('dt', { text: k }), h('dd', { text: typeof v === 'number' ? fmt(v) : String(v ?? '—') }))))),
    kindTable([c.old, c.new], ['Original', 'Revised']));
}
