//! The mouse: a click focuses the pane under it and selects the source or
//! sentence it lands on; the wheel scrolls the pane under the pointer.

use ratatui::layout::{Position, Rect};

use super::App;
use crate::tui::action::Pane;
use crate::tui::layout;

impl App {
    /// The pane at screen cell `(col, row)`.
    fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        let p = layout::panes(Rect::new(0, 0, self.size.0, self.size.1))?;
        let at = Position::new(col, row);
        [
            (p.sources, Pane::Sources),
            (p.reading, Pane::Reading),
            (p.compare, Pane::Compare),
        ]
        .into_iter()
        .find(|(r, _)| r.contains(at))
        .map(|(_, pane)| pane)
    }

    pub(super) fn click(&mut self, col: u16, row: u16) {
        let Some(pane) = self.pane_at(col, row) else {
            return;
        };
        let cell = Position::new(col, row);
        self.focus = pane;
        match pane {
            Pane::Sources => {
                let outline = &self.index.outline;
                let warnings = self.warnings.len();
                if let Some(a) = self.sources.article_at(outline, self.size, warnings, cell) {
                    self.go(a, 0, None);
                }
            }
            Pane::Reading => {
                if let Some(s) = self.reading.sentence_at(self.size, cell) {
                    self.go(self.article(), s, None);
                }
            }
            Pane::Compare => {}
        }
    }

    pub(super) fn wheel(&mut self, col: u16, row: u16, down: bool) {
        let delta: isize = if down { 3 } else { -3 };
        match self.pane_at(col, row) {
            Some(Pane::Sources) => self.sources.step(&self.index.outline, delta),
            Some(Pane::Reading) => self.reading.wheel(self.size, delta),
            Some(Pane::Compare) => {
                let (_, total, height) = self.compare_rows();
                self.compare.wheel(delta, total, height);
            }
            None => {}
        }
    }
}
