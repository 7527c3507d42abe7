//! Evaluation of the diff engine on version pairs (`{id, source, old, new}` per line).
//!
//! For every pair it checks the contract invariants (`palimpsest::diff::violations`:
//! every sentence and block in exactly one change, tokens rebuilding both
//! sides, every quote in exactly one quote change) and prints a summary line.

use palimpsest::{ChangeOp, Tag};
use std::collections::BTreeMap;
use std::time::Instant;

#[derive(serde::Deserialize)]
struct Pair {
    id: String,
    old: String,
    new: String,
}

/// Run the evaluation on a JSONL file; `Ok(true)` when every invariant holds on every pair.
pub fn run(path: &str) -> Result<bool, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let (mut pairs, mut failed) = (0usize, 0usize);
    let mut tag_totals: BTreeMap<String, usize> = BTreeMap::new();
    let mut op_totals: BTreeMap<String, usize> = BTreeMap::new();
    let mut total_ms = 0.0;
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let pair: Pair = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let start = Instant::now();
        let c = palimpsest::compare(&pair.old, &pair.new, &Default::default()).map_err(|e| e.to_string())?;
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        total_ms += ms;
        let problems = palimpsest::diff::violations(&c.old, &c.new, &c.paragraphs, &c.changes, &c.quotes);
        pairs += 1;
        let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
        for ch in c.changes.iter().filter(|ch| ch.op != ChangeOp::Equal) {
            *op_totals.entry(format!("{:?}", ch.op).to_lowercase()).or_default() += 1;
            for t in &ch.tags {
                *tags.entry(tag_name(*t)).or_default() += 1;
                *tag_totals.entry(tag_name(*t).to_string()).or_default() += 1;
            }
        }
        let s = &c.stats;
        println!(
            "{} {}: sentences {}→{} | {s} | substantive {} style-only {} | similarity {:.3} | tags {:?} | \
             quotes {} | {:.1} ms{}",
            if problems.is_empty() { "ok  " } else { "FAIL" },
            pair.id,
            c.old.sentences.len(),
            c.new.sentences.len(),
            s.substantive,
            s.style_only,
            c.similarity,
            tags,
            c.quotes.len(),
            ms,
            if s.fallback { " | FALLBACK" } else { "" }
        );
        if !problems.is_empty() {
            failed += 1;
            for p in problems.iter().take(10) {
                println!("    {p}");
            }
        }
    }
    println!(
        "\n{pairs} pairs, {} with every invariant holding, {failed} failing; {:.1} ms in all",
        pairs - failed,
        total_ms
    );
    println!("ops: {op_totals:?}");
    println!("tags: {tag_totals:?}");
    Ok(failed == 0 && pairs > 0)
}

fn tag_name(t: Tag) -> &'static str {
    match t {
        Tag::Style => "style",
        Tag::Hedge => "hedge",
        Tag::Time => "time",
        Tag::Number => "number",
        Tag::Attribution => "attribution",
        Tag::Quote => "quote",
        Tag::Wording => "wording",
        Tag::Insert => "insert",
        Tag::Delete => "delete",
    }
}
