//! Enumerated and bulleted lists run together on one line:
//! `1.) First 2.) Second`, `a. First b. Second`, `• 9. First • 10. Second`.
//!
//! A list is recognised only when the block opens with a marker and the
//! next marker in sequence follows; each item then starts a new sentence.

/// The most items split out of one block.
const MAX_ITEMS: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Number(u32),
    Letter(u8),
}

#[derive(Debug, Clone, Copy)]
struct Marker {
    bullet: Option<char>,
    value: Value,
    /// `.`, `.)` or `)` after the enumerator.
    style: &'static str,
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '▪' | '‣' | '◦' | '-' | '–' | '*')
}

/// The marker at the start of `s`, if any.
fn marker_at(s: &str) -> Option<Marker> {
    let mut rest = s.trim_start();
    let mut bullet = None;
    if let Some(c) = rest.chars().next().filter(|&c| is_bullet(c)) {
        let after = &rest[c.len_utf8()..];
        if after.starts_with(' ') {
            bullet = Some(c);
            rest = after.trim_start();
        }
    }
    let b = rest.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (value, len) = if (1..=3).contains(&digits) {
        (Value::Number(rest[..digits].parse().ok()?), digits)
    } else if digits == 0 && matches!(b.first(), Some(b'a' | b'A')) {
        (Value::Letter(b[0]), 1)
    } else {
        return None;
    };
    let tail = &rest[len..];
    let style = [".)", ")", "."].into_iter().find(|st| tail.starts_with(st))?;
    if !tail[style.len()..].starts_with([' ', '\t']) {
        return None;
    }
    Some(Marker { bullet, value, style })
}

fn next_value(v: Value) -> Option<Value> {
    match v {
        Value::Number(n) => Some(Value::Number(n + 1)),
        Value::Letter(c) if c.is_ascii_alphabetic() && c != b'z' && c != b'Z' => Some(Value::Letter(c + 1)),
        Value::Letter(_) => None,
    }
}

/// Byte offsets (inside `s`, after its start) where list items begin.
pub fn list_item_starts(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(first) = marker_at(s) else {
        return bullet_items(s);
    };
    let mut value = first.value;
    let mut from = 0;
    while out.len() < MAX_ITEMS {
        let Some(next) = next_value(value) else { break };
        let mut pat = String::new();
        if let Some(c) = first.bullet {
            pat.push(c);
            pat.push(' ');
        }
        match next {
            Value::Number(n) => pat.push_str(&n.to_string()),
            Value::Letter(c) => pat.push(c as char),
        }
        pat.push_str(first.style);
        pat.push(' ');
        let mut search = from + 1;
        while !s.is_char_boundary(search) && search < s.len() {
            search += 1;
        }
        let found = loop {
            let Some(k) = s.get(search..).and_then(|r| r.find(&pat)) else {
                break None;
            };
            let at = search + k;
            if s[..at].ends_with([' ', '\t']) {
                break Some(at);
            }
            search = at + pat.len();
        };
        let Some(at) = found else { break };
        out.push(at);
        from = at;
        value = next;
    }
    out
}

/// `• First • Second`: a block that opens with a bullet splits at each bullet.
fn bullet_items(s: &str) -> Vec<usize> {
    let t = s.trim_start();
    let Some(c) = t.chars().next().filter(|&c| matches!(c, '•' | '▪' | '‣' | '◦')) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut enc = [0u8; 4];
    let pat: &str = c.encode_utf8(&mut enc);
    let lead = s.len() - t.len();
    for (k, _) in s.match_indices(pat) {
        if k > lead && s[..k].ends_with(' ') && out.len() < MAX_ITEMS {
            out.push(k);
        }
    }
    out
}
