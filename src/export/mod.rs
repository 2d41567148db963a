//! Writers that turn the model into files: whole reports and cited excerpts.
//!
//! `report` and `excerpt` decide what to say; `markup` prints it as Markdown, text
//! or HTML (JSON is the model itself); `escape` keeps article text inert in every
//! format; `write` puts the result on disk atomically.

mod cite;
mod escape;
mod excerpt;
#[cfg(test)]
mod fixture;
mod json;
mod markup;
mod report;
mod write;

pub use excerpt::{excerpt, Excerpt, SCHEMA as EXCERPT_SCHEMA};
pub use report::{brief, report, report_parts, report_parts_marked, write_report, BRIEF_SCHEMA};
pub use write::{write_atomic, write_atomic_with, write_new, write_parts, WriteError};

/// Output formats shared by `parallax report` and the reader's export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The model itself (`parallax.report/1`, see docs/DESIGN.md).
    Json,
    /// Markdown, for a document or a chat.
    Markdown,
    /// Plain text.
    Text,
    /// A standalone HTML page.
    Html,
}

impl Format {
    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Html => "html",
        }
    }
}
