//! The analysed articles: the one context that `story`, `align` and `contrast` read.
//!
//! Every stage after `text` needs each sentence's tokens beside the articles of
//! the model. They are computed once, while each sentence's details are found,
//! and travel with the articles here; they are not part of the model, and
//! [`Analysed::into_articles`] frees them once the collation is built.

use rayon::prelude::*;

use crate::corpus::{Cleaned, Source};
use crate::model::{Article, Sentence, SentenceRef};
use crate::text::{self, ArticleTokens, Token};

/// Articles with the tokens of every sentence (`[article][sentence]`).
#[derive(Debug, Clone, Default)]
pub struct Analysed {
    articles: Vec<Article>,
    tokens: Vec<ArticleTokens>,
}

impl Analysed {
    /// Analyses cleaned sources (`cleaned[i]` is `sources[i]` cleaned): each
    /// becomes an article of sentences with their typed details, on every
    /// core, in the order given. A text met before (a wire copy reprinted
    /// whole) is analysed once: its sentences and tokens are copied.
    pub fn of_cleaned(sources: &[Source], cleaned: Vec<Cleaned>) -> Self {
        let copy_of = first_of_each_text(&cleaned);
        let mut analysed: Vec<(Article, ArticleTokens)> = sources
            .par_iter()
            .zip(cleaned)
            .zip(&copy_of)
            .map(|((source, cleaned), copy)| match copy {
                None => analyse(source.path.clone(), cleaned),
                Some(_) => (
                    article(source.path.clone(), cleaned, Vec::new()),
                    Vec::new(),
                ),
            })
            .collect();
        for (copy, original) in copy_of.iter().enumerate() {
            if let Some(o) = *original {
                let (sentences, tokens) = (analysed[o].0.sentences.clone(), analysed[o].1.clone());
                analysed[copy].0.sentences = sentences;
                analysed[copy].1 = tokens;
            }
        }
        let (articles, tokens) = analysed.into_iter().unzip();
        Self { articles, tokens }
    }

    /// Articles analysed elsewhere (built by hand, read back from a report):
    /// their sentences are tokenised here.
    pub fn of_articles(articles: Vec<Article>) -> Self {
        let tokens = text::token_table(&articles);
        Self { articles, tokens }
    }

    /// The articles, in the order given.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// The tokens of one article's sentences, `[sentence]`.
    pub(crate) fn tokens(&self, article: usize) -> &ArticleTokens {
        &self.tokens[article]
    }

    /// The tokens of one sentence.
    pub(crate) fn sentence_tokens(&self, at: SentenceRef) -> &[Token] {
        &self.tokens[at.article][at.sentence]
    }

    /// The articles alone; the tokens, millions of small strings in a large
    /// folder, are freed on every core rather than one by one.
    pub fn into_articles(self) -> Vec<Article> {
        self.tokens.into_par_iter().for_each(drop);
        self.articles
    }
}

/// For each cleaned text, the first earlier one that is the same text.
fn first_of_each_text(cleaned: &[Cleaned]) -> Vec<Option<usize>> {
    let mut first: rustc_hash::FxHashMap<&str, usize> = Default::default();
    cleaned
        .iter()
        .enumerate()
        .map(|(i, c)| match first.entry(c.text.as_str()) {
            std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
                None
            }
        })
        .collect()
}

/// A cleaned source as an article of the given sentences.
fn article(path: String, cleaned: Cleaned, sentences: Vec<Sentence>) -> Article {
    Article {
        path,
        title: cleaned.title,
        text: cleaned.text,
        sentences,
        meta: cleaned.meta,
    }
}

/// One cleaned source as an article, with the tokens of each sentence.
fn analyse(path: String, cleaned: Cleaned) -> (Article, ArticleTokens) {
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
    (article(path, cleaned, sentences), tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_analysed_as_its_original_was() {
        let mut sources = crate::corpus::bundled_seeds();
        sources.truncate(2);
        let mut copy = sources[0].clone();
        copy.path = "copy.txt".into();
        sources.push(copy);
        let cleaned = crate::corpus::clean(&sources, crate::corpus::Cleaning::RemoveFurniture);
        assert_eq!(first_of_each_text(&cleaned), vec![None, None, Some(0)]);
        let analysed = Analysed::of_cleaned(&sources, cleaned);
        let [a, _, c] = analysed.articles() else {
            panic!("three articles")
        };
        assert!(!a.sentences.is_empty());
        assert_eq!((&a.sentences, c.path.as_str()), (&c.sentences, "copy.txt"));
        assert_eq!(analysed.tokens[0], analysed.tokens[2]);
    }

    #[test]
    fn tokens_of_articles_are_the_tokens_found_while_analysing() {
        let sources = crate::corpus::bundled_seeds();
        let cleaned = crate::corpus::clean(&sources, crate::corpus::Cleaning::RemoveFurniture);
        let analysed = Analysed::of_cleaned(&sources, cleaned);
        let again = Analysed::of_articles(analysed.articles().to_vec());
        assert!(analysed.tokens.iter().map(Vec::len).sum::<usize>() > 50);
        assert_eq!(analysed.tokens, again.tokens);
    }
}
