//! A small tokenizer for attribution analysis: words and punctuation with
//! byte ranges.

use crate::text::{ascii_alnum_end, char_at, is_space};
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

/// Tokenize a byte range of `text`: runs of letters/digits (joined by inner
/// apostrophes, hyphens and dots) and single punctuation characters. A byte
/// scanner: ASCII is read without decoding.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(slice.len() / 4 + 1);
    let bytes = slice.as_bytes();
    let at = |i: usize| char_at(slice, i);
    let mut i = 0;
    while let Some((c, len)) = at(i) {
        if is_space(c) {
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        let word = c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric());
        if word {
            loop {
                end = ascii_alnum_end(bytes, end);
                let Some((d, dl)) = at(end) else { break };
                let joins = if d.is_ascii() {
                    joins_word(d) && at(end + dl).is_some_and(|(n, _)| n.is_alphanumeric())
                } else {
                    d.is_alphanumeric() || joins_word(d) && at(end + dl).is_some_and(|(n, _)| n.is_alphanumeric())
                };
                if !joins {
                    break;
                }
                end += dl;
            }
        }
        out.push(Tok {
            range: range.start + start..range.start + end,
            word,
            quoted: false,
            stop: Cell::default(),
            verb: Cell::default(),
        });
        i = end;
    }
    out
}

/// Prefix counts of word tokens, so that counting the words of any range is
/// two binary searches (keeps attribution linear on long units).
#[derive(Debug, Default)]
pub struct Counts {
    words: Vec<usize>,
    quoted: Vec<usize>,
}

impl Counts {
    /// Count the tokens once.
    pub fn new(toks: &[Tok]) -> Self {
        let mut words = Vec::with_capacity(toks.len() + 1);
        let mut quoted = Vec::with_capacity(toks.len() + 1);
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
        Counts { words, quoted }
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
}
