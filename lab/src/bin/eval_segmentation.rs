//! Scores `parallax::text::split_sentences` on the sentence-segmentation gold sets in
//! `../shared/data/segmentation/` (pySBD golden rules, sentencex English cases).
//!
//! Run: `cargo run --release -p parallax-lab --bin eval_segmentation [DATA_DIR]`.
//! A case counts when every expected sentence matches, after trimming and collapsing
//! runs of white space. The cases contain no line breaks, so the splitter runs as is.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: usize,
    #[serde(default)]
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score(path: &Path) -> std::io::Result<(usize, usize)> {
    let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let mut passed = 0;
    for case in &cases {
        let got: Vec<String> = parallax::text::split_sentences(&case.text)
            .into_iter()
            .map(|r| squash(&case.text[r]))
            .collect();
        let want: Vec<String> = case
            .sentences
            .iter()
            .map(|s| squash(s))
            .filter(|s| !s.is_empty())
            .collect();
        if got == want {
            passed += 1;
        } else {
            println!("  FAIL #{} {}", case.id, case.name);
            println!("    want: {want:?}");
            println!("    got:  {got:?}");
        }
    }
    Ok((passed, cases.len()))
}

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/segmentation"));
    for file in ["golden_rules_en.json", "sentencex_en.json"] {
        println!("{file}");
        let (passed, total) = score(&dir.join(file))?;
        println!(
            "{file}: {passed}/{total} = {:.1} %\n",
            100.0 * passed as f64 / total as f64
        );
    }
    Ok(())
}
