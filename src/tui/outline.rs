//! The order the reader lists and walks articles in: story by story.
//!
//! A folder that mixes events arrives as several `Story`s whose articles are
//! interleaved by file name (`000` is story 1, `001` story 2, `002` story 1…).
//! The Sources pane shows each story as a header row with its articles beneath,
//! and n/N, ]/[ and search walk the articles in that same order, so a story's
//! contradictions come one after another. The rows are computed once when the
//! collation arrives; drawing, clicks and scrolling only index into them.
//!
//! A folder with a single story (or none) gets no header rows: the list looks
//! exactly as it would without stories.
//!
//! Within each story the articles come in input order (their file names), or,
//! after `d`, by date of writing ([`SourceOrder::Date`]: earliest first,
//! unknown dates last, one day's articles in input order). The stories keep
//! their order either way.

use crate::model::Collation;

/// The order of the articles within each story.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SourceOrder {
    /// As the collation numbers them (by file name).
    #[default]
    Input,
    /// By date of writing ([`crate::timeline::by_date`]).
    Date,
}

impl SourceOrder {
    /// The other order.
    pub fn toggled(self) -> Self {
        match self {
            SourceOrder::Input => SourceOrder::Date,
            SourceOrder::Date => SourceOrder::Input,
        }
    }
}

/// One row of the Sources pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The header of a story (an index into [`Outline::stories`]).
    Story(usize),
    Article(usize),
}

/// A listed story: its label and its articles in listing order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listed {
    pub label: String,
    pub articles: Vec<usize>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    /// The collation's stories in order, then one for any article no story holds.
    pub stories: Vec<Listed>,
    pub rows: Vec<Row>,
    /// Articles in listing order.
    pub order: Vec<usize>,
    /// `[article]` → its place in `order`.
    pub position: Vec<usize>,
    /// `[article]` → its row in `rows`.
    pub row: Vec<usize>,
    /// `[article]` → its story in `stories`.
    pub story: Vec<usize>,
}

impl Outline {
    /// The outline in input order.
    pub fn new(c: &Collation) -> Self {
        Self::ordered(c, SourceOrder::Input)
    }

    /// The outline with each story's articles in `order`.
    pub fn ordered(c: &Collation, order: SourceOrder) -> Self {
        let n = c.articles.len();
        let mut taken = vec![false; n];
        let mut stories: Vec<Listed> = Vec::new();
        for s in &c.stories {
            // Trust nothing: an index out of range or already listed is dropped.
            let articles: Vec<usize> = s
                .articles
                .iter()
                .copied()
                .filter(|&a| a < n && !std::mem::replace(&mut taken[a], true))
                .collect();
            if !articles.is_empty() {
                stories.push(Listed {
                    label: s.label.clone(),
                    articles,
                });
            }
        }
        let rest: Vec<usize> = (0..n).filter(|&a| !taken[a]).collect();
        if !rest.is_empty() {
            let label = if stories.is_empty() {
                String::new()
            } else {
                "not in any story".to_string()
            };
            stories.push(Listed {
                label,
                articles: rest,
            });
        }
        if order == SourceOrder::Date {
            for s in &mut stories {
                s.articles = crate::timeline::by_date(c, &s.articles);
            }
        }
        let headers = stories.len() > 1;
        let mut out = Outline {
            rows: Vec::with_capacity(n + stories.len()),
            order: Vec::with_capacity(n),
            position: vec![0; n],
            row: vec![0; n],
            story: vec![0; n],
            stories: Vec::new(),
        };
        for (k, s) in stories.iter().enumerate() {
            if headers {
                out.rows.push(Row::Story(k));
            }
            for &a in &s.articles {
                out.position[a] = out.order.len();
                out.row[a] = out.rows.len();
                out.story[a] = k;
                out.order.push(a);
                out.rows.push(Row::Article(a));
            }
        }
        out.stories = stories;
        out
    }

    /// Whether stories are shown (more than one).
    pub fn has_headers(&self) -> bool {
        self.stories.len() > 1
    }

    /// The article listed `step` places from `article`, clamped to the list.
    pub fn step(&self, article: usize, step: isize) -> usize {
        let Some(&at) = self.position.get(article) else {
            return article;
        };
        let to = at
            .saturating_add_signed(step)
            .min(self.order.len().saturating_sub(1));
        self.order.get(to).copied().unwrap_or(article)
    }

    /// The article about `rows` rows from `article`: a header counts as a row,
    /// and landing on one picks the article just past it in the direction of travel
    /// (or the nearest one when the list ends there).
    pub fn step_rows(&self, article: usize, rows: isize) -> usize {
        let Some(&at) = self.row.get(article) else {
            return article;
        };
        let last = self.rows.len().saturating_sub(1);
        let target = at.saturating_add_signed(rows).min(last);
        let listed = |r: &Row| match r {
            Row::Article(a) => Some(*a),
            Row::Story(_) => None,
        };
        let ahead = || self.rows[target..].iter().find_map(listed);
        let behind = || self.rows[..=target].iter().rev().find_map(listed);
        let found = if rows >= 0 {
            ahead().or_else(behind)
        } else {
            behind().or_else(ahead)
        };
        found.unwrap_or(article)
    }

    /// The article a click on `row` selects: the article there, or the first
    /// article of the story whose header is there.
    /// The story whose header is pinned on the first line of a list of
    /// `height` lines scrolled to `offset`: when that line would show an
    /// article whose story header has scrolled off, the header takes the line,
    /// so the reader always sees which story the visible articles belong to.
    pub fn pinned(&self, offset: usize, height: usize) -> Option<usize> {
        if !self.has_headers() || height < 2 {
            return None;
        }
        match *self.rows.get(offset)? {
            Row::Article(a) => self.story.get(a).copied(),
            Row::Story(_) => None,
        }
    }

    /// The article a click on `line` of the list selects (see [`Self::pinned`]).
    pub fn article_on_line(&self, offset: usize, height: usize, line: usize) -> Option<usize> {
        match self.pinned(offset, height) {
            Some(k) if line == 0 => self.stories.get(k)?.articles.first().copied(),
            _ => self.article_at(offset + line),
        }
    }

    pub fn article_at(&self, row: usize) -> Option<usize> {
        match *self.rows.get(row)? {
            Row::Article(a) => Some(a),
            Row::Story(k) => self.stories.get(k)?.articles.first().copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn stories_are_listed_with_headers_in_story_order() {
        let o = Outline::new(&fixture::stories());
        use Row::{Article as A, Story as S};
        assert_eq!(
            o.rows,
            [S(0), A(0), A(2), A(4), S(1), A(1), A(5), S(2), A(3)]
        );
        assert_eq!(o.order, [0, 2, 4, 1, 5, 3]);
        assert_eq!(o.position[1], 3);
        assert_eq!(o.row[1], 5);
        assert_eq!(o.story[5], 1);
    }

    #[test]
    fn one_story_or_none_has_no_headers() {
        let mut c = fixture::collation();
        let one = Outline::new(&c);
        assert!(!one.has_headers());
        assert_eq!(
            one.rows,
            [Row::Article(0), Row::Article(1), Row::Article(2)]
        );
        c.stories.clear();
        assert_eq!(Outline::new(&c).rows, one.rows);
    }

    #[test]
    fn articles_no_story_holds_are_listed_last() {
        let mut c = fixture::stories();
        c.stories[2].articles = vec![3, 3, 99];
        c.stories[1].articles = vec![1];
        let o = Outline::new(&c);
        assert_eq!(o.order, [0, 2, 4, 1, 3, 5]);
        assert_eq!(o.stories[3].label, "not in any story");
    }

    #[test]
    fn date_order_sorts_within_each_story_and_keeps_the_stories() {
        let c = fixture::dated_stories();
        let o = Outline::ordered(&c, SourceOrder::Date);
        use Row::{Article as A, Story as S};
        // Story 1 (0, 2, 4): 4 (3 Mar), 0 (5 Mar), then 2 with no date.
        assert_eq!(
            o.rows,
            [S(0), A(4), A(0), A(2), S(1), A(5), A(1), S(2), A(3)]
        );
        assert_eq!(o.order, [4, 0, 2, 5, 1, 3]);
        assert_eq!((o.position[0], o.row[0], o.story[0]), (1, 2, 0));
        assert_eq!(Outline::ordered(&c, SourceOrder::Input), Outline::new(&c));
        assert_eq!(SourceOrder::Date.toggled(), SourceOrder::Input);
        assert_eq!(SourceOrder::Input.toggled(), SourceOrder::Date);
    }

    #[test]
    fn stepping_skips_headers() {
        let o = Outline::new(&fixture::stories());
        assert_eq!(o.step(4, 1), 1, "past story 1's last article into story 2");
        assert_eq!(o.step(1, -1), 4);
        assert_eq!(o.step(0, -3), 0, "clamped");
        assert_eq!(o.step(3, 5), 3);
        // Rows: article 4 is row 3; two rows down is article 1 (row 5) past the header.
        assert_eq!(o.step_rows(4, 1), 1, "a header row is stepped over");
        assert_eq!(o.step_rows(1, -1), 4);
        assert_eq!(o.step_rows(2, -9), 0, "the top header resolves downwards");
        assert_eq!(o.step_rows(0, 99), 3);
        assert_eq!(
            o.article_at(4),
            Some(1),
            "a header selects its first article"
        );
        assert_eq!(o.article_at(8), Some(3));
        assert_eq!(o.article_at(9), None);
    }
}
