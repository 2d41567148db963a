//! The sentence splitter against the pySBD English golden rules (≥ 95 % must pass).
//! Skips when the shared data folder is not checked out next to the crate.

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: usize,
    text: String,
    sentences: Vec<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules_at_least_95_percent() {
    let Some(path) = parallax_lab::needs::data(
        "segmentation/golden_rules_en.json",
        "golden_rules_at_least_95_percent",
    ) else {
        return;
    };
    let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failed = Vec::new();
    for case in &cases {
        let got: Vec<String> = parallax::text::split_sentences(&case.text)
            .into_iter()
            .map(|r| squash(&case.text[r]))
            .collect();
        let want: Vec<String> = case.sentences.iter().map(|s| squash(s)).collect();
        if got != want {
            failed.push(case.id);
        }
    }
    let passed = cases.len() - failed.len();
    assert!(
        passed * 100 >= cases.len() * 95,
        "{passed}/{} golden rules pass; failing: {failed:?}",
        cases.len()
    );
}
