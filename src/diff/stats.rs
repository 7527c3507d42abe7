//! Summary figures of a comparison.

use super::words::count_words;
use super::{Change, ChangeOp, DiffStats, Tag, TokenOp};
use crate::Analysis;

/// Count the story changes by kind; furniture changes are counted apart.
pub(crate) fn summarise(_old: &Analysis, _new: &Analysis, changes: &[Change], fallbacks: Vec<String>) -> DiffStats {
    let mut s = DiffStats::default();
    for c in changes {
        if c.furniture {
            s.furniture += usize::from(c.op != ChangeOp::Equal);
            continue;
        }
        match c.op {
            ChangeOp::Equal => s.kept += c.old.len(),
            ChangeOp::Edit => s.edited += 1,
            ChangeOp::Insert => s.added += c.new.len(),
            ChangeOp::Delete => s.removed += c.old.len(),
            ChangeOp::Move => s.moved += 1,
            ChangeOp::Split => s.split += 1,
            ChangeOp::Merge => s.merged += 1,
        }
        if c.op == ChangeOp::Equal || c.tags.is_empty() {
            continue;
        }
        if c.tags == [Tag::Style] {
            s.style_only += 1;
        } else {
            s.substantive += 1;
        }
    }
    s.fallback = !fallbacks.is_empty();
    s.fallbacks = fallbacks;
    s
}

/// Share of words kept: 2 × kept words / (old words + new words) over the
/// story sentences (over all sentences when neither version has a story).
/// Kept words are those of equal sentences and exact moves, and for edits,
/// moves, splits and merges all words but those of changed tokens.
pub(crate) fn similarity(old_words: &[usize], new_words: &[usize], changes: &[Change]) -> f64 {
    let story = changes.iter().any(|c| !c.furniture);
    let (mut kept, mut total) = (0usize, 0usize);
    for c in changes.iter().filter(|c| !story || !c.furniture) {
        let count = |list: &[usize], words: &[usize]| list.iter().filter_map(|&i| words.get(i)).sum::<usize>();
        let (o, n) = (count(&c.old, old_words), count(&c.new, new_words));
        total += o + n;
        kept += match c.op {
            ChangeOp::Insert | ChangeOp::Delete => 0,
            _ if c.tokens.is_empty() => o + n,
            // Changed tokens are few: count their words and keep the rest.
            _ => (o + n).saturating_sub(
                c.tokens
                    .iter()
                    .filter(|t| t.op != TokenOp::Equal)
                    .map(|t| count_words(&t.text))
                    .sum::<usize>(),
            ),
        };
    }
    if total == 0 {
        1.0
    } else {
        (kept as f64 / total as f64).min(1.0)
    }
}

impl std::fmt::Display for DiffStats {
    /// One line of sentence counts: `kept 5 edited 10 added 4 removed 13 moved 0 split 0 merged 0`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "kept {} edited {} added {} removed {} moved {} split {} merged {}",
            self.kept, self.edited, self.added, self.removed, self.moved, self.split, self.merged
        )
    }
}
