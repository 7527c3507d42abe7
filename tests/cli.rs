//! End-to-end tests of the `palimpsest` binary: the seed pair, our own small
//! texts, every output format, strict and lossy UTF-8, and batch mode.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const OLD: &str = "examples/000_3d0e1f293caf9599.txt";
const NEW: &str = "examples/002_347963c6eb78a301.txt";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_palimpsest"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The UTF-16 and byte halves of a span both select `text` in `source`.
fn assert_span(source: &str, item: &Value) {
    let text = item["text"].as_str().unwrap();
    let (bs, be) = (
        item["byteStart"].as_u64().unwrap() as usize,
        item["byteEnd"].as_u64().unwrap() as usize,
    );
    assert_eq!(&source[bs..be], text, "byte span of {item}");
    let utf16: Vec<u16> = source.encode_utf16().collect();
    let (s, e) = (
        item["start"].as_u64().unwrap() as usize,
        item["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), text, "UTF-16 span of {item}");
}

fn seed_comparison() -> Value {
    let out = run(&["compare", OLD, NEW, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn compare_json_follows_the_contract_on_the_seed_pair() {
    let c = seed_comparison();
    for key in [
        "version",
        "old",
        "new",
        "similarity",
        "paragraphs",
        "changes",
        "quotes",
        "stats",
    ] {
        assert!(c.get(key).is_some(), "missing {key}");
    }
    assert_eq!(c["version"], env!("CARGO_PKG_VERSION"));
    let similarity = c["similarity"].as_f64().unwrap();
    assert!(similarity > 0.2 && similarity < 1.0, "{similarity}");
    for (side, path) in [("old", OLD), ("new", NEW)] {
        let source = std::fs::read_to_string(path).unwrap();
        let analysis = &c[side];
        for key in [
            "version",
            "metadata",
            "blocks",
            "sentences",
            "quotes",
            "speakers",
            "stats",
        ] {
            assert!(analysis.get(key).is_some(), "{side} lacks {key}");
        }
        for item in analysis["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .chain(analysis["sentences"].as_array().unwrap())
        {
            assert_span(&source, item);
        }
        // Every sentence appears in exactly one change.
        let n = analysis["sentences"].as_array().unwrap().len();
        let mut seen = vec![0; n];
        for change in c["changes"].as_array().unwrap() {
            for i in change[side].as_array().unwrap() {
                seen[i.as_u64().unwrap() as usize] += 1;
            }
        }
        assert!(seen.iter().all(|&k| k == 1), "{side}: {seen:?}");
    }
    // The hedge may → might is a word-level edit.
    let has_may_might = c["changes"].as_array().unwrap().iter().any(|ch| {
        let tokens = ch["tokens"].as_array().unwrap();
        tokens.windows(2).any(|w| {
            w[0]["op"] == "delete" && w[0]["text"] == "may" && w[1]["op"] == "insert" && w[1]["text"] == "might"
        })
    });
    assert!(has_may_might);
}

#[test]
fn compact_json_is_one_line_with_the_same_value() {
    let out = run(&["compare", OLD, NEW, "--json", "--compact"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1);
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), seed_comparison());
    // JSON is the default format.
    assert_eq!(
        serde_json::from_slice::<Value>(&run(&["compare", OLD, NEW]).stdout).unwrap(),
        seed_comparison()
    );
}

#[test]
fn text_report_is_a_readable_redline_without_colour_when_piped() {
    let out = run(&["compare", OLD, NEW, "--format", "text"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("% similar"), "{text}");
    assert!(
        text.contains("items that [-may-]{+might+} be on Kim’s wish list"),
        "{text}"
    );
    assert!(text.contains("Changed sentences"));
    assert!(!text.contains('\x1b'), "no colour when piped");
    let coloured = stdout(&run(&["compare", OLD, NEW, "--format", "text", "--color", "always"]));
    assert!(
        coloured.contains("\x1b[31;9mmay\x1b[0m\x1b[32;4mmight\x1b[0m"),
        "{coloured}"
    );
    let never = stdout(&run(&["compare", OLD, NEW, "-f", "text", "--color", "never"]));
    assert_eq!(never, text);
}

#[test]
fn markdown_and_html_reports_mark_the_word_change() {
    let md = stdout(&run(&["compare", OLD, NEW, "--format", "markdown"]));
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("~~may~~**might**"), "{md}");
    let html = stdout(&run(&["compare", OLD, NEW, "--format", "html"]));
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<del>may</del><ins>might</ins>"));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn html_escapes_user_text() {
    let old = temp_file(
        "xss-old.txt",
        b"The minister said the plan may work. Officials <b>agreed</b>.\n",
    );
    let new = temp_file(
        "xss-new.txt",
        b"The minister said the plan might work. Officials <script>alert(1)</script> agreed & left.\n",
    );
    let out = run(&[
        "compare",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&amp; left"), "{html}");
    let analysed = stdout(&run(&["analyse", new.to_str().unwrap(), "--format", "html"]));
    assert!(!analysed.contains("<script>"), "{analysed}");
}

#[test]
fn analyse_reads_stdin_and_reports_spans_on_mixed_scripts() {
    let text = "Mayor Ana Ruiz said: “The bridge opens in May.” 北京 agreed 👍.\nThe council voted 7-2.\n";
    let out = run_stdin(&["analyse", "--json"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = a["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 2, "{a}");
    for item in sentences.iter().chain(a["blocks"].as_array().unwrap()) {
        assert_span(text, item);
    }
    assert!(sentences.iter().any(|s| s["text"] == "The council voted 7-2."));
    let report = stdout(&run_stdin(&["analyse", "-", "--format", "text"], text.as_bytes()));
    assert!(report.contains("Structure"), "{report}");
    assert!(
        report.contains("2 × paragraph") || report.contains("paragraph"),
        "{report}"
    );
}

#[test]
fn invalid_utf8_names_the_byte_offset_unless_lossy() {
    let path = temp_file("latin1.txt", b"Caf\xc3\xa9 open.\nThe na\xefve plan may work.\n");
    let p = path.to_str().unwrap();
    let out = run(&["analyse", p]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("invalid UTF-8 at byte offset 18 (line 2, byte 0xef)"),
        "{err}"
    );
    assert!(err.contains("--lossy"), "{err}");
    assert!(out.stdout.is_empty());
    let out = run(&["analyse", p, "--lossy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = a["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"The na\u{FFFD}ve plan may work."), "{texts:?}");
    // compare checks both files the same way.
    let good = temp_file("good.txt", b"The plan may work.\n");
    let out = run(&["compare", good.to_str().unwrap(), p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("byte offset 18"));
}

#[test]
fn output_file_option_writes_the_report() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let target = dir.join("report.md");
    let out = run(&["compare", OLD, NEW, "-f", "md", "-o", target.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&target).unwrap().contains("~~may~~**might**"));
}

#[test]
fn usage_errors_exit_2_and_help_documents_flags_and_exit_codes() {
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["compare", OLD]).status.code(), Some(2));
    assert_eq!(run(&["compare", OLD, NEW, "--format", "pdf"]).status.code(), Some(2));
    assert_eq!(run(&["compare", "-", "-"]).status.code(), Some(2));
    let missing = run(&["analyse", "no/such/file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no/such/file.txt"));
    let version = stdout(&run(&["--version"]));
    assert_eq!(version.trim(), format!("palimpsest {}", env!("CARGO_PKG_VERSION")));
    for (args, flags) in [
        (
            vec!["--help"],
            vec!["analyse", "compare", "batch", "--color", "Exit status", "NO_COLOR"],
        ),
        (
            vec!["compare", "--help"],
            vec![
                "--format",
                "--json",
                "--compact",
                "--lossy",
                "--words",
                "--output",
                "Exit status",
            ],
        ),
        (
            vec!["batch", "--help"],
            vec![
                "--input",
                "--output",
                "--jobs",
                "--first-line",
                "--allow-errors",
                "--no-progress",
                "--lossy",
                "Exit status",
            ],
        ),
    ] {
        let out = run(&args);
        assert!(out.status.success());
        let help = stdout(&out);
        for flag in flags {
            assert!(help.contains(flag), "{args:?} help lacks {flag}");
        }
    }
}

fn jsonl(pair_old: &str, pair_new: &str) -> Vec<u8> {
    let good = |id: &str, old: &str, new: &str| {
        serde_json::to_string(&serde_json::json!({"id": id, "old": old, "new": new})).unwrap()
    };
    let mut input = Vec::new();
    input.extend(good("seed", pair_old, pair_new).as_bytes());
    input.extend(b"\n{\"id\": \"broken\", \"old\": \n");
    input.extend(b"{\"id\": \"no-new\", \"old\": \"The plan may work.\"}\n");
    input.extend(b"{\"id\": \"latin1\", \"old\": \"na\xefve\", \"new\": \"naive\"}\n");
    input.extend(b"{\"id\": 7, \"old\": \"x\", \"new\": [\"y\"]}\n");
    input.extend(b"\n");
    input.extend(
        good(
            "own",
            "The talks may resume on Monday.",
            "The talks might resume on Tuesday.",
        )
        .as_bytes(),
    );
    input.extend(b"\n");
    input
}

#[test]
fn batch_keeps_going_past_bad_lines_and_reports_them() {
    let (old, new) = (
        std::fs::read_to_string(OLD).unwrap(),
        std::fs::read_to_string(NEW).unwrap(),
    );
    let out = run_stdin(&["batch", "compare", "--jobs", "2"], &jsonl(&old, &new));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("4 of 6 records failed"), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.split_terminator('\n').collect();
    assert_eq!(lines.len(), 7, "one output line per input line: {text}");
    let v: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap_or(Value::Null))
        .collect();
    assert_eq!(v[0]["id"], "seed");
    assert_eq!(v[0]["result"], seed_comparison(), "batch result = compare --json");
    assert_eq!(
        (v[1]["id"].clone(), v[1]["line"].clone()),
        (Value::Null, Value::from(2))
    );
    assert!(v[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert_eq!(v[2]["id"], "no-new");
    assert_eq!(v[2]["error"], "missing field \"new\"");
    assert_eq!(v[3]["line"], 4);
    assert_eq!(v[3]["error"], "invalid UTF-8 at byte offset 27 of the line");
    assert_eq!(v[4]["id"], 7);
    assert_eq!(v[4]["error"], "field \"new\" must be a string");
    assert_eq!(lines[5], "", "a blank line stays blank");
    assert_eq!(v[6]["id"], "own");
    let tokens = v[6]["result"]["changes"][0]["tokens"].as_array().unwrap();
    let changed: Vec<(&str, &str)> = tokens
        .iter()
        .filter(|t| t["op"] != "equal")
        .map(|t| (t["op"].as_str().unwrap(), t["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        changed,
        [
            ("delete", "may"),
            ("insert", "might"),
            ("delete", "Monday"),
            ("insert", "Tuesday")
        ]
    );
}

#[test]
fn batch_lossy_accepts_invalid_utf8_and_all_good_exits_0() {
    let input = b"{\"id\": \"a\", \"text\": \"The na\xefve plan may work.\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n";
    let strict = run_stdin(&["batch", "analyse"], input);
    assert_eq!(strict.status.code(), Some(1));
    let allowed = run_stdin(&["batch", "analyse", "--allow-errors"], input);
    assert_eq!(allowed.status.code(), Some(0));
    assert_eq!(
        allowed.stdout, strict.stdout,
        "--allow-errors changes only the exit status"
    );
    let lossy = run_stdin(&["batch", "analyse", "--lossy"], input);
    assert_eq!(lossy.status.code(), Some(0), "{}", stderr(&lossy));
    let first: Value = serde_json::from_str(stdout(&lossy).lines().next().unwrap()).unwrap();
    assert_eq!(
        first["result"]["sentences"][0]["text"],
        "The na\u{FFFD}ve plan may work."
    );
}

#[test]
fn batch_files_and_job_counts_give_identical_output() {
    let (old, new) = (
        std::fs::read_to_string(OLD).unwrap(),
        std::fs::read_to_string(NEW).unwrap(),
    );
    let input = temp_file("batch-in.jsonl", &jsonl(&old, &new).repeat(5));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "3"] {
        let target = dir.join(format!("batch-out-{jobs}.jsonl"));
        let out = run(&[
            "batch",
            "compare",
            "-i",
            input.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
            "-j",
            jobs,
        ]);
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        outputs.push(std::fs::read(&target).unwrap());
    }
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
    assert_eq!(outputs[0].iter().filter(|&&b| b == b'\n').count(), 35);
    assert_eq!(run(&["batch", "compare", "--jobs", "0"]).status.code(), Some(2));
}

/// On a terminal (a pseudo-terminal made by util-linux `script`), `--color
/// auto` colours the text report unless NO_COLOR is set.
#[test]
fn text_report_is_coloured_on_a_terminal_unless_no_color() {
    let script = std::path::Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped: /usr/bin/script (util-linux) is not installed");
        return;
    }
    let command = format!("{} compare {OLD} {NEW} --format text", env!("CARGO_BIN_EXE_palimpsest"));
    let on_tty = |no_color: Option<&str>| {
        let mut cmd = Command::new(script);
        cmd.args(["-qec", &command, "/dev/null"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("NO_COLOR")
            .env("TERM", "xterm")
            .stdin(Stdio::null());
        if let Some(value) = no_color {
            cmd.env("NO_COLOR", value);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_tty(None);
    assert!(
        coloured.contains("\x1b[31;9mmay\x1b[0m\x1b[32;4mmight\x1b[0m"),
        "{coloured}"
    );
    let plain = on_tty(Some("1"));
    assert!(!plain.contains('\x1b'), "{plain}");
    assert!(plain.contains("[-may-]{+might+}"));
}

/// A driver that sends one line and waits for its answer before sending the
/// next (a coprocess) gets each answer without closing stdin.
#[test]
fn batch_answers_each_line_as_it_arrives() {
    use std::io::{BufRead, BufReader};
    use std::time::Duration;
    let mut child = bin()
        .args(["batch", "analyse", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, answers) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for (id, text) in [
        ("first", "The talks may resume."),
        ("second", "Officials said nothing."),
    ] {
        writeln!(stdin, "{}", serde_json::json!({"id": id, "text": text})).unwrap();
        stdin.flush().unwrap();
        let answer = answers
            .recv_timeout(Duration::from_secs(60))
            .expect("an answer before the next line");
        let v: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(v["id"], id);
        assert_eq!(v["result"]["sentences"][0]["text"], text);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}
