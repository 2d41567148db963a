//! Synthetic corpora for benchmarks: many plausible accounts of a few stories.
//!
//! Real clusters (the bundled seeds, `tests/clusters/quake`, the ECB+ topics in
//! `../shared/data/ecbplus` when present) are cut into paragraphs; each generated
//! article takes one cluster's paragraphs, reorders some, drops some sentences and
//! swaps details (numbers, weekdays, place names) so the aligner and the contrast
//! stage have real work: the same sentence reappears across articles, often with a
//! detail changed. Generation is deterministic for a given pool and seed, so
//! benchmark inputs never drift between runs.
//!
//! ```no_run
//! let pool = parallax_lab::synth::Pool::gather(&parallax_lab::synth::default_roots());
//! let sources = pool.generate(100, 7);
//! assert_eq!(sources.len(), 100);
//! ```

use std::path::{Path, PathBuf};

use parallax::corpus::{self, Format, Source};
use parallax::text;

/// SplitMix64: tiny, seedable, good enough to shuffle test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Articles about one event, cut into paragraphs (the first is the headline).
#[derive(Debug, Clone)]
struct Cluster {
    name: String,
    docs: Vec<Vec<String>>,
}

/// The real text that generated articles are made from.
#[derive(Debug, Clone)]
pub struct Pool {
    clusters: Vec<Cluster>,
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Place names swapped for one another; those in the sources (and a few more).
const PLACES: [&str; 16] = [
    "Istanbul",
    "Ankara",
    "Kyiv",
    "Moscow",
    "Washington",
    "London",
    "Paris",
    "Berlin",
    "Tokyo",
    "Los Angeles",
    "New York",
    "Boston",
    "California",
    "Turkey",
    "Ukraine",
    "Russia",
];

/// The bundled seeds, `tests/clusters/quake` and `../shared/data/ecbplus`, as
/// seen from this crate's folder.
pub fn default_roots() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    vec![
        here.join("../tests/clusters/quake"),
        crate::needs::shared_data().join("ecbplus"),
    ]
}

impl Pool {
    /// The bundled seeds only.
    pub fn seeds() -> Self {
        let mut pool = Pool {
            clusters: Vec::new(),
        };
        pool.add("seeds", &corpus::bundled_seeds());
        pool
    }

    /// The seeds plus every root that exists: a folder of articles is one
    /// cluster; a folder of folders (ECB+) is one cluster per sub-folder.
    pub fn gather(roots: &[PathBuf]) -> Self {
        let mut pool = Self::seeds();
        for root in roots.iter().filter(|r| r.is_dir()) {
            let mut subdirs: Vec<PathBuf> = std::fs::read_dir(root)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            subdirs.sort();
            if subdirs.is_empty() {
                subdirs.push(root.clone());
            }
            for dir in subdirs {
                if let Ok(loaded) = corpus::load(std::slice::from_ref(&dir)) {
                    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
                    pool.add(&name.unwrap_or_default(), &loaded.sources);
                }
            }
        }
        pool
    }

    fn add(&mut self, name: &str, sources: &[Source]) {
        let docs: Vec<Vec<String>> = corpus::clean(sources, corpus::Cleaning::RemoveFurniture)
            .into_iter()
            .map(|c| {
                c.text
                    .lines()
                    .map(strip_tags)
                    .filter(|l| !l.is_empty())
                    .collect()
            })
            .filter(|d: &Vec<String>| d.len() > 1)
            .collect();
        if !docs.is_empty() {
            self.clusters.push(Cluster {
                name: name.replace(|c: char| !c.is_ascii_alphanumeric(), "-"),
                docs,
            });
        }
    }

    /// How many clusters and source documents the pool holds.
    pub fn size(&self) -> (usize, usize) {
        let docs = self.clusters.iter().map(|c| c.docs.len()).sum();
        (self.clusters.len(), docs)
    }

    /// `n` articles of 5–10 KB, shuffled across clusters; one in four is HTML
    /// with page furniture around it.
    pub fn generate(&self, n: usize, seed: u64) -> Vec<Source> {
        let mut rng = Rng::new(seed);
        (0..n)
            .map(|i| {
                let cluster = rng.pick(&self.clusters);
                let title_doc = rng.pick(&cluster.docs);
                let title = vary(&title_doc[0], &mut rng);
                let body = self.body(cluster, &mut rng);
                let html = rng.below(4) == 0;
                let ext = if html { "html" } else { "txt" };
                Source {
                    path: format!("synth/{i:05}_{}.{ext}", cluster.name),
                    raw: if html {
                        as_html(&title, &body)
                    } else {
                        format!("{title}\n\n{}\n", body.join("\n\n"))
                    },
                    format: if html { Format::Html } else { Format::Text },
                }
            })
            .collect()
    }

    /// Varied paragraphs of one cluster until the article reaches its size.
    fn body(&self, cluster: &Cluster, rng: &mut Rng) -> Vec<String> {
        let target = 5_000 + rng.below(5_000);
        let mut paragraphs: Vec<&String> = cluster.docs.iter().flat_map(|d| &d[1..]).collect();
        let mut out = Vec::new();
        let mut size = 0;
        while size < target {
            // A fresh ordering each pass: mostly a random walk, so neighbours
            // from one source often stay together, as in real rewrites.
            for i in (1..paragraphs.len()).rev() {
                if rng.chance(0.5) {
                    paragraphs.swap(i, rng.below(i + 1));
                }
            }
            for p in &paragraphs {
                if size >= target {
                    break;
                }
                let kept = drop_sentences(p, rng);
                if kept.is_empty() {
                    continue;
                }
                let varied = vary(&kept, rng);
                size += varied.len() + 2;
                out.push(varied);
            }
        }
        out
    }
}

/// Writes `sources` as files under `dir` (file name = last path component).
pub fn write(sources: &[Source], dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for s in sources {
        let name = s.path.rsplit('/').next().unwrap_or(&s.path);
        std::fs::write(dir.join(name), &s.raw)?;
    }
    Ok(())
}

fn drop_sentences(paragraph: &str, rng: &mut Rng) -> String {
    let spans = text::split_sentences(paragraph);
    let kept: Vec<&str> = spans
        .iter()
        .filter(|_| spans.len() == 1 || !rng.chance(0.12))
        .map(|s| &paragraph[s.clone()])
        .collect();
    kept.join(" ")
}

/// Swaps some numbers, weekdays and place names for others.
fn vary(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let len = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let digits = &rest[..len];
            if rng.chance(0.2) {
                let value: u64 = digits.parse().unwrap_or(0);
                let delta = 1 + rng.below(9) as u64;
                out.push_str(&(value.saturating_add(delta)).to_string());
            } else {
                out.push_str(digits);
            }
            rest = &rest[len..];
            continue;
        }
        if c.is_uppercase() {
            if let Some(word) = WEEKDAYS
                .iter()
                .chain(&PLACES)
                .find(|w| rest.starts_with(**w))
            {
                let pool: &[&str] = if WEEKDAYS.contains(word) {
                    &WEEKDAYS
                } else {
                    &PLACES
                };
                let swapped = if rng.chance(0.25) {
                    *rng.pick(pool)
                } else {
                    *word
                };
                out.push_str(swapped);
                rest = &rest[word.len()..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

fn as_html(title: &str, body: &[String]) -> String {
    let mut html = format!(
        "<!DOCTYPE html>\n<html><head><title>{title}</title></head><body>\n\
         <nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/sport\">Sport</a></nav>\n\
         <h1>{title}</h1>\n"
    );
    for p in body {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>\n");
    }
    html.push_str(
        "<div class=\"share\">Share this article on Facebook, X and WhatsApp</div>\n\
         <footer>© 2025 Example News Ltd. All rights reserved. Privacy policy · Cookies</footer>\n\
         </body></html>\n",
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let pool = Pool::seeds();
        let a = pool.generate(20, 1);
        assert_eq!(a, pool.generate(20, 1));
        assert_ne!(a, pool.generate(20, 2));
        for s in &a {
            assert!(
                s.raw.len() >= 5_000 && s.raw.len() < 14_000,
                "{}",
                s.raw.len()
            );
        }
    }

    #[test]
    fn varies_details() {
        let mut rng = Rng::new(3);
        let text = "On Thursday 12 people met in Istanbul. ".repeat(40);
        let varied = vary(&text, &mut rng);
        assert_ne!(varied, text);
        assert!(varied.contains("Thursday") && varied.contains("Istanbul"));
    }
}
