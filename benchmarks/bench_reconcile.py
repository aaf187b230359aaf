"""Benchmark: reconcile time for 10k and 100k synthetic claims (a script, not a test).

Each synthetic event has 20 articles x 10 claims drawn from realistic groups: national and
city death / injury tolls that rise over three days, launched and intercepted missiles, a
vague "dozens", a regions count and a few quotes (some fragments, some re-worded, one
misattributed). Two timings per size:

* ``per-event``: ``reconcile`` called once per event, events streamed one at a time (how the
  library is used on an archive);
* ``one call``: all events in a single ``reconcile`` call, each event with its own place
  names and speakers, so the cost shows that blocking keeps it near linear.

CPU seconds. The machine is shared and its speed drifts during a run, so the sizes are
measured side by side: per event, the 100k stream is timed in ten slices with a 10k run
beside each (10k time: their median); for the one call, the 10k call runs before and after
the 100k one (mean), with the input frozen out of the garbage collector while timing
(holding the input is not reconciling it).

Run: ``python benchmarks/bench_reconcile.py``.
"""

from __future__ import annotations

import gc
import random
import statistics
import time

from factcheck.reconcile import reconcile
from factcheck.types import Article, ArticleClaims, Claim

ARTICLES_PER_EVENT = 20
CLAIMS_PER_ARTICLE = 10
QUOTES = [
    "we will not be intimidated by these cowardly attacks on our cities",
    "these attacks demonstrate the utter brutality of an illegal war",
    "advanced air defence systems",
    "we are doing everything we can to rescue people from the rubble",
]

VOCAB = [f"w{i}" for i in range(5000)]


def _count(rng, kind, base, spread, **kw) -> dict:
    n = base + rng.randint(0, spread)
    q = rng.choice(["exact", "exact", "exact", "at_least", "more_than", "about"])
    low = n if q in ("exact", "at_least", "more_than") else None
    high = n if q == "exact" else None
    return dict(kind=kind, value=n, low=low, high=high, qualifier=q, **kw)


def event(e: int, rng: random.Random, *, tag: bool) -> list[ArticleClaims]:
    """One event: 20 articles over three days with 10 claims each."""
    city = f"in City{e}" if tag else "in Kyiv"
    nation = f"across Country{e}" if tag else None
    spk = (
        [f"Olena Kovalenko{e}", f"Joe Biden{e}", f"Vitali Klitschko{e}"]
        if tag
        else ["Volodymyr Zelenskyy", "Joe Biden", "Vitali Klitschko"]
    )
    if tag:  # event-specific wording, as quotes of different events have
        quotes = [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(3, 12))) for _ in QUOTES]
    else:
        quotes = QUOTES
    out = []
    for a in range(ARTICLES_PER_EVENT):
        day = a * 3 // ARTICLES_PER_EVENT
        aid = f"e{e}a{a}"
        specs = [
            _count(
                rng,
                "killed",
                10 + 4 * day,
                2,
                subject=rng.choice(["people", "civilians"]),
                scope=nation,
            ),
            _count(rng, "wounded", 90 + 5 * day, 7, subject="people", scope=nation),
            _count(rng, "killed", 5 + day, 1, subject="people", scope=city),
            _count(rng, "wounded", 12 + 3 * day, 2, scope=city),
            _count(rng, "missiles", 75, 9, subject="missiles", scope=nation),
            _count(rng, "missiles", 41, 2, subject="shot down", scope=nation),
            dict(kind="missiles", low=24, qualifier="vague", subject="missiles", scope=nation),
            _count(
                rng, "other_count", 8, 6, subject=rng.choice(["regions", "region"]), scope=nation
            ),
        ]
        for _ in range(CLAIMS_PER_ARTICLE - len(specs)):
            words = rng.choice(quotes)
            if rng.random() < 0.3:  # a fragment
                w = words.split()
                i = rng.randrange(len(w))
                words = " ".join(w[i : i + 4])
            elif rng.random() < 0.1:  # a word dropped
                w = words.split()
                del w[rng.randrange(len(w))]
                words = " ".join(w)
            specs.append(dict(kind="quote", quote=words, speaker=rng.choice(spk)))
        claims = tuple(
            Claim(id=f"{aid}:{i}", article=aid, start=20 * i, end=20 * i + 10, **s)
            for i, s in enumerate(specs)
        )
        date = f"2022-10-{10 + day:02d}"
        out.append(ArticleClaims(Article(id=aid, source=f"Outlet {a}", published=date), claims))
    return out


def _frozen_cpu(fn) -> float:
    """CPU seconds of ``fn()`` with the inputs built so far frozen out of the collector.

    The benchmark's own input (100k claims) would otherwise be rescanned by every full
    collection, a cost of holding the input rather than of reconciling it.
    """
    gc.collect()
    gc.freeze()
    try:
        t0 = time.process_time()
        fn()
        return time.process_time() - t0
    finally:
        gc.unfreeze()


def _events_cpu(events, found: list[int]) -> float:
    t0 = time.process_time()
    found.append(sum(len(reconcile(ev, today="2022-10-13")) for ev in events))
    return time.process_time() - t0


def _stream(n_events: int, seed: int):
    rng = random.Random(seed)
    for e in range(n_events):
        yield event(e, rng, tag=False)


def per_event_pair(small: int, big: int) -> tuple[float, float, int, int]:
    """Per-event CPU seconds for ``small`` and ``big`` claims, interleaved.

    Events are streamed (one held at a time, as an archive is processed). The big stream is
    timed in ten slices, and the small run is timed again beside each slice, so a machine
    that slows down or speeds up during the run weighs on both sizes alike; the small time is
    the median of those runs, the big time the sum of its slices.
    """
    per_event = ARTICLES_PER_EVENT * CLAIMS_PER_ARTICLE
    n_small, n_big = small // per_event, big // per_event
    stream = _stream(n_big, big)
    slice_size = max(1, n_big // 10)
    small_times, big_time = [], 0.0
    small_found: list[int] = []
    big_found: list[int] = []
    done = 0
    while done < n_big:
        evs = [next(stream) for _ in range(min(slice_size, n_big - done))]
        done += len(evs)
        big_time += _events_cpu(evs, big_found)
        small_times.append(_events_cpu(list(_stream(n_small, small)), small_found))
    return statistics.median(small_times), big_time, small_found[0], sum(big_found)


def one_call_pair(small: int, big: int) -> tuple[float, float]:
    """CPU seconds of one ``reconcile`` call on all events, small run before and after big."""

    def build(n_claims: int) -> list[ArticleClaims]:
        n_events = n_claims // (ARTICLES_PER_EVENT * CLAIMS_PER_ARTICLE)
        rng = random.Random(n_claims)
        return [ac for e in range(n_events) for ac in event(e, rng, tag=True)]

    small_arts = build(small)
    t_small = _frozen_cpu(lambda: reconcile(small_arts, today="2022-10-13"))
    big_arts = build(big)
    t_big = _frozen_cpu(lambda: reconcile(big_arts, today="2022-10-13"))
    big_arts.clear()  # free the big input before timing the small one again
    t_small = (t_small + _frozen_cpu(lambda: reconcile(small_arts, today="2022-10-13"))) / 2
    return t_small, t_big


def run_pair(small: int = 10_000, big: int = 100_000) -> dict[str, float]:
    """Both modes for both sizes: CPU seconds and findings."""
    s_ev, b_ev, s_n, b_n = per_event_pair(small, big)
    s_one, b_one = one_call_pair(small, big)
    return {
        "small_events": s_ev,
        "big_events": b_ev,
        "small_one": s_one,
        "big_one": b_one,
        "small_findings": s_n,
        "big_findings": b_n,
    }


def report(r: dict[str, float], *, indent: str = "", target: str = "linear = 10x") -> None:
    """Print :func:`run_pair`'s CPU seconds and ratios."""
    print(f"{indent}10k claims: per-event {r['small_events']:.2f}s, one call {r['small_one']:.2f}s")
    print(f"{indent}100k claims: per-event {r['big_events']:.2f}s, one call {r['big_one']:.2f}s")
    print(
        f"{indent}ratio 100k/10k: per-event {r['big_events'] / r['small_events']:.1f}x, "
        f"one call {r['big_one'] / r['small_one']:.1f}x ({target})"
    )


def main() -> None:
    r = run_pair()
    # CPU seconds of this process: other load on a shared machine does not count
    print(f"findings per event mode: {r['small_findings']} (10k), {r['big_findings']} (100k)")
    report(r)


if __name__ == "__main__":
    main()
