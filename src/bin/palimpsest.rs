//! The `palimpsest` command-line tool.

use std::process::ExitCode;

fn read(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| format!("stdin: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| format!("{path}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

fn run(args: &[String]) -> Result<(), String> {
    let opts = palimpsest::Options::default();
    let out = match args.first().map(String::as_str) {
        Some("analyse" | "analyze") => {
            let text = read(args.get(1).map_or("-", String::as_str))?;
            serde_json::to_string_pretty(&palimpsest::analyse(&text, &opts).map_err(|e| e.to_string())?)
        }
        Some("compare") => {
            let (Some(a), Some(b)) = (args.get(1), args.get(2)) else {
                return Err("usage: palimpsest compare OLD NEW".into());
            };
            let c = palimpsest::compare(&read(a)?, &read(b)?, &opts).map_err(|e| e.to_string())?;
            serde_json::to_string_pretty(&c)
        }
        _ => return Err("usage: palimpsest analyse [FILE|-] | compare OLD NEW".into()),
    };
    println!("{}", out.map_err(|e| e.to_string())?);
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--json").collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("palimpsest: {e}");
            ExitCode::from(2)
        }
    }
}
