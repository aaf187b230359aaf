"""Benchmark: reconcile time for 10k and 100k synthetic claims (a script, not a test).

Each synthetic event has 20 articles x 10 claims drawn from realistic groups: national and
city death / injury tolls that rise over three days, launched and intercepted missiles, a
vague "dozens", a regions count and a few quotes (some fragments, some re-worded, one
misattributed). Two timings per size:

* ``per-event``: ``reconcile`` called once per event (how the library is used);
* ``one call``: all events in a single ``reconcile`` call, each event with its own place
  names and speakers, so the cost shows that blocking keeps it near linear.

Run: ``python benchmarks/bench_reconcile.py``.
"""

from __future__ import annotations

import random
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


def run(n_claims: int) -> tuple[float, float, int]:
    per_event = ARTICLES_PER_EVENT * CLAIMS_PER_ARTICLE
    n_events = n_claims // per_event
    rng = random.Random(n_claims)
    events = [event(e, rng, tag=False) for e in range(n_events)]
    t0 = time.process_time()
    n_findings = sum(len(reconcile(ev, today="2022-10-13")) for ev in events)
    t_events = time.process_time() - t0
    rng = random.Random(n_claims)
    everything = [ac for e in range(n_events) for ac in event(e, rng, tag=True)]
    t0 = time.process_time()
    reconcile(everything, today="2022-10-13")
    t_one = time.process_time() - t0
    return t_events, t_one, n_findings


def main() -> None:
    small_events, small_one, small_n = run(10_000)
    big_events, big_one, big_n = run(100_000)
    # CPU seconds of this process: other load on a shared machine does not count
    print("claims   per-event (cpu s)   one call (cpu s)   findings (per-event)")
    print(f"10,000   {small_events:17.2f}   {small_one:16.2f}   {small_n}")
    print(f"100,000  {big_events:17.2f}   {big_one:16.2f}   {big_n}")
    print(
        f"ratio 100k/10k: per-event {big_events / small_events:.1f}x, "
        f"one call {big_one / small_one:.1f}x (linear = 10x)"
    )


if __name__ == "__main__":
    main()
