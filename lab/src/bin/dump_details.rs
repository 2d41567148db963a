//! Prints each sentence of the given plain-text files with its typed details:
//! for eyeballing what the text stage extracts.
//! `cargo run --release -p parallax-lab --bin dump_details -- FILE...`

use parallax::text::{article_details, split_sentences};

fn main() -> anyhow::Result<()> {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        println!("=== {path}");
        let sentences: Vec<&str> = split_sentences(&text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        for (s, ds) in sentences.iter().zip(article_details(&sentences)) {
            println!("> {s}");
            for d in ds {
                let about = d.about.map(|a| format!(" @{a}")).unwrap_or_default();
                println!(
                    "    {:?} {:?} = {}{about}",
                    d.kind,
                    &s[d.start..d.end],
                    d.value
                );
            }
        }
    }
    Ok(())
}
