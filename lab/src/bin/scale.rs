//! How parallax scales: times each stage and the whole pipeline on synthetic
//! corpora of 100 and 1,000 articles and prints the growth ratio.
//!
//! `cargo run --release -p parallax-lab --bin scale [-- 100 1000]`
//!
//! Each corpus is generated in memory ([`parallax_lab::synth`]), written to a
//! temporary folder so reading is timed too, then run stage by stage with the
//! same calls `parallax::collate` makes; "end to end" is `corpus::load` plus
//! `collate`, as `parallax report` does before it writes the JSON, which
//! "report (JSON)" times apart.

use std::time::{Duration, Instant};

use parallax::{align, contrast, corpus, story, text, Analysed, Options};
use parallax_lab::synth::{self, Pool};

// The same allocator as the `parallax` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Row {
    n: usize,
    mb: f64,
    sentences: usize,
    groups: usize,
    divergences: usize,
    times: Vec<(&'static str, Duration)>,
}

fn timed<T>(
    times: &mut Vec<(&'static str, Duration)>,
    name: &'static str,
    f: impl FnOnce() -> T,
) -> T {
    let start = Instant::now();
    let out = f();
    times.push((name, start.elapsed()));
    out
}

fn measure(pool: &Pool, n: usize) -> anyhow::Result<Row> {
    let sources = pool.generate(n, 7);
    let dir = tempfile::tempdir()?;
    synth::write(&sources, dir.path())?;
    let mb = sources.iter().map(|s| s.raw.len()).sum::<usize>() as f64 / 1e6;
    let options = Options::default();
    let mut t = Vec::new();

    let loaded = timed(&mut t, "read", || corpus::load(&[dir.path().to_path_buf()]))?;
    let cleaned = timed(&mut t, "clean", || {
        corpus::clean(&loaded.sources, corpus::Cleaning::RemoveFurniture)
    });
    let spans: Vec<_> = timed(&mut t, "split (1 core)", || {
        cleaned
            .iter()
            .map(|c| text::split_sentences(&c.text))
            .collect()
    });
    let sentences: Vec<Vec<&str>> = cleaned
        .iter()
        .zip(&spans)
        .map(|(c, s)| s.iter().map(|r| &c.text[r.clone()]).collect())
        .collect();
    timed(&mut t, "details (1 core)", || {
        sentences
            .iter()
            .map(|s| text::article_details(s))
            .collect::<Vec<_>>()
    });
    let one_core = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    timed(&mut t, "analyse (1 core)", || {
        one_core.install(|| Analysed::of_cleaned(&loaded.sources, cleaned.clone()))
    });
    // The later stages share each sentence's tokens, as `collate` does.
    let analysed = timed(&mut t, "analyse (rayon)", || {
        Analysed::of_cleaned(&loaded.sources, cleaned.clone())
    });
    let stories = timed(&mut t, "story", || {
        story::cluster(&analysed, &story::Tuning::default())
    });
    let groups = timed(&mut t, "align", || {
        align::align(&analysed, &stories, &align::Tuning::default())
    });
    let divergences = timed(&mut t, "contrast", || {
        contrast::contrast(&analysed, &groups)
    });
    let collation = timed(&mut t, "end to end", || {
        let loaded = corpus::load(&[dir.path().to_path_buf()]).expect("corpus just written");
        parallax::collate(&loaded.sources, &options)
    });
    assert_eq!(collation.groups.len(), groups.len());
    let json = timed(&mut t, "report (JSON)", || {
        parallax::export::report_parts(&collation, parallax::export::Format::Json)
    });
    assert!(!json.is_empty());
    Ok(Row {
        n,
        mb,
        sentences: sentences.iter().map(Vec::len).sum(),
        groups: groups.len(),
        divergences: divergences.len(),
        times: t,
    })
}

fn main() -> anyhow::Result<()> {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let sizes = if sizes.is_empty() {
        vec![100, 1000]
    } else {
        sizes
    };
    let pool = Pool::gather(&synth::default_roots());
    let (clusters, docs) = pool.size();
    println!(
        "pool: {clusters} clusters, {docs} documents; {} threads",
        rayon::current_num_threads()
    );
    let mut rows = Vec::new();
    for &n in &sizes {
        let row = measure(&pool, n)?;
        println!(
            "{n} articles: {:.1} MB, {} sentences, {} groups, {} divergences",
            row.mb, row.sentences, row.groups, row.divergences
        );
        rows.push(row);
    }
    print!("\n{:<18}", "stage (ms)");
    for r in &rows {
        print!("{:>12}", format!("n={}", r.n));
    }
    println!();
    for (k, (name, _)) in rows[0].times.iter().enumerate() {
        print!("{name:<18}");
        for r in &rows {
            print!("{:>12.1}", r.times[k].1.as_secs_f64() * 1e3);
        }
        println!();
    }
    if let [.., a, b] = rows.as_slice() {
        // What `parallax report` does before the write: load, collate, JSON.
        let total = |r: &Row| {
            r.times
                .iter()
                .filter(|(name, _)| matches!(*name, "end to end" | "report (JSON)"))
                .map(|(_, t)| t.as_secs_f64())
                .sum::<f64>()
        };
        println!(
            "\nend to end + JSON, ratio n={} / n={}: {:.1} (articles ×{:.0})",
            b.n,
            a.n,
            total(b) / total(a),
            b.n as f64 / a.n as f64
        );
    }
    Ok(())
}
