//! The loop: draw when something changed, turn terminal events into actions, feed
//! them to `update`, carry out the effects it returns and report their outcome back
//! as actions. The collation arrives from a worker thread over a channel.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use crossterm::event::{self, Event, MouseButton, MouseEventKind};

use super::action::{Action, Effect};
use super::app::{update, App};
use super::external::{self, Tool};
use super::keymap::Keymap;
use super::terminal::{osc52, suspended, Tui};
use crate::export;
use crate::model::Collation;
use crate::model::SentenceRef;

/// The action for a terminal event, if it means anything to the reader.
pub fn translate(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if app.search().input().is_some() => Keymap::search_action(key),
        Event::Key(key) => app.settings().keymap.action(key),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                down: false,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Carries out an effect; `None` means quit, otherwise the outcome to report.
fn perform(app: &App, effect: Effect) -> Option<Action> {
    match effect {
        Effect::Quit => None,
        Effect::Export {
            what,
            format,
            stem,
            dir,
        } => {
            let contents = app.excerpt(what, format);
            Some(Action::Done(
                export::write_new(&dir, &stem, format, &contents)
                    .map(|p| format!("wrote {}", p.display()))
                    .map_err(|e| format!("export to {} failed: {e}", dir.display())),
            ))
        }
        Effect::External { tool, .. } => Some(Action::Done(Err(format!(
            "{}: the reader has no terminal to hand over",
            tool.name()
        )))),
        Effect::SaveMarks { path, marks, done } => Some(Action::Done(
            marks
                .save(&path)
                .map(|()| format!("{done} (saved)"))
                .map_err(|e| format!("{done}; not saved: {e}")),
        )),
        Effect::Copy(text) => Some(Action::Done(
            osc52(&text)
                .map(|()| format!("copied {} bytes (OSC 52)", text.len()))
                .map_err(|e| format!("copy failed: {e}")),
        )),
    }
}

/// Suspends the reader and runs the pager or editor on the source of `at`;
/// what the status line then says.
fn open_external(
    terminal: &mut Tui,
    app: &App,
    tool: Tool,
    at: SentenceRef,
) -> Result<String, String> {
    let article = &app.collation().articles[at.article];
    let value = tool
        .variables()
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|v| !v.trim().is_empty()));
    let (opened, line) = external::file_for(article, at.sentence)
        .map_err(|e| format!("could not open {}: {e}", article.path))?;
    let program = external::command(tool, value.as_deref(), opened.path(), line)?;
    let ran = suspended(terminal, || external::run(&program))
        .map_err(|e| format!("could not restore the terminal: {e}"))?;
    let what = match &opened {
        external::Opened::File(p) => p.display().to_string(),
        external::Opened::Copy(_) => format!("a copy of {}'s text", app.label(at.article)),
    };
    match ran {
        Ok(status) if status.success() => Ok(format!("{} closed ({what})", program.program)),
        Ok(status) => Err(format!(
            "{} ({}) ended with {status}",
            tool.name(),
            program.program
        )),
        Err(e) => Err(format!(
            "could not run {} ({}): {e}",
            tool.name(),
            program.program
        )),
    }
}

/// Runs until the user quits or a signal arrives.
pub fn run(
    terminal: &mut Tui,
    app: &mut App,
    collation: Receiver<Collation>,
    signals: &AtomicBool,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    update(app, Action::Resize(size.width, size.height));
    let mut dirty = true;
    loop {
        if signals.load(Ordering::Relaxed) {
            return Ok(());
        }
        if dirty {
            terminal.draw(|f| super::views::render(f, app))?;
            dirty = false;
        }
        let mut actions = Vec::new();
        if !app.is_loaded() {
            match collation.try_recv() {
                Ok(c) => actions.push(Action::Loaded(Box::new(c))),
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    anyhow::bail!("collation failed: the worker stopped without a result")
                }
            }
        }
        if event::poll(Duration::from_millis(100))? {
            if let Some(a) = translate(app, event::read()?) {
                actions.push(a);
            }
        } else if !app.is_loaded() {
            actions.push(Action::Tick);
        }
        while let Some(action) = actions.pop() {
            dirty = true;
            if let Some(effect) = update(app, action) {
                let outcome = match effect {
                    Effect::External { tool, at } => {
                        Some(Action::Done(open_external(terminal, app, tool, at)))
                    }
                    other => perform(app, other),
                };
                match outcome {
                    Some(outcome) => actions.push(outcome),
                    None => return Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Format;
    use crate::tui::config::Settings;

    /// The fixture's reader, exporting to `dir`.
    fn exporting_to(dir: &std::path::Path) -> App {
        let mut app = App::loading(Settings::default(), dir.to_path_buf(), Vec::new(), 0);
        update(&mut app, Action::Resize(120, 40));
        let c = crate::tui::fixture::collation();
        update(&mut app, Action::Loaded(Box::new(c)));
        app
    }

    #[test]
    fn export_writes_a_file_and_reports_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let mut app = exporting_to(dir.path());
        let effect = update(&mut app, Action::Export).unwrap();
        let outcome = perform(&app, effect).unwrap();
        update(&mut app, outcome);
        let (msg, error) = app.message().map(|(m, e)| (m.to_string(), e)).unwrap();
        assert!(!error, "{msg}");
        let path = dir
            .path()
            .join(format!("parallax-place-1.{}", Format::Markdown.extension()));
        assert!(msg.ends_with(&path.display().to_string()), "{msg}");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains("news/001_daily.txt"), "{text}");
    }

    #[test]
    fn export_errors_are_shown_exactly() {
        let mut app = exporting_to("/nonexistent/dir".as_ref());
        let effect = update(&mut app, Action::Export).unwrap();
        let outcome = perform(&app, effect).unwrap();
        update(&mut app, outcome);
        let (msg, error) = app.message().map(|(m, e)| (m.to_string(), e)).unwrap();
        assert!(error);
        assert!(
            msg.starts_with("export to /nonexistent/dir failed: "),
            "{msg}"
        );
    }
}
