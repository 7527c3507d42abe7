//! Quote extraction and attribution.
//!
//! The pipeline, one pass over the text:
//! 1. [`marks`] pairs quotation marks into quoted regions (curly, straight,
//!    guillemets, nested singles, apostrophes, multi-paragraph quotes, unclosed
//!    marks that stop at their block's end).
//! 2. Sentences are merged into units wherever a quotation spans a boundary.
//! 3. [`frames`] finds attributions in each unit: a cue from [`cues`], the
//!    speaker phrase from [`speakers`] before or after it, and the content on
//!    the other side (or after "that" / a colon).
//! 4. The content is classed by its quotation marks: all quoted → direct,
//!    partly quoted → mixed, unquoted → indirect.
//! 5. [`coref`] resolves each mention to one entity, and [`roster`] groups them.

mod coref;
mod cues;
mod frames;
mod lexicon;
mod marks;
mod speakers;
mod tokens;

use crate::segment::{BlockKind, Segmentation};
use crate::text::hash::FxMap;
use crate::text::{trim_range, ByteSet, Excerpt, Span, TextIndex};
use marks::Region;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use tokens::Tok;

/// How the speech is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// The speaker's words inside quotation marks.
    Direct,
    /// Reported speech that embeds quoted fragments.
    Mixed,
    /// Reported speech with a cue and no quotation marks.
    Indirect,
}

/// Who said it: the resolved entity and the mention at the cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct SpeakerRef {
    /// The entity's fullest name in the article.
    pub name: String,
    /// The words that name the speaker at this quote.
    pub mention: Option<Excerpt>,
}

/// One piece of reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The content, its pieces joined by a space.
    pub text: String,
    /// The content pieces (a quote may be split around its cue).
    pub spans: Vec<Span>,
    /// The quoted fragments inside a mixed quote (the words within marks).
    #[serde(default)]
    pub fragments: Vec<Excerpt>,
    /// The reporting verb or phrase.
    pub cue: Option<Excerpt>,
    /// The speaker, when one was found.
    pub speaker: Option<SpeakerRef>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// False when an opening mark has no closing mark.
    pub closed: bool,
}

/// One resolved speaker and the quotes attributed to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// Fullest name.
    pub name: String,
    /// Other forms used in the text.
    pub aliases: Vec<String>,
    /// Indices into the quotes.
    pub quotes: Vec<usize>,
}

/// Quoted sentences without a cue shorter than this (words) are not speech.
const MIN_ORPHAN_WORDS: usize = 6;
/// Longest speaker name (bytes) resolved against earlier mentions.
const MAX_NAME_BYTES: usize = 256;
/// Whether quoted sentences without a cue are reported (as direct, no speaker).
const ORPHANS: bool = true;

/// Whether quotes are looked for in blocks of this kind.
fn carries_speech(kind: BlockKind) -> bool {
    !matches!(
        kind,
        BlockKind::Metadata | BlockKind::Byline | BlockKind::Credit | BlockKind::Boilerplate
    )
}

/// Quoted regions by content piece, for position lookups.
struct Pieces {
    items: Vec<(Range<usize>, usize)>,
}

impl Pieces {
    fn new(regions: &[Region]) -> Self {
        let mut items: Vec<(Range<usize>, usize)> = regions
            .iter()
            .enumerate()
            .flat_map(|(i, r)| r.pieces.iter().map(move |p| (p.clone(), i)))
            .collect();
        items.sort_by_key(|(p, _)| p.start);
        Pieces { items }
    }

    /// Mark the tokens (in text order) that lie inside a quoted piece.
    fn mark_quoted(&self, toks: &mut [Tok]) {
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return;
        };
        let mut cursor = self.items.partition_point(|(p, _)| p.end <= first.range.start);
        // Most units hold no quotation: their tokens keep `quoted` unset.
        if self.items.get(cursor).is_none_or(|(p, _)| p.start >= last.range.end) {
            toks.iter_mut().for_each(|t| t.quoted = false);
            return;
        }
        for t in toks.iter_mut() {
            while cursor < self.items.len() && self.items[cursor].0.end <= t.range.start {
                cursor += 1;
            }
            t.quoted = self
                .items
                .get(cursor)
                .is_some_and(|(p, _)| p.start <= t.range.start && t.range.end <= p.end);
        }
    }

    /// Pieces overlapping a byte range, in order.
    fn overlapping(&self, r: &Range<usize>) -> impl Iterator<Item = &(Range<usize>, usize)> + '_ {
        let first = self.items.partition_point(|(p, _)| p.end <= r.start);
        let end = r.end;
        self.items[first..].iter().take_while(move |(p, _)| p.start < end)
    }
}

/// Whether byte `p` falls strictly inside a region's extent.
fn inside_region(regions: &[Region], p: usize) -> bool {
    let k = regions.partition_point(|r| r.open < p);
    k > 0 && regions[k - 1].end > p
}

/// Merge a block's sentences into units where a quotation spans a boundary.
fn units(text: &str, block: Range<usize>, sentences: &[Range<usize>], regions: &[Region]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if sentences.is_empty() {
        let r = trim_range(text, block);
        if !r.is_empty() {
            out.push(r);
        }
        return out;
    }
    for s in sentences {
        match out.last_mut() {
            Some(last) if inside_region(regions, s.start) || s.start < last.end => last.end = last.end.max(s.end),
            _ => out.push(s.clone()),
        }
    }
    out
}

/// The apostrophe, searched for eight bytes a step.
static APOSTROPHE: ByteSet = ByteSet::of(b"'");

/// Where two apostrophes stand together in a range (left to right, not
/// overlapping, as `match_indices("''")` finds them).
fn apostrophe_pairs(text: &str, range: Range<usize>) -> Vec<usize> {
    let bytes = text.as_bytes().get(range.clone()).unwrap_or_default();
    let mut pairs = Vec::new();
    let mut p = 0;
    loop {
        let at = APOSTROPHE.next_in(bytes, p, bytes.len());
        if at >= bytes.len() {
            break;
        }
        if bytes.get(at + 1) == Some(&b'\'') {
            pairs.push(range.start + at);
            p = at + 2;
        } else {
            p = at + 1;
        }
    }
    pairs
}

/// A quote under construction.
struct Draft {
    /// Byte offset of the unit that produced it.
    unit: usize,
    kind: QuoteKind,
    spans: Vec<Range<usize>>,
    fragments: Vec<Range<usize>>,
    cue: Option<Range<usize>>,
    speaker: Option<(Range<usize>, String)>,
    closed: bool,
    block: usize,
}

/// What a frame's content is: kind, content pieces, quoted fragments, and
/// whether every mark was closed.
type Content = (QuoteKind, Vec<Range<usize>>, Vec<Range<usize>>, bool);

impl Draft {
    /// A quote that a frame (cue and speaker) found in the unit at `unit`.
    fn framed(
        unit: usize,
        block: usize,
        (kind, spans, fragments, closed): Content,
        cue: Range<usize>,
        speaker: Option<(Range<usize>, String)>,
    ) -> Self {
        Draft {
            unit,
            kind,
            spans,
            fragments,
            cue: Some(cue),
            speaker,
            closed,
            block,
        }
    }
}

/// A content range classed by its marks: kind, pieces, quoted fragments,
/// whether every mark was closed, and the regions used.
type Classified = (QuoteKind, Vec<Range<usize>>, Vec<Range<usize>>, bool, Vec<usize>);

/// Class a content range by its quotation marks and build its pieces.
fn classify(
    toks: &[Tok],
    counts: &tokens::Counts,
    pieces: &Pieces,
    regions: &[Region],
    content: &Range<usize>,
) -> Classified {
    let (words, quoted) = counts.within(toks, content);
    let plain = words - quoted;
    let mut used: Vec<usize> = Vec::new();
    for (_, r) in pieces.overlapping(content) {
        if used.last() != Some(r) {
            used.push(*r);
        }
    }
    let closed = used.iter().all(|&r| regions[r].closed);
    if quoted == 0 {
        return (QuoteKind::Indirect, vec![content.clone()], Vec::new(), true, Vec::new());
    }
    if plain == 0 {
        // The quotation's pieces from this content on (a transcript's earlier
        // paragraphs belong to earlier speakers).
        let spans: Vec<Range<usize>> = used
            .iter()
            .flat_map(|&r| regions[r].pieces.iter().filter(|p| p.end > content.start).cloned())
            .collect();
        return (QuoteKind::Direct, spans, Vec::new(), closed, used);
    }
    let fragments = pieces
        .overlapping(content)
        .map(|(p, _)| p.clone())
        .filter(|p| !p.is_empty())
        .collect();
    (QuoteKind::Mixed, vec![content.clone()], fragments, closed, used)
}

/// Extract quotes and the speaker roster from a segmented text.
pub fn extract(idx: &TextIndex, seg: &Segmentation) -> (Vec<Quote>, Vec<Speaker>) {
    let text = idx.text();
    let blocks: Vec<(usize, Range<usize>)> = seg
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| carries_speech(b.kind))
        .filter(|(_, b)| text.get(b.span.bytes()).is_some())
        .map(|(i, b)| (i, b.span.bytes()))
        .collect();
    let mut regions = marks::find_regions(text, &blocks);
    // Where double marks quote speech, single marks are scare quotes and titles.
    // Single marks quote speech only in texts that use them as the main marks
    // (no double marks, and some single-quoted stretch longer than a phrase).
    let singles_primary = regions.iter().all(|r| r.single)
        && regions.iter().any(|r| {
            r.pieces
                .iter()
                .any(|p| text.get(p.clone()).is_some_and(|s| s.split_whitespace().count() >= 4))
        });
    if !singles_primary {
        regions.retain(|r| !r.single);
    }
    let pieces = Pieces::new(&regions);
    let mut by_block: Vec<Vec<Range<usize>>> = vec![Vec::new(); seg.blocks.len()];
    for s in &seg.sentences {
        if let Some(v) = by_block.get_mut(s.block) {
            if text.get(s.span.bytes()).is_some() {
                v.push(s.span.bytes());
            }
        }
    }
    let mut resolver = coref::Resolver::default();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut covered = vec![false; regions.len()];
    // Which draft holds each direct piece (by start byte).
    let mut owner: FxMap<usize, usize> = FxMap::default();
    // A colon introduction waiting for its quotation: (draft index, block).
    let mut waiting: Option<usize> = None;
    // The unit before this one, and a draft whose ''…'' run is still open.
    let (mut prev_unit, mut apostrophes) = (usize::MAX, None);
    // A unit's tokens and their counts (kept across units).
    let (mut toks, mut counts) = (Vec::new(), tokens::Counts::default());
    for (b, range) in &blocks {
        // "The governor added:" and a paragraph in no quotation marks: that
        // paragraph is the reported speech.
        if let Some(w) = waiting {
            let body = text[range.clone()].trim();
            let opens_quote = body.starts_with(['“', '"', '‘', '\'', '«']);
            if drafts[w].spans.is_empty() && drafts[w].block + 1 == *b && !body.is_empty() && !opens_quote {
                let start = range.start + (text[range.clone()].len() - text[range.clone()].trim_start().len());
                let paragraph = start..start + body.len();
                drafts[w].spans = std::iter::once(paragraph).collect();
                drafts[w].kind = QuoteKind::Indirect;
                waiting = None;
            }
        }
        let sentences = by_block.get(*b).map(Vec::as_slice).unwrap_or(&[]);
        // Where the paragraph types a quotation mark as two apostrophes.
        let pairs = apostrophe_pairs(text, range.clone());
        for unit in units(text, range.clone(), sentences, &regions) {
            tokens::tokenize_into(text, unit.clone(), &mut toks);
            pieces.mark_quoted(&mut toks);
            resolver.learn(text, &toks);
            counts.recount(&toks);
            let first_drafts = drafts.len();
            let after_unit = std::mem::replace(&mut prev_unit, unit.start);
            // "Name: words" labels: in headlines, the first block, and quoted transcripts.
            let kind = seg.blocks.get(*b).map(|k| k.kind);
            let labels = kind != Some(BlockKind::Teaser)
                && (kind == Some(BlockKind::Headline)
                    || Some(*b) == blocks.first().map(|x| x.0)
                    || toks.first().is_some_and(|t| matches!(t.text(text), "“" | "\"")));
            for f in frames::find_frames(text, &toks, &counts, unit.clone(), labels, &pairs) {
                let speaker = f.speaker.map(|(a, e)| {
                    let r = toks[a].range.start..toks[e - 1].range.end;
                    let name = speakers::mention_name(text, &toks[a..e]);
                    let group = speakers::is_group(text, &toks[a..e]);
                    // A name longer than any real one (junk) is kept as it
                    // is, not resolved: pronouns never stand for it, so it is
                    // not copied into every later quote.
                    let resolved = if name.len() > MAX_NAME_BYTES {
                        name
                    } else {
                        resolver.resolve(&name, &text[r.clone()], group)
                    };
                    (r, resolved)
                });
                let cue = toks[f.cue.0].range.start..toks[f.cue.1 - 1].range.end;
                if f.colon_open {
                    drafts.push(Draft::framed(
                        unit.start,
                        *b,
                        (QuoteKind::Direct, Vec::new(), Vec::new(), true),
                        cue,
                        speaker,
                    ));
                    waiting = Some(drafts.len() - 1);
                    continue;
                }
                if f.takes_previous {
                    // “…?” Trump said. — the quotation that ends right before this unit.
                    let k = regions.partition_point(|r| r.end <= unit.start);
                    let adjacent = k > 0
                        && text
                            .get(regions[k - 1].end..unit.start)
                            .is_some_and(|g| g.trim().is_empty());
                    // The quotation may have been kept without a cue a moment ago.
                    let orphan = adjacent
                        && drafts
                            .last()
                            .is_some_and(|d| d.cue.is_none() && d.spans.first() == regions[k - 1].pieces.first());
                    if adjacent && (!covered[k - 1] || orphan) {
                        covered[k - 1] = true;
                        let r = &regions[k - 1];
                        if orphan {
                            drafts.pop();
                        }
                        drafts.push(Draft::framed(
                            unit.start,
                            *b,
                            (QuoteKind::Direct, r.pieces.clone(), Vec::new(), r.closed),
                            cue,
                            speaker,
                        ));
                    }
                    continue;
                }
                let (mut kind, mut spans, mut fragments, mut closed, used) =
                    classify(&toks, &counts, &pieces, &regions, &f.content);
                if kind == QuoteKind::Direct {
                    match spans.first().and_then(|p| owner.get(&p.start)).copied() {
                        // Another frame of this unit already took this quotation.
                        Some(d) if drafts[d].unit == unit.start => continue,
                        // A quotation running on from an earlier paragraph: this frame
                        // takes over from here.
                        Some(d) => {
                            let from = spans.first().map_or(0, |p| p.start);
                            drafts[d].spans.retain(|p| p.start < from);
                        }
                        None => {}
                    }
                }
                for &r in &used {
                    covered[r] = true;
                }
                if let Some(more) = &f.more {
                    let (k2, s2, f2, c2, u2) = classify(&toks, &counts, &pieces, &regions, more);
                    if kind == k2 && kind != QuoteKind::Mixed {
                        // Two direct pieces, or reported speech around its cue
                        // ("The levy, the mayor said, would fund the ferry").
                        spans.extend(s2);
                    } else if k2 != QuoteKind::Indirect && kind != QuoteKind::Indirect {
                        // “A,” he said, but “B.” — one mixed quote in two pieces.
                        let quoted = |k: QuoteKind, s: Vec<Range<usize>>, f: Vec<Range<usize>>| {
                            if k == QuoteKind::Direct {
                                s
                            } else {
                                f
                            }
                        };
                        let mut all = quoted(kind, std::mem::take(&mut spans), std::mem::take(&mut fragments));
                        all.extend(quoted(k2, s2, f2));
                        fragments = all;
                        spans = vec![f.content.clone(), more.clone()];
                        kind = QuoteKind::Mixed;
                    }
                    if kind != QuoteKind::Indirect && k2 != QuoteKind::Indirect {
                        closed &= c2;
                        for &r in &u2 {
                            covered[r] = true;
                        }
                    }
                }
                if kind == QuoteKind::Direct {
                    for p in &spans {
                        owner.insert(p.start, drafts.len());
                    }
                }
                drafts.push(Draft::framed(
                    unit.start,
                    *b,
                    (kind, spans, fragments, closed),
                    cue,
                    speaker,
                ));
            }
            // ''A,'' she said. ''B. C.'' — where quotation marks are typed as two
            // apostrophes (no region), the sentences that follow in them go on
            // with the reported speech up to the closing pair.
            let body = text[unit.clone()].trim();
            let run = apostrophes.take();
            let continued = first_drafts.checked_sub(1).filter(|&d| {
                let d2 = &drafts[d];
                d2.block == *b
                    && (run == Some(d)
                        || drafts.len() == first_drafts
                            && body.starts_with("''")
                            && d2.unit == after_unit
                            && d2.kind == QuoteKind::Indirect
                            && text[after_unit..unit.start].contains("''"))
            });
            if let Some(d) = continued {
                drafts.truncate(first_drafts);
                drafts[d].spans.push(unit.clone());
                apostrophes = (!body.ends_with("''")).then_some(d);
            }
            // Quotations of this unit that no frame took.
            for (p, r) in pieces.overlapping(&unit) {
                if covered[*r] || regions[*r].pieces.first() != Some(p) {
                    continue;
                }
                let region = &regions[*r];
                let starts_unit = toks.first().is_some_and(|t| t.range.start == region.open);
                let words = counts.within(&toks, p).0;
                let sentence_like =
                    text[p.clone()].chars().next().is_some_and(char::is_uppercase) && words >= MIN_ORPHAN_WORDS;
                if let Some(w) = waiting.take() {
                    if starts_unit && drafts[w].spans.is_empty() {
                        drafts[w].spans = region.pieces.clone();
                        drafts[w].closed = region.closed;
                        covered[*r] = true;
                        continue;
                    }
                }
                if starts_unit && first_drafts == drafts.len() {
                    // “A,” she said. “B.” — the second sentence continues the quote.
                    if let Some(prev) = drafts.last_mut() {
                        let mixed_ending_in_quote = prev.kind == QuoteKind::Mixed
                            && prev.fragments.last().zip(prev.spans.last()).is_some_and(|(f, s)| {
                                text[f.end..s.end.max(f.end)]
                                    .trim_matches(|c: char| !c.is_alphanumeric())
                                    .is_empty()
                            });
                        if (prev.kind == QuoteKind::Direct || mixed_ending_in_quote)
                            && prev.block == *b
                            && !prev.spans.is_empty()
                        {
                            if prev.kind == QuoteKind::Mixed {
                                prev.fragments.extend(region.pieces.iter().cloned());
                            }
                            prev.spans.extend(region.pieces.iter().cloned());
                            prev.closed &= region.closed;
                            covered[*r] = true;
                            continue;
                        }
                    }
                }
                // A quoted fragment with a speaker as the subject of its clause.
                let inside =
                    toks.partition_point(|t| t.range.start < p.start)..toks.partition_point(|t| t.range.end <= p.end);
                // A title or name: every word capitalised but short function words
                // ("Justice Against Sponsors of Terrorism Act").
                let title_like = toks.get(inside).unwrap_or(&[]).iter().filter(|t| t.word).all(|t| {
                    let w = t.text(text);
                    tokens::is_capitalized(w)
                        || matches!(w, "of" | "the" | "and" | "for" | "to" | "in" | "on" | "a" | "an")
                });
                let open_tok = toks.partition_point(|t| t.range.start < region.open);
                if !sentence_like && !title_like && open_tok < toks.len() {
                    if let Some(f) = frames::fragment_frame(text, &toks, open_tok, &unit) {
                        let (kind, spans, fragments, closed, used) =
                            classify(&toks, &counts, &pieces, &regions, &f.content);
                        if kind == QuoteKind::Mixed {
                            for &u in &used {
                                covered[u] = true;
                            }
                            let speaker = f.speaker.map(|(a, e)| speaker_of(text, &toks[a..e], &mut resolver));
                            let cue = toks[f.cue.0].range.start..toks[f.cue.1 - 1].range.end;
                            drafts.push(Draft::framed(
                                unit.start,
                                *b,
                                (kind, spans, fragments, closed),
                                cue,
                                speaker,
                            ));
                            continue;
                        }
                    }
                }
                if ORPHANS && sentence_like && !title_like {
                    drafts.push(Draft {
                        unit: unit.start,
                        kind: QuoteKind::Direct,
                        spans: region.pieces.clone(),
                        fragments: Vec::new(),
                        cue: None,
                        speaker: None,
                        closed: region.closed,
                        block: *b,
                    });
                    covered[*r] = true;
                }
            }
            if drafts.len() > first_drafts {
                waiting = waiting.filter(|&w| w >= first_drafts);
            }
        }
    }
    // Quotations without a cue take the speaker quoted next to them in the same block.
    for i in 0..drafts.len() {
        if drafts[i].cue.is_some() || drafts[i].speaker.is_some() {
            continue;
        }
        let block = drafts[i].block;
        let near = drafts[i + 1..]
            .iter()
            .take(2)
            .chain(drafts[..i].iter().rev().take(2))
            .find(|d| d.block == block && d.kind != QuoteKind::Indirect && d.speaker.is_some())
            .and_then(|d| d.speaker.clone())
            .or_else(|| {
                // A quotation paragraph right after a paragraph that quoted someone.
                drafts[..i]
                    .last()
                    .filter(|d| d.block + 1 == block && d.kind != QuoteKind::Indirect)
                    .and_then(|d| d.speaker.clone())
            });
        drafts[i].speaker = near;
    }
    let mut quotes: Vec<Quote> = drafts
        .into_iter()
        .filter(|d| !d.spans.is_empty())
        .map(|d| build(idx, seg, d))
        .collect();
    sort_by_start(&mut quotes);
    let speakers = roster(&quotes);
    (quotes, speakers)
}

/// Order quotes by where their first span starts, keeping the order of ties
/// (a stable sort): keys are sorted, not the large quotes themselves, which
/// then move once each.
fn sort_by_start(quotes: &mut Vec<Quote>) {
    let start = |q: &Quote| q.spans.first().map_or(0, |s| s.byte_start);
    if quotes.is_sorted_by_key(start) {
        return;
    }
    let mut order: Vec<(usize, usize)> = quotes.iter().map(start).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Quote>> = std::mem::take(quotes).into_iter().map(Some).collect();
    quotes.extend(
        order
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

/// The mention range and resolved name of a speaker phrase.
fn speaker_of(text: &str, toks: &[Tok], resolver: &mut coref::Resolver) -> (Range<usize>, String) {
    let r = toks.first().map_or(0, |t| t.range.start)..toks.last().map_or(0, |t| t.range.end);
    let name = speakers::mention_name(text, toks);
    let group = speakers::is_group(text, toks);
    let resolved = resolver.resolve(&name, text.get(r.clone()).unwrap_or(""), group);
    (r, resolved)
}

fn build(idx: &TextIndex, seg: &Segmentation, d: Draft) -> Quote {
    let text = idx.text();
    let mut spans = d.spans;
    spans.retain(|r| !r.is_empty());
    let spans: Vec<Range<usize>> = spans
        .into_iter()
        .map(|r| trim_range(text, r))
        .filter(|r| !r.is_empty())
        .collect();
    let start = spans.first().map_or(0, |r| r.start);
    let sentence = seg
        .sentences
        .partition_point(|s| s.span.byte_start <= start)
        .saturating_sub(1);
    Quote {
        kind: d.kind,
        text: spans.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().join(" "),
        spans: spans.iter().map(|r| idx.span(r.clone())).collect(),
        fragments: d
            .fragments
            .into_iter()
            .map(|r| idx.excerpt(trim_range(text, r)))
            .collect(),
        cue: d.cue.map(|r| idx.excerpt(r)),
        speaker: d.speaker.map(|(r, name)| SpeakerRef {
            name,
            mention: Some(idx.excerpt(r)),
        }),
        sentence,
        closed: d.closed,
    }
}

/// Group quotes by resolved speaker name.
pub fn roster(quotes: &[Quote]) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut index: FxMap<String, usize> = FxMap::default();
    for (i, q) in quotes.iter().enumerate() {
        let Some(sp) = &q.speaker else { continue };
        let k = *index.entry(sp.name.clone()).or_insert_with(|| {
            speakers.push(Speaker {
                name: sp.name.clone(),
                aliases: Vec::new(),
                quotes: Vec::new(),
            });
            speakers.len() - 1
        });
        let entry = &mut speakers[k];
        entry.quotes.push(i);
        if let Some(m) = &sp.mention {
            if m.text != entry.name && !entry.aliases.contains(&m.text) && entry.aliases.len() < 32 {
                entry.aliases.push(m.text.clone());
            }
        }
    }
    speakers
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_sort_by_start_like_a_stable_sort() {
        let quote = |start: usize, text: &str| super::Quote {
            kind: super::QuoteKind::Direct,
            text: text.to_string(),
            spans: (start > 0)
                .then(|| crate::text::TextIndex::new("x".repeat(start + 1).as_str()).span(start..start + 1))
                .into_iter()
                .collect(),
            fragments: Vec::new(),
            cue: None,
            speaker: None,
            sentence: 0,
            closed: true,
        };
        // Ties (and quotes without spans, at 0) keep their order.
        let mut quotes: Vec<_> = [(9, "a"), (3, "b"), (0, "c"), (9, "d"), (3, "e"), (1, "f"), (0, "g")]
            .into_iter()
            .map(|(s, t)| quote(s, t))
            .collect();
        let mut expected = quotes.clone();
        expected.sort_by_key(|q| q.spans.first().map_or(0, |s| s.byte_start));
        super::sort_by_start(&mut quotes);
        assert_eq!(quotes, expected);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["c", "g", "f", "b", "e", "a", "d"]);
    }

    #[test]
    fn apostrophe_pairs_match_a_string_search() {
        for t in [
            "''A,'' she said.",
            "it's ''''",
            "'''",
            "no pairs ' here",
            "’’ curly ones are not pairs",
            "''",
        ] {
            let expected: Vec<usize> = t.match_indices("''").map(|(p, _)| p + 1).collect();
            let padded = format!(" {t}");
            assert_eq!(super::apostrophe_pairs(&padded, 1..padded.len()), expected, "{t:?}");
        }
    }
}
