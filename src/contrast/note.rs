//! The one-line summary of a divergence: who agrees with whom.

use std::collections::BTreeMap;

use crate::calendar::Ymd;
use crate::model::DivergentValue;
use crate::text::relative;

/// How notes name sources: a label per article ([`crate::label::source_labels`]),
/// the voice each belongs to ([`crate::label::voices`]) and the day each was
/// written (the year a resolved date is shown in).
pub struct Names<'a> {
    pub labels: &'a [String],
    pub voices: &'a [usize],
    pub written: &'a [Option<Ymd>],
}

/// "3 of 4 sources say Istanbul; 003 says Ankara". Counts are of distinct
/// voices: copies of one wire text count once ("AP (3 copies)"). A date
/// that resolves is counted by the day it names and shown beside it:
/// "2 of 3 sources say Sunday (11 May)".
pub fn agreement(names: &Names, values: &[DivergentValue]) -> String {
    let voice_of = |article: usize| names.voices.get(article).copied().unwrap_or(article);
    let shown = |v: &DivergentValue| {
        let written = names.written.get(v.article).copied().flatten();
        relative::beside(&v.text, v.resolved.as_deref(), written)
    };
    // value -> (display text, voices saying it)
    let mut by_value: BTreeMap<&str, (String, Vec<usize>)> = BTreeMap::new();
    for v in values {
        let entry = by_value
            .entry(v.compared())
            .or_insert_with(|| (shown(v), Vec::new()));
        if !entry.1.contains(&voice_of(v.article)) {
            entry.1.push(voice_of(v.article));
        }
    }
    // Copies per voice among the articles cited.
    let mut articles: Vec<usize> = values.iter().map(|v| v.article).collect();
    articles.sort_unstable();
    articles.dedup();
    let copies = |voice: usize| articles.iter().filter(|&&a| voice_of(a) == voice).count();
    let mut sides: Vec<(String, Vec<usize>)> = by_value.into_values().collect();
    sides.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1.cmp(&b.1)));
    let mut voices: Vec<usize> = sides.iter().flat_map(|(_, who)| who.clone()).collect();
    voices.sort_unstable();
    voices.dedup();
    let total = voices.len();
    let name = |voice: usize| {
        let label = names
            .labels
            .get(voice)
            .cloned()
            .unwrap_or_else(|| voice.to_string());
        match copies(voice) {
            n if n > 1 => format!("{label} ({n} copies)"),
            _ => label,
        }
    };
    sides
        .iter()
        .enumerate()
        .map(|(i, (text, who))| {
            let verb = if who.len() == 1 { "says" } else { "say" };
            if i == 0 && who.len() > 1 {
                format!("{} of {total} sources say {text}", who.len())
            } else {
                let names: Vec<String> = who.iter().map(|&v| name(v)).collect();
                format!("{} {verb} {text}", names.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(article: usize, text: &str) -> DivergentValue {
        super::super::divergent_value(article, text)
    }

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn majority_first_then_the_others_by_name() {
        let labels = labels(&["000", "001", "003", "004"]);
        let voices = [0, 1, 2, 3];
        let values = [
            value(0, "Istanbul"),
            value(1, "Istanbul"),
            value(2, "Ankara"),
            value(3, "Istanbul"),
        ];
        let names = Names {
            labels: &labels,
            voices: &voices,
            written: &[],
        };
        assert_eq!(
            agreement(&names, &values),
            "3 of 4 sources say Istanbul; 003 says Ankara"
        );
    }

    #[test]
    fn a_two_way_split_names_both_sides() {
        let labels = labels(&["001", "002"]);
        let names = Names {
            labels: &labels,
            voices: &[0, 1],
            written: &[],
        };
        let values = [value(0, "Saturday"), value(1, "Sunday")];
        assert_eq!(
            agreement(&names, &values),
            "001 says Saturday; 002 says Sunday"
        );
    }

    #[test]
    fn resolved_dates_are_counted_by_their_day_and_shown_beside_their_words() {
        let labels = labels(&["001", "002", "003"]);
        let day = |d| Ymd::new(2025, 5, d);
        let names = Names {
            labels: &labels,
            voices: &[0, 1, 2],
            written: &[day(12), day(12), day(13)],
        };
        let dated = |article, text, resolved: &str| DivergentValue {
            resolved: Some(resolved.into()),
            ..value(article, text)
        };
        let values = [
            dated(0, "on Sunday", "2025-05-11"),
            dated(1, "on Saturday", "2025-05-10"),
            dated(2, "on Sunday", "2025-05-11"),
        ];
        assert_eq!(
            agreement(&names, &values),
            "2 of 3 sources say on Sunday (11 May); 002 says on Saturday (10 May)"
        );
        // "yesterday" written on two days names two days.
        let values = [
            dated(0, "yesterday", "2025-05-11"),
            dated(2, "yesterday", "2025-05-12"),
        ];
        assert_eq!(
            agreement(&names, &values),
            "001 says yesterday (11 May); 003 says yesterday (12 May)"
        );
    }

    #[test]
    fn copies_of_one_text_are_one_voice() {
        let labels = labels(&["ap1", "ap2", "ap3", "afp"]);
        // ap2 and ap3 copy ap1.
        let names = Names {
            labels: &labels,
            voices: &[0, 0, 0, 3],
            written: &[],
        };
        let values = [
            value(0, "15"),
            value(1, "15"),
            value(2, "15"),
            value(3, "12"),
        ];
        assert_eq!(
            agreement(&names, &values),
            "ap1 (3 copies) says 15; afp says 12"
        );
    }
}
