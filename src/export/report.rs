//! The whole collation as one document: per story, its contradictions and its
//! aligned groups; then every source and every skipped file.
//!
//! JSON is the model itself (schema `parallax.report/1`); the other formats are
//! written once here through a [`Markup`] printer.

use crate::model::{Collation, Relation};
use crate::triage::{self, Mark, Verdict};

use super::cite::{self, Origin};
use super::excerpt::capitalised;
use super::markup::{Html, Markdown, Markup, Text};
use super::Format;

const TITLE: &str = "parallax report";

/// The whole collation in `format`.
pub fn report(collation: &Collation, format: Format) -> String {
    report_parts(collation, format).concat()
}

/// [`report`] as pieces to write one after the other: the JSON report is
/// assembled on every core, and joining it would only copy it once more.
pub fn report_parts(collation: &Collation, format: Format) -> Vec<String> {
    report_parts_marked(collation, format, &[])
}

/// [`report_parts`] with each divergence's triage mark (`triage[d]`, empty
/// when no mark was ever made): JSON adds `triage` and `triage_note` to every
/// divergence, the other formats a "Triage:" line under each marked one.
pub fn report_parts_marked(
    collation: &Collation,
    format: Format,
    triage: &[Option<Mark>],
) -> Vec<String> {
    match format {
        Format::Json => super::json::pretty_parts_marked(collation, triage),
        Format::Markdown => vec![document(Markdown::default(), collation, triage)],
        Format::Text => vec![document(Text::default(), collation, triage)],
        Format::Html => vec![document(Html::default(), collation, triage)],
    }
}

/// Writes [`report_parts_marked`] to `out`; JSON as it is produced, so a
/// large report is never held whole.
pub fn write_report(
    collation: &Collation,
    format: Format,
    triage: &[Option<Mark>],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => super::json::write_pretty_marked(collation, triage, out),
        _ => {
            for part in report_parts_marked(collation, format, triage) {
                out.write_all(part.as_bytes())?;
            }
            Ok(())
        }
    }
}

/// The contradictions a fact-checker confirmed (`triage[d]`), each with its
/// note and the sentences that state it: a brief to hand on.
pub fn brief(collation: &Collation, format: Format, triage: &[Option<Mark>]) -> String {
    let confirmed: Vec<usize> = (0..collation.divergences.len())
        .filter(|d| matches!(triage.get(*d), Some(Some(m)) if m.verdict == Verdict::Confirmed))
        .collect();
    match format {
        Format::Json => brief_json(collation, &confirmed, triage),
        Format::Markdown => brief_document(Markdown::default(), collation, &confirmed, triage),
        Format::Text => brief_document(Text::default(), collation, &confirmed, triage),
        Format::Html => brief_document(Html::default(), collation, &confirmed, triage),
    }
}

const BRIEF: &str = "parallax brief";

/// The schema name of a brief in JSON.
pub const BRIEF_SCHEMA: &str = "parallax.brief/1";

fn brief_document<M: Markup>(
    mut m: M,
    c: &Collation,
    confirmed: &[usize],
    triage: &[Option<Mark>],
) -> String {
    m.heading(1, BRIEF);
    m.paragraph(&format!(
        "{} confirmed, numbered as in the report, each with the sentences that state it.",
        count(confirmed.len(), "contradiction")
    ));
    divergence_list(&mut m, c, confirmed, triage);
    m.finish(BRIEF)
}

/// `parallax.brief/1`: each confirmed contradiction as its excerpt
/// (`parallax.excerpt/1`) with its report number and the triage fields.
fn brief_json(c: &Collation, confirmed: &[usize], triage: &[Option<Mark>]) -> String {
    let items: Vec<serde_json::Value> = confirmed
        .iter()
        .map(|&d| {
            let excerpt = super::excerpt(c, super::Excerpt::Divergence(d), Format::Json);
            let mut v: serde_json::Value =
                serde_json::from_str(&excerpt).expect("an excerpt is JSON");
            let mark = triage.get(d).and_then(Option::as_ref);
            v["number"] = (d + 1).into();
            v["triage"] = mark.map(|m| m.verdict.as_str()).into();
            v["triage_note"] = mark.map(|m| m.note.as_str()).into();
            v
        })
        .collect();
    let doc = serde_json::json!({ "schema": BRIEF_SCHEMA, "contradictions": items });
    let raw = serde_json::to_string_pretty(&doc).expect("the brief serialises");
    super::escape::json(&raw) + "\n"
}

fn document<M: Markup>(mut m: M, c: &Collation, triage: &[Option<Mark>]) -> String {
    m.heading(1, TITLE);
    m.paragraph(&summary(c));
    for section in sections(c) {
        write_section(&mut m, c, &section, triage);
    }
    m.heading(2, "Sources");
    let sources: Vec<(Origin, String)> = c
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let detail = format!(
                " ({}, {})",
                count(a.sentences.len(), "sentence"),
                count(c.divergences_in(i).len(), "contradiction")
            );
            (Origin::of(a), detail)
        })
        .collect();
    m.sources(&sources);
    if !c.warnings.is_empty() {
        m.heading(3, "Skipped files");
        m.list(&c.warnings);
    }
    m.finish(TITLE)
}

fn summary(c: &Collation) -> String {
    let updates = c
        .divergences
        .iter()
        .filter(|d| d.relation == Relation::Update)
        .count();
    let moved = if updates > 0 {
        format!(", {}", count(updates, "update"))
    } else {
        String::new()
    };
    format!(
        "{}, {}, {}, {}{moved}.",
        count(c.articles.len(), "source"),
        count(c.stories.len().max(1), "story"),
        count(c.groups.len(), "aligned group"),
        count(c.divergences.len() - updates, "contradiction")
    )
}

/// Each divergence as a heading (numbered as in the reader: JSON index + 1)
/// with its cited sentences.
fn divergence_list<M: Markup>(
    m: &mut M,
    c: &Collation,
    divergences: &[usize],
    triage: &[Option<Mark>],
) {
    for &d in divergences {
        let div = &c.divergences[d];
        m.heading(
            4,
            &format!(
                "{}. {}: {}",
                d + 1,
                capitalised(div.kind.as_str()),
                div.note
            ),
        );
        if let Some(Some(mark)) = triage.get(d) {
            m.paragraph(&triage::line(mark));
        }
        for cited in cite::divergence(c, d) {
            m.cite(&cited);
        }
    }
}

fn count(n: usize, noun: &str) -> String {
    match (n, noun) {
        (1, _) => format!("1 {noun}"),
        (_, "story") => format!("{n} stories"),
        _ => format!("{n} {noun}s"),
    }
}

/// A story's part of the report: the groups and divergences inside it.
struct Section {
    label: String,
    articles: Vec<usize>,
    groups: Vec<usize>,
    divergences: Vec<usize>,
}

/// One section per story, in story order; groups outside every story (only in a
/// malformed collation) go to a last section so nothing is silently dropped.
fn sections(c: &Collation) -> Vec<Section> {
    let mut out: Vec<Section> = c
        .stories
        .iter()
        .enumerate()
        .map(|(i, s)| Section {
            label: if s.label.trim().is_empty() {
                format!("Story {}", i + 1)
            } else {
                s.label.clone()
            },
            articles: s.articles.clone(),
            groups: Vec::new(),
            divergences: Vec::new(),
        })
        .collect();
    let orphans = out.len();
    out.push(Section {
        label: if c.stories.is_empty() {
            "All sources".to_string()
        } else {
            "Other sources".to_string()
        },
        articles: if c.stories.is_empty() {
            (0..c.articles.len()).collect()
        } else {
            Vec::new()
        },
        groups: Vec::new(),
        divergences: Vec::new(),
    });
    let story_of_group = |g: usize| {
        c.groups
            .get(g)
            .and_then(|group| group.members.first())
            .and_then(|m| c.story_of(m.article))
            .unwrap_or(orphans)
    };
    for g in 0..c.groups.len() {
        out[story_of_group(g)].groups.push(g);
    }
    for (d, div) in c.divergences.iter().enumerate() {
        out[story_of_group(div.group)].divergences.push(d);
    }
    if !c.stories.is_empty()
        && out[orphans].groups.is_empty()
        && out[orphans].divergences.is_empty()
    {
        out.pop();
    }
    out
}

fn write_section<M: Markup>(m: &mut M, c: &Collation, s: &Section, triage: &[Option<Mark>]) {
    m.heading(2, &s.label);
    let paths: Vec<&str> = s
        .articles
        .iter()
        .filter_map(|&a| c.articles.get(a))
        .map(|a| a.path.as_str())
        .collect();
    if !paths.is_empty() {
        m.paragraph(&format!(
            "{}: {}.",
            count(paths.len(), "source"),
            paths.join(", ")
        ));
    }
    let (updates, contradictions): (Vec<usize>, Vec<usize>) = s
        .divergences
        .iter()
        .partition(|&&d| c.divergences[d].relation == Relation::Update);
    m.heading(3, &format!("Contradictions ({})", contradictions.len()));
    if contradictions.is_empty() {
        m.paragraph("No contradictions found.");
    }
    divergence_list(m, c, &contradictions, triage);
    if !updates.is_empty() {
        m.heading(3, &format!("Updates ({})", updates.len()));
        m.paragraph("Figures that moved between reports written on different days, oldest first.");
        divergence_list(m, c, &updates, triage);
        timeline_list(m, c, s);
    }
    coverage_list(m, c, s);
    m.heading(3, &format!("Aligned groups ({})", s.groups.len()));
    if s.groups.is_empty() {
        m.paragraph("No sentences aligned across sources.");
        return;
    }
    let items: Vec<String> = s
        .groups
        .iter()
        .map(|&g| {
            let group = &c.groups[g];
            let first = cite::group(c, g)
                .first()
                .map(|cited| format!(" — “{}”", shorten(cited.sentence, 120)))
                .unwrap_or_default();
            format!(
                "Group {}: {}, similarity {:.2}{first}",
                g + 1,
                count(group.distinct_articles(), "source"),
                group.score
            )
        })
        .collect();
    m.list(&items);
}

/// The section's updates by date of writing ([`crate::timeline`]): its
/// sources by date, then every value an update moved through, oldest first,
/// each with the source that states it and the update's number (as
/// the Updates list numbers it).
fn timeline_list<M: Markup>(m: &mut M, c: &Collation, s: &Section) {
    let t = crate::timeline::timeline(c, &s.articles);
    if t.facts.is_empty() {
        return;
    }
    m.heading(3, "Timeline");
    let path = |a: usize| {
        c.articles
            .get(a)
            .map_or_else(String::new, |a| a.path.clone())
    };
    m.paragraph(&format!(
        "Sources by date of writing: {}.",
        t.sources_by_day(path).join("; ")
    ));
    // The sources' order is the dates' (unknown last, ties as listed).
    let place = |a: usize| t.sources.iter().position(|(s, _)| *s == a);
    let mut steps: Vec<(&crate::timeline::Fact, &crate::timeline::Step)> = t
        .facts
        .iter()
        .flat_map(|f| f.steps.iter().map(move |step| (f, step)))
        .collect();
    steps.sort_by_key(|(f, step)| (place(step.article), f.divergence));
    let items: Vec<String> = steps
        .iter()
        .map(|(f, step)| {
            format!(
                "{} · {} · {} ({}, update {})",
                t.day(step.day),
                path(step.article),
                step.text,
                f.kind,
                f.divergence + 1
            )
        })
        .collect();
    m.list(&items);
}

/// What each source of a section leaves out and what only it reports
/// ([`crate::coverage`]), one line a source.
fn coverage_list<M: Markup>(m: &mut M, c: &Collation, s: &Section) {
    if s.articles.len() < 2 {
        return;
    }
    m.heading(3, "What each source leaves out");
    let items: Vec<String> = s
        .articles
        .iter()
        .filter_map(|&a| c.articles.get(a).map(|article| (a, article)))
        .map(|(a, article)| {
            let cov = crate::coverage::coverage(c, a);
            let mut groups: Vec<usize> = cov.left_out.iter().map(|l| l.group + 1).collect();
            groups.sort_unstable();
            let which = match groups.as_slice() {
                [] => String::new(),
                [g] => format!(" (group {g})"),
                many => {
                    let numbers: Vec<String> = many.iter().map(usize::to_string).collect();
                    format!(" (groups {})", numbers.join(", "))
                }
            };
            format!(
                "{}: leaves out {} other sources report{which}; {} with a detail no other \
                 source reports",
                article.path,
                count(cov.left_out.len(), "fact"),
                count(cov.only_here.len(), "sentence")
            )
        })
        .collect();
    m.list(&items);
}

/// At most `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixture;
    use crate::model::{Story, SCHEMA};

    #[test]
    fn json_round_trips() {
        let c = fixture::collation();
        let back: Collation = serde_json::from_str(&report(&c, Format::Json)).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn sections_follow_stories() {
        let c = fixture::collation();
        let s = sections(&c);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].divergences, [0, 1, 2]);
        assert_eq!(s[1].groups, [2]);
        assert!(s[1].divergences.is_empty());
    }

    #[test]
    fn groups_outside_stories_are_kept() {
        let mut c = fixture::collation();
        c.stories.truncate(1);
        let s = sections(&c);
        assert_eq!(s.last().unwrap().label, "Other sources");
        assert_eq!(s.last().unwrap().groups, [2]);
        c.stories = Vec::<Story>::new();
        assert_eq!(sections(&c).len(), 1);
    }

    #[test]
    fn empty_collation_reads_well() {
        let c = Collation {
            schema: SCHEMA.into(),
            articles: vec![],
            groups: vec![],
            divergences: vec![],
            stories: vec![],
            warnings: vec![],
        };
        for f in [Format::Markdown, Format::Text, Format::Html] {
            assert!(report(&c, f).contains("No contradictions found."));
        }
    }

    #[test]
    fn updates_are_listed_apart_from_contradictions() {
        let mut c = fixture::collation();
        c.divergences[2].relation = Relation::Update;
        c.divergences[2].note = "rose from 12,000 (1, Mon 3 Mar) to 15,000 (2, Wed 5 Mar)".into();
        let md = report(&c, Format::Markdown);
        assert!(md.contains("Contradictions (2)"), "{md}");
        let updates = md.find("Updates (1)").expect("an updates section");
        assert!(md[updates..].contains("rose from 12,000"));
        assert!(md.contains("2 contradictions, 1 update."), "{md}");
        c.divergences[2].relation = Relation::Contradiction;
        assert!(!report(&c, Format::Markdown).contains("Updates ("));
    }

    #[test]
    fn shorten_cuts_on_characters() {
        assert_eq!(shorten("ééé", 2), "éé…");
        assert_eq!(shorten("ab", 2), "ab");
    }
}
