//! The reader's latency: first frame on the seeds, the first frame once a
//! large collation arrives, and key press → next frame with it loaded, drawn
//! into a 120×40 `TestBackend`. The large collation is a week of coverage
//! ([`Pool::generate_coverage`]) of 1,000 articles, or `PARALLAX_BENCH_ARTICLES`.
//!
//! `cargo bench --bench reader -- --warm-up-time 1 --measurement-time 3`
//! `PARALLAX_BENCH_ARTICLES=10000 cargo bench --bench reader -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion};
use parallax::model::Collation;
use parallax::tui::{render, update, Action, App};
use parallax::{corpus, Options};
use parallax_lab::synth::{self, Pool};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

// The same allocator as the `parallax` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZE: (u16, u16) = (120, 40);

/// The number of articles of the large collation.
fn articles() -> usize {
    std::env::var("PARALLAX_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000)
}

/// A week of coverage of `n` articles, collated as `parallax` would.
fn large_collation(n: usize) -> Collation {
    let sources = Pool::gather(&synth::default_roots()).generate_coverage(n, 7);
    parallax::collate(&sources, &Options::default())
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend")
}

fn first_frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("reader");
    g.sample_size(10);
    g.bench_function("first frame, seeds (collate + draw)", |b| {
        b.iter(|| {
            let collation = parallax::collate(&corpus::bundled_seeds(), &Options::default());
            let app = App::with_collation(collation, SIZE);
            let mut term = terminal();
            term.draw(|f| render(f, &app)).expect("draw");
        })
    });

    let n = articles();
    let collation = large_collation(n);
    g.bench_function(format!("first frame, {n} articles (index + draw)"), |b| {
        b.iter_batched(
            || collation.clone(),
            |collation| {
                let app = App::with_collation(collation, SIZE);
                let mut term = terminal();
                term.draw(|f| render(f, &app)).expect("draw");
                app
            },
            criterion::BatchSize::LargeInput,
        )
    });
    let far = collation.stories.last().map_or(0, |s| s.articles[0]);
    let mut app = App::with_collation(collation, SIZE);
    let mut term = terminal();
    term.draw(|f| render(f, &app)).expect("draw");
    let keys = [
        Action::Down,
        Action::NextContradiction,
        Action::NextGroup,
        Action::PageDown,
        Action::NextPane,
        Action::PickSource(n / 2),
        Action::PickSource(far),
        Action::PickSource(0),
        Action::ToggleFacts,
        Action::ToggleCoverage,
        Action::ToggleSide,
        Action::Bottom,
        Action::Top,
    ];
    for key in keys {
        let name = format!("key → frame, {n} articles: {key:?}");
        g.bench_function(name, |b| {
            b.iter(|| {
                update(&mut app, key.clone());
                term.draw(|f| render(f, &app)).expect("draw");
            })
        });
    }
    g.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
