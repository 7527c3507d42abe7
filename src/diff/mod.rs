//! Comparison of two versions: sentence and paragraph alignment, word-level
//! changes, edit classes and the quote diff.
//!
//! First version: a monotone sentence diff with delete/insert runs paired
//! into edits by word similarity. The diff issue adds moves, splits, merges
//! and the full tag set.

use crate::quotes::Quote;
use crate::segment::word_ranges;
use crate::Analysis;
use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::collections::HashSet;
use unicode_segmentation::UnicodeSegmentation;

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
    /// Changes that alter substance.
    pub substantive: usize,
    /// Changes that only touch style.
    pub style_only: usize,
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

const EDIT_THRESHOLD: f64 = 0.5;

/// Align two analysed versions.
pub fn align(old: &Analysis, new: &Analysis) -> Alignment {
    let old_texts: Vec<&str> = old.sentences.iter().map(|s| s.text.as_str()).collect();
    let new_texts: Vec<&str> = new.sentences.iter().map(|s| s.text.as_str()).collect();
    let mut changes = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_texts, &new_texts) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    changes.push(simple(ChangeOp::Equal, vec![old_index + k], vec![new_index + k], 1.0));
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => pair_run(
                &old_texts,
                &new_texts,
                old_index..old_index + old_len,
                0..0,
                &mut changes,
            ),
            DiffOp::Insert { new_index, new_len, .. } => pair_run(
                &old_texts,
                &new_texts,
                0..0,
                new_index..new_index + new_len,
                &mut changes,
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => pair_run(
                &old_texts,
                &new_texts,
                old_index..old_index + old_len,
                new_index..new_index + new_len,
                &mut changes,
            ),
        }
    }
    let mut stats = DiffStats::default();
    for c in &changes {
        match c.op {
            ChangeOp::Equal => stats.kept += 1,
            ChangeOp::Edit => stats.edited += 1,
            ChangeOp::Insert => stats.added += 1,
            ChangeOp::Delete => stats.removed += 1,
            _ => stats.moved += 1,
        }
        if c.op != ChangeOp::Equal {
            if c.tags == [Tag::Style] {
                stats.style_only += 1;
            } else {
                stats.substantive += 1;
            }
        }
    }
    let similarity = word_similarity(&old_texts.join(" "), &new_texts.join(" "));
    let paragraphs = roll_up(old, new, &changes);
    let quotes = quote_changes(&old.quotes, &new.quotes);
    Alignment {
        similarity,
        paragraphs,
        changes,
        quotes,
        stats,
    }
}

fn simple(op: ChangeOp, old: Vec<usize>, new: Vec<usize>, similarity: f64) -> Change {
    let tags = match op {
        ChangeOp::Insert => vec![Tag::Insert],
        ChangeOp::Delete => vec![Tag::Delete],
        _ => Vec::new(),
    };
    Change {
        op,
        old,
        new,
        similarity,
        tokens: Vec::new(),
        tags,
    }
}

/// Pair a run of deleted old and inserted new sentences into edits, greedily in order.
fn pair_run(
    old: &[&str],
    new: &[&str],
    olds: std::ops::Range<usize>,
    news: std::ops::Range<usize>,
    out: &mut Vec<Change>,
) {
    let mut j = news.start;
    for i in olds {
        let best = (j..news.end)
            .map(|k| (k, word_similarity(old[i], new[k])))
            .find(|&(_, s)| s >= EDIT_THRESHOLD);
        match best {
            Some((k, sim)) => {
                for n in j..k {
                    out.push(simple(ChangeOp::Insert, vec![], vec![n], 0.0));
                }
                let tokens = token_diff(old[i], new[k]);
                let tags = classify(&tokens);
                out.push(Change {
                    op: ChangeOp::Edit,
                    old: vec![i],
                    new: vec![k],
                    similarity: sim,
                    tokens,
                    tags,
                });
                j = k + 1;
            }
            None => out.push(simple(ChangeOp::Delete, vec![i], vec![], 0.0)),
        }
    }
    for n in j..news.end {
        out.push(simple(ChangeOp::Insert, vec![], vec![n], 0.0));
    }
}

/// Dice similarity of the word sets of two texts.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    let wa: HashSet<String> = word_ranges(a, 0..a.len())
        .into_iter()
        .map(|r| a[r].to_lowercase())
        .collect();
    let wb: HashSet<String> = word_ranges(b, 0..b.len())
        .into_iter()
        .map(|r| b[r].to_lowercase())
        .collect();
    if wa.is_empty() && wb.is_empty() {
        return 1.0;
    }
    2.0 * wa.intersection(&wb).count() as f64 / (wa.len() + wb.len()) as f64
}

/// Word-level diff whose equal+delete tokens rebuild `old` and equal+insert rebuild `new`.
pub fn token_diff(old: &str, new: &str) -> Vec<Token> {
    let a: Vec<&str> = old.split_word_bounds().collect();
    let b: Vec<&str> = new.split_word_bounds().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut push = |op: TokenOp, text: &str| match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(Token {
            op,
            text: text.to_string(),
        }),
    };
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        for (tag, old_range, new_range) in [op.as_tag_tuple()] {
            match tag {
                similar::DiffTag::Equal => a[old_range].iter().for_each(|t| push(TokenOp::Equal, t)),
                similar::DiffTag::Delete => a[old_range].iter().for_each(|t| push(TokenOp::Delete, t)),
                similar::DiffTag::Insert => b[new_range].iter().for_each(|t| push(TokenOp::Insert, t)),
                similar::DiffTag::Replace => {
                    a[old_range].iter().for_each(|t| push(TokenOp::Delete, t));
                    b[new_range].iter().for_each(|t| push(TokenOp::Insert, t));
                }
            }
        }
    }
    out
}

fn classify(tokens: &[Token]) -> Vec<Tag> {
    let changed: String = tokens
        .iter()
        .filter(|t| t.op != TokenOp::Equal)
        .map(|t| t.text.as_str())
        .collect();
    let mut tags = Vec::new();
    if changed.chars().any(|c| c.is_ascii_digit()) {
        tags.push(Tag::Number);
    }
    let norm = |op: TokenOp| -> String {
        tokens
            .iter()
            .filter(|t| t.op == TokenOp::Equal || t.op == op)
            .flat_map(|t| t.text.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if norm(TokenOp::Delete) == norm(TokenOp::Insert) {
        tags.push(Tag::Style);
    } else if tags.is_empty() {
        tags.push(Tag::Wording);
    }
    tags
}

/// Roll sentence changes up to blocks: each pair of blocks linked by a kept or edited sentence.
fn roll_up(old: &Analysis, new: &Analysis, changes: &[Change]) -> Vec<Change> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for c in changes {
        for &o in &c.old {
            for &n in &c.new {
                let p = (old.sentences[o].block, new.sentences[n].block);
                if !pairs.contains(&p) {
                    pairs.push(p);
                }
            }
        }
    }
    let mut out: Vec<Change> = Vec::new();
    for &(o, n) in &pairs {
        let (a, b) = (&old.blocks[o].text, &new.blocks[n].text);
        let op = if a == b { ChangeOp::Equal } else { ChangeOp::Edit };
        let tokens = if op == ChangeOp::Edit {
            token_diff(a, b)
        } else {
            Vec::new()
        };
        let tags = if op == ChangeOp::Edit {
            classify(&tokens)
        } else {
            Vec::new()
        };
        out.push(Change {
            op,
            old: vec![o],
            new: vec![n],
            similarity: word_similarity(a, b),
            tokens,
            tags,
        });
    }
    let used_old: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
    let used_new: HashSet<usize> = pairs.iter().map(|p| p.1).collect();
    out.extend(
        (0..old.blocks.len())
            .filter(|o| !used_old.contains(o))
            .map(|o| simple(ChangeOp::Delete, vec![o], vec![], 0.0)),
    );
    out.extend(
        (0..new.blocks.len())
            .filter(|n| !used_new.contains(n))
            .map(|n| simple(ChangeOp::Insert, vec![], vec![n], 0.0)),
    );
    out
}

/// Match quotes by their words and report how each changed.
fn quote_changes(old: &[Quote], new: &[Quote]) -> Vec<QuoteChange> {
    let mut out = Vec::new();
    let mut used = vec![false; new.len()];
    for (i, q) in old.iter().enumerate() {
        let best = new
            .iter()
            .enumerate()
            .filter(|(k, _)| !used[*k])
            .map(|(k, n)| (k, word_similarity(&q.text, &n.text)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|&(_, s)| s >= EDIT_THRESHOLD);
        match best {
            Some((k, _)) => {
                used[k] = true;
                let n = &new[k];
                let speaker = |q: &Quote| q.speaker.as_ref().map(|s| s.name.clone());
                let cue = |q: &Quote| q.cue.as_ref().map(|c| c.text.to_lowercase());
                let (op, tokens) = if q.text != n.text {
                    (QuoteChangeOp::Altered, token_diff(&q.text, &n.text))
                } else if speaker(q) != speaker(n) {
                    (QuoteChangeOp::Reattributed, Vec::new())
                } else if cue(q) != cue(n) {
                    (QuoteChangeOp::Recued, Vec::new())
                } else {
                    (QuoteChangeOp::Unchanged, Vec::new())
                };
                out.push(QuoteChange {
                    op,
                    old: Some(i),
                    new: Some(k),
                    tokens,
                });
            }
            None => out.push(QuoteChange {
                op: QuoteChangeOp::Removed,
                old: Some(i),
                new: None,
                tokens: Vec::new(),
            }),
        }
    }
    out.extend(used.iter().enumerate().filter(|(_, u)| !**u).map(|(k, _)| QuoteChange {
        op: QuoteChangeOp::Added,
        old: None,
        new: Some(k),
        tokens: Vec::new(),
    }));
    out
}
