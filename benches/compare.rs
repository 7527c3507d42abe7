//! `cargo bench --bench compare`: time `compare` natively on generated version
//! pairs of 5,000, 50,000 and 500,000 words (about 5% of the words edited and
//! 4 paragraphs moved). tests/bench/compare.mjs builds the same pairs (same
//! generator and seed, same checksum) to time the wasm build next to jsdiff.

use std::time::Instant;

/// mulberry32, as in tests/bench/compare.mjs.
struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0x6D2B_79F5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        t ^ (t >> 14)
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "the",
    "the",
    "the",
    "of",
    "of",
    "and",
    "and",
    "to",
    "to",
    "a",
    "a",
    "in",
    "in",
    "on",
    "for",
    "with",
    "that",
    "was",
    "is",
    "has",
    "had",
    "would",
    "could",
    "may",
    "said",
    "told",
    "after",
    "before",
    "during",
    "while",
    "government",
    "minister",
    "council",
    "officials",
    "police",
    "report",
    "talks",
    "deal",
    "plan",
    "budget",
    "election",
    "vote",
    "court",
    "ruling",
    "company",
    "market",
    "prices",
    "workers",
    "union",
    "strike",
    "border",
    "troops",
    "missile",
    "summit",
    "leaders",
    "meeting",
    "agreement",
    "sanctions",
    "economy",
    "growth",
    "bank",
    "rates",
    "inflation",
    "energy",
    "oil",
    "gas",
    "power",
    "storm",
    "flood",
    "rescue",
    "hospital",
    "patients",
    "school",
    "students",
    "city",
    "region",
    "province",
    "capital",
    "village",
    "bridge",
    "road",
    "airport",
    "port",
    "ship",
    "train",
    "week",
    "month",
    "year",
    "Monday",
    "Tuesday",
    "Wednesday",
    "yesterday",
    "today",
    "spokesman",
    "statement",
    "interview",
    "agency",
    "newspaper",
    "television",
    "public",
    "private",
    "national",
    "local",
    "foreign",
    "military",
    "civil",
    "new",
    "old",
    "first",
    "last",
    "major",
    "small",
    "large",
    "early",
    "late",
    "expected",
    "likely",
    "reported",
    "announced",
    "confirmed",
    "denied",
    "warned",
    "promised",
    "rejected",
    "approved",
    "signed",
    "launched",
    "opened",
    "closed",
    "raised",
    "cut",
    "increase",
    "decline",
    "support",
    "opposition",
    "critics",
    "residents",
    "families",
    "children",
    "experts",
    "analysts",
    "investors",
    "voters",
    "Putin",
    "Kim",
    "Moscow",
    "Pyongyang",
    "Washington",
    "Brussels",
    "Berlin",
    "Paris",
    "London",
    "Tokyo",
    "Smith",
    "Garcia",
    "Nguyen",
    "Okafor",
    "Kowalski",
    "Haddad",
];
const NUMBERS: &[&str] = &[
    "24",
    "$35,000,000",
    "3.5%",
    "1,200",
    "2019",
    "12",
    "40,000",
    "7.8",
    "€150",
    "300",
];

type Sentence = Vec<String>;

fn sentence(rng: &mut Rng) -> Sentence {
    let n = 8 + rng.below(23) as usize;
    (0..n)
        .map(|_| {
            let mut w = if rng.below(20) == 0 {
                NUMBERS[rng.below(NUMBERS.len() as u32) as usize].to_string()
            } else {
                WORDS[rng.below(WORDS.len() as u32) as usize].to_string()
            };
            if rng.below(12) == 0 {
                w.push(',');
            }
            w
        })
        .collect()
}

fn render_sentence(s: &Sentence, quoted: bool) -> String {
    let mut words: Vec<String> = s
        .iter()
        .map(|w| w.trim_end_matches(',').to_string() + if w.ends_with(',') { "," } else { "" })
        .collect();
    if let Some(first) = words.first_mut() {
        let mut c = first.chars();
        if let Some(f) = c.next() {
            *first = f.to_uppercase().collect::<String>() + c.as_str();
        }
    }
    let body = words.join(" ");
    let body = body.trim_end_matches(',');
    if quoted {
        format!("“{body},” Smith said.")
    } else {
        format!("{body}.")
    }
}

/// Paragraphs of (sentence, quoted) pairs.
type Doc = Vec<Vec<(Sentence, bool)>>;

fn generate(words: usize, seed: u32) -> (String, String) {
    let mut rng = Rng(seed);
    let mut doc: Doc = Vec::new();
    let mut count = 0;
    while count < words {
        let n = 2 + rng.below(4) as usize;
        let para: Vec<(Sentence, bool)> = (0..n)
            .map(|_| {
                let s = sentence(&mut rng);
                count += s.len();
                (s, rng.below(8) == 0)
            })
            .collect();
        doc.push(para);
    }
    let old = render(&doc);
    // About 5% of the words edited: replaced, deleted or followed by a new word.
    for para in &mut doc {
        for (s, _) in para.iter_mut() {
            let mut k = 0;
            while k < s.len() {
                if rng.below(20) == 0 {
                    match rng.below(3) {
                        0 => s[k] = WORDS[rng.below(WORDS.len() as u32) as usize].to_string(),
                        1 if s.len() > 3 => {
                            s.remove(k);
                            continue;
                        }
                        _ => {
                            s.insert(k + 1, WORDS[rng.below(WORDS.len() as u32) as usize].to_string());
                            k += 1;
                        }
                    }
                }
                k += 1;
            }
        }
    }
    for _ in 0..4 {
        let from = rng.below(doc.len() as u32) as usize;
        let p = doc.remove(from);
        let to = rng.below(doc.len() as u32 + 1) as usize;
        doc.insert(to, p);
    }
    (old, render(&doc))
}

fn render(doc: &Doc) -> String {
    doc.iter()
        .map(|p| {
            p.iter()
                .map(|(s, q)| render_sentence(s, *q))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn fnv1a(text: &str) -> u32 {
    text.bytes()
        .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// On-CPU time of this thread in ms (Linux schedstat; steadier than wall
/// time on a shared machine), or wall time where it is unavailable.
fn cpu_ms(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64() * 1000.0, |ns| ns / 1e6)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let origin = Instant::now();
    println!("native compare (profile native), on-CPU ms (wall ms in brackets), median of runs");
    println!(
        "{:>8} {:>6} {:>10} {:>18} {:>18} {:>10}",
        "words", "runs", "checksum", "compare ms", "align ms", "Mwords/s"
    );
    // BENCH_WORDS=50000 runs one size (for profiling).
    let only: Option<usize> = std::env::var("BENCH_WORDS").ok().and_then(|v| v.parse().ok());
    for (words, runs) in [(5_000, 15), (50_000, 7), (500_000, 3)] {
        if only.is_some_and(|w| w != words) {
            continue;
        }
        let (old, new) = generate(words, 42);
        let opts = palimpsest::Options::default();
        let (mut times, mut walls, mut align_times, mut align_walls) = (vec![], vec![], vec![], vec![]);
        let mut fallback = false;
        for _ in 0..runs {
            let (c0, t) = (cpu_ms(origin), Instant::now());
            let c = palimpsest::compare(&old, &new, &opts).unwrap_or_else(|e| panic!("{e}"));
            times.push(cpu_ms(origin) - c0);
            walls.push(t.elapsed().as_secs_f64() * 1000.0);
            let (c0, t) = (cpu_ms(origin), Instant::now());
            let a = palimpsest::diff::align(&c.old, &c.new);
            align_times.push(cpu_ms(origin) - c0);
            align_walls.push(t.elapsed().as_secs_f64() * 1000.0);
            fallback = a.stats.fallback;
            std::hint::black_box(a);
        }
        let ms = median(times);
        let cell = |cpu: f64, wall: f64| format!("{cpu:.1} [{wall:.0}]");
        println!(
            "{:>8} {:>6} {:>10x} {:>18} {:>18} {:>10.2}{}",
            words,
            runs,
            fnv1a(&old) ^ fnv1a(&new),
            cell(ms, median(walls)),
            cell(median(align_times), median(align_walls)),
            words as f64 / ms / 1000.0,
            if fallback { "  (fallback)" } else { "" }
        );
    }
    let (old, new) = generate(50_000, 42);
    let c = palimpsest::compare(&old, &new, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let s = &c.stats;
    println!(
        "50k pair: {} old / {} new sentences; {s}; {} paragraph moves; similarity {:.3}",
        c.old.sentences.len(),
        c.new.sentences.len(),
        c.paragraphs
            .iter()
            .filter(|p| p.op == palimpsest::ChangeOp::Move)
            .count(),
        c.similarity
    );
}
