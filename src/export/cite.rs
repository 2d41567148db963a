//! Who said what: the sources an excerpt or report cites, with the spans to mark.
//!
//! A citation names the outlet, the headline, the date of writing and the
//! URL when the page states them (`Origin`), else the file and its title;
//! each printer turns it into what pastes into a document (a Markdown link,
//! an HTML `<a href>`, JSON fields).
//!
//! Writers never index the model directly. A `Collation` may come from a file, so
//! every index and span is checked here once; a bad one drops a citation or a
//! highlight instead of panicking a writer.

use std::ops::Range;

use crate::model::{Article, Collation, SentenceRef};

/// Where a source comes from, as a citation names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin<'a> {
    pub path: &'a str,
    pub outlet: Option<&'a str>,
    /// The page's stated headline, else the article's title.
    pub headline: &'a str,
    /// The date of writing, `YYYY-MM-DD`.
    pub date: Option<&'a str>,
    /// The canonical or fetched address; only http and https.
    pub url: Option<&'a str>,
}

impl<'a> Origin<'a> {
    pub fn of(article: &'a Article) -> Self {
        let meta = &article.meta;
        let present = |v: &'a Option<String>| v.as_deref().filter(|s| !s.trim().is_empty());
        Origin {
            path: &article.path,
            outlet: present(&meta.outlet),
            headline: present(&meta.headline).unwrap_or(&article.title),
            date: present(&meta.published).map(|d| d.get(..10).unwrap_or(d)),
            url: present(&meta.url)
                .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        }
    }

    /// Who, before the headline: the outlet when known, else the path.
    pub fn who(&self) -> &'a str {
        self.outlet.unwrap_or(self.path)
    }

    /// What follows the headline: the date, and the file when an outlet
    /// stands in for it and no URL says where the page is.
    pub fn after(&self) -> String {
        let mut out = String::new();
        if let Some(date) = self.date {
            out += &format!(", {date}");
        }
        if self.outlet.is_some() && self.url.is_none() {
            out += &format!(" ({})", self.path);
        }
        out
    }

    /// The whole citation as plain text: "Reuters — Headline, 2025-05-12 <url>".
    pub fn plain(&self) -> String {
        let mut out = self.who().to_string();
        if !self.headline.trim().is_empty() {
            out += &format!(" — {}", self.headline);
        }
        out += &self.after();
        if let Some(url) = self.url {
            out += &format!(" <{url}>");
        }
        out
    }
}

/// One source's sentence as cited: where it comes from and which bytes to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited<'a> {
    pub path: &'a str,
    pub title: &'a str,
    pub origin: Origin<'a>,
    pub sentence: &'a str,
    /// Sorted, disjoint, non-empty byte ranges on char boundaries of `sentence`.
    pub marks: Vec<Range<usize>>,
}

impl<'a> Cited<'a> {
    fn new(collation: &'a Collation, at: SentenceRef) -> Option<Self> {
        let article = collation.articles.get(at.article)?;
        let sentence = article.sentences.get(at.sentence)?;
        Some(Cited {
            path: &article.path,
            title: &article.title,
            origin: Origin::of(article),
            sentence: &sentence.text,
            marks: Vec::new(),
        })
    }

    /// Marks `text` found at `start..end`, or failing that its first occurrence.
    fn mark(&mut self, start: usize, end: usize, text: &str) {
        let s = self.sentence;
        let span = if start < end && s.get(start..end) == Some(text) {
            Some(start..end)
        } else if !text.is_empty() {
            s.find(text).map(|at| at..at + text.len())
        } else {
            None
        };
        if let Some(span) = span {
            self.marks.push(span);
            self.marks.sort_by_key(|r| (r.start, r.end));
            self.marks = merge(std::mem::take(&mut self.marks));
        }
    }

    /// The sentence cut into `(marked, piece)` runs, in order, covering all of it.
    pub fn pieces(&self) -> Vec<(bool, &'a str)> {
        let mut out = Vec::new();
        let mut at = 0;
        for m in &self.marks {
            if at < m.start {
                out.push((false, &self.sentence[at..m.start]));
            }
            out.push((true, &self.sentence[m.clone()]));
            at = m.end;
        }
        if at < self.sentence.len() {
            out.push((false, &self.sentence[at..]));
        }
        out
    }
}

fn merge(sorted: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// The sources of divergence `d`: each sentence stating a value, its span marked,
/// in the divergence's order.
pub fn divergence(collation: &Collation, d: usize) -> Vec<Cited<'_>> {
    let Some(div) = collation.divergences.get(d) else {
        return Vec::new();
    };
    let refs = div.values.iter().map(|v| SentenceRef {
        article: v.article,
        sentence: v.sentence,
    });
    let mut seen: Vec<SentenceRef> = Vec::new();
    let mut out = Vec::new();
    for at in refs {
        if seen.contains(&at) {
            continue;
        }
        seen.push(at);
        let Some(mut cited) = Cited::new(collation, at) else {
            continue;
        };
        for v in div
            .values
            .iter()
            .filter(|v| v.article == at.article && v.sentence == at.sentence)
        {
            cited.mark(v.start, v.end, &v.text);
        }
        out.push(cited);
    }
    out
}

/// The other members of divergence `d`'s group: sentences that state no value.
pub fn bystanders(collation: &Collation, d: usize) -> Vec<Cited<'_>> {
    let Some(div) = collation.divergences.get(d) else {
        return Vec::new();
    };
    let Some(group) = collation.groups.get(div.group) else {
        return Vec::new();
    };
    group
        .members
        .iter()
        .filter(|m| {
            !div.values
                .iter()
                .any(|v| v.article == m.article && v.sentence == m.sentence)
        })
        .filter_map(|&at| Cited::new(collation, at))
        .collect()
}

/// One sentence alone (none aligned with it), nothing marked.
pub fn sentence(collation: &Collation, at: SentenceRef) -> Vec<Cited<'_>> {
    Cited::new(collation, at).into_iter().collect()
}

/// Every member of group `g`, with the spans of every divergence in the group marked.
pub fn group(collation: &Collation, g: usize) -> Vec<Cited<'_>> {
    let Some(group) = collation.groups.get(g) else {
        return Vec::new();
    };
    let values: Vec<_> = collation
        .divergences
        .iter()
        .filter(|d| d.group == g)
        .flat_map(|d| &d.values)
        .collect();
    group
        .members
        .iter()
        .filter_map(|&at| {
            let mut cited = Cited::new(collation, at)?;
            for v in values
                .iter()
                .filter(|v| v.article == at.article && v.sentence == at.sentence)
            {
                cited.mark(v.start, v.end, &v.text);
            }
            Some(cited)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;

    #[test]
    fn divergence_marks_each_value() {
        let c = fixture::collation();
        let cited = divergence(&c, 0);
        assert_eq!(cited.len(), 3);
        let marked: Vec<&str> = cited
            .iter()
            .flat_map(|c| c.pieces())
            .filter(|p| p.0)
            .map(|p| p.1)
            .collect();
        assert_eq!(marked, ["Istanbul", "Istanbul", "Ankara"]);
    }

    #[test]
    fn bad_spans_fall_back_to_the_text_and_bad_indices_are_dropped() {
        let mut c = fixture::collation();
        c.divergences[0].values[0].start = 999;
        c.divergences[0].values[1].article = 42;
        let cited = divergence(&c, 0);
        assert_eq!(cited.len(), 2);
        assert_eq!(cited[0].pieces()[1], (true, "Istanbul"));
        assert!(divergence(&c, 7).is_empty());
        assert!(group(&c, 7).is_empty());
    }

    #[test]
    fn bystanders_are_the_rest_of_the_group() {
        let mut c = fixture::collation();
        c.divergences[0].values.pop();
        let rest = bystanders(&c, 0);
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].path, "wire/c.md");
        assert!(rest[0].marks.is_empty());
    }

    #[test]
    fn an_origin_cites_outlet_headline_date_and_url() {
        let mut c = fixture::collation();
        let a = &mut c.articles[0];
        assert_eq!(Origin::of(a).plain(), format!("{} — {}", a.path, a.title));
        a.meta.outlet = Some("The Daily".into());
        a.meta.headline = Some("Quake hits".into());
        a.meta.published = Some("2025-05-12T08:00:00Z".into());
        let path = a.path.clone();
        assert_eq!(
            Origin::of(a).plain(),
            format!("The Daily — Quake hits, 2025-05-12 ({path})")
        );
        a.meta.url = Some("https://daily.example/q".into());
        assert_eq!(
            Origin::of(a).plain(),
            "The Daily — Quake hits, 2025-05-12 <https://daily.example/q>"
        );
        a.meta.url = Some("javascript:alert(1)".into());
        assert_eq!(Origin::of(a).url, None);
    }

    #[test]
    fn pieces_cover_the_sentence() {
        let c = fixture::collation();
        for cited in group(&c, 0) {
            let joined: String = cited.pieces().iter().map(|p| p.1).collect();
            assert_eq!(joined, cited.sentence);
        }
    }
}
