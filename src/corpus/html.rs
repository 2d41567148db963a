//! HTML pages to article lines.
//!
//! Main-content extraction is rs-trafilatura's (a port of trafilatura, the
//! best-scoring extractor on the article-extraction benchmark; see
//! `examples/eval_boilerplate.rs` for our own measurements). When the page is
//! broken or the extractor finds nothing, the page is rendered to plain text
//! with scripts, styles, navigation, asides, footers, forms and cookie
//! banners removed, and that text goes through the pasted-text classifier:
//! an article is never lost whole.

use dom_query::Document;

use super::decode::collapse_spaces;
use super::strip_controls;

/// Elements that are never article text.
pub(super) const NEVER_TEXT: &str =
    "script, style, noscript, template, svg, iframe, nav, aside, footer, \
     form, button, select, [class*=cookie], [id*=cookie], [class*=consent], [id*=consent], \
     [role=navigation], [aria-hidden=true]";

/// The extractor's view of a page: its title and its article paragraphs.
#[derive(Debug, Default)]
pub struct Extracted {
    pub title: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Main content by rs-trafilatura; `None` when it fails or finds no text.
pub fn extract(html: &str) -> Option<Extracted> {
    // Every page parallax reads is a news report: the extractor's article
    // profile applies, and its page-type classifier (a third of its time) is
    // skipped.
    let options = rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        ..rs_trafilatura::Options::default()
    };
    let result = std::panic::catch_unwind(|| rs_trafilatura::extract_with_options(html, &options))
        .ok()?
        .ok()?;
    // Character references (`&#27;`) can bring controls back: strip again.
    let paragraphs = super::boilerplate::tidy_lines(&strip_controls(&result.content_text));
    if paragraphs.is_empty() {
        return None;
    }
    let title = result
        .metadata
        .title
        .map(|t| collapse_spaces(&strip_controls(&t)))
        .filter(|t| !t.is_empty());
    Some(Extracted { title, paragraphs })
}

/// The page as plain text, one block per line, furniture elements removed.
pub fn render_text(html: &str) -> String {
    let doc = Document::from(html);
    doc.select(NEVER_TEXT).remove();
    let body = doc.select("body");
    let text: String = if body.exists() {
        body.nodes()
            .iter()
            .map(|n| n.formatted_text().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        doc.root().formatted_text().to_string()
    };
    strip_controls(&text)
}

/// The headline a page declares: `og:title`, else the first `<h1>`, else `<title>`.
pub fn page_title(html: &str) -> Option<String> {
    let doc = Document::from(html);
    let og = doc.select("meta[property='og:title']").attr("content");
    let candidates = [
        og.map(|t| t.to_string()),
        Some(doc.select("h1").first().text().to_string()),
        Some(doc.select("title").first().text().to_string()),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|t| collapse_spaces(&strip_controls(&t)))
        .find(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_drops_scripts_styles_comments_and_navigation() {
        let html = "<html><head><style>p{color:red}</style><script>var x = 1;</script></head>\
            <body><nav>Home News</nav><!-- hidden comment --><p>First para.</p>\
            <div class='cookie-banner'>We use cookies</div><p>Second <b>bold</b> para.</p>\
            <footer>All rights reserved</footer></body></html>";
        let text = render_text(html);
        assert!(text.contains("First para."));
        assert!(text.contains("Second bold para."));
        for gone in [
            "color",
            "var x",
            "Home News",
            "hidden comment",
            "cookies",
            "rights",
        ] {
            assert!(!text.contains(gone), "{gone} in {text:?}");
        }
    }

    #[test]
    fn character_references_cannot_smuggle_controls() {
        let text = render_text("<p>a&#27;[31mred&#x202E;b&#7;c</p>");
        assert!(!text.contains('\u{1b}') && !text.contains('\u{202E}') && !text.contains('\u{7}'));
    }

    #[test]
    fn broken_html_still_renders() {
        let text = render_text("<p>Unclosed <b>tags <div>and </span> stray</p></i> end");
        assert!(text.contains("Unclosed"));
        assert!(text.contains("end"));
    }

    #[test]
    fn title_prefers_og_then_h1_then_title() {
        let html = "<title>Site | Page</title><meta property='og:title' content='The Story'><h1>Heading</h1>";
        assert_eq!(page_title(html).as_deref(), Some("The Story"));
        assert_eq!(
            page_title("<title>Site | Page</title><h1> Heading </h1>").as_deref(),
            Some("Heading")
        );
        assert_eq!(page_title("<title>Only</title>").as_deref(), Some("Only"));
        assert_eq!(page_title("<p>none</p>"), None);
    }
}
