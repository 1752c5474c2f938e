#!/usr/bin/env python3
"""Check a corpus JSONL file: valid JSON per line, required keys, `expect` null or exactly the 8 label keys."""
import json, sys

KEYS = {"status", "exception", "error_type", "error_code", "message", "request_id", "provider", "category"}
FORMS = {"python-traceback", "js-error", "raw-json", "curl", "http-response", "log-line", "go-error", "java-stacktrace", "cli-output", "other"}
CATS = {"auth", "permission", "billing", "rate_limit", "overloaded", "not_found", "model_not_found", "invalid_request", "context_length",
        "payload_too_large", "content_filter", "timeout", "server_error", "network", "tls", "conflict", "unknown"}

def main(path):
    bad, ids, n = 0, set(), 0
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip(): continue
        n += 1
        try:
            e = json.loads(line)
        except Exception as ex:
            print(f"line {i}: not JSON: {ex}"); bad += 1; continue
        probs = []
        if set(e) != {"id", "source", "form", "input", "expect"}: probs.append(f"keys {sorted(e)}")
        if e.get("id") in ids: probs.append("duplicate id")
        ids.add(e.get("id"))
        if e.get("form") not in FORMS: probs.append(f"form {e.get('form')}")
        if not isinstance(e.get("input"), str) or not e["input"].strip(): probs.append("empty input")
        x = e.get("expect")
        if x is not None:
            if set(x) != KEYS: probs.append(f"expect keys {sorted(x)}")
            else:
                if x["status"] is not None and not isinstance(x["status"], int): probs.append("status not int")
                if x["category"] not in CATS: probs.append(f"category {x['category']}")
                if x["exception"] in ("Error", "Exception"): probs.append("bare exception name")
                for k in ("message", "error_type", "error_code", "request_id"):
                    v = x[k]
                    if v is not None and not isinstance(v, str): probs.append(f"{k} not a string")
        if probs:
            bad += 1; print(f"line {i} ({e.get('id')}): " + "; ".join(probs))
    print(f"{n} entries, {bad} with problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "../../tests/corpus/clients.jsonl"))
