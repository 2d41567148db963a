//! Fetched pages kept on disk, so a fact-check can be run again as it was.
//!
//! Why it exists: pages change and vanish; a later run must see the bytes the
//! first one saw, without the network. Each entry is one file under
//! `$XDG_CACHE_HOME/parallax/pages` (else `~/.cache/parallax/pages`), named by
//! a hash of the URL: a first line of JSON (the URL, the address after
//! redirects, the time fetched, the status, the response headers, the body's
//! length and checksum), then the body as received. Entries are written to a
//! temporary file and renamed, so a reader never sees half of one; an entry
//! that does not parse, belongs to another URL or whose body does not match
//! its checksum is a miss, never an error.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::client::{header_in, Response, Validators};

/// One kept page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub head: Head,
    pub body: Vec<u8>,
}

/// The first line of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// The URL as asked for: the key.
    pub url: String,
    /// The address after redirects.
    pub final_url: String,
    /// When the body was fetched or last confirmed unchanged (RFC 3339, UTC).
    pub fetched: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub length: usize,
    /// FNV-1a 64 of the body, in hex.
    pub checksum: String,
}

impl Entry {
    pub fn of(url: &str, response: Response) -> Self {
        let head = Head {
            url: url.to_string(),
            final_url: response.final_url,
            fetched: now_rfc3339(),
            status: response.status,
            headers: response.headers,
            length: response.body.len(),
            checksum: format!("{:016x}", fnv1a(&response.body)),
        };
        Self {
            head,
            body: response.body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.head.headers, name)
    }

    /// What a conditional request for this page sends.
    pub fn validators(&self) -> Validators {
        Validators {
            etag: self.header("etag").map(str::to_string),
            last_modified: self.header("last-modified").map(str::to_string),
        }
    }

    /// The entry confirmed by a 304: new time, headers the server re-sent.
    pub fn confirmed(mut self, not_modified: &Response) -> Self {
        for (name, value) in &not_modified.headers {
            match self.head.headers.iter_mut().find(|(k, _)| k == name) {
                Some(kept) => kept.1.clone_from(value),
                None => self.head.headers.push((name.clone(), value.clone())),
            }
        }
        self.head.fetched = now_rfc3339();
        self
    }
}

/// The cache folder; `None` keeps nothing.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: Option<PathBuf>,
}

impl Cache {
    /// A cache kept in `dir`, or none at all (`None`: nothing is kept).
    pub fn at(dir: Option<PathBuf>) -> Self {
        Self { dir }
    }

    /// `$XDG_CACHE_HOME/parallax/pages`, else `$HOME/.cache/parallax/pages`.
    pub fn default_dir() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| Some(PathBuf::from(std::env::var_os("HOME")?).join(".cache")))?;
        Some(base.join("parallax").join("pages"))
    }

    fn path(&self, url: &str) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        Some(dir.join(format!("{:016x}.page", fnv1a(url.as_bytes()))))
    }

    /// The kept copy of `url`, if there is a whole one.
    pub fn get(&self, url: &str) -> Option<Entry> {
        let bytes = fs::read(self.path(url)?).ok()?;
        parse(&bytes).filter(|e| e.head.url == url)
    }

    /// Keeps `entry`, replacing any older copy atomically.
    pub fn put(&self, entry: &Entry) -> std::io::Result<()> {
        let Some(path) = self.path(&entry.head.url) else {
            return Ok(());
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        let head = serde_json::to_string(&entry.head).map_err(std::io::Error::other)?;
        file.write_all(head.as_bytes())?;
        file.write_all(b"\n")?;
        file.write_all(&entry.body)?;
        file.as_file().sync_all()?;
        file.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }
}

fn parse(bytes: &[u8]) -> Option<Entry> {
    let end = bytes.iter().position(|&b| b == b'\n')?;
    let head: Head = serde_json::from_slice(&bytes[..end]).ok()?;
    let body = bytes[end + 1..].to_vec();
    let whole = body.len() == head.length && format!("{:016x}", fnv1a(&body)) == head.checksum;
    whole.then_some(Entry { head, body })
}

/// FNV-1a, 64 bits: a stable hash (std's hashers may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

/// Seconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ` (the calendar's day arithmetic).
fn rfc3339(secs: u64) -> String {
    let epoch = crate::calendar::Ymd {
        y: 1970,
        m: 1,
        d: 1,
    };
    let day = i64::try_from(secs / 86_400)
        .ok()
        .and_then(|days| epoch.plus_days(days))
        .unwrap_or(epoch);
    let rem = secs % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        day.iso(),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(body: &str) -> Response {
        Response {
            final_url: "https://example.org/b".into(),
            status: 200,
            headers: vec![("etag".into(), "\"v1\"".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_764_590_461), "2025-12-01T12:01:01Z");
    }

    #[test]
    fn an_entry_comes_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(Some(dir.path().to_path_buf()));
        let entry = Entry::of("https://example.org/a", response("<p>body\nwith lines</p>"));
        cache.put(&entry).unwrap();
        assert_eq!(cache.get("https://example.org/a"), Some(entry.clone()));
        assert_eq!(cache.get("https://example.org/other"), None);
        assert_eq!(entry.validators().etag.as_deref(), Some("\"v1\""));
    }

    #[test]
    fn a_damaged_entry_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(Some(dir.path().to_path_buf()));
        let url = "https://example.org/a";
        cache.put(&Entry::of(url, response("whole body"))).unwrap();
        let path = cache.path(url).unwrap();
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert_eq!(cache.get(url), None, "truncated");
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        fs::write(&path, &flipped).unwrap();
        assert_eq!(cache.get(url), None, "changed");
        fs::write(&path, b"not json\nbody").unwrap();
        assert_eq!(cache.get(url), None, "no head");
    }

    #[test]
    fn a_304_keeps_the_body_and_takes_new_headers() {
        let entry = Entry::of("u", response("old body"));
        let mut not_modified = response("");
        not_modified.status = 304;
        not_modified.headers = vec![("etag".into(), "\"v2\"".into())];
        let confirmed = entry.confirmed(&not_modified);
        assert_eq!(confirmed.body, b"old body");
        assert_eq!(confirmed.header("etag"), Some("\"v2\""));
    }
}
