//! Markdown (CommonMark): marked spans in `**bold**`, article text escaped.

use super::Markup;
use crate::export::cite::Cited;
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

    fn cite(&mut self, cited: &Cited) {
        self.out += &format!("- {}", escape::markdown(cited.path));
        if !cited.title.trim().is_empty() {
            self.out += &format!(" — {}", escape::markdown(cited.title));
        }
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
}
