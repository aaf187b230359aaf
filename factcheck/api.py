"""The public Python API: load a pipeline, extract claims from articles.

Example:
    >>> import factcheck
    >>> [ac] = factcheck.extract("Over 900 people were injured, officials said.")
    >>> [(c.kind, c.value, c.qualifier, c.speaker) for c in ac.claims]
    [('wounded', 900, 'more_than', 'officials')]
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import operator
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from factcheck.types import Article, ArticleClaims, Claim, Report

#: Installed English pipelines tried by ``load("auto")``, best first.
AUTO_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
#: Batches of texts for ``nlp.pipe``.
BATCH_SIZE = 64
#: Texts per ``nlp.memory_zone()`` in one process: strings and lexemes a zone adds are freed
#: when it closes, so memory stays flat over a long stream.
ZONE_SIZE = 1024
#: Characters a pipeline reads outside memory zones, once in its life. spaCy's tokenizer never
#: caches inside a zone (each word is split by the affix rules again, ~3x slower), so the
#: first text a pipeline sees fills the cache with the common words of news; memory grows by
#: that much once and then stays flat.
WARM_CHARS = 2_000_000


def load(name: str = "auto") -> Any:
    """A spaCy pipeline with the factcheck components.

    Args:
        name: ``"auto"`` (an installed English pipeline if there is one, else a blank English
            one), ``"blank"`` (always the model-free pipeline), or the name or path of an
            installed spaCy pipeline. Nothing is ever downloaded.

    Returns:
        A ``spacy.Language`` ending with ``factcheck_claims``. Its ``meta["factcheck_model"]``
        names the statistical model used ("blank:en" for none).

    Raises:
        OSError: ``name`` is not an installed pipeline (the message says how to install it).

    Example:
        >>> nlp = load("blank")
        >>> nlp.pipe_names
        ['factcheck_sentences', 'factcheck_claims']
    """
    import spacy

    import factcheck.pipeline.component  # noqa: F401  (registers the factories)
    import factcheck.pipeline.sentences  # noqa: F401

    nlp = None
    model = "blank:en"
    if name == "auto":
        for cand in AUTO_MODELS:
            if importlib.util.find_spec(cand) is not None:
                nlp = spacy.load(cand, exclude=["lemmatizer"])
                model = cand
                break
    elif name not in ("blank", "blank:en"):
        try:
            nlp = spacy.load(name, exclude=["lemmatizer"])
        except OSError as exc:
            raise OSError(
                f"spaCy pipeline {name!r} is not installed; install it with "
                f"`python -m spacy download {name}` or use --model blank"
            ) from exc
        model = name
    if nlp is None:
        nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_sentences", first=True)
    nlp.add_pipe("factcheck_claims", last=True)
    nlp.meta["factcheck_model"] = model
    return nlp


def model_name(nlp: Any) -> str:
    """The model name a pipeline reports in outputs ("blank:en", "en_core_web_sm").

    Example:
        >>> model_name(load("blank"))
        'blank:en'
    """
    return nlp.meta.get("factcheck_model") or f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"


def _claims_from_doc(doc: Any, offset: int = 0) -> list[dict[str, Any]]:
    """The claim fields a Doc holds, with offsets into the whole article."""
    out = []
    for d in doc._.factcheck or ():
        fields = dict(d)
        fields["start"] += offset
        fields["end"] += offset
        out.append(fields)
    return out


def _chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Split a text longer than spaCy's ``max_length`` at paragraph (or sentence, or word)
    breaks."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
            if cut <= start:  # never cut inside a word (or a number)
                cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


def extract(
    articles: Any,
    *,
    nlp: Any = None,
    batch_size: int = BATCH_SIZE,
    progress: bool | None = None,
    n_process: int = 1,
    max_bytes: int | None = None,
) -> list[ArticleClaims]:
    """Claims of every article, in input order; unreadable articles keep their error.

    Args:
        articles: Paths, a directory, article texts, :class:`Article` records, dicts or a
            pandas DataFrame (see :func:`factcheck.io.to_articles`).
        nlp: A pipeline from :func:`load` (default: ``load("auto")``).
        batch_size: Texts per ``nlp.pipe`` batch.
        progress: Show a progress bar on stderr (default: when stderr is a terminal and
            there are more than 20 articles).
        n_process: Worker processes: ``nlp.pipe``'s, or a pool that runs the rules of a blank
            pipeline (see :func:`rules_only`).
        max_bytes: Largest file read (default :data:`factcheck.io.MAX_BYTES`, 50 MB); a
            larger one becomes an error article. Texts longer than the pipeline's
            ``max_length`` are split, not refused.

    Example:
        >>> [ac] = extract("Russia fired dozens of missiles.")
        >>> ac.claims[0].kind, ac.claims[0].low, ac.claims[0].qualifier
        ('missiles', 24, 'vague')
    """
    from factcheck.io import MAX_BYTES, to_articles

    arts = to_articles(articles, max_bytes=MAX_BYTES if max_bytes is None else max_bytes)
    nlp = nlp if nlp is not None else load("auto")
    limit = nlp.max_length
    jobs: list[tuple[int, int, str]] = []  # (article index, offset, text)
    for i, a in enumerate(arts):
        if a.error is None and a.text:
            for off, chunk in _chunks(a.text, limit):
                jobs.append((i, off, chunk))
    found: list[list[dict[str, Any]]] = [[] for _ in arts]
    if progress is None:
        progress = sys.stderr.isatty() and len(arts) > 20
    failures: list[str] = []
    why_of: dict[tuple[int, int], str] = {}  # (what failed on each text, when known)
    done: set[tuple[int, int]] = set()
    with _isolated_failures(nlp, failures, enabled=n_process == 1):
        if rules_only(nlp):
            rows = _text_rows(jobs, why_of, n_process)
        else:
            docs = _pipe(nlp, jobs, batch_size, n_process)
            rows = ((_claims_from_doc(doc, key[1]), key) for doc, key in docs)
        if progress:
            from tqdm import tqdm

            rows = tqdm(rows, total=len(jobs), unit="doc", file=sys.stderr, desc="extract")
        for fields, (i, off) in rows:
            found[i].extend(fields)
            done.add((i, off))
    # a text the pipeline failed on marks its article, and the rest of the batch goes on
    for i, off, _ in jobs:
        if (i, off) not in done and arts[i].error is None:
            why = why_of.get((i, off)) or (
                failures[0] if failures else "the pipeline returned no document"
            )
            where = arts[i].path or arts[i].id
            arts[i] = attrs.evolve(arts[i], error=f"{where}: extraction failed: {why}")
            logging.getLogger("factcheck").error("%s", arts[i].error)
    return [ArticleClaims(a, _finish(a, found[i])) for i, a in enumerate(arts)]


def rules_only(nlp: Any) -> bool:
    """Does ``nlp`` run nothing but factcheck's own components (a blank pipeline)?

    Then nothing in it reads spaCy's tokens, and :func:`extract` takes the claims from each
    text directly (:func:`factcheck.extractor.text_claims`) instead of building a Doc it
    would throw away: the same claims, without the cost of tokenizing (with ``n_process``
    above 1, in a pool of processes that get texts and send back plain dicts). A pipeline with
    any other component (a model, a user's entity ruler) runs through ``nlp.pipe``.

    Example:
        >>> rules_only(load("blank"))
        True
        >>> nlp = load("blank"); _ = nlp.add_pipe("entity_ruler"); rules_only(nlp)
        False
    """
    from factcheck.pipeline.component import ClaimExtractor
    from factcheck.pipeline.sentences import NewsSentencizer

    names = list(getattr(nlp, "pipe_names", ()) or ())
    if names not in (["factcheck_sentences", "factcheck_claims"], ["factcheck_claims"]):
        return False
    kinds = (NewsSentencizer, ClaimExtractor) if len(names) == 2 else (ClaimExtractor,)
    return all(type(nlp.get_pipe(n)) is k for n, k in zip(names, kinds, strict=True))


def _text_rows(
    jobs: list[tuple[int, int, str]],
    why_of: dict[tuple[int, int], str],
    n_process: int = 1,
) -> Iterator[tuple[list[dict[str, Any]], tuple[int, int]]]:
    """The claim fields of each job's text from the rules alone (see :func:`rules_only`), in
    ``n_process`` processes; a text the rules fail on is left out, as ``nlp.pipe`` does, with
    what failed in ``why_of[(article index, offset)]``."""
    texts = (text for _, _, text in jobs)
    if n_process > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        # texts go out and plain dicts come back: no pipeline or Doc crosses processes
        chunk = max(1, min(64, len(jobs) // (4 * n_process)))
        with ProcessPoolExecutor(n_process) as pool:
            yield from _shifted(jobs, pool.map(_text_job, texts, chunksize=chunk), why_of)
    else:
        yield from _shifted(jobs, map(_text_job, texts), why_of)


def _text_job(text: str) -> tuple[list[dict[str, Any]], str | None]:
    """The claim fields of one text, or the failure that stopped the rules on it."""
    from factcheck import extractor

    try:
        return extractor.text_claims(text), None
    except Exception as exc:  # one text's failure must not lose the others
        return [], f"factcheck_claims: {type(exc).__name__}: {exc}"


def _shifted(
    jobs: list[tuple[int, int, str]],
    results: Iterable[tuple[list[dict[str, Any]], str | None]],
    why_of: dict[tuple[int, int], str],
) -> Iterator[tuple[list[dict[str, Any]], tuple[int, int]]]:
    for (i, off, _), (fields, failure) in zip(jobs, results, strict=True):
        if failure is not None:
            why_of[i, off] = failure
            continue
        for f in fields:
            f["start"] += off
            f["end"] += off
        yield fields, (i, off)


@contextlib.contextmanager
def _isolated_failures(nlp: Any, failures: list[str], *, enabled: bool) -> Iterator[None]:
    """While extracting, a component that raises on one text drops that text only.

    spaCy's pipe error handler skips the failing Doc; :func:`extract` then marks its article
    with an error. The pipeline's own handler is restored afterwards.
    """
    if not enabled or not hasattr(nlp, "default_error_handler"):
        yield
        return

    def record(name: str, proc: Any, docs: list, exc: Exception) -> None:
        failures.append(f"{name}: {type(exc).__name__}: {exc}")

    # only the pipeline default: components without a handler of their own (ours) use it;
    # nlp.set_error_handler would also touch the model's trainable pipes, which refuse it
    before = nlp.default_error_handler
    nlp.default_error_handler = record
    try:
        yield
    finally:
        nlp.default_error_handler = before


def _pipe(
    nlp: Any, jobs: list[tuple[int, int, str]], batch_size: int, n_process: int
) -> Iterator[tuple[Any, tuple[int, int]]]:
    """``nlp.pipe`` over the jobs, in memory zones of :data:`ZONE_SIZE` texts (after the
    pipeline's first :data:`WARM_CHARS` characters, read outside any zone).

    A Doc must not be used after its zone closes: the caller turns each into plain claims
    before asking for the next one. With several processes the whole stream is one zone (a
    new ``nlp.pipe`` per zone would restart the workers).
    """
    step = ZONE_SIZE if n_process == 1 else max(len(jobs), 1)
    first = 0
    if n_process == 1:
        warmed = getattr(nlp, "_factcheck_warm_chars", 0)
        while first < len(jobs) and warmed < WARM_CHARS:
            warmed += len(jobs[first][2])
            first += 1
        with contextlib.suppress(AttributeError):  # a pipeline-like object without attributes
            nlp._factcheck_warm_chars = warmed
        yield from _pipe_zone(nlp, jobs[:first], batch_size, n_process, zone=False)
    for k in range(first, len(jobs), step):
        yield from _pipe_zone(nlp, jobs[k : k + step], batch_size, n_process, zone=True)


def _pipe_zone(
    nlp: Any, chunk: list[tuple[int, int, str]], batch_size: int, n_process: int, *, zone: bool
) -> Iterator[tuple[Any, tuple[int, int]]]:
    if not chunk:
        return
    from factcheck.pipeline.sentences import TEXT_KEY

    use_zone = zone and hasattr(nlp, "memory_zone")
    make = getattr(nlp, "make_doc", None) if n_process == 1 else None
    with nlp.memory_zone() if use_zone else contextlib.nullcontext():
        yield from nlp.pipe(
            ((_doc_of(make, text, TEXT_KEY), (i, off)) for i, off, text in chunk),
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
        )


def _doc_of(make: Any, text: str, key: str) -> Any:
    """The Doc of ``text`` with the text kept under ``key`` for ``factcheck_sentences``
    (``Doc.text`` joins every token again in Python), or the text itself when the pipeline
    makes its own Docs."""
    if make is None:
        return text
    doc = make(text)
    doc.user_data[key] = text
    return doc


def _finish(article: Article, fields: Iterable[dict[str, Any]]) -> tuple[Claim, ...]:
    """Claims in text order, numbered ``<article id>:<n>``, each with its own text."""
    ordered = sorted(fields, key=_CLAIM_ORDER)
    text = article.text
    return tuple(
        Claim(id=f"{article.id}:{n}", article=article.id, text=text[f["start"] : f["end"]], **f)
        for n, f in enumerate(ordered)
    )


_CLAIM_ORDER = operator.itemgetter("start", "end", "kind")


def check(
    articles: Any,
    *,
    against: Any = None,
    config: Any = None,
    nlp: Any = None,
    today: str | None = None,
    baseline: str | None = None,
    max_bytes: int | None = None,
) -> Report:
    """Extract and reconcile: what the articles about one event disagree on.

    Args:
        articles: The articles (anything :func:`extract` takes, or the
            :class:`ArticleClaims` it returned). With ``against``, these are the drafts.
        against: Sources (wire copy) to check the drafts against: pre-publication mode, where
            only findings that involve a draft are kept, plus ``unsupported`` and ``outdated``.
        config: A :class:`factcheck.config.Config` (default: the nearest ``factcheck.toml`` or
            ``[tool.factcheck]`` of ``pyproject.toml`` from the working directory).
        nlp: A pipeline from :func:`load` (default ``load("auto")``).
        today: Date of an undated draft (default: today).
        baseline: Path of a baseline file of accepted findings (default: ``config.baseline``).
        max_bytes: Largest file read (see :func:`extract`).

    Returns:
        A :class:`Report` with the articles, their claims and the findings (inline
        ``<!-- factcheck-ignore -->`` comments and the baseline applied).

    Example:
        >>> r = check(["At least 14 people were killed and 97 wounded.",
        ...            "At least 14 people were killed and 90 were injured."])
        >>> [(f.rule, f.type) for f in r.findings if f.severity == "error"]
        [('FC101', 'conflict')]
    """
    from factcheck.config import load_config
    from factcheck.filters import apply_baseline, apply_inline_ignores, load_baseline
    from factcheck.reconcile import reconcile

    config = config if config is not None else load_config()
    nlp = nlp if nlp is not None else load("auto")
    drafts = _extracted(articles, nlp, max_bytes)
    if against is None:
        everything = drafts
        findings = list(reconcile(everything, config=config, today=today))
        draft_id = None
    else:
        sources = _extracted(against, nlp, max_bytes)
        everything = drafts + sources
        findings = []
        for d in drafts:
            if d.article.error is None:
                findings.extend(
                    reconcile([d, *sources], draft=d.article.id, config=config, today=today)
                )
        draft_id = drafts[0].article.id if len(drafts) == 1 else None
    kept = apply_inline_ignores(findings, everything, draft=draft_id)
    path = baseline or config.baseline
    if path:
        kept = apply_baseline(kept, load_baseline(path))
    return Report(
        articles=tuple(everything), findings=tuple(kept), model=model_name(nlp), draft=draft_id
    )


def _extracted(items: Any, nlp: Any, max_bytes: int | None = None) -> list[ArticleClaims]:
    """Articles with claims: extracted ones as they are, anything else through :func:`extract`."""
    if isinstance(items, ArticleClaims):
        return [items]
    if (
        isinstance(items, (list, tuple))
        and items
        and all(isinstance(i, ArticleClaims) for i in items)
    ):
        return list(items)
    return extract(items, nlp=nlp, max_bytes=max_bytes)
