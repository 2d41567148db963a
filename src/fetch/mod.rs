//! Articles from the web: URLs fetched (or taken from the cache) as sources.
//!
//! Why it exists: a fact-checker collects links, not folders. A URL becomes
//! a `Source` like a file does, named by its address after redirects, so
//! metadata, cleaning and citations treat both alike. Pages are fetched by a
//! few workers at once (`Settings::workers`), each result is reported through
//! a progress callback as it lands (`report` prints it on stderr; the reader
//! can show it on its status line), and a page that fails is returned with
//! its reason while the rest go on. Every page fetched is kept in the cache;
//! a later run reads the cache and never the network unless `refresh` asks
//! for a conditional request.

mod cache;
mod client;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

pub use crate::address::{host_of, is_url};
pub use cache::Cache;
pub use client::{MAX_REDIRECTS, USER_AGENT};

use crate::corpus::{source_from_bytes, Kind, Skipped, Source};
use cache::Entry;
use client::{Client, Validators};

/// How to fetch.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Ask the server again even when the cache holds the page.
    pub refresh: bool,
    /// Bound on connecting and on each whole exchange, body included.
    pub timeout: Duration,
    /// Larger bodies (after decompression) are refused.
    pub max_bytes: u64,
    /// Pages fetched at once.
    pub workers: usize,
    /// Where pages are kept; `None` keeps nothing.
    pub cache_dir: Option<PathBuf>,
}

/// News pages are rarely over 3 MB of HTML; 16 MiB leaves room without
/// letting a video or an archive fill the memory.
pub const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;

impl Default for Settings {
    fn default() -> Self {
        Self {
            refresh: false,
            timeout: Duration::from_secs(30),
            max_bytes: MAX_PAGE_BYTES,
            workers: 4,
            cache_dir: Cache::default_dir(),
        }
    }
}

/// How one page was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// From the network, now kept.
    Fetched,
    /// From the cache, as fetched at that time (RFC 3339).
    Cached(String),
    /// The server said it has not changed since the kept copy (304).
    NotModified,
    /// Refetching failed for that reason; the copy kept at that time was used.
    Stale {
        /// Why refetching failed.
        reason: String,
        /// When the kept copy was fetched (RFC 3339).
        fetched: String,
    },
    /// Not read, for that reason.
    Failed(String),
}

/// One page done: the callback's argument.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// Pages done so far, this one included.
    pub done: usize,
    /// Pages in the run.
    pub total: usize,
    /// The page's address.
    pub url: &'a str,
    /// How it went.
    pub outcome: &'a Outcome,
}

impl fmt::Display for Progress<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}/{}] {}: ", self.done, self.total, self.url)?;
        match self.outcome {
            Outcome::Fetched => write!(f, "fetched"),
            Outcome::Cached(at) => write!(f, "from the cache (fetched {at})"),
            Outcome::NotModified => write!(f, "not modified since the kept copy"),
            Outcome::Stale { reason, fetched } => {
                write!(f, "{reason}; using the copy fetched {fetched}")
            }
            Outcome::Failed(reason) => write!(f, "{reason}"),
        }
    }
}

/// The URLs of a `--urls` file: one per line; blank lines and lines
/// starting with `#` are skipped, as is a ` #` comment after a URL.
pub fn read_url_list(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(|line| line.split(" #").next().unwrap_or("").trim())
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Fetches every URL (each once, in the order given) with at most
/// `settings.workers` at a time; `progress` hears of each as it finishes,
/// from the worker's thread.
pub fn fetch_all(
    urls: &[String],
    settings: &Settings,
    progress: &(dyn Fn(&Progress) + Sync),
) -> Vec<Result<Source, Skipped>> {
    let mut unique: Vec<&String> = Vec::new();
    for url in urls {
        if !unique.contains(&url) {
            unique.push(url);
        }
    }
    let client = Client::new(settings.timeout, settings.max_bytes);
    let cache = Cache::at(settings.cache_dir.clone());
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Source, Skipped>>>> = Mutex::new(vec![None; unique.len()]);
    std::thread::scope(|scope| {
        for _ in 0..settings.workers.clamp(1, unique.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(url) = unique.get(i) else { break };
                let (result, outcome) = fetch_one(url, &client, &cache, settings.refresh);
                progress(&Progress {
                    done: done.fetch_add(1, Ordering::SeqCst) + 1,
                    total: unique.len(),
                    url,
                    outcome: &outcome,
                });
                let result = result.map_err(|reason| Skipped {
                    path: (*url).clone(),
                    reason,
                });
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

fn fetch_one(
    url: &str,
    client: &Client,
    cache: &Cache,
    refresh: bool,
) -> (Result<Source, String>, Outcome) {
    let failed = |reason: String| (Err(reason.clone()), Outcome::Failed(reason));
    if !url.starts_with("http://") && !url.starts_with("https://") {
        return failed("only http:// and https:// addresses are fetched".to_string());
    }
    let kept = cache.get(url);
    if let (false, Some(entry)) = (refresh, &kept) {
        return (
            to_source(entry),
            Outcome::Cached(entry.head.fetched.clone()),
        );
    }
    let validators = kept
        .as_ref()
        .map_or_else(Validators::default, Entry::validators);
    let (entry, outcome) = match (client.get(url, &validators), kept) {
        (Ok(response), Some(kept)) if response.status == 304 => {
            (kept.confirmed(&response), Outcome::NotModified)
        }
        (Ok(response), _) if response.status == 304 => {
            return failed("HTTP 304 Not Modified, and no copy is kept".to_string());
        }
        (Ok(response), _) => (Entry::of(url, response), Outcome::Fetched),
        (Err(reason), Some(kept)) => {
            let fetched = kept.head.fetched.clone();
            return (to_source(&kept), Outcome::Stale { reason, fetched });
        }
        (Err(reason), None) => return failed(reason),
    };
    match to_source(&entry) {
        Ok(source) => {
            // A cache that cannot be written costs reproducibility, not the page.
            let _ = cache.put(&entry);
            (Ok(source), outcome)
        }
        Err(reason) => failed(reason),
    }
}

/// A kept or fetched page as a source, named by its address after redirects.
fn to_source(entry: &Entry) -> Result<Source, String> {
    let content_type = entry.header("content-type").unwrap_or_default();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let kind = match mime.as_str() {
        "" => None,
        "text/html" | "application/xhtml+xml" => Some(Kind::Html),
        "text/plain" | "text/markdown" | "text/x-markdown" => Some(Kind::Text),
        "multipart/related" | "message/rfc822" | "application/x-mimearchive" => Some(Kind::Saved),
        other => return Err(format!("not HTML or text ({other})")),
    };
    let charset = content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"'))
    });
    source_from_bytes(entry.head.final_url.clone(), &entry.body, kind, charset).map_err(|e| match e
        .as_str()
    {
        "binary file" => "not text (a binary body)".to_string(),
        "empty file" => "empty page".to_string(),
        _ => e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for url in ["https://a.example/x", "http://a", "ftp://files.example/a"] {
            assert!(is_url(url), "{url}");
        }
        for path in ["news/a.html", "C:\\news", "-", "report", "://x", "1a://b"] {
            assert!(!is_url(path), "{path}");
        }
    }

    #[test]
    fn hosts_name_outlets() {
        assert_eq!(
            host_of("https://www.reuters.com/world/x?y#z"),
            Some("reuters.com")
        );
        assert_eq!(host_of("http://me@127.0.0.1:8080/a"), Some("127.0.0.1"));
        assert_eq!(host_of("http://[::1]:80/a"), Some("[::1]"));
        assert_eq!(host_of("news/a.html"), None);
    }

    #[test]
    fn url_lists_skip_comments_and_blanks() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("urls.txt");
        std::fs::write(
            &list,
            "# the quake\nhttps://a.example/1\n\n  https://b.example/2#part   # wire copy\n",
        )
        .unwrap();
        assert_eq!(
            read_url_list(&list).unwrap(),
            ["https://a.example/1", "https://b.example/2#part"]
        );
        assert!(read_url_list(&dir.path().join("none")).is_err());
    }

    #[test]
    fn other_schemes_are_refused_without_a_request() {
        let settings = Settings {
            cache_dir: None,
            ..Settings::default()
        };
        let results = fetch_all(&["ftp://files.example/a".to_string()], &settings, &|_| {});
        assert_eq!(
            results[0].as_ref().unwrap_err().reason,
            "only http:// and https:// addresses are fetched"
        );
    }
}
