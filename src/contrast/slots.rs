//! Pairing typed details across two sentences of a group.
//!
//! Details of one kind with equal values agree. The rest are candidates for a
//! conflict, but only when they fill the same slot: "talks in Istanbul this
//! Thursday" and "travel to Turkey's capital Ankara on Thursday" share the slot
//! before "Thursday", so Istanbul meets Ankara while Turkey, which names the
//! country around both, is left alone. A slot match is judged on the words
//! next to each detail (nearer words count more, left with left, right with
//! right), on the word just before it ("on Saturday" / "on Sunday"), and on
//! where it falls between the words the two sentences share in order (a word
//! diff with `similar`): "Putin, in a late-night address on Saturday, extended…"
//! and "Putin on Sunday called for…" both put the day between "Putin" and the
//! next shared word, whatever else surrounds it.

use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::{amounts, claim, compat, office};
use super::{kind_of, Findings, Member, Spot};
use crate::model::{Detail, DetailKind};

/// Kinds compared as slots.
pub(crate) const SLOT_KINDS: [DetailKind; 5] = [
    DetailKind::Place,
    DetailKind::Date,
    DetailKind::Number,
    DetailKind::Person,
    DetailKind::Title,
];

/// Context words on each side of a detail.
const WINDOW: usize = 3;
/// The least context score for two leftover details to be one slot.
const MIN_SLOT_SCORE: f32 = 0.9;
/// Evidence that two details sit between the same two shared words.
const SAME_GAP: f32 = 0.6;
/// Weaker evidence: both lie before the first, or after the last, shared word.
const SAME_EDGE: f32 = 0.3;
/// Evidence that two numbers count the same predicate's subject.
const SAME_ROLE: f32 = 0.6;
/// Figures in each of two sentences that make them lines of figures.
const MANY_FIGURES: usize = 3;
/// Evidence that the word just before both is the same ("on", "in").
const SAME_BEFORE: f32 = 0.3;

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    let mut gaps: Option<Gaps> = None;
    for kind in SLOT_KINDS {
        let stated = |m: &Member, d: &Detail| d.kind == kind && stated(m, d);
        if kind == DetailKind::Number && claim::different_people(a, b) {
            continue;
        }
        let da: Vec<&Detail> = a.details.iter().filter(|d| stated(a, d)).collect();
        let db: Vec<&Detail> = b.details.iter().filter(|d| stated(b, d)).collect();
        if da.is_empty() || db.is_empty() {
            continue;
        }
        let dk = kind_of(kind);
        let mut left_a: Vec<&Detail> = Vec::new();
        for x in &da {
            let same: Vec<&&Detail> = db
                .iter()
                .filter(|y| compat::same_value(kind, x, y))
                .collect();
            for y in &same {
                out.agree.push((dk, spot(ia, x), spot(ib, y)));
            }
            if let Some(y) = answered(b, &db, a, x) {
                out.compatible.push((spot(ia, x), spot(ib, y)));
            } else if same.is_empty() && !by_demonym(b, x) && !mentions(b, a, x) {
                left_a.push(x);
            }
        }
        let mut left_b: Vec<&Detail> = Vec::new();
        for y in &db {
            if da.iter().any(|x| compat::same_value(kind, x, y)) {
                continue;
            }
            if let Some(x) = answered(a, &da, b, y) {
                out.compatible.push((spot(ia, x), spot(ib, y)));
            } else if !by_demonym(a, y) && !mentions(a, b, y) {
                left_b.push(y);
            }
        }
        if left_a.is_empty() || left_b.is_empty() {
            continue;
        }
        let pairing = pair_by_context(a, b, &mut gaps, &left_a, &left_b);
        for (x, y) in pairing.undecided {
            out.compatible.push((spot(ia, x), spot(ib, y)));
        }
        for (x, y) in pairing.pairs {
            if compat::conflicting(kind, x, y)
                && !compatible_amounts(a, x, b, y)
                && !after_the_other_was_written(a, x, b, y)
            {
                out.conflict.push((dk, spot(ia, x), spot(ib, y)));
            } else {
                out.compatible.push((spot(ia, x), spot(ib, y)));
            }
        }
    }
}

/// Whether one of two dated days falls after the other report was written,
/// while that report's own day had passed when it was written: "on Monday"
/// in a report of Tuesday and "on Wednesday" in a follow-up of Thursday name
/// two moments of the story (the first report could not know Wednesday). A
/// day still to come when its report was written ("will be sworn in on
/// Thursday") is a plan the later report can contradict.
fn after_the_other_was_written(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let later = |m: &Member, own: &Detail, other: &Detail| {
        let (Some(written), Some(own), Some(other)) =
            (m.written, compat::day_of(own), compat::day_of(other))
        else {
            return false;
        };
        own <= written && other > written
    };
    x.kind == DetailKind::Date && (later(a, x, y) || later(b, y, x))
}

/// Whether a detail states a value to compare: no code, no date that opens
/// a range, names a decade or stamps the page.
fn stated(m: &Member, d: &Detail) -> bool {
    m.stated_kept(d, || match d.kind {
        DetailKind::Number => !claim::is_code(m, d) && !claim::previous_figure(m, d),
        DetailKind::Date => {
            !opens_range(m, d)
                && !decade(m, d)
                && !claim::stamped(m, d)
                && !weekday_of_a_date(m, d)
                && !reference_point(m, d)
                && !dateline(m, d)
                && !as_of(m, d)
        }
        _ => true,
    })
}

/// Whether `m` states a figure that a hedge, a range or rounding makes
/// compatible with `other`'s figure `y`: "about $300 million" is answered by
/// "at $312 million", and the sentence's other figure ("twice the $140
/// million an earlier mission cost") is then no rival to it.
fn answered<'d>(
    m: &Member,
    stated: &[&'d Detail],
    other: &Member,
    y: &Detail,
) -> Option<&'d Detail> {
    if y.kind != DetailKind::Number {
        return None;
    }
    stated.iter().copied().find(|x| {
        compat::comparable(x, y) && compatible_amounts(m, x, other, y) && {
            // The very unit, not one of its class: "up to 90 km/h"
            // answers no wave "of 6 metres".
            let (rx, ry) = claim::roles_of(m, x, other, y);
            rx.head == ry.head && claim::same_role(&rx, &ry)
        }
    })
}

/// A date that opens a range ("1994-96", "Nov. 14-18", "May 3 to 5"): the
/// span holds only its start, so it is no value to compare.
fn opens_range(m: &Member, d: &Detail) -> bool {
    let rest = &m.text[d.end..];
    let rest = rest
        .strip_prefix(['-', '–'])
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" – "))
        .or_else(|| rest.strip_prefix(" to "))
        .or_else(|| rest.strip_prefix(" through "));
    rest.is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// A weekday that a calendar date right after it names ("on Thursday,
/// February 19"): the date says the day, and the weekday is compared as that
/// date, not resolved on its own to another week.
fn weekday_of_a_date(m: &Member, d: &Detail) -> bool {
    let last = m.text[d.start..d.end]
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    crate::calendar::WEEKDAYS.contains(&last.as_str())
        && m.details.iter().any(|o| {
            o.kind == DetailKind::Date && o.start > d.end && m.text[d.end..o.start].trim() == ","
        })
}

/// Tokens between "since" and the date it opens, at most ("since riots in 2008").
const SINCE_REACH: usize = 3;

/// A date that a superlative measures against ("the first deaths in a
/// protest since 1991", "the worst violence since riots in 2008", "the
/// deadliest quake since 2003"): the last time something was so, a point of
/// comparison each report chooses, not the date of the story's event.
fn reference_point(m: &Member, d: &Detail) -> bool {
    let Some(at) = m.tokens.iter().position(|t| t.start >= d.start) else {
        return false;
    };
    let lower = |t: &crate::text::Token| m.text[t.start..t.end].to_lowercase();
    let Some(since) = m.tokens[..at]
        .iter()
        .rposition(|t| lower(t) == "since")
        .filter(|&i| at - i <= SINCE_REACH + 1)
    else {
        return false;
    };
    m.tokens[..since].iter().any(|t| {
        let w = lower(t);
        SUPERLATIVES.contains(&w.as_str()) || (w.len() > 5 && w.ends_with("iest"))
    })
}

/// Whether a date is a wire dateline's, the day of writing: "PORTO
/// SALEMA, Almeira, June 12 (HNA) -" opens the sentence, a capitalised
/// place and the date, then the agency or a dash.
fn dateline(m: &Member, d: &Detail) -> bool {
    let before = &m.text[..d.start];
    let after = m.text[d.end..].trim_start();
    let first = before.split_whitespace().next().unwrap_or("");
    let upper = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    before.trim_end().ends_with(',')
        && upper(first)
        && before.split_whitespace().count() <= DATELINE_WORDS
        && (after.starts_with('(') || after.starts_with(['-', '\u{2013}', '\u{2014}']))
}

/// Words a dateline's place may take before its date.
const DATELINE_WORDS: usize = 5;

/// Whether a date opens its sentence as the moment a count is told at: "By
/// Wednesday morning, 12 lawmakers had signed", "As of Thursday afternoon,
/// 19 had": the story's clock, not a day to compare.
fn as_of(m: &Member, d: &Detail) -> bool {
    let before = m.text[..d.start].trim().to_lowercase();
    let opens = matches!(before.as_str(), "by" | "as of" | "as at");
    opens && m.text[d.end..].trim_start().starts_with(',')
}

/// Words that rank a thing against all before it
/// (`assets/contrast/superlatives.txt`); "-iest" forms are known by their
/// ending.
static SUPERLATIVES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    super::word_list(include_str!("../../assets/contrast/superlatives.txt"))
});

/// A year written as its decade ("the 1930's", "in the 1990s"): a span of
/// ten years the year alone does not say, so no value to compare.
fn decade(m: &Member, d: &Detail) -> bool {
    let span = &m.text[d.start..d.end];
    let rest = &m.text[d.end..];
    span.len() == 4
        && span.ends_with('0')
        && span.bytes().all(|b| b.is_ascii_digit())
        && (rest.starts_with('s') || rest.starts_with("'s") || rest.starts_with("\u{2019}s"))
}

/// Two figures that a range, a hedge or rounding make compatible.
fn compatible_amounts(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    x.kind == DetailKind::Number
        && match (amounts::amount(a, x), amounts::amount(b, y)) {
            (Some(p), Some(q)) => amounts::compatible(&p, &q),
            _ => false,
        }
}

/// Whether a member mentions the place through a demonym ("Ukrainian
/// officials" for Ukraine): it then does not name a rival to it.
fn by_demonym(m: &Member, place: &Detail) -> bool {
    place.kind == DetailKind::Place && m.demonyms.contains(&place.value.as_str())
}

/// Whether `m` names the place of `other`'s detail somewhere in its words
/// ("the Exarchia district of Athens" and "the Athens district of Exarchia"),
/// or a place inside or around it, or `m` names the title too, anywhere (a
/// person with two titles),
/// or the place only locates a name in `other` ("Iran's southern coast",
/// "the Chicago Bears"): either way it is no rival.
fn mentions(m: &Member, other: &Member, place: &Detail) -> bool {
    let words = other.place_words_kept(place, || {
        other.text[place.start..place.end]
            .split_whitespace()
            .map(crate::text::normalize_word)
            .collect()
    });
    if place.kind == DetailKind::Title {
        // One person holds both titles when one sentence names both:
        // "President and General Manager Billy King" / "team president King".
        // Words of a longer title ("Deputy Transport Minister") do not name
        // the shorter one.
        let in_other_title = |t: &crate::text::Token| {
            m.details.iter().any(|d| {
                d.kind == DetailKind::Title
                    && d.value != place.value
                    && d.start <= t.start
                    && t.end <= d.end
            })
        };
        return words
            .iter()
            .all(|w| m.tokens.iter().any(|t| &t.norm == w && !in_other_title(t)));
    }
    if place.kind != DetailKind::Place {
        return false;
    }
    let named = m
        .tokens
        .windows(words.len().max(1))
        .any(|w| w.iter().map(|t| &t.norm).eq(words.iter()));
    let rest = &other.text[place.end..];
    let possessive = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
    let in_a_name = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase))
        && other
            .tokens
            .iter()
            .find(|t| t.start > place.end)
            .is_some_and(|t| t.detail.is_none() && t.content);
    // "an apartment in the U.S." / "a Miami apartment": a place inside or
    // around it, named anywhere, answers the same question.
    let around = m
        .details
        .iter()
        .any(|d| d.kind == DetailKind::Place && compat::nested(&d.value, &place.value));
    named || possessive || in_a_name || around
}

/// A detail of member `member`, as the findings hold it.
pub(super) fn spot(member: usize, d: &Detail) -> Spot {
    Spot {
        member,
        start: d.start,
        end: d.end,
        value: d.value.clone(),
    }
}

/// Leftover details paired as one slot, and pairs that may or may not be
/// one (two places whose relation nothing tells): those are no rivals.
struct Pairing<'d> {
    pairs: Vec<(&'d Detail, &'d Detail)>,
    undecided: Vec<(&'d Detail, &'d Detail)>,
}

/// Greedy one-to-one pairing of leftover details by slot score.
fn pair_by_context<'d>(
    a: &Member,
    b: &Member,
    gaps: &mut Option<Gaps>,
    left_a: &[&'d Detail],
    left_b: &[&'d Detail],
) -> Pairing<'d> {
    let mut scored = Vec::new();
    let mut undecided = Vec::new();
    for (i, x) in left_a.iter().enumerate() {
        for (j, y) in left_b.iter().enumerate() {
            if !compat::comparable(x, y) {
                continue;
            }
            if x.kind == DetailKind::Place && is_affiliation(a, x) != is_affiliation(b, y) {
                continue;
            }
            // One place of a list ("felt in Oman and the Emirates") is one of
            // a set, no rival to the single place another sentence names; two
            // lists are compared member by member.
            if x.kind == DetailKind::Place && listed(a, x) != listed(b, y) {
                undecided.push((*x, *y));
                continue;
            }
            // A place its sentence calls a region ("in Lustra province")
            // may hold a town another names ("in Corbello"): places compare
            // at one scale.
            if x.kind == DetailKind::Place && scale_named(a, x) != scale_named(b, y) {
                undecided.push((*x, *y));
                continue;
            }
            // A country holds its towns: "a scan in Merovia" is no rival to
            // "a scan in Tarsa" when nothing says where Tarsa lies.
            if x.kind == DetailKind::Place
                && super::is_nation(a, &x.value) != super::is_nation(b, &y.value)
                && (!compat::known_place(&x.value) || !compat::known_place(&y.value))
            {
                undecided.push((*x, *y));
                continue;
            }
            // A place the tables do not place may hold or be held by the
            // other ("Richmond Hill" and "Queens"): the two are rivals only
            // after the same word ("arrested in Lindhaven" / "arrested in
            // Calderport"), or in close paraphrases.
            if x.kind == DetailKind::Place
                && (!compat::known_place(&x.value) || !compat::known_place(&y.value))
                && !compat::sites_of_one_kind(&x.value, &y.value)
                && !claim::same_word_before(a, x, b, y)
                && !claim::close_paraphrase(a, b)
                && !(sole_of_its_kind(a, x)
                    && sole_of_its_kind(b, y)
                    && !compat::known_place(&x.value)
                    && !compat::known_place(&y.value)
                    && claim::same_claim(a, b))
            {
                undecided.push((*x, *y));
                continue;
            }
            // When a thing was said and when it happened are two slots; so
            // are a day that is past and one still to come ("announced new
            // rallies on Sunday" / "a major rally is expected on Friday").
            // "since Tuesday night" and "by Wednesday evening" bound a span
            // at two ends.
            if x.kind == DetailKind::Date
                && matches!((bound_of(a, x), bound_of(b, y)), (Some(p), Some(q)) if p != q)
            {
                continue;
            }
            if x.kind == DetailKind::Date
                && (claim::said_on(a, x) != claim::said_on(b, y)
                    || looks_ahead(a, x) != looks_ahead(b, y)
                    || !claim::one_dated_event(a, x, b, y))
            {
                continue;
            }
            // Two numbers compare only when they count the same thing, and
            // a predicate both name ("sentenced", "killed") puts them in one slot.
            let mut bonus = 0.0;
            if x.kind == DetailKind::Number && claim::held_apart(a, x, b, y) {
                continue;
            }
            if x.kind == DetailKind::Number {
                let (rx, ry) = claim::roles_of(a, x, b, y);
                if claim::in_other_units(&rx, &ry) {
                    continue;
                }
                if rx.event == Some("age")
                    && ry.event == Some("age")
                    && !one_person_aged(a, x, b, y)
                {
                    continue;
                }
                let framed = claim::same_frame((a, x, &rx), (b, y, &ry));
                // Lines of figures are one account only where a figure agrees.
                let one_count = (a_figure_agrees(a, x, b, y) || !lines_of_figures(a, b))
                    && (claim::one_count_of_a_noun((a, x, &rx), (b, y, &ry))
                        || claim::one_measure_of_a_noun((a, x, &rx), (b, y, &ry)));
                // With no predicate to say what is counted, only a close
                // paraphrase tells that two figures are one count.
                // Nor between two lines of figures ("52 catches for 440 yards
                // and four touchdowns"): which figure is whose, the words do
                // not tell.
                if !one_count
                    && (!(framed || claim::same_role(&rx, &ry))
                        || claim::owned_apart(a, &rx, b, &ry)
                        || (rx.event.is_none()
                            && !claim::same_owner(&rx, &ry)
                            && ((!framed && !claim::close_paraphrase(a, b))
                                || (lines_of_figures(a, b)
                                    && !(framed && a_figure_agrees(a, x, b, y))))))
                {
                    continue;
                }
                if far_apart(x, y)
                    && !(claim::near_copy(a, b)
                        && claim::same_word_before(a, x, b, y)
                        && other_figures_agree(a, x, b, y))
                {
                    continue;
                }
                if framed || (rx.event.is_some() && rx.event == ry.event) {
                    bonus = SAME_ROLE;
                }
                // One predicate's only figure on each side ("killed 48 people"
                // / "38 deaths"): the claim puts them in one slot, whatever
                // words stand around them.
                if let Some(event) = rx.event.filter(|_| rx.event == ry.event) {
                    if claim::sole_in_role(a, x, event) && claim::sole_in_role(b, y, event) {
                        bonus = MIN_SLOT_SCORE;
                    }
                }
                // So does a counted noun each side counts once.
                if one_count {
                    bonus = MIN_SLOT_SCORE;
                }
            }
            // Two different names conflict only as holders of the same office
            // in one claim: two senators quoted on one bill are no rivals.
            if x.kind == DetailKind::Person {
                if !office::same_office(a, x, b, y) {
                    continue;
                }
                // One office in one claim is one slot, whatever words stand
                // around the two names.
                bonus = MIN_SLOT_SCORE;
            }
            let gaps = gaps.get_or_insert_with(|| Gaps::new(a, b));
            let s = slot_score(a, x, b, y, gaps) + bonus;
            if s >= MIN_SLOT_SCORE {
                scored.push((s, i, j));
            }
        }
    }
    scored.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let (mut used_a, mut used_b) = (vec![false; left_a.len()], vec![false; left_b.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in scored {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((left_a[i], left_b[j]));
        }
    }
    Pairing { pairs, undecided }
}

/// Words before a date that make it the start of a span ("calls since
/// Tuesday night")…
const SPAN_STARTS: [&str; 3] = ["since", "from", "after"];
/// …or its end ("had taken 3,140 calls by Wednesday evening", "worked
/// through Friday night", "not before Sunday").
const SPAN_ENDS: [&str; 5] = ["by", "until", "till", "through", "before"];

/// Which end of a span a date bounds, by the word right before it: `Some(true)`
/// for a start, `Some(false)` for an end, `None` for the day of an event.
fn bound_of(m: &Member, d: &Detail) -> Option<bool> {
    let before = m.tokens.iter().rev().find(|t| t.end <= d.start)?;
    let word = m.text[before.start..before.end].to_lowercase();
    if SPAN_STARTS.contains(&word.as_str()) {
        Some(true)
    } else {
        SPAN_ENDS.contains(&word.as_str()).then_some(false)
    }
}

/// The scale the words around a place give it: "the northern province of
/// Halstad" and "in Lustra province" are regions, whatever the name says.
fn scale_named(m: &Member, d: &Detail) -> Option<&'static str> {
    let scale =
        |t: &crate::text::Token| compat::named_scale(&m.text[t.start..t.end].to_lowercase());
    let first = m.tokens.iter().position(|t| t.end > d.start)?;
    if let [.., noun, of] = &m.tokens[..first] {
        if m.text[of.start..of.end].eq_ignore_ascii_case("of") {
            if let Some(named) = scale(noun) {
                return Some(named);
            }
        }
    }
    let after = m.tokens.iter().find(|t| t.start >= d.end)?;
    (m.text[d.end..after.start].trim().is_empty() && after.detail.is_none())
        .then(|| scale(after))
        .flatten()
}

/// Whether a detail is the only one of its kind its sentence gives.
/// A place is the only one of its scale: "Halden Arena in Kastell" names
/// one town.
fn sole_of_its_kind(m: &Member, d: &Detail) -> bool {
    let scale = |p: &Detail| (p.kind == DetailKind::Place).then(|| compat::named_scale(&p.value));
    !m.details
        .iter()
        .any(|o| o.kind == d.kind && (o.start, o.end) != (d.start, d.end) && scale(o) == scale(d))
}

/// Whether two ages can be one person's: the sentences name a person in
/// common, or name nobody and say nearly the same thing. A story tells the
/// ages of several people ("23-year-old Vishwanand Subryan" was arrested, "a
/// 59-year-old woman died"; "the 41-year-old Bowe", "the 32-year-old
/// Klitschko").
/// An age set off after a name is that person's ("Jean Larson, 48, a staff
/// accountant"): the other sentence must name them too.
fn one_person_aged(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let named_in = |m: &Member, person: &Detail| {
        m.details
            .iter()
            .any(|d| d.kind == DetailKind::Person && d.value == person.value)
    };
    if aged_name(a, x).is_some_and(|p| !named_in(b, p))
        || aged_name(b, y).is_some_and(|p| !named_in(a, p))
    {
        return false;
    }
    let names = |m: &Member| m.details.iter().any(|d| d.kind == DetailKind::Person);
    if !names(a) && !names(b) {
        return claim::close_paraphrase(a, b);
    }
    claim::agreeing(a, b, |k| k == DetailKind::Person) > 0
}

/// The name right before an age set off by commas ("Jean Larson, 48,").
fn aged_name<'m>(m: &'m Member, age: &Detail) -> Option<&'m Detail> {
    m.details.iter().find(|d| {
        d.kind == DetailKind::Person && d.end <= age.start && m.text[d.end..age.start].trim() == ","
    })
}

/// Whether a date lies ahead of its writing: by the day it resolves to,
/// when that is another day than the day of writing ("declared a day of
/// mourning for Thursday", written on a Wednesday, looks ahead as "will be
/// held on Friday" does), else by the tense of its clause.
fn looks_ahead(m: &Member, d: &Detail) -> bool {
    use crate::text::relative::When;
    let day = d.about.as_deref().and_then(When::from_key);
    match (m.written, day) {
        (Some(written), Some(When::Day(day))) if day != written => day > written,
        _ => in_future_clause(m, d),
    }
}

/// Whether a date's clause looks ahead ([`crate::text::relative::in_future_clause`]).
fn in_future_clause(m: &Member, d: &Detail) -> bool {
    m.future_kept(d, || crate::text::relative::in_future_clause(m.text, d))
}

/// Whether two sentences are lines of figures: one states at least
/// [`MANY_FIGURES`], the other at least two ("548 rushing yards, 28
/// receptions and 258 receiving yards" / "404 yards rushing and 440 yards
/// receiving").
fn lines_of_figures(a: &Member, b: &Member) -> bool {
    let (p, q) = (claim::figures(a), claim::figures(b));
    p.min(q) >= 2 && p.max(q) >= MANY_FIGURES
}

/// How many times one report of a count may exceed another of the same count.
const FAR_APART: f64 = 4.0;

/// Two figures too far apart to be two reports of one count: "605 yards" in
/// a season and "101 yards" in a game, "178 punches landed" and "369
/// thrown", "a dozen killed" and "26,000 killed" in another quake. (The
/// price: a toll that truly grew more than fourfold between two reports is
/// not paired either, so it shows as no update.)
fn far_apart(x: &Detail, y: &Detail) -> bool {
    match (amounts::figure(&x.value), amounts::figure(&y.value)) {
        (Some(p), Some(q)) if p > 0.0 && q > 0.0 => p.max(q) / p.min(q) > FAR_APART,
        _ => false,
    }
}

/// Whether a place is coordinated with another: "Somalia and Yemen",
/// "Oman and the United Arab Emirates", "Paris, Lyon or Nice".
fn listed(m: &Member, place: &Detail) -> bool {
    m.details
        .iter()
        .filter(|d| d.kind == DetailKind::Place && d.start != place.start)
        .any(|d| {
            let (first, second) = if d.start < place.start {
                (d, place)
            } else {
                (place, d)
            };
            first.end <= second.start && {
                let gap = m.text[first.end..second.start].trim();
                let gap = gap.strip_suffix(" the").unwrap_or(gap);
                matches!(gap, "," | "and" | "or" | ", and" | ", or")
            }
        })
}

/// Another figure of one sentence is one the other states too: it anchors two
/// lines of figures as one account ("4,812 patients at 212 hospitals in 19
/// countries" / "4,218 patients in 19 countries"), so their frames tell which
/// figure is whose.
fn a_figure_agrees(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let theirs = other_figures(b, y);
    other_figures(a, x).iter().any(|v| theirs.contains(v))
}

/// The values of a sentence's figures besides `d`.
fn other_figures<'m>(m: &'m Member, d: &Detail) -> Vec<&'m str> {
    m.details
        .iter()
        .filter(|e| e.kind == DetailKind::Number && e.start != d.start)
        .map(|e| e.value.as_str())
        .collect()
}

/// Every other figure of each sentence is one the other sentence states too:
/// the two differ in this figure alone.
fn other_figures_agree(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let (oa, ob) = (other_figures(a, x), other_figures(b, y));
    oa.iter().all(|v| ob.contains(v)) && ob.iter().all(|v| oa.contains(v))
}

/// A place naming whose someone is ("U.S. President Trump", "UK Prime
/// Minister") rather than where something happens: the next word belongs to a
/// title or a name. The two roles never share a slot.
fn is_affiliation(m: &Member, place: &Detail) -> bool {
    let mut end = place.end;
    for t in m.tokens.iter().filter(|t| t.start >= place.end).take(2) {
        if !m.text[end..t.start].trim().is_empty() {
            return false; // punctuation: "in Turkey, President Trump…"
        }
        if matches!(t.detail, Some(DetailKind::Title | DetailKind::Person)) {
            return true;
        }
        end = t.end;
    }
    false
}

/// The words around a detail: (word before, left context, right context).
struct Context<'t> {
    before: Option<&'t str>,
    left: Vec<&'t str>,
    right: Vec<&'t str>,
}

fn context<'t>(m: &'t Member, d: &Detail) -> Context<'t> {
    // A detail's span may open with its preposition ("on Saturday"): the
    // context starts at its first content word.
    let first = m
        .tokens
        .iter()
        .position(|t| t.end > d.start && (t.content || t.start >= d.end))
        .unwrap_or(m.tokens.len());
    let last = m
        .tokens
        .iter()
        .rposition(|t| t.start < d.end)
        .map_or(first, |l| l + 1);
    let before = first.checked_sub(1).map(|i| m.tokens[i].norm.as_str());
    let left = m.tokens[..first]
        .iter()
        .rev()
        .filter(|t| t.content)
        .take(WINDOW)
        .map(|t| t.norm.as_str())
        .collect();
    let right = m.tokens[last.min(m.tokens.len())..]
        .iter()
        .filter(|t| t.content)
        .take(WINDOW)
        .map(|t| t.norm.as_str())
        .collect();
    Context {
        before,
        left,
        right,
    }
}

/// For each token of two sentences, how many shared (diff-equal) content words
/// come before it: two details with the same count lie in the same gap.
struct Gaps {
    a: Vec<usize>,
    b: Vec<usize>,
    /// Shared words in all.
    shared: usize,
}

impl Gaps {
    fn new(a: &Member, b: &Member) -> Self {
        // Words as the group's ids: the diff hashes and compares them often.
        let (ca, wa) = (&a.content_at, &a.content_ids);
        let (cb, wb) = (&b.content_at, &b.content_ids);
        let mut shared_a = vec![false; a.tokens.len()];
        let mut shared_b = vec![false; b.tokens.len()];
        let ops = if wa == wb {
            // The same wording (copies of one wire story): no diff needed.
            vec![DiffOp::Equal {
                old_index: 0,
                new_index: 0,
                len: wa.len(),
            }]
        } else {
            capture_diff_slices(Algorithm::Patience, wa, wb)
        };
        for op in ops {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                for k in 0..len {
                    shared_a[ca[old_index + k]] = true;
                    shared_b[cb[new_index + k]] = true;
                }
            }
        }
        let running = |shared: &[bool]| -> Vec<usize> {
            let mut n = 0;
            shared
                .iter()
                .map(|&s| {
                    let here = n;
                    n += usize::from(s);
                    here
                })
                .collect()
        };
        Gaps {
            a: running(&shared_a),
            b: running(&shared_b),
            shared: shared_a.iter().filter(|&&s| s).count(),
        }
    }
}

fn gap_of(m: &Member, counts: &[usize], d: &Detail) -> Option<usize> {
    let first = m.tokens.iter().position(|t| t.end > d.start)?;
    counts.get(first).copied()
}

fn slot_score(a: &Member, x: &Detail, b: &Member, y: &Detail, gaps: &Gaps) -> f32 {
    let (ca, cb) = (context(a, x), context(b, y));
    let side = |p: &[&str], q: &[&str]| -> f32 {
        p.iter()
            .enumerate()
            .filter_map(|(i, w)| {
                q.iter()
                    .position(|v| v == w)
                    .map(|j| 1.0 / (1 + i.max(j)) as f32)
            })
            .sum()
    };
    let mut score = side(&ca.left, &cb.left) + side(&ca.right, &cb.right);
    if ca.before.is_some() && ca.before == cb.before {
        score += SAME_BEFORE;
    }
    let (ga, gb) = (gap_of(a, &gaps.a, x), gap_of(b, &gaps.b, y));
    if let (Some(ga), Some(gb)) = (ga, gb) {
        if ga == gb {
            let bounded = ga > 0 && ga < gaps.shared;
            score += if bounded { SAME_GAP } else { SAME_EDGE };
        }
    }
    if x.about.is_some() && x.about == y.about {
        score += 1.0;
    }
    score
}

#[cfg(test)]
mod tests;
