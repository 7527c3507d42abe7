//! Word-level diffs of two texts.
//!
//! Tokens come from a hand-written scanner (a hot path): a number such as
//! `$35,000,000`, `3.5%` or `02:00` and a hyphenated word such as `re-entry`
//! stay whole. Whitespace runs and each punctuation mark are tokens of their
//! own, so punctuation changes stay visible. The `equal`+`delete` tokens
//! rebuild the old text exactly and `equal`+`insert` the new text.

use super::seq::{diff_keys, Interner};
use super::{Token, TokenOp};
use crate::text::{ascii_alnum_end, char_at, is_space};
use similar::DiffTag;

/// Above this many tokens on one side a text is not diffed word by word: the
/// diff becomes one deletion and one insertion, and the caller reports it.
pub(crate) const TOKEN_CAP: usize = 40_000;

fn is_joiner_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

/// Scripts written without spaces: each character is a token of its own.
fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0EFF}' | '\u{20000}'..='\u{2FFFF}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() && !is_unspaced(c)
    }
}

/// Split a text into diff tokens (they concatenate back to the text): words
/// (with inner apostrophes and hyphens), numbers (with a currency sign before,
/// inner `,` `.` `:` between digits and `%` after), whitespace runs, and
/// single characters for punctuation, symbols and unspaced scripts.
pub fn tokenize(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let at = |i: usize| char_at(text, i);
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        let start = i;
        let mut end = i + len;
        if c == ' ' && bytes.get(end).is_none_or(|&b| b.is_ascii_alphanumeric()) {
            // One space before a word (the common case).
        } else if is_space(c) {
            while let Some((_, l)) = at(end).filter(|&(n, _)| is_space(n)) {
                end += l;
            }
        } else if is_word_char(c)
            || (matches!(c, '$' | '€' | '£' | '¥') && at(end).is_some_and(|(n, _)| n.is_ascii_digit()))
        {
            let mut prev = c;
            loop {
                // A run of ASCII letters and digits, without decoding.
                let run_end = ascii_alnum_end(bytes, end);
                if run_end > end {
                    prev = bytes.get(run_end - 1).map_or(prev, |&b| char::from(b));
                    end = run_end;
                }
                // Most words end at a space or a mark that never joins.
                if bytes
                    .get(end)
                    .is_some_and(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b',' | b'.' | b':' | b'%'))
                {
                    break;
                }
                let Some((n, l)) = at(end) else { break };
                if is_word_char(n) || is_joiner_mark(n) {
                    end += l;
                    prev = n;
                    continue;
                }
                let after = at(end + l).map(|(a, _)| a);
                let joins = match n {
                    '\'' | '’' | '-' | '‐' | '‑' => is_word_char(prev) && after.is_some_and(is_word_char),
                    ',' | '.' | ':' => prev.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit()),
                    '%' => prev.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                end += l;
                prev = n;
                if n == '%' {
                    break;
                }
            }
        } else {
            while let Some((_, l)) = at(end).filter(|&(n, _)| is_joiner_mark(n)) {
                end += l;
            }
        }
        out.push(&text[start..end]);
        i = end;
    }
    out
}

/// Word-level diff whose equal+delete tokens rebuild `old` and equal+insert rebuild `new`.
pub fn token_diff(old: &str, new: &str) -> Vec<Token> {
    token_diff_bounded(old, new).0
}

/// Like [`token_diff`]; the flag is true when the texts were too long to diff
/// word by word and the result is one deletion plus one insertion, or when a
/// long stretch with many changes was aligned approximately (bounded search).
pub(crate) fn token_diff_bounded<'a>(old: &'a str, new: &'a str) -> (Vec<Token>, bool) {
    if old == new {
        return (equal_tokens(old), false);
    }
    let (lead_a, a) = spaced(old);
    let (lead_b, b) = spaced(new);
    let mut out = Vec::new();
    if a.len() > TOKEN_CAP || b.len() > TOKEN_CAP {
        push(&mut out, TokenOp::Delete, old);
        push(&mut out, TokenOp::Insert, new);
        return (out, true);
    }
    space(&mut out, lead_a, lead_b);
    // Diff the interned words and marks; whitespace rides on the token before it.
    let mut interner = Interner::with_capacity(a.len() + b.len());
    let ia = interner.keys(a.iter().map(|&(t, _)| t));
    let ib = interner.keys(b.iter().map(|&(t, _)| t));
    let (ops, coarse) = diff_keys(&ia, &ib);
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        let (da, db) = (&a[o], &b[n]);
        if tag == DiffTag::Equal {
            // Each stretch whose whitespace is the same on both sides is one
            // slice of `old`; whitespace that differs is replaced between them.
            let mut from = None;
            for (x, y) in da.iter().zip(db) {
                let start = *from.get_or_insert(offset(old, x.0));
                if x.1 != y.1 {
                    push_span(&mut out, TokenOp::Equal, old, start, x.0, "");
                    space(&mut out, x.1, y.1);
                    from = None;
                }
            }
            if let (Some(start), Some(x)) = (from, da.last()) {
                push_span(&mut out, TokenOp::Equal, old, start, x.0, x.1);
            }
            continue;
        }
        // The whitespace after a replaced phrase stays equal when both sides have it.
        let shared = match (da.last(), db.last()) {
            (Some(x), Some(y)) if x.1 == y.1 => x.1,
            _ => "",
        };
        // Each side's tokens and the whitespace between them are one slice of its text.
        for (text, side, op) in [(old, da, TokenOp::Delete), (new, db, TokenOp::Insert)] {
            if let (Some(first), Some(last)) = (side.first(), side.last()) {
                let ws = if shared.is_empty() { last.1 } else { "" };
                push_span(&mut out, op, text, offset(text, first.0), last.0, ws);
            }
        }
        push(&mut out, TokenOp::Equal, shared);
    }
    (out, coarse)
}

/// Push `text` from byte `start` to the end of `last` and of `ws` (slices
/// of `text`, `ws` right after `last`).
fn push_span(out: &mut Vec<Token>, op: TokenOp, text: &str, start: usize, last: &str, ws: &str) {
    let end = offset(text, last) + last.len() + ws.len();
    push(out, op, text.get(start..end).unwrap_or_default());
}

/// Byte offset of `part` (a slice of `text`) in `text`.
fn offset(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Leading whitespace, then each non-space token with the whitespace after it.
fn spaced(text: &str) -> (&str, Vec<(&str, &str)>) {
    let mut lead = "";
    let mut out: Vec<(&str, &str)> = Vec::with_capacity(text.len() / 5 + 1);
    for t in tokenize(text) {
        if char_at(t, 0).is_some_and(|(c, _)| is_space(c)) {
            match out.last_mut() {
                Some(last) => last.1 = t,
                None => lead = t,
            }
        } else {
            out.push((t, ""));
        }
    }
    (lead, out)
}

/// Whitespace at matching places: equal when the same, else replaced.
fn space(out: &mut Vec<Token>, a: &str, b: &str) {
    if a == b {
        push(out, TokenOp::Equal, a);
    } else {
        push(out, TokenOp::Delete, a);
        push(out, TokenOp::Insert, b);
    }
}

fn equal_tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    push(&mut out, TokenOp::Equal, text);
    out
}

/// Append a token, merging it into the last one when the op is the same.
pub(crate) fn push(out: &mut Vec<Token>, op: TokenOp, text: &str) {
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
    fn equal_runs_are_whole_slices_and_differing_spaces_stay_visible() {
        let t = token_diff("The  talks,\tin Paris ended late", "The talks,\tin Paris  ended early");
        let got: Vec<(TokenOp, &str)> = t.iter().map(|x| (x.op, x.text.as_str())).collect();
        use TokenOp::{Delete as D, Equal as E, Insert as I};
        let want = [
            (E, "The"),
            (D, "  "),
            (I, " "),
            (E, "talks,\tin Paris"),
            (D, " "),
            (I, "  "),
            (E, "ended "),
            (D, "late"),
            (I, "early"),
        ];
        assert_eq!(got, want);
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
