#!/usr/bin/env python3
"""Write a JSON-lines style log of successful requests, with NO API error in it, to stdout.

    python3 jsonl_success.py --mb 50 --seed 1 > /tmp/ok50.jsonl

Mixes the real record layouts of pino / pino-http, bunyan, winston, zap, zerolog, logrus (JSON
formatter), Go slog, structlog, Serilog (CLEF), Spring logstash JSON, GCP structured logs, AWS Lambda
Powertools (with START/END/REPORT lines), Caddy access logs, uvicorn / gunicorn access logs (text),
httpx INFO lines, and nginx / Apache combined access lines with 1xx-3xx statuses. Outbound calls
to api.openai.com, api.anthropic.com, generativelanguage.googleapis.com, api.github.com,
api.stripe.com, slack.com, openrouter.ai and S3 all succeed, with token usage and request ids.
Deterministic per --seed.
"""
import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the repo free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from noerror_common import Gen, write_pool  # noqa: E402
from success_families import build_pool  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pool", type=int, default=20000, help="distinct records to draw from")
    args = ap.parse_args()
    g = Gen(random.Random(args.seed))
    pool = build_pool(g, args.pool)
    try:
        write_pool(pool, args.mb, args.seed)
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == "__main__":
    main()
