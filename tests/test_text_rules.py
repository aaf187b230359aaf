"""Unit tests of the rule modules: sentences, quotes, speakers, and the data model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quotes import find_quotes, quote_text
from factcheck.segment import _TOKEN_RE, split_sentences, tokenize
from factcheck.speakers import find_speaker, is_person, normalize_name, same_speaker
from factcheck.types import Article, Claim


# --- sentences and tokens ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Roland Gutierrez spoke. He left.", ["Sen. Roland Gutierrez spoke.", "He left."]),
        ("P. Kumar Nayak said so. Then", ["P. Kumar Nayak said so.", "Then"]),
        ('"It is over." She left.', ['"It is over."', "She left."]),
        ("in the U.S. military. It", ["in the U.S. military.", "It"]),
        ("Dec. 14, 2012, attack", ["Dec. 14, 2012, attack"]),
        ("Headline\nBody text.", ["Headline", "Body text."]),
        ("3.5 million people. Next", ["3.5 million people.", "Next"]),
        # paragraphs a scraper ran together, but not abbreviations or initials
        ("told reporters.Officials said", ["told reporters.", "Officials said"]),
        ('were lost."We are', ["were lost.", '"We are']),
        ("The U.S.Army and Mr.Smith met.", ["The U.S.Army and Mr.Smith met."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text())
def test_sentences_cover_the_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
    # nothing but whitespace is left out
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@given(st.text())
def test_tokens_point_into_the_text(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text and t.lower == t.text.lower()


@given(st.text(alphabet=st.sampled_from("aZ1,.:'’-\u0130 \n$U")), st.data())
def test_tokens_are_the_pattern_matches_of_the_range(text: str, data: st.DataObject) -> None:
    # tokenize finds offsets by searching the words again: it must agree with the matches
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]
    assert [(t.text, t.start, t.end) for t in tokenize(text, start, end)] == expected


# --- quotes ------------------------------------------------------------------------------
def quotes(text: str) -> list[str]:
    return [quote_text(text, q) for q in find_quotes(text)]


def test_straight_curly_and_split_quotes() -> None:
    text = '“We will rebuild,” he said. "Nothing stops us." It was "desperate".'
    assert quotes(text) == ["We will rebuild,", "Nothing stops us.", "desperate"]


def test_odd_number_of_quote_marks_does_not_give_up() -> None:
    text = 'He said "we are here.\nShe said "go" and left.'
    assert quotes(text) == ["we are here.", "go"]


def test_apostrophes_are_not_quotes() -> None:
    assert quotes("The mayor's office and the 1990s' crisis") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘We have lost everything,’ she said.", ["We have lost everything,"]),
        ("'This is a tragedy,' the minister told reporters.", ["This is a tragedy,"]),
        ("‘The victims’ families want answers,’ he said.", ["The victims’ families want answers,"]),
        ("He called the raid 'a war crime'.", ["a war crime"]),
        # a quote inside a quote belongs to the outer one
        ("He said: “They shouted ‘run’ and fled.”", ["They shouted ‘run’ and fled."]),
        # apostrophes, decades, headline labels and an unclosed mark are not quotations
        ("Ukraine’s army and the victims’ families", []),
        ("rock ‘n’ roll in the ‘90s", []),
        ("‘Profound grief’: 19 children dead", []),
        ("She said 'we will stay\nand fight", []),
    ],
)
def test_single_quote_marks(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


@given(st.text(alphabet=st.sampled_from("ab \"“”‘’'\n.,:")))
def test_quotes_are_inside_the_text_and_ordered(text: str) -> None:
    last = 0
    for q in find_quotes(text):
        assert last <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        assert text[q.inner_start : q.inner_end].strip()
        last = q.end


# --- speakers ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ukrainian Foreign Minister Dmytro Kuleba said the strikes were cruel.", "Dmytro Kuleba"),
        ("The toll is 12, Kyiv police said.", "Kyiv police"),
        ("The toll is 12, said Dr. Ana Ruiz, a surgeon.", "Ana Ruiz"),
        ("The toll is 12, according to the Red Cross.", "Red Cross"),
        ("Britain's Liz Truss warned of more attacks.", "Liz Truss"),
        ("The toll is 12.", None),
        ("The toll is 12, the governor's office said.", "governor's office"),
        ("Home Ministry spokesperson Narayan Bhattarai said the toll was 12.", "Narayan Bhattarai"),
        ("Local official Harish Sharma told the AP the toll was 12.", "Harish Sharma"),
        ("State Police Lt. Chris Olivo said the toll was 12.", "Chris Olivo"),
        ("The plane had 68 passengers on board, the airline said.", "airline"),
        ("The storm has claimed at least 14 lives.", None),
        ("Officials have so far confirmed 31 deaths.", "Officials"),
        ("Uvalde is now said to be the deadliest of 12 shootings.", None),
        ("The Department of Public Safety said the toll was 12.", "Department of Public Safety"),
        ("The office of Governor Ron Diaz said the toll was 12.", "office of Governor Ron Diaz"),
        ("The toll is 12, the country's health ministry said.", "health ministry"),
        ("The toll is 12, police and army spokesmen said.", "police and army spokesmen"),
        ("Nine were hurt — two of them badly, paramedics said.", "paramedics"),
        ("A 16-year-old girl told reporters the toll was 12.", "A 16-year-old girl"),
        ("A local farmer said the toll was 12.", "A local farmer"),
        ("The ministry, which is based in Lyon, France, said 12 died.", "ministry"),
        ("Captain Luis de la Cruz, police chief of Ormoc, Leyte, said 12 died.", "Luis de la Cruz"),
        ("Twelve died, Ana Roy, head of the Rail Board said.", "Ana Roy"),
        ("Twelve died, confirmed the county fire service.", "county fire service"),
        ("The toll is 12, a public broadcaster said.", "public broadcaster"),
        (
            "The toll is 12, police, medics and a local official said.",
            "police, medics and a local official",
        ),
        ("The Ohio Highway Patrol said the toll was 12.", "Ohio Highway Patrol"),
        ("The toll is 12, the US Geological Survey said.", "US Geological Survey"),
        ("The toll is 12, according to the latest UN data Saturday.", "UN data"),
        ("DENVER (AP) — A man was held after reporting 12 deaths.", None),
        ("Kyiv Mayor Ivan Bilyk earlier reported 16 strikes.", "Ivan Bilyk"),
        ("The sheriff's office in Lee County near Naples said 12 died.", "sheriff's office"),
        # headlines that end with their source
        ("Bus crash kills 12, says official", "official"),
        ("Bus crash kills 12: police", "police"),
        ("Storm toll rises to 9 – NDRRMC", "NDRRMC"),
        ("Storm toll rises to 9: Read more", None),
    ],
)
def test_find_speaker(sentence: str, speaker: str | None) -> None:
    found = find_speaker(tokenize(sentence), source=sentence)
    assert (found.speaker if found else None) == speaker


def test_pronoun_speakers_are_left_to_the_caller() -> None:
    found = find_speaker(tokenize('"We are fine," she said.'))
    assert found is not None and found.pronoun and found.speaker == "she"


def test_names() -> None:
    assert is_person("Sergiy Kyslytsya") and not is_person("Kyiv police")
    assert normalize_name("Volodymyr Zelenskyy") == normalize_name("volodymyr zelensky")
    assert same_speaker("Biden", "Joe Biden") and not same_speaker("Biden", "Putin")


# --- data model ----------------------------------------------------------------------------
def test_claim_validation() -> None:
    with pytest.raises(ValueError):
        Claim(id="a:0", article="a", kind="killed", value=5, low=9, high=5)
    with pytest.raises(ValueError):
        Claim(id="a:0", article="a", kind="deaths", value=5)
    with pytest.raises(ValueError):
        Claim(id="a:0", article="a", kind="killed", value=5, qualifier="roughly")
    with pytest.raises(TypeError):
        Claim(id="a:0", article="a", kind="killed", value="5")
    with pytest.raises(ValueError):
        Claim(id="a:0", article="a", kind="killed", value=5, start=9, end=3)


def test_claim_round_trips_through_its_dict() -> None:
    c = Claim(
        id="a:0",
        article="a",
        kind="money",
        value=15e9,
        low=15e9,
        qualifier="more_than",
        currency="USD",
        subject="military aid",
        start=3,
        end=19,
        text="over $15 billion",
    )
    assert Claim.from_dict(c.to_dict(), article="a") == c


def test_locate_lines_and_columns() -> None:
    a = Article(id="a", text="first line\nsecond 97 wounded")
    assert a.locate(a.text.index("97")) == (2, 8)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=6),
    st.integers(0, 80),
    st.integers(0, 40),
)
def test_quoted_tokens_are_the_tokens_in_quote_puts_in_a_quote(qs, s, length) -> None:
    from factcheck.extractor import _in_quote, _quoted_tokens
    from factcheck.quotes import QuoteSpan

    text = "a b " * 40
    quotes = [QuoteSpan(a, a + n, a + 1, a + n - 1) for a, n in sorted(qs)]
    starts = [q.start for q in quotes]
    toks = tokenize(text, min(s, len(text)), min(s + length, len(text)))
    expected = {i for i, t in enumerate(toks) if _in_quote(quotes, starts, t.start)}
    assert _quoted_tokens(toks, quotes, starts) == expected


@given(st.text(alphabet="ab ,.", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_token_range_is_the_tokens_that_overlap_the_span(text, start, end) -> None:
    from factcheck.counts import _tok_range

    toks = tokenize(text)
    inside = [i for i, t in enumerate(toks) if t.end > start and t.start < end]
    expected = (inside[0], inside[-1]) if inside else None
    assert _tok_range(toks, start, end) == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Police official A.K. Chhetri spoke. He left.", 2),
        ("They met at 10 a.m. Police arrived later.", 2),
        ("Troops left the U.S. Army base.", 1),
    ],
)
def test_initials_and_sentence_ends(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n


def test_a_mark_left_open_inside_a_clause_ends_with_its_sentence() -> None:
    text = (
        'Witnesses said the gunman fired "dozens of rounds. Police arrived and 4 people were '
        'arrested.\n\n"This is a dark day," the mayor said.'
    )
    assert [quote_text(text, q) for q in find_quotes(text)] == [
        "dozens of rounds.",
        "This is a dark day,",
    ]
    # a speech left open at the paragraph's end goes on in the next paragraph
    text = '"I saw smoke," said Tom Reyes. "People were running.\n\n"Then it exploded."'
    assert [quote_text(text, q) for q in find_quotes(text)] == [
        "I saw smoke,",
        "People were running. Then it exploded.",
    ]


def test_a_quote_opens_after_a_full_stop_with_no_space() -> None:
    text = 'He left the south."We lost everything," she said. "Nothing is left."A crowd met.'
    assert [quote_text(text, q) for q in find_quotes(text)] == [
        "We lost everything,",
        "Nothing is left.",
    ]


def test_a_hard_wrapped_line_goes_on_but_a_short_line_is_its_own() -> None:
    text = (
        "At least 31 climbers on the volcano's slopes were presumed\n"
        'dead, officials said. "The roof of the lodge was destroyed by falling\n'
        'rock, so we hid," one told NHK.\n'
        "Visible 5\nitem one"
    )
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans[0].endswith("presumed\ndead, officials said.")
    assert spans[-2:] == ["Visible 5", "item one"]
    assert [quote_text(text, q) for q in find_quotes(text)] == [
        "The roof of the lodge was destroyed by falling rock, so we hid,"
    ]


def test_backticks_and_two_single_marks_quote_in_wire_copy_but_code_is_no_quote() -> None:
    text = "``We ran,'' said Ana Ruiz. Run ``pip install`` first."
    assert [quote_text(text, q) for q in find_quotes(text)] == ["We ran,"]


def test_a_nickname_or_a_storm_name_in_quotes_is_no_quote() -> None:
    text = 'Hurricane "Ida" hit. Ramon "El Toro" Diaz fled. Gangs known as "bandits" came.'
    assert [text[q.inner_start : q.inner_end] for q in find_quotes(text)] == ["bandits"]


def test_a_right_mark_where_an_opening_one_belongs_opens_a_quote() -> None:
    text = "”We are still searching,” the mayor said. It was 5” long. “[He] fled,” she said."
    assert [text[q.inner_start : q.inner_end] for q in find_quotes(text)] == [
        "We are still searching,",
        "[He] fled,",
    ]


def test_a_blank_person_span_from_a_model_is_nobody() -> None:
    from factcheck.extractor import extract_drafts

    text = "Ana Ruiz said  12 died."
    assert text[13:15] == "  "
    assert [d.speaker for d in extract_drafts(text, persons=[(13, 15)])] == ["Ana Ruiz"]
