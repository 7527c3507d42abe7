//! Quotation-mark pairing: curly, straight and guillemet marks, nested single
//! quotes, apostrophes, multi-paragraph quotes and unclosed marks.
//!
//! The scan is one pass over each block. A quote left open at the end of a
//! block continues into the next block only when that block starts with an
//! opening mark (the multi-paragraph convention); otherwise it ends, unclosed,
//! at its own block's end and never swallows the following blocks.

use crate::text::ByteSet;
use std::ops::Range;

/// Bytes that may start a quotation mark: the ASCII quotes, and the lead bytes
/// of the curly quotes (E2 80 xx) and of the guillemets (C2 AB/BB).
static MARK_LEADS: ByteSet = ByteSet::of(b"\"'\xE2\xC2");

/// Top-level single quotes longer than this (bytes) are taken for apostrophes.
const MAX_SINGLE: usize = 400;
/// Most paragraphs one quotation runs through (a transcript reopening every
/// paragraph with a mark); the next paragraph starts a new quotation, so a
/// frame never copies more than this many pieces.
const MAX_QUOTE_BLOCKS: usize = 256;

/// A quoted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The content pieces, one per block (without the marks).
    pub pieces: Vec<Range<usize>>,
    /// Byte offset just after the closing mark (or the content end when unclosed).
    pub end: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Whether single marks (‘…’) delimit it.
    pub single: bool,
    /// Block index of each piece.
    pub blocks: Vec<usize>,
}

#[derive(Debug)]
struct Open {
    mark: usize,
    content: usize,
    pieces: Vec<Range<usize>>,
    blocks: Vec<usize>,
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‹' | '›' | '«' | '»'
    )
}

fn opens_double(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‟')
}

fn closes_double(c: char) -> bool {
    matches!(c, '”' | '»')
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | ':' | '«'),
    }
}

/// Find the quoted regions of the given blocks (byte ranges, in text order).
pub fn find_regions(text: &str, blocks: &[(usize, Range<usize>)]) -> Vec<Region> {
    let mut regions = Vec::new();
    let mut carry: Option<(Open, usize)> = None; // open double and the end of its last block
    for (b, range) in blocks {
        let Some(body) = text.get(range.clone()) else { continue };
        let mut double: Option<Open> = None;
        if let Some((mut open, prev_end)) = carry.take() {
            let first = body.chars().next();
            // The paragraph must reopen with the same kind of mark (straight or curly).
            let opener = text[open.mark..].chars().next();
            let same_style = |c: char| (c == '"') == (opener == Some('"'));
            if first.is_some_and(|c| (opens_double(c) || c == '"') && same_style(c))
                && open.blocks.len() < MAX_QUOTE_BLOCKS
            {
                let len = first.map_or(0, char::len_utf8);
                open.content = range.start + len;
                open.blocks.push(*b);
                double = Some(open);
            } else {
                finish(&mut regions, open, prev_end, false, false);
            }
        }
        let mut single: Option<(usize, usize)> = None; // (mark, content start)
        let skip_first = double.is_some();
        let bytes = body.as_bytes();
        let mut i = 0;
        // Jump from one possible mark to the next.
        loop {
            i = MARK_LEADS.next_in(bytes, i, bytes.len());
            if i >= bytes.len() {
                break;
            }
            let Some(c) = body.get(i..).and_then(|r| r.chars().next()) else {
                i += 1;
                continue;
            };
            let len = c.len_utf8();
            let at = i;
            i += len;
            if !is_mark(c) || skip_first && at == 0 {
                continue;
            }
            let pos = range.start + at;
            let prev = body[..at].chars().next_back();
            let next = body[at + len..].chars().next();
            let is_double_open = opens_double(c) || (c == '"' && double.is_none());
            let is_double_close = closes_double(c) || (c == '"' && double.is_some());
            if c == '"' && double.is_none() {
                // A straight mark after a word and before a space closes nothing: stray.
                let after_word = prev.is_some_and(char::is_alphanumeric);
                let before_space = next.is_none_or(char::is_whitespace);
                if after_word && before_space {
                    continue;
                }
            }
            if is_double_close && double.is_some() {
                if let Some(mut open) = double.take() {
                    open.pieces.push(open.content..pos);
                    finish(&mut regions, open, pos + c.len_utf8(), true, false);
                }
                single = None;
            } else if is_double_open {
                if let Some(mut open) = double.take() {
                    // A new opening mark before a close: the earlier quote was left open.
                    open.pieces.push(open.content..pos);
                    finish(&mut regions, open, pos, false, false);
                }
                single = None;
                double = Some(Open {
                    mark: pos,
                    content: pos + c.len_utf8(),
                    pieces: Vec::new(),
                    blocks: vec![*b],
                });
            } else if double.is_none() && matches!(c, '‘' | '\'' | '‹' | '’') {
                let next_word = next.is_some_and(char::is_alphanumeric);
                if let Some((mark, content)) = single {
                    let prev_word = prev.is_some_and(|p| !p.is_whitespace());
                    if matches!(c, '’' | '\'' | '›') && prev_word && !next_word {
                        if content < pos {
                            let open = Open {
                                mark,
                                content,
                                pieces: std::iter::once(content..pos).collect(),
                                blocks: vec![*b],
                            };
                            finish(&mut regions, open, pos + c.len_utf8(), true, true);
                        }
                        single = None;
                    } else if pos - mark > MAX_SINGLE {
                        single = None;
                    }
                }
                if single.is_none() && matches!(c, '‘' | '\'' | '‹') && next_word && is_opening_context(prev) {
                    single = Some((pos, pos + c.len_utf8()));
                }
            } else if c == '›' {
                // handled above only when a single is open
            }
            if let Some((mark, _)) = single {
                if pos - mark > MAX_SINGLE {
                    single = None;
                }
            }
        }
        if let Some(mut open) = double.take() {
            open.pieces.push(open.content..range.end);
            carry = Some((open, range.end));
        }
    }
    if let Some((open, end)) = carry {
        finish(&mut regions, open, end, false, false);
    }
    regions.sort_by_key(|r| r.open);
    regions
}

fn finish(regions: &mut Vec<Region>, open: Open, end: usize, closed: bool, single: bool) {
    if open.pieces.iter().all(|p| p.is_empty()) {
        return;
    }
    regions.push(Region {
        open: open.mark,
        pieces: open.pieces,
        end,
        closed,
        single,
        blocks: open.blocks,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(t: &str) -> Vec<(String, bool)> {
        let mut blocks = Vec::new();
        let mut start = 0;
        for (b, line) in t.split('\n').enumerate() {
            blocks.push((b, start..start + line.len()));
            start += line.len() + 1;
        }
        find_regions(t, &blocks)
            .iter()
            .map(|r| {
                (
                    r.pieces.iter().map(|p| &t[p.clone()]).collect::<Vec<_>>().join("|"),
                    r.closed,
                )
            })
            .collect()
    }

    #[test]
    fn pairs_curly_straight_and_guillemets() {
        assert_eq!(
            regions("He said “yes” and \"no\" and «peut-être»."),
            [
                ("yes".to_string(), true),
                ("no".to_string(), true),
                ("peut-être".to_string(), true)
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(regions("Kim’s sister and the ’90s rock’n’roll don’t count."), []);
        assert_eq!(
            regions("China is ‘reshaping’ Hong Kong’s population."),
            [("reshaping".to_string(), true)]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            regions("“He told me ‘never’ twice,” she said."),
            [("He told me ‘never’ twice,".to_string(), true)]
        );
    }

    #[test]
    fn multi_paragraph_quotes_continue_only_when_reopened() {
        let r = regions("“First part.\n“Second part.”\nAfter.");
        assert_eq!(r, [("First part.|Second part.".to_string(), true)]);
        let r = regions("“Cut off here\nNext story starts.");
        assert_eq!(r, [("Cut off here".to_string(), false)]);
    }
}
