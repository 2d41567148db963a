//! parallax collates several accounts of one news story.
//!
//! The pipeline is a pure function from sources to a [`Collation`]:
//! `corpus` reads and cleans each source, `text` splits it into sentences and finds
//! typed details (places, dates, numbers, people…), `story` splits a folder that
//! mixes events, `align` lines up sentences that report the same thing across
//! articles, and `contrast` marks, inside each line-up, the details that disagree.
//! The reader (`tui`), the report and the exporters only read the resulting model;
//! nothing outside `tui` and `main.rs` knows about a terminal.

#![warn(missing_docs)]

mod address;
pub mod align;
mod analysed;
pub mod calendar;
pub mod contrast;
pub mod corpus;
pub mod coverage;
mod denied;

pub mod export;
pub mod fetch;
mod label;
pub mod model;
pub mod story;

pub mod text;
pub mod timeline;
pub mod triage;
/// The terminal reader: `run` opens it on a collation sent by a worker.
pub mod tui;

pub use analysed::Analysed;
pub use model::Collation;

use corpus::Source;

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

/// A stage of [`collate`], for a progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Extracting the article text from each source.
    Cleaning = 1,
    /// Splitting sentences and finding their details.
    Analysing,
    /// Splitting the folder into stories.
    Stories,
    /// Lining up sentences across articles.
    Aligning,
    /// Comparing the details of each group.
    Contrasting,
}

impl Stage {
    const ALL: [Stage; 5] = [
        Stage::Cleaning,
        Stage::Analysing,
        Stage::Stories,
        Stage::Aligning,
        Stage::Contrasting,
    ];

    /// What the stage does, in a few words, with its place among the stages.
    pub fn describe(self) -> String {
        let what = match self {
            Stage::Cleaning => "cleaning pages",
            Stage::Analysing => "reading sentences",
            Stage::Stories => "finding stories",
            Stage::Aligning => "aligning sentences",
            Stage::Contrasting => "comparing details",
        };
        format!("{what} ({}/{})", self as u8, Stage::ALL.len())
    }
}

/// Where a collation running on another thread has got to: set by
/// [`collate_with`], read by whoever waits for it (the reader's progress line).
#[derive(Debug, Clone, Default)]
pub struct Progress(std::sync::Arc<std::sync::atomic::AtomicU8>);

impl Progress {
    fn set(&self, stage: Stage) {
        self.0
            .store(stage as u8, std::sync::atomic::Ordering::Relaxed);
    }

    /// The stage running now; `None` before the first.
    pub fn stage(&self) -> Option<Stage> {
        let at = self.0.load(std::sync::atomic::Ordering::Relaxed);
        Stage::ALL.into_iter().find(|s| *s as u8 == at)
    }
}

/// Runs the whole pipeline over already-read sources.
pub fn collate(sources: &[Source], options: &Options) -> Collation {
    collate_with(sources, options, &Progress::default())
}

/// [`collate`], saying each stage as it starts through `progress`.
pub fn collate_with(sources: &[Source], options: &Options, progress: &Progress) -> Collation {
    progress.set(Stage::Cleaning);
    let cleaned = corpus::clean(sources, options.clean.into());
    progress.set(Stage::Analysing);
    let analysed = Analysed::of_cleaned(sources, cleaned);
    progress.set(Stage::Stories);
    let stories = if options.one_story {
        vec![story::single_story(&analysed)]
    } else {
        story::cluster(&analysed, &story::Tuning::default())
    };
    progress.set(Stage::Aligning);
    let groups = align::align(&analysed, &stories, &align::Tuning::default());
    progress.set(Stage::Contrasting);
    let divergences = contrast::contrast(&analysed, &groups);
    Collation {
        schema: model::SCHEMA.to_string(),
        articles: analysed.into_articles(),
        groups,
        divergences,
        stories,
        warnings: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_names_the_last_stage_started() {
        let progress = Progress::default();
        assert_eq!(progress.stage(), None);
        let c = collate_with(&corpus::bundled_seeds(), &Options::default(), &progress);
        assert!(!c.groups.is_empty());
        assert_eq!(progress.stage(), Some(Stage::Contrasting));
        assert_eq!(Stage::Stories.describe(), "finding stories (3/5)");
    }
}
