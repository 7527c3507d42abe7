//! Comparison of two versions: sentence and paragraph alignment, word-level
//! changes, edit classes, the quote diff and summary figures.
//!
//! - [`align`] is the entry point. Sentences are aligned in two lanes: the
//!   story (headline, subheadings, paragraphs) and the furniture (metadata,
//!   dateline, byline, captions, credits, teasers, boilerplate), so a teaser
//!   appended to one version never pairs with a story sentence or shifts the
//!   story alignment. Changes of the furniture lane carry `furniture: true`
//!   and are left out of the story counts in [`DiffStats`].
//! - Module map: `words` (bags and similarity), `tokens` (word diff),
//!   `align` (sentence alignment, splits, merges, moves), `classify` (tags),
//!   `paragraphs` (block roll-up), `quotes` (quote diff), `stats`, and
//!   `check` (the invariants every comparison must meet).
//!
//! What each side of a change holds: `equal`, `edit` and `move` link one old
//! and one new index; `insert` has only `new`, `delete` only `old`; `split`
//! has one old and several (adjacent) new indices; `merge` several old and one
//! new. Tokens are given when both sides exist and differ; they rebuild the
//! side texts of [`sentence_text`] / [`block_text`].

mod align;
mod check;
mod classify;
mod paragraphs;
mod quotes;
mod seq;
mod stats;
mod stitch;
mod tokens;
mod words;

pub use check::violations;
pub use tokens::{rebuild, token_diff, tokenize};

use crate::Analysis;
use align::{align_lane, Link, Sents};
use classify::{classify, whole_tags, Side, Zones};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use words::Vocabulary;

/// How a unit changed between versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum ChangeOp {
    /// Same text.
    Equal,
    /// Edited in place.
    Edit,
    /// Only in the new version.
    Insert,
    /// Only in the old version.
    Delete,
    /// Same (or nearly same) text at another position.
    Move,
    /// One old unit became several new ones.
    Split,
    /// Several old units became one new one.
    Merge,
}

/// What kind of edit a change is, for filtering noise from substance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum Tag {
    /// Spelling, hyphenation, punctuation or case only.
    Style,
    /// Modal or certainty change.
    Hedge,
    /// Relative date change.
    Time,
    /// A figure changed.
    Number,
    /// The cue or the source changed.
    Attribution,
    /// The change touches a quote.
    Quote,
    /// Other wording.
    Wording,
    /// Added material.
    Insert,
    /// Removed material.
    Delete,
}

/// Whether a token is kept, added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum TokenOp {
    /// In both versions.
    Equal,
    /// Only in the new version.
    Insert,
    /// Only in the old version.
    Delete,
}

/// A piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Token {
    /// Kept, added or removed.
    pub op: TokenOp,
    /// The text of the piece.
    pub text: String,
}

/// One aligned change between the versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// What happened.
    pub op: ChangeOp,
    /// Old indices (sentences in `changes`, blocks in `paragraphs`).
    pub old: Vec<usize>,
    /// New indices.
    pub new: Vec<usize>,
    /// Word similarity of the two sides, 0 to 1.
    pub similarity: f64,
    /// Word-level diff for edits.
    pub tokens: Vec<Token>,
    /// Edit classes.
    pub tags: Vec<Tag>,
    /// True when the change concerns blocks outside the story text (metadata,
    /// dateline, byline, captions, credits, teasers, boilerplate).
    #[serde(default)]
    pub furniture: bool,
}

/// How a quote changed between versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum QuoteChangeOp {
    /// Same words, speaker and cue.
    Unchanged,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// The quoted words differ.
    Altered,
    /// Same words, different speaker.
    Reattributed,
    /// Same words and speaker, different cue.
    Recued,
}

/// A quote matched (or not) across versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct QuoteChange {
    /// What happened to the quote.
    pub op: QuoteChangeOp,
    /// Index into the old version's quotes.
    pub old: Option<usize>,
    /// Index into the new version's quotes.
    pub new: Option<usize>,
    /// Word diff of the quoted text, for altered quotes.
    pub tokens: Vec<Token>,
    /// Word similarity of the two quotes' texts (0 for added and removed quotes).
    #[serde(default)]
    pub similarity: f64,
    /// Edit classes of the quoted text's change, for altered quotes.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Both versions name a speaker and the names differ.
    #[serde(default)]
    pub speaker_changed: bool,
    /// Both versions have a cue and the cues differ.
    #[serde(default)]
    pub cue_changed: bool,
}

/// Summary figures of a comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct DiffStats {
    /// Sentences kept as they were.
    pub kept: usize,
    /// Sentences edited.
    pub edited: usize,
    /// Sentences added.
    pub added: usize,
    /// Sentences removed.
    pub removed: usize,
    /// Sentences moved.
    pub moved: usize,
    /// Story changes that alter substance (any tag other than `style`).
    pub substantive: usize,
    /// Story changes whose only tag is `style`.
    pub style_only: usize,
    /// Story sentences split into several.
    #[serde(default)]
    pub split: usize,
    /// Story sentences merged from several.
    #[serde(default)]
    pub merged: usize,
    /// Furniture sentences (outside the story text) added, removed or changed.
    #[serde(default)]
    pub furniture: usize,
    /// True when a bounded shortcut was taken (see `fallbacks`).
    #[serde(default)]
    pub fallback: bool,
    /// What shortcut was taken and why; empty for an exact, complete diff.
    #[serde(default)]
    pub fallbacks: Vec<String>,
}

/// The sentence changes, the paragraph roll-up, the quote diff and stats.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// Overall word similarity.
    pub similarity: f64,
    /// Block-level changes.
    pub paragraphs: Vec<Change>,
    /// Sentence-level changes.
    pub changes: Vec<Change>,
    /// Quote changes.
    pub quotes: Vec<QuoteChange>,
    /// Summary.
    pub stats: DiffStats,
}

/// Align two analysed versions.
pub fn align(old: &Analysis, new: &Analysis) -> Alignment {
    let mut vocab = Vocabulary::default();
    let old_sents = Sents::new(&old.sentences, &mut vocab, None);
    let new_sents = Sents::new(&new.sentences, &mut vocab, Some(&old_sents));
    let mut notes = Vec::new();
    let (old_story, old_furniture) = lanes(old);
    let (new_story, new_furniture) = lanes(new);
    let story = align_lane(&old_sents, &new_sents, &old_story, &new_story, &vocab, &mut notes);
    let furniture = align_lane(
        &old_sents,
        &new_sents,
        &old_furniture,
        &new_furniture,
        &vocab,
        &mut notes,
    );
    let zones = (Zones::new(&old.quotes), Zones::new(&new.quotes));
    let mut builder = Builder {
        old,
        new,
        zones: &zones,
        coarse: 0,
    };
    let mut keyed: Vec<(usize, Change)> = Vec::with_capacity(story.len() + furniture.len());
    for (links, is_furniture) in [(story, false), (furniture, true)] {
        let mut key = 0;
        for link in links {
            key = link.first_new().unwrap_or(key);
            let mut change = builder.sentence_change(link);
            change.furniture = is_furniture;
            keyed.push((key, change));
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    let changes: Vec<Change> = keyed.into_iter().map(|(_, c)| c).collect();
    let bags = (old_sents.bags.as_slice(), new_sents.bags.as_slice());
    let paragraphs = paragraphs::roll_up(old, new, &changes, bags, &vocab, &zones, &mut builder.coarse);
    let word_counts = |bags: &[Vec<u32>]| bags.iter().map(Vec::len).collect::<Vec<usize>>();
    let similarity = stats::similarity(&word_counts(bags.0), &word_counts(bags.1), &changes);
    let quotes = quotes::compare(&old.quotes, &new.quotes, &mut vocab);
    if builder.coarse > 0 {
        notes.push(format!(
            "{} sentence or block pairs exceed {} tokens and were given as one deletion and one insertion, or \
             hold a long stretch with many changes that was aligned word by word approximately (bounded search)",
            builder.coarse,
            tokens::TOKEN_CAP
        ));
    }
    let stats = stats::summarise(old, new, &changes, notes);
    Alignment {
        similarity,
        paragraphs,
        changes,
        quotes,
        stats,
    }
}

/// Sentence indices of the story lane and of the furniture lane.
fn lanes(a: &Analysis) -> (Vec<usize>, Vec<usize>) {
    (0..a.sentences.len()).partition(|&i| is_story_sentence(a, i))
}

/// Whether sentence `i` lies in a story block (headline, subheading, paragraph).
pub fn is_story_sentence(a: &Analysis, i: usize) -> bool {
    a.sentences
        .get(i)
        .and_then(|s| a.blocks.get(s.block))
        .is_none_or(|b| b.kind.is_story())
}

/// The text a change side covers: one sentence's text; several sentences of
/// one block as the exact source text from the first to the last; otherwise
/// the sentence texts joined by a line break.
pub fn sentence_text(a: &Analysis, indices: &[usize]) -> String {
    sentence_side(a, indices).0.into_owned()
}

/// The text of a paragraph-change side: the block texts joined by a line break.
pub fn block_text(a: &Analysis, indices: &[usize]) -> String {
    let texts: Vec<&str> = indices
        .iter()
        .filter_map(|&b| a.blocks.get(b))
        .map(|b| b.text.as_str())
        .collect();
    texts.join("\n")
}

/// Side text plus its byte offset in the analysed text when it maps linearly.
fn sentence_side<'a>(a: &'a Analysis, indices: &[usize]) -> (Cow<'a, str>, Option<usize>) {
    let sents: Vec<&crate::Sentence> = indices.iter().filter_map(|&i| a.sentences.get(i)).collect();
    match sents.as_slice() {
        [] => (Cow::Borrowed(""), None),
        [s] => (Cow::Borrowed(s.text.as_str()), Some(s.span.byte_start)),
        [first, .., last] => {
            let same_block = sents.iter().all(|s| s.block == first.block);
            let slice = a.blocks.get(first.block).filter(|_| same_block).and_then(|b| {
                let from = first.span.byte_start.checked_sub(b.span.byte_start)?;
                let to = last.span.byte_end.checked_sub(b.span.byte_start)?;
                b.text.get(from..to)
            });
            match slice {
                Some(text) => (Cow::Borrowed(text), Some(first.span.byte_start)),
                None => (
                    Cow::Owned(sents.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n")),
                    None,
                ),
            }
        }
    }
}

/// Turns alignment links into contract changes with tokens and tags.
struct Builder<'a> {
    old: &'a Analysis,
    new: &'a Analysis,
    zones: &'a (Zones, Zones),
    /// Pairs too long for a word diff.
    coarse: usize,
}

impl Builder<'_> {
    fn sentence_change(&mut self, link: Link) -> Change {
        let (op, old, new, similarity) = match link {
            Link::Equal(i, j) => (ChangeOp::Equal, vec![i], vec![j], 1.0),
            Link::Edit(i, j, s) => (ChangeOp::Edit, vec![i], vec![j], s),
            Link::Move(i, j, s) => (ChangeOp::Move, vec![i], vec![j], s),
            Link::Split(i, js, s) => (ChangeOp::Split, vec![i], js, s),
            Link::Merge(is, j, s) => (ChangeOp::Merge, is, vec![j], s),
            Link::Delete(i) => {
                let text = self.old.sentences.get(i).map_or("", |s| s.text.as_str());
                let range = self.old.sentences.get(i).map(|s| s.span.bytes());
                let tags = whole_tags(Tag::Delete, text, range, &self.zones.0);
                return change(ChangeOp::Delete, vec![i], vec![], 0.0, Vec::new(), tags);
            }
            Link::Insert(j) => {
                let text = self.new.sentences.get(j).map_or("", |s| s.text.as_str());
                let range = self.new.sentences.get(j).map(|s| s.span.bytes());
                let tags = whole_tags(Tag::Insert, text, range, &self.zones.1);
                return change(ChangeOp::Insert, vec![], vec![j], 0.0, Vec::new(), tags);
            }
        };
        if op == ChangeOp::Equal {
            return change(op, old, new, similarity, Vec::new(), Vec::new());
        }
        let (a, a_base) = sentence_side(self.old, &old);
        let (b, b_base) = sentence_side(self.new, &new);
        if a == b {
            return change(op, old, new, 1.0, Vec::new(), Vec::new());
        }
        let (tokens, tags) = self.diff(&a, a_base, &b, b_base);
        change(op, old, new, similarity, tokens, tags)
    }

    fn diff(&mut self, a: &str, a_base: Option<usize>, b: &str, b_base: Option<usize>) -> (Vec<Token>, Vec<Tag>) {
        let (tokens, coarse) = tokens::token_diff_bounded(a, b);
        self.coarse += usize::from(coarse);
        let old_side = Side {
            base: a_base,
            zones: &self.zones.0,
        };
        let new_side = Side {
            base: b_base,
            zones: &self.zones.1,
        };
        let tags = classify(&tokens, &old_side, &new_side);
        (tokens, tags)
    }
}

fn change(
    op: ChangeOp,
    old: Vec<usize>,
    new: Vec<usize>,
    similarity: f64,
    tokens: Vec<Token>,
    tags: Vec<Tag>,
) -> Change {
    Change {
        op,
        old,
        new,
        similarity,
        tokens,
        tags,
        furniture: false,
    }
}

/// Word similarity of two texts: weighted Dice of their word bags, 0 to 1.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    let mut v = Vocabulary::default();
    let (x, y) = (v.bag(a), v.bag(b));
    v.dice(&x, &y)
}
