//! Places, people and their titles.
//!
//! A place is a gazetteer entry (`places.txt`) written with capitals, or a capitalised
//! run after "in"/"near" or after a place word and "of" ("the town of Selvo"). A person is a capitalised run that a title or honorific
//! precedes ("Kremlin spokesperson Dmitry Peskov", "Sir Keir Starmer"), that starts with a
//! known given name ("Donald Trump"; the hand-kept list and the census table), that a speech verb follows or precedes ("Zelensky
//! said", "said Olena Koval"), or whose surname the article already named (`Names`). A
//! capitalised word alone at the start of a sentence is none of these. A person's value
//! is the alias-resolved surname, so "Volodymyr Zelenskiy" and "Zelensky" agree.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::model::{Detail, DetailKind};

use super::lexicon::{
    TitleKind, CALENDAR, FIRST_NAMES, NOT_NAMES, ORG_SUFFIXES, PLACES, PLACE_HEADS, PLACE_PREFIXES,
    PLACE_SUFFIXES, SPEECH_VERBS, STOPWORDS, TITLES, TITLE_QUALIFIERS,
};
use super::tokens::{canonical_of, phrase_at, Word};

/// People an article has named in full: surnames, and given name → surname.
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub surnames: HashSet<String>,
    pub given: HashMap<String, String>,
}

impl Names {
    /// Whether nobody has been learnt yet.
    pub fn is_empty(&self) -> bool {
        self.surnames.is_empty() && self.given.is_empty()
    }

    /// Whether any of `words` could be recognised as someone learnt: its key is
    /// a known given name, or it or its alias a known surname.
    pub(crate) fn mentioned_in(&self, words: &[Word<'_>]) -> bool {
        words.iter().any(|w| {
            let known = |k: &str| self.surnames.contains(k) || self.given.contains_key(k);
            known(&w.key)
                || super::tokens::alias(std::slice::from_ref(w)).is_some_and(|(_, a)| known(a))
        })
    }

    /// Learns the people named in `details` (full names teach given → surname).
    pub fn learn(&mut self, sentence: &str, details: &[Detail]) {
        for d in details.iter().filter(|d| d.kind == DetailKind::Person) {
            self.surnames.insert(d.value.clone());
            let ws = super::tokens::words(&sentence[d.start..d.end]);
            if ws.len() >= 2 && !demonym_like(&ws[0].key) {
                self.given.insert(ws[0].key.clone(), d.value.clone());
            }
        }
    }
}

fn push(
    out: &mut Vec<Detail>,
    kind: DetailKind,
    start: usize,
    end: usize,
    value: String,
    about: Option<String>,
) {
    out.push(Detail {
        kind,
        start,
        end,
        value,
        about,
    });
}

/// Words that can be part of a name: capitalised, not a month or weekday, not a
/// title, not a stop word ("The"), not an institution.
fn namelike(words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    w.capitalised()
        && !w.is_digit()
        && !w.is_acronym()
        && !CALENDAR.contains_key(&w.key)
        && !STOPWORDS.contains(&w.key)
        && !SPEECH_VERBS.contains(&w.key)
        && TITLES.longest(phrase_at(words, i)).is_none()
        && NOT_NAMES.longest(phrase_at(words, i)).is_none()
}

/// Words of the same phrase: only a space (or a hyphen) between them.
fn joined(sentence: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    !a.possessive && matches!(sentence.get(a.end..b.start), Some(" " | "-"))
}

/// The capitalised run starting at `i` (at most four words): its end index (exclusive).
/// In a headline written in Title Case a run is one word unless a given name opens it.
fn name_run(sentence: &str, words: &[Word<'_>], i: usize) -> usize {
    // In a headline every word is capitalised: a name there is one word, or
    // a given name and a surname ("Director Gary Ross Still in Negotiations").
    let max = match (title_case(words), FIRST_NAMES.contains(&words[i].key)) {
        (true, false) => 1,
        (true, true) => 2,
        (false, _) => 4,
    };
    let mut j = i;
    while j < words.len()
        && j - i < max
        && namelike(words, j)
        && (j == i || joined(sentence, &words[j - 1], &words[j]))
    {
        j += 1;
    }
    j
}

/// Most longer words capitalised: "Zelensky Invites Putin to Peace Talks".
fn title_case(words: &[Word<'_>]) -> bool {
    let long: Vec<&Word<'_>> = words
        .iter()
        .filter(|w| w.key.chars().count() > 3 && !w.is_digit())
        .collect();
    long.len() >= 3 && long.iter().filter(|w| w.capitalised()).count() * 4 >= long.len() * 3
}

fn at_sentence_start(sentence: &str, words: &[Word<'_>], i: usize) -> bool {
    i == 0
        || sentence[words[i - 1].end..words[i].start]
            .contains(['.', '!', '?', ':', '"', '\u{201C}', '\u{2018}'])
}

pub(crate) fn places(sentence: &str, words: &[Word<'_>], out: &mut Vec<Detail>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // In a headline every word is capitalised: "Release Date May Be in
    // Jeopardy" names no place the tables do not know.
    let headline = title_case(words);
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if !w.capitalised() {
            i += 1;
            continue;
        }
        if let Some((n, &caps)) = PLACES.longest(phrase_at(words, i)) {
            if n == 1 && a_persons_given_name(sentence, words, i) {
                i += 1;
                continue;
            }
            let span = &words[i..i + n];
            let written = span.iter().all(|s| s.capitalised() || s.key.len() <= 3)
                && (!caps || span.iter().all(Word::all_caps));
            if written {
                found.push((i, i + n));
                i += n;
                continue;
            }
        }
        // "in Pellham", "near Selvo".
        let after_prep = i > 0
            && matches!(words[i - 1].key.as_str(), "in" | "near" | "outside" | "off")
            && !words[i - 1].capitalised();
        // "Cape Drava", "Mount Tavor": a capitalised run opened by a word of
        // geography is a place wherever it stands.
        let after_prep = after_prep
            || (PLACE_PREFIXES.contains(&w.key)
                && words.get(i + 1).is_some_and(Word::capitalised)
                && !at_sentence_start(sentence, words, i));
        // "the town of Selvo", "the port of Odesa"
        let after_head = i > 1
            && words[i - 1].key == "of"
            && PLACE_HEADS.contains(&words[i - 2].key)
            && !words[i - 2].capitalised();
        let after_prep = after_prep || after_head;
        if !headline && !FIRST_NAMES.contains(&w.key) {
            if let Some(j) = site_name(sentence, words, i) {
                found.push((i, j));
                i = j;
                continue;
            }
        }
        if after_prep && !demonym(words, i) && !headline {
            let j = name_run(sentence, words, i);
            if j > i && !FIRST_NAMES.contains(&w.key) && !names_no_place(sentence, words, j) {
                found.push((i, j));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    for (k, &(a, b)) in found.iter().enumerate() {
        // "Turkey's capital Ankara", "the Ukrainian city of Odesa": the second place is meant.
        let locates_next = found.get(k + 1).is_some_and(|&(c, _)| {
            c > b && c - b <= 2 && words[b..c].iter().any(|h| PLACE_HEADS.contains(&h.key))
        });
        if !locates_next {
            push(
                out,
                DetailKind::Place,
                words[a].start,
                words[b - 1].end,
                canonical_of(&words[a..b]),
                None,
            );
        }
    }
}

/// The end of a site's name opening at `i`: a capitalised run of two words
/// or more whose last word closes a place's name ("Liberty Square", "Orre
/// Bridge", "Kestova Launch Centre"), wherever it stands; in lower case the
/// word describes ("the Velmora bridge", "an Arvenian hospital"). A site its owner
/// places ("the Kremlin's St. George Hall") is told by the owner.
fn site_name(sentence: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
    let closing_ahead = words
        .iter()
        .skip(i + 1)
        .take(3)
        .any(|w| PLACE_SUFFIXES.contains(&w.key));
    if !closing_ahead || (i > 0 && words[i - 1].possessive) {
        return None;
    }
    let j = name_run(sentence, words, i);
    (j >= i + 2 && PLACE_SUFFIXES.contains(&words[j - 1].key) && !words[j - 1].possessive)
        .then_some(j)
}

/// A place's name that is also a given name, followed by one capitalised
/// word that is no place, title, organisation or place word: the two are a
/// person ("the guard Milan Orešk tied the game", "Jordan Henderson
/// scored"), not "Milan Cathedral".
fn a_persons_given_name(sentence: &str, words: &[Word<'_>], i: usize) -> bool {
    let (Some(next), after) = (words.get(i + 1), words.get(i + 2)) else {
        return false;
    };
    super::is_given_name(&words[i].key)
        && next.capitalised()
        && !next.all_caps()
        && sentence[words[i].end..next.start] == *" "
        && PLACES.longest(phrase_at(words, i + 1)).is_none()
        && !PLACE_HEADS.contains(&next.key)
        && !PLACE_PREFIXES.contains(&next.key)
        && !ORG_SUFFIXES.contains(&next.key)
        && TITLES.longest(phrase_at(words, i + 1)).is_none()
        && !STOPWORDS.contains(&next.key)
        // "Milan Cathedral", "Paris Metro": a common noun names a thing.
        && crate::text::noun_class(next.text).is_none()
        && !after.is_some_and(|a| a.capitalised() && sentence[next.end..a.start] == *" ")
}

/// A capitalised run after "in" that ends before it names a place: a label
/// with its number ("in Week 16", "in Game 3") or an owner ("in Suzanne
/// Collins' trilogy").
fn names_no_place(sentence: &str, words: &[Word<'_>], end: usize) -> bool {
    let last = &words[end - 1];
    last.possessive
        || sentence[last.end..].starts_with(['\'', '\u{2019}'])
        || words.get(end).is_some_and(Word::is_digit)
}

/// "Turkish officials": an adjective of nationality, not a place name.
fn demonym(words: &[Word<'_>], i: usize) -> bool {
    demonym_like(&words[i].key) && words.get(i + 1).is_some_and(|n| !n.capitalised())
}

fn demonym_like(k: &str) -> bool {
    ["ian", "ish", "ese", "an", "ean"]
        .iter()
        .any(|s| k.ends_with(s))
}

pub(crate) fn people(sentence: &str, words: &[Word<'_>], known: &Names, out: &mut Vec<Detail>) {
    let mut i = 0;
    while i < words.len() {
        i += person_at(sentence, words, i, known, out).max(1);
    }
}

fn surname(words: &[Word<'_>], end: usize) -> String {
    canonical_of(&words[end - 1..end])
}

fn person_at(
    sentence: &str,
    words: &[Word<'_>],
    i: usize,
    known: &Names,
    out: &mut Vec<Detail>,
) -> usize {
    let ks = phrase_at(words, i);
    if let Some((n, &kind)) = TITLES
        .longest(ks)
        .filter(|(_, k)| **k != TitleKind::Modifier)
    {
        let mut j = i + n;
        // "Chief Economist Pavel Rusek": a capitalised noun for a person
        // (WordNet) between the title and a name is the title's.
        let mut head_end = j;
        while kind == TitleKind::Title
            && j + 1 < words.len()
            && words[j].capitalised()
            && words[j + 1].capitalised()
            && crate::text::noun_class(words[j].text) == Some("person")
            && TITLES.longest(&[words[j].key.as_str()]).is_none()
            && &sentence[words[j - 1].end..words[j].start] == " "
        {
            j += 1;
            head_end = j;
        }
        while j < words.len()
            && matches!(
                TITLES.longest(&[words[j].key.as_str()]),
                Some((_, TitleKind::Honorific))
            )
        {
            j += 1;
        }
        let Some(first) = words.get(j) else { return n };
        let gap = &sentence[words[j - 1].end..first.start];
        // "Press Secretary, Erik Dahlmann"; in lower case only after a
        // determiner or qualifier and before a full name ("Reinholt's
        // former press secretary, Erik Dahlmann").
        let determined = i > 0
            && (words[i - 1].possessive
                || TITLE_QUALIFIERS.contains(&words[i - 1].key)
                || matches!(
                    words[i - 1].key.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                ));
        let comma_ok =
            gap == ", " && kind == TitleKind::Title && (words[i].capitalised() || determined);
        if !(gap == " " || comma_ok) || words[j - 1].possessive {
            return n;
        }
        let (start, end) = (j, name_run(sentence, words, j));
        if gap == ", " && !words[i].capitalised() && end < start + 2 {
            return n;
        }
        // "Brisca General Hospital": the capitals name an institution.
        if end > start && ORG_SUFFIXES.contains(&words[end - 1].key) {
            return end - i;
        }
        // "Halvren's Chief Medical Officer": the capitals end in another
        // title word, so they name an office, not a person.
        if end > start && ends_in_title(sentence, words, end) {
            return end - i;
        }
        if end > start {
            let mut who = surname(words, end);
            if end == start + 1 {
                who = known.given.get(&words[start].key).cloned().unwrap_or(who);
            }
            if kind == TitleKind::Title {
                title(sentence, words, i, head_end, Some(who.clone()), out);
            }
            push(
                out,
                DetailKind::Person,
                words[start].start,
                words[end - 1].end,
                who.clone(),
                None,
            );
            appositive(sentence, words, end, &who, out);
            return end - i;
        }
        return n;
    }
    if let Some(n) = noun_titled(sentence, words, i, out) {
        return n;
    }
    if !namelike(words, i) {
        return 1;
    }
    let end = name_run(sentence, words, i);
    let w = &words[i];
    // "Corvane Motors said": an organisation speaks.
    if end > i + 1 && ORG_SUFFIXES.contains(&words[end - 1].key) {
        return end - i;
    }
    let full_name = super::is_given_name(&w.key) && end > i + 1;
    let speaks = words
        .get(end)
        .is_some_and(|v| SPEECH_VERBS.contains(&v.key) && !v.capitalised())
        || (i > 0
            && SPEECH_VERBS.contains(&words[i - 1].key)
            && !at_sentence_start(sentence, words, i));
    let last = surname(words, end);
    let known_name = known.surnames.contains(&last) || known.given.contains_key(&w.key);
    // "The Indians say": a name is not preceded by an article.
    let place = PLACES.longest(phrase_at(words, i)).is_some()
        || (i > 0 && matches!(words[i - 1].key.as_str(), "the" | "a" | "an"));
    // "Vesna Horvat, a retired judge": a two-word name the appositive titles.
    let apposed = appositive_title(sentence, words, end);
    let titled = end > i + 1 && !place && apposed.is_some();
    if full_name || (speaks && !place) || (known_name && !place) || titled {
        let who = if end == i + 1 {
            known.given.get(&w.key).cloned().unwrap_or(last)
        } else {
            last
        };
        push(
            out,
            DetailKind::Person,
            w.start,
            words[end - 1].end,
            who.clone(),
            None,
        );
        if let Some((h, n)) = apposed {
            title(sentence, words, h, h + n, Some(who), out);
        }
        return end - i;
    }
    end - i
}

/// Whether the word after a capitalised run at `end` is a capitalised title
/// word joined to it: the run is then the office's ("Chief Medical Officer").
fn ends_in_title(sentence: &str, words: &[Word<'_>], end: usize) -> bool {
    words.get(end).is_some_and(|w| {
        w.capitalised()
            && joined(sentence, &words[end - 1], w)
            && matches!(
                TITLES.longest(phrase_at(words, end)),
                Some((_, TitleKind::Title))
            )
    })
}

/// Words of a name a common noun for a person may title: a given name and a
/// surname at least, so "the striker Messi" stays unread.
const TITLED_NAME: usize = 2;

/// A common noun for a person (WordNet) right before a full name is the
/// name's title: "chair umpire Mirela Costin", "Umpire Elena Radu" at the
/// start of a sentence. Returns the words read, title and name.
fn noun_titled(
    sentence: &str,
    words: &[Word<'_>],
    i: usize,
    out: &mut Vec<Detail>,
) -> Option<usize> {
    let w = &words[i];
    let opens = w.capitalised() && at_sentence_start(sentence, words, i);
    if (w.capitalised() && !opens)
        || w.possessive
        || STOPWORDS.contains(&w.key)
        || TITLES.longest(phrase_at(words, i)).is_some()
        || crate::text::noun_class(w.text) != Some("person")
    {
        return None;
    }
    let first = i + 1;
    if first >= words.len() || !joined(sentence, w, &words[first]) || !namelike(words, first) {
        return None;
    }
    let end = name_run(sentence, words, first);
    let placed = (first..end).any(|k| PLACES.longest(phrase_at(words, k)).is_some());
    if end - first < TITLED_NAME
        || placed
        || ORG_SUFFIXES.contains(&words[end - 1].key)
        || ends_in_title(sentence, words, end)
    {
        return None;
    }
    // The noun says what the person is in this story, but it is no office:
    // "lawyer" and "attorney", "contender" and "challenger" name one role,
    // so it gives no title to compare.
    let who = surname(words, end);
    push(
        out,
        DetailKind::Person,
        words[first].start,
        words[end - 1].end,
        who.clone(),
        None,
    );
    appositive(sentence, words, end, &who, out);
    Some(end - i)
}

/// The title phrase ending at `head_end`, with the modifiers before it ("opposition
/// leader", "deputy foreign minister"); qualifiers ("former") and capitalised
/// adjectives ("German") stay out.
fn title(
    sentence: &str,
    words: &[Word<'_>],
    head: usize,
    head_end: usize,
    about: Option<String>,
    out: &mut Vec<Detail>,
) {
    let mut start = head;
    while start > 0 {
        let p = &words[start - 1];
        // "Fire & Rescue Chief": one office of two words.
        if joined_office(sentence, words, start) {
            start -= 1;
            continue;
        }
        let listed = matches!(
            TITLES.longest(&[p.key.as_str()]),
            Some((_, TitleKind::Modifier | TitleKind::Title))
        );
        let modifier = listed || office_word(words, start - 1);
        if !modifier
            || TITLE_QUALIFIERS.contains(&p.key)
            || p.possessive
            // A capital that only opens the sentence is no name:
            // "Assistant general manager Tony DiLeo".
            || (p.capitalised()
                && !words[start].capitalised()
                && !at_sentence_start(sentence, words, start - 1))
        {
            break;
        }
        start -= 1;
    }
    let value = words[start..head_end]
        .iter()
        .map(|w| w.key.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    push(
        out,
        DetailKind::Title,
        words[start].start,
        words[head_end - 1].end,
        value,
        about,
    );
}

/// Whether the office word before `at` is joined to it by "&": "Fire &
/// Rescue Chief" (the "&" is no word). ("and" is not read so: "Mayor Ana
/// Ruiz and Police Chief Tom Lee" hold two offices.)
fn joined_office(sentence: &str, words: &[Word<'_>], at: usize) -> bool {
    let office = |w: &Word<'_>| w.capitalised() && w.text.chars().all(char::is_alphabetic);
    at > 0
        && office(&words[at])
        && office(&words[at - 1])
        && sentence[words[at - 1].end..words[at].start] == *" & "
}

/// A capitalised word that names the office of the capitalised title after
/// it ("Transport Minister", "Police Chief"): neither a common word nor a
/// date, a known place or a demonym ("German Chancellor" is a chancellor).
fn office_word(words: &[Word<'_>], i: usize) -> bool {
    let (p, next) = (&words[i], &words[i + 1]);
    p.capitalised()
        && next.capitalised()
        && p.end + 1 == next.start
        && p.text.chars().all(char::is_alphabetic)
        && !STOPWORDS.contains(&p.key)
        && !CALENDAR.contains_key(&p.key)
        && PLACES.longest(&[p.key.as_str()]).is_none()
        && crate::text::demonym_place(p.text).is_none()
}

/// "Merz, the chancellor," / "Zelensky, the President of Ukraine".
fn appositive(sentence: &str, words: &[Word<'_>], end: usize, who: &str, out: &mut Vec<Detail>) {
    if let Some((h, n)) = appositive_title(sentence, words, end) {
        title(sentence, words, h, h + n, Some(who.to_string()), out);
    }
}

/// Capitalised words an appositive's title may hold before its head
/// ("a retired Supreme Court judge").
const APPOSITIVE_OFFICE: usize = 3;

/// Where the title of an appositive after a name starts and how many words
/// its head has: "Vesna Horvat, a retired Supreme Court judge" (the head is
/// "judge"; `title` takes back "Supreme Court").
fn appositive_title(sentence: &str, words: &[Word<'_>], end: usize) -> Option<(usize, usize)> {
    let prev = &words[end.checked_sub(1)?];
    let art = words.get(end)?;
    // ", the chancellor", ", a retired judge", ", Halvren's chief medical officer".
    let owner = art.possessive && art.capitalised();
    if sentence.get(prev.end..art.start) != Some(", ")
        || !(matches!(art.key.as_str(), "the" | "a") || owner)
    {
        return None;
    }
    // One-word modifiers and adjectives before the office ("a retired
    // judge", "a senior officer", "a junior trade minister").
    let mut h = end + 1;
    let mut adjectives = 0;
    while h < words.len() {
        let found = TITLES.longest(phrase_at(words, h));
        if matches!(found, Some((1, TitleKind::Modifier))) {
            h += 1;
        } else if adjectives < APPOSITIVE_OFFICE
            && !words[h].capitalised()
            && !STOPWORDS.contains(&words[h].key)
            && found.is_none()
        {
            h += 1;
            adjectives += 1;
        } else {
            break;
        }
    }
    let mut office = h;
    while office < words.len()
        && office - h < APPOSITIVE_OFFICE
        && words[office].capitalised()
        && TITLES.longest(phrase_at(words, office)).is_none()
    {
        office += 1;
    }
    for at in [h, office] {
        if let Some((n, TitleKind::Title)) = TITLES.longest(phrase_at(words, at)) {
            return Some(last_title_word(sentence, words, at, n));
        }
    }
    None
}

/// The last title word of a capitalised office that goes on past its first
/// ("Chief Medical Officer": the head is "Officer", `title` takes back the rest).
fn last_title_word(sentence: &str, words: &[Word<'_>], at: usize, n: usize) -> (usize, usize) {
    let mut best = (at, n);
    let mut k = at + n;
    while k < words.len()
        && k - at < APPOSITIVE_OFFICE
        && words[k].capitalised()
        && words[at].capitalised()
        && joined(sentence, &words[k - 1], &words[k])
    {
        if let Some((m, TitleKind::Title)) = TITLES.longest(phrase_at(words, k)) {
            best = (k, m);
        }
        k += 1;
    }
    best
}

#[cfg(test)]
mod tests;
