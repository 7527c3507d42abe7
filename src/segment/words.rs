//! Word tokens: UAX #29 word boundaries (via `unicode-segmentation`), kept
//! when they hold a letter or digit.
//!
//! UAX #29 always breaks around ASCII whitespace, so only the runs between
//! whitespace that hold other non-ASCII characters than the punctuation of
//! English news go through `unicode-segmentation`; the stretches between
//! them (most of English news) go through a small scanner that applies the
//! same rules (WB5–WB13b restricted to ASCII). The property tests check that
//! both paths agree.

use crate::text::next_non_ascii;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Word tokens (UAX #29 words that contain a letter or digit) of a byte range.
pub fn word_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut sink = Sink {
        count: 0,
        ranges: Some(Vec::new()),
    };
    scan(text, range, &mut sink);
    sink.ranges.unwrap_or_default()
}

/// The number of word tokens in `text`, without collecting them.
pub fn word_count(text: &str) -> usize {
    let mut sink = Sink { count: 0, ranges: None };
    scan(text, 0..text.len(), &mut sink);
    sink.count
}

/// Where the scanners put word tokens: counted, and collected when asked
/// (one compiled scanner serves both).
struct Sink {
    count: usize,
    ranges: Option<Vec<Range<usize>>>,
}

impl Sink {
    fn push(&mut self, r: Range<usize>) {
        self.count += 1;
        if let Some(v) = &mut self.ranges {
            v.push(r);
        }
    }
}

/// Word tokens through `unicode-segmentation` only (the reference the
/// fast path is tested against).
pub fn word_ranges_reference(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    slice
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| range.start + i..range.start + i + w.len())
        .collect()
}

/// Put the word tokens of `text[range]` into `sink`.
fn scan(text: &str, range: Range<usize>, sink: &mut Sink) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let b = slice.as_bytes();
    let mut done = 0;
    while done < b.len() {
        let (from, to) = slow_run(slice, done);
        fast_words(&b[done..from], range.start + done, sink);
        if from < to {
            unicode_words(slice, from..to, range.start, sink);
        }
        done = to;
    }
}

/// The first run between ASCII whitespace at or after `from` that holds a
/// non-ASCII char outside [`fast_punctuation`], or `(len, len)`.
fn slow_run(s: &str, from: usize) -> (usize, usize) {
    let b = s.as_bytes();
    let mut i = from;
    loop {
        i = next_non_ascii(b, i);
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            return (b.len(), b.len());
        };
        if fast_punctuation(c).is_none() {
            let is_space = |x: &u8| class(*x) & SPACE != 0;
            let start = b[from..i].iter().rposition(is_space).map_or(from, |k| from + k + 1);
            let end = b[i..].iter().position(is_space).map_or(b.len(), |k| i + k);
            return (start, end);
        }
        i += c.len_utf8();
    }
}

/// Word tokens of `s[run]` through `unicode-segmentation`, at offset `base`.
fn unicode_words(s: &str, run: Range<usize>, base: usize, sink: &mut Sink) {
    // A combining mark right after spaces or tabs joins them (WB4), so the
    // slice starts at that whitespace run.
    let b = s.as_bytes();
    let mut from = run.start;
    while from > 0 && matches!(b[from - 1], b' ' | b'\t') {
        from -= 1;
    }
    for (k, w) in s[from..run.end].split_word_bound_indices() {
        if w.chars().any(char::is_alphanumeric) {
            sink.push(base + from + k..base + from + k + w.len());
        }
    }
}

/// Byte classes of the ASCII scanners: one table lookup per byte.
const WORD: u8 = 1; // a letter, a digit or `_` (ALetter, Numeric, ExtendNumLet)
const ALNUM: u8 = 2; // a letter or a digit
const SPACE: u8 = 4; // ASCII whitespace, as `u8::is_ascii_whitespace`
const MID: u8 = 8; // a mark that may join letters or digits: `: . ' , ;` and the lead byte of `’`

static CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b.is_ascii_alphanumeric() {
            WORD | ALNUM
        } else if b == b'_' {
            WORD
        } else if b.is_ascii_whitespace() {
            SPACE
        } else if matches!(b, b':' | b'.' | b'\'' | b',' | b';' | 0xE2) {
            MID
        } else {
            0
        };
        i += 1;
    }
    table
};

fn class(b: u8) -> u8 {
    CLASSES[usize::from(b)]
}

fn is_letter(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

/// The non-ASCII punctuation of English news that the fast path knows, with
/// its UAX #29 role in text without Hebrew letters: `Some(true)` for the
/// MidNumLet quotes ‘ ’ (they join letters and digits like `'`), `Some(false)`
/// for marks that only separate (“ ” — – …).
fn fast_punctuation(c: char) -> Option<bool> {
    match c {
        '\u{2018}' | '\u{2019}' => Some(true),
        '\u{201C}' | '\u{201D}' | '\u{2014}' | '\u{2013}' | '\u{2026}' => Some(false),
        _ => None,
    }
}

/// The middle character at `b[i..]` as its ASCII stand-in (`’` reads as `'`)
/// and its length in bytes.
fn middle(b: &[u8], i: usize) -> (u8, usize) {
    match b[i..] {
        [0xE2, 0x80, 0x98 | 0x99, ..] => (b'\'', 3),
        [m, ..] => (m, 1),
        [] => (0, 0),
    }
}

/// UAX #29 word tokens of text that holds ASCII and [`fast_punctuation`]
/// only, at offset `base`.
fn fast_words(b: &[u8], base: usize, sink: &mut Sink) {
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = class(b[i]);
        i += 1;
        if c & WORD == 0 {
            continue;
        }
        let start = i - 1;
        loop {
            while i < n && class(b[i]) & WORD != 0 {
                i += 1;
            }
            match joiner(b, i) {
                Some(len) => i += len,
                None => break,
            }
        }
        if c & ALNUM != 0 || b[start..i].iter().any(|&x| class(x) & ALNUM != 0) {
            sink.push(base + start..base + i);
        }
    }
}

/// The length of the mark at `b[i]` (after a letter, digit or `_`) when it
/// joins the characters on both sides: WB6/7, letter (: . ' ’) letter;
/// WB11/12, digit (, ; . ' ’) digit.
fn joiner(b: &[u8], i: usize) -> Option<usize> {
    if class(*b.get(i)?) & MID == 0 {
        return None;
    }
    let (m, len) = middle(b, i);
    let (p, x) = (b[i - 1], *b.get(i + len)?);
    let letters = is_letter(p) && is_letter(x) && matches!(m, b':' | b'.' | b'\'');
    let digits = p.is_ascii_digit() && x.is_ascii_digit() && matches!(m, b',' | b';' | b'.' | b'\'');
    (letters || digits).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `t` by the fast path, checked against the reference.
    fn words(t: &str) -> Vec<&str> {
        let fast = word_ranges(t, 0..t.len());
        assert_eq!(fast, word_ranges_reference(t, 0..t.len()), "{t:?}");
        assert_eq!(word_count(t), fast.len(), "{t:?}");
        fast.into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn ascii_joins_follow_uax29() {
        assert_eq!(
            words("3.5 U.S. can't e-mail a_b 1,000"),
            ["3.5", "U.S", "can't", "e", "mail", "a_b", "1,000"]
        );
        assert_eq!(
            words("rock'n'roll 10:30 a:b 1;2 a;b 1'2 a.1 1.a"),
            [
                "rock'n'roll",
                "10",
                "30",
                "a:b",
                "1;2",
                "a",
                "b",
                "1'2",
                "a",
                "1",
                "1",
                "a"
            ]
        );
        assert_eq!(
            words("__ _x_ ._. a__b x. .y 'q' 1.. ..2"),
            ["_x_", "a__b", "x", "y", "q", "1", "2"]
        );
    }

    #[test]
    fn curly_quotes_and_dashes_of_news() {
        assert_eq!(
            words("Kim’s “plan”—a 3’4 ‘deal’ … fin"),
            ["Kim’s", "plan", "a", "3’4", "deal", "fin"]
        );
    }

    #[test]
    fn non_ascii_runs_go_through_the_reference() {
        assert_eq!(words("the café opened"), ["the", "café", "opened"]);
        assert_eq!(
            words("a.\u{ad}b x \u{301}y 1,\u{ad}000"),
            ["a.\u{ad}b", "x", "y", "1,\u{ad}000"]
        );
        assert_eq!(
            words("日本語 and\u{a0}more ok"),
            ["日", "本", "語", "and", "more", "ok"]
        );
        words("“Mixed” text: naïve ‘co-op’ 😀 end. \t\u{301}z");
    }
}
