//! A few articles → the whole pipeline → every report and excerpt.
//!
//! The input is split on NUL into up to six articles. Invariants: no panic;
//! sentence spans point at their text; every index in groups and divergences is
//! in range; the JSON report parses back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::corpus::{Format as SourceFormat, Source};
use parallax::export::{self, Excerpt, Format};
use parallax::{Collation, Options};

fuzz_target!(|input: &str| {
    let sources: Vec<Source> = input
        .split('\0')
        .take(6)
        .enumerate()
        .map(|(i, raw)| Source {
            path: format!("fuzz/{i}.txt"),
            raw: raw.to_string(),
            format: if i % 3 == 2 {
                SourceFormat::Html
            } else {
                SourceFormat::Text
            },
        })
        .collect();
    let one_story = input.len() % 2 == 0;
    let c = parallax::collate(
        &sources,
        &Options {
            clean: true,
            one_story,
        },
    );
    for a in &c.articles {
        for s in &a.sentences {
            assert_eq!(a.text.get(s.start..s.end), Some(s.text.as_str()));
        }
    }
    for g in &c.groups {
        for m in &g.members {
            assert!(m.sentence < c.articles[m.article].sentences.len());
        }
    }
    for d in &c.divergences {
        assert!(d.group < c.groups.len());
        for v in &d.values {
            let s = &c.articles[v.article].sentences[v.sentence];
            assert!(s.text.get(v.start..v.end).is_some(), "value span {v:?}");
        }
    }
    let json = export::report(&c, Format::Json);
    let _: Collation = serde_json::from_str(&json).expect("the JSON report parses");
    for format in [Format::Markdown, Format::Text, Format::Html] {
        export::report(&c, format);
        for d in 0..c.divergences.len() {
            export::excerpt(&c, Excerpt::Divergence(d), format);
        }
    }
});
