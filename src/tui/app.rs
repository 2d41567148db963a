//! The reader's state and [`update`], the one function that changes it.
//!
//! The state is split by owner (see [`super::pane`]): the Sources, Reading and
//! Compare panes, search and the overlays each keep their fields private and
//! change through methods only `update` calls. `App` holds them with what they
//! share (the collation and its [`Index`], settings, size, focus, the status
//! message); `update` is a dispatcher from each [`Action`] to the method that
//! carries it out, in the modules below: `navigate` (moving through sentences,
//! contradictions, groups and matches), `mouse`, `select` (what the cursor is
//! on), `cite` (what `e`/`y` write) and `timeline` (the `T` overlay's keys and
//! the `d` order of the sources).

pub mod cite;
mod coverage;
mod facts;
mod mouse;
mod navigate;
mod select;
mod side;
mod timeline;
mod triage;

use navigate::Direction;
pub use select::Relations;

use std::path::{Path, PathBuf};

use ratatui::layout::Rect;

use crate::export::Format;
use crate::model::{Collation, DivergenceKind};

use super::action::{Action, Effect, Pane};
use super::config::Settings;
use super::index::Index;
use super::outline::SourceOrder;
use super::pane::search::Prompt;
use super::pane::triage::MarkFilter;
use super::pane::{
    overlay, Compare, Facts, Overlay, Reading, Scrolled, Search, Side, Sources, Triage,
};

/// The reader's state. Read by the views, changed only by [`update`].
#[derive(Debug)]
pub struct App {
    settings: Settings,
    export_dir: PathBuf,
    warnings: Vec<String>,
    /// `Some(n)` while `n` articles are being collated.
    loading: Option<usize>,
    /// Where the collation has got to, read at each tick while loading.
    progress: Option<(crate::Progress, Option<crate::Stage>)>,
    collation: Collation,
    index: Index,
    size: (u16, u16),
    focus: Pane,
    reading: Reading,
    sources: Sources,
    compare: Compare,
    search: Search,
    facts: Facts,
    /// Lines the help overlay is scrolled by.
    help_scroll: usize,
    /// The coverage overlay's selected entry and scroll.
    coverage: Scrolled,
    /// The coverage of the source the overlay was opened on, computed once
    /// when it opens (a pass over every group of the collation).
    coverage_of: Option<(usize, crate::coverage::Coverage)>,
    /// The timeline overlay's selected value and scroll.
    timeline: Scrolled,
    /// The order of the sources within each story (`d`).
    order: SourceOrder,
    /// The side-by-side view, while open.
    side: Option<Side>,
    overlay: Option<Overlay>,
    /// The contradiction reached with n/N, while still on it.
    divergence: Option<usize>,
    filter: Option<DivergenceKind>,
    /// Whether contradictions, updates or both are shown (`u`).
    relations: Relations,
    /// The triage marks and where they are kept.
    triage: Triage,
    /// Which marks the contradictions shown have, when filtered.
    mark_filter: Option<MarkFilter>,
    format: Format,
    /// The status message and whether it is an error.
    message: Option<(String, bool)>,
    tick: usize,
}

fn empty_collation() -> Collation {
    Collation {
        schema: crate::model::SCHEMA.to_string(),
        articles: Vec::new(),
        groups: Vec::new(),
        divergences: Vec::new(),
        stories: Vec::new(),
        warnings: Vec::new(),
    }
}

impl App {
    /// A reader waiting for `articles` articles to be collated.
    pub fn loading(
        settings: Settings,
        export_dir: PathBuf,
        warnings: Vec<String>,
        articles: usize,
    ) -> Self {
        App {
            settings,
            export_dir,
            warnings,
            loading: Some(articles),
            progress: None,
            collation: empty_collation(),
            index: Index::default(),
            size: (80, 24),
            focus: Pane::Reading,
            reading: Reading::default(),
            sources: Sources::default(),
            compare: Compare::default(),
            search: Search::default(),
            facts: Facts::default(),
            help_scroll: 0,
            coverage: Scrolled::default(),
            coverage_of: None,
            timeline: Scrolled::default(),
            order: SourceOrder::Input,
            side: None,
            overlay: None,
            divergence: None,
            filter: None,
            relations: Relations::All,
            triage: Triage::default(),
            mark_filter: None,
            format: Format::Markdown,
            message: None,
            tick: 0,
        }
    }

    /// A reader over an already collated story, sized `size` (for tests and tools).
    pub fn with_collation(collation: Collation, size: (u16, u16)) -> Self {
        let mut app = App::loading(Settings::default(), PathBuf::from("."), Vec::new(), 0);
        update(&mut app, Action::Resize(size.0, size.1));
        update(&mut app, Action::Loaded(Box::new(collation)));
        app
    }

    /// The keymap and theme in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Where `e` writes.
    pub fn export_dir(&self) -> &Path {
        &self.export_dir
    }

    /// Files skipped while loading, then the collation's warnings.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// `Some(n)` while `n` articles are being collated.
    pub fn loading_count(&self) -> Option<usize> {
        self.loading
    }

    /// Follows `progress` while the collation is made elsewhere.
    pub fn watch_progress(&mut self, progress: crate::Progress) {
        self.progress = Some((progress, None));
    }

    /// The stage the collation was at on the last tick, while loading.
    pub fn loading_stage(&self) -> Option<crate::Stage> {
        self.progress.as_ref().and_then(|(_, seen)| *seen)
    }

    /// Whether the collation has arrived.
    pub fn is_loaded(&self) -> bool {
        self.loading.is_none()
    }

    /// The collation read (empty while loading).
    pub fn collation(&self) -> &Collation {
        &self.collation
    }

    /// Lookups built once over the collation.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The terminal size last reported.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// The pane with the focus.
    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// The Reading pane's state.
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// The Sources pane's state.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// The Compare pane's state.
    pub fn compare(&self) -> &Compare {
        &self.compare
    }

    /// The search prompt and its matches.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The fact table's selection, while it is open.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// The coverage overlay's selection.
    pub fn coverage(&self) -> &Scrolled {
        &self.coverage
    }

    /// The timeline overlay's selection.
    pub fn timeline(&self) -> &Scrolled {
        &self.timeline
    }

    /// The order of the sources within each story.
    pub fn source_order(&self) -> SourceOrder {
        self.order
    }

    /// Lines the help overlay is scrolled by.
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    /// The overlay open over the panes, if any.
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }

    /// The article being read.
    pub fn article(&self) -> usize {
        self.reading.article()
    }

    /// The current sentence of the article being read.
    pub fn sentence(&self) -> usize {
        self.reading.sentence()
    }

    /// The divergence kind shown, when filtered.
    pub fn filter(&self) -> Option<DivergenceKind> {
        self.filter
    }

    /// Whether contradictions, updates or both are shown.
    pub fn relations(&self) -> Relations {
        self.relations
    }

    /// The triage marks.
    pub fn triage(&self) -> &Triage {
        &self.triage
    }

    /// The mark filter, when one is on.
    pub fn mark_filter(&self) -> Option<MarkFilter> {
        self.mark_filter
    }

    /// Reads the marks of `corpus` kept at `path` (before the collation comes).
    pub(in crate::tui) fn open_marks(&mut self, path: Option<PathBuf>, corpus: &str) {
        self.triage = Triage::open(path, corpus);
    }

    /// The format `e` writes.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The status message and whether it is an error.
    pub fn message(&self) -> Option<(&str, bool)> {
        self.message.as_ref().map(|(m, e)| (m.as_str(), *e))
    }

    /// Frames drawn while collating (drives the spinner).
    pub fn tick(&self) -> usize {
        self.tick
    }

    fn say(&mut self, m: String) {
        self.message = Some((m, false));
    }

    fn fail(&mut self, m: String) {
        self.message = Some((m, true));
    }

    /// Takes a new collation: warnings merged, everything derived rebuilt.
    fn load(&mut self, mut c: Collation) {
        let mut warnings = std::mem::take(&mut self.warnings);
        warnings.extend(c.warnings.iter().cloned());
        warnings.dedup();
        c.warnings.clone_from(&warnings);
        self.warnings = warnings;
        self.index = Index::ordered(&c, self.order);
        self.triage.index(&c);
        self.say(format!(
            "collated {} articles: {} groups, {} contradictions",
            c.articles.len(),
            c.groups.len(),
            c.divergences.len()
        ));
        if let Some(e) = self.triage.unreadable() {
            self.fail(format!("marks: {e}; they will not be saved"));
        }
        self.collation = c;
        self.coverage_of = None;
        self.loading = None;
        self.side = None;
        self.reading.reset();
        let first = self.index.outline.order.first().copied().unwrap_or(0);
        self.go(first, 0, None);
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        self.reading.reveal(&self.collation, &self.index, self.size);
    }

    fn cycle_pane(&mut self, way: Direction) {
        let order = [Pane::Sources, Pane::Reading, Pane::Compare];
        let i = order.iter().position(|p| *p == self.focus).unwrap_or(0);
        let step = match way {
            Direction::Forward => 1,
            Direction::Backward => 2,
        };
        self.focus = order[(i + step) % 3];
    }

    /// Esc: clears a search (overlays close before this is reached); it never
    /// quits.
    fn back(&mut self) {
        if self.search.clear() {
            self.say("search cleared".to_string());
        } else {
            let quit = self.settings.keymap.key_for("quit");
            self.say(format!("nothing to close ({quit} quits)"));
        }
    }

    fn confirm_search(&mut self) -> Option<Effect> {
        match self.search.take_other() {
            Some((Prompt::Jump, target)) => self.jump(&target),
            Some((Prompt::Note(d), note)) => return self.save_note(d, note),
            Some((Prompt::Search, _)) => {}
            None if self.search.confirm() => self.next_match(Direction::Forward),
            None => {}
        }
        None
    }

    /// Scrolls the open help by `action`; false when it is no scrolling key.
    fn help_key(&mut self, action: &Action) -> bool {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let page = (self.size.1 as isize - 4).max(1);
        let step = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::HalfDown => (page / 2).max(1),
            Action::HalfUp => -(page / 2).max(1),
            _ => return false,
        };
        let shown = super::views::help::first_line(self, area, self.help_scroll);
        self.help_scroll =
            super::views::help::first_line(self, area, shown.saturating_add_signed(step));
        true
    }

    fn cycle_format(&mut self) {
        self.format = cite::next_format(self.format);
        let name = cite::format_name(self.format);
        self.say(format!("export and copy format: {name}"));
    }
}

/// Applies one action; returns the effect the loop must carry out, if any.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    use Action as A;
    use Direction::{Backward, Forward};
    let user_key = action.from_user();
    if user_key {
        app.message = None;
    }
    if let Some(open) = app.overlay {
        if action == A::Quit {
            return Some(Effect::Quit);
        }
        if open == Overlay::Facts && app.facts_key(&action) {
            return None;
        }
        if open == Overlay::Help && app.help_key(&action) {
            return None;
        }
        if open == Overlay::Coverage && app.coverage_key(&action) {
            return None;
        }
        if open == Overlay::Timeline && app.timeline_key(&action) {
            return None;
        }
        app.overlay = overlay::after(open, &action);
        if app.overlay == Some(Overlay::Facts) && open != Overlay::Facts {
            app.facts.reset();
        }
        if app.overlay == Some(Overlay::Coverage) && open != Overlay::Coverage {
            app.coverage.reset();
        }
        if app.overlay == Some(Overlay::Timeline) && open != Overlay::Timeline {
            app.timeline.reset();
            app.reveal_timeline();
        }
        if app.overlay == Some(Overlay::Help) && open != Overlay::Help {
            app.help_scroll = 0;
        }
        if user_key {
            return None;
        }
    }
    // "terminal too small" is all there is to see: no key acts on what is hidden.
    let too_small = super::layout::panes(Rect::new(0, 0, app.size.0, app.size.1)).is_none();
    if too_small && user_key && action != A::Quit {
        return None;
    }
    if !app.is_loaded() && user_key && !matches!(action, A::Quit | A::Back | A::ToggleHelp) {
        app.say(format!(
            "still collating {} articles…",
            app.loading.unwrap_or(0)
        ));
        return None;
    }
    if app.side.is_some() && app.side_key(&action) {
        return None;
    }
    match action {
        A::Quit => return Some(Effect::Quit),
        A::Back => app.back(),
        A::ToggleHelp => {
            app.help_scroll = 0;
            app.overlay = Some(Overlay::Help);
        }
        A::ToggleFacts => app.open_facts(),
        A::ToggleCoverage => app.open_coverage(),
        A::ToggleTimeline => app.open_timeline(),
        A::ToggleOrder => app.toggle_order(),
        A::NextPane => app.cycle_pane(Direction::Forward),
        A::PrevPane => app.cycle_pane(Direction::Backward),
        A::Down => app.move_by(1, None),
        A::Up => app.move_by(-1, None),
        A::PageDown | A::PageUp | A::HalfDown | A::HalfUp => app.page(&action),
        A::Top => app.move_by(-(isize::MAX / 2), None),
        A::Bottom => app.move_by(isize::MAX / 2, None),
        A::Open => app.open(),
        A::PickSource(i) => app.pick_source(i),
        A::NextContradiction => app.next_contradiction(Forward),
        A::PrevContradiction => app.next_contradiction(Backward),
        A::NextGroup => app.next_group(Forward),
        A::PrevGroup => app.next_group(Backward),
        A::CycleFilter => app.cycle_filter(),
        A::CycleRelations => app.cycle_relations(),
        A::StartSearch => app.search.start(),
        A::StartJump => app.search.start_prompt(Prompt::Jump, String::new()),
        A::SearchInput(c) => app.search.type_char(c),
        A::SearchBackspace => app.search.backspace(),
        A::SearchCancel => app.search.cancel(),
        A::SearchConfirm => return app.confirm_search(),
        A::NextMatch => app.next_match(Forward),
        A::PrevMatch => app.next_match(Backward),
        A::Export => return app.export(),
        A::CycleFormat => app.cycle_format(),
        A::Copy => return app.copy(),
        A::OpenExternal(tool) => return app.open_external(tool),
        A::Mark(verdict) => return app.mark(verdict),
        A::StartNote => app.start_note(),
        A::CycleMarkFilter => app.cycle_mark_filter(),
        A::ExportBrief => return app.export_brief(),
        A::ToggleSide => app.toggle_side(),
        A::SideSource { .. } => {
            let key = app.settings.keymap.key_for("side_by_side");
            app.say(format!("{key} opens the side-by-side view first"));
        }
        A::Resize(w, h) => app.resize(w, h),
        A::Click(col, row) => app.click(col, row),
        A::Scroll { col, row, down } => app.wheel(col, row, down),
        A::Loaded(c) => app.load(*c),
        A::Tick => {
            app.tick = app.tick.wrapping_add(1);
            if let Some((progress, seen)) = &mut app.progress {
                *seen = progress.stage();
            }
        }
        A::Done(Ok(m)) => app.say(m),
        A::Done(Err(e)) => app.fail(e),
    }
    app.sync_side();
    None
}

#[cfg(test)]
mod tests;
