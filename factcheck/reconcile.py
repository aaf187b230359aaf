"""Reconciliation: compare the claims of several articles about one event and report findings.

Count claims are blocked (:func:`factcheck.align.block_key`), grouped by identical figure, and
each pair of distinct figures stated by different articles gives one finding: ``consistent``,
``differs``, ``update`` or ``conflict``. Quotes are aligned by speaker and wording and give
``quote_mismatch`` and ``attribution_conflict``. In pre-publication mode (``draft=``) only
findings involving the draft are kept, plus ``unsupported`` and ``outdated``.

Rules:

====== ==================== ======== ===================================================
rule   type                 severity when
====== ==================== ======== ===================================================
FC100  consistent           info     same figure, or compatible figures, in 2+ articles
FC101  conflict             error    disjoint intervals, not explained by dates
FC102  differs              warning  overlapping intervals, different figures
FC103  update               info     higher figure later, or old figure marked superseded
FC201  quote_mismatch       error    same speaker, nearly the same words, other wording
FC202  attribution_conflict error    same words, two different speakers
FC301  unsupported          warning  draft figure / quote that no source has
FC302  outdated             error    draft figure only older sources have
====== ==================== ======== ===================================================

Example:
    >>> from factcheck.types import Article, ArticleClaims, Claim
    >>> def art(aid, n):
    ...     c = Claim(id=f"{aid}:0", article=aid, kind="wounded", value=n, low=n, high=n,
    ...               qualifier="exact")
    ...     return ArticleClaims(Article(id=aid, source=aid.upper()), (c,))
    >>> [f.message for f in reconcile([art("a", 97), art("b", 90)])]
    ['wounded: 97 wounded (A, undated) vs 90 wounded (B, undated)']
"""

from __future__ import annotations

import datetime
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs
from rapidfuzz import fuzz

from factcheck.align import (
    NICKNAMES,
    block_keys,
    contains_words,
    lexicon,
    merge_subject_keys,
    quote_norm,
    quote_similarity,
    refers_back,
    same_speaker,
    speaker_key,
    surname,
    word_ngrams,
)
from factcheck.compare import CONFLICT, CONSISTENT, compare, figure_key, is_numeric, magnitude
from factcheck.config import RULE_OF_TYPE, RULES, Config
from factcheck.types import Article, ArticleClaims, Claim, Finding

#: Quote similarity (0-100) above which two quotes by one speaker are the same quote.
QUOTE_MATCH = 85.0
#: Ratio above which the same words attributed to two speakers conflict.
ATTRIBUTION_MATCH = 92.0
#: Word n-grams seen in more quotes than this are too common to find candidates with.
_MAX_POSTINGS = 500

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_VAGUE_WORDS = {24: "dozens of", 40: "scores of", 200: "hundreds of", 2000: "thousands of"}
_KIND_NOUN = {
    "killed": "killed",
    "wounded": "wounded",
    "missing": "missing",
    "displaced": "displaced",
    "arrested": "arrested",
    "missiles": "missiles",
    "drones": "drones",
}


@attrs.frozen(slots=True)
class _Ctx:
    articles: dict[str, Article]
    dates: dict[str, str | None]
    draft: str | None
    tolerance: float

    def date(self, claim: Claim) -> str | None:
        return self.dates.get(claim.article)

    def order(self, claim: Claim) -> tuple:
        """Earliest published first, undated last; ties by article id, start, claim id."""
        d = self.date(claim)
        return (d is None, d or "", claim.article, claim.start, claim.id)

    def label(self, claim: Claim) -> str:
        art = self.articles[claim.article]
        return f"{art.source or art.id}, {self.date(claim) or 'undated'}"


# --- messages ------------------------------------------------------------------------------


def _num(x: float | int | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,}"


def figure_text(claim: Claim) -> str:
    """A figure as words: qualifier, number, subject and scope ("at least 14 civilians").

    Example:
        >>> from factcheck.types import Claim
        >>> figure_text(Claim(id="a:0", article="a", kind="missiles", low=24,
        ...                   qualifier="vague", subject="missiles"))
        'dozens of missiles'
    """
    q = claim.qualifier
    n = claim.value if claim.value is not None else claim.low
    if q in ("at_most", "less_than") and claim.high is not None:
        n = claim.high
    num = _num(n)
    if claim.kind == "money" and claim.currency:
        num = f"{claim.currency} {num}"
    if q == "range":
        num = f"between {_num(claim.low)} and {_num(claim.high)}"
    elif q == "vague":
        phrase = _VAGUE_WORDS.get(int(claim.low) if claim.low is not None else -1)
        num = phrase or f"at least {_num(claim.low)} (vague)"
    else:
        prefix = {
            "at_least": "at least ",
            "more_than": "more than ",
            "at_most": "at most ",
            "less_than": "fewer than ",
            "about": "about ",
            "possible": "possibly ",
        }.get(q or "", "")
        num = prefix + num
    noun = claim.subject or _KIND_NOUN.get(claim.kind, "")
    if q == "vague" and not noun and num.endswith(" of"):
        num = num[:-3]
    text = f"{num} {noun}".strip()
    if claim.scope:
        text += f" {claim.scope}"
    if claim.superseded:
        text += " (superseded)"
    return text


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _pair_message(kind: str, a: Claim, b: Claim, ctx: _Ctx) -> str:
    return f"{kind}: {figure_text(a)} ({ctx.label(a)}) vs {figure_text(b)} ({ctx.label(b)})"


def _finding(ftype: str, kind: str, message: str, claims: Iterable[Claim]) -> Finding:
    rule = RULE_OF_TYPE[ftype]
    return Finding(
        rule=rule,
        type=ftype,
        severity=RULES[rule][1],
        kind=kind,
        message=message,
        claims=tuple(claims),
    )


# --- counts --------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Pairing:
    """Which claims of two figures (or quote units) may stand against each other.

    An article that states both figures as current does not disagree with another about them,
    and two articles that both mark a figure as superseded agree about that revision.
    """

    cur_x: frozenset[str]
    cur_y: frozenset[str]
    sup_x: frozenset[str] = frozenset()
    sup_y: frozenset[str] = frozenset()

    @classmethod
    def of(cls, xs: Sequence[Claim], ys: Sequence[Claim], *, cache: dict | None = None) -> _Pairing:
        """Pairing of two claim lists; ``cache`` keeps each list's article sets by id."""
        cache = {} if cache is None else cache

        def sets(cs: Sequence[Claim]) -> tuple[frozenset[str], frozenset[str]]:
            key = id(cs)
            if key not in cache:
                cache[key] = (
                    frozenset(c.article for c in cs if not c.superseded),
                    frozenset(c.article for c in cs if c.superseded),
                )
            return cache[key]

        (cx, sx), (cy, sy) = sets(xs), sets(ys)
        return cls(cur_x=cx, cur_y=cy, sup_x=sx, sup_y=sy)

    def ok(self, x: Claim, y: Claim) -> bool:
        if x.article == y.article:
            return False
        if x.superseded:
            if y.article in self.sup_x:
                return False
        elif x.article in self.cur_y:
            return False
        if y.superseded:
            return x.article not in self.sup_y
        return y.article not in self.cur_x

    def first(self, xs: Sequence[Claim], ys: Sequence[Claim]) -> tuple[Claim, Claim] | None:
        """First (x, y) in the given orders that may stand against each other."""
        for x in xs:
            for y in ys:
                if self.ok(x, y):
                    return x, y
        return None

    def restrict(self, xs: Sequence[Claim], ys: Sequence[Claim]) -> tuple[list, list]:
        """The claims of each side that have some partner on the other side."""
        return (
            [x for x in xs if any(self.ok(x, y) for y in ys)],
            [y for y in ys if any(self.ok(x, y) for x in xs)],
        )


def _supersedes(old: list[Claim], new: list[Claim], ctx: _Ctx) -> bool:
    """True when some article marks figure ``old`` superseded and ``new`` replaced it.

    Either the same article states ``new`` as current, or ``new`` appears (not superseded)
    in an article dated no earlier than the one marking ``old`` as superseded.
    """
    for o in old:
        if not o.superseded:
            continue
        od = ctx.date(o)
        for n in new:
            if n.superseded:
                continue
            if n.article == o.article:
                return True
            nd = ctx.date(n)
            if od is not None and nd is not None and nd >= od:
                return True
    return False


def _judge_pair(
    s1: list[Claim],
    s2: list[Claim],
    full1: list[Claim],
    full2: list[Claim],
    ctx: _Ctx,
    cache: dict | None = None,
) -> tuple[str, Claim, Claim] | None:
    """Type and representative claims of a pair of distinct figures (None: nothing to say).

    ``s1``/``s2`` are the claims eligible as representatives (sorted by ``ctx.order``);
    ``full1``/``full2`` every claim of each figure in the block (supersession evidence).
    """
    pairing = _Pairing.of(full1, full2, cache=cache)
    pair = pairing.first(s1, s2)
    if pair is None:
        return _told_change(s1, s2, pairing)
    s1, s2 = pairing.restrict(s1, s2)
    rel = compare(pair[0], pair[1], tolerance=ctx.tolerance)
    if rel == CONSISTENT:
        return (CONSISTENT, *pair)
    old1, old2 = all(c.superseded for c in full1), all(c.superseded for c in full2)
    if old1 != old2:
        # a figure its own article reports as replaced is history, not a contradiction:
        # it can only be an earlier stage of a higher figure elsewhere
        old, new = (pair[0], pair[1]) if old1 else (pair[1], pair[0])
        if magnitude(new) > magnitude(old):
            return ("update", old, new)
        return None
    dated = _by_dates(s1, s2, rel, ctx)
    if _supersedes(full1, full2, ctx) or _supersedes(full2, full1, ctx):
        return ("update", *(dated[1:] if dated else pair))
    return dated or _risen(s1, s2) or (rel, *pair)


def _risen(s1: list[Claim], s2: list[Claim]) -> tuple[str, Claim, Claim] | None:
    """With no dates to order them, the higher figure stated as what a toll rose to ("the
    toll rose to 2,122") is the newer one: an update of the lower figure, not a conflict."""
    m1, m2 = magnitude(s1[0]), magnitude(s2[0])
    if m1 == m2:
        return None
    lo, hi = (s1, s2) if m1 < m2 else (s2, s1)
    risen = [c for c in hi if c.rising and not c.superseded]
    if not risen:
        return None
    return ("update", lo[0], risen[0])


def _told_change(s1: list[Claim], s2: list[Claim], p: _Pairing) -> tuple[str, Claim, Claim] | None:
    """An article that states both figures reports a change ("18 students ... then 19"):
    against another article that gives only one of them, that is an update, not silence.
    Two articles that both state both figures agree."""
    for x in s1:
        for y in s2:
            if x.article == y.article or x.superseded or y.superseded:
                continue
            both_x = x.article in p.cur_y  # x's article also states y's figure
            both_y = y.article in p.cur_x
            if both_x != both_y:
                return ("update", x, y)
    return None


def _by_dates(
    s1: list[Claim], s2: list[Claim], rel: str, ctx: _Ctx
) -> tuple[str, Claim, Claim] | None:
    """Judge two differing figures by publication dates (None: dates do not order them).

    The higher figure published later than the lower one -> ``update`` (representatives:
    the earliest lower claim and the latest higher one); otherwise the lower one published
    later -> ``rel`` (a conflict or a difference), with the claims showing it.
    """
    m1, m2 = magnitude(s1[0]), magnitude(s2[0])
    if m1 == m2:
        return None
    lo, hi = (s1, s2) if m1 < m2 else (s2, s1)
    lo_d = [c for c in lo if not c.superseded and ctx.date(c) is not None]
    hi_d = [c for c in hi if not c.superseded and ctx.date(c) is not None]
    if not (lo_d and hi_d):
        return None
    first_lo = min(lo_d, key=ctx.order)
    latest_hi = max(ctx.date(c) for c in hi_d)
    if latest_hi > ctx.date(first_lo):
        hi_rep = min((c for c in hi_d if ctx.date(c) == latest_hi), key=ctx.order)
        return ("update", first_lo, hi_rep)
    latest_lo = max(ctx.date(c) for c in lo_d)
    first_hi = min(hi_d, key=ctx.order)
    if latest_lo > ctx.date(first_hi):
        lo_rep = min((c for c in lo_d if ctx.date(c) == latest_lo), key=ctx.order)
        return (rel, first_hi, lo_rep)
    return None


def _count_block(claims: list[Claim], ctx: _Ctx) -> list[Finding]:
    kind = claims[0].kind
    figs: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        figs[figure_key(c)].append(c)
    for cs in figs.values():
        cs.sort(key=ctx.order)
    keys = sorted(figs, key=lambda k: tuple((v is None, v or 0) for v in k[1:]) + (k[0],))
    arts = {k: {c.article for c in figs[k]} for k in keys}
    draft = ctx.draft
    out: list[Finding] = []

    def side(k: tuple, want_draft: bool) -> list[Claim]:
        return [c for c in figs[k] if (c.article == draft) == want_draft]

    suppressed: set[tuple[tuple, tuple]] = set()
    cache: dict = {}  # article sets per figure list, for _Pairing
    if draft is not None:
        out.extend(_draft_counts(figs, keys, ctx, suppressed))

    for k in keys:
        if len(arts[k]) < 2 or (draft is not None and draft not in arts[k]):
            continue
        per_article: dict[str, Claim] = {}
        for c in figs[k]:
            per_article.setdefault(c.article, c)
        reps = sorted(per_article.values(), key=ctx.order)
        if draft is not None:
            reps = [per_article[draft]] + [c for c in reps if c.article != draft]
        msg = (
            f"{kind}: {figure_text(reps[0])} in {len(reps)} articles ("
            + "; ".join(ctx.label(c) for c in reps)
            + ")"
        )
        out.append(_finding("consistent", kind, msg, reps))

    for k1, k2 in itertools.combinations(keys, 2):
        if draft is None:
            s1, s2 = figs[k1], figs[k2]
        elif (k1, k2) in suppressed:
            continue
        elif draft in arts[k1] and (arts[k2] - {draft}):
            s1, s2 = side(k1, True), side(k2, False)
        elif draft in arts[k2] and (arts[k1] - {draft}):
            s1, s2 = side(k1, False), side(k2, True)
        else:
            continue
        judged = _judge_pair(s1, s2, figs[k1], figs[k2], ctx, cache)
        if judged is None:
            continue
        ftype, a, b = judged
        a, b = sorted((a, b), key=ctx.order)
        # the two claims the message names first, then every other article giving either
        # figure (one claim each), so a reader sees who says what
        others = _one_per_article(
            [c for c in figs[k1] + figs[k2] if not c.superseded], exclude={a.article, b.article}
        )
        claims = (a, b, *sorted(others, key=ctx.order))
        out.append(_finding(ftype, kind, _pair_message(kind, a, b, ctx), claims))
    return out


def _unknown_money(claim: Claim) -> bool:
    """A sum whose purpose the article does not say is compared with nothing: two amounts
    of money in one story are rarely the same payment."""
    return claim.kind == "money" and not (claim.subject or "").strip()


def _individual(claim: Claim) -> bool:
    """ "He had seen one person who had died": one casualty with no place is a person in the
    story, not a toll to compare with other articles' tolls."""
    return (
        claim.kind in ("killed", "wounded", "missing")
        and claim.qualifier == "exact"
        and claim.value == 1
        and claim.scope is None
        and (claim.subject or "").lower() in _ONE_PERSON
    )


_ONE_PERSON = frozenset(
    "person man woman boy girl individual resident body victim civilian passenger".split()
)


def _one_per_article(claims: Iterable[Claim], *, exclude: set[str]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for c in claims:
        if c.article not in exclude:
            seen.setdefault(c.article, c)
    return list(seen.values())


def _draft_counts(
    figs: dict[tuple, list[Claim]], keys: list[tuple], ctx: _Ctx, suppressed: set
) -> list[Finding]:
    """``unsupported`` and ``outdated`` findings for the draft's figures in one block."""
    out: list[Finding] = []
    draft = ctx.draft
    sources = [c for k in keys for c in figs[k] if c.article != draft]
    fig_of = {c.id: k for k in keys for c in figs[k]}
    for k in keys:
        mine = [c for c in figs[k] if c.article == draft]
        if not mine:
            continue
        d = mine[0]
        kind = d.kind
        support = [s for s in sources if compare(d, s, tolerance=ctx.tolerance) == CONSISTENT]
        if not support:
            for c in mine:
                msg = f"{kind}: {figure_text(c)} ({ctx.label(c)}) is in no source"
                out.append(_finding("unsupported", kind, msg, (c,)))
            continue
        support_dates = [ctx.date(s) for s in support]
        if any(x is None for x in support_dates):
            continue
        newest_support = max(support_dates)
        newer = [
            s
            for s in sources
            if not s.superseded
            and ctx.date(s) is not None
            and ctx.date(s) > newest_support
            and (
                compare(d, s, tolerance=ctx.tolerance) == CONFLICT
                or magnitude(s) > magnitude(d)
                and compare(d, s, tolerance=ctx.tolerance) != CONSISTENT
            )
        ]
        if not newer:
            continue
        latest = max(ctx.date(s) for s in newer)
        rep = min((s for s in newer if ctx.date(s) == latest), key=ctx.order)
        msg = (
            f"{kind}: {figure_text(d)} ({ctx.label(d)}) matches only sources up to "
            f"{newest_support}; newer: {figure_text(rep)} ({ctx.label(rep)})"
        )
        out.append(_finding("outdated", kind, msg, (d, rep)))
        for s in newer:
            pair = tuple(sorted((k, fig_of[s.id]), key=keys.index))
            suppressed.add(pair)
    return out


# --- quotes --------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Unit:
    """Claims quoting the same normalised words with the same normalised speaker."""

    speaker: str | None
    text: str
    claims: tuple[Claim, ...]

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(c.article for c in self.claims)


def _quote_units(quotes: list[Claim], ctx: _Ctx) -> list[_Unit]:
    groups: dict[tuple[str | None, str], list[Claim]] = defaultdict(list)
    for q in quotes:
        text = quote_norm(q.quote or "")
        if text:
            groups[(speaker_key(q.speaker), text)].append(q)
    return [
        _Unit(spk, text, tuple(sorted(cs, key=ctx.order)))
        for (spk, text), cs in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1]))
    ]


def _quote_label(c: Claim, ctx: _Ctx) -> str:
    return f"\u201c{_short(c.quote or '')}\u201d ({c.speaker or 'unattributed'}; {ctx.label(c)})"


def _unit_pair(u: _Unit, v: _Unit, ctx: _Ctx) -> tuple[Claim, Claim] | None:
    draft = ctx.draft
    pairing = _Pairing.of(u.claims, v.claims)
    if draft is None:
        pair = pairing.first(u.claims, v.claims)
    else:
        mine_u = [c for c in u.claims if c.article == draft]
        mine_v = [c for c in v.claims if c.article == draft]
        pair = pairing.first(mine_u, v.claims)
        if pair is None:
            found = pairing.first(u.claims, mine_v)
            pair = found
    if pair is None:
        return None
    return tuple(sorted(pair, key=ctx.order))  # type: ignore[return-value]


def _same_speaker_pairs(group: list[_Unit]) -> Iterable[tuple[_Unit, _Unit]]:
    """Pairs of units (one surname block) whose speakers match, without all-pairs.

    Full names only meet full names with the same first initial; a bare surname meets all.
    """
    by_initial: dict[str, list[_Unit]] = defaultdict(list)
    bare: list[_Unit] = []
    for u in group:
        words = (u.speaker or "").split()
        if len(words) == 1:
            bare.append(u)
        else:
            first = words[0]
            by_initial[NICKNAMES.get(first, first)[0]].append(u)
    yield from itertools.combinations(bare, 2)
    for units in by_initial.values():
        yield from (
            (u, v)
            for u, v in itertools.combinations(units, 2)
            if same_speaker(u.speaker, v.speaker)
        )
        yield from ((b, u) for b in bare for u in units)


def _quote_findings(quotes: list[Claim], ctx: _Ctx) -> list[Finding]:
    units = _quote_units(quotes, ctx)
    out: list[Finding] = []
    draft = ctx.draft
    # Same speaker: consistent (identical / contained) or quote_mismatch.
    by_surname: dict[str, list[_Unit]] = defaultdict(list)
    for u in units:
        if u.speaker:
            by_surname[surname(u.speaker)].append(u)
    for group in by_surname.values():
        if len({a for u in group for a in u.articles}) < 2:
            continue
        for u in group:
            if len(u.articles) >= 2 and (draft is None or draft in u.articles):
                reps: dict[str, Claim] = {}
                for c in u.claims:
                    reps.setdefault(c.article, c)
                cs = sorted(reps.values(), key=ctx.order)
                if draft is not None:
                    cs = [reps[draft]] + [c for c in cs if c.article != draft]
                msg = f"quote: {_quote_label(cs[0], ctx)} in {len(cs)} articles"
                out.append(_finding("consistent", "quote", msg, cs))
        for u, v in _same_speaker_pairs(group):
            short, long_ = sorted((u.text, v.text), key=lambda t: (len(t), t))
            contained = contains_words(short, long_)
            if not contained:
                if len(short.split()) < 3:
                    continue
                if quote_similarity(short, long_, score_cutoff=QUOTE_MATCH) < QUOTE_MATCH:
                    continue
            pair = _unit_pair(u, v, ctx)
            if pair is None:
                continue
            a, b = pair
            if contained:
                msg = f"quote: {_quote_label(a, ctx)} vs {_quote_label(b, ctx)}"
                out.append(_finding("consistent", "quote", msg, pair))
            else:
                msg = f"quote: different wording: {_quote_label(a, ctx)} vs {_quote_label(b, ctx)}"
                out.append(_finding("quote_mismatch", "quote", msg, pair))
    # Same words, different speakers: attribution_conflict. Candidates share a word 3-gram.
    long_units = [u for u in units if u.speaker and len(u.text.split()) > 3]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, u in enumerate(long_units):
        for g in word_ngrams(u.text):
            postings[g].append(i)
    candidates: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > _MAX_POSTINGS:
            continue
        for i, j in itertools.combinations(ids, 2):
            candidates.add((i, j))
    for i, j in sorted(candidates):
        u, v = long_units[i], long_units[j]
        if same_speaker(u.speaker, v.speaker):
            continue
        if refers_back(u.speaker) or refers_back(v.speaker):
            continue  # "the governor" may well be the governor another article names
        short, long_ = sorted((u.text, v.text), key=lambda t: (len(t), t))
        if not (
            fuzz.ratio(u.text, v.text, score_cutoff=ATTRIBUTION_MATCH)
            or (len(short.split()) >= 6 and contains_words(short, long_))
        ):
            continue
        pair = _unit_pair(u, v, ctx)
        if pair is None:
            continue
        a, b = pair
        msg = (
            f"quote: same words attributed to {a.speaker} and {b.speaker}: "
            f"{_quote_label(a, ctx)} vs {_quote_label(b, ctx)}"
        )
        out.append(_finding("attribution_conflict", "quote", msg, pair))
    if draft is not None:
        out.extend(_unsupported_quotes(units, ctx))
    return out


#: Findings that already tell the editor a draft claim has no matching source.
_CONTRADICTED = frozenset({"conflict", "differs", "quote_mismatch", "attribution_conflict"})


def _said_once(findings: list[Finding]) -> list[Finding]:
    """Drop ``unsupported`` for a draft claim that a source contradicts: the conflict says it.

    A draft figure that is only newer than the sources (an ``update``) stays unsupported.
    """
    told = {c.id for f in findings if f.type in _CONTRADICTED for c in f.claims}
    return [
        f for f in findings if not (f.type == "unsupported" and all(c.id in told for c in f.claims))
    ]


def _unsupported_quotes(units: list[_Unit], ctx: _Ctx) -> list[Finding]:
    draft = ctx.draft
    source_texts = sorted({u.text for u in units if u.articles - {draft}})
    out: list[Finding] = []
    for u in units:
        for c in u.claims:
            if c.article != draft:
                continue
            found = any(
                contains_words(u.text, t)
                or contains_words(t, u.text)
                or quote_similarity(u.text, t, score_cutoff=QUOTE_MATCH) >= QUOTE_MATCH
                for t in source_texts
            )
            if not found:
                msg = f"quote: {_quote_label(c, ctx)} is in no source"
                out.append(_finding("unsupported", "quote", msg, (c,)))
    return out


# --- entry point ---------------------------------------------------------------------------


def _sort_key(f: Finding) -> tuple:
    return (_SEVERITY_RANK[f.severity], f.rule, f.kind, tuple(sorted(c.id for c in f.claims)))


def _apply_config(findings: Iterable[Finding], config: Config) -> list[Finding]:
    out = []
    for f in findings:
        if f.rule in config.ignore:
            continue
        sev = config.severity_of(f.rule)
        out.append(f if sev == f.severity else attrs.evolve(f, severity=sev))
    return out


def reconcile(
    articles: Sequence[ArticleClaims],
    *,
    draft: str | None = None,
    config: Config | None = None,
    today: str | None = None,
) -> tuple[Finding, ...]:
    """Compare the claims of several articles about one event.

    Only claims of different articles are compared; articles with ``error`` set are skipped.
    Count claims are blocked by kind, subject group, scope and role; for each pair of distinct
    figures one finding is made, with one representative claim per side (earliest published,
    then article id, then offset); identical figures in 2+ articles give one ``consistent``
    finding. Quotes are compared by speaker and wording.

    Args:
        articles: Articles with their claims.
        draft: Id of the draft article: pre-publication mode. Only findings involving the
            draft are returned, plus ``unsupported`` / ``outdated`` ones.
        config: Severities, ignored rules, tolerance and synonyms (default: :class:`Config`).
        today: ``YYYY-MM-DD`` date of an undated draft (default: today).

    Returns:
        Findings sorted by severity (errors first), rule, kind and claim ids. The result does
        not depend on the order of the articles or of their claims.

    Raises:
        ValueError: ``draft`` is not the id of one of ``articles``.

    Example:
        >>> from factcheck.types import Article, ArticleClaims, Claim
        >>> def art(aid, day, n):
        ...     c = Claim(id=f"{aid}:0", article=aid, kind="killed", value=n, low=n, high=n,
        ...               qualifier="exact", scope="in Lee County")
        ...     return ArticleClaims(Article(id=aid, published=day), (c,))
        >>> [f.type for f in reconcile([art("a", "2022-10-03", 54), art("b", "2022-10-02", 42)])]
        ['update']
    """
    config = config or Config()
    all_ids = {ac.article.id for ac in articles}
    if draft is not None and draft not in all_ids:
        raise ValueError(f"draft {draft!r} is not one of the articles")
    usable = [ac for ac in articles if ac.article.error is None]
    if draft is not None and draft not in {ac.article.id for ac in usable}:
        return ()
    today = today or datetime.date.today().isoformat()
    dates = {ac.article.id: ac.article.published for ac in usable}
    if draft is not None and dates.get(draft) is None:
        dates[draft] = today
    ctx = _Ctx(
        articles={ac.article.id: ac.article for ac in usable},
        dates=dates,
        draft=draft,
        tolerance=config.tolerance,
    )
    lex = lexicon(config.synonyms)

    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    quotes: list[Claim] = []
    for ac in usable:
        aid = ac.article.id
        for c in ac.claims:
            if c.article != aid:
                c = attrs.evolve(c, article=aid)
            if c.kind == "quote":
                if c.quote:
                    quotes.append(c)
            elif is_numeric(c) and not _individual(c) and not _unknown_money(c):
                for key in block_keys(c, lex=lex):
                    blocks[key].append(c)
    canon = merge_subject_keys(blocks)
    merged: dict[tuple, list[Claim]] = defaultdict(list)
    for key, cs in blocks.items():
        merged[canon[key]].extend(cs)

    findings: list[Finding] = []
    for cs in merged.values():
        articles_in = {c.article for c in cs}
        if draft is None and len(articles_in) < 2:
            continue
        if draft is not None and draft not in articles_in:
            continue
        findings.extend(_count_block(cs, ctx))
    findings.extend(_quote_findings(quotes, ctx))
    if draft is not None:
        findings = [f for f in findings if any(c.article == draft for c in f.claims)]
    findings = _apply_config(findings, config)
    if draft is not None:
        findings = _said_once(findings)  # after the config: an ignored conflict says nothing
    findings.sort(key=_sort_key)
    return tuple(findings)


__all__ = ["ATTRIBUTION_MATCH", "QUOTE_MATCH", "figure_text", "reconcile"]
