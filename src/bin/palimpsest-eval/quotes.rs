//! Evaluation of the quotes engine on PolNeAR-style JSONL:
//! `{id, text, quotes: [{quote_spans, speaker_spans, cue_spans, type}]}` with
//! spans in Unicode code points (half-open).
//!
//! A predicted quote matches a gold one when the letters and digits they cover
//! overlap with IoU ≥ 0.5 (one-to-one, best pairs first). Set `QUOTES_SHOW=N`
//! to print N misses and false positives per type, `QUOTES_TYPE=direct` to
//! restrict the listing.

use palimpsest::{Analysis, QuoteKind, Span};
use serde_json::Value;

const IOU: f64 = 0.5;

struct Item {
    kind: String,
    letters: Vec<usize>,
    speaker: Vec<(usize, usize)>,
    cue: Vec<(usize, usize)>,
    first: usize,
    label: String,
}

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Count {
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}

fn letters(chars: &[char], spans: &[(usize, usize)]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for &(a, b) in spans {
        for (i, c) in chars.iter().enumerate().take(b.min(chars.len())).skip(a) {
            if c.is_alphanumeric() {
                out.push(i);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn iou(a: &[usize], b: &[usize]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

fn overlaps(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter().any(|&(s, e)| b.iter().any(|&(t, u)| s < u && t < e))
}

fn spans_of(v: &Value) -> Vec<(usize, usize)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p.get(0)?.as_u64()? as usize, p.get(1)?.as_u64()? as usize)))
                .collect()
        })
        .unwrap_or_default()
}

/// One-to-one matching, best IoU first: pairs (pred, gold).
fn matching(pred: &[&Item], gold: &[&Item]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let x = iou(&p.letters, &g.letters);
            if x >= IOU {
                pairs.push((x, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut up, mut ug) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !up[i] && !ug[j] {
            up[i] = true;
            ug[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
    }
}

fn predicted(text: &str, chars: &[char], a: &Analysis) -> Vec<Item> {
    // byte offset → code point offset
    let mut cp = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            cp[b + k] = n;
        }
        n += 1;
    }
    cp[text.len()] = n;
    let conv = |s: &Span| (cp[s.byte_start], cp[s.byte_end]);
    a.quotes
        .iter()
        .map(|q| {
            let spans: Vec<(usize, usize)> = q.spans.iter().map(conv).collect();
            Item {
                kind: kind_name(q.kind).to_string(),
                letters: letters(chars, &spans),
                speaker: q
                    .speaker
                    .as_ref()
                    .and_then(|s| s.mention.as_ref())
                    .map(|m| vec![conv(&m.span)])
                    .unwrap_or_default(),
                cue: q.cue.as_ref().map(|c| vec![conv(&c.span)]).unwrap_or_default(),
                first: spans.first().map_or(0, |s| s.0),
                label: format!(
                    "{} | cue {:?} | speaker {:?}",
                    q.text.chars().take(160).collect::<String>(),
                    q.cue.as_ref().map(|c| c.text.as_str()),
                    q.speaker
                        .as_ref()
                        .map(|s| s.mention.as_ref().map_or(s.name.as_str(), |m| m.text.as_str()))
                ),
            }
        })
        .collect()
}

fn gold(chars: &[char], v: &Value) -> Vec<Item> {
    v.get("quotes")
        .and_then(Value::as_array)
        .map(|qs| {
            qs.iter()
                .map(|q| {
                    let spans = spans_of(&q["quote_spans"]);
                    Item {
                        kind: q["type"].as_str().unwrap_or("indirect").to_string(),
                        letters: letters(chars, &spans),
                        speaker: spans_of(&q["speaker_spans"]),
                        cue: spans_of(&q["cue_spans"]),
                        first: spans.first().map_or(0, |s| s.0),
                        label: format!(
                            "{} | cue {:?} | speaker {:?}",
                            q["quote"].as_str().unwrap_or("").chars().take(160).collect::<String>(),
                            q["cue"].as_str().unwrap_or(""),
                            q["speaker"].as_str().unwrap_or("")
                        ),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Run the evaluation on a JSONL file; `Ok(true)` when every target is met.
pub fn run(path: &str) -> Result<bool, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let show: usize = std::env::var("QUOTES_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let show_type = std::env::var("QUOTES_TYPE").ok();
    let types = ["direct", "mixed", "indirect"];
    let mut per = [Count::default(); 3];
    let mut all = Count::default();
    let mut dm_speaker = Count::default();
    let (mut matched, mut spk_ok, mut cue_ok) = (0usize, 0usize, 0usize);
    let mut shown = [0usize; 3];
    let mut articles = 0;
    let mut bytes = 0usize;
    let mut analyse_secs = 0.0f64;
    for (line_no, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", line_no + 1))?;
        let text = v["text"].as_str().unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        let t0 = std::time::Instant::now();
        let analysis = palimpsest::analyse(text, &Default::default()).map_err(|e| e.to_string())?;
        analyse_secs += t0.elapsed().as_secs_f64();
        articles += 1;
        bytes += text.len();
        let pred = predicted(text, &chars, &analysis);
        let gold = gold(&chars, &v);
        // All kinds together, for speaker and cue accuracy.
        let p_all: Vec<&Item> = pred.iter().collect();
        let g_all: Vec<&Item> = gold.iter().collect();
        let m = matching(&p_all, &g_all);
        all.tp += m.len();
        all.pred += p_all.len();
        all.gold += g_all.len();
        for &(i, j) in &m {
            matched += 1;
            if overlaps(&p_all[i].speaker, &g_all[j].speaker)
                || g_all[j].speaker.is_empty() && p_all[i].speaker.is_empty()
            {
                spk_ok += 1;
            } else if std::env::var("QUOTES_SPK").is_ok() {
                println!(
                    "SPK {} [{}@{}] {}\n    predicted: {}",
                    g_all[j].kind,
                    v["id"].as_str().unwrap_or("?"),
                    g_all[j].first,
                    g_all[j].label,
                    p_all[i].label
                );
            }
            if overlaps(&p_all[i].cue, &g_all[j].cue) {
                cue_ok += 1;
            }
        }
        for (t, ty) in types.iter().enumerate() {
            let p: Vec<&Item> = pred.iter().filter(|x| x.kind == *ty).collect();
            let g: Vec<&Item> = gold.iter().filter(|x| x.kind == *ty).collect();
            let m = matching(&p, &g);
            per[t].tp += m.len();
            per[t].pred += p.len();
            per[t].gold += g.len();
            if shown[t] < show && show_type.as_deref().is_none_or(|s| s == *ty) {
                let id = v["id"].as_str().unwrap_or("?");
                for (j, gi) in g.iter().enumerate() {
                    if !m.iter().any(|&(_, b)| b == j) && shown[t] < show {
                        shown[t] += 1;
                        println!("MISS {ty} [{id}@{}] {}", gi.first, gi.label);
                    }
                }
                for (i, pi) in p.iter().enumerate() {
                    if !m.iter().any(|&(a, _)| a == i) && shown[t] < show {
                        shown[t] += 1;
                        println!("FP   {ty} [{id}@{}] {}", pi.first, pi.label);
                    }
                }
            }
        }
        let p: Vec<&Item> = pred.iter().filter(|x| x.kind != "indirect").collect();
        let g: Vec<&Item> = gold.iter().filter(|x| x.kind != "indirect").collect();
        let m = matching(&p, &g);
        dm_speaker.tp += m
            .iter()
            .filter(|&&(i, j)| overlaps(&p[i].speaker, &g[j].speaker))
            .count();
        dm_speaker.pred += p.len();
        dm_speaker.gold += g.len();
    }
    println!(
        "articles {articles}, {:.1} KB, analyse {:.3} s ({:.1} MB/s, segmentation and quotes)",
        bytes as f64 / 1024.0,
        analyse_secs,
        bytes as f64 / 1e6 / analyse_secs.max(1e-9)
    );
    println!(
        "{:<28} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "", "P", "R", "F1", "tp", "pred", "gold"
    );
    let row = |name: &str, c: &Count| {
        let (p, r, f) = c.prf();
        println!(
            "{name:<28} {p:>6.1} {r:>6.1} {f:>6.1} {:>6} {:>6} {:>6}",
            c.tp, c.pred, c.gold
        );
    };
    row("all quotes (any kind)", &all);
    for (t, ty) in types.iter().enumerate() {
        row(ty, &per[t]);
    }
    row("direct+mixed with speaker", &dm_speaker);
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    println!(
        "speaker accuracy on matched quotes: {:.1}% ({spk_ok}/{matched})",
        pct(spk_ok, matched)
    );
    println!(
        "cue accuracy on matched quotes:     {:.1}% ({cue_ok}/{matched})",
        pct(cue_ok, matched)
    );
    let ok = per[0].prf().2 >= 92.0 && dm_speaker.prf().2 >= 85.0 && per[2].prf().2 >= 70.0;
    println!(
        "targets (direct F1 ≥ 92, direct+mixed speaker F1 ≥ 85, indirect F1 ≥ 70): {}",
        if ok { "met" } else { "not met" }
    );
    Ok(ok)
}
