//! Each pipeline stage and the whole of `collate`, on the seeds, on 100
//! evenly drawn articles and on a week of coverage of 1,000
//! ([`parallax_lab::synth`]). 10,000 articles are timed by the `scale` tool.
//!
//! `cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 3`

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use parallax::corpus::{self, Cleaned, Source};
use parallax::model::{Group, Story};
use parallax::{align, contrast, story, text, Analysed, Options};
use parallax_lab::synth::{self, Pool};

// The same allocator as the `parallax` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One corpus with every intermediate result, so each stage is timed alone.
struct Fixture {
    name: String,
    dir: Option<(tempfile::TempDir, PathBuf)>,
    sources: Vec<Source>,
    cleaned: Vec<Cleaned>,
    /// Each article's sentences.
    sentences: Vec<Vec<String>>,
    analysed: Analysed,
    stories: Vec<Story>,
    groups: Vec<Group>,
}

impl Fixture {
    fn new(name: &str, sources: Vec<Source>, on_disk: bool) -> Self {
        let dir = on_disk.then(|| {
            let tmp = tempfile::tempdir().expect("temp dir");
            synth::write(&sources, tmp.path()).expect("write corpus");
            let path = tmp.path().to_path_buf();
            (tmp, path)
        });
        let cleaned = corpus::clean(&sources, corpus::Cleaning::RemoveFurniture);
        let analysed = Analysed::of_cleaned(&sources, cleaned.clone());
        let sentences = analysed
            .articles()
            .iter()
            .map(|a| a.sentences.iter().map(|s| s.text.clone()).collect())
            .collect();
        let stories = story::cluster(&analysed, &story::Tuning::default());
        let groups = align::align(&analysed, &stories, &align::Tuning::default());
        Fixture {
            name: name.to_string(),
            dir,
            sources,
            cleaned,
            sentences,
            analysed,
            stories,
            groups,
        }
    }
}

fn fixtures() -> Vec<Fixture> {
    let pool = Pool::gather(&synth::default_roots());
    vec![
        Fixture::new("seeds", corpus::bundled_seeds(), false),
        Fixture::new("100", pool.generate(100, 7), true),
        Fixture::new("1000", pool.generate_coverage(1000, 7), true),
    ]
}

fn stages(c: &mut Criterion) {
    let fixtures = fixtures();
    let options = Options::default();
    let mut g = c.benchmark_group("stage");
    g.sample_size(10);
    for f in &fixtures {
        let id = |stage: &str| BenchmarkId::new(stage, &f.name);
        match &f.dir {
            Some((_, path)) => g.bench_function(id("read+clean"), |b| {
                b.iter(|| {
                    let loaded = corpus::load(std::slice::from_ref(path)).expect("corpus");
                    corpus::clean(&loaded.sources, corpus::Cleaning::RemoveFurniture)
                })
            }),
            None => g.bench_function(id("read+clean"), |b| {
                b.iter(|| {
                    corpus::clean(&corpus::bundled_seeds(), corpus::Cleaning::RemoveFurniture)
                })
            }),
        };
        g.bench_function(id("split"), |b| {
            b.iter(|| {
                f.cleaned
                    .iter()
                    .map(|c| text::split_sentences(&c.text))
                    .collect::<Vec<_>>()
            })
        });
        g.bench_function(id("story"), |b| {
            b.iter(|| story::cluster(&f.analysed, &story::Tuning::default()))
        });
        g.bench_function(id("details"), |b| {
            b.iter(|| {
                f.sentences
                    .iter()
                    .map(|a| {
                        text::article_details(&a.iter().map(String::as_str).collect::<Vec<_>>())
                    })
                    .collect::<Vec<_>>()
            })
        });
        g.bench_function(id("align"), |b| {
            b.iter(|| align::align(&f.analysed, &f.stories, &align::Tuning::default()))
        });
        g.bench_function(id("contrast"), |b| {
            b.iter(|| contrast::contrast(&f.analysed, &f.groups))
        });
        g.bench_function(id("collate"), |b| {
            b.iter(|| parallax::collate(&f.sources, &options))
        });
    }
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
