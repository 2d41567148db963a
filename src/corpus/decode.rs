//! Bytes to text, whatever the encoding, and text to something safe to show.
//!
//! Articles arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or in
//! a legacy single-byte encoding; an article is never dropped for its
//! encoding, so anything that is not valid UTF-8 falls back to the charset a
//! server or an HTML page declares, else to the encoding detected from the
//! bytes (chardetng, Firefox's detector; Windows-1252 when unsure). Only NUL bytes (outside UTF-16) mark
//! a file as binary. `strip_controls` then removes what would corrupt a
//! terminal: control characters, whole ANSI/OSC escape sequences, bidi
//! overrides and zero-width characters.

use std::str::Chars;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};
use thiserror::Error;

/// Why bytes are no text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    /// The bytes are not text in any encoding we read.
    #[error("binary file")]
    Binary,
}

/// Decodes a text file: BOMs first, then UTF-8, then Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_with_fallback(bytes, None)
}

/// Like [`decode`], but a page that is not UTF-8 is read in the charset its
/// `<meta charset>` (or `http-equiv` content type) declares.
pub fn decode_html(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_with_fallback(bytes, declared_charset(bytes))
}

/// A fetched body: the charset the server's `Content-Type` names wins,
/// then (for a page) its meta tag, then the same detection as for files.
pub fn decode_served(
    bytes: &[u8],
    header_charset: Option<&str>,
    html: bool,
) -> Result<String, DecodeError> {
    let served = header_charset.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    let declared = served.or_else(|| html.then(|| declared_charset(bytes)).flatten());
    decode_with_fallback(bytes, declared)
}

fn decode_with_fallback(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(String::from_utf8_lossy(rest).into_owned());
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return Ok(UTF_16LE.decode_with_bom_removal(bytes).0.into_owned());
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Ok(UTF_16BE.decode_with_bom_removal(bytes).0.into_owned());
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let encoding = declared
        .filter(|e| *e != encoding_rs::UTF_8)
        .unwrap_or_else(|| detected(bytes));
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

/// The legacy encoding bytes that are not UTF-8 and declare none are most
/// likely in, as Firefox guesses it (chardetng); Windows-1252 when unsure.
fn detected(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// The charset an HTML page declares in its first few kilobytes, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = head[from..].find("charset") {
        let rest = head[from + at + "charset".len()..].trim_start();
        from += at + "charset".len();
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c)))
            .unwrap_or(value.len());
        if let Some(encoding) = Encoding::for_label(&value.as_bytes()[..end]) {
            return Some(encoding);
        }
    }
    None
}

/// `text` with every run of white space (line breaks too) made one space,
/// and none at either end.
pub fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes C0/C1 controls (but `\n` and `\t`), whole ANSI CSI and OSC escape
/// sequences, bidi override/isolate and zero-width characters; CRLF and lone
/// CR become LF.
pub fn strip_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    loop {
        // Printable ASCII, line breaks and tabs, most of any page, go across whole.
        let rest = chars.as_str();
        let plain = rest
            .bytes()
            .position(|b| !matches!(b, b'\n' | b'\t' | 0x20..=0x7e))
            .unwrap_or(rest.len());
        out.push_str(&rest[..plain]);
        chars = rest[plain..].chars();
        let Some(c) = chars.next() else { break };
        let peek = |chars: &Chars| chars.clone().next();
        match c {
            '\r' => {
                if peek(&chars) != Some('\n') {
                    out.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\u{1b}' => match peek(&chars) {
                Some('[') => {
                    chars.next();
                    skip_csi(&mut chars);
                }
                Some(']') => {
                    chars.next();
                    skip_osc(&mut chars);
                }
                Some(next) if ('@'..='_').contains(&next) => {
                    chars.next();
                }
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' => skip_osc(&mut chars),
            // A joiner inside an emoji sequence (👨‍👩‍👧) is part of the picture.
            '\u{200D}'
                if out.chars().next_back().is_some_and(is_pictograph)
                    && peek(&chars).is_some_and(is_pictograph) =>
            {
                out.push(c)
            }
            c if is_invisible(c) || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}')
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

/// Skips a CSI sequence's parameters up to and including its final byte.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || c == '\n' {
            break;
        }
    }
}

/// Skips an OSC string up to its terminator: BEL, ESC \ or C1 ST.
fn skip_osc(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' | '\n' => break,
            '\u{1b}' => {
                if chars.clone().next() == Some('\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap(), "café");
        assert_eq!(decode("Türkiye".as_bytes()).unwrap(), "Türkiye");
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kyiv é".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Kyiv é".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "Kyiv é");
        assert_eq!(decode(&be).unwrap(), "Kyiv é");
    }

    #[test]
    fn windows_1252_fallback() {
        assert_eq!(
            decode(b"\x93Caf\xE9\x94 \x96 ok").unwrap(),
            "\u{201c}Café\u{201d} \u{2013} ok"
        );
    }

    #[test]
    fn html_declared_charset_wins_over_1252() {
        let page = b"<html><head><meta charset=\"koi8-r\"></head><body>\xf0\xd5\xd4\xc9\xce</body>";
        assert!(decode_html(page).unwrap().contains("Путин"));
        let page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">caf\xe9";
        assert!(decode_html(page).unwrap().ends_with("café"));
        assert!(decode_html("<meta charset=utf-8>é".as_bytes())
            .unwrap()
            .ends_with('é'));
    }

    #[test]
    fn a_served_charset_beats_the_meta_tag() {
        let page = b"<meta charset=\"koi8-r\"><p>caf\xe9</p>";
        assert!(decode_served(page, Some("windows-1252"), true)
            .unwrap()
            .contains("café"));
        assert!(!decode_served(page, None, true).unwrap().contains("café"));
        assert!(decode_served(b"caf\xe9", Some("nonsense"), false)
            .unwrap()
            .ends_with("café"));
    }

    #[test]
    fn undeclared_legacy_encodings_are_detected() {
        let russian = "Президент России заявил в понедельник, что переговоры пройдут в Стамбуле.";
        let (koi8, _, _) = encoding_rs::KOI8_R.encode(russian);
        assert_eq!(decode(&koi8).unwrap(), russian);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
        assert_eq!(decode(&cp1251).unwrap(), russian);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
    }

    #[test]
    fn strips_ansi_sequences_whole() {
        assert_eq!(strip_controls("a\u{1b}[1;31mred\u{1b}[0m b"), "ared b");
        assert_eq!(
            strip_controls("see \u{1b}]8;;https://x.example\u{7}link\u{1b}]8;;\u{1b}\\ now"),
            "see link now"
        );
        assert_eq!(strip_controls("x\u{9b}2Jy"), "xy");
    }

    #[test]
    fn strips_bidi_zero_width_and_controls() {
        assert_eq!(
            strip_controls("a\u{202E}b\u{2066}c\u{2069}\u{200B}d\u{FEFF}e\u{2060}f"),
            "abcdef"
        );
        assert_eq!(strip_controls("a\u{7}b\u{0}c\u{85}d\te"), "abcd\te");
        assert_eq!(strip_controls("one\r\ntwo\rthree\n"), "one\ntwo\nthree\n");
    }
}
