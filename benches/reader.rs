//! The reader's latency: first frame on the seeds, and key press → next frame
//! with 1,000 articles loaded, drawn into a 120×40 `TestBackend`.
//!
//! `cargo bench --bench reader -- --warm-up-time 1 --measurement-time 3`

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

/// A 1,000-article collation built 25 articles at a time and concatenated, so
/// setup stays in seconds while alignment is quadratic in a story's size. The
/// reader sees as many articles, groups and divergences as a real run would give.
fn large_collation() -> Collation {
    let sources = Pool::gather(&synth::default_roots()).generate(1000, 7);
    let mut all = parallax::collate(&[], &Options::default());
    all.stories.clear();
    for chunk in sources.chunks(25) {
        let part = parallax::collate(chunk, &Options::default());
        let (a0, g0) = (all.articles.len(), all.groups.len());
        for mut group in part.groups {
            group.members.iter_mut().for_each(|m| m.article += a0);
            all.groups.push(group);
        }
        for mut d in part.divergences {
            d.group += g0;
            d.values.iter_mut().for_each(|v| v.article += a0);
            all.divergences.push(d);
        }
        for mut s in part.stories {
            s.articles.iter_mut().for_each(|a| *a += a0);
            all.stories.push(s);
        }
        all.articles.extend(part.articles);
    }
    all
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

    let mut app = App::with_collation(large_collation(), SIZE);
    let mut term = terminal();
    term.draw(|f| render(f, &app)).expect("draw");
    let keys = [
        Action::Down,
        Action::NextContradiction,
        Action::NextGroup,
        Action::PageDown,
        Action::NextPane,
        Action::PickSource(500),
        Action::Bottom,
        Action::Top,
    ];
    for key in keys {
        let name = format!("key → frame, 1000 articles: {key:?}");
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
