//! A small tokenizer for attribution analysis: words and punctuation with
//! byte ranges.

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
/// apostrophes, hyphens and dots) and single punctuation characters.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            loop {
                match it.peek().copied() {
                    Some((j, d)) if d.is_alphanumeric() => {
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some((j, d)) if joins_word(d) => {
                        let next = slice[j + d.len_utf8()..].chars().next();
                        if next.is_some_and(char::is_alphanumeric) {
                            end = j + d.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            out.push(Tok {
                range: range.start + i..range.start + end,
                word: true,
                quoted: false,
            });
        } else {
            out.push(Tok {
                range: range.start + i..range.start + i + c.len_utf8(),
                word: false,
                quoted: false,
            });
        }
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
    w.chars().next().is_some_and(char::is_uppercase)
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
