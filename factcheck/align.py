"""Alignment: do two claims count the same thing, or quote the same person?

Count claims are put in *blocks* by :func:`block_key` (kind, subject group, scope, role) so the
reconciler only compares claims inside small groups. Subjects are grouped by a small lexicon
(``"civilians"`` and ``"people"`` are the same group, ``"children"`` is not); scopes are
normalised place names (``"in Kiev"`` = ``"in Kyiv"``); missiles and drones are split into
launched and intercepted. Quotes are aligned by a normalised speaker and normalised words.

Example:
    >>> from factcheck.types import Claim
    >>> a = Claim(id="a:0", article="a", kind="killed", value=14, low=14,
    ...           qualifier="at_least", subject="civilians")
    >>> b = Claim(id="b:0", article="b", kind="killed", value=14, low=14,
    ...           qualifier="at_least", subject="people")
    >>> block_key(a) == block_key(b)
    True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from factcheck.types import Claim

#: Count kinds that count people; a claim without subject counts "people".
CASUALTY_KINDS = frozenset({"killed", "wounded", "missing", "displaced", "arrested"})
#: Count kinds split into launched and intercepted.
WEAPON_KINDS = frozenset({"missiles", "drones"})

#: Subject lexicon: group name -> words (as written, plural or singular).
SUBJECT_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "people": frozenset(
            {
                "people",
                "persons",
                "civilians",
                "victims",
                "individuals",
                "residents",
                "deaths",
                "fatalities",
                "dead",
                "bodies",
                "lives",
                "casualties",
                "others",
                "injured",
                "wounded",
                "killed",
                "missing",
                "inhabitants",
                "citizens",
                "villagers",
                "locals",
                "human lives",
            }
        ),
        "children": frozenset(
            {
                "children",
                "students",
                "kids",
                "pupils",
                "minors",
                "child",
                "boys",
                "girls",
                "schoolchildren",
                "youngsters",
                "infants",
                "babies",
                "fourth graders",
            }
        ),
        "adults": frozenset({"adults", "teachers", "staff", "staff members", "educators"}),
        "soldiers": frozenset(
            {
                "soldiers",
                "troops",
                "servicemen",
                "service members",
                "servicemembers",
                "military personnel",
                "marines",
                "fighters",
            }
        ),
        "police": frozenset(
            {"police officers", "officers", "police", "policemen", "law enforcement officers"}
        ),
        "patients": frozenset({"patients"}),
        "missiles": frozenset(
            {
                "missiles",
                "cruise missiles",
                "ballistic missiles",
                "rockets",
                "projectiles",
                "missile strikes",
                "cruise missile",
                "air-launched missiles",
                "sea-launched missiles",
            }
        ),
        "drones": frozenset(
            {
                "drones",
                "uavs",
                "unmanned aerial vehicles",
                "shaheds",
                "shahed drones",
                "kamikaze drones",
                "attack drones",
                "loitering munitions",
            }
        ),
    }
)
#: Words marking intercepted weapons (subject "shot down").
INTERCEPT_WORDS = frozenset(
    {
        "shot down",
        "intercepted",
        "intercept",
        "interceptions",
        "downed",
        "neutralized",
        "neutralised",
        "destroyed",
        "repelled",
    }
)
_LEADING_FILLERS = frozenset(
    {"the", "other", "more", "additional", "further", "of", "those", "some", "another", "a"}
)
_SCOPE_PREPS = frozenset(
    {
        "in",
        "across",
        "throughout",
        "at",
        "on",
        "near",
        "within",
        "around",
        "of",
        "from",
        "the",
        "all",
        "over",
        "inside",
        "for",
    }
)
#: Scopes that mean "the whole area of the event": same as no scope.
NATIONWIDE = frozenset(
    {"nationwide", "countrywide", "country", "whole country", "entire country", "national"}
)
#: Transliteration and spelling variants of place names.
PLACE_VARIANTS: Mapping[str, str] = MappingProxyType(
    {
        "kiev": "kyiv",
        "kyyiv": "kyiv",
        "kharkov": "kharkiv",
        "odessa": "odesa",
        "lvov": "lviv",
        "zaporozhye": "zaporizhzhia",
        "zaporizhia": "zaporizhzhia",
        "zaporizhzhya": "zaporizhzhia",
        "dnepr": "dnipro",
        "nikolaev": "mykolaiv",
        "mykolayiv": "mykolaiv",
        "rovno": "rivne",
        "vinnitsa": "vinnytsia",
        "zhitomir": "zhytomyr",
        "chernigov": "chernihiv",
        "donetsk": "donetsk",
        "lugansk": "luhansk",
    }
)
#: Titles dropped from the front of a speaker's name.
TITLES = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "sen",
        "senator",
        "gov",
        "governor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "secretary",
        "general",
        "secretarygeneral",
        "rep",
        "representative",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "captain",
        "mayor",
        "king",
        "queen",
        "prince",
        "pope",
        "ambassador",
        "chancellor",
        "foreign",
        "defence",
        "defense",
        "state",
        "deputy",
        "chief",
        "sheriff",
        "lieutenant",
        "commissioner",
        "director",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "judge",
        "justice",
        "attorney",
        "lieut",
    }
)

_NON_WORD = re.compile(r"[^\w]+")
_BRACKETS = re.compile(r"\[[^\]]*\]")


def fold(text: str) -> str:
    """Casefold, strip accents, turn punctuation into spaces and collapse spaces.

    Example:
        >>> fold("  Zelénskyy's  Office ")
        'zelenskyy s office'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("'", " ' ")
    return " ".join(_NON_WORD.sub(" ", text.casefold()).replace("_", " ").split())


def singular(word: str) -> str:
    """A crude singular of an English noun ("counties" -> "county", "regions" -> "region").

    Example:
        >>> [singular(w) for w in ("counties", "regions", "bus", "people", "glass")]
        ['county', 'region', 'bus', 'people', 'glass']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def subject_norm(subject: str) -> str:
    """Normalised subject: folded, leading fillers dropped, every word made singular.

    Example:
        >>> subject_norm("The other Civilians")
        'civilian'
    """
    words = fold(subject).split()
    while len(words) > 1 and words[0] in _LEADING_FILLERS:
        words = words[1:]
    return " ".join(singular(w) for w in words)


@attrs.frozen(slots=True)
class Lexicon:
    """Subject groups with a lookup index from normalised subject to group name.

    Build one with :func:`lexicon` (cached) rather than directly.

    Example:
        >>> lexicon().group_of("Troops")
        'soldiers'
    """

    groups: Mapping[str, frozenset[str]]
    index: Mapping[str, str]

    def group_of(self, subject: str) -> str | None:
        """The group of a subject phrase: whole phrase first, then its head noun.

        The head noun is tried only for phrases of at most two words, so "school children"
        is a child count but "sandy hook children" stays apart.

        Example:
            >>> lexicon().group_of("ukrainian civilians"), lexicon().group_of("regions")
            ('people', None)
        """
        norm = subject_norm(subject)
        if norm in self.index:
            return self.index[norm]
        words = norm.split()
        if 1 < len(words) <= 2 and words[-1] in self.index:
            return self.index[words[-1]]
        return None


@functools.lru_cache(maxsize=32)
def _lexicon(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    groups = {name: set(words) for name, words in SUBJECT_GROUPS.items()}
    for name, words in extra:
        groups.setdefault(name, set()).update(words)
    index: dict[str, str] = {}
    for name in sorted(groups):
        for word in sorted(groups[name]):
            index.setdefault(subject_norm(word), name)
    # Words a user configures win over the built-in lexicon.
    for name, words in extra:
        for word in words:
            index[subject_norm(word)] = name
    return Lexicon(
        groups=MappingProxyType({k: frozenset(v) for k, v in groups.items()}),
        index=MappingProxyType(index),
    )


def lexicon(synonyms: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
    """The subject lexicon, extended by configured synonyms (group name -> extra words).

    Example:
        >>> lexicon({"people": ["pilgrims"]}).group_of("pilgrims")
        'people'
    """
    extra = tuple(sorted((k.casefold(), tuple(sorted(v))) for k, v in (synonyms or {}).items()))
    return _lexicon(extra)


def role(claim: Claim) -> str:
    """``"intercepted"`` or ``"launched"`` for missiles and drones, ``""`` otherwise.

    Example:
        >>> from factcheck.types import Claim
        >>> role(Claim(id="a:0", article="a", kind="missiles", value=41, subject="shot down"))
        'intercepted'
    """
    if claim.kind not in WEAPON_KINDS:
        return ""
    subject = fold(claim.subject or "")
    padded = f" {subject} "
    if any(f" {w} " in padded for w in INTERCEPT_WORDS):
        return "intercepted"
    return "launched"


#: First words of a subject that make a figure an increment ("additional deaths").
INCREMENT_WORDS = frozenset({"additional", "more", "further", "extra", "new"})


def subject_key(claim: Claim, *, lex: Lexicon | None = None) -> str:
    """The subject part of a block key: ``"g:<group>"`` or ``"s:<normalised subject>"``.

    Casualty kinds use the lexicon (no subject means people); missiles and drones group all
    missile / drone words; ``other_count`` and ``money`` keep the normalised subject, which
    the reconciler then merges only with near-identical ones (:func:`merge_subject_keys`).

    Example:
        >>> from factcheck.types import Claim
        >>> subject_key(Claim(id="a:0", article="a", kind="killed", value=5, subject="kids"))
        'g:children'
    """
    lex = lex or lexicon()
    subject = claim.subject
    if subject and subject.split()[0].lower() in INCREMENT_WORDS:
        # "three more people died": an increment, never compared with a total
        return f"s:{subject_norm(subject)}"
    if claim.kind in CASUALTY_KINDS:
        if not subject or not subject.strip():
            return "g:people"
        group = lex.group_of(subject)
        return f"g:{group}" if group else f"s:{subject_norm(subject)}"
    if claim.kind in WEAPON_KINDS:
        if not subject or not subject.strip() or role(claim) == "intercepted":
            return f"g:{claim.kind}"
        group = lex.group_of(subject)
        if group in ("missiles", "drones"):
            return f"g:{group}"
        return f"s:{subject_norm(subject)}"
    return f"s:{subject_norm(subject or '')}"


def scope_key(scope: str | None) -> str | None:
    """Normalised scope: prepositions and "the" dropped, place spelling variants unified.

    ``None`` and nationwide phrases give ``None`` (the whole event).

    Example:
        >>> scope_key("in Kiev"), scope_key("across Kyiv"), scope_key("in Lee County")
        ('kyiv', 'kyiv', 'lee')
        >>> scope_key("nationwide") is None
        True
    """
    if scope is None:
        return None
    words = fold(scope).split()
    while words and words[0] in _SCOPE_PREPS:
        words = words[1:]
    words = [PLACE_VARIANTS.get(w, w) for w in words if w != "'"]
    if len(words) > 1 and words[-1] in ADMIN_UNITS:
        words = words[:-1]  # "Lee County" and "Lee" are the same place
    key = " ".join(words)
    if not key or key in NATIONWIDE:
        return None
    return key


#: Administrative units named after a place ("Lee County", "Kharkiv Oblast").
ADMIN_UNITS = frozenset(
    """county counties parish parishes province provinces region regions oblast oblasts
    district districts prefecture prefectures borough boroughs township townships
    municipality municipalities""".split()
)


def scope_keys(scope: str | None) -> tuple[str | None, ...]:
    """Scope keys of a claim: several for a figure given for each of several places.

    "Charlotte, Collier and Sarasota counties each had eight deaths" holds for each county.

    Example:
        >>> scope_keys("Hardee and Manatee counties"), scope_keys("in Lee County")
        (('hardee', 'manatee'), ('lee',))
    """
    if scope is None:
        return (None,)
    words = fold(scope).split()
    if len(words) > 2 and words[-1] in ADMIN_UNITS and words[-1].endswith("s"):
        body = " ".join(words[:-1]).replace(" and ", " , ")
        parts = [p.strip() for p in body.split(",") if p.strip()]
        if len(parts) > 1:
            return tuple(dict.fromkeys(scope_key(p) for p in parts))
    return (scope_key(scope),)


def block_key(claim: Claim, *, lex: Lexicon | None = None) -> tuple:
    """Blocking key of a count claim: only claims with equal keys are compared.

    ``(kind, subject key, scope key, role, currency)``. The speaker is not part of it: two
    authorities giving different tolls is exactly a disagreement to report.

    Example:
        >>> from factcheck.types import Claim
        >>> block_key(Claim(id="a:0", article="a", kind="killed", value=5, scope="in Kiev"))
        ('killed', 'g:people', 'kyiv', '', '')
    """
    return block_keys(claim, lex=lex)[0]


def block_keys(claim: Claim, *, lex: Lexicon | None = None) -> tuple[tuple, ...]:
    """Every blocking key of a claim: one per place it holds for (see :func:`scope_keys`).

    Example:
        >>> from factcheck.types import Claim
        >>> c = Claim(id="a:0", article="a", kind="killed", value=4,
        ...           scope="Hardee and Manatee counties")
        >>> [k[2] for k in block_keys(c)]
        ['hardee', 'manatee']
    """
    currency = (claim.currency or "").upper() if claim.kind == "money" else ""
    subject, r = subject_key(claim, lex=lex), role(claim)
    return tuple((claim.kind, subject, sk, r, currency) for sk in scope_keys(claim.scope))


def _polarity(subject: str) -> tuple[bool, bool]:
    words = subject[2:].split()
    return ("not" in words or "no" in words, bool(words) and words[0] in INCREMENT_WORDS)


def merge_subject_keys(keys: Iterable[tuple], *, score_cutoff: float = 85) -> dict[tuple, tuple]:
    """Map block keys to canonical ones, merging near-identical free subjects.

    Among keys that agree on everything but a free (``"s:"``) subject, subjects with a
    rapidfuzz ratio of at least ``score_cutoff`` are merged into the alphabetically first.
    Lexicon groups (``"g:"``) are never merged. The result depends only on the set of keys.

    Example:
        >>> k1 = ("other_count", "s:region", None, "", "")
        >>> k2 = ("other_count", "s:regions", None, "", "")
        >>> k3 = ("other_count", "s:city", None, "", "")
        >>> m = merge_subject_keys([k1, k2, k3])
        >>> m[k2] == k1, m[k3] == k3
        (True, True)
    """
    families: dict[tuple, list[str]] = defaultdict(list)
    out: dict[tuple, tuple] = {}
    for key in set(keys):
        if key[1].startswith("s:"):
            families[(key[0], *key[2:])].append(key[1])
        else:
            out[key] = key
    for fam, subjects in families.items():
        canon: list[str] = []
        for subj in sorted(subjects):
            match = None
            # "bodies identified" and "bodies not identified" differ by a word, not a spelling
            same = [c for c in canon if _polarity(c) == _polarity(subj)]
            if same:
                hit = process.extractOne(
                    subj[2:], [c[2:] for c in same], scorer=fuzz.ratio, score_cutoff=score_cutoff
                )
                if hit is not None:
                    match = same[hit[2]]
            if match is None:
                canon.append(subj)
                match = subj
            out[(fam[0], subj, *fam[1:])] = (fam[0], match, *fam[1:])
    return out


# --- quotes --------------------------------------------------------------------------------


def speaker_key(name: str | None) -> str | None:
    """Normalised speaker: folded, leading titles dropped, transliteration variants unified.

    Example:
        >>> speaker_key("President Volodymyr Zelenskyy"), speaker_key("Zelenskiy")
        ('volodymyr zelensky', 'zelensky')
        >>> speaker_key("U.N. Secretary-General António Guterres")
        'antonio guterres'
    """
    if name is None:
        return None
    words = [w for w in fold(name.replace(".", "")).split() if w != "'"]
    if len(words) > 1 and words[-1] in ("jr", "sr"):
        words = words[:-1]
    # Drop everything up to the last title word before the name ("U.N. Secretary-General
    # Antonio Guterres" -> "antonio guterres").
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w in TITLES), default=0)
    words = words[cut:]
    out = []
    for w in words:
        w = PLACE_VARIANTS.get(w, w)
        if len(w) > 3 and w.endswith(("yy", "iy", "yi")):
            w = w[:-2] + "y"
        out.append(w)
    return " ".join(out) or None


#: Common English nicknames -> the full first name.
NICKNAMES: Mapping[str, str] = MappingProxyType(
    {
        "joe": "joseph",
        "bill": "william",
        "will": "william",
        "bob": "robert",
        "rob": "robert",
        "mike": "michael",
        "jim": "james",
        "tom": "thomas",
        "dick": "richard",
        "rick": "richard",
        "ron": "ronald",
        "tony": "anthony",
        "chuck": "charles",
        "charlie": "charles",
        "liz": "elizabeth",
        "beth": "elizabeth",
        "kate": "katherine",
        "andy": "andrew",
        "dan": "daniel",
        "dave": "david",
        "steve": "steven",
        "alex": "alexander",
        "sasha": "alexander",
        "greg": "gregory",
        "nick": "nicholas",
        "ben": "benjamin",
        "sam": "samuel",
        "jen": "jennifer",
        "pat": "patrick",
        "matt": "matthew",
    }
)


def _first_names_match(a: str, b: str) -> bool:
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    if a == b:
        return True
    if a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True
    return fuzz.ratio(a, b) >= 66


def same_speaker(a: str | None, b: str | None) -> bool:
    """True when two speaker keys (:func:`speaker_key`) name the same person.

    Equal keys match; a surname alone matches a full name ending in it; two full names
    match when the surnames are equal and the first names are compatible: equal, an initial,
    a common nickname ("joe" ~ "joseph"), a prefix ("alex" ~ "alexandra") or a close
    transliteration ("dmitry" ~ "dmytro"), but "oleksii kuleba" is not "dmytro kuleba".

    Example:
        >>> same_speaker("biden", "joe biden"), same_speaker("oleksii kuleba", "dmytro kuleba")
        (True, False)
        >>> same_speaker("joseph biden", "joe biden")
        True
        >>> same_speaker("dmitry kuleba", "dmytro kuleba")
        True
    """
    if a is None or b is None:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if wa[-1] != wb[-1]:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    return _first_names_match(wa[0], wb[0])


def refers_back(key: str | None) -> bool:
    """Is a speaker key a role that refers back to someone named ("the governor")?

    Such a speaker may be the person another article names, so it conflicts with nobody.

    Example:
        >>> refers_back("the governor"), refers_back("governor's office"), refers_back("tom hale")
        (True, False, False)
    """
    if key is None:
        return False
    words = key.split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in TITLES


def quote_norm(text: str) -> str:
    """Normalised quote text: editorial ``[...]`` dropped, folded, punctuation removed.

    Example:
        >>> quote_norm("\u201c[He] said \u2014 \u2018no\u2019\u2026\u201d")
        'said no'
    """
    text = _BRACKETS.sub(" ", text)
    text = text.replace("\u2019", "").replace("'", "")
    return fold(text)


def contains_words(short: str, long: str) -> bool:
    """True when normalised ``short`` occurs in normalised ``long`` on word boundaries.

    Example:
        >>> contains_words("illegal war", "putins illegal war on ukraine")
        True
        >>> contains_words("war", "warfare")
        False
    """
    return f" {short} " in f" {long} "


def quote_similarity(a: str, b: str, *, score_cutoff: float = 100) -> float:
    """Similarity (0-100) of two normalised quotes, tolerant of one side being a fragment.

    The maximum of rapidfuzz ``partial_ratio`` on characters and a word-level score: the best
    Indel similarity of the shorter quote's words against windows of the longer one of about
    the same length, so one word dropped from a short phrase still scores high. The word
    score is only computed when the character score is below ``score_cutoff`` but at
    least 50.

    Example:
        >>> s = quote_similarity("advanced air systems", "advanced air defence systems")
        >>> round(s, 1)
        85.7
    """
    score = fuzz.partial_ratio(a, b)
    if score >= score_cutoff or score < 50:
        return score
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    m, n = len(wa), len(wb)
    if not m:
        return score
    best = 0.0
    for size in range(max(1, m - 2), min(n, m + 2) + 1):
        for i in range(0, n - size + 1):
            sim = Indel.normalized_similarity(wa, wb[i : i + size])
            if sim > best:
                best = sim
    return max(score, best * 100)


def word_ngrams(text: str, n: int = 3) -> set[tuple[str, ...]]:
    """Word n-grams of a normalised text (the whole text if shorter), for candidate lookup.

    Example:
        >>> sorted(word_ngrams("a b c d"))
        [('a', 'b', 'c'), ('b', 'c', 'd')]
    """
    words = text.split()
    if len(words) <= n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def surname(key: str | None) -> str | None:
    """Last word of a speaker key: quotes are blocked by it.

    Example:
        >>> surname("joe biden")
        'biden'
    """
    return key.split()[-1] if key else None


__all__: Sequence[str] = (
    "CASUALTY_KINDS",
    "SUBJECT_GROUPS",
    "Lexicon",
    "block_key",
    "contains_words",
    "fold",
    "lexicon",
    "merge_subject_keys",
    "quote_norm",
    "quote_similarity",
    "refers_back",
    "role",
    "same_speaker",
    "scope_key",
    "singular",
    "speaker_key",
    "subject_key",
    "subject_norm",
    "surname",
    "word_ngrams",
)
