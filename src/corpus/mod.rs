//! Finding and reading sources: files and folders in, decoded and cleaned text out.
//!
//! `load` walks the paths the user gave (deterministic order, hidden files and
//! non-regular files skipped), `decode` turns bytes into text whatever the encoding,
//! and `clean` drops what is page furniture rather than article (menus, share
//! buttons, comment forms), keeping one title per article.

use std::path::{Path, PathBuf};

use thiserror::Error;

/// A source as read from disk (or from the bundled seeds): decoded, controls removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub raw: String,
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

/// What `load` found: the readable sources and every file it skipped, with why.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Vec<Source>,
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "skipped {}: {}", self.path, self.reason)
    }
}

#[derive(Debug, Error)]
pub enum CorpusError {
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("no articles found in {0}")]
    NoArticles(String),
}

/// A source after cleaning: its headline and the article text sentences point into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub title: String,
    pub text: String,
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

/// Reads every article under `paths`.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, CorpusError> {
    let mut loaded = Loaded::default();
    for root in paths {
        if !root.exists() {
            return Err(CorpusError::NotFound(root.clone()));
        }
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for file in files {
            let Some(format) = format_of(&file) else {
                continue;
            };
            match std::fs::read(&file) {
                Ok(bytes) => loaded.sources.push(Source {
                    path: file.display().to_string(),
                    raw: strip_controls(&String::from_utf8_lossy(&bytes)),
                    format,
                }),
                Err(e) => loaded.skipped.push(Skipped {
                    path: file.display().to_string(),
                    reason: e.to_string(),
                }),
            }
        }
    }
    if loaded.sources.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(CorpusError::NoArticles(names.join(", ")));
    }
    Ok(loaded)
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(Format::Text),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

/// Removes C0/C1 control characters other than newline and tab.
pub fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Cleans every source; `clean == false` keeps every line (`--no-clean`).
pub fn clean(sources: &[Source], clean: bool) -> Vec<Cleaned> {
    sources
        .iter()
        .map(|s| {
            let lines: Vec<String> = s
                .raw
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .filter(|l| !clean || l.split(' ').count() > 3)
                .collect();
            Cleaned {
                title: lines.first().cloned().unwrap_or_default(),
                text: lines.join("\n"),
            }
        })
        .collect()
}
