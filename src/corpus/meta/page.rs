//! What an HTML page declares about itself in its markup: JSON-LD
//! (`datePublished`, `dateModified`, `author`, `publisher`), `<meta>` tags
//! (Open Graph `article:published_time` and `og:site_name`, Dublin Core
//! `DC.date` / `dcterms.*`, `author`), `<link rel=canonical>` and the
//! `<time datetime>` of the article. Cleaning drops the head, so this reads the
//! raw page.

use dom_query::Document;
use serde_json::Value;

use super::stamp::stamp;
use super::tidy;

/// The markup's evidence, each piece already normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The stamp and the evidence it came from ("json-ld datePublished"…).
    pub published: Option<(String, &'static str)>,
    pub updated: Option<(String, &'static str)>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub headline: Option<String>,
    pub url: Option<String>,
}

/// `<meta>` keys (name, property or itemprop, lower case) of a publication
/// stamp, in order of trust, with the evidence they stand for.
const PUBLISHED_KEYS: [(&str, &str); 14] = [
    ("article:published_time", "meta article:published_time"),
    ("og:article:published_time", "meta article:published_time"),
    ("og:published_time", "meta article:published_time"),
    ("datepublished", "microdata datePublished"),
    ("dc.date.issued", "dublin core"),
    ("dc.date", "dublin core"),
    ("dc.date.created", "dublin core"),
    ("dcterms.issued", "dublin core"),
    ("dcterms.date", "dublin core"),
    ("dcterms.created", "dublin core"),
    ("pubdate", "meta pubdate"),
    ("publishdate", "meta pubdate"),
    ("publish-date", "meta pubdate"),
    ("parsely-pub-date", "meta pubdate"),
];

const UPDATED_KEYS: [(&str, &str); 4] = [
    ("article:modified_time", "meta article:modified_time"),
    ("og:updated_time", "meta og:updated_time"),
    ("datemodified", "microdata dateModified"),
    ("dcterms.modified", "dublin core"),
];

/// Reads the page's markup.
pub fn read(doc: &Document) -> PageMeta {
    let mut metas: Vec<(String, String)> = Vec::new();
    for m in doc.select("meta").iter() {
        let Some(value) = m.attr("content").or_else(|| m.attr("datetime")) else {
            continue;
        };
        for key in ["property", "name", "itemprop"]
            .iter()
            .filter_map(|a| m.attr(a))
        {
            metas.push((key.trim().to_lowercase(), value.to_string()));
        }
    }
    let meta = |key: &str| {
        metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    };
    let ld = json_ld(doc);
    let ld_str = |key: &str| ld.as_ref().and_then(|o| o.get(key)).and_then(Value::as_str);

    let stamped = |candidates: Vec<(Option<&str>, &'static str)>| {
        candidates
            .into_iter()
            .find_map(|(v, from)| Some((stamp(v?)?, from)))
    };
    let mut published: Vec<(Option<&str>, &'static str)> =
        vec![(ld_str("datePublished"), "json-ld datePublished")];
    published.extend(PUBLISHED_KEYS.iter().map(|(k, from)| (meta(k), *from)));
    let times = article_times(doc);
    published.extend(times.iter().map(|t| (Some(t.as_str()), "time datetime")));
    let mut updated: Vec<(Option<&str>, &'static str)> =
        vec![(ld_str("dateModified"), "json-ld dateModified")];
    updated.extend(UPDATED_KEYS.iter().map(|(k, from)| (meta(k), *from)));

    let not_url = |s: &String| !s.starts_with("http") && !s.starts_with("www.");
    let author = ld
        .as_ref()
        .and_then(|o| names(o.get("author")?))
        .or_else(|| {
            ["author", "article:author", "dc.creator"]
                .iter()
                .find_map(|k| tidy(meta(k)?))
        })
        .filter(not_url);
    let outlet = meta("og:site_name").and_then(tidy).or_else(|| {
        let publisher = ld.as_ref()?.get("publisher")?;
        tidy(
            publisher
                .as_str()
                .or_else(|| publisher.get("name")?.as_str())?,
        )
    });
    let canonical = doc
        .select("link[rel~=canonical]")
        .attr("href")
        .map(|h| h.to_string());
    let url = [canonical.as_deref(), meta("og:url")]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|u| u.starts_with("https://") || u.starts_with("http://"))
        .and_then(tidy);
    let headline = [ld_str("headline"), meta("og:title"), meta("twitter:title")]
        .into_iter()
        .flatten()
        .find_map(tidy);
    PageMeta {
        published: stamped(published),
        updated: stamped(updated),
        outlet,
        author,
        headline,
        url,
    }
}

/// The `datetime` of `<time>` elements inside the article (or marked as the
/// publication time), in page order.
fn article_times(doc: &Document) -> Vec<String> {
    let marked = "time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][datetime]";
    [marked, "article time[datetime]"]
        .iter()
        .flat_map(|sel| doc.select(sel).iter().filter_map(|t| t.attr("datetime")))
        .map(|v| v.to_string())
        .collect()
}

/// The JSON-LD object that describes the article: the first of an article
/// type, else the first that has a `datePublished`.
fn json_ld(doc: &Document) -> Option<serde_json::Map<String, Value>> {
    let mut objects = Vec::new();
    for script in doc.select("script").iter() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.to_lowercase().contains("ld+json"));
        if !is_ld {
            continue;
        }
        let text = script.text();
        let text = text
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->");
        if let Ok(v) = serde_json::from_str::<Value>(text) {
            flatten(v, &mut objects, 0);
        }
    }
    let is_article = |o: &serde_json::Map<String, Value>| {
        let types: Vec<&str> = match o.get("@type") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        types
            .iter()
            .any(|t| t.ends_with("Article") || t.ends_with("Posting") || *t == "Report")
    };
    let pick = objects.iter().position(is_article).or_else(|| {
        objects
            .iter()
            .position(|o| o.get("datePublished").is_some())
    })?;
    Some(objects.swap_remove(pick))
}

/// Every object of a JSON-LD document, through arrays and `@graph`.
fn flatten(v: Value, out: &mut Vec<serde_json::Map<String, Value>>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| flatten(i, out, depth + 1)),
        Value::Object(mut o) => {
            if let Some(graph) = o.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(o);
        }
        _ => {}
    }
}

/// A JSON-LD person (or list of them) as names: "Jane Doe, John Roe".
fn names(v: &Value) -> Option<String> {
    let one = |p: &Value| {
        p.as_str()
            .or_else(|| p.get("name")?.as_str())
            .and_then(tidy)
    };
    let all: Vec<String> = match v {
        Value::Array(people) => people.iter().filter_map(one).collect(),
        person => one(person).into_iter().collect(),
    };
    (!all.is_empty()).then(|| all.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn json_ld_first() {
        let m = page(
            r#"<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","datePublished":"2025-05-11T18:02:00+03:00","dateModified":"2025-05-12",
             "author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
             "publisher":{"@type":"Organization","name":"The Daily"}}]}</script>
            <meta property="article:published_time" content="2025-05-01T00:00:00Z">
            <link rel="canonical" href="https://example.org/a"></head><body></body>"#,
        );
        assert_eq!(
            m.published,
            Some(("2025-05-11T18:02:00+03:00".into(), "json-ld datePublished"))
        );
        assert_eq!(
            m.updated,
            Some(("2025-05-12".into(), "json-ld dateModified"))
        );
        assert_eq!(m.author.as_deref(), Some("Jane Doe, John Roe"));
        assert_eq!(m.outlet.as_deref(), Some("The Daily"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.headline, None);
    }

    #[test]
    fn the_headline_without_the_site_name() {
        let m = page(
            r#"<head><title>Quake hits the coast | The Daily</title>
            <meta property="og:title" content=" Quake hits
              the coast "></head>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Quake hits the coast"));
        let m = page(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>
            <meta property="og:title" content="From Open Graph">"#,
        );
        assert_eq!(m.headline.as_deref(), Some("From JSON-LD"));
    }

    #[test]
    fn meta_tags_then_dublin_core_then_time() {
        let m = page(
            r#"<meta property="og:site_name" content="The Courier"><meta name="author" content="Owen Castell">
            <meta name="DC.date" content="2019-03-01"><meta property="og:url" content="https://c.example/x">"#,
        );
        assert_eq!(m.published, Some(("2019-03-01".into(), "dublin core")));
        assert_eq!(
            (m.outlet.as_deref(), m.author.as_deref()),
            (Some("The Courier"), Some("Owen Castell"))
        );
        assert_eq!(m.url.as_deref(), Some("https://c.example/x"));
        let m = page(
            r#"<body><time datetime="2001-01-01">x</time><article><h1>T</h1><time datetime="2019-04-02T10:00:00Z">April 2</time></article></body>"#,
        );
        assert_eq!(
            m.published,
            Some(("2019-04-02T10:00:00Z".into(), "time datetime"))
        );
    }

    #[test]
    fn refuses_what_the_page_does_not_state() {
        // A <time> outside the article, an author given as a profile URL, a
        // relative canonical, broken JSON-LD.
        let m = page(
            r#"<script type="application/ld+json">{"datePublished": </script>
            <meta property="article:author" content="https://facebook.com/someone">
            <link rel="canonical" href="/a/b"><body><footer><time datetime="2020-01-01">x</time></footer></body>"#,
        );
        assert_eq!(m, PageMeta::default());
    }
}
