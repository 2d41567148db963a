//! The `w` overlay: what the source being read leaves out (the aligned facts
//! other sources of its story report and it does not, most sources first) and
//! what only it reports (its sentences with a typed detail no group holds).
//! One line an entry; `j`/`k` select, Enter goes to the sentence.

use std::ops::Range;

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::fit;
use crate::model::SentenceRef;
use crate::tui::app::App;
use crate::tui::index::at;

/// One line of the overlay: a heading, or an entry leading to a sentence.
pub struct Row {
    pub text: String,
    pub to: Option<SentenceRef>,
}

/// The overlay's rows for the source being read.
pub fn rows(app: &App) -> Vec<Row> {
    let c = app.collation();
    let article = app.article();
    if c.articles.get(article).is_none() {
        return Vec::new();
    }
    let cov = app.coverage_of_reading();
    let me = app.label(article).to_string();
    let heading = |text: String| Row { text, to: None };
    let mut out = vec![heading(format!(
        "Reported by other sources, not by {me} ({})",
        cov.left_out.len()
    ))];
    for l in &cov.left_out {
        let s = &c.sentence(l.example).text;
        let who = if l.sources == 1 { "source" } else { "sources" };
        out.push(Row {
            text: format!(
                "  {} {who} · {}: {s}",
                l.sources,
                app.label(l.example.article)
            ),
            to: Some(l.example),
        });
    }
    out.push(heading(String::new()));
    out.push(heading(format!(
        "Only {me} reports ({})",
        cov.only_here.len()
    )));
    for &s in &cov.only_here {
        out.push(Row {
            text: format!("  {}", c.articles[article].sentences[s].text),
            to: Some(at(article, s)),
        });
    }
    out
}

/// The entries (rows leading somewhere) as line ranges, the lines shown and
/// the popup, for a screen `area`.
pub fn layout(app: &App, area: Rect) -> (Vec<Range<usize>>, Vec<usize>, usize, Rect) {
    let selectable: Vec<bool> = rows(app).iter().map(|r| r.to.is_some()).collect();
    super::list_layout(&selectable, area)
}

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let t = &app.settings().theme;
    let rows = rows(app);
    let (_, entries, body, popup) = layout(app, area);
    let title = format!(
        " What {} leaves out, and what only it reports ",
        app.label(app.article())
    );
    let inner = super::popup(frame, app, popup, &title);
    let w = usize::from(inner.width);
    let selected = entries.get(app.coverage().cursor()).copied();
    let first = app.coverage().scroll().min(rows.len().saturating_sub(body));
    let mut lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(body)
        .map(|(r, row)| {
            let style = match (row.to, Some(r) == selected) {
                (None, _) => t.title,
                (Some(_), true) => t.text.patch(t.selected),
                (Some(_), false) => t.text,
            };
            let text = match row.text.strip_prefix("  ") {
                Some(rest) if Some(r) == selected => format!("▸ {rest}"),
                _ => row.text.clone(),
            };
            Line::styled(fit(&text, w), style)
        })
        .collect();
    lines.resize(usize::from(inner.height).saturating_sub(1), Line::default());
    lines.push(Line::styled(
        fit("j/k select · Enter go to the sentence · w or Esc close", w),
        t.dim,
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}
