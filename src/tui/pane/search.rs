//! The prompt on the status line, for a search or a jump (`:`), the confirmed
//! search (highlighted and stepped through), and which sentences match it in
//! reading order.

use crate::model::{Collation, SentenceRef};
use crate::tui::index::at;
use crate::tui::outline::Outline;
use crate::tui::wrap;

#[derive(Debug, Default)]
pub struct Search {
    input: Option<String>,
    /// The prompt open is `:`'s, for a number to jump to.
    jumping: bool,
    query: Option<String>,
}

impl Search {
    /// The search being typed, while the prompt is open.
    pub fn input(&self) -> Option<&str> {
        self.input.as_deref()
    }

    /// The confirmed search.
    pub fn query(&self) -> Option<&str> {
        self.query.as_deref()
    }

    /// Whether the open prompt is `:`'s.
    pub fn jumping(&self) -> bool {
        self.jumping
    }

    pub(in crate::tui) fn start(&mut self) {
        self.input = Some(String::new());
        self.jumping = false;
    }

    pub(in crate::tui) fn start_jump(&mut self) {
        self.input = Some(String::new());
        self.jumping = true;
    }

    /// Closes a `:` prompt and gives what was typed; `None` for a search prompt.
    pub(in crate::tui) fn take_jump(&mut self) -> Option<String> {
        if !self.jumping {
            return None;
        }
        self.jumping = false;
        self.input.take()
    }

    pub(in crate::tui) fn type_char(&mut self, c: char) {
        if let Some(s) = self.input.as_mut() {
            s.push(c);
        }
    }

    pub(in crate::tui) fn backspace(&mut self) {
        if let Some(s) = self.input.as_mut() {
            s.pop();
        }
    }

    pub(in crate::tui) fn cancel(&mut self) {
        self.input = None;
        self.jumping = false;
    }

    /// Closes the prompt; its text becomes the query. True when there is one.
    pub(in crate::tui) fn confirm(&mut self) -> bool {
        let q = self.input.take().unwrap_or_default();
        self.query = (!q.is_empty()).then_some(q);
        self.query.is_some()
    }

    /// Drops the confirmed query; true if there was one.
    pub(in crate::tui) fn clear(&mut self) -> bool {
        self.query.take().is_some()
    }

    /// Sentences matching the confirmed query, in reading order.
    pub fn matches(&self, c: &Collation, outline: &Outline) -> Vec<SentenceRef> {
        let Some(q) = self.query.as_deref().filter(|q| !q.is_empty()) else {
            return Vec::new();
        };
        outline
            .order
            .iter()
            .flat_map(|&a| {
                c.articles[a]
                    .sentences
                    .iter()
                    .enumerate()
                    .filter(move |(_, s)| wrap::contains(&s.text, q))
                    .map(move |(s, _)| at(a, s))
            })
            .collect()
    }
}
