//! The side-by-side view's keys: rows stepped and paged in step on both sides,
//! `n`/`N` from one difference between the two sources to the next, either
//! side's source changed from the keyboard, Enter or `s` back to the panes.
//! The left side is the source being read, so the Reading cursor follows the
//! selected row and `e`, `y`, `/` and the rest act on it as usual.

use super::navigate::Direction;
use super::App;
use crate::tui::action::{Action, Pane};
use crate::tui::index::{at, compared};
use crate::tui::pairing::{self, Row};
use crate::tui::pane::Side;
use crate::tui::views::side;

impl App {
    /// The side-by-side view, while it is open.
    pub fn side(&self) -> Option<&Side> {
        self.side.as_ref()
    }

    /// The rows of the source being read beside the right one.
    pub fn side_rows(&self) -> Vec<Row> {
        match &self.side {
            Some(s) => pairing::rows(&self.collation, self.article(), s.right()),
            None => Vec::new(),
        }
    }

    /// The source to put beside `left`: the other side of the contradiction
    /// being explained, else the one sharing most rows with it, else the next.
    fn partner(&self, left: usize) -> Option<usize> {
        let order = &self.index.outline.order;
        if let Some(d) = self.current_divergence() {
            let other = self.collation.divergences[d]
                .values
                .iter()
                .find(|v| v.article != left);
            if let Some(v) = other {
                return Some(v.article);
            }
        }
        let rows = pairing::shared_rows(&self.collation, left);
        let shared = |a: usize| rows.get(&a).copied().unwrap_or(0);
        order
            .iter()
            .copied()
            .filter(|a| *a != left)
            .max_by_key(|a| {
                (
                    shared(*a),
                    std::cmp::Reverse(self.index.outline.position[*a]),
                )
            })
    }

    /// `s`: opens the view beside the best partner, or closes it.
    pub(super) fn toggle_side(&mut self) {
        if self.side.take().is_some() {
            self.say("side by side closed".to_string());
            return;
        }
        let Some(right) = self.partner(self.article()) else {
            self.fail("side by side needs two sources".to_string());
            return;
        };
        self.side = Some(Side::new(right));
        self.sync_side();
        self.say(format!(
            "{} beside {}",
            self.label(self.article()),
            self.label(right)
        ));
    }

    /// Selects the row of the sentence being read (after a key the view did
    /// not take moved it), and a new right side if the left became it.
    pub(super) fn sync_side(&mut self) {
        let Some(right) = self.side.as_ref().map(Side::right) else {
            return;
        };
        if right == self.article() {
            if let (Some(r), Some(s)) = (self.partner(self.article()), self.side.as_mut()) {
                s.set_right(r);
            }
        }
        let here = self.here();
        let row = match self.side.as_ref() {
            // The reader has not moved since the row was chosen (a right-only
            // row keeps the sentence read before it): keep the row.
            Some(s) if s.anchor() == Some(here) => Some(s.row()),
            _ => self
                .side_rows()
                .iter()
                .position(|r| r.left == Some(here.sentence)),
        };
        let (lines, _, height) = side::layout(self, self.size);
        if let (Some(row), Some(s)) = (row, self.side.as_mut()) {
            s.select(row, &lines, height);
        }
    }

    /// Selects `row`, its left sentence becoming the one read.
    fn side_select(&mut self, row: usize, divergence: Option<usize>) {
        let rows = self.side_rows();
        let row = row.min(rows.len().saturating_sub(1));
        if let Some(l) = rows.get(row).and_then(|r| r.left) {
            self.go(self.article(), l, divergence);
        }
        let (lines, _, height) = side::layout(self, self.size);
        let here = self.here();
        if let Some(s) = self.side.as_mut() {
            s.select(row, &lines, height);
            s.anchor_at(here);
        }
    }

    /// Acts on `action` in the open view; false when it is not the view's.
    pub(super) fn side_key(&mut self, action: &Action) -> bool {
        let Some(row) = self.side.as_ref().map(Side::row) else {
            return false;
        };
        let (lines, total, height) = side::layout(self, self.size);
        let page = height as isize;
        let scrolled = match action {
            Action::Down => {
                self.side_select(row + 1, None);
                None
            }
            Action::Up => {
                self.side_select(row.saturating_sub(1), None);
                None
            }
            Action::Top => {
                self.side_select(0, None);
                None
            }
            Action::Bottom => {
                self.side_select(usize::MAX, None);
                None
            }
            Action::PageDown => Some(page),
            Action::PageUp => Some(-page),
            Action::HalfDown => Some((page / 2).max(1)),
            Action::HalfUp => Some(-(page / 2).max(1)),
            Action::Scroll { down, .. } => {
                let delta = if *down { 3 } else { -3 };
                if let Some(s) = self.side.as_mut() {
                    s.rows_mut().wheel(delta, total, height);
                }
                None
            }
            Action::NextContradiction => {
                self.next_difference(Direction::Forward);
                None
            }
            Action::PrevContradiction => {
                self.next_difference(Direction::Backward);
                None
            }
            Action::SideSource { right, forward } => {
                self.side_source(*right, *forward);
                None
            }
            Action::Open => {
                let r = self.side_rows().get(row).copied();
                let right = self.side.take().map(|s| s.right());
                if let (
                    Some(Row {
                        left: None,
                        right: Some(s),
                    }),
                    Some(a),
                ) = (r, right)
                {
                    self.go(a, s, None);
                }
                self.focus = Pane::Reading;
                None
            }
            Action::ToggleSide | Action::Back => {
                self.toggle_side();
                None
            }
            Action::Click(_, y) => {
                self.side_click(*y, &lines);
                None
            }
            Action::NextPane | Action::PrevPane => None,
            _ => return false,
        };
        if let Some(delta) = scrolled {
            if let Some(s) = self.side.as_mut() {
                s.rows_mut().scroll_by(delta, &lines, total, height);
            }
            let row = self.side.as_ref().map_or(0, Side::row);
            self.side_select(row, None);
        }
        true
    }

    /// A click on screen row `y` selects the row drawn there.
    fn side_click(&mut self, y: u16, lines: &[std::ops::Range<usize>]) {
        let Some(inner) = side::area(self.size).map(|a| a.inner(crate::tui::layout::BORDER)) else {
            return;
        };
        // The first line inside the border is the header.
        let top = inner.y + 1;
        if y < top || y >= inner.y + inner.height {
            return;
        }
        let line = self.side.as_ref().map_or(0, Side::scroll) + usize::from(y - top);
        if let Some(k) = lines.iter().position(|r| r.contains(&line)) {
            self.side_select(k, None);
        }
    }

    /// `n`/`N` in the view: the next row whose two sentences state a
    /// contradiction between the two sources (under the filter).
    fn next_difference(&mut self, way: Direction) {
        let Some((row, right)) = self.side.as_ref().map(|s| (s.row(), s.right())) else {
            return;
        };
        let left = self.article();
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (k, r) in self.side_rows().iter().enumerate() {
            let (Some(l), Some(rs)) = (r.left, r.right) else {
                continue;
            };
            // A divergence both sentences state, with different values.
            let value = |d: usize, a: usize, s: usize| {
                let values = &self.collation.divergences[d].values;
                values
                    .iter()
                    .find(|v| v.article == a && v.sentence == s)
                    .map(compared)
            };
            let spans = self.index.spans_of(at(left, l));
            let shared = spans.iter().map(|s| s.divergence).find(|&d| {
                let (mine, theirs) = (value(d, left, l), value(d, right, rs));
                self.passes(d) && mine.is_some() && theirs.is_some() && mine != theirs
            });
            if let Some(d) = shared {
                found.push((k, d));
            }
        }
        let next = match way {
            Direction::Forward => found.iter().find(|(k, _)| *k > row).or(found.first()),
            Direction::Backward => found.iter().rev().find(|(k, _)| *k < row).or(found.last()),
        };
        let (l, r) = (self.label(left).to_string(), self.label(right).to_string());
        let Some(&(k, d)) = next else {
            self.say(format!("no contradiction between {l} and {r}"));
            return;
        };
        self.side_select(k, Some(d));
        let pos = found.iter().position(|f| f.0 == k).unwrap_or(0) + 1;
        let kind = self.collation.divergences[d].kind;
        self.say(format!(
            "difference {pos} of {} between {l} and {r} (#{}) · {kind}",
            found.len(),
            d + 1
        ));
    }

    /// `<`/`>` (left) and `,`/`.` (right): the previous or next source on that
    /// side, in listing order, never the one on the other side.
    fn side_source(&mut self, right: bool, forward: bool) {
        let Some(other) = self.side.as_ref().map(Side::right) else {
            return;
        };
        let order = self.index.outline.order.clone();
        let here = if right { other } else { self.article() };
        let skip = if right { self.article() } else { other };
        let at = order.iter().position(|a| *a == here).unwrap_or(0);
        let n = order.len();
        let next = (1..n)
            .map(|i| {
                if forward {
                    order[(at + i) % n]
                } else {
                    order[(at + n - i) % n]
                }
            })
            .find(|a| *a != skip);
        let Some(next) = next else {
            self.fail("no other source".to_string());
            return;
        };
        if right {
            if let Some(s) = self.side.as_mut() {
                s.set_right(next);
            }
            self.side_select(0, None);
        } else {
            self.go(next, 0, None);
            if let Some(s) = self.side.as_mut() {
                s.set_right(other);
            }
            self.sync_side();
        }
        let (l, r) = (
            self.label(self.article()).to_string(),
            self.label(self.side.as_ref().map_or(0, Side::right))
                .to_string(),
        );
        self.say(format!("{l} beside {r}"));
    }
}
