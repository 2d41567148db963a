//! The terminal reader: three panes (Sources, Reading, Compare) over one `Collation`.
//!
//! Terminal events become [`Action`]s through the keymap; [`update`] is the only
//! place state changes and returns [`Effect`]s (export, copy, quit) that the loop
//! carries out; views draw `&App`. Collation runs on a worker thread while the
//! reader already answers keys.

mod action;
mod app;
pub mod config;
mod event_loop;
pub mod external;
#[cfg(test)]
#[path = "../../tests/reader_fixture/mod.rs"]
pub(crate) mod fixture;
pub(crate) mod index;
pub mod keymap;
pub(crate) mod layout;
pub(crate) mod outline;
pub(crate) mod pairing;
pub(crate) mod pane;
mod terminal;
pub mod theme;
pub(crate) mod views;
pub(crate) mod wrap;

use std::path::PathBuf;
use std::sync::mpsc;

use crate::model::Collation;

pub use action::{Action, Effect, Pane, Target};
pub use app::{update, App};
pub use views::{keys_help_markdown, render};

/// Everything the reader needs to start: where the collation will come from
/// (a worker the caller started), files skipped while loading, and the user's
/// settings. The reader never runs the pipeline itself.
#[derive(Debug)]
pub struct Launch {
    /// Sends the collation once, when it is ready.
    pub collation: mpsc::Receiver<Collation>,
    /// How many articles are being collated, shown while waiting.
    pub articles: usize,
    /// The stage the collation is at, shown while waiting.
    pub progress: crate::Progress,
    /// What reading the inputs warned about (skipped files), shown at start.
    pub warnings: Vec<String>,
    /// `--config FILE`; otherwise `$XDG_CONFIG_HOME/parallax/config.toml`.
    pub config: Option<PathBuf>,
    /// Where `e` writes excerpts (`--export-dir`, default the current directory).
    pub export_dir: PathBuf,
    /// The corpus the inputs name ([`crate::triage::corpus_id`]).
    pub corpus: String,
    /// Where its triage marks are kept ([`crate::triage::path_for`]).
    pub marks: Option<PathBuf>,
}

/// Opens the reader and returns when the user quits.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    // Settings first: a bad config is reported before the screen changes.
    let settings =
        config::load(launch.config.as_deref(), !config::no_color()).map_err(anyhow::Error::msg)?;
    let mut app = App::loading(
        settings,
        launch.export_dir,
        launch.warnings,
        launch.articles,
    );
    app.open_marks(launch.marks, &launch.corpus);
    app.watch_progress(launch.progress);
    let signals = terminal::watch_signals()?;
    let (mut term, _guard) = terminal::enter()?;
    event_loop::run(&mut term, &mut app, launch.collation, &signals)
}
