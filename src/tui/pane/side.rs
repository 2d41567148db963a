//! The side-by-side view's state while it is open: the source shown on the
//! right (the left one is the source being read) and the selected row, scrolled
//! as a [`Scrolled`] list.

use std::ops::Range;

use super::Scrolled;
use crate::model::SentenceRef;

#[derive(Debug)]
pub struct Side {
    right: usize,
    rows: Scrolled,
    /// The sentence being read when a row was last chosen in the view.
    anchor: Option<SentenceRef>,
}

impl Side {
    /// Opens beside source `right`.
    pub(in crate::tui) fn new(right: usize) -> Self {
        Side {
            right,
            rows: Scrolled::default(),
            anchor: None,
        }
    }

    /// The source on the right.
    pub fn right(&self) -> usize {
        self.right
    }

    /// The selected row.
    pub fn row(&self) -> usize {
        self.rows.cursor()
    }

    /// The first line shown.
    pub fn scroll(&self) -> usize {
        self.rows.scroll()
    }

    /// Another source on the right: back to the top.
    pub(in crate::tui) fn set_right(&mut self, right: usize) {
        self.right = right;
        self.rows.reset();
        self.anchor = None;
    }

    /// Selects row `row` and scrolls it into view (`lines` per row, `height`
    /// lines shown).
    pub(in crate::tui) fn select(&mut self, row: usize, lines: &[Range<usize>], height: usize) {
        let step = row as isize - self.rows.cursor() as isize;
        self.rows.step(step, lines, height);
    }

    /// The sentence being read when a row was last chosen in the view.
    pub fn anchor(&self) -> Option<SentenceRef> {
        self.anchor
    }

    /// Records the sentence being read as the selected row's.
    pub(in crate::tui) fn anchor_at(&mut self, here: SentenceRef) {
        self.anchor = Some(here);
    }

    /// The rows as a scrolled list, for paging and the wheel.
    pub(in crate::tui) fn rows_mut(&mut self) -> &mut Scrolled {
        &mut self.rows
    }
}
