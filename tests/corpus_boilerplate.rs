//! Cleaning quality on the article-extraction benchmark (181 real pages),
//! scored as the benchmark scores: HTML pages must reach F1 0.90, pasted page
//! text 0.80. Skips when `../shared/data` is absent.

use parallax_lab::boilerplate::{evaluate, html_path, load_pages, pasted_path};

#[test]
fn benchmark_f1_targets() {
    if parallax_lab::needs::data("boilerplate", "benchmark_f1_targets").is_none() {
        return;
    }
    let pages = load_pages().expect("the boilerplate benchmark reads");
    let html = evaluate(&pages, html_path);
    let pasted = evaluate(&pages, pasted_path);
    println!("html {html:?}\npasted {pasted:?}");
    assert_eq!(html.pages, 181);
    assert!(html.f1 >= 0.90, "HTML F1 {:.3} < 0.90", html.f1);
    assert!(pasted.f1 >= 0.80, "pasted-text F1 {:.3} < 0.80", pasted.f1);
}
