//! What the reader derives from a collation once, when it arrives: each sentence's
//! group, the spans of each sentence that diverge, where contradictions and aligned
//! sentences come in reading order, and each source's short label. Only the
//! reading order changes afterwards ([`Index::reorder`], when `d` lists the
//! sources by date); a new collation brings a new `Index`.

use std::ops::Range;

use crate::model::{Collation, DivergenceKind, DivergentValue, Relation, SentenceRef};
use crate::text::relative;

use super::outline::{Outline, SourceOrder};
use super::wrap::{self, Mark};

/// A span of one sentence that a divergence covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DivergentSpan {
    /// Byte range into the sentence's text.
    pub bytes: Range<usize>,
    pub kind: DivergenceKind,
    /// Index into `Collation::divergences`.
    pub divergence: usize,
    /// The divergence is an update, not a contradiction.
    pub update: bool,
}

/// A place `n`/`N` stops at: one side of one contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stop {
    pub at: SentenceRef,
    pub divergence: usize,
}

/// Facts about the collation computed once when it arrives.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// `[article][sentence]` → group.
    pub group_of: Vec<Vec<Option<usize>>>,
    /// `[article][sentence]` → divergent spans.
    pub spans: Vec<Vec<Vec<DivergentSpan>>>,
    /// Every side of every contradiction, in reading order.
    pub stops: Vec<Stop>,
    /// Each contradiction once, at its first side in reading order: what
    /// `n`/`N` step through and count.
    pub contradictions: Vec<Stop>,
    /// Aligned sentences in reading order.
    pub aligned: Vec<SentenceRef>,
    /// Stories and the Sources rows; reading order is its article order.
    pub outline: Outline,
    /// `[article]` → its short label ([`labels`]).
    pub labels: Vec<String>,
}

/// What a divergent value is compared as: a date's resolved span, its
/// normalised value, else its text in lower case.
pub fn compared(v: &DivergentValue) -> String {
    if let Some(resolved) = &v.resolved {
        resolved.clone()
    } else if v.value.is_empty() {
        v.text.to_lowercase()
    } else {
        v.value.clone()
    }
}

/// A divergent value as the reader prints it: its words, and a date's
/// resolved day beside them ("Sunday (11 May)").
pub fn shown(c: &Collation, v: &DivergentValue) -> String {
    let written = c.articles.get(v.article).and_then(relative::written);
    relative::beside(&v.text, v.resolved.as_deref(), written)
}

/// `(article, sentence)` as a [`SentenceRef`].
pub fn at(article: usize, sentence: usize) -> SentenceRef {
    SentenceRef { article, sentence }
}

impl Index {
    /// The index with the sources in input order.
    pub fn new(c: &Collation) -> Self {
        Self::ordered(c, SourceOrder::Input)
    }

    /// The index with each story's sources in `order`.
    pub fn ordered(c: &Collation, order: SourceOrder) -> Self {
        let group_of = c.group_index();
        let mut spans: Vec<Vec<Vec<DivergentSpan>>> = c
            .articles
            .iter()
            .map(|a| vec![Vec::new(); a.sentences.len()])
            .collect();
        let mut stops = Vec::new();
        for (d, div) in c.divergences.iter().enumerate() {
            for v in &div.values {
                if let Some(slot) = spans.get_mut(v.article).and_then(|a| a.get_mut(v.sentence)) {
                    slot.push(DivergentSpan {
                        bytes: v.start..v.end,
                        kind: div.kind,
                        divergence: d,
                        update: div.relation == Relation::Update,
                    });
                    stops.push(Stop {
                        at: at(v.article, v.sentence),
                        divergence: d,
                    });
                }
            }
        }
        let aligned: Vec<SentenceRef> = group_of
            .iter()
            .enumerate()
            .flat_map(|(a, ss)| {
                ss.iter()
                    .enumerate()
                    .filter(|(_, g)| g.is_some())
                    .map(move |(s, _)| at(a, s))
            })
            .collect();
        let mut index = Index {
            group_of,
            spans,
            stops,
            contradictions: Vec::new(),
            aligned,
            outline: Outline::default(),
            labels: labels(c),
        };
        index.reorder(c, order);
        index
    }

    /// Lists each story's sources in `order`: the outline, and with it the
    /// reading order that stops, contradictions and aligned sentences follow.
    pub fn reorder(&mut self, c: &Collation, order: SourceOrder) {
        let outline = Outline::ordered(c, order);
        let place = |article: usize| outline.position.get(article).copied().unwrap_or(article);
        self.stops
            .sort_unstable_by_key(|s| (place(s.at.article), s.at.sentence, s.divergence));
        self.stops.dedup();
        let mut seen = vec![false; c.divergences.len()];
        self.contradictions = self
            .stops
            .iter()
            .filter(|s| !std::mem::replace(&mut seen[s.divergence], true))
            .copied()
            .collect();
        self.aligned
            .sort_unstable_by_key(|r| (place(r.article), r.sentence));
        self.outline = outline;
    }

    /// Where a sentence comes in reading order, as a sortable key.
    pub fn reading_key(&self, r: SentenceRef) -> (usize, usize) {
        let place = self.outline.position.get(r.article).copied();
        (place.unwrap_or(r.article), r.sentence)
    }

    /// The group of a sentence, if it is aligned.
    pub fn group_of(&self, r: SentenceRef) -> Option<usize> {
        self.group_of
            .get(r.article)
            .and_then(|a| a.get(r.sentence))
            .copied()
            .flatten()
    }

    /// The divergent spans of a sentence.
    pub fn spans_of(&self, r: SentenceRef) -> &[DivergentSpan] {
        self.spans
            .get(r.article)
            .and_then(|a| a.get(r.sentence))
            .map_or(&[], Vec::as_slice)
    }

    /// Details of a sentence and those of its divergent spans whose divergence
    /// is `shown`, as byte ranges into its text.
    pub fn marks(
        &self,
        c: &Collation,
        r: SentenceRef,
        shown: impl Fn(usize) -> bool,
    ) -> Vec<(Range<usize>, Mark)> {
        let s = &c.articles[r.article].sentences[r.sentence];
        let mut marks: Vec<(Range<usize>, Mark)> = s
            .details
            .iter()
            .map(|d| (d.start..d.end, Mark::Detail))
            .collect();
        marks.extend(
            self.spans_of(r)
                .iter()
                .filter(|span| shown(span.divergence))
                .map(|span| {
                    let mark = if span.update {
                        Mark::Update
                    } else {
                        Mark::Divergent(span.kind)
                    };
                    (span.bytes.clone(), mark)
                }),
        );
        marks
    }
}

/// A short label per article ([`crate::label::source_labels`]), cut to 10
/// columns: an outlet's name keeps its start ("The Brisc…"), a file name its
/// end, the part that tells sources apart.
pub fn labels(c: &Collation) -> Vec<String> {
    crate::label::source_labels(&c.articles)
        .into_iter()
        .zip(&c.articles)
        .map(|(label, a)| {
            let n = label.chars().count();
            let outlet = a
                .meta
                .outlet
                .as_deref()
                .is_some_and(|o| label.starts_with(o));
            let short: String = if n <= 10 {
                label
            } else if outlet {
                label.chars().take(9).chain(std::iter::once('…')).collect()
            } else {
                std::iter::once('…')
                    .chain(label.chars().skip(n - 9))
                    .collect()
            };
            wrap::sanitise(&short)
        })
        .collect()
}
