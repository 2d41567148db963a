//! The prompt on the status line, for a search, a jump (`:`) or a triage
//! note (`a`), the confirmed search (highlighted and stepped through), and
//! which sentences match it in reading order.

use crate::model::{Collation, SentenceRef};
use crate::tui::index::at;
use crate::tui::outline::Outline;
use crate::tui::wrap;

/// What the open prompt is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Prompt {
    /// `/`: a search.
    #[default]
    Search,
    /// `:`: a contradiction or group number to jump to.
    Jump,
    /// `a`: the note of this divergence's triage mark.
    Note(usize),
}

#[derive(Debug, Default)]
pub struct Search {
    input: Option<String>,
    prompt: Prompt,
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

    /// What the open prompt is for.
    pub fn prompt(&self) -> Prompt {
        self.prompt
    }

    pub(in crate::tui) fn start(&mut self) {
        self.start_prompt(Prompt::Search, String::new());
    }

    /// Opens a prompt for `prompt`, holding `text` already.
    pub(in crate::tui) fn start_prompt(&mut self, prompt: Prompt, text: String) {
        self.input = Some(text);
        self.prompt = prompt;
    }

    /// Closes a prompt that is not a search's and gives what it was for and
    /// what was typed; `None` for a search prompt.
    pub(in crate::tui) fn take_other(&mut self) -> Option<(Prompt, String)> {
        if self.prompt == Prompt::Search {
            return None;
        }
        let prompt = std::mem::take(&mut self.prompt);
        self.input.take().map(|typed| (prompt, typed))
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
        self.prompt = Prompt::Search;
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
