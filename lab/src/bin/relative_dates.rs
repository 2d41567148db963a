//! Counts the relative dates ("on Sunday", "yesterday", "last week") in the
//! labelled clusters under `tests/clusters/` and how many resolve against
//! their article's date of writing (`parallax::text::relative`), by
//! expression; `--list` prints each one with its day of writing, what it
//! resolved to and its sentence, for checking by hand.
//! `cargo run --release -p parallax-lab --bin relative_dates [-- --list]`

use std::collections::BTreeMap;
use std::path::Path;

use parallax::model::DetailKind;
use parallax::text::relative;
use parallax::Options;
use parallax_lab::eval;

fn main() {
    let list = std::env::args().any(|a| a == "--list");
    let mut dirs: Vec<_> = std::fs::read_dir(Path::new("tests/clusters"))
        .expect("run from the repository root: tests/clusters/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    dirs.sort();
    // expression -> (found, resolved)
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for dir in &dirs {
        let cluster = eval::read_cluster(dir).expect("cluster reads");
        let collation = parallax::collate(&cluster.sources, &Options::default());
        let name = dir
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into());
        for article in &collation.articles {
            let written = relative::written(article);
            for s in &article.sentences {
                for d in s.details.iter().filter(|d| d.kind == DetailKind::Date) {
                    let Some(expression) = relative::expression(&d.value) else {
                        continue;
                    };
                    let when = relative::resolve(&s.text, d, written);
                    let entry = counts.entry(expression).or_default();
                    entry.0 += 1;
                    entry.1 += usize::from(when.is_some());
                    if list {
                        let file = Path::new(&article.path)
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into());
                        println!(
                            "{name}/{file}\t{}\t{:?}\t{}\t{}",
                            written.map_or("-".into(), |w| w.iso()),
                            &s.text[d.start..d.end],
                            when.map_or("-".into(), |w| w.key()),
                            s.text
                        );
                    }
                }
            }
        }
    }
    let (mut found, mut resolved) = (0, 0);
    println!("{:<32} {:>6} {:>9}", "expression", "found", "resolved");
    for (expression, (f, r)) in &counts {
        println!("{expression:<32} {f:>6} {r:>9}");
        found += f;
        resolved += r;
    }
    println!(
        "{:<32} {found:>6} {resolved:>9}  ({} clusters)",
        "all",
        dirs.len()
    );
}
