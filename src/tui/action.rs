//! The vocabulary of the reader: every state change is an `Action`, every side effect
//! the loop must carry out is an `Effect`. Keeping both as plain data lets `update` be
//! tested without a terminal.

use std::path::PathBuf;

use crate::export::{Excerpt, Format};
use crate::model::{Collation, SentenceRef};

/// The three panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sources,
    Reading,
    Compare,
}

/// Something the user asked for or something that happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    /// Esc: close an overlay or clear a search; never quits.
    Back,
    ToggleHelp,
    NextPane,
    PrevPane,
    Down,
    Up,
    PageDown,
    PageUp,
    HalfDown,
    HalfUp,
    Top,
    Bottom,
    Open,
    PickSource(usize),
    NextContradiction,
    PrevContradiction,
    NextGroup,
    PrevGroup,
    CycleFilter,
    ToggleFacts,
    StartSearch,
    /// `:` opens a prompt for a contradiction (`5`) or group (`g12`) number.
    StartJump,
    NextMatch,
    PrevMatch,
    Export,
    CycleFormat,
    Copy,
    // Not bound to keys: produced by the loop.
    SearchInput(char),
    SearchBackspace,
    SearchConfirm,
    SearchCancel,
    Resize(u16, u16),
    Click(u16, u16),
    Scroll {
        col: u16,
        row: u16,
        down: bool,
    },
    Loaded(Box<Collation>),
    Tick,
    /// The outcome of an effect, shown on the status line.
    Done(Result<String, String>),
}

impl Action {
    /// False for what the loop produces on its own (ticks, resizes, results).
    pub fn from_user(&self) -> bool {
        !matches!(
            self,
            Action::Tick | Action::Resize(..) | Action::Loaded(_) | Action::Done(_)
        )
    }
}

/// Work the loop performs on behalf of `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Quit,
    /// Write `excerpt` (or a lone sentence) in `format` to a new file named after `stem`.
    Export {
        what: Target,
        format: Format,
        stem: String,
        dir: PathBuf,
    },
    /// Put text on the clipboard with an OSC 52 escape.
    Copy(String),
}

/// What an export or copy cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Excerpt(Excerpt),
    /// An unaligned sentence.
    Sentence(SentenceRef),
}
