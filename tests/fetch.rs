//! Fetching against a small HTTP server this test starts on 127.0.0.1 (a
//! random port; no outside network): statuses, redirects, timeouts, limits,
//! charsets, compression, binary bodies, page furniture, the cache serving a
//! run with the server stopped, and `--refresh` answered by a 304.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use assert_cmd::Command;
use parallax::fetch::{self, Settings};

const ARTICLE: &str = "<!DOCTYPE html><html><head><title>Quake shakes the coast | Daily</title>\
<meta property=\"og:site_name\" content=\"The Daily Test\">\
<meta property=\"og:title\" content=\"Quake shakes the coast\">\
<meta property=\"article:published_time\" content=\"2025-05-12T08:00:00Z\">\
<meta name=\"author\" content=\"Jane Doe\"></head><body><article><h1>Quake shakes the coast</h1>\
<p>A strong earthquake struck the northern coast early on Monday, officials said, and rescue teams worked through the morning to reach the villages cut off by landslides.</p>\
<p>The regional governor said at least 12 people had been injured and that schools would stay closed on Tuesday while engineers checked the buildings for damage.</p>\
<p>Residents described the shaking as long and violent, and many spent the night outside their homes in the cold as aftershocks continued into the evening.</p>\
</article></body></html>";

/// A page whose article sits among navigation, a cookie banner and scripts.
const FURNISHED: &str = "<!DOCTYPE html><html><head><title>Storm closes the port</title>\
<script>window.trackingPixel = function () { return 'analytics-beacon-loaded'; };</script>\
<style>.banner{position:fixed}</style></head><body>\
<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news section</a></li><li><a href=\"/sport\">Sport and results</a></li></ul></nav>\
<div class=\"cookie-banner\" id=\"cookie-consent\"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all cookies</button></div>\
<article><h1>Storm closes the port</h1>\
<p>The harbour authority closed the port on Wednesday as a storm brought waves of up to eight metres to the coast, stranding dozens of ferries and their passengers.</p>\
<p>Officials said the closure would last at least two days and urged drivers to stay away from the seafront roads, where the water had already flooded several streets.</p>\
<p>Fishermen who had hoped to bring their boats in before the storm said the warning came too late for many of them, and several vessels were damaged at their moorings.</p>\
</article><footer><p>Copyright 2025 Harbour Times. All rights reserved. Terms of use.</p></footer>\
<script>document.write('subscribe-now-popup-text');</script></body></html>";

struct Server {
    port: u16,
    stop: Arc<AtomicBool>,
    /// Conditional requests answered 304.
    not_modified: Arc<AtomicUsize>,
    /// Requests for /etag.
    etag_hits: Arc<AtomicUsize>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let not_modified = Arc::new(AtomicUsize::new(0));
        let etag_hits = Arc::new(AtomicUsize::new(0));
        let (s, n, e) = (stop.clone(), not_modified.clone(), etag_hits.clone());
        std::thread::spawn(move || {
            // Bounded: the server ends by itself after two minutes.
            let deadline = std::time::Instant::now() + Duration::from_secs(120);
            while !s.load(Ordering::SeqCst) && std::time::Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (n, e) = (n.clone(), e.clone());
                        std::thread::spawn(move || serve(stream, &n, &e));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Server {
            port,
            stop,
            not_modified,
            etag_hits,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wait until the port refuses connections.
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", self.port)).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(mut stream: TcpStream, not_modified: &AtomicUsize, etag_hits: &AtomicUsize) {
    stream.set_nonblocking(false).unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        headers.push(line.trim().to_ascii_lowercase());
    }
    let html = "text/html; charset=utf-8";
    let (status, extra, body): (&str, Vec<String>, Vec<u8>) = match path.as_str() {
        "/ok" => ("200 OK", vec![ct(html)], ARTICLE.into()),
        "/moved" => (
            "301 Moved Permanently",
            vec!["Location: /ok".into()],
            Vec::new(),
        ),
        "/loop-a" => ("302 Found", vec!["Location: /loop-b".into()], Vec::new()),
        "/loop-b" => ("302 Found", vec!["Location: /loop-a".into()], Vec::new()),
        "/missing" => ("404 Not Found", vec![ct(html)], b"<p>gone</p>".to_vec()),
        "/broken" => (
            "500 Internal Server Error",
            vec![ct(html)],
            b"oops".to_vec(),
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            ("200 OK", vec![ct(html)], ARTICLE.into())
        }
        "/huge" => ("200 OK", vec![ct(html)], vec![b'a'; 300 * 1024]),
        "/legacy" => {
            let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>\
                <body><article><h1>Caf\u{e9} owners</h1><p>\u{201c}We re-opened the caf\u{e9} on Monday,\u{201d} said its owner, who had closed it after the flood.</p></article></body></html>";
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
            ("200 OK", vec![ct("text/html")], bytes.into_owned())
        }
        "/gzip" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(ARTICLE.as_bytes()).unwrap();
            (
                "200 OK",
                vec![ct(html), "Content-Encoding: gzip".into()],
                gz.finish().unwrap(),
            )
        }
        "/binary" => (
            "200 OK",
            vec![ct(html)],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        ),
        "/image" => ("200 OK", vec![ct("image/png")], b"\x89PNG\r\n".to_vec()),
        "/furnished" => ("200 OK", vec![ct(html)], FURNISHED.into()),
        "/etag" => {
            etag_hits.fetch_add(1, Ordering::SeqCst);
            if headers.iter().any(|h| h == "if-none-match: \"v1\"") {
                not_modified.fetch_add(1, Ordering::SeqCst);
                ("304 Not Modified", vec!["ETag: \"v1\"".into()], Vec::new())
            } else {
                (
                    "200 OK",
                    vec![ct(html), "ETag: \"v1\"".into()],
                    ARTICLE.into(),
                )
            }
        }
        _ => ("404 Not Found", Vec::new(), Vec::new()),
    };
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for h in extra {
        head += &format!("{h}\r\n");
    }
    if !status.starts_with("304") {
        head += &format!("Content-Length: {}\r\n", body.len());
    }
    head += "\r\n";
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
    // Let the client read everything before the socket closes.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = reader.read_to_end(&mut Vec::new());
}

fn ct(value: &str) -> String {
    format!("Content-Type: {value}")
}

fn settings(cache: &std::path::Path) -> Settings {
    Settings {
        timeout: Duration::from_secs(2),
        max_bytes: 256 * 1024,
        cache_dir: Some(cache.to_path_buf()),
        ..Settings::default()
    }
}

/// The reason each failing page is skipped for, or "ok".
fn outcome(server: &Server, cache: &std::path::Path, path: &str) -> String {
    let results = fetch::fetch_all(&[server.url(path)], &settings(cache), &|_| {});
    match &results[0] {
        Ok(_) => "ok".to_string(),
        Err(skipped) => skipped.reason.clone(),
    }
}

#[test]
fn each_failure_is_named_with_its_reason() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let cases = [
        ("/ok", "ok"),
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/loop-a", "too many redirects (more than 10)"),
        ("/huge", "page too large (the limit is 256 KiB)"),
        ("/binary", "not text (a binary body)"),
        ("/image", "not HTML or text (image/png)"),
    ];
    for (path, want) in cases {
        assert_eq!(outcome(&server, cache.path(), path), want, "{path}");
    }
    let slow = outcome(&server, cache.path(), "/slow");
    assert!(slow.starts_with("timed out"), "{slow}");
    // A port nothing listens on.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let refused = fetch::fetch_all(
        &[format!("http://127.0.0.1:{port}/x")],
        &settings(cache.path()),
        &|_| {},
    );
    assert_eq!(
        refused[0].as_ref().unwrap_err().reason,
        "connection refused"
    );
}

#[test]
fn a_redirect_names_the_page_by_where_it_landed() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let results = fetch::fetch_all(&[server.url("/moved")], &settings(cache.path()), &|_| {});
    let source = results[0].as_ref().unwrap();
    assert_eq!(source.path, server.url("/ok"));
    assert!(source.raw.contains("Quake shakes the coast"));
}

#[test]
fn charset_from_the_meta_tag_and_gzip_bodies() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let urls = [server.url("/legacy"), server.url("/gzip")];
    let results = fetch::fetch_all(&urls, &settings(cache.path()), &|_| {});
    let legacy = &results[0].as_ref().unwrap().raw;
    assert!(
        legacy.contains("\u{201c}We re-opened the caf\u{e9} on Monday,\u{201d}"),
        "{legacy}"
    );
    assert!(results[1].as_ref().unwrap().raw.contains("rescue teams"));
}

#[test]
fn page_furniture_does_not_become_text() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let results = fetch::fetch_all(
        &[server.url("/furnished")],
        &settings(cache.path()),
        &|_| {},
    );
    let source = results[0].as_ref().unwrap().clone();
    let c = parallax::collate(&[source], &parallax::Options::default());
    let text = &c.articles[0].text;
    assert!(text.contains("stranding dozens of ferries"), "{text}");
    for furniture in [
        "cookies",
        "analytics-beacon",
        "subscribe-now",
        "World news section",
        "position:fixed",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} in {text}");
    }
}

fn parallax(cache: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parallax").unwrap();
    cmd.env("XDG_CACHE_HOME", cache)
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY");
    cmd
}

#[test]
fn report_cites_the_page_and_a_second_run_needs_no_network() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let urls = [server.url("/ok"), server.url("/missing")];
    let first = parallax(cache.path())
        .args(["report", "--format", "json"])
        .args(&urls)
        .assert()
        .success();
    let out = first.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("[1/2] {}", urls[0])) || stderr.contains("[2/2]"));
    assert!(
        stderr.contains(&format!("skipped {}: HTTP 404 Not Found", urls[1])),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let article = &json["articles"][0];
    assert_eq!(article["url"], urls[0].as_str());
    assert_eq!(article["outlet"], "The Daily Test");
    assert_eq!(article["author"], "Jane Doe");
    assert_eq!(article["headline"], "Quake shakes the coast");
    assert_eq!(article["published"], "2025-05-12T08:00:00Z");

    server.stop();
    let second = parallax(cache.path())
        .args(["report", "--format", "json", &urls[0]])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&second.get_output().stderr).to_string();
    assert!(stderr.contains("from the cache"), "{stderr}");
    let again: serde_json::Value = serde_json::from_slice(&second.get_output().stdout).unwrap();
    assert_eq!(again["articles"][0]["text"], article["text"]);
}

#[test]
fn refresh_sends_a_conditional_request_and_keeps_the_copy_on_304() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let url = server.url("/etag");
    for args in [
        &["report", "-f", "text"][..],
        &["report", "-f", "text", "--refresh"],
    ] {
        parallax(cache.path())
            .args(args)
            .arg(&url)
            .assert()
            .success();
    }
    assert_eq!(server.etag_hits.load(Ordering::SeqCst), 2);
    assert_eq!(server.not_modified.load(Ordering::SeqCst), 1);
    // A plain third run reads the cache.
    let third = parallax(cache.path())
        .args(["report", "-f", "markdown", &url])
        .assert()
        .success();
    assert_eq!(server.etag_hits.load(Ordering::SeqCst), 2);
    let md = String::from_utf8_lossy(&third.get_output().stdout).to_string();
    assert!(md.contains(&format!("]({url})")), "{md}");
}

#[test]
fn url_lists_and_damaged_cache_entries() {
    let server = Server::start();
    let cache = tempfile::tempdir().unwrap();
    let list = cache.path().join("links.txt");
    std::fs::write(
        &list,
        format!(
            "# two pages\n{}\n\n{}\n",
            server.url("/ok"),
            server.url("/gzip")
        ),
    )
    .unwrap();
    let run = || {
        let out = parallax(cache.path())
            .args(["report", "-f", "json", "--urls"])
            .arg(&list)
            .assert()
            .success();
        let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        json["articles"].as_array().unwrap().len()
    };
    assert_eq!(run(), 2);
    // Damage every kept page: the next run fetches them again.
    let pages = cache.path().join("parallax/pages");
    let mut damaged = 0;
    for entry in std::fs::read_dir(&pages).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        damaged += 1;
    }
    assert_eq!(damaged, 2);
    assert_eq!(run(), 2);
}
