//! Word-level diffs of two texts.
//!
//! Tokens are UAX #29 word-boundary pieces, re-joined so that a number such as
//! `$35,000,000`, `3.5%` or `02:00` and a hyphenated word such as `re-entry`
//! stay whole. Whitespace runs and each punctuation mark are tokens of their
//! own, so punctuation changes stay visible. The `equal`+`delete` tokens
//! rebuild the old text exactly and `equal`+`insert` the new text.

use super::{Token, TokenOp};
use similar::{capture_diff_slices, Algorithm, DiffTag};
use unicode_segmentation::UnicodeSegmentation;

/// Above this many tokens on one side a text is not diffed word by word: the
/// diff becomes one deletion and one insertion, and the caller reports it.
pub(crate) const TOKEN_CAP: usize = 40_000;

fn is_wordish(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

fn is_number(piece: &str) -> bool {
    piece.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Split a text into diff tokens (they concatenate back to the text).
pub fn tokenize(text: &str) -> Vec<&str> {
    let pieces: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (k, &(start, piece)) in pieces.iter().enumerate() {
        let end = start + piece.len();
        let next = pieces.get(k + 1).map(|p| p.1);
        let joins = match out.last() {
            Some(&(ps, pe)) if pe == start => {
                let prev = &text[ps..pe];
                let prev_digit = prev.ends_with(|c: char| c.is_ascii_digit());
                let prev_open = is_wordish(prev) && prev.ends_with(['-', '‐', '‑', ':']);
                match piece {
                    "-" | "‐" | "‑" => is_wordish(prev) && !prev_open && next.is_some_and(is_wordish),
                    ":" => prev_digit && !prev_open && next.is_some_and(is_number),
                    "%" => prev_digit,
                    _ if prev_open => is_wordish(piece),
                    _ => is_number(piece) && matches!(prev, "$" | "€" | "£" | "¥"),
                }
            }
            _ => false,
        };
        match out.last_mut() {
            Some(last) if joins => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out.into_iter().map(|(s, e)| &text[s..e]).collect()
}

/// Word-level diff whose equal+delete tokens rebuild `old` and equal+insert rebuild `new`.
pub fn token_diff(old: &str, new: &str) -> Vec<Token> {
    token_diff_bounded(old, new).0
}

/// Like [`token_diff`]; the flag is true when the texts were too long to diff
/// word by word and the result is one deletion plus one insertion.
pub(crate) fn token_diff_bounded(old: &str, new: &str) -> (Vec<Token>, bool) {
    if old == new {
        return (equal_tokens(old), false);
    }
    let a = tokenize(old);
    let b = tokenize(new);
    if a.len() > TOKEN_CAP || b.len() > TOKEN_CAP {
        let mut out = Vec::new();
        push(&mut out, TokenOp::Delete, old);
        push(&mut out, TokenOp::Insert, new);
        return (out, true);
    }
    // Hunks: (equal?, old range, new range).
    let mut hunks: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (tag, o, n) = op.as_tag_tuple();
        let equal = tag == DiffTag::Equal;
        match hunks.last_mut() {
            Some(last) if !last.0 && !equal => {
                last.1.end = o.end;
                last.2.end = n.end;
            }
            _ => hunks.push((equal, o, n)),
        }
    }
    // An equal run of only whitespace between two changes joins them, so a
    // multi-word replacement reads as one phrase.
    let mut merged: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::with_capacity(hunks.len());
    let mut k = 0;
    while k < hunks.len() {
        let h = hunks[k].clone();
        let bridge =
            h.0 && k > 0 && k + 1 < hunks.len() && a[h.1.clone()].iter().all(|t| t.chars().all(char::is_whitespace));
        match merged.last_mut() {
            Some(last) if !last.0 && (bridge || !h.0) => {
                last.1.end = h.1.end;
                last.2.end = h.2.end;
            }
            _ => merged.push(h),
        }
        k += 1;
    }
    let mut out = Vec::new();
    for (equal, o, n) in merged {
        if equal {
            a[o].iter().for_each(|t| push(&mut out, TokenOp::Equal, t));
        } else {
            a[o].iter().for_each(|t| push(&mut out, TokenOp::Delete, t));
            b[n].iter().for_each(|t| push(&mut out, TokenOp::Insert, t));
        }
    }
    (out, false)
}

fn equal_tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    push(&mut out, TokenOp::Equal, text);
    out
}

fn push(out: &mut Vec<Token>, op: TokenOp, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(Token {
            op,
            text: text.to_string(),
        }),
    }
}

/// Rebuild one side from tokens: `TokenOp::Delete` for the old text, `TokenOp::Insert` for the new.
pub fn rebuild(tokens: &[Token], side: TokenOp) -> String {
    tokens
        .iter()
        .filter(|t| t.op == TokenOp::Equal || t.op == side)
        .map(|t| t.text.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_compounds_stay_whole() {
        let t = tokenize("It cost $35,000,000, up 3.5% at 02:00 for 24 re-entry tests.");
        for whole in ["$35,000,000", "3.5%", "02:00", "24", "re-entry"] {
            assert!(t.contains(&whole), "{whole} in {t:?}");
        }
        assert!(t.contains(&","), "punctuation is its own token");
        assert_eq!(
            t.concat(),
            "It cost $35,000,000, up 3.5% at 02:00 for 24 re-entry tests."
        );
    }

    #[test]
    fn diff_rebuilds_both_sides_and_shows_punctuation() {
        let old = "They toured rockets — a family of launch vehicles.";
        let new = "They toured rockets, a family of vehicles!";
        let t = token_diff(old, new);
        assert_eq!(rebuild(&t, TokenOp::Delete), old);
        assert_eq!(rebuild(&t, TokenOp::Insert), new);
        assert!(t.iter().any(|x| x.op == TokenOp::Delete && x.text.contains('—')));
        assert!(t.iter().any(|x| x.op == TokenOp::Insert && x.text.contains('!')));
    }

    #[test]
    fn number_change_is_a_whole_token() {
        let t = token_diff("wounding at least 24 people", "wounding at least 25 people");
        let del: Vec<&str> = t
            .iter()
            .filter(|x| x.op == TokenOp::Delete)
            .map(|x| x.text.as_str())
            .collect();
        let ins: Vec<&str> = t
            .iter()
            .filter(|x| x.op == TokenOp::Insert)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!((del, ins), (vec!["24"], vec!["25"]));
    }

    #[test]
    fn romanisation_is_one_phrase_change() {
        let t = token_diff("leader Kim Jong Un met", "leader Kim Jong-un met");
        let del: String = t
            .iter()
            .filter(|x| x.op == TokenOp::Delete)
            .map(|x| x.text.as_str())
            .collect();
        let ins: String = t
            .iter()
            .filter(|x| x.op == TokenOp::Insert)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!((del.as_str(), ins.as_str()), ("Jong Un", "Jong-un"));
    }
}
