//! The timeline overlay's keys while it is open (values stepped through and
//! paged, Enter to a value's sentence), and `d`, which lists each story's
//! sources by date of writing or in input order again.

use ratatui::layout::Rect;

use super::App;
use crate::tui::action::{Action, Pane};
use crate::tui::outline::SourceOrder;
use crate::tui::pane::Overlay;
use crate::tui::views::timeline::{layout, rows};

impl App {
    /// `T`: opens the timeline on its first value.
    pub(super) fn open_timeline(&mut self) {
        self.timeline.reset();
        self.overlay = Some(Overlay::Timeline);
        self.reveal_timeline();
    }

    /// Scrolls the selected value into view (below headings that wrap on a
    /// narrow screen).
    pub(super) fn reveal_timeline(&mut self) {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let (entries, _, height, _) = layout(self, area);
        self.timeline.step(0, &entries, height);
    }

    /// Acts on `action` in the open timeline; false when it does not take it.
    pub(super) fn timeline_key(&mut self, action: &Action) -> bool {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let (entries, entry_rows, height, popup) = layout(self, area);
        let rows = rows(self, usize::from(popup.width.saturating_sub(2)));
        let page = height as isize;
        let t = &mut self.timeline;
        match action {
            Action::Down => t.step(1, &entries, height),
            Action::Up => t.step(-1, &entries, height),
            Action::Top => t.step(-(isize::MAX / 2), &entries, height),
            Action::Bottom => t.step(isize::MAX / 2, &entries, height),
            Action::PageDown => t.scroll_by(page, &entries, rows.len(), height),
            Action::PageUp => t.scroll_by(-page, &entries, rows.len(), height),
            Action::HalfDown => t.scroll_by((page / 2).max(1), &entries, rows.len(), height),
            Action::HalfUp => t.scroll_by(-(page / 2).max(1), &entries, rows.len(), height),
            Action::Open => {
                let row = entry_rows.get(t.cursor()).and_then(|r| rows.get(*r));
                match row.and_then(|row| row.to().map(|to| (to, row.value.trim_end().to_string())))
                {
                    Some(((at, d), value)) => {
                        self.overlay = None;
                        self.focus = Pane::Reading;
                        self.go(at.article, at.sentence, Some(d));
                        let kind = self.collation.divergences[d].kind;
                        self.say(format!("{kind} {}: {value}", self.label(at.article)));
                    }
                    None => self.fail("no value changed over time in this story".to_string()),
                }
            }
            _ => return false,
        }
        true
    }

    /// `d`: each story's sources by date of writing (unknown dates last), or
    /// in input order again. The same source stays selected and read.
    pub(super) fn toggle_order(&mut self) {
        self.order = self.order.toggled();
        self.index.reorder(&self.collation, self.order);
        let words = match self.order {
            SourceOrder::Date => "sources by date of writing (unknown dates last)",
            SourceOrder::Input => "sources in input order",
        };
        self.say(words.to_string());
    }
}
