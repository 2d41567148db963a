//! Scores the cleaning systems on the article-extraction benchmark.
//!
//! `cargo run --release -p parallax-lab --bin eval_boilerplate` reads
//! `../shared/data/boilerplate` (181 pages with annotated article bodies) and
//! prints precision, recall and F1 per system, measured as the benchmark does
//! (4-token shingles, per-page P/R averaged, F1 of the means). parallax's own
//! outputs are scored without their headline line: the ground truth excludes it.

use parallax_lab::boilerplate::{evaluate, html_path, load_pages, pasted_path, Page};

type System = dyn Fn(&Page) -> String + Sync;

fn dom_smoothie(page: &Page) -> String {
    let parse = || {
        let mut readability =
            dom_smoothie::Readability::new(page.html.as_str(), None, None).ok()?;
        readability.parse().ok().map(|a| a.text_content.to_string())
    };
    std::panic::catch_unwind(parse)
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn trafilatura_raw(page: &Page) -> String {
    rs_trafilatura::extract(&page.html)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn main() {
    let Some(pages) = load_pages() else {
        println!("skipped: ../shared/data/boilerplate not found");
        return;
    };
    println!(
        "{} pages; headline line dropped from parallax outputs (truth excludes it)",
        pages.len()
    );
    println!(
        "{:<44} {:>9} {:>7} {:>7}",
        "system", "precision", "recall", "F1"
    );
    let systems: [(&str, &System); 5] = [
        ("html: parallax (rs-trafilatura + fallback)", &html_path),
        ("html: rs-trafilatura content_text alone", &trafilatura_raw),
        ("html: dom_smoothie text_content", &dom_smoothie),
        ("pasted text: parallax line classifier", &pasted_path),
        ("pasted text: no cleaning (baseline)", &|p: &Page| {
            p.pasted.clone()
        }),
    ];
    for (name, system) in systems {
        let s = evaluate(&pages, |p| system(p));
        println!(
            "{name:<44} {:>9.3} {:>7.3} {:>7.3}",
            s.precision, s.recall, s.f1
        );
    }
}
