//! A small hand-made collation with groups and divergences of three kinds, so the
//! reader can be tested and demonstrated before (and independently of) the pipeline.

use crate::model::{
    Article, Collation, Detail, DetailKind, Divergence, DivergenceKind, DivergentValue, Group,
    Sentence, SentenceRef, Story, SCHEMA,
};

fn article(path: &str, title: &str, paragraphs: &[&[&str]]) -> Article {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        if p > 0 {
            text.push_str("\n\n");
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
    let value = |a: usize, s: usize, text: &str| {
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
        }
    };
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
        },
        Divergence {
            kind: DivergenceKind::Date,
            group: 1,
            values: vec![value(0, 1, "Sunday"), value(1, 1, "Saturday")],
            note: "1 source says Sunday; 1 says Saturday".to_string(),
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
