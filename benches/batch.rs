//! Throughput and peak memory of `palimpsest batch compare`.
//!
//! Generates a JSONL file of version pairs (default 10,000 pairs of about
//! 800 words each) deterministically from the seed articles in `examples/`,
//! with edits of the kinds editors make (word swaps, hedges, numbers,
//! deleted, inserted and moved paragraphs), then runs the binary built with the bench (`cargo bench --profile native`)
//! once over it with `--jobs 2` under `/usr/bin/time -v` (when present) and
//! prints pairs/s, MB/s and the peak resident memory.
//!
//! `cargo bench --bench batch`; `PALIMPSEST_BENCH_PAIRS=N` and
//! `PALIMPSEST_BENCH_JOBS=N` change the size and the worker count.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const TARGET_WORDS: usize = 800;

/// xorshift64*: small, deterministic, good enough to pick edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SWAPS: [(&str, &str); 8] = [
    (" may ", " might "),
    (" said", " told reporters"),
    (" will ", " would "),
    (" help ", " assistance "),
    (" meeting", " summit"),
    (" — ", ", "),
    ("reentry", "re-entry"),
    (" could ", " may "),
];

fn paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.extend(
                text.lines()
                    .filter(|l| l.split_whitespace().count() >= 8)
                    .map(str::to_string),
            );
        }
    }
    out.sort();
    out
}

fn article(rng: &mut Rng, pool: &[String], i: usize) -> Vec<String> {
    let mut paras = vec![format!("Story {i}: talks resume as leaders meet")];
    let mut words = 0;
    while words < TARGET_WORDS {
        let p = &pool[rng.below(pool.len())];
        // Vary the figures so that pairs differ from each other.
        let p = p
            .replace("four", &format!("{}", 2 + rng.below(9)))
            .replace("24", &format!("{}", 10 + i % 90));
        words += p.split_whitespace().count();
        paras.push(p);
    }
    paras
}

fn revise(rng: &mut Rng, old: &[String], pool: &[String]) -> Vec<String> {
    let mut new: Vec<String> = old.to_vec();
    for p in new.iter_mut().skip(1) {
        if rng.below(4) == 0 {
            let (from, to) = SWAPS[rng.below(SWAPS.len())];
            *p = p.replacen(from, to, 1);
        }
    }
    if new.len() > 4 {
        let at = 1 + rng.below(new.len() - 1);
        new.remove(at);
        let at = 1 + rng.below(new.len() - 2);
        new.swap(at, at + 1);
    }
    let at = 1 + rng.below(new.len() - 1);
    new.insert(at, pool[rng.below(pool.len())].clone());
    new
}

fn generate(path: &Path, pairs: usize) -> u64 {
    let pool = paragraphs();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = BufWriter::new(std::fs::File::create(path).unwrap());
    let mut words = 0u64;
    for i in 0..pairs {
        let old = article(&mut rng, &pool, i);
        let new = revise(&mut rng, &old, &pool);
        let (old, new) = (old.join("\n"), new.join("\n"));
        words += (old.split_whitespace().count() + new.split_whitespace().count()) as u64;
        let line = serde_json::json!({"id": format!("pair-{i:05}"), "old": old, "new": new});
        serde_json::to_writer(&mut out, &line).unwrap();
        out.write_all(b"\n").unwrap();
    }
    out.flush().unwrap();
    words / (2 * pairs.max(1) as u64)
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not run us.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let pairs = env_number("PALIMPSEST_BENCH_PAIRS", 10_000);
    let jobs = env_number("PALIMPSEST_BENCH_JOBS", 2);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-batch");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("pairs-{pairs}.jsonl"));
    let output = dir.join("out.jsonl");
    let started = Instant::now();
    let avg_words = generate(&input, pairs);
    let input_bytes = std::fs::metadata(&input).unwrap().len();
    eprintln!(
        "generated {pairs} pairs, {avg_words} words per version on average, {:.1} MB, in {:.1?}",
        input_bytes as f64 / 1e6,
        started.elapsed()
    );

    let bin = env!("CARGO_BIN_EXE_palimpsest");
    let timed = Path::new("/usr/bin/time").exists();
    let mut cmd = if timed {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-v").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args([
        "batch",
        "compare",
        "--no-progress",
        "--jobs",
        &jobs.to_string(),
        "--input",
    ])
    .arg(&input)
    .arg("--output")
    .arg(&output);
    let started = Instant::now();
    let result = cmd.output().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "batch failed: {stderr}");
    let lines = std::fs::read(&output).unwrap().iter().filter(|&&b| b == b'\n').count();
    assert_eq!(lines, pairs, "one output line per pair");
    let peak_kb = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
        .and_then(|v| v.trim().parse::<u64>().ok());
    println!(
        "batch compare: {pairs} pairs (~{avg_words} words each side), --jobs {jobs}: {seconds:.2} s, {:.0} pairs/s, {:.1} MB/s of JSONL in",
        pairs as f64 / seconds,
        input_bytes as f64 / 1e6 / seconds
    );
    let seconds_of = |label: &str| {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .and_then(|v| v.trim().parse::<f64>().ok())
    };
    if let (Some(user), Some(system)) = (
        seconds_of("User time (seconds): "),
        seconds_of("System time (seconds): "),
    ) {
        let cpu = user + system;
        println!(
            "CPU time: {cpu:.2} s ({:.1} ms per pair); with {jobs} free cores: {:.0} pairs/s",
            cpu * 1000.0 / pairs as f64,
            pairs as f64 * jobs as f64 / cpu
        );
    }
    match peak_kb {
        Some(kb) => println!("peak resident memory: {:.1} MB", kb as f64 / 1024.0),
        None => println!("peak resident memory: not measured (/usr/bin/time -v unavailable)"),
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "machine load average at the end: {}",
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    );
}
