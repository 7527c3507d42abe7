//! Fuzz `palimpsest::analyse`: no panic, no hang, and every JSON contract
//! invariant (checked by the shared checker of the native tests) on any input.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;
mod input;

fuzz_target!(|data: &[u8]| {
    let text = input::text(data);
    let words = data.first().is_some_and(|b| b & 2 != 0);
    match palimpsest::analyse(&text, &palimpsest::Options { words }) {
        Ok(a) => {
            if let Err(e) = common::check_analysis(&text, &a) {
                panic!("contract broken: {e}\ninput: {text:?}");
            }
        }
        Err(e) => panic!("analyse refused a {}-byte text: {e}", text.len()),
    }
});
