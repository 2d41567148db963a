//! Prints parallax's quality figures (the README's "Quality, measured"):
//! `cargo run --release --example evaluate`. The evaluation itself lives in
//! the lab crate ([`parallax_lab::evaluate`]).

fn main() -> anyhow::Result<()> {
    parallax_lab::evaluate::run()
}
