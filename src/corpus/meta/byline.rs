//! Who wrote a page and who filed it: the byline ("By Nadia Ferro, Courts
//! Correspondent"), the wire dateline that opens the copy ("ISTANBUL, May
//! 11 (Reuters) -": a day without a year, and the agency), and the copyright
//! line that closes it ("© 2025 Orbis Wire"), whose year completes the
//! dateline when its holder is the agency that filed.

use super::dates::{date_at, Found};
use super::tokens::{role, tokens, Kind, Role, Tok};

/// A wire dateline: its day (often without a year) and its agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub date: Option<Found>,
    pub agency: Option<String>,
}

pub fn is_caps(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

pub fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word of a name: capitalised, or a particle ("de", "van", "and").
pub fn name_word(w: &str) -> bool {
    capitalised(w) || PARTICLES.contains(&w.to_lowercase().as_str())
}

/// Words a name may hold in lower case.
const PARTICLES: [&str; 14] = [
    "and", "&", "de", "del", "van", "von", "der", "den", "al", "bin", "la", "le", "da", "di",
];

/// The author a byline names: "By Nadia Ferro, Courts Correspondent" →
/// "Nadia Ferro". Sentences that open with "By" are refused.
pub fn byline(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12 || words.len() < 2 || role(words[0]) != Some(Role::Byline) {
        return None;
    }
    let mut name: Vec<&str> = Vec::new();
    let mut rest: &[&str] = &[];
    for (k, w) in words.iter().enumerate().skip(1) {
        if ["|", "-", "–", "—", "/"].contains(w) {
            rest = &words[k + 1..];
            break;
        }
        let bare = w.trim_end_matches([',', '.', ';']);
        name.push(bare);
        if bare.len() != w.len() {
            rest = &words[k + 1..];
            break;
        }
    }
    let name_word = |w: &&str| role(w).is_none() && name_word(w);
    // "By Monday, …" opens a sentence.
    let lone_day = name.len() == 1 && crate::text::calendar(name[0]).is_some();
    let ok = (1..=5).contains(&name.len())
        && !lone_day
        && name.iter().all(name_word)
        && name.first().is_some_and(|w| capitalised(w))
        && name.last().is_some_and(|w| capitalised(w));
    // What follows a name is a short role or outlet ("Nordic editor"), not
    // the rest of a sentence: no figures, no full stop.
    let tail_ok = rest.len() <= 6
        && !rest.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && !rest.last().is_some_and(|w| w.ends_with('.'));
    (ok && tail_ok).then(|| name.join(" "))
}

/// The dateline opening a line of wire copy: "SAROVO, March 3 (Meridian
/// Wire) - …", "LONDON (Reuters) -", "Mumbai, Nov 11 -".
pub fn dateline(line: &str) -> Option<Dateline> {
    let toks = tokens(line);
    let mut i = 0;
    let mut place = 0;
    while let Some(t) = toks.get(i) {
        if date_at(&toks, i).is_some() {
            break;
        }
        match t.kind {
            // "On October 1-2 …" opens a sentence, not a dateline.
            Kind::Word if capitalised(t.text) && role(t.text).is_none() && place < 6 => place += 1,
            Kind::Punct if t.is(',') || t.is('.') => {}
            _ => break,
        }
        i += 1;
    }
    if place == 0 {
        return None;
    }
    let caps = is_caps(toks[0].text);
    let mut date = None;
    if let Some(d) = date_at(&toks, i) {
        date = Some(d.found);
        i = d.end;
    } else if toks.get(i).is_some_and(|t| t.is('-')) {
        // "WASHINGTON-April 27 -"
        if let Some(d) = date_at(&toks, i + 1) {
            date = Some(d.found);
            i = d.end;
        }
    }
    i = skip_commas(&toks, i);
    let mut agency = None;
    if toks.get(i).is_some_and(|t| t.is('(')) {
        let close = (i + 1..toks.len().min(i + 7)).find(|&j| toks[j].is(')'))?;
        let words: Vec<&str> = toks[i + 1..close].iter().map(|t| t.text).collect();
        let named = words.iter().all(|w| w.chars().all(char::is_alphanumeric))
            && words
                .first()
                .is_some_and(|w| capitalised(w) || words.len() == 1);
        if !named || words.is_empty() {
            return None;
        }
        agency = Some(words.join(" "));
        i = close + 1;
    }
    // A dash that joins two numbers is a range ("October 1-2"), not a separator.
    let range = i > 0 && adjacent_to(&toks, i) && toks[i - 1].kind == Kind::Num;
    let sep = !range
        && toks
            .get(i)
            .is_some_and(|t| ["-", "–", "—", ":"].contains(&t.text));
    let shaped = caps || date.is_some();
    (sep && shaped && (date.is_some() || agency.is_some())).then_some(Dateline { date, agency })
}

/// Whether token `i` touches the token before it.
fn adjacent_to(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.start == toks[i - 1].end)
}

fn skip_commas(toks: &[Tok], mut i: usize) -> usize {
    while toks.get(i).is_some_and(|t| t.is(',')) {
        i += 1;
    }
    i
}

/// The year and holder of a copyright line: "© 2025 Orbis Wire. All rights
/// reserved." → (2025, "Orbis Wire"); "(c) Nordpress 2025" → (2025, "Nordpress").
/// A range ("© 2023-25") gives its last year.
pub fn copyright(line: &str) -> Option<(i32, String)> {
    let head: String = line.chars().take(9).collect::<String>().to_lowercase();
    let skip = ["©", "(c)", "copyright"]
        .iter()
        .find(|p| head.starts_with(*p))
        .map(|p| p.len())?;
    let toks = tokens(line.get(skip..)?);
    let at = toks.iter().position(|t| t.kind == Kind::Num)?;
    let mut year: i32 = toks[at]
        .text
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))?;
    let mut end = at + 1;
    if toks.get(end).is_some_and(|t| t.is('-') || t.is('–')) {
        if let Some(n) = toks.get(end + 1).filter(|t| t.kind == Kind::Num) {
            let last: i32 = n.text.parse().ok()?;
            year = if n.text.len() == 2 {
                year / 100 * 100 + last
            } else {
                last
            };
            end += 2;
        }
    }
    let holder = |range: &[Tok], past_stop: bool| {
        let words: Vec<&str> = range
            .iter()
            .skip_while(|t| past_stop && t.kind == Kind::Punct)
            .take_while(|t| t.kind == Kind::Word && capitalised(t.text))
            .map(|t| t.text)
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    };
    // The holder follows the year ("© 2025 Orbis Wire"), else precedes it
    // ("(c) Nordpress 2025."), else follows it past a stop ("© 2023-25. Gazette").
    let before: Vec<Tok> = toks[..at].iter().rev().copied().collect();
    let reversed = |n: String| n.split(' ').rev().collect::<Vec<_>>().join(" ");
    let name = holder(&toks[end..], false)
        .or_else(|| holder(&before, false).map(reversed))
        .or_else(|| holder(&toks[end..], true))?;
    Some((year, name))
}

/// Whether a copyright holder is the agency a dateline names: the same name,
/// one inside the other, or its initials ("Halcyon News Agency" and "HNA").
pub fn same_outlet(holder: &str, agency: &str) -> bool {
    let (h, a) = (holder.to_lowercase(), agency.to_lowercase());
    let initials: String = holder
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_lowercase();
    h == a || h.contains(&a) || a.contains(&h) || (initials.len() >= 2 && initials == a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        assert_eq!(
            byline("By Nadia Ferro, Courts Correspondent").as_deref(),
            Some("Nadia Ferro")
        );
        assert_eq!(
            byline("By Staff Reporter").as_deref(),
            Some("Staff Reporter")
        );
        assert_eq!(
            byline("By Lukas Brandt, Nordic editor").as_deref(),
            Some("Lukas Brandt")
        );
        assert_eq!(byline("By Jane Doe, who covered the 2019 race"), None);
        assert_eq!(
            byline("BY JANE DOE and JOHN ROE").as_deref(),
            Some("JANE DOE and JOHN ROE")
        );
        assert_eq!(
            byline("By Ana de la Cruz | Reuters").as_deref(),
            Some("Ana de la Cruz")
        );
        for line in [
            "By Monday, 212 people had died and more than 1,400 had been injured.",
            "By continuing to browse, you agree to our use of cookies.",
            "By the time rescuers arrived",
            "Byline",
        ] {
            assert_eq!(byline(line), None, "{line}");
        }
    }

    #[test]
    fn copyright_lines() {
        let c = |l| copyright(l);
        assert_eq!(
            c("© 2025 Orbis Wire. All rights reserved."),
            Some((2025, "Orbis Wire".into()))
        );
        assert_eq!(
            c("(c) Nordpress 2025. All rights reserved."),
            Some((2025, "Nordpress".into()))
        );
        assert_eq!(
            c("Copyright 2025 Central Press Agency. All rights reserved."),
            Some((2025, "Central Press Agency".into()))
        );
        assert_eq!(
            c("© 2023-25. Global Gazette. All Rights Reserved."),
            Some((2025, "Global Gazette".into()))
        );
        assert_eq!(c("Copyright infringement is a crime since 1998"), None);
        assert_eq!(c("The © sign"), None);
        assert!(same_outlet("Halcyon News Agency", "HNA"));
        assert!(same_outlet("Orbis Wire", "Orbis Wire"));
        assert!(!same_outlet("Foxiz News Network", "Reuters"));
    }

    #[test]
    fn datelines() {
        let d = dateline("SAROVO, March 3 (Meridian Wire) - A magnitude 6.1 earthquake struck")
            .unwrap();
        assert_eq!(d.date, Some(Found::MonthDay(3, 3)));
        assert_eq!(d.agency.as_deref(), Some("Meridian Wire"));
        let d = dateline("LONDON (Reuters) - Britain said on Monday").unwrap();
        assert_eq!((d.date, d.agency.as_deref()), (None, Some("Reuters")));
        assert_eq!(
            dateline("Mumbai, Nov 11 -").unwrap().date,
            Some(Found::MonthDay(11, 11))
        );
        assert_eq!(
            dateline("WASHINGTON-April 27 -").unwrap().date,
            Some(Found::MonthDay(4, 27))
        );
        for line in [
            "MARROWGATE - A regional court on Tuesday convicted",
            "Ukrainian President Volodymyr Zelensky - who had said",
            "In a statement posted on X (formerly Twitter) on Sunday night",
            "Putin said on May 11 - a Sunday - that talks",
            "On October 1-2 Ashgabat hosts a seminar",
            "Ashgabat, October 1-2 hosts a seminar",
        ] {
            assert_eq!(dateline(line), None, "{line}");
        }
    }
}
