//! Inside each aligned group, the details that members state differently.

use crate::model::{Article, Divergence, Group};

/// Typed divergences for every group.
pub fn contrast(articles: &[Article], groups: &[Group]) -> Vec<Divergence> {
    let _ = (articles, groups);
    Vec::new()
}
