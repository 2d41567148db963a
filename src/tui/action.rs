//! The vocabulary of the reader: every state change is an `Action`, every side effect
//! the loop must carry out is an `Effect`. Keeping both as plain data lets `update` be
//! tested without a terminal.

use std::path::PathBuf;

use super::external::Tool;
use crate::export::{Excerpt, Format};
use crate::model::{Collation, SentenceRef};
use crate::triage::{Marks, Verdict};

/// The three panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The list of sources (files and links).
    Sources,
    /// One source's text, its divergences marked.
    Reading,
    /// The aligned group of the sentence under the cursor.
    Compare,
}

/// Something the user asked for or something that happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the reader.
    Quit,
    /// Esc: close an overlay or clear a search; never quits.
    Back,
    /// Show or hide the keys.
    ToggleHelp,
    /// The next pane.
    NextPane,
    /// The previous pane.
    PrevPane,
    /// The next sentence (Reading) or item (Sources, Compare).
    Down,
    /// The previous sentence or item.
    Up,
    /// A page down.
    PageDown,
    /// A page up.
    PageUp,
    /// Half a page down.
    HalfDown,
    /// Half a page up.
    HalfUp,
    /// The first sentence or item.
    Top,
    /// The last sentence or item.
    Bottom,
    /// Open the selected source or compared sentence.
    Open,
    /// Read the source of this index (a digit key).
    PickSource(usize),
    /// The next contradiction, all sources in reading order.
    NextContradiction,
    /// The previous contradiction.
    PrevContradiction,
    /// The next aligned group.
    NextGroup,
    /// The previous aligned group.
    PrevGroup,
    /// Show only the next kind of contradiction (then all again).
    CycleFilter,
    /// Show only contradictions, then only updates, then both.
    CycleRelations,
    /// Show or hide the fact table (each compared detail by source).
    ToggleFacts,
    /// Show or hide what the source being read leaves out and what only it
    /// reports.
    ToggleCoverage,
    /// Show or hide the timeline: the story's values that changed over time,
    /// by date of writing.
    ToggleTimeline,
    /// List the sources by date of writing, or in input order again.
    ToggleOrder,
    /// Open the search prompt.
    StartSearch,
    /// `:` opens a prompt for a contradiction (`5`) or group (`g12`) number.
    StartJump,
    /// The next search match.
    NextMatch,
    /// The previous search match.
    PrevMatch,
    /// Export the contradiction, group or sentence under the cursor.
    Export,
    /// The next export and copy format.
    CycleFormat,
    /// Copy the excerpt, in that format, to the clipboard.
    Copy,
    /// Open the source being read in the pager or the editor.
    OpenExternal(Tool),
    /// Mark the contradiction explained with a verdict (again: unmark it).
    Mark(Verdict),
    /// Write a note on the contradiction explained.
    StartNote,
    /// Show only the contradictions with the next mark (then all again).
    CycleMarkFilter,
    /// Export the confirmed contradictions as a cited brief.
    ExportBrief,
    /// Open or close the side-by-side view of two sources.
    ToggleSide,
    /// In the side-by-side view: the next or previous source on one side.
    SideSource {
        /// The right side (else the left, the source being read).
        right: bool,
        /// The next source in listing order (else the previous).
        forward: bool,
    },
    // Not bound to keys: produced by the loop.
    /// A character typed into a prompt.
    SearchInput(char),
    /// Backspace in a prompt.
    SearchBackspace,
    /// Enter in a prompt.
    SearchConfirm,
    /// Esc in a prompt.
    SearchCancel,
    /// The terminal took this many columns and rows.
    Resize(u16, u16),
    /// A mouse click at this column and row.
    Click(u16, u16),
    /// The mouse wheel at a column and row, down or up.
    Scroll {
        /// The column of the pointer.
        col: u16,
        /// The row of the pointer.
        row: u16,
        /// Towards the end of the text.
        down: bool,
    },
    /// The collation the worker finished.
    Loaded(Box<Collation>),
    /// Time passed (the spinner while collating).
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
    /// Restore the terminal and leave.
    Quit,
    /// Write `excerpt` (or a lone sentence) in `format` to a new file named after `stem`.
    Export {
        /// What is cited.
        what: Target,
        /// The file format.
        format: Format,
        /// The file name without its extension.
        stem: String,
        /// The folder the file goes to.
        dir: PathBuf,
    },
    /// Put text on the clipboard with an OSC 52 escape.
    Copy(String),
    /// Write the triage marks to their file, atomically.
    SaveMarks {
        /// The marks file.
        path: PathBuf,
        /// Every mark of the corpus.
        marks: Marks,
        /// What the status line says once they are saved.
        done: String,
    },
    /// Suspend the reader and open the source of `at` in the pager or editor,
    /// at `at`'s line.
    External {
        /// Pager or editor.
        tool: Tool,
        /// The sentence being read.
        at: SentenceRef,
    },
}

/// What an export or copy cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An aligned group, or one divergence of it.
    Excerpt(Excerpt),
    /// An unaligned sentence.
    Sentence(SentenceRef),
    /// The confirmed contradictions, as a brief.
    Brief,
}
