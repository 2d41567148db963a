//! Making article text safe to print in each output format.
//!
//! Article text comes from the web. The corpus already strips control characters,
//! but a report may be pasted into a terminal, a chat or a page, so every writer
//! sanitises again (defence in depth): no terminal escapes, C1 controls or bidi
//! overrides that could disguise what a source said, and no character that would
//! turn a sentence into Markdown or HTML markup.

use std::io;

/// True for characters no report may contain: C0 controls other than `\n` and
/// `\t`, DEL and C1 controls, bidi embeddings/overrides/isolates and marks, and
/// invisible zero-width characters (but not ZWJ/ZWNJ, which emoji and scripts need).
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` without unsafe characters; line breaks and tabs become spaces, so the
/// result is always one line.
pub fn inline(text: &str) -> String {
    text.chars()
        .filter(|&c| !is_unsafe(c))
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// One line of Markdown showing `text` literally: unsafe characters dropped and
/// every character that Markdown could read as markup backslash-escaped (`(`,
/// `)` and `!` only matter next to `[`/`]`, which are escaped).
pub fn markdown(text: &str) -> String {
    let chars: Vec<char> = inline(text).chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => true,
            // An underscore between letters or digits never opens emphasis
            // (`001_wire.txt` stays readable).
            '_' => {
                !(i > 0
                    && chars[i - 1].is_alphanumeric()
                    && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()))
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as HTML character data (also safe inside a quoted attribute).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in inline(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Serialised JSON with every unsafe character written as a `\uXXXX` escape.
///
/// Such characters can only occur inside JSON strings, and an escape denotes the
/// same character, so the document parses back to exactly the same data.
pub fn json(serialised: &str) -> String {
    let mut out = Vec::with_capacity(serialised.len());
    write_json_text(&mut out, serialised).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// Writes `text`, a piece of serialised JSON, with every unsafe character (and
/// the JavaScript line separators U+2028/U+2029) as a `\uXXXX` escape.
pub fn write_json_text<W: io::Write + ?Sized>(w: &mut W, text: &str) -> io::Result<()> {
    let mut safe_from = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Printable ASCII, newlines and tabs are the bulk of any report.
        if matches!(bytes[at], b'\n' | b'\t' | 0x20..=0x7e) {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().expect("at a character boundary");
        if is_unsafe(c) || matches!(c, '\u{2028}' | '\u{2029}') {
            w.write_all(&bytes[safe_from..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(w, "\\u{unit:04x}")?;
            }
            safe_from = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    w.write_all(&bytes[safe_from..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_drops_escapes_and_overrides() {
        let s = "a\u{1b}[31mb\u{9b}c\u{202e}d\u{200b}e\nf\u{200d}g";
        assert_eq!(inline(s), "a[31mbcde f\u{200d}g");
    }

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(
            markdown("*a* _b_ `c` [d](e) <f>"),
            r"\*a\* \_b\_ \`c\` \[d\](e) \<f\>"
        );
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            html("<script>'&\"</script>"),
            "&lt;script&gt;&#39;&amp;&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn json_escaping_is_lossless() {
        let raw = serde_json::to_string("x\u{202e}y\u{85}z\u{2028}\u{1b}").unwrap();
        let safe = json(&raw);
        assert!(safe.chars().all(|c| !is_unsafe(c)), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "x\u{202e}y\u{85}z\u{2028}\u{1b}");
    }
}
