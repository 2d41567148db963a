//! The one-line summary of a divergence: who agrees with whom.

use std::collections::BTreeMap;

use crate::model::{Article, DivergentValue};

/// "3 of 4 sources say Istanbul; 003 says Ankara".
pub fn agreement(articles: &[Article], values: &[DivergentValue]) -> String {
    // value -> (display text, articles saying it)
    let mut by_value: BTreeMap<&str, (&str, Vec<usize>)> = BTreeMap::new();
    for v in values {
        let entry = by_value.entry(&v.value).or_insert((&v.text, Vec::new()));
        if !entry.1.contains(&v.article) {
            entry.1.push(v.article);
        }
    }
    let mut sides: Vec<(&str, Vec<usize>)> = by_value.into_values().collect();
    sides.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1.cmp(&b.1)));
    let mut sources: Vec<usize> = values.iter().map(|v| v.article).collect();
    sources.sort_unstable();
    sources.dedup();
    let total = sources.len();
    sides
        .iter()
        .enumerate()
        .map(|(i, (text, who))| {
            let verb = if who.len() == 1 { "says" } else { "say" };
            if i == 0 && who.len() > 1 {
                format!("{} of {total} sources say {text}", who.len())
            } else {
                let names: Vec<String> =
                    who.iter().map(|&a| short_name(&articles[a].path)).collect();
                format!("{} {verb} {text}", names.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The short label of an article: its file name up to the first `_` or `.`.
pub fn short_name(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.split(['_', '.']).next().unwrap_or(name);
    if stem.is_empty() { name } else { stem }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(path: &str) -> Article {
        Article {
            path: path.into(),
            title: String::new(),
            text: String::new(),
            sentences: Vec::new(),
            meta: Default::default(),
        }
    }

    fn value(article: usize, text: &str) -> DivergentValue {
        DivergentValue {
            article,
            sentence: 0,
            text: text.into(),
            start: 0,
            end: text.len(),
            value: text.to_lowercase(),
        }
    }

    #[test]
    fn majority_first_then_the_others_by_name() {
        let articles: Vec<Article> = ["a/000_x.txt", "a/001_y.txt", "a/003_z.txt", "a/004.txt"]
            .into_iter()
            .map(article)
            .collect();
        let values = [
            value(0, "Istanbul"),
            value(1, "Istanbul"),
            value(2, "Ankara"),
            value(3, "Istanbul"),
        ];
        assert_eq!(
            agreement(&articles, &values),
            "3 of 4 sources say Istanbul; 003 says Ankara"
        );
    }

    #[test]
    fn a_two_way_split_names_both_sides() {
        let articles: Vec<Article> = ["001_a.txt", "002_b.txt"]
            .into_iter()
            .map(article)
            .collect();
        let values = [value(0, "Saturday"), value(1, "Sunday")];
        assert_eq!(
            agreement(&articles, &values),
            "001 says Saturday; 002 says Sunday"
        );
    }
}
