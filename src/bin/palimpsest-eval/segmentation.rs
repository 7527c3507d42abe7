//! Evaluation of the segmentation engine on golden-rules JSONL
//! (`{"id", "name", "text", "sentences": [..]}` per line).
//!
//! Each text goes through the full segmentation (blocks, then sentences);
//! sentences are compared with whitespace runs collapsed, because the
//! expected sentences of wrapped lines are written without the line break
//! while the engine keeps the original text.

use serde_json::Value;

/// Run the evaluation on a JSONL file; `Ok(true)` when every case passes.
pub fn run(path: &str) -> Result<bool, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut total = 0;
    let mut passed = 0;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = case["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{}: no text", n + 1))?;
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .ok_or_else(|| format!("{path}:{}: no sentences", n + 1))?
            .iter()
            .filter_map(Value::as_str)
            .map(normalise)
            .filter(|s| !s.is_empty())
            .collect();
        let idx = palimpsest::text::TextIndex::new(text);
        let seg = palimpsest::segment::segment(&idx);
        let actual: Vec<String> = seg.sentences.iter().map(|s| normalise(&s.text)).collect();
        total += 1;
        if actual == expected {
            passed += 1;
        } else {
            let id = case["id"].as_str().unwrap_or("?");
            let name = case["name"].as_str().unwrap_or("");
            println!("FAIL {id} {name}");
            println!("  text:     {text:?}");
            println!("  expected: {expected:?}");
            println!("  actual:   {actual:?}");
        }
    }
    println!("segmentation: {passed}/{total} passed");
    Ok(passed == total)
}

/// Collapse whitespace runs to one space and trim.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
