"""Claims of one article: counts with their speakers, and quotes with theirs.

This is the article-level pass over sentences that the spaCy component wraps. It keeps the
state that crosses sentences: the latest named person (for "he said"), the full names seen
("Biden" -> "Joe Biden"), the last count (for elliptical lists) and the last quote's speaker
(for a quote that runs on over paragraphs).

Example:
    >>> text = ('Ukrainian ambassador Sergiy Kyslytsya spoke. "It is insane," he said, adding '
    ...         'that at least 14 civilians were killed and 97 wounded.')
    >>> for d in extract_drafts(text):
    ...     print(d.kind, d.value, d.speaker)
    quote None Sergiy Kyslytsya
    killed 14 Sergiy Kyslytsya
    wounded 97 Sergiy Kyslytsya
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any

import attrs

from factcheck.counts import Count, find_counts, surpassed
from factcheck.lexicon import PRONOUNS, REPORTING_VERBS, TITLES
from factcheck.numbers import Quantity, find_quantities, may_have_quantity
from factcheck.quotes import QuoteSpan, find_quotes, quote_text
from factcheck.segment import TOK_LOWER, TOK_START, Tok, split_sentences, tokenize
from factcheck.speakers import (
    FIGURE_WORDS,
    Attribution,
    all_speakers,
    caption_speaker,
    figures_source,
    is_person,
    is_role,
    is_someone,
    opening_group,
    particle_name,
)

_CURRENCY_KIND = "money"
_PREVIOUS = "\x00previous"  # marker: the quote goes on with the previous quote's speaker


@attrs.frozen(slots=True)
class Draft:
    """A claim before it is tied to an article id (offsets into the text).

    Example:
        >>> Draft(kind="killed", start=0, end=2, value=5, low=5, high=5).qualifier
        'exact'
    """

    kind: str
    start: int
    end: int
    value: float | int | None = None
    low: float | int | None = None
    high: float | int | None = None
    qualifier: str | None = "exact"
    currency: str | None = None
    subject: str | None = None
    scope: str | None = None
    speaker: str | None = None
    quote: str | None = None
    superseded: bool = False
    rising: bool = False


_DRAFT_FIELDS = tuple(f.name for f in attrs.fields(Draft))


def draft_fields(d: Draft) -> dict[str, Any]:
    """A draft as the plain dict the spaCy component stores in ``doc._.factcheck``.

    Example:
        >>> draft_fields(Draft(kind="killed", start=0, end=3, value=5))["value"]
        5
    """
    return {name: getattr(d, name) for name in _DRAFT_FIELDS}


def text_claims(text: str) -> list[dict[str, Any]]:
    """The claim dicts of a text, as the spaCy component of a blank pipeline stores them.

    :func:`factcheck.extract` uses this when the pipeline holds nothing but the factcheck
    components: nothing there reads spaCy's tokens, so building a Doc would be wasted work.

    Example:
        >>> [(d["kind"], d["value"]) for d in text_claims("Two died and 9 were hurt.")]
        [('killed', 2), ('wounded', 9)]
    """
    return [draft_fields(d) for d in extract_drafts(text)]


def _money(q: Quantity) -> bool:
    return q.currency is not None


def _draft_from_count(c: Count, speaker: str | None) -> Draft:
    q = c.quantity
    value, low, high, qual = q.value, q.low, q.high, q.qualifier
    if c.possible and qual in ("exact", "about"):
        low = high = None
        qual = "possible"
    return Draft(
        kind=c.kind,
        start=q.start,
        end=max(c.end, q.end),
        value=value,
        low=low,
        high=high,
        qualifier=qual,
        subject=c.subject,
        scope=c.scope,
        speaker=speaker,
        superseded=c.superseded,
        rising=c.rising,
    )


def _money_draft(text: str, toks: list[Tok], q: Quantity, speaker: str | None) -> Draft:
    subject = None
    # "$15 billion in military aid", "₹10 lakh to the kin", "compensation of ₹2 lakh"
    before = [t for t in toks if t.end <= q.start][-2:]
    if len(before) == 2 and before[1].lower == "of" and before[0].text.isalpha():
        if before[0].lower not in ("total", "sum", "amount", "worth", "value"):
            subject = before[0].lower  # "an ex-gratia of ₹10 lakh", "compensation of ₹2 lakh"
            ahead = [t for t in toks if t.end <= before[0].start][-1:]
            if subject == "gratia" and ahead and ahead[0].lower == "ex":
                subject = "ex gratia"  # written as two words
    after = [t for t in toks if t.start >= q.end][:4]
    if after and after[0].lower in _MONEY_NOUNS:
        subject = after[0].lower  # "a $500,000 reward", "a £2bn aid package"
    elif len(after) >= 2 and after[1].lower in _MONEY_NOUNS and after[0].text.isalpha():
        if after[0].text.islower() and after[0].lower not in _SUBJECT_STOPS:
            subject = f"{after[0].lower} {after[1].lower}"
    if len(after) >= 2 and after[0].lower in ("in", "of", "for", "towards"):
        words = []
        for t in after[1:]:
            if not t.text.isalpha() or t.lower in _SUBJECT_STOPS:
                break
            words.append(t.lower)
        subject = " ".join(words) or subject
    low, high, qualifier = q.low, q.high, q.qualifier
    before_q = [i for i, t in enumerate(toks) if t.end <= q.start][-1:]
    if qualifier == "exact" and before_q and surpassed(toks, before_q[0]):
        high, qualifier = None, "more_than"  # "aid has crossed 3.3 billion euros"
    return Draft(
        kind=_CURRENCY_KIND,
        start=q.start,
        end=q.end,
        value=q.value,
        low=low,
        high=high,
        qualifier=qualifier,
        currency=q.currency,
        subject=subject,
        speaker=speaker,
    )


#: Nouns a sum is written before: "a $500,000 reward", "a $2bn aid package".
_MONEY_NOUNS = frozenset(
    """aid reward fine fines bail compensation package loan loans grant grants donation
    donations ransom bonus budget settlement damages relief funding fund payout""".split()
)

#: Words that end the purpose of a sum ("$60 billion in military aid since 2022").
_SUBJECT_STOPS = frozenset(
    """the to and for since in on at by from after before during over with until as of
    which that who this last those these them each every all""".split()
)


class _Names:
    """Personal names seen in an article, for pronouns and short forms."""

    def __init__(self) -> None:
        self.full: list[str] = []
        # the latest full name by its lowercase last word: what ``expand`` finds going back
        # over ``full`` (a name is added once, so the last added with that word is it)
        self.by_last: dict[str, str] = {}
        self.last_person: str | None = None
        self.last_any: str | None = None
        self.titled: dict[str, str] = {}  # "governor" -> "Greg Abbott" (from "Gov. Greg Abbott")
        # is_person of each name met in this article (a speaker is met again and again; the
        # test is a pure function of the name)
        self.persons: dict[str, bool] = {}

    def is_person(self, name: str) -> bool:
        """:func:`factcheck.speakers.is_person`, computed once per name of the article."""
        known = self.persons.get(name)
        if known is None:
            known = self.persons[name] = is_person(name)
        return known

    def see_titled(self, title: str, name: str) -> None:
        """A name written after its title: "the governor said" later means this person."""
        self.see(name)
        self.titled[_TITLE_WORDS.get(title, title)] = self.expand(name)

    def see(self, name: str) -> None:
        if self.is_person(name):
            words = name.split()
            if len(words) > 1 and name not in self.full:
                self.full.append(name)
                self.by_last[words[-1].lower()] = name
            self.last_person = self.expand(name)
        elif is_role(name) or is_someone(name):
            self.last_person = name  # "the city's mayor said. ... he said"; "a witness said"
        self.last_any = name

    def expand(self, name: str) -> str:
        """ "Biden" -> "Joe Biden" once the full name was seen."""
        words = name.split()
        if len(words) == 1:
            return self.by_last.get(words[0].lower(), name)
        return name

    def resolve(self, att: Attribution) -> str | None:
        if att.pronoun:
            if att.speaker in ("he", "she", "him", "her"):
                return self.last_person
            if att.speaker in PRONOUNS:
                return self.last_any
            return self.resolve_role(att.speaker)
        return self.expand(att.speaker)

    def resolve_role(self, role: str) -> str:
        """ "the governor": the person named with that title, else the last person named
        whose title is not known, else the role as written."""
        title = role.lower().split()[-1].rstrip(".")
        title = _TITLE_WORDS.get(title, title)
        if title in self.titled:
            return self.titled[title]
        if self.last_person and self.is_person(self.last_person):
            if self.last_person not in self.titled.values():
                return self.last_person
        return role


_NAME_TITLES = frozenset(
    """ambassador spokesman spokesperson spokeswoman minister president sheriff governor gov
    director secretary mayor senator sen chief commissioner chancellor premier general
    lieutenant lt captain colonel dr judge officer adviser advisor superintendent coroner
    examiner prosecutor""".split()
)


#: Abbreviated titles, by the word "the ..." uses later.
_TITLE_WORDS = {
    "gov": "governor",
    "sen": "senator",
    "lt": "lieutenant",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "advisor": "adviser",
}


def _named_people(toks: list[Tok], names: _Names, masked: frozenset[int] = frozenset()) -> None:
    """Note names introduced by a title ("Ukrainian ambassador Sergiy Kyslytsya"), outside
    the quotes (``masked``): a name a speaker mentions is not who speaks next."""
    n = len(toks)
    lowers = list(map(TOK_LOWER, toks))
    # a token that ends in "." is "." or an abbreviation like "U.S.": never a title
    titled = [] if _NAME_TITLES.isdisjoint(lowers) else lowers
    for i in [i for i, w in enumerate(titled) if w in _NAME_TITLES and i not in masked]:
        t = toks[i]
        j = i + 1
        while j < n and toks[j].text == ".":
            j += 1
        b = j
        # (a particle name has a dash: that test first, it is cheaper than the call)
        while j < n and (
            ("-" in toks[j].text and particle_name(toks[j].text))
            or (toks[j].text[:1].isupper() and toks[j].lower not in TITLES)
        ):  # ("O'Brien" too: not only letters)
            j += 1
        if j == b and j + 2 < n and lowers[j] == "of" and toks[j + 1].text[:1].isupper():
            # "Secretary of State John Kerry", "Minister of Health Ana Lopez": the name
            # ends the capitalized run after "of"
            e = j + 1
            while e < n and e - j <= 6 and toks[e].text[:1].isupper() and toks[e].text.isalpha():
                e += 1
            for k in (e - 3, e - 2):
                if k > j + 1 and names.is_person(name := " ".join(x.text for x in toks[k:e])):
                    names.see_titled(t.lower, name)
                    break
        elif j - b >= 2:
            names.see_titled(t.lower, " ".join(x.text for x in toks[b:j]))
    _role_then_name(toks, names, masked)
    if "," not in lowers:
        return  # both rules below start at a comma
    commas = [i for i, w in enumerate(lowers) if w == "," and i not in masked]
    # "The shadow health secretary, Victoria Atkins, accused ...": a name set off as an
    # appositive after a role
    for i in commas:
        # (the test on the word before first: it needs no scan, and the scan has no effect)
        if i == 0 or not toks[i - 1].text.islower():
            continue
        b = i + 2 if i + 1 < n and lowers[i + 1] == "like" else i + 1  # ("leaders, like X,")
        e = b
        while e < n and _name_word(toks[e]):
            e += 1
        if e - b > 1 and e < n and toks[e].text == ",":
            name = " ".join(x.text for x in toks[b:e])
            if names.is_person(name):
                names.see(name)
    # "Maria Santos, 52, was in her kitchen", "Ana Costa, whose brother is missing, waited"
    for i in commas:
        if i < 2 or i + 2 >= n:
            continue
        nxt = toks[i + 1]
        if not (
            nxt.lower in ("who", "whose", "a", "an")
            or (nxt.text.isdigit() and toks[i + 2].text == ",")
        ):
            continue  # (", a radio presenter, was": a person described, as "Maria Santos, 52,")
        b = i
        while b > 0 and i - b < 4 and _name_word(toks[b - 1]):
            b -= 1
        opens = b == 0 or toks[b - 1].text in (",", "and", '"', "“", "”")
        if i - b >= 2 and (opens or toks[b - 1].lower.rstrip(".") in TITLES):
            name = " ".join(x.text for x in toks[b:i])  # (after a title: "Mr Pierre Janaszak")
            if names.is_person(name):
                names.see(name)


def _role_then_name(toks: list[Tok], names: _Names, masked: frozenset[int]) -> None:
    """ "Factory electrician Mohammad Rokon, 35, escaped ...", "Machine operator Rubel Hossain
    was ...": a sentence that opens with a role noun and a name introduces that person (a
    later "he said" means them)."""
    n = len(toks)
    if n < 3:
        return  # (too short for a role and a name, wherever the role is)
    k = 0
    while k < 2 and toks[k].text[:1].isupper() and k not in masked:
        k += 1  # ("Factory", "Machine": what the role is of)
    if k + 3 > n or k in masked or not _role_noun(toks[k].lower):
        return
    e = k + 1
    while e < n and e - k <= 3 and _name_word(toks[e]):
        e += 1
    if e - k - 1 >= 2 and e < n and (toks[e].text == "," or toks[e].text.islower()):
        name = " ".join(x.text for x in toks[k + 1 : e])
        if names.is_person(name):
            names.see(name)


def _role_noun(word: str) -> bool:
    """A lowercase word for what someone does: "electrician", "operator", "farmer"."""
    return word.isalpha() and word.islower() and word.endswith(_ROLE_ENDINGS)


_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")


def _name_word(t: Tok) -> bool:
    text = t.text
    if "-" in text and particle_name(text):  # (a particle name has a dash: test that first)
        return True  # "Ashraf al-Qedra"
    return text[:1].isupper() and text.isalpha() and t.lower not in TITLES


def extract_drafts(
    text: str,
    *,
    persons: Iterable[tuple[int, int]] = (),
    sentences: list[tuple[int, int]] | None = None,
) -> list[Draft]:
    """Every count and quote claim of an article text, in text order.

    Args:
        text: The article text.
        persons: Optional character spans of person names from a statistical NER.
        sentences: ``split_sentences(text)``, when the caller has it already.

    Example:
        >>> [(d.kind, d.value, d.qualifier) for d in extract_drafts("Over 900 were injured.")]
        [('wounded', 900, 'more_than')]
    """
    quotes = find_quotes(text)
    q_starts = [q.start for q in quotes]
    names = _Names()
    person_spans = sorted(persons)
    drafts: list[Draft] = []
    previous: Count | None = None
    quote_speaker: dict[int, str | None] = {}
    last_quote_speaker: str | None = None
    if sentences is None:
        sentences = split_sentences(text)
    if quotes:
        end_max = list(itertools.accumulate((q.end for q in quotes), max))
        touched = [_touches_quote(q_starts, end_max, s, e) for s, e in sentences]
    else:
        touched = [False] * len(sentences)  # (what _touches_quote says with no quote)
    sent_texts = [text[s:e] for s, e in sentences]
    numeric = list(map(may_have_quantity, sent_texts))
    # a sentence with no number, reporting word, title or quote adds nothing: skip its tokens
    toks_of = [
        tokenize(text, s, e) if touch or num or _relevant(st, num) else []
        for (s, e), st, touch, num in zip(sentences, sent_texts, touched, numeric, strict=True)
    ]
    atts_of: list[list[Attribution]] = []
    masked_of: list[frozenset[int]] = []
    # pass 1: speakers per sentence (outside quotes), pronouns resolved in reading order;
    # people a statistical NER found count as named once their sentence is read
    pi = 0
    # a sentence that no quote touches has no token inside a quote: skip the per-token lookups
    for (s_start, s_end), toks, touch in zip(sentences, toks_of, touched, strict=True):
        masked = _quoted_tokens(toks, quotes, q_starts) if touch else _NO_TOKENS
        masked_of.append(masked)
        resolved: list[Attribution] = []
        atts_of.append(resolved)
        if toks:  # (a sentence without tokens names nobody and has no speaker)
            _named_people(toks, names, masked)
            for a in all_speakers(toks, masked=masked, source=text):
                if a.pronoun and a.speaker == "it" and a.verb > 0:
                    # "The Sheriff's Office also gave details of the two deaths it reported"
                    who = opening_group(toks, a.verb, text) or names.resolve(a)
                else:
                    who = names.resolve(a)
                if who:
                    names.see(who)
                    # (an attribution that names its speaker resolves to itself: kept, not
                    # made again)
                    same = who == a.speaker and not a.pronoun
                    resolved.append(a if same else Attribution(who, a.verb))
        while pi < len(person_spans) and person_spans[pi][0] < s_end:
            ps, pe = person_spans[pi]
            if ps >= s_start and not _in_quote(quotes, q_starts, ps):
                names.see(text[ps:pe])
            pi += 1
    # pass 2: quotes and their speakers
    sent_starts = [s for s, _ in sentences]
    for qi in range(len(quotes)):
        si = _sentence_of(sentences, quotes[qi].end - 1, sent_starts)
        spk = _quote_speaker(text, quotes, qi, sentences, si, atts_of, toks_of)
        if spk is _PREVIOUS or spk is None and _continues(text, quotes, qi):
            spk = last_quote_speaker
        quote_speaker[qi] = spk
        last_quote_speaker = spk
    # pass 3: counts; inside a quote they take the quote's speaker
    carried: tuple[str, str] | None = None  # (kind, speaker) of the sentence before
    for si, ((s, _), st, toks, atts, masked, num) in enumerate(
        zip(sentences, sent_texts, toks_of, atts_of, masked_of, numeric, strict=True)
    ):
        found = find_quantities(st, checked=True) if num else None
        if not found:
            # no figure, so no count (``find_counts`` finds none without quantities) and
            # nothing for the next sentence to carry on
            carried = None
            continue
        # "according to X" names the source of a figure even beside another speaker
        if atts:
            sent_speaker = next((a.speaker for a in atts if a.verb < 0), None)
            if sent_speaker is None:
                sent_speaker = atts[0].speaker
            according = any(a.verb < 0 for a in atts)
        else:
            sent_speaker, according = None, False
        qs = [_shift(q, s) for q in found]
        money = [q for q in qs if _money(q)]
        plain = [q for q in qs if not _money(q)] if money else qs  # (mostly: no sum)
        counts = find_counts(text, toks, plain, previous=previous) if plain else []
        if sent_speaker is None and carried and counts and not masked:
            # a breakdown that goes on with the same account: "Monroe County had seven."
            if all(c.kind == carried[0] and c.scope for c in counts):
                sent_speaker = carried[1]
        carried = (counts[-1].kind, sent_speaker) if counts and sent_speaker else None
        for c in counts:
            spk = sent_speaker if _covers(toks, atts, c.quantity.start) else None
            if spk is not None and not according:
                # "X said ..., with Y putting the toll at 471": the nearest verb before it
                spk = _nearest_before(toks, atts, c.quantity.start) or spk
            if spk is None and sent_speaker is not None and not atts:
                spk = sent_speaker  # carried over from the sentence before
            qi = _containing_quote(quotes, q_starts, c.quantity.start)
            if qi is not None:
                spk = quote_speaker.get(qi)
            elif spk is None and si + 1 < len(sentences) and toks_of[si + 1]:
                # "... is 19 children and two teachers. The latest figures come from X."
                spk = figures_source(toks_of[si + 1], text)
            if (
                spk is not None
                and qi is None
                and c.kind == "other_count"
                and _POPULATION_RE.search(text, s, c.quantity.start)
            ):
                spk = None  # "..., a village of about 700 people": the outlet's background
            drafts.append(_draft_from_count(c, spk))
        for q in money:
            spk = sent_speaker
            if spk is not None and not according:
                # "The EU promised $122 million, and Germany pledged $118 million"
                spk = _nearest_before(toks, atts, q.start) or spk
                spk = _gapped_giver(toks, q.start) or spk
            drafts.append(_money_draft(text, toks, q, spk))
        if counts:
            previous = counts[-1]
    # quote claims
    out: list[Draft] = []
    for d in drafts:
        full = names.expand(d.speaker) if d.speaker else d.speaker
        out.append(d if full == d.speaker else attrs.evolve(d, speaker=full))
    for qi, q in enumerate(quotes):
        spk = quote_speaker.get(qi)
        out.append(
            Draft(
                kind="quote",
                start=q.start,
                end=q.end,
                qualifier=None,
                quote=quote_text(text, q),
                speaker=names.expand(spk) if spk else None,
            )
        )
    out.sort(key=_START_END)
    return out


_START_END = operator.attrgetter("start", "end")
_NO_TOKENS: frozenset[int] = frozenset()


ATTRIBUTION_WORDS = frozenset({"according", "citing", "quoting", "by", "per"})
_WORD_RE = re.compile(r"[a-z]+(?:[-.'’][a-z]+)*\.?")
_RELEVANT_BASE = FIGURE_WORDS | REPORTING_VERBS | TITLES | _NAME_TITLES | ATTRIBUTION_WORDS
#: (with a full stop too: the word pattern keeps it, for "Gov." and for "..., Contreras said.")
_RELEVANT_WORDS = _RELEVANT_BASE | {w + "." for w in _RELEVANT_BASE if "." not in w}


#: A person introduced with an age or a relative clause: "Maria Santos, 52," / "X Y, who".
_INTRO_RE = re.compile(
    r"[A-Z][a-z]+ [A-Z][a-z]+, (?:[0-9]+,|who|whose)"
    r"|, like [A-Z][a-z]+ [A-Z][a-z]+,"  # "Community leaders, like Johannes Qankase,"
    # "Machine operator Rubel Hossain was ...": a role and a name open the sentence
    rf"|^(?:[A-Z][a-z]+ ){{0,2}}[a-z]+(?:{'|'.join(_ROLE_ENDINGS)}) [A-Z][a-z]+ [A-Z][a-z]+"
)


def _relevant(sentence: str, numeric: bool | None = None) -> bool:
    """Can a sentence hold a claim or a speaker? (a digit, a number word, a reporting word,
    a title); the rest is skipped without tokenizing it. ``numeric``: the caller's
    :func:`may_have_quantity` of the sentence, when it has it.

    Example:
        >>> _relevant("The sky was grey."), _relevant("Nine died."), _relevant("He said so.")
        (False, True, True)
    """
    if numeric is None:
        numeric = may_have_quantity(sentence)
    if numeric:
        return True
    words = _WORD_RE.findall(sentence.lower())
    if not _RELEVANT_WORDS.isdisjoint(words):
        return True
    return _INTRO_RE.search(sentence) is not None  # "Ana Costa, whose brother ..."


def _covers(toks: list[Tok], atts: list[Attribution], pos: int) -> bool:
    """Does some attribution of the sentence reach the figure at ``pos``?

    "According to X" reaches the whole sentence, and "X said ..." what follows the verb. A
    figure before the verb is X's when the attribution closes the sentence ("..., police
    said") or a comma separates them; not when it sits in a clause of its own ("At a meeting
    called to debate the annexation of four regions, X branded Russia ...").

    Example:
        >>> from factcheck.segment import tokenize
        >>> from factcheck.speakers import all_speakers
        >>> t = tokenize("Five died, police said.")
        >>> _covers(t, all_speakers(t), 0)
        True
    """
    # (the tokens are in text order: those that start before ``pos`` are a run from the
    # first, and the first token at or after ``pos`` is found by bisection)
    for a in atts:
        if a.verb >= 0 and a.verb < len(toks) and toks[a.verb].start < pos:
            # "..., said Umm Mohammed, 41, whose two sons were wounded": about the speaker
            after = toks[a.verb + 1 : bisect.bisect_left(toks, pos, key=TOK_START)]
            if "whose" in map(TOK_LOWER, after):
                continue
        if a.verb < 0 or a.verb >= len(toks) or toks[a.verb].start < pos:
            return True
        if toks[a.verb].lower.endswith("ing") and toks[a.verb - 1].lower != "as":
            continue  # "..., noting that ...": a participle reaches what follows it (but
            # "..., X was quoted as saying" closes the sentence like "X said")
        # the first token at or after ``pos`` (the verb is one): the figure's
        k = bisect.bisect_left(toks, pos, 0, a.verb, key=TOK_START)
        if a.verb - k <= 4 and toks[a.verb - 1].lower in ("it", "they", "he", "she"):
            return True  # "the two deaths it reported Thursday": a figure the speaker gave
        words = [t.lower for t in toks[k : a.verb]]
        tail = words[len(words) - words[::-1].index(",") :] if "," in words else words
        if any(w in ("who", "whom", "which", "that") for w in tail):
            continue  # "two officers whom the governor reported will survive"
        if "," in words or len([t for t in toks[a.verb + 1 :] if t.text.isalnum()]) <= 8:
            return True
    return False


#: The words before a place's population, set off from the sentence's account: ", a village
#: of about 700 people", "..., with about 6,600 people" (checked up to the figure).
_POPULATION_RE = re.compile(
    r",\s+(?:(?:a|the)\s+(?:\w+\s+){0,2}(?:village|town|city|community|district|island)"
    r"\s+of|with)\s+(?:about|some|around|roughly|nearly|over|more\s+than)?\s*$",
    re.IGNORECASE,
)


def _gapped_giver(toks: list[Tok], pos: int) -> str | None:
    """The name that stands for a left-out verb before a sum at ``pos``: "Britain pledged
    £100 million, Norway $75 million and Denmark 26.8 million euros" (Norway's, Denmark's).

    Example:
        >>> from factcheck.segment import tokenize
        >>> t = tokenize("Spain gave $5 million, Norway $3 million.")
        >>> _gapped_giver(t, 30), _gapped_giver(t, 11)
        ('Norway', None)
    """
    k = e = bisect.bisect_left(toks, pos, key=TOK_START)
    while k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
        k -= 1
    if k == e or e - k > 3 or k == 0 or toks[k - 1].text not in (",", "and"):
        return None
    return " ".join(t.text for t in toks[k:e])


def _nearest_before(toks: list[Tok], atts: list[Attribution], pos: int) -> str | None:
    """The speaker of the last reporting verb before ``pos``, if it is not the sentence's
    first (which the caller takes anyway)."""
    before = [a for a in atts if 0 <= a.verb < len(toks) and toks[a.verb].start < pos]
    return before[-1].speaker if len(before) > 1 else None


def _sentence_of(
    sentences: list[tuple[int, int]], pos: int, starts: list[int] | None = None
) -> int:
    """Index of the sentence at ``pos`` (``starts``: the sentences' starts, when the caller
    has them)."""
    if starts is None:
        starts = [s for s, _ in sentences]
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def _shift(q: Quantity, by: int) -> Quantity:
    if not by:
        return q
    return Quantity(
        q.start + by,
        q.end + by,
        q.num_start + by,
        q.num_end + by,
        q.value,
        q.low,
        q.high,
        q.qualifier,
        q.currency,
        q.text,
    )


def _touches_quote(starts: list[int], end_max: list[int], s: int, e: int) -> bool:
    """Does some quote overlap ``[s, e)``? (``end_max``: running maximum of quote ends)."""
    j = bisect.bisect_left(starts, e)
    return j > 0 and end_max[j - 1] > s


def _containing_quote(quotes: list[QuoteSpan], starts: list[int], pos: int) -> int | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and quotes[i].start <= pos < quotes[i].end:
        return i
    return None


def _quoted_tokens(toks: list[Tok], quotes: list[QuoteSpan], starts: list[int]) -> frozenset[int]:
    """Indices of the tokens :func:`_in_quote` puts in a quote (by bisection, not per token)."""
    if not toks:
        return frozenset()
    first = max(bisect.bisect_right(starts, toks[0].start) - 1, 0)
    last = bisect.bisect_left(starts, toks[-1].end)
    out: list[int] = []
    for k in range(first, last):
        # a position belongs to the last quote that starts at or before it
        end = quotes[k].end if k + 1 == len(quotes) else min(quotes[k].end, starts[k + 1])
        # (bisection on the tokens' starts through a key: no list of them is built)
        lo = bisect.bisect_left(toks, starts[k], key=TOK_START)
        out.extend(range(lo, bisect.bisect_left(toks, end, key=TOK_START)))
    return frozenset(out)


def _in_quote(quotes: list[QuoteSpan], starts: list[int], pos: int) -> bool:
    return _containing_quote(quotes, starts, pos) is not None


def _quote_speaker(
    text: str,
    quotes: list[QuoteSpan],
    qi: int,
    sentences: list[tuple[int, int]],
    si: int,
    atts_of: list[list[Attribution]],
    toks_of: list[list[Tok]],
) -> str | None:
    """The speaker of quote ``qi`` whose closing mark lies in sentence ``si``."""
    q = quotes[qi]
    # sentences the quote touches (it may start sentences earlier)
    first = si
    while first > 0 and sentences[first - 1][1] > q.start:
        first -= 1
    toks = toks_of[first]
    # (a caption names its speaker in the first words: only they can hold its colon)
    colon = next(
        (c for c, t in enumerate(toks[:9]) if t.text == ":" and q.start - 1 <= t.end <= q.start),
        None,
    )
    if colon is not None:
        named = caption_speaker(toks, colon, text)
        if named is not None:
            return named  # 'Environment Minister Richard Benyon: "I am so impressed"'
    cands: list[tuple[int, Attribution]] = []
    for k in range(first, si + 1):
        for a in atts_of[k]:
            pos = toks_of[k][a.verb].start if a.verb >= 0 else sentences[k][0]
            cands.append((pos, a))
    if cands:
        before = [(p, a) for p, a in cands if p < q.start]
        if before and text[max(0, q.start - 3) : q.start].rstrip().endswith(":"):
            # 'X said: "..." the news service noted': who introduces it speaks, not who
            # passes it on
            return before[-1][1].speaker
        # prefer the reporting verb right after the quote ("...," he said), else the nearest
        after = [(p, a) for p, a in cands if p >= q.end]
        inner = text[q.inner_start : q.inner_end].rstrip()
        full = inner[-1:] in ",.!?…" or text[q.end : q.end + 1] == ","
        if after and after[0][0] - q.end < 40 and (full or not before):
            return after[0][1].speaker
        if before:
            return before[-1][1].speaker
        return cands[0][1].speaker
    # a quote right after another one goes on with the same account
    if qi > 0 and first > 0 and sentences[first - 1][0] <= quotes[qi - 1].end - 1:
        return _PREVIOUS
    # the sentence before introduces it ("Biden said:") or the next one attributes it
    if first > 0 and atts_of[first - 1]:
        prev_s, prev_e = sentences[first - 1]
        if text[prev_e - 1 : prev_e] in (":", ",") or q.start - prev_e <= 2:
            return atts_of[first - 1][-1].speaker
    if si + 1 < len(sentences) and atts_of[si + 1]:
        nxt = toks_of[si + 1]
        a = atts_of[si + 1][0]
        if a.verb >= 0 and a.verb <= 3 and len(nxt) <= 12:
            return a.speaker
    return None


def _continues(text: str, quotes: list[QuoteSpan], qi: int) -> bool:
    """Is quote ``qi`` the paragraph right after the previous quote (a running account)?"""
    if qi == 0:
        return False
    between = text[quotes[qi - 1].end : quotes[qi].start]
    return between.count("\n") <= 2 and len(between.strip()) < 60
