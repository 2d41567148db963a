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
    /// core, in the order given.
    pub fn of_cleaned(sources: &[Source], cleaned: Vec<Cleaned>) -> Self {
        let analysed: Vec<(Article, ArticleTokens)> = sources
            .par_iter()
            .zip(cleaned)
            .map(|(source, cleaned)| analyse(source.path.clone(), cleaned))
            .collect();
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
    let article = Article {
        path,
        title: cleaned.title,
        text: cleaned.text,
        sentences,
        meta: cleaned.meta,
    };
    (article, tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

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
