//! Opening the source being read in the user's pager (`$PAGER`) or editor
//! (`$VISUAL`, else `$EDITOR`), at the current sentence's line when the
//! program is known to take `+LINE`. What to run is decided by pure functions
//! (tested without a pager); [`run`] starts it as the terminal's foreground
//! job, so Ctrl-C in the pager reaches the pager and not the reader, while the
//! event loop has the terminal suspended around it.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

use crate::model::Article;

/// Which program the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// `$PAGER`: read the source.
    Pager,
    /// `$VISUAL` or `$EDITOR`: edit it.
    Editor,
}

impl Tool {
    /// The environment variables naming the program, first found wins.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            Tool::Pager => &["PAGER"],
            Tool::Editor => &["VISUAL", "EDITOR"],
        }
    }

    /// What the status line calls it: `$PAGER`, `$VISUAL/$EDITOR`.
    pub fn name(self) -> String {
        self.variables()
            .iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// Programs that open a file at a line given as `+LINE` before it. Others get
/// the file alone: an unknown `+5` could be taken for a file name.
const TAKE_PLUS_LINE: [&str; 13] = [
    "less", "more", "most", "vi", "vim", "nvim", "view", "nano", "emacs", "micro", "kak", "joe",
    "mg",
];

/// A program to run and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// The program, as the variable names it.
    pub program: String,
    /// Its arguments: the variable's own, then `+LINE` and the file.
    pub args: Vec<String>,
}

/// The program a variable's value names (`less -R` splits at white space),
/// opening `file` at `line` (1-based) when it takes `+LINE`.
pub fn command(
    tool: Tool,
    value: Option<&str>,
    file: &Path,
    line: Option<usize>,
) -> Result<Program, String> {
    let mut words = value.unwrap_or("").split_whitespace().map(str::to_string);
    let Some(program) = words.next() else {
        let example = match tool {
            Tool::Pager => "PAGER=less",
            Tool::Editor => "EDITOR=vi",
        };
        return Err(format!(
            "{} is not set (e.g. export {example})",
            tool.name()
        ));
    };
    let mut args: Vec<String> = words.collect();
    let base = Path::new(&program)
        .file_name()
        .map_or(program.as_str(), |n| n.to_str().unwrap_or(""));
    if let Some(n) = line.filter(|_| TAKE_PLUS_LINE.contains(&base)) {
        args.push(format!("+{n}"));
    }
    args.push(file.display().to_string());
    Ok(Program { program, args })
}

/// The 1-based line of `haystack` where `sentence` starts, found by its first
/// words (a file's own spacing may differ from the cleaned sentence's).
pub fn line_of(haystack: &str, sentence: &str) -> Option<usize> {
    let words: Vec<&str> = sentence.split_whitespace().take(6).collect();
    if words.is_empty() {
        return None;
    }
    // The first place where the words follow one another, spaces aside.
    let mut from = 0;
    while let Some(p) = haystack[from..].find(words[0]) {
        let at = from + p;
        let mut rest = &haystack[at..];
        let follows = words.iter().all(|w| {
            rest = rest.trim_start();
            match rest.strip_prefix(w) {
                Some(r) => {
                    rest = r;
                    true
                }
                None => false,
            }
        });
        if follows {
            return Some(haystack[..at].matches('\n').count() + 1);
        }
        from = at + words[0].len();
    }
    None
}

/// What is opened for a source (see [`file_for`]).
#[derive(Debug)]
pub enum Opened {
    /// The source's own file.
    File(PathBuf),
    /// A copy of the cleaned text, deleted when dropped.
    Copy(tempfile::TempPath),
}

impl Opened {
    /// The file handed to the program.
    pub fn path(&self) -> &Path {
        match self {
            Opened::File(p) => p,
            Opened::Copy(p) => p,
        }
    }
}

/// The file to open for `article` and the line of its sentence `sentence`:
/// the source's own file when it is one on disk, else a copy of its cleaned
/// text (bundled seeds, fetched pages), removed when the value is dropped.
pub fn file_for(article: &Article, sentence: usize) -> std::io::Result<(Opened, Option<usize>)> {
    let s = article.sentences.get(sentence);
    let path = Path::new(&article.path);
    if path.is_file() {
        let raw = String::from_utf8_lossy(&std::fs::read(path)?).into_owned();
        let line = s.and_then(|s| line_of(&raw, &s.text));
        return Ok((Opened::File(path.to_path_buf()), line));
    }
    let mut copy = tempfile::Builder::new()
        .prefix("parallax-")
        .suffix(".txt")
        .tempfile()?;
    std::io::Write::write_all(&mut copy, article.text.as_bytes())?;
    let line = s.map(|s| {
        article.text[..s.start.min(article.text.len())]
            .matches('\n')
            .count()
            + 1
    });
    Ok((Opened::Copy(copy.into_temp_path()), line))
}

/// Runs `p` on the terminal as its foreground job and waits for it.
pub fn run(p: &Program) -> std::io::Result<ExitStatus> {
    let mut command = Command::new(&p.program);
    command.args(&p.args);
    foreground(&mut command)
}

#[cfg(unix)]
fn foreground(command: &mut Command) -> std::io::Result<ExitStatus> {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    // Job control only when the reader holds the terminal's foreground: a
    // child put in a group of its own without it would stop at its first read.
    // SAFETY: tcgetpgrp and getpgrp only read the process's state.
    let tty = std::fs::File::open("/dev/tty")
        .ok()
        .filter(|t| unsafe { libc::tcgetpgrp(t.as_raw_fd()) == libc::getpgrp() });
    let Some(tty) = tty else {
        return command.status();
    };
    let fd = tty.as_raw_fd();
    // SAFETY: only async-signal-safe calls between fork and exec: the child
    // takes a process group of its own and the terminal's foreground (SIGTTOU
    // ignored for the call, its old disposition back before exec).
    unsafe {
        command.pre_exec(move || {
            libc::setpgid(0, 0);
            let old = libc::signal(libc::SIGTTOU, libc::SIG_IGN);
            libc::tcsetpgrp(fd, libc::getpid());
            libc::signal(libc::SIGTTOU, old);
            Ok(())
        });
    }
    let status = command.spawn().and_then(|mut child| child.wait());
    // The terminal back to the reader's group, which asks from the background.
    // SAFETY: plain system calls on the open terminal descriptor.
    unsafe {
        let old = libc::signal(libc::SIGTTOU, libc::SIG_IGN);
        libc::tcsetpgrp(fd, libc::getpgrp());
        libc::signal(libc::SIGTTOU, old);
    }
    drop(tty);
    status
}

#[cfg(not(unix))]
fn foreground(command: &mut Command) -> std::io::Result<ExitStatus> {
    command.status()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(p: &Program) -> Vec<&str> {
        p.args.iter().map(String::as_str).collect()
    }

    #[test]
    fn known_programs_open_at_the_line() {
        let f = Path::new("/tmp/a.txt");
        let p = command(Tool::Pager, Some("less -R"), f, Some(12)).unwrap();
        assert_eq!(p.program, "less");
        assert_eq!(args(&p), ["-R", "+12", "/tmp/a.txt"]);
        let p = command(Tool::Editor, Some("/usr/bin/nvim"), f, Some(3)).unwrap();
        assert_eq!(args(&p), ["+3", "/tmp/a.txt"]);
    }

    #[test]
    fn other_programs_get_the_file_alone() {
        let f = Path::new("a b.txt");
        let p = command(Tool::Pager, Some("  bat --plain "), f, Some(12)).unwrap();
        assert_eq!(
            (p.program.as_str(), args(&p)),
            ("bat", vec!["--plain", "a b.txt"])
        );
        let p = command(Tool::Editor, Some("code -w"), f, None).unwrap();
        assert_eq!(args(&p), ["-w", "a b.txt"]);
    }

    #[test]
    fn an_unset_variable_is_said_by_name() {
        let f = Path::new("a.txt");
        let e = command(Tool::Pager, None, f, None).unwrap_err();
        assert_eq!(e, "$PAGER is not set (e.g. export PAGER=less)");
        let e = command(Tool::Editor, Some("  "), f, None).unwrap_err();
        assert!(e.starts_with("$VISUAL/$EDITOR is not set"), "{e}");
    }

    #[test]
    fn the_sentence_is_found_by_its_words() {
        let text = "Title\n\nFirst line.\nOfficials  said\n12,000 troops remain.";
        assert_eq!(
            line_of(text, "Officials said 12,000 troops remain."),
            Some(4)
        );
        assert_eq!(line_of(text, "First line."), Some(3));
        assert_eq!(line_of(text, "Nowhere to be seen"), None);
        assert_eq!(line_of(text, ""), None);
    }

    #[test]
    fn a_source_not_on_disk_opens_as_a_copy_at_its_line() {
        let c = crate::tui::fixture::collation();
        let (opened, line) = file_for(&c.articles[0], 2).unwrap();
        assert!(matches!(opened, Opened::Copy(_)), "{opened:?}");
        assert_eq!(line, Some(2), "the second paragraph");
        let copy = std::fs::read_to_string(opened.path()).unwrap();
        assert_eq!(copy, c.articles[0].text);
        let path = opened.path().to_path_buf();
        drop(opened);
        assert!(!path.exists(), "the copy is removed");
    }
}
