//! Stretches of a block where a terminal mark does not end the sentence:
//! quotations that close with a comma or run on into an attribution
//! (`“We will talk. There is time,” RIA reported.`) and parentheses that the
//! sentence continues after (`(he had left. It was late) and then`).

use crate::text::ByteSet;

/// The longest quotation or parenthesis (bytes) kept in one sentence.
const MAX_ZONE: usize = 2000;

/// Sorted, disjoint byte ranges of a block.
#[derive(Debug, Default)]
pub struct Zones {
    ranges: Vec<(usize, usize)>,
}

/// A forward-only reader over [`Zones`].
pub struct ZoneCursor<'a> {
    ranges: &'a [(usize, usize)],
    k: usize,
}

impl Zones {
    /// A cursor for positions visited in increasing order.
    pub fn cursor(&self) -> ZoneCursor<'_> {
        ZoneCursor {
            ranges: &self.ranges,
            k: 0,
        }
    }
}

impl ZoneCursor<'_> {
    /// Whether byte `i` lies inside a zone. Calls must not go backwards.
    pub fn inside(&mut self, i: usize) -> bool {
        while self.k < self.ranges.len() && self.ranges[self.k].1 <= i {
            self.k += 1;
        }
        self.ranges.get(self.k).is_some_and(|&(a, _)| a <= i)
    }
}

/// The bytes the zone scanner acts on: `"`, brackets, and the lead byte of `“` `”`.
static ZONE_BYTES: ByteSet = ByteSet::of(b"\"()\xE2");

/// Find the zones of one block (a linear scan).
pub fn no_split_zones(s: &str) -> Zones {
    let b = s.as_bytes();
    let mut ranges = Vec::new();
    let mut open_quote: Option<usize> = None;
    let mut open_paren: Option<usize> = None;
    let mut depth = 0usize;
    let mut i = 0;
    loop {
        i = ZONE_BYTES.next_in(b, i, b.len());
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'"' => {
                let prev_open = i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'/' | b'-');
                let next_space = b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
                if prev_open && !next_space {
                    open_quote = Some(i);
                } else if let Some(o) = open_quote.take() {
                    push_quote(s, o, i, i + 1, &mut ranges);
                }
            }
            b'(' => {
                if depth == 0 {
                    open_paren = Some(i);
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(o) = open_paren.take() {
                        if i - o <= MAX_ZONE && continues_after(s, i + 1) {
                            ranges.push((o, i));
                        }
                    }
                }
            }
            0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                Some(0x9C) => open_quote = Some(i),
                Some(0x9D) => {
                    if let Some(o) = open_quote.take() {
                        push_quote(s, o, i, i + 3, &mut ranges);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (a, e) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((a, e)),
        }
    }
    Zones { ranges: merged }
}

/// Keep a quotation whole when it closes with a comma or dash, or when the
/// sentence runs on after it in lower case (an attribution).
fn push_quote(s: &str, open: usize, close: usize, after: usize, out: &mut Vec<(usize, usize)>) {
    if close - open > MAX_ZONE {
        return;
    }
    let inner_end = s[..close].trim_end();
    let comma = inner_end.ends_with([',', '—', '–', ';']);
    if comma || continues_after(s, after) {
        out.push((open, close));
    }
}

/// Whether the text after `at` continues the same sentence: a lowercase
/// word or a comma-like mark.
fn continues_after(s: &str, at: usize) -> bool {
    let rest = s.get(at..).unwrap_or("");
    let mut chars = rest.chars().skip_while(|c| *c == ' ' || *c == '\u{a0}');
    match chars.next() {
        Some(c) if c.is_lowercase() => true,
        Some(',' | ';' | ':' | '—' | '–') => true,
        _ => false,
    }
}
