//! Finding and reading sources: files and folders in, decoded and cleaned text out.
//!
//! `load` walks the paths the user gave (deterministic order, hidden files and
//! non-regular files skipped), `decode` turns bytes into text whatever the encoding,
//! and `clean` drops what is page furniture rather than article (menus, share
//! buttons, comment forms), keeping one title per article.

mod boilerplate;
mod decode;
mod html;
mod line;
mod meta;
mod mhtml;
mod read;

mod title;
mod vocab;

use rustc_hash::FxHashSet as HashSet;
use std::path::PathBuf;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use thiserror::Error;

use crate::model::ArticleMeta;
use boilerplate::KeyedLines;

pub use decode::{decode, decode_html, decode_served, strip_controls, DecodeError};
pub(crate) use meta::{is_date_line, is_stamp_label};
pub use read::{load, load_with, source_from_bytes, Kind, Walk, MAX_FILE_BYTES};

/// A source as read from disk (or from the bundled seeds): decoded, controls removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as given (`seeds/<name>` for the bundled seeds).
    pub path: String,
    /// The decoded text, control characters removed.
    pub raw: String,
    /// How to clean it.
    pub format: Format,
}

/// How a source is cleaned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pasted page text or Markdown: lines classified as article or furniture.
    Text,
    /// Saved HTML: main content extracted.
    Html,
}

/// What `load` found: the readable sources and every file it skipped, with why.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The readable sources, in sorted path order.
    pub sources: Vec<Source>,
    /// The files left out, each with its reason.
    pub skipped: Vec<Skipped>,
}

/// A file left out, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The path of the file.
    pub path: String,
    /// Why it was skipped, in plain words ("empty file", "permission denied").
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "skipped {}: {}", self.path, self.reason)
    }
}

/// Why no source could be read.
#[derive(Debug, Error)]
pub enum CorpusError {
    /// A path given does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    /// No file under the paths holds an article.
    #[error("no articles found in {0}")]
    NoArticles(String),
}

/// A source after cleaning: its headline and the article text sentences point into.
///
/// `text` holds one paragraph per line, white space collapsed, no empty lines;
/// its first line is the headline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    /// The headline (or the first paragraph when none was found).
    pub title: String,
    /// The article text, one paragraph per line; its first line is the headline.
    pub text: String,
    /// Whether `title` is a headline found in the page; when false it is
    /// only the first paragraph.
    pub title_found: bool,
    /// The lines dropped as page furniture, in page order.
    pub removed: Vec<String>,
    /// What the raw page says about itself: dates, outlet, author, URL.
    pub meta: ArticleMeta,
}

const SEEDS: [(&str, &str); 5] = [
    (
        "seeds/000_397874748bac8bc2.txt",
        include_str!("../../seeds/000_397874748bac8bc2.txt"),
    ),
    (
        "seeds/001_10c4bd64ec7411af.txt",
        include_str!("../../seeds/001_10c4bd64ec7411af.txt"),
    ),
    (
        "seeds/002_9fe07d5a7dbb1c83.txt",
        include_str!("../../seeds/002_9fe07d5a7dbb1c83.txt"),
    ),
    (
        "seeds/003_04125cc3593cf571.txt",
        include_str!("../../seeds/003_04125cc3593cf571.txt"),
    ),
    (
        "seeds/004_d8ec0812bc790da1.txt",
        include_str!("../../seeds/004_d8ec0812bc790da1.txt"),
    ),
];

/// The five sample articles compiled into the binary: the default corpus.
pub fn bundled_seeds() -> Vec<Source> {
    SEEDS
        .iter()
        .map(|(path, text)| Source {
            path: (*path).to_string(),
            raw: strip_controls(text),
            format: Format::Text,
        })
        .collect()
}

/// What cleaning does to each page's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cleaning {
    /// Drop the page's furniture: menus, share buttons, related headlines.
    RemoveFurniture,
    /// Keep every line (`--no-clean`).
    KeepEverything,
}

impl From<bool> for Cleaning {
    /// `true` (the default `Options::clean`) removes furniture.
    fn from(clean: bool) -> Self {
        if clean {
            Self::RemoveFurniture
        } else {
            Self::KeepEverything
        }
    }
}

/// Cleans every source as `cleaning` says.
///
/// All sources are cleaned together: a short line that appears in several
/// of them is furniture of the sites, not news.
pub fn clean(sources: &[Source], cleaning: Cleaning) -> Vec<Cleaned> {
    let mut cleaned = clean_all(sources, cleaning);
    // Metadata is read from the raw page, whose head cleaning has dropped.
    cleaned
        .par_iter_mut()
        .zip(sources)
        .for_each(|(c, s)| c.meta = meta::read(s, &c.title));
    cleaned
}

fn clean_all(sources: &[Source], cleaning: Cleaning) -> Vec<Cleaned> {
    if cleaning == Cleaning::KeepEverything {
        return sources
            .iter()
            .map(|s| match s.format {
                Format::Text => keep_everything(&s.raw),
                Format::Html => keep_everything(&html::render_text(&s.raw)),
            })
            .collect();
    }
    // A text page's lines and their keys serve both the shared-line count and
    // the page's own classification.
    let text_lines: Vec<Option<KeyedLines>> = sources
        .par_iter()
        .map(|s| (s.format == Format::Text).then(|| KeyedLines::of(&s.raw)))
        .collect();
    let shared = shared_lines(&text_lines);
    sources
        .par_iter()
        .zip(text_lines)
        .map(|(s, lines)| match lines {
            Some(lines) => clean_keyed(lines, &shared),
            None => clean_html(&s.raw, &shared),
        })
        .collect()
}

fn keep_everything(raw: &str) -> Cleaned {
    let lines = boilerplate::tidy_lines(raw);
    Cleaned {
        title: lines.first().cloned().unwrap_or_default(),
        text: lines.join("\n"),
        title_found: false,
        ..Cleaned::default()
    }
}

/// Keys of the lines found in more than one text source.
fn shared_lines(text_lines: &[Option<KeyedLines>]) -> HashSet<String> {
    let per_source: Vec<FxHashSet<&str>> = text_lines
        .par_iter()
        .flatten()
        .map(|page| page.keys.iter().map(String::as_str).collect())
        .collect();
    let mut seen_in: FxHashMap<&str, usize> = FxHashMap::default();
    for keys in per_source {
        for key in keys.into_iter().filter(|k| !k.is_empty()) {
            *seen_in.entry(key).or_default() += 1;
        }
    }
    seen_in
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(k, _)| k.to_string())
        .collect()
}

fn clean_text(raw: &str, shared: &HashSet<String>) -> Cleaned {
    clean_keyed(KeyedLines::of(raw), shared)
}

fn clean_keyed(page: KeyedLines, shared: &HashSet<String>) -> Cleaned {
    let classified = boilerplate::classify(&page, shared);
    finish(classified, page.lines)
}

fn finish(classified: boilerplate::Classified, all_lines: Vec<String>) -> Cleaned {
    let title_found = classified.title.is_some();
    let mut kept = classified.kept;
    let mut removed = classified.removed;
    if kept.is_empty() {
        // Nothing looked like prose: better the whole page than nothing.
        kept = all_lines;
        removed.clear();
    }
    Cleaned {
        title: classified
            .title
            .or_else(|| kept.first().cloned())
            .unwrap_or_default(),
        text: kept.join("\n"),
        title_found,
        removed,
        ..Cleaned::default()
    }
}

fn clean_html(raw: &str, shared: &HashSet<String>) -> Cleaned {
    let Some(extracted) = html::extract(raw) else {
        let page = KeyedLines::of(&html::render_text(raw));
        if page.lines.is_empty() {
            return Cleaned::default();
        }
        let mut cleaned = clean_keyed(page, shared);
        if let Some(title) = html::page_title(raw).filter(|_| !cleaned.title_found) {
            prepend_title(&mut cleaned, title);
        }
        return cleaned;
    };
    let (removed, kept): (Vec<String>, Vec<String>) = extracted
        .paragraphs
        .into_iter()
        .partition(|p| boilerplate::is_chrome_line(p));
    if kept.is_empty() {
        return clean_text(&removed.join("\n"), shared);
    }
    let mut cleaned = Cleaned {
        text: kept.join("\n"),
        removed,
        ..Cleaned::default()
    };
    match extracted.title.or_else(|| html::page_title(raw)) {
        Some(title) => prepend_title(&mut cleaned, title),
        None => cleaned.title = kept[0].clone(),
    }
    cleaned
}

/// Makes `title` the first line of the text, removing other copies of it.
fn prepend_title(cleaned: &mut Cleaned, title: String) {
    let key = boilerplate::line_key(&title);
    let mut lines = vec![title.clone()];
    lines.extend(
        cleaned
            .text
            .lines()
            .filter(|l| boilerplate::line_key(l) != key)
            .map(str::to_string),
    );
    cleaned.text = lines.join("\n");
    cleaned.title = title;
    cleaned.title_found = true;
}
