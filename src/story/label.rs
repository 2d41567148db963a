//! A name a reader recognises for each story: "Istanbul · Thursday · Zelensky".
//!
//! The place, date and person most articles of the story mention, in the words
//! the articles use; when the details say too little, the headline of the story's
//! most central article, shortened.

use std::collections::{BTreeMap, HashSet};

use crate::model::{Article, DetailKind};

/// Longest headline used as a label, in characters.
const MAX_TITLE: usize = 60;

/// The label of the story made of `members`; `central` is its most typical article.
pub fn label(articles: &[Article], members: &[usize], central: usize) -> String {
    let parts: Vec<String> = [DetailKind::Place, DetailKind::Date, DetailKind::Person]
        .into_iter()
        .filter_map(|kind| most_mentioned(articles, members, kind))
        .collect();
    if parts.len() >= 2 {
        return parts.join(" · ");
    }
    let article = &articles[central];
    let headline = if article.title.trim().is_empty() {
        article.sentences.first().map_or("", |s| s.text.as_str())
    } else {
        article.title.as_str()
    };
    let mut all = parts;
    all.push(shorten(headline.trim(), MAX_TITLE));
    all.retain(|p| !p.is_empty());
    all.join(" · ")
}

/// The value of `kind` mentioned by the most articles (at least two when the
/// story has several), written as most mentions write it.
fn most_mentioned(articles: &[Article], members: &[usize], kind: DetailKind) -> Option<String> {
    // value -> (articles mentioning it, surface form -> count)
    let mut seen: BTreeMap<&str, (HashSet<usize>, BTreeMap<&str, usize>)> = BTreeMap::new();
    for &a in members {
        for sentence in &articles[a].sentences {
            for d in sentence.details.iter().filter(|d| d.kind == kind) {
                let Some(surface) = sentence.text.get(d.start..d.end) else {
                    continue;
                };
                let entry = seen.entry(d.value.as_str()).or_default();
                entry.0.insert(a);
                *entry.1.entry(surface).or_default() += 1;
            }
        }
    }
    let need = if members.len() > 1 { 2 } else { 1 };
    let (_, (_, forms)) = seen
        .into_iter()
        .filter(|(_, (arts, _))| arts.len() >= need)
        .max_by(|a, b| a.1 .0.len().cmp(&b.1 .0.len()).then(b.0.cmp(a.0)))?;
    let (form, _) = forms
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
    Some(form.to_string())
}

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let head = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ', '-']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Detail, Sentence};

    fn article(title: &str, text: &str, details: &[(DetailKind, &str, &str)]) -> Article {
        let details = details
            .iter()
            .map(|&(kind, surface, value)| {
                let start = text.find(surface).unwrap();
                Detail {
                    kind,
                    start,
                    end: start + surface.len(),
                    value: value.to_string(),
                    about: None,
                }
            })
            .collect();
        Article {
            path: String::new(),
            title: title.to_string(),
            text: text.to_string(),
            sentences: vec![Sentence {
                text: text.to_string(),
                start: 0,
                end: text.len(),
                details,
            }],
            meta: Default::default(),
        }
    }

    #[test]
    fn shared_details_make_the_label() {
        use DetailKind::*;
        let a = article(
            "A",
            "Talks in Istanbul on Thursday, Zelensky said.",
            &[
                (Place, "Istanbul", "istanbul"),
                (Date, "Thursday", "thursday"),
                (Person, "Zelensky", "zelensky"),
            ],
        );
        let b = article(
            "B",
            "Zelenskiy flies to Istanbul Thursday; Zelensky said so.",
            &[
                (Person, "Zelenskiy", "zelensky"),
                (Person, "Zelensky", "zelensky"),
                (Place, "Istanbul", "istanbul"),
                (Date, "Thursday", "thursday"),
            ],
        );
        assert_eq!(label(&[a, b], &[0, 1], 0), "Istanbul · Thursday · Zelensky");
    }

    #[test]
    fn without_details_the_central_headline() {
        let a = article("Flood waters rise", "Rain.", &[]);
        let b = article(
            "River bursts its banks after a week of rain in the north of the county",
            "Rain.",
            &[],
        );
        assert_eq!(
            label(&[a.clone(), b.clone()], &[0, 1], 0),
            "Flood waters rise"
        );
        assert_eq!(
            label(&[a, b], &[0, 1], 1),
            "River bursts its banks after a week of rain in the north of…"
        );
    }
}
