//! Who wrote a page and who filed it: the byline ("By Nadia Ferro, Courts
//! Correspondent") and the wire dateline that opens the copy ("ISTANBUL, May
//! 11 (Reuters) -": a day without a year, and the agency).

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
    // What follows a name is a role or an outlet: capitalised words, or a label.
    let tail_ok = rest.len() <= 6
        && rest.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.is_empty() || capitalised(bare) || PARTICLES.contains(&bare)
        });
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
