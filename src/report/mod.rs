//! Human-readable reports of an [`Analysis`] or a [`Comparison`]: plain
//! text (optionally styled, e.g. with terminal colours), Markdown, or a
//! self-contained HTML page. All user text is escaped for the format, and
//! control characters never reach a terminal.
//!
//! Used by the CLI (`--format text|markdown|html`) and exported to wasm as
//! `renderReport` for the page's exports.

mod analysis;
mod comparison;
mod markup;
mod writer;

use crate::{Analysis, Comparison};
pub use markup::{escape_html, escape_markdown};

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text with `[-deleted-]{+inserted+}` redline marks (or the
    /// marks of a [`TextStyle`]).
    Text,
    /// Markdown with `~~deleted~~` and `**inserted**` marks.
    Markdown,
    /// A self-contained HTML document with `<del>`/`<ins>` marks.
    Html,
}

impl Format {
    /// Parse `text`, `markdown`/`md` or `html`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "text" | "txt" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Opening and closing marks for each role in a plain-text report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Around removed words.
    pub delete: (&'static str, &'static str),
    /// Around added words.
    pub insert: (&'static str, &'static str),
    /// Around the title and section headings.
    pub heading: (&'static str, &'static str),
    /// Around secondary information.
    pub dim: (&'static str, &'static str),
    /// Around emphasised words.
    pub strong: (&'static str, &'static str),
}

impl TextStyle {
    /// Plain text: `[-removed-]` and `{+added+}` (the `git diff --word-diff` marks).
    pub const PLAIN: TextStyle = TextStyle {
        delete: ("[-", "-]"),
        insert: ("{+", "+}"),
        heading: ("", ""),
        dim: ("", ""),
        strong: ("", ""),
    };

    /// ANSI terminal colours: removed words red and struck through, added
    /// words green and underlined, headings bold.
    pub const ANSI: TextStyle = TextStyle {
        delete: ("\x1b[31;9m", "\x1b[0m"),
        insert: ("\x1b[32;4m", "\x1b[0m"),
        heading: ("\x1b[1m", "\x1b[0m"),
        dim: ("\x1b[2m", "\x1b[0m"),
        strong: ("\x1b[1m", "\x1b[0m"),
    };
}

/// Render one analysis (plain marks in text format).
pub fn analysis(a: &Analysis, format: Format) -> String {
    render_analysis(a, format, &TextStyle::PLAIN)
}

/// Render one analysis; `style` applies to [`Format::Text`] only.
pub fn render_analysis(a: &Analysis, format: Format, style: &TextStyle) -> String {
    analysis::render(a, format, style)
}

/// Render a comparison as a summary, a redline of every changed sentence
/// and the quote changes (plain marks in text format).
pub fn comparison(c: &Comparison, format: Format) -> String {
    render_comparison(c, format, &TextStyle::PLAIN)
}

/// Render a comparison; `style` applies to [`Format::Text`] only.
pub fn render_comparison(c: &Comparison, format: Format, style: &TextStyle) -> String {
    comparison::render(c, format, style)
}
