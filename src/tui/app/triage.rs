//! Triage from the reader: `c`, `x` and `!` mark the contradiction explained
//! in Compare confirmed, dismissed or to check (the same key again unmarks
//! it), `a` writes a note, `F` shows only the contradictions with one mark,
//! and `B` exports the confirmed ones as a cited brief. Every change is saved
//! at once through an effect ([`Effect::SaveMarks`]).

use super::App;
use crate::triage::{Mark, Verdict};
use crate::tui::action::{Effect, Target};
use crate::tui::pane::search::Prompt;
use crate::tui::pane::triage::MarkFilter;

impl App {
    /// The contradiction a mark applies to: the one Compare explains.
    fn marked_divergence(&mut self) -> Option<usize> {
        let d = self.current_divergence();
        if d.is_none() {
            let n = self.settings.keymap.key_for("next_contradiction");
            self.fail(format!("no contradiction here to mark ({n} goes to one)"));
        }
        d
    }

    /// What the mark's file records the divergence as, for a person.
    fn about(&self, d: usize) -> String {
        let div = &self.collation.divergences[d];
        format!("{}: {}", div.kind, div.note)
    }

    /// The effect that saves the marks, saying `done` when it has.
    fn save_marks(&mut self, done: String) -> Option<Effect> {
        match self.triage.to_save() {
            Ok((path, marks)) => Some(Effect::SaveMarks { path, marks, done }),
            Err(why) => {
                self.fail(format!("{done}; {why}"));
                None
            }
        }
    }

    /// `c`/`x`/`!`: gives the contradiction explained `verdict`, or takes it
    /// back when it already has it (its note stays with a new verdict).
    pub(super) fn mark(&mut self, verdict: Verdict) -> Option<Effect> {
        let d = self.marked_divergence()?;
        let old = self.triage.mark(d).cloned();
        let done = if old.as_ref().is_some_and(|m| m.verdict == verdict) {
            self.triage.set(d, None);
            format!("#{} unmarked", d + 1)
        } else {
            let note = old.map(|m| m.note).unwrap_or_default();
            let about = self.about(d);
            self.triage.set(
                d,
                Some(Mark {
                    verdict,
                    note,
                    about,
                }),
            );
            format!("#{} marked {verdict}", d + 1)
        };
        self.save_marks(done)
    }

    /// `a`: the note prompt, holding the note already written.
    pub(super) fn start_note(&mut self) {
        let Some(d) = self.marked_divergence() else {
            return;
        };
        let note = self
            .triage
            .mark(d)
            .map(|m| m.note.clone())
            .unwrap_or_default();
        self.search.start_prompt(Prompt::Note(d), note);
    }

    /// Enter in the note prompt: the note saved (a contradiction with no
    /// mark yet becomes one to check; an empty note removes the note).
    pub(super) fn save_note(&mut self, d: usize, note: String) -> Option<Effect> {
        let note = note.trim().to_string();
        let about = self.about(d);
        let verdict = self.triage.mark(d).map_or(Verdict::Check, |m| m.verdict);
        self.triage.set(
            d,
            Some(Mark {
                verdict,
                note,
                about,
            }),
        );
        self.save_marks(format!("#{} note written ({verdict})", d + 1))
    }

    /// `F`: the next mark filter (unmarked, confirmed, dismissed, to check,
    /// then all), saying how many it shows.
    pub(super) fn cycle_mark_filter(&mut self) {
        self.mark_filter = MarkFilter::next(self.mark_filter);
        if self.divergence.is_some_and(|d| !self.passes(d)) {
            self.divergence = None;
        }
        let all = self.collation.divergences.len();
        let shown = (0..all).filter(|d| self.passes(*d)).count();
        self.say(match self.mark_filter {
            Some(f) => format!(
                "marks: {} ({shown} of {all} contradictions shown)",
                f.words()
            ),
            None => format!("marks filter off ({shown} of {all} contradictions shown)"),
        });
    }

    /// `B`: the confirmed contradictions as a cited brief, in the export format.
    pub(super) fn export_brief(&mut self) -> Option<Effect> {
        let confirmed = (0..self.collation.divergences.len())
            .filter(|d| {
                self.triage
                    .mark(*d)
                    .is_some_and(|m| m.verdict == Verdict::Confirmed)
            })
            .count();
        if confirmed == 0 {
            let c = self.settings.keymap.key_for("confirm");
            self.fail(format!(
                "no confirmed contradictions to brief ({c} confirms one)"
            ));
            return None;
        }
        Some(Effect::Export {
            what: Target::Brief,
            format: self.format,
            stem: "parallax-brief".to_string(),
            dir: self.export_dir.clone(),
        })
    }
}
