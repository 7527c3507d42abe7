//! The shared text model: spans that carry both UTF-16 and byte offsets, and
//! the index that converts between them.

pub(crate) mod hash;

use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range of the input text.
///
/// `start`/`end` count UTF-16 code units (what JavaScript's `slice` takes);
/// `byteStart`/`byteEnd` (`byte_start`/`byte_end` in Rust) count UTF-8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// First UTF-8 byte.
    pub byte_start: usize,
    /// One past the last UTF-8 byte.
    pub byte_end: usize,
}

impl Span {
    /// The byte range, for slicing the Rust string.
    pub fn bytes(&self) -> Range<usize> {
        self.byte_start..self.byte_end
    }

    /// Length in UTF-8 bytes.
    pub fn byte_len(&self) -> usize {
        self.byte_end - self.byte_start
    }

    /// Whether the span covers no text.
    pub fn is_empty(&self) -> bool {
        self.byte_end <= self.byte_start
    }
}

/// A span together with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Excerpt {
    /// Where the text stands in the input.
    #[serde(flatten)]
    pub span: Span,
    /// The covered text, exactly as in the input.
    pub text: String,
}

impl Serialize for Excerpt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serialize_span("Excerpt", &self.span, 1, serializer)?;
        out.serialize_field("text", &self.text)?;
        out.end()
    }
}

/// Start serializing a struct whose span is flattened into it (`start`, `end`,
/// `byteStart`, `byteEnd` first, then `extra` more fields).
///
/// Written by hand because `#[serde(flatten)]` serializes through a map with
/// non-static keys, which is several times slower across the wasm boundary.
pub(crate) fn serialize_span<S: Serializer>(
    name: &'static str,
    span: &Span,
    extra: usize,
    serializer: S,
) -> Result<S::SerializeStruct, S::Error> {
    let mut out = serializer.serialize_struct(name, 4 + extra)?;
    out.serialize_field("start", &span.start)?;
    out.serialize_field("end", &span.end)?;
    out.serialize_field("byteStart", &span.byte_start)?;
    out.serialize_field("byteEnd", &span.byte_end)?;
    Ok(out)
}

/// Converts byte offsets of one text into [`Span`]s with UTF-16 offsets.
///
/// Built once per text in O(n); each conversion searches the non-ASCII
/// characters of one [`CHUNK`] of text, so ASCII text costs almost nothing
/// and a long text's conversions stay within a few cache lines.
#[derive(Debug, Clone)]
pub struct TextIndex<'a> {
    text: &'a str,
    /// For each non-ASCII char: (byte offset just after it, bytes minus UTF-16 units so far).
    shifts: Vec<(usize, usize)>,
    /// For each [`CHUNK`] bytes of text, how many `shifts` end at or before
    /// its first byte (empty when the text is ASCII).
    chunks: Vec<usize>,
}

/// Bytes of text per entry of the index's chunk table.
const CHUNK: usize = 1024;

impl<'a> TextIndex<'a> {
    /// Index `text` for offset conversion.
    pub fn new(text: &'a str) -> Self {
        let mut shifts = Vec::new();
        let mut shift = 0usize;
        // Only lead bytes of multi-byte chars matter; ASCII is skipped
        // sixteen bytes a step.
        let bytes = text.as_bytes();
        let mut i = next_non_ascii(bytes, 0);
        while let Some(&b) = bytes.get(i) {
            let len = if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            };
            shift += len - if len == 4 { 2 } else { 1 };
            shifts.push((i + len, shift));
            i = next_non_ascii(bytes, i + len);
        }
        let mut chunks = Vec::new();
        if !shifts.is_empty() {
            let mut before = 0;
            chunks.extend((0..=text.len() / CHUNK).map(|k| {
                while shifts.get(before).is_some_and(|&(end, _)| end <= k * CHUNK) {
                    before += 1;
                }
                before
            }));
        }
        TextIndex { text, shifts, chunks }
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        // The shifts that end by `byte` are those before its chunk's first
        // and some of the chunk's own.
        let chunk = byte / CHUNK;
        let all = self.shifts.len();
        let lo = self.chunks.get(chunk).copied().unwrap_or(all);
        let hi = self.chunks.get(chunk + 1).copied().unwrap_or(all);
        let k = lo + self.shifts[lo..hi].partition_point(|&(end, _)| end <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.shifts[k - 1].1
        }
    }

    /// The span of a byte range.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: self.utf16(range.start),
            end: self.utf16(range.end),
            byte_start: range.start,
            byte_end: range.end,
        }
    }

    /// The span of a byte range together with its text.
    pub fn excerpt(&self, range: Range<usize>) -> Excerpt {
        Excerpt {
            span: self.span(range.clone()),
            text: self.text.get(range).unwrap_or_default().to_string(),
        }
    }

    /// Total length in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16(self.text.len())
    }
}

/// The first byte at or after `i` that is not ASCII, or `b.len()`: sixteen
/// bytes a step.
pub(crate) fn next_non_ascii(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        if u128::from_le_bytes(*chunk) & u128::from_le_bytes([0x80; 16]) != 0 {
            break;
        }
        i += 16;
    }
    let rest = b.get(i..).unwrap_or_default();
    i + rest.iter().position(|&x| x >= 0x80).unwrap_or(rest.len())
}

/// The char starting at byte `i` of `text` and its length in bytes (ASCII
/// without decoding); `None` at the end or off a char boundary. The scanners'
/// step: cheap even where the wasm (built for size) does not inline.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// The end of the run of ASCII letters and digits that starts at byte `from`
/// (`from` itself when there is none).
#[inline]
pub(crate) fn ascii_alnum_end(bytes: &[u8], from: usize) -> usize {
    ASCII_ALNUM.run_end(bytes, from)
}

/// ASCII letters and digits.
static ASCII_ALNUM: ByteSet = ByteSet::of(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

/// A set of byte values, for scanners that jump from one byte of interest to
/// the next (one table lookup a byte instead of a chain of comparisons).
/// Sets of at most three ASCII bytes (and any non-ASCII ones) are searched
/// eight bytes a step.
pub(crate) struct ByteSet {
    table: [bool; 256],
    /// The ASCII members, each repeated in every byte of a word (unused
    /// slots repeat the first).
    ascii: [u64; 3],
    /// `0x80` in every byte when non-ASCII bytes belong to the set.
    high: u64,
    /// Whether `ascii` and `high` cover the set.
    words: bool,
}

/// `0x01` and `0x80` in every byte of a word.
pub(crate) const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `b[i..]` as a little-endian word (0 when fewer remain).
#[inline]
pub(crate) fn word_at(b: &[u8], i: usize) -> u64 {
    b.get(i..i + 8)
        .and_then(|c| c.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// `0x80` in the bytes of `w` that are zero: exact in the lowest flagged
/// byte (a byte above a zero one may be flagged too), so `!= 0` is exact.
#[inline]
pub(crate) fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(LOW_BITS) & !w & HIGH_BITS
}

impl ByteSet {
    /// The set of `bytes`.
    pub(crate) const fn of(bytes: &[u8]) -> Self {
        let mut table = [false; 256];
        let mut ascii = [HIGH_BITS; 3];
        let mut n = 0;
        let mut high = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            table[b as usize] = true;
            if b >= 0x80 {
                high = HIGH_BITS;
            } else {
                if n < 3 {
                    ascii[n] = b as u64 * LOW_BITS;
                }
                n += 1;
            }
            i += 1;
        }
        let mut k = n;
        while k > 0 && k < 3 {
            ascii[k] = ascii[0];
            k += 1;
        }
        ByteSet {
            table,
            ascii,
            high,
            words: n <= 3,
        }
    }

    /// Whether the eight bytes of `w` may hold a member (exactly: when
    /// `words`).
    #[inline]
    fn may_hold(&self, w: u64) -> bool {
        let [a, b, c] = self.ascii;
        zero_bytes(w ^ a) | zero_bytes(w ^ b) | zero_bytes(w ^ c) | w & self.high != 0
    }

    /// The first index at or after `from` whose byte is not in the set (the
    /// end of a run of its bytes), or `bytes.len()`.
    #[inline]
    pub(crate) fn run_end(&self, bytes: &[u8], from: usize) -> usize {
        let rest = bytes.get(from..).unwrap_or_default();
        from + rest
            .iter()
            .position(|&b| !self.table[usize::from(b)])
            .unwrap_or(rest.len())
    }

    /// The first index at or after `from` (and before `to`) whose byte is in
    /// the set, or `to` when there is none.
    pub(crate) fn next_in(&self, bytes: &[u8], from: usize, to: usize) -> usize {
        let window = bytes.get(from..to.min(bytes.len())).unwrap_or_default();
        let mut i = 0;
        loop {
            // Whole words without a member are skipped; the bytes of the
            // first word that may hold one are looked up.
            let mut end = window.len();
            if self.words {
                while i + 8 <= window.len() {
                    if self.may_hold(word_at(window, i)) {
                        break;
                    }
                    i += 8;
                }
                end = end.min(i + 8);
            }
            let part = window.get(i..end).unwrap_or_default();
            if let Some(k) = part.iter().position(|&b| self.table[usize::from(b)]) {
                return from + i + k;
            }
            if end >= window.len() {
                return from + window.len();
            }
            i = end;
        }
    }
}

/// A word lowercased char by char. Unlike `str::to_lowercase` it has no
/// final-sigma rule, which comparison keys do not need, and it keeps std's
/// 4 KB string routine out of the wasm (the char tables are there anyway).
pub(crate) fn lowercase(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

/// `char::is_alphanumeric`, answered without its tables for ASCII and for
/// the General Punctuation block (curly quotes, dashes, ellipses: the
/// non-ASCII chars most common in news text, none a letter or digit).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_whitespace`, with ASCII answered by a comparison.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// Trim ASCII and Unicode whitespace from both ends of a byte range of `text`.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    if end < start {
        start..start
    } else {
        start..end
    }
}

/// A capitalised English weekday name (`Monday` … `Sunday`).
pub fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A capitalised English month name (`January` … `December`).
pub fn is_month(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_at_steps_through_mixed_text() {
        let text = "a “日本” 😀\u{85}z";
        let mut i = 0;
        let mut seen = String::new();
        while let Some((c, len)) = char_at(text, i) {
            assert_eq!(len, c.len_utf8());
            seen.push(c);
            i += len;
        }
        assert_eq!(seen, text);
        assert_eq!(char_at(text, 3), None, "inside the curly quote: not a char boundary");
        assert_eq!(char_at(text, text.len()), None);
    }

    #[test]
    fn byte_sets_find_what_a_byte_scan_finds() {
        let text = "A “quote” (x) said.\r\nNext! 日本。 a\u{a0}b?\n\"é\" …end ".repeat(3);
        let b = text.as_bytes();
        for set in [
            &b"\n\r"[..],
            b"\"()\xE2",
            b".!?\xE2\xE3\xEF",
            b"\xE2",
            b"abcd",
            b"\"'\xE2\xC2",
            b"",
        ] {
            let s = ByteSet::of(set);
            for from in 0..=b.len() {
                for to in [from, from + 1, from + 7, from + 9, from + 40, b.len(), b.len() + 3] {
                    let hi = to.min(b.len()).max(from);
                    let want = (from..hi)
                        .find(|&i| set.contains(&b[i]))
                        .unwrap_or(to.min(b.len()).max(from));
                    assert_eq!(s.next_in(b, from, to), want, "{set:?} {from}..{to}");
                }
            }
        }
    }

    #[test]
    fn is_space_is_char_is_whitespace() {
        for c in (0..0x3100).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn the_alphanumeric_shortcut_agrees_with_std_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} (U+{:04X})",
                u32::from(c)
            );
        }
    }

    #[test]
    fn utf16_offsets_agree_with_a_count_across_chunks() {
        // Non-ASCII chars of every length, at chunk edges and in runs.
        let mut text = String::new();
        for k in 0..900 {
            text.push_str(["ab ", "é", "日本", "😀", "x", "’’’"][k % 6]);
            if k % 97 == 0 {
                text.push_str(&"y".repeat(CHUNK));
            }
        }
        let idx = TextIndex::new(&text);
        for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            assert_eq!(idx.utf16(b), text[..b].encode_utf16().count(), "byte {b}");
        }
    }

    #[test]
    fn utf16_offsets_agree_with_byte_offsets() {
        let long = format!("{}é{}😀{}日", "x".repeat(15), "y".repeat(16), "z".repeat(40));
        for text in ["a😀b 日本\r\nç", "", "plain ascii only", &long] {
            let idx = TextIndex::new(text);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let expected: usize = text[..b].encode_utf16().count();
                assert_eq!(idx.utf16(b), expected, "at byte {b} of {text:?}");
            }
            assert_eq!(idx.utf16_len(), text.encode_utf16().count());
        }
    }

    #[test]
    fn trim_range_trims_unicode_space() {
        let text = "\u{a0} hello \n";
        let r = trim_range(text, 0..text.len());
        assert_eq!(&text[r], "hello");
    }
}
