//! Sweeps the aligner's thresholds on the seeds and ECB+ (never on the held-out
//! cluster) and prints pairwise F1 for each setting: a tuning aid.
//! `cargo run --release -p parallax-lab --bin tune` sweeps the lone-sentence gathering;
//! `cargo run --release -p parallax-lab --bin tune full` the main thresholds, `tune links`
//! the group size and cohesion.

use std::path::Path;

use parallax::align::{self, Tuning};
use parallax::{corpus, Analysed, Collation, Options};
use parallax_lab::eval::{self, PairCounts};

fn realign(c: &Collation, t: &Tuning) -> Collation {
    let mut c = c.clone();
    let analysed = Analysed::of_articles(c.articles.clone());
    c.groups = align::align(&analysed, &c.stories, t);
    c.divergences = parallax::contrast::contrast(&analysed, &c.groups);
    c
}

fn main() -> anyhow::Result<()> {
    let seeds = parallax::collate(&corpus::bundled_seeds(), &Options::default());
    let seeds_gold = eval::seeds_gold();
    let mut ecb = Vec::new();
    let root = Path::new("../shared/data/ecbplus");
    for entry in std::fs::read_dir(root)? {
        let dir = entry?.path();
        if dir.join("gold.json").exists() {
            let cluster = eval::read_cluster(&dir)?;
            let c = parallax::collate(
                &cluster.sources,
                &Options {
                    clean: false,
                    one_story: true,
                },
            );
            ecb.push((c, cluster.gold));
        }
    }
    println!("mutual strong cohesion hub per gather | seeds P R F1 found FA | ecb P R F1");
    let grid = std::env::args().nth(1).unwrap_or_default();
    let base = Tuning::default();
    let mut settings = vec![base];
    if grid == "full" {
        for mutual in [0.08f32, 0.12, 0.16, 0.22] {
            for strong in [0.3f32, 0.42] {
                for cohesion in [0.05f32, 0.1, 0.2] {
                    for hub_penalty in [0.0f32, 0.5] {
                        for per_article in [2usize, 3] {
                            settings.push(Tuning {
                                mutual,
                                strong,
                                cohesion,
                                hub_penalty,
                                per_article,
                                ..base
                            });
                        }
                    }
                }
            }
        }
    } else if grid == "links" {
        for per_article in [2usize, 3, 4] {
            for cohesion in [0.03f32, 0.05, 0.08] {
                settings.push(Tuning {
                    per_article,
                    cohesion,
                    ..base
                });
            }
        }
    } else {
        for gather in [0.08f32, 0.10, 0.12, 0.14, 0.16, 0.20, 0.25, f32::INFINITY] {
            settings.push(Tuning { gather, ..base });
        }
    }
    for t in settings {
        let aligned = realign(&seeds, &t);
        let s = eval::score_alignment(&aligned, &seeds_gold);
        let d = eval::score_differences(&aligned, &seeds_gold);
        let mut e = PairCounts::default();
        for (c, g) in &ecb {
            e.add(eval::score_alignment(&realign(c, &t), g));
        }
        println!(
            "{:.2} {:.2} {:.2} {:.1} {} {:.2} | {:.3} {:.3} {:.3} {} {} | {:.3} {:.3} {:.3}",
            t.mutual,
            t.strong,
            t.cohesion,
            t.hub_penalty,
            t.per_article,
            t.gather,
            s.precision(),
            s.recall(),
            s.f1(),
            d.found.len(),
            d.false_alarms(),
            e.precision(),
            e.recall(),
            e.f1()
        );
    }
    Ok(())
}
