//! Moving through the collation: sentence by sentence or page by page in the
//! focused pane, and from stop to stop (contradictions, aligned groups, search
//! matches) in reading order, wrapping at the end and saying where it landed.

use super::App;
use crate::model::SentenceRef;
use crate::tui::action::{Action, Pane};
use crate::tui::index::Stop;
use crate::tui::pane::{reading, sources};
use crate::tui::views::compare;

/// Which way `n`/`N`, `]`/`[` and the match keys step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    Forward,
    Backward,
}

/// The next (or previous) entry of `stops` after the cursor, wrapping around;
/// `after(t)` is true for stops strictly after the cursor. True when it wrapped.
fn step<T: Copy>(stops: &[T], after: impl Fn(&T) -> bool, way: Direction) -> Option<(T, bool)> {
    if way == Direction::Forward {
        match stops.iter().find(|t| after(t)) {
            Some(t) => Some((*t, false)),
            None => stops.first().map(|t| (*t, true)),
        }
    } else {
        match stops.iter().rfind(|t| !after(t)) {
            Some(t) => Some((*t, false)),
            None => stops.last().map(|t| (*t, true)),
        }
    }
}

fn wrap_note(wrapped: bool) -> &'static str {
    if wrapped {
        " (wrapped)"
    } else {
        ""
    }
}

impl App {
    /// Moves the reading cursor, keeping everything that depends on it in step.
    pub(super) fn go(&mut self, article: usize, sentence: usize, divergence: Option<usize>) {
        self.reading
            .place(&self.collation, &self.index, self.size, article, sentence);
        self.sources.select(article);
        self.divergence = divergence;
        self.compare.reset();
    }

    pub(super) fn move_by(&mut self, step: isize, rows: Option<isize>) {
        match self.focus {
            Pane::Sources => match rows {
                Some(r) => self.sources.step_rows(&self.index.outline, r),
                None => self.sources.step(&self.index.outline, step),
            },
            Pane::Reading => {
                let target = match rows {
                    Some(r) => self.reading.sentence_by_rows(self.size, r),
                    None => crate::tui::pane::shift(self.sentence(), step, self.sentences()),
                };
                self.go(self.article(), target, None);
            }
            Pane::Compare => {
                let (entries, total, height) = self.compare_rows();
                match rows {
                    Some(r) => self.compare.scroll_by(r, &entries, total, height),
                    None => self.compare.step(step, &entries, height),
                }
            }
        }
    }

    /// What Compare shows now: the rows of each other member, all its lines
    /// and the pane's height.
    pub(super) fn compare_rows(&self) -> (Vec<std::ops::Range<usize>>, usize, usize) {
        let Some(body) = compare::body(self.size) else {
            return (Vec::new(), 0, 1);
        };
        let shown = compare::lines(self, body.width);
        (
            shown.others,
            shown.lines.len(),
            usize::from(body.height).max(1),
        )
    }

    /// PageDown/PageUp (a pane's height) and Ctrl-d/Ctrl-u (half of it).
    pub(super) fn page(&mut self, action: &Action) {
        let page = match self.focus {
            Pane::Sources => sources::height(self.size, self.warnings.len()),
            Pane::Reading => reading::height(self.size),
            Pane::Compare => self.compare_rows().2,
        } as isize;
        let rows = match action {
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::HalfDown => (page / 2).max(1),
            _ => -(page / 2).max(1),
        };
        self.move_by(0, Some(rows));
    }

    /// Enter: opens the selected source, goes to the selected Compare entry,
    /// or moves from Reading to Compare.
    pub(super) fn open(&mut self) {
        match self.focus {
            Pane::Sources => {
                let a = self.sources.cursor();
                if a < self.collation.articles.len() {
                    self.go(a, 0, None);
                    self.focus = Pane::Reading;
                }
            }
            Pane::Compare => {
                if let Some(m) = self.others().get(self.compare.cursor()).copied() {
                    let d = self.current_divergence();
                    self.go(m.article, m.sentence, d);
                }
            }
            Pane::Reading => self.focus = Pane::Compare,
        }
    }

    /// `1`…`9`: the i-th source in listing order.
    pub(super) fn pick_source(&mut self, i: usize) {
        if let Some(&a) = self.index.outline.order.get(i) {
            self.go(a, 0, None);
        } else {
            self.fail(format!("no source {}", i + 1));
        }
    }

    /// The next (or previous) sentence of `stops` (in reading order) from the cursor.
    fn step_in_reading_order(
        &self,
        stops: &[SentenceRef],
        way: Direction,
    ) -> Option<(SentenceRef, bool)> {
        let here = self.index.reading_key(self.here());
        let key = |t: &SentenceRef| self.index.reading_key(*t);
        match way {
            Direction::Forward => step(stops, |t| key(t) > here, way),
            Direction::Backward => step(stops, |t| key(t) >= here, way),
        }
    }

    /// The stops `n`/`N` may land on ([`App::stepped`]).
    fn passing(&self, stops: &[Stop]) -> Vec<Stop> {
        let shown = |s: &&Stop| self.stepped(s.divergence);
        stops.iter().filter(shown).copied().collect()
    }

    /// `n`/`N`: the next (or previous) contradiction, each once, in reading
    /// order of its first side, landing on the side in the article being read
    /// when that article is one of the sides. From a sentence that is not on a
    /// contradiction reached so, the nearest side in reading order is next. The
    /// count is the current story's (when the folder has several) under the
    /// current filter, as the report counts them.
    pub(super) fn next_contradiction(&mut self, way: Direction) {
        let firsts = self.passing(&self.index.contradictions);
        let reached = self
            .divergence
            .filter(|d| self.current_divergence() == Some(*d))
            .and_then(|d| firsts.iter().position(|s| s.divergence == d));
        let found = match reached {
            Some(i) => {
                let n = firsts.len();
                let (next, wrapped) = match way {
                    Direction::Forward => (firsts[(i + 1) % n], i + 1 == n),
                    Direction::Backward => (firsts[(i + n - 1) % n], i == 0),
                };
                let d = next.divergence;
                let here = self
                    .index
                    .stops
                    .iter()
                    .copied()
                    .find(|s| s.divergence == d && s.at.article == self.article());
                Some((here.unwrap_or(next), wrapped))
            }
            None => {
                let sides = self.passing(&self.index.stops);
                let here = self.index.reading_key(self.here());
                step(&sides, |t| self.index.reading_key(t.at) >= here, way)
            }
        };
        let what = match self.relations {
            super::Relations::Updates => "updates",
            _ => "contradictions",
        };
        let Some((side, wrapped)) = found else {
            self.say(match self.filter {
                Some(k) => format!("no {k} {what}"),
                None => format!("no {what} found"),
            });
            return;
        };
        let d = side.divergence;
        let story = self.story().map(|(k, _, _)| k);
        self.go(side.at.article, side.at.sentence, Some(d));
        let now = self.story().map(|(k, _, _)| k);
        let outline = &self.index.outline;
        let counted: Vec<&Stop> = firsts
            .iter()
            .filter(|t| now.is_none() || outline.story.get(t.at.article).copied() == now)
            .collect();
        let pos = counted.iter().position(|t| t.divergence == d).unwrap_or(0) + 1;
        let kind = self.collation.divergences[d].kind;
        let story_note = match now {
            Some(k) if now != story => format!(" → story {}", k + 1),
            _ => String::new(),
        };
        let one = match self.collation.divergences[d].relation {
            crate::model::Relation::Update => "update",
            crate::model::Relation::Contradiction => "contradiction",
        };
        // K of M counts in the story and filter; #N is the number reports print.
        self.say(format!(
            "{one} {pos} of {} (#{}) · {kind}{}{story_note}",
            counted.len(),
            d + 1,
            wrap_note(wrapped)
        ));
    }

    pub(super) fn next_group(&mut self, way: Direction) {
        match self.step_in_reading_order(&self.index.aligned, way) {
            Some((r, wrapped)) => {
                self.go(r.article, r.sentence, None);
                let g = self.group().map_or(0, |g| g + 1);
                self.say(format!(
                    "group {g} of {}{}",
                    self.collation.groups.len(),
                    wrap_note(wrapped)
                ));
            }
            None => self.say("no aligned groups".to_string()),
        }
    }

    pub(super) fn next_match(&mut self, way: Direction) {
        let Some(q) = self.search.query().map(str::to_string) else {
            self.say("no search: press / to search".to_string());
            return;
        };
        let matches = self.search.matches(&self.collation, &self.index.outline);
        match self.step_in_reading_order(&matches, way) {
            Some((r, wrapped)) => {
                self.go(r.article, r.sentence, None);
                let pos = matches.iter().position(|t| *t == r).unwrap_or(0) + 1;
                self.say(format!(
                    "match {pos} of {} for \"{q}\"{}",
                    matches.len(),
                    wrap_note(wrapped)
                ));
            }
            None => self.fail(format!("not found: \"{q}\"")),
        }
    }

    /// `:N` goes to contradiction N, `:gN` to group N, numbered from 1 as the
    /// reports number them (JSON index + 1).
    pub(super) fn jump(&mut self, target: &str) {
        let target = target.trim().trim_start_matches('#');
        let (group, number) = match target.strip_prefix(['g', 'G']) {
            Some(n) => (true, n.trim()),
            None => (false, target),
        };
        let (what, count) = if group {
            ("group", self.collation.groups.len())
        } else {
            ("contradiction", self.collation.divergences.len())
        };
        let Some(i) = number
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=count).contains(n))
        else {
            self.fail(format!(
                "no {what} {number:?}: there are {count}, numbered from 1"
            ));
            return;
        };
        let (i, key) = (i - 1, |r: &SentenceRef| self.index.reading_key(*r));
        if group {
            let first = self.collation.groups[i]
                .members
                .iter()
                .min_by_key(|m| key(m));
            if let Some(m) = first.copied() {
                self.go(m.article, m.sentence, None);
            }
            self.say(format!("group {} of {count}", i + 1));
        } else {
            let sides = self.index.stops.iter().filter(|s| s.divergence == i);
            let side = sides
                .clone()
                .find(|s| s.at.article == self.article())
                .or_else(|| sides.min_by_key(|s| key(&s.at)));
            if let Some(s) = side.copied() {
                self.go(s.at.article, s.at.sentence, Some(i));
            }
            let kind = self.collation.divergences[i].kind;
            self.say(format!("contradiction {} of {count} · {kind}", i + 1));
        }
    }

    /// `u`: contradictions only, updates only, then both.
    pub(super) fn cycle_relations(&mut self) {
        self.relations = self.relations.next();
        if self.divergence.is_some_and(|d| !self.passes(d)) {
            self.divergence = None;
        }
        let count = |r: crate::model::Relation| {
            let all = self.collation.divergences.iter();
            all.filter(|d| d.relation == r).count()
        };
        let (c, u) = (
            count(crate::model::Relation::Contradiction),
            count(crate::model::Relation::Update),
        );
        let n = self.settings.keymap.key_for("next_contradiction");
        let plural = |k: usize, noun: &str| match k {
            1 => format!("1 {noun}"),
            _ => format!("{k} {noun}s"),
        };
        let counts = format!("{}, {}", plural(c, "contradiction"), plural(u, "update"));
        self.say(match self.relations.words() {
            Some(words) => format!("showing {words} ({counts})"),
            None => format!("showing both ({counts}; {n} steps through contradictions)"),
        });
    }

    /// `f`: the next divergence kind shown, then all again.
    pub(super) fn cycle_filter(&mut self) {
        let kinds = crate::model::DivergenceKind::ALL;
        self.filter = match self.filter {
            None => Some(kinds[0]),
            Some(k) => kinds
                .iter()
                .position(|x| *x == k)
                .and_then(|i| kinds.get(i + 1))
                .copied(),
        };
        if self.divergence.is_some_and(|d| !self.passes(d)) {
            self.divergence = None;
        }
        let all = self.collation.divergences.len();
        let shown = (0..all).filter(|d| self.passes(*d)).count();
        self.say(match self.filter {
            Some(k) => format!(
                "filter: {k} ({shown} of {all} contradictions shown, {} hidden)",
                all - shown
            ),
            None => format!("filter off ({all} contradictions)"),
        });
    }
}
