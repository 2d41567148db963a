//! One line of a pasted page as the cleaner judges it: its words, why it
//! looks like furniture, and its class. Shared by the line classifier
//! (`boilerplate`) and the headline finder (`title`), which both read lines.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Good,
    NearGood,
    Short,
    /// A caption or name label: dropped, and invisible to its neighbours.
    Label,
    Bad,
}

/// Why a line was judged furniture on its own (before any context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    Vocabulary,
    Repeated,
    Shared,
    Shape,
}

#[derive(Debug)]
pub struct Line<'k> {
    pub text: &'k str,
    /// The words of `text` as `vocab::words` gives them, computed once (slices of `key`).
    pub words: Vec<&'k str>,
    pub chrome: Option<Chrome>,
    pub(super) class: Class,
    /// [`super::boilerplate::line_key`] of `text`.
    pub(super) key: &'k str,
}
