//! Throughput of `palimpsest::analyse` (segmentation, quotes and word
//! statistics) on English news text built by repeating the example
//! articles, at growing sizes to show linear growth.
//!
//! Run: `cargo bench --bench analyse` (sizes in MB can be given:
//! `cargo bench --bench analyse -- 1 10 100`). `analyse` refuses texts over
//! `palimpsest::MAX_TEXT_BYTES`; above that only the segmentation is timed.

use std::time::{Duration, Instant};

fn corpus(bytes: usize) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let articles: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    assert!(!articles.is_empty(), "no examples/*.txt");
    let mut text = String::with_capacity(bytes + 64 * 1024);
    while text.len() < bytes {
        for a in &articles {
            text.push_str(a);
            text.push_str("\n\n");
        }
    }
    text
}

/// CPU time of this thread (the machine is shared, so wall time
/// overstates the cost when other processes compete for the cores).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Best of `runs` timings (at least one run, and runs until 1 s is spent).
fn time<F: FnMut()>(mut f: F, runs: usize) -> Duration {
    let mut best = Duration::MAX;
    let started = Instant::now();
    for k in 0.. {
        let t = Instant::now();
        let c = cpu_time();
        f();
        let spent = match (c, cpu_time()) {
            (Some(a), Some(b)) if USE_CPU.with(|u| *u) => b - a,
            _ => t.elapsed(),
        };
        best = best.min(spent);
        if k + 1 >= runs || started.elapsed() > Duration::from_secs(1) {
            break;
        }
    }
    best
}

thread_local! {
    static USE_CPU: bool = std::env::var_os("BENCH_WALL").is_none() && cpu_time().is_some();
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if args.is_empty() { vec![1, 10, 100] } else { args };
    let clock = if USE_CPU.with(|u| *u) {
        "thread CPU time"
    } else {
        "wall time"
    };
    println!("palimpsest::analyse on repeated examples/*.txt ({clock}, best run)");
    println!(
        "{:>8} {:>12} {:>10} {:>14} {:>10}",
        "MB", "analyse ms", "MB/s", "segment ms", "MB/s"
    );
    for mb in sizes {
        let text = corpus(mb * 1_000_000);
        let runs = if mb <= 1 { 10 } else { 3 };
        let seg = time(
            || {
                let idx = palimpsest::text::TextIndex::new(&text);
                let s = palimpsest::segment::segment(&idx);
                let w = palimpsest::segment::word_count(&text);
                std::hint::black_box((s.sentences.len(), w));
            },
            runs,
        );
        let analyse = if text.len() <= palimpsest::MAX_TEXT_BYTES {
            let d = time(
                || {
                    let a = palimpsest::analyse(&text, &Default::default());
                    std::hint::black_box(a.map(|a| a.sentences.len()).unwrap_or(0));
                },
                runs,
            );
            format!("{:>12.1} {:>10.1}", d.as_secs_f64() * 1e3, mbps(text.len(), d))
        } else {
            format!("{:>12} {:>10}", "over limit", "-")
        };
        println!(
            "{:>8.1} {analyse} {:>14.1} {:>10.1}",
            text.len() as f64 / 1e6,
            seg.as_secs_f64() * 1e3,
            mbps(text.len(), seg)
        );
    }
}
