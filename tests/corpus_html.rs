//! HTML sources through `clean`: furniture elements never become text, the
//! headline comes from the page, and broken pages still give their text.

use parallax::corpus::{clean, Cleaning, Format, Source};

fn html(raw: &str) -> parallax::corpus::Cleaned {
    let source = Source {
        path: "page.html".into(),
        raw: raw.into(),
        format: Format::Html,
    };
    clean(&[source], Cleaning::RemoveFurniture).remove(0)
}

const PARA: &str = "The ministers said on Sunday that the talks would go ahead in the city, and that both delegations had agreed to meet there without the conditions set before.";

#[test]
fn scripts_styles_comments_and_navigation_never_become_text() {
    let page = format!(
        "<html><head><title>Talks Resume | Daily</title><meta property='og:title' content='Talks Resume in the City'>\
         <style>.x{{color:red}}</style><script>var tracking = 1;</script></head><body>\
         <nav><a href='/'>Home</a><a href='/w'>World</a></nav><!-- a comment -->\
         <article><h1>Talks Resume in the City</h1><p>{PARA}</p><p>{PARA} Again.</p><p>{PARA} Third.</p></article>\
         <aside>Most read: other things</aside><div id='cookie-notice'>We use cookies</div>\
         <footer>© 2025 Daily. All rights reserved.</footer></body></html>"
    );
    let out = html(&page);
    assert_eq!(out.title, "Talks Resume in the City");
    assert_eq!(out.text.lines().next(), Some("Talks Resume in the City"));
    assert!(out.text.contains("Third."));
    for gone in [
        "tracking",
        "color",
        "a comment",
        "Most read",
        "cookies",
        "rights reserved",
        "World",
    ] {
        assert!(!out.text.contains(gone), "{gone} in {:?}", out.text);
    }
}

#[test]
fn broken_or_empty_pages_fall_back_without_panicking() {
    let out = html(&format!(
        "<div><p>{PARA}<p>{PARA} More.</span></i><b>unclosed"
    ));
    assert!(out.text.contains("ministers said"), "{out:?}");
    for raw in ["", "<", "<html><body></body></html>", "<<<>>>", "\u{0}"] {
        let _ = html(raw);
    }
}

#[test]
fn text_contract_holds_for_html() {
    let out = html(&format!("<p>  {PARA}\n\n  spread   out </p><p>{PARA}</p>"));
    assert!(!out.text.contains("\n\n"));
    assert!(out.text.lines().all(|l| !l.is_empty() && !l.contains("  ")));
}

#[test]
fn no_clean_renders_html_but_keeps_every_block() {
    let source = Source {
        path: "page.html".into(),
        raw: "<title>T</title><body><nav>Menu</nav><h1>Head</h1><p>One.</p><p>Share</p></body>"
            .into(),
        format: Format::Html,
    };
    let out = clean(&[source], Cleaning::KeepEverything).remove(0);
    assert_eq!(out.text, "Head\nOne.\nShare");
    assert_eq!(out.title, "Head");
}
