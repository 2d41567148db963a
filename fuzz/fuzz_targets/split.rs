//! Any text → sentence spans and typed details.
//!
//! Invariants: spans are in bounds, on char boundaries, non-empty, ordered,
//! never cross a line break; details lie inside their sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::text;

fuzz_target!(|input: &str| {
    let mut last_end = 0;
    for span in text::split_sentences(input) {
        assert!(span.start < span.end, "empty span {span:?}");
        assert!(span.start >= last_end, "spans out of order");
        let sentence = input.get(span.clone()).expect("span on char boundaries");
        assert!(!sentence.contains('\n'), "span crosses a line break");
        last_end = span.end;
        for d in text::details(sentence) {
            assert!(
                sentence.get(d.start..d.end).is_some(),
                "detail {d:?} out of its sentence"
            );
        }
    }
});
