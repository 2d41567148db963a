//! What a member's details yield whatever member it meets: a number's role
//! and amount, a quote's compared words, a date's tense, a place's words.
//! Each is worked out the first time a pair asks and kept for the member's
//! other pairs, so a group of n members works it out once, not n times.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::amounts::Amount;
use super::claim::NumberRole;
use super::Member;
use crate::model::Detail;

/// One cell per detail of a member, for each thing kept.
pub(crate) struct Memo<'a> {
    roles: Vec<OnceCell<NumberRole<'a>>>,
    amounts: Vec<OnceCell<Option<Amount>>>,
    quote_words: Vec<OnceCell<Vec<(String, usize)>>>,
    future: Vec<OnceCell<bool>>,
    place_words: Vec<OnceCell<Vec<String>>>,
    stated: Vec<OnceCell<bool>>,
    figures: OnceCell<usize>,
}

fn cells<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}

impl Memo<'_> {
    pub fn new(details: usize) -> Self {
        Self {
            roles: cells(details),
            amounts: cells(details),
            quote_words: cells(details),
            future: cells(details),
            place_words: cells(details),
            stated: cells(details),
            figures: OnceCell::new(),
        }
    }
}

/// A detail's cell, when the detail is one of the member's own.
fn cell<'m, T>(m: &Member, cells: &'m [OnceCell<T>], d: &Detail) -> Option<&'m OnceCell<T>> {
    let size = std::mem::size_of::<Detail>();
    let offset = (d as *const Detail as usize).wrapping_sub(m.details.as_ptr() as usize);
    let at = offset / size;
    (offset % size == 0 && at < m.details.len() && std::ptr::eq(&m.details[at], d))
        .then(|| cells.get(at))
        .flatten()
}

fn kept<'m, T: Clone>(
    m: &Member,
    cells: &'m [OnceCell<T>],
    d: &Detail,
    f: impl FnOnce() -> T,
) -> Cow<'m, T> {
    match cell(m, cells, d) {
        Some(c) => Cow::Borrowed(c.get_or_init(f)),
        None => Cow::Owned(f()),
    }
}

fn kept_list<'m, T: Clone>(
    m: &Member,
    cells: &'m [OnceCell<Vec<T>>],
    d: &Detail,
    f: impl FnOnce() -> Vec<T>,
) -> Cow<'m, [T]> {
    match cell(m, cells, d) {
        Some(c) => Cow::Borrowed(c.get_or_init(f).as_slice()),
        None => Cow::Owned(f()),
    }
}

impl<'a> Member<'a> {
    pub(crate) fn role_kept(
        &self,
        d: &Detail,
        f: impl FnOnce() -> NumberRole<'a>,
    ) -> NumberRole<'a> {
        kept(self, &self.memo.roles, d, f).into_owned()
    }

    pub(crate) fn amount_kept(
        &self,
        d: &Detail,
        f: impl FnOnce() -> Option<Amount>,
    ) -> Option<Amount> {
        *kept(self, &self.memo.amounts, d, f)
    }

    pub(crate) fn quote_words_kept(
        &self,
        d: &Detail,
        f: impl FnOnce() -> Vec<(String, usize)>,
    ) -> Cow<'_, [(String, usize)]> {
        kept_list(self, &self.memo.quote_words, d, f)
    }

    pub(crate) fn future_kept(&self, d: &Detail, f: impl FnOnce() -> bool) -> bool {
        *kept(self, &self.memo.future, d, f)
    }

    pub(crate) fn place_words_kept(
        &self,
        d: &Detail,
        f: impl FnOnce() -> Vec<String>,
    ) -> Cow<'_, [String]> {
        kept_list(self, &self.memo.place_words, d, f)
    }

    pub(crate) fn stated_kept(&self, d: &Detail, f: impl FnOnce() -> bool) -> bool {
        *kept(self, &self.memo.stated, d, f)
    }

    pub(crate) fn figures_kept(&self, f: impl FnOnce() -> usize) -> usize {
        *self.memo.figures.get_or_init(f)
    }
}
