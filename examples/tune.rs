//! Sweeps the aligner's thresholds on the seeds and ECB+ (never on the held-out
//! cluster) and prints pairwise F1 for each setting: a tuning aid.
//! `cargo run --release --example tune`

use std::path::Path;

use parallax::align::{self, Tuning};
use parallax::eval::{self, PairCounts};
use parallax::{corpus, Collation, Options};

fn realign(c: &Collation, t: &Tuning) -> Collation {
    let mut c = c.clone();
    c.groups = align::align_with(&c.articles, &c.stories, t);
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
            let c = parallax::collate(&cluster.sources, &Options { clean: false, one_story: true });
            ecb.push((c, cluster.gold));
        }
    }
    println!("mutual strong cohesion hub per | seeds P R F1 | ecb P R F1");
    for mutual in [0.08f32, 0.12, 0.16, 0.22] {
        for strong in [0.3f32, 0.42] {
            for cohesion in [0.05f32, 0.1, 0.2] {
                for hub in [0.0f32, 0.5] {
                    for per in [2usize, 3] {
                        let t = Tuning { mutual, strong, cohesion, hub_penalty: hub, per_article: per };
                        let s = eval::score_alignment(&realign(&seeds, &t), &seeds_gold);
                        let mut e = PairCounts::default();
                        for (c, g) in &ecb {
                            e.add(eval::score_alignment(&realign(c, &t), g));
                        }
                        println!(
                            "{mutual:.2} {strong:.2} {cohesion:.2} {hub:.1} {per} | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3}",
                            s.precision(), s.recall(), s.f1(), e.precision(), e.recall(), e.f1()
                        );
                    }
                }
            }
        }
    }
    Ok(())
}
