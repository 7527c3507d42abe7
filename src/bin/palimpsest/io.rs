//! Reading input text: files or stdin, strict UTF-8 with the byte offset of
//! the first invalid sequence, or lossy decoding on request.

use std::io::{IsTerminal, Read};

/// Tell a person at a terminal that the tool is waiting for typed input.
pub fn hint_if_stdin_is_terminal(what: &str) {
    if std::io::stdin().is_terminal() {
        eprintln!("palimpsest: reading {what} from the terminal; end with Ctrl-D (see --help)");
    }
}

/// Read `path` (`-` is stdin) as text. Inputs larger than the core's limit
/// are refused without reading them whole.
pub fn read_text(path: &str, lossy: bool) -> Result<String, String> {
    let name = if path == "-" { "<stdin>" } else { path };
    let limit = palimpsest::MAX_TEXT_BYTES as u64;
    let mut bytes = Vec::new();
    let read = if path == "-" {
        hint_if_stdin_is_terminal("the text");
        std::io::stdin().lock().take(limit + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{name}: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("{name}: the text is larger than the limit of {limit} bytes"));
    }
    decode(bytes, lossy).map_err(|e| format!("{name}: {e}"))
}

/// Decode UTF-8. Strict mode names the first invalid byte, its offset and
/// line; lossy mode replaces invalid sequences with U+FFFD.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let bytes = err.into_bytes();
            if lossy {
                return Ok(String::from_utf8_lossy(&bytes).into_owned());
            }
            Err(invalid_utf8_message(&bytes))
        }
    }
}

/// "invalid UTF-8 at byte offset 17 (line 2, byte 0xff); …" for the first
/// invalid sequence in `bytes` (which must hold one).
pub fn invalid_utf8_message(bytes: &[u8]) -> String {
    let offset = match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    };
    let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    let byte = bytes.get(offset).map_or(String::new(), |b| format!(", byte 0x{b:02x}"));
    format!(
        "invalid UTF-8 at byte offset {offset} (line {line}{byte}); convert the text to UTF-8 \
or pass --lossy to replace invalid bytes with U+FFFD"
    )
}
