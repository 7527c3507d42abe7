//! Teasers for other stories appended after the article: found at the end
//! of the text by the signals a reader uses: a `LABEL:` lead, a text cut
//! off mid-sentence, and little vocabulary or names shared with the story.

use super::structure::{ends_sentence, label_lead};
use super::BlockKind;
use crate::text::hash::FxSet;
use crate::text::{char_at, is_alphanumeric};
use std::ops::Range;

/// How many trailing blocks are examined.
const MAX_TAIL: usize = 24;
/// How much story text (bytes) before the tail feeds the vocabulary.
const BODY_WINDOW: usize = 64 * 1024;
/// Story blocks needed before teasers are considered at all.
const MIN_STORY_BLOCKS: usize = 3;
/// Distinct story words needed before overlap means anything.
const MIN_BODY_WORDS: usize = 40;

/// Mark the teasers at the end of `blocks` (ranges and kinds in order).
pub fn mark(text: &str, blocks: &mut [(Range<usize>, BlockKind)]) {
    let n = blocks.len();
    // The tail: trailing blocks that are furniture or look cut off/labelled.
    let mut candidates = Vec::new();
    let mut first = n;
    for k in (0..n).rev().take(MAX_TAIL) {
        let (r, kind) = &blocks[k];
        let t = &text[r.clone()];
        match kind {
            BlockKind::Boilerplate | BlockKind::Credit | BlockKind::Byline => first = k,
            BlockKind::Paragraph | BlockKind::Subheading => {
                if label_lead(t).is_some() || !ends_sentence(t) {
                    candidates.push(k);
                    first = k;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    if candidates.is_empty() {
        return;
    }
    let story: Vec<usize> = (0..first).filter(|&k| is_story(blocks[k].1)).collect();
    if story.len() < MIN_STORY_BLOCKS {
        return;
    }
    let mut vocab: FxSet<String> = FxSet::default();
    let mut budget = BODY_WINDOW;
    for &k in story.iter().rev() {
        let t = &text[blocks[k].0.clone()];
        // Only the window's worth of a long block (its end, nearest the tail).
        let from = (t.len().saturating_sub(budget)..t.len())
            .find(|&i| t.is_char_boundary(i))
            .unwrap_or(t.len());
        let t = &t[from..];
        add_content_words(t, &mut vocab);
        budget = budget.saturating_sub(t.len());
        if budget == 0 {
            break;
        }
    }
    let enough = vocab.len() >= MIN_BODY_WORDS;
    for k in candidates {
        let t = &text[blocks[k].0.clone()];
        let label = label_lead(t);
        let body = &t[label.unwrap_or(0)..];
        let truncated = !ends_sentence(t);
        let low = enough && low_overlap(body, &vocab);
        if (label.is_some() && (truncated || low)) || (truncated && low) {
            blocks[k].1 = BlockKind::Teaser;
        }
    }
}

fn is_story(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Paragraph | BlockKind::Headline | BlockKind::Subheading)
}

/// Whether less than a third of the block's content words and names occur
/// in the story.
fn low_overlap(t: &str, vocab: &FxSet<String>) -> bool {
    let mut words: FxSet<String> = FxSet::default();
    add_content_words(t, &mut words);
    if words.len() < 4 {
        return false;
    }
    let shared = words.iter().filter(|w| vocab.contains(*w)).count();
    (shared as f64) < 0.34 * words.len() as f64
}

/// Add the lowercased content words (four letters or more, not function
/// words) of `t` to `set`, lowercasing into one buffer and allocating only
/// for words not yet in the set.
fn add_content_words(t: &str, set: &mut FxSet<String>) {
    let mut buf = String::new();
    // Words are the pieces between chars other than letters, digits and `-`.
    let mut start = 0;
    let mut i = 0;
    while i <= t.len() {
        let (c, len) = char_at(t, i).unwrap_or((' ', 1));
        if !(is_alphanumeric(c) || c == '-') {
            if lowercase_content_word(&t[start..i], &mut buf) && !set.contains(buf.as_str()) {
                set.insert(buf.clone());
            }
            start = i + len;
        }
        i += len;
    }
}

/// Whether `w` is a content word (four letters or more, not a function
/// word); `buf` receives it lowercased.
fn lowercase_content_word(w: &str, buf: &mut String) -> bool {
    if w.len() < 4 {
        return false;
    }
    if w.is_ascii() {
        if !w.bytes().any(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        buf.clear();
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        if w.chars().count() < 4 || !w.chars().any(char::is_alphabetic) {
            return false;
        }
        *buf = crate::text::lowercase(w);
    }
    !is_function_word(buf)
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "with"
            | "from"
            | "this"
            | "have"
            | "been"
            | "were"
            | "they"
            | "their"
            | "which"
            | "would"
            | "about"
            | "after"
            | "there"
            | "said"
            | "says"
            | "will"
            | "also"
            | "into"
            | "than"
            | "more"
            | "some"
            | "what"
            | "when"
            | "where"
            | "while"
            | "other"
            | "could"
            | "over"
            | "only"
            | "such"
            | "most"
            | "them"
            | "then"
            | "these"
            | "those"
            | "being"
            | "both"
            | "each"
            | "very"
            | "just"
            | "like"
            | "made"
            | "make"
            | "many"
            | "much"
            | "must"
            | "should"
            | "through"
            | "under"
            | "until"
            | "upon"
            | "year"
            | "years"
            | "last"
            | "first"
            | "told"
            | "including"
            | "between"
            | "before"
            | "against"
            | "during"
            | "because"
            | "however"
            | "still"
            | "even"
            | "here"
            | "your"
            | "time"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_are_the_lowercased_long_words() {
        let t = "The Mayor’s office—said: naïve CO-OP 2024 ab-c Straße ÉTÉ-Été x1y2 1234 that Would ΣΟΦΙΑ -- ---- Über";
        let mut got = FxSet::default();
        add_content_words(t, &mut got);
        // The definition: pieces between chars other than letters, digits
        // and `-`, of four chars or more with a letter, lowercased, without
        // function words.
        let want: FxSet<String> = t
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().count() >= 4 && w.chars().any(char::is_alphabetic))
            .map(crate::text::lowercase)
            .filter(|w| !is_function_word(w))
            .collect();
        assert_eq!(got, want);
        for w in [
            "mayor",
            "co-op",
            "ab-c",
            "straße",
            "été-été",
            "x1y2",
            "σοφια",
            "über",
            "naïve",
        ] {
            assert!(got.contains(w), "{w}");
        }
        for w in ["1234", "would", "that", "----", "said"] {
            assert!(!got.contains(w), "{w}");
        }
    }
}
