//! The `palimpsest` command-line tool: analyse or compare articles, one at a
//! time (JSON, text, Markdown or HTML) or as JSONL batches.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod args;
mod batch;
mod io;
mod output;

use args::{Cli, Command, Format, InputArgs, OutputArgs};
use clap::Parser;
use palimpsest::report::{self, TextStyle};
use std::process::ExitCode;

/// Exit status: every record (or the single run) succeeded.
const EXIT_OK: u8 = 0;
/// Exit status: a batch finished but some records failed.
const EXIT_RECORDS_FAILED: u8 = 1;
/// Exit status: usage, I/O or input error.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("palimpsest: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    match cli.command {
        Command::Analyse { file, input, output } => {
            let text = io::read_text(&file, input.lossy)?;
            let analysis = palimpsest::analyse(&text, &options(&input)).map_err(|e| format!("{file}: {e}"))?;
            let style = style(cli.color, &output);
            let rendered = match output.format() {
                Format::Json => json(&analysis, output.compact)?,
                Format::Text => report::render_analysis(&analysis, report::Format::Text, &style),
                Format::Markdown => report::analysis(&analysis, report::Format::Markdown),
                Format::Html => report::analysis(&analysis, report::Format::Html),
            };
            emit(&output.output, &rendered)
        }
        Command::Compare {
            old,
            new,
            input,
            output,
        } => {
            if old == "-" && new == "-" {
                return Err("only one of OLD and NEW can be stdin (-)".to_string());
            }
            let old_text = io::read_text(&old, input.lossy)?;
            let new_text = io::read_text(&new, input.lossy)?;
            let comparison = palimpsest::compare(&old_text, &new_text, &options(&input)).map_err(|e| e.to_string())?;
            let style = style(cli.color, &output);
            let rendered = match output.format() {
                Format::Json => json(&comparison, output.compact)?,
                Format::Text => report::render_comparison(&comparison, report::Format::Text, &style),
                Format::Markdown => report::comparison(&comparison, report::Format::Markdown),
                Format::Html => report::comparison(&comparison, report::Format::Html),
            };
            emit(&output.output, &rendered)
        }
        Command::Batch(args) => {
            let summary = batch::run_cli(&args)?;
            Ok(if summary.failed > 0 && !args.allow_errors {
                EXIT_RECORDS_FAILED
            } else {
                EXIT_OK
            })
        }
    }
}

/// Core options from the flags (other options keep their defaults).
// Field-by-field so that options the engines add later keep their defaults.
#[allow(clippy::field_reassign_with_default)]
fn options(input: &InputArgs) -> palimpsest::Options {
    let mut options = palimpsest::Options::default();
    options.words = input.words;
    options
}

fn style(choice: args::ColorChoice, output: &OutputArgs) -> TextStyle {
    if output::use_colour(choice, &output.output) {
        TextStyle::ANSI
    } else {
        TextStyle::PLAIN
    }
}

fn json<T: serde::Serialize>(value: &T, compact: bool) -> Result<String, String> {
    let mut text = if compact {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    }
    .map_err(|e| format!("could not write JSON: {e}"))?;
    text.push('\n');
    Ok(text)
}

/// Write the result; a closed pipe (`| head`) is not an error.
fn emit(path: &str, text: &str) -> Result<u8, String> {
    match output::write_all(path, text) {
        Ok(()) => Ok(EXIT_OK),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(EXIT_OK),
        Err(e) => Err(format!("{}: {e}", if path == "-" { "<stdout>" } else { path })),
    }
}
