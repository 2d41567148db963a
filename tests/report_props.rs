//! Properties of the report over arbitrary input: whatever the sources hold, the
//! JSON report is valid and round-trips, sentence spans point at their text, and
//! no text-like output carries control, bidi-override or escape characters.

use parallax::corpus::{self, Format as SourceFormat, Source};
use parallax::export::{self, Excerpt, Format};
use parallax::{Collation, Options};
use proptest::prelude::*;

const FORMATS: [Format; 4] = [Format::Json, Format::Markdown, Format::Text, Format::Html];

fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text that looks like news often enough for sentences to align, with hostile
/// characters mixed in.
fn newsy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9 ,.;:!?%\"'()\n\r\t\u{1b}\u{9b}\u{202e}\u{200b}\u{feff}éü東京🤝“”*_`<>&\\[\\]#-]{0,300}",
        prop::collection::vec(
            prop::sample::select(vec![
                "Leaders", "will", "meet", "in", "Istanbul", "Ankara", "on", "Thursday",
                "Friday", "4.5%", "5.4%", "12,000", "said", "not", "\"peace", "now\"", ".",
                "\n", "President", "Zelensky", "Putin", "<b>", "*",
            ]),
            0..60,
        )
        .prop_map(|w| w.join(" ")),
    ]
}

fn sources(texts: Vec<(String, bool)>) -> Vec<Source> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, (raw, html))| Source {
            path: format!("p/{i}.{}", if html { "html" } else { "txt" }),
            raw,
            format: if html {
                SourceFormat::Html
            } else {
                SourceFormat::Text
            },
        })
        .collect()
}

fn check(c: &Collation) -> Result<(), TestCaseError> {
    for a in &c.articles {
        for s in &a.sentences {
            prop_assert_eq!(a.text.get(s.start..s.end), Some(s.text.as_str()));
        }
    }
    for g in &c.groups {
        for m in &g.members {
            prop_assert!(c
                .articles
                .get(m.article)
                .is_some_and(|a| m.sentence < a.sentences.len()));
        }
    }
    for d in &c.divergences {
        prop_assert!(d.group < c.groups.len());
    }

    let json = export::report(c, Format::Json);
    let back: Collation = serde_json::from_str(&json).expect("the JSON report parses");
    prop_assert_eq!(&back.articles, &c.articles);
    prop_assert_eq!(&back.divergences, &c.divergences);
    prop_assert_eq!(&back.stories, &c.stories);
    prop_assert_eq!(back.groups.len(), c.groups.len());

    for format in FORMATS {
        let out = export::report(c, format);
        prop_assert!(
            !out.chars().any(forbidden),
            "{:?} report: {:?}",
            format,
            out
        );
        let excerpts = (0..c.divergences.len())
            .map(Excerpt::Divergence)
            .chain((0..c.groups.len()).map(Excerpt::Group));
        for what in excerpts {
            let out = export::excerpt(c, what, format);
            prop_assert!(
                !out.chars().any(forbidden),
                "{:?} excerpt: {:?}",
                format,
                out
            );
            if format == Format::Json {
                serde_json::from_str::<serde_json::Value>(&out).expect("the JSON excerpt parses");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_sources_give_a_sound_report(
        texts in prop::collection::vec((newsy(), any::<bool>()), 1..5),
        clean in any::<bool>(),
        one_story in any::<bool>(),
    ) {
        let c = parallax::collate(&sources(texts), &Options { clean, one_story });
        check(&c)?;
    }

    #[test]
    fn any_bytes_on_disk_give_a_sound_report(
        files in prop::collection::vec(
            (prop::collection::vec(any::<u8>(), 0..600), newsy()),
            1..4,
        ),
    ) {
        let dir = tempfile::tempdir().unwrap();
        for (i, (bytes, text)) in files.iter().enumerate() {
            std::fs::write(dir.path().join(format!("{i}-bytes.txt")), bytes).unwrap();
            std::fs::write(dir.path().join(format!("{i}-text.html")), text).unwrap();
        }
        match corpus::load(&[dir.path().to_path_buf()]) {
            Ok(loaded) => {
                // Every file is either read or named with the reason it was not.
                prop_assert_eq!(loaded.sources.len() + loaded.skipped.len(), 2 * files.len());
                let mut c = parallax::collate(&loaded.sources, &Options::default());
                c.warnings = loaded.skipped.iter().map(ToString::to_string).collect();
                check(&c)?;
            }
            // Failing is right only when no file holds text (each alone fails
            // too), and the message names the folder.
            Err(e) => {
                prop_assert_eq!(
                    e.to_string(),
                    format!("no articles found in {}", dir.path().display())
                );
                for entry in std::fs::read_dir(dir.path()).unwrap() {
                    let path = entry.unwrap().path();
                    prop_assert!(
                        corpus::load(std::slice::from_ref(&path)).is_err(),
                        "{} reads alone",
                        path.display()
                    );
                }
            }
        }
    }
}

/// The error path above, taken for certain: blank and binary files only.
#[test]
fn a_folder_without_text_fails_and_names_itself() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("blank.txt"), " \n\t\n").unwrap();
    let mut blob = b"PK\x03\x04".to_vec();
    blob.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(dir.path().join("blob.txt"), blob).unwrap();
    let e = corpus::load(&[dir.path().to_path_buf()]).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("no articles found in {}", dir.path().display())
    );
}
