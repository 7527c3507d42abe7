//! Where output goes and whether it is coloured.

use crate::args::ColorChoice;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

/// Whether a text report to `path` gets ANSI colours: `always`, or `auto`
/// when `path` is stdout on a terminal, NO_COLOR is unset or empty and TERM
/// is not `dumb`.
pub fn use_colour(choice: ColorChoice, path: &str) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            path == "-"
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

/// A buffered writer to `path` (`-` is stdout).
pub fn open(path: &str) -> io::Result<Box<dyn Write>> {
    Ok(if path == "-" {
        Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock()))
    } else {
        Box::new(BufWriter::with_capacity(1 << 16, File::create(path)?))
    })
}

/// Write `text` to `path` in one go.
pub fn write_all(path: &str, text: &str) -> io::Result<()> {
    let mut out = open(path)?;
    out.write_all(text.as_bytes())?;
    out.flush()
}
