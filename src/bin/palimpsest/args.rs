//! Command-line arguments: every flag is documented here and shows in `--help`.

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit status:
  0  success (batch: every record succeeded)
  1  batch: one or more records failed (each has an error line in the output;
     --allow-errors exits 0 instead)
  2  usage error, unreadable or unwritable file, invalid UTF-8 input (without
     --lossy), or a text over the size limit; nothing useful was written

Environment:
  NO_COLOR  when set and not empty, --color auto never colours";

/// Analyse news articles (structure, sentences, quotes and speakers) and
/// compare two versions of a story. Results follow Palimpsest's JSON contract.
#[derive(Debug, Parser)]
#[command(name = "palimpsest", version, after_help = EXIT_CODES, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// Colour the text report: auto (only when writing to a terminal and
    /// NO_COLOR is unset), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse one article and print its Analysis (structure, sentences,
    /// quotes, speakers, stats).
    #[command(visible_alias = "analyze", after_help = EXIT_CODES)]
    Analyse {
        /// The article as a UTF-8 text file; `-` or nothing reads stdin.
        #[arg(value_name = "FILE|-", default_value = "-")]
        file: String,
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Compare two versions of an article and print the Comparison (aligned
    /// sentences, word-level changes, quote changes).
    #[command(after_help = EXIT_CODES)]
    Compare {
        /// The old version (`-` reads stdin).
        #[arg(value_name = "OLD")]
        old: String,
        /// The new version (`-` reads stdin).
        #[arg(value_name = "NEW")]
        new: String,
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Analyse or compare every line of a JSONL stream, in parallel, in
    /// constant memory. Input lines are {"id", "text"} (analyse) or {"id",
    /// "old", "new"} (compare); each gives one output line, in input order:
    /// {"id", "result"} or {"id", "line", "error"}. A blank input line gives
    /// a blank output line.
    #[command(after_help = EXIT_CODES)]
    Batch(BatchArgs),
}

/// How input text is decoded.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of failing with the byte offset.
    #[arg(long)]
    pub lossy: bool,

    /// Include every word token with its span (`words` in the Analysis).
    #[arg(long)]
    pub words: bool,
}

/// How a single result is written.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: json (the contract object), text (a readable report
    /// with a redline), markdown, or html (a self-contained page).
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Json, value_name = "FORMAT")]
    pub format: Format,

    /// Same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// JSON on one line instead of pretty-printed (indented by two spaces).
    #[arg(long)]
    pub compact: bool,

    /// Write to FILE instead of stdout (`-` is stdout).
    #[arg(long, short = 'o', value_name = "FILE|-", default_value = "-")]
    pub output: String,
}

impl OutputArgs {
    /// The effective format (`--json` wins).
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format
        }
    }
}

/// Arguments of `palimpsest batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// analyse: lines {"id", "text"}; compare: lines {"id", "old", "new"}.
    #[arg(value_enum, value_name = "MODE")]
    pub mode: BatchMode,

    /// JSONL input file (`-` is stdin).
    #[arg(long, short = 'i', value_name = "FILE|-", default_value = "-")]
    pub input: String,

    /// JSONL output file (`-` is stdout).
    #[arg(long, short = 'o', value_name = "FILE|-", default_value = "-")]
    pub output: String,

    /// Worker threads [default: the number of CPUs].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

    /// Number the first input line N in error records (for shards of a
    /// larger file: `split -l 1000` shard k starts at k*1000+1).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub first_line: u64,

    /// Exit 0 even when some records failed (they still get error lines).
    /// For engines that fail a task on any non-zero exit, such as Spark's
    /// RDD.pipe.
    #[arg(long)]
    pub allow_errors: bool,

    /// Never show the progress bar (it only shows when stderr is a terminal).
    #[arg(long)]
    pub no_progress: bool,

    #[command(flatten)]
    pub input_args: InputArgs,
}

/// Batch record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchMode {
    /// Analyse `text`.
    #[value(alias = "analyze")]
    Analyse,
    /// Compare `old` with `new`.
    Compare,
}

/// Single-run output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The JSON contract object.
    Json,
    /// Readable text report with a redline.
    Text,
    /// Markdown report.
    #[value(alias = "md")]
    Markdown,
    /// Self-contained HTML report.
    Html,
}

/// When to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}
