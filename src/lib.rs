//! Palimpsest: analyse news articles (structure, sentences, quotes and
//! speakers) and compare two versions of a story.
//!
//! ```
//! let analysis = palimpsest::analyse("Putin said: “We will talk.”", &Default::default()).unwrap();
//! assert_eq!(analysis.quotes.len(), 1);
//! ```

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
#![warn(missing_docs)]

pub mod diff;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};
use std::fmt;

pub use diff::{Change, ChangeOp, QuoteChange, QuoteChangeOp, Tag, Token, TokenOp};
pub use quotes::{Quote, QuoteKind, Speaker, SpeakerRef};
pub use segment::{Block, BlockKind, Metadata, Sentence};
pub use text::{Excerpt, Span};

/// The version of the JSON contract and of the crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The largest text accepted, in UTF-8 bytes.
pub const MAX_TEXT_BYTES: usize = 128 * 1024 * 1024;

/// Options for [`analyse`] and [`compare`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Include every word token with its span in `Analysis::words`.
    pub words: bool,
}

/// Why an analysis could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is larger than [`MAX_TEXT_BYTES`].
    TooLarge {
        /// Size of the text in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => write!(f, "text is {bytes} bytes; the limit is {limit} bytes"),
        }
    }
}

impl std::error::Error for Error {}

/// Figures about one analysed text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct AnalysisStats {
    /// Length in UTF-16 code units.
    pub characters: usize,
    /// Word tokens.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Story paragraphs.
    pub paragraphs: usize,
    /// Quotes of every kind.
    pub quotes: usize,
    /// Resolved speakers.
    pub speakers: usize,
    /// Reading time at 230 words a minute, rounded up.
    pub reading_minutes: usize,
}

/// Everything found in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Contract version.
    pub version: String,
    /// Date, headline and source when the text carries them.
    pub metadata: Metadata,
    /// Structural blocks in order.
    pub blocks: Vec<Block>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Reported speech.
    pub quotes: Vec<Quote>,
    /// One entry per resolved speaker.
    pub speakers: Vec<Speaker>,
    /// Word tokens, when [`Options::words`] is set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Excerpt>,
    /// Counts.
    pub stats: AnalysisStats,
}

/// Summary figures of a comparison.
pub use diff::DiffStats;

/// Two analysed versions and what changed between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Contract version.
    pub version: String,
    /// The old version.
    pub old: Analysis,
    /// The new version.
    pub new: Analysis,
    /// Word similarity of the two versions, 0 to 1.
    pub similarity: f64,
    /// Block-level changes (indices are block indices).
    pub paragraphs: Vec<Change>,
    /// Sentence-level changes (indices are sentence indices).
    pub changes: Vec<Change>,
    /// How each quote changed.
    pub quotes: Vec<QuoteChange>,
    /// Summary.
    pub stats: DiffStats,
}

fn check_size(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(())
}

/// Analyse one article.
pub fn analyse(text: &str, options: &Options) -> Result<Analysis, Error> {
    check_size(text)?;
    let idx = text::TextIndex::new(text);
    let seg = segment::segment(&idx);
    let (quotes, speakers) = quotes::extract(&idx, &seg);
    let word_ranges = if options.words {
        segment::word_ranges(text, 0..text.len())
    } else {
        Vec::new()
    };
    let word_count = if options.words {
        word_ranges.len()
    } else {
        segment::word_count(text)
    };
    let stats = AnalysisStats {
        characters: idx.utf16_len(),
        words: word_count,
        sentences: seg.sentences.len(),
        paragraphs: seg.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count(),
        quotes: quotes.len(),
        speakers: speakers.len(),
        reading_minutes: word_count.div_ceil(230),
    };
    let words = if options.words {
        word_ranges.into_iter().map(|r| idx.excerpt(r)).collect()
    } else {
        Vec::new()
    };
    Ok(Analysis {
        version: VERSION.to_string(),
        metadata: seg.metadata,
        blocks: seg.blocks,
        sentences: seg.sentences,
        quotes,
        speakers,
        words,
        stats,
    })
}

/// Compare two versions of an article.
pub fn compare(old: &str, new: &str, options: &Options) -> Result<Comparison, Error> {
    let old = analyse(old, options)?;
    let new = analyse(new, options)?;
    let aligned = diff::align(&old, &new);
    Ok(Comparison {
        version: VERSION.to_string(),
        similarity: aligned.similarity,
        paragraphs: aligned.paragraphs,
        changes: aligned.changes,
        quotes: aligned.quotes,
        stats: aligned.stats,
        old,
        new,
    })
}
