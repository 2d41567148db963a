//! The fact table's keys while it is open: rows and sources are stepped
//! through, pages scrolled, and Enter goes to the sentence that states the
//! selected value.

use ratatui::layout::Rect;

use super::App;
use crate::tui::action::{Action, Pane};
use crate::tui::pane::Overlay;
use crate::tui::views::facts::{table, Table};

impl App {
    /// `t`: opens the fact table on its first cell.
    pub(super) fn open_facts(&mut self) {
        self.facts.reset();
        self.overlay = Some(Overlay::Facts);
    }

    fn fact_layout(&self) -> Table {
        table(self, Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// Acts on `action` in the open fact table; false when the table does not
    /// take it (it then closes, or switches to help).
    pub(super) fn facts_key(&mut self, action: &Action) -> bool {
        let t = self.fact_layout();
        let (heights, height) = (&t.heights, t.body_height);
        let page = self.facts.page(heights, height) as isize;
        match action {
            Action::Down => self.facts.step_row(1, heights, height),
            Action::Up => self.facts.step_row(-1, heights, height),
            Action::PageDown => self.facts.step_row(page, heights, height),
            Action::PageUp => self.facts.step_row(-page, heights, height),
            Action::HalfDown => self.facts.step_row((page / 2).max(1), heights, height),
            Action::HalfUp => self.facts.step_row(-(page / 2).max(1), heights, height),
            Action::Top => self.facts.step_row(-(isize::MAX / 2), heights, height),
            Action::Bottom => self.facts.step_row(isize::MAX / 2, heights, height),
            Action::NextPane => self.facts.step_column(1, t.columns.len()),
            Action::PrevPane => self.facts.step_column(-1, t.columns.len()),
            Action::Open => self.go_to_fact(&t),
            _ => return false,
        }
        true
    }

    /// Enter: the selected cell's sentence, in Reading, its contradiction
    /// explained in Compare.
    fn go_to_fact(&mut self, t: &Table) {
        let (row, column) = (self.facts.row(), self.facts.column());
        let Some(r) = t.rows.get(row) else {
            self.fail("no detail to go to".to_string());
            return;
        };
        let article = t.columns.get(column).copied().unwrap_or(0);
        match r.cells.get(column).and_then(Option::as_ref) {
            Some(cell) => {
                let (at, d) = (cell.at, r.divergence);
                self.overlay = None;
                self.focus = Pane::Reading;
                self.go(at.article, at.sentence, Some(d));
                self.say(format!(
                    "{} {}: {}",
                    r.kind,
                    self.label(at.article),
                    cell.text
                ));
            }
            None => {
                let label = self.label(article).to_string();
                self.fail(format!("{label} states no {} here", r.kind));
            }
        }
    }
}
