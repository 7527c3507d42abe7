//! The JavaScript boundary, tested in Node with wasm-bindgen-test:
//! plain objects with camelCase keys, `null` for absent values, errors as JS
//! `Error`s with messages, and UTF-16 offsets that slice the JS string.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use palimpsest::wasm;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SEED_OLD: &str = include_str!("../examples/000_3d0e1f293caf9599.txt");
const SEED_NEW: &str = include_str!("../examples/002_347963c6eb78a301.txt");

/// Our own mixed-script text: CJK, emoji (surrogate pairs and a ZWJ sequence), accents, CRLF.
const MIXED: &str =
    "東京で会議 🎉 が開かれた。\r\n\r\nThe minister said: “We agree on everything 👍🏽.” Then she left.\r\n\r\n\
Zoë Müller, the 👩‍👩‍👧 family’s lawyer, said the talks were “difficult but useful.”\r\n";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn has(value: &JsValue, key: &str) -> bool {
    Reflect::has(value, &JsValue::from_str(key)).unwrap_or(false)
}

fn number(value: &JsValue, key: &str) -> u32 {
    get(value, key)
        .as_f64()
        .map(|n| n as u32)
        .unwrap_or_else(|| panic!("{key} is not a number"))
}

fn array(value: &JsValue, key: &str) -> Array {
    get(value, key)
        .dyn_into::<Array>()
        .unwrap_or_else(|_| panic!("{key} is not an array"))
}

fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && Object::get_prototype_of(value) == Object::get_prototype_of(&Object::new())
}

fn error_message(error: wasm_bindgen::JsError) -> (bool, String) {
    let value = JsValue::from(error);
    let is_error = value.is_instance_of::<js_sys::Error>();
    (is_error, get(&value, "message").as_string().unwrap_or_default())
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test options are valid JSON")
}

#[wasm_bindgen_test]
fn analysis_is_a_plain_object_with_camel_case_keys() {
    let analysis = wasm::analyse(SEED_OLD, JsValue::UNDEFINED).expect("seed analyses");
    assert!(
        is_plain_object(&analysis),
        "the result is a plain Object, not a Map or class"
    );
    for key in [
        "version",
        "metadata",
        "blocks",
        "sentences",
        "quotes",
        "speakers",
        "stats",
    ] {
        assert!(has(&analysis, key), "Analysis has {key}");
    }
    let block = array(&analysis, "blocks").get(0);
    assert!(is_plain_object(&block));
    for key in ["start", "end", "byteStart", "byteEnd", "kind", "text"] {
        assert!(has(&block, key), "Block has {key}");
    }
    assert!(!has(&block, "byte_start"), "no snake_case keys");
    assert!(has(&get(&analysis, "stats"), "readingMinutes"));
    assert_eq!(get(&analysis, "version").as_string(), Some(wasm::version()));
}

#[wasm_bindgen_test]
fn absent_values_are_null_not_undefined() {
    // No date, headline or source line, and a quote without a cue or speaker.
    let analysis = wasm::analyse("Nothing here but “an unattributed remark.”", JsValue::UNDEFINED).expect("analyses");
    let metadata = get(&analysis, "metadata");
    assert!(has(&metadata, "date"), "the key is present");
    assert!(get(&metadata, "date").is_null(), "metadata.date is null");
    for quote in array(&analysis, "quotes").iter() {
        for key in ["cue", "speaker"] {
            assert!(has(&quote, key), "Quote has {key}");
            assert!(!get(&quote, key).is_undefined(), "Quote.{key} is never undefined");
        }
    }
    // Words are left out unless asked for, and present when asked for.
    assert!(!has(&analysis, "words"));
    let with_words = wasm::analyse("Two words.", options(r#"{"words": true}"#)).expect("analyses");
    assert_eq!(array(&with_words, "words").length(), 2);
}

#[wasm_bindgen_test]
fn seed_quote_crosses_with_its_parts() {
    let analysis = wasm::analyse(SEED_OLD, JsValue::NULL).expect("seed analyses");
    let quote = array(&analysis, "quotes")
        .iter()
        .find(|quote| {
            get(quote, "text")
                .as_string()
                .is_some_and(|t| t.contains("We will talk about all issues"))
        })
        .expect("the seed's first quote is found");
    assert_eq!(get(&quote, "kind").as_string().as_deref(), Some("direct"));
    assert_eq!(get(&quote, "closed").as_bool(), Some(true));
    assert!(array(&quote, "spans").length() >= 1);
    let speaker = get(&quote, "speaker");
    if !speaker.is_null() {
        assert!(get(&speaker, "name").as_string().is_some_and(|name| !name.is_empty()));
        let mention = get(&speaker, "mention");
        assert!(
            mention.is_null() || has(&mention, "byteStart"),
            "mention is null or an excerpt"
        );
    }
}

#[wasm_bindgen_test]
fn bad_options_are_js_errors_with_messages() {
    let error = wasm::analyse("Text.", options(r#"{"words": "yes"}"#)).expect_err("a string is not a boolean");
    let (is_error, message) = error_message(error);
    assert!(is_error, "a JS Error instance");
    assert!(message.starts_with("invalid options:"), "message: {message}");
    assert!(
        message.contains("boolean"),
        "message names the expected type: {message}"
    );

    let error = wasm::compare("a", "b", JsValue::from_f64(3.0)).expect_err("options must be an object");
    assert!(error_message(error).1.starts_with("invalid options:"));

    let error = wasm::render_report("a", None, "pdf", JsValue::UNDEFINED).expect_err("unknown format");
    let (is_error, message) = error_message(error);
    assert!(is_error);
    assert!(message.contains("pdf"), "message: {message}");
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_js_string() {
    let analysis = wasm::analyse(MIXED, JsValue::UNDEFINED).expect("analyses");
    let js_text = JsString::from(MIXED);
    let mut checked = 0;
    for key in ["blocks", "sentences"] {
        for item in array(&analysis, key).iter() {
            let (start, end) = (number(&item, "start"), number(&item, "end"));
            let (byte_start, byte_end) = (number(&item, "byteStart") as usize, number(&item, "byteEnd") as usize);
            let text = get(&item, "text").as_string().expect("text");
            assert_eq!(String::from(js_text.slice(start, end)), text, "{key}: UTF-16 slice");
            assert_eq!(&MIXED[byte_start..byte_end], text, "{key}: byte slice");
            checked += 1;
        }
    }
    for quote in array(&analysis, "quotes").iter() {
        for span in array(&quote, "spans").iter() {
            let piece = String::from(js_text.slice(number(&span, "start"), number(&span, "end")));
            let bytes = &MIXED[number(&span, "byteStart") as usize..number(&span, "byteEnd") as usize];
            assert_eq!(piece, bytes, "quote span: UTF-16 and byte offsets agree");
            checked += 1;
        }
    }
    assert!(
        checked >= 5,
        "blocks, sentences and quote spans were checked ({checked})"
    );
    let last = array(&analysis, "sentences").length();
    assert!(last >= 4, "CJK, English and emoji sentences are found ({last})");
    assert_eq!(
        number(&get(&analysis, "stats"), "characters"),
        js_text.length(),
        "length in UTF-16 units"
    );
}

#[wasm_bindgen_test]
fn comparison_of_the_seed_pair_crosses_the_boundary() {
    let comparison = wasm::compare(SEED_OLD, SEED_NEW, JsValue::UNDEFINED).expect("seed pair compares");
    assert!(is_plain_object(&comparison));
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
        assert!(has(&comparison, key), "Comparison has {key}");
    }
    let similarity = get(&comparison, "similarity").as_f64().expect("similarity is a number");
    assert!(
        similarity > 0.3 && similarity < 1.0,
        "related but edited versions: {similarity}"
    );
    let edit = array(&comparison, "changes")
        .iter()
        .find(|change| get(change, "op").as_string().as_deref() == Some("edit"))
        .expect("the seed pair has an edited sentence");
    assert!(array(&edit, "tokens").length() > 0);
    assert!(Array::is_array(&get(&edit, "tags")));
}

#[wasm_bindgen_test]
fn render_report_returns_text() {
    let report = wasm::render_report(SEED_OLD, Some(SEED_NEW.to_string()), "markdown", JsValue::UNDEFINED)
        .expect("a report renders");
    assert!(!report.trim().is_empty());
}
