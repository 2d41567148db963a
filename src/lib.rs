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

/// Runs the whole pipeline over already-read sources.
pub fn collate(sources: &[Source], options: &Options) -> Collation {
    let cleaned = corpus::clean(sources, options.clean.into());
    let analysed = Analysed::of_cleaned(sources, cleaned);
    let stories = if options.one_story {
        vec![story::single_story(&analysed)]
    } else {
        story::cluster(&analysed, &story::Tuning::default())
    };
    let groups = align::align(&analysed, &stories, &align::Tuning::default());
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
