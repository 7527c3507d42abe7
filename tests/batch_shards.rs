//! The distribution contract of `palimpsest batch`: it is a pure map over
//! JSONL lines, so shards made with `split -l`, processed separately and
//! concatenated with `cat`, equal one run over the whole file (error records
//! included, when each shard is told its first line number).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const SHARD_LINES: usize = 7;

/// Our own article variants, plus bad lines of each kind and blank lines.
fn corpus() -> Vec<u8> {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/000_3d0e1f293caf9599.txt"
    ))
    .unwrap();
    let paragraphs: Vec<&str> = seed.lines().filter(|l| l.split_whitespace().count() > 12).collect();
    let mut out = Vec::new();
    for i in 0..40 {
        let line = match i % 10 {
            3 => b"{\"id\": \"bad-json\", \"old\": ".to_vec(),
            6 => format!("{{\"id\": {i}, \"old\": \"only old\"}}").into_bytes(),
            8 => [
                format!("{{\"id\": {i}, \"old\": \"caf").as_bytes(),
                b"\xe9\", \"new\": \"cafe\"}",
            ]
            .concat(),
            9 => Vec::new(),
            _ => {
                let p = paragraphs[i % paragraphs.len()];
                let new = p
                    .replacen(" may ", " might ", 1)
                    .replacen(" said", " told reporters", 1);
                let new = format!("{new} Officials gave update number {i}.");
                serde_json::to_vec(&serde_json::json!({"id": format!("pair-{i}"), "old": p, "new": new})).unwrap()
            }
        };
        out.extend(line);
        out.push(b'\n');
    }
    out
}

fn batch(input: &Path, first_line: usize) -> (Vec<u8>, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_palimpsest"))
        .args([
            "batch",
            "compare",
            "--jobs",
            "2",
            "--first-line",
            &first_line.to_string(),
            "--input",
        ])
        .arg(input)
        .stderr(Stdio::null())
        .output()
        .unwrap();
    (out.stdout, out.status.code())
}

#[test]
fn split_shards_concatenated_equal_one_run() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("batch-shards");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let whole = dir.join("all.jsonl");
    std::fs::write(&whole, corpus()).unwrap();
    let status = Command::new("split")
        .args(["-l", &SHARD_LINES.to_string(), "all.jsonl", "shard-"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let mut shards: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("shard-"))
        .collect();
    shards.sort();
    assert_eq!(shards.len(), 40usize.div_ceil(SHARD_LINES));

    let (expected, code) = batch(&whole, 1);
    assert_eq!(code, Some(1), "the corpus has bad lines");
    assert_eq!(expected.iter().filter(|&&b| b == b'\n').count(), 40);
    let mut concatenated = Vec::new();
    for (k, shard) in shards.iter().enumerate() {
        let (out, code) = batch(shard, k * SHARD_LINES + 1);
        assert!(matches!(code, Some(0 | 1)));
        concatenated.extend(out);
    }
    assert_eq!(
        String::from_utf8_lossy(&concatenated),
        String::from_utf8_lossy(&expected)
    );

    // The same through a shell pipeline, as a cluster step would run it.
    let script = format!(
        "k=0; for f in shard-*; do {bin} batch compare --first-line $((k*{SHARD_LINES}+1)) < \"$f\"; k=$((k+1)); done 2>/dev/null | cat",
        bin = env!("CARGO_BIN_EXE_palimpsest")
    );
    let piped = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(piped.stdout, expected);
}
