//! Shows, for each gold group of the seeds (or of a cluster folder given as an
//! argument, read without cleaning), how the aligner scores its member pairs: a
//! tuning aid. `cargo run --release -p parallax-lab --bin align_debug [-- DIR]`

use parallax::align::{self, Tuning};
use parallax::{corpus, Options};
use parallax_lab::eval;

fn main() {
    let (collation, gold) = match std::env::args().nth(1) {
        Some(dir) => {
            let cluster = eval::read_cluster(std::path::Path::new(&dir)).expect("cluster reads");
            let options = Options {
                clean: false,
                one_story: true,
            };
            (parallax::collate(&cluster.sources, &options), cluster.gold)
        }
        None => (
            parallax::collate(&corpus::bundled_seeds(), &Options::default()),
            eval::seeds_gold(),
        ),
    };
    let all: Vec<usize> = (0..collation.articles.len()).collect();
    let analysed = parallax::Analysed::of_articles(collation.articles.clone());
    let pairs = align::scored_pairs(&analysed, &all, &Tuning::default());
    let group_of = collation.group_index();
    for (g, group) in collation.groups.iter().enumerate() {
        println!("# system group {g} ({:.2})", group.score);
        for m in &group.members {
            let text = &collation.sentence(*m).text;
            println!(
                "   {}:{} {}",
                m.article,
                m.sentence,
                text.chars().take(110).collect::<String>()
            );
        }
    }
    let (_, judged) = eval::judge_alignment(&collation, &gold);
    for p in judged.iter().filter(|p| p.positive != p.linked) {
        let show = |r: &Option<parallax::model::SentenceRef>| {
            r.map_or("-".to_string(), |r| {
                format!(
                    "{}:{} {}",
                    r.article,
                    r.sentence,
                    collation
                        .sentence(r)
                        .text
                        .chars()
                        .take(60)
                        .collect::<String>()
                )
            })
        };
        println!(
            "{} {} | {}",
            if p.positive { "FN" } else { "FP" },
            show(&p.a.1),
            show(&p.b.1)
        );
    }
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
