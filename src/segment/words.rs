//! Word tokens: UAX #29 word boundaries (via `unicode-segmentation`), kept
//! when they hold a letter or digit.
//!
//! UAX #29 always breaks around ASCII whitespace, so the text is cut into
//! runs between whitespace. Pure-ASCII runs (most of English news) go
//! through a small scanner that applies the same rules (WB5–WB13b restricted
//! to ASCII); runs with other characters go through `unicode-segmentation`.
//! The property tests check that both paths agree.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Word tokens (UAX #29 words that contain a letter or digit) of a byte range.
pub fn word_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for_each_word(text, range, |r| out.push(r));
    out
}

/// The number of word tokens in `text`, without collecting them.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, 0..text.len(), |_| n += 1);
    n
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

/// Call `f` with the byte range of every word token in `text[range]`.
pub fn for_each_word(text: &str, range: Range<usize>, mut f: impl FnMut(Range<usize>)) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let b = slice.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if class(b[i]) & SPACE != 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut fast = true;
        while let Some(&x) = b.get(i) {
            let c = class(x);
            if c & SPACE != 0 {
                break;
            }
            if c & NON_ASCII == 0 {
                i += 1;
            } else {
                let c = slice[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                fast &= fast_punctuation(c).is_some();
                i += c.len_utf8();
            }
        }
        let base = range.start + start;
        if fast {
            fast_words(&b[start..i], |r| f(base + r.start..base + r.end));
        } else {
            // A combining mark right after spaces or tabs joins them (WB4),
            // so the slice starts at that whitespace run.
            let mut from = start;
            while from > 0 && matches!(b[from - 1], b' ' | b'\t') {
                from -= 1;
            }
            let base = range.start + from;
            for (k, w) in slice[from..i].split_word_bound_indices() {
                if w.chars().any(char::is_alphanumeric) {
                    f(base + k..base + k + w.len());
                }
            }
        }
    }
}

/// Byte classes of the ASCII scanners: one table lookup per byte.
const WORD: u8 = 1; // a letter, a digit or `_` (ALetter, Numeric, ExtendNumLet)
const ALNUM: u8 = 2; // a letter or a digit
const SPACE: u8 = 4; // ASCII whitespace, as `u8::is_ascii_whitespace`
const NON_ASCII: u8 = 8;

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
        } else if b >= 0x80 {
            NON_ASCII
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

/// UAX #29 word tokens of a run without whitespace that holds ASCII and
/// [`fast_punctuation`] only.
fn fast_words(b: &[u8], mut f: impl FnMut(Range<usize>)) {
    let n = b.len();
    let mut i = 0;
    while i < n {
        if class(b[i]) & WORD == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut seen = 0;
        loop {
            while let Some(&x) = b.get(i) {
                let c = class(x);
                if c & WORD == 0 {
                    break;
                }
                seen |= c;
                i += 1;
            }
            // WB6/7: letter (: . ' ’) letter; WB11/12: digit (, ; . ' ’) digit.
            if i + 1 < n && i > start {
                let (m, len) = middle(b, i);
                if let (Some(&p), Some(&x)) = (b.get(i - 1), b.get(i + len)) {
                    let letters = is_letter(p) && is_letter(x) && matches!(m, b':' | b'.' | b'\'');
                    let digits = p.is_ascii_digit() && x.is_ascii_digit() && matches!(m, b',' | b';' | b'.' | b'\'');
                    if letters || digits {
                        i += len;
                        continue;
                    }
                }
            }
            break;
        }
        if seen & ALNUM != 0 {
            f(start..i);
        }
    }
}
