//! Properties of the text stage on arbitrary input. To eyeball the details of real
//! articles: `cargo run --release -p parallax-lab --bin dump_details -- FILE...`.

use parallax::text::{details, split_sentences, tokens};
use proptest::prelude::*;

fn words_and_marks() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("Mr. ".to_string()),
        Just("\u{201C}Hi,\u{201D} he said. ".to_string()),
        Just("President Vladimir Putin ".to_string()),
        Just("in T\u{FC}rkiye on May 12, 2025 ".to_string()),
        Just("4.5 per cent of £450m ".to_string()),
        Just("twelve thousand ".to_string()),
        Just("\n".to_string()),
        Just("U.S. ".to_string()),
        Just("\u{2018}".to_string()),
        Just(". . . . ".to_string()),
        Just("1. a 2. b ".to_string()),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn sentences_are_trimmed_and_stay_on_their_line(text in words_and_marks()) {
        let spans = split_sentences(&text);
        let mut last = 0;
        for r in spans {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = &text[r.clone()];
            prop_assert!(!s.contains('\n'));
            prop_assert_eq!(s, s.trim());
            last = r.end;
        }
    }

    #[test]
    fn details_are_sorted_disjoint_and_on_boundaries(text in words_and_marks()) {
        let ds = details(&text);
        let mut last = 0;
        for d in &ds {
            prop_assert!(d.start >= last && d.start < d.end && d.end <= text.len());
            prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
            last = d.end;
        }
        for t in tokens(&text) {
            prop_assert!(t.start < t.end && text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
