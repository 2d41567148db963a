//! Printers: one document structure, written as Markdown, plain text or HTML.
//!
//! The report and the excerpt decide *what* to say (headings, paragraphs, lists,
//! cited sentences); a `Markup` decides how each piece looks and escapes article
//! text for its format. Adding a format means one more small impl, not another
//! copy of the report.

mod html;
mod markdown;
mod text;

pub use html::Html;
pub use markdown::Markdown;
pub use text::Text;

use super::cite::{Cited, Origin};

/// A document being written in one format. All `&str` arguments are plain text:
/// the printer escapes them.
pub trait Markup {
    /// A heading; level 1 is the document title.
    fn heading(&mut self, level: u8, text: &str);
    fn paragraph(&mut self, text: &str);
    fn list(&mut self, items: &[String]);
    /// The sources of a document, each cited and followed by `detail`.
    fn sources(&mut self, items: &[(Origin, String)]);
    /// A source (path and title) and its sentence with the marked spans emphasised.
    fn cite(&mut self, cited: &Cited);
    /// The finished document; `title` names it where the format has a place for that.
    fn finish(self, title: &str) -> String;
}
