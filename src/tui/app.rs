//! The reader's whole state and `update`, the only function that changes it.
//!
//! Everything derived from the collation once (who is in which group, which spans
//! diverge, how stories order the articles, where the contradictions are in that
//! reading order) lives in `Index`; the wrapped layout of each article is cached per
//! width in `layouts`.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::export::{self, Excerpt, Format};
use crate::model::{Collation, DivergenceKind, Group, SentenceRef};

use super::action::{Action, Effect, Pane, Target};
use super::config::Settings;
use super::layout::{self, inner};
use super::outline::Outline;
use super::wrap::{self, Mark, Marked};

/// A divergent span of one sentence: bytes, kind, divergence index.
pub type Span = (Range<usize>, DivergenceKind, usize);

/// Facts about the collation computed once when it arrives.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// `[article][sentence]` → group.
    pub group_of: Vec<Vec<Option<usize>>>,
    /// `[article][sentence]` → divergent spans.
    pub spans: Vec<Vec<Vec<Span>>>,
    /// Contradiction stops in reading order: (article, sentence, divergence).
    pub stops: Vec<(usize, usize, usize)>,
    /// Aligned sentences in reading order.
    pub aligned: Vec<(usize, usize)>,
    /// Stories and the Sources rows; reading order is its article order.
    pub outline: Outline,
    /// `[article]` → its short label ([`labels`]).
    pub labels: Vec<String>,
}

impl Index {
    pub fn new(c: &Collation) -> Self {
        let outline = Outline::new(c);
        let group_of = c.group_index();
        let mut spans: Vec<Vec<Vec<Span>>> = c
            .articles
            .iter()
            .map(|a| vec![Vec::new(); a.sentences.len()])
            .collect();
        let mut stops = Vec::new();
        for (d, div) in c.divergences.iter().enumerate() {
            for v in &div.values {
                if let Some(slot) = spans.get_mut(v.article).and_then(|a| a.get_mut(v.sentence)) {
                    slot.push((v.start..v.end, div.kind, d));
                    stops.push((v.article, v.sentence, d));
                }
            }
        }
        stops.sort_unstable_by_key(|&(a, s, d)| (outline.position[a], s, d));
        stops.dedup();
        let mut aligned: Vec<(usize, usize)> = group_of
            .iter()
            .enumerate()
            .flat_map(|(a, ss)| {
                ss.iter()
                    .enumerate()
                    .filter(|(_, g)| g.is_some())
                    .map(move |(s, _)| (a, s))
            })
            .collect();
        aligned.sort_unstable_by_key(|&(a, s)| (outline.position[a], s));
        Index {
            group_of,
            spans,
            stops,
            aligned,
            outline,
            labels: labels(c),
        }
    }

    /// Where `(article, sentence)` comes in reading order, as a sortable key.
    pub fn reading_key(&self, article: usize, sentence: usize) -> (usize, usize) {
        let at = self.outline.position.get(article).copied();
        (at.unwrap_or(article), sentence)
    }
}

/// A short label per article ([`crate::label::source_labels`]), cut to 10
/// columns from the left so the part that tells sources apart stays.
pub fn labels(c: &Collation) -> Vec<String> {
    crate::label::source_labels(&c.articles)
        .into_iter()
        .map(|label| {
            let n = label.chars().count();
            let short: String = if n > 10 {
                std::iter::once('…')
                    .chain(label.chars().skip(n - 9))
                    .collect()
            } else {
                label
            };
            wrap::sanitise(&short)
        })
        .collect()
}

/// An article wrapped at one width: its sentences and the rows they occupy.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleLayout {
    pub sentences: Vec<Marked>,
    /// Each screen row: `(sentence, line)`, or `None` for a paragraph break.
    pub rows: Vec<Option<(usize, usize)>>,
    /// The first row of each sentence.
    pub first_row: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Facts,
}

/// The reader's state. Read by the views, changed only by [`update`].
#[derive(Debug)]
pub struct App {
    pub settings: Settings,
    pub export_dir: PathBuf,
    pub warnings: Vec<String>,
    /// `Some(n)` while `n` articles are being collated.
    pub loading: Option<usize>,
    pub collation: Collation,
    pub index: Index,
    pub size: (u16, u16),
    pub focus: Pane,
    pub article: usize,
    pub sentence: usize,
    /// The contradiction reached with n/N, if still on it.
    pub divergence: Option<usize>,
    pub source_cursor: usize,
    pub compare_cursor: usize,
    pub compare_scroll: usize,
    pub reading_scroll: usize,
    pub filter: Option<DivergenceKind>,
    pub overlay: Option<Overlay>,
    /// The search being typed.
    pub search_input: Option<String>,
    /// The confirmed search, highlighted and stepped through with next/prev match.
    pub query: Option<String>,
    pub format: Format,
    /// The status message and whether it is an error.
    pub message: Option<(String, bool)>,
    pub tick: usize,
    layouts: HashMap<usize, ArticleLayout>,
    layout_width: u16,
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
            collation: empty_collation(),
            index: Index::default(),
            size: (80, 24),
            focus: Pane::Reading,
            article: 0,
            sentence: 0,
            divergence: None,
            source_cursor: 0,
            compare_cursor: 0,
            compare_scroll: 0,
            reading_scroll: 0,
            filter: None,
            overlay: None,
            search_input: None,
            query: None,
            format: Format::Markdown,
            message: None,
            tick: 0,
            layouts: HashMap::new(),
            layout_width: 0,
        }
    }

    /// A reader over an already collated story, sized `size` (for tests and tools).
    pub fn with_collation(collation: Collation, size: (u16, u16)) -> Self {
        let mut app = App::loading(Settings::default(), PathBuf::from("."), Vec::new(), 0);
        update(&mut app, Action::Resize(size.0, size.1));
        update(&mut app, Action::Loaded(Box::new(collation)));
        app
    }

    pub fn is_loaded(&self) -> bool {
        self.loading.is_none()
    }

    /// A short label for an article (see [`labels`]).
    pub fn label(&self, article: usize) -> &str {
        self.index.labels.get(article).map_or("", String::as_str)
    }

    /// Contradictions touching an article, under the current filter.
    pub fn contradictions_in(&self, article: usize) -> usize {
        let mut ds: Vec<usize> = self
            .index
            .stops
            .iter()
            .filter(|(a, _, d)| *a == article && self.passes(*d))
            .map(|(_, _, d)| *d)
            .collect();
        ds.dedup();
        ds.len()
    }

    fn passes(&self, d: usize) -> bool {
        self.filter
            .is_none_or(|k| self.collation.divergences[d].kind == k)
    }

    /// The group the Compare pane shows: the current contradiction's, since a
    /// sentence stating several facts belongs to several groups; else the
    /// sentence's first group.
    pub fn group(&self) -> Option<usize> {
        if let Some(d) = self.current_divergence() {
            return Some(self.collation.divergences[d].group);
        }
        self.index
            .group_of
            .get(self.article)
            .and_then(|a| a.get(self.sentence))
            .copied()
            .flatten()
    }

    /// The contradiction the Compare pane explains: the one reached with n/N, else
    /// the first (filtered) one on the current sentence.
    pub fn current_divergence(&self) -> Option<usize> {
        let here = self.spans_here();
        if let Some(d) = self.divergence {
            if here.iter().any(|(_, _, x)| *x == d) {
                return Some(d);
            }
        }
        here.iter().map(|(_, _, d)| *d).find(|d| self.passes(*d))
    }

    fn spans_here(&self) -> &[Span] {
        self.index
            .spans
            .get(self.article)
            .and_then(|a| a.get(self.sentence))
            .map_or(&[], Vec::as_slice)
    }

    /// The other members of the current sentence's group, in article order.
    pub fn others(&self) -> Vec<SentenceRef> {
        let Some(g) = self.group() else {
            return Vec::new();
        };
        let mut members: Vec<SentenceRef> = self.collation.groups[g]
            .members
            .iter()
            .filter(|m| !(m.article == self.article && m.sentence == self.sentence))
            .copied()
            .collect();
        members.sort();
        members
    }

    /// Details and divergent spans of one sentence (byte ranges into its text).
    pub fn sentence_marks(&self, article: usize, sentence: usize) -> Vec<(Range<usize>, Mark)> {
        self.marks_where(article, sentence, |_| true)
    }

    /// [`App::sentence_marks`] with only the divergent spans of one group: a
    /// sentence in two groups shows, beside each, only what differs there.
    pub fn group_marks(
        &self,
        article: usize,
        sentence: usize,
        group: usize,
    ) -> Vec<(Range<usize>, Mark)> {
        self.marks_where(article, sentence, |d| {
            self.collation.divergences[d].group == group
        })
    }

    fn marks_where(
        &self,
        article: usize,
        sentence: usize,
        shown: impl Fn(usize) -> bool,
    ) -> Vec<(Range<usize>, Mark)> {
        let s = &self.collation.articles[article].sentences[sentence];
        let mut marks: Vec<(Range<usize>, Mark)> = s
            .details
            .iter()
            .map(|d| (d.start..d.end, Mark::Detail))
            .collect();
        if let Some(spans) = self.index.spans.get(article).and_then(|a| a.get(sentence)) {
            marks.extend(
                spans
                    .iter()
                    .filter(|(_, _, d)| shown(*d))
                    .map(|(r, k, _)| (r.clone(), Mark::Divergent(*k))),
            );
        }
        marks
    }

    /// Display text and marks for one sentence.
    pub fn marked(&self, article: usize, sentence: usize) -> Marked {
        let text = &self.collation.articles[article].sentences[sentence].text;
        wrap::markup(text, &self.sentence_marks(article, sentence))
    }

    /// The layout of `article` at `width`, built without touching the cache.
    pub fn build_layout(&self, article: usize, width: u16) -> ArticleLayout {
        let a = &self.collation.articles[article];
        let mut out = ArticleLayout::default();
        let mut prev_end = None;
        for (i, s) in a.sentences.iter().enumerate() {
            let paragraph = prev_end.is_some_and(|p: usize| {
                a.text
                    .get(p..s.start.max(p))
                    .is_some_and(|gap| gap.contains("\n\n"))
            });
            if paragraph {
                out.rows.push(None);
            }
            let m = self.marked(article, i).wrapped(width);
            out.first_row.push(out.rows.len());
            out.rows.extend((0..m.lines.len()).map(|l| Some((i, l))));
            out.sentences.push(m);
            prev_end = Some(s.end);
        }
        out
    }

    /// The cached layout of the current article, if it matches the current width.
    pub fn layout(&self) -> Option<&ArticleLayout> {
        (self.layout_width == layout::reading_text_width(self.size))
            .then(|| self.layouts.get(&self.article))
            .flatten()
    }

    /// The cached layout of the current article at text `width`, if there is one.
    pub fn cached_layout(&self, width: u16) -> Option<&ArticleLayout> {
        (self.layout_width == width)
            .then(|| self.layouts.get(&self.article))
            .flatten()
    }

    fn ensure_layout(&mut self) {
        if !self.is_loaded() || self.article >= self.collation.articles.len() {
            return;
        }
        let width = layout::reading_text_width(self.size);
        if width != self.layout_width || self.layouts.len() > 64 {
            self.layouts.clear();
            self.layout_width = width;
        }
        if !self.layouts.contains_key(&self.article) {
            let built = self.build_layout(self.article, width);
            self.layouts.insert(self.article, built);
        }
    }

    fn reading_height(&self) -> usize {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        layout::panes(area).map_or(1, |p| usize::from(inner(p.reading).height).max(1))
    }

    fn sources_height(&self) -> usize {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        layout::panes(area).map_or(1, |p| {
            let h = usize::from(inner(p.sources).height);
            h.saturating_sub(warning_rows(self.warnings.len(), h) + date_rows(h))
                .max(1)
        })
    }

    /// Scrolls the reading pane so the current sentence is in view.
    fn scroll_into_view(&mut self) {
        self.ensure_layout();
        let height = self.reading_height();
        let Some(l) = self.layout() else { return };
        let Some(&first) = l.first_row.get(self.sentence) else {
            return;
        };
        let last = l
            .first_row
            .get(self.sentence + 1)
            .map_or(l.rows.len(), |n| *n)
            - 1;
        let last = last.max(first);
        let mut scroll = self.reading_scroll;
        if last >= scroll + height {
            scroll = last + 1 - height;
        }
        if first < scroll {
            scroll = first;
        }
        self.reading_scroll = scroll;
    }

    fn sentences(&self) -> usize {
        self.collation
            .articles
            .get(self.article)
            .map_or(0, |a| a.sentences.len())
    }

    /// Moves the reading cursor, keeping everything that depends on it in step.
    fn go(&mut self, article: usize, sentence: usize, divergence: Option<usize>) {
        if article != self.article {
            self.reading_scroll = 0;
        }
        self.article = article;
        self.source_cursor = article;
        self.sentence = sentence.min(self.sentences().saturating_sub(1));
        self.divergence = divergence;
        self.compare_cursor = 0;
        self.compare_scroll = 0;
        self.scroll_into_view();
    }

    /// The sentence `rows` screen rows below (or above) the current one.
    fn sentence_by_rows(&self, rows: isize) -> usize {
        let Some(l) = self.layout() else {
            return self.sentence;
        };
        let Some(&first) = l.first_row.get(self.sentence) else {
            return self.sentence;
        };
        let target = (first as isize + rows).clamp(0, l.rows.len() as isize - 1) as usize;
        let found = l
            .first_row
            .partition_point(|r| *r <= target)
            .saturating_sub(1);
        if rows > 0 && found == self.sentence {
            (self.sentence + 1).min(self.sentences().saturating_sub(1))
        } else {
            found
        }
    }

    fn move_by(&mut self, step: isize, rows: Option<isize>) {
        match self.focus {
            Pane::Sources => {
                let o = &self.index.outline;
                self.source_cursor = match rows {
                    Some(r) => o.step_rows(self.source_cursor, r),
                    None => o.step(self.source_cursor, step),
                };
            }
            Pane::Reading => {
                let target = match rows {
                    Some(r) => self.sentence_by_rows(r),
                    None => shift(self.sentence, step, self.sentences()),
                };
                self.go(self.article, target, None);
            }
            Pane::Compare => {
                let n = self.others().len();
                self.compare_cursor = shift(self.compare_cursor, rows.unwrap_or(step), n);
            }
        }
    }

    /// The next (or previous) entry of `stops` after the cursor, wrapping around.
    fn step<T: Copy>(stops: &[T], key: impl Fn(&T) -> bool, forward: bool) -> Option<(T, bool)> {
        // `key(t)` is true for stops strictly after the cursor.
        if forward {
            match stops.iter().find(|t| key(t)) {
                Some(t) => Some((*t, false)),
                None => stops.first().map(|t| (*t, true)),
            }
        } else {
            let before: Vec<&T> = stops.iter().filter(|t| !key(t)).collect();
            match before.last() {
                Some(t) => Some((**t, false)),
                None => stops.last().map(|t| (*t, true)),
            }
        }
    }

    /// The next (or previous) sentence of `stops` (in reading order) from the cursor.
    fn step_in_reading_order(
        &self,
        stops: &[(usize, usize)],
        forward: bool,
    ) -> Option<((usize, usize), bool)> {
        let here = self.index.reading_key(self.article, self.sentence);
        let key = |t: &(usize, usize)| self.index.reading_key(t.0, t.1);
        if forward {
            Self::step(stops, |t| key(t) > here, true)
        } else {
            Self::step(stops, |t| key(t) >= here, false)
        }
    }

    /// The current story, when the folder has several: `(index, count, label)`.
    pub fn story(&self) -> Option<(usize, usize, &str)> {
        let o = &self.index.outline;
        if !o.has_headers() {
            return None;
        }
        let k = *o.story.get(self.article)?;
        Some((k, o.stories.len(), o.stories[k].label.as_str()))
    }

    fn next_contradiction(&mut self, forward: bool) {
        let stops: Vec<(usize, usize, usize)> = self
            .index
            .stops
            .iter()
            .copied()
            .filter(|(_, _, d)| self.passes(*d))
            .collect();
        let here = (
            self.index.reading_key(self.article, self.sentence),
            self.divergence,
        );
        let key = |t: &(usize, usize, usize)| (self.index.reading_key(t.0, t.1), Some(t.2));
        let after = |t: &(usize, usize, usize)| key(t) > here;
        let before_or_here = |t: &(usize, usize, usize)| key(t) >= here;
        let found = if forward {
            Self::step(&stops, after, true)
        } else {
            Self::step(&stops, before_or_here, false)
        };
        let Some(((a, s, d), wrapped)) = found else {
            self.say(match self.filter {
                Some(k) => format!("no {k} contradictions"),
                None => "no contradictions found".to_string(),
            });
            return;
        };
        let story = self.story().map(|(k, _, _)| k);
        self.go(a, s, Some(d));
        // With several stories, the count is the current story's.
        let now = self.story().map(|(k, _, _)| k);
        let outline = &self.index.outline;
        let counted: Vec<&(usize, usize, usize)> = stops
            .iter()
            .filter(|t| now.is_none() || outline.story.get(t.0).copied() == now)
            .collect();
        let pos = counted.iter().position(|t| **t == (a, s, d)).unwrap_or(0) + 1;
        let kind = self.collation.divergences[d].kind;
        let wrap_note = if wrapped { " (wrapped)" } else { "" };
        let story_note = match now {
            Some(k) if now != story => format!(" → story {}", k + 1),
            _ => String::new(),
        };
        self.say(format!(
            "contradiction {pos} of {} · {kind}{wrap_note}{story_note}",
            counted.len()
        ));
    }

    fn next_group(&mut self, forward: bool) {
        let found = self.step_in_reading_order(&self.index.aligned, forward);
        match found {
            Some(((a, s), wrapped)) => {
                self.go(a, s, None);
                let g = self.group().map_or(0, |g| g + 1);
                let wrap_note = if wrapped { " (wrapped)" } else { "" };
                self.say(format!(
                    "group {g} of {}{wrap_note}",
                    self.collation.groups.len()
                ));
            }
            None => self.say("no aligned groups".to_string()),
        }
    }

    /// Sentences matching the confirmed query, in reading order.
    fn matches(&self) -> Vec<(usize, usize)> {
        let Some(q) = self.query.as_deref().filter(|q| !q.is_empty()) else {
            return Vec::new();
        };
        let q = q.to_lowercase();
        self.index
            .outline
            .order
            .iter()
            .map(|&a| (a, &self.collation.articles[a]))
            .flat_map(|(a, art)| {
                let q = q.clone();
                art.sentences
                    .iter()
                    .enumerate()
                    .filter(move |(_, s)| s.text.to_lowercase().contains(&q))
                    .map(move |(s, _)| (a, s))
            })
            .collect()
    }

    fn next_match(&mut self, forward: bool) {
        let Some(q) = self.query.clone() else {
            self.say("no search: press / to search".to_string());
            return;
        };
        let matches = self.matches();
        let found = self.step_in_reading_order(&matches, forward);
        match found {
            Some(((a, s), wrapped)) => {
                self.go(a, s, None);
                let pos = matches.iter().position(|t| *t == (a, s)).unwrap_or(0) + 1;
                let wrap_note = if wrapped { " (wrapped)" } else { "" };
                self.say(format!(
                    "match {pos} of {} for \"{q}\"{wrap_note}",
                    matches.len()
                ));
            }
            None => self.fail(format!("not found: \"{q}\"")),
        }
    }

    /// What `e`/`y` cite from here, and a file stem for it.
    pub fn target(&self) -> Option<(Target, String)> {
        if !self.is_loaded() || self.sentences() == 0 {
            return None;
        }
        if let Some(d) = self.current_divergence() {
            let kind = self.collation.divergences[d].kind;
            return Some((
                Target::Excerpt(Excerpt::Divergence(d)),
                format!("parallax-{kind}-{}", d + 1),
            ));
        }
        if let Some(g) = self.group() {
            return Some((
                Target::Excerpt(Excerpt::Group(g)),
                format!("parallax-group-{}", g + 1),
            ));
        }
        let label = self.label(self.article);
        Some((
            Target::Sentence(self.article, self.sentence),
            format!("parallax-{label}-s{}", self.sentence + 1),
        ))
    }

    /// The excerpt text for `target` in `format` (a lone sentence is cited as a
    /// one-member group so it is formatted like any other excerpt).
    pub fn excerpt(&self, target: Target, format: Format) -> String {
        match target {
            Target::Excerpt(e) => export::excerpt(&self.collation, e, format),
            Target::Sentence(a, s) => {
                let mut one = empty_collation();
                one.articles.push(self.collation.articles[a].clone());
                one.groups.push(Group {
                    members: vec![SentenceRef {
                        article: 0,
                        sentence: s,
                    }],
                    score: 1.0,
                });
                export::excerpt(&one, Excerpt::Group(0), format)
            }
        }
    }

    fn say(&mut self, m: String) {
        self.message = Some((m, false));
    }

    fn fail(&mut self, m: String) {
        self.message = Some((m, true));
    }

    fn click(&mut self, col: u16, row: u16) {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let Some(p) = layout::panes(area) else { return };
        let hit = |r: ratatui::layout::Rect| {
            col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
        };
        if hit(p.sources) {
            self.focus = Pane::Sources;
            let i = inner(p.sources);
            if row >= i.y && row < i.y + i.height {
                let (row, height) = (usize::from(row - i.y), self.sources_height());
                let o = &self.index.outline;
                let selected = o.row.get(self.source_cursor).copied().unwrap_or(0);
                let clicked = o.article_on_line(list_offset(selected, height), height, row);
                if let Some(a) = clicked.filter(|_| row < height) {
                    self.go(a, 0, None);
                }
            }
        } else if hit(p.reading) {
            self.focus = Pane::Reading;
            let i = inner(p.reading);
            if row >= i.y && row < i.y + i.height {
                let r = self.reading_scroll + usize::from(row - i.y);
                let s = self.layout().and_then(|l| l.rows.get(r).copied().flatten());
                if let Some((s, _)) = s {
                    self.go(self.article, s, None);
                }
            }
        } else if hit(p.compare) {
            self.focus = Pane::Compare;
        }
    }

    fn scroll(&mut self, col: u16, row: u16, down: bool) {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let Some(p) = layout::panes(area) else { return };
        let hit = |r: ratatui::layout::Rect| {
            col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
        };
        let delta: isize = if down { 3 } else { -3 };
        if hit(p.sources) {
            self.source_cursor = self.index.outline.step(self.source_cursor, delta);
        } else if hit(p.reading) {
            let rows = self.layout().map_or(0, |l| l.rows.len());
            self.reading_scroll = shift(self.reading_scroll, delta, rows);
        } else if hit(p.compare) {
            self.compare_scroll = self.compare_scroll.saturating_add_signed(delta);
        }
    }
}

/// `at + step` clamped to `0..n`.
fn shift(at: usize, step: isize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    at.saturating_add_signed(step).min(n - 1)
}

/// The first visible row of a list of `height` rows that keeps `selected` in view.
pub fn list_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

/// Rows of the Sources pane given to the line on the current article's date
/// (under the list, when the pane has room for it).
pub fn date_rows(height: usize) -> usize {
    usize::from(height >= 8)
}

/// Rows of the Sources pane given to skipped-file warnings.
pub fn warning_rows(warnings: usize, height: usize) -> usize {
    if warnings == 0 {
        0
    } else {
        (warnings + 1).min(height / 3)
    }
}

fn next_format(f: Format) -> Format {
    match f {
        Format::Markdown => Format::Html,
        Format::Html => Format::Json,
        Format::Json => Format::Text,
        Format::Text => Format::Markdown,
    }
}

fn next_filter(f: Option<DivergenceKind>) -> Option<DivergenceKind> {
    let all = DivergenceKind::ALL;
    match f {
        None => Some(all[0]),
        Some(k) => all
            .iter()
            .position(|x| *x == k)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}

/// Applies one action; returns the effect the loop must carry out, if any.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    use Action as A;
    let user_key = !matches!(action, A::Tick | A::Resize(..) | A::Loaded(_) | A::Done(_));
    if user_key {
        app.message = None;
    }
    if let Some(overlay) = app.overlay {
        match action {
            A::ToggleHelp if overlay == Overlay::Help => app.overlay = None,
            A::ToggleFacts if overlay == Overlay::Facts => app.overlay = None,
            A::ToggleHelp => app.overlay = Some(Overlay::Help),
            A::ToggleFacts => app.overlay = Some(Overlay::Facts),
            A::Quit => return Some(Effect::Quit),
            A::Tick | A::Resize(..) | A::Loaded(_) | A::Done(_) => {}
            _ => app.overlay = None,
        }
        if user_key {
            return None;
        }
    }
    if !app.is_loaded() && user_key && !matches!(action, A::Quit | A::Back | A::ToggleHelp) {
        app.say(format!(
            "still collating {} articles…",
            app.loading.unwrap_or(0)
        ));
        return None;
    }
    match action {
        A::Quit => return Some(Effect::Quit),
        A::Back => {
            if app.query.take().is_some() {
                app.say("search cleared".to_string());
            } else {
                return Some(Effect::Quit);
            }
        }
        A::ToggleHelp => app.overlay = Some(Overlay::Help),
        A::ToggleFacts => app.overlay = Some(Overlay::Facts),
        A::NextPane | A::PrevPane => {
            let order = [Pane::Sources, Pane::Reading, Pane::Compare];
            let i = order.iter().position(|p| *p == app.focus).unwrap_or(0);
            let step = if action == A::NextPane { 1 } else { 2 };
            app.focus = order[(i + step) % 3];
        }
        A::Down => app.move_by(1, None),
        A::Up => app.move_by(-1, None),
        A::PageDown | A::PageUp | A::HalfDown | A::HalfUp => {
            let page = match app.focus {
                Pane::Sources => app.sources_height(),
                _ => app.reading_height(),
            } as isize;
            let rows = match action {
                A::PageDown => page,
                A::PageUp => -page,
                A::HalfDown => (page / 2).max(1),
                _ => -(page / 2).max(1),
            };
            app.move_by(0, Some(rows));
        }
        A::Top => app.move_by(-(isize::MAX / 2), None),
        A::Bottom => app.move_by(isize::MAX / 2, None),
        A::Open => match app.focus {
            Pane::Sources => {
                if app.source_cursor < app.collation.articles.len() {
                    app.go(app.source_cursor, 0, None);
                    app.focus = Pane::Reading;
                }
            }
            Pane::Compare => {
                if let Some(m) = app.others().get(app.compare_cursor).copied() {
                    let d = app.current_divergence();
                    app.go(m.article, m.sentence, d);
                }
            }
            Pane::Reading => app.focus = Pane::Compare,
        },
        A::PickSource(i) => {
            if let Some(&a) = app.index.outline.order.get(i) {
                app.go(a, 0, None);
            } else {
                app.fail(format!("no source {}", i + 1));
            }
        }
        A::NextContradiction => app.next_contradiction(true),
        A::PrevContradiction => app.next_contradiction(false),
        A::NextGroup => app.next_group(true),
        A::PrevGroup => app.next_group(false),
        A::CycleFilter => {
            app.filter = next_filter(app.filter);
            if app.divergence.is_some_and(|d| !app.passes(d)) {
                app.divergence = None;
            }
            let n = (0..app.collation.divergences.len())
                .filter(|d| app.passes(*d))
                .count();
            app.say(match app.filter {
                Some(k) => format!("filter: {k} ({n} contradictions)"),
                None => format!("filter off ({n} contradictions)"),
            });
        }
        A::StartSearch => app.search_input = Some(String::new()),
        A::SearchInput(c) => {
            if let Some(s) = app.search_input.as_mut() {
                s.push(c);
            }
        }
        A::SearchBackspace => {
            if let Some(s) = app.search_input.as_mut() {
                s.pop();
            }
        }
        A::SearchCancel => app.search_input = None,
        A::SearchConfirm => {
            let q = app.search_input.take().unwrap_or_default();
            if q.is_empty() {
                app.query = None;
            } else {
                app.query = Some(q);
                app.next_match(true);
            }
        }
        A::NextMatch => app.next_match(true),
        A::PrevMatch => app.next_match(false),
        A::Export => match app.target() {
            Some((what, stem)) => {
                return Some(Effect::Export {
                    what,
                    format: app.format,
                    stem,
                    dir: app.export_dir.clone(),
                })
            }
            None => app.fail("nothing to export".to_string()),
        },
        A::CycleFormat => {
            app.format = next_format(app.format);
            app.say(format!("export format: {}", app.format.extension()));
        }
        A::Copy => match app.target() {
            Some((what, _)) => return Some(Effect::Copy(app.excerpt(what, Format::Text))),
            None => app.fail("nothing to copy".to_string()),
        },
        A::Resize(w, h) => {
            app.size = (w, h);
            app.scroll_into_view();
        }
        A::Click(col, row) => app.click(col, row),
        A::Scroll { col, row, down } => app.scroll(col, row, down),
        A::Loaded(c) => {
            let mut c = *c;
            let mut warnings = std::mem::take(&mut app.warnings);
            warnings.extend(c.warnings.iter().cloned());
            warnings.dedup();
            c.warnings.clone_from(&warnings);
            app.warnings = warnings;
            app.index = Index::new(&c);
            app.say(format!(
                "collated {} articles: {} groups, {} contradictions",
                c.articles.len(),
                c.groups.len(),
                c.divergences.len()
            ));
            app.collation = c;
            app.loading = None;
            app.layouts.clear();
            let first = app.index.outline.order.first().copied().unwrap_or(0);
            app.go(first, 0, None);
        }
        A::Tick => app.tick = app.tick.wrapping_add(1),
        A::Done(Ok(m)) => app.say(m),
        A::Done(Err(e)) => app.fail(e),
    }
    None
}

#[cfg(test)]
mod tests;
