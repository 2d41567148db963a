//! Measures story clustering on ECB+: each topic's two sub-topics (two real events
//! of the same kind) mixed into one folder.
//!
//! Prints, per topic and micro-averaged: pairwise story-clustering P/R/F1 against
//! the sub-topic labels; alignment P/R/F1 of the mixed collation with clustering,
//! with `one_story` (no clustering) and the link-everything baseline; the share of
//! single sub-topic folders kept whole; and the cost of clustering ~1,300 articles.
//!
//! `cargo run --release -p parallax-lab --bin evaluate_stories` (skips when ../shared/data/ecbplus
//! is absent). `-- --grid` also sweeps the merge threshold (clustering only).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax::model::{Article, Story};
use parallax::story::{self, Tuning};
use parallax::{Analysed, Options};
use parallax_lab::eval::{self, Cluster, Gold, PairCounts};

const ROOT: &str = "../shared/data/ecbplus";

/// One topic: its two sub-topic folders.
struct Topic {
    id: u32,
    parts: Vec<Cluster>,
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(ROOT);
    if !root.exists() {
        println!("ECB+: skipped ({ROOT} not found)");
        return Ok(());
    }
    let topics = read_topics(root)?;
    let grid = std::env::args().any(|a| a == "--grid");
    // Articles of every topic, analysed once (analysis is per article).
    let analysed: Vec<(u32, Vec<Article>, Vec<usize>)> = topics
        .iter()
        .map(|t| {
            let (sources, labels) = mixed(t);
            let c = parallax::collate(
                &sources,
                &Options {
                    clean: false,
                    one_story: true,
                },
            );
            (t.id, c.articles, labels)
        })
        .collect();
    if grid {
        sweep(&analysed);
    }
    mixed_topics(&topics)?;
    kept_whole(&analysed);
    cost(&analysed);
    Ok(())
}

fn read_topics(root: &Path) -> anyhow::Result<Vec<Topic>> {
    let mut by_topic: BTreeMap<u32, Vec<PathBuf>> = BTreeMap::new();
    for entry in std::fs::read_dir(root)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if let Some((t, _)) = name.split_once('_') {
            if path.join("gold.json").exists() {
                by_topic.entry(t.parse()?).or_default().push(path);
            }
        }
    }
    by_topic
        .into_iter()
        .map(|(id, mut dirs)| {
            dirs.sort();
            let parts = dirs
                .iter()
                .map(|d| eval::read_cluster(d))
                .collect::<anyhow::Result<_>>()?;
            Ok(Topic { id, parts })
        })
        .collect()
}

/// The topic's sources concatenated, and the sub-topic of each.
fn mixed(topic: &Topic) -> (Vec<parallax::corpus::Source>, Vec<usize>) {
    let mut sources = Vec::new();
    let mut labels = Vec::new();
    for (p, part) in topic.parts.iter().enumerate() {
        sources.extend(part.sources.iter().cloned());
        labels.extend(std::iter::repeat_n(p, part.sources.len()));
    }
    (sources, labels)
}

/// The stories of articles analysed earlier.
fn cluster(articles: &[Article], tuning: &Tuning) -> Vec<Story> {
    story::cluster(&Analysed::of_articles(articles.to_vec()), tuning)
}

/// Pairwise article counts of `stories` against the true labels.
fn story_pairs(stories: &[Story], labels: &[usize]) -> PairCounts {
    let mut story_of = vec![usize::MAX; labels.len()];
    for (s, story) in stories.iter().enumerate() {
        for &a in &story.articles {
            story_of[a] = s;
        }
    }
    let mut c = PairCounts::default();
    for a in 0..labels.len() {
        for b in a + 1..labels.len() {
            match (labels[a] == labels[b], story_of[a] == story_of[b]) {
                (true, true) => c.tp += 1,
                (true, false) => c.fn_ += 1,
                (false, true) => c.fp += 1,
                _ => {}
            }
        }
    }
    c
}

fn sweep(analysed: &[(u32, Vec<Article>, Vec<usize>)]) {
    println!("== merge threshold sweep (clustering only) ==");
    let mut grid = Vec::new();
    for (apart, apart_weekday) in [
        (1.0, 1.0),
        (0.25, 1.0),
        (0.25, 0.5),
        (0.25, 0.25),
        (0.0, 0.5),
    ] {
        for merge in [0.08, 0.095, 0.11, 0.12] {
            grid.push(Tuning {
                merge,
                apart,
                apart_weekday,
                ..Tuning::default()
            });
        }
    }
    for tuning in grid {
        let mut total = PairCounts::default();
        let mut whole = 0;
        let mut parts = 0;
        for (_, articles, labels) in analysed {
            total.add(story_pairs(&cluster(articles, &tuning), labels));
            for p in 0..2 {
                let idx: Vec<usize> = (0..labels.len()).filter(|&i| labels[i] == p).collect();
                let sub: Vec<Article> = idx.iter().map(|&i| articles[i].clone()).collect();
                parts += 1;
                whole += usize::from(cluster(&sub, &tuning).len() == 1);
            }
        }
        println!(
            "merge {} apart {} apart_weekday {}: P {:.3} R {:.3} F1 {:.3}  kept whole {whole}/{parts}",
            tuning.merge,
            tuning.apart,
            tuning.apart_weekday,
            total.precision(),
            total.recall(),
            total.f1()
        );
    }
}

fn mixed_topics(topics: &[Topic]) -> anyhow::Result<()> {
    println!("\n== ECB+ topics 1-30, both sub-topics mixed in one folder (--no-clean) ==");
    println!(
        "{:<6} {:>5} {:>7} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>8} {:>8}",
        "topic",
        "docs",
        "stories",
        "cl-P",
        "cl-R",
        "cl-F1",
        "al-P",
        "al-R",
        "al-F1",
        "1-story",
        "all-link"
    );
    let (mut clus, mut split, mut one, mut all, mut all_in_story) = Default::default();
    let mut rows = Vec::new();
    for topic in topics {
        let (sources, labels) = mixed(topic);
        let gold = Gold {
            groups: topic
                .parts
                .iter()
                .flat_map(|p| p.gold.groups.clone())
                .collect(),
            ..Gold::default()
        };
        let with = parallax::collate(
            &sources,
            &Options {
                clean: false,
                one_story: false,
            },
        );
        let without = parallax::collate(
            &sources,
            &Options {
                clean: false,
                one_story: true,
            },
        );
        let c = story_pairs(&with.stories, &labels);
        let a = eval::score_alignment(&with, &gold);
        let o = eval::score_alignment(&without, &gold);
        let l = eval::score_alignment(&eval::link_everything(&without), &gold);
        let ls = eval::score_alignment(&eval::link_everything(&with), &gold);
        println!(
            "{:<6} {:>5} {:>7} {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3} | {:>8.3} {:>8.3}",
            topic.id,
            labels.len(),
            with.stories.len(),
            c.precision(),
            c.recall(),
            c.f1(),
            a.precision(),
            a.recall(),
            a.f1(),
            o.f1(),
            l.f1()
        );
        rows.push((
            c.f1(),
            a.f1(),
            topic.id,
            with.stories
                .iter()
                .map(|s| s.label.clone())
                .collect::<Vec<_>>(),
        ));
        PairCounts::add(&mut clus, c);
        PairCounts::add(&mut split, a);
        PairCounts::add(&mut one, o);
        PairCounts::add(&mut all, l);
        PairCounts::add(&mut all_in_story, ls);
    }
    println!(
        "micro  story clustering P {:.3} R {:.3} F1 {:.3}",
        clus.precision(),
        clus.recall(),
        clus.f1()
    );
    println!(
        "micro  alignment F1: clustered {:.3} (P {:.3} R {:.3})   one story {:.3} (P {:.3} R {:.3})   link-everything {:.3}   link-everything within stories {:.3}",
        split.f1(),
        split.precision(),
        split.recall(),
        one.f1(),
        one.precision(),
        one.recall(),
        all.f1(),
        all_in_story.f1()
    );
    rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    println!("worst topics (clustering F1, alignment F1, story labels):");
    for (cf, af, id, labels) in rows.iter().take(5) {
        println!("  topic {id:<3} {cf:.3} {af:.3}  {}", labels.join("  |  "));
    }
    Ok(())
}

/// How many single sub-topic folders stay one story.
fn kept_whole(analysed: &[(u32, Vec<Article>, Vec<usize>)]) {
    let (mut whole, mut parts) = (0, 0);
    let mut split = Vec::new();
    for (id, articles, labels) in analysed {
        for p in 0..2 {
            let sub: Vec<Article> = (0..labels.len())
                .filter(|&i| labels[i] == p)
                .map(|i| articles[i].clone())
                .collect();
            let n = cluster(&sub, &Tuning::default()).len();
            parts += 1;
            if n == 1 {
                whole += 1;
            } else {
                split.push(format!("{id}_{} -> {n}", p + 1));
            }
        }
    }
    println!(
        "\nsingle sub-topic folders kept as one story: {whole}/{parts} ({:.1}%)  split: {}",
        100.0 * whole as f64 / parts as f64,
        split.join(", ")
    );
}

/// Time to cluster every ECB+ article at once (about 1,300 with each twice).
fn cost(analysed: &[(u32, Vec<Article>, Vec<usize>)]) {
    let mut articles: Vec<Article> = analysed.iter().flat_map(|(_, a, _)| a.clone()).collect();
    let labels: Vec<usize> = analysed
        .iter()
        .flat_map(|(id, _, l)| l.iter().map(move |&p| *id as usize * 2 + p))
        .collect();
    // Tokenising the articles is analysis, not clustering: done before the clock starts.
    let all = Analysed::of_articles(articles.clone());
    let start = Instant::now();
    story::similarities(&all, &Tuning::default());
    let sims = start.elapsed();
    let start = Instant::now();
    let stories = story::cluster(&all, &Tuning::default());
    let once = start.elapsed();
    let c = story_pairs(&stories, &labels);
    println!(
        "\nall {} articles together: {} stories (true {}), P {:.3} R {:.3} F1 {:.3}, {:.0} ms (similarities {:.0} ms)",
        articles.len(),
        stories.len(),
        analysed.len() * 2,
        c.precision(),
        c.recall(),
        c.f1(),
        once.as_secs_f64() * 1000.0,
        sims.as_secs_f64() * 1000.0
    );
    articles.extend(articles.clone());
    let twice = Analysed::of_articles(articles.clone());
    let start = Instant::now();
    let n = story::cluster(&twice, &Tuning::default()).len();
    println!(
        "{} articles (each twice): {n} stories in {:.0} ms",
        articles.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
}
