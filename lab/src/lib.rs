//! parallax's lab: what measures the reader rather than what a reader needs.
//!
//! Gold scoring ([`eval`]), synthetic corpora for benchmarks ([`synth`]), the
//! article-extraction benchmark and its metric ([`boilerplate`], [`score`]),
//! the evaluation that prints the README's figures ([`evaluate`]) and what
//! tests need from outside the repository ([`needs`]). The tools in
//! `src/bin/` (`cargo run --release -p parallax-lab --bin NAME`) are built on
//! these and on the stage entries `parallax` documents for them
//! ([`parallax::Analysed`], `story::cluster`, `align::align`,
//! `contrast::contrast`). Nothing here ships in the `parallax` binary.

use std::path::{Path, PathBuf};

pub mod boilerplate;
pub mod eval;
pub mod evaluate;
pub mod needs;
pub mod score;
pub mod synth;

/// The repository's root folder (the `parallax` crate), whatever the working folder.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
