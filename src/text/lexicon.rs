//! The word lists in `assets/lexicon/`, parsed once.
//!
//! Everything language- or world-specific (gazetteer, titles, aliases, number words,
//! negation cues…) is data, so users can extend it without touching the rules. Keys are
//! stored in the form `fold` gives (lower case, diacritics folded, straight apostrophes).

use std::sync::LazyLock;

// Looked up for every word of every sentence: a fast hash, not a DoS-resistant one
// (the keys are our own word lists).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Latin letters Unicode gives no decomposition, with the letters they are
/// written as without their stroke or ligature ("Østby" is "Ostby" typed on
/// an English keyboard).
const UNDECOMPOSED: [(char, &str); 18] = [
    ('ø', "o"),
    ('Ø', "o"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('ß', "ss"),
    ('ł', "l"),
    ('Ł', "l"),
    ('đ', "d"),
    ('Đ', "d"),
    ('ð', "d"),
    ('Ð', "d"),
    ('þ', "th"),
    ('Þ', "th"),
    ('ı', "i"),
    ('ħ', "h"),
    ('Ħ', "h"),
];

/// Lower case, diacritics folded (NFKD minus combining marks, and the
/// letters of [`UNDECOMPOSED`]), apostrophes straightened.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    if word.is_ascii() {
        for c in word.chars() {
            out.push(c.to_ascii_lowercase());
        }
        return out;
    }
    for c in word.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => out.push('\''),
            _ => match UNDECOMPOSED.iter().find(|(letter, _)| c == *letter) {
                Some((_, plain)) => out.push_str(plain),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    out
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn set(text: &'static str) -> HashSet<String> {
    lines(text).map(fold).collect()
}

fn columns(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(text).map(|l| l.split('\t').map(str::trim).collect())
}

/// Multi-word entries keyed by their first folded word, longest first.
pub struct Phrases<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Phrases<V> {
    fn new(entries: impl Iterator<Item = (String, V)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, V)>> = HashMap::default();
        for (phrase, value) in entries {
            let words: Vec<String> = phrase.split_whitespace().map(fold).collect();
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Phrases { by_first }
    }

    /// The longest entry matching `words` from its start: (number of words, value).
    pub fn longest<'a, S: AsRef<str>>(&'a self, words: &[S]) -> Option<(usize, &'a V)> {
        let first = words.first()?;
        self.by_first
            .get(first.as_ref())?
            .iter()
            .find_map(|(p, v)| {
                (p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b.as_ref()))
                    .then_some((p.len(), v))
            })
    }
}

/// An alias: the canonical form, and whether the variant must match case exactly.
pub struct Alias {
    pub canonical: String,
    pub exact: Option<Vec<String>>,
}

pub static ALIASES: LazyLock<Phrases<Alias>> = LazyLock::new(|| {
    Phrases::new(
        columns(include_str!("../../assets/lexicon/aliases.tsv")).filter_map(|c| {
            let (variant, canonical) = (*c.first()?, *c.get(1)?);
            let exact = variant
                .chars()
                .any(char::is_uppercase)
                .then(|| variant.split_whitespace().map(str::to_string).collect());
            Some((
                variant.to_string(),
                Alias {
                    canonical: fold(canonical),
                    exact,
                },
            ))
        }),
    )
});

pub static STOPWORDS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/stopwords.txt")));

/// When a sentence may not end on an abbreviation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AbbrevJoin {
    Always,
    BeforeDigit,
}

pub static ABBREVIATIONS: LazyLock<HashMap<String, AbbrevJoin>> = LazyLock::new(|| {
    columns(include_str!("../../assets/lexicon/abbreviations.tsv"))
        .filter_map(|c| {
            let join = match *c.get(1)? {
                "number" => AbbrevJoin::BeforeDigit,
                _ => AbbrevJoin::Always,
            };
            Some((fold(c[0]), join))
        })
        .collect()
});

pub static SPEECH_VERBS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/speech_verbs.txt")));

/// Words and phrases of the future tense ("will", "is due"): `relative.rs`.
pub static FUTURE_MARKERS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(
        lines(include_str!("../../assets/lexicon/future_markers.txt")).map(|l| (l.to_string(), ())),
    )
});

/// Words that open another clause ("that", "but"): `relative.rs`.
pub static CLAUSE_BOUNDARIES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/clause_boundaries.txt")));

/// Speech verbs whose object is the addressee ("told Vaskin").
pub static ADDRESSED_VERBS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/addressed_verbs.txt")));

/// Gazetteer entries (value: whether the entry is all capitals, e.g. "US").
pub static PLACES: LazyLock<Phrases<bool>> = LazyLock::new(|| {
    Phrases::new(
        lines(include_str!("../../assets/lexicon/places.txt")).map(|l| {
            (
                l.to_string(),
                l.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase),
            )
        }),
    )
});

pub static PLACE_HEADS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/place_heads.txt")));

/// Last words of organisations' names: "Corvane Motors", "Halden Insurance Group".
pub static ORG_SUFFIXES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/org_suffixes.txt")));

/// Words that close a place's name: "Liberty Square", "Tarvas Pass".
pub static PLACE_SUFFIXES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/place_suffixes.txt")));

/// Words that open a place's name: "Cape Drava", "Mount Tavor".
pub static PLACE_PREFIXES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/place_prefixes.txt")));

pub static NOT_NAMES: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(
        lines(include_str!("../../assets/lexicon/not_names.txt")).map(|l| (l.to_string(), ())),
    )
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TitleKind {
    /// "president", "opposition leader": a title detail.
    Title,
    /// "Mr.", "Sir": marks the name that follows, no title detail.
    Honorific,
    /// "deputy", "foreign policy": may open a title phrase.
    Modifier,
}

pub static TITLES: LazyLock<Phrases<TitleKind>> = LazyLock::new(|| {
    Phrases::new(
        columns(include_str!("../../assets/lexicon/titles.tsv")).filter_map(|c| {
            let kind = match *c.get(1)? {
                "honorific" => TitleKind::Honorific,
                "modifier" => TitleKind::Modifier,
                _ => TitleKind::Title,
            };
            Some((c.first()?.to_string(), kind))
        }),
    )
});

pub static TITLE_QUALIFIERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/title_qualifiers.txt")));

/// `adjective -> place`, the place given in `canonical` form.
pub static DEMONYMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    columns(include_str!("../../assets/lexicon/demonyms.tsv"))
        .filter_map(|c| Some((fold(c.first()?), super::canonical(c.get(1)?))))
        .collect()
});

pub static FIRST_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/first_names.txt")));

/// Common given names (1990 US Census, `given_names.txt`) beside the
/// hand-kept first names: a capitalised word after one is a surname, both to
/// find people and to tell whose a figure is.
pub static GIVEN_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/given_names.txt")));

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Calendar {
    Month(u32),
    Weekday,
}

pub static CALENDAR: LazyLock<HashMap<String, Calendar>> = LazyLock::new(|| {
    columns(include_str!("../../assets/lexicon/calendar.tsv"))
        .filter_map(|c| {
            let kind = match *c.get(1)? {
                "month" => Calendar::Month(c.get(2)?.parse().ok()?),
                _ => Calendar::Weekday,
            };
            Some((fold(c[0]), kind))
        })
        .collect()
});

pub static RELATIVE_DATES: LazyLock<Phrases<String>> = LazyLock::new(|| {
    Phrases::new(
        columns(include_str!("../../assets/lexicon/relative_dates.tsv"))
            .filter_map(|c| Some((c.first()?.to_string(), fold(c.get(1)?)))),
    )
});

pub static DAY_PARTS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/day_parts.txt")));

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumberWord {
    Unit(u64),
    Teen(u64),
    Tens(u64),
    Scale(u64),
    /// "dozen": counts on its own, and multiplies the number before it.
    Multiple(u64),
    Vague,
    Suffix(u64),
    Ordinal(u64),
}

pub static NUMBER_WORDS: LazyLock<HashMap<String, NumberWord>> = LazyLock::new(|| {
    columns(include_str!("../../assets/lexicon/number_words.tsv"))
        .filter_map(|c| {
            let n: u64 = c.get(1)?.parse().ok()?;
            let kind = match *c.get(2)? {
                "unit" => NumberWord::Unit(n),
                "teen" => NumberWord::Teen(n),
                "tens" => NumberWord::Tens(n),
                "scale" => NumberWord::Scale(n),
                "multiple" => NumberWord::Multiple(n),
                "suffix" => NumberWord::Suffix(n),
                "ordinal" => NumberWord::Ordinal(n),
                _ => NumberWord::Vague,
            };
            Some((fold(c[0]), kind))
        })
        .collect()
});

/// `currency word -> symbol` ("euros" -> '€').
pub static CURRENCY_WORDS: LazyLock<HashMap<String, char>> = LazyLock::new(|| {
    columns(include_str!("../../assets/lexicon/currencies.tsv"))
        .filter_map(|c| Some((fold(c.first()?), c.get(1)?.chars().next()?)))
        .collect()
});

pub static UNITS: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../assets/lexicon/units.txt")));

/// Negation cues and the phrases that cancel them (`None`).
pub static NEGATION: LazyLock<Phrases<Option<String>>> = LazyLock::new(|| {
    Phrases::new(
        columns(include_str!("../../assets/lexicon/negation.tsv")).filter_map(|c| {
            let cue = *c.first()?;
            match cue.strip_prefix('!') {
                Some(cancel) => Some((cancel.to_string(), None)),
                None => Some((cue.to_string(), Some(fold(c.get(1).unwrap_or(&cue))))),
            }
        }),
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowers_and_strips_marks() {
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Erdoğan’s"), "erdogan's");
        assert_eq!(fold("Østby Søndergaard Łódź"), "ostby sondergaard lodz");
        assert_ne!(fold("Østby"), fold("Astby"));
    }

    #[test]
    fn every_table_parses() {
        assert!(ALIASES.longest(&["zelenskiy"]).is_some());
        assert!(PLACES
            .longest(&["new", "york"])
            .is_some_and(|(n, _)| n == 2));
        assert!(TITLES
            .longest(&["prime", "minister"])
            .is_some_and(|(n, _)| n == 2));
        assert_eq!(CALENDAR.get("may"), Some(&Calendar::Month(5)));
        assert_eq!(NUMBER_WORDS.get("twelve"), Some(&NumberWord::Teen(12)));
        assert!(matches!(
            NEGATION.longest(&["not", "only"]),
            Some((2, None))
        ));
        assert_eq!(ABBREVIATIONS.get("mr."), Some(&AbbrevJoin::Always));
        assert!(STOPWORDS.contains("the") && SPEECH_VERBS.contains("said"));
        assert!(FIRST_NAMES.contains("donald") && UNITS.contains("people"));
        assert!(PLACE_HEADS.contains("capital") && DAY_PARTS.contains("night"));
        assert!(NOT_NAMES.longest(&["kremlin"]).is_some() && TITLE_QUALIFIERS.contains("former"));
        assert!(RELATIVE_DATES
            .longest(&["over", "the", "weekend"])
            .is_some());
    }
}
