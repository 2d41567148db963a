//! Plain text for terminals and e-mail: marked spans in `[brackets]`, wrapped at
//! 78 columns, headings underlined.

use unicode_width::UnicodeWidthStr;

use super::Markup;
use crate::export::cite::{Cited, Origin};
use crate::export::escape;

const WIDTH: usize = 78;

#[derive(Debug, Default)]
pub struct Text {
    out: String,
}

impl Text {
    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        let options = textwrap::Options::new(WIDTH)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false);
        for line in textwrap::wrap(text, options) {
            self.out += line.trim_end();
            self.out.push('\n');
        }
    }
}

impl Markup for Text {
    fn heading(&mut self, level: u8, text: &str) {
        let text = escape::inline(text);
        let rule = match level {
            1 => '=',
            2 => '-',
            3 => '~',
            _ => {
                self.out += &format!("{text}\n\n");
                return;
            }
        };
        let width = text.width().clamp(1, WIDTH);
        self.out += &format!("{text}\n{}\n\n", rule.to_string().repeat(width));
    }

    fn paragraph(&mut self, text: &str) {
        self.wrapped(&escape::inline(text), "", "");
        self.out.push('\n');
    }

    fn list(&mut self, items: &[String]) {
        for item in items {
            self.wrapped(&escape::inline(item), "  * ", "    ");
        }
        self.out.push('\n');
    }

    fn sources(&mut self, items: &[(Origin, String)]) {
        for (origin, detail) in items {
            let item = escape::inline(&(origin.plain() + detail));
            self.wrapped(&item, "  * ", "    ");
        }
        self.out.push('\n');
    }

    fn cite(&mut self, cited: &Cited) {
        let source = escape::inline(&cited.origin.plain());
        self.wrapped(&source, "  ", "  ");
        let mut sentence = String::from("“");
        for (marked, piece) in cited.pieces() {
            let piece = escape::inline(piece);
            if marked {
                sentence += &format!("[{piece}]");
            } else {
                sentence += &piece;
            }
        }
        sentence += "”";
        self.wrapped(&sentence, "    ", "     ");
        self.out.push('\n');
    }

    fn finish(self, _title: &str) -> String {
        self.out.trim_end().to_string() + "\n"
    }
}
