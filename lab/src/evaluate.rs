//! parallax's quality figures: alignment, contradictions, false alarms and
//! chrome on the seeds and on every cluster of `tests/clusters`, the shares of
//! the judged divergence samples, and pairwise alignment on ECB+.
//!
//! `cargo run --release --example evaluate` (the README's command) or
//! `cargo run --release -p parallax-lab --bin evaluate`, from the repository's
//! root; ECB+ is read from ../shared/data/ecbplus when present.
//! `--clusters DIR` reads the clusters of another folder (held-out sets kept
//! outside `tests/clusters`) and prints only the seeds and those clusters.

use std::path::Path;

use parallax::{corpus, Options};

use crate::eval::{self, PairCounts};

/// Prints every figure, section by section.
pub fn run() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let held_out = match args.as_slice() {
        [] => None,
        [flag, dir] if flag == "--clusters" => Some(std::path::PathBuf::from(dir)),
        _ => anyhow::bail!("usage: evaluate [--clusters DIR]"),
    };
    let cluster_root = held_out
        .clone()
        .unwrap_or_else(|| Path::new("tests/clusters").to_path_buf());
    println!("== seeds (5 pasted pages) ==");
    report_gold(
        &corpus::bundled_seeds(),
        &eval::seeds_gold(),
        &Options::default(),
    );
    let mut dirs: Vec<_> = std::fs::read_dir(&cluster_root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    dirs.sort();
    let mut pooled = Pooled::default();
    for dir in &dirs {
        println!("\n== {} ==", dir.display());
        let cluster = eval::read_cluster(dir)?;
        let one = report_gold(&cluster.sources, &cluster.gold, &Options::default());
        pooled.add(&one);
    }
    println!(
        "\n== clusters pooled ({}) ==\nalignment  P {:.3}  R {:.3}  F1 {:.3}   contradictions {}/{} (core {}/{})   false alarms {} (traps {})   chrome {}",
        dirs.len(),
        pooled.pairs.precision(),
        pooled.pairs.recall(),
        pooled.pairs.f1(),
        pooled.found,
        pooled.total,
        pooled.core_found,
        pooled.core_total,
        pooled.false_alarms,
        pooled.traps,
        pooled.chrome
    );
    println!(
        "updates {} in the gold: shown {}, marked update {}",
        pooled.updates, pooled.updates_shown, pooled.updates_labelled
    );
    if held_out.is_some() {
        return Ok(());
    }
    judged(Path::new("tests/judged"))?;
    shown_judged(
        Path::new("../shared/data/ecbplus"),
        Path::new("tests/judged"),
    )?;
    ecbplus(Path::new("../shared/data/ecbplus"))
}

/// Every judged sample of `dir` (`tests/judged/*.json`), in file-name order.
fn judged_samples(dir: &Path) -> anyhow::Result<Vec<(std::path::PathBuf, serde_json::Value)>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let sample = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
            Ok((file, sample))
        })
        .collect()
}

/// Shares of the labels a blind judge gave each sample of shown divergences
/// (`tests/judged/*.json`, drawn with `scripts/divergences.py`).
fn judged(dir: &Path) -> anyhow::Result<()> {
    for (file, sample) in judged_samples(dir)? {
        let items = sample["items"].as_array().cloned().unwrap_or_default();
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        for item in &items {
            *counts
                .entry(item["label"].as_str().unwrap_or("?").to_string())
                .or_default() += 1;
        }
        let n = items.len().max(1);
        let good = counts.get("REAL").unwrap_or(&0) + counts.get("UPDATE").unwrap_or(&0);
        println!(
            "\n== judged sample {} ({} items) ==",
            file.display(),
            items.len()
        );
        for (label, k) in &counts {
            println!("{label:<11} {k:>4}  {:5.1} %", 100.0 * *k as f64 / n as f64);
        }
        println!(
            "real or update: {good}/{} = {:.1} %",
            items.len(),
            100.0 * good as f64 / n as f64
        );
    }
    Ok(())
}

/// The values of a divergence as the judged samples key them: (file name,
/// span) pairs.
type Key = std::collections::BTreeSet<(String, String)>;

/// The labels of every judged sample, keyed by cluster and values.
fn judged_labels(dir: &Path) -> anyhow::Result<Vec<(String, Key, String)>> {
    let mut out = Vec::new();
    for (_, sample) in judged_samples(dir)? {
        for item in sample["items"].as_array().into_iter().flatten() {
            let values = item["values"].as_array().into_iter().flatten();
            let key: Key = values
                .map(|v| {
                    let text = |k: &str| v[k].as_str().unwrap_or("").to_string();
                    (text("article"), text("span"))
                })
                .collect();
            if key.is_empty() {
                continue; // the older samples key their spans otherwise
            }
            let label = item["label"].as_str().unwrap_or("?").to_string();
            out.push((
                item["cluster"].as_str().unwrap_or("").to_string(),
                key,
                label,
            ));
        }
    }
    Ok(out)
}

/// The divergences the current build shows on ECB+ (as `parallax report
/// --no-clean` does), each with the label a blind judge gave it: the sample
/// item with the same values, else the one sharing most values (at least
/// two), else none. The real-news precision figure of the README.
fn shown_judged(root: &Path, judged_dir: &Path) -> anyhow::Result<()> {
    if !root.exists() {
        return Ok(());
    }
    let labels = judged_labels(judged_dir)?;
    let mut dirs: Vec<_> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    dirs.sort();
    let options = Options {
        clean: false,
        one_story: false,
    };
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let (mut shown, mut exact, mut near) = (0, 0, 0);
    for dir in dirs {
        let cluster = eval::read_cluster(&dir)?;
        let collation = parallax::collate(&cluster.sources, &options);
        let name_of = |a: usize| {
            Path::new(&collation.articles[a].path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        for d in &collation.divergences {
            shown += 1;
            let key: Key = d
                .values
                .iter()
                .map(|v| (name_of(v.article), v.text.clone()))
                .collect();
            let here = labels.iter().filter(|(c, _, _)| *c == cluster.name);
            // Two judges who labelled one item differently: the label that
            // does not count it real stands (the figure errs low).
            let good = |l: &str| matches!(l, "REAL" | "UPDATE");
            let same: Vec<&String> = here
                .clone()
                .filter(|(_, k, _)| *k == key)
                .map(|(_, _, l)| l)
                .collect();
            let first = same.iter().find(|l| !good(l)).or(same.first());
            let label = match first {
                Some(l) => {
                    exact += 1;
                    (*l).clone()
                }
                None => match here
                    .map(|(_, k, l)| (k.intersection(&key).count(), l))
                    .filter(|(n, _)| *n >= 2)
                    .max_by_key(|(n, _)| *n)
                {
                    Some((_, l)) => {
                        near += 1;
                        l.clone()
                    }
                    None => "unjudged".to_string(),
                },
            };
            *counts.entry(label).or_default() += 1;
        }
    }
    let judged = exact + near;
    let good = counts.get("REAL").unwrap_or(&0) + counts.get("UPDATE").unwrap_or(&0);
    println!(
        "\n== ECB+ divergences shown now ({shown}; labelled from the judged samples: {exact} by their values, {near} by the nearest item) =="
    );
    for (label, k) in &counts {
        println!("{label:<11} {k:>4}");
    }
    println!(
        "real or update: {good}/{judged} judged = {:.1} %",
        100.0 * good as f64 / judged.max(1) as f64
    );
    Ok(())
}

/// Figures summed over clusters.
#[derive(Default)]
struct Pooled {
    pairs: PairCounts,
    found: usize,
    total: usize,
    core_found: usize,
    core_total: usize,
    false_alarms: usize,
    traps: usize,
    chrome: usize,
    updates: usize,
    updates_shown: usize,
    updates_labelled: usize,
}

impl Pooled {
    fn add(&mut self, one: &Pooled) {
        self.pairs.add(one.pairs);
        self.found += one.found;
        self.total += one.total;
        self.core_found += one.core_found;
        self.core_total += one.core_total;
        self.false_alarms += one.false_alarms;
        self.traps += one.traps;
        self.chrome += one.chrome;
        self.updates += one.updates;
        self.updates_shown += one.updates_shown;
        self.updates_labelled += one.updates_labelled;
    }
}

fn report_gold(sources: &[corpus::Source], gold: &eval::Gold, options: &Options) -> Pooled {
    let collation = parallax::collate(sources, options);
    let pairs = eval::score_alignment(&collation, gold);
    let diffs = eval::score_differences(&collation, gold);
    let chrome = eval::chrome_kept(&collation, gold);
    println!(
        "alignment  P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {}, unfound {})",
        pairs.precision(),
        pairs.recall(),
        pairs.f1(),
        pairs.tp,
        pairs.fp,
        pairs.fn_,
        pairs.unfound
    );
    println!(
        "contradictions found {}/{}   false alarms {}   chrome sentences {}   divergences {}",
        diffs.found.len(),
        diffs.found.len() + diffs.missed.len(),
        diffs.false_alarms(),
        chrome.len(),
        collation.divergences.len()
    );
    if diffs.updates_total > 0 {
        println!(
            "updates {} in the gold: shown {}, marked update {}",
            diffs.updates_total, diffs.updates_shown, diffs.updates_labelled
        );
    }
    for m in &diffs.missed {
        println!("  missed: {m}");
    }
    for t in diffs.traps_raised.iter().chain(&diffs.unexpected) {
        println!("  false alarm: {t}");
    }
    for c in &chrome {
        println!("  chrome kept: {c}");
    }
    Pooled {
        pairs,
        found: diffs.found.len(),
        total: diffs.found.len() + diffs.missed.len(),
        core_found: diffs.core_found,
        core_total: diffs.core_total,
        false_alarms: diffs.false_alarms(),
        traps: diffs.traps_raised.len(),
        chrome: chrome.len(),
        updates: diffs.updates_total,
        updates_shown: diffs.updates_shown,
        updates_labelled: diffs.updates_labelled,
    }
}

fn ecbplus(root: &Path) -> anyhow::Result<()> {
    if !root.exists() {
        println!("\nECB+: skipped ({} not found)", root.display());
        return Ok(());
    }
    println!("\n== ECB+ topics 1-30, one cluster per sub-topic (--no-clean) ==");
    println!(
        "{:<8} {:>6} {:>6} {:>6} {:>9}",
        "cluster", "P", "R", "F1", "all-link"
    );
    let mut dirs: Vec<_> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").exists())
        .collect();
    dirs.sort_by_key(|p| {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let (t, s) = name.split_once('_').unwrap_or((&name, "0"));
        (t.parse::<u32>().unwrap_or(0), s.parse::<u32>().unwrap_or(0))
    });
    let options = Options {
        clean: false,
        one_story: true,
    };
    let (mut micro, mut baseline) = (PairCounts::default(), PairCounts::default());
    let mut macro_f1 = Vec::new();
    for dir in dirs {
        let cluster = eval::read_cluster(&dir)?;
        let collation = parallax::collate(&cluster.sources, &options);
        let counts = eval::score_alignment(&collation, &cluster.gold);
        let all = eval::score_alignment(&eval::link_everything(&collation), &cluster.gold);
        println!(
            "{:<8} {:>6.3} {:>6.3} {:>6.3} {:>9.3}",
            cluster.name,
            counts.precision(),
            counts.recall(),
            counts.f1(),
            all.f1()
        );
        micro.add(counts);
        baseline.add(all);
        macro_f1.push(counts.f1());
    }
    println!(
        "micro    P {:.3}  R {:.3}  F1 {:.3}   (link-everything baseline F1 {:.3}); macro F1 {:.3}; unfound snippets {}",
        micro.precision(),
        micro.recall(),
        micro.f1(),
        baseline.f1(),
        macro_f1.iter().sum::<f64>() / macro_f1.len().max(1) as f64,
        micro.unfound
    );
    Ok(())
}
