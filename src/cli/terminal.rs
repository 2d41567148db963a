//! What the reader needs from the process before it starts: a terminal, and
//! an exit status that says which signal ended it.
//!
//! Why it exists: with no terminal the reader used to fail with "No such
//! device or address (os error 6)"; it should say what to run instead. And a
//! reader ended by SIGTERM restored the terminal and exited 0, which tells a
//! supervisor the run succeeded; it now exits 128 + the signal.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use anyhow::bail;

/// Fails, naming `parallax report`, when the reader could not draw or read keys.
pub fn require_terminal() -> anyhow::Result<()> {
    let output = std::io::stdout().is_terminal();
    let keys = std::io::stdin().is_terminal() || controlling_terminal();
    if output && keys {
        return Ok(());
    }
    let missing = if output {
        "there is no terminal to read keys from"
    } else {
        "standard output is not a terminal"
    };
    bail!(
        "the reader needs a terminal ({missing}); without one, run `parallax report PATHS` \
         (--format json, markdown, text or html)"
    )
}

#[cfg(unix)]
fn controlling_terminal() -> bool {
    std::fs::File::open("/dev/tty").is_ok()
}

#[cfg(not(unix))]
fn controlling_terminal() -> bool {
    false
}

/// Records SIGTERM, SIGINT and SIGHUP as the exit status they call for
/// (143, 130, 129); 0 while none has arrived. The reader's own handler
/// still quits it and restores the terminal.
pub fn watch_signals() -> std::io::Result<Arc<AtomicUsize>> {
    let status = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register_usize(signal, Arc::clone(&status), 128 + signal as usize)?;
    }
    Ok(status)
}

/// The status a signal recorded by [`watch_signals`] calls for, if any.
pub fn signal_status(status: &AtomicUsize) -> Option<u8> {
    u8::try_from(status.load(Ordering::SeqCst))
        .ok()
        .filter(|s| *s != 0)
}
