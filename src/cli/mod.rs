//! The command line's own logic, kept out of `main.rs`: reading what it
//! names (`inputs`), telling paths from subcommands (`disambiguate`), the
//! manual page (`man`), and the reader's terminal and signals (`terminal`).

pub mod inputs;
pub mod man;
pub mod terminal;

use std::ffi::OsString;
use std::path::Path;

/// Example command lines and what each does: `--help` and the man page.
pub const EXAMPLE_LINES: [(&str, &str); 9] = [
    ("parallax", "read the bundled sample story"),
    ("parallax ~/news/summit/", "read every article in a folder"),
    (
        "parallax https://a.example/quake https://b.example/quake",
        "fetch two pages and read them side by side",
    ),
    (
        "parallax --urls links.txt report --format markdown",
        "the pages listed in a file (one URL a line, # comments), as Markdown",
    ),
    (
        "parallax report ~/news/summit --format markdown -o summit.md",
        "write a report",
    ),
    (
        "parallax report a.html b.txt --format json | jq '.divergences'",
        "the JSON report, filtered",
    ),
    (
        "curl -s https://a.example/x | parallax report - b.txt",
        "one article from standard input",
    ),
    (
        "parallax completions bash > ~/.local/share/bash-completion/completions/parallax",
        "install completions",
    ),
    ("parallax man > parallax.1", "write this manual page (roff)"),
];

/// Subcommand names, which a file or folder may also be called.
const SUBCOMMANDS: [&str; 4] = ["report", "completions", "man", "help"];

/// Options that take a value as the next argument.
const VALUE_OPTIONS: [&str; 8] = [
    "--config",
    "--export-dir",
    "--urls",
    "--timeout",
    "--format",
    "-f",
    "--output",
    "-o",
];

/// A first positional argument that names a subcommand *and* an existing
/// file or folder is the path (`./report`); `--report` still runs the
/// subcommand, and after `--` everything is a path.
pub fn disambiguate(mut args: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while i < args.len() {
        let Some(arg) = args[i].to_str() else {
            return args;
        };
        if arg == "--" {
            return args;
        }
        if arg.starts_with('-') && arg != "-" {
            i += if VALUE_OPTIONS.contains(&arg) { 2 } else { 1 };
            continue;
        }
        if SUBCOMMANDS.contains(&arg) && Path::new(arg).exists() {
            args[i] = Path::new(".").join(arg).into_os_string();
        }
        return args;
    }
    args
}
