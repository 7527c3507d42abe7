//! Shared contract checker for the property tests, the adversarial corpus and
//! the fuzz targets (which include this file by path).
//!
//! Every check works on the JSON form (`serde_json::to_value`) of the result,
//! because the JSON contract of issue 2 is what the page, the npm package and
//! the CLI see. UTF-16 offsets are recomputed independently of the crate's
//! `TextIndex`, from `encode_utf16`.

#![allow(dead_code)]

use palimpsest::{Analysis, Comparison};
use serde_json::Value;
use std::time::{Duration, Instant};

/// The independent offset oracle: for every byte offset of a text, the UTF-16
/// length of the prefix ending there, or `None` inside a multi-byte character.
pub struct Oracle<'a> {
    text: &'a str,
    utf16_at: Vec<u32>,
}

const NOT_A_BOUNDARY: u32 = u32::MAX;

impl<'a> Oracle<'a> {
    /// Build the oracle; O(n) memory and time.
    pub fn new(text: &'a str) -> Self {
        let mut utf16_at = vec![NOT_A_BOUNDARY; text.len() + 1];
        let mut units = 0u32;
        let mut buf = [0u16; 2];
        for (i, c) in text.char_indices() {
            utf16_at[i] = units;
            units += c.encode_utf16(&mut buf).len() as u32;
        }
        utf16_at[text.len()] = units;
        Oracle { text, utf16_at }
    }

    /// UTF-16 length of `text[..byte]`, if `byte` is a char boundary.
    pub fn utf16(&self, byte: usize) -> Option<usize> {
        match self.utf16_at.get(byte) {
            Some(&u) if u != NOT_A_BOUNDARY => Some(u as usize),
            _ => None,
        }
    }

    /// Total UTF-16 length.
    pub fn utf16_len(&self) -> usize {
        self.utf16_at[self.text.len()] as usize
    }
}

/// A checked span: byte range, UTF-16 range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Checked {
    fn inside(&self, outer: &Checked) -> bool {
        outer.byte_start <= self.byte_start && self.byte_end <= outer.byte_end
    }
}

fn field<'v>(v: &'v Value, key: &str, at: &str) -> Result<&'v Value, String> {
    v.get(key)
        .ok_or_else(|| format!("{at}: missing field `{key}` in {}", short(v)))
}

fn uint(v: &Value, key: &str, at: &str) -> Result<usize, String> {
    field(v, key, at)?
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("{at}: `{key}` is not a non-negative integer"))
}

fn string<'v>(v: &'v Value, key: &str, at: &str) -> Result<&'v str, String> {
    field(v, key, at)?
        .as_str()
        .ok_or_else(|| format!("{at}: `{key}` is not a string"))
}

fn array<'v>(v: &'v Value, key: &str, at: &str) -> Result<&'v Vec<Value>, String> {
    field(v, key, at)?
        .as_array()
        .ok_or_else(|| format!("{at}: `{key}` is not an array"))
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 300 {
        let mut cut = 300;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}…", &s[..cut])
    } else {
        s
    }
}

fn preview(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    format!("{out:?}")
}

/// Check one `Span` object (flattened fields `start end byteStart byteEnd`):
/// half-open, inside the text, on char boundaries, UTF-16 and byte offsets agreeing.
pub fn check_span(oracle: &Oracle, v: &Value, at: &str) -> Result<Checked, String> {
    let s = Checked {
        start: uint(v, "start", at)?,
        end: uint(v, "end", at)?,
        byte_start: uint(v, "byteStart", at)?,
        byte_end: uint(v, "byteEnd", at)?,
    };
    if s.byte_start > s.byte_end || s.start > s.end {
        return Err(format!("{at}: reversed span {s:?}"));
    }
    if s.byte_end > oracle.text.len() {
        return Err(format!(
            "{at}: span {s:?} ends past the text ({} bytes)",
            oracle.text.len()
        ));
    }
    let u_start = oracle
        .utf16(s.byte_start)
        .ok_or_else(|| format!("{at}: byteStart {} is not a char boundary", s.byte_start))?;
    let u_end = oracle
        .utf16(s.byte_end)
        .ok_or_else(|| format!("{at}: byteEnd {} is not a char boundary", s.byte_end))?;
    if (u_start, u_end) != (s.start, s.end) {
        return Err(format!(
            "{at}: UTF-16 offsets {}..{} disagree with byte offsets {}..{} (expected UTF-16 {u_start}..{u_end})",
            s.start, s.end, s.byte_start, s.byte_end
        ));
    }
    Ok(s)
}

/// Check a span that carries `text` (Block, Sentence, Excerpt): its text is the slice it covers.
pub fn check_excerpt(oracle: &Oracle, v: &Value, at: &str) -> Result<Checked, String> {
    let s = check_span(oracle, v, at)?;
    let text = string(v, "text", at)?;
    let slice = &oracle.text[s.byte_start..s.byte_end];
    if text != slice {
        return Err(format!(
            "{at}: text {} differs from the slice {}..{} of the input {}",
            preview(text),
            s.byte_start,
            s.byte_end,
            preview(slice)
        ));
    }
    Ok(s)
}

fn check_optional_excerpt(oracle: &Oracle, v: &Value, key: &str, at: &str) -> Result<Option<Checked>, String> {
    match field(v, key, at)? {
        Value::Null => Ok(None),
        e => check_excerpt(oracle, e, &format!("{at}.{key}")).map(Some),
    }
}

fn check_in_order(spans: &[Checked], what: &str) -> Result<(), String> {
    for (i, w) in spans.windows(2).enumerate() {
        if w[1].byte_start < w[0].byte_end {
            return Err(format!(
                "{what}[{}] (bytes {}..{}) overlaps or precedes {what}[{i}] (bytes {}..{})",
                i + 1,
                w[1].byte_start,
                w[1].byte_end,
                w[0].byte_start,
                w[0].byte_end
            ));
        }
    }
    Ok(())
}

const BLOCK_KINDS: &[&str] = &[
    "metadata",
    "headline",
    "dateline",
    "byline",
    "subheading",
    "paragraph",
    "caption",
    "credit",
    "teaser",
    "boilerplate",
];
const QUOTE_KINDS: &[&str] = &["direct", "mixed", "indirect"];
const CHANGE_OPS: &[&str] = &["equal", "edit", "insert", "delete", "move", "split", "merge"];
const TOKEN_OPS: &[&str] = &["equal", "insert", "delete"];
const QUOTE_CHANGE_OPS: &[&str] = &["unchanged", "added", "removed", "altered", "reattributed", "recued"];

fn one_of(v: &str, allowed: &[&str], at: &str) -> Result<(), String> {
    if allowed.contains(&v) {
        Ok(())
    } else {
        Err(format!("{at}: `{v}` is not one of {allowed:?}"))
    }
}

fn check_similarity(v: &Value, at: &str) -> Result<(), String> {
    let s = field(v, "similarity", at)?
        .as_f64()
        .ok_or_else(|| format!("{at}: similarity is not a number (NaN serialises as null)"))?;
    if !(0.0..=1.0).contains(&s) {
        return Err(format!("{at}: similarity {s} is outside 0..=1"));
    }
    Ok(())
}

/// The sentence spans of a checked analysis, kept for the comparison checks.
pub struct AnalysisFacts {
    pub blocks: Vec<Checked>,
    pub sentences: Vec<Checked>,
    pub sentence_texts: Vec<String>,
    pub block_texts: Vec<String>,
    pub quote_texts: Vec<String>,
}

/// Check an `Analysis` of `text` against every invariant of the JSON contract.
pub fn check_analysis(text: &str, analysis: &Analysis) -> Result<(), String> {
    let v = serde_json::to_value(analysis).map_err(|e| format!("Analysis does not serialise: {e}"))?;
    check_analysis_json(text, &v, "analysis").map(|_| ())?;
    let back: Analysis = serde_json::from_value(v).map_err(|e| format!("Analysis JSON does not deserialise: {e}"))?;
    if &back != analysis {
        return Err("Analysis changes in a JSON round trip".into());
    }
    Ok(())
}

/// Check the JSON of an analysis of `text`.
pub fn check_analysis_json(text: &str, v: &Value, at: &str) -> Result<AnalysisFacts, String> {
    let oracle = Oracle::new(text);
    if string(v, "version", at)?.is_empty() {
        return Err(format!("{at}: empty version"));
    }
    let meta = field(v, "metadata", at)?;
    for key in ["date", "headline", "source"] {
        let m = field(meta, key, &format!("{at}.metadata"))?;
        if !(m.is_null() || m.is_string()) {
            return Err(format!("{at}.metadata.{key} is neither null nor a string"));
        }
    }

    // Blocks: valid spans with their exact text, a known kind, in order, not overlapping.
    let mut blocks = Vec::new();
    let mut block_texts = Vec::new();
    for (i, b) in array(v, "blocks", at)?.iter().enumerate() {
        let bat = format!("{at}.blocks[{i}]");
        blocks.push(check_excerpt(&oracle, b, &bat)?);
        one_of(string(b, "kind", &bat)?, BLOCK_KINDS, &format!("{bat}.kind"))?;
        block_texts.push(string(b, "text", &bat)?.to_string());
    }
    check_in_order(&blocks, &format!("{at}.blocks"))?;

    // Sentences: valid spans, in order, each inside the block it names.
    let mut sentences = Vec::new();
    let mut sentence_texts = Vec::new();
    let mut last_block = 0;
    for (i, s) in array(v, "sentences", at)?.iter().enumerate() {
        let sat = format!("{at}.sentences[{i}]");
        let span = check_excerpt(&oracle, s, &sat)?;
        let b = uint(s, "block", &sat)?;
        let block = blocks
            .get(b)
            .ok_or_else(|| format!("{sat}: block {b} out of range ({} blocks)", blocks.len()))?;
        if !span.inside(block) {
            return Err(format!(
                "{sat}: bytes {}..{} are not inside its block {b} (bytes {}..{})",
                span.byte_start, span.byte_end, block.byte_start, block.byte_end
            ));
        }
        if b < last_block {
            return Err(format!("{sat}: block index {b} goes back from {last_block}"));
        }
        last_block = b;
        sentences.push(span);
        sentence_texts.push(string(s, "text", &sat)?.to_string());
    }
    check_in_order(&sentences, &format!("{at}.sentences"))?;

    // Quotes: content spans inside the text, cue and mention excerpts exact, valid sentence index.
    let quotes = array(v, "quotes", at)?;
    let mut quote_texts = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let qat = format!("{at}.quotes[{i}]");
        one_of(string(q, "kind", &qat)?, QUOTE_KINDS, &format!("{qat}.kind"))?;
        let qtext = string(q, "text", &qat)?;
        let mut pos = 0;
        for (k, sp) in array(q, "spans", &qat)?.iter().enumerate() {
            let span = check_span(&oracle, sp, &format!("{qat}.spans[{k}]"))?;
            let piece = &text[span.byte_start..span.byte_end];
            // The quote's text is made of its pieces, in order.
            match qtext[pos..].find(piece) {
                Some(p) => pos += p + piece.len(),
                None => {
                    return Err(format!(
                        "{qat}.spans[{k}]: the covered text {} is not in the quote's text {} (in order)",
                        preview(piece),
                        preview(qtext)
                    ))
                }
            }
        }
        check_optional_excerpt(&oracle, q, "cue", &qat)?;
        match field(q, "speaker", &qat)? {
            Value::Null => {}
            sp => {
                string(sp, "name", &format!("{qat}.speaker"))?;
                check_optional_excerpt(&oracle, sp, "mention", &format!("{qat}.speaker"))?;
            }
        }
        let s = uint(q, "sentence", &qat)?;
        if s >= sentences.len() {
            return Err(format!(
                "{qat}: sentence {s} out of range ({} sentences)",
                sentences.len()
            ));
        }
        if !field(q, "closed", &qat)?.is_boolean() {
            return Err(format!("{qat}: `closed` is not a boolean"));
        }
        quote_texts.push(qtext.to_string());
    }

    // Speakers: valid quote indices, each quote in at most one speaker.
    let mut owner = vec![None; quotes.len()];
    for (i, sp) in array(v, "speakers", at)?.iter().enumerate() {
        let spat = format!("{at}.speakers[{i}]");
        string(sp, "name", &spat)?;
        for a in array(sp, "aliases", &spat)? {
            if !a.is_string() {
                return Err(format!("{spat}: alias {a} is not a string"));
            }
        }
        for q in array(sp, "quotes", &spat)? {
            let q = q
                .as_u64()
                .map(|q| q as usize)
                .ok_or_else(|| format!("{spat}: quote index {q} is not an integer"))?;
            let slot = owner
                .get_mut(q)
                .ok_or_else(|| format!("{spat}: quote {q} out of range ({} quotes)", quotes.len()))?;
            if let Some(other) = slot.replace(i) {
                return Err(format!("{spat}: quote {q} is also listed under speaker {other}"));
            }
        }
    }

    // Optional words: exact excerpts in order.
    if let Some(words) = v.get("words") {
        let words = words.as_array().ok_or_else(|| format!("{at}.words is not an array"))?;
        let mut spans = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            spans.push(check_excerpt(&oracle, w, &format!("{at}.words[{i}]"))?);
        }
        check_in_order(&spans, &format!("{at}.words"))?;
    }

    // Stats that are plain counts of the arrays above.
    let stats = field(v, "stats", at)?;
    let sat = format!("{at}.stats");
    let expect = [
        ("characters", oracle.utf16_len()),
        ("sentences", sentences.len()),
        ("quotes", quotes.len()),
        ("speakers", array(v, "speakers", at)?.len()),
    ];
    for (key, want) in expect {
        let got = uint(stats, key, &sat)?;
        if got != want {
            return Err(format!("{sat}.{key} is {got}, expected {want}"));
        }
    }
    Ok(AnalysisFacts {
        blocks,
        sentences,
        sentence_texts,
        block_texts,
        quote_texts,
    })
}

fn rebuild(tokens: &[Value], keep: &str, at: &str) -> Result<String, String> {
    let mut out = String::new();
    for (i, t) in tokens.iter().enumerate() {
        let tat = format!("{at}.tokens[{i}]");
        let op = string(t, "op", &tat)?;
        one_of(op, TOKEN_OPS, &format!("{tat}.op"))?;
        if op == "equal" || op == keep {
            out.push_str(string(t, "text", &tat)?);
        }
    }
    Ok(out)
}

fn indices(v: &Value, key: &str, len: usize, at: &str) -> Result<Vec<usize>, String> {
    array(v, key, at)?
        .iter()
        .map(|x| {
            let i = x
                .as_u64()
                .map(|i| i as usize)
                .ok_or_else(|| format!("{at}.{key}: {x} is not an index"))?;
            if i >= len {
                return Err(format!("{at}.{key}: index {i} out of range ({len})"));
            }
            Ok(i)
        })
        .collect()
}

/// The text a change's tokens must rebuild on one side: the sentence itself for
/// one index, and for several the input from the first one's start to the last one's end.
fn side_text<'t>(text: &'t str, spans: &[Checked], idx: &[usize]) -> &'t str {
    match (idx.first(), idx.last()) {
        (Some(&a), Some(&b)) if spans[a].byte_start <= spans[b].byte_end => {
            &text[spans[a].byte_start..spans[b].byte_end]
        }
        _ => "",
    }
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

fn check_tokens(
    change: &Value,
    old_text: &str,
    new_text: &str,
    old_joined: &str,
    new_joined: &str,
    at: &str,
) -> Result<(), String> {
    let tokens = array(change, "tokens", at)?;
    let old_rebuilt = rebuild(tokens, "delete", at)?;
    let new_rebuilt = rebuild(tokens, "insert", at)?;
    // One sentence on a side: the rebuild is exact. Several (split/merge): exact
    // against the covered input, or the same words as the sentences joined.
    let ok = |rebuilt: &str, exact: &str, joined: &str, single: bool| {
        rebuilt == exact || (!single && same_words(rebuilt, joined))
    };
    let old_idx = array(change, "old", at)?.len();
    let new_idx = array(change, "new", at)?.len();
    if !ok(&old_rebuilt, old_text, old_joined, old_idx <= 1) {
        return Err(format!(
            "{at}: equal+delete tokens rebuild {} instead of the old text {}",
            preview(&old_rebuilt),
            preview(old_text)
        ));
    }
    if !ok(&new_rebuilt, new_text, new_joined, new_idx <= 1) {
        return Err(format!(
            "{at}: equal+insert tokens rebuild {} instead of the new text {}",
            preview(&new_rebuilt),
            preview(new_text)
        ));
    }
    Ok(())
}

/// Check a `Comparison` of `old_text` and `new_text` against every invariant of the JSON contract.
pub fn check_comparison(old_text: &str, new_text: &str, cmp: &Comparison) -> Result<(), String> {
    let v = serde_json::to_value(cmp).map_err(|e| format!("Comparison does not serialise: {e}"))?;
    check_comparison_json(old_text, new_text, &v)?;
    let back: Comparison =
        serde_json::from_value(v).map_err(|e| format!("Comparison JSON does not deserialise: {e}"))?;
    if &back != cmp {
        return Err("Comparison changes in a JSON round trip".into());
    }
    Ok(())
}

/// Check the JSON of a comparison.
pub fn check_comparison_json(old_text: &str, new_text: &str, v: &Value) -> Result<(), String> {
    let version = string(v, "version", "comparison")?;
    let old = check_analysis_json(old_text, field(v, "old", "comparison")?, "comparison.old")?;
    let new = check_analysis_json(new_text, field(v, "new", "comparison")?, "comparison.new")?;
    for side in ["old", "new"] {
        if string(field(v, side, "comparison")?, "version", side)? != version {
            return Err(format!("comparison.{side}.version differs from comparison.version"));
        }
    }
    check_similarity(v, "comparison")?;

    // Sentence changes: every old and every new sentence in exactly one change.
    let mut old_seen = vec![None; old.sentences.len()];
    let mut new_seen = vec![None; new.sentences.len()];
    for (c, change) in array(v, "changes", "comparison")?.iter().enumerate() {
        let at = format!("comparison.changes[{c}]");
        let op = string(change, "op", &at)?;
        one_of(op, CHANGE_OPS, &format!("{at}.op"))?;
        check_similarity(change, &at)?;
        let o = indices(change, "old", old.sentences.len(), &at)?;
        let n = indices(change, "new", new.sentences.len(), &at)?;
        for (seen, idx, side) in [(&mut old_seen, &o, "old"), (&mut new_seen, &n, "new")] {
            for &i in idx {
                if let Some(prev) = seen[i].replace(c) {
                    return Err(format!("{at}: {side} sentence {i} is also in change {prev}"));
                }
            }
        }
        let shape_ok = match op {
            "insert" => o.is_empty() && !n.is_empty(),
            "delete" => !o.is_empty() && n.is_empty(),
            "split" => o.len() == 1 && n.len() >= 2,
            "merge" => o.len() >= 2 && n.len() == 1,
            _ => !o.is_empty() && !n.is_empty(),
        };
        if !shape_ok {
            return Err(format!("{at}: op `{op}` with old {o:?} and new {n:?}"));
        }
        if op == "equal" {
            let a: Vec<&str> = o.iter().map(|&i| old.sentence_texts[i].as_str()).collect();
            let b: Vec<&str> = n.iter().map(|&i| new.sentence_texts[i].as_str()).collect();
            if a != b {
                return Err(format!("{at}: `equal` change joins different texts {a:?} and {b:?}"));
            }
        }
        let has_tokens = !array(change, "tokens", &at)?.is_empty();
        if op == "edit" || has_tokens {
            let join =
                |texts: &[String], idx: &[usize]| idx.iter().map(|&i| texts[i].as_str()).collect::<Vec<_>>().join(" ");
            check_tokens(
                change,
                side_text(old_text, &old.sentences, &o),
                side_text(new_text, &new.sentences, &n),
                &join(&old.sentence_texts, &o),
                &join(&new.sentence_texts, &n),
                &at,
            )?;
        }
    }
    if let Some(i) = old_seen.iter().position(Option::is_none) {
        return Err(format!("comparison.changes: old sentence {i} is in no change"));
    }
    if let Some(i) = new_seen.iter().position(Option::is_none) {
        return Err(format!("comparison.changes: new sentence {i} is in no change"));
    }

    // Paragraph changes: valid block indices, every block covered, edits rebuild the blocks.
    let mut old_blocks = vec![false; old.blocks.len()];
    let mut new_blocks = vec![false; new.blocks.len()];
    for (c, change) in array(v, "paragraphs", "comparison")?.iter().enumerate() {
        let at = format!("comparison.paragraphs[{c}]");
        let op = string(change, "op", &at)?;
        one_of(op, CHANGE_OPS, &format!("{at}.op"))?;
        check_similarity(change, &at)?;
        let o = indices(change, "old", old.blocks.len(), &at)?;
        let n = indices(change, "new", new.blocks.len(), &at)?;
        o.iter().for_each(|&i| old_blocks[i] = true);
        n.iter().for_each(|&i| new_blocks[i] = true);
        if !array(change, "tokens", &at)?.is_empty() {
            let join =
                |texts: &[String], idx: &[usize]| idx.iter().map(|&i| texts[i].as_str()).collect::<Vec<_>>().join(" ");
            check_tokens(
                change,
                side_text(old_text, &old.blocks, &o),
                side_text(new_text, &new.blocks, &n),
                &join(&old.block_texts, &o),
                &join(&new.block_texts, &n),
                &at,
            )?;
        }
    }
    if let Some(i) = old_blocks.iter().position(|s| !s) {
        return Err(format!(
            "comparison.paragraphs: old block {i} is in no paragraph change"
        ));
    }
    if let Some(i) = new_blocks.iter().position(|s| !s) {
        return Err(format!(
            "comparison.paragraphs: new block {i} is in no paragraph change"
        ));
    }

    // Quote changes: every old and every new quote in exactly one quote change.
    let mut old_q = vec![false; old.quote_texts.len()];
    let mut new_q = vec![false; new.quote_texts.len()];
    for (c, qc) in array(v, "quotes", "comparison")?.iter().enumerate() {
        let at = format!("comparison.quotes[{c}]");
        let op = string(qc, "op", &at)?;
        one_of(op, QUOTE_CHANGE_OPS, &format!("{at}.op"))?;
        let side = |key: &str, len: usize| -> Result<Option<usize>, String> {
            match field(qc, key, &at)? {
                Value::Null => Ok(None),
                x => match x.as_u64().map(|i| i as usize) {
                    Some(i) if i < len => Ok(Some(i)),
                    _ => Err(format!("{at}.{key}: {x} is not a quote index below {len}")),
                },
            }
        };
        let o = side("old", old.quote_texts.len())?;
        let n = side("new", new.quote_texts.len())?;
        let shape_ok = match op {
            "added" => o.is_none() && n.is_some(),
            "removed" => o.is_some() && n.is_none(),
            _ => o.is_some() && n.is_some(),
        };
        if !shape_ok {
            return Err(format!("{at}: op `{op}` with old {o:?} and new {n:?}"));
        }
        for (seen, i, name) in [(&mut old_q, o, "old"), (&mut new_q, n, "new")] {
            if let Some(i) = i {
                if std::mem::replace(&mut seen[i], true) {
                    return Err(format!("{at}: {name} quote {i} is in two quote changes"));
                }
            }
        }
        if let (Some(o), Some(n)) = (o, n) {
            if op == "unchanged" && old.quote_texts[o] != new.quote_texts[n] {
                return Err(format!("{at}: `unchanged` quotes have different texts"));
            }
            if let Some(tokens) = qc.get("tokens").and_then(Value::as_array) {
                if !tokens.is_empty() {
                    let (a, b) = (&old.quote_texts[o], &new.quote_texts[n]);
                    if rebuild(tokens, "delete", &at)? != *a || rebuild(tokens, "insert", &at)? != *b {
                        return Err(format!("{at}: tokens do not rebuild the two quote texts"));
                    }
                }
            }
        }
    }
    if let Some(i) = old_q.iter().position(|s| !s) {
        return Err(format!("comparison.quotes: old quote {i} is in no quote change"));
    }
    if let Some(i) = new_q.iter().position(|s| !s) {
        return Err(format!("comparison.quotes: new quote {i} is in no quote change"));
    }
    Ok(())
}

/// Analyse `text` and check the result, panicking with the first broken invariant.
pub fn assert_analysis(text: &str) -> Analysis {
    let t0 = Instant::now();
    // Word excerpts are checked too, except on inputs over 1 MB where they would
    // only make the JSON tree huge (the property tests cover them).
    let words = text.len() <= 1 << 20;
    let a = match palimpsest::analyse(text, &palimpsest::Options { words }) {
        Ok(a) => a,
        Err(e) => panic!("analyse failed on {} bytes: {e}", text.len()),
    };
    let t1 = Instant::now();
    if let Err(e) = check_analysis(text, &a) {
        panic!("contract broken on input {}: {e}", preview(text));
    }
    eprintln!("  analyse {:.2?}, check {:.2?}", t1 - t0, t1.elapsed());
    a
}

/// Compare two texts and check the result, panicking with the first broken invariant.
pub fn assert_comparison(old: &str, new: &str) -> Comparison {
    let t0 = Instant::now();
    let c = match palimpsest::compare(old, new, &palimpsest::Options::default()) {
        Ok(c) => c,
        Err(e) => panic!("compare failed on {} + {} bytes: {e}", old.len(), new.len()),
    };
    let t1 = Instant::now();
    if let Err(e) = check_comparison(old, new, &c) {
        panic!("contract broken on inputs {} / {}: {e}", preview(old), preview(new));
    }
    eprintln!("  compare {:.2?}, check {:.2?}", t1 - t0, t1.elapsed());
    c
}

/// Run `f` on another thread and fail if it takes longer than `limit` (a hang
/// guard, not a benchmark) or panics. Returns the value and the time taken.
pub fn within<T: Send + 'static>(limit: Duration, what: &str, f: impl FnOnce() -> T + Send + 'static) -> (T, Duration) {
    let (tx, rx) = std::sync::mpsc::channel();
    let t0 = Instant::now();
    let handle = std::thread::Builder::new()
        .name(what.to_string())
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let r = f();
            let _ = tx.send(r);
        })
        .unwrap_or_else(|e| panic!("{what}: cannot spawn a thread: {e}"));
    match rx.recv_timeout(limit) {
        Ok(v) => {
            let took = t0.elapsed();
            eprintln!("{what}: {took:.2?} (bound {limit:?})");
            (v, took)
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                panic!("{what}: panicked: {msg}")
            }
            Ok(()) => panic!("{what}: worker ended without a result"),
        },
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: no result within {limit:?} (hang guard; the work is still running)")
        }
    }
}
