//! How parallax scales: times each stage and the whole pipeline on synthetic
//! corpora of 1,000 and 10,000 articles and prints the growth ratio.
//!
//! `cargo run --release -p parallax-lab --bin scale [-- [--stories] [--one-story] [--one-core] 1000 10000]`
//!
//! The corpora are a week of coverage ([`Pool::generate_coverage`]);
//! `--stories` takes the older evenly drawn stories instead, `--one-story`
//! collates each corpus as one story, and `--one-core` also times splitting,
//! details and analysis on one core.
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
    /// Stories, and the articles of the largest.
    stories: (usize, usize),
    /// Pairwise F1 of the stories against the events the generator drew.
    story_f1: Option<f64>,
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

/// What the command line asks for besides the sizes.
#[derive(Default)]
struct Flags {
    stories: bool,
    one_story: bool,
    one_core: bool,
}

fn measure(pool: &Pool, n: usize, flags: &Flags) -> anyhow::Result<Row> {
    let sources = if flags.stories {
        pool.generate(n, 7)
    } else {
        pool.generate_coverage(n, 7)
    };
    let dir = tempfile::tempdir()?;
    synth::write(&sources, dir.path())?;
    let mb = sources.iter().map(|s| s.raw.len()).sum::<usize>() as f64 / 1e6;
    let options = Options {
        one_story: flags.one_story,
        ..Options::default()
    };
    let mut t = Vec::new();

    let loaded = timed(&mut t, "read", || corpus::load(&[dir.path().to_path_buf()]))?;
    let cleaned = timed(&mut t, "clean", || {
        corpus::clean(&loaded.sources, corpus::Cleaning::RemoveFurniture)
    });
    if flags.one_core {
        one_core_stages(&mut t, &loaded.sources, &cleaned)?;
    }
    // The later stages share each sentence's tokens, as `collate` does.
    let analysed = timed(&mut t, "analyse (rayon)", || {
        Analysed::of_cleaned(&loaded.sources, cleaned.clone())
    });
    let sentences = analysed.articles().iter().map(|a| a.sentences.len()).sum();
    let stories = timed(&mut t, "story", || {
        if flags.one_story {
            vec![story::single_story(&analysed)]
        } else {
            story::cluster(&analysed, &story::Tuning::default())
        }
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
    let story_f1 = (!flags.stories).then(|| story_f1(&collation));
    let json = timed(&mut t, "report (JSON)", || {
        parallax::export::report_parts(&collation, parallax::export::Format::Json)
    });
    assert!(!json.is_empty());
    Ok(Row {
        n,
        mb,
        sentences,
        groups: groups.len(),
        divergences: divergences.len(),
        story_f1,
        stories: (
            collation.stories.len(),
            collation
                .stories
                .iter()
                .map(|s| s.articles.len())
                .max()
                .unwrap_or(0),
        ),
        times: t,
    })
}

/// Pairwise F1 of the collation's stories against the generator's events
/// (the `-eN` ending of each file name): a pair of articles is right when it
/// shares a story and an event.
fn story_f1(c: &parallax::Collation) -> f64 {
    use std::collections::HashMap;
    let event = |a: usize| {
        let path = &c.articles[a].path;
        path.rsplit_once("-e")
            .map(|(_, e)| e.split('.').next().unwrap_or("").to_string())
            .unwrap_or_default()
    };
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut both: HashMap<(usize, String), usize> = HashMap::new();
    let mut events: HashMap<String, usize> = HashMap::new();
    let mut found = 0.0;
    for (s, story) in c.stories.iter().enumerate() {
        found += pairs(story.articles.len());
        for &a in &story.articles {
            *both.entry((s, event(a))).or_default() += 1;
            *events.entry(event(a)).or_default() += 1;
        }
    }
    let right: f64 = both.values().map(|&n| pairs(n)).sum();
    let gold: f64 = events.values().map(|&n| pairs(n)).sum();
    let (p, r) = (right / found.max(1.0), right / gold.max(1.0));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Splitting, details and the whole analysis on one core.
fn one_core_stages(
    t: &mut Vec<(&'static str, Duration)>,
    sources: &[corpus::Source],
    cleaned: &[corpus::Cleaned],
) -> anyhow::Result<()> {
    let spans: Vec<_> = timed(t, "split (1 core)", || {
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
    timed(t, "details (1 core)", || {
        sentences
            .iter()
            .map(|s| text::article_details(s))
            .collect::<Vec<_>>()
    });
    let one_core = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    timed(t, "analyse (1 core)", || {
        one_core.install(|| Analysed::of_cleaned(sources, cleaned.to_vec()))
    });
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let mut flags = Flags::default();
    let mut sizes: Vec<usize> = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--stories" => flags.stories = true,
            "--one-story" => flags.one_story = true,
            "--one-core" => flags.one_core = true,
            size => sizes.push(size.parse()?),
        }
    }
    if sizes.is_empty() {
        sizes = vec![1000, 10000];
    }
    let pool = Pool::gather(&synth::default_roots());
    let (clusters, docs) = pool.size();
    println!(
        "pool: {clusters} clusters, {docs} documents; {} threads",
        rayon::current_num_threads()
    );
    let mut rows = Vec::new();
    for &n in &sizes {
        let row = measure(&pool, n, &flags)?;
        println!(
            "{n} articles: {:.1} MB, {} stories (largest {}), {} sentences, {} groups, {} divergences{}",
            row.mb,
            row.stories.0,
            row.stories.1,
            row.sentences,
            row.groups,
            row.divergences,
            row.story_f1
                .map(|f| format!(", story F1 against the events {f:.3}"))
                .unwrap_or_default()
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
