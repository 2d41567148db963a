//! Pages saved by a browser as one file (`.mhtml`, `.mht`): the HTML inside.
//!
//! Why it exists: "Save as single file" wraps the page in a MIME message
//! (RFC 2557): headers, then parts split by a boundary, the page's HTML the
//! first `text/html` part, usually quoted-printable, sometimes base64. Only
//! that part is an article; images and style sheets are dropped.

use base64::Engine;
use encoding_rs::Encoding;

use super::decode::{decode_html, DecodeError};

/// The HTML of a saved page, decoded to text; `None` when the file holds
/// no HTML part (then it is read as it is).
pub fn html_of(bytes: &[u8]) -> Option<Result<String, DecodeError>> {
    let (headers, body) = split_head(bytes);
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let part = match param(&content_type, "boundary") {
        Some(boundary) => parts(body, &boundary)
            .into_iter()
            .find(|(h, _)| is_html(h))?,
        None if is_html(&headers) => (headers, body),
        None => return None,
    };
    let (headers, body) = part;
    let bytes = match header(&headers, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "quoted-printable" => quoted_printable(body),
        "base64" => {
            let clean: Vec<u8> = body
                .iter()
                .copied()
                .filter(|b| !b.is_ascii_whitespace())
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(clean)
                .ok()?
        }
        _ => body.to_vec(),
    };
    let charset = header(&headers, "content-type")
        .and_then(|t| param(&t, "charset"))
        .and_then(|c| Encoding::for_label(c.as_bytes()));
    Some(match charset {
        Some(encoding) if !bytes.contains(&0) => {
            Ok(encoding.decode_with_bom_removal(&bytes).0.into_owned())
        }
        _ => decode_html(&bytes),
    })
}

type Headers = Vec<(String, String)>;

fn is_html(headers: &Headers) -> bool {
    header(headers, "content-type")
        .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("text/html"))
}

/// The header block (folded lines joined) and what follows the blank line.
fn split_head(bytes: &[u8]) -> (Headers, &[u8]) {
    let mut headers: Headers = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| at + p);
        let line = String::from_utf8_lossy(&bytes[at..end]);
        let line = line.trim_end_matches('\r');
        at = (end + 1).min(bytes.len());
        if line.is_empty() {
            if headers.is_empty() {
                continue;
            }
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        } else {
            // Not a header: there is no head.
            return (Vec::new(), bytes);
        }
    }
    (headers, &bytes[at..])
}

fn header(headers: &Headers, name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// `name=value` or `name="value"` in a header value, name case-insensitive.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// The parts between `--boundary` lines, each split into headers and body.
fn parts<'a>(body: &'a [u8], boundary: &str) -> Vec<(Headers, &'a [u8])> {
    let marker = format!("--{boundary}");
    let marker = marker.as_bytes();
    let mut starts = Vec::new();
    let mut i = 0;
    while let Some(p) = find(&body[i..], marker) {
        let at = i + p;
        let line_start = at == 0 || body[at - 1] == b'\n';
        if line_start {
            starts.push(at);
        }
        i = at + marker.len();
    }
    starts
        .windows(2)
        .map(|w| {
            let from = w[0] + marker.len();
            let mut to = w[1];
            // The line break before a boundary belongs to it.
            if to > from && body[to - 1] == b'\n' {
                to -= 1;
                if to > from && body[to - 1] == b'\r' {
                    to -= 1;
                }
            }
            split_head(&body[from..to])
        })
        .collect()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// RFC 2045 quoted-printable: `=XX` bytes, `=` at a line end joins lines.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (body.get(i + 1), body.get(i + 2)) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\n'), _) => i += 2,
            (Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push(hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0));
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape Chromium writes.
    const SAVED: &str = "From: <Saved by Blink>\r\n\
Snapshot-Content-Location: https://news.example/a\r\n\
Subject: Quake\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/related;\r\n\
\ttype=\"text/html\";\r\n\
\tboundary=\"----MultipartBoundary--x1----\"\r\n\
\r\n\
\r\n\
------MultipartBoundary--x1----\r\n\
Content-Type: text/html\r\n\
Content-ID: <frame-1@mhtml.blink>\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
Content-Location: https://news.example/a\r\n\
\r\n\
<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-=\r\n\
8\"></head><body><p>Caf=C3=A9 owners said the quake struck at dawn and =\r\n\
shook the town.</p></body></html>\r\n\
------MultipartBoundary--x1----\r\n\
Content-Type: image/png\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
iVBORw0KGgo=\r\n\
------MultipartBoundary--x1------\r\n";

    #[test]
    fn the_html_part_of_a_saved_page() {
        let html = html_of(SAVED.as_bytes()).unwrap().unwrap();
        assert!(
            html.contains("<p>Café owners said the quake struck at dawn and shook the town.</p>"),
            "{html}"
        );
        assert!(html.contains("charset=UTF-8"));
        assert!(!html.contains("iVBOR"));
    }

    #[test]
    fn a_base64_part_and_a_declared_charset() {
        let body = base64::engine::general_purpose::STANDARD.encode(b"<p>caf\xe9</p>");
        let saved = format!(
            "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n{body}\n--b--\n"
        );
        assert_eq!(html_of(saved.as_bytes()).unwrap().unwrap(), "<p>café</p>");
    }

    #[test]
    fn no_html_part_is_none() {
        assert!(html_of(b"Just some text\nwith lines").is_none());
        let saved = "Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n";
        assert!(html_of(saved.as_bytes()).is_none());
    }
}
