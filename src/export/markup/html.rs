//! A self-contained HTML page: inline CSS, no scripts, no external resources,
//! marked spans in `<mark>`, every piece of article text escaped.

use super::Markup;
use crate::export::cite::{Cited, Origin};
use crate::export::escape;

const STYLE: &str = "\
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1,h2,h3,h4{line-height:1.25}
h2{border-bottom:1px solid #ccc;padding-bottom:.2rem}
.cite{margin:.6rem 0 1rem}
.source{margin:0;font-size:.9rem;color:#555}
.path{font-family:ui-monospace,monospace}
blockquote{margin:.2rem 0 0 1rem;padding-left:.8rem;border-left:3px solid #ddd}
mark{background:#ffe066;padding:0 .1em}
@media (prefers-color-scheme:dark){body{background:#161616;color:#e6e6e6}.source{color:#aaa}mark{background:#8a6d00;color:#fff}}
";

#[derive(Debug, Default)]
pub struct Html {
    body: String,
}

impl Markup for Html {
    fn heading(&mut self, level: u8, text: &str) {
        let n = level.clamp(1, 6);
        self.body += &format!("<h{n}>{}</h{n}>\n", escape::html(text));
    }

    fn paragraph(&mut self, text: &str) {
        self.body += &format!("<p>{}</p>\n", escape::html(text));
    }

    fn list(&mut self, items: &[String]) {
        self.body += "<ul>\n";
        for item in items {
            self.body += &format!("<li>{}</li>\n", escape::html(item));
        }
        self.body += "</ul>\n";
    }

    fn sources(&mut self, items: &[(Origin, String)]) {
        self.body += "<ul>\n";
        for (origin, detail) in items {
            self.body += &format!("<li>{}{}</li>\n", source(origin), escape::html(detail));
        }
        self.body += "</ul>\n";
    }

    fn cite(&mut self, cited: &Cited) {
        self.body += &format!(
            "<div class=\"cite\">\n<p class=\"source\">{}",
            source(&cited.origin)
        );
        self.body += "</p>\n<blockquote>";
        for (marked, piece) in cited.pieces() {
            if marked {
                self.body += &format!("<mark>{}</mark>", escape::html(piece));
            } else {
                self.body += &escape::html(piece);
            }
        }
        self.body += "</blockquote>\n</div>\n";
    }

    fn finish(self, title: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"parallax\">\n\
             <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
            escape::html(title),
            self.body
        )
    }
}

/// The outlet (else the path) and the headline, a link when the URL is
/// known (escaped inside the attribute), then the date.
fn source(origin: &Origin) -> String {
    let class = if origin.outlet.is_some() {
        "outlet"
    } else {
        "path"
    };
    let mut label = format!(
        "<span class=\"{class}\">{}</span>",
        escape::html(origin.who())
    );
    if !origin.headline.trim().is_empty() {
        label += &format!(" — <cite>{}</cite>", escape::html(origin.headline));
    }
    let label = match origin.url {
        Some(url) => format!("<a href=\"{}\">{label}</a>", escape::html(url)),
        None => label,
    };
    label + &escape::html(&origin.after())
}
