//! When two values of one kind agree, can be compared, or conflict.
//!
//! Equal normalised values agree. A city and the country around it never
//! conflict (`assets/contrast/within.tsv`, extendable), nor do a relative and an
//! absolute date, nor a percentage and a count. Titles conflict only when they
//! belong to the same person. Dates that both resolve against their articles'
//! dates of writing (`text::relative`, put in `about` by [`with_resolved`])
//! are compared by the span they name: "Sunday" agrees with "May 11" when that
//! Sunday is 11 May; others are compared as words.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::model::{Detail, DetailKind};
use crate::text::{self, Calendar};

/// `place<TAB>larger place` pairs, normalised like detail values.
static WITHIN: LazyLock<HashSet<(String, String)>> = LazyLock::new(|| {
    super::table_rows(include_str!("../../assets/contrast/within.tsv"))
        .map(|(a, b)| (text::canonical(a), text::canonical(b)))
        .collect()
});

/// `place<TAB>larger place` rows from GeoNames (`assets/contrast/gazetteer.tsv`),
/// sorted by place and folded like detail values; a country or state also
/// has a row with `*`. Searched in place: nothing is parsed at start-up.
static GAZETTEER: &str = include_str!("../../assets/contrast/gazetteer.tsv");

/// The larger places the gazetteer puts `place` in (a name may be several
/// cities: Troy, Michigan and Troy, New York), `*` when it is itself one.
fn gazetteer_outers(place: &str) -> impl Iterator<Item = &'static str> + '_ {
    let key = |line: &'static str| line.split_once('\t').map_or(line, |(k, _)| k);
    // Bytes, not `str`: the midpoint of a search may fall inside a letter.
    let line_at = |at: usize| {
        GAZETTEER.as_bytes()[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |n| n + 1)
    };
    let next_line = |at: usize| {
        GAZETTEER[at..]
            .find('\n')
            .map_or(GAZETTEER.len(), |n| at + n + 1)
    };
    // The first line whose place is not below `place` (comment lines start
    // with '#', which sorts below every letter).
    let (mut lo, mut hi) = (0, GAZETTEER.len());
    while lo < hi {
        let start = line_at((lo + hi) / 2).max(lo);
        let line = &GAZETTEER[start..next_line(start)];
        if line.starts_with('#') || key(line.trim_end()) < place {
            lo = next_line(start);
        } else {
            hi = start;
        }
    }
    GAZETTEER[lo..]
        .lines()
        .take_while(move |line| key(line) == place)
        .filter_map(|line| line.split_once('\t').map(|(_, outer)| outer))
}

/// Whether the gazetteer knows `place` as a country or a US state.
fn is_region(place: &str) -> bool {
    gazetteer_outers(place).any(|o| o == "*")
}

/// Whether the gazetteer knows `place` as lying in a larger one.
fn in_gazetteer(place: &str) -> bool {
    gazetteer_outers(place).any(|o| o != "*")
}

/// Whether a place is one the tables know (`within.tsv`, or a country named
/// by a demonym): only then is its relation to another place known. Two
/// unknown places may be a district and its city ("Richmond Hill", "Queens").
pub fn known_place(value: &str) -> bool {
    CONTAINED.contains(value)
        || CONTAINERS.contains(value)
        || is_region(value)
        || text::is_demonym_place(value)
}

/// Places that contain others (the right-hand side of `within.tsv`).
static CONTAINERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| WITHIN.iter().map(|(_, outer)| outer.clone()).collect());
/// Places contained in others.
static CONTAINED: LazyLock<HashSet<String>> =
    LazyLock::new(|| WITHIN.iter().map(|(inner, _)| inner.clone()).collect());

/// A city and a country are never one slot: "in Ankara" and "of Ukraine"
/// answer different questions. Places of unknown scale compare with any.
fn same_scale(x: &str, y: &str) -> bool {
    let scale = |p: &str| match (
        CONTAINED.contains(p) || in_gazetteer(p),
        CONTAINERS.contains(p) || is_region(p),
    ) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    };
    match (scale(x), scale(y)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

pub fn same_value(kind: DetailKind, x: &Detail, y: &Detail) -> bool {
    x.kind == kind
        && y.kind == kind
        && (x.value == y.value || (kind == DetailKind::Date && one_time(x, y)))
        && (kind != DetailKind::Title || x.about == y.about)
}

/// Two dates that resolve to one span ("yesterday" and "Sunday").
fn one_time(x: &Detail, y: &Detail) -> bool {
    resolved_pair(x, y).is_some_and(|(p, q)| p == q)
}

/// A sentence's details with each date's resolved span (a
/// [`text::relative::When`] key) in `about`, as [`same_value`],
/// [`comparable`] and [`conflicting`] read dates; borrowed when no date
/// resolves.
pub(crate) fn with_resolved<'a>(
    sentence: &str,
    details: &'a [Detail],
    written: Option<crate::calendar::Ymd>,
) -> std::borrow::Cow<'a, [Detail]> {
    let resolved = |d: &Detail| text::relative::resolve(sentence, d, written);
    if !details.iter().any(|d| resolved(d).is_some()) {
        return std::borrow::Cow::Borrowed(details);
    }
    let mut owned = details.to_vec();
    for d in &mut owned {
        if let Some(when) = resolved(d) {
            d.about = Some(when.key());
        }
    }
    std::borrow::Cow::Owned(owned)
}

/// The span a date resolved to, if it did.
fn when_of(d: &Detail) -> Option<text::relative::When> {
    (d.kind == DetailKind::Date)
        .then(|| d.about.as_deref().and_then(text::relative::When::from_key))
        .flatten()
}

/// Two dates' resolved spans, when both have one.
fn resolved_pair(x: &Detail, y: &Detail) -> Option<(text::relative::When, text::relative::When)> {
    Some((when_of(x)?, when_of(y)?))
}

/// The day a date resolved to, when it names one day.
pub(crate) fn day_of(d: &Detail) -> Option<crate::calendar::Ymd> {
    match when_of(d)? {
        text::relative::When::Day(day) => Some(day),
        _ => None,
    }
}

/// Whether two leftover details could fill one slot at all.
pub fn comparable(x: &Detail, y: &Detail) -> bool {
    match x.kind {
        DetailKind::Title => x.about.is_some() && x.about == y.about,
        DetailKind::Place => {
            same_scale(&x.value, &y.value) && named_scale(&x.value) == named_scale(&y.value)
        }
        DetailKind::Date => {
            let (cx, cy) = (date_class(&x.value), date_class(&y.value));
            cx == cy || (crisp_pair(x, y).is_some() && cx.names_a_day() && cy.names_a_day())
        }
        // Sums in two currencies are not one quantity without a rate.
        DetailKind::Number => text::quantity(&x.value) == text::quantity(&y.value),
        _ => true,
    }
}

/// Whether two comparable details in one slot contradict each other.
pub fn conflicting(kind: DetailKind, x: &Detail, y: &Detail) -> bool {
    if x.value == y.value {
        return false;
    }
    if let (DetailKind::Date, Some((p, q))) = (kind, crisp_pair(x, y)) {
        return p != q;
    }
    match kind {
        DetailKind::Place => {
            !within(&x.value, &y.value)
                && !within(&y.value, &x.value)
                && !part_of(x, y)
                && !spelled_alike(&spelled(&x.value), &spelled(&y.value))
        }
        // "Chief" is "Police Chief" cut short; "Governor" is not "Deputy Governor".
        DetailKind::Title => !generic(x) && !generic(y) && (!part_of(x, y) || changes_rank(x, y)),
        DetailKind::Date => {
            date_class(&x.value) != DateClass::Relative && bare_day(&x.value) != bare_day(&y.value)
        }
        DetailKind::Person => !spelled_alike(&x.value, &y.value),
        _ => true,
    }
}

/// One spelling for British and American forms: "realised" and "realized",
/// "honour" and "honor" are the same word said.
pub(crate) fn spelling(lower: &str) -> String {
    let word = lower
        .replace('z', "s")
        .replace("our", "or")
        .replace(['\'', '\u{2019}'], "");
    // "fibre" and "fiber", "centre" and "center".
    match word.strip_suffix("re") {
        Some(stem) if stem.len() > 2 => format!("{stem}er"),
        _ => word,
    }
}

/// A value in one spelling, word by word: "Promises Treatment Center" is
/// "… Centre".
fn spelled(value: &str) -> String {
    value.split(' ').map(spelling).collect::<Vec<_>>().join(" ")
}

/// Letters two spellings of a short name must open with alike.
const SHARED_STEM: usize = 4;

/// Two spellings of one name, or a fragment of one: word for word equal, or a letter or two apart
/// in a long word ("Valesku" / "Valescu", "Taludi" / "Talodi"), starting
/// alike. Short names a letter apart are two people ("Halm" / "Holm").
fn spelled_alike(x: &str, y: &str) -> bool {
    let (wx, wy): (Vec<&str>, Vec<&str>) = (x.split(' ').collect(), y.split(' ').collect());
    // "Richard M" of "Richard M. Nixon", "George W": a name cut at an
    // initial is a fragment, no rival to anyone.
    let initial = |w: &&str| w.chars().count() == 1;
    if wx.iter().any(initial) || wy.iter().any(initial) {
        return true;
    }
    wx.len() == wy.len()
        && wx.iter().zip(&wy).all(|(p, q)| {
            let len = p.chars().count().min(q.chars().count());
            let allowed = match len {
                0..=5 => 0,
                6..=8 => 1,
                _ => 2,
            };
            // "Wolfe" / "Wolff": a short name a letter apart past four
            // letters in common is one name spelled two ways.
            let shared = p.chars().zip(q.chars()).take_while(|(a, b)| a == b).count();
            let allowed = if shared >= SHARED_STEM {
                allowed.max(1)
            } else {
                allowed
            };
            p == q || (p.chars().next() == q.chars().next() && strsim::levenshtein(p, q) <= allowed)
        })
}

/// A date without the words that only place it in the writer's week: "last
/// Friday", "this Friday" and "Friday" name one day in reports of one week
/// ("next Friday" does not: it is a week later).
fn bare_day(value: &str) -> &str {
    ["last ", "this "]
        .iter()
        .find_map(|q| value.strip_prefix(q))
        .unwrap_or(value)
}

/// Two dates resolved to days, or to years: spans that name one time or
/// another. A week, a weekend or a month resolved ("last week") is loose in
/// reports ("last week" written on the Sunday that ends it means that week):
/// two such spans agree when they are one, and are otherwise compared as words.
fn crisp_pair(x: &Detail, y: &Detail) -> Option<(text::relative::When, text::relative::When)> {
    use text::relative::When;
    resolved_pair(x, y).filter(|pair| {
        matches!(
            pair,
            (When::Day(_), When::Day(_)) | (When::Year(_), When::Year(_))
        )
    })
}

/// Short forms of titles (`assets/contrast/title_abbreviations.tsv`).
static TITLE_ABBREVIATIONS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    super::table_rows(include_str!(
        "../../assets/contrast/title_abbreviations.tsv"
    ))
    .collect()
});

/// A value's words, title abbreviations written out ("lt" is "lieutenant").
fn value_words(d: &Detail) -> Vec<String> {
    d.value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let full = (d.kind == DetailKind::Title)
                .then(|| TITLE_ABBREVIATIONS.iter().find(|(a, _)| *a == w))
                .flatten();
            // "ceo" is three words: "chief executive officer".
            full.map_or(w, |(_, f)| *f).split(' ').map(str::to_string)
        })
        .collect()
}

/// One value's words are all words of the other: "Gaza" and "Gaza City",
/// "chief" and "police chief", "UBC President" and "Universal Boxing
/// Council President" (a word that spells the initials of the other's).
fn part_of(x: &Detail, y: &Detail) -> bool {
    let (wx, wy) = (value_words(x), value_words(y));
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    let titles = x.kind == DetailKind::Title;
    !short.is_empty()
        && short.iter().all(|w| {
            long.contains(w)
                || initials_of(w, long)
                || (titles && long.iter().any(|l| one_root(w, l)))
        })
}

/// Letters two words of a title must share from their start to be forms of
/// one root ("finance" / "financial", "ministry" / "minister").
const ROOT: usize = 6;

/// Whether two words differ only past a common start of [`ROOT`] letters
/// that covers all but two letters of the shorter.
fn one_root(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(p, q)| p == q).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= ROOT && common + 2 >= shorter
}

/// Whether `word` spells the initials of consecutive words of `words`
/// ("ubc": "universal boxing council"); two letters at least.
pub(crate) fn initials_of(word: &str, words: &[String]) -> bool {
    let n = word.chars().count();
    n >= 2
        && words.len() >= n
        && words.windows(n).any(|run| {
            run.iter()
                .map(|w| w.chars().next().unwrap_or(' '))
                .eq(word.chars())
        })
}

/// Whether two titles name one office as the person finder gives them: the
/// same words, one the other's last words ("president" / "UBC president"),
/// or the same with an organisation written out ("UBC president" /
/// "Universal Boxing Council president").
pub(crate) fn one_office_title(x: &str, y: &str) -> bool {
    let words = |v: &str| -> Vec<String> { v.split(' ').map(str::to_string).collect() };
    let (wx, wy) = (words(x), words(y));
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    if long.ends_with(short) {
        return true;
    }
    // The last words agree and the rest of the shorter abbreviates the longer's.
    short.last() == long.last()
        && short[..short.len() - 1]
            .iter()
            .all(|w| long.contains(w) || initials_of(w, &long[..long.len() - 1]))
}

/// Words that make another office of a title (`assets/contrast/rank_words.txt`).
static RANK_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/rank_words.txt")));

/// The longer title adds a word of rank: "deputy governor" against "governor".
/// Titles that name a function, not an office (`generic_titles.txt`).
static GENERIC_TITLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/generic_titles.txt")));

/// Heads that make any title a function ("police spokesman"), from
/// `assets/contrast/function_heads.txt`.
static FUNCTION_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/function_heads.txt")));

/// A title made only of function words ("spokesman", "chief"), or one whose
/// head is a function ("police spokesman" is what an inspector also is).
fn generic(d: &Detail) -> bool {
    let words = value_words(d);
    !words.is_empty()
        && (words.iter().all(|w| GENERIC_TITLES.contains(&w.as_str()))
            || words
                .last()
                .is_some_and(|w| FUNCTION_HEADS.contains(&w.as_str())))
}

fn changes_rank(x: &Detail, y: &Detail) -> bool {
    let (wx, wy) = (value_words(x), value_words(y));
    wx.iter()
        .filter(|w| !wy.contains(w))
        .chain(wy.iter().filter(|w| !wx.contains(w)))
        .any(|w| RANK_WORDS.contains(&w.as_str()))
}

/// `word<TAB>scale` (`assets/contrast/place_scales.tsv`).
static PLACE_SCALES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    super::table_rows(include_str!("../../assets/contrast/place_scales.tsv")).collect()
});

/// The scale a place's own words give it ("117th street": street), if any.
pub(crate) fn named_scale(value: &str) -> Option<&'static str> {
    value
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| PLACE_SCALES.iter().find(|(word, _)| *word == w))
        .map(|(_, scale)| *scale)
}

/// Whether two places are sites of one kind, named by one closing word
/// ("Lion Gate" / "Bell Gate", "Kestova Launch Centre" / "Brenholm Launch
/// Centre"): neither can lie in the other, as two towns the tables do not
/// place might.
pub(crate) fn sites_of_one_kind(x: &str, y: &str) -> bool {
    match (x.rsplit_once(' '), y.rsplit_once(' ')) {
        (Some((_, kind)), Some((_, other))) => {
            x != y && kind == other && named_scale(kind).is_some()
        }
        _ => false,
    }
}

/// Whether one place lies in the other, either way round.
pub fn nested(x: &str, y: &str) -> bool {
    within(x, y) || within(y, x)
}

fn within(inner: &str, outer: &str) -> bool {
    WITHIN.contains(&(inner.to_string(), outer.to_string()))
        || gazetteer_outers(inner).any(|o| o == outer)
}

#[derive(Debug, PartialEq, Eq)]
enum DateClass {
    Weekday,
    Month,
    Year,
    Day,
    Relative,
}

impl DateClass {
    /// A weekday or a calendar day: words that name one day. Resolved, the
    /// two compare ("Sunday" and "May 10"); a relative word ("yesterday")
    /// resolved may agree with either but is no rival to them.
    fn names_a_day(&self) -> bool {
        matches!(self, DateClass::Weekday | DateClass::Day)
    }
}

fn date_class(value: &str) -> DateClass {
    let v = value.to_lowercase();
    let words: Vec<&str> = v.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let calendar: Vec<Calendar> = words.iter().filter_map(|w| text::calendar(w)).collect();
    if calendar.contains(&Calendar::Weekday) {
        DateClass::Weekday
    } else if words.len() == 1
        && words[0].len() == 4
        && words[0].bytes().all(|b| b.is_ascii_digit())
    {
        DateClass::Year
    } else if (v.len() == 10 && v.as_bytes()[4] == b'-')
        || (calendar.iter().any(|c| matches!(c, Calendar::Month(_)))
            && words
                .iter()
                .any(|w| w.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n))))
    {
        // "2025-05-11", "may 11": a day, not its month.
        DateClass::Day
    } else if calendar.iter().any(|c| matches!(c, Calendar::Month(_)))
        || (v.len() == 7 && v.as_bytes()[4] == b'-')
    {
        DateClass::Month
    } else {
        DateClass::Relative
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(kind: DetailKind, value: &str) -> Detail {
        Detail {
            kind,
            start: 0,
            end: value.len(),
            value: value.into(),
            about: None,
        }
    }

    #[test]
    fn a_place_in_two_spellings_is_one_place() {
        let place = |v: &str| detail(DetailKind::Place, v);
        for (x, y) in [
            ("promises treatment center", "promises treatment centre"),
            ("taludi", "talodi"),
        ] {
            assert!(
                !conflicting(DetailKind::Place, &place(x), &place(y)),
                "{x} / {y}"
            );
        }
        assert!(conflicting(
            DetailKind::Place,
            &place("harnow"),
            &place("luzec")
        ));
        assert!(conflicting(
            DetailKind::Place,
            &place("halm"),
            &place("holm")
        ));
    }

    #[test]
    fn an_organisation_spelled_by_its_initials_holds_one_title() {
        let title = |v: &str| detail(DetailKind::Title, v);
        assert!(!conflicting(
            DetailKind::Title,
            &title("ubc president"),
            &title("universal boxing council president")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("wbc president"),
            &title("universal boxing council president")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("finance chief"),
            &title("chief financial officer")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("finance minister"),
            &title("economy minister")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("premier"),
            &title("prime minister")
        ));
        assert!(one_root("finance", "financial") && !one_root("minister", "mining"));
        assert!(one_office_title("president", "ubc president"));
        assert!(one_office_title(
            "ubc president",
            "universal boxing council president"
        ));
        assert!(!one_office_title("justice minister", "finance minister"));
        assert!(!one_office_title("president", "vice president chairman"));
    }

    #[test]
    fn a_sea_is_no_rival_to_a_country_but_to_another_sea() {
        let place = |v: &str| detail(DetailKind::Place, v);
        assert!(!comparable(&place("gulf of aden"), &place("somalia")));
        assert!(comparable(&place("red sea"), &place("black sea")));
    }

    #[test]
    fn a_country_of_a_region_is_no_rival_to_the_region() {
        assert!(nested("united arab emirates", "middle east"));
        assert!(nested("middle east", "egypt"));
        assert!(!nested("france", "middle east"));
    }

    #[test]
    fn a_city_does_not_conflict_with_its_country() {
        let (city, country) = (
            detail(DetailKind::Place, "istanbul"),
            detail(DetailKind::Place, "turkey"),
        );
        assert!(!conflicting(DetailKind::Place, &city, &country));
        let other = detail(DetailKind::Place, "ankara");
        assert!(conflicting(DetailKind::Place, &city, &other));
        assert!(!comparable(&other, &detail(DetailKind::Place, "ukraine")));
        assert!(comparable(&other, &detail(DetailKind::Place, "atlantis")));
    }

    #[test]
    fn every_gazetteer_row_is_found_by_the_search() {
        // Many midpoints of the search, some inside letters of several bytes.
        for line in GAZETTEER.lines().filter(|l| !l.starts_with('#')).step_by(7) {
            let (inner, outer) = line.split_once('\t').unwrap();
            assert!(gazetteer_outers(inner).any(|o| o == outer), "{line}");
        }
    }

    #[test]
    fn the_gazetteer_knows_which_state_and_country_a_city_lies_in() {
        let place = |v| detail(DetailKind::Place, v);
        // Any city of the name: Troy, Michigan is one of several Troys.
        assert!(!conflicting(
            DetailKind::Place,
            &place("troy"),
            &place("michigan")
        ));
        assert!(!conflicting(
            DetailKind::Place,
            &place("christchurch"),
            &place("new zealand")
        ));
        assert!(!conflicting(
            DetailKind::Place,
            &place("atlanta"),
            &place("georgia")
        ));
        // Names past letters of several bytes are found too.
        assert!(!conflicting(
            DetailKind::Place,
            &place("zurich"),
            &place("switzerland")
        ));
        // Two cities of one country still conflict; a country is no city's rival.
        assert!(conflicting(
            DetailKind::Place,
            &place("nashville"),
            &place("memphis")
        ));
        assert!(conflicting(
            DetailKind::Place,
            &place("greece"),
            &place("italy")
        ));
        assert!(!comparable(&place("athens"), &place("italy")));
    }

    #[test]
    fn a_place_or_title_and_its_longer_form_do_not_conflict() {
        let gaza = detail(DetailKind::Place, "gaza");
        assert!(!conflicting(
            DetailKind::Place,
            &gaza,
            &detail(DetailKind::Place, "gaza city")
        ));
        assert!(conflicting(
            DetailKind::Place,
            &gaza,
            &detail(DetailKind::Place, "rafah")
        ));
        let lt = detail(DetailKind::Title, "police lt.");
        assert!(!conflicting(
            DetailKind::Title,
            &lt,
            &detail(DetailKind::Title, "police lieutenant")
        ));
        let chief = detail(DetailKind::Title, "chief");
        assert!(!conflicting(
            DetailKind::Title,
            &chief,
            &detail(DetailKind::Title, "police chief")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &detail(DetailKind::Title, "governor"),
            &detail(DetailKind::Title, "deputy governor")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &detail(DetailKind::Title, "transport minister"),
            &detail(DetailKind::Title, "infrastructure minister")
        ));
    }

    #[test]
    fn a_mountain_or_a_park_is_no_rival_to_a_country() {
        let place = |v| detail(DetailKind::Place, v);
        assert!(!comparable(
            &place("mount cook national park"),
            &place("new zealand")
        ));
        assert!(comparable(&place("cape drava"), &place("cape lisac")));
    }

    #[test]
    fn a_street_or_a_county_is_no_rival_to_a_town() {
        let street = detail(DetailKind::Place, "117th street");
        assert!(!comparable(&street, &detail(DetailKind::Place, "queens")));
        assert!(comparable(
            &street,
            &detail(DetailKind::Place, "27th street")
        ));
        let county = detail(DetailKind::Place, "genesee county");
        assert!(!comparable(&county, &detail(DetailKind::Place, "saginaw")));
    }

    #[test]
    fn weekdays_compare_with_weekdays_only() {
        let (sat, sun) = (
            detail(DetailKind::Date, "saturday"),
            detail(DetailKind::Date, "sunday"),
        );
        assert!(comparable(&sat, &sun) && conflicting(DetailKind::Date, &sat, &sun));
        let last = detail(DetailKind::Date, "last saturday");
        assert!(!conflicting(DetailKind::Date, &sat, &last));
        assert!(conflicting(DetailKind::Date, &sun, &last));
        assert!(conflicting(
            DetailKind::Date,
            &sat,
            &detail(DetailKind::Date, "next saturday")
        ));
        assert!(!comparable(&sat, &detail(DetailKind::Date, "2025")));
        assert!(!comparable(&sat, &detail(DetailKind::Date, "tomorrow")));
        let (april, day) = (
            detail(DetailKind::Date, "april"),
            detail(DetailKind::Date, "april 11"),
        );
        assert!(!comparable(&april, &day));
        assert!(comparable(&day, &detail(DetailKind::Date, "april 12")));
    }

    /// The dates of `sentence` with their spans resolved, written on `written`.
    fn dates_of(sentence: &str, written: Option<(i32, u32, u32)>) -> Vec<Detail> {
        let written = written.and_then(|(y, m, d)| crate::calendar::Ymd::new(y, m, d));
        with_resolved(sentence, &text::details(sentence), written)
            .iter()
            .filter(|d| d.kind == DetailKind::Date)
            .cloned()
            .collect()
    }

    #[test]
    fn resolved_dates_compare_by_the_day_they_name() {
        let (sun, mon) = (Some((2025, 5, 11)), Some((2025, 5, 12)));
        // "tomorrow, May 12" written on Sunday 11 May: both are Monday.
        let tomorrow = dates_of("The bridge reopens tomorrow, May 12, officials said.", sun);
        let monday = dates_of("The bridge reopened on Monday.", mon);
        assert_eq!(tomorrow[0].about.as_deref(), Some("2025-05-12"));
        assert!(tomorrow
            .iter()
            .all(|t| same_value(DetailKind::Date, t, &monday[0])));
        // One event on Saturday and on Sunday still conflicts.
        let saturday = dates_of("The fire broke out on Saturday.", mon);
        let sunday = dates_of("The fire broke out on Sunday.", mon);
        assert!(comparable(&saturday[0], &sunday[0]));
        assert!(conflicting(DetailKind::Date, &saturday[0], &sunday[0]));
        // A weekday agrees with its day as a date, and conflicts with another.
        let may_11 = dates_of("The fire broke out on May 11.", mon);
        let may_10 = dates_of("The fire broke out on May 10.", mon);
        assert!(same_value(DetailKind::Date, &sunday[0], &may_11[0]));
        assert!(comparable(&sunday[0], &may_10[0]));
        assert!(conflicting(DetailKind::Date, &sunday[0], &may_10[0]));
        // "yesterday" agrees with the day it names; it is no rival to another.
        let (y_sun, y_mon) = (
            dates_of("It broke out yesterday.", sun),
            dates_of("It broke out yesterday.", mon),
        );
        assert!(same_value(DetailKind::Date, &y_mon[0], &sunday[0]));
        assert!(!same_value(DetailKind::Date, &y_sun[0], &sunday[0]));
        assert!(!comparable(&y_sun[0], &sunday[0]));
        // Equal words never conflict, whatever days they resolve to.
        assert!(!conflicting(DetailKind::Date, &y_sun[0], &y_mon[0]));
        // A year named two ways.
        let last_year = dates_of("Sales fell last year.", mon);
        let in_2024 = dates_of("Sales fell in 2024.", mon);
        assert!(same_value(DetailKind::Date, &last_year[0], &in_2024[0]));
        // A day and its month are no rivals.
        let in_may = dates_of("The fire broke out in May.", mon);
        assert!(!comparable(&sunday[0], &in_may[0]));
    }

    #[test]
    fn without_a_date_of_writing_dates_compare_as_words() {
        let unknown = dates_of("The fire broke out on Sunday.", None);
        assert_eq!(unknown[0].about, None);
        let may_11 = dates_of("The fire broke out on May 11.", Some((2025, 5, 12)));
        assert!(!comparable(&unknown[0], &may_11[0]));
        let also = dates_of("The fire broke out on Sunday.", Some((2025, 5, 12)));
        assert!(same_value(DetailKind::Date, &unknown[0], &also[0]));
    }

    #[test]
    fn percentages_and_counts_are_not_compared() {
        assert!(!comparable(
            &detail(DetailKind::Number, "4.5%"),
            &detail(DetailKind::Number, "30")
        ));
        assert!(comparable(
            &detail(DetailKind::Number, "4.5%"),
            &detail(DetailKind::Number, "5.4%")
        ));
    }

    #[test]
    fn sums_compare_only_in_one_currency() {
        let euros = detail(DetailKind::Number, "€30000000");
        assert!(!comparable(
            &euros,
            &detail(DetailKind::Number, "$10000000")
        ));
        assert!(comparable(&euros, &detail(DetailKind::Number, "€10000000")));
    }

    #[test]
    fn a_function_or_an_acting_post_is_no_rival_title_a_rank_is() {
        let title = |v| detail(DetailKind::Title, v);
        assert!(!conflicting(
            DetailKind::Title,
            &title("spokesman"),
            &title("inspector")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("police spokesman"),
            &title("inspector")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("police chief"),
            &title("fire chief")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("ceo"),
            &title("chief executive")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("cfo"),
            &title("chief operating officer")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("chief"),
            &title("head")
        ));
        assert!(!conflicting(
            DetailKind::Title,
            &title("acting director"),
            &title("director")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("transport minister"),
            &title("deputy transport minister")
        ));
        assert!(conflicting(
            DetailKind::Title,
            &title("finance minister"),
            &title("economy minister")
        ));
    }

    #[test]
    fn a_name_spelled_two_ways_is_one_person_and_a_short_name_a_letter_off_is_not() {
        assert!(spelled_alike("teodor valesku", "teodor valescu"));
        assert!(spelled_alike("taludi", "talodi"));
        assert!(!spelled_alike("halm", "holm"));
        assert!(!spelled_alike("voss", "brill"));
        assert!(!spelled_alike("marta kovac", "vesna kovac"));
        assert!(spelled_alike("richard m", "richard nixon"));
    }

    #[test]
    fn titles_compare_only_for_the_same_person() {
        let mut a = detail(DetailKind::Title, "leader");
        let mut b = detail(DetailKind::Title, "statesman");
        assert!(!comparable(&a, &b));
        a.about = Some("merz".into());
        b.about = Some("merz".into());
        assert!(comparable(&a, &b));
    }
}
