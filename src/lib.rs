//! parallax collates several accounts of one news story.
//!
//! The pipeline is a pure function from sources to a [`Collation`]:
//! `corpus` reads and cleans each source, `text` splits it into sentences and finds
//! typed details (places, dates, numbers, people…), `story` splits a folder that
//! mixes events, `align` lines up sentences that report the same thing across
//! articles, and `contrast` marks, inside each line-up, the details that disagree.
//! The reader (`tui`), the report and the exporters only read the resulting model;
//! nothing outside `tui` and `main.rs` knows about a terminal.

pub mod align;
pub mod contrast;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod fetch;
pub mod label;
pub mod model;
pub mod story;
pub mod synth;
pub mod text;
pub mod tui;

pub use model::Collation;

use corpus::Source;
use model::{Article, Sentence};
use rayon::prelude::*;

/// How to collate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Strip boilerplate (menus, share buttons…); false keeps every line.
    pub clean: bool,
    /// Never split the sources into several stories.
    pub one_story: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            clean: true,
            one_story: false,
        }
    }
}

/// Runs the whole pipeline over already-read sources.
pub fn collate(sources: &[Source], options: &Options) -> Collation {
    let cleaned = corpus::clean(sources, options.clean);
    // Articles are independent: analyse them on every core (collect keeps order).
    // Each sentence is tokenised once here; story, align and contrast share it.
    let analysed: Vec<(Article, text::ArticleTokens)> = sources
        .par_iter()
        .zip(cleaned)
        .map(|(source, cleaned)| analyse_tokens(source.path.clone(), cleaned))
        .collect();
    let (articles, tokens): (Vec<Article>, Vec<text::ArticleTokens>) = analysed.into_iter().unzip();
    let stories = if options.one_story {
        vec![story::single_story_tokens(&articles, &tokens)]
    } else {
        story::cluster_tokens(&articles, &tokens, &story::Tuning::default())
    };
    let groups = align::align_tokens(&articles, &tokens, &stories, &align::Tuning::default());
    let divergences = contrast::contrast_tokens(&articles, &tokens, &groups);
    // Millions of small tokens: freed on every core, not one by one at the end.
    tokens.into_par_iter().for_each(drop);
    Collation {
        schema: model::SCHEMA.to_string(),
        articles,
        groups,
        divergences,
        stories,
        warnings: Vec::new(),
    }
}

/// One cleaned source as an article: its sentences with their typed details.
pub fn analyse(path: String, cleaned: corpus::Cleaned) -> Article {
    analyse_tokens(path, cleaned).0
}

/// [`analyse`], with the tokens of each sentence.
pub fn analyse_tokens(path: String, cleaned: corpus::Cleaned) -> (Article, text::ArticleTokens) {
    let spans = text::split_sentences(&cleaned.text);
    let texts: Vec<&str> = spans
        .iter()
        .map(|span| &cleaned.text[span.clone()])
        .collect();
    let (details, tokens) = text::article_analysis(&texts);
    let sentences = spans
        .iter()
        .zip(details)
        .map(|(span, details)| Sentence {
            text: cleaned.text[span.clone()].to_string(),
            start: span.start,
            end: span.end,
            details,
        })
        .collect();
    let article = Article {
        path,
        title: cleaned.title,
        text: cleaned.text,
        sentences,
        meta: cleaned.meta,
    };
    (article, tokens)
}
