//! The manual page, parallax(1), in roff.
//!
//! Why it exists: clap_mangen writes the name, synopsis, description and
//! options from the command definition, but reflows the examples and points
//! to a page per subcommand (parallax-report(1)) that is never installed.
//! This writes those sections through clap_mangen, the subcommands inline,
//! and the rest itself: the keys from the reader's keymap table, the
//! configuration and themes, the environment, the files, the exit status and
//! the examples as typed (no fill).

use std::io::{self, Write};

use clap::Command;
use clap_mangen::Man;
use parallax::tui::keymap::Keymap;

use super::EXAMPLE_LINES;

/// The page for `cmd` (the whole `parallax` command).
pub fn render(cmd: Command) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let man = Man::new(cmd.clone());
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    commands(&mut out, &cmd)?;
    keys(&mut out)?;
    out.write_all(STATIC_SECTIONS.as_bytes())?;
    examples(&mut out)?;
    out.write_all(b".SH SEE ALSO\nless(1), jq(1)\n")?;
    Ok(out)
}

/// Escapes text for roff: backslashes, hyphens, and a leading `.` or `'`.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

fn commands(out: &mut Vec<u8>, cmd: &Command) -> io::Result<()> {
    writeln!(out, ".SH COMMANDS")?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        writeln!(out, ".SS \"parallax {}\"", sub.get_name())?;
        if let Some(about) = sub.get_about() {
            writeln!(out, "{}", roff(&about.to_string()))?;
        }
        // Options of the subcommand, without its own title and name sections.
        let mut options = Vec::new();
        Man::new(sub.clone()).render_options_section(&mut options)?;
        let options = String::from_utf8_lossy(&options).replace(".SH OPTIONS", ".PP\nOptions:");
        out.write_all(options.as_bytes())?;
    }
    Ok(())
}

fn keys(out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(out, ".SH KEYS")?;
    writeln!(
        out,
        "The reader's default keys (a configuration's [keys] table changes them):"
    )?;
    for row in Keymap::default().help_rows() {
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(&row.keys), roff(row.help))?;
        if row.name != "pick_source" {
            writeln!(out, "(action \\fI{}\\fR)", roff(row.name))?;
        }
    }
    writeln!(
        out,
        ".TP\n\\fBCtrl\\-c\\fR\nquit (always)\n.TP\n\\fBmouse\\fR\nclick selects a pane, source or sentence; the wheel scrolls"
    )
}

fn examples(out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(out, ".SH EXAMPLES\n.nf")?;
    for (command, what) in EXAMPLE_LINES {
        writeln!(out, "{}\n    {}", roff(command), roff(what))?;
    }
    writeln!(out, ".fi")
}

const STATIC_SECTIONS: &str = r#".SH CONFIGURATION
The reader reads \fI$XDG_CONFIG_HOME/parallax/config.toml\fR (else \fI~/.config/parallax/config.toml\fR), or the file given with \fB\-\-config\fR. A bad file is refused with the reason before the screen changes.
.PP
.nf
theme = "light"            # or "dark", the default
[keys]                     # action = [keys]; see KEYS for the names
down = ["j", "down", "ctrl\-n"]
[colors]                   # any entry of a theme
border_focused = { fg = "magenta", bold = true }
.fi
.PP
Key names: a character, enter, esc, tab, shift\-tab, up, down, left, right, pgup, pgdn, home, end, space, backspace, with ctrl\- and alt\- prefixes. A key the file gives to an action leaves the action that had it by default; one key given to two actions is refused, naming both.
.SH THEMES
Two themes are built in: \fBdark\fR (the default) and \fBlight\fR. The [colors] table overrides single entries (fg, bg, bold, italic, underline, dim, reversed; a [colors.kinds] table styles each kind of difference). With NO_COLOR set, only the attributes are kept, so every mark stays visible without colour.
.SH ENVIRONMENT
.TP
\fBXDG_CONFIG_HOME\fR
where the configuration is looked for (default \fI~/.config\fR)
.TP
\fBXDG_CACHE_HOME\fR
where fetched pages are kept (default \fI~/.cache\fR)
.TP
\fBHOME\fR
the base of both defaults
.TP
\fBNO_COLOR\fR
when set and not empty, no colours (no\-color.org)
.TP
\fBHTTPS_PROXY\fR, \fBHTTP_PROXY\fR, \fBALL_PROXY\fR, \fBNO_PROXY\fR
the proxy used to fetch URLs, and the hosts reached without it
.SH FILES
.TP
\fI$XDG_CONFIG_HOME/parallax/config.toml\fR
the reader's settings
.TP
\fI$XDG_CACHE_HOME/parallax/pages/\fR
fetched pages, one file each: a line of JSON (URL, address after redirects, time fetched, status, response headers, length, checksum) and the body as received. A later run reads the kept copy and never the network; \fB\-\-refresh\fR asks the server again with If\-None\-Match and If\-Modified\-Since. A damaged file is fetched again.
.SH EXIT STATUS
.TP
\fB0\fR
success
.TP
\fB1\fR
an error: the file or page and the reason are on standard error
.TP
\fB2\fR
bad usage
.TP
\fB129\fR, \fB130\fR, \fB143\fR
the reader was ended by SIGHUP, SIGINT or SIGTERM (128 + the signal); the terminal is restored first
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_escapes() {
        assert_eq!(roff("--urls a\\b"), "\\-\\-urls a\\eb");
        assert_eq!(roff(".hidden"), "\\&.hidden");
    }
}
