//! Why each planted contradiction of the written clusters is missed: are the
//! sentences holding its values in one group (found there but not raised), in
//! different groups, or left out of every group? An analysis aid for the trust
//! work. `cargo run --release -p parallax-lab --bin misses [-- DIR [updates]]`
//! (default `tests/clusters`); `updates` lists the gold updates no divergence
//! shows instead.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use parallax::model::{Collation, SentenceRef};
use parallax::Options;
use parallax_lab::eval;

fn main() -> anyhow::Result<()> {
    let root = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("tests/clusters"), PathBuf::from);
    let updates = std::env::args().nth(2).as_deref() == Some("updates");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    dirs.sort();
    let mut tally: BTreeMap<&'static str, usize> = BTreeMap::new();
    for dir in &dirs {
        for (class, line) in misses_of(dir, updates)? {
            *tally.entry(class).or_default() += 1;
            println!("{line}");
        }
    }
    println!("\n{tally:?}");
    Ok(())
}

/// Each missed contradiction of one cluster: its class and a description.
fn misses_of(dir: &Path, updates: bool) -> anyhow::Result<Vec<(&'static str, String)>> {
    let cluster = eval::read_cluster(dir)?;
    let collation = parallax::collate(&cluster.sources, &Options::default());
    let score = eval::score_differences(&collation, &cluster.gold);
    let mut out = Vec::new();
    let (wanted, missed) = if updates {
        (&cluster.gold.updates, &score.updates_missed)
    } else {
        (&cluster.gold.contradictions, &score.missed)
    };
    for c in wanted.iter().filter(|c| missed.contains(&c.name)) {
        let located: Vec<(String, Option<SentenceRef>)> = c
            .values
            .iter()
            .map(|(doc, span)| (eval::fold(span), eval::locate(&collation, doc, span)))
            .collect();
        let class = classify(&collation, &located);
        let mut line = format!("[{class}] {} / {} ({:?})", cluster.name, c.name, c.kind);
        for (span, at) in &located {
            let text = at.map_or("(not found)".to_string(), |at| {
                collation.articles[at.article].sentences[at.sentence]
                    .text
                    .clone()
            });
            let groups = at.map_or(Vec::new(), |at| groups_of(&collation, at));
            line.push_str(&format!("\n    {span:?} g{groups:?}: {text}"));
        }
        out.push((class, line));
    }
    Ok(out)
}

fn groups_of(collation: &Collation, at: SentenceRef) -> Vec<usize> {
    collation
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.members.contains(&at))
        .map(|(i, _)| i)
        .collect()
}

/// `together`: two sentences of different values share a group; `apart`:
/// every value's sentence is in some group, never two different values in
/// one; `unaligned`: some value's sentence is in no group.
fn classify(collation: &Collation, located: &[(String, Option<SentenceRef>)]) -> &'static str {
    let placed: Vec<(&String, Vec<usize>)> = located
        .iter()
        .filter_map(|(span, at)| at.map(|at| (span, groups_of(collation, at))))
        .collect();
    if placed.len() < located.len() {
        return "unlocated";
    }
    let together = placed.iter().enumerate().any(|(i, (a, ga))| {
        placed[i + 1..]
            .iter()
            .any(|(b, gb)| a != b && ga.iter().any(|g| gb.contains(g)))
    });
    if together {
        "together"
    } else if placed.iter().any(|(_, g)| g.is_empty()) {
        "unaligned"
    } else {
        "apart"
    }
}
