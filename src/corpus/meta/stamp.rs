//! Machine-readable stamps of page metadata, normalised to a day or an RFC
//! 3339 timestamp.

use super::dates::{dates, Found, Ymd};
use super::tokens::{tokens, Kind};

/// A machine-readable stamp from page metadata ("2025-05-12",
/// "2025-05-12T09:23:00+03:00", "2013-05-02 13:32:00"): the RFC 3339 form
/// when it has a time and a zone, else its day; stamps in prose form
/// ("Thu, 02 May 2013") give their day.
pub fn stamp(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .map(|_| &v[r])
    };
    let iso_day = (b.len() >= 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| {
            let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
            Ymd::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        })
        .flatten();
    let Some(day) = iso_day else {
        return prose_stamp(v);
    };
    Some(rfc3339_time(&v[10..]).map_or_else(|| day.iso(), |t| format!("{}T{t}", day.iso())))
}

/// A stamp in prose form, "Tue Nov 19 2019 03:05:46 GMT+0000": RFC 3339 when
/// a time and a UTC offset (or GMT, UTC) follow the date, else the day.
fn prose_stamp(v: &str) -> Option<String> {
    let toks = tokens(v);
    let at = dates(&toks)
        .into_iter()
        .find(|d| matches!(d.found, Found::Full(_)))?;
    let Found::Full(day) = at.found else {
        return None;
    };
    let t = |k: usize| toks.get(at.end + k);
    let two = |k: usize| {
        t(k).filter(|n| n.kind == Kind::Num && n.text.len() <= 2)
            .map(|n| n.text)
    };
    let time = (|| {
        let (h, m) = (two(0)?, two(2)?);
        let mut k = 3;
        let mut sec = "0";
        if t(1)?.is(':') && t(3).is_some_and(|c| c.is(':')) {
            sec = two(4)?;
            k = 5;
        } else if !t(1)?.is(':') {
            return None;
        }
        let mut zone = None;
        if t(k).is_some_and(|z| ["gmt", "utc", "z"].contains(&z.lower().as_str())) {
            zone = Some("Z".to_string());
            k += 1;
        }
        if let (Some(sign), Some(n)) = (t(k).filter(|c| c.is('+') || c.is('-')), t(k + 1)) {
            if n.kind == Kind::Num && n.text.len() == 4 {
                zone = Some(format!("{}{}:{}", sign.text, &n.text[..2], &n.text[2..]));
            }
        }
        let zone = zone.map(|z| {
            if z == "+00:00" || z == "-00:00" {
                "Z".to_string()
            } else {
                z
            }
        })?;
        let pad = |s: &str| format!("{:0>2}", s);
        Some(format!("{}:{}:{}{zone}", pad(h), pad(m), pad(sec)))
    })();
    Some(time.map_or_else(|| day.iso(), |time| format!("{}T{time}", day.iso())))
}

/// "T09:23:00.5+03:00" → "09:23:00.5+03:00"; `None` without a time and a zone.
fn rfc3339_time(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let b = rest.as_bytes();
    let two = |at: usize| {
        b.get(at..at + 2)
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .map(|_| &rest[at..at + 2])
    };
    let (h, mi) = (two(0)?, two(3)?);
    if b.get(2) != Some(&b':') || h > "23" || mi > "59" {
        return None;
    }
    let mut at = 5;
    let mut sec = "00".to_string();
    if b.get(5) == Some(&b':') {
        sec = two(6).filter(|s| *s <= "60")?.to_string();
        at = 8;
        if b.get(8) == Some(&b'.') {
            let frac: String = rest[9..].chars().take_while(char::is_ascii_digit).collect();
            at = 9 + frac.len();
            if !frac.is_empty() {
                sec = format!("{sec}.{frac}");
            }
        }
    }
    let zone = match &rest[at..] {
        "Z" | "z" => "Z".to_string(),
        z if z.len() == 6 && z.as_bytes()[3] == b':' => {
            format!("{}{}:{}", sign(z)?, digits2(&z[1..3])?, digits2(&z[4..6])?)
        }
        z if z.len() == 5 => format!("{}{}:{}", sign(z)?, digits2(&z[1..3])?, digits2(&z[3..5])?),
        _ => return None,
    };
    Some(format!("{h}:{mi}:{sec}{zone}"))
}

fn sign(z: &str) -> Option<char> {
    z.chars().next().filter(|c| *c == '+' || *c == '-')
}

fn digits2(s: &str) -> Option<&str> {
    (s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit())).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps() {
        assert_eq!(stamp("2025-05-12").as_deref(), Some("2025-05-12"));
        assert_eq!(
            stamp("2025-05-12T09:23:00+03:00").as_deref(),
            Some("2025-05-12T09:23:00+03:00")
        );
        assert_eq!(
            stamp("2025-05-12T09:23Z").as_deref(),
            Some("2025-05-12T09:23:00Z")
        );
        assert_eq!(
            stamp("2019-03-01T10:00:00.123-0500").as_deref(),
            Some("2019-03-01T10:00:00.123-05:00")
        );
        assert_eq!(stamp("2013-05-02 13:32:00").as_deref(), Some("2013-05-02"));
        assert_eq!(
            stamp("Thu, 02 May 2013 10:00:00 GMT").as_deref(),
            Some("2013-05-02T10:00:00Z")
        );
        assert_eq!(
            stamp("Tue Nov 19 2019 03:05:46 GMT+0000").as_deref(),
            Some("2019-11-19T03:05:46Z")
        );
        assert_eq!(
            stamp("Tue Nov 19 2019 03:05 GMT-0500 (EST)").as_deref(),
            Some("2019-11-19T03:05:00-05:00")
        );
        assert_eq!(stamp("May 2, 2013 10:00 PM").as_deref(), Some("2013-05-02"));
        assert_eq!(stamp("2013-02-30"), None);
        assert_eq!(stamp("soon"), None);
    }
}
