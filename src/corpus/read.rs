//! Finding the articles under the paths a user gave, and reading them safely.
//!
//! Folders are walked recursively in sorted order so runs are reproducible;
//! hidden entries, symlink loops and anything that is not a regular file are
//! skipped with a reason, never opened (opening a FIFO would block). A file
//! named explicitly is read whatever its extension: a user who names a file
//! wants it. Files are read and decoded in parallel; the order stays sorted.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::decode::{decode, decode_html};
use super::{strip_controls, CorpusError, Format, Loaded, Skipped, Source};

/// Larger files are not articles (and would stall the reader).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads every article under `paths`.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, CorpusError> {
    let mut loaded = Loaded::default();
    let mut wanted: Vec<(PathBuf, Option<Format>)> = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root).map_err(|_| CorpusError::NotFound(root.clone()))?;
        if meta.is_dir() {
            walk(root, &mut wanted, &mut loaded.skipped);
        } else {
            wanted.push((root.clone(), format_of(root)));
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

/// Lists the readable files under a folder; files with other extensions are
/// ignored silently (a folder of articles may hold images too).
fn walk(root: &Path, wanted: &mut Vec<(PathBuf, Option<Format>)>, skipped: &mut Vec<Skipped>) {
    let entries = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(root).display().to_string();
                let reason = if e.loop_ancestor().is_some() {
                    "symlink loop".to_string()
                } else {
                    e.io_error()
                        .map_or_else(|| e.to_string(), std::string::ToString::to_string)
                };
                skipped.push(Skipped { path, reason });
                continue;
            }
        };
        let Some(format) = format_of(entry.path()) else {
            continue;
        };
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            skipped.push(Skipped {
                path: entry.path().display().to_string(),
                reason: not_regular_reason(&kind),
            });
            continue;
        }
        wanted.push((entry.into_path(), Some(format)));
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(Format::Text),
        "html" | "htm" => Some(Format::Html),
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
fn read_source(path: &Path, format: Option<Format>) -> Result<Source, Skipped> {
    let skip = |reason: String| Skipped {
        path: path.display().to_string(),
        reason,
    };
    let bytes = read_bytes(path).map_err(skip)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(skip("empty file".to_string()));
    }
    let format = format.unwrap_or_else(|| sniff(&bytes));
    let text = match format {
        Format::Html => decode_html(&bytes),
        Format::Text => decode(&bytes),
    }
    .map_err(|e| skip(e.to_string()))?;
    let raw = strip_controls(&text);
    if raw.trim().is_empty() {
        return Err(skip("empty file".to_string()));
    }
    Ok(Source {
        path: path.display().to_string(),
        raw,
        format,
    })
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

fn sniff(bytes: &[u8]) -> Format {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Format::Html
    } else {
        Format::Text
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

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/a.txt"), "text").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(names(&loaded), ["a.txt"]);
        assert_eq!(loaded.skipped.len(), 1);
        assert_eq!(loaded.skipped[0].reason, "symlink loop");
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
        let err = read_source(Path::new("/nonexistent/zz.txt"), Some(Format::Text)).unwrap_err();
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
