//! Hostile input, end to end: every case is built in a temporary folder at test
//! time and run through `parallax report`. The run must finish (time-boxed), never
//! hang or panic, name what it skipped, and print nothing that could hijack a
//! terminal or spoof the text (escapes, C1 controls, bidi overrides).

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

const GOOD: &str = "Leaders will meet in Istanbul on Thursday to discuss a ceasefire.\n\
                    The talks follow weeks of shelling along the front line.\n";

/// Runs `parallax report <dir> --format <format>` with a time limit.
fn report(dir: &Path, format: &str, limit: u64) -> Output {
    cargo_bin_cmd!("parallax")
        .arg("report")
        .arg(dir)
        .args(["--format", format])
        .timeout(Duration::from_secs(limit))
        .output()
        .unwrap()
}

fn ok_json(dir: &Path, limit: u64) -> (Value, String) {
    let out = report(dir, "json", limit);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    let v = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
    (v, stderr)
}

/// The article whose path ends with `name`.
fn article<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"].as_str().unwrap().ends_with(name))
}

fn text_of(v: &Value, name: &str) -> String {
    article(v, name).unwrap_or_else(|| panic!("{name} was not kept"))["text"]
        .as_str()
        .unwrap()
        .to_string()
}

fn with_good(dir: &Path) {
    fs::write(dir.join("good.txt"), GOOD).unwrap();
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    let out = report(dir.path(), "json", 30);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("no articles found in"),
        "{}",
        stderr_of(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = report(&dir.path().join("gone"), "json", 30);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("gone: no such file or directory"));
}

#[test]
fn empty_file_is_skipped_and_named() {
    let dir = tempfile::tempdir().unwrap();
    with_good(dir.path());
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let (v, stderr) = ok_json(dir.path(), 30);
    assert!(
        stderr.contains("parallax: skipped ") && stderr.contains("empty.txt"),
        "{stderr}"
    );
    assert!(article(&v, "empty.txt").is_none());
    assert!(v["warnings"].to_string().contains("empty.txt"));
}

#[test]
fn binary_file_is_skipped_and_named() {
    let dir = tempfile::tempdir().unwrap();
    with_good(dir.path());
    let mut blob = b"PK\x03\x04".to_vec();
    blob.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    fs::write(dir.path().join("blob.txt"), blob).unwrap();
    let (v, stderr) = ok_json(dir.path(), 30);
    assert!(
        stderr.contains("parallax: skipped ") && stderr.contains("blob.txt"),
        "{stderr}"
    );
    assert!(article(&v, "blob.txt").is_none());
    assert!(article(&v, "good.txt").is_some());
}

#[test]
fn latin1_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"Caf\xe9 owners in the old town protest the new tax on Thursday.\n".to_vec();
    bytes.extend(b"The mayor said the \x93temporary\x94 levy would end in May.\n");
    fs::write(dir.path().join("latin1.txt"), bytes).unwrap();
    let (v, _) = ok_json(dir.path(), 30);
    let text = text_of(&v, "latin1.txt");
    assert!(text.contains("Café owners"), "{text}");
    assert!(text.contains("“temporary”"), "Windows-1252 quotes: {text}");
    assert!(!text.contains('\u{FFFD}'));
}

#[test]
fn utf16le_with_bom_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in GOOD.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    fs::write(dir.path().join("utf16.txt"), bytes).unwrap();
    let (v, _) = ok_json(dir.path(), 30);
    let text = text_of(&v, "utf16.txt");
    assert!(text.contains("Leaders will meet in Istanbul"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
}

#[test]
fn crlf_line_ends_leave_no_carriage_returns() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("crlf.txt"), GOOD.replace('\n', "\r\n")).unwrap();
    let (v, _) = ok_json(dir.path(), 30);
    let text = text_of(&v, "crlf.txt");
    assert!(text.contains("Leaders will meet in Istanbul"));
    assert!(!text.contains('\r'));
}

#[test]
fn two_megabyte_line_without_punctuation_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let words = [
        "ceasefire",
        "talks",
        "leaders",
        "istanbul",
        "thursday",
        "front",
    ];
    let mut line = String::with_capacity(2 << 20);
    let mut i = 0;
    while line.len() < 2 << 20 {
        line.push_str(words[i % words.len()]);
        line.push(' ');
        i += 1;
    }
    fs::write(dir.path().join("long.txt"), &line).unwrap();
    with_good(dir.path());
    let (v, _) = ok_json(dir.path(), 120);
    assert!(article(&v, "long.txt").is_some());
}

#[test]
fn ten_thousand_small_files_finish() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        fs::write(
            dir.path().join(format!("{i:05}.txt")),
            format!("Report {i} from the front\nShelling resumed near village {i} on Monday.\n"),
        )
        .unwrap();
    }
    let (v, _) = ok_json(dir.path(), 600);
    assert_eq!(v["articles"].as_array().unwrap().len(), 10_000);
}

#[test]
fn deep_nesting_is_walked() {
    let dir = tempfile::tempdir().unwrap();
    let mut deep = dir.path().to_path_buf();
    for level in 0..50 {
        deep.push(format!("d{level}"));
    }
    fs::create_dir_all(&deep).unwrap();
    with_good(&deep);
    let (v, _) = ok_json(dir.path(), 30);
    assert!(article(&v, "d49/good.txt").is_some());
}

#[cfg(unix)]
#[test]
fn fifo_is_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    with_good(dir.path());
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    // Opening a FIFO for reading blocks until a writer comes: a hang fails the timeout.
    let (v, _) = ok_json(dir.path(), 30);
    assert!(article(&v, "pipe.txt").is_none());
    assert!(article(&v, "good.txt").is_some());
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    with_good(dir.path());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.path().join("b.txt")).unwrap();
    std::os::unix::fs::symlink("b.txt", dir.path().join("a.txt")).unwrap();
    let (v, _) = ok_json(dir.path(), 30);
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn html_scripts_styles_and_comments_never_show() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<!DOCTYPE html><html><head><title>Talks in Istanbul</title>\
        <style>body { color: SECRETSTYLE }</style>\
        <script>var SECRETSCRIPT = '</p>';</script></head><body>\
        <!-- SECRETCOMMENT -->\
        <article><h1>Talks in Istanbul</h1>\
        <p>Leaders will meet in Istanbul on Thursday to discuss a ceasefire.<p>\
        The talks follow weeks of <b>shelling along the <i>front line.</b></i>\
        <div unclosed='x <p>More talks are planned for next week in the capital.\
        <script type=module>SECRETMODULE()</script>\
        <noscript>SECRETNOSCRIPT</noscript></article></body>";
    fs::write(dir.path().join("page.html"), page).unwrap();
    for format in ["json", "markdown", "text", "html"] {
        let out = report(dir.path(), format, 30);
        assert!(out.status.success());
        let s = String::from_utf8(out.stdout).unwrap();
        for secret in [
            "SECRETSTYLE",
            "SECRETSCRIPT",
            "SECRETCOMMENT",
            "SECRETMODULE",
        ] {
            assert!(!s.contains(secret), "{format}: {secret} leaked");
        }
        if format == "json" {
            // The article text itself is in the JSON; the other reports list
            // only contradictions and groups, which one source cannot have.
            assert!(s.contains("Leaders will meet in Istanbul"), "{format}");
        }
    }
}

#[test]
fn terminal_escapes_and_spoofing_characters_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let nasty = "Leaders \u{1b}[31mwill\u{1b}[0m meet in Istanbul on Thursday.\n\
        The \u{1b}]0;owned\u{7}talks\u{1b}]8;;http://evil\u{1b}\\ follow weeks of shelling.\n\
        A C1 \u{9b}31m control \u{85}and \u{90}more\u{9c} appear here too.\n\
        Bidi \u{202e}txt.exe\u{202c} and \u{2066}isolates\u{2069} and \u{200f}marks here.\n\
        Zero\u{200b}width and word\u{2060}joiner and \u{feff}BOM inside the text.\n";
    fs::write(dir.path().join("nasty.txt"), nasty).unwrap();
    let forbidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    };
    for format in ["json", "markdown", "text", "html"] {
        let out = report(dir.path(), format, 30);
        assert!(out.status.success());
        let s = String::from_utf8(out.stdout).unwrap();
        if let Some(c) = s.chars().find(|&c| forbidden(c)) {
            panic!("{format} output holds U+{:04X}", c as u32);
        }
        if format == "json" {
            let v: Value = serde_json::from_str(&s).unwrap();
            assert!(text_of(&v, "nasty.txt").contains("meet in Istanbul"));
        }
    }
}

#[test]
fn cjk_and_emoji_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let text = "东京 新闻 报道 会谈 将于 周四 在 伊斯坦布尔 举行。\n\
                Leaders 🤝 will meet in Istanbul on Thursday 🇹🇷 said a family 👨‍👩‍👧 of officials.\n";
    fs::write(dir.path().join("cjk.txt"), text).unwrap();
    let (v, _) = ok_json(dir.path(), 30);
    let kept = text_of(&v, "cjk.txt");
    for piece in ["伊斯坦布尔", "🤝", "🇹🇷", "👨‍👩‍👧"] {
        assert!(kept.contains(piece), "{piece} lost: {kept}");
    }
    for format in ["markdown", "text", "html"] {
        let out = report(dir.path(), format, 30);
        assert!(
            String::from_utf8(out.stdout)
                .unwrap()
                .contains("伊斯坦布尔"),
            "{format}"
        );
    }
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_skipped_and_named() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("in");
    fs::create_dir(&dir).unwrap();
    with_good(&dir);
    let locked = dir.join("locked.txt");
    fs::write(&locked, GOOD).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file: the command runs unprivileged (as nobody) then.
    let bin = assert_cmd::cargo::cargo_bin!("parallax");
    let out = parallax_lab::needs::unprivileged(bin, scratch.path())
        .arg("report")
        .arg(&dir)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(
        stderr.contains("parallax: skipped ") && stderr.contains("locked.txt: permission denied"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["warnings"].to_string().contains("locked.txt"));
}
