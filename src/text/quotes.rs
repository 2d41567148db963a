//! Quotations and who said them.
//!
//! A quote runs from an opening mark (“ ‘ « or a straight ") to its closing mark, or to
//! the end of the sentence when the quotation goes on in the next one. A ’ followed by a
//! letter is an apostrophe, not a closing mark. The value is the quoted words folded
//! (no punctuation, no stemming: the exact wording is what is compared). The speaker is
//! found next to a speech verb: `“…,” Trump wrote`, `said Olena Koval`, `Zelensky
//! declared, “…”`; a pronoun ("he said") leaves it unknown.

use crate::model::{Detail, DetailKind};

use super::lexicon::{ADDRESSED_VERBS, SPEECH_VERBS, STOPWORDS, TITLES};
use super::names::Names;
use super::tokens::{canonical_of, words, Word};

fn closing_for(open: char) -> Option<char> {
    match open {
        '\u{201C}' | '\u{201E}' => Some('\u{201D}'),
        '\u{2018}' => Some('\u{2019}'),
        '\u{AB}' => Some('\u{BB}'),
        '"' => Some('"'),
        _ => None,
    }
}

/// Byte spans of the quotations in `sentence`, marks included.
pub(crate) fn quote_spans(sentence: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    // An odd number of straight marks after some words: the first closes a
    // quotation opened in an earlier sentence ("…at this time," the rep said).
    let mut from = 0;
    if sentence.matches('"').count() % 2 == 1 {
        if let Some(first) = sentence.find('"') {
            if sentence[..first].chars().any(char::is_alphanumeric) {
                spans.push((0, first + 1));
                from = first + 1;
            }
        }
    }
    let mut chars = sentence[from..]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .peekable();
    while let Some((at, c)) = chars.next() {
        let Some(close) = closing_for(c) else {
            continue;
        };
        if c == '\u{2018}' && sentence[..at].ends_with(char::is_alphanumeric) {
            continue;
        }
        let mut end = sentence.len();
        while let Some((j, d)) = chars.next() {
            let apostrophe =
                d == '\u{2019}' && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if d == close && !apostrophe {
                end = j + d.len_utf8();
                break;
            }
        }
        if sentence[at..end].chars().any(char::is_alphanumeric) {
            spans.push((at, end));
        }
    }
    spans
}

pub(crate) fn quotes(sentence: &str, all: &[Word<'_>], known: &Names, out: &mut Vec<Detail>) {
    let spans = quote_spans(sentence);
    let speaker = speaker(sentence, all, &spans).map(|s| known.given.get(&s).cloned().unwrap_or(s));
    for (start, end) in spans {
        let value = words(&sentence[start..end])
            .iter()
            .map(|w| super::lexicon::fold(w.text))
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Detail {
            kind: DetailKind::Quote,
            start,
            end,
            value,
            about: speaker.clone(),
        });
    }
}

fn inside(spans: &[(usize, usize)], w: &Word<'_>) -> bool {
    spans.iter().any(|&(a, b)| w.start >= a && w.end <= b)
}

/// The speaker of the sentence's quotations, if a speech verb outside them names one.
fn speaker(sentence: &str, all: &[Word<'_>], spans: &[(usize, usize)]) -> Option<String> {
    if spans.is_empty() {
        return None;
    }
    let outside: Vec<&Word<'_>> = all.iter().filter(|w| !inside(spans, w)).collect();
    for (v, verb) in outside.iter().enumerate() {
        if !SPEECH_VERBS.contains(&verb.key) || verb.capitalised() {
            continue;
        }
        // Name before the verb: "Trump wrote", "Mr. Putin said", "the Ukrainian leader said".
        let mut a = v;
        while a > 0
            && outside[a - 1].capitalised()
            && adjacent(sentence, outside[a - 1], outside[a])
            && !is_function(outside[a - 1])
        {
            a -= 1;
        }
        if a < v {
            return Some(name(
                owner_before_of(sentence, &outside, a).unwrap_or(&outside[a..v]),
            ));
        }
        if let Some(run) = named_before_apposition(sentence, &outside, v) {
            return Some(name(run));
        }
        if v > 0 && is_function(outside[v - 1]) || ADDRESSED_VERBS.contains(&verb.key) {
            return None;
        }
        // Name after the verb: "said Olena Koval", "said Kremlin spokesperson Dmitry Peskov".
        let mut b = v + 1;
        while b < outside.len()
            && outside[b].capitalised()
            && adjacent(sentence, outside[b - 1], outside[b])
        {
            b += 1;
        }
        // … and only when the name ends the clause ("said Mr. Putin's outreach…" is no attribution).
        let ends_clause = outside
            .get(b)
            .is_none_or(|n| !adjacent(sentence, outside[b - 1], n));
        if b > v + 1 && ends_clause && !outside[b - 1].possessive {
            return Some(name(&outside[v + 1..b]));
        }
    }
    None
}

/// The name a speaker's run starting at `a` belongs to when "of" joins them:
/// in "Foreign Minister Inés Calvar of Oriveda said" the speaker is Calvar,
/// Oriveda her country.
fn owner_before_of<'s, 'w>(
    sentence: &str,
    outside: &'s [&'w Word<'w>],
    a: usize,
) -> Option<&'s [&'w Word<'w>]> {
    let of = outside.get(a.checked_sub(1)?)?;
    let end = a - 1;
    if of.key != "of"
        || end == 0
        || !adjacent(sentence, outside[end - 1], of)
        || !adjacent(sentence, of, outside[a])
    {
        return None;
    }
    let named = |w: &&Word<'_>| w.capitalised() && !is_function(w);
    let mut start = end;
    while start > 0
        && named(&outside[start - 1])
        && adjacent(sentence, outside[start - 1], outside[start])
    {
        start -= 1;
    }
    (start < end).then(|| &outside[start..end])
}

/// Words an apposition between a name and its verb may hold.
const MAX_APPOSITION: usize = 8;

/// The name before an apposition that separates it from the speech verb at
/// `v`: "Lucía Benet, head of the pilots' union, told…".
fn named_before_apposition<'s, 'w>(
    sentence: &str,
    outside: &'s [&'w Word<'w>],
    v: usize,
) -> Option<&'s [&'w Word<'w>]> {
    let comma_between = |a: &Word<'_>, b: &Word<'_>| sentence[a.end..b.start].trim() == ",";
    if v < 2 || !comma_between(outside[v - 1], outside[v]) {
        return None;
    }
    // The apposition opens after the comma before it.
    let open = (v.saturating_sub(MAX_APPOSITION + 1)..v - 1)
        .rev()
        .find(|&k| comma_between(outside[k], outside[k + 1]))?;
    let named = |w: &&Word<'_>| w.capitalised() && !is_function(w);
    // "the judge, Miriam Tolland, told": the apposition is the name.
    let inner = &outside[open + 1..v];
    if inner.iter().all(named) {
        return Some(inner);
    }
    // "Lucía Benet, head of the union, told": the name comes before it.
    if !named(&outside[open]) {
        return None;
    }
    let mut a = open;
    while a > 0 && named(&outside[a - 1]) && adjacent(sentence, outside[a - 1], outside[a]) {
        a -= 1;
    }
    Some(&outside[a..=open])
}

fn adjacent(sentence: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    sentence[a.end..b.start].trim().is_empty()
}

/// Pronouns and articles: "he said", "The Kremlin said" is not a name before the verb.
fn is_function(w: &Word<'_>) -> bool {
    STOPWORDS.contains(&w.key)
}

fn name(run: &[&Word<'_>]) -> String {
    let names: Vec<Word<'_>> = run
        .iter()
        .filter(|w| TITLES.longest(&[w.key.as_str()]).is_none())
        .map(|w| (*w).clone())
        .collect();
    match names.last() {
        Some(_) => canonical_of(&names[names.len() - 1..]),
        None => canonical_of(&[run[run.len() - 1].clone()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_mark_with_no_opening_ends_a_quote_begun_before() {
        let s = "We appreciate your respect at this time,\" the rep tells PEOPLE.";
        assert_eq!(quote_spans(s), [(0, s.find('"').unwrap() + 1)]);
        let t = "He said \"no\" twice.";
        assert_eq!(quote_spans(t), [(8, 12)]);
    }

    fn run(s: &str) -> Vec<(String, String, Option<String>)> {
        let mut out = Vec::new();
        quotes(s, &words(s), &Names::default(), &mut out);
        out.into_iter()
            .map(|d| (s[d.start..d.end].to_string(), d.value, d.about))
            .collect()
    }

    #[test]
    fn quotes_and_speakers() {
        let q = run("\u{201C}Have the meeting, now!\u{201D} Trump wrote, emphasizing it.");
        assert_eq!(
            q,
            [(
                "\u{201C}Have the meeting, now!\u{201D}".into(),
                "have the meeting now".into(),
                Some("trump".into())
            )]
        );
        let q = run("\"We want peace,\" he said.");
        assert_eq!(q[0].2, None);
        let q = run("\u{201C}Ukraine is ready,\u{201D} said Olena Koval.");
        assert_eq!(q[0].2.as_deref(), Some("koval"));
        let q = run("Mr. Zelenskiy declared, \u{201C}Ukraine\u{2019}s people wait.\u{201D}");
        assert_eq!(q[0].2.as_deref(), Some("zelensky"));
        assert_eq!(q[0].1, "ukraine's people wait");
    }

    #[test]
    fn the_one_told_is_no_speaker_the_name_before_an_apposition_is() {
        let q = run("\"It was theft,\" the judge, Miriam Tolland, told Vaskin.");
        assert_eq!(q[0].2.as_deref(), Some("tolland"));
        let q = run("\"It was theft,\" the judge told Vaskin.");
        assert_eq!(q[0].2, None);
        let q = run("Lucia Benet, head of the pilots' union, told Radio Estravia: \"No.\"");
        assert_eq!(q[0].2.as_deref(), Some("benet"));
        // A clause between commas that names nobody leaves the speaker unknown.
        let q = run("\"No,\" the union, which has 600 members, told reporters.");
        assert_eq!(q[0].2, None);
        let q = run("\"Ukraine is ready,\" said Olena Koval.");
        assert_eq!(q[0].2.as_deref(), Some("koval"));
    }

    #[test]
    fn the_speaker_is_the_name_before_of_not_its_country() {
        let q = run("\"Peace begins,\" Foreign Minister Ines Calvar of Oriveda said.");
        assert_eq!(q[0].2.as_deref(), Some("calvar"));
        // Refused: "of" that opens no name before it leaves the run as it is.
        let q = run("\"Peace begins,\" the head of Oriveda said.");
        assert_eq!(q[0].2.as_deref(), Some("oriveda"));
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(run("Russia\u{2019}s offer and Putin\u{2019}s timing").is_empty());
        let q = run("He called it \u{2018}serious\u{2019} talk.");
        assert_eq!(q[0].1, "serious");
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        let q = run("Zelensky wrote, \u{201C}There is no point.");
        assert_eq!(q[0].1, "there is no point");
    }
}
