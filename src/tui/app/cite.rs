//! What `e` exports and `y` copies from where the cursor is: the contradiction
//! being explained, else the group, else the lone sentence, with a file stem.

use super::App;
use crate::export::{self, Excerpt, Format};
use crate::tui::action::{Effect, Target};

/// A format's name as `parallax report --format` spells it.
pub fn format_name(f: Format) -> &'static str {
    match f {
        Format::Markdown => "markdown",
        Format::Html => "html",
        Format::Json => "json",
        Format::Text => "text",
    }
}

/// The format after `f` when `E` cycles them.
pub(super) fn next_format(f: Format) -> Format {
    match f {
        Format::Markdown => Format::Html,
        Format::Html => Format::Json,
        Format::Json => Format::Text,
        Format::Text => Format::Markdown,
    }
}

impl App {
    /// What `e`/`y` cite from here, and a file stem for it.
    pub fn target(&self) -> Option<(Target, String)> {
        if !self.is_loaded() || self.sentences() == 0 {
            return None;
        }
        if let Some(d) = self.current_divergence() {
            let kind = self.collation.divergences[d].kind;
            return Some((
                Target::Excerpt(Excerpt::Divergence(d)),
                format!("parallax-{kind}-{}", d + 1),
            ));
        }
        if let Some(g) = self.group() {
            return Some((
                Target::Excerpt(Excerpt::Group(g)),
                format!("parallax-group-{}", g + 1),
            ));
        }
        let label = self.label(self.article());
        Some((
            Target::Sentence(self.here()),
            format!("parallax-{label}-s{}", self.sentence() + 1),
        ))
    }

    /// The excerpt text for `target` in `format`.
    pub fn excerpt(&self, target: Target, format: Format) -> String {
        let what = match target {
            Target::Excerpt(e) => e,
            Target::Sentence(r) => Excerpt::Sentence(r),
            Target::Brief => {
                return export::brief(&self.collation, format, &self.triage.per_divergence())
            }
        };
        export::excerpt(&self.collation, what, format)
    }

    pub(super) fn export(&mut self) -> Option<Effect> {
        match self.target() {
            Some((what, stem)) => Some(Effect::Export {
                what,
                format: self.format,
                stem,
                dir: self.export_dir.clone(),
            }),
            None => {
                self.fail("nothing to export".to_string());
                None
            }
        }
    }

    /// `o`/`v`: the source being read, in the pager or editor.
    pub(super) fn open_external(&mut self, tool: crate::tui::external::Tool) -> Option<Effect> {
        if self.collation.articles.get(self.article()).is_none() {
            self.fail("no source to open".to_string());
            return None;
        }
        Some(Effect::External {
            tool,
            at: self.here(),
        })
    }

    pub(super) fn copy(&mut self) -> Option<Effect> {
        match self.target() {
            Some((what, _)) => Some(Effect::Copy(self.excerpt(what, self.format))),
            None => {
                self.fail("nothing to copy".to_string());
                None
            }
        }
    }
}
