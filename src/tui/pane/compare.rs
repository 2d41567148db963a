//! The Compare pane's state: which other member of the group is selected (Enter
//! goes to it) and how far the pane is scrolled.

#[derive(Debug, Default)]
pub struct Compare {
    cursor: usize,
    scroll: usize,
}

impl Compare {
    /// The selected entry among the other members of the group.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first line shown.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Back to the top: the group shown changed.
    pub(in crate::tui) fn reset(&mut self) {
        *self = Compare::default();
    }

    /// Moves the selection `step` entries, within `0..members`.
    pub(in crate::tui) fn step(&mut self, step: isize, members: usize) {
        self.cursor = super::shift(self.cursor, step, members);
    }

    pub(in crate::tui) fn wheel(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
    }
}
