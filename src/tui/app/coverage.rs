//! The coverage overlay's keys while it is open: entries stepped through and
//! paged, Enter to the sentence an entry names.

use ratatui::layout::Rect;

use super::App;
use crate::tui::action::{Action, Pane};
use crate::tui::pane::Overlay;
use crate::tui::views::coverage::{layout, rows};

impl App {
    /// `w`: opens the overlay on its first entry.
    pub(super) fn open_coverage(&mut self) {
        self.coverage.reset();
        let article = self.article();
        self.coverage_of = Some((article, crate::coverage::coverage(&self.collation, article)));
        self.overlay = Some(Overlay::Coverage);
    }

    /// The coverage of the source being read: the one kept when the overlay
    /// opened, else computed now.
    pub fn coverage_of_reading(&self) -> std::borrow::Cow<'_, crate::coverage::Coverage> {
        match &self.coverage_of {
            Some((article, kept)) if *article == self.article() => std::borrow::Cow::Borrowed(kept),
            _ => {
                std::borrow::Cow::Owned(crate::coverage::coverage(&self.collation, self.article()))
            }
        }
    }

    /// Acts on `action` in the open overlay; false when it does not take it.
    pub(super) fn coverage_key(&mut self, action: &Action) -> bool {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let (entries, entry_rows, height, _) = layout(self, area);
        let total = rows(self).len();
        let page = height as isize;
        match action {
            Action::Down => self.coverage.step(1, &entries, height),
            Action::Up => self.coverage.step(-1, &entries, height),
            Action::Top => self.coverage.step(-(isize::MAX / 2), &entries, height),
            Action::Bottom => self.coverage.step(isize::MAX / 2, &entries, height),
            Action::PageDown => self.coverage.scroll_by(page, &entries, total, height),
            Action::PageUp => self.coverage.scroll_by(-page, &entries, total, height),
            Action::Open => {
                let to = entry_rows
                    .get(self.coverage.cursor())
                    .and_then(|r| rows(self).get(*r).and_then(|row| row.to));
                match to {
                    Some(at) => {
                        self.overlay = None;
                        self.focus = Pane::Reading;
                        self.go(at.article, at.sentence, None);
                    }
                    None => self.fail("nothing to go to".to_string()),
                }
            }
            _ => return false,
        }
        true
    }
}
