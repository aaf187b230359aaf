"""Counted figures in a sentence: what a number counts and which kind of claim it makes.

The grammar of casualty and strike reporting, by rules over word tokens:

* the counted noun after the number ("14 civilians", "80 missiles", "dozens of missiles",
  "four partly occupied Ukrainian regions"), or a partitive ("41 of them");
* the predicate that says what happened to them, after the noun phrase ("were killed",
  "have been reported injured", "died", "dead") or before the number ("killing at least 11",
  "wounding 12 others", "left 44 people dead"), or a toll ("the death toll rose to 288");
* coordination: "at least 14 civilians were killed and 97 wounded" gives the 97 the subject of
  the 14 and its own kind, never its qualifier; "killed 19 children and two teachers" gives
  the teachers the verb of the children; a bare number after a claim ("five in Volusia
  County", "up from 42") counts what the claim before it counts;
* numbers that are not counts: ages, dates, clock times, distances, durations, grades,
  identifiers.

Example:
    >>> from factcheck.segment import tokenize
    >>> from factcheck.numbers import find_quantities
    >>> s = "At least 14 civilians were killed and 97 wounded in Kyiv."
    >>> for c in find_counts(s, tokenize(s), find_quantities(s)):
    ...     print(c.kind, c.quantity.value, c.quantity.qualifier, c.subject, c.scope)
    killed 14 at_least civilians in Kyiv
    wounded 97 exact civilians in Kyiv
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from factcheck.lexicon import (
    CLOSING_QUOTE_MARKS,
    HEAD_KIND,
    NOT_COUNTED,
    ORG_WORDS,
    PEOPLE_NOUNS,
    POSSIBLE_WORDS,
    PREDICATE_KIND,
    SPEAKER_NOUNS,
    TOLL_WORDS,
)
from factcheck.numbers import NUMBER_WORDS, Quantity
from factcheck.segment import TOK_END, TOK_LOWER, TOK_START, Tok

MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_STOP = frozenset(
    """of in on at from to for with by across near after before since during into over under
    and or but nor than as while when where who whom which that whose were was is are be been
    being have has had will would could should may might can must do did does said says
    also not no the a an this these those their its his her our your my it they them he she
    we you i were according including among per each all both some many overnight today
    yesterday tonight ago earlier later
    less about around up down out off only just still already now then there here so if
    because although though whereas yet fatally outside inside daily weekly nightly abroad
    nationwide worldwide apiece towards afterwards backwards upwards downwards forwards always
    perhaps besides""".split()
)
_AUX = frozenset(
    """were was is are be been being have has had having also all reportedly confirmed reported
    today yesterday tonight overnight currently presumed listed registered recorded classified
    feared believed thought known later so far now still already to as officially allegedly
    critically seriously severely slightly badly not yet remain remained remains
    remaining were being left confirmed now initially may might could been got get found
    presumed either getting there then yet officially""".split()
)
_LEFT_SKIP = frozenset(
    {"a", "total", "of", "another", "an", "additional", "the", "further", "as", "least", "all"}
)
_MODIFIERS = frozenset({"other", "more", "additional", "further", "extra", "new"})
_GROUP_NOUNS = frozenset({"police", "law", "security", "rescue", "emergency", "border"})
_INCREMENT = frozenset({"more", "additional", "further", "extra"})
_IRREGULAR = frozenset({"kept", "sent", "taken", "held", "given", "brought", "left", "cut"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_RISE = frozenset(
    """rises rose risen rise climbed climbs climb jumped jumps up increased increases reached
    reaches stands stood at to is was revised put fixed raised lowered hit hits now
    surpassed surpasses exceeded exceeds topped tops passed""".split()
)
_BODY_FOUND = frozenset({"recovered", "found", "retrieved", "pulled", "discovered", "counted"})
_SOFT_END = frozenset({".", ";", ":", "!", "?"})
_EARLIER = frozenset({"earlier", "previously", "initially", "originally", "first"})
_PUT = frozenset("put at reported given estimated as set figure estimate tally count".split())
_DECLARED = frozenset({"declared", "pronounced"})  # "confirmed" is in _AUX
_MADE_TO = frozenset({"ordered", "forced", "told", "urged", "asked", "advised"})
_PP_SKIP = frozenset(
    {"in", "from", "at", "aboard", "on", "inside", "near", "across", "throughout", "under"}
)
_PUT_TOLL = frozenset({"put", "toll", "tolls", "estimated", "set"})
_NOW = frozenset({"but", "now", "later", "since", "currently", ";", "however"})
_FIRST_PUT = _PUT | _PUT_TOLL | {"reported"}  # "had first put / reported": "first" = earlier
_LEAVE = frozenset({"left", "leaving", "leaves", "leave", "claimed", "claiming"})
_INTERCEPT = frozenset(
    """intercepted intercept intercepting intercepts neutralized neutralised downed downs
    downing destroyed destroying destroys shot""".split()
)
_NOT_BEFORE = frozenset(
    """category no number grade grades section sections case route flight line class level
    page article chapter act rule code platform gate terminal phase stage tier model unit
    version episode season round highway interstate""".split()
)
_CONDITION = frozenset({"serious", "critical", "stable", "grave", "fair", "mild", "good", "poor"})
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "—", "–"})
#: Words opening a clause that tells the event, whose place is the whole event's.
_EVENT_CLAUSE = frozenset({"when", "after", "as", "while", "because", "since"})


@attrs.frozen(slots=True)
class Count:
    """A counted figure found in a sentence.

    Attributes:
        quantity: The number with its interval (offsets into the article text).
        kind: Claim kind (``killed`` ... ``other_count``).
        subject: What is counted, lowercase ("civilians", "shot down").
        scope: Place phrase ("in Kyiv") or None.
        possible: Hedged ("may have died", "unconfirmed").
        superseded: Reported as replaced ("up from 42").
        end: End offset of the claim's phrase (noun and predicate included).
        rising: Reported as what a toll rose to ("the toll rose to 288").
    """

    quantity: Quantity
    kind: str
    subject: str | None
    scope: str | None = None
    possible: bool = False
    superseded: bool = False
    end: int = 0
    rising: bool = False


@attrs.define(slots=True)
class _Slot:
    q: Quantity
    first: int  # first token index of the quantity
    last: int  # last token index (inclusive)
    head: int | None = None  # token index of the counted noun
    np_end: int = 0  # index after the noun phrase
    antecedent: bool = False  # "41 of them"
    kind: str | None = None
    subject: str | None = None
    pred_end: int = -1
    right_pred: str | None = None
    left_pred: str | None = None
    possible: bool = False
    superseded: bool = False
    drop: bool = False
    increment: bool = False  # "three more people", "an additional 12"
    revises: bool = False  # "14 died, a figure later revised to 12": the figure before it
    verb: str | None = None  # "discharged" in "793 passengers have been discharged"
    restriction: str | None = None  # "who were disconnected from oxygen machines"
    rising: bool = False  # "the toll rose to 288": the result of a rise


def _tok_range(toks: Sequence[Tok], start: int, end: int) -> tuple[int, int] | None:
    """First and last index of the tokens that overlap ``[start, end)`` (by bisection:
    tokens are in order and do not overlap)."""
    first = bisect.bisect_right(toks, start, key=TOK_END)
    last = bisect.bisect_left(toks, end, lo=first, key=TOK_START) - 1
    return (first, last) if last >= first else None


def find_counts(
    text: str,
    toks: Sequence[Tok],
    quantities: Sequence[Quantity],
    *,
    previous: Count | None = None,
) -> list[Count]:
    """The counted figures of one sentence.

    Args:
        text: The article text (token and quantity offsets point into it).
        toks: The sentence's tokens.
        quantities: The sentence's quantities (from :func:`factcheck.numbers.find_quantities`).
        previous: The last count of the sentences before, for elliptical lists
            ("— Volusia County: five").

    Returns:
        Counts in text order; numbers that count nothing (ages, dates...) are left out.

    Example:
        >>> from factcheck.segment import tokenize
        >>> from factcheck.numbers import find_quantities
        >>> s = "Russia fired 75 missiles, with 41 of them shot down."
        >>> [(c.kind, c.quantity.value, c.subject)
        ...  for c in find_counts(s, tokenize(s), find_quantities(s))]
        [('missiles', 75, 'missiles'), ('missiles', 41, 'shot down')]
    """
    if not quantities:
        return []  # most sentences have no figure
    # the lowercase words, once per sentence: the rules below test them by index and the
    # long scans first test a slice of them against a word set (one C-level operation)
    lw = list(map(TOK_LOWER, toks))
    slots: list[_Slot] = []
    for q in quantities:
        r = _tok_range(toks, q.num_start, q.num_end)
        if r is None:
            continue
        # (a bare figure, "14", is its whole mention: the same range, no second bisection)
        if q.start == q.num_start and q.end == q.num_end:
            full = r
        else:
            full = _tok_range(toks, q.start, q.end) or r
        if q.qualifier == "at_most" and q.text[:5].lower() == "up to" and full[0] > 0:
            w = toks[full[0] - 1].lower
            if w in TOLL_WORDS or (w in HEAD_KIND and w not in PREDICATE_KIND) or w in _RISE_VERB:
                # "deaths up to 122": the toll rose to 122 (but "injured up to 100" is at most)
                q = attrs.evolve(q, qualifier="exact", low=q.value, high=q.value)
        if (
            q.qualifier == "exact"
            and full[0] > 0
            and lw[full[0] - 1] in _SURPASS_VERBS  # (the words :func:`surpassed` weighs)
            and surpassed(toks, full[0] - 1)
        ):
            # "the toll surpasses 43,700", "deaths topped 1,000": more than the number
            q = attrs.evolve(q, qualifier="more_than", low=q.value, high=None)
        slots.append(_Slot(q, full[0], full[1]))
    if not slots:
        return []
    # the cue words of the sentence, found once (one C-level pass): a rule whose cue is not
    # among them cannot hold, and its scan of a window of words is skipped
    cues = _SENTENCE_CUES.intersection(lw)
    for s in slots:
        _noun_phrase(toks, lw, s)
    for k, s in enumerate(slots):
        if not s.drop:
            _predicates(text, toks, lw, slots, k, cues)
    scopes = _shared_scopes(toks, lw, slots, cues)
    out: list[Count] = []
    for k, s in enumerate(slots):
        if s.drop:
            continue
        _decide(toks, lw, slots, k, previous, cues)
        if s.kind is None or _fractional(s.q):
            continue  # nothing counted, or "a magnitude 7.8 quake killed": no count is 7.8
        if s.increment and s.kind in _CASUALTY:
            s.subject = f"additional {s.subject or 'people'}"
        if s.restriction and s.kind in _COUNTED_PEOPLE:
            if s.subject or s.restriction.startswith("in "):
                s.subject = f"{s.subject or 'people'} {s.restriction}"
        if s.kind == "other_count" and s.verb and s.subject and s.verb not in s.subject:
            s.subject = f"{s.subject} {s.verb}"  # "passengers discharged" vs "passengers"
        scope = scopes[k]
        # (the largest of the ends; conditionals are cheaper than calls of max() here)
        end = toks[s.np_end - 1 if s.np_end - 1 > s.last else s.last].end
        if s.q.end > end:
            end = s.q.end
        if s.pred_end > 0 and toks[s.pred_end - 1].end > end:
            end = toks[s.pred_end - 1].end
        out.append(
            Count(
                quantity=s.q,
                kind=s.kind,
                subject=s.subject,
                scope=scope,
                possible=s.possible,
                superseded=s.superseded,
                end=end,
                rising=s.rising and s.kind in _CASUALTY,
            )
        )
    return out


def _fractional(q: Quantity) -> bool:
    """A figure with a fraction ("7.8"), which counts nothing ("1.5 million" is whole)."""
    v, low, high = q.value, q.low, q.high
    return (
        (isinstance(v, float) and not v.is_integer())
        or (isinstance(low, float) and not low.is_integer())
        or (isinstance(high, float) and not high.is_integer())
    )


def _shared_scopes(
    toks: Sequence[Tok], lw: list[str], slots: list[_Slot], cues: frozenset[str]
) -> list[str | None]:
    """Scopes of every slot; "14 killed and 97 wounded in Kyiv": the place ends the series.

    ``lw`` is the lowercase words of ``toks``, ``cues`` its words of :data:`_SENTENCE_CUES`."""
    # indices of the administrative units of the sentence, found once for all its figures
    units: list[int] = []
    for unit in ADMIN_UNITS.intersection(cues):  # (mostly none: C-level finds)
        j = -1
        for _ in range(lw.count(unit)):
            j = lw.index(unit, j + 1)
            units.append(j)
    units.sort()
    # can a figure be dated ("in 2015", "last year") or summed over a period ("this week")?
    # (the tokens hold no space: "in 19" in the joined words needs the word "in" before a
    # word starting "19")
    joined = " ".join(lw)
    dated = (
        "year" in joined or "in 19" in joined or "in 20" in joined or not _PERIODS.isdisjoint(cues)
    )
    scopes = [
        None if s.drop else _scope(toks, lw, units, dated, slots, k) for k, s in enumerate(slots)
    ]
    for k in range(len(slots) - 2, -1, -1):
        a, b = slots[k], slots[k + 1]
        if scopes[k] is None and not a.drop and not b.drop:
            between = lw[max(a.np_end, a.pred_end, a.last + 1) : b.first]
            if between in (["and"], [","], [",", "and"], ["and", "another"]):
                scopes[k] = scopes[k + 1]
    # "In Kharkiv, five people were killed": a place set before the figure's clause, for
    # the figures no nearer place scopes ("In Ukraine, two were killed in the Dnipro region")
    # (only a sentence opening with one of _FRONT_OPENERS can have one)
    if lw[0] in _FRONT_OPENERS:
        for k, s in enumerate(slots):
            if scopes[k] is None and not s.drop:
                scopes[k] = _fronted_place(toks, s.first)
    return scopes


def _word(t: Tok) -> bool:
    return t.text[:1].isalpha()


def _noun_phrase(toks: Sequence[Tok], lw: list[str], s: _Slot) -> None:
    """Find the counted noun after the number, and drop numbers that count nothing
    (``lw``: the lowercase words)."""
    n = len(toks)
    i = s.last + 1
    prev = lw[s.first - 1] if s.first > 0 else ""
    nxt = lw[i] if i < n else ""
    own = toks[s.last]
    if own.end > s.q.num_end and own.lower[s.q.num_end - own.start] == "-":
        if own.lower[s.q.num_end - own.start + 1 :].startswith(_MEASURE_COMPOUNDS):
            s.drop = True  # "a two-year-old", "the two-year crisis", "a five-storey block"
            return
    # dates, grades, identifiers, ages, times
    if prev.rstrip(".") in MONTHS or nxt.rstrip(".") in MONTHS or prev in _NOT_BEFORE:
        s.drop = True
        return
    if toks[s.last].text in ("911", "999", "112", "000") and (
        nxt in ("call", "calls", "dispatcher", "dispatchers", "operator", "operators")
        or prev in ("call", "called", "calling", "dial", "dialed", "dialled", "dialing", "to")
    ):
        s.drop = True  # "dozens of 911 calls", "call 911": an emergency number
        return
    if prev == "the" and (nxt in ("most", "least") or nxt.endswith("est") and nxt in _SUPERLATIVES):
        s.drop = True  # "one of the five most dangerous roads": a ranking, not a count
        return
    if prev == "." and s.first > 1 and lw[s.first - 2] in MONTHS:
        s.drop = True
        return
    if prev in ("-", "/") and s.first > 1 and toks[s.first - 2].text.isdigit():
        s.drop = True  # the day of a date written "2018-10-28" or "10/28"
        return
    if nxt in ("-", "–") and i + 1 < n:
        after = lw[i + 1]
        if after.startswith("year") or after in NOT_COUNTED:
            s.drop = True
            return
        if after == "member" or after.endswith("member"):
            s.head, s.np_end, s.subject = i + 1, i + 2, "members"
            return
    if nxt in ("year-old", "years-old") or nxt.startswith("year-old"):
        s.drop = True
        return
    if (
        (
            prev in _AGE_PREV  # (the word :func:`_age_of` needs right before the figure)
            and not _AGE_WORDS.isdisjoint(lw[max(0, s.first - 4) : s.first])
            and _age_of(toks, s.first)
        )
        or (prev in _YOUNG and s.q.text[:5].lower() in ("under", "over "))
    ):
        s.drop = True  # "children under the age of nine", "two boys, ages 4 and 5",
        return  # "children under 5"
    if prev == "aged" or (prev == "," and nxt in (";", ")") and s.q.qualifier == "exact"):
        s.drop = True
        return
    if (
        prev == ","
        and nxt == ","
        and s.first > 1
        and toks[s.first - 2].text.isalpha()
        and toks[s.first - 2].text[:1].isupper()
        and s.q.qualifier == "exact"
        and isinstance(s.q.value, int)
        and s.q.value < 110
        and toks[s.first].text.isdigit()
    ):
        s.drop = True  # an age after a name: "Tom Reyes, 52, who lives nearby"
        return
    if nxt == "out" and i + 2 < n and lw[i + 1] == "of" and toks[i + 2].text[:1].isdigit():
        i, nxt = i + 1, "of"  # "22 out of 35 missiles": like "22 of the 35 missiles"
    if nxt in ("of",) and i + 1 < n:
        j = i + 1
        counted_next = (
            lw[j] in ("these", "those")
            and j + 1 < n
            and (lw[j + 1] in HEAD_KIND or lw[j + 1] in PEOPLE_NOUNS)
        )  # ("nine of these fatalities"; but "eight of them children" is a pronoun)
        if lw[j] in ("them", "those", "these", "whom", "which") and not counted_next:
            if s.q.value == 1 and s.q.qualifier == "exact":
                s.drop = True
                return
            s.antecedent = True
            s.np_end = j + 1
            return
        if s.q.value == 1 and s.q.qualifier in ("exact", "at_least"):
            s.drop = True  # "one of the strikes", "at least one of the children"
            return
        while j < n and (
            lw[j] in ("the", "its", "their", "his", "her", "our", "those", "these")
            or lw[j].endswith(("'s", "’s"))
        ):
            j += 1  # "35 of Florida's storm-related deaths", "nine of these fatalities"
        if j < n and toks[j].text[:1].isdigit():
            j += 1  # "19 of the country's 47 counties": the 19 counts counties too
        head, end = _run(toks, lw, j)
        if head is not None and s.q.qualifier == "vague":
            if lw[head] in NOT_COUNTED:
                s.drop = True  # "hundreds of metres"
                return
            s.head, s.np_end = head, end
            return
        if head is not None and (
            lw[head] in HEAD_KIND or lw[head] in PEOPLE_NOUNS or toks[j - 1].text[:1].isdigit()
        ):
            s.head, s.np_end = head, end
            return
        s.np_end = i
        return
    head, end = _run(toks, lw, i)
    if head is not None and lw[head] in NOT_COUNTED:
        s.drop = True
        return
    s.head = head
    s.np_end = end
    before = lw[s.first - 1] if s.first > 0 else ""
    s.increment = (i < n and lw[i] in _INCREMENT) or before in ("additional", "another")
    if before == "by" and s.first > 1 and lw[s.first - 2] in _RISE:
        s.increment = True  # "the toll jumped by nearly 1,200 to 5,209": the rise


#: Verbs that never begin a noun after a figure: "145 die", "thousands flee", "100 remained
#: missing".
_BARE_VERBS = frozenset(
    """die dies perish perishes kill kills injure injures flee flees arrest detain evacuate
    remain remains remained shot slain""".split()
)
#: Superlatives after "the N": "the three deadliest storms" ranks, it does not count.
_SUPERLATIVES = frozenset(
    """deadliest worst largest biggest highest lowest greatest strongest longest busiest
    oldest newest richest poorest tallest fastest best""".split()
)
#: What a number word joined by a hyphen measures ("two-year-old"): never a count.
_MEASURE_COMPOUNDS = (
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "old",
    "storey",
    "story",
    "floor",
)
#: People nouns that are plural without an "s".
_PLURAL_PEOPLE = frozenset(
    "people children men women police personnel staff crew folk youth".split()
)


def _run(toks: Sequence[Tok], lw: list[str], i: int) -> tuple[int | None, int]:
    """The noun run starting at ``i``: (index of its head, index after it). (``lw``: the
    lowercase words; ``toks[j].text[:1].isalpha()`` is :func:`_word` inlined.)"""
    n = len(toks)
    j = i
    head = None
    while j < n and j - i < 5:
        w = lw[j]
        if w == "-" and head is not None and j + 1 < n and toks[j + 1].text[:1].isalpha():
            j += 1
            continue
        if not toks[j].text[:1].isalpha() or w in _STOP or (head is not None and w in NUMBER_WORDS):
            break  # (a number word starts the next figure: "two explosions killed dozens")
        if head is None and w in _BARE_VERBS:
            break  # "145 die in stampede", "Dozens flee": a verb, no noun
        if (
            w in ("early", "late")
            and j + 1 < n
            and (lw[j + 1] in _DAYNAMES or lw[j + 1] in _DAYPARTS)
        ):
            break  # "wounded five early Saturday": when, not what
        if head is None and w in _MODIFIERS:
            j += 1  # "five other deaths", "three more people"
            continue
        known = w in HEAD_KIND or w in PEOPLE_NOUNS
        if head is not None and not known:
            h = lw[head]
            nounish = h in HEAD_KIND or h in PEOPLE_NOUNS or h.endswith("s")
            if w in PREDICATE_KIND or nounish and w.endswith(("ed", "ing")):
                break  # a verb: "13 children transported"
            if h.endswith("s") and not h.endswith("ss") and not w.endswith("s"):
                break  # a plural noun then a singular word: a verb ("10 houses collapse")
        head = j
        j += 1
        if known and w in PREDICATE_KIND and j < n and toks[j].text.isalpha():
            nxt = lw[j]
            if nxt in PEOPLE_NOUNS or nxt in _GROUP_NOUNS:
                continue  # "two injured police officers": an adjective before the noun
        if known:
            # a counted noun ends the phrase unless another noun follows ("missile strikes")
            if j < n and toks[j].text[:1].isalpha() and lw[j] not in _STOP:
                nxt = lw[j]
                if nxt in HEAD_KIND and nxt not in PREDICATE_KIND or nxt in PEOPLE_NOUNS:
                    continue
                if nxt.endswith("s") and not nxt.endswith("ss") and nxt not in PREDICATE_KIND:
                    # "two passenger trains": a singular noun before a plural one modifies it
                    if w not in PEOPLE_NOUNS or not (w.endswith("s") or w in _PLURAL_PEOPLE):
                        continue
            break
    if head is not None:
        h = lw[head]
        if h not in HEAD_KIND and h not in PEOPLE_NOUNS and h.endswith(("ed", "ing")):
            return None, i  # "one resulted", "two remaining"
    return head, j


def _predicates(
    text: str,
    toks: Sequence[Tok],
    lw: list[str],
    slots: list[_Slot],
    k: int,
    cues: frozenset[str],
) -> None:
    """The predicates of slot ``k``, before and after it (``lw``: the lowercase words,
    ``cues``: its words of :data:`_SENTENCE_CUES`)."""
    s = slots[k]
    n = len(toks)
    # modifiers inside the noun phrase ("two injured police officers", "eight unconfirmed deaths")
    if s.head is not None:
        for j in range(s.last + 1, s.head):
            w = lw[j]
            if w in POSSIBLE_WORDS:
                s.possible = True
            if w in PREDICATE_KIND and s.right_pred is None:
                s.right_pred = PREDICATE_KIND[w]
    inside = s.right_pred
    _right_predicate(toks, lw, s)
    if k + 1 < len(slots) and _agent(toks, s, slots[k + 1]):
        # "16 tornadoes killed 6 people", "two gunmen killed at least 12": the figure did it
        s.right_pred, s.pred_end = None, -1
        if s.head is not None and s.head == s.np_end - 1 and lw[s.head] in HEAD_KIND:
            s.head, s.np_end = s.head - 1, s.head  # the verb was read as the noun's head
    if _part_of(lw, s.first):
        # "half of the 300 passengers were injured": the verb tells of the part, not the 300
        s.right_pred, s.pred_end = inside, -1
    # before the number: "killing at least 11", "left ... dead", "deaths of two people"
    j = s.first - 1
    adverbs = 0
    while j >= 0:
        w = lw[j]
        if w == "as" and j >= 2 and _figure_word(toks[j - 2]):
            break  # "Seven dead as two buildings collapse": "dead" has its own figure
        if w in _LEFT_SKIP:
            j -= 1
        elif w.endswith("ly") and len(w) > 4 or (adverbs and w in (",", "—", "–", "and")):
            adverbs += 1  # "killed — horrifically, incomprehensibly — 14 students"
            j -= 1
        elif w in ("—", "–") and j > 0 and lw[j - 1].endswith("ly"):
            j -= 1
        elif (
            w == "and"
            and j >= 3
            and lw[j - 2] in ("a", "an", "one")
            and toks[j - 1].text.isalpha()
            and lw[j - 3] in PREDICATE_KIND
        ):
            j -= 3  # "killing a woman and three children": the verb before the first object
        else:
            break
    first = s.first
    group = _GROUP_KIND.get(lw[first - 2]) if first >= 2 else None  # "the dead"
    lead = lw[first - 4 if first > 4 else 0 : first - 2]
    if lead == ["among", "the"] and lw[first - 1] in ("were", "was", "are", "is"):
        s.left_pred = group or s.left_pred  # "Among the dead were four children"
    elif (
        first >= 4
        and lw[first - 4] == "among"
        and lw[first - 3] == "those"
        and lw[first - 2] in PREDICATE_KIND
        and lw[first - 1] in ("were", "was", "are", "is")
    ):
        s.left_pred = PREDICATE_KIND[lw[first - 2]]  # "Among those killed were two"
    elif group and (
        (lead == ["of", "the"] and toks[first - 1].text == ",")  # "Of the dead, 12 were"
        or lw[first - 1] in ("included", "include", "includes")  # "The dead included"
    ):
        s.left_pred = group
    elif (
        not _INCLUDED_CUES.isdisjoint(cues)  # (else :func:`_included_in` finds nothing)
        and (listed := _included_in(lw, first)) is not None
    ):
        s.left_pred = listed  # "Those killed include ... five Romanians"
    elif j >= 0 and lw[j] in _LEFT_CUES:  # (any other word: none of the tests below holds)
        w = lw[j]
        if w == "wounds" and j > 0 and toks[j - 1].text.isalpha():
            if lw[j - 1] not in _BEFORE_WOUNDS_NOUN:
                s.left_pred = "wounded"  # "Blast wounds 30 at Kabul mosque": a verb here
        elif w in PREDICATE_KIND and not (j > 0 and lw[j - 1] in ("were", "was", "are")):
            s.left_pred = PREDICATE_KIND[w]
            if w == "shot" and s.right_pred is None:
                s.left_pred = "wounded"
        elif w in HEAD_KIND and j + 1 < s.first and lw[j + 1] == "of":
            s.left_pred = HEAD_KIND[w]  # "the deaths of two elderly people"
        elif w == "lost" and s.head is not None and lw[s.head] in PEOPLE_NOUNS:
            s.left_pred = "killed"  # "We've lost 12 people", "the unit lost 40 soldiers"
        elif w in _INTERCEPT or (w == "down" and j > 0 and lw[j - 1] == "shot"):
            s.left_pred = "intercepted"
        elif w in _LEAVE:
            # "left at least 44 people dead", "leaving 19 students and two teachers dead"
            for e in range(s.np_end, min(n, s.np_end + 10)):
                if lw[e] in _SOFT_END:
                    break
                if lw[e] in PREDICATE_KIND:
                    s.left_pred = PREDICATE_KIND[lw[e]]
                    break
        elif w in ("from",) and j > 0:
            s.superseded = _is_supersede(toks, j, slots, k)
        elif w in _TAKEN and s.np_end + 1 < n and lw[s.np_end] == "to":
            if any(t.lower in _HOSPITAL for t in toks[s.np_end + 1 : s.np_end + 4]):
                s.left_pred = "wounded"  # "the blast sent 12 people to hospital"
        elif w in _RELEASE:
            s.left_pred = "released"  # "Israel freed 90 prisoners": not arrests
        elif w == "for" and j > 0 and lw[j - 1] in _SEARCHING:
            head = lw[s.head] if s.head is not None else None
            if head is None or (head in PEOPLE_NOUNS and head not in _SOUGHT):
                s.left_pred = "missing"  # "rescuers were searching for 26 others"
        elif w in _SAVED and s.verb is None and s.head is not None:
            s.verb = w  # "the Coast Guard rescued 27 people": "people rescued" (other_count)
    s.rising = _risen_to(lw, s.first)
    if k > 0 and s.first > 0 and lw[s.first - 1] == "to" and _revision(toks, s.first):
        s.revises = True  # "He said 14 had died, a figure later revised to 12"
        slots[k - 1].superseded = True
    # "the toll was earlier put at 288": a figure the article reports as replaced
    # (an "earlier" before the figure before it, or before "but", "now", "later" (ahead of
    # the figure), dates that figure, not this one: "first put at 288 but is now 275")
    floor = slots[k - 1].last + 1 if k > 0 else 0
    lo = s.first - 20 if s.first - 20 > floor else floor
    # (without an "earlier" in reach the scan can find none)
    if not _EARLIER.isdisjoint(cues) and not _EARLIER.isdisjoint(lw[lo : s.first]):
        for j in range(s.first - 1, lo - 1, -1):
            if lw[j] in _NOW:
                break
            if _earlier(toks, j):
                put = _PUT if j >= s.first - 3 else _PUT_TOLL
                s.superseded = any(t.lower in put for t in toks[j + 1 : s.first])
                break
    # hedges just before the figure, in its own clause ("feared dead after two dams ...")
    if not POSSIBLE_WORDS.isdisjoint(cues) and not POSSIBLE_WORDS.isdisjoint(
        lw[s.first - 3 if s.first > 3 else 0 : s.first]
    ):
        for j in range(s.first - 1, max(-1, s.first - 4), -1):
            w = lw[j]
            if w in _EVENT_CLAUSE or w in _CLAUSE_END or w == ",":
                break
            if w in POSSIBLE_WORDS and w not in ("likely",):
                s.possible = True


def _right_predicate(toks: Sequence[Tok], lw: list[str], s: _Slot) -> None:
    """The predicate after the noun phrase: "were killed", "who had died", "—...— were killed".

    ``lw`` is the lowercase words of ``toks``."""
    n = len(toks)
    j = s.np_end
    if j < n and toks[j].text in ("—", "–", "-", "(", ")"):
        close = ")" if toks[j].text == "(" else toks[j].text
        for e in range(j + 1, min(n, j + 12)):
            if toks[e].text == close:
                j = e + 1
                break
        else:
            j += 1  # the closing dash of "26 people—including 20 children—were killed"
    if j + 2 < n and toks[j].text == ",":  # (else _skip_appositive gives j back)
        j = _skip_appositive(toks, j)
    if (
        j + 3 < n
        and toks[j].text == ","
        and lw[j + 1] in ("all", "both", "most")
        and lw[j + 2] == "of"
        and lw[j + 3] in ("whom", "which")
    ):
        j += 3  # "72 people, all of whom are feared dead": the relative clause below
    if j + 1 < n and toks[j].text == "," and (lw[j + 1] == "including" or _included(toks, s.first)):
        # "Ten people, including three children, were killed"
        if lw[j + 1] == "including":
            for e in range(j + 2, min(n, j + 12)):
                if toks[e].text == ",":
                    j = e + 1
                    break
        else:
            j += 1
    elif j + 2 < n and lw[j] == "including":
        # "seven people including two children were killed": the part runs to the verb
        for e in range(j + 2, min(n, j + 10)):
            w = lw[e]
            if w in _SOFT_END or w == ",":
                break
            if w in _AUX or w in PREDICATE_KIND or w in _SUFFER:
                j = e
                break
    if j < n and lw[j] in _RELATIVE:
        # "the two adults who were killed", "two individuals that arrived at UMH were deceased"
        e = j + 1
        for e in range(j + 1, min(n, j + 10)):
            w = lw[e]
            if w in _SOFT_END or w == ",":
                break
            if w in POSSIBLE_WORDS:
                s.possible = True
            if w in PREDICATE_KIND:
                s.right_pred, s.pred_end = PREDICATE_KIND[w], e + 1
                return
            if _lost_lives(toks, e):  # "five of those who lost their lives"
                s.right_pred, s.pred_end = "killed", e + 3
                return
        # "two elderly people who were disconnected from oxygen machines": a subset
        if lw[j] in ("who", "that"):
            s.restriction = " ".join(t.text for t in toks[j:e])
        return
    if j < n and toks[j].text in CLOSING_QUOTE_MARKS and j > s.last + 1:
        j += 1  # 'told AFP that "around 30 civilians" were injured'
    if j + 1 < n and lw[j] == "to" and lw[j + 1] == "death":  # "stabbed seven people to death"
        s.right_pred, s.pred_end = "killed", j + 2
        return
    if "to" in lw[j : j + 3]:  # (else the scan below can find no "to their deaths")
        for k in range(j, min(n - 2, j + 3)):
            if lw[k] == "to" and lw[k + 1] in ("their", "his", "her") and lw[k + 2] in _DEATHS:
                # "sending dozens plunging to their deaths"
                s.right_pred, s.pred_end = "killed", k + 3
                return
            if not toks[k].text.isalpha() or lw[k] in _STOP:
                break
    steps = 0
    while j < n and steps < 7:
        w = lw[j]
        if w in ("may", "might", "could", "feared", "believed", "possibly", "likely", "presumed"):
            s.possible = True
        if w in _AUX or (steps and w in ("the", "have")) or w in _DECLARED:
            j += 1
            steps += 1
            continue
        if steps and w.endswith("ly") and w.isalpha() and j + 1 < n and lw[j + 1].endswith("ed"):
            j += 1  # "were successfully intercepted", "were reportedly detained"
            steps += 1
            continue
        if w in _GO and j + 1 < n and lw[j + 1] == "missing":
            j += 1  # "13 others have gone missing", "two fishermen went missing"
            steps += 1
            continue
        if w == "brought" and j + 1 < n and lw[j + 1] == "dead":
            j += 1  # "11 were declared brought dead"
            steps += 1
            continue
        if w == "of" or (w in _PP_SKIP and steps == 0):
            # skip a short prepositional phrase: "40 passengers of Coromandel Express may ...",
            # "all 167 people aboard a Pakistan International Airlines plane were killed"
            k2 = j + 1
            while (
                k2 < n
                and k2 - j < 7
                and (
                    _word(toks[k2])
                    or (k2 == j + 1 and _counted_group(toks, k2))
                    or (toks[k2].text in "'’" and lw[k2 - 1].endswith("s"))
                    or (toks[k2].text.isdigit() and lw[k2 - 1] in ("under", "aged"))
                )
                and lw[k2] not in _AUX
            ):  # "9,328 people from 2,328 families are staying ...": a count in the phrase
                if lw[k2] in PREDICATE_KIND:
                    break
                k2 += 1
            if k2 + 1 < n and lw[k2] in PREDICATE_KIND and _attributive(toks, k2):
                break  # "11 in a school sheltering displaced families": an adjective
            k2 = _skip_appositive(toks, k2)  # "72 people on board, 68 passengers and ..., are"
            if k2 < n and lw[k2] in _AUX_OR_PREDICATE and k2 > j + 1:
                j = k2
                steps += 1
                continue
            break
        break
    if j >= n:
        return
    w = lw[j]
    if j + 2 < n and lw[j + 1] == "to" and lw[j + 2] == "death":  # "four were burned to death"
        s.right_pred, s.pred_end = "killed", j + 3
        return
    if w in _PHRASE_CUES:  # (any other word starts none of these phrases)
        if w == "rounded" and j + 1 < n and lw[j + 1] == "up":
            s.right_pred, s.pred_end = "arrested", j + 2  # "10 people were rounded up"
            return
        if w == "fatally":  # "eight were shot, two of them fatally", "three were fatally injured"
            end = j + 2 if j + 1 < n and lw[j + 1] in PREDICATE_KIND else j + 1
            s.right_pred, s.pred_end = "killed", end
            return
        if w in ("from", "out") and s.np_end == j:  # "forced 30,000 people from their homes"
            k = j + (2 if w == "out" and j + 1 < n and lw[j + 1] == "of" else 1)
            if k < n and lw[k] in ("their", "his", "her"):
                k += 1
            if k < n and lw[k] in ("homes", "home", "houses", "villages"):
                s.right_pred, s.pred_end = "displaced", k + 1
                return
        if w in _SHELTERED and j + 1 < n and lw[j + 1] in ("in", "at"):
            # "9,328 people are staying in 91 relief camps": displaced
            for e in range(j + 2, min(n, j + 6)):
                if lw[e] in _SHELTERS:
                    s.right_pred, s.pred_end = "displaced", e + 1
                    return
        hurt = _hurt_phrase(toks, j) if w in _HURT_VERBS else 0
        if hurt:  # "sustained minor injuries", "treated for gunshot wounds", "taken to hospital"
            s.right_pred, s.pred_end = "wounded", hurt
            return
        if w in _MADE_TO and j + 2 < n and lw[j + 1] == "to":
            if lw[j + 2] in PREDICATE_KIND:  # "27,000 people were ordered to evacuate"
                s.right_pred, s.pred_end = PREDICATE_KIND[lw[j + 2]], j + 3
                return
    if w not in PREDICATE_KIND and w.isalpha() and (w.endswith("ed") or w in _IRREGULAR):
        if j == s.np_end and s.first > 0 and lw[s.first - 1] in _CARRYING:
            return  # "a jet carrying 176 people suffered ...": the jet's verb
        if j == s.np_end and j + 1 < n and toks[j + 1].text.isalpha():
            nxt = lw[j + 1]
            if nxt in ("a", "an", "the", "their", "its", "his", "her") or (
                toks[j + 1].text.islower()
                and nxt not in _STOP
                and nxt not in _ADVERBIAL
                and not nxt.endswith("ly")
            ):
                return  # "176 people suffered engine failure": an active verb, its object
        negated = any(t.lower in ("not", "yet", "never") for t in toks[s.np_end : j])
        s.verb = f"not {w}" if negated else w  # "bodies yet to be identified"
    if w in PREDICATE_KIND:
        kind = PREDICATE_KIND[w]
        if w == "shot":
            after = {t.lower for t in toks[j + 1 : j + 4]}
            kind = "killed" if after & {"dead", "killed"} else "wounded"
            if j + 1 < n and lw[j + 1] == "down":
                kind = "intercepted"  # "41 were shot down"
        s.right_pred = s.right_pred or kind
        s.pred_end = j + 1 if kind != "intercepted" else j + 2
    elif w == "among" and j + 2 < n and lw[j + 1] in ("the", "those"):
        # "two firefighters were among the dead", "... were among those killed"
        kind = _GROUP_KIND.get(lw[j + 2])
        if kind is not None:
            s.right_pred, s.pred_end = kind, j + 3
    elif w == "lost" and j + 2 < n and lw[j + 2] == "lives":
        s.right_pred, s.pred_end = "killed", j + 3
    elif w == "lost" and j + 2 < n and lw[j + 2] in ("homes", "houses"):
        s.right_pred, s.pred_end = "displaced", j + 3  # "12,000 people lost their homes"
    elif w == "in" and j + 2 < n and lw[j + 1] in _CONDITION:
        s.right_pred, s.pred_end = "wounded", j + 3
        # "twelve in critical condition": a part of the wounded, never compared with all
        s.restriction = f"in {lw[j + 1]} condition"
    elif w in _INTERCEPT:
        s.right_pred = s.right_pred or "intercepted"
        s.pred_end = j + 1
    elif s.head is not None and lw[s.head] in ("bodies", "body"):
        dead = any(t.lower == "dead" for t in toks[s.last + 1 : s.head])  # "40 dead bodies"
        if (
            w not in _BODY_FOUND
            and not dead
            and (w.endswith("ed") or w in ("kept", "sent", "taken"))
        ):
            s.right_pred = "other"  # "110 bodies were kept at AIIMS"


#: Parts of a whole: "half of the 300 passengers", "most of the 40 residents".
_PARTS = frozenset(
    """half third thirds quarter quarters fifth fifths two-thirds three-quarters majority
    most many some several none""".split()
)


def _part_of(lw: list[str], first: int) -> bool:
    """Is the figure at ``first`` the whole that a part is taken of ("half of the 300")?
    (``lw``: the lowercase words.)"""
    j = first - 1
    owned = j >= 0 and lw[j].endswith(("'s", "’s"))
    if owned:
        j -= 1  # "150 of the village's 1,800 residents": the village's whole
    if j >= 0 and lw[j] == "the":
        j -= 1
    if j >= 1 and lw[j] == "of" and (lw[j - 1] in _PARTS or lw[j - 1] == "population"):
        return True  # ("many of the area's population of 30,000 were left homeless")
    # "At least 150 of the village's 1,800 residents were killed": the 1,800 are all there are
    return (
        owned
        and j >= 1
        and lw[j] == "of"
        and (lw[j - 1][:1].isdigit() or lw[j - 1] in NUMBER_WORDS)
    )


def _attributive(toks: Sequence[Tok], k: int) -> bool:
    """Does the participle at ``k`` modify the noun after it ("displaced families")?"""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.lower not in _AUX
        and nxt.lower not in _NOT_NOUNS
    )


#: Words after a participle that show it is a predicate, not an adjective.
_NOT_NOUNS = frozenset(
    """in on at by and or but when after before during while as near outside inside from
    with without across since for of the a an overnight today yesterday""".split()
)


_SUFFER = frozenset({"sustained", "suffered", "sustaining", "suffering", "received"})
_INJURY_NOUNS = frozenset(
    """injuries injury wounds wound burns burn fractures trauma cuts bruises""".split()
)
_TAKEN = frozenset(
    {"taken", "rushed", "admitted", "brought", "sent", "evacuated", "took", "sending", "taking"}
)
_RELEASE = frozenset(
    "freed released releasing freeing exchanged swapped pardoned repatriated".split()
)
_HOSPITAL = frozenset({"hospital", "hospitals", "hospitalised", "hospitalized"})
#: The words :func:`_hurt_phrase` can start at.
_HURT_VERBS = _SUFFER | _TAKEN | {"treated", "admitted"}


def surpassed(toks: Sequence[Tok], j: int) -> bool:
    """Is the verb at ``j`` one that puts a toll past the figure after it: "surpasses",
    "topped", and "passes" / "crossed" after a toll or a total ("toll passes 2,100")?

    Example:
        >>> from factcheck.segment import tokenize
        >>> t = tokenize("Aid has crossed 3 billion euros; the bus passed 30 villages")
        >>> surpassed(t, 2), surpassed(t, 10), surpassed(tokenize("may climb past 75"), 2)
        (True, False, True)
    """
    w = toks[j].lower
    if w in _SURPASS:
        return True
    if w in ("past", "beyond"):  # "expected to climb past 75", "rose beyond 100"
        return j > 0 and (toks[j - 1].lower in _RISE_VERB or toks[j - 1].lower in _RISE_BASE)
    if w not in _PASS:
        return False
    return any(
        t.lower in TOLL_WORDS or t.lower in _TOTALS or t.lower in HEAD_KIND
        for t in toks[max(0, j - 3) : j]
    )


_TOTALS = frozenset({"total", "tally", "count", "aid", "figure", "number"})
#: The bare forms of the rise verbs ("expected to climb past 75").
_RISE_BASE = frozenset("rise climb go jump increase soar push pushed pushing".split())
_PASS = frozenset({"passes", "passed", "crossed", "crosses"})
#: Verbs of a toll going up ("rose to 288", "has gone up to 2,497").
_RISE_VERB = frozenset(
    """rose risen rises rising climbed climbs climbing gone went goes jumped jumps jumping
    increased increases increasing soared soars soaring""".split()
)
#: Words before "from" that make the figure after it the old one ("up from 42").
_CHANGE_FROM = _RISE_VERB | {"up", "down", "grew", "grown", "fell", "fallen", "dropped"}


def _shot_down_after(toks: Sequence[Tok], s: _Slot) -> bool:
    """Does the clause after "of which" say its subject shot them down?"""
    for j in range(s.np_end, min(len(toks), s.np_end + 8)):
        w = toks[j].lower
        if w in _SOFT_END or w == ",":
            return False
        if w in _INTERCEPT or (w == "down" and toks[j - 1].lower in ("shoot", "shot")):
            return True
    return False


def _risen_to(lw: list[str], first: int) -> bool:
    """Does a verb of rising lead to the figure at ``first``: "rose to", "has climbed to",
    "has gone up to", "soared past"? (``lw``: the lowercase words.)"""
    j = first - 1
    if lw[first] == "up":  # the figure's own "up to" (made exact: a rise verb before)
        return j >= 0 and lw[j] in _RISE_VERB
    if j >= 0 and lw[j] in ("to", "past"):
        j -= 1
    if j >= 0 and lw[j] == "up":
        j -= 1
    return j >= 0 and j < first - 1 and lw[j] in _RISE_VERB


def _toll_subject(toks: Sequence[Tok], first: int) -> str | None:
    """Who a toll before the figure at ``first`` counts, when it names them: "the number of
    children killed rose to 40" -> "children", "the number of US personnel killed to 13" ->
    "us personnel", "the death toll among children" -> "children"; None for people at large."""
    for j in range(first - 1, max(-1, first - 16), -1):
        w = toks[j].lower
        if w in _SOFT_END:
            return None
        if w == "number" and j + 2 < first and toks[j + 1].lower == "of":
            words = []
            for t in toks[j + 2 : first]:
                if t.lower in PREDICATE_KIND or t.lower in _AUX or not t.text.isalpha():
                    break  # "the number of people confirmed killed"
                words.append(t.lower)
            break
        if w == "among" and j > 0 and toks[j - 1].lower in TOLL_WORDS:
            words = [t.lower for t in toks[j + 1 : j + 2] if t.text.isalpha()]
            break
    else:
        return None
    if not words or len(words) > 3 or words[-1] in _PEOPLE_AT_LARGE or words[-1] in HEAD_KIND:
        return None
    return " ".join(words)


_PEOPLE_AT_LARGE = frozenset({"people", "persons", "victims", "those", "civilians"})


def _agent(toks: Sequence[Tok], s: _Slot, nxt: _Slot) -> bool:
    """Does the figure of ``s`` do what the verb right after its noun does to the next
    figure ("16 tornadoes killed 6 people"), with no auxiliary between them?"""
    if s.head is not None and s.head == s.np_end - 1 and toks[s.head].lower in PREDICATE_KIND:
        verb = s.head  # "tornadoes killed" read as one noun phrase
        if verb - 1 <= s.last or not toks[verb - 1].text.isalpha():
            return False
    elif s.pred_end == s.np_end + 1:
        verb = s.np_end
    else:
        return False
    return not nxt.drop and nxt.first == verb + 1 and toks[verb].lower.endswith("ed")


def _included_in(lw: list[str], first: int) -> str | None:
    """The kind of a list the figure at ``first`` belongs to: "Those killed include one
    Spanish citizen and five Romanians", "The adults killed included the driver, two
    teachers and another woman" (a casualty word just before "include")."""
    if _INCLUDED_CUES.isdisjoint(lw[first - 14 if first > 14 else 0 : first]):
        return None  # neither "among" nor an "include" in reach: the scan can only give None
    for k in range(first - 1, max(0, first - 12), -1):
        w = lw[k]
        if w in _SOFT_END:
            return None
        if w in ("were", "was", "are", "is") and k >= 3 and lw[k - 3] == "among":
            if lw[k - 2] in ("those", "the"):  # "Among those killed were two children
                # under the age of five and four adults": the adults too
                kind = _GROUP_KIND.get(lw[k - 1]) or PREDICATE_KIND.get(lw[k - 1])
                return kind if kind in _CASUALTY else None
        if w in ("included", "include", "includes"):
            for g in range(k - 1, max(-1, k - 3), -1):
                kind = _GROUP_KIND.get(lw[g]) or PREDICATE_KIND.get(lw[g])
                if kind in _CASUALTY:
                    return kind
            return None
    return None


#: The words :func:`_included_in` needs within 14 words before the figure (an "among"
#: three words before a "were" in its scan, or an "include" in it).
_INCLUDED_CUES = frozenset({"among", "included", "include", "includes"})


def _figure_word(t: Tok) -> bool:
    """A token that is (the end of) a number: "7", "seven", "dozens"."""
    return t.text[:1].isdigit() or t.lower in NUMBER_WORDS


#: The words :func:`_age_of` needs within four words before the figure.
_AGE_WORDS = frozenset({"ages", "age", "aged"})
#: Every word right before a figure that :func:`_age_of` can call an age: "ages 4", "age
#: of 9", and the "and" of "ages 4 and 5".
_AGE_PREV = _AGE_WORDS | {"of", "and", "or", "to", "-", "–"}


def _age_of(toks: Sequence[Tok], first: int) -> bool:
    """Is the number at ``first`` an age: "the age of nine", "ages 4 and 5", "age 12"?"""
    j = first - 1
    if j >= 1 and toks[j].lower in ("and", "or", "to", "-", "–") and toks[j - 1].text.isdigit():
        j -= 2  # "ages 4 and 5": the second age
    if j >= 0 and toks[j].lower in ("ages", "age", "aged"):
        return True
    return j >= 1 and toks[j].lower == "of" and toks[j - 1].lower == "age"


def _included(toks: Sequence[Tok], first: int) -> bool:
    """Is the figure at ``first`` a part named inside a larger count: "including 19
    children", "among them 10 children", "among whom two police officers"?"""
    if first > 0 and toks[first - 1].lower == "including":
        return True
    return (
        first > 1
        and toks[first - 2].lower == "among"
        and toks[first - 1].lower in ("them", "whom", "those")
    )


def _counted_group(toks: Sequence[Tok], k: int) -> bool:
    """A figure and the people it counts inside a phrase: "from 2,328 families"."""
    return (
        toks[k].text[:1].isdigit()
        and k + 1 < len(toks)
        and (toks[k + 1].lower in PEOPLE_NOUNS or toks[k + 1].lower in ("families", "households"))
    )


_SHELTERED = frozenset(
    "staying living sheltering housed lodged accommodated sheltered camping".split()
)
_SHELTERS = frozenset("camps camp shelters shelter".split())
#: The words at which :func:`_right_predicate` looks for a phrase of their own ("rounded
#: up", "fatally", "from their homes", "staying in camps", "taken to hospital", "ordered
#: to evacuate").
_PHRASE_CUES = _HURT_VERBS | _SHELTERED | _MADE_TO | {"rounded", "fatally", "from", "out"}


def _skip_appositive(toks: Sequence[Tok], j: int) -> int:
    """After a phrase set off by commas between a noun phrase and its verb (", 68
    passengers and four crew, are", ", mostly women and children, were"), else ``j``."""
    n = len(toks)
    if j + 2 < n and toks[j].text == ",":
        for e in range(j + 1, min(n - 1, j + 12)):
            t = toks[e]
            if t.text == ",":
                after = toks[e + 1].lower
                return e + 1 if e > j + 1 and (after in _AUX or after in PREDICATE_KIND) else j
            if not (_word(t) or t.text[:1].isdigit()) or t.lower in _AUX_OR_PREDICATE:
                return j
    return j


def _hurt_phrase(toks: Sequence[Tok], j: int) -> int:
    """End of a phrase at ``j`` that makes its subject wounded, else 0: "sustained minor
    injuries", "were treated for gunshot wounds", "were taken to hospital"."""
    n = len(toks)
    w = toks[j].lower
    if w in _SUFFER:
        for k in range(j + 1, min(n, j + 4)):
            if toks[k].lower in _INJURY_NOUNS:
                return k + 1
    if w == "treated" and j + 1 < n and toks[j + 1].lower == "for":
        for k in range(j + 2, min(n, j + 5)):
            if toks[k].lower in _INJURY_NOUNS:
                return k + 1
    if w in _TAKEN and j + 1 < n and toks[j + 1].lower == "to":
        for k in range(j + 2, min(n, j + 5)):
            if toks[k].lower in _HOSPITAL:
                return k + 1
    if w == "admitted" and j + 1 < n and toks[j + 1].lower in ("in", "at"):
        for k in range(j + 2, min(n, j + 6)):
            if toks[k].lower in _HOSPITAL:
                return k + 1  # "40 were admitted at the district hospital": hospitalised
    return 0


def _lost_lives(toks: Sequence[Tok], j: int) -> int:
    """End of "lost their lives" / "lost his life" at ``j``, else 0."""
    if (
        toks[j].lower == "lost"
        and j + 2 < len(toks)
        and toks[j + 1].lower in ("their", "his", "her")
        and toks[j + 2].lower in ("lives", "life")
    ):
        return j + 3
    return 0


def _group_kind(word: str) -> str | None:
    """The casualty kind of "the dead", "the injured", "the missing", "the victims" ... ."""
    kind = PREDICATE_KIND.get(word) or HEAD_KIND.get(word)
    if word in ("victims", "casualties"):
        return None  # victims may be dead or hurt: the rest of the sentence decides
    return kind if kind in _CASUALTY else None


def _is_supersede(toks: Sequence[Tok], j: int, slots: list[_Slot], k: int) -> bool:
    """``from`` at ``j``: "up from 42", "revised ... to 275 from 288"."""
    if toks[j - 1].lower in _CHANGE_FROM:
        return True  # "up from 42", "increasing from 4,015"
    return k > 0 and toks[j - 1].end <= slots[k - 1].q.end + 1 and _prev_word(toks, slots[k - 1])


def _prev_word(toks: Sequence[Tok], s: _Slot) -> bool:
    return s.first > 0 and toks[s.first - 1].lower == "to"


def _decide(
    toks: Sequence[Tok],
    lw: list[str],
    slots: list[_Slot],
    k: int,
    previous: Count | None,
    cues: frozenset[str],
) -> None:
    """Settle the kind and subject of slot ``k`` (slots before it are settled; ``lw``: the
    lowercase words, ``cues``: its words of :data:`_SENTENCE_CUES`)."""
    s = slots[k]
    head = lw[s.head] if s.head is not None else None
    if head in ("vehicles", "vehicle") and lw[s.head - 1] == "aerial":
        head = "uavs"  # "95 unmanned aerial vehicles"
    before = slots[k - 1] if k > 0 and not slots[k - 1].drop else None
    coord = before is not None and _coordinated(lw, before, s)
    # coordination: "19 students and 2 adults were killed" / "killed 19 children and two teachers"
    right = s.right_pred
    # (pure: computed once, read below; none without a word a toll needs)
    toll = None if _TOLL_NEEDS.isdisjoint(cues) else _toll(toks, lw, s)
    if right is None and s.left_pred is None and toll is None and k + 1 < len(slots):
        # (a toll's figure keeps its kind: "the toll reached seven, and eight are missing";
        # the last figure has no conjunct after it to share a predicate with)
        right = _coordinated_right(lw, slots, k)
    left = s.left_pred
    if left is None and coord and before is not None and before.kind is not None:
        left = before.left_pred or (before.kind if before.kind in _CASUALTY else None)
    if right == "other":
        right = None
        if head in ("bodies", "body"):
            s.kind, s.subject = "other_count", head
            return
    if s.antecedent:
        ante = before
        if ante is None or ante.kind is None:
            if right in _CASUALTY and (ante is None or ante.head is None):
                s.kind = right  # "..., and 26 of them were arrested": the verb says what
            return
        s.kind = ante.kind
        s.subject = ante.subject
        if s.kind in ("missiles", "drones") and right is None and _shot_down_after(toks, s):
            right = "intercepted"  # "67 drones, 58 of which it was able to shoot down"
        if s.kind in ("missiles", "drones") and (right == "intercepted" or left == "intercepted"):
            s.subject = "shot down"
        elif right in _CASUALTY:
            s.kind = right
        return
    if s.subject == "members":
        s.kind = "other_count"  # "a 10-member team"
        return
    if head is not None and (head in HEAD_KIND or head in PEOPLE_NOUNS) and left == "released":
        s.kind, s.subject = "other_count", f"{head} released"  # "freed 90 prisoners"
        return
    if head == "parts" and s.head is not None and lw[s.head - 1] == "body":
        s.kind, s.subject = "other_count", "body parts"  # "113 body parts": not 113 dead
        return
    if head is not None and head in HEAD_KIND:
        s.kind = HEAD_KIND[head]
        h = s.head if s.head is not None else 0
        partitive = h >= 2 and lw[h - 1] == "the" and lw[h - 2] == "of"
        if partitive and right in _CASUALTY and right != s.kind and s.kind in _CASUALTY:
            s.kind, s.subject = right, None  # "Two of the injured later died"
            return
        s.subject = head if head not in PREDICATE_KIND else None
        # the people counted before ("80 Palestinians killed and 200 injured"), but not a
        # counted noun of a kind of its own ("one dead body and 28 injured")
        if s.subject is None and before is not None and before.subject is not None:
            if before.subject not in HEAD_KIND:
                s.subject = before.subject if before.kind in _CASUALTY else None
        if s.kind in ("missiles", "drones"):
            if right == "intercepted" or left == "intercepted":
                s.subject = "shot down"
            else:
                s.subject = _compound(toks, s) or head
        elif s.kind == "killed" and s.subject in ("dead", "killed"):
            s.subject = None
        if head in ("victims", "casualties") and (right or left) in _CASUALTY:
            s.kind = right or left  # "victims ... wounded"
        return
    if head is not None and head in PEOPLE_NOUNS:
        s.subject = head
        s.kind = (right if right in _CASUALTY else left if left in _CASUALTY else None) or toll
        if s.kind is None:
            whole = next((x for x in reversed(slots[:k]) if not x.drop), None)
            if whole is not None and whole.kind in _CASUALTY and _included(toks, s.first):
                s.kind = whole.kind  # "21 people were killed, including 19 children"
        if s.kind is None:
            if s.q.value == 1 and s.q.qualifier == "exact":
                s.kind = None  # "One woman told ...": a person, not a count
                return
            s.kind = "wounded" if head in ("patients", "patient") else "other_count"
        return
    if head is not None:
        # any other counted noun: regions, cities, buildings, trains...
        if s.q.value == 1 and s.q.qualifier == "exact":
            return  # "one iota", "one hit": too rarely a count
        if s.q.value is not None and s.q.value != 1 and not head.endswith("s"):
            return  # singular noun after a plural number: not a count
        if toks[s.head].text[:1].isupper() and not _title_case(toks):
            casualty = right if right in _CASUALTY else left if left in _CASUALTY else None
            whole = next((x for x in reversed(slots[:k]) if not x.drop), None)
            if casualty is None and whole is not None and _included(toks, s.first):
                casualty = whole.kind if whole.kind in _CASUALTY else None  # "including 22
                # Shiite Muslims": the part shares the kind of the whole
            if not head.endswith(("s", "ese")):
                return  # a name: "12841 Coromandel Express"
            if casualty is None:
                before_cap = s.first > 0 and toks[s.first - 1].text[:1].isupper()
                after_cap = s.head + 1 < len(toks) and toks[s.head + 1].text[:1].isupper()
                if before_cap or after_cap or s.head != s.last + 1:
                    return  # a name: "CBS 11 News"
                casualty = "other_count"  # "63 Canadians, 11 Ukrainians and 10 Swedes"
            s.kind, s.subject = casualty, head  # "three Americans were killed"
            return
        s.kind = right if right in _CASUALTY else left if left in _CASUALTY else "other_count"
        s.subject = head  # "killed seven shoppers": the verb decides, not a noun list
        return
    # no noun: "90 were injured", "five in Volusia County", "up from 42", "the toll rose to 288"
    if s.first > 1 and lw[s.first - 1] == "of" and lw[s.first - 2] == "population":
        s.kind, s.subject = "other_count", "population"  # "a population of 30,000"
        return
    b = s.first - 2 if s.first > 1 and lw[s.first - 1] == "only" else s.first - 1
    if lw[s.first] == "one" and b >= 0 and lw[b] in _PRONOUN_ONE:
        return  # "the only one in the valley", "no one": a pronoun, not a count
    kind = (right if right in _CASUALTY else left if left in _CASUALTY else None) or toll
    inherit = before if before is not None and before.kind is not None else None
    if "intercepted" in (right, left) and inherit is not None:
        if inherit.kind in ("missiles", "drones"):
            s.kind, s.subject = inherit.kind, "shot down"  # "75 missiles ... 41 were shot down"
            return
    if kind is not None:
        s.kind = kind
        if inherit is not None and inherit.kind in _COUNTED_PEOPLE:
            s.subject = inherit.subject if inherit.subject in PEOPLE_NOUNS else None
        if s.subject is None:
            s.subject = _toll_subject(toks, s.first)  # "the number of children killed"
        return
    if inherit is not None and (s.superseded or s.revises or _elliptical(toks, s)):
        s.kind, s.subject = inherit.kind, inherit.subject
        return
    if previous is not None and previous.kind in _CASUALTY and _list_item(toks, s):
        s.kind, s.subject = previous.kind, previous.subject
        return
    e = s.np_end
    if (
        inherit is not None
        and inherit.kind in _CASUALTY
        and e + 1 < len(toks)
        and lw[e] in ("were", "are", "was", "is")
        and lw[e + 1] in PEOPLE_NOUNS
    ):
        # "Of the 12 killed, eight were women": the same casualties, counted by who they were
        s.kind, s.subject = inherit.kind, lw[e + 1]
        return
    if (
        inherit is not None
        and inherit.kind in ("missiles", "drones")
        and e + 1 < len(toks)
        and lw[e] in ("were", "was")
    ):
        # "Of the 120 missiles, 12 were Kinzhal hypersonic missiles"
        for h in range(e + 1, min(len(toks), e + 5)):
            if HEAD_KIND.get(lw[h]) == inherit.kind:
                s.kind = inherit.kind
                s.subject = " ".join(t.lower for t in toks[e + 1 : h + 1])
                return
            if not toks[h].text.replace("-", "").isalpha():
                break
    if inherit is not None and s.np_end < len(toks) and lw[s.np_end] in _BE_HAVE:
        # "Among the 19 students killed, four have been identified": a count of its own
        s.kind = "other_count"
        s.subject = inherit.subject
    elif s.verb in _SAVED:
        s.kind, s.subject = "other_count", s.verb  # "14 were rescued", "dozens feared trapped"


_BE_HAVE = frozenset({"have", "has", "had", "are", "is", "were", "was"})
#: Words after a participle that are not its object ("13 miners trapped more than a mile
#: underground", "40 people pulled alive").
_ADVERBIAL = frozenset(
    "more less alive dead inside underground nearby overnight again deep there here".split()
)
#: Searching for people: those searched for are missing ("searching for 26 others") ...
_SEARCHING = frozenset("searching search searched searches".split())
#: ... unless they are sought as culprits.
_SOUGHT = frozenset(
    "suspect suspects gunman gunmen attacker attackers killers fugitives culprits".split()
)
_DEATHS = frozenset({"death", "deaths"})
#: Participles whose object is a figure: the verb after it is the carrier's.
_CARRYING = frozenset({"carrying", "transporting", "ferrying"})
#: Verbs of what befell people: a bare figure before them counts those it befell.
_SAVED = frozenset(
    "rescued saved pulled freed released trapped buried stranded affected infected".split()
)
#: Every word before a figure at which :func:`_predicates` can find a left predicate.
_LEFT_CUES = frozenset(
    {*PREDICATE_KIND, *HEAD_KIND, *_INTERCEPT, *_LEAVE, *_TAKEN, *_RELEASE, *_SAVED}
    | {"wounds", "lost", "down", "from", "for"}
)


def _title_case(toks: Sequence[Tok]) -> bool:
    words = [t for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_CASUALTY = frozenset({"killed", "wounded", "missing", "displaced", "arrested"})
#: :func:`_group_kind` of every word it gives a kind (a dict lookup in the hot paths).
_GROUP_KIND = {w: k for w in {*PREDICATE_KIND, *HEAD_KIND} if (k := _group_kind(w)) is not None}
_COUNTED_PEOPLE = _CASUALTY | {"other_count"}
_AUX_OR_PREDICATE = _AUX | PREDICATE_KIND.keys()


def _compound(toks: Sequence[Tok], s: _Slot) -> str | None:
    """Keep "cruise missiles" / "ballistic missiles" as the subject."""
    if s.head is None or s.head - 1 <= s.last:
        return None
    mod = toks[s.head - 1].lower
    if mod in ("cruise", "ballistic", "hypersonic", "guided", "anti-aircraft", "kamikaze"):
        return f"{mod} {toks[s.head].lower}"
    return None


def _coordinated(lw: list[str], a: _Slot, b: _Slot) -> bool:
    """Is ``b`` a conjunct of ``a`` ("a and b", "a, b")? (``lw``: the lowercase words.)"""
    between = lw[a.np_end if a.np_end > a.last + 1 else a.last + 1 : b.first]
    if between in (["and"], ["&"], [",", "and"], ["and", "another"], ["or"]):
        return True
    return between == [","] and b.head is not None and a.head is not None


def _coordinated_right(lw: list[str], slots: list[_Slot], k: int) -> str | None:
    """A predicate shared with the following conjuncts ("19 students and 2 adults died").
    (``lw``: the lowercase words.)"""
    j = k
    while j + 1 < len(slots) and _coordinated(lw, slots[j], slots[j + 1]):
        j += 1
        if slots[j].right_pred is not None:
            return slots[j].right_pred
    return None


#: Words before "wounds" the noun ("treated for gunshot wounds 30 ..."), not the verb.
_BEFORE_WOUNDS_NOUN = frozenset(
    """for of with the his her their its gunshot stab shrapnel bullet minor serious severe
    head multiple treated sustained suffered and from knife burn""".split()
)


def _earlier(toks: Sequence[Tok], j: int) -> bool:
    """Does the word at ``j`` say "before now": "earlier", "initially", and "first" only as
    an adverb before a verb ("had first put the toll at"), not in "first aid", "first day"."""
    w = toks[j].lower
    if w != "first":
        return w in _EARLIER
    return j + 1 < len(toks) and toks[j + 1].lower in _FIRST_PUT


def _revision(toks: Sequence[Tok], first: int) -> bool:
    """Is the figure at ``first`` a revision of the one before: ", a figure later revised
    (down) to 12", ", a number since raised to 20"?"""
    j = first - 1
    if j < 0 or toks[j].lower != "to":
        return False
    j -= 1
    if j >= 0 and toks[j].lower in ("down", "up", "upward", "downward"):
        j -= 1
    if j < 0 or toks[j].lower not in _REVISE:
        return False
    j -= 1
    if j >= 0 and toks[j].lower in ("later", "since", "subsequently", "then", "now"):
        j -= 1
    return (
        j >= 2
        and toks[j].lower in ("figure", "number", "estimate", "tally", "count", "total")
        and toks[j - 1].lower in ("a", "the")
        and toks[j - 2].text == ","
    )


_REVISE = frozenset("revised raised lowered corrected updated adjusted".split())


def _toll(toks: Sequence[Tok], lw: list[str], s: _Slot) -> str | None:
    """A figure after "the death toll ... rose to", "deaths up to", "the number of injured at".

    ``lw`` is the lowercase words of ``toks``."""
    if _TOLL_NEEDS.isdisjoint(lw[s.first - 18 if s.first > 18 else 0 : s.first]):
        return None  # no word in reach that a toll needs: the scan below can only give None
    for j in range(s.first - 1, s.first - 16 if s.first > 15 else -1, -1):
        w = lw[j]
        if w not in _TOLL_SCAN:
            continue  # (a word none of the tests below stops at)
        if w in _SOFT_END:
            return None
        if w in _SUBORDINATORS and not (j + 1 < len(toks) and lw[j + 1] == "of"):
            return None  # "the toll will rise, as 70 people remain trapped": another clause
        if w in ("after", "since") and not (j > 0 and lw[j - 1] in TOLL_WORDS):
            nxt = lw[j + 1].rstrip(".") if j + 1 < len(toks) else ""
            if nxt not in MONTHS and nxt not in _SINCE_WHEN:
                return None  # "... rose to 12 after rescuers found 70", but "the toll since
                # May", "the toll from the strikes since Oct 7 rose to"
        if w in TOLL_WORDS or w in _COUNT_WORDS and j > 0 and lw[j - 1] in _DEATH:
            return "killed"  # "the death toll rose to", "the death count stood at"
        if j > 1 and lw[j - 1] == "of" and lw[j - 2] == "number":
            if w in PREDICATE_KIND:
                return PREDICATE_KIND[w]
            if w in HEAD_KIND:
                return HEAD_KIND[w]
        if (
            w in PREDICATE_KIND
            and j > 2
            and lw[j - 2] == "of"
            and lw[j - 3] == "number"
            and lw[j - 1] in PEOPLE_NOUNS
        ):
            return PREDICATE_KIND[w]  # "the number of people killed has risen to 27"
        if w in HEAD_KIND and HEAD_KIND[w] in _CASUALTY and j + 1 < len(toks):
            if lw[j + 1] in _RISE:
                return HEAD_KIND[w]  # "confirmed deaths up to 122"
            k = j + 1
            while k < s.first and lw[k] in _TOLL_AUX:
                k += 1  # "deaths have climbed to 60", "deaths could rise to 60"
            if k > j + 1 and lw[k] in _TOLL_VERBS:
                return HEAD_KIND[w]
    return None


#: Auxiliaries between a toll's noun and its verb, and the verbs after them.
_TOLL_AUX = frozenset("have has had could may might will would also already now further".split())


_YOUNG = frozenset("children kids babies infants girls boys toddlers adults".split())
_SURPASS = frozenset(
    "surpasses surpassed surpassing exceeds exceeded exceeding tops topped topping".split()
)
_TOLL_VERBS = _RISE_VERB | _RISE_BASE | _SURPASS  # (after the auxiliaries of _TOLL_AUX)
#: Every word :func:`surpassed` can say yes to.
_SURPASS_VERBS = _SURPASS | _PASS | {"past", "beyond"}
_SINCE_WHEN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday last the early late
    yesterday dawn midnight""".split()
)
_PRONOUN_ONE = frozenset("the no any each every this that which last next other".split())
_GO = frozenset({"gone", "went", "go", "goes", "going"})
_COUNT_WORDS = frozenset({"count", "tally"})
#: Every word at which :func:`_toll` can find a toll.
_TOLL_CUES = TOLL_WORDS | _COUNT_WORDS | frozenset(PREDICATE_KIND) | frozenset(HEAD_KIND)
_DEATH = frozenset({"death", "body", "fatality"})
#: The words of which :func:`_toll` needs one within 18 words before the figure: a toll
#: word or a count ("the death count"), a casualty noun ("deaths have climbed to"), or the
#: "number" of "the number of (people) killed", up to three words before the word it scans.
_TOLL_NEEDS = (
    TOLL_WORDS
    | _COUNT_WORDS
    | {"number"}
    | {w for w, kind in HEAD_KIND.items() if kind in _CASUALTY}
)

#: Words that open a clause of its own between a toll and a later figure ("as of" does not).
#: ("after" and "since" are also prepositions of a toll: :func:`_toll` weighs them apart.)
_SUBORDINATORS = (_EVENT_CLAUSE - {"after", "since"}) | {
    "although",
    "though",
    "whereas",
    "but",
    "where",
}
#: The words the scan of :func:`_toll` can stop at.
_TOLL_SCAN = _SOFT_END | _SUBORDINATORS | {"after", "since"} | _TOLL_CUES

#: Nouns a number labels rather than counts: "in district 5", "Zone 4", "building 12".
_LABEL_NOUNS = frozenset(
    """district zone sector area ward block building route highway road street gate terminal
    platform unit room floor level section phase line no number flight bus train""".split()
)


def _elliptical(toks: Sequence[Tok], s: _Slot) -> bool:
    """A bare number that continues a list: "five in Volusia County", "Monroe County had seven"."""
    if s.first > 0 and toks[s.first - 1].lower in _LABEL_NOUNS:
        return False  # "killed in district 5": a name, not "5 (killed) in ..."
    if s.first > 1 and toks[s.first - 1].lower in ("to", "for", "by"):
        if toks[s.first - 2].lower not in _RISE and toks[s.first - 2].lower not in _RISE_VERB:
            return False  # "the storm cut power to 2 million" (but "it was raised to 61")
    n = len(toks)
    for t in toks[s.np_end : s.np_end + 8]:
        if t.lower in _SOFT_END or t.lower == ",":
            break
        if t.lower == "without":
            return False  # "left three dead and 1.1 million in Florida without power"
    i = s.np_end
    if i >= n or toks[i].lower in (",", ".", ";", "and") or toks[i].lower == "in":
        return True
    return s.first > 0 and toks[s.first - 1].lower in ("had", ":")


def _list_item(toks: Sequence[Tok], s: _Slot) -> bool:
    """ "— Volusia County: five, according to ..." after a count in an earlier sentence."""
    return s.first > 0 and toks[s.first - 1].lower in (":", "had") and s.q.qualifier != "vague"


_DAYNAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAYPARTS = frozenset("morning afternoon evening night hours today yesterday on in".split())
#: Administrative units: "Lee County", "Manatee county", "Kharkiv Oblast".
ADMIN_UNITS = frozenset(
    """county counties parish province region oblast district prefecture borough township
    municipality""".split()
)


#: The first words of a sentence that :func:`_fronted_place` can find a place after.
_FRONT_OPENERS = frozenset({"in", "across", "and", "but", "meanwhile"})


def _fronted_place(toks: Sequence[Tok], first: int) -> str | None:
    """ "In Kharkiv, five people were killed", "In Kaski district, the toll reached seven":
    a place phrase that opens the sentence before the figure (as "killed in Kharkiv" after
    it); None when a clause of its own comes between."""
    b = 1 if toks and toks[0].lower in ("and", "but", "meanwhile") else 0
    if b + 2 >= first or toks[b].lower not in ("in", "across"):
        return None
    p = b + 1 + (toks[b + 1].lower == "the")
    e = _place_run(toks, p)
    if e < len(toks) and toks[e].lower in ADMIN_UNITS:
        e += 1  # "In Kaski district"
    if e == p or e >= first or toks[e].text != ",":
        return None
    if any(t.lower in _SOFT_END or t.lower in _EVENT_CLAUSE for t in toks[e:first]):
        return None
    return " ".join(t.text for t in toks[b:e])


def _named_place(toks: Sequence[Tok], lw: list[str], b: int) -> str | None:
    """The name in "the (northern) city of Parkersburg", "the capital, Amman", starting at
    ``b`` (after "in"); None when the words there are not such a phrase."""
    n = len(toks)
    if b >= n or lw[b] != "the":
        return None
    k = b + 1
    while k < n and k - b <= 4 and lw[k] not in _PLACE_NOUNS:
        if not toks[k].text.isalpha():
            return None  # ("the northern Iowa city of Parkersburg": names may modify it)
        k += 1
    if k + 2 >= n or lw[k] not in _PLACE_NOUNS:
        return None
    if lw[k + 1] != "of" and not (lw[k] == "capital" and lw[k + 1] == ","):
        return None  # (after a comma only "the capital, Amman": "the Kursk region, Acting
        # Governor X said" names no place)
    e = _place_run(toks, k + 2)
    return " ".join(t.text for t in toks[k + 2 : e]) if e > k + 2 else None


#: Named sites whose own toll is a part of an event's: "at the Al-Ahli Hospital".
_FACILITIES = frozenset(
    """hospital school mosque church temple market camp stadium university college airport
    station prison mall hotel""".split()
)
_PLACE_NOUNS = frozenset("city town village province region state district capital port".split())


def _place_run(toks: Sequence[Tok], b: int) -> int:
    """End of a capitalised place name starting at ``b`` ("Lee County", "Manatee county")."""
    n = len(toks)
    e = b
    while e < n and toks[e].text[:1].isupper() and toks[e].lower not in MONTHS:
        if toks[e].lower in _DAYNAMES:
            break
        e += 1
    if b < e < n and toks[e].lower in ADMIN_UNITS:
        e += 1  # "in Manatee county"
    return e


def _scope(
    toks: Sequence[Tok],
    lw: list[str],
    units: list[int],
    dated: bool,
    slots: list[_Slot],
    k: int,
) -> str | None:
    """The place a figure holds for: "in Kyiv", "across Ukraine", "Lee County had 35".

    ``lw`` is the lowercase words of ``toks``, ``units`` the indices of its administrative
    units; ``dated`` is False when no word of the sentence can date a figure or give it a
    period (:func:`_past_year`, :func:`_period` would find nothing)."""
    s = slots[k]
    n = len(toks)
    past = (_past_year(toks, lw, s.first) or _period(toks, lw, s)) if dated else None
    if past is not None:
        return past  # "In 2015, more than 70 people drowned": another event, another toll
    stop = n  # the first word of the next figure, if any
    for x in slots[k + 1 :]:
        if not x.drop:
            stop = x.first
            break
    after = s.last + 1  # (the largest of these three: cheaper than a call of max())
    if s.np_end > after:
        after = s.np_end
    if s.pred_end > after:
        after = s.pred_end
    for j in range(after, stop if stop < after + 10 else after + 10):
        w = lw[j]
        if w not in _SCOPE_SCAN:
            continue  # (a word none of the tests below stops at)
        if w in _CLAUSE_END or (w == "," and j + 1 < n and lw[j + 1] in ("said", "but")):
            break
        if w in _EVENT_CLAUSE:
            break  # "died when a bus fell into a ravine in Amazonas": where it all happened
        if w == "elsewhere":
            return "elsewhere"  # "killed about 170 people elsewhere in the country"
        if w == "from" and j > 0 and lw[j - 1] in _BODY_FOUND:
            # "40 bodies recovered from the Coromandel Express": where they were found
            b = j + 1 + (j + 1 < n and lw[j + 1] == "the")
            e = _place_run(toks, b) if b < n else b
            if e > b:
                return " ".join(t.text for t in toks[j:e])
        if (
            w in _OTHER_PREPS
            and j + 1 < n
            and (toks[j + 1].text[:1].isupper() or lw[j + 1] in ("the", "its", "their"))
        ):
            break  # "six counties from the storm's trajectory across Florida": not the figure's
        if w == "at" and j + 2 < n and lw[j + 1] == "the" and toks[j + 2].text[:1].isupper():
            e = j + 2
            while e < n and e - j < 7 and (toks[e].text[:1].isupper() or lw[e] == "-"):
                e += 1
            if lw[e - 1] in _FACILITIES:
                return (
                    f"at {' '.join(t.text for t in toks[j + 2 : e])}"  # "at the Al-Ahli Hospital"
                )
        if w in ("in", "across", "throughout") and j + 1 < n:
            named = _named_place(toks, lw, j + 1)
            if named is not None:
                return f"{toks[j].text} {named}"  # "in the northern city of Parkersburg"
            b = j + 1
            if lw[b] == "the" and b + 1 < n and toks[b + 1].text[:1].isupper():
                b += 1
            e = _place_run(toks, b)
            if e > b and lw[e - 1].endswith(("'s", "’s")):
                # "in Ukraine's western Khmelnytskyi region": the place the owner holds
                k = e
                while k < n and k - e < 2 and toks[k].text.isalpha() and toks[k].text.islower():
                    k += 1
                e2 = _place_run(toks, k)
                if e2 > k and lw[e2 - 1] in ADMIN_UNITS:
                    return f"{toks[j].text} {' '.join(t.text for t in toks[k:e2])}"
            # "in the Odisha train crash": a capitalised modifier, not a place
            modifier = e < n and toks[e].text.isalpha() and toks[e].text.islower()
            if e > b and not (modifier and toks[e].lower not in _PLACE_FOLLOWERS):
                return " ".join(t.text for t in toks[j:e])
    # "Lee County had 35 deaths", "— Manatee County: two"
    if s.first >= 2 and lw[s.first - 1] in ("had", "has", ":"):
        e = s.first - 1
        b = e
        while b > 0 and (
            toks[b - 1].text[:1].isupper()
            or toks[b - 1].lower in ("each", "counties", "county", "and", ",", "districts")
        ):
            b -= 1
        while b < e and not toks[b].text[:1].isupper():
            b += 1
        listed = (
            toks[e].lower != ":"
            or (b > 0 and toks[b - 1].text in "—–-•*")
            or any(t.lower in ADMIN_UNITS for t in toks[b:e])
        )  # "— Sarasota: four", "Lee County: 54", but not "Police: 6 killed", "Update: ..."
        if b < e and toks[b].text[:1].isupper() and listed:
            return " ".join(t.text for t in toks[b:e] if t.lower != "each")
    # "..., Georgia 25, Florida 14 and Virginia 2": a list of places and their figures
    # (none unless a capitalised word, not the first, is right before the figure)
    if s.first >= 2 and toks[s.first - 1].text[:1].isupper():
        place = _listed_place(toks, s.first)
        if place is not None:
            return place
    # "South Carolina reported 36 deaths, Georgia 25", "..., while Georgia reported 25 and
    # Florida 14": places in a list, each with its figure
    if s.first >= 2 and lw[s.first - 1] in _RECORDED:
        others = [x for x in slots if x is not s and not x.drop]
        if others:
            place = _clause_subject(toks, s.first - 1)
            listed = any(
                _listed_place(toks, x.first)
                or (
                    x.first >= 1
                    and lw[x.first - 1] in _RECORDED
                    and _clause_subject(toks, x.first - 1)
                )
                for x in others
            )
            if place is not None and listed:
                return place
    # "North Carolina accounted for 57 of the deaths"
    if s.first >= 3 and lw[s.first - 2] == "accounted" and lw[s.first - 1] == "for":
        place = _clause_subject(toks, s.first - 2)
        if place is not None:
            return place
    # "12 Lee County deaths", "Lee County Sheriff ... announced 16 deaths": the unit named
    return _admin_unit(toks, units, s) if units else None


_RECORDED = frozenset({"reported", "recorded", "confirmed", "had", "has", "counted"})


def _cap_word(t: Tok) -> bool:
    return t.text[:1].isupper() and t.text.isalpha() and t.lower not in ORG_WORDS


def _past_year(toks: Sequence[Tok], lw: list[str], first: int) -> str | None:
    """ "in 2012" when the sentence dates the figure at ``first`` to a year ("In 2015, 70
    people drowned", "since Sandy Hook in 2012, when 26 people were killed"): an earlier
    event's figure, compared only with figures of that year. (``lw``: the lowercase words.)"""
    if _YEAR_CUES.isdisjoint(lw[first - 14 if first > 14 else 0 : first]):
        return None  # neither "in" nor "year" in reach: the scan below can only give None
    for j in range(first - 1, max(-1, first - 14), -1):
        t = toks[j]
        if t.text in (";", ":") or t.lower in ("but", "while", "whereas"):
            return None
        if (
            len(t.text) == 4
            and t.text.isdigit()
            and t.text[:2] in ("19", "20")
            and j > 0
            and toks[j - 1].lower == "in"
        ):
            return f"in {t.text}"
        if t.lower == "year" and j > 0 and toks[j - 1].lower == "last":
            return "last year"
    return None


def _period(toks: Sequence[Tok], lw: list[str], s: _Slot) -> str | None:
    """ "over the past week", "this month": a figure summed over a period, not one event's
    (compared only with figures over the same period). (``lw``: the lowercase words.)"""
    n = len(toks)
    start, stop = max(s.np_end, s.pred_end, s.last + 1), min(n, s.last + 30)
    if _PERIODS.isdisjoint(lw[start : stop + 3]):
        return None  # no period word in reach: the scan below can only give None
    for j in range(start, stop):
        w = lw[j]
        if w in _CLAUSE_END or w in _EVENT_CLAUSE:
            return None
        if w == "," and j + 1 < n and lw[j + 1].endswith("ing"):
            return None  # ", bringing the number recovered this week to 78": another clause
        if w in ("over", "in", "during") and j + 3 < n and lw[j + 1] == "the":
            if lw[j + 2] in ("past", "last") and lw[j + 3] in _PERIODS:
                return " ".join(t.text for t in toks[j : j + 4])
        if w in ("this", "last") and j + 1 < n and lw[j + 1] in _PERIODS:
            if lw[j + 1] != "year" or w == "this":
                return " ".join(t.text for t in toks[j : j + 2])
    return None


_PERIODS = frozenset({"week", "weeks", "month", "months", "year", "fortnight"})
#: The words :func:`_past_year` needs ("in 2012", "last year").
_YEAR_CUES = frozenset({"in", "year"})


def _clause_subject(toks: Sequence[Tok], verb: int) -> str | None:
    """The capitalized name (up to four words) that opens the clause of ``verb``:
    "South Carolina (reported)", ", while Georgia (reported)"; None for anything else."""
    b = verb
    while b > 0 and verb - b < 4 and _cap_word(toks[b - 1]):
        b -= 1
    if b == verb or (b > 0 and toks[b - 1].lower not in _LIST_JOINS):
        return None
    if any(t.lower in SPEAKER_NOUNS or t.lower in PEOPLE_NOUNS for t in toks[b:verb]):
        return None  # "Police reported 36 deaths": who, not where
    return " ".join(t.text for t in toks[b:verb])


_LIST_JOINS = frozenset({",", ";", "while", "whereas", "and", "but"})


def _listed_place(toks: Sequence[Tok], first: int) -> str | None:
    """The place right before a bare figure in a list: ", Georgia 25" -> "Georgia"."""
    e = first
    b = e
    while b > 0 and e - b < 3 and _cap_word(toks[b - 1]):
        b -= 1
    if b == e or b == 0 or toks[b - 1].lower not in (",", "and"):
        return None
    if first + 1 < len(toks) and toks[first + 1].text.isalpha() and toks[first + 1].text.islower():
        if toks[first + 1].lower != "and":
            return None  # "Georgia 25 miles": the figure counts something of its own
    return " ".join(t.text for t in toks[b:e])


_OTHER_PREPS = frozenset(
    "from by with for to after during since because following over under than".split()
)
_PLACE_FOLLOWERS = frozenset({"alone", "itself", "and", "or", "on", "at", "as", "after", "since"})
#: The words the scan of :func:`_scope` can stop at.
_SCOPE_SCAN = (
    _CLAUSE_END
    | _EVENT_CLAUSE
    | _OTHER_PREPS
    | {",", "elsewhere", "from", "in", "across", "throughout", "at"}
)


#: Words that make an administrative unit part of an organisation's name.
_ORG_AFTER_UNIT = frozenset(
    """administration office council court hospital police department authority commission
    board government committee""".split()
)


def _admin_unit(toks: Sequence[Tok], units: list[int], s: _Slot) -> str | None:
    """The nearest administrative unit named in the sentence ("Collier County"), of those at
    the indices ``units``."""
    best = None
    for j in units:
        t = toks[j]
        after = toks[j + 1] if j + 1 < len(toks) else None
        if after is not None and after.text[:1].isupper() and after.lower in _ORG_AFTER_UNIT:
            continue  # "the Kaski District Administration Office said": who, not where
        if t.text[:1].isupper() and j > 0:
            b = j
            while b > 0 and toks[b - 1].text[:1].isupper() and toks[b - 1].lower not in MONTHS:
                b -= 1
            while b < j and toks[b].lower in ("the", "a", "in", "at", "of"):
                b += 1  # "The Sarasota County Sheriff's Office"
            if b == j:
                continue
            dist = abs(j - s.first)
            if best is None or dist < best[0]:
                best = (dist, " ".join(x.text for x in toks[b : j + 1]))
    return best[1] if best else None


#: The cue words :func:`find_counts` looks for once per sentence: the rules that need one
#: of them (:func:`_included_in`, "earlier", the hedges, periods, :func:`_toll`, the
#: administrative units) skip their scans in a sentence without it.
_SENTENCE_CUES = _INCLUDED_CUES | _EARLIER | POSSIBLE_WORDS | _PERIODS | _TOLL_NEEDS | ADMIN_UNITS
