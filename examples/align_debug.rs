//! Shows, for each gold group of the seeds, how the aligner scores its member
//! pairs: a tuning aid. `cargo run --release --example align_debug`

use parallax::align::{self, Tuning};
use parallax::eval;
use parallax::{corpus, Options};

fn main() {
    let collation = parallax::collate(&corpus::bundled_seeds(), &Options::default());
    let gold = eval::seeds_gold();
    let all: Vec<usize> = (0..collation.articles.len()).collect();
    let pairs = align::scored_pairs(&collation.articles, &all, &Tuning::default());
    let group_of = collation.group_index();
    for g in &gold.groups {
        println!("## {}", g.name);
        let refs: Vec<_> = g
            .members
            .iter()
            .map(|(d, s)| (d.clone(), eval::locate(&collation, d, s)))
            .collect();
        for (d, r) in &refs {
            println!(
                "   {d} {:?} group {:?}",
                r,
                r.and_then(|r| group_of[r.article][r.sentence])
            );
        }
        for (i, (_, a)) in refs.iter().enumerate() {
            for (_, b) in &refs[i + 1..] {
                let (Some(a), Some(b)) = (a, b) else { continue };
                let key = if a < b { (*a, *b) } else { (*b, *a) };
                let p = pairs.iter().find(|p| (p.a, p.b) == key);
                println!(
                    "   {}:{} ~ {}:{}  {}",
                    a.article,
                    a.sentence,
                    b.article,
                    b.sentence,
                    p.map_or("no candidate".to_string(), |p| format!(
                        "cos {:.2} score {:.2}",
                        p.cosine, p.score
                    ))
                );
            }
        }
    }
}
