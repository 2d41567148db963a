//! Finding the articles under the paths a user gave, and reading them safely.
//!
//! Folders are walked recursively in sorted order so runs are reproducible;
//! hidden entries and anything that is not a regular file are skipped with a
//! reason, never opened (opening a FIFO would block). Symbolic links inside a
//! folder are not followed unless asked (`-L`, as ripgrep does); followed, a
//! link to a folder that holds it (`loop -> ..`) is a loop and never read,
//! and a file reached by several links is read once. A file named explicitly
//! is read whatever its extension: a user who names a file wants it. Files
//! are read and decoded in parallel; the order stays sorted.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::decode::decode_served;
use super::{mhtml, strip_controls, CorpusError, Format, Loaded, Skipped, Source};

/// Larger files are not articles (and would stall the reader).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How folders are walked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Walk {
    /// Follow symbolic links found inside folders (`-L`, `--follow`).
    pub follow_links: bool,
}

/// Reads every article under `paths`, links inside folders not followed.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, CorpusError> {
    load_with(paths, Walk::default())
}

/// Reads every article under `paths`, walking folders as `how` says.
pub fn load_with(paths: &[PathBuf], how: Walk) -> Result<Loaded, CorpusError> {
    let mut loaded = Loaded::default();
    let mut wanted: Vec<(PathBuf, Option<Kind>)> = Vec::new();
    let mut walker = Walker {
        how,
        linked_dirs: HashSet::new(),
        wanted: &mut wanted,
        skipped: &mut loaded.skipped,
    };
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|_| CorpusError::NotFound(root.clone()))?;
        if meta.is_dir() {
            walker.walk(root);
        } else {
            walker.wanted.push((root.clone(), format_of(root)));
        }
    }
    let mut seen = HashSet::new();
    wanted.retain(|(path, _)| seen.insert(std::fs::canonicalize(path).unwrap_or(path.clone())));

    let results: Vec<Result<Source, Skipped>> = wanted
        .par_iter()
        .map(|(path, format)| read_source(path, *format))
        .collect();
    for result in results {
        match result {
            Ok(source) => loaded.sources.push(source),
            Err(skipped) => loaded.skipped.push(skipped),
        }
    }
    loaded.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    if loaded.sources.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(CorpusError::NoArticles(names.join(", ")));
    }
    Ok(loaded)
}

/// Lists the readable files under folders; files with other extensions are
/// ignored silently (a folder of articles may hold images too).
struct Walker<'a> {
    how: Walk,
    /// The real folders already walked through a link: each once.
    linked_dirs: HashSet<PathBuf>,
    wanted: &'a mut Vec<(PathBuf, Option<Kind>)>,
    skipped: &'a mut Vec<Skipped>,
}

impl Walker<'_> {
    fn skip(&mut self, path: &Path, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            path: path.display().to_string(),
            reason: reason.into(),
        });
    }

    fn walk(&mut self, root: &Path) {
        let entries = WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let reason = e
                        .io_error()
                        .map_or_else(|| e.to_string(), std::string::ToString::to_string);
                    self.skip(e.path().unwrap_or(root), reason);
                    continue;
                }
            };
            let kind = entry.file_type();
            if kind.is_symlink() && entry.depth() > 0 {
                self.link(entry.path());
                continue;
            }
            let Some(format) = format_of(entry.path()) else {
                continue;
            };
            if kind.is_dir() {
                continue;
            }
            if !kind.is_file() {
                self.skip(entry.path(), not_regular_reason(&kind));
                continue;
            }
            self.wanted.push((entry.into_path(), Some(format)));
        }
    }

    /// A symbolic link met inside a folder.
    fn link(&mut self, link: &Path) {
        let target = std::fs::canonicalize(link);
        let is_dir = target.as_ref().is_ok_and(|t| t.is_dir());
        if !is_dir && format_of(link).is_none() {
            return;
        }
        if !self.how.follow_links {
            self.skip(link, "symbolic link, not followed (-L follows links)");
            return;
        }
        let Ok(target) = target else {
            self.skip(link, "broken symbolic link");
            return;
        };
        if !is_dir {
            let meta = std::fs::metadata(&target);
            match meta {
                Ok(m) if m.is_file() => self.wanted.push((link.to_path_buf(), format_of(link))),
                Ok(m) => self.skip(link, not_regular_reason(&m.file_type())),
                Err(e) => self.skip(link, io_reason(&e)),
            }
            return;
        }
        let home = link
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())
            .unwrap_or_default();
        if home.starts_with(&target) {
            self.skip(
                link,
                format!(
                    "symlink loop (points to {}, which holds it)",
                    target.display()
                ),
            );
            return;
        }
        if self.linked_dirs.insert(target) {
            self.walk(link);
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// What the bytes of a source hold, as far as is known before reading them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text or Markdown.
    Text,
    /// An HTML page.
    Html,
    /// A page saved as one MIME file (`.mhtml`, `.mht`).
    Saved,
}

fn format_of(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(Kind::Text),
        "html" | "htm" => Some(Kind::Html),
        "mhtml" | "mht" => Some(Kind::Saved),
        _ => None,
    }
}

fn not_regular_reason(kind: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let what = if kind.is_fifo() {
            "a FIFO"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_block_device() || kind.is_char_device() {
            "a device"
        } else {
            "a special file"
        };
        format!("not a regular file ({what})")
    }
    #[cfg(not(unix))]
    {
        let _ = kind;
        "not a regular file".to_string()
    }
}

/// Reads and decodes one file; `format` None means "sniff it" (a file named
/// explicitly with an unknown extension).
fn read_source(path: &Path, format: Option<Kind>) -> Result<Source, Skipped> {
    let name = path.display().to_string();
    let skip = |reason: String| Skipped {
        path: name.clone(),
        reason,
    };
    let bytes = read_bytes(path).map_err(skip)?;
    source_from_bytes(name.clone(), &bytes, format, None).map_err(skip)
}

/// Decodes the bytes of one source (a file, standard input, a fetched page)
/// named `path`; `kind` None means "sniff it", `charset` is what a server
/// declared. The error is the reason to give.
pub fn source_from_bytes(
    path: String,
    bytes: &[u8],
    kind: Option<Kind>,
    charset: Option<&str>,
) -> Result<Source, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".to_string());
    }
    let kind = kind.unwrap_or_else(|| sniff(bytes));
    let (text, format) = match kind {
        Kind::Html => (decode_served(bytes, charset, true), Format::Html),
        Kind::Text => (decode_served(bytes, charset, false), Format::Text),
        Kind::Saved => match mhtml::html_of(bytes) {
            Some(html) => (html, Format::Html),
            None => (decode_served(bytes, charset, false), Format::Text),
        },
    };
    let raw = strip_controls(&text.map_err(|e| e.to_string())?);
    if raw.trim().is_empty() {
        return Err("empty file".to_string());
    }
    Ok(Source { path, raw, format })
}

/// Opens without blocking and checks the opened file itself, so a path
/// swapped for a FIFO after listing cannot hang the run.
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(not_regular_reason(&meta.file_type()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    crate::denied::check(path).map_err(|e| io_reason(&e))?;
    let file = open_nonblocking(path).map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(not_regular_reason(&meta.file_type()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

fn too_large(len: u64) -> String {
    format!(
        "file too large ({} MiB; the limit is {} MiB)",
        len / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "file vanished before it could be read".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn sniff(bytes: &[u8]) -> Kind {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Kind::Html
    } else if head.contains("multipart/related") && head.contains("mime-version:") {
        Kind::Saved
    } else {
        Kind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(loaded: &Loaded) -> Vec<String> {
        loaded
            .sources
            .iter()
            .map(|s| s.path.rsplit('/').next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn walks_nested_folders_in_order_and_skips_hidden() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("b/deep")).unwrap();
        fs::create_dir_all(dir.path().join(".git")).unwrap();
        fs::write(dir.path().join("b/deep/z.md"), "deep text").unwrap();
        fs::write(dir.path().join("a.txt"), "first").unwrap();
        fs::write(dir.path().join("c.htm"), "<p>page</p>").unwrap();
        fs::write(dir.path().join(".hidden.txt"), "secret").unwrap();
        fs::write(dir.path().join(".git/x.txt"), "secret").unwrap();
        fs::write(dir.path().join("photo.jpg"), "not text").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(names(&loaded), ["a.txt", "z.md", "c.htm"]);
        assert_eq!(loaded.sources[2].format, Format::Html);
        assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    }

    #[test]
    fn skips_empty_binary_and_reports_why() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("empty.txt"), "").unwrap();
        fs::write(dir.path().join("blank.txt"), " \n\n").unwrap();
        fs::write(dir.path().join("bin.txt"), b"PK\x03\x04\0\0").unwrap();
        fs::write(dir.path().join("ok.txt"), "An article.").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(names(&loaded), ["ok.txt"]);
        let reasons: Vec<&str> = loaded.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons, ["binary file", "empty file", "empty file"]);
    }

    #[test]
    fn missing_path_and_empty_folder_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        assert!(matches!(load(&[missing]), Err(CorpusError::NotFound(_))));
        let err = load(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(
            err.to_string().starts_with("no articles found in "),
            "{err}"
        );
    }

    #[test]
    fn explicit_file_with_unknown_extension_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("story.notes");
        fs::write(&notes, "Plain words.").unwrap();
        let page = dir.path().join("page.php");
        fs::write(&page, "<!DOCTYPE html><p>x</p>").unwrap();
        let loaded = load(&[notes, page]).unwrap();
        assert_eq!(loaded.sources[0].format, Format::Text);
        assert_eq!(loaded.sources[1].format, Format::Html);
    }

    const FOLLOW: Walk = Walk { follow_links: true };

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/a.txt"), "text").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let loaded = load_with(&[dir.path().to_path_buf()], FOLLOW).unwrap();
        assert_eq!(names(&loaded), ["a.txt"]);
        assert_eq!(loaded.skipped.len(), 1);
        assert!(
            loaded.skipped[0]
                .reason
                .starts_with("symlink loop (points to "),
            "{:?}",
            loaded.skipped
        );
    }

    /// `loop -> ..` at the top of the folder given: the parent is never read.
    #[cfg(unix)]
    #[test]
    fn a_link_to_the_parent_is_a_loop_not_the_parent_tree() {
        let outer = tempfile::tempdir().unwrap();
        fs::write(outer.path().join("outside.txt"), "outside").unwrap();
        let dir = outer.path().join("news");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("a.txt"), "text").unwrap();
        std::os::unix::fs::symlink("..", dir.join("loop")).unwrap();
        for how in [Walk::default(), FOLLOW] {
            let loaded = load_with(std::slice::from_ref(&dir), how).unwrap();
            assert_eq!(names(&loaded), ["a.txt"], "{how:?}");
            assert_eq!(loaded.skipped.len(), 1);
        }
        let loaded = load(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(
            loaded.skipped[0].reason,
            "symbolic link, not followed (-L follows links)"
        );
    }

    #[cfg(unix)]
    #[test]
    fn followed_links_read_each_file_once() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a")).unwrap();
        fs::create_dir_all(root.join("b")).unwrap();
        fs::create_dir_all(root.join("elsewhere")).unwrap();
        fs::write(root.join("a/one.txt"), "one").unwrap();
        fs::write(root.join("elsewhere/two.txt"), "two").unwrap();
        // Links that cross (a/to_b -> b, b/to_a -> a), two links to one
        // file and a link out of the walked folder.
        symlink(root.join("b"), root.join("a/to_b")).unwrap();
        symlink(root.join("a"), root.join("b/to_a")).unwrap();
        symlink(root.join("a/one.txt"), root.join("b/same.txt")).unwrap();
        symlink(root.join("a/one.txt"), root.join("b/again.txt")).unwrap();
        let walked = root.join("a");
        symlink(root.join("elsewhere"), root.join("b/out")).unwrap();
        let not_followed = load(&[root.join("a"), root.join("b")]).unwrap();
        assert_eq!(names(&not_followed), ["one.txt"]);
        let loaded = load_with(&[walked, root.join("b")], FOLLOW).unwrap();
        let mut read = names(&loaded);
        read.sort();
        assert_eq!(read, ["one.txt", "two.txt"], "{:?}", loaded.sources);
        assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    }

    #[cfg(unix)]
    #[test]
    fn fifos_are_skipped_without_opening() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo unavailable");
            return;
        }
        fs::write(dir.path().join("ok.txt"), "text").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(names(&loaded), ["ok.txt"]);
        assert_eq!(loaded.skipped[0].reason, "not a regular file (a FIFO)");
        let err = load(&[fifo]).unwrap_err();
        assert!(err.to_string().starts_with("no articles found"), "{err}");
    }

    #[test]
    fn unreadable_files_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked.txt");
        fs::write(&locked, "text").unwrap();
        // Root reads any file whatever its mode: the seam denies it instead.
        let _denied = crate::denied::deny(&locked);
        fs::write(dir.path().join("ok.txt"), "text").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(names(&loaded), ["ok.txt"]);
        assert_eq!(loaded.skipped[0].reason, "permission denied");
    }

    #[test]
    fn vanished_file_is_a_reason_not_a_crash() {
        let err = read_source(Path::new("/nonexistent/zz.txt"), Some(Kind::Text)).unwrap_err();
        assert_eq!(err.reason, "file vanished before it could be read");
    }

    #[test]
    fn many_small_files_load_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..2000 {
            let sub = dir.path().join(format!("d{}", i % 7));
            fs::create_dir_all(&sub).unwrap();
            fs::write(sub.join(format!("{i:05}.txt")), format!("Article {i}.")).unwrap();
        }
        let started = std::time::Instant::now();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert!(started.elapsed().as_secs() < 10);
        assert_eq!(loaded.sources.len(), 2000);
        let paths: Vec<&String> = loaded.sources.iter().map(|s| &s.path).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
    }

    #[test]
    fn legacy_encoding_is_decoded() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), b"\x93Quoted\x94 caf\xe9").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(loaded.sources[0].raw, "\u{201c}Quoted\u{201d} café");
    }
}
