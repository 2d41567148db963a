//! Synthetic corpora for benchmarks: many plausible accounts of a few stories
//! ([`Pool::generate`]), or a week of coverage ([`Pool::generate_coverage`]).
//!
//! Real clusters (the bundled seeds, `tests/clusters/quake`, the ECB+ topics in
//! `../shared/data/ecbplus` when present) are cut into paragraphs; each generated
//! article takes one cluster's paragraphs, reorders some, drops some sentences and
//! swaps details (numbers, weekdays, place names) so the aligner and the contrast
//! stage have real work: the same sentence reappears across articles, often with a
//! detail changed. Generation is deterministic for a given pool and seed, so
//! benchmark inputs never drift between runs.
//!
//! A week of coverage looks different: many events, a few covered by hundreds
//! of articles and most by a handful (sizes drawn from a Zipf law); several
//! events told from one cluster's text with their own places, weekdays and
//! years, as two earthquakes of one week are; wire copies reprinted with small
//! edits; articles from a short brief to a long feature.
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
                let body = self.body(cluster, 5_000 + rng.below(5_000), &mut rng);
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

    /// `n` articles of a week of coverage: `n / 20` events (at least one)
    /// whose sizes follow a Zipf law (the k-th largest has about 1/k of the
    /// largest's articles), a quarter of the articles wire copies of an earlier
    /// article of their event with small edits, lengths from about 1.5 to 20 KB.
    /// Each event takes one cluster's text under its own [`Twist`] of places,
    /// weekdays and years; a cluster's first event keeps the text as written.
    pub fn generate_coverage(&self, n: usize, seed: u64) -> Vec<Source> {
        let mut rng = Rng::new(seed);
        let mut told = vec![false; self.clusters.len()];
        let events: Vec<(usize, Twist)> = (0..n.div_ceil(20).max(1))
            .map(|_| {
                let cluster = rng.below(self.clusters.len());
                let twist = if std::mem::replace(&mut told[cluster], true) {
                    Twist::draw(&mut rng)
                } else {
                    Twist::none()
                };
                (cluster, twist)
            })
            .collect();
        let zipf: Vec<f64> = (0..events.len()).map(|k| 1.0 / (k + 1) as f64).collect();
        let total: f64 = zipf.iter().sum();
        let mut written: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
        let mut out: Vec<Source> = Vec::with_capacity(n);
        for i in 0..n {
            let mut draw = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
            let e = zipf
                .iter()
                .position(|w| {
                    draw -= w;
                    draw < 0.0
                })
                .unwrap_or(events.len() - 1);
            let (c, twist) = &events[e];
            let cluster = &self.clusters[*c];
            let html = rng.below(4) == 0;
            let (title, body) = match written[e].as_slice() {
                earlier @ [_, ..] if rng.chance(0.25) => {
                    let original = &out[*rng.pick(earlier)];
                    wire_copy(&original.raw, original.format, &mut rng)
                }
                _ => {
                    let title_doc = rng.pick(&cluster.docs);
                    let title = twist.apply(&vary(&title_doc[0], &mut rng));
                    let target = (1_500.0 * 2f64.powf(rng.below(370) as f64 / 100.0)) as usize;
                    let body = self.body(cluster, target, &mut rng);
                    (title, body.iter().map(|p| twist.apply(p)).collect())
                }
            };
            written[e].push(i);
            let ext = if html { "html" } else { "txt" };
            out.push(Source {
                path: format!("synth/{i:05}_{}-e{e}.{ext}", cluster.name),
                raw: if html {
                    as_html(&title, &body)
                } else {
                    format!("{title}\n\n{}\n", body.join("\n\n"))
                },
                format: if html { Format::Html } else { Format::Text },
            });
        }
        out
    }

    /// Varied paragraphs of one cluster until the article reaches `target` bytes.
    fn body(&self, cluster: &Cluster, target: usize, rng: &mut Rng) -> Vec<String> {
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

/// How one event differs from another told from the same text: its places
/// and weekdays mapped to others, its years moved.
#[derive(Debug, Clone)]
struct Twist {
    places: [usize; PLACES.len()],
    weekdays: usize,
    years: u64,
}

impl Twist {
    fn none() -> Self {
        Twist {
            places: std::array::from_fn(|i| i),
            weekdays: 0,
            years: 0,
        }
    }

    fn draw(rng: &mut Rng) -> Self {
        let mut places: [usize; PLACES.len()] = std::array::from_fn(|i| i);
        for i in (1..places.len()).rev() {
            places.swap(i, rng.below(i + 1));
        }
        Twist {
            places,
            weekdays: 1 + rng.below(WEEKDAYS.len() - 1),
            years: 1 + rng.below(12) as u64,
        }
    }

    fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let year_len = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            if year_len == 4 && matches!(rest[..year_len].parse::<u64>(), Ok(1900..=2030)) {
                let year: u64 = rest[..4].parse().unwrap_or(0);
                out.push_str(&(year + self.years).to_string());
                rest = &rest[4..];
                continue;
            }
            if c.is_ascii_digit() {
                out.push_str(&rest[..year_len]);
                rest = &rest[year_len..];
                continue;
            }
            if let Some(w) = WEEKDAYS.iter().position(|w| rest.starts_with(w)) {
                out.push_str(WEEKDAYS[(w + self.weekdays) % WEEKDAYS.len()]);
                rest = &rest[WEEKDAYS[w].len()..];
                continue;
            }
            if let Some(p) = PLACES.iter().position(|p| rest.starts_with(p)) {
                out.push_str(PLACES[self.places[p]]);
                rest = &rest[PLACES[p].len()..];
                continue;
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}

/// A wire copy of a generated article as another outlet reprints it: the same
/// headline and paragraphs, now and then a sentence dropped or a detail edited.
fn wire_copy(raw: &str, format: Format, rng: &mut Rng) -> (String, Vec<String>) {
    let lines: Vec<String> = match format {
        Format::Html => raw
            .lines()
            .filter(|l| l.starts_with("<h1>") || l.starts_with("<p>"))
            .map(strip_tags)
            .collect(),
        _ => raw
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
    };
    let mut lines = lines.into_iter();
    let title = lines.next().unwrap_or_default();
    let body = lines
        .map(|p| {
            if rng.chance(0.1) {
                vary(&drop_sentences(&p, rng), rng)
            } else {
                p
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    (title, body)
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
    fn coverage_is_deterministic_skewed_and_copies_wire_text() {
        let pool = Pool::seeds();
        let a = pool.generate_coverage(200, 1);
        assert_eq!(a, pool.generate_coverage(200, 1));
        let event = |s: &Source| s.path.rsplit_once("-e").map(|(_, e)| e.to_string());
        let mut sizes: std::collections::HashMap<Option<String>, usize> = Default::default();
        for s in &a {
            *sizes.entry(event(s)).or_default() += 1;
        }
        let mut sizes: Vec<usize> = sizes.into_values().collect();
        sizes.sort_unstable();
        assert!(sizes.len() >= 8, "{sizes:?}");
        assert!(
            sizes[sizes.len() - 1] >= 4 * sizes[sizes.len() / 2],
            "{sizes:?}"
        );
        let lens: Vec<usize> = a.iter().map(|s| s.raw.len()).collect();
        assert!(lens.iter().any(|&l| l < 3_000) && lens.iter().any(|&l| l > 12_000));
        let headline = |s: &Source| match s.format {
            Format::Html => s
                .raw
                .lines()
                .find(|l| l.starts_with("<h1>"))
                .map(strip_tags),
            _ => s.raw.lines().next().map(str::to_string),
        };
        let mut headlines: Vec<Option<String>> = a.iter().map(headline).collect();
        headlines.sort();
        headlines.dedup();
        assert!(
            headlines.len() < a.len() - 20,
            "wire copies keep their headline: {} of {}",
            headlines.len(),
            a.len()
        );
    }

    #[test]
    fn a_twist_moves_places_weekdays_and_years_consistently() {
        let twist = Twist::draw(&mut Rng::new(5));
        let text = "On Monday in Paris, as in 2008, 12 people met. Paris again.";
        let out = twist.apply(text);
        assert_ne!(out, text);
        assert!(!out.contains("Monday") && !out.contains("2008"));
        assert!(out.contains(" 12 people"), "other numbers stay: {out}");
        assert_eq!(Twist::none().apply(text), text);
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
