//! Writes a synthetic corpus for benchmarks and manual trials.
//!
//! `cargo run --release -p parallax-lab --bin gen_corpus -- --n 1000 --out /tmp/px1000 [--seed 7] [--seeds-only] [--coverage]`
//!
//! `--coverage` writes a week of coverage (many events of Zipf-spread sizes,
//! wire copies, varied lengths: [`Pool::generate_coverage`]); without it, the
//! older corpus of evenly drawn stories the session figures before issue 17 used.

use std::path::PathBuf;

use anyhow::{bail, Context};
use parallax_lab::synth::{self, Pool};

fn main() -> anyhow::Result<()> {
    let (mut n, mut out, mut seed, mut seeds_only, mut coverage) =
        (100usize, None, 7u64, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--n" => n = value()?.parse()?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse()?,
            "--seeds-only" => seeds_only = true,
            "--coverage" => coverage = true,
            other => bail!("unknown argument {other}"),
        }
    }
    let out = out.context("--out DIR is required")?;
    let pool = if seeds_only {
        Pool::seeds()
    } else {
        Pool::gather(&synth::default_roots())
    };
    let sources = if coverage {
        pool.generate_coverage(n, seed)
    } else {
        pool.generate(n, seed)
    };
    synth::write(&sources, &out)?;
    let bytes: usize = sources.iter().map(|s| s.raw.len()).sum();
    let (clusters, docs) = pool.size();
    println!(
        "{n} articles, {:.1} MB, from {clusters} clusters ({docs} documents) -> {}",
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}
