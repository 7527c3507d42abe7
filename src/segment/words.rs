//! Word tokens: UAX #29 word boundaries (via `unicode-segmentation`), kept
//! when they hold a letter or digit.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Word tokens (UAX #29 words that contain a letter or digit) of a byte range.
pub fn word_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    slice
        .split_word_bound_indices()
        .filter(|(_, w)| is_word(w))
        .map(|(i, w)| range.start + i..range.start + i + w.len())
        .collect()
}

/// The number of word tokens in `text`, without collecting them.
pub fn word_count(text: &str) -> usize {
    text.split_word_bounds().filter(|w| is_word(w)).count()
}

fn is_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii) && b.len() == 1 {
        return b[0].is_ascii_alphanumeric();
    }
    w.chars().any(char::is_alphanumeric)
}
