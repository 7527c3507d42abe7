//! Segmentation: article structure (blocks), sentences and words.
//!
//! The pipeline: physical lines ([`lines`]) are joined where a sentence was
//! wrapped, split where one line holds several blocks (a metadata field and
//! a headline, a dateline and a paragraph, a caption and its credit), and
//! classified ([`structure`], [`metadata`], [`teasers`]). Prose blocks are
//! split into sentences ([`sentences`]) under a pluggable language rule set
//! ([`rules`]). Words come from UAX #29 ([`words`]). Every step is a bounded
//! scan, so the whole is linear in the text length.

pub mod lines;
pub mod lists;
pub mod metadata;
pub mod rules;
pub mod scan;
pub mod sentences;
pub mod structure;
pub mod teasers;
pub mod words;
pub mod zones;

use crate::text::{serialize_span, trim_range, Span, TextIndex};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::ops::Range;

pub use rules::Rules;
pub use words::{word_count, word_ranges};

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

    /// Whether the block is running prose that gets sentences (everything
    /// but metadata fields, datelines, bylines and credits).
    pub fn has_sentences(self) -> bool {
        !matches!(
            self,
            BlockKind::Metadata | BlockKind::Dateline | BlockKind::Byline | BlockKind::Credit
        )
    }
}

/// A structural unit of the article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Deserialize)]
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

impl Serialize for Block {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serialize_span("Block", &self.span, 2, serializer)?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("text", &self.text)?;
        out.end()
    }
}

impl Serialize for Sentence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serialize_span("Sentence", &self.span, 2, serializer)?;
        out.serialize_field("text", &self.text)?;
        out.serialize_field("block", &self.block)?;
        out.end()
    }
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

impl Segmentation {
    /// The sentence that contains byte offset `byte`, or else the first one
    /// after it (binary search: sentences are in text order).
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.span.byte_end <= byte);
        (k < self.sentences.len()).then_some(k)
    }

    /// The block that contains byte offset `byte`, or else the first one
    /// after it.
    pub fn block_at(&self, byte: usize) -> Option<usize> {
        let k = self.blocks.partition_point(|b| b.span.byte_end <= byte);
        (k < self.blocks.len()).then_some(k)
    }
}

/// Segment a text into blocks and sentences (English rules).
pub fn segment(idx: &TextIndex) -> Segmentation {
    segment_with(idx, &Rules::english())
}

/// Segment a text into blocks and sentences with the given language rules.
pub fn segment_with(idx: &TextIndex, rules: &Rules) -> Segmentation {
    let text = idx.text();
    let mut metadata = Metadata::default();
    let drafts = blocks(text, &mut metadata);
    let mut seg = Segmentation {
        metadata,
        blocks: Vec::with_capacity(drafts.len()),
        sentences: Vec::with_capacity(text.len() / 120 + 1),
    };
    let mut ranges = Vec::new();
    for (range, kind) in drafts {
        let block = seg.blocks.len();
        if kind.has_sentences() {
            ranges.clear();
            sentences::split_into(text, range.clone(), rules, &mut ranges);
            for s in ranges.drain(..) {
                seg.sentences.push(Sentence {
                    span: idx.span(s.clone()),
                    text: text[s].to_string(),
                    block,
                });
            }
        }
        seg.blocks.push(Block {
            span: idx.span(range.clone()),
            kind,
            text: text[range].to_string(),
        });
    }
    seg
}

/// Split a byte range into trimmed sentence ranges (English rules).
pub fn sentence_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    sentences::split(text, range, &Rules::english())
}

/// How many leading lines may carry metadata fields or a dateline.
const HEAD_LINES: usize = 8;

/// Block ranges and kinds, in text order; fills `meta` on the way.
fn blocks(text: &str, meta: &mut Metadata) -> Vec<(Range<usize>, BlockKind)> {
    let mut out: Vec<(Range<usize>, BlockKind)> = Vec::new();
    let mut story_lines = 0usize;
    for (li, line) in lines::lines(text).into_iter().enumerate() {
        let mut start = line.start;
        // Metadata fields lead the text (`date 2023-09-13 Headline…`).
        if story_lines == 0 && li < HEAD_LINES {
            while start < line.end {
                let rest = &text[start..line.end];
                if let Some(f) = metadata::field(rest) {
                    let value = text[start + f.value.start..start + f.value.end].trim().to_string();
                    match f.key {
                        metadata::FieldKey::Date => {
                            meta.date.get_or_insert(value);
                        }
                        metadata::FieldKey::Headline => {
                            meta.headline.get_or_insert(value);
                        }
                        metadata::FieldKey::Source => {
                            meta.source.get_or_insert(value);
                        }
                        metadata::FieldKey::Other => {}
                    }
                    out.push((trim_range(text, start..start + f.len), BlockKind::Metadata));
                    start = trim_range(text, start + f.len..line.end).start;
                } else if metadata::date_line(rest).is_some() {
                    meta.date.get_or_insert_with(|| rest.trim().to_string());
                    out.push((start..line.end, BlockKind::Metadata));
                    start = line.end;
                } else {
                    break;
                }
            }
        }
        if start >= line.end {
            continue;
        }
        let r = start..line.end;
        let t = &text[r.clone()];
        if structure::is_boilerplate(t) {
            out.push((r, BlockKind::Boilerplate));
        } else if structure::is_credit(t) {
            out.push((r, BlockKind::Credit));
        } else if structure::is_byline(t) {
            out.push((r, BlockKind::Byline));
        } else if structure::is_caption_lead(t) {
            out.push((r, BlockKind::Caption));
        } else if let Some(k) = structure::trailing_credit(t) {
            out.push((trim_range(text, r.start..r.start + k), BlockKind::Caption));
            out.push((r.start + k..r.end, BlockKind::Credit));
        } else if let Some((n, source)) = (story_lines < 3 && li < HEAD_LINES)
            .then(|| metadata::dateline(t))
            .flatten()
        {
            if source.is_some() && meta.source.is_none() {
                meta.source = source;
            }
            out.push((trim_range(text, r.start..r.start + n), BlockKind::Dateline));
            out.push((trim_range(text, r.start + n..r.end), BlockKind::Paragraph));
            story_lines += 1;
        } else {
            out.push((r, BlockKind::Paragraph));
            story_lines += 1;
        }
    }
    classify_story(text, &mut out, meta);
    teasers::mark(text, &mut out);
    out
}

/// Headline, subheadings and captions among the paragraph drafts.
fn classify_story(text: &str, out: &mut [(Range<usize>, BlockKind)], meta: &mut Metadata) {
    let n = out.len();
    let is_para = |k: usize, out: &[(Range<usize>, BlockKind)]| out.get(k).is_some_and(|b| b.1 == BlockKind::Paragraph);
    // The headline: the first paragraph draft, before any other story text,
    // short and unpunctuated, with the story after it.
    if let Some(first) = out.iter().position(|b| b.1 != BlockKind::Metadata) {
        let t = &text[out[first].0.clone()];
        let followed = out[first + 1..]
            .iter()
            .any(|b| matches!(b.1, BlockKind::Paragraph | BlockKind::Dateline));
        let next_words = out[first + 1..]
            .iter()
            .find(|b| b.1 == BlockKind::Paragraph)
            .map_or(0, |b| structure::word_count(&text[b.0.clone()]));
        if out[first].1 == BlockKind::Paragraph
            && followed
            && structure::headline_like(
                t,
                next_words,
                // Split only a block short enough to be a headline.
                t.len() <= structure::HEADLINE_MAX && sentence_ranges(text, out[first].0.clone()).len() == 1,
            )
        {
            out[first].1 = BlockKind::Headline;
            meta.headline.get_or_insert_with(|| t.to_string());
        }
    }
    for k in 1..n {
        if out[k].1 != BlockKind::Paragraph {
            continue;
        }
        let t = &text[out[k].0.clone()];
        if !structure::subheading_like(t) || structure::label_lead(t).is_some() {
            continue;
        }
        let prev_story = matches!(
            out[k - 1].1,
            BlockKind::Paragraph | BlockKind::Headline | BlockKind::Caption
        );
        let next_prose = is_para(k + 1, out) && {
            let nt = &text[out[k + 1].0.clone()];
            structure::ends_sentence(nt) || structure::word_count(nt) >= 12
        };
        if prev_story && next_prose {
            out[k].1 = BlockKind::Subheading;
        }
    }
    // A one-sentence paragraph right before a credit is the photo caption.
    for k in 1..n {
        if out[k].1 == BlockKind::Credit && out[k - 1].1 == BlockKind::Paragraph {
            let t = &text[out[k - 1].0.clone()];
            if structure::word_count(t) <= 35 && sentence_ranges(text, out[k - 1].0.clone()).len() == 1 {
                out[k - 1].1 = BlockKind::Caption;
            }
        }
    }
}
