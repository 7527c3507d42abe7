// Views of a comparison: inline redline, side by side, change list, quote diff table.
import { h, pluralise } from '../dom.js';
import { KINDS, OPS, QUOTE_KINDS, QUOTE_OPS, TAGS, tagsOf, sentencesByBlock } from '../model.js';
import { paged, legend, emptyNote, reveal } from './common.js';

function changeClass(c) {
  return ['chg', `op-${c.op}`, ...tagsOf(c).map((t) => `t-${t}`)].join(' ');
}

function changeTitle(c) {
  const tags = tagsOf(c).map((t) => TAGS[t]?.label || t);
  return `${OPS[c.op] || c.op}${tags.length ? ` · ${tags.join(', ')}` : ''}`;
}

function sentenceText(a, indices) {
  return indices.map((i) => a.sentences[i]?.text ?? '').join(' ');
}

/** Token pieces of one side ('old' keeps deletes, 'new' keeps inserts, 'both' keeps all). */
function tokenNodes(tokens, side) {
  const out = [];
  for (const t of tokens) {
    if (t.op === 'equal') out.push(document.createTextNode(t.text));
    else if (t.op === 'delete' && side !== 'new') out.push(h('del', { text: t.text }));
    else if (t.op === 'insert' && side !== 'old') out.push(h('ins', { text: t.text }));
  }
  return out;
}

function jumpButton(label, targetSelector, root, extraClass = '') {
  return h('button', {
    type: 'button', class: `jump ${extraClass}`, text: label,
    on: { click: () => reveal(root().querySelector(targetSelector)) },
  });
}

export const changeLegend = () => h('div', { class: 'legend', attrs: { role: 'group', 'aria-label': 'Key to the marks' } },
  h('span', { class: 'legend-title', text: 'Key' }),
  h('ins', { text: 'added', title: 'text only in the revised version' }),
  h('del', { text: 'removed', title: 'text only in the original' }),
  h('span', { class: 'chg op-move', text: 'moved', title: 'the same sentence at another place' }),
  h('span', { class: 'legend-sep', attrs: { 'aria-hidden': 'true' }, text: '·' }),
  Object.entries(TAGS).filter(([t]) => t !== 'insert' && t !== 'delete').map(([t, v]) => h('span', { class: `badge tag t-${t}`, text: v.label, title: v.note })));

/** Inline chips for the classes worth a glance (plain rewording is the default). */
const NOTABLE = ['style', 'hedge', 'time', 'number', 'attribution', 'quote'];
function tagChips(ch) {
  return tagsOf(ch).filter((t) => NOTABLE.includes(t)).map((t) => h('span', { class: `badge tag chip t-${t}`, text: TAGS[t].label }));
}

/** Inline redline: the revised text in order, with removals struck and additions underlined. */
export function redlineView(c, ix, getRoot) {
  const changes = c.changes;
  // Where each moved sentence used to be: after the change holding the old sentence before it.
  const ghostsAfter = new Map();
  changes.forEach((ch, k) => {
    if (ch.op !== 'move' || !ch.old?.length) return;
    const before = ch.old[0] - 1;
    const anchor = before >= 0 ? ix.oldOf.get(before) ?? -1 : -1;
    if (!ghostsAfter.has(anchor)) ghostsAfter.set(anchor, []);
    ghostsAfter.get(anchor).push(k);
  });
  // Group the changes into paragraphs of the revised text (removals stay with their old paragraph).
  const paras = [];
  let cur = null;
  let lastOld = -1;
  let lastNew = -1;
  changes.forEach((ch, k) => {
    const nb = ch.new?.length && ch.op !== 'move' ? c.new.sentences[ch.new[0]]?.block : ch.op === 'move' ? c.new.sentences[ch.new[0]]?.block : undefined;
    const ob = ch.old?.length ? c.old.sentences[ch.old[0]]?.block : undefined;
    const fresh = nb !== undefined ? nb !== lastNew : ob !== lastOld;
    if (!cur || fresh) {
      cur = { kind: nb !== undefined ? c.new.blocks[nb]?.kind : c.old.blocks[ob]?.kind, items: [], removedOnly: nb === undefined };
      paras.push(cur);
    }
    cur.items.push(k);
    if (nb !== undefined) lastNew = nb;
    if (ob !== undefined && ch.op !== 'move') lastOld = ob;
  });
  const renderChange = (k) => {
    const ch = changes[k];
    const nodes = [];
    if (ch.op === 'equal') nodes.push(document.createTextNode(sentenceText(c.new, ch.new)));
    else if (ch.op === 'insert') nodes.push(h('ins', { class: changeClass(ch), dataset: { change: k }, title: changeTitle(ch), text: sentenceText(c.new, ch.new) }));
    else if (ch.op === 'delete') nodes.push(h('del', { class: changeClass(ch), dataset: { change: k }, title: changeTitle(ch), text: sentenceText(c.old, ch.old) }));
    else if (ch.op === 'move') {
      nodes.push(h('span', { class: changeClass(ch), dataset: { change: k }, title: changeTitle(ch) },
        jumpButton('moved from', `.ghost[data-ghost="${k}"]`, getRoot, 'from'),
        ' ',
        ch.tokens?.length ? tokenNodes(ch.tokens, 'both') : sentenceText(c.new, ch.new), tagChips(ch)));
    } else {
      const body = ch.tokens?.length ? tokenNodes(ch.tokens, 'both') : [h('del', { text: sentenceText(c.old, ch.old) }), ' ', h('ins', { text: sentenceText(c.new, ch.new) })];
      nodes.push(h('span', { class: changeClass(ch), dataset: { change: k }, title: changeTitle(ch) },
        ch.op === 'split' || ch.op === 'merge' ? h('span', { class: 'badge op', text: OPS[ch.op] }) : null, body, tagChips(ch)));
    }
    for (const g of ghostsAfter.get(k) || []) nodes.push(' ', ghost(g));
    return nodes;
  };
  const ghost = (g) => h('span', { class: 'ghost', dataset: { ghost: g } },
    jumpButton('moved to', `.op-move[data-change="${g}"]`, getRoot, 'to'),
    h('del', { class: 'ghost-text', text: sentenceText(c.old, changes[g].old) }));
  const list = h('div', { class: 'redline' });
  const lead = ghostsAfter.get(-1);
  if (lead) list.append(h('p', { class: 'rl-para' }, lead.map(ghost)));
  const pager = paged(list, paras.length, (pi) => {
    const p = paras[pi];
    const parts = [];
    p.items.forEach((k, n) => { if (n) parts.push(' '); parts.push(...renderChange(k)); });
    return h('p', { class: `rl-para k-${p.kind || 'paragraph'}${KINDS[p.kind]?.aside ? ' aside' : ''}${p.removedOnly ? ' removed-para' : ''}` },
      KINDS[p.kind]?.aside || p.kind === 'headline' || p.kind === 'caption' || p.kind === 'credit' ? h('span', { class: 'blk-kind', text: KINDS[p.kind].label }) : null,
      parts);
  }, { noun: 'paragraphs' });
  const index = new Map();
  paras.forEach((p, pi) => p.items.forEach((k) => index.set(k, pi)));
  for (const [anchor, gs] of ghostsAfter) for (const g of gs) index.set(`g${g}`, index.get(anchor) ?? 0);
  return { node: h('div', {}, changeLegend(), list), ensure: (k) => pager.renderUpTo(Math.max(index.get(k) ?? 0, ...changes[k].op === 'move' ? [index.get(`g${k}`) ?? 0] : [])) };
}

/** One side of a block in the side-by-side view. */
function sideBlock(c, side, bi, byBlock, ix, getRoot) {
  const a = c[side];
  const b = a.blocks[bi];
  const of = side === 'old' ? ix.oldOf : ix.newOf;
  const parts = [];
  let pos = b.start;
  for (const si of byBlock[bi]) {
    const s = a.sentences[si];
    if (s.start > pos) parts.push(b.text.slice(pos - b.start, s.start - b.start));
    pos = Math.max(pos, s.end);
    const k = of.get(si);
    const ch = k == null ? null : c.changes[k];
    const mine = ch ? ch[side] : [];
    if (!ch || ch.op === 'equal') { parts.push(s.text); continue; }
    if (mine.length > 1 && mine[0] !== si) continue; // a split or merge renders once, at its first sentence
    const cls = changeClass(ch);
    const attrs = { class: cls, dataset: { change: k }, title: changeTitle(ch) };
    if (ch.op === 'insert') parts.push(h('ins', { ...attrs, text: s.text }));
    else if (ch.op === 'delete') parts.push(h('del', { ...attrs, text: s.text }));
    else if (ch.op === 'move') {
      const other = side === 'old' ? 'new' : 'old';
      parts.push(h('span', attrs,
        jumpButton(side === 'old' ? 'moved to' : 'moved from', `.sbs-${other} [data-change="${k}"]`, getRoot, side === 'old' ? 'to' : 'from'), ' ',
        ch.tokens?.length ? tokenNodes(ch.tokens, side) : s.text));
    } else {
      parts.push(h('span', attrs, ch.tokens?.length ? tokenNodes(ch.tokens, side) : sentenceText(a, mine), side === 'new' ? tagChips(ch) : null));
    }
  }
  if (pos < b.end) parts.push(b.text.slice(pos - b.start));
  return h('p', { class: `sbs-blk k-${b.kind}${KINDS[b.kind]?.aside ? ' aside' : ''}` },
    b.kind !== 'paragraph' ? h('span', { class: 'blk-kind', text: KINDS[b.kind]?.label || b.kind }) : null, parts);
}

/** Side by side: rows of aligned paragraphs (block-level changes). */
export function sideBySideView(c, ix, getRoot) {
  const oldBy = sentencesByBlock(c.old);
  const newBy = sentencesByBlock(c.new);
  const rows = c.paragraphs || [];
  const grid = h('div', { class: 'sbs', attrs: { role: 'table', 'aria-label': 'Paragraphs side by side' } });
  const head = h('div', { class: 'sbs-row sbs-head', attrs: { role: 'row' } },
    h('div', { class: 'sbs-old', attrs: { role: 'columnheader' }, text: 'Original' }),
    h('div', { class: 'sbs-new', attrs: { role: 'columnheader' }, text: 'Revised' }));
  grid.append(head);
  const body = h('div', { class: 'sbs-body', attrs: { role: 'rowgroup' } });
  grid.append(body);
  const rowOf = new Map();
  rows.forEach((p, ri) => {
    for (const bi of p.old || []) for (const si of oldBy[bi] || []) { const k = ix.oldOf.get(si); if (k != null && !rowOf.has(k)) rowOf.set(k, ri); }
    for (const bi of p.new || []) for (const si of newBy[bi] || []) { const k = ix.newOf.get(si); if (k != null && !rowOf.has(k)) rowOf.set(k, ri); }
  });
  const pager = paged(body, rows.length, (ri) => {
    const p = rows[ri];
    return h('div', { class: `sbs-row row-${p.op}`, attrs: { role: 'row' } },
      h('div', { class: 'sbs-old', attrs: { role: 'cell' } }, h('span', { class: 'side-label', text: 'Original' }), (p.old || []).map((bi) => sideBlock(c, 'old', bi, oldBy, ix, getRoot))),
      h('div', { class: 'sbs-new', attrs: { role: 'cell' } }, h('span', { class: 'side-label', text: 'Revised' }), (p.new || []).map((bi) => sideBlock(c, 'new', bi, newBy, ix, getRoot))));
  }, { noun: 'rows', after: grid });
  return {
    node: h('div', {}, changeLegend(), rows.length ? grid : emptyNote('No paragraphs to align.')),
    ensure: (k) => {
      let far = rowOf.get(k) ?? 0;
      const ch = c.changes[k];
      if (ch?.op === 'move') for (const [kk, ri] of rowOf) if (kk === k) far = Math.max(far, ri);
      pager.renderUpTo(Math.max(far, ...[...rowOf].filter(([kk]) => kk === k).map(([, r]) => r)));
      if (ch?.op === 'move') pager.renderUpTo(rows.length - 1 < 400 ? rows.length - 1 : far);
    },
  };
}

/** A short snippet of an edit: the changed words with a little context. */
function snippet(c, ch) {
  if (ch.tokens?.length && ch.op !== 'insert' && ch.op !== 'delete') {
    const toks = ch.tokens;
    const keep = new Array(toks.length).fill(false);
    const CONTEXT = 4;
    toks.forEach((t, i) => {
      if (t.op === 'equal') return;
      for (let j = Math.max(0, i - CONTEXT); j <= Math.min(toks.length - 1, i + CONTEXT); j++) keep[j] = true;
    });
    const out = [];
    let gap = false;
    toks.forEach((t, i) => {
      if (!keep[i]) { gap = true; return; }
      if (gap || (i === 0 && false)) out.push('… ');
      gap = false;
      out.push(...tokenNodes([t], 'both'));
    });
    if (gap) out.push(' …');
    if (!keep[0]) out.unshift('… ');
    return out;
  }
  const text = ch.op === 'delete' ? sentenceText(c.old, ch.old) : sentenceText(c.new, ch.new);
  const short = text.length > 220 ? `${text.slice(0, 220)}…` : text;
  return [ch.op === 'delete' ? h('del', { text: short }) : ch.op === 'insert' ? h('ins', { text: short }) : short];
}

export function changeListView(c, ix, onPick, { compact = false } = {}) {
  const list = h('ol', { class: `change-list${compact ? ' compact' : ''}` });
  const pager = paged(list, ix.real.length, (n) => {
    const k = ix.real[n];
    const ch = c.changes[k];
    return h('li', { class: changeClass(ch), dataset: { change: k } },
      h('button', { type: 'button', class: 'pick', on: { click: () => onPick(k) } },
        h('span', { class: 'cl-head' },
          h('span', { class: `badge op op-${ch.op}`, text: OPS[ch.op] || ch.op }),
          tagsOf(ch).filter((t) => t !== 'insert' && t !== 'delete').map((t) => h('span', { class: `badge tag t-${t}`, text: TAGS[t]?.label || t })),
          h('span', { class: 'cl-where', text: `sentence ${ch.new?.length ? `${ch.new[0] + 1} (revised)` : `${(ch.old?.[0] ?? 0) + 1} (original)`}` })),
        h('span', { class: 'cl-body' }, snippet(c, ch))));
  }, { noun: 'changes' });
  const index = new Map(ix.real.map((k, n) => [k, n]));
  return {
    node: h('div', {}, compact ? null : h('p', { class: 'hint', text: `${pluralise(ix.real.length, 'change')}. Press n and p to step through them; Enter opens one in the redline.` }), ix.real.length ? list : emptyNote('The two versions are identical.')),
    ensure: (k) => pager.renderUpTo(index.get(k) ?? 0),
  };
}

function speakerName(q) {
  return q?.speaker?.name || '—';
}

/** The quote diff: each quote matched across versions. */
export function quoteTable(c, { showUnchanged = false, onToggle } = {}) {
  const all = c.quotes || [];
  const rows = all.filter((q) => showUnchanged || q.op !== 'unchanged');
  const unchanged = all.length - all.filter((q) => q.op !== 'unchanged').length;
  const toggle = h('input', { type: 'checkbox', id: 'show-unchanged-quotes', checked: showUnchanged });
  toggle.addEventListener('change', () => onToggle?.(toggle.checked));
  const table = h('table', { class: 'qdiff' },
    h('caption', { text: `Quotes compared (${pluralise(all.length, 'match', 'matches')})` }),
    h('thead', {}, h('tr', {}, ['Change', 'Speaker', 'Quote', 'Cue'].map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, rows.map((qc) => {
      const o = qc.old != null ? c.old.quotes[qc.old] : null;
      const n = qc.new != null ? c.new.quotes[qc.new] : null;
      const q = n || o;
      const speaker = o && n && speakerName(o) !== speakerName(n)
        ? [h('del', { text: speakerName(o) }), ' → ', h('ins', { text: speakerName(n) })]
        : speakerName(q);
      let words;
      if (qc.tokens?.length) words = tokenNodes(qc.tokens, 'both');
      else if (qc.op === 'removed') words = [h('del', { text: o?.text ?? '' })];
      else if (qc.op === 'added') words = [h('ins', { text: n?.text ?? '' })];
      else if (o && n && o.text !== n.text) words = [h('del', { text: o.text }), ' ', h('ins', { text: n.text })];
      else words = [q?.text ?? ''];
      const cueO = o?.cue?.text;
      const cueN = n?.cue?.text;
      const cue = o && n && cueO !== cueN ? [h('del', { text: cueO || '—' }), ' → ', h('ins', { text: cueN || '—' })] : (cueN || cueO || '—');
      return h('tr', { class: `qop-${qc.op}` },
        h('td', {}, h('span', { class: `badge qop qop-${qc.op}`, text: QUOTE_OPS[qc.op] || qc.op })),
        h('td', { class: 'who' }, speaker),
        h('td', { class: 'qwords' }, q ? h('span', { class: `badge qk-${q.kind}`, text: QUOTE_KINDS[q.kind] || q.kind }) : null, ' ', words),
        h('td', {}, cue));
    })));
  return h('div', { class: 'qdiff-wrap' },
    h('div', { class: 'view-tools' }, h('label', { class: 'check' }, toggle, ` Show unchanged quotes (${unchanged})`)),
    rows.length ? table : emptyNote(all.length ? 'No quote changed.' : 'Neither version has quotes.'));
}
