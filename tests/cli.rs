//! The command line as users and scripts meet it: formats, `-o`, exit codes,
//! completions, the man page, broken pipes.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use assert_cmd::cargo::cargo_bin_cmd;
use assert_cmd::Command;
use predicates::prelude::*;

const FORMATS: [&str; 4] = ["json", "markdown", "text", "html"];

/// The binary, with a state folder of its own: no triage mark made by
/// someone on this machine reaches a report under test.
fn parallax() -> Command {
    let mut cmd = cargo_bin_cmd!("parallax");
    cmd.env(
        "XDG_STATE_HOME",
        std::env::temp_dir().join("parallax-cli-no-state"),
    );
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = parallax()
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("reports are UTF-8")
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder holding two small articles.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Talks open in Istanbul\nLeaders will meet in Istanbul on Thursday to talk peace.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.md"),
        "# Talks open in Ankara\n\nLeaders will meet in Ankara on Thursday to talk peace.\n",
    )
    .unwrap();
    dir
}

#[test]
fn json_report_of_the_seeds_is_the_schema() {
    let out = stdout_of(&["report", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "parallax.report/1");
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    for key in ["groups", "divergences", "stories", "warnings"] {
        assert!(v[key].is_array(), "{key} missing");
    }
    let back: parallax::Collation = serde_json::from_str(&out).unwrap();
    assert_eq!(back.articles[0].path, "seeds/000_397874748bac8bc2.txt");
}

#[test]
fn json_is_the_default_format() {
    assert_eq!(stdout_of(&["report"]), stdout_of(&["report", "-f", "json"]));
}

#[test]
fn every_format_prints_a_readable_report() {
    let md = stdout_of(&["report", "--format", "markdown"]);
    assert!(md.starts_with("# parallax report\n"), "{md}");
    assert!(md.contains("## Sources"));
    let text = stdout_of(&["report", "--format", "text"]);
    assert!(
        text.starts_with("parallax report\n===============\n"),
        "{text}"
    );
    let html = stdout_of(&["report", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    for external in ["<script", "src=", "href=", "@import", "url("] {
        assert!(
            !html.contains(external),
            "HTML must be self-contained: {external}"
        );
    }
    for report in [&md, &text] {
        assert!(report.contains("seeds/000"), "sources are listed");
    }
}

#[test]
fn paths_and_flags_parse_in_any_order() {
    let dir = corpus();
    let p = dir.path().to_str().unwrap();
    let a = stdout_of(&["report", p, "--format", "text", "--one-story"]);
    let b = stdout_of(&["report", "--one-story", "--format", "text", p]);
    let c = stdout_of(&["--one-story", "report", "-ftext", p]);
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert!(a.contains("a.txt") && a.contains("b.md"));
}

#[test]
fn files_and_folders_mix_as_paths() {
    let dir = corpus();
    let other = corpus();
    let out = parallax()
        .arg("report")
        .arg(dir.path().join("a.txt"))
        .arg(other.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let c: parallax::Collation = serde_json::from_slice(&out).unwrap();
    assert_eq!(c.articles.len(), 3);
}

#[test]
fn no_clean_keeps_short_lines() {
    let dir = corpus();
    fs::write(dir.path().join("c.txt"), "Short\nLine two\n").unwrap();
    let p = dir.path().to_str().unwrap();
    let kept = stdout_of(&["report", p, "--no-clean"]);
    let v: serde_json::Value = serde_json::from_str(&kept).unwrap();
    let c = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"].as_str().unwrap().ends_with("c.txt"))
        .expect("c.txt is an article");
    assert!(c["text"].as_str().unwrap().contains("Line two"));
}

#[test]
fn output_file_equals_stdout_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    for format in FORMATS {
        let file = dir.path().join(format!("report.{format}"));
        parallax()
            .args(["report", "--format", format, "-o"])
            .arg(&file)
            .assert()
            .success()
            .stdout("");
        let written = fs::read_to_string(&file).unwrap();
        assert_eq!(
            written,
            stdout_of(&["report", "--format", format]),
            "{format}"
        );
    }
    let mut expected: Vec<String> = FORMATS.iter().map(|f| format!("report.{f}")).collect();
    expected.sort();
    assert_eq!(listing(dir.path()), expected);
}

#[test]
fn output_dash_is_stdout() {
    assert_eq!(
        stdout_of(&["report", "-f", "text", "-o", "-"]),
        stdout_of(&["report", "-f", "text"])
    );
}

#[test]
fn output_replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.md");
    fs::write(&file, "old").unwrap();
    parallax()
        .args(["report", "-f", "markdown", "--output"])
        .arg(&file)
        .assert()
        .success();
    assert!(fs::read_to_string(&file)
        .unwrap()
        .starts_with("# parallax report"));
    assert_eq!(listing(dir.path()), ["r.md"]);
}

#[test]
fn output_onto_a_directory_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("keep.txt"), "keep").unwrap();
    parallax()
        .args(["report", "-o"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::starts_with("parallax: ")
                .and(predicate::str::contains("is a directory")),
        );
    assert_eq!(listing(dir.path()), ["keep.txt"]);
}

#[test]
fn output_into_a_missing_folder_fails() {
    let dir = tempfile::tempdir().unwrap();
    parallax()
        .args(["report", "-o"])
        .arg(dir.path().join("no/such/r.json"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "r.json: no such file or directory",
        ));
}

#[cfg(unix)]
#[test]
fn output_into_an_unwritable_folder_fails_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("out");
    fs::create_dir(&dir).unwrap();
    let file = dir.join("r.json");
    fs::write(&file, "old").unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere: the command runs unprivileged (as nobody) then.
    let bin = assert_cmd::cargo::cargo_bin!("parallax");
    let cmd = parallax_lab::needs::unprivileged(bin, scratch.path());
    Command::from_std(cmd)
        .args(["report", "-o"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("r.json: permission denied"));
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(fs::read_to_string(&file).unwrap(), "old");
    assert_eq!(listing(&dir), ["r.json"]);
}

#[test]
fn a_missing_path_is_named() {
    parallax()
        .args(["report", "/no/such/place"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("parallax: /no/such/place: no such file or directory\n");
}

#[test]
fn an_empty_folder_has_no_articles() {
    let dir = tempfile::tempdir().unwrap();
    parallax()
        .arg("report")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "parallax: no articles found in ",
        ));
}

#[test]
fn the_reader_checks_its_paths_before_starting() {
    parallax()
        .arg("/no/such/place")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "/no/such/place: no such file or directory",
        ));
    parallax()
        .args(["--export-dir", "/no/such/dir"])
        .assert()
        .code(1)
        .stderr("parallax: /no/such/dir: no such file or directory\n");
    parallax()
        .args(["--config", "/no/such/config.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "config.toml: no such file or directory",
        ));
    let file = tempfile::NamedTempFile::new().unwrap();
    parallax()
        .arg("--export-dir")
        .arg(file.path())
        .assert()
        .code(1)
        .stderr(predicate::str::ends_with(": not a directory\n"));
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &["--bogus"][..],
        &["report", "--format", "yaml"],
        &["report", "--bogus"],
        &["completions"],
        &["completions", "tcsh"],
        &["report", "-o"],
    ] {
        parallax()
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("error:"));
    }
}

#[test]
fn help_and_version() {
    parallax().arg("--help").assert().success().stdout(
        predicate::str::contains("Examples:").and(predicate::str::contains("parallax man")),
    );
    parallax()
        .args(["report", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--format").and(predicate::str::contains("Examples:")));
    parallax()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("parallax {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn completions_for_every_shell() {
    // How each shell's script registers itself for the `parallax` command.
    for (shell, registers) in [
        ("bash", "complete -F _parallax"),
        ("zsh", "#compdef parallax"),
        ("fish", "complete -c parallax"),
        ("elvish", "edit:completion:arg-completer[parallax]"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName 'parallax'",
        ),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(registers), "{shell}: {script}");
        for word in ["report", "completions", "format", "one-story"] {
            assert!(script.contains(word), "{shell} does not complete {word}");
        }
    }
}

#[test]
fn man_page_is_roff() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH parallax 1"), "{page}");
    assert!(page.contains("report"));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Leaders will meet in Istanbul on Thursday to talk about peace again. ";
    for i in 0..60 {
        fs::write(dir.path().join(format!("{i:03}.txt")), line.repeat(40)).unwrap();
    }
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("parallax"))
        .arg("report")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}

#[test]
fn report_includes_the_readers_triage_marks() {
    use parallax::triage::{self, Mark, Marks, Verdict};
    let state = tempfile::tempdir().unwrap();
    let c: parallax::Collation = serde_json::from_str(&stdout_of(&["report"])).unwrap();
    // What the reader writes when the seeds' first contradiction is confirmed.
    let corpus = triage::corpus_id(&[]);
    let mut marks = Marks::new(&corpus);
    let mark = Mark {
        verdict: Verdict::Confirmed,
        note: "checked with the wire".into(),
        about: String::new(),
    };
    marks.marks.insert(triage::key(&c, 0), mark);
    marks.save(&triage::path_in(state.path(), &corpus)).unwrap();
    let report = |format: &str| {
        let out = parallax()
            .env("XDG_STATE_HOME", state.path())
            .args(["report", "--format", format])
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    };
    let v: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    assert_eq!(v["divergences"][0]["triage"], "confirmed");
    assert_eq!(v["divergences"][0]["triage_note"], "checked with the wire");
    assert!(v["divergences"][1]["triage"].is_null());
    assert_eq!(
        v["divergences"][0]["kind"],
        c.divergences[0].kind.as_str(),
        "no field lost"
    );
    let md = report("markdown");
    assert!(
        md.contains("Triage: confirmed — checked with the wire"),
        "{md}"
    );
}

#[test]
fn an_unreadable_marks_file_is_said_and_the_report_goes_on() {
    let state = tempfile::tempdir().unwrap();
    let path = parallax::triage::path_in(state.path(), &parallax::triage::corpus_id(&[]));
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, "{ not json").unwrap();
    parallax()
        .env("XDG_STATE_HOME", state.path())
        .args(["report"])
        .assert()
        .success()
        .stderr(predicate::str::contains("not a marks file"))
        .stderr(predicate::str::contains("marks left out of the report"));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "{ not json",
        "never overwritten"
    );
}
