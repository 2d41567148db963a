//! Scores the pipeline against the gold annotations in `tests/gold/` and
//! `tests/clusters/`, and fails below the thresholds promised in the README.

use std::path::Path;

use parallax::eval::{self, Gold};
use parallax::{corpus, Options};

const MIN_ALIGNMENT_F1: f64 = 0.85;

fn check(name: &str, sources: &[corpus::Source], gold: &Gold) {
    let collation = parallax::collate(sources, &Options::default());
    let pairs = eval::score_alignment(&collation, gold);
    let diffs = eval::score_differences(&collation, gold);
    let chrome = eval::chrome_kept(&collation, gold);
    assert!(
        pairs.f1() >= MIN_ALIGNMENT_F1,
        "{name}: alignment F1 {:.3} < {MIN_ALIGNMENT_F1} ({pairs:?})",
        pairs.f1()
    );
    assert!(
        diffs.missed.is_empty(),
        "{name}: contradictions missed: {:#?}",
        diffs.missed
    );
    assert_eq!(
        diffs.false_alarms(),
        0,
        "{name}: false alarms: {:#?} {:#?}",
        diffs.traps_raised,
        diffs.unexpected
    );
    assert!(
        chrome.is_empty(),
        "{name}: chrome lines kept as sentences: {chrome:#?}"
    );
}

#[test]
fn seeds_meet_the_gold() {
    check("seeds", &corpus::bundled_seeds(), &eval::seeds_gold());
}

#[test]
fn our_own_cluster_meets_the_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clusters/quake");
    let cluster = eval::read_cluster(&dir).expect("cluster reads");
    check("quake", &cluster.sources, &cluster.gold);
}
