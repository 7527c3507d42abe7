//! `palimpsest batch`: a streaming, order-preserving parallel map over JSONL
//! lines. The main thread reads a line, hands it to a rayon worker, and
//! writes finished lines in input order; at most `window` lines are in
//! flight (read but not yet written), so memory stays constant whatever the
//! input size.

mod record;

use crate::args::BatchArgs;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use record::{Job, Outcome};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::sync::mpsc;

/// The longest line read; longer lines get an error record (the core's text
/// limit, twice for compare, plus room for JSON escapes).
const MAX_LINE_BYTES: usize = 4 * palimpsest::MAX_TEXT_BYTES;

/// Lines in flight per worker thread.
const WINDOW_PER_JOB: usize = 8;

/// What a batch run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Non-blank lines processed.
    pub records: u64,
    /// Error records written.
    pub failed: u64,
}

/// Run `palimpsest batch` with its arguments; errors are usage or I/O errors.
pub fn run_cli(args: &BatchArgs) -> Result<Summary, String> {
    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let job = Job {
        mode: args.mode,
        lossy: args.input_args.lossy,
        options: crate::options(&args.input_args),
    };
    let (input, input_len): (Box<dyn BufRead + Send>, Option<u64>) = if args.input == "-" {
        crate::io::hint_if_stdin_is_terminal("JSONL");
        (Box::new(BufReader::with_capacity(1 << 16, io::stdin())), None)
    } else {
        let file = File::open(&args.input).map_err(|e| format!("{}: {e}", args.input))?;
        let len = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 16, file)), len)
    };
    let output = crate::output::open(&args.output).map_err(|e| format!("{}: {e}", args.output))?;
    let progress = (!args.no_progress && io::stderr().is_terminal()).then(|| progress_bar(input_len));
    let result = run(input, output, &job, jobs, args.first_line, progress.as_ref());
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let summary = match result {
        Ok(summary) => summary,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Summary::default()),
        Err(e) => return Err(format!("batch: {e}")),
    };
    if summary.failed > 0 {
        eprintln!(
            "palimpsest: {} of {} records failed (see the \"error\" lines in the output)",
            summary.failed, summary.records
        );
    }
    Ok(summary)
}

fn progress_bar(input_len: Option<u64>) -> ProgressBar {
    let bar = match input_len {
        Some(len) => ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {binary_bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// What the reader thread and the workers tell the writer.
enum Message {
    /// The output for input line `seq` (0-based).
    Line(u64, Outcome),
    /// The input ended after this many lines.
    End(u64),
    /// Reading failed.
    ReadFailed(io::Error),
}

/// Map every line of `input` to a line of `output`, in order, with `jobs`
/// worker threads. `first_line` is the number of the first input line.
///
/// A reader thread reads lines and hands them to the rayon pool; this
/// thread writes results in input order and flushes whenever it would
/// wait, so a driver that sends one line and waits for its answer works.
/// A bounded channel of slots keeps at most `8 × jobs` lines in flight.
pub fn run(
    input: impl BufRead + Send,
    output: impl Write,
    job: &Job,
    jobs: usize,
    first_line: u64,
    progress: Option<&ProgressBar>,
) -> io::Result<Summary> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .thread_name(|i| format!("palimpsest-batch-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let (messages, received) = mpsc::channel::<Message>();
    let (slots, freed) = mpsc::sync_channel::<()>(jobs.max(1) * WINDOW_PER_JOB);
    std::thread::scope(|scope| {
        let pool = &pool;
        let reader = scope.spawn(move || read_lines(input, pool, job, first_line, slots, messages, progress));
        let written = write_in_order(output, received, freed, progress);
        // On a write error the channels are gone; the reader stops at its next line.
        let _ = reader.join();
        written
    })
}

/// The reader thread: take a slot, read a line, start its job.
fn read_lines(
    mut input: impl BufRead,
    pool: &rayon::ThreadPool,
    job: &Job,
    first_line: u64,
    slots: mpsc::SyncSender<()>,
    messages: mpsc::Sender<Message>,
    progress: Option<&ProgressBar>,
) {
    let mut line = Vec::new();
    let mut seq = 0u64;
    while slots.send(()).is_ok() {
        let read = match read_line(&mut input, &mut line, MAX_LINE_BYTES) {
            Ok(Some(read)) => read,
            Ok(None) => {
                let _ = messages.send(Message::End(seq));
                return;
            }
            Err(e) => {
                let _ = messages.send(Message::ReadFailed(e));
                return;
            }
        };
        if let Some(bar) = progress {
            bar.inc(read.bytes);
        }
        let number = first_line.saturating_add(seq);
        if read.too_long {
            let message = format!("line longer than {MAX_LINE_BYTES} bytes");
            let _ = messages.send(Message::Line(seq, record::failure(&Value::Null, number, &message)));
        } else {
            let (bytes, sender, job) = (std::mem::take(&mut line), messages.clone(), job.clone());
            pool.spawn(move || {
                let outcome = std::panic::catch_unwind(|| record::process(&bytes, number, &job))
                    .unwrap_or_else(|_| record::failure(&Value::Null, number, "internal error: the analysis panicked"));
                // The receiver only goes away when writing failed; the run is over then.
                let _ = sender.send(Message::Line(seq, outcome));
            });
        }
        seq += 1;
    }
}

/// The writer: put results back in input order, free a slot per line.
fn write_in_order(
    mut output: impl Write,
    received: mpsc::Receiver<Message>,
    freed: mpsc::Receiver<()>,
    progress: Option<&ProgressBar>,
) -> io::Result<Summary> {
    let mut pending: BTreeMap<u64, Outcome> = BTreeMap::new();
    let (mut next, mut end) = (0u64, None);
    let mut summary = Summary::default();
    while end != Some(next) {
        let message = match received.try_recv() {
            Ok(message) => message,
            Err(_) => {
                output.flush()?;
                received
                    .recv()
                    .map_err(|_| io::Error::other("internal error: a batch worker stopped without a result"))?
            }
        };
        match message {
            Message::Line(seq, outcome) => {
                pending.insert(seq, outcome);
            }
            Message::End(lines) => end = Some(lines),
            Message::ReadFailed(e) => return Err(e),
        }
        while let Some(outcome) = pending.remove(&next) {
            if let Outcome::Record { json, failed } = outcome {
                summary.records += 1;
                summary.failed += u64::from(failed);
                output.write_all(&json)?;
            }
            output.write_all(b"\n")?;
            next += 1;
            let _ = freed.try_recv();
            if let Some(bar) = progress.filter(|_| next % 16 == 0) {
                bar.set_message(format!("{} records, {} failed", summary.records, summary.failed));
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

/// A line read by [`read_line`].
struct LineRead {
    /// Bytes consumed, line break included.
    bytes: u64,
    /// The line exceeded the limit; its content was skipped.
    too_long: bool,
}

/// Read one line into `buf` without its `\n` or `\r\n`; `None` at the end.
/// A line over `limit` bytes is skipped to its end and reported as too long.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<Option<LineRead>> {
    buf.clear();
    let mut read = LineRead {
        bytes: 0,
        too_long: false,
    };
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((read.bytes > 0).then_some(read));
        }
        let (chunk, used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        if !read.too_long {
            if buf.len() + chunk.len() > limit {
                read.too_long = true;
                *buf = Vec::new();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        input.consume(used);
        read.bytes += used as u64;
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(read));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::BatchMode;

    fn run_text(input: &str, jobs: usize) -> (String, Summary) {
        let job = Job {
            mode: BatchMode::Analyse,
            lossy: false,
            options: palimpsest::Options::default(),
        };
        let mut out = Vec::new();
        let summary = run(input.as_bytes(), &mut out, &job, jobs, 1, None).unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    #[test]
    fn output_keeps_input_order_and_line_count_with_many_jobs() {
        let input: String = (0..100)
            .map(|i| {
                format!(
                    "{{\"id\":{i},\"text\":\"Sentence {i} is here. {}\"}}\n",
                    "Word ".repeat(i % 17)
                )
            })
            .collect();
        let (out, summary) = run_text(&input, 4);
        let ids: Vec<u64> = out
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap())
            .collect();
        assert_eq!(ids, (0..100).collect::<Vec<_>>());
        assert_eq!(
            summary,
            Summary {
                records: 100,
                failed: 0
            }
        );
        assert_eq!(out, run_text(&input, 1).0);
    }

    #[test]
    fn blank_lines_stay_blank_and_crlf_is_accepted() {
        let (out, summary) = run_text("{\"id\":\"a\",\"text\":\"One.\"}\r\n\n{\"id\":\"b\"}", 2);
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(lines.len(), 4, "{out:?}");
        assert!(lines[0].starts_with("{\"id\":\"a\",\"result\":"));
        assert_eq!(lines[1], "");
        assert_eq!(lines[2], r#"{"id":"b","line":3,"error":"missing field \"text\""}"#);
        assert_eq!(summary, Summary { records: 2, failed: 1 });
    }

    #[test]
    fn over_long_lines_are_skipped_with_an_error() {
        let mut input: &[u8] = b"0123456789\nabc\n";
        let mut buf = Vec::new();
        let first = read_line(&mut input, &mut buf, 5).unwrap().unwrap();
        assert!(first.too_long);
        assert_eq!(first.bytes, 11);
        let second = read_line(&mut input, &mut buf, 5).unwrap().unwrap();
        assert!(!second.too_long);
        assert_eq!(buf, b"abc");
        assert!(read_line(&mut input, &mut buf, 5).unwrap().is_none());
    }
}
