//! Sentences, tokens and typed details: everything the aligner and the contrast
//! stage need to know about one sentence.
//!
//! `split_sentences` returns byte spans into the cleaned article text (never
//! crossing a line break: a line without final punctuation is a sentence of its
//! own); `tokens` gives each word a normalised form (case, diacritics, aliases,
//! stem) and says which detail, if any, it belongs to; `details` finds the typed
//! spans (places, dates, numbers, people, titles, negation, quotes). The word lists
//! behind all of it live in `assets/lexicon/` (see `lexicon`).

mod classes;
mod dates;
mod details;
mod lexicon;
mod names;
mod numbers;
mod quotes;
pub mod relative;
mod sentences;
pub(crate) mod tables;
mod tokens;

pub(crate) use classes::{lemmas, noun_class, verb_lemma};
pub use details::article_details;
pub(crate) use details::{details_with, negation_cues};
pub(crate) use lexicon::fold;

/// Whether a word (any case) is a given name: "Duncan", "Jamaal"
/// (`first_names.txt` and the census table `given_names.txt`).
pub(crate) fn is_given_name(word: &str) -> bool {
    let key = fold(word);
    lexicon::FIRST_NAMES.contains(&key) || lexicon::GIVEN_NAMES.contains(&key)
}
pub(crate) use lexicon::Calendar;
pub(crate) use names::Names;
pub(crate) use numbers::{quantity, word_number, year_digits};
pub use sentences::split_sentences;
pub(crate) use tokens::{canonical, is_stopword, normalize_word, stem};

/// How many days from the day of writing a one-word relative date lies
/// (`assets/lexicon/relative_dates.tsv`): "yesterday" -1, "tonight" 0,
/// "tomorrow" 1; `None` for any other word.
pub(crate) fn days_from_writing(word: &str) -> Option<i64> {
    let (n, value) = lexicon::RELATIVE_DATES.longest(&[fold(word)])?;
    match (n, value.as_str()) {
        (1, "yesterday") => Some(-1),
        (1, "today") => Some(0),
        (1, "tomorrow") => Some(1),
        _ => None,
    }
}

/// Whether a word (lower case) attributes speech: "said", "told" (`assets/lexicon/speech_verbs.txt`).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    lexicon::SPEECH_VERBS.contains(word)
}

/// Whether a lower-case word closes a site's name: "Square", "Gate"
/// (`assets/lexicon/place_suffixes.txt`).
pub(crate) fn closes_a_site(word: &str) -> bool {
    lexicon::PLACE_SUFFIXES.contains(word)
}

/// Whether a lower-case word counts in a multiple of its own ("dozen",
/// `number_words.tsv` kind `multiple`): a figure told in it is round.
pub(crate) fn is_multiple_word(word: &str) -> bool {
    matches!(
        lexicon::NUMBER_WORDS.get(word),
        Some(lexicon::NumberWord::Multiple(_))
    )
}

/// Whether a lower-case word is a verb of saying that addresses someone
/// ("told", "urged"): it passes on an order or a question, not a statement.
pub(crate) fn is_addressed_verb(word: &str) -> bool {
    lexicon::ADDRESSED_VERBS.contains(word)
}

use rayon::prelude::*;

use crate::model::{Article, Detail, DetailKind};

/// A word of a sentence with its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the sentence.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// Lower-cased, diacritics folded, alias-resolved, stemmed. A multi-word alias
    /// ("United States") is one token.
    pub norm: String,
    /// False for stop words.
    pub content: bool,
    /// The kind of detail (not quotes) the word lies in: the aligner masks these, so a
    /// changed number does not block a match.
    pub detail: Option<DetailKind>,
    /// Inside quotation marks.
    pub in_quote: bool,
}

/// The words of a sentence (punctuation dropped).
pub fn tokens(sentence: &str) -> Vec<Token> {
    tokens_with(sentence, &details(sentence))
}

/// Like `tokens`, with the sentence's details already at hand.
pub(crate) fn tokens_with(sentence: &str, details: &[Detail]) -> Vec<Token> {
    tokens_of_words(&tokens::words(sentence), details)
}

/// Each sentence's tokens for one article, `[sentence]`.
pub(crate) type ArticleTokens = Vec<Vec<Token>>;

/// The tokens of every sentence of every article, `[article][sentence]` (on every
/// core), for articles analysed elsewhere ([`crate::Analysed::of_articles`]);
/// `collate` finds them while analysing, in [`article_analysis`].
pub(crate) fn token_table(articles: &[Article]) -> Vec<ArticleTokens> {
    articles
        .par_iter()
        .map(|a| {
            a.sentences
                .iter()
                .map(|s| tokens_with(&s.text, &s.details))
                .collect()
        })
        .collect()
}

/// Details and tokens of every sentence of one article, each sentence's words
/// scanned once for both.
pub(crate) fn article_analysis(sentences: &[&str]) -> (Vec<Vec<Detail>>, ArticleTokens) {
    let (details, words) = details::article_details_words(sentences);
    let tokens = words
        .par_iter()
        .zip(&details)
        .with_min_len(details::MIN_SENTENCES_PER_TASK)
        .map(|(ws, ds)| tokens_of_words(ws, ds))
        .collect();
    (details, tokens)
}

fn tokens_of_words(ws: &[tokens::Word<'_>], details: &[Detail]) -> Vec<Token> {
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let (n, norm) = match tokens::alias(&ws[i..]) {
            Some((n, c)) => (n, tokens::stem(c)),
            None => (1, tokens::stem(&ws[i].key)),
        };
        let (start, end) = (ws[i].start, ws[i + n - 1].end);
        let within = |d: &&Detail| d.start <= start && end <= d.end;
        out.push(Token {
            start,
            end,
            content: !(n == 1 && tokens::is_stopword(&ws[i].key) && ws[i].text != "US"),
            norm,
            detail: details
                .iter()
                .filter(|d| d.kind != DetailKind::Quote)
                .find(within)
                .map(|d| d.kind),
            in_quote: details
                .iter()
                .filter(|d| d.kind == DetailKind::Quote)
                .any(|d| within(&d)),
        });
        i += n;
    }
    out
}

/// Typed details in a sentence, sorted by start, non-overlapping.
pub fn details(sentence: &str) -> Vec<Detail> {
    details_with(sentence, &Names::default())
}

/// Whether a word names a month or a weekday (`assets/lexicon/calendar.tsv`).
pub(crate) fn calendar(word: &str) -> Option<Calendar> {
    lexicon::CALENDAR.get(&lexicon::fold(word)).copied()
}

/// The place a demonym points to ("Ukrainian" → the value of Ukraine), from
/// `assets/lexicon/demonyms.tsv`.
pub(crate) fn demonym_place(word: &str) -> Option<&'static str> {
    lexicon::DEMONYMS
        .get(&lexicon::fold(word))
        .map(String::as_str)
}

/// Whether a place value is one a demonym points to (a country or region
/// the tables know).
pub(crate) fn is_demonym_place(value: &str) -> bool {
    static PLACES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| lexicon::DEMONYMS.values().map(String::as_str).collect());
    PLACES.contains(value)
}

#[cfg(test)]
mod tests {
    use super::days_from_writing;

    #[test]
    fn one_word_relative_dates_count_days_from_writing() {
        assert_eq!(days_from_writing("Tomorrow"), Some(1));
        assert_eq!(days_from_writing("yesterday"), Some(-1));
        assert_eq!(days_from_writing("tonight"), Some(0));
        assert_eq!(days_from_writing("Monday"), None);
        assert_eq!(days_from_writing("week"), None);
    }

    use super::*;

    #[test]
    fn tokens_normalise_and_mark_details() {
        let s = "Zelenskiy\u{2019}s 30-day truce in the United States";
        let t = tokens(s);
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["zelenski", "30", "day", "truce", "in", "the", "unit state"]
        );
        assert_eq!(t[1].detail, Some(DetailKind::Number));
        assert_eq!(t[2].detail, Some(DetailKind::Number));
        assert_eq!(t[6].detail, Some(DetailKind::Place));
        assert!(!t[4].content && t[3].content && t[6].content);
    }

    #[test]
    fn us_the_country_is_content() {
        let t = tokens("the US told us");
        assert!(t[1].content && t[1].norm == normalize_word("United States"));
        assert!(!t[3].content && t[3].norm == "us");
    }
}
