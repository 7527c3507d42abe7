//! A small tokenizer for attribution analysis: words and punctuation with
//! byte ranges.

use super::speakers::Role;
use crate::text::{ascii_alnum_end, char_at, is_alphanumeric, is_space};
use std::cell::Cell;
use std::ops::Range;

/// One token of a text range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the full text.
    pub range: Range<usize>,
    /// Whether it is a word (letters or digits) rather than punctuation.
    pub word: bool,
    /// Whether it lies inside quotation marks.
    pub quoted: bool,
    /// Whether it ends a reported clause: worked out on first use (the unit's
    /// `quoted` flags set) and kept, so that clause ends are found in linear time.
    pub stop: Cell<ClauseStop>,
    /// Whether it reads as a verb (an auxiliary, a cue, a form in -ed):
    /// worked out on first use and kept, like `stop`.
    pub verb: Cell<Option<bool>>,
    /// Its part in a speaker phrase: worked out on first use and kept (a
    /// phrase is read more than once, from either end).
    pub role: Cell<Option<Role>>,
}

/// How a token ends a reported clause that runs over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClauseStop {
    /// Not worked out yet.
    #[default]
    Unknown,
    /// It does not end one.
    No,
    /// It ends any clause (a semicolon, ", but", a dash, …).
    Always,
    /// A conjunction before a new subject and reporting verb: it ends a
    /// clause that starts at least four tokens before it.
    NewAttribution,
    /// The dash closing an aside: it ends a clause that starts inside the aside.
    AsideClose,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.range.clone()).unwrap_or("")
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// Whether the character at byte `i` is a letter or digit.
fn alphanumeric_at(slice: &str, i: usize) -> bool {
    match slice.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(slice, i).is_some_and(|(c, _)| is_alphanumeric(c)),
        None => false,
    }
}

/// The end of the word that starts at byte `start` of `slice`: letters and
/// digits, joined by inner apostrophes, hyphens, dots and ampersands.
fn word_end(slice: &str, start: usize) -> usize {
    let bytes = slice.as_bytes();
    let mut end = start;
    loop {
        end = ascii_alnum_end(bytes, end);
        let Some(&b) = bytes.get(end) else { break };
        let step = if b.is_ascii() {
            // (An ASCII joiner needs a letter or digit after it.)
            let joins = matches!(b, b'\'' | b'-' | b'.' | b'&') && alphanumeric_at(slice, end + 1);
            usize::from(joins)
        } else {
            match char_at(slice, end) {
                Some((d, dl)) if is_alphanumeric(d) || joins_word(d) && alphanumeric_at(slice, end + dl) => dl,
                _ => 0,
            }
        };
        if step == 0 {
            break;
        }
        end += step;
    }
    end
}

/// [`tokenize_into`] a new vector.
#[cfg(test)]
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// Tokenize a byte range of `text` into `out` (emptied first; kept across
/// units, so one allocation serves a whole text): runs of letters/digits
/// (joined by inner apostrophes, hyphens and dots) and single punctuation
/// characters. A byte scanner: ASCII is read without decoding.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    out.reserve(slice.len() / 4 + 1);
    let bytes = slice.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (word, len) = if b.is_ascii() {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                i += 1;
                continue;
            }
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let Some((c, len)) = char_at(slice, i) else { break };
            if is_space(c) {
                i += len;
                continue;
            }
            (is_alphanumeric(c), len)
        };
        let end = if word { word_end(slice, i + len) } else { i + len };
        out.push(Tok {
            range: range.start + i..range.start + end,
            word,
            quoted: false,
            stop: Cell::default(),
            verb: Cell::default(),
            role: Cell::default(),
        });
        i = end;
    }
}

/// Prefix counts of word tokens, so that counting the words of any range is
/// two binary searches (keeps attribution linear on long units).
#[derive(Debug, Default)]
pub struct Counts {
    words: Vec<usize>,
    quoted: Vec<usize>,
}

impl Counts {
    /// Count the tokens of a unit once, keeping the vectors of the last (one
    /// allocation serves every unit of a text).
    pub fn recount(&mut self, toks: &[Tok]) {
        let Counts { words, quoted } = self;
        words.clear();
        quoted.clear();
        words.reserve(toks.len() + 1);
        quoted.reserve(toks.len() + 1);
        let (mut w, mut q) = (0, 0);
        words.push(0);
        quoted.push(0);
        for t in toks {
            if t.word {
                w += 1;
                if t.quoted {
                    q += 1;
                }
            }
            words.push(w);
            quoted.push(q);
        }
    }

    /// Word tokens among tokens `a..b`.
    pub fn words_between(&self, a: usize, b: usize) -> usize {
        let at = |k: usize| self.words.get(k).or(self.words.last()).copied().unwrap_or(0);
        at(b).saturating_sub(at(a))
    }

    /// Word tokens lying wholly inside a byte range: (all, quoted).
    pub fn within(&self, toks: &[Tok], r: &Range<usize>) -> (usize, usize) {
        let lo = toks.partition_point(|t| t.range.start < r.start);
        let hi = toks.partition_point(|t| t.range.end <= r.end);
        if hi <= lo || hi >= self.words.len() {
            return (0, 0);
        }
        (self.words[hi] - self.words[lo], self.quoted[hi] - self.quoted[lo])
    }
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalized(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_apostrophes_and_hyphens() {
        let t = "Korea’s U.S. co-op, “yes”";
        let toks: Vec<&str> = tokenize(t, 0..t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(toks, ["Korea’s", "U.S", ".", "co-op", ",", "“", "yes", "”"]);
    }

    #[test]
    fn joiners_need_a_letter_or_digit_after_them() {
        let t = "Jong‐un’s AT&T naïve 3.5 e-  ok’ 北京，好 end-";
        let toks: Vec<&str> = tokenize(t, 0..t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            toks,
            [
                "Jong‐un’s",
                "AT&T",
                "naïve",
                "3.5",
                "e",
                "-",
                "ok",
                "’",
                "北京",
                "，",
                "好",
                "end",
                "-"
            ]
        );
    }
}
