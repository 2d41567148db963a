//! Scores the pipeline against the gold annotations in `tests/gold/` (the
//! seeds), `tests/clusters/quake/` (written without looking at the rules; held
//! out in the first session, used for error analysis since),
//! `tests/clusters/verdict/` (written blind in session 2, used for error
//! analysis in session 5) and the six clusters written blind in session 5
//! (`coalition`, `heist`, `marathon`, `merger`, `outbreak`, `wildfire`: each
//! measured once, never tuned on), and fails on regression.
//!
//! The seeds must meet the engine's acceptance in full: alignment F1 0.85,
//! every listed contradiction found, no false alarm, no chrome sentence. The
//! held-out cluster is held to the levels measured when its bounds were last
//! set (a ratchet; it is never tuned on), and its gap to the same targets is
//! printed by `cargo run --release --example evaluate` and listed in the README.

use std::path::Path;

use parallax::{corpus, Options};
use parallax_lab::eval::{self, Gold};

struct Bounds {
    min_f1: f64,
    min_found: usize,
    max_false_alarms: usize,
    max_chrome: usize,
}

fn check(name: &str, sources: &[corpus::Source], gold: &Gold, bounds: Bounds) {
    let collation = parallax::collate(sources, &Options::default());
    let pairs = eval::score_alignment(&collation, gold);
    let diffs = eval::score_differences(&collation, gold);
    let chrome = eval::chrome_kept(&collation, gold);
    assert!(
        pairs.f1() >= bounds.min_f1,
        "{name}: alignment F1 {:.3} < {} ({pairs:?})",
        pairs.f1(),
        bounds.min_f1
    );
    assert!(
        diffs.found.len() >= bounds.min_found,
        "{name}: found {:?}, missed {:?}",
        diffs.found,
        diffs.missed
    );
    assert!(
        diffs.false_alarms() <= bounds.max_false_alarms,
        "{name}: false alarms: {:#?} {:#?}",
        diffs.traps_raised,
        diffs.unexpected
    );
    assert!(
        chrome.len() <= bounds.max_chrome,
        "{name}: chrome lines kept as sentences: {chrome:#?}"
    );
}

#[test]
fn seeds_meet_the_gold() {
    let gold = eval::seeds_gold();
    let bounds = Bounds {
        min_f1: 0.85,
        min_found: gold.contradictions.len(),
        max_false_alarms: 0,
        max_chrome: 0,
    };
    check("seeds", &corpus::bundled_seeds(), &gold, bounds);
}

#[test]
fn every_required_seed_contradiction_is_found_and_no_trap_raised() {
    let collation = parallax::collate(&corpus::bundled_seeds(), &Options::default());
    let diffs = eval::score_differences(&collation, &eval::seeds_gold());
    for wanted in [
        "venue of Thursday's talks",
        "day of Putin's address",
        "leaders at the Kyiv meeting",
        "Merz:",
        "X post quoted differently",
    ] {
        assert!(
            diffs.found.iter().any(|f| f.contains(wanted)),
            "{wanted} not found; found {:?}",
            diffs.found
        );
    }
    for trap in ["Zelensky / Zelenskiy", "Türkiye / Turkey", "US / U.S."] {
        assert!(
            !diffs.traps_raised.iter().any(|t| t.contains(trap)),
            "trap raised: {trap}: {:?}",
            diffs.traps_raised
        );
    }
}

/// Checks `tests/clusters/<name>` against its gold within `bounds`.
fn check_cluster(name: &str, bounds: Bounds) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/clusters")
        .join(name);
    let cluster = eval::read_cluster(&dir).expect("cluster reads");
    check(name, &cluster.sources, &cluster.gold, bounds);
}

#[test]
fn our_own_cluster_meets_the_gold() {
    check_cluster(
        "quake",
        Bounds {
            // 0.84 until session 14: six sentences the cleaner had dropped
            // (short paragraphs beside a link line) are kept and recall is
            // 1.0, but three of them join the wrong groups (P 0.87 -> 0.72).
            min_f1: 0.83,
            // 9 until session 5: the epicentre town (Dravnik/Selvo) is now
            // held back, since two unknown places may be one inside the other.
            min_found: 8,
            max_false_alarms: 0,
            max_chrome: 0,
        },
    );
}

#[test]
fn the_held_out_cluster_meets_its_ratchet() {
    check_cluster(
        "verdict",
        Bounds {
            // 0.79 until session 12: the census given names now find people
            // ("Tobias Wren"), whose given name then no longer counts as a word
            // of its own in alignment (ECB+ pairwise alignment 0.616 -> 0.622,
            // the clusters pooled 0.759 -> 0.757).
            min_f1: 0.78,
            min_found: 4,
            max_false_alarms: 0,
            max_chrome: 0,
        },
    );
}

/// Every written cluster at its measured level: a ratchet against
/// regression, not a target (the blind figures are the README's).
#[test]
fn the_blind_clusters_meet_their_ratchets() {
    for (name, min_f1, min_found, max_false_alarms, max_chrome) in [
        // Levels measured in session 10 (`cargo run --release --example
        // evaluate`); the blind first figures are in the README. Session 15
        // held every cluster to the false alarms and the found count it then
        // measured where they were better (the 47 clusters before blind7:
        // 36 -> 14 false alarms, 378 -> 380 found). Session 16 (denials
        // meet every other article of a group; sites named by a closing
        // word, "Lion Gate", are places) raised six clusters by one found
        // each; the new site details move a few groups: noconfidence lost
        // Unity vs Cathedral Square and trial its 23 vs 32 percent, bridge
        // and eruption 0.002-0.008 of alignment F1 (pooled 0.765 -> 0.766,
        // found 440 -> 445). Portstrike
        // and wildfire gained a false alarm each in session 9 ("in nine
        // years" / "in 14 years", which the gold lists as a date; "above 40C"
        // / "above 38C", a record and a forecast). Ferry and derailment
        // each lost a day of national mourning in session 10 ("declared
        // Friday a day of national mourning" reads as a past clause, so the
        // day no longer meets a "will be" day), the price of five date false
        // alarms fewer. Portstrike gained a false alarm in session 10 (a
        // sum's unit is now its currency: "€45 million" meets "€180 million",
        // two sums), the price of three sums found.
        // Coalition 0.70 until session 14, when paragraphs before a "Read
        // more:" line stopped being dropped: the sentences kept are article
        // text, but some join groups they do not belong to (pooled F1 of the
        // clusters 0.758 -> 0.766).
        ("coalition", 0.69, 9, 2, 0),
        ("heist", 0.73, 9, 0, 0),
        ("marathon", 0.68, 7, 0, 0),
        ("merger", 0.71, 8, 0, 0),
        ("outbreak", 0.77, 8, 0, 0),
        ("wildfire", 0.77, 9, 3, 0),
        ("launch", 0.88, 8, 0, 0),
        ("ferry", 0.76, 9, 0, 0),
        ("rates", 0.78, 9, 0, 0),
        // Written blind in session 7 and measured once at e8090c4 before any
        // error analysis; recall, fraud and landslide were analysed after,
        // and every one of them in session 8.
        // Cycling lost 0.029 of F1 to the census given names in session 12.
        // In session 13 Markdown heading marks came off and sentence-case
        // headlines replaced taglines as titles: rates lost 0.008 of F1 and
        // referendum gained a false alarm ("said on Wednesday" meets "on
        // Monday"). The session's name rules (an office after adjectives in
        // an appositive, a lower-case office before a comma, no title before
        // an institution: "General Hospital") cost carplant, derailment and
        // budget 0.003-0.014 of alignment F1 (pooled 0.756 -> 0.758).
        ("cycling", 0.67, 11, 0, 0),
        ("fraud", 0.63, 9, 0, 0),
        ("landslide", 0.73, 9, 1, 0),
        ("noconfidence", 0.72, 5, 0, 0),
        // Recall found 8 until session 14: the share fall (8.4 vs 4.8
        // percent) was found only through a wrong pair (4.8 percent against a
        // later day's 3.1 percent rise); once the cleaner kept a fifth
        // report of the fall, that pair no longer decided the group.
        ("recall", 0.73, 7, 0, 0),
        // Trial 0.86 until session 14: the subheading "How the drug works", between
        // paragraphs and a link line, is now kept as text and joins a group.
        ("trial", 0.84, 10, 0, 0),
        // Written blind after the session-7 review and measured once; its
        // misses were traced in session 8.
        // Portstrike loses 0.003 of F1 to the second-fact alignment of session 11
        // (pooled F1 0.757 -> 0.760, ECB+ pairwise 0.556 -> 0.616).
        ("portstrike", 0.84, 7, 2, 0),
        // Written blind in session 8, measured at ab141b4 and at the end of
        // the session; tennis's lost score was traced in session 10.
        ("airline", 0.83, 9, 0, 0),
        ("drugtrial", 0.82, 10, 1, 0),
        ("mine", 0.71, 9, 0, 1),
        ("ransom", 0.85, 10, 2, 1),
        ("tennis", 0.71, 8, 0, 0),
        // Written blind in session 10, measured once at 5b3dd37, then used
        // for error analysis.
        ("carplant", 0.81, 7, 0, 0),
        // Derailment found 6 until session 14: the day of the derailment
        // (Tuesday vs Monday evening) is no longer paired; found for a while
        // by a rule for each sentence's only date, dropped because it added
        // two misaligned dates on ECB+ and a false alarm on blind7.
        ("derailment", 0.70, 6, 0, 0),
        ("escape", 0.77, 10, 0, 0),
        ("heatwave", 0.69, 11, 0, 0),
        ("referendum", 0.84, 10, 0, 0),
        ("rugby", 0.75, 9, 0, 0),
        // Written blind in session 11, measured twice (pooled only) and kept
        // apart until session 12, which measured each at 60e760b (found
        // 7, 4, 4, 4, 8, 7) and then used them for error analysis.
        ("avalanche", 0.70, 9, 0, 0),
        // Bridge found 6 until session 14: with two more reports kept by the
        // cleaner, "38 people were hurt" lines up with the explainer's
        // subheading "How many people have been killed or hurt?" instead of
        // the 31 injured (keeping subheadings out of alignment was tried:
        // seeds F1 0.896 -> 0.817, dropped).
        ("bridge", 0.74, 5, 1, 0),
        ("budget", 0.74, 5, 0, 1),
        ("chemfire", 0.70, 6, 0, 0),
        ("cyber", 0.77, 8, 0, 0),
        ("oilspill", 0.78, 7, 0, 1),
        // Written blind in session 12 (lab/heldout/blind4), measured six
        // times pooled only, analysed in session 13 (figures after its
        // cleaning rules: mastheads, bylines, contact lines, wire slugs).
        ("bankloss", 0.77, 9, 0, 0),
        ("dambreach", 0.75, 5, 0, 0),
        ("mallshooting", 0.70, 10, 0, 0),
        ("resignation", 0.66, 8, 0, 0),
        ("titlefight", 0.78, 9, 0, 0),
        ("watersupply", 0.76, 5, 0, 0),
        // Written blind at the start of session 13 (lab/heldout/blind6) and
        // measured there pooled only (start build: F1 0.716, 44/84, 7 false
        // alarms; end: 0.717, 43/84, 5), analysed in session 14.
        ("arson", 0.71, 9, 0, 0),
        ("basketfinal", 0.78, 7, 0, 0),
        ("chipplant", 0.74, 7, 0, 1),
        ("eruption", 0.79, 10, 0, 0),
        ("nursestrike", 0.70, 9, 0, 0),
        ("treaty", 0.79, 8, 1, 0),
        // Written blind at the start of session 14 (lab/heldout/blind7) and
        // measured there pooled only (start build: F1 0.730, 56/84, 14 false
        // alarms; end: 0.762, 57/84, 14), analysed in session 15.
        ("buscrash", 0.76, 9, 0, 0),
        ("ceasefire", 0.75, 9, 2, 0),
        ("cyclone", 0.81, 12, 0, 0),
        ("fossil", 0.75, 11, 1, 0),
        ("layoffs", 0.74, 12, 1, 0),
        ("stampede", 0.72, 9, 0, 0),
    ] {
        check_cluster(
            name,
            Bounds {
                min_f1,
                min_found,
                max_false_alarms,
                max_chrome,
            },
        );
    }
}
