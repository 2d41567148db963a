//! Small hand-made collations with groups and divergences, so the reader and the
//! exporters can be tested apart from the pipeline: one story with contradictions
//! of three kinds, and a folder mixing three stories. Test-only: the library's
//! unit tests include this file as `crate::tui::fixture`, the integration tests
//! as `fixture` (both name the model `crate::model`).
//!
//! The articles obey the cleaned-text contract: one paragraph per line, never a
//! blank line.

use crate::model::{
    Article, Collation, Detail, DetailKind, Divergence, DivergenceKind, DivergentValue, Group,
    Relation, Sentence, SentenceRef, Story, SCHEMA,
};

fn article(path: &str, title: &str, paragraphs: &[&[&str]]) -> Article {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        if p > 0 {
            text.push('\n');
        }
        for (i, s) in para.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(s);
            let details = ["Thursday", "Istanbul", "Ankara", "Sunday", "Saturday"]
                .iter()
                .filter_map(|w| {
                    s.find(w).map(|at| Detail {
                        kind: if w.ends_with("day") {
                            DetailKind::Date
                        } else {
                            DetailKind::Place
                        },
                        start: at,
                        end: at + w.len(),
                        value: w.to_lowercase(),
                        about: None,
                    })
                })
                .collect();
            sentences.push(Sentence {
                text: s.to_string(),
                start,
                end: text.len(),
                details,
            });
        }
    }
    Article {
        path: path.to_string(),
        title: title.to_string(),
        text,
        sentences,
        meta: Default::default(),
    }
}

/// The divergent value `text` as sentence `s` of article `a` writes it.
fn value(articles: &[Article], a: usize, s: usize, text: &str) -> DivergentValue {
    let sentence = &articles[a].sentences[s].text;
    let start = sentence
        .find(text)
        .expect("fixture value is in its sentence");
    DivergentValue {
        article: a,
        sentence: s,
        text: text.to_string(),
        start,
        end: start + text.len(),
        value: text.to_lowercase().replace(',', ""),
        resolved: None,
    }
}

fn r(article: usize, sentence: usize) -> SentenceRef {
    SentenceRef { article, sentence }
}

/// Three sources, three groups, three contradictions (place, date, number).
pub fn collation() -> Collation {
    let articles = vec![
        article(
            "news/000_wire.txt",
            "Zelensky to travel to Istanbul for talks",
            &[
                &[
                    "Ukrainian President Volodymyr Zelensky will travel to Istanbul on Thursday for direct talks.",
                    "The meeting was announced by his office late on Sunday.",
                ],
                &[
                    "Officials said 12,000 troops remain at the border.",
                    "Analysts were cautious about the outcome.",
                ],
            ],
        ),
        article(
            "news/001_daily.txt",
            "Zelensky heads to Ankara",
            &[&[
                "Zelensky said he would go to Ankara on Thursday for direct talks.",
                "His office announced the meeting on Saturday.",
                "Some 12,000 troops remain at the border, officials said.",
            ]],
        ),
        article(
            "news/002_post.html",
            "Ukrainian leader expected in Istanbul",
            &[&[
                "The Ukrainian leader will be in Istanbul this Thursday for talks.",
                "The weather in the city was mild.",
                "Officials said 15,000 troops remain at the border.",
            ]],
        ),
    ];
    let value = |a: usize, s: usize, text: &str| value(&articles, a, s, text);
    let divergences = vec![
        Divergence {
            kind: DivergenceKind::Place,
            group: 0,
            values: vec![
                value(0, 0, "Istanbul"),
                value(1, 0, "Ankara"),
                value(2, 0, "Istanbul"),
            ],
            note: "2 of 3 sources say Istanbul; 1 says Ankara".to_string(),
            relation: Default::default(),
        },
        Divergence {
            kind: DivergenceKind::Date,
            group: 1,
            values: vec![value(0, 1, "Sunday"), value(1, 1, "Saturday")],
            note: "1 source says Sunday; 1 says Saturday".to_string(),
            relation: Default::default(),
        },
        Divergence {
            kind: DivergenceKind::Number,
            group: 2,
            values: vec![
                value(0, 2, "12,000"),
                value(1, 2, "12,000"),
                value(2, 2, "15,000"),
            ],
            note: "2 of 3 sources say 12,000; 1 says 15,000".to_string(),
            relation: Default::default(),
        },
    ];
    Collation {
        schema: SCHEMA.to_string(),
        articles,
        groups: vec![
            Group {
                members: vec![r(0, 0), r(1, 0), r(2, 0)],
                score: 0.8,
            },
            Group {
                members: vec![r(0, 1), r(1, 1)],
                score: 0.7,
            },
            Group {
                members: vec![r(0, 2), r(1, 2), r(2, 2)],
                score: 0.75,
            },
        ],
        divergences,
        stories: vec![Story {
            label: "Zelensky visit".to_string(),
            articles: vec![0, 1, 2],
        }],
        warnings: vec!["skipped news/broken.pdf: not a readable format".to_string()],
    }
}

/// [`collation`] with dates of writing (000 Mon 3 Mar, 001 Wed 5 Mar, 002
/// Sun 2 Mar) and its troop count an update, its values by date: 15,000 on
/// Sunday, 12,000 from Monday.
pub fn dated() -> Collation {
    let mut c = collation();
    for (a, day) in c
        .articles
        .iter_mut()
        .zip(["2025-03-03", "2025-03-05", "2025-03-02"])
    {
        a.meta.published = Some(day.to_string());
    }
    let troops = &mut c.divergences[2];
    troops.relation = Relation::Update;
    troops.values.rotate_right(1);
    troops.note = "fell from 15,000 (002, Sun 2 Mar) to 12,000 (000, Mon 3 Mar)".to_string();
    c
}

/// A folder mixing three stories whose files interleave by name, as the pipeline
/// numbers them: the talks of [`collation`] (articles 0, 2, 4), an earthquake
/// (1, 5) with two contradictions, and a council vote (3) with none.
pub fn stories() -> Collation {
    let talks = collation();
    // Where each of the talks' articles lands in the mixed folder.
    let at = [0, 2, 4];
    let quake = |path: &str, title: &str, lines: &[&str]| article(path, title, &[lines]);
    let mut articles = vec![
        talks.articles[0].clone(),
        quake(
            "news/001_quakewatch.txt",
            "Strong earthquake shakes western Turkey",
            &[
                "A magnitude 6.1 earthquake struck near Izmir early on Tuesday.",
                "At least 14 people were injured, the governor said.",
            ],
        ),
        talks.articles[1].clone(),
        quake(
            "news/003_council.txt",
            "City council approves budget",
            &["The council approved the budget after a short debate."],
        ),
        talks.articles[2].clone(),
        quake(
            "news/005_geo.txt",
            "Quake hits Izmir province",
            &[
                "An earthquake of magnitude 5.8 hit Izmir province on Tuesday.",
                "The governor said 12 people were injured and 3 buildings collapsed.",
            ],
        ),
    ];
    articles[2].path = "news/002_daily.txt".to_string();
    articles[4].path = "news/004_post.html".to_string();
    let mut groups = talks.groups.clone();
    for m in groups.iter_mut().flat_map(|g| g.members.iter_mut()) {
        m.article = at[m.article];
    }
    let mut divergences = talks.divergences.clone();
    for v in divergences.iter_mut().flat_map(|d| d.values.iter_mut()) {
        v.article = at[v.article];
    }
    let quake_groups = groups.len();
    groups.push(Group {
        members: vec![r(1, 0), r(5, 0)],
        score: 0.6,
    });
    groups.push(Group {
        members: vec![r(1, 1), r(5, 1)],
        score: 0.5,
    });
    divergences.push(Divergence {
        kind: DivergenceKind::Number,
        group: quake_groups,
        values: vec![value(&articles, 1, 0, "6.1"), value(&articles, 5, 0, "5.8")],
        note: "1 source says 6.1; 1 says 5.8".to_string(),
        relation: Default::default(),
    });
    divergences.push(Divergence {
        kind: DivergenceKind::Number,
        group: quake_groups + 1,
        values: vec![value(&articles, 1, 1, "14"), value(&articles, 5, 1, "12")],
        note: "1 source says 14; 1 says 12".to_string(),
        relation: Default::default(),
    });
    Collation {
        schema: SCHEMA.to_string(),
        articles,
        groups,
        divergences,
        stories: vec![
            Story {
                label: "Istanbul · Thursday · Zelensky".to_string(),
                articles: vec![0, 2, 4],
            },
            Story {
                label: "Izmir · Tuesday".to_string(),
                articles: vec![1, 5],
            },
            Story {
                label: "City council approves budget".to_string(),
                articles: vec![3],
            },
        ],
        warnings: Vec::new(),
    }
}

/// [`stories`] with dates of writing: in story 1 (0, 2, 4) 4 is oldest and 2
/// has none; in story 2 (1, 5) 5 is older; 3 has none.
pub fn dated_stories() -> Collation {
    let mut c = stories();
    let dates = [
        Some("2025-03-05"),
        Some("2025-03-02"),
        None,
        None,
        Some("2025-03-03"),
        Some("2025-03-01"),
    ];
    for (article, d) in c.articles.iter_mut().zip(dates) {
        article.meta.published = d.map(str::to_string);
    }
    c
}
