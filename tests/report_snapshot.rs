//! Snapshots of what users read. The seeds report changes as the pipeline
//! improves (re-accept it with `INSTA_UPDATE=always cargo test --test
//! report_snapshot` and review the diff); the fixture renderings are stable.

use assert_cmd::cargo::cargo_bin_cmd;
use parallax::export::{self, Excerpt, Format};
use parallax::{model, Collation};

#[path = "reader_fixture/mod.rs"]
#[allow(dead_code)]
mod fixture;

fn fixture() -> Collation {
    serde_json::from_str(include_str!("fixtures/collation.json")).unwrap()
}

#[test]
fn seeds_json_report() {
    let out = cargo_bin_cmd!("parallax")
        .args(["report", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!("seeds_json", String::from_utf8(out).unwrap());
}

#[test]
fn fixture_markdown_report() {
    insta::assert_snapshot!(export::report(&fixture(), Format::Markdown));
}

#[test]
fn fixture_text_report() {
    insta::assert_snapshot!(export::report(&fixture(), Format::Text));
}

#[test]
fn fixture_html_report() {
    insta::assert_snapshot!(export::report(&fixture(), Format::Html));
}

#[test]
fn fixture_excerpts() {
    let c = fixture();
    insta::assert_snapshot!(
        "excerpt_divergence_markdown",
        export::excerpt(&c, Excerpt::Divergence(0), Format::Markdown)
    );
    insta::assert_snapshot!(
        "excerpt_divergence_text",
        export::excerpt(&c, Excerpt::Divergence(1), Format::Text)
    );
    insta::assert_snapshot!(
        "excerpt_divergence_html",
        export::excerpt(&c, Excerpt::Divergence(2), Format::Html)
    );
    insta::assert_snapshot!(
        "excerpt_divergence_json",
        export::excerpt(&c, Excerpt::Divergence(0), Format::Json)
    );
    insta::assert_snapshot!(
        "excerpt_group_markdown",
        export::excerpt(&c, Excerpt::Group(0), Format::Markdown)
    );
    let hostile = export::excerpt(&c, Excerpt::Group(3), Format::Text);
    assert!(!hostile.contains(['\u{1b}', '\u{202e}', '\u{202c}']));
    insta::assert_snapshot!("excerpt_group_text", hostile);
    insta::assert_snapshot!(
        "excerpt_group_html",
        export::excerpt(&c, Excerpt::Group(3), Format::Html)
    );
}

#[test]
fn timeline_markdown_report() {
    let c = fixture::dated();
    let md = export::report(&c, Format::Markdown);
    let timeline = md.find("### Timeline").expect("a timeline section");
    let rest = &md[timeline..];
    assert!(
        rest.contains(
            "Sources by date of writing: Sun 2 Mar: news/002_post.html; Mon 3 Mar: news/000_wire.txt; Wed 5 Mar: news/001_daily.txt."
        ),
        "{rest}"
    );
    let lines = [
        "Sun 2 Mar · news/002_post.html · 15,000 (number, update 3)",
        "Mon 3 Mar · news/000_wire.txt · 12,000 (number, update 3)",
        "Wed 5 Mar · news/001_daily.txt · 12,000 (number, update 3)",
    ];
    let at: Vec<usize> = lines.iter().map(|l| rest.find(l).expect(l)).collect();
    assert!(at[0] < at[1] && at[1] < at[2], "oldest first");
    insta::assert_snapshot!(md);
}

#[test]
fn timeline_text_report() {
    let c = fixture::dated();
    let text = export::report(&c, Format::Text);
    assert!(text.contains("Timeline"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn no_timeline_without_updates() {
    let mut c = fixture::dated();
    c.divergences[2].relation = model::Relation::Contradiction;
    assert!(!export::report(&c, Format::Markdown).contains("Timeline"));
}
