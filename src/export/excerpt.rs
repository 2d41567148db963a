//! A cited excerpt: one contradiction (or one aligned group) ready to paste into
//! a document, a chat or a fact-check, each sentence credited to its source.

use serde::Serialize;

use crate::model::{Collation, SentenceRef};

use super::cite::{self, Cited};
use super::escape;
use super::markup::{Html, Markdown, Markup, Text};
use super::Format;

/// What an excerpt cites: one divergence, or a whole aligned group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excerpt {
    /// The divergence at this index of [`crate::model::Collation::divergences`].
    Divergence(usize),
    /// The group at this index of [`crate::model::Collation::groups`].
    Group(usize),
    /// A sentence that no group holds, cited alone.
    Sentence(SentenceRef),
}

/// The JSON schema name of an excerpt.
pub const SCHEMA: &str = "parallax.excerpt/1";

/// A cited excerpt: every source's sentence, differing spans highlighted. An
/// index out of range gives an excerpt that says so rather than a panic.
pub fn excerpt(collation: &Collation, what: Excerpt, format: Format) -> String {
    let parts = Parts::new(collation, what);
    match format {
        Format::Json => parts.json(),
        Format::Markdown => parts.write(Markdown::default()),
        Format::Text => parts.write(Text::default()),
        Format::Html => parts.write(Html::default()),
    }
}

/// The content of an excerpt, before it is given a format.
struct Parts<'a> {
    /// `place`, `date`… or `group`.
    kind: String,
    note: String,
    heading: String,
    /// Sentences stating a value (for a group: every member).
    cited: Vec<Cited<'a>>,
    /// The divergence's group members that state no value.
    rest: Vec<Cited<'a>>,
}

impl<'a> Parts<'a> {
    fn new(c: &'a Collation, what: Excerpt) -> Self {
        match what {
            Excerpt::Divergence(d) => match c.divergences.get(d) {
                Some(div) => Parts {
                    kind: div.kind.to_string(),
                    note: div.note.clone(),
                    heading: format!("{}: {}", capitalised(div.kind.as_str()), div.note),
                    cited: cite::divergence(c, d),
                    rest: cite::bystanders(c, d),
                },
                None => Self::missing(format!("No contradiction #{}", d + 1)),
            },
            Excerpt::Group(g) => match c.groups.get(g) {
                Some(group) => {
                    // A group is sentences lined up as related, not a checked
                    // agreement: say so, and count sources, not sentences.
                    let sources = group.distinct_articles();
                    let note = format!(
                        "related sentences from {sources} source{} (similarity {:.2})",
                        if sources == 1 { "" } else { "s" },
                        group.score
                    );
                    Parts {
                        kind: "group".into(),
                        heading: format!("Aligned group {}: {note}", g + 1),
                        note,
                        cited: cite::group(c, g),
                        rest: Vec::new(),
                    }
                }
                None => Self::missing(format!("No aligned group #{}", g + 1)),
            },
            Excerpt::Sentence(at) => match cite::sentence(c, at).pop() {
                Some(cited) => {
                    let note = "not aligned with any other source".to_string();
                    Parts {
                        kind: "sentence".into(),
                        heading: format!("Sentence {}: {note}", at.sentence + 1),
                        note,
                        cited: vec![cited],
                        rest: Vec::new(),
                    }
                }
                None => Self::missing(format!("No sentence {}", at.sentence + 1)),
            },
        }
    }

    fn missing(heading: String) -> Self {
        Parts {
            kind: "none".into(),
            note: heading.clone(),
            heading,
            cited: Vec::new(),
            rest: Vec::new(),
        }
    }

    fn write<M: Markup>(&self, mut m: M) -> String {
        m.heading(2, &self.heading);
        for cited in &self.cited {
            m.cite(cited);
        }
        if !self.rest.is_empty() {
            m.paragraph("Also in this group:");
            for cited in &self.rest {
                m.cite(cited);
            }
        }
        m.finish(&self.heading)
    }

    fn json(&self) -> String {
        let doc = JsonExcerpt {
            schema: SCHEMA,
            kind: &self.kind,
            note: &self.note,
            sources: self
                .cited
                .iter()
                .chain(&self.rest)
                .map(|c| JsonSource {
                    path: c.path,
                    title: c.title,
                    outlet: c.origin.outlet,
                    headline: (c.origin.headline != c.title).then_some(c.origin.headline),
                    published: c.origin.date,
                    url: c.origin.url,
                    sentence: c.sentence,
                    highlights: c
                        .marks
                        .iter()
                        .map(|r| JsonHighlight {
                            start: r.start,
                            end: r.end,
                            text: &c.sentence[r.clone()],
                        })
                        .collect(),
                })
                .collect(),
        };
        let raw = serde_json::to_string_pretty(&doc).expect("the excerpt serialises");
        escape::json(&raw) + "\n"
    }
}

/// `parallax.excerpt/1`, fields in the documented order.
#[derive(Serialize)]
struct JsonExcerpt<'a> {
    schema: &'a str,
    kind: &'a str,
    note: &'a str,
    sources: Vec<JsonSource<'a>>,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    path: &'a str,
    title: &'a str,
    /// Citation fields, each left out when the page does not state it.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    sentence: &'a str,
    highlights: Vec<JsonHighlight<'a>>,
}

#[derive(Serialize)]
struct JsonHighlight<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn divergence_excerpt_marks_values_in_every_format() {
        let c = fixture::collation();
        let md = excerpt(&c, Excerpt::Divergence(0), Format::Markdown);
        assert!(
            md.starts_with("## Place: 2 of 3 sources say Istanbul"),
            "{md}"
        );
        assert!(md.contains("**Ankara**"));
        let text = excerpt(&c, Excerpt::Divergence(0), Format::Text);
        assert!(text.contains("[Ankara]"));
        let html = excerpt(&c, Excerpt::Divergence(0), Format::Html);
        assert!(html.contains("<mark>Ankara</mark>"));
        assert!(html.starts_with("<!DOCTYPE html>"));
    }

    #[test]
    fn json_excerpt_follows_its_schema() {
        let c = fixture::collation();
        let v: serde_json::Value =
            serde_json::from_str(&excerpt(&c, Excerpt::Divergence(2), Format::Json)).unwrap();
        assert_eq!(v["schema"], SCHEMA);
        assert_eq!(v["kind"], "number");
        assert_eq!(v["sources"][1]["path"], "wire/b.html");
        assert_eq!(v["sources"][1]["highlights"][0]["text"], "5.4%");
        let h = &v["sources"][0]["highlights"][0];
        let sentence = v["sources"][0]["sentence"].as_str().unwrap();
        let (s, e) = (
            h["start"].as_u64().unwrap() as usize,
            h["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&sentence[s..e], "4.5%");
    }

    #[test]
    fn group_excerpt_cites_every_member() {
        let c = fixture::collation();
        let text = excerpt(&c, Excerpt::Group(0), Format::Text);
        for path in ["wire/a.txt", "wire/b.html", "wire/c.md"] {
            assert!(text.contains(path), "{text}");
        }
        assert!(text.contains("[Friday]"));
    }

    #[test]
    fn a_lone_sentence_is_no_group() {
        let c = fixture::collation();
        let at = SentenceRef {
            article: 1,
            sentence: 0,
        };
        for f in [Format::Markdown, Format::Text, Format::Html] {
            let out = excerpt(&c, Excerpt::Sentence(at), f);
            assert!(
                out.contains("Sentence 1: not aligned with any other source"),
                "{out}"
            );
            assert!(
                !out.contains("group") && !out.contains("sources report"),
                "{out}"
            );
            assert!(out.contains(&c.articles[1].path), "{out}");
        }
        let v: serde_json::Value =
            serde_json::from_str(&excerpt(&c, Excerpt::Sentence(at), Format::Json)).unwrap();
        assert_eq!(v["kind"], "sentence");
        assert_eq!(v["sources"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn bystanders_follow_the_values() {
        let mut c = fixture::collation();
        c.divergences[1].values.truncate(1);
        let md = excerpt(&c, Excerpt::Divergence(1), Format::Markdown);
        assert!(md.contains("Also in this group:"), "{md}");
    }

    #[test]
    fn out_of_range_does_not_panic() {
        let c = fixture::collation();
        for f in [Format::Json, Format::Markdown, Format::Text, Format::Html] {
            assert!(excerpt(&c, Excerpt::Divergence(99), f).contains("No contradiction"));
            assert!(excerpt(&c, Excerpt::Group(99), f).contains("No aligned group"));
        }
    }
}
