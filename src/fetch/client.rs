//! One HTTP GET, with the limits a reader of news pages needs.
//!
//! Why it exists: a page that fails must be named with a reason a person
//! understands ("HTTP 404 Not Found", "timed out", "connection refused"),
//! not a transport error, and no page may hang the run or fill the memory.
//! ureq does the protocol (redirects, gzip and brotli, TLS through rustls);
//! this file sets its limits and translates its errors.

use std::io::ErrorKind;
use std::time::Duration;

use ureq::http::{HeaderMap, StatusCode};
use ureq::{Agent, ResponseExt};

/// Redirects followed before a page counts as a loop.
pub const MAX_REDIRECTS: u32 = 10;

/// The User-Agent every request sends: the program and its version.
pub const USER_AGENT: &str = concat!(
    "parallax/",
    env!("CARGO_PKG_VERSION"),
    " (news collation reader; +https://crates.io/crates/parallax)"
);

/// What a server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The address after redirects.
    pub final_url: String,
    pub status: u16,
    /// Header names in lower case, values that are not text left out.
    pub headers: Vec<(String, String)>,
    /// The body after content decoding (gzip, brotli); empty for a 304.
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        header_in(&self.headers, name)
    }
}

/// The first value of header `name` (lower case) in `headers`.
pub fn header_in<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A client with its limits.
pub struct Client {
    agent: Agent,
    max_bytes: u64,
}

impl Client {
    /// `timeout` bounds connecting and each whole exchange; bodies over
    /// `max_bytes` (after decompression) are refused.
    pub fn new(timeout: Duration, max_bytes: u64) -> Self {
        let agent = Agent::config_builder()
            .user_agent(USER_AGENT)
            .max_redirects(MAX_REDIRECTS)
            .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .build()
            .new_agent();
        Self { agent, max_bytes }
    }

    /// GETs `url`; `validators` are the cached copy's ETag and Last-Modified,
    /// sent as a conditional request. A 304 is an answer, not a failure;
    /// 4xx and 5xx are failures.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Response, String> {
        let mut request = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = &validators.last_modified {
            request = request.header("If-Modified-Since", modified);
        }
        let mut response = request.call().map_err(|e| reason(&e, self.max_bytes))?;
        let status = response.status();
        if status.is_client_error() || status.is_server_error() {
            return Err(status_reason(status));
        }
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            return Err(format!(
                "{} without a usable Location",
                status_reason(status)
            ));
        }
        let final_url = response.get_uri().to_string();
        let headers = headers_of(response.headers());
        let body = if status == StatusCode::NOT_MODIFIED {
            Vec::new()
        } else {
            let declared = response.body().content_length();
            if declared.is_some_and(|n| n > self.max_bytes) {
                return Err(too_large(self.max_bytes));
            }
            response
                .body_mut()
                .with_config()
                .limit(self.max_bytes)
                .read_to_vec()
                .map_err(|e| reason(&e, self.max_bytes))?
        };
        Ok(Response {
            final_url,
            status: status.as_u16(),
            headers,
            body,
        })
    }
}

/// What a conditional request sends back to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

fn headers_of(map: &HeaderMap) -> Vec<(String, String)> {
    map.iter()
        .filter_map(|(k, v)| {
            Some((
                k.as_str().to_ascii_lowercase(),
                v.to_str().ok()?.to_string(),
            ))
        })
        .collect()
}

fn status_reason(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(why) => format!("HTTP {} {why}", status.as_u16()),
        None => format!("HTTP {}", status.as_u16()),
    }
}

fn too_large(max_bytes: u64) -> String {
    format!("page too large (the limit is {})", size(max_bytes))
}

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{} KiB", bytes.div_ceil(1024))
    }
}

/// A transport error as a person would say it.
fn reason(e: &ureq::Error, max_bytes: u64) -> String {
    use ureq::Error;
    match e {
        Error::HostNotFound => "host not found (DNS)".to_string(),
        Error::TooManyRedirects => format!("too many redirects (more than {MAX_REDIRECTS})"),
        Error::Timeout(which) => format!("timed out ({which})"),
        Error::BodyExceedsLimit(_) => too_large(max_bytes),
        Error::StatusCode(code) => {
            StatusCode::from_u16(*code).map_or_else(|_| format!("HTTP {code}"), status_reason)
        }
        Error::BadUri(why) => format!("not a usable address ({why})"),
        Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => "connection refused".to_string(),
            ErrorKind::ConnectionReset => "connection reset by the server".to_string(),
            ErrorKind::TimedOut | ErrorKind::WouldBlock => "timed out".to_string(),
            ErrorKind::UnexpectedEof => "the server closed the connection early".to_string(),
            _ => io.to_string(),
        },
        Error::Tls(why) => format!("TLS: {why}"),
        Error::Rustls(why) => format!("TLS: {why}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_agent_names_the_program_and_its_version() {
        assert!(USER_AGENT.starts_with(&format!("parallax/{}", env!("CARGO_PKG_VERSION"))));
    }

    #[test]
    fn reasons_read_as_sentences() {
        assert_eq!(status_reason(StatusCode::NOT_FOUND), "HTTP 404 Not Found");
        assert_eq!(
            reason(&ureq::Error::TooManyRedirects, 1),
            "too many redirects (more than 10)"
        );
        assert_eq!(
            reason(&ureq::Error::BodyExceedsLimit(9), 2 * 1024 * 1024),
            "page too large (the limit is 2 MiB)"
        );
        let refused = std::io::Error::from(ErrorKind::ConnectionRefused);
        assert_eq!(reason(&ureq::Error::Io(refused), 1), "connection refused");
    }
}
