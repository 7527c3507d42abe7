//! One JSONL input line in, one JSONL output line out.

use crate::args::BatchMode;
use serde::Serialize;
use serde_json::{Map, Value};

/// What every worker needs to process a line.
#[derive(Debug, Clone)]
pub struct Job {
    /// Which fields a record has and which function runs.
    pub mode: BatchMode,
    /// Replace invalid UTF-8 instead of rejecting the line.
    pub lossy: bool,
    /// Core options.
    pub options: palimpsest::Options,
}

/// The output for one input line.
#[derive(Debug)]
pub enum Outcome {
    /// A JSON line (without its newline); `failed` for error records.
    Record {
        /// The serialised record.
        json: Vec<u8>,
        /// Whether it is an error record.
        failed: bool,
    },
    /// A blank input line, echoed as a blank output line.
    Blank,
}

#[derive(Serialize)]
struct Success<'a, T> {
    id: &'a Value,
    result: T,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    line: u64,
    error: &'a str,
}

/// Process one line (without its line break); `line` is its 1-based number.
pub fn process(bytes: &[u8], line: u64, job: &Job) -> Outcome {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Blank;
    }
    match run(bytes, job) {
        Ok(json) => Outcome::Record { json, failed: false },
        Err((id, error)) => failure(&id, line, &error),
    }
}

/// An error record (also used for lines too long to read).
pub fn failure(id: &Value, line: u64, error: &str) -> Outcome {
    let json = serde_json::to_vec(&Failure { id, line, error }).unwrap_or_else(|_| b"{}".to_vec());
    Outcome::Record { json, failed: true }
}

type Failed = (Value, String);

fn run(bytes: &[u8], job: &Job) -> Result<Vec<u8>, Failed> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) if job.lossy => String::from_utf8_lossy(bytes),
        Err(e) => {
            return Err((
                Value::Null,
                format!("invalid UTF-8 at byte offset {} of the line", e.valid_up_to()),
            ))
        }
    };
    let value: Value = serde_json::from_str(&text).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let Value::Object(record) = value else {
        return Err((Value::Null, "a record must be a JSON object".to_string()));
    };
    let id = record.get("id").cloned().unwrap_or(Value::Null);
    match &id {
        Value::String(_) | Value::Number(_) => {}
        Value::Null if !record.contains_key("id") => return Err((id, "missing field \"id\"".to_string())),
        _ => return Err((id, "field \"id\" must be a string or a number".to_string())),
    }
    let serialised = match job.mode {
        BatchMode::Analyse => {
            let text = field(&record, "text").map_err(|e| (id.clone(), e))?;
            let analysis = palimpsest::analyse(text, &job.options).map_err(|e| (id.clone(), e.to_string()))?;
            serde_json::to_vec(&Success {
                id: &id,
                result: analysis,
            })
        }
        BatchMode::Compare => {
            let old = field(&record, "old").map_err(|e| (id.clone(), e))?;
            let new = field(&record, "new").map_err(|e| (id.clone(), e))?;
            let comparison = palimpsest::compare(old, new, &job.options).map_err(|e| (id.clone(), e.to_string()))?;
            serde_json::to_vec(&Success {
                id: &id,
                result: comparison,
            })
        }
    };
    serialised.map_err(|e| (id.clone(), format!("could not write the result: {e}")))
}

fn field<'a>(record: &'a Map<String, Value>, name: &str) -> Result<&'a str, String> {
    match record.get(name) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(format!("field \"{name}\" must be a string")),
        None => Err(format!("missing field \"{name}\"")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(mode: BatchMode) -> Job {
        Job {
            mode,
            lossy: false,
            options: palimpsest::Options::default(),
        }
    }

    fn output(bytes: &[u8], mode: BatchMode) -> (Value, bool) {
        match process(bytes, 7, &job(mode)) {
            Outcome::Record { json, failed } => (serde_json::from_slice(&json).unwrap(), failed),
            Outcome::Blank => (Value::Null, false),
        }
    }

    #[test]
    fn a_good_line_echoes_its_id_with_the_result() {
        let (v, failed) = output(br#"{"id": 3, "text": "Kim said: \"We agree.\""}"#, BatchMode::Analyse);
        assert!(!failed);
        assert_eq!(v["id"], 3);
        assert_eq!(v["result"]["sentences"][0]["text"], "Kim said: \"We agree.\"");
    }

    #[test]
    fn bad_lines_name_their_problem_and_line() {
        let cases: [(&[u8], &str); 6] = [
            (b"{not json", "invalid JSON"),
            (br#"{"id": "a"}"#, "missing field \"old\""),
            (
                br#"{"id": "a", "old": "x", "new": 5}"#,
                "field \"new\" must be a string",
            ),
            (br#"{"old": "x", "new": "y"}"#, "missing field \"id\""),
            (b"[1, 2]", "must be a JSON object"),
            (b"{\"id\": \"a\", \"old\": \"\xff\"}", "invalid UTF-8 at byte offset 20"),
        ];
        for (line, message) in cases {
            let (v, failed) = output(line, BatchMode::Compare);
            assert!(failed, "{v}");
            assert_eq!(v["line"], 7);
            assert!(v["error"].as_str().unwrap().contains(message), "{v}");
        }
    }

    #[test]
    fn whitespace_lines_are_blank() {
        assert!(matches!(process(b" \t", 1, &job(BatchMode::Analyse)), Outcome::Blank));
    }
}
