//! The command line's inputs and its edges (issue 14, items 7 and 8): paths
//! named like subcommands, `--`, `-` for standard input, no terminal,
//! conflicting keys in a config, the man page, symbolic links, saved pages,
//! and SIGTERM (in tmux, skipped where tmux is not installed).

use std::fs;
use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use assert_cmd::Command;
use predicates::prelude::*;

const ARTICLE: &str = "Talks set for Istanbul\nLeaders will meet in Istanbul on Thursday, officials said.\nThe talks are the first in two years.\n";

fn parallax(cwd: &Path) -> Command {
    let mut cmd = cargo_bin_cmd!("parallax");
    cmd.current_dir(cwd)
        .env("XDG_CONFIG_HOME", cwd)
        .env("XDG_CACHE_HOME", cwd);
    cmd
}

fn json_of(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("a JSON report")
}

fn paths(report: &serde_json::Value) -> Vec<String> {
    report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_folder_named_report_is_read_as_a_path() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("report")).unwrap();
    fs::write(dir.path().join("report/a.txt"), ARTICLE).unwrap();
    // The reader was asked for (it needs a terminal), not the subcommand.
    parallax(dir.path())
        .arg("report")
        .assert()
        .failure()
        .stderr(predicate::str::contains("the reader needs a terminal"));
    parallax(dir.path())
        .args(["--", "report"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("the reader needs a terminal"));
    let report = json_of(parallax(dir.path()).args(["--report", "report", "-f", "json"]));
    assert_eq!(paths(&report), ["./report/a.txt"]);
    let report = json_of(parallax(dir.path()).args(["--report", "-f", "json", "--", "report"]));
    assert_eq!(paths(&report), ["report/a.txt"]);
}

#[test]
fn a_dash_reads_one_article_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("b.txt"),
        ARTICLE.replace("Istanbul", "Ankara"),
    )
    .unwrap();
    let report = json_of(
        parallax(dir.path())
            .args(["report", "-f", "json", "-", "b.txt"])
            .write_stdin("<html><body><article><h1>Talks set</h1><p>Leaders will meet in Istanbul on Thursday, officials said.</p></article></body></html>"),
    );
    assert_eq!(paths(&report), ["b.txt", "stdin"]);
    assert!(report["articles"][1]["text"]
        .as_str()
        .unwrap()
        .contains("Leaders will meet in Istanbul"));
    parallax(dir.path())
        .args(["report", "-", "-"])
        .write_stdin("x")
        .assert()
        .failure()
        .stderr(predicate::str::contains("may be given once"));
}

#[test]
fn no_terminal_names_parallax_report() {
    let dir = tempfile::tempdir().unwrap();
    parallax(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("run `parallax report PATHS`"))
        .stderr(predicate::str::contains("os error").not());
}

#[test]
fn one_key_for_two_actions_is_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("keys.toml");
    fs::write(&config, "[keys]\ndown = [\"x\"]\nexport = [\"e\", \"x\"]\n").unwrap();
    parallax(dir.path())
        .arg("--config")
        .arg(&config)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "\"x\" is bound to both down (\"x\") and export",
        ));
}

#[test]
fn the_man_page_is_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = parallax(dir.path()).arg("man").assert().success();
    let page = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for section in [
        ".SH COMMANDS",
        ".SH KEYS",
        ".SH CONFIGURATION",
        ".SH THEMES",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH EXIT STATUS",
        ".SH EXAMPLES\n.nf\n",
        "NO_COLOR",
        "XDG_CACHE_HOME",
        "\\-\\-urls",
    ] {
        assert!(page.contains(section), "{section:?} missing");
    }
    // Keys come from the keymap table, action names included.
    for key in ["next_contradiction", "\\fBn\\fR", "\\fBCtrl\\-d\\fR"] {
        assert!(page.contains(key), "{key:?} missing");
    }
    assert!(!page.contains("parallax-report(1)") && !page.contains("parallax\\-report(1)"));
    parallax(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("  man "));
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_followed_only_when_asked() {
    use std::os::unix::fs::symlink;
    let outer = tempfile::tempdir().unwrap();
    fs::write(outer.path().join("outside.txt"), ARTICLE).unwrap();
    let news = outer.path().join("news");
    fs::create_dir(&news).unwrap();
    fs::write(news.join("a.txt"), ARTICLE).unwrap();
    let elsewhere = outer.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(
        elsewhere.join("b.txt"),
        ARTICLE.replace("Istanbul", "Ankara"),
    )
    .unwrap();
    symlink("..", news.join("loop")).unwrap();
    symlink(&elsewhere, news.join("more")).unwrap();
    symlink(elsewhere.join("b.txt"), news.join("same.txt")).unwrap();

    let plain = parallax(outer.path())
        .args(["report", "-f", "json", "news"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&plain.get_output().stderr).to_string();
    let report: serde_json::Value = serde_json::from_slice(&plain.get_output().stdout).unwrap();
    assert_eq!(paths(&report), ["news/a.txt"]);
    assert!(stderr.contains("skipped news/loop: symbolic link, not followed (-L follows links)"));

    for flag in ["-L", "--follow"] {
        let followed = parallax(outer.path())
            .args(["report", "-f", "json", flag, "news"])
            .assert()
            .success();
        let stderr = String::from_utf8_lossy(&followed.get_output().stderr).to_string();
        let report: serde_json::Value =
            serde_json::from_slice(&followed.get_output().stdout).unwrap();
        // b.txt is reached twice (more/, same.txt) and read once; the parent never.
        assert_eq!(paths(&report), ["news/a.txt", "news/more/b.txt"], "{flag}");
        assert!(
            stderr.contains("skipped news/loop: symlink loop (points to "),
            "{stderr}"
        );
    }
}

#[test]
fn a_saved_single_file_page_reads_like_html() {
    let dir = tempfile::tempdir().unwrap();
    let saved = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><head><meta property=3D\"og:site_name\" content=3D\"News Example\"></head><body><article><h1>Talks set</h1><p>Leaders will meet in Istanbul on Thursday, officials =\r\nsaid, for the first talks in two years.</p></article></body></html>\r\n------B--\r\n";
    for name in ["page.mhtml", "page.mht"] {
        fs::write(dir.path().join(name), saved).unwrap();
    }
    let report = json_of(parallax(dir.path()).args(["report", "-f", "json", "page.mhtml"]));
    let article = &report["articles"][0];
    assert!(article["text"]
        .as_str()
        .unwrap()
        .contains("Leaders will meet in Istanbul on Thursday, officials said"));
    assert_eq!(article["outlet"], "News Example");
    // Found in a folder too.
    let report = json_of(parallax(dir.path()).args(["report", "-f", "json", "."]));
    assert_eq!(paths(&report), ["./page.mht", "./page.mhtml"]);
}

/// The reader in a real terminal, ended by SIGTERM: the shell sees 143.
#[cfg(unix)]
#[test]
fn sigterm_ends_the_reader_with_143() {
    use std::process::Command as Std;
    use std::time::{Duration, Instant};
    if Std::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have tmux for this test"
        );
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("parallax");
    let pid_file = dir.path().join("pid");
    let status_file = dir.path().join("status");
    let name = format!("sigterm-{}", std::process::id());
    let script = format!(
        "XDG_CONFIG_HOME='{d}' '{bin}' & echo $! > '{pid}'; wait $!; echo $? > '{status}'; sleep 30",
        d = dir.path().display(),
        bin = bin.display(),
        pid = pid_file.display(),
        status = status_file.display(),
    );
    let started = Std::new("tmux")
        .args(["new-session", "-d", "-s", &name, "-x", "100", "-y", "30"])
        .arg(script)
        .status()
        .unwrap();
    assert!(started.success());
    let wait_for = |path: &Path| {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(text) = fs::read_to_string(path) {
                if text.ends_with('\n') {
                    return Some(text.trim().to_string());
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    };
    let pid = wait_for(&pid_file).expect("the reader started");
    // Let the reader open its screen before the signal.
    std::thread::sleep(Duration::from_millis(1500));
    Std::new("kill").args(["-TERM", &pid]).status().unwrap();
    let status = wait_for(&status_file);
    let _ = Std::new("tmux")
        .args(["kill-session", "-t", &name])
        .output();
    assert_eq!(status.as_deref(), Some("143"));
}
