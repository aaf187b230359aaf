"""Extraction on sentences written for these tests (none is from the corpus or the seeds).

Each case exercises one construction of news reporting; together they check that the rules
follow the grammar, not particular sentences.
"""

from __future__ import annotations

import pytest

from factcheck.extractor import extract_drafts


def counts(text: str) -> list[tuple]:
    return [
        (d.kind, d.value, d.low, d.high, d.qualifier, d.subject)
        for d in extract_drafts(text)
        if d.kind != "quote"
    ]


def quoted(text: str) -> list[tuple]:
    return [(d.quote, d.speaker) for d in extract_drafts(text) if d.kind == "quote"]


def one(text: str):
    found = [d for d in extract_drafts(text) if d.kind != "quote"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 23 people were killed and 41 injured when a bus plunged into a gorge.",
            [
                ("killed", 23, 23, None, "at_least", "people"),
                ("wounded", 41, 41, 41, "exact", "people"),
            ],
        ),
        (
            "The blast killed 12 workers and wounded 30 others at the plant.",
            [
                ("killed", 12, 12, 12, "exact", "workers"),
                ("wounded", 30, 30, 30, "exact", "others"),
            ],
        ),
        (
            "Nine people remain missing after the flood.",
            [("missing", 9, 9, 9, "exact", "people")],
        ),
        (
            "The storm left more than 4,500 residents homeless.",
            [("displaced", 4500, 4500, None, "more_than", "residents")],
        ),
        (
            "Police arrested 37 protesters outside parliament.",
            [("arrested", 37, 37, 37, "exact", "protesters")],
        ),
        (
            "Dozens of villagers were hurt in the landslide.",
            [("wounded", None, 24, None, "vague", "villagers")],
        ),
        (
            "Between 10 and 15 miners died underground.",
            [("killed", None, 10, 15, "range", "miners")],
        ),
        (
            "The death toll from the earthquake climbed to 1,204 on Sunday.",
            [("killed", 1204, 1204, 1204, "exact", None)],
        ),
        (
            "Rescuers pulled 12 bodies from the rubble.",
            [("killed", 12, 12, 12, "exact", "bodies")],
        ),
        (
            "The ferry was carrying about 300 passengers.",
            [("other_count", 300, None, None, "about", "passengers")],
        ),
        (
            "Fires destroyed nearly 2,000 homes in the valley.",
            [("other_count", 2000, None, 2000, "at_most", "homes")],
        ),
    ],
)
def test_counts_kinds_and_intervals(text: str, expected: list[tuple]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Two firefighters were among the dead.", "killed", 2),
        ("Among the dead were four children.", "killed", 4),
        ("Among the injured are 12 police officers.", "wounded", 12),
        ("Three journalists were among the missing.", "missing", 3),
        ("The dead included three children.", "killed", 3),
        ("Of the dead, 12 were children.", "killed", 12),
        # a capitalised plural the verb counts: a nationality, not a name
        ("The White House said that 3 Americans were killed.", "killed", 3),
        # a figure in a clause of its own is not the toll
        ("The toll is expected to rise as 70 people remain trapped.", "other_count", 70),
        ("The death toll as of Monday stood at 45.", "killed", 45),
        ("The number of people killed has risen to 27.", "killed", 27),
        ("The fire forced 2,000 residents to evacuate.", "displaced", 2000),
        ("Some 27,000 people were ordered to evacuate.", "displaced", 27000),
        ("The flooding forced the evacuation of 5,000 residents.", "displaced", 5000),
        ("The blast sent 12 people to hospital.", "wounded", 12),
        ("Israel freed 90 Palestinian prisoners.", "other_count", 90),
    ],
)
def test_among_the_dead_demonyms_and_toll_reach(text: str, kind: str, value: int) -> None:
    d = one(text)
    assert (d.kind, d.value) == (kind, value)


def test_coordinated_figures_share_subject_not_qualifier() -> None:
    found = counts("More than 40 soldiers were killed and 112 wounded in the ambush.")
    assert found == [
        ("killed", 40, 40, None, "more_than", "soldiers"),
        ("wounded", 112, 112, 112, "exact", "soldiers"),
    ]


def test_verb_before_coordinated_objects() -> None:
    found = counts("The gunman killed seven shoppers and a security guard and injured four.")
    assert found[0][:2] == ("killed", 7)
    assert ("wounded", 4) in [f[:2] for f in found]


def test_missiles_launched_and_shot_down() -> None:
    found = counts("Russia launched 52 missiles overnight, and air defences shot down 44 of them.")
    assert [(f[0], f[1], f[5]) for f in found] == [
        ("missiles", 52, "missiles"),
        ("missiles", 44, "shot down"),
    ]


def test_drones_intercepted() -> None:
    d = one("The air force said 30 Shahed drones were intercepted over the south.")
    assert (d.kind, d.value, d.subject, d.speaker) == ("drones", 30, "shot down", "air force")


def test_money_with_currency_and_scale() -> None:
    d = one("The European Union pledged €2.5m in emergency aid.")
    assert (d.kind, d.value, d.currency) == ("money", 2_500_000, "EUR")
    assert d.subject == "emergency aid"
    d = one("The U.S. has provided more than $60 billion in military assistance since 2022.")
    assert (d.value, d.qualifier, d.subject) == (60_000_000_000, "more_than", "military assistance")


@pytest.mark.parametrize(
    "text",
    [
        "An 18-year-old gunman opened fire on Tuesday.",
        "The town lies 250 km north of the capital.",
        "The explosion happened at 7pm on May 24.",
        "The bridge, built in 1998, had been closed for 30 days.",
        "Unemployment rose 5% in the second quarter.",
        "A magnitude 7.8 earthquake killed villagers in the hills.",
        "A category 4 hurricane struck the coast.",
    ],
)
def test_numbers_that_are_not_claims(text: str) -> None:
    assert counts(text) == []


def test_possible_figures() -> None:
    d = one("As many as 40 passengers may have drowned, officials fear.")
    assert d.kind == "killed"
    assert d.qualifier in ("possible", "at_most")
    assert d.speaker == "officials"  # who fears it is whose figure it is


def test_superseded_figure() -> None:
    found = extract_drafts("The toll has risen to 61, up from 48 on Monday.")
    assert [(d.kind, d.value, d.superseded) for d in found] == [
        ("killed", 61, False),
        ("killed", 48, True),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least 9 people died, the fire service said.", "fire service"),
        (
            "At least 9 people died, said Marta Oliveira, a fire service spokeswoman.",
            "Marta Oliveira",
        ),
        ("Fire chief Tom Baker said at least 9 people died.", "Tom Baker"),
        (
            "At least 9 people died, according to the regional health ministry.",
            "regional health ministry",
        ),
        ("The Red Cross reported that 9 people died.", "Red Cross"),
        ("At least 9 people died in the fire.", None),
    ],
)
def test_count_speaker(text: str, speaker: str | None) -> None:
    d = one(text)
    assert d.speaker == speaker


def test_quote_speaker_after_quote_and_pronoun() -> None:
    text = (
        "Governor Maria Lopez toured the flooded district on Friday.\n"
        "“We will rebuild every home,” she said. “Nobody will be left behind.”"
    )
    quotes = quoted(text)
    assert quotes == [
        ("We will rebuild every home,", "Maria Lopez"),
        ("Nobody will be left behind.", "Maria Lopez"),
    ]


def test_quote_before_colon_and_full_name_kept() -> None:
    text = 'Mayor John Okafor spoke to reporters. Later, Okafor said: "The water is receding."'
    [q] = [d for d in extract_drafts(text) if d.kind == "quote"]
    assert (q.quote, q.speaker) == ("The water is receding.", "John Okafor")


def test_quote_over_paragraphs_and_unclosed() -> None:
    text = (
        '"The first wave hit at dawn," said Ana Ruiz, a nurse.\n\n'
        '"We had no power for hours.\n\n'
        '"Then the second wave came," she said.\n\n'
        '"Nobody slept that night'
    )
    quotes = quoted(text)
    assert quotes[0] == ("The first wave hit at dawn,", "Ana Ruiz")
    assert quotes[1][0].startswith("We had no power for hours.")
    assert quotes[1][0].endswith("Then the second wave came,")
    assert quotes[1][1] == "Ana Ruiz"
    assert quotes[2] == ("Nobody slept that night", "Ana Ruiz")


def test_single_quote_marks_in_british_style() -> None:
    text = (
        "Home Secretary Priya Shah visited the site on Sunday.\n"
        "‘The victims’ families deserve answers,’ she said. ‘We will find out how 14 people died.’"
    )
    found = [(d.kind, d.quote or d.value, d.speaker) for d in extract_drafts(text)]
    assert found == [
        ("quote", "The victims’ families deserve answers,", "Priya Shah"),
        ("quote", "We will find out how 14 people died.", "Priya Shah"),
        ("killed", 14, "Priya Shah"),
    ]


def test_scare_quote_takes_the_reporting_subject() -> None:
    text = 'Foreign Minister Ilse Berg called the attack "barbaric" in a statement.'
    [q] = [d for d in extract_drafts(text) if d.kind == "quote"]
    assert (q.quote, q.speaker) == ("barbaric", "Ilse Berg")


def test_counts_inside_quotes_take_the_quote_speaker() -> None:
    text = '"We have treated 45 injured people so far," said Dr. Ken Sato.'
    d = one(text)
    assert (d.kind, d.value, d.speaker) == ("wounded", 45, "Ken Sato")


def test_offsets_point_into_the_text() -> None:
    text = "Officials said at least 14 people were killed and 90 were injured."
    for d in extract_drafts(text):
        assert 0 <= d.start < d.end <= len(text)
        assert any(ch.isdigit() for ch in text[d.start : d.end])


def test_role_speakers_are_not_resolved_to_someone_else() -> None:
    text = (
        "Regional governor Ruslan Kravchenko wrote that two people were wounded. "
        "In Odesa, a woman was killed, the city's mayor said. “It was a night of terror,” he said. "
        "Police detained 12 people for looting, a spokesman said."
    )
    drafts = extract_drafts(text)
    [quote] = [d for d in drafts if d.kind == "quote"]
    assert quote.speaker == "city's mayor"
    arrested = next(d for d in drafts if d.kind == "arrested")
    assert arrested.speaker == "a spokesman"
    wounded = next(d for d in drafts if d.kind == "wounded")
    assert wounded.speaker == "Ruslan Kravchenko"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Five people died, the mayor said.", "the mayor"),
        # the person named with that title, not merely the last one named
        (
            "Mayor Ana Ruiz and Governor Tom Hale toured the town. Five died, the mayor said.",
            "Ana Ruiz",
        ),
        ("Gov. Greg Abbott spoke first. Five died, the governor told reporters.", "Greg Abbott"),
        # someone named without a title may hold it
        ("Greg Abbott said the school was shut. Five died, the governor said.", "Greg Abbott"),
        # but not when that person's title is another one
        ("Mayor Ana Ruiz spoke. Five died, the governor said.", "the governor"),
    ],
)
def test_the_role_said(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


def test_parenthetical_including_shares_the_predicate() -> None:
    found = extract_drafts(
        "Ten people, including three children, were killed, state media reported."
    )
    assert [(d.kind, d.value, d.subject, d.speaker) for d in found] == [
        ("killed", 10, "people", "state media"),
        ("killed", 3, "children", "state media"),
    ]


def test_number_of_dead_and_time_words() -> None:
    found = extract_drafts("The number of dead rose to 41 overnight, up from 29 on Thursday.")
    assert [(d.kind, d.value, d.superseded) for d in found] == [
        ("killed", 41, False),
        ("killed", 29, True),
    ]


def test_gerunds_after_the_event() -> None:
    found = counts("A bomber attacked a market, killing 14 people and injuring 37, police said.")
    assert [f[:2] for f in found] == [("killed", 14), ("wounded", 37)]


def test_partitive_of_a_number_and_organisation_speakers() -> None:
    text = (
        "Protests spread to 19 of the country's 47 counties, rights groups said. "
        "The National Commission on Human Rights said at least 23 people had been killed."
    )
    found = [(d.kind, d.value, d.subject, d.speaker) for d in extract_drafts(text)]
    assert found == [
        ("other_count", 19, "counties", "rights groups"),
        ("other_count", 47, "counties", "rights groups"),
        ("killed", 23, "people", "National Commission on Human Rights"),
    ]


def test_speaker_reaches_only_what_the_reporting_verb_governs() -> None:
    text = (
        "At the session — convened to discuss the loss of three ships — Admiral Jane Cole "
        "branded the attack an act of war in a long and angry speech to the delegates. "
        "There were other injuries, including two officers whom the governor reported will "
        "survive. Five people died in the blast, police said."
    )
    found = [(d.value, d.speaker) for d in extract_drafts(text) if d.kind != "quote"]
    assert found == [(3, None), (2, None), (5, "police")]


def test_toll_over_a_prepositional_phrase_and_an_earlier_figure() -> None:
    d = one("The ministry said the death toll since the war began had risen to 52,862.")
    assert (d.kind, d.value, d.superseded) == ("killed", 52862, False)
    d = one("Earlier on Monday, the ministry had put the toll at 52,835.")
    assert (d.kind, d.value, d.superseded) == ("killed", 52835, True)
    d = one("Earlier this year, at least 5 people died in a crash.")
    assert d.superseded is False


def test_participle_before_a_noun_is_an_adjective_not_the_predicate() -> None:
    found = counts("Strikes killed 27 people, including 11 in a school housing displaced families.")
    assert [(f[0], f[1]) for f in found] == [("killed", 27), ("killed", 11)]


def test_spaced_hyphen_parenthesis_before_the_predicate() -> None:
    d = one("UNRWA said 1.9 million people - about 90% of the population - had been displaced.")
    assert (d.kind, d.value, d.speaker) == ("displaced", 1900000, "UNRWA")


def test_a_relative_clause_about_the_speaker_is_not_the_speakers_figure() -> None:
    text = '"They hit the school," said Umm Ali, 41, whose two sons were wounded.'
    d = one(text)
    assert (d.kind, d.value, d.speaker) == ("wounded", 2, None)


def test_speaker_before_a_long_relative_clause() -> None:
    text = (
        '"I ran," said Ana Lima. A police spokesperson, who asked not to be named because he '
        'was not authorized to speak publicly, said: "The investigation is ongoing."'
    )
    quotes = quoted(text)
    assert quotes == [
        ("I ran,", "Ana Lima"),
        ("The investigation is ongoing.", "police spokesperson"),
    ]


def test_the_place_of_the_event_clause_is_not_a_scope() -> None:
    # a place the figure is restricted to is its scope; where the whole event happened is not
    assert one("Five people were killed in Kharkiv.").scope == "in Kharkiv"
    d = one("At least 25 people died when a bus fell into a ravine in the Amazonas region.")
    assert (d.value, d.scope) == (25, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in five children were injured.", []),
        ("One in 10 homes was damaged.", []),
        # the verb tells of the part: the whole is a count of its own kind
        ("Half of the 300 passengers were injured.", [("other_count", 300)]),
        ("None of the 12 miners were hurt.", [("other_count", 12)]),
        # but a whole named by its kind keeps it
        ("Many of the 50 injured were children.", [("wounded", 50)]),
        ("The attack killed 14 people, one in Kyiv.", [("killed", 14), ("killed", 1)]),
    ],
)
def test_ratios_and_parts_of_a_whole(text: str, expected: list[tuple]) -> None:
    assert [(f[0], f[1]) for f in counts(text)] == expected


def test_compound_noun_and_an_earlier_figure() -> None:
    d = one("Two passenger trains collided near the station.")
    assert (d.kind, d.value, d.subject) == ("other_count", 2, "trains collided")
    found = extract_drafts("The toll is 288, he said, revising an earlier figure of 233 dead.")
    assert [(d.value, d.superseded) for d in found] == [(288, False), (233, True)]


def test_put_the_number_at_reports_a_figure() -> None:
    d = one("The Red Crescent put the number of missing at 10,100.")
    assert (d.kind, d.value, d.speaker) == ("missing", 10100, "Red Crescent")
    d = one("Earlier, the eastern government's aviation minister had put the death toll at 2,300.")
    assert (d.kind, d.value, d.superseded) == ("killed", 2300, True)


def test_a_hedge_stays_in_its_clause() -> None:
    found = extract_drafts("Hundreds are feared dead after two dams collapsed in the storm.")
    assert [(d.kind, d.qualifier) for d in found] == [("killed", "vague"), ("other_count", "exact")]


def test_predicate_after_a_longer_prepositional_phrase() -> None:
    d = one("In 1992, all 167 people aboard a Pakistan International Airlines plane were killed.")
    assert (d.kind, d.value) == ("killed", 167)


def test_titled_names_and_the_family_said() -> None:
    text = (
        "Sheriff John Mills spoke first. FEMA Administrator Deanne Criswell said the agency "
        'sent 500 workers. "This will be a long recovery," she said.\n'
        "'We are heartbroken,' the family said in a statement."
    )
    found = [(d.kind, d.speaker) for d in extract_drafts(text)]
    assert found == [
        ("other_count", "Deanne Criswell"),
        ("quote", "Deanne Criswell"),
        ("quote", "family"),
    ]


def test_including_after_the_predicate_shares_it() -> None:
    found = counts("Twenty-one people were killed in the attack, including 19 children.")
    assert [(f[0], f[1]) for f in found] == [("killed", 21), ("killed", 19)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are doing all we can," said the official, who spoke anonymously.', "official"),
        ("“We heard explosions,” said a resident who gave only her first name.", "a resident"),
        ('Gov. Ana Ruiz arrived. "It is grim," said the governor.', "Ana Ruiz"),
        ('"It is grim," said the governor.', "the governor"),
    ],
)
def test_said_the_noun(text: str, speaker: str) -> None:
    [q] = [d for d in extract_drafts(text) if d.kind == "quote"]
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Seven people sustained minor injuries.",
        "Three firefighters suffered burns.",
        "Five people were treated for gunshot wounds.",
        "Twelve people were taken to hospital.",
        "Six victims were rushed to nearby hospitals.",
    ],
)
def test_phrases_that_mean_wounded(text: str) -> None:
    assert one(text).kind == "wounded"


def test_people_introduced_by_age_or_relative_clause_are_named() -> None:
    text = (
        'Maria Santos, 52, was in her kitchen. "Everything fell," she said. '
        "Civil Defense chief Joao Lima said 14 people died.\n"
        'Ana Costa, whose brother is missing, waited outside. "Nobody tells us anything," she said.'
    )
    quotes = [d.speaker for d in extract_drafts(text) if d.kind == "quote"]
    assert quotes == ["Maria Santos", "Ana Costa"]


def test_a_plural_noun_then_a_bare_verb() -> None:
    d = one("He saw at least 10 houses collapse.")
    assert (d.kind, d.value, d.subject) == ("other_count", 10, "houses")


def test_a_list_of_places_and_their_figures() -> None:
    text = "South Carolina reported 36 deaths, Georgia 25, Florida 14 and Virginia 2."
    found = [(d.kind, d.value, d.scope) for d in extract_drafts(text)]
    assert found == [
        ("killed", 36, "South Carolina"),
        ("killed", 25, "Georgia"),
        ("killed", 14, "Florida"),
        ("killed", 2, "Virginia"),
    ]
    # a figure that counts a noun of its own after a place is not a list item
    assert [d.scope for d in extract_drafts("It hit Tampa, Orlando 20 miles inland.")] == []


def test_headline_present_tense_and_a_possessive_role_speaker() -> None:
    found = extract_drafts("Police arrest hundreds as protests spread")
    assert [(d.kind, d.low) for d in found] == [("arrested", 200)]
    d = one("In Tehran, 250 people were arrested, the city's police chief told an agency.")
    assert (d.kind, d.speaker) == ("arrested", "city's police chief")


def test_each_figure_takes_the_nearest_reporting_verb_before_it() -> None:
    text = (
        "The blast killed hundreds of people, Palestinian officials said, with the health "
        "ministry putting the toll at 471. The ministry said 3,000 people had been killed "
        "since Oct. 7, including 1,030 children."
    )
    found = [(d.kind, d.value or d.low, d.speaker) for d in extract_drafts(text)]
    assert found == [
        ("killed", 200, "Palestinian officials"),
        ("killed", 471, "health ministry"),
        ("killed", 3000, "ministry"),
        ("killed", 1030, "ministry"),
    ]


def test_declared_brought_dead_and_ex_gratia() -> None:
    found = counts("Rescuers pulled out 22 people, of whom 11 were declared brought dead.")
    assert [(f[0], f[1]) for f in found] == [("other_count", 22), ("killed", 11)]
    d = one("The minister announced an ex gratia of Rs 10 lakh for the families.")
    assert (d.kind, d.value, d.subject) == ("money", 1_000_000, "ex gratia")


def test_a_sentence_naming_where_the_figures_come_from() -> None:
    text = (
        "Twelve people died and 30 were hurt. The figures were provided by the health "
        "ministry. Nine others died later."
    )
    assert [(d.value, d.speaker) for d in extract_drafts(text)] == [
        (12, "health ministry"),
        (30, "health ministry"),
        (9, None),
    ]


def test_said_the_title_is_the_person_named_with_it() -> None:
    text = (
        'Governor Ana Ruiz toured the town. "We will rebuild," said the Governor. Foreign '
        'Minister Tomas Lind spoke later. "It is a tragedy," said the Foreign Minister.'
    )
    assert [speaker for _, speaker in quoted(text)] == ["Ana Ruiz", "Tomas Lind"]


def test_he_after_an_indefinite_speaker_is_that_speaker() -> None:
    text = (
        "Spokesman Tim Cole said the site was sealed. A driver at the depot, who gave only his "
        'first name, said 12 buses burned. "I ran," he said.'
    )
    assert quoted(text) == [("I ran,", "A driver")]


def test_a_partitive_of_them_takes_the_verb_when_nothing_precedes_it() -> None:
    assert counts("Police raided the camp, and 26 of them were arrested.") == [
        ("arrested", 26, 26, 26, "exact", None)
    ]
    assert counts("Of the survivors, nine of them were injured.")[-1][0] == "wounded"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight people were shot, two of them fatally, at a party.",
            [("wounded", 8), ("killed", 2)],
        ),
        ("Eleven people were shot, three fatally.", [("wounded", 11), ("killed", 3)]),
        ("Three people were fatally shot.", [("killed", 3)]),
        ("Four were critically injured.", [("wounded", 4)]),
    ],
)
def test_fatally_makes_a_shooting_a_death(text: str, expected: list) -> None:
    assert [(c[0], c[1]) for c in counts(text)] == expected


def test_a_sum_for_those_has_no_subject() -> None:
    [d] = [d for d in extract_drafts("He announced Rs 50,000 for those with minor injuries.")]
    assert (d.kind, d.value, d.subject) == ("money", 50000, None)


def test_names_given_as_appositives_after_a_role() -> None:
    text = (
        "Dr Ann Lee said the wards were full. The shadow health secretary, Victoria Atkins, "
        'accused ministers of failing. She told Sky News: "They were warned months ago."'
    )
    assert quoted(text) == [("They were warned months ago.", "Victoria Atkins")]
    text = "‘It was like a war zone,’ said one resident, Sarah Hughes, 64, whose house was hit."
    assert quoted(text) == [("It was like a war zone,", "Sarah Hughes")]


def test_a_number_is_never_a_speaker() -> None:
    assert one("Twelve were confirmed dead by Tuesday morning.").speaker is None


def test_forced_from_their_homes_is_displaced() -> None:
    assert counts("The floods forced 30,000 people from their homes.") == [
        ("displaced", 30000, 30000, 30000, "exact", "people")
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Police offered a $500,000 reward for information.", "reward"),
        ("The bank approved a $2 billion emergency loan.", "emergency loan"),
        ("The EU pledged €2 billion in reconstruction aid.", "reconstruction aid"),
    ],
)
def test_the_noun_a_sum_is_written_before(text: str, subject: str) -> None:
    assert one(text).subject == subject


def test_initials_before_a_surname_end_no_sentence() -> None:
    text = (
        '"Sixty bodies have been found," police official A.K. Chhetri told Reuters. '
        "Teams were still looking for five others, he said."
    )
    assert quoted(text) == [("Sixty bodies have been found,", "A.K. Chhetri")]
    assert [d.speaker for d in extract_drafts(text) if d.kind != "quote"] == [
        "A.K. Chhetri",
        "A.K. Chhetri",
    ]


def test_a_district_in_an_office_name_is_no_scope() -> None:
    text = "The toll rose to 70, the Kaski District Administration Office said."
    assert (one(text).value, one(text).scope) == (70, None)
    assert one("Seven people died in Kaski District on Sunday.").scope == "in Kaski District"


def test_said_the_noun_then_a_verb_is_what_was_said() -> None:
    text = 'The mayor wept and said the state would "spare no effort" to help.'
    assert quoted(text)[0][1] != "state would"
    assert one("Officials said the army would deploy 500 soldiers.").speaker == "Officials"


def test_a_figure_later_revised_is_superseded_by_the_revision() -> None:
    text = "He said 14 people had died, a figure later revised to 12 by officials."
    assert [(d.kind, d.value, d.superseded) for d in extract_drafts(text)] == [
        ("killed", 14, True),
        ("killed", 12, False),
    ]
    assert [
        d.superseded for d in extract_drafts("Police arrested 12 people, a figure of note.")
    ] == [False]


def test_figures_broken_down_by_who_the_dead_were() -> None:
    assert counts("Of the 12 killed, eight were women, the hospital director said.") == [
        ("killed", 12, 12, 12, "exact", None),
        ("killed", 8, 8, 8, "exact", "women"),
    ]
    # a count of its own: "four have been identified"
    assert counts("Among the 19 students killed, four have been identified.")[1][0] == "other_count"
    assert one("The toll rose to 30, a figure given by the ministry.").speaker != "a figure"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blast wounds 30 at Kabul mosque", [("wounded", 30)]),
        ("A car bomb wounds 12 in Mogadishu.", [("wounded", 12)]),
        ("Doctors treated gunshot wounds 30 minutes later.", []),
        ("Two dead, 14 hurt in Chicago shooting", [("killed", 2), ("wounded", 14)]),
    ],
)
def test_headline_verbs(text: str, expected: list) -> None:
    assert [(c[0], c[1]) for c in counts(text)] == expected


def test_places_that_report_or_account_for_a_figure_scope_it() -> None:
    text = (
        "North Carolina accounted for 57 of the deaths. South Carolina confirmed 36 deaths, "
        "while Georgia reported 25 and Florida 14. Police reported 12 deaths, and "
        "firefighters reported two."
    )
    assert [(d.value, d.scope) for d in extract_drafts(text)] == [
        (57, "North Carolina"),
        (36, "South Carolina"),
        (25, "Georgia"),
        (14, "Florida"),
        (12, None),
        (2, None),
    ]


def test_pm_and_cm_are_titles() -> None:
    text = "PM Narendra Modi announced Rs 2 lakh for the families. CM Yogi Adityanath said 9 died."
    assert [d.speaker for d in extract_drafts(text)] == ["Narendra Modi", "Yogi Adityanath"]


def test_said_the_noun_then_an_adverb_or_verb_is_what_was_said() -> None:
    text = (
        "The Sudan Doctors' Network, a medical group, said the attackers also wounded 150 people."
    )
    assert one(text).speaker == "Sudan Doctors' Network"
    assert one("Five people died, said the official on Monday.").speaker == "official"


def test_including_teenagers_after_the_predicate() -> None:
    assert counts("Twelve Palestinians were killed, including four teenagers.")[1][:2] == (
        "killed",
        4,
    )


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a figure dated to an earlier year is scoped to it (never compared with this toll)
        ("It was the deadliest since Sandy Hook in 2012, when 26 people were killed.", "in 2012"),
        ("In 2015, more than 70 people drowned when a ferry sank.", "in 2015"),
        ("Last year, 412 people died in floods.", "last year"),
        ("The 2023 crash killed 288 people.", None),
        ("Nineteen students were killed on May 24.", None),
        # a place phrase opening the sentence scopes its figure, as one after it does
        ("In Kharkiv, five people were killed.", "In Kharkiv"),
        ("In Kaski district, the death toll has reached seven.", "In Kaski district"),
        ("Five people were killed in Kharkiv.", "in Kharkiv"),
        # but not a statement, an event, or a clause of its own
        ("In a statement, officials said 12 died.", None),
        ("In the Odisha train crash, 288 died.", None),
        # "elsewhere" is another place
        ("The storm also killed about 170 people elsewhere in the country.", "elsewhere"),
        ("Twelve people died in the northern Ohio town of Xenia.", "in Xenia"),
        ("Two were hurt in the Kursk region, Governor Ivan Lee said.", "in the Kursk region"),
        ("Nine were hurt in the capital, Lima.", "in Lima"),
        ("Strikes killed 12 people at the Al-Shifa Hospital.", "at Al-Shifa Hospital"),
        ("Four deaths were reported in Ukraine's western Odesa region.", "in Odesa region"),
    ],
)
def test_the_scope_of_a_figure(text: str, scope) -> None:
    assert one(text).scope == scope


def test_an_earlier_events_toll_is_not_compared_with_this_one() -> None:
    import factcheck

    report = factcheck.check(
        [
            "Twenty-one people were killed on Tuesday.",
            "Nineteen children and two teachers died. It was the worst shooting since Sandy "
            "Hook in 2012, when 26 people were killed.",
        ],
        nlp=factcheck.load("blank"),
    )
    values = [sorted(c.value for c in f.claims) for f in report.findings if f.type == "conflict"]
    assert [21, 26] not in values


def test_a_role_before_a_name_after_said_and_a_titled_subject() -> None:
    text = (
        '"It is over," Jones said. “There’s nothing left,” said farmer Ali Khan, whose house '
        'was destroyed. The senator called the bill "dead on arrival" and said lawmakers '
        'would "not be bullied."'
    )
    assert [s for _, s in quoted(text)] == ["Jones", "Ali Khan", "senator", "senator"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Russia launched 1,300 drones and 20 missiles over the past week alone.",
            "over the past week",
        ),
        ("Police arrested 40 people this week.", "this week"),
        ("Five people died this morning.", None),
        ("Rescuers found 17 bodies, bringing the number found this week to 78.", None),
    ],
)
def test_a_figure_summed_over_a_period_is_scoped_to_it(text: str, scope) -> None:
    assert extract_drafts(text)[0].scope == scope


def test_a_breakdown_of_the_missiles_fired() -> None:
    assert counts("Russia fired 120 missiles. Of the 120 missiles, 12 were Kinzhal missiles.") == [
        ("missiles", 120, 120, 120, "exact", "missiles"),
        ("missiles", 120, 120, 120, "exact", "missiles"),
        ("missiles", 12, 12, 12, "exact", "kinzhal missiles"),
    ]


def test_a_name_described_at_length_before_said() -> None:
    text = (
        "Marta Kovac, a shop assistant who was working in a store next to the building hit "
        "by the strike, said she had seen two people who had died."
    )
    assert one(text).speaker == "Marta Kovac"


@pytest.mark.parametrize(
    "text",
    [
        "Storm Lia confirmed deaths up to 40",
        "The district reported cases rose to 40 on Monday.",
    ],
)
def test_confirmed_or_reported_before_a_noun_is_an_adjective(text: str) -> None:
    assert all(d.speaker is None for d in extract_drafts(text))


def test_an_officer_speaks() -> None:
    text = "The governor's officer also announced a compensation of Rs 2 lakh for the kin."
    assert one(text).speaker == "governor's officer"


def test_it_is_the_organisation_the_sentence_opens_with() -> None:
    text = (
        "Guthrie spoke first. The Lake County Sheriff's Office also gave details about the "
        "two deaths it reported Thursday, saying both victims were elderly."
    )
    assert one(text).speaker == "Lake County Sheriff's Office"
    assert one("Kyiv police said it had detained 12 people.").speaker == "Kyiv police"


def test_relief_camps_and_body_parts() -> None:
    text = (
        "Rescuers recovered 195 bodies and 113 body parts. As many as 9,328 people from 2,328 "
        "families are staying in 91 relief camps."
    )
    assert [(c[0], c[1]) for c in counts(text)] == [
        ("killed", 195),
        ("other_count", 113),
        ("displaced", 9328),
        ("displaced", 2328),
        ("other_count", 91),
    ]


def test_among_them_names_a_part_of_the_count() -> None:
    assert counts("At least 35 people, among them 10 children, perished.") == [
        ("killed", 35, 35, None, "at_least", "people"),
        ("killed", 10, 10, 10, "exact", "children"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # said the named group
        ("Five people died, said the Interior Ministry.", "Interior Ministry"),
        ("Five people died, said the Kremlin.", "Kremlin"),
        ("Five people died, said the Chicago Fire Department.", "Chicago Fire Department"),
        ("Five people died, said the city's fire department.", "city's fire department"),
        ("Five died, the Harris County medical examiner said.", "Harris County medical examiner"),
        (
            "Five died, the county medical examiner's office said.",
            "county medical examiner's office",
        ),
        (
            "Five died, said the Dallas County medical examiner's office.",
            "Dallas County medical examiner's office",
        ),
        # an indefinite speaker before a relative clause
        ("A witness, who asked not to be identified, said 10 people were killed.", "A witness"),
        ("A nurse at the clinic, who declined to be named, said 30 people had died.", "A nurse"),
        (
            "One farmer from the village, who lost his cattle, said 40 homes were swept away.",
            "One farmer",
        ),
        # groups, roles and appositives
        ("Rescuers in the rebel-held northwest said at least 450 people had died.", "Rescuers"),
        ("Local officials in the flooded district said 30 people had died.", "Local officials"),
        (
            "The interior ministry disputed the figure, saying three people had died.",
            "interior ministry",
        ),
        ("At least 12 died, rights group Amnesty International said.", "Amnesty International"),
        ("At least 12 died, the disaster agency AFAD said.", "AFAD"),
        ("At least 12 died, said Amnesty's regional director, Tigere Chagutah.", "Tigere Chagutah"),
        ("At least 12 died, said Amnesty's regional director.", "Amnesty's regional director"),
        (
            "One protester, 23-year-old student Grace Wanjiru, said two friends were shot.",
            "Grace Wanjiru",
        ),
        (
            "Steve Ruiz, director of the Texas Department of Public Safety, said 19 died.",
            "Steve Ruiz",
        ),
        # the person a chain of appositives describes, with or without its last comma
        (
            "Nine people died, Maria Lopez, a nurse at the clinic, the only one in the valley"
            " told reporters.",
            "Maria Lopez",
        ),
        (
            '"Four were killed," Tom Reyes, 52, who lives near the plant, Millbrook, told AP.',
            "Tom Reyes",
        ),
        ("Twelve homes burned, Ana Ruiz, a local fire official said.", "Ana Ruiz"),
        # but not a title, nor a place before the subject
        ("Regional Fire Commissioner, J.K. Rao reported that 12 homes burned.", "J.K. Rao"),
        ("In Dover, Delaware, the mayor said 12 homes burned.", "the mayor"),
        # "according to" a person of an organisation, and where the clause begins
        (
            "Twelve died, according to Paul Grant of the county health department.",
            "Paul Grant",
        ),
        ("According to the News Agency of Nigeria, 12 died.", "News Agency of Nigeria"),
        ("According to the police the toll rose to 12.", "police"),
        ("Ministry spokesman Ashraf al-Qedra said 70 people were killed.", "Ashraf al-Qedra"),
        ("A spokeswoman for Doctors Without Borders said 40 were hurt.", "Doctors Without Borders"),
        ("A previous report had put the death toll at 43.", None),
        ("A U.S. official told reporters 40 people died.", "U.S. official"),
        ("Ten died, said Kandahar provincial police chief Ali Ahmad Zai.", "Ali Ahmad Zai"),
        ("Ten died, County Coroner Jane Ruiz said.", "Jane Ruiz"),
        ("Ten died, the UN agencies said.", "UN agencies"),
        ("At least ten died, Omar Said, who runs the morgue, was quoted as saying.", "Omar Said"),
    ],
)
def test_the_speaker_of_a_figure(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past an appositive or a group
        ("All 72 people on board, 68 passengers and four crew, are feared dead.", ("killed", 72)),
        ("The plane carried 72 people, all of whom are feared dead.", ("killed", 72)),
        ("Five soldiers were among those killed.", ("killed", 5)),
        ("Two of the injured later died in hospital.", ("killed", 2)),
        ("Nine of the dead were children.", ("killed", 9)),
        # lost people and lost homes
        ('"We have lost 12 people," the fire chief said.', ("killed", 12)),
        ("The battalion lost 40 soldiers in the assault.", ("killed", 40)),
        ("The firm lost 12 clients.", ("other_count", 12)),
        ("About 12,000 people lost their homes.", ("displaced", 12000)),
        # a phrase set off by commas before the verb
        ("At least 121 people, mostly women and children, were killed.", ("killed", 121)),
        ("About 1,200 workers, along with sniffer dogs, were deployed.", ("other_count", 1200)),
        ("Twelve people, police said, were killed.", ("killed", 12)),
        # "including" without commas runs to the verb
        ("Nine villagers including four children were killed.", ("killed", 9)),
        ("At least 30 people including two officers have been injured.", ("wounded", 30)),
        ("About 20 protesters including a lawyer sustained injuries.", ("wounded", 20)),
        ("Police detained 15 people including two minors.", ("arrested", 15)),
        ("A fleet of 40 boats including six tugs arrived.", ("other_count", 40)),
        # a time word between the auxiliary and the verb
        ("Fourteen workers were yesterday killed in the blast.", ("killed", 14)),
        # "to death"
        ("The mob beat three men to death.", ("killed", 3)),
        ("Six climbers were crushed to death by the avalanche.", ("killed", 6)),
        # going missing, rounding up
        ("Eleven sailors have gone missing off the coast.", ("missing", 11)),
        ("Two hikers went missing on Friday.", ("missing", 2)),
        ("Police said 25 men were rounded up overnight.", ("arrested", 25)),
        # drones by their long name
        ("The army shot down 17 unmanned aerial vehicles.", ("drones", 17)),
        # a toll by another name keeps its kind beside a later clause
        ("The body count stood at 31 on Sunday.", ("killed", 31)),
        ("The death toll reached 40, and 12 people are still missing.", ("killed", 40)),
        ("The death toll from the raids since Oct 7 rose to 900.", ("killed", 900)),
        # lives lost, hospital admissions, a possessive in the phrase before the verb
        ("Six of those who lost their lives were children.", ("killed", 6)),
        ("Eight climbers lost their lives on the peak.", ("killed", 8)),
        ("Forty people were admitted at the district hospital.", ("wounded", 40)),
        ("Another 12 people on the smugglers' boat were found dead.", ("killed", 12)),
        # a quote mark between the figure and its verb
        ('He told AFP that "around 30 people" were injured.', ("wounded", 30)),
        # the day of a date is no count
        ("2018-10-28 Bus plunges into gorge, killing 20", ("killed", 20)),
    ],
)
def test_the_kind_and_value_of_the_first_figure(text: str, expected: tuple) -> None:
    assert counts(text)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "superseded"),
    [
        # "first" is "earlier" only as an adverb before the verb that gave the figure
        ("Field hospitals were set up for first aid to the 300 people who were hurt.", [False]),
        ("The toll was first put at 40.", [True]),
        # an "earlier" ahead of the figure before this one dates that figure only
        ("The toll was initially put at 120 but is now 134.", [True, False]),
        ("Officials earlier put the toll at 52; it was later raised to 61.", [True, False]),
    ],
)
def test_only_the_figure_an_earlier_word_governs_is_superseded(text: str, superseded) -> None:
    assert [d.superseded for d in extract_drafts(text) if d.kind != "quote"] == superseded


def test_a_toll_that_surpasses_a_figure_is_more_than_it() -> None:
    assert counts("Quake toll surpasses 5,000")[0][:5] == ("killed", 5000, 5000, None, "more_than")
    assert counts("Deaths topped 1,000 on Sunday.")[0][4] == "more_than"
    assert counts("The bus passed 30 villages.")[0][4] == "exact"
    # a toll that goes past or beyond a figure, even as a forecast
    assert counts("Deaths could climb past 60.")[0][:5] == ("killed", 60, 60, None, "more_than")
    assert counts("The toll has risen beyond 300.")[0][4] == "more_than"
    assert counts("They drove past 30 villages.")[0][4] == "exact"


def test_a_named_part_of_a_count_and_the_subject_of_the_next_figure() -> None:
    assert counts("Officials said 31 people were killed, including 22 Shiite Muslims.") == [
        ("killed", 31, 31, 31, "exact", "people"),
        ("killed", 22, 22, 22, "exact", "muslims"),
    ]
    # a body is not the people counted by the next figure
    found = counts("Hospitals received one dead body and 28 injured.")
    assert [(k, v, subj) for k, v, _, _, _, subj in found] == [
        ("killed", 1, "body"),
        ("wounded", 28, None),
    ]
    found = counts("At least 80 Palestinians were killed and 200 injured.")
    assert [subj for *_, subj in found] == ["palestinians", "palestinians"]


def test_the_role_said_is_the_person_with_a_particle_name_named_with_it() -> None:
    text = (
        "Ministry spokesperson Ashraf al-Qedra said 700 people died. "
        "The spokesperson said 12 hospitals had closed."
    )
    assert [d.speaker for d in extract_drafts(text)] == ["Ashraf al-Qedra", "Ashraf al-Qedra"]


def test_two_single_marks_close_a_double_quote() -> None:
    text = "“We have lost everything,’’ said Rosa Diaz. “Nothing is left,” she said."
    assert quoted(text) == [
        ("We have lost everything,", "Rosa Diaz"),
        ("Nothing is left,", "Rosa Diaz"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before "a <noun> and N ..." governs the N
        ("The blaze spread, killing a man and two girls.", [("killed", 2)]),
        ("The crash injured a driver and four passengers.", [("wounded", 4)]),
        # "Those killed include ...": a list under a casualty word
        ("Those killed included the pilot and two nurses.", [("killed", 2)]),
        ("The package includes 12 tanks.", [("other_count", 12)]),
        # "Among those killed were ..."
        ("Among those injured were three nurses.", [("wounded", 3)]),
        (
            "Among those killed were two girls under the age of nine and four men.",
            [("killed", 2), ("killed", 4)],
        ),
        # a figure that does what the verb says to the next figure
        ("Three blasts killed 14 people.", [("other_count", 3), ("killed", 14)]),
        ("Four shells killed dozens.", [("other_count", 4), ("killed", None)]),
        ("They fired tens of missiles towards the port.", [("missiles", None)]),
        # headline verbs in the present: no noun between the figure and its verb
        ("Nine die as bus plunges into gorge", [("killed", 9)]),
        ("Hundreds flee floods", [("displaced", None)]),
        ("8 shot at block party", [("wounded", 8)]),
        ("Army evacuates thousands from the coast", [("displaced", None)]),
        ("Six remained missing and 40 homes were buried.", [("missing", 6), ("other_count", 40)]),
        # a figure after "as" or in a state of its own does not share the kind before it
        ("Five dead as three houses collapse", [("killed", 5), ("other_count", 3)]),
        ("Two dead as the storm cuts power to 90,000", [("killed", 2)]),
        ("The storm left two people dead and 90,000 without power.", [("killed", 2)]),
        # a time after a bare figure is no noun
        ("Troops killed two and wounded five early Sunday.", [("killed", 2), ("wounded", 5)]),
        ("Four hikers fell to their deaths.", [("killed", 4)]),
        ("Three people were in mild condition.", [("wounded", 3)]),
        # a bare figure of people saved
        ("Police said 14 were rescued.", [("other_count", 14)]),
        ("Hundreds were stranded at the airport.", [("other_count", None)]),
        # a part of a count named again: "N of these <noun>"
        ("Six of these deaths were confirmed by the coroner.", [("killed", 6)]),
        ("At least 18 people, 8 of them children, died.", [("killed", 18), ("killed", 8)]),
        # the whole a part is taken of: "150 of the village's 1,800 residents"
        ("Nine of the town's 400 residents died.", [("killed", 9), ("other_count", 400)]),
        ("Most of its population of 9,000 were left homeless.", [("other_count", 9000)]),
        # "all" between the verb and its figure
        ("The jet crashed, killing all 64 on board.", [("killed", 64)]),
        ("Troops detained all 12 suspects.", [("arrested", 12)]),
        # ages are no counts
        ("Four children under the age of ten died.", [("killed", 4)]),
        ("Two girls, ages 6 and 9, were hurt.", [("wounded", 2)]),
        ("Seven children under 5 died.", [("killed", 7)]),
        ("The blast killed six people, including a two-year-old.", [("killed", 6)]),
        ("The three-year war has killed thousands.", [("killed", None)]),
        ("She was the aunt of at least one of the victims.", []),
        # a phrase over the whole area before the verb
        ("At least 20 people across the region were killed.", [("killed", 20)]),
        # prisoners are people: the verb decides
        ("At least 12 prisoners were killed in the riot.", [("killed", 12)]),
        ("Officials moved 300 prisoners to another jail.", [("other_count", 300)]),
        # relocated, uprooted, currently missing
        ("The army relocated 1,500 villagers.", [("displaced", 1500)]),
        (
            "The war killed thousands and uprooted millions.",
            [("killed", None), ("displaced", None)],
        ),
        ("Ten people are currently missing.", [("missing", 10)]),
        ("Divers were searching for 26 others.", [("missing", 26)]),
        ("Police are searching for two suspects.", [("other_count", 2)]),
        ("Nine people were officially registered as missing.", [("missing", 9)]),
        ("Some 40 miners are presumed dead.", [("killed", 40)]),
        ("By nightfall 15 hikers were known to have died.", [("killed", 15)]),
        ("Six fishermen remain unaccounted-for.", [("missing", 6)]),
        # an emergency number and a ranking are no counts
        ("Police took dozens of 911 calls.", [("other_count", None)]),
        ("Neighbours tried to call 911 as the gunman killed two.", [("killed", 2)]),
        ("It is one of the five busiest roads.", []),
        ("The bank earned 54 cents a share.", []),
        # measures are no counts
        ("More than 30 centimetres of rain fell.", []),
        ("Police seized three to four kilos of explosives.", []),
        ("Smoke rose hundreds of metres into the air.", []),
    ],
)
def test_kinds_on_wire_and_local_copy(text: str, expected: list) -> None:
    assert [c[:2] for c in counts(text)] == expected


def test_a_change_is_not_a_range_and_the_figure_it_left_is_superseded() -> None:
    found = extract_drafts("The toll jumped by nearly 300 to 5,209, increasing from 4,909.")
    assert [(d.value, d.low, d.high, d.subject, d.superseded) for d in found] == [
        (300, None, 300, "additional people", False),
        (5209, 5209, 5209, None, False),
        (4909, 4909, 4909, None, True),
    ]
    found = extract_drafts("The toll climbed from 40 to 52.")
    assert [(d.value, d.superseded) for d in found] == [(40, True), (52, False)]
    # but "from A to B" with no change is a range
    assert counts("Between 10 to 15 people died.")[0][:5] == ("killed", None, 10, 15, "range")


def test_up_to_after_a_verb_is_at_most() -> None:
    assert counts("The storm injured up to 100 people.")[0][1:5] == (100, None, 100, "at_most")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person "with" or "of" an organisation
        ("Four died, Ana Ruiz with the county fire department said.", "Ana Ruiz"),
        # a group in a place, opening a clause after a comma
        ("Six people died, state police in Carlisle said.", "state police"),
        (
            "Nine were hurt, a disaster official in the eastern province told AFP.",
            "disaster official",
        ),
        # the one cited as saying; the owner of a statement; a mission
        ("Ten homes burned, Xinhua cited a village official as saying.", "village official"),
        ("Mr Okafor's statement said 150 people were rescued.", "Okafor"),
        (
            "The UN peacekeeping mission confirmed that five men were killed.",
            "UN peacekeeping mission",
        ),
        # the publisher of a report; the organisation a relative clause is about
        (
            "At least 10 died, according to a report released Monday by Civil Protection.",
            "Civil Protection",
        ),
        (
            "At least 10 died, according to the Observatory for Human Rights, which put the"
            " toll at 12.",
            "Observatory for Human Rights",
        ),
        # roles written as titles
        ("Congress MP Rahul Verma said 5 died.", "Rahul Verma"),
        ("Neighbor Mike Ross said 2 died.", "Mike Ross"),
        # nobody speaks
        ("At least 10 people were killed in an attack blamed on the rebels.", None),
    ],
)
def test_speakers_from_wire_and_local_copy(text: str, speaker) -> None:
    assert extract_drafts(text)[0].speaker == speaker


def test_an_inverted_speaker_after_a_verb_of_comment() -> None:
    assert quoted('"Nothing is left," commented Rosa Diaz.') == [("Nothing is left,", "Rosa Diaz")]


def test_a_sentence_that_only_ends_in_said_still_names_the_speaker() -> None:
    # the word pattern keeps the full stop ("said."): such a sentence was skipped before
    text = 'The fire started in the kitchen, Ortega said. "We ran," he said.'
    assert quoted(text) == [("We ran,", "Ortega")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Pumps are running," a spokesperson for the fire brigade told dpa.', "fire brigade"),
        (
            'The fund will help "rebuild roads," said the head of the bank, former President'
            " Ana Lima.",
            "Ana Lima",
        ),
        ('Health Minister Ravi Rao: "Every bed is full."', "Ravi Rao"),
        ('The premier\'s message also said the army "will help."', None),
    ],
)
def test_quote_speakers_of_wire_and_caption_copy(text: str, speaker) -> None:
    assert [s for _, s in quoted(text)] == [speaker]


def test_presumed_dead_is_a_possible_figure() -> None:
    assert one("Some 40 miners are presumed dead.").qualifier == "possible"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N out of M", weapon names, verbs of shooting down
        ("Air defences downed 22 out of 35 missiles.", [(22, "shot down"), (35, "missiles")]),
        ("Russia fired four Iskander-Ms.", [(4, "iskander-ms")]),
        (
            "Russia launched 40 drones, 31 of which it was able to shoot down.",
            [(40, "drones"), (31, "shot down")],
        ),
        ("Kyiv downs six hypersonic missiles.", [(6, "shot down")]),
    ],
)
def test_weapons_fired_and_shot_down(text: str, expected: list) -> None:
    assert [(c[1], c[5]) for c in counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Morocco quake toll passes 2,100.", "more_than"),
        ("The death toll climbed up to 21 on Sunday.", "exact"),
        ("The death toll has gone up to 2,497.", "exact"),
        ("German aid has crossed 3.3 billion euros.", "more_than"),
    ],
)
def test_verbs_that_move_a_toll_past_or_up_to_a_figure(text: str, qualifier: str) -> None:
    assert extract_drafts(text)[0].qualifier == qualifier


def test_listed_as_missing_and_dead_bodies() -> None:
    assert counts("With 45 still listed as missing, the toll may rise.")[0][:2] == ("missing", 45)
    assert counts("More than 40 dead bodies had arrived at the hospital.")[0][:2] == ("killed", 40)


@pytest.mark.parametrize(
    ("text", "rising"),
    [
        ("The death toll rose to 288.", [True]),
        ("The toll has climbed to 52, up from 40.", [True, False]),
        ("The toll has gone up to 2,497.", [True]),
        ("At least 288 people died.", [False]),
    ],
)
def test_a_figure_a_toll_rose_to_is_marked_rising(text: str, rising: list) -> None:
    assert [d.rising for d in extract_drafts(text)] == rising


def test_a_middle_initial_and_he_continued() -> None:
    text = 'Four died, said Police Chief James A. Cervera. "It was chaos," he continued.'
    assert [d.speaker for d in extract_drafts(text)] == ["James A. Cervera", "James A. Cervera"]
    assert counts("It may not be the last one, he said.") == []
    assert counts("The search continued, and 12 bodies were found.")[0][:2] == ("killed", 12)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The number of children killed rose to 40.", "children"),
        ("This brings the number of US personnel killed to 13.", "us personnel"),
        ("The death toll among children rose to 40.", "children"),
        ("The number of people killed has risen to 27.", None),
        ("The number of dead rose to 30.", None),
    ],
)
def test_a_toll_of_a_named_group_keeps_the_group(text: str, subject) -> None:
    assert one(text).subject == subject


def test_a_person_described_by_an_appositive_is_named_for_a_later_he() -> None:
    text = 'Mr Ian Moss, a radio presenter, was at the show. "We ran," he told AFP.'
    assert quoted(text) == [("We ran,", "Ian Moss")]
    assert one("The number of people confirmed killed rose to 52.").subject is None


@pytest.mark.parametrize(
    ("text", "speaker", "scope"),
    [
        # a headline that names its source before a colon
        ("Police: 6 killed in highway pileup", "Police", None),
        # a dateline or a heading before a colon is neither a speaker nor a scope
        ("NEW DELHI: At least 11 people were killed.", None, None),
        ("Update: 14 people died.", None, None),
        # but a place in a list, or a county, is the scope
        ("Lee County: 54 deaths", None, "Lee County"),
    ],
)
def test_words_before_a_colon(text: str, speaker, scope) -> None:
    d = one(text)
    assert (d.speaker, d.scope) == (speaker, scope)


def test_a_titled_name_with_an_apostrophe_is_named_for_a_later_he() -> None:
    assert quoted('Gov. Greg O\'Brien visited. "We grieve," he said.') == [
        ("We grieve,", "Greg O'Brien")
    ]


def test_a_toll_after_said_is_what_was_said_not_who_said_it() -> None:
    text = "Dana Ruiz, head of district police, said the death toll from the fire has risen to 9."
    assert one(text).speaker == "Dana Ruiz"  # (never "death toll")


def test_each_sum_goes_to_the_verb_nearest_before_it() -> None:
    found = extract_drafts("Spain promised $40 million, and Italy pledged $25 million.")
    assert [(d.value, d.speaker) for d in found] == [(40_000_000, "Spain"), (25_000_000, "Italy")]


def test_the_subject_of_what_was_said_and_a_participle_after_a_comma() -> None:
    text = "The navy's spokesman, Rear Admiral Tom Hale, said Russia fired 40 drones."
    assert one(text).speaker == "Tom Hale"  # (not "Russia")
    text = 'Secretary-General Ana Rios condemned the war in the Balkans, stating, "This must stop."'
    assert quoted(text) == [("This must stop.", "Ana Rios")]  # (not "Balkans")


def test_an_active_verb_after_the_noun_is_not_part_of_the_subject() -> None:
    assert one("A jet carrying 90 people lost power.").subject == "people"
    assert one("Forty volunteers formed a human chain.").subject == "volunteers"
    assert one("Some 12 miners trapped deep underground were found.").subject == "miners trapped"


def test_an_adverb_is_never_the_counted_noun() -> None:
    text = "Tens of thousands outside the shrine waited, and hundreds daily at the border."
    assert {d.subject for d in extract_drafts(text)}.isdisjoint({"outside", "daily"})


def test_an_adverb_between_the_auxiliary_and_the_verb() -> None:
    found = extract_drafts("Two of the missiles were successfully intercepted.")
    assert [(d.kind, d.subject) for d in found] == [("missiles", "shot down")]


def test_the_verb_before_a_rescue_count_stays_in_its_subject() -> None:
    assert one("The coast guard has rescued 27 people.").subject == "people rescued"
    assert one("The quake affected 3,000 families.").subject == "families affected"


def test_nationalities_in_a_list_are_counts_but_a_name_is_not() -> None:
    text = "On board were 63 Canadians, 11 Ukrainians and ten Swedes."
    assert [(d.value, d.subject) for d in extract_drafts(text)] == [
        (63, "canadians"),
        (11, "ukrainians"),
        (10, "swedes"),
    ]
    assert extract_drafts("He told CBS 11 News about it.") == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a name a quote mentions is not who "he said" means next
        (
            "Police chief Luis Reyes met reporters. "
            '"The owner, Captain Ben Ortiz, must answer," he said. "We search," he added.',
            ["Luis Reyes", "Luis Reyes"],
        ),
        # "he" after an unnamed officer is the officer, not the last name before
        (
            "Transport minister Asha Rao visited. A police officer said the line was shut. "
            '"We think the brakes failed," he added.',
            ["police officer"],
        ),
        # verbs of crying out and asking report speech
        (
            '"Where do we go now?" asked Ana Ruiz. "Help us," cried one man.',
            ["Ana Ruiz", "one man"],
        ),
        # a named spokesperson for a role speaks, not the person the role names
        (
            'Mayor Ruth Hale came. "Six were saved," Omar Diallo, a spokesman for the mayor said.',
            ["Omar Diallo"],
        ),
        # a stray comma between a name and its verb
        (
            '"It is wild," Ted Moore, said. "Wait," Kim Ortiz of the county office, told them.',
            ["Ted Moore", "Kim Ortiz"],
        ),
        # "the official" is the person named before, else "official"
        (
            'Port manager Ivan Petrov said it was shut. "We are checking," the official said.',
            ["Ivan Petrov"],
        ),
        ('"We are checking," the official said.', ["official"]),
        # a participle after a comma shares the name after a title, not the title
        ('Mines Minister Ben Dube came, calling them "heroes". "Go," he said.', ["Ben Dube"] * 2),
        # a sentence that opens with a role and a name introduces that person
        (
            "Spokesman Tim Cole said it was sealed. Crane operator Ali Reza, 35, was hurt. "
            '"I heard a blast," he said.',
            ["Ali Reza"],
        ),
        (
            'Owner Ben Ade came. Local leaders, like Amos Dube, were angry. "We wait," he said.',
            ["Amos Dube"],
        ),
        (
            "Spokesman Tim Cole said it was sealed. Crane operator Ali Reza was hurt. "
            '"I heard a blast," he said.',
            ["Ali Reza"],
        ),
        # "Secretary of State John Kerry": the name after the office
        (
            '"It is hell," said Ban Ki-moon. Secretary of State Tom Ray came. "No," he said.',
            ["Ban Ki-moon", "Tom Ray"],
        ),
        # who introduces a quote with a colon speaks, not the agency that passes it on
        ('Ana Ruiz said: "We pray for them," the news agency noted.', ["Ana Ruiz"]),
    ],
)
def test_quote_speakers_in_context(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker in quoted(text)] == speakers


def test_a_name_stands_for_a_left_out_verb_before_a_sum() -> None:
    text = "Spain pledged $40 million, Norway $25 million and Chile $5 million."
    assert [d.speaker for d in extract_drafts(text)] == ["Spain", "Norway", "Chile"]


def test_a_places_population_is_the_outlets_background_not_the_sources() -> None:
    text = "Police said 12 died in Malin, a village of about 700 people, and in Ambegaon."
    assert [(d.value, d.speaker) for d in extract_drafts(text)] == [(12, "Police"), (700, None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # an office's name runs on over "for the" / "of the" after an organisation word
        (
            "The UN Office for the Support of Peace Missions said 12 died.",
            "UN Office for the Support of Peace Missions",
        ),
        (
            "The Office of the High Commissioner for Human Rights said 12 died.",
            "Office of the High Commissioner for Human Rights",
        ),
        # but a person "of the" agency is the person
        ("Ada Obi of the State Emergency Agency said 12 died.", "Ada Obi"),
        # a title that runs on as "for X" before a name is that person
        ("UN High Commissioner for Refugees Tom Brandt said 12 died.", "Tom Brandt"),
        ("Vice President for Sales and Media Operations Lina Holt said 12 died.", "Lina Holt"),
    ],
)
def test_offices_with_for_and_of_in_their_names(text: str, speaker: str) -> None:
    assert [d.speaker for d in extract_drafts(text)] == [speaker]


def test_a_second_verb_after_and_shares_the_first_verbs_speaker() -> None:
    text = "Kyiv city Mayor Ivan Bilyk reported 16 strikes and said 39 people were hurt."
    assert [d.speaker for d in extract_drafts(text)] == ["Ivan Bilyk", "Ivan Bilyk"]
