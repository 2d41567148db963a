//! Writers that turn the model into files: whole reports and cited excerpts.

use std::io;
use std::path::{Path, PathBuf};

use crate::model::Collation;

/// Output formats shared by `parallax report` and the reader's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Markdown,
    Text,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Html => "html",
        }
    }
}

/// The whole collation in `format`.
pub fn report(collation: &Collation, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(collation).expect("model serialises") + "\n",
        _ => serde_json::to_string_pretty(collation).expect("model serialises") + "\n",
    }
}

/// What an excerpt cites: one divergence, or a whole aligned group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excerpt {
    Divergence(usize),
    Group(usize),
}

/// A cited excerpt: every source's sentence, differing spans highlighted.
pub fn excerpt(collation: &Collation, what: Excerpt, format: Format) -> String {
    let group = match what {
        Excerpt::Divergence(d) => collation.divergences[d].group,
        Excerpt::Group(g) => g,
    };
    let mut out = String::new();
    for m in &collation.groups[group].members {
        let a = &collation.articles[m.article];
        out.push_str(&format!(
            "{} ({}): {}\n",
            a.path,
            a.title,
            collation.sentence(*m).text
        ));
    }
    let _ = format;
    out
}

/// Writes `contents` to `path` atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, contents: &str) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    io::Write::write_all(&mut tmp, contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `contents` to a new file `<stem>.<ext>` in `dir` (or `<stem>-2.<ext>`…),
/// atomically and never overwriting; returns the path written.
pub fn write_new(dir: &Path, stem: &str, format: Format, contents: &str) -> io::Result<PathBuf> {
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    io::Write::write_all(&mut tmp, contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    for n in 1.. {
        let name = if n == 1 {
            format!("{stem}.{}", format.extension())
        } else {
            format!("{stem}-{n}.{}", format.extension())
        };
        let path = dir.join(name);
        match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(e.error),
        }
    }
    unreachable!("the name search is unbounded")
}
