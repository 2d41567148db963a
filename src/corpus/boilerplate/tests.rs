//! The line classifier on hand-made pages: furniture goes, prose and subheadings stay.
use super::*;

fn run(text: &str) -> Classified {
    classify(&KeyedLines::of(text), &HashSet::default())
}

const PARA: &str = "The ministers said on Sunday that the talks would go ahead in the city, and that both of the delegations had agreed to meet there without any of the conditions set before.";

#[test]
fn vocabulary_lines_are_chrome() {
    for line in [
        "Share",
        "Facebook Twitter",
        "3 min read",
        "Follow us on:",
        "Sign in to your account",
        "Lost your password?",
    ] {
        assert_eq!(chrome_of(line, false), Some(Chrome::Vocabulary), "{line}");
    }
    for line in [
        "Read more: Leaders Meet Again",
        "© 2023 Somebody",
        "Last updated: May 12, 2025 9:23 am",
    ] {
        assert!(chrome_of(line, false).is_some(), "{line}");
    }
    assert_eq!(
        chrome_of("Share prices fell by a tenth on Monday.", false),
        None
    );
}

#[test]
fn link_pasted_after_a_paragraph_is_split_off() {
    let (body, tail) = split_chrome_tail("The war goes on. Read another article on the War");
    assert_eq!(
        (body, tail),
        ("The war goes on.", Some("Read another article on the War"))
    );
    assert_eq!(split_chrome_tail("He said so. Read more books.").1, None);
}

#[test]
fn comments_section_is_dropped_after_the_article() {
    let text = format!("{PARA}\n{PARA} Two.\n{PARA} Three.\n12 Comments\n{PARA} Reader.");
    let out = run(&text);
    assert_eq!(out.kept.len(), 3, "{out:?}");
    let key = |text: &str| line_key(text);
    assert!(is_end_marker(&key_words(&key("Leave a Reply"))));
    assert!(!is_end_marker(&key_words(&key(
        "Comments by the minister were welcome."
    ))));
}

#[test]
fn datelines_breadcrumbs_labels() {
    assert!(chrome_of("Sunday, June 1, 2025", false).is_some());
    assert!(chrome_of("site.com > Blog > Europe > Talks", false).is_some());
    let (a, b) = (line_key("Jane Doe"), line_key("Jane said so."));
    assert!(is_name_label("Jane Doe", &key_words(&a)));
    assert!(!is_name_label("Jane said so.", &key_words(&b)));
    assert!(chrome_of("A Ceasefire as the First Condition", false).is_none());
    assert!(chrome_of("Horvan Herald | Your province, your news", false).is_some());
    assert!(chrome_of("Ukraine | Putin calls for direct talks in Istanbul", false).is_none());
    assert!(chrome_of("He said: tea | coffee, as usual.", false).is_none());
}

#[test]
fn heading_between_paragraphs_stays_menu_goes() {
    let text = format!("Home\nWorld\nSport\n{PARA}\nA Turn in the Talks\n{PARA} Again.\nMore Headlines Here\nAnother Headline There\n");
    let out = run(&text);
    assert!(
        out.kept.iter().any(|l| l == "A Turn in the Talks"),
        "{out:?}"
    );
    assert!(!out.kept.iter().any(|l| l.contains("Headline")), "{out:?}");
    assert!(!out.kept.iter().any(|l| l == "Home"));
}

#[test]
fn table_of_contents_line_is_dropped() {
    let text = format!("{PARA}\nWhy did talks start now?What then for the talks?Who will go to the talks?\n{PARA} One.\nWhy did talks start now?\n{PARA} Two.\nWhat then for the talks?\n{PARA} Three.");
    let out = run(&text);
    assert!(
        out.removed
            .iter()
            .any(|l| l.starts_with("Why did talks start now?What")),
        "{out:?}"
    );
    assert!(
        out.kept.iter().any(|l| l == "What then for the talks?"),
        "{out:?}"
    );
}

#[test]
fn a_long_line_lists_two_headings_wherever_they_stand() {
    let headings = Headings::new(
        [
            "Wie geht es weiter?",
            "Was sagt Zürich dazu?",
            "Wer zahlt am Ende?",
        ]
        .into_iter(),
    );
    // At the very end, overlapping, after multi-byte text.
    assert!(headings.listed_in("Inhalt dieser Seite – Wie geht es weiter?Was sagt Zürich dazu?"));
    assert!(headings.listed_in("ÄÖÜ Inhalt: Wer zahlt am Ende?Wie geht es weiter? und so fort"));
    // One heading is a mention, not a list.
    assert!(!headings.listed_in("In short: Wie geht es weiter? That is what people ask."));
    // A heading repeated on two lines counts twice.
    let repeated = Headings::new(["Wer zahlt am Ende?", "Wer zahlt am Ende?"].into_iter());
    assert!(repeated
        .listed_in("The question of the day, asked again and again: Wer zahlt am Ende? Nobody."));
    let lone = Headings::new(["Wer zahlt am Ende?"].into_iter());
    assert!(!lone
        .listed_in("The question of the day, asked again and again: Wer zahlt am Ende? Nobody."));
}

#[test]
fn shared_lines_are_chrome_unless_prose() {
    let shared: HashSet<String> = [line_key("Local Stories"), line_key(PARA)]
        .into_iter()
        .collect();
    let out = classify(&KeyedLines::of(&format!("{PARA}\nLocal Stories")), &shared);
    assert_eq!(out.kept.len(), 1);
    assert!(out.removed.contains(&"Local Stories".to_string()));
}
#[test]
fn article_text_after_a_read_more_line_is_kept() {
    let para = |n: usize| {
        format!("The company said on Monday that {n} of the affected cars were built at its plant, and that owners would get letters soon.")
    };
    let page = [
        "Home | News | Sign in".to_string(),
        para(1),
        para(2),
        para(3),
        "Read more: Our review of the new hatchback".to_string(),
        para(4),
        para(5),
        para(6),
        "Read more: Carmakers and the rising cost of going electric".to_string(),
        "Tags: cars, recalls".to_string(),
        "Why suppliers are the weak link".to_string(),
        "Corvane gets a battery update".to_string(),
    ]
    .join("\n");
    let c = run(&page);
    for n in 1..=4 {
        assert!(
            c.kept.contains(&para(n)),
            "paragraph {n} lost: {:?}",
            c.removed
        );
    }
    for chrome in [
        "Read more: Our review of the new hatchback",
        "Why suppliers are the weak link",
    ] {
        assert!(!c.kept.iter().any(|k| k == chrome), "{chrome} kept");
    }
}

#[test]
fn short_paragraphs_before_a_read_more_line_are_article_text() {
    let long = |n: usize| {
        format!("Investigators found petrol at {n} separate points in the building, which police say shows that the fire was set on purpose.")
    };
    let page = [
        "Home".to_string(),
        "Courts".to_string(),
        "Sign in".to_string(),
        "Share".to_string(),
        "Two men from Orlen were charged with arson after a fire destroyed a depot.".to_string(),
        "Both were detained by regional police on Monday morning.".to_string(),
        "They will face a judge at the district court on March 24.".to_string(),
        "The offence carries a maximum penalty of life in prison.".to_string(),
        "Read more: How the courts deal with arson".to_string(),
        "Petrol at three points".to_string(),
        long(3),
        long(4),
        long(5),
        long(6),
        "Related".to_string(),
        "Why Depots Burn: A Quiet Crisis in Logistics?".to_string(),
        "Is the Regional Police Force Ready for Body Cameras?".to_string(),
        "Leave a comment".to_string(),
    ]
    .join("\n");
    let c = run(&page);
    for kept in [
        "Two men from Orlen were charged with arson after a fire destroyed a depot.",
        "They will face a judge at the district court on March 24.",
        "The offence carries a maximum penalty of life in prison.",
    ] {
        assert!(
            c.kept.iter().any(|k| k == kept),
            "{kept} lost: {:?}",
            c.removed
        );
    }
    assert_ne!(c.title.as_deref(), Some("Petrol at three points"));
    // Headlines in title case, questions or not, are no sentences.
    for chrome in [
        "Read more: How the courts deal with arson",
        "Why Depots Burn: A Quiet Crisis in Logistics?",
        "Is the Regional Police Force Ready for Body Cameras?",
    ] {
        assert!(!c.kept.iter().any(|k| k == chrome), "{chrome} kept");
    }
}

#[test]
fn newsroom_contact_lines_are_chrome() {
    for line in [
        "Send us your news: newsdesk@valleypost.example or call 031 44 80 20",
        "Contact the newsroom: 0388 41 20 17 or newsroom@herald.example",
    ] {
        assert_eq!(chrome_of(line, false), Some(Chrome::Shape), "{line}");
    }
    // A long sentence that quotes an address is the article's.
    let told = "Police asked anyone who saw the two men near the warehouse on Friday night to write to tips@police.example or to call the station, a spokesman said.";
    assert_eq!(chrome_of(told, false), None);
    assert_eq!(
        chrome_of("The vote is at 10 a.m. @ the town hall", false),
        None
    );
}

#[test]
fn wire_slugs_are_chrome() {
    for line in [
        "ALDORIA-DAM/BREACH (UPDATE 2)",
        "PELMARK-WATER/HEALTH",
        "QUAKE TOLL RISES (REFILE)",
    ] {
        assert_eq!(chrome_of(line, false), Some(Chrome::Shape), "{line}");
    }
    assert_eq!(chrome_of("DAM BREACH KILLS NINE", false), None);
    assert_eq!(
        chrome_of("Ministers agreed the plan (update to follow)", false),
        None
    );
    assert_eq!(chrome_of("Trade talks (UPDATE 2) resume", false), None);
}

#[test]
fn a_masthead_alone_on_its_line_is_chrome() {
    for line in [
        "THE BRISCA GAZETTE",
        "The Kelstad Post",
        "VALLEY EVENING STAR",
    ] {
        assert_eq!(chrome_of(line, false), Some(Chrome::Shape), "{line}");
    }
    for line in [
        "Markets Cheer the Good News",
        "The Mayor Brought Bad News.",
        "THE GAZETTE SAID SO",
        "Post",
    ] {
        assert_eq!(chrome_of(line, false), None, "{line}");
    }
}

#[test]
fn reporting_credits_are_chrome() {
    let credit = "(Reporting by Ana Roe; Additional reporting by Ben Lee; Editing by Cy Vale)";
    assert_eq!(chrome_of(credit, false), Some(Chrome::Vocabulary));
    assert_eq!(
        chrome_of(
            "Reporting by the agency was later confirmed by police.",
            false
        ),
        Some(Chrome::Vocabulary),
        "a line opening 'Reporting by' is a credit, whatever follows"
    );
    assert_eq!(
        chrome_of(
            "The reporting by local papers was accurate, he said.",
            false
        ),
        None
    );
}

#[test]
fn markdown_heading_marks_are_taken_off() {
    assert_eq!(
        tidy_lines("## What happened?\n#hashtag\n####### x"),
        ["What happened?", "#hashtag", "####### x"]
    );
}

#[test]
fn a_sentence_case_headline_wins_over_the_masthead_tagline() {
    let page = format!(
        "THE BRISCA GAZETTE\nServing Brisca and the valley since 1908\nThursday, April 16, 2026\n\nQueues at the ice rink as Brisca waits for safe water\n{}",
        "Volunteers at the ice rink in Brisca have handed out safe water since the notice went out on Tuesday evening, and the queues reached the car park, the council said. ".repeat(2)
    );
    let out = run(&page);
    assert_eq!(
        out.title.as_deref(),
        Some("Queues at the ice rink as Brisca waits for safe water")
    );
}

#[test]
fn bylines_desk_datelines_and_wire_notes_are_chrome() {
    for line in [
        "By Greta Holm, Health Reporter",
        "By RTC News crime desk",
        "Radio Estravia Business Desk, Tuesday, September 16, 2025",
        "($1 = 21.93 varns)",
        "Carvenia-Museum-Theft/ (UPDATE 2, PIX)",
    ] {
        assert!(chrome_of(line, false).is_some(), "{line}");
    }
    for line in [
        "By Friday the toll had risen to 31, officials said.",
        "By then",
        "The vote was held on Tuesday, September 16, 2025",
        "(The minister spoke for an hour)",
        "Sales rose (update 2 of the figures) to 3/4 of the total.",
    ] {
        assert_eq!(chrome_of(line, false), None, "{line}");
    }
}

#[test]
fn the_headline_follows_the_site_head_not_the_tagline() {
    let page = format!(
        "BRENHOLT EVENING STAR\nYour city, every evening since 1921\nMonday, 10 November 2025\nNews | Health | City Hall | Sport | Letters\n\nHackers bring city's hospitals to a standstill\nBy Greta Holm, Health Reporter\n{}",
        "Night staff in the city noticed the first messages from the hackers at the hospitals yesterday at about three, and every evening since then the wards have worked on paper. ".repeat(2)
    );
    let out = run(&page);
    assert_eq!(
        out.title.as_deref(),
        Some("Hackers bring city's hospitals to a standstill")
    );
    assert!(!out
        .kept
        .iter()
        .any(|l| l.contains("every evening since 1921")));
}

#[test]
fn a_caption_after_the_share_buttons_is_not_the_headline() {
    let page = format!(
        "site.example > Europe > Zelensky to Meet Putin in Istanbul for Peace Talks\n\nZelensky to Meet Putin in Istanbul for Peace Talks\nPublished: May 12, 2025\nShare\nZelensky Putin Peace Talks\nSHARE\n{}",
        "Zelensky said he would meet Putin for peace talks in Istanbul on Thursday, and the talks would be the first meeting of the two since the war began, officials in Kyiv said. ".repeat(2)
    );
    let out = run(&page);
    assert_eq!(
        out.title.as_deref(),
        Some("Zelensky to Meet Putin in Istanbul for Peace Talks")
    );
}
