//! Writers that turn the model into files: whole reports and cited excerpts.

use std::io;
use std::path::Path;

use crate::model::Collation;

/// Output formats shared by `parallax report` and the reader's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Markdown,
    Text,
    Html,
}

/// The whole collation in `format`.
pub fn report(collation: &Collation, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(collation).expect("model serialises") + "\n",
        _ => serde_json::to_string_pretty(collation).expect("model serialises") + "\n",
    }
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
