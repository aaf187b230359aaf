"""Dump every claim extracted from the dev corpus, to check that an optimisation changes nothing.

The input is every ``/work/shared/corpus/*/articles.jsonl`` (or ``../shared/corpus``) plus
``seeds/``; with ``--stress`` also each article cut into single sentences and paragraphs, and
pairs of articles glued together, so the rule modules see the same sentences in other
contexts (other speaker state, other neighbours).

Run it before and after a change and diff the two files::

    python benchmarks/dump_claims.py --stress > /tmp/before.json
    # ... change the code ...
    python benchmarks/dump_claims.py --stress > /tmp/after.json
    cmp /tmp/before.json /tmp/after.json && echo identical

Example:
    >>> texts = corpus_texts()
    >>> len(texts) > 2
    True
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIRS = (Path("/work/shared/corpus"), ROOT.parent / "shared" / "corpus")


def corpus_texts() -> list[tuple[str, str]]:
    """``(id, text)`` of every dev-corpus article and seed, in a fixed order.

    Falls back to ``seeds/`` alone when the shared corpus is absent.
    """
    out: list[tuple[str, str]] = []
    for base in CORPUS_DIRS:
        if base.is_dir():
            for path in sorted(base.glob("*/articles.jsonl")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        rec = json.loads(line)
                        out.append((f"{path.parent.name}/{rec['id']}", rec["text"]))
            break
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seeds/{path.stem}", path.read_text(encoding="utf-8")))
    return out


def stress_texts(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The same sentences in other contexts: lines alone, sentences alone, articles glued."""
    from factcheck.segment import split_sentences

    out: list[tuple[str, str]] = []
    for aid, text in texts:
        for k, line in enumerate(text.split("\n")):
            if line.strip():
                out.append((f"{aid}#p{k}", line))
        for k, (s, e) in enumerate(split_sentences(text)):
            out.append((f"{aid}#s{k}", text[s:e]))
    for k in range(len(texts) - 1):
        out.append((f"glue{k}", texts[k][1] + "\n\n" + texts[k + 1][1]))
    return out


def dump(model: str = "blank", stress: bool = False) -> list[dict]:
    """Claim dicts of every text, in input order."""
    import factcheck

    texts = corpus_texts()
    if stress:
        texts = texts + stress_texts(texts)
    nlp = factcheck.load(model)
    arts = [{"id": aid, "text": text} for aid, text in texts]
    return [c.to_dict() for ac in factcheck.extract(arts, nlp=nlp) for c in ac.claims]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="blank")
    p.add_argument("--stress", action="store_true", help="also sentences/lines/glued articles")
    args = p.parse_args()
    rows = dump(args.model, args.stress)
    json.dump(rows, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
    print(f"{len(rows)} claims", file=sys.stderr)


if __name__ == "__main__":
    main()
