//! The terminal reader: three panes over one `Collation`.

use crate::model::Collation;

/// Opens the reader on a collation and returns when the user quits.
pub fn run(collation: Collation) -> anyhow::Result<()> {
    println!("{} articles", collation.articles.len());
    Ok(())
}
