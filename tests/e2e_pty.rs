//! End to end: the real binary in a real pseudo-terminal (tmux), driven by keys.
//! Skipped with a message when tmux is not installed (CI installs it).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session on its own server (`-L`): tests running at once never
/// race to start one shared server.
struct Session(String);

/// `tmux -L <socket>`: the server of one session.
fn tmux(socket: &str) -> Command {
    let mut c = Command::new("tmux");
    c.args(["-L", socket]);
    c
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = tmux(&self.0).arg("kill-server").output();
    }
}

impl Session {
    fn start(name: &str, cwd: &Path) -> Option<Session> {
        if !parallax_lab::needs::program("tmux", name) {
            return None;
        }
        let bin = env!("CARGO_BIN_EXE_parallax");
        let name = format!("{name}-{}", std::process::id());
        // A config-free environment with its own state folder (triage marks);
        // the shell reports the exit code after the reader.
        let script = format!(
            "XDG_CONFIG_HOME='{0}' XDG_STATE_HOME='{0}/state' '{bin}'; echo EXIT=$?; sleep 60",
            cwd.display()
        );
        let ok = tmux(&name)
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                "120",
                "-y",
                "40",
                "-c",
            ])
            .arg(cwd)
            .arg(script)
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        Some(Session(name))
    }

    fn keys(&self, keys: &str) {
        tmux(&self.0)
            .args(["send-keys", "-t", &self.0, keys])
            .status()
            .expect("tmux send-keys");
    }

    fn screen(&self) -> String {
        let out = tmux(&self.0)
            .args(["capture-pane", "-p", "-t", &self.0])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn alternate_on(&self) -> String {
        let out = tmux(&self.0)
            .args(["display", "-p", "-t", &self.0, "#{alternate_on}"])
            .output()
            .expect("tmux display");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen contains `needle`; panics with the screen otherwise.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("timed out waiting for {needle:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn exported(dir: &Path) -> String {
    let file = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("parallax-")
        })
        .unwrap_or_else(|| panic!("no export in {}", dir.display()));
    std::fs::read_to_string(file).unwrap()
}

fn quit_and_check_restored(s: &Session) {
    s.keys("q");
    let screen = s.wait_for("EXIT=");
    assert!(
        screen.contains("EXIT=0"),
        "reader did not exit 0:\n{screen}"
    );
    assert_eq!(s.alternate_on(), "0", "alternate screen left on");
    assert!(!screen.contains("Sources"), "reader still drawn:\n{screen}");
}

#[test]
fn export_a_sentence_and_quit_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let Some(s) = Session::start("px-e2e-sentence", dir.path()) else {
        return;
    };
    s.wait_for("Sources");
    s.wait_for("collated");
    s.keys("e");
    s.wait_for("wrote ");
    let text = exported(dir.path());
    assert!(text.contains("seeds/000_"), "no citation:\n{text}");
    quit_and_check_restored(&s);
}

#[test]
fn jump_to_a_contradiction_export_it_and_quit() {
    let dir = tempfile::tempdir().unwrap();
    let Some(s) = Session::start("px-e2e-contradiction", dir.path()) else {
        return;
    };
    s.wait_for("Sources");
    s.wait_for("collated");
    let kinds = [
        "place", "date", "number", "person", "title", "negation", "quote", "other",
    ];
    let mut found = false;
    for _ in 0..20 {
        s.keys("n");
        std::thread::sleep(Duration::from_millis(150));
        let screen = s.screen();
        assert!(
            !screen.contains("no contradictions found"),
            "the pipeline found no contradictions in the seeds:\n{screen}"
        );
        let compare_title = screen
            .lines()
            .find(|l| l.contains("Compare #"))
            .unwrap_or("");
        if kinds
            .iter()
            .any(|k| compare_title.contains(&format!(" · {k} ")))
        {
            found = true;
            break;
        }
    }
    assert!(
        found,
        "no divergence shown in Compare after 20 presses of n:\n{}",
        s.screen()
    );
    s.keys("e");
    s.wait_for("wrote ");
    let text = exported(dir.path());
    let cited = text.matches("seeds/0").count();
    assert!(cited >= 2, "an excerpt cites at least two seeds:\n{text}");
    quit_and_check_restored(&s);
}

/// The marks files under the session's state folder.
fn marks_files(dir: &Path) -> Vec<std::path::PathBuf> {
    match std::fs::read_dir(dir.join("state/parallax/marks")) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_confirmed_divergence_is_still_marked_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let Some(s) = Session::start("px-e2e-triage", dir.path()) else {
        return;
    };
    s.wait_for("collated");
    s.keys("n");
    s.wait_for("Compare #1");
    s.keys("c");
    s.wait_for("#1 marked confirmed (saved)");
    quit_and_check_restored(&s);
    drop(s);
    let files = marks_files(dir.path());
    assert_eq!(files.len(), 1, "one marks file: {files:?}");
    let stored = std::fs::read_to_string(&files[0]).unwrap();
    assert!(stored.contains("\"verdict\": \"confirmed\""), "{stored}");
    let articles: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(
        articles.len(),
        1,
        "nothing written beside the articles but state/"
    );

    let s = Session::start("px-e2e-triage-again", dir.path()).expect("tmux still there");
    s.wait_for("collated");
    s.keys("n");
    let screen = s.wait_for("· confirmed");
    let title = screen
        .lines()
        .find(|l| l.contains("Compare #1"))
        .unwrap_or("");
    assert!(title.contains("· confirmed"), "the mark is back:\n{screen}");
    assert!(
        screen.contains("✓"),
        "the gutter shows the verdict:\n{screen}"
    );
    quit_and_check_restored(&s);
}
