//! The `T` overlay: the current story's timeline ([`crate::timeline`]). A
//! header lists the story's sources by date of writing; below it, each fact
//! that changed over time (an update) under its note, one line per source
//! that states it, oldest first: the date, the source, the value and the
//! words around it. A value that moved since the line above is in the
//! update colour. `j`/`k` select a value, Enter goes to its sentence. The
//! rows and their layout ([`layout`]) are shared with `update`, which scrolls.

use std::ops::Range;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::model::SentenceRef;
use crate::timeline::{timeline, Timeline};
use crate::tui::app::App;
use crate::tui::wrap::{sanitise, wrap_ranges};

/// What a line of the overlay is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The sources by date, or a fact's heading.
    Heading,
    /// A line of explanation (the empty case).
    Note,
    /// A value: the sentence it leads to and its update.
    Value {
        /// The sentence stating it.
        at: SentenceRef,
        /// Index into `Collation::divergences`.
        divergence: usize,
        /// It differs from the value on the line above.
        moved: bool,
    },
}

/// One line of the overlay: the date and source columns, the value, and what
/// follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub part: Part,
    /// A heading's or note's text, else "Mon 3 Mar  01" padded to the columns.
    pub lead: String,
    /// The value, on a value line, padded to the widest value of its fact.
    pub value: String,
    /// The sentence from a few words before the value.
    pub context: String,
}

impl Row {
    fn plain(part: Part, text: String) -> Self {
        Row {
            part,
            lead: text,
            value: String::new(),
            context: String::new(),
        }
    }

    /// Where Enter goes from this line.
    pub fn to(&self) -> Option<(SentenceRef, usize)> {
        match self.part {
            Part::Value { at, divergence, .. } => Some((at, divergence)),
            _ => None,
        }
    }
}

/// Words of context kept before a value.
const WORDS_BEFORE: usize = 3;

/// `text` from `WORDS_BEFORE` words before byte `start`, an ellipsis when
/// that cuts the sentence.
fn around(text: &str, start: usize) -> String {
    let before = text.get(..start).unwrap_or(text);
    let starts: Vec<usize> = before
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || before[..i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
        .collect();
    if starts.len() <= WORDS_BEFORE {
        return text.trim().to_string();
    }
    let from = starts[starts.len() - WORDS_BEFORE];
    format!("…{}", text[from..].trim())
}

/// The timeline of the story of the source being read.
pub fn story_timeline(app: &App) -> Timeline {
    let outline = &app.index().outline;
    let articles = outline
        .story
        .get(app.article())
        .and_then(|k| outline.stories.get(*k))
        .map(|s| s.articles.clone())
        .unwrap_or_default();
    timeline(app.collation(), &articles)
}

/// The overlay's lines for the current story, headings wrapped at `width`.
pub fn rows(app: &App, width: usize) -> Vec<Row> {
    let c = app.collation();
    let t = story_timeline(app);
    let mut out = Vec::new();
    // Headings and notes wrap at the width; value lines are cut.
    let plain = |out: &mut Vec<Row>, part: Part, text: &str| {
        let ranges = wrap_ranges(text, u16::try_from(width.max(1)).unwrap_or(u16::MAX));
        if ranges.is_empty() {
            out.push(Row::plain(part.clone(), String::new()));
        }
        for r in ranges {
            out.push(Row::plain(part.clone(), text[r].trim_end().to_string()));
        }
    };
    let days = t.sources_by_day(|a| app.label(a).to_string());
    let header = format!("Sources by date of writing: {}", days.join(" · "));
    plain(&mut out, Part::Heading, &header);
    if let Some(empty) = t.empty_message() {
        plain(&mut out, Part::Note, "");
        plain(&mut out, Part::Note, &empty);
        return out;
    }
    let day_w = t
        .facts
        .iter()
        .flat_map(|f| &f.steps)
        .map(|s| t.day(s.day).width())
        .max()
        .unwrap_or(0);
    let label_w = t
        .sources
        .iter()
        .map(|(a, _)| app.label(*a).width())
        .max()
        .unwrap_or(0);
    for f in &t.facts {
        plain(&mut out, Part::Note, "");
        let heading = format!("#{} {}: {}", f.divergence + 1, f.kind, f.note);
        plain(&mut out, Part::Heading, &heading);
        let value_w = f
            .steps
            .iter()
            .map(|s| sanitise(&s.text).width())
            .max()
            .unwrap_or(0);
        let mut before: Option<&str> = None;
        for s in &f.steps {
            let sentence = c
                .articles
                .get(s.at.article)
                .and_then(|a| a.sentences.get(s.at.sentence));
            let context = sentence.map_or_else(String::new, |sen| around(&sen.text, s.start));
            let moved = before.is_some_and(|b| b != s.compared);
            before = Some(&s.compared);
            let day = t.day(s.day);
            let label = app.label(s.article);
            let pad = |text: &str, w: usize| {
                let text = sanitise(text);
                let room = w.saturating_sub(text.width());
                text + &" ".repeat(room)
            };
            out.push(Row {
                part: Part::Value {
                    at: s.at,
                    divergence: f.divergence,
                    moved,
                },
                lead: format!("{}  {}", pad(&day, day_w), pad(label, label_w)),
                value: pad(&s.text, value_w),
                context,
            });
        }
    }
    out
}

/// The legend on the overlay's last line…
const LEGEND: &str =
    "j/k select · PgDn/PgUp page · g/G first/last · Enter go to the sentence · T or Esc close";
/// …and where that does not fit.
const SHORT_LEGEND: &str = "j/k · Enter go · T/Esc close";

/// The value lines as line ranges (one line each), the rows they are, the
/// lines shown and the popup, for a screen `area`.
pub fn layout(app: &App, area: Rect) -> (Vec<Range<usize>>, Vec<usize>, usize, Rect) {
    layout_of(&rows(app, row_width(area)), area)
}

/// The width the overlay's rows are wrapped at on a screen `area`.
fn row_width(area: Rect) -> usize {
    usize::from(area.width.saturating_sub(4 + 2))
}

/// [`layout`] of rows already built.
fn layout_of(rows: &[Row], area: Rect) -> (Vec<Range<usize>>, Vec<usize>, usize, Rect) {
    let selectable: Vec<bool> = rows.iter().map(|r| r.to().is_some()).collect();
    super::list_layout(&selectable, area)
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    // The story's timeline is built once a frame, for the layout and the lines.
    let rows = rows(app, row_width(area));
    let (_, entries, body, popup) = layout_of(&rows, area);
    let inner_w = usize::from(popup.width.saturating_sub(2));
    let title = " Timeline: what changed in this story, by date of writing ";
    let inner = super::popup(frame, app, popup, &fit(title, inner_w));
    let w = usize::from(inner.width);
    let selected = entries.get(app.timeline().cursor()).copied();
    let mut first = app.timeline().scroll().min(rows.len().saturating_sub(body));
    // A resize can leave the selection below the view: show it.
    if let Some(r) = selected.filter(|r| *r >= first + body) {
        first = r + 1 - body;
    }
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(body)
        .map(|(r, row)| match row.part {
            Part::Heading => Line::styled(fit(&row.lead, w), t.title),
            Part::Note => Line::styled(fit(&row.lead, w), t.dim),
            Part::Value { moved, .. } => {
                let here = Some(r) == selected;
                let (marker, base) = if here {
                    ("▸ ", t.text.patch(t.selected))
                } else {
                    ("  ", t.text)
                };
                let lead = format!("{marker}{}  ", row.lead);
                let value = fit(&row.value, w.saturating_sub(lead.width()));
                let rest = w.saturating_sub(lead.width() + value.width() + 2);
                let value_style = if moved { base.patch(t.update) } else { base };
                let mut spans = vec![
                    Span::styled(fit(&lead, w), base),
                    Span::styled(value, value_style),
                ];
                if rest > 0 {
                    spans.push(Span::styled("  ", base));
                    spans.push(Span::styled(fit(&row.context, rest), t.dim.patch(base)));
                }
                Line::from(spans)
            }
        })
        .collect();
    lines.resize(usize::from(inner.height).saturating_sub(1), Line::default());
    let legend = if LEGEND.width() <= w {
        LEGEND
    } else {
        SHORT_LEGEND
    };
    lines.push(Line::styled(fit(legend, w), t.dim));
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::around;

    #[test]
    fn context_starts_a_few_words_before_the_value() {
        let s = "Officials in the capital said on Monday that 15,000 troops remain.";
        let at = s.find("15,000").unwrap();
        assert_eq!(around(s, at), "…on Monday that 15,000 troops remain.");
        assert_eq!(around("Some 12 died.", 5), "Some 12 died.");
        assert_eq!(around("A  b   c d 9 e", 11), "…b   c d 9 e");
        assert_eq!(around("", 0), "");
    }
}
