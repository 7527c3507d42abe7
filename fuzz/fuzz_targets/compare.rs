//! Fuzz `palimpsest::compare` on pairs of versions (raw, or a structured text
//! and an edited copy): no panic, no hang, every JSON contract invariant.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;
mod input;

fuzz_target!(|data: &[u8]| {
    let Ok((old, new)) = input::pair(data) else { return };
    match palimpsest::compare(&old, &new, &palimpsest::Options::default()) {
        Ok(c) => {
            if let Err(e) = common::check_comparison(&old, &new, &c) {
                panic!("contract broken: {e}\nold: {old:?}\nnew: {new:?}");
            }
        }
        Err(e) => panic!("compare refused {} + {} bytes: {e}", old.len(), new.len()),
    }
});
