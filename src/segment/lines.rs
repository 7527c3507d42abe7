//! Physical lines (`\n`, `\r\n` or a lone `\r`), trimmed, with wrapped
//! lines joined back: a line that stops mid-sentence and continues on the
//! next line in lower case (`It was a cold \nnight in the city.`).

use crate::text::{trim_range, ByteSet};
use std::ops::Range;

/// The bytes that break lines.
static LINE_BREAKS: ByteSet = ByteSet::of(b"\n\r");

/// Trimmed, non-empty line ranges, wrapped lines joined.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    // Whether the previous raw line directly precedes this one (no blank
    // line between) and ended in whitespace before its line break.
    let mut prev_adjacent = false;
    let mut prev_trailing_space = false;
    let mut start = 0;
    let mut i = 0;
    loop {
        // The next line break (or the end).
        i = LINE_BREAKS.next_in(b, i, b.len());
        let at_end = i >= b.len();
        let raw = start..i.min(b.len());
        let r = trim_range(text, raw.clone());
        if r.is_empty() {
            prev_adjacent = false;
        } else {
            let joined = prev_adjacent
                && out
                    .last()
                    .is_some_and(|last| continues(text, last.clone(), r.clone(), prev_trailing_space));
            match out.last_mut() {
                Some(last) if joined => last.end = r.end,
                _ => out.push(r.clone()),
            }
            prev_adjacent = true;
            prev_trailing_space = r.end < raw.end;
        }
        if at_end {
            break;
        }
        // `\r\n` is one break.
        i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        start = i;
    }
    out
}

/// Whether `next` continues the sentence that `prev` leaves open.
fn continues(text: &str, prev: Range<usize>, next: Range<usize>, trailing_space: bool) -> bool {
    let p = &text[prev];
    let n = &text[next];
    if p.ends_with(['.', '!', '?', '…', ':', ';', '"', '”', '’', ')', '。', '！', '？']) {
        return false;
    }
    let first = n.chars().next();
    let lower_start = first.is_some_and(char::is_lowercase);
    lower_start && (trailing_space || n.contains(['.', '!', '?']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_only() {
        let t = "One line.\r\nTwo \nwrapped here.\rthree\n\nfour";
        let got: Vec<&str> = lines(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(got, ["One line.", "Two \nwrapped here.", "three", "four"]);
        let t = "alpha\nbeta gamma\ndelta, epsilon\n";
        assert_eq!(lines(t).len(), 3);
    }
}
