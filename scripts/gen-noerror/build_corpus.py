#!/usr/bin/env python3
"""Write tests/corpus/noerror.jsonl: texts with NO API error, each labelled "expect": null.

    python3 scripts/gen-noerror/build_corpus.py > tests/corpus/noerror.jsonl

Hand-written entries (corpus_texts.py, corpus_texts2.py) plus short JSON-lines / access-log
samples drawn from the generators' families (success_families.py), one logger per entry and a few
mixed pastes. Deterministic. Every entry is checked: 3-60 lines, valid fields.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the repo free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus_texts2  # noqa: E402,F401  (appends to corpus_texts.E)
import success_families as sf  # noqa: E402
from corpus_texts import E  # noqa: E402
from noerror_common import Clock, Gen, split_pieces  # noqa: E402

DOCS = {
    "pino": "https://github.com/pinojs/pino (README output example)",
    "pino-http": "https://github.com/pinojs/pino-http#example",
    "pino outbound": "https://github.com/pinojs/pino (child logger fields)",
    "bunyan": "https://github.com/trentm/node-bunyan#core-fields",
    "winston": "https://github.com/winstonjs/winston#formats (format.json + timestamp)",
    "zap": "https://pkg.go.dev/go.uber.org/zap#NewProduction",
    "zerolog": "https://github.com/rs/zerolog (hlog access handler fields)",
    "logrus": "https://github.com/sirupsen/logrus#formatters (JSONFormatter)",
    "slog": "https://pkg.go.dev/log/slog#JSONHandler",
    "structlog": "https://www.structlog.org/en/stable/api.html#structlog.processors.JSONRenderer",
    "powertools": "https://docs.powertools.aws.dev/lambda/python/latest/core/logger/",
    "uvicorn": "https://www.uvicorn.org/settings/#logging (uvicorn.access)",
    "gunicorn": "https://docs.gunicorn.org/en/stable/settings.html#access-log-format",
    "gunicorn boot": "https://docs.gunicorn.org/en/stable/settings.html#errorlog",
    "httpx": "https://www.python-httpx.org/logging/",
    "serilog": "https://github.com/serilog/serilog-formatting-compact",
    "logstash": "https://github.com/logfellow/logstash-logback-encoder#standard-fields",
    "gcp": "https://cloud.google.com/logging/docs/structured-logging",
    "envelope": "scripts/gen-noerror: success envelopes (code 0 / errcode 0 / success true)",
    "caddy": "https://caddyserver.com/docs/caddyfile/directives/log (JSON access log)",
    "nginx": "https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format (combined)",
    "apache": "https://httpd.apache.org/docs/2.4/logs.html#combined",
}
FORMS = {"uvicorn": "log-line", "gunicorn": "log-line", "nginx": "log-line", "apache": "log-line"}


def render(text, clock, rng):
    out = []
    for p in split_pieces(text):
        if isinstance(p, str):
            out.append(p)
        else:
            clock.advance(rng.randint(1, 900))
            out.append(clock.fmt(p))
    return "".join(out)


def generated(rng):
    fams = {name: fn for name, fn, _w in sf.FAMILIES}
    entries = []
    g = Gen(rng)
    clock = Clock(1796000000000)
    for name, fn, _w in sf.FAMILIES:
        k = 1 if name == "gunicorn boot" else rng.randint(4, 12)
        text = "".join(render(fn(g), clock, rng) for _ in range(k))
        entries.append(("json-success", f"scripts/gen-noerror: {name} ({DOCS[name]})", FORMS.get(name, "log-line"), text))
    mixes = [("uvicorn", "httpx", "structlog"), ("nginx", "pino-http", "pino outbound"),
             ("caddy", "zap", "zerolog"), ("powertools", "powertools", "httpx"),
             ("apache", "gunicorn", "logstash"), ("serilog", "gcp", "envelope"),
             ("winston", "bunyan", "pino outbound"), ("logrus", "slog", "zap")]
    for mix in mixes:
        text = "".join(render(fams[rng.choice(mix)](g), clock, rng) for _ in range(rng.randint(6, 14)))
        entries.append(("json-success", "scripts/gen-noerror: mixed " + " + ".join(dict.fromkeys(mix)), "log-line", text))
    return entries


def main():
    rng = random.Random(20261206)
    entries = generated(rng) + E
    out = sys.stdout
    seen = set()
    for i, (family, source, form, text) in enumerate(entries, 1):
        n = text.count("\n")
        if not 3 <= n <= 60:
            raise SystemExit(f"entry {i} ({family}, {source}) has {n} lines")
        if text in seen:
            raise SystemExit(f"entry {i} repeats another")
        seen.add(text)
        rec = {"id": f"noerror-{i:04d}", "source": f"{family}: {source}", "form": form,
               "input": text, "expect": None}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
