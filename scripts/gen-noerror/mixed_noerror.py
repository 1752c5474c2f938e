#!/usr/bin/env python3
"""Write a mixed log with NO API error in it to stdout: healthy traffic and the look-alikes.

    python3 mixed_noerror.py --mb 20 --seed 1 > /tmp/mixed20.log

Besides the records of jsonl_success.py (about half the lines), it holds blocks of the families
that are not API errors: application errors at level error (validation failures, duplicate keys,
permission denied on files, KeyError in user code), passing test runs whose names mention errors
(jest, vitest, cargo test, pytest, go test, Maven Surefire), documentation and code about errors
(example error bodies in markdown code blocks, FAQ headings, switch statements over status codes,
grep output), Prometheus metrics with status labels, retries that then succeeded (pip, OpenAI /
Anthropic SDK, cargo, npm, tenacity), build output with warnings, deprecation warnings,
Kubernetes events of normal pods and docker pull progress. Deterministic per --seed.
"""
import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the repo free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from mixed_families import FAMILIES  # noqa: E402
from noerror_common import Gen, split_pieces, write_pool  # noqa: E402
from success_families import build_pool  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pool", type=int, default=12000, help="distinct blocks of each half to draw from")
    args = ap.parse_args()
    g = Gen(random.Random(args.seed))
    pool = build_pool(g, args.pool)
    table = []
    for _name, fn, w in FAMILIES:
        table += [fn] * w
    # blocks are several lines each: fewer of them keep the line shares about even
    pool += [split_pieces(g.choice(table)(g)) for _ in range(args.pool // 3)]
    try:
        write_pool(pool, args.mb, args.seed)
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == "__main__":
    main()
