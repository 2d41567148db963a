//! The triage marks the reader shows and changes: the corpus's marks, each
//! divergence's stable key (computed once per collation), where the marks are
//! saved, and whether they may be: a marks file that could not be read is
//! never overwritten, so nothing a person wrote is lost.

use std::path::PathBuf;

use crate::model::Collation;
use crate::triage::{self, Mark, Marks, Verdict};

/// Which divergences the mark filter lets through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkFilter {
    /// Those not marked yet.
    Unmarked,
    /// Those with this verdict.
    Is(Verdict),
}

impl MarkFilter {
    /// The filter after this one when `F` cycles them (`None`: all shown).
    pub fn next(filter: Option<MarkFilter>) -> Option<MarkFilter> {
        use MarkFilter::{Is, Unmarked};
        match filter {
            None => Some(Unmarked),
            Some(Unmarked) => Some(Is(Verdict::ALL[0])),
            Some(Is(v)) => {
                let i = Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0);
                Verdict::ALL.get(i + 1).map(|v| Is(*v))
            }
        }
    }

    /// The filter in words.
    pub fn words(self) -> &'static str {
        match self {
            MarkFilter::Unmarked => "unmarked",
            MarkFilter::Is(v) => v.words(),
        }
    }
}

#[derive(Debug, Default)]
pub struct Triage {
    marks: Marks,
    /// `[divergence]` → its key.
    keys: Vec<String>,
    /// Where the marks are saved; none without a state folder.
    path: Option<PathBuf>,
    /// Why the marks file could not be read (it is then never written).
    unreadable: Option<String>,
}

impl Triage {
    /// The marks of `corpus` stored at `path` (see [`crate::triage`]).
    pub fn open(path: Option<PathBuf>, corpus: &str) -> Self {
        let loaded = path.as_deref().map(|p| Marks::load(p, corpus));
        let (marks, unreadable) = match loaded {
            Some(Ok(m)) => (m, None),
            Some(Err(e)) => (Marks::new(corpus), Some(e)),
            None => (Marks::new(corpus), None),
        };
        Triage {
            marks,
            keys: Vec::new(),
            path,
            unreadable,
        }
    }

    /// Keys the divergences of a new collation.
    pub(in crate::tui) fn index(&mut self, c: &Collation) {
        self.keys = triage::keys(c);
    }

    /// Why the marks cannot be saved, if they cannot.
    pub fn unreadable(&self) -> Option<&str> {
        self.unreadable.as_deref()
    }

    /// The mark of divergence `d`.
    pub fn mark(&self, d: usize) -> Option<&Mark> {
        self.keys.get(d).and_then(|k| self.marks.marks.get(k))
    }

    /// Whether `filter` lets divergence `d` through.
    pub fn passes(&self, d: usize, filter: Option<MarkFilter>) -> bool {
        match filter {
            None => true,
            Some(MarkFilter::Unmarked) => self.mark(d).is_none(),
            Some(MarkFilter::Is(v)) => self.mark(d).is_some_and(|m| m.verdict == v),
        }
    }

    /// Each divergence's mark, in order (for reports and the brief).
    pub fn per_divergence(&self) -> Vec<Option<Mark>> {
        (0..self.keys.len())
            .map(|d| self.mark(d).cloned())
            .collect()
    }

    /// Sets (or, with `None`, removes) the mark of divergence `d`.
    pub(in crate::tui) fn set(&mut self, d: usize, mark: Option<Mark>) {
        let Some(key) = self.keys.get(d).cloned() else {
            return;
        };
        match mark {
            Some(m) => self.marks.marks.insert(key, m),
            None => self.marks.marks.remove(&key),
        };
    }

    /// Where and what to save, or why the marks cannot be saved.
    pub fn to_save(&self) -> Result<(PathBuf, Marks), String> {
        if let Some(e) = &self.unreadable {
            return Err(format!("not saved: {e}"));
        }
        match &self.path {
            Some(p) => Ok((p.clone(), self.marks.clone())),
            None => Err("not saved: no state folder (set XDG_STATE_HOME or HOME)".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_cycles_through_every_verdict() {
        let mut f = None;
        let mut seen = Vec::new();
        for _ in 0..5 {
            f = MarkFilter::next(f);
            seen.push(f.map(MarkFilter::words));
        }
        assert_eq!(
            seen,
            [
                Some("unmarked"),
                Some("confirmed"),
                Some("dismissed"),
                Some("to check"),
                None
            ]
        );
    }

    #[test]
    fn an_unreadable_file_is_kept_and_never_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("marks.json");
        std::fs::write(&path, "{ broken").unwrap();
        let t = Triage::open(Some(path.clone()), "c");
        assert!(t.unreadable().unwrap().contains("not a marks file"));
        assert!(t.to_save().unwrap_err().starts_with("not saved: "));
        assert_eq!(std::fs::read_to_string(path).unwrap(), "{ broken");
    }
}
