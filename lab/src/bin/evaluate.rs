//! Prints parallax's quality figures (the README's "Quality, measured"):
//! `cargo run --release -p parallax-lab --bin evaluate`, the same as the
//! root example `evaluate`. The evaluation itself lives in
//! [`parallax_lab::evaluate`].

fn main() -> anyhow::Result<()> {
    parallax_lab::evaluate::run()
}
