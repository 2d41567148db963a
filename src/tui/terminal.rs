//! Entering and leaving the terminal's reader mode (raw, alternate screen, mouse)
//! so that it is restored on every way out: quit, error, panic and signals.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Restores the terminal when dropped, so `?` and early returns are safe.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves reader mode; harmless when not in it.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Installs (once) a panic hook that restores the terminal before the previous hook
/// prints the panic message.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Leaves reader mode while `run` has the terminal (a pager, an editor), then
/// enters it again and redraws everything.
pub fn suspended<T>(terminal: &mut Tui, run: impl FnOnce() -> T) -> io::Result<T> {
    restore();
    let out = run();
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    terminal.clear()?;
    Ok(out)
}

/// Enters reader mode; the guard restores it.
pub fn enter() -> io::Result<(Tui, Guard)> {
    install_panic_hook();
    enable_raw_mode()?;
    let guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((terminal, guard))
}

/// A flag raised by SIGTERM, SIGHUP or SIGINT; the loop checks it and quits. If the
/// loop has not quit half a second later (crossterm can spin on a hung-up terminal
/// without returning), the watcher restores the terminal and exits itself.
pub fn watch_signals() -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGINT, signal_hook::consts::SIGHUP])?;
    #[cfg(not(unix))]
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT])?;
    let raised = Arc::clone(&flag);
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                raised.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(500));
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(flag)
}

/// Puts `text` on the clipboard of the terminal (and of ssh/tmux hosts that allow it).
pub fn osc52(text: &str) -> io::Result<()> {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}
