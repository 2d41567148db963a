//! The fact table's state while it is open: the selected row (a compared
//! detail) and column (a source), and the first row shown. Rows wrap to
//! several lines, so how many fit comes from the view's layout
//! ([`crate::tui::views::facts::table`]), passed in as each row's height.

#[derive(Debug, Default)]
pub struct Facts {
    row: usize,
    column: usize,
    first: usize,
}

/// How many rows from `first` fit in `height` lines (at least one).
fn fitting(heights: &[usize], first: usize, height: usize) -> usize {
    let mut used = 0;
    let mut n = 0;
    for h in heights.iter().skip(first) {
        if n > 0 && used + h > height {
            break;
        }
        used += h;
        n += 1;
    }
    n.max(1)
}

impl Facts {
    /// The selected row.
    pub fn row(&self) -> usize {
        self.row
    }

    /// The selected column (a source of the story, in column order).
    pub fn column(&self) -> usize {
        self.column
    }

    /// The first row shown.
    pub fn first(&self) -> usize {
        self.first
    }

    /// A fresh table: the first cell selected.
    pub(in crate::tui) fn reset(&mut self) {
        *self = Facts::default();
    }

    /// Moves the selected row by `step` and scrolls it into view; `heights`
    /// are the lines each row takes, `height` the lines the table has.
    pub(in crate::tui) fn step_row(&mut self, step: isize, heights: &[usize], height: usize) {
        self.row = super::shift(self.row, step, heights.len());
        self.first = self.first.min(self.row);
        while self.first < self.row && self.first + fitting(heights, self.first, height) <= self.row
        {
            self.first += 1;
        }
    }

    /// Rows a page down or up moves: as many as are shown.
    pub fn page(&self, heights: &[usize], height: usize) -> usize {
        fitting(heights, self.first, height)
    }

    /// Moves the selected column by `step`, within `columns`.
    pub(in crate::tui) fn step_column(&mut self, step: isize, columns: usize) {
        self.column = super::shift(self.column, step, columns);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selected_row_stays_in_view() {
        let heights = [1, 3, 2, 1, 4];
        let mut f = Facts::default();
        f.step_row(2, &heights, 4);
        assert_eq!((f.row(), f.first()), (2, 2), "rows 1-2 take 5 > 4 lines");
        f.step_row(10, &heights, 4);
        assert_eq!((f.row(), f.first()), (4, 4));
        assert_eq!(
            f.page(&heights, 4),
            1,
            "a row taller than the table still shows"
        );
        f.step_row(-4, &heights, 4);
        assert_eq!((f.row(), f.first()), (0, 0));
        f.step_column(5, 3);
        assert_eq!(f.column(), 2);
    }
}
