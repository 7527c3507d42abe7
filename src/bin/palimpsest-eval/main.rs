//! `palimpsest-eval`: development evaluation against annotated data sets.
//!
//! `palimpsest-eval segmentation FILE` (golden-rules JSONL),
//! `palimpsest-eval quotes FILE` (PolNeAR-style JSONL),
//! `palimpsest-eval diff FILE` (version-pair JSONL).

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod diff;
mod quotes;
mod segmentation;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match (args.first().map(String::as_str), args.get(1)) {
        (Some("segmentation"), Some(path)) => segmentation::run(path),
        (Some("quotes"), Some(path)) => quotes::run(path),
        (Some("diff"), Some(path)) => diff::run(path),
        _ => Err("usage: palimpsest-eval segmentation|quotes|diff FILE".to_string()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("palimpsest-eval: {e}");
            ExitCode::from(2)
        }
    }
}
