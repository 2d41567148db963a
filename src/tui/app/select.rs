//! What the cursor is on: the contradiction Compare explains, the group it
//! shows, the other members of that group, and the marks a sentence is drawn
//! with. Read by `update` and by the views alike; nothing here changes state.

use std::ops::Range;

use super::App;
use crate::model::{Relation, SentenceRef};
use crate::tui::index::{at, DivergentSpan};
use crate::tui::wrap::Mark;

impl App {
    /// The current sentence.
    pub fn here(&self) -> SentenceRef {
        at(self.article(), self.sentence())
    }

    /// A short label for an article (see [`crate::tui::index::labels`]).
    pub fn label(&self, article: usize) -> &str {
        self.index.labels.get(article).map_or("", String::as_str)
    }

    /// Whether divergence `d` passes the current filters (kind and mark).
    pub fn passes(&self, d: usize) -> bool {
        let div = &self.collation.divergences[d];
        self.filter.is_none_or(|k| div.kind == k)
            && self.relations.shows(div.relation)
            && self.triage.passes(d, self.mark_filter)
    }

    /// Whether `n`/`N` stop at divergence `d`: it passes the filters, and
    /// it is a contradiction unless only updates are shown (updates are
    /// drawn in their colour, but stepping goes from contradiction to
    /// contradiction).
    pub fn stepped(&self, d: usize) -> bool {
        self.passes(d)
            && (self.relations == Relations::Updates
                || self.collation.divergences[d].relation == Relation::Contradiction)
    }

    /// Contradictions touching an article, under the current filter.
    pub fn contradictions_in(&self, article: usize) -> usize {
        let mut ds: Vec<usize> = self
            .index
            .stops
            .iter()
            .filter(|s| s.at.article == article && self.passes(s.divergence))
            .map(|s| s.divergence)
            .collect();
        ds.dedup();
        ds.len()
    }

    /// The group the Compare pane shows: the current contradiction's, since a
    /// sentence stating several facts belongs to several groups; else the
    /// sentence's first group.
    pub fn group(&self) -> Option<usize> {
        if let Some(d) = self.current_divergence() {
            return Some(self.collation.divergences[d].group);
        }
        self.index.group_of(self.here())
    }

    /// The contradiction the Compare pane explains: the one reached with n/N, else
    /// the first (filtered) one on the current sentence.
    pub fn current_divergence(&self) -> Option<usize> {
        let here = self.spans_here();
        if let Some(d) = self.divergence {
            if here.iter().any(|s| s.divergence == d) {
                return Some(d);
            }
        }
        here.iter().map(|s| s.divergence).find(|d| self.passes(*d))
    }

    fn spans_here(&self) -> &[DivergentSpan] {
        self.index.spans_of(self.here())
    }

    /// The other members of the current sentence's group, in article order.
    pub fn others(&self) -> Vec<SentenceRef> {
        let Some(g) = self.group() else {
            return Vec::new();
        };
        let here = self.here();
        let mut members: Vec<SentenceRef> = self.collation.groups[g]
            .members
            .iter()
            .filter(|m| **m != here)
            .copied()
            .collect();
        members.sort();
        members
    }

    /// Details and divergent spans of one sentence (byte ranges into its text).
    pub fn sentence_marks(&self, r: SentenceRef) -> Vec<(Range<usize>, Mark)> {
        self.index.marks(&self.collation, r, |_| true)
    }

    /// [`App::sentence_marks`] with only the divergent spans of one group: a
    /// sentence in two groups shows, beside each, only what differs there.
    pub fn group_marks(&self, r: SentenceRef, group: usize) -> Vec<(Range<usize>, Mark)> {
        self.index.marks(&self.collation, r, |d| {
            self.collation.divergences[d].group == group
        })
    }

    /// The current story, when the folder has several: `(index, count, label)`.
    pub fn story(&self) -> Option<(usize, usize, &str)> {
        let o = &self.index.outline;
        if !o.has_headers() {
            return None;
        }
        let k = *o.story.get(self.article())?;
        Some((k, o.stories.len(), o.stories[k].label.as_str()))
    }

    /// Sentences of the article being read.
    pub(super) fn sentences(&self) -> usize {
        self.collation
            .articles
            .get(self.article())
            .map_or(0, |a| a.sentences.len())
    }
}

/// Which relations the reader shows: contradictions, updates or both (`u`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relations {
    All,
    Contradictions,
    Updates,
}

impl Relations {
    /// The next setting `u` turns to.
    pub fn next(self) -> Self {
        match self {
            Relations::All => Relations::Contradictions,
            Relations::Contradictions => Relations::Updates,
            Relations::Updates => Relations::All,
        }
    }

    /// Whether a divergence of `relation` is shown.
    pub fn shows(self, relation: Relation) -> bool {
        match self {
            Relations::All => true,
            Relations::Contradictions => relation == Relation::Contradiction,
            Relations::Updates => relation == Relation::Update,
        }
    }

    /// How the status line names it, when not `All`.
    pub fn words(self) -> Option<&'static str> {
        match self {
            Relations::All => None,
            Relations::Contradictions => Some("contradictions only"),
            Relations::Updates => Some("updates only"),
        }
    }
}
