//! The JavaScript boundary: the only module that knows about wasm-bindgen.

use crate::Options;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Talc instead of dlmalloc: fewer instructions per allocation and a smaller module.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let message = e.to_string();
        JsError::new(&format!(
            "invalid options: {}",
            message.strip_prefix("Error: ").unwrap_or(&message)
        ))
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// Analyse one article and return an `Analysis` object.
#[wasm_bindgen]
pub fn analyse(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let analysis = crate::analyse(text, &options(options_value)?).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// Compare two versions of an article and return a `Comparison` object.
#[wasm_bindgen]
pub fn compare(old: &str, new: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let comparison = crate::compare(old, new, &options(options_value)?).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&comparison)
}

/// Render a report of one text (`new` null) or of a comparison, as `text`, `markdown` or `html`.
#[wasm_bindgen(js_name = renderReport)]
pub fn render_report(old: &str, new: Option<String>, format: &str, options_value: JsValue) -> Result<String, JsError> {
    let format = crate::report::Format::parse(format)
        .ok_or_else(|| JsError::new(&format!("unknown report format: {format}")))?;
    let options = options(options_value)?;
    Ok(match new {
        Some(new) => crate::report::comparison(
            &crate::compare(old, &new, &options).map_err(|e| JsError::new(&e.to_string()))?,
            format,
        ),
        None => crate::report::analysis(
            &crate::analyse(old, &options).map_err(|e| JsError::new(&e.to_string()))?,
            format,
        ),
    })
}

/// The crate and contract version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
