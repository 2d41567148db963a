//! The Compare pane: the current sentence's group. Each other source's sentence is
//! word-diffed against the current one (changed words underlined), divergent spans
//! are bracketed and coloured, and the title says who agrees with whom.

use std::ops::Range;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use similar::{ChangeTag, TextDiff};
use unicode_width::UnicodeWidthStr;

use super::{fit, mark_style, pane_block};
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::index::at;
use crate::tui::layout::BORDER;
use crate::tui::wrap::{find_all, Mark};

/// Byte ranges of `new` holding words that are not in `old` (whitespace excluded).
pub fn changed_words(old: &str, new: &str) -> Vec<Range<usize>> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Delete => {}
            ChangeTag::Equal => at += value.len(),
            ChangeTag::Insert => {
                if !value.trim().is_empty() {
                    match out.last_mut() {
                        Some(last) if new[last.end..at].trim().is_empty() => {
                            last.end = at + value.len()
                        }
                        _ => out.push(at..at + value.len()),
                    }
                }
                at += value.len();
            }
        }
    }
    out
}

/// The title: the explained contradiction, else the group, else "not aligned".
fn title(app: &App) -> String {
    if let Some(d) = app.current_divergence() {
        let div = &app.collation().divergences[d];
        let update = if div.relation == crate::model::Relation::Update {
            " update (reports of different days)"
        } else {
            ""
        };
        // #N as reports number it.
        let marked = app
            .triage()
            .mark(d)
            .map_or(String::new(), |m| format!(" · {}", m.verdict));
        return format!(
            "Compare #{}: {} · {}{update}{marked}",
            d + 1,
            div.note,
            div.kind
        );
    }
    match app.group() {
        Some(g) => format!(
            "Compare: group {} · related sentences from {}",
            g + 1,
            sources(app.collation().groups[g].distinct_articles())
        ),
        None => "Compare".to_string(),
    }
}

fn sources(n: usize) -> String {
    if n == 1 {
        "1 source".to_string()
    } else {
        format!("{n} sources")
    }
}

/// The Compare pane's content at one text width: its lines, and the rows each
/// other member of the group takes (in [`App::others`] order), so that `update`
/// can keep the selection in view and stop scrolling at the end.
pub struct CompareLines {
    pub lines: Vec<Line<'static>>,
    pub others: Vec<Range<usize>>,
}

/// The inside of the Compare pane for a terminal of `size`, if it has panes.
pub fn body(size: (u16, u16)) -> Option<Rect> {
    crate::tui::layout::panes(Rect::new(0, 0, size.0, size.1)).map(|p| p.compare.inner(BORDER))
}

/// Whether the current sentence exists (the pane has something to show).
fn loaded(app: &App) -> bool {
    app.is_loaded()
        && app
            .collation()
            .articles
            .get(app.article())
            .is_some_and(|a| app.sentence() < a.sentences.len())
}

/// What the Compare pane draws at `width` columns.
pub fn lines(app: &App, width: u16) -> CompareLines {
    let mut out = CompareLines {
        lines: Vec::new(),
        others: Vec::new(),
    };
    if !loaded(app) || width == 0 {
        return out;
    }
    let t = &app.settings().theme;
    let w = usize::from(width);
    let lines = &mut out.lines;
    let others = app.others();
    let group = app.group();
    if group.is_none() {
        lines.push(Line::styled(
            "this sentence is not aligned with any other source",
            t.dim,
        ));
    }
    // Every contradiction in this group, the explained one first.
    if let Some(g) = group {
        let current = app.current_divergence();
        let mut ds: Vec<usize> = (0..app.collation().divergences.len())
            .filter(|d| app.collation().divergences[*d].group == g)
            .collect();
        ds.sort_by_key(|d| Some(*d) != current);
        for d in ds {
            let div = &app.collation().divergences[d];
            let marked = app.triage().mark(d).map_or(String::new(), |m| {
                let note = if m.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", m.note)
                };
                format!(" · {}{note}", m.verdict)
            });
            let text = fit(
                &format!("{} · {}{marked}", div.kind, div.note),
                w.saturating_sub(2),
            );
            let mark = if Some(d) == current { "▶ " } else { "  " };
            lines.push(Line::from(vec![
                Span::styled(mark, t.count),
                Span::styled(text, t.kind(div.kind)),
            ]));
        }
    }
    let current = &app.collation().articles[app.article()].sentences[app.sentence()].text;
    let label_w = others
        .iter()
        .map(|m| app.label(m.article).width())
        .chain([app.label(app.article()).width()])
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let entries = std::iter::once((app.article(), app.sentence(), true))
        .chain(others.iter().map(|m| (m.article, m.sentence, false)));
    let query = app.search().query().unwrap_or("");
    for (k, (a, s, is_current)) in entries.enumerate() {
        if k > 0 && group.is_none() {
            break;
        }
        let first_row = lines.len();
        let text = &app.collation().articles[a].sentences[s].text;
        let mut marks = match group {
            Some(g) => app.group_marks(at(a, s), g),
            None => app.sentence_marks(at(a, s)),
        };
        if !is_current {
            marks.extend(
                changed_words(current, text)
                    .into_iter()
                    .map(|r| (r, Mark::Changed)),
            );
        }
        let m = crate::tui::wrap::markup(text, &marks);
        let selected =
            !is_current && app.focus() == Pane::Compare && k - 1 == app.compare().cursor();
        let label = fit(app.label(a), label_w);
        let prefix = format!(
            "{}{label:<label_w$} ",
            if is_current {
                "="
            } else if selected {
                "▸"
            } else {
                " "
            }
        );
        let text_w = w.saturating_sub(prefix.width()).max(1) as u16;
        let m = m.wrapped(text_w);
        let search: Vec<_> = find_all(&m.text, query)
            .into_iter()
            .map(|r| (r, Mark::Search))
            .collect();
        let base = if is_current {
            t.text.patch(t.current)
        } else {
            t.text
        };
        let label_style = if selected { t.selected } else { t.title };
        for (l, range) in m.lines.iter().enumerate() {
            let lead = if l == 0 {
                prefix.clone()
            } else {
                " ".repeat(prefix.width())
            };
            let mut spans = vec![Span::styled(lead, label_style)];
            for (piece, marks) in m.pieces(range.clone(), &search) {
                spans.push(Span::styled(
                    piece.to_string(),
                    mark_style(t, app, base, &marks),
                ));
            }
            lines.push(Line::from(spans));
        }
        if !is_current {
            out.others.push(first_row..lines.len());
        }
    }
    out
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let loaded = loaded(app);
    frame.render_widget(
        pane_block(
            app,
            Pane::Compare,
            if loaded { title(app) } else { "Compare".into() },
        ),
        area,
    );
    let body = area.inner(BORDER);
    if !loaded || body.width == 0 || body.height == 0 {
        return;
    }
    let all = lines(app, body.width).lines;
    // Never past the end: the last line stays at the bottom.
    let end = all.len().saturating_sub(usize::from(body.height));
    let skip = app.compare().scroll().min(end);
    let visible: Vec<Line> = all.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(visible), body);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_the_new_ones() {
        let old = "talks in Istanbul on Thursday";
        let new = "talks in Ankara on Thursday";
        let r = changed_words(old, new);
        assert_eq!(r.len(), 1);
        assert_eq!(&new[r[0].clone()], "Ankara");
        assert!(changed_words("same words", "same words").is_empty());
    }
}
