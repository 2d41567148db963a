//! The one hand-off type between the pipeline and its readers.
//!
//! `Collation` is what `parallax report --format json` prints (schema
//! `parallax.report/1`, see docs/DESIGN.md) and what the reader, the report writers and
//! the exporters read. Fields may be added; none may be renamed or dropped.
//!
//! Indices are positions: `SentenceRef { article: 2, sentence: 5 }` is
//! `articles[2].sentences[5]`; a divergence's `group` indexes `groups`.

use serde::{Deserialize, Serialize};

/// The JSON schema name written into every report.
pub const SCHEMA: &str = "parallax.report/1";

/// Everything parallax found in one folder: the report's root (`parallax.report/1`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collation {
    /// The contract's name and version, [`SCHEMA`].
    pub schema: String,
    /// The articles in the order read.
    pub articles: Vec<Article>,
    /// Aligned groups, ordered by their first member.
    pub groups: Vec<Group>,
    /// Details the members of a group state differently.
    pub divergences: Vec<Divergence>,
    /// Articles grouped by the real event they report; groups never cross stories.
    pub stories: Vec<Story>,
    /// Files that were skipped or damaged, each with its reason.
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// One source after cleaning and analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The path as given (or `seeds/<name>` for the bundled corpus).
    pub path: String,
    /// The headline.
    pub title: String,
    /// The cleaned text that sentence spans point into.
    pub text: String,
    /// The sentences of `text`, in order.
    pub sentences: Vec<Sentence>,
    /// Dates, outlet, author and URL as the page states them.
    #[serde(flatten)]
    pub meta: ArticleMeta,
}

/// What a page says about itself (`corpus::meta` reads it). Each field is
/// null when the page does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleMeta {
    /// The date of writing: "YYYY-MM-DD", or an RFC 3339 timestamp when the
    /// page gives a time and a zone.
    pub published: Option<String>,
    /// Which evidence gave `published`: "json-ld datePublished", "meta
    /// article:published_time", "dublin core", "time datetime", "published
    /// line", "updated line", "dateline", "date line", "file name", "header date"…
    pub published_from: Option<String>,
    /// The date of the last update the page states.
    pub updated: Option<String>,
    /// The outlet: `og:site_name`, JSON-LD `publisher`, the agency of a wire
    /// dateline, else, for a fetched page only, its host.
    pub outlet: Option<String>,
    /// The byline's author, as the page states it.
    pub author: Option<String>,
    /// The headline the page's metadata states (JSON-LD `headline`,
    /// `og:title`), without the site name a `<title>` adds; left out of the
    /// JSON when it states none (then `title` is the headline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The canonical URL the page states (`link rel=canonical`, `og:url`),
    /// else the address a fetched page came from (after redirects); left
    /// out of the JSON when neither is known (local text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A sentence of an article, a byte span of its cleaned text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence as the reader sees it (white space tidied).
    pub text: String,
    /// Byte offsets into the article's cleaned `text`.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// Typed details found in `text` (byte offsets into `text`).
    #[serde(default)]
    pub details: Vec<Detail>,
}

/// A typed span inside a sentence: a place, a date, a number…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detail {
    /// What kind of detail it is.
    pub kind: DetailKind,
    /// Byte offsets into the sentence's `text`.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// The normalised value used for comparison ("12000", "4.5%", "turkey").
    pub value: String,
    /// What the detail is about, normalised: the person a title belongs to, the
    /// speaker of a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

/// The kinds of typed detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DetailKind {
    /// A place: city, country, region, venue.
    Place,
    /// A day or a date.
    Date,
    /// A number, an amount or a percentage.
    Number,
    /// A person's name.
    Person,
    /// A person's title or role.
    Title,
    /// A negation cue ("not", "never").
    Negation,
    /// A quotation.
    Quote,
}

/// Where a sentence is: its article and its place in that article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceRef {
    /// Index into [`Collation::articles`].
    pub article: usize,
    /// Index into that article's sentences.
    pub sentence: usize,
}

/// Sentences from different articles that report the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The sentences, in article and sentence order.
    pub members: Vec<SentenceRef>,
    /// Mean similarity of the links that formed the group, 0..=1.
    pub score: f64,
}

impl Group {
    /// How many articles its members come from.
    pub fn distinct_articles(&self) -> usize {
        let mut articles: Vec<usize> = self.members.iter().map(|m| m.article).collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }
}

/// The kinds of divergence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DivergenceKind {
    /// Places differ.
    Place,
    /// Days or dates differ.
    Date,
    /// Numbers differ.
    Number,
    /// People differ.
    Person,
    /// Titles differ.
    Title,
    /// One source negates what another states.
    Negation,
    /// The wording of a quote differs.
    Quote,
    /// Something else differs.
    Other,
}

impl DivergenceKind {
    /// Every kind, in the order the reader lists them.
    pub const ALL: [DivergenceKind; 8] = [
        Self::Place,
        Self::Date,
        Self::Number,
        Self::Person,
        Self::Title,
        Self::Negation,
        Self::Quote,
        Self::Other,
    ];

    /// The kind as the JSON report names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Place => "place",
            Self::Date => "date",
            Self::Number => "number",
            Self::Person => "person",
            Self::Title => "title",
            Self::Negation => "negation",
            Self::Quote => "quote",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for DivergenceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A detail that members of one group state differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    /// What kind of detail differs.
    pub kind: DivergenceKind,
    /// Index of the group into [`Collation::groups`].
    pub group: usize,
    /// What each source says, one value per member that states it.
    pub values: Vec<DivergentValue>,
    /// Who agrees with whom: "3 of 4 sources say Istanbul; 1 says Ankara".
    pub note: String,
    /// A contradiction, or an update: values that moved between reports
    /// written at different times (a toll that rose).
    #[serde(default)]
    pub relation: Relation,
}

/// How the values of a divergence relate.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Sources disagree about one fact.
    #[default]
    Contradiction,
    /// A value that moves as a story develops, told at different times.
    Update,
}

/// One source's value in a divergence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DivergentValue {
    /// The article stating it.
    pub article: usize,
    /// The sentence of that article.
    pub sentence: usize,
    /// The exact differing span of that sentence.
    pub text: String,
    /// Byte offsets of `text` inside the sentence's text.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// The normalised value compared across sources.
    #[serde(default)]
    pub value: String,
    /// For a date, the span it names resolved against its article's date of
    /// writing (`text::relative`): "2025-05-11", "2025-05-10/2025-05-11" (a
    /// weekend or a week), "2025-05", "2025". Absent when it does not resolve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

impl DivergentValue {
    /// What the value is compared by: its resolved span, else its words.
    pub fn compared(&self) -> &str {
        self.resolved.as_deref().unwrap_or(&self.value)
    }
}

/// Articles that report one real event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// A name from the story's salient place, date and person.
    pub label: String,
    /// The articles, as sorted indices.
    pub articles: Vec<usize>,
}

impl Collation {
    /// The sentence at `at`.
    pub fn sentence(&self, at: SentenceRef) -> &Sentence {
        &self.articles[at.article].sentences[at.sentence]
    }

    /// The first group each sentence belongs to, if any: `[article][sentence]`.
    ///
    /// A sentence that states several facts can belong to several groups; see
    /// [`Collation::groups_of`] for all of them.
    pub fn group_index(&self) -> Vec<Vec<Option<usize>>> {
        let mut index: Vec<Vec<Option<usize>>> = self
            .articles
            .iter()
            .map(|a| vec![None; a.sentences.len()])
            .collect();
        for (g, group) in self.groups.iter().enumerate() {
            for m in &group.members {
                index[m.article][m.sentence].get_or_insert(g);
            }
        }
        index
    }

    /// Every group holding the sentence, in order.
    pub fn groups_of(&self, at: SentenceRef) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|&g| self.groups[g].members.contains(&at))
            .collect()
    }

    /// Divergences touching the given article, in reading order.
    pub fn divergences_in(&self, article: usize) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = self
            .divergences
            .iter()
            .enumerate()
            .filter_map(|(d, div)| {
                div.values
                    .iter()
                    .filter(|v| v.article == article)
                    .map(|v| (v.sentence, d))
                    .min()
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, d)| d).collect()
    }

    /// The story holding an article.
    pub fn story_of(&self, article: usize) -> Option<usize> {
        self.stories
            .iter()
            .position(|s| s.articles.contains(&article))
    }
}
