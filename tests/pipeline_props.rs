//! Properties of the whole pipeline on real and generated text.

use parallax::corpus::{self, Format, Source};
use parallax::{collate, Options};
use proptest::prelude::*;

/// An article collated with an exact copy of itself links every sentence
/// that has a content word to its twin.
fn assert_copy_links_every_sentence(source: &Source, clean: bool) -> usize {
    let copy = Source {
        path: format!("{}.copy", source.path),
        ..source.clone()
    };
    let c = collate(
        &[source.clone(), copy],
        &Options {
            clean,
            one_story: true,
        },
    );
    let index = c.group_index();
    assert_eq!(c.articles[0].sentences.len(), c.articles[1].sentences.len());
    for (s, sentence) in c.articles[0].sentences.iter().enumerate() {
        let has_content = parallax::text::tokens(&sentence.text)
            .iter()
            .any(|t| t.content);
        if !has_content {
            continue;
        }
        let g = index[0][s].unwrap_or_else(|| {
            panic!("{}: sentence {s} unaligned: {}", source.path, sentence.text)
        });
        assert!(
            c.groups[g]
                .members
                .iter()
                .any(|m| m.article == 1 && m.sentence == s),
            "{}: sentence {s} not linked to its copy: {}",
            source.path,
            sentence.text
        );
    }
    c.articles[0].sentences.len()
}

#[test]
fn every_seed_collated_with_its_copy_links_every_sentence() {
    for seed in corpus::bundled_seeds() {
        assert!(assert_copy_links_every_sentence(&seed, true) > 5);
    }
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{3,9}", 3..12).prop_map(|words| {
        let mut s = words.join(" ");
        s.push('.');
        s[..1].to_uppercase() + &s[1..]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_generated_article_and_its_copy_align_sentence_by_sentence(
        lines in prop::collection::hash_set(sentence(), 1..8)
    ) {
        let count = lines.len();
        let raw = lines.into_iter().collect::<Vec<_>>().join("\n");
        let sentences = assert_copy_links_every_sentence(&Source { path: "gen.txt".into(), raw, format: Format::Text }, false);
        prop_assert_eq!(sentences, count);
    }

    #[test]
    fn any_text_gives_spans_that_match_their_sentences(raw in "\\PC{0,400}") {
        let c = collate(&[Source { path: "a.txt".into(), raw, format: Format::Text }], &Options::default());
        for article in &c.articles {
            for s in &article.sentences {
                prop_assert!(s.start <= s.end && s.end <= article.text.len());
                prop_assert_eq!(&article.text[s.start..s.end], s.text.as_str());
            }
        }
    }
}
