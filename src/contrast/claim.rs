//! Whether two sentences of a group state one claim, and what role a value
//! plays in it.
//!
//! A group holds sentences about one topic; a contradiction needs more: the
//! same claim on both sides. Two levels are kept apart. The group is what the
//! reader shows as related; a pair of its members is compared for
//! contradictions only when it passes [`same_claim`] (the two say something
//! about the same predicate and the same people), and a value meets a rival
//! only in the same role ([`NumberRole`]: "40 dead" never meets "100 wounded",
//! "age 52" never meets "20 wives"). What a number counts comes from two
//! tables in `assets/contrast/`: `roles.tsv` (hand-curated predicates of news
//! counts: killed, injured, arrested…) and `noun_classes.tsv` (derived from
//! Open English WordNet: the class of a counted noun, person, time, money…).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::Member;
use crate::model::{Detail, DetailKind};
pub(crate) use crate::text::lemmas;
use crate::text::{normalize_word, noun_class, Token};

/// A stemmed word -> the role it gives a number near it.
static ROLES: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| table(include_str!("../../assets/contrast/roles.tsv")));

/// A stemmed word -> the words of `roles.tsv` that stem to it.
static ROLE_WORDS: LazyLock<HashMap<String, Vec<&'static str>>> = LazyLock::new(|| {
    let mut out: HashMap<String, Vec<&'static str>> = HashMap::default();
    for (word, _) in super::table_rows(include_str!("../../assets/contrast/roles.tsv")) {
        out.entry(normalize_word(word)).or_default().push(word);
    }
    out
});

/// The role a word of a sentence gives a number near it: its stem is one of
/// `roles.tsv`, and the word is a form of that table word, not another word
/// the stemmer folds into it ("hospitals" is no form of "hospitalised").
fn role_word(word: &str, norm: &str) -> Option<&'static str> {
    let role = *ROLES.get(norm)?;
    let forms = lemmas(word);
    let lower = word.to_lowercase();
    let ing = lower.ends_with("ing");
    ROLE_WORDS
        .get(norm)?
        .iter()
        // A table word in "-ing" is its own word: "missing" is no form of
        // "miss" ("expected to miss four months").
        .filter(|w| ing || !w.ends_with("ing"))
        // A plural in "-ves" is of a word in "-f" or "-fe": "lives" (of
        // "life") is no form of "live" ("watched the game live").
        .filter(|w| !w.ends_with("ves") || lower.ends_with("ves"))
        .any(|w| lemmas(w).iter().any(|l| forms.contains(l)))
        .then_some(role)
}

fn table(text: &'static str) -> HashMap<String, &'static str> {
    let mut out = HashMap::default();
    for (word, role) in super::table_rows(text) {
        out.entry(normalize_word(word)).or_insert(role);
    }
    out
}

/// Content words two sentences must share, besides their details, to state
/// one claim…
const MIN_SHARED: usize = 2;
/// …unless the shorter of them has this few content words at all.
const SHORT: usize = 4;

/// Whether two members state the same claim: not the same sentence twice,
/// and enough shared wording outside the details.
pub(crate) fn same_claim(a: &Member, b: &Member) -> bool {
    // A page's date stamp states when it was written, no claim of the story.
    if a.text == b.text || a.stamp || b.stamp {
        return false;
    }
    let (wa, wb) = (&a.claim_words, &b.claim_words);
    let shared = shared_sorted(wa, wb);
    // Values both state (the same places, people, dates) support the claim
    // too, but a predicate word must be shared besides.
    let agreeing = agreeing(a, b, |k| {
        k != DetailKind::Negation && k != DetailKind::Quote
    });
    let needed = if wa.len().min(wb.len()) <= SHORT {
        1
    } else {
        MIN_SHARED
    };
    shared >= 1 && shared + agreeing >= needed
}

/// How many details of the kinds `counted` takes one member gives with the
/// value the other gives too.
pub(crate) fn agreeing(a: &Member, b: &Member, counted: impl Fn(DetailKind) -> bool) -> usize {
    a.details
        .iter()
        .filter(|d| counted(d.kind))
        .filter(|d| {
            b.details
                .iter()
                .any(|e| e.kind == d.kind && e.value == d.value)
        })
        .count()
}

/// How many words two sorted, distinct word lists share.
fn shared_sorted(a: &[&str], b: &[&str]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Share of the shorter sentence's claim words two close paraphrases share.
const CLOSE: f32 = 0.5;

/// Whether two members say nearly the same thing in nearly the same words:
/// the bar for values whose role the words around them do not tell (a count
/// with no predicate, "33 KOs"), and for two different names.
pub(crate) fn close_paraphrase(a: &Member, b: &Member) -> bool {
    let (wa, wb) = (&a.claim_words, &b.claim_words);
    let shared = shared_sorted(wa, wb);
    shared >= MIN_SHARED
        && shared as f32 >= CLOSE * wa.len().min(wb.len()) as f32
        && shared as f32 >= CLOSE_LONGER * wa.len().max(wb.len()) as f32
}

/// Share of the longer sentence's claim words two near copies share.
const NEAR_COPY: f32 = 0.8;

/// Whether two members are one sentence with a detail changed: they share
/// nearly all the claim words of the longer, so they differ in little but
/// their values. Weaker likeness is no evidence that two figures far apart
/// are one count ("rescuers pulled 272 people from the water" / "his crew
/// pulled eleven people from the water", a sentence of names).
pub(crate) fn near_copy(a: &Member, b: &Member) -> bool {
    let (wa, wb) = (&a.claim_words, &b.claim_words);
    let shared = shared_sorted(wa, wb);
    shared >= MIN_SHARED && shared as f32 >= NEAR_COPY * wa.len().max(wb.len()) as f32
}

/// Words that open or close a span of time before a date.
const SPAN_WORDS: [&str; 8] = [
    "since", "from", "after", "by", "until", "till", "through", "before",
];

/// Content words on each side of a date that tie it to its event.
const EVENT_WINDOW: usize = 4;
/// Share of the shorter sentence's claim words two sentences must share for
/// their dates to be one event's.
const DATED_EVENT: f32 = 0.3;

/// Whether two dates are dates of one event: a content word next to each
/// (within [`EVENT_WINDOW`] on the same side) is shared, and the sentences
/// share a good part of their claim words (names both give count too). "The
/// autopsy was released Wednesday" and "a vigil turned violent Monday night" date two events of
/// one story; "the meeting was moved to Thursday" and "the meeting was moved
/// to Friday" date one.
pub(crate) fn one_dated_event(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    fn sides<'m>(m: &'m Member, d: &Detail) -> (Vec<&'m str>, Vec<&'m str>) {
        // Names count (the same person or place next to both dates ties
        // them to one event); other dates and figures do not.
        // Words that bound a span ("since", "until") tie no event: "flown
        // abroad since 1963" and "risen sharply since 2022" are two spans.
        let words = |t: &&'m Token| {
            t.content
                && !matches!(t.detail, Some(DetailKind::Date | DetailKind::Number))
                && !SPAN_WORDS.contains(&m.text[t.start..t.end].to_lowercase().as_str())
        };
        let left = m.tokens.iter().filter(|t| t.end <= d.start).filter(words);
        let right = m.tokens.iter().filter(|t| t.start >= d.end).filter(words);
        let mut left: Vec<&str> = left.map(|t| t.norm.as_str()).collect();
        left.reverse();
        left.truncate(EVENT_WINDOW);
        let right = right.take(EVENT_WINDOW).map(|t| t.norm.as_str()).collect();
        (left, right)
    }
    let ((la, ra), (lb, rb)) = (sides(a, x), sides(b, y));
    let near = la.iter().any(|w| lb.contains(w)) || ra.iter().any(|w| rb.contains(w));
    let (wa, wb) = (&a.claim_words, &b.claim_words);
    let names = agreeing(a, b, |k| {
        matches!(k, DetailKind::Person | DetailKind::Place)
    });
    let shared = (shared_sorted(wa, wb) + names) as f32;
    near && (shared >= DATED_EVENT * wa.len().min(wb.len()).max(1) as f32
        || one_clause_event(a, x, b, y))
}

/// Share of the longer clause's words two dated clauses must share.
const DATED_CLAUSE: f32 = 0.5;

/// Whether the clauses that hold two dates state one event, whatever else
/// their sentences say: "Aurelia, founded in 2018, ran seminars…" and
/// "Aurelia was founded in 2019 by Reyland and Orlo, both former bank
/// employees".
fn one_clause_event(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let (ca, cb) = (clause_words_around(a, x), clause_words_around(b, y));
    let shared = ca.iter().filter(|w| cb.contains(w)).count();
    shared >= 1 && shared as f32 >= DATED_CLAUSE * ca.len().max(cb.len()) as f32
}

/// The claim words of the clause a detail stands in: up to a comma, a
/// colon, a bracket or a word that opens another clause on either side.
fn clause_words_around<'m>(m: &'m Member, d: &Detail) -> Vec<&'m str> {
    let tokens = m.tokens;
    let (first, after) = token_span(m, d);
    let breaks =
        |from: usize, to: usize| from < to && m.text[from..to].contains([',', ';', ':', '(', ')']);
    let mut start = first;
    while start > 0
        && !ends_clause(&tokens[start - 1])
        && !breaks(tokens[start - 1].end, tokens[start].start)
    {
        start -= 1;
    }
    let mut end = after;
    while end < tokens.len()
        && !ends_clause(&tokens[end])
        && !breaks(tokens[end - 1].end, tokens[end].start)
    {
        end += 1;
    }
    claim_words(&tokens[start..end])
}

/// Share of the longer sentence's claim words they must share as well: a
/// short sentence is not the paraphrase of every long one that contains it.
const CLOSE_LONGER: f32 = 0.34;

/// Whether the nearest content word before each detail (within three words)
/// is one word, a role's synonyms counting as one: "arrested in Lindhaven"
/// and "detained in Calderport".
pub(crate) fn same_word_before(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    fn before(m: &Member, d: &Detail) -> Option<String> {
        let first = m.tokens.iter().position(|t| t.end > d.start)?;
        m.tokens[..first]
            .iter()
            .rev()
            .take(3)
            .find(|t| t.content && t.detail.is_none())
            .map(|t| {
                ROLES
                    .get(t.norm.as_str())
                    .map_or_else(|| t.norm.clone(), |r| (*r).to_string())
            })
    }
    before(a, x).is_some_and(|w| Some(w) == before(b, y))
}

/// Content words outside any detail, stemmed, distinct; a word of
/// `roles.tsv` stands for its role, so "arrested" meets "detained" and
/// "killed" meets "died".
pub(crate) fn claim_words(tokens: &[Token]) -> Vec<&str> {
    let mut words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.content && t.detail.is_none())
        .map(|t| {
            ROLES
                .get(t.norm.as_str())
                .copied()
                .unwrap_or(t.norm.as_str())
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Both sentences name people, and none of them in common: "Bowe (45-1, 33
/// KOs)" and "Rahman (45-7-2, 36 KOs)" count two boxers' records. (Names are
/// what person and title comparisons compare, so only numbers use this.)
pub(crate) fn different_people(a: &Member, b: &Member) -> bool {
    fn names<'m>(m: &'m Member) -> impl Iterator<Item = &'m str> {
        m.details
            .iter()
            .filter(|d| d.kind == DetailKind::Person)
            .flat_map(|d| d.value.split(' '))
    }
    if names(a).next().is_none() || names(b).next().is_none() {
        return false;
    }
    !names(a).any(|n| names(b).any(|o| o == n))
}

/// Tokens between a figure and the name it is told of, at most.
const HOLDER_REACH: usize = 6;

/// The people of a sentence as runs of token indices: the names found as
/// people, and side-by-side capitalised words led by a given name ("Duncan
/// Rait", "Jamaal Charles", which the person finder may leave alone when
/// nothing else in the story names them). Places, dates and titles are no
/// part of a run.
fn name_runs(m: &Member) -> Vec<(usize, usize)> {
    let capital = |t: &Token| m.text[t.start..].starts_with(char::is_uppercase);
    let free = |i: usize| {
        let t = &m.tokens[i];
        capital(t) && t.content && matches!(t.detail, None | Some(DetailKind::Person))
    };
    let glued = |i: usize| m.text[m.tokens[i - 1].end..m.tokens[i].start] == *" ";
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < m.tokens.len() {
        let t = &m.tokens[i];
        let person = t.detail == Some(DetailKind::Person);
        let given = free(i)
            && crate::text::is_given_name(&m.text[t.start..t.end])
            && i + 1 < m.tokens.len()
            && free(i + 1)
            && glued(i + 1);
        if !(person || given) {
            i += 1;
            continue;
        }
        let mut to = i + 1;
        while to < m.tokens.len()
            && glued(to)
            && (if person {
                m.tokens[to].detail == Some(DetailKind::Person)
            } else {
                free(to)
            })
        {
            to += 1;
        }
        runs.push((i, to));
        i = to;
    }
    runs
}

/// The name a figure is told of: the [`name_runs`] run nearest to it (an
/// earlier one on a tie), within [`HOLDER_REACH`] tokens, unless that name
/// only reports it ("Kovač said", "said Kovač", "according to Kovač").
/// "Dorsey has been at the plant for 37 years": Dorsey's years.
fn holder(m: &Member, d: &Detail) -> Option<(usize, usize)> {
    let (first, after) = token_span(m, d);
    name_runs(m)
        .into_iter()
        .filter(|&run| !reports(m, run))
        .filter_map(|(from, to)| {
            let gap = if to <= first {
                first - to
            } else if from >= after {
                from - after
            } else {
                return None;
            };
            (gap <= HOLDER_REACH).then_some((gap, (from, to)))
        })
        .min_by_key(|&(gap, _)| gap)
        .map(|(_, run)| run)
}

/// Whether a name stands as the one who says something: a speech verb
/// right after it or right before it, or "according to" before it.
fn reports(m: &Member, (from, to): (usize, usize)) -> bool {
    let word = |i: usize| lower_word(m, i);
    let speech = |i: Option<usize>| {
        i.and_then(word)
            .is_some_and(|w| crate::text::is_speech_verb(&w))
    };
    speech(Some(to))
        || speech(from.checked_sub(1))
        || (from >= 2
            && word(from - 2).as_deref() == Some("according")
            && word(from - 1).as_deref() == Some("to"))
}

/// Token `i` of a member as written, in lower case.
fn lower_word(m: &Member, i: usize) -> Option<String> {
    m.tokens
        .get(i)
        .map(|t| m.text[t.start..t.end].to_lowercase())
}

/// Whether two figures are told of two different names: each has a
/// [`holder`], and the two share no word ("36-year-old Duncan Rait" and
/// "31-year-old Robert Buckley"; "Klitschko landed 28 of his 68 punches"
/// and "Rahman connected on 30 of 207").
pub(crate) fn held_apart(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let (Some((pa, ta)), Some((pb, tb))) = (holder(a, x), holder(b, y)) else {
        return false;
    };
    let wb: Vec<&str> = b.tokens[pb..tb].iter().map(|t| t.norm.as_str()).collect();
    !a.tokens[pa..ta]
        .iter()
        .any(|t| wb.contains(&t.norm.as_str()))
}

/// Units and the measure each belongs to (`unit_measures.tsv`), keyed by
/// the stemmed unit as a figure's head holds it.
static UNIT_MEASURES: LazyLock<rustc_hash::FxHashMap<String, &'static str>> = LazyLock::new(|| {
    super::table_rows(include_str!("../../assets/contrast/unit_measures.tsv"))
        .map(|(unit, measure)| (normalize_word(unit), measure))
        .collect()
});

/// Whether two figures are told in different units of one measure ("40
/// kilometres" / "about 25 miles"): one quantity told two ways, not two
/// figures to compare.
pub(crate) fn in_other_units(x: &NumberRole, y: &NumberRole) -> bool {
    let measure = |r: &NumberRole| r.head.and_then(|h| UNIT_MEASURES.get(h).copied());
    x.head != y.head && measure(x).is_some() && measure(x) == measure(y)
}

/// What a number counts in its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NumberRole<'t> {
    /// The predicate of the count, from `roles.tsv` ("dead", "injured", "age").
    pub event: Option<&'static str>,
    /// The counted noun right after the number ("people", "contracts").
    pub head: Option<&'t str>,
    /// The head's class (WordNet): person, time, money…
    pub class: Option<&'static str>,
    /// "sixth", "3rd": a rank or a moment rather than a count.
    pub ordinal: bool,
    /// The noun the figure is "of" ("returns of 4 percent", "a sentence of
    /// up to 12 years"), stemmed: what it measures when no predicate says.
    pub owner: Option<&'t str>,
    /// "6,300" in "1,900 of its 6,300 jobs": the whole a part is counted
    /// out of, a count of another thing than the part or a bare figure.
    pub whole: bool,
    /// "seven more bodies", "12 additional cases": what was added to a
    /// count, not the count.
    pub added: bool,
    /// "far bigger than the 16-metre duck-bill": the figure of the thing
    /// compared with, not of the claim's own.
    pub reference: bool,
    /// "the first 30 stores", "the remaining 125": the word that makes the
    /// figure a part of a count.
    pub part: Option<&'static str>,
    /// "€45 million a day", "a further €40 million a year": a rate, not a
    /// total.
    pub rate: bool,
}

impl NumberRole<'_> {
    /// Whether two figures are framed alike as a whole, an addition, a
    /// reference or a part: only then may they count one thing.
    pub(crate) fn marked_alike(&self, other: &Self) -> bool {
        self.whole == other.whole
            && self.added == other.added
            && self.reference == other.reference
            && self.part == other.part
            && self.rate == other.rate
    }
}

/// Tokens before a number searched for its predicate…
const ROLE_BEFORE: usize = 3;
/// …and after it.
const ROLE_AFTER: usize = 5;

/// The detail's first token and the first token after it.
fn token_span(m: &Member, d: &Detail) -> (usize, usize) {
    let first = m.tokens.iter().position(|t| t.end > d.start);
    let after = m.tokens.iter().position(|t| t.start >= d.end);
    let end = m.tokens.len();
    (first.unwrap_or(end), after.unwrap_or(end))
}

pub(crate) fn number_role<'a>(m: &Member<'a>, d: &Detail) -> NumberRole<'a> {
    m.role_kept(d, || role_of_number(m, d))
}

fn role_of_number<'a>(m: &Member<'a>, d: &Detail) -> NumberRole<'a> {
    let tokens: &'a [Token] = m.tokens;
    let (first, after) = token_span(m, d);
    let span = &m.text[d.start..d.end];
    let mut event = None;
    if span.contains("year-old") || span.contains("year old") {
        event = Some("age");
    }
    // The unit inside the span ("30-day", "200ft") is its head; the words
    // of a number ("Twenty-seven") are none.
    let inner = tokens[(first + 1).min(after)..after]
        .iter()
        .rev()
        .find(|t| {
            t.content
                && !t.norm.starts_with(|c: char| c.is_ascii_digit())
                && crate::text::word_number(&m.text[t.start..t.end]).is_none()
        });
    let head = inner
        .or_else(|| counted_noun(m, after))
        .filter(|t| t.start < d.end || !m.text[d.end..t.start].contains([',', ';', ':', '(', ')']));
    // "The number of people killed … has risen to 13": a figure with no
    // noun of its own counts what "the number of" names.
    let counted_by = head.is_none().then(|| number_of(m, first)).flatten();
    let head = head.or_else(|| counted_by.and_then(|of| counted_noun(m, of + 1)));
    if let Some(of) = counted_by {
        event = event.or_else(|| nearest_role(m, of, of + 1));
    }
    let money = d.value.starts_with(|c: char| !c.is_alphanumeric());
    // The noun after a sum is what the sum is ("a €250,000 reward"), as
    // "of" tells in "a reward of €500,000".
    let sum_of = head
        .filter(|t| money && t.start >= d.end)
        .map(|t| t.norm.as_str());
    let class = head.and_then(|t| noun_class(&m.text[t.start..t.end]));
    let head = head.map(|t| t.norm.as_str());
    // "€80,000 has been offered": a sum's unit is its currency, not the
    // word after it.
    let (head, class) = if money {
        (Some("money"), Some("money"))
    } else {
        (head, class)
    };
    if event.is_none() {
        event = nearest_role(m, first, after);
    }
    if event.is_none() && appositive_age(m, d, first, after) {
        event = Some("age");
    }
    NumberRole {
        event,
        head,
        class,
        ordinal: ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| d.value.ends_with(s) && d.value.starts_with(|c: char| c.is_ascii_digit())),
        owner: owner(m, first).or(sum_of),
        whole: whole(m, first),
        added: added(m, after),
        reference: reference(m, first),
        part: part(m, first, after),
        rate: rate(m, after),
    }
}

/// Tokens back from an appositive figure searched for the person it ages.
const AGED_REACH: usize = 6;
/// The oldest age a bare figure may give.
const OLDEST: f64 = 110.0;

/// A bare whole figure set off by commas after a person, as newswire gives
/// an age: "Drevic, 68, was arrested", "The driver of the moving train, 58,
/// was injured". The person is a name or a noun WordNet classes as a
/// person, in the figure's clause; "the 12 injured, 58, …" or "in Route 9,
/// 58, …" age nobody.
fn appositive_age(m: &Member, d: &Detail, first: usize, after: usize) -> bool {
    let whole = d
        .value
        .parse::<f64>()
        .is_ok_and(|v| v.fract() == 0.0 && (1.0..=OLDEST).contains(&v));
    let set_off = m.text[..d.start].trim_end().ends_with(',')
        && m.text[d.end..].trim_start().starts_with(',');
    if !whole || !set_off || after > first + 1 {
        return false;
    }
    let clause_before = m.text[..d.start].trim_end().trim_end_matches(',');
    m.tokens[..first]
        .iter()
        .rev()
        .take(AGED_REACH)
        .take_while(|t| {
            t.end <= clause_before.len()
                && !m.text[t.end..clause_before.len()].contains([',', ';', ':'])
        })
        .any(|t| {
            t.detail == Some(DetailKind::Person)
                || (t.detail.is_none()
                    && noun_class(&m.text[t.start..t.end].to_lowercase()) == Some("person"))
        })
}

/// Whether a rate phrase follows the figure (past its counted noun): "is
/// costing the economy €45 million a day", "24,000 barrels per day".
fn rate(m: &Member, after: usize) -> bool {
    let word = |i: usize| lower_word(m, i).unwrap_or_default();
    (after..(after + 3).min(m.tokens.len())).any(|i| {
        (matches!(word(i).as_str(), "a" | "an" | "per" | "each" | "every")
            && super::frames_as(&word(i + 1), "rate-unit"))
            || super::frames_as(&word(i), "rate-adverb")
    })
}

/// Whether the figure whose first token is `first` is what a comparison
/// measures against: "than", a determiner, then it ("bigger than the
/// 16-metre dinosaur", "than its 40 stores"). "more than 250" has no
/// determiner: a bound, not a reference (amounts.rs).
fn reference(m: &Member, first: usize) -> bool {
    let before = &m.tokens[..first];
    let word = |t: &Token| m.text[t.start..t.end].to_lowercase();
    matches!(before, [.., than, det] if word(than) == "than" && WHOLE_DETERMINERS.contains(&word(det).as_str()))
}

/// The part word right before the figure whose first token is `first`:
/// "the first 30 stores will close" counts a first wave, not the closures,
/// "the two other victims" some of them; "41" in "two hours and 41
/// minutes" is the last part of one measure.
fn part(m: &Member, first: usize, after: usize) -> Option<&'static str> {
    let before = &m.tokens[..first];
    let word = |t: &Token| m.text[t.start..t.end].to_lowercase();
    // "the two other victims": a part, as the word after says.
    if m.tokens.get(after).is_some_and(|t| word(t) == "other") {
        return Some("other");
    }
    let last = before.last()?;
    if let Some(p) = super::frame_word(&word(last), "part") {
        return Some(p);
    }
    let measured = |unit: &Token, figure: &Token| {
        figure.detail == Some(DetailKind::Number)
            && noun_class(&m.text[unit.start..unit.end])
                .is_some_and(|c| c == "time" || MEASURES.contains(&c))
    };
    match before {
        [.., figure, unit, and] if word(and) == "and" && measured(unit, figure) => Some("and"),
        [.., figure, unit] if measured(unit, figure) => Some("and"),
        _ => None,
    }
}

/// Tokens before a figure searched for the "number of" that gives its noun.
const NUMBER_OF_REACH: usize = 16;

/// The index of "of" in a "the number of" that opens the clause of the
/// figure whose first token is `first` and that an amount verb ties to it
/// ("has risen to", "has reached"): `None` otherwise.
fn number_of(m: &Member, first: usize) -> Option<usize> {
    let verb = amount_verb_before(m, first)?;
    let word = |i: usize| lower_word(m, i).unwrap_or_default();
    let from = first.saturating_sub(NUMBER_OF_REACH);
    (from..verb)
        .rev()
        .find(|&i| i >= 1 && word(i) == "of" && word(i - 1) == "number")
        .filter(|&of| !punctuated(m, m.tokens[of].end, m.tokens[verb].start))
}

/// The amount verb that ties the figure opening at token `first` to what
/// stands before it, past hedge words and a particle ("has fallen to about
/// 2,900", "the toll stood at 23"): its token index.
fn amount_verb_before(m: &Member, first: usize) -> Option<usize> {
    let word = |i: usize| lower_word(m, i).unwrap_or_default();
    let mut k = first;
    while k > 0
        && first - k < OF_HEDGE_WORDS
        && word(k - 1) != "to"
        && super::amounts::is_hedge_word(&word(k - 1))
    {
        k -= 1;
    }
    if k > 0 && matches!(word(k - 1).as_str(), "to" | "at") {
        k -= 1;
    }
    (k > 0 && AMOUNT_VERBS.contains(&word(k - 1).as_str())).then(|| k - 1)
}

/// Words that may stand between "of" and the whole ("of its 38", "of the 40").
const WHOLE_DETERMINERS: [&str; 7] = ["its", "the", "their", "his", "her", "our", "all"];

/// Whether the figure whose first token is `first` is a whole a part is
/// counted out of: another figure, "of", maybe a determiner, then it.
fn whole(m: &Member, first: usize) -> bool {
    let before = &m.tokens[..first];
    let mut k = before.len();
    let word = |t: &Token| m.text[t.start..t.end].to_lowercase();
    // "of the airline's 6300 jobs": a possessive, maybe after a determiner.
    let possessive = |t: &Token| {
        let (text, rest) = (&m.text[t.start..t.end], &m.text[t.end..]);
        ["'s", "\u{2019}s"]
            .iter()
            .any(|s| text.ends_with(s) || rest.starts_with(s))
    };
    if k > 0 && possessive(&before[k - 1]) {
        k -= 1;
    }
    if k > 0 && WHOLE_DETERMINERS.contains(&word(&before[k - 1]).as_str()) {
        k -= 1;
    }
    k >= 2 && word(&before[k - 1]) == "of" && before[k - 2].detail == Some(DetailKind::Number)
}

/// Words right after a figure that make it an addition to a count.
const ADDED: [&str; 3] = ["more", "additional", "extra"];

/// Whether the figure that ends before token `after` is an addition:
/// "recovered seven more bodies" adds to the toll "of 27". A comparison
/// ("40 percent more than on a normal day") is none.
fn added(m: &Member, after: usize) -> bool {
    let word = |i: usize| lower_word(m, i);
    word(after).is_some_and(|w| ADDED.contains(&w.as_str()))
        && word(after + 1).is_some_and(|w| w != "than")
}

/// The noun a figure counts among the two words after it: the first,
/// unless only the second has a known class ("23 surrounding villages",
/// "23 nearby villages").
fn counted_noun<'a>(m: &Member<'a>, after: usize) -> Option<&'a Token> {
    let tokens: &'a [Token] = m.tokens;
    let next: Vec<&Token> = tokens[after..]
        .iter()
        .take(2)
        .filter(|t| t.content && t.detail != Some(DetailKind::Number))
        .collect();
    let class = |t: &Token| noun_class(&m.text[t.start..t.end]);
    match next.as_slice() {
        [first, second, ..]
            if class(first).is_none()
                && class(second).is_some()
                && m.text[first.end..second.start].trim().is_empty() =>
        {
            Some(second)
        }
        [first, ..] => Some(first),
        [] => None,
    }
}

/// Hedge words that may stand between "of" and its figure ("a sentence
/// of up to 12 years", "a fall of about 2%"): at most this many.
const OF_HEDGE_WORDS: usize = 3;

/// The noun before "of" that a figure measures: "returns of 4 percent a
/// month", "a prison sentence of up to 15 years". A function word there
/// ("one of 12", "most of the 40") is no owner.
fn owner<'a>(m: &Member<'a>, first: usize) -> Option<&'a str> {
    let tokens: &'a [Token] = m.tokens;
    let before = &tokens[..first];
    let mut k = before.len();
    while k > 0
        && before[k - 1].norm != "of"
        && super::amounts::is_hedge_word(&m.text[before[k - 1].start..before[k - 1].end])
        && k + OF_HEDGE_WORDS > before.len()
    {
        k -= 1;
    }
    let of = before.get(k.checked_sub(1)?)?;
    if of.norm != "of" {
        return subject_of_amount(m, k);
    }
    let noun = before.get(k.checked_sub(2)?)?;
    (noun.content
        && noun.detail.is_none()
        && crate::text::word_number(&noun.norm).is_none()
        && m.text[noun.end..of.start].trim().is_empty())
    .then_some(noun.norm.as_str())
}

/// Verbs that give their subject a figure (`amount_verbs.txt`).
static AMOUNT_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/amount_verbs.txt")));

/// The noun an amount verb gives the figure after `before`: "The pre-tax
/// loss came to €421 million" is the loss's figure, as "a loss of €412
/// million" is. A particle may stand between verb and figure.
fn subject_of_amount<'a>(m: &Member<'a>, first: usize) -> Option<&'a str> {
    let tokens: &'a [Token] = m.tokens;
    let verb = amount_verb_before(m, first)?;
    let noun = tokens.get(verb.checked_sub(1)?)?;
    (noun.content
        && noun.detail.is_none()
        && m.text[noun.end..tokens[verb].start].trim().is_empty())
    .then_some(noun.norm.as_str())
}

/// Words that end the clause a number's predicate is looked for in
/// (`assets/contrast/clause_words.txt`).
static CONJUNCTIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/clause_words.txt")));

/// Whether a word ends a clause ("and", "but": `clause_words.txt`).
pub(crate) fn ends_clause(t: &Token) -> bool {
    CONJUNCTIONS.contains(&t.norm.as_str())
}

/// Whether punctuation that ends a phrase (";", ":", brackets, a comma)
/// stands between two byte offsets of a member's text.
fn punctuated(m: &Member, from: usize, to: usize) -> bool {
    from < to && m.text[from..to].contains([';', ':', '(', ')', ','])
}

/// The role word nearest to a number, within its clause (a tie goes to the
/// word after it: "212 people were killed").
fn nearest_role(m: &Member, first: usize, after: usize) -> Option<&'static str> {
    let tokens = m.tokens;
    let punctuated = |from: usize, to: usize| punctuated(m, from, to);
    let mut best: Option<(usize, &'static str)> = None;
    // A role word inside or glued to another figure is that figure's ("a
    // 20-year-old qualifier ranked 112th": the age is not the rank's).
    let glued = |at: usize| {
        let t = &tokens[at];
        t.detail == Some(DetailKind::Number)
            || at.checked_sub(1).is_some_and(|p| {
                !(first..after).contains(&p)
                    && tokens[p].detail == Some(DetailKind::Number)
                    && &m.text[tokens[p].end..t.start] == "-"
            })
    };
    let mut consider = |distance: usize, at: usize| {
        let t = &tokens[at];
        if glued(at) {
            return;
        }
        if let Some(role) = role_word(&m.text[t.start..t.end], &t.norm) {
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, role));
            }
        }
    };
    let mut edge = tokens.get(after.saturating_sub(1)).map_or(0, |t| t.end);
    for (k, t) in tokens[after..].iter().take(ROLE_AFTER).enumerate() {
        if ends_clause(t) || punctuated(edge, t.start) {
            break;
        }
        consider(k + 1, after + k);
        edge = t.end;
    }
    let mut edge = tokens.get(first).map_or(0, |t| t.start);
    for (k, t) in tokens[..first].iter().rev().take(ROLE_BEFORE).enumerate() {
        if ends_clause(t) || punctuated(t.end, edge) {
            break;
        }
        consider(k + 1, first - 1 - k);
        edge = t.start;
    }
    best.map(|(_, role)| role)
}

/// The roles of two numbers, where the noun one figure is "of" names the
/// predicate the other's words give: "carries a prison sentence of up to 15
/// years" and "carries up to 12 years in prison" both state a sentence.
pub(crate) fn roles_of<'t>(
    a: &'t Member,
    x: &Detail,
    b: &'t Member,
    y: &Detail,
) -> (NumberRole<'t>, NumberRole<'t>) {
    let (mut rx, mut ry) = (number_role(a, x), number_role(b, y));
    let role_of_owner = |r: &NumberRole| r.owner.and_then(|o| ROLES.get(o).copied());
    match (rx.event, ry.event) {
        (None, Some(e)) if role_of_owner(&rx) == Some(e) => rx.event = Some(e),
        (Some(e), None) if role_of_owner(&ry) == Some(e) => ry.event = Some(e),
        _ => {}
    }
    (rx, ry)
}

/// Whether two figures are "of" one noun: that says what they measure.
pub(crate) fn same_owner(x: &NumberRole, y: &NumberRole) -> bool {
    x.owner.is_some() && x.owner == y.owner
}

/// Whether one figure is "of" a noun the other sentence names without
/// giving it that figure: "broke Newton's record of 4,051 yards" and "set
/// a rookie record for a season with 4,183 passing yards" measure two things.
pub(crate) fn owned_apart(a: &Member, x: &NumberRole, b: &Member, y: &NumberRole) -> bool {
    let names = |m: &Member, noun: &str| m.tokens.iter().any(|t| t.norm == noun);
    match (x.owner, y.owner) {
        (Some(o), None) => names(b, o),
        (None, Some(o)) => names(a, o),
        _ => false,
    }
}

/// Whether two numbers count the same thing.
pub(crate) fn same_role(x: &NumberRole, y: &NumberRole) -> bool {
    if !x.marked_alike(y) {
        return false;
    }
    // "the sixth round" and "the seventh": two moments, unless a predicate
    // says what was ranked ("finished sixth" / "finished seventh").
    if (x.ordinal || y.ordinal) && (x.event.is_none() || x.ordinal != y.ordinal) {
        return false;
    }
    match (x.event, y.event) {
        (Some(a), Some(b)) => {
            return a == b && (heads_agree(x, y, true) || head_is_event(x) || head_is_event(y))
        }
        // "nine years in prison" and "banned for 10 years": one says what
        // the years are of, the other does not; never compared.
        (Some(_), None) | (None, Some(_)) => return false,
        (None, None) => {}
    }
    heads_agree(x, y, false)
}

/// Whether a figure is the only one of its sentence its predicate gives a
/// role to ("killed 17 people and injured 94": 94 is the sole injured).
pub(crate) fn sole_in_role(m: &Member, d: &Detail, event: &str) -> bool {
    !m.details.iter().any(|o| {
        o.kind == DetailKind::Number
            && (o.start, o.end) != (d.start, d.end)
            && number_role(m, o).event == Some(event)
    })
}

/// Counted nouns that do not say what is counted (`generic_heads.txt`), stemmed.
static GENERIC_HEADS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    super::word_list(include_str!("../../assets/contrast/generic_heads.txt"))
        .into_iter()
        .map(normalize_word)
        .collect()
});

/// Classes of units that measure rather than count (`noun_classes.tsv`).
const MEASURES: [&str; 5] = ["distance", "area", "volume", "weight", "money"];

/// Whether two figures are each their sentence's only figure of one counted
/// noun, in compatible roles and a clause that shares a word: "was carrying
/// 412 passengers" and "carrying 312 passengers and nine crew", "serving 22
/// years" and "serving 25 years". The noun says what is counted even where no
/// predicate of `roles.tsv` does and the sentences are no paraphrases; one
/// side's predicate the other does not name ("serving 25 years for killing")
/// does not part them, except in a count of people. A general noun ("41
/// people", "61.4 percent") or a measure ("30 km") says too little. A rank,
/// a part's whole and an addition keep their roles.
pub(crate) fn one_count_of_a_noun(
    (a, x, rx): (&Member, &Detail, &NumberRole),
    (b, y, ry): (&Member, &Detail, &NumberRole),
) -> bool {
    let Some(head) = rx.head.filter(|_| rx.head == ry.head) else {
        return false;
    };
    if GENERIC_HEADS.contains(head)
        || rx.class.is_some_and(|c| MEASURES.contains(&c))
        // A count of people takes its role from its predicate.
        || (rx.class == Some("person") && rx.event != ry.event)
    {
        return false;
    }
    let sole = |m: &Member, d: &Detail| sole_of_its_head(m, d, head);
    !rx.ordinal
        && !ry.ordinal
        && rx.marked_alike(ry)
        && (rx.event.is_none() || ry.event.is_none() || rx.event == ry.event)
        && (rx.owner.is_none() || ry.owner.is_none() || rx.owner == ry.owner)
        && sole(a, x)
        && sole(b, y)
        // People named by what they are ("46 passengers", "412 detainees"),
        // with no predicate on either side to tell two counts of them apart.
        && (rx.class.is_some_and(|c| THINGS.contains(&c))
            || (rx.class == Some("person")
                && rx.event.is_none()
                && counts_plural(a, x, head)
                && counts_plural(b, y, head))
            || {
            // A word of the figure's clause besides the noun, on both sides:
            // "serving 22 years" / "serving 25 years", not "after two hours"
            // / "for almost three hours while they negotiated".
            let theirs = frame(b, y);
            frame(a, x)
                .iter()
                .any(|w| Some(*w) != rx.head && theirs.contains(w))
        })
}

/// Whether the counted noun `head` stands after the figure in the plural, as
/// a noun that counts people does ("46 passengers"): "23 straight" is an
/// adjective WordNet also lists as a person.
fn counts_plural(m: &Member, d: &Detail, head: &str) -> bool {
    m.tokens
        .iter()
        .find(|t| t.start >= d.end && t.norm == head)
        .is_some_and(|t| m.text[t.start..t.end].ends_with('s'))
}

/// Words besides the noun that may follow a measure's "of" ("of disputed
/// frontier").
const MEASURED_AFTER_OF: usize = 2;

/// The words a measure is "of", past an aside in brackets: up to
/// [`MEASURED_AFTER_OF`] + 1 content words in a row after "of" and its
/// determiners ("212 kilometres (about 130 miles) of disputed frontier").
fn measured_words<'t>(m: &'t Member, d: &Detail) -> Vec<&'t str> {
    let (_, after) = token_span(m, d);
    let tokens = m.tokens;
    let Some(unit) = tokens.get(after) else {
        return Vec::new();
    };
    let mut at = unit.end;
    let rest = &m.text[at..];
    if rest.trim_start().starts_with('(') {
        match rest.find(')') {
            Some(close) => at += close + 1,
            None => return Vec::new(),
        }
    }
    let mut next = tokens.iter().skip_while(|t| t.start < at);
    if next.next().map(|t| t.norm.as_str()) != Some("of") {
        return Vec::new();
    }
    next.skip_while(|t| !t.content)
        .take(MEASURED_AFTER_OF + 1)
        .scan(None::<usize>, |prev, t| {
            let joined = prev.is_none_or(|end| m.text[end..t.start].trim().is_empty());
            *prev = Some(t.end);
            (t.content && t.detail.is_none() && joined).then_some(t.norm.as_str())
        })
        .collect()
}

/// Whether two figures are each their sentence's only measure in one unit
/// of one thing: "settles 212 kilometres of disputed frontier" / "redraws
/// 248 kilometres of frontier". A measure says what it measures by its "of".
pub(crate) fn one_measure_of_a_noun(
    (a, x, rx): (&Member, &Detail, &NumberRole),
    (b, y, ry): (&Member, &Detail, &NumberRole),
) -> bool {
    let measure = rx
        .class
        .is_some_and(|c| MEASURES.contains(&c) && c != "money");
    let Some(head) = rx.head.filter(|_| rx.head == ry.head) else {
        return false;
    };
    measure
        && !rx.ordinal
        && !ry.ordinal
        && sole_of_its_head(a, x, head)
        && sole_of_its_head(b, y, head)
        && {
            let theirs = measured_words(b, y);
            measured_words(a, x).iter().any(|w| theirs.contains(w))
        }
}

/// Whether a figure is its sentence's only one (codes aside) of the
/// counted noun `head`.
fn sole_of_its_head(m: &Member, d: &Detail, head: &str) -> bool {
    !m.details.iter().any(|o| {
        o.kind == DetailKind::Number
            && (o.start, o.end) != (d.start, d.end)
            && !is_code(m, o)
            && number_role(m, o).head == Some(head)
    })
}

/// Classes of counted nouns that name things, each sentence's only count
/// of them one count whatever verb tells it ("six helicopters joined the
/// search" / "four helicopters ferrying searchers", "23 vehicles went down" /
/// "took 17 vehicles with it"); times, people, measures and weapons need
/// their frame ("loaded with four bullets" / "hit by seven bullets").
const THINGS: [&str; 3] = ["vehicle", "building", "animal"];

/// Whether a figure's counted noun is its predicate's own word: "38
/// deaths" counts the dead as "killed 48 people" does, whatever the other
/// head is.
fn head_is_event(r: &NumberRole) -> bool {
    r.event.is_some() && r.head.and_then(|h| ROLES.get(h).copied()) == r.event
}

/// Whether two figures no role word places fill one slot of one claim
/// because the words around them say so: the counted noun, and the content
/// words next to each figure in its clause, share a predicate or an object
/// besides the unit ("has cancelled 142 flights" / "had cancelled 124
/// flights", "ranked 112th in the world" / "ranked 121st in the world").
/// The heads must still agree, and a rank meets only a rank.
pub(crate) fn same_frame(
    (a, x, rx): (&Member, &Detail, &NumberRole),
    (b, y, ry): (&Member, &Detail, &NumberRole),
) -> bool {
    if rx.event.is_some() || ry.event.is_some() || rx.ordinal != ry.ordinal || !rx.marked_alike(ry)
    {
        return false;
    }
    if !heads_agree(rx, ry, false) {
        return false;
    }
    let (fa, fb) = (frame(a, x), frame(b, y));
    let besides_head = fa
        .iter()
        .filter(|w| fb.contains(w))
        .filter(|w| Some(**w) != rx.head && Some(**w) != ry.head)
        .count();
    besides_head >= 1
        && besides_head + usize::from(rx.head.is_some() && rx.head == ry.head) >= FRAME_SHARED
}

/// Content words before a figure searched for its frame…
const FRAME_BEFORE: usize = 4;
/// …and after it.
const FRAME_AFTER: usize = 2;
/// Frame words two figures must share (the counted noun counts once).
const FRAME_SHARED: usize = 2;

/// The stemmed content words that frame a figure inside its clause: up to
/// [`FRAME_BEFORE`] before it and [`FRAME_AFTER`] after it, leaving out other
/// figures and dates, and verbs of saying (every report says).
fn frame<'t>(m: &'t Member, d: &Detail) -> Vec<&'t str> {
    let (first, after) = token_span(m, d);
    let tokens = m.tokens;
    let kept = |t: &Token| {
        t.content
            && !matches!(t.detail, Some(DetailKind::Number | DetailKind::Date))
            && !crate::text::is_speech_verb(&m.text[t.start..t.end].to_lowercase())
    };
    let punctuated = |from: usize, to: usize| punctuated(m, from, to);
    let mut out = Vec::new();
    let mut edge = tokens.get(first).map_or(0, |t| t.start);
    for t in tokens[..first].iter().rev() {
        if ends_clause(t) || punctuated(t.end, edge) || out.len() >= FRAME_BEFORE {
            break;
        }
        if kept(t) {
            out.push(t.norm.as_str());
        }
        edge = t.start;
    }
    let mut edge = tokens.get(after.saturating_sub(1)).map_or(0, |t| t.end);
    let mut taken = 0;
    for t in &tokens[after..] {
        if ends_clause(t) || punctuated(edge, t.start) || taken >= FRAME_AFTER {
            break;
        }
        if kept(t) {
            out.push(t.norm.as_str());
            taken += 1;
        }
        edge = t.end;
    }
    out
}

/// Heads agree when equal or of one class; a missing head agrees only when
/// the predicate already says what is counted.
fn heads_agree(x: &NumberRole, y: &NumberRole, predicate_known: bool) -> bool {
    match (x.head, y.head) {
        (Some(a), Some(b)) if a == b => true,
        (Some(_), Some(_)) => x.class.is_some() && x.class == y.class,
        (None, None) => true,
        _ => predicate_known,
    }
}

/// How many figures a sentence states (numbers that are no codes).
pub(crate) fn figures(m: &Member) -> usize {
    m.figures_kept(|| figures_stated(m))
}

fn figures_stated(m: &Member) -> usize {
    let stated: Vec<&Detail> = m
        .details
        .iter()
        .filter(|d| d.kind == DetailKind::Number && !is_code(m, d))
        .collect();
    // A score or a vote split ("5-2", "17-14") is one figure.
    let joined = stated
        .windows(2)
        .filter(|w| matches!(m.text.get(w[0].end..w[1].start), Some("-" | "–")))
        .count();
    stated.len() - joined
}

/// Tokens before a date searched for a page-stamp label ("posted in Local
/// News on Friday, September 20").
const STAMP_BEFORE: usize = 6;

/// Whether a date is the page's own stamp: a "Posted"/"Updated" label stands
/// shortly before it, with only function words or a capitalised section
/// name between ("Posted in Local News on Friday"). A label word used as a
/// verb of the story is no stamp: "filed for bankruptcy protection late on
/// Sunday", "issued a warning on Monday".
pub(crate) fn stamped(m: &Member, d: &Detail) -> bool {
    let at = m
        .tokens
        .iter()
        .position(|t| t.start >= d.start)
        .unwrap_or(m.tokens.len());
    let before = &m.tokens[at.saturating_sub(STAMP_BEFORE)..at];
    let story_word = |t: &Token| {
        t.content && t.detail.is_none() && m.text[t.start..].starts_with(char::is_lowercase)
    };
    // A label is written as one ("Posted in Local News on …", "Updated
    // 9:23 am"); "a notice was issued on Tuesday" dates the story.
    before.iter().enumerate().any(|(k, t)| {
        let word = &m.text[t.start..t.end];
        word.starts_with(char::is_uppercase)
            && crate::corpus::is_stamp_label(word)
            && !before[k + 1..].iter().any(story_word)
    })
}

/// Whether a date says when something was said ("police said Saturday.",
/// "the pastor said on Saturday, adding…") rather than when the reported
/// thing happened. The date must close the clause right after the verb:
/// in "declared Tuesday a day of mourning" the day is what was declared.
pub(crate) fn said_on(m: &Member, d: &Detail) -> bool {
    let word = |t: &crate::text::Token| m.text[t.start..t.end].to_lowercase();
    let verb = m
        .tokens
        .iter()
        .rev()
        .filter(|t| t.end <= d.start)
        .find(|t| !matches!(word(t).as_str(), "on" | "late" | "early" | "last" | "this"));
    let rest = m.text[d.end..].trim_start();
    let closes = rest.is_empty() || rest.starts_with([',', '.', ';', ':', '"', '\u{201d}']);
    closes && verb.is_some_and(|t| crate::text::is_speech_verb(&word(t)))
}

/// Words before a number that make it a code (`assets/contrast/code_words.txt`).
static CODE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/code_words.txt")));

/// Words after a number that make it part of an address
/// (`assets/contrast/address_words.txt`).
static ADDRESS_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/address_words.txt")));

/// Words after a number that make it a clock time or a wire label
/// (`assets/contrast/clock_words.txt`).
static CLOCK_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/clock_words.txt")));

/// Words between "from" and an earlier figure it reports ("up from its
/// overnight estimate of 1.2 million"): at most this many.
const FROM_REACH: usize = 4;

/// Whether a figure is the earlier value a sentence reports beside its
/// new one: "will cut 2,150 jobs, up from the 1,900 it announced", "raised
/// its estimate to €65 million from an initial €40 million". The sentence
/// does not state it as its own claim; the earlier reports do.
pub(crate) fn previous_figure(m: &Member, d: &Detail) -> bool {
    let Some(first) = m.tokens.iter().position(|t| t.end > d.start) else {
        return false;
    };
    let word = |t: &Token| m.text[t.start..t.end].to_lowercase();
    let Some(from) = m.tokens[..first]
        .iter()
        .rposition(|t| word(t) == "from")
        .filter(|&f| first - f <= FROM_REACH + 1)
    else {
        return false;
    };
    let between = &m.tokens[from + 1..first];
    let plain =
        between.iter().all(|t| t.detail.is_none()) && !punctuated(m, m.tokens[from].end, d.start);
    // The new figure comes before; "from 8,000 to 10,000" opens a range.
    let Some(new) = m
        .details
        .iter()
        .rfind(|n| n.kind == DetailKind::Number && n.end <= m.tokens[from].start)
    else {
        return false;
    };
    let opens_range = m
        .tokens
        .iter()
        .find(|t| t.start >= d.end)
        .is_some_and(|t| matches!(word(t).as_str(), "to" | "and"));
    // "up from", "down from" say so; a bare "from" only between figures of
    // one thing ("to €65 million from €40 million", "to 101, from 94"),
    // not "2,300 people from six villages".
    let moved = from > 0 && matches!(word(&m.tokens[from - 1]).as_str(), "up" | "down");
    let one_thing = || {
        let (was, now) = (number_role(m, d), number_role(m, new));
        was.head.is_none() || was.head == now.head
    };
    plain && !opens_range && (moved || one_thing())
}

/// Whether a number detail is a code, a counter, a clock time or a
/// footnote mark rather than a value a source states.
pub(crate) fn is_code(m: &Member, d: &Detail) -> bool {
    let text = m.text;
    let before = text[..d.start].trim_end();
    let after = text[d.end..].trim_start();
    // Footnote marks and bracketed references: "[1]", "(2)".
    if (before.ends_with('[') && after.starts_with(']'))
        || (before.ends_with('(') && after.starts_with(')') && d.end - d.start <= 2)
    {
        return true;
    }
    let span = &text[d.start..d.end];
    // "Image 107 of 111", "3 of 10": counters.
    let counter = after
        .strip_prefix("of ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if counter && !span.contains('%') {
        return true;
    }
    // Times ("1630 GMT", "4.30pm") and wire labels ("2nd LD").
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let glued = span
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        .to_lowercase();
    if CLOCK_WORDS.contains(&next.as_str()) || matches!(glued.as_str(), "pm" | "am") {
        return true;
    }
    // "Flight 370", "No. 10", "Route 9".
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let previous_is_code = CODE_WORDS.contains(&previous.as_str())
        && !before.ends_with(',')
        && span.starts_with(|c: char| c.is_ascii_digit());
    // A number glued to letters is a code ("A320", "AF447", "COVID-19").
    let glued_code = text[..d.start].ends_with(|c: char| c.is_ascii_alphabetic())
        || text[..d.start].ends_with('-')
            && text[..d.start]
                .trim_end_matches('-')
                .ends_with(|c: char| c.is_ascii_uppercase());
    // "117th Street", "E. 55th St.": an address (the street word written
    // as a name; "14 road contracts" counts contracts).
    let address = ADDRESS_WORDS.contains(&next.as_str())
        && after.starts_with(char::is_uppercase)
        && span.starts_with(|c: char| c.is_ascii_digit());
    previous_is_code || glued_code || address
}

#[cfg(test)]
mod tests;
