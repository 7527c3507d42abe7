//! Segmentation: article structure (blocks), sentences and words.
//!
//! First version: one block per non-empty line, with sentence splitting on
//! terminal punctuation. The segmentation issue deepens this.

use crate::text::{trim_range, Span, TextIndex};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What role a block plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// A metadata field such as a date line or a source tag.
    Metadata,
    /// The article's headline.
    Headline,
    /// The place/source opener, e.g. `(Bloomberg) --`.
    Dateline,
    /// An author line.
    Byline,
    /// A section heading inside the story.
    Subheading,
    /// A story paragraph.
    Paragraph,
    /// A photo or figure caption.
    Caption,
    /// A photo or content credit.
    Credit,
    /// A teaser for another story, appended to this one.
    Teaser,
    /// Site furniture: newsletter sign-ups, copyright lines and the like.
    Boilerplate,
}

impl BlockKind {
    /// Whether the block belongs to the story's running text.
    pub fn is_story(self) -> bool {
        matches!(self, BlockKind::Paragraph | BlockKind::Subheading | BlockKind::Headline)
    }
}

/// A structural unit of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Block {
    /// Where the block stands.
    #[serde(flatten)]
    pub span: Span,
    /// Its role.
    pub kind: BlockKind,
    /// Its text, exactly as in the input.
    pub text: String,
}

/// A sentence, with the index of the block that holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    /// Where the sentence stands.
    #[serde(flatten)]
    pub span: Span,
    /// Its text, exactly as in the input.
    pub text: String,
    /// Index into the blocks.
    pub block: usize,
}

/// Article-level fields found in the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// Publication date, as written (ISO dates stay ISO).
    pub date: Option<String>,
    /// The headline.
    pub headline: Option<String>,
    /// The publisher or wire service.
    pub source: Option<String>,
}

/// The result of segmenting one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    /// Article-level fields.
    pub metadata: Metadata,
    /// Blocks in text order.
    pub blocks: Vec<Block>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
}

/// Segment a text into blocks and sentences.
pub fn segment(idx: &TextIndex) -> Segmentation {
    let text = idx.text();
    let mut seg = Segmentation::default();
    let mut line_start = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let range = trim_range(text, line_start..line_start + line.len());
        line_start += line.len();
        if range.is_empty() {
            continue;
        }
        let block = seg.blocks.len();
        seg.blocks.push(Block {
            span: idx.span(range.clone()),
            kind: BlockKind::Paragraph,
            text: text[range.clone()].to_string(),
        });
        for s in sentence_ranges(text, range) {
            seg.sentences.push(Sentence {
                span: idx.span(s.clone()),
                text: text[s].to_string(),
                block,
            });
        }
    }
    seg
}

/// Split a byte range into trimmed sentence ranges.
pub fn sentence_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut j = i + 1;
            // Closing quotes and brackets stay with the sentence.
            while j < range.end {
                let rest = &text[j..range.end];
                match rest.chars().next() {
                    Some(c @ ('"' | '\'' | '”' | '’' | ')')) => j += c.len_utf8(),
                    _ => break,
                }
            }
            let next = text[j..range.end].trim_start();
            let gap = range.end - j - next.len();
            let starts_upper = next
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"');
            if gap > 0 && starts_upper && !ends_with_abbreviation(&text[start..i]) {
                out.push(trim_range(text, start..j));
                start = j + gap;
                i = start;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let last = trim_range(text, start..range.end);
    if !last.is_empty() {
        out.push(last);
    }
    out
}

fn ends_with_abbreviation(before: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "U.S", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Prof",
        "Inc", "Co", "Corp", "Ltd",
    ];
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let word = word.trim_start_matches(['(', '"', '“']);
    ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()))
}

/// Word tokens (UAX #29 words that contain a letter or digit) of a byte range.
pub fn word_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    text[range.clone()]
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| range.start + i..range.start + i + w.len())
        .collect()
}
