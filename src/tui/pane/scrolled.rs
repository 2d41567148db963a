//! A list of entries that wrap to several lines, one selected, scrolled by
//! lines: the Compare pane (the other members of the group; Enter goes to the
//! selected one) and the side-by-side rows. Scrolling stops at the end and the
//! selection is kept on screen; the lines each entry takes come from the
//! view's layout ([`crate::tui::views::compare::lines`],
//! [`crate::tui::views::side::layout`]).

use std::ops::Range;

#[derive(Debug, Default)]
pub struct Scrolled {
    cursor: usize,
    scroll: usize,
}

/// The last first line that still fills a pane of `height` rows.
fn last_scroll(total: usize, height: usize) -> usize {
    total.saturating_sub(height)
}

impl Scrolled {
    /// The selected entry.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first line shown.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Back to the top: what is listed changed.
    pub(in crate::tui) fn reset(&mut self) {
        *self = Scrolled::default();
    }

    /// Moves the selection `step` entries and scrolls it into view; `rows` are
    /// the rows each entry takes, `height` the pane's.
    pub(in crate::tui) fn step(&mut self, step: isize, rows: &[Range<usize>], height: usize) {
        self.cursor = super::shift(self.cursor, step, rows.len());
        if let Some(r) = rows.get(self.cursor) {
            if r.end > self.scroll + height {
                self.scroll = r.end.saturating_sub(height);
            }
            if r.start < self.scroll {
                self.scroll = r.start;
            }
        }
    }

    /// Scrolls `delta` lines, within the `total` lines, and keeps the selection
    /// on screen: it moves to the first (scrolling down) or last (up) entry
    /// that starts in view when it left the view, and to the last (or first)
    /// entry when the view cannot move any further.
    pub(in crate::tui) fn scroll_by(
        &mut self,
        delta: isize,
        rows: &[Range<usize>],
        total: usize,
        height: usize,
    ) {
        let end = last_scroll(total, height);
        let before = self.scroll.min(end);
        self.scroll = before.saturating_add_signed(delta).min(end);
        if self.scroll == before && delta != 0 && !rows.is_empty() {
            // Already at the end (or the top): the selection goes there.
            self.cursor = if delta > 0 { rows.len() - 1 } else { 0 };
            return;
        }
        let shown = self.scroll..self.scroll + height.max(1);
        let visible = |r: &Range<usize>| shown.contains(&r.start);
        if rows.get(self.cursor).is_some_and(visible) {
            return;
        }
        let found = if delta >= 0 {
            rows.iter().position(visible)
        } else {
            rows.iter().rposition(visible)
        };
        if let Some(i) = found {
            self.cursor = i;
        }
    }

    /// The wheel: scrolls without moving the selection, never past the end.
    pub(in crate::tui) fn wheel(&mut self, delta: isize, total: usize, height: usize) {
        let end = last_scroll(total, height);
        self.scroll = self.scroll.min(end).saturating_add_signed(delta).min(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROWS: [Range<usize>; 3] = [2..5, 5..9, 9..12];

    #[test]
    fn stepping_keeps_the_selection_in_view() {
        let mut c = Scrolled::default();
        c.step(2, &ROWS, 4);
        assert_eq!((c.cursor(), c.scroll()), (2, 8));
        c.step(-2, &ROWS, 4);
        assert_eq!((c.cursor(), c.scroll()), (0, 2));
    }

    #[test]
    fn scrolling_stops_at_the_end_and_carries_the_selection() {
        let mut c = Scrolled::default();
        c.scroll_by(100, &ROWS, 12, 4);
        assert_eq!(c.scroll(), 8, "the last line at the bottom, no blank rows");
        assert_eq!(c.cursor(), 2, "the selection follows onto the screen");
        c.scroll_by(4, &ROWS, 12, 4);
        assert_eq!(
            (c.cursor(), c.scroll()),
            (2, 8),
            "at the end: the last entry"
        );
        c.scroll_by(-100, &ROWS, 12, 4);
        assert_eq!((c.cursor(), c.scroll()), (0, 0));
        c.wheel(50, 12, 4);
        assert_eq!((c.cursor(), c.scroll()), (0, 8), "the wheel leaves it");
        c.wheel(3, 3, 4);
        assert_eq!(c.scroll(), 0, "a pane that fits does not scroll");
    }
}
