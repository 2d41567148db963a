//! Markdown (CommonMark): marked spans in `**bold**`, article text escaped.

use super::Markup;
use crate::export::cite::{Cited, Origin};
use crate::export::escape;

#[derive(Debug, Default)]
pub struct Markdown {
    out: String,
}

impl Markup for Markdown {
    fn heading(&mut self, level: u8, text: &str) {
        let hashes = "#".repeat(usize::from(level.clamp(1, 6)));
        self.out += &format!("{hashes} {}\n\n", escape::markdown(text));
    }

    fn paragraph(&mut self, text: &str) {
        self.out += &format!("{}\n\n", escape::markdown(text));
    }

    fn list(&mut self, items: &[String]) {
        for item in items {
            self.out += &format!("- {}\n", escape::markdown(item));
        }
        self.out.push('\n');
    }

    fn sources(&mut self, items: &[(Origin, String)]) {
        for (origin, detail) in items {
            self.out += &format!("- {}{}\n", source(origin), escape::markdown(detail));
        }
        self.out.push('\n');
    }

    fn cite(&mut self, cited: &Cited) {
        self.out += &format!("- {}", source(&cited.origin));
        self.out += "\n\n  “";
        for (marked, piece) in cited.pieces() {
            if marked {
                self.out += &bold(piece);
            } else {
                self.out += &escape::markdown(piece);
            }
        }
        self.out += "”\n\n";
    }

    fn finish(self, _title: &str) -> String {
        self.out.trim_end().to_string() + "\n"
    }
}

/// "[Outlet — Headline](url), date", or "path — title" for a local file.
fn source(origin: &Origin) -> String {
    let mut label = escape::markdown(origin.who());
    if !origin.headline.trim().is_empty() {
        label += &format!(" — {}", escape::markdown(origin.headline));
    }
    let label = match origin.url {
        Some(url) => format!("[{label}]({})", link_target(url)),
        None => label,
    };
    label + &escape::markdown(&origin.after())
}

/// A URL as a Markdown link target: the characters that would end or break
/// it percent-encoded.
fn link_target(url: &str) -> String {
    escape::inline(url)
        .chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// `**piece**`, with surrounding white space kept outside the markers (CommonMark
/// does not open emphasis before a space).
fn bold(piece: &str) -> String {
    let inner = piece.trim();
    if inner.is_empty() {
        return escape::markdown(piece);
    }
    let lead = &piece[..piece.len() - piece.trim_start().len()];
    let trail = &piece[piece.trim_end().len()..];
    format!(
        "{}**{}**{}",
        escape::inline(lead),
        escape::markdown(inner),
        escape::inline(trail)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_keeps_spaces_outside() {
        assert_eq!(bold(" a*b "), " **a\\*b** ");
        assert_eq!(bold(" "), " ");
    }

    #[test]
    fn a_cited_page_is_a_link() {
        let origin = Origin {
            path: "https://x.example/a",
            outlet: Some("The [Daily]"),
            headline: "Quake *hits*",
            date: Some("2025-05-12"),
            url: Some("https://x.example/a_(b) c"),
        };
        assert_eq!(
            source(&origin),
            "[The \\[Daily\\] — Quake \\*hits\\*](https://x.example/a_%28b%29%20c), 2025-05-12"
        );
    }
}
