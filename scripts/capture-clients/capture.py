#!/usr/bin/env python3
"""Run real API clients against the local error server and write labelled corpus entries.

  python3 capture.py --out ../../tests/corpus/clients.jsonl [--only CLIENT,...] [--scenarios ID,...]
                     [--limit N] [--dry-run] [--append]

Needs the venv and node_modules described in README.md (paths set by VENV / NODE_DIR below).
"""
import argparse, json, os, re, shlex, subprocess, sys, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import clients as C
import scenarios as SC
import server

VENV = os.environ.get("CAPTURE_VENV", "/tmp/capvenv")
NODE_DIR = os.environ.get("CAPTURE_NODE_DIR", "/tmp/capnode")
JAVA_CP = os.environ.get("CAPTURE_JAVA_CP", "/tmp/capjava")
GO_BIN = os.environ.get("CAPTURE_GO_BIN", "/tmp/capgobin/apicall")
WORK = "/tmp/capwork"
PY = os.path.join(VENV, "bin", "python")

# client name -> (kind, form, version-key)
CLIENTS = {
    "openai-py": ("py", "python-traceback", "openai"), "anthropic-py": ("py", "python-traceback", "anthropic"),
    "genai-py": ("py", "python-traceback", "google-genai"), "boto3": ("py", "python-traceback", "boto3"),
    "litellm": ("py", "python-traceback", "litellm"), "requests": ("py", "python-traceback", "requests"),
    "requests-print": ("py", "python-traceback", "requests"), "httpx": ("py", "python-traceback", "httpx"),
    "aiohttp": ("py", "python-traceback", "aiohttp"),
    "openai-node": ("node", "js-error", "openai@node"), "anthropic-node": ("node", "js-error", "@anthropic-ai/sdk"),
    "axios": ("node", "js-error", "axios"), "axios-log": ("node", "js-error", "axios"), "fetch": ("node", "js-error", "node"),
    "aws-s3-js": ("node", "js-error", "@aws-sdk/client-s3"),
    "curl-i": ("curl", "curl", "curl"), "curl-v": ("curl", "curl", "curl"), "curl-fail": ("curl", "curl", "curl"),
    "curl-failbody": ("curl", "curl", "curl"),
    "java": ("java", "java-stacktrace", "java"), "go-http": ("go", "go-error", "go"),
}

def versions():
    v = {}
    try:
        out = subprocess.run([PY, "-m", "pip", "freeze"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "==" in line:
                n, ver = line.split("==", 1); v[n.lower()] = ver
    except Exception: pass
    try:
        out = subprocess.run(["npm", "ls", "--depth=0", "--json"], cwd=NODE_DIR, capture_output=True, text=True).stdout
        for n, d in json.loads(out).get("dependencies", {}).items():
            v[n if n != "openai" else "openai@node"] = d.get("version")
    except Exception: pass
    v["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    v["curl"] = subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.split()[1]
    jv = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    v["java"] = re.search(r'"([^"]+)"', jv).group(1)
    gv = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.split()
    v["go"] = gv[2][2:] if len(gv) > 2 else "?"
    return v

# ------------------------------------------------------------------ plan
def plan():
    """Which client sees which scenario.  SDK clients see every scenario of their family; plain HTTP
    clients rotate over all scenarios so that each sees a varied subset."""
    P = []
    generic_rot = ["requests-print", "fetch", "curl-i", "axios", "httpx", "java", "curl-v", "go-http", "requests",
                   "aiohttp", "axios-log", "curl-failbody", "curl-fail"]
    gi = 0
    def gen(sid, n):
        nonlocal gi
        for _ in range(n):
            P.append((generic_rot[gi % len(generic_rot)], sid)); gi += 1
    litellm_ok = {"openai-invalid-api-key", "openai-insufficient-quota", "openai-rate-limit", "openai-context-length",
                  "openai-server-error", "deepseek-insufficient-balance", "groq-rate-limit", "mistral-rate-limit",
                  "openrouter-credits", "newapi-invalid-token", "zhipu-1113-arrears", "anthropic-authentication",
                  "anthropic-overloaded", "anthropic-credit-balance", "anthropic-rate-limit", "openai-model-not-found"}
    for s in SC.S:
        sid, fam = s["id"], s["family"]
        if fam in ("openai", "azure"):
            P += [("openai-py", sid), ("openai-node", sid)]
            if sid in litellm_ok: P.append(("litellm", sid))
            gen(sid, 2)
        elif fam == "anthropic":
            P += [("anthropic-py", sid), ("anthropic-node", sid)]
            if sid in litellm_ok: P.append(("litellm", sid))
            gen(sid, 2)
        elif fam == "gemini":
            P.append(("genai-py", sid)); gen(sid, 3)
        elif fam == "s3":
            P += [("boto3", sid), ("aws-s3-js", sid)]; gen(sid, 1)
        elif fam in ("ec2", "sts", "bedrock", "dynamodb"):
            P.append(("boto3", sid)); gen(sid, 2)
        else:
            if sid in ("nginx-502", "nginx-504", "cloudflare-1020", "nginx-413"):
                P += [("boto3", sid), ("aws-s3-js", sid), ("genai-py", sid)]
            if sid in ("nginx-502", "nginx-504", "cloudflare-1020"):
                P += [("anthropic-py", sid), ("anthropic-node", sid)]
            gen(sid, 3)
    return P

# ------------------------------------------------------------------ run one
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f: f.write(text)

def run_client(client, s, base):
    kind = CLIENTS[client][0]
    env = dict(os.environ, PYTHONUNBUFFERED="1", NO_COLOR="1", FORCE_COLOR="0", LITELLM_LOG="ERROR")
    for k in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"): env.pop(k, None)
    for k in ("NO_PROXY", "no_proxy"): env.pop(k, None)
    shown_cmd = None
    if kind == "py":
        gen = {"openai-py": C.py_openai, "anthropic-py": C.py_anthropic, "genai-py": C.py_genai, "boto3": C.py_boto3,
               "litellm": C.py_litellm, "requests": C.py_requests, "httpx": C.py_httpx, "aiohttp": C.py_aiohttp,
               "requests-print": lambda s, b: C.py_requests(s, b, show_body=True)}[client]
        write(os.path.join(WORK, "app.py"), gen(s, base))
        if client == "boto3" and s["op"] == "put_object":
            with open(os.path.join(WORK, "backup.tar.gz"), "wb") as f: f.write(b"\0" * 4096)
        cmd = [PY, "app.py"]; cwd = WORK
    elif kind == "node":
        gen = {"openai-node": C.js_openai, "anthropic-node": C.js_anthropic, "axios": C.js_axios, "fetch": C.js_fetch,
               "axios-log": lambda s, b: C.js_axios(s, b, log=True), "aws-s3-js": C.js_s3}[client]
        write(os.path.join(NODE_DIR, "index.mjs"), gen(s, base))
        cmd = ["node", "index.mjs"]; cwd = NODE_DIR
    elif kind == "curl":
        c = C.curl_cmd(s, base, client.split("-", 1)[1])
        shown_cmd = c
        flat = c.replace("\\\n  ", " ")
        if client == "curl-v":  # run on a pty, as in a terminal (no progress meter, no "[n bytes data]")
            cmd = ["script", "-qec", flat, "/dev/null"]
        else:
            cmd = ["bash", "-c", flat]
        cwd = WORK
    elif kind in ("java", "go"):
        m, h, body, payload, form = C._js_req(s, base)
        b = json.dumps(payload, ensure_ascii=False) if (m != "GET" and payload is not None) else (form if m != "GET" and form else "")
        hargs = [x for kv in h.items() for x in kv]
        if kind == "java": cmd = ["java", "-cp", JAVA_CP, "com.example.apiclient.ApiClient", m, C.url_for(s, base), b] + hargs
        else: cmd = [GO_BIN, m, C.url_for(s, base), b] + hargs
        cwd = WORK
    os.makedirs(WORK, exist_ok=True)
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    out = p.stdout.decode("utf-8", "replace")
    out = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", out)  # a terminal renders colours; a paste has none
    if kind == "curl":
        out = out.replace("\r\n", "\n")
        out = "$ " + shown_cmd + "\n" + out
    return out.rstrip("\n") + "\n", p.returncode

# ------------------------------------------------------------------ labels
DEFAULT_CAT = {400: "invalid_request", 401: "auth", 402: "billing", 403: "permission", 404: "not_found", 409: "conflict",
               413: "payload_too_large", 422: "invalid_request", 429: "rate_limit", 500: "server_error", 502: "server_error",
               503: "overloaded", 504: "timeout", 529: "overloaded"}

def exception_of(text, kind):
    name = None
    if kind == "py":
        for line in reversed(text.splitlines()):
            m = re.match(r"^([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)(?::\s|:?$)", line)
            if m and not line.startswith(" "):
                name = m.group(1).split(".")[-1]; break
        if "Traceback (most recent call last)" not in text: name = None
    elif kind == "node":
        for line in text.splitlines():
            m = re.match(r"^(?:Uncaught )?([A-Za-z_$][\w$]*)(?: \[[^\]]*\])?(?:\[[^\]]*\])?: ", line)
            if m: name = m.group(1); break
    elif kind == "java":
        m = re.search(r'Exception in thread "\w+" ([\w.$]+)', text)
        if m: name = m.group(1).split(".")[-1]
    if name in ("Error", "Exception", "BaseException", "Unknown"): name = None  # aws-sdk names unmodelled errors "Unknown"
    return name

def variants(v):
    out = {v, json.dumps(v, ensure_ascii=False)[1:-1], json.dumps(v)[1:-1], repr(v)[1:-1], v.replace("'", "\\'"),
           v.replace("&", "&amp;"), v.replace('"', "&quot;"), v.replace("'", "&#39;")}
    return [x for x in out if x]

def printed(v, text, short_code=False, word=False):
    if v is None: return False
    if short_code and len(v) <= 5:  # a short code must stand as a code, not inside a date or a number
        pat = r"(?:code\W{0,4}|\[|<span>|Error )" + re.escape(v) + r"(?![\w.])"
        return re.search(pat, text, re.I) is not None
    if word:  # a type or code must stand alone, not inside a class name (NotFound in NotFoundError)
        return any(re.search(r"(?<![A-Za-z0-9_])" + re.escape(x) + r"(?![A-Za-z0-9_])", text) for x in variants(v))
    return any(x in text for x in variants(v))

def strip_reason(text, s):
    """Remove the places where a client prints the HTTP reason phrase, so that a body field
    equal to a reason phrase ("Unauthorized", "Forbidden", "401 Unauthorized") is not taken as printed."""
    import http
    st = s["status"]
    try: phrase = http.HTTPStatus(st).phrase
    except ValueError: return text
    if s.get("reason"): return text  # a custom reason phrase is the service's own words (PyPI)
    pats = [f"HTTP/1.1 {st} {phrase}", f"{st} Client Error: {phrase} for url", f"{st} Server Error: {phrase} for url",
            f"'{st} {phrase}'", f"message='{phrase}'", f"status {st} {phrase}"]
    if st == 504: pats.append(f"{st} Gateway Time-out")
    for p in pats: text = text.replace(p, " ")
    # a bare "<status> <phrase>" (status lines), but not one quoted as a body value
    return re.sub(r"(?<![\"'])%d %s(?![\"'])" % (st, re.escape(phrase)), " ", text)

def label(s, client, text, vars):
    kind = CLIENTS[client][0]
    fill = lambda t: server.fill(t, vars) if t else None
    joined = re.sub(r"'\s*\+\n\s*'", "", text)  # Node's util.inspect splits long strings
    clean = strip_reason(joined, s)
    etype, ecode, msg, rid = fill(s["etype"]), fill(s["ecode"]), fill(s["msg"]), fill(s["rid"])
    msg = msg if printed(msg, clean) else None
    if msg is None and s.get("msg_alt") and printed(s["msg_alt"], clean):
        msg = s["msg_alt"]
    rest = clean
    for v in variants(fill(s["msg"]) or "\0"):
        rest = rest.replace(v, " ")
    exc = exception_of(text, kind)
    if exc:  # the client's own class name (openai.AuthenticationError) is not the body's code
        rest = re.sub(r"[\w.]*(?<![A-Za-z0-9_])" + re.escape(exc) + r"(?=[:\s\[]|$)", " ", rest, flags=re.M)
    etype = etype if printed(etype, rest, word=True) else None
    ecode = ecode if printed(ecode, rest, short_code=True, word=True) else None
    rid = rid if printed(rid, joined) else None
    st = s["status"]
    status = st if (st != 200 and re.search(r"(?<![\w.])%d(?![\w.])" % st, joined)) else None
    # the text must show the body-derived field by itself, not just an echo of the status
    body_shown = any(x is not None for x in (etype, ecode, msg))
    category = s["category"]
    if not body_shown and status is not None and s["provider"] != "generic-http":
        category = DEFAULT_CAT.get(status, "unknown")
    provider = s["provider"]
    sdk_for = {"anthropic-py": "anthropic", "anthropic-node": "anthropic", "genai-py": "gemini", "boto3": "aws", "aws-s3-js": "aws"}
    knows = body_shown or rid is not None or s["distinct_path"] or sdk_for.get(client) == provider \
        or (client in ("openai-py", "openai-node") and provider in ("openai", "azure-openai")) \
        or (client in ("openai-py", "openai-node") and s["family"] == "azure")
    if provider == "generic-http": knows = True
    # an HTTP error whose service the text does not show is "generic-http" (as in dev.jsonl's
    # generic-http-001: a bare requests HTTPError 401)
    if not knows: provider = "generic-http"
    if provider == "aws" and client not in ("boto3", "aws-s3-js") and not body_shown and rid is None and not s["distinct_path"]:
        provider = "generic-http"
    return {"status": status, "exception": exception_of(text, kind), "error_type": etype, "error_code": ecode,
            "message": msg, "request_id": rid, "provider": provider, "category": category}

# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "tests", "corpus", "clients.jsonl"))
    ap.add_argument("--only", help="comma-separated clients")
    ap.add_argument("--scenarios", help="comma-separated scenario ids")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--relabel", action="store_true", help="recompute the labels of --out from its inputs and the saved vars")
    ap.add_argument("--redo", help="comma-separated entry ids of --out to capture again in place")
    ap.add_argument("--matrix", action="store_true", help="every --only client x every --scenarios scenario, ignoring the plan")
    ap.add_argument("--dry-run", action="store_true", help="print captures, write nothing")
    ap.add_argument("--append", action="store_true", help="append after existing entries (ids continue)")
    a = ap.parse_args()
    if a.relabel:
        V = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(WORK, "vars.jsonl"))}
        rows = [json.loads(l) for l in open(a.out) if l.strip()]
        changed = 0
        for e in rows:
            v = V[e["id"]]
            new = label(SC.BY_ID[v["scenario"]], v["client"], e["input"], v["vars"])
            if new != e["expect"]: changed += 1
            e["expect"] = new
        with open(a.out, "w") as f:
            for e in rows: f.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(f"relabelled {len(rows)} entries, {changed} changed"); return
    ver = versions()
    if a.redo:
        V = [json.loads(l) for l in open(os.path.join(WORK, "vars.jsonl"))]
        rows = [json.loads(l) for l in open(a.out) if l.strip()]
        srv = server.start(0); base = "http://127.0.0.1:%d" % srv.server_address[1]
        for eid in a.redo.split(","):
            vi = next(i for i, v in enumerate(V) if v["id"] == eid)
            client, sid = V[vi]["client"], V[vi]["scenario"]; s = SC.BY_ID[sid]
            urllib.request.urlopen(urllib.request.Request(base + "/__scenario/" + sid, method="POST")).read()
            text, rc = run_client(client, s, base)
            vars = json.loads(urllib.request.urlopen(base + "/__last").read())
            V[vi]["vars"] = vars
            e = next(e for e in rows if e["id"] == eid)
            e["input"] = text; e["expect"] = label(s, client, text, vars)
            print(eid, client, sid, "rc=%d" % rc); print(text[-600:]); print(json.dumps(e["expect"], ensure_ascii=False))
        with open(a.out, "w") as f:
            for e in rows: f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(WORK, "vars.jsonl"), "w") as f:
            for v in V: f.write(json.dumps(v) + "\n")
        srv.shutdown(); return
    P = plan()
    if a.matrix: P = [(c, sid) for sid in a.scenarios.split(",") for c in a.only.split(",")]
    if a.only: P = [x for x in P if x[0] in a.only.split(",")]
    if a.scenarios: P = [x for x in P if x[1] in a.scenarios.split(",")]
    if a.limit: P = P[: a.limit]
    srv = server.start(0)
    base = "http://127.0.0.1:%d" % srv.server_address[1]
    n0 = 0
    if a.append and os.path.exists(a.out):
        n0 = sum(1 for l in open(a.out) if l.strip())
    elif not a.dry_run:
        open(a.out, "w").close()
        os.makedirs(WORK, exist_ok=True); open(os.path.join(WORK, "vars.jsonl"), "w").close()
    n = n0
    for client, sid in P:
        s = SC.BY_ID[sid]
        urllib.request.urlopen(urllib.request.Request(base + "/__scenario/" + sid, method="POST")).read()
        t0 = time.time()
        try:
            text, rc = run_client(client, s, base)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {client} {sid}", file=sys.stderr); continue
        vars = json.loads(urllib.request.urlopen(base + "/__last").read())
        if vars.get("scenario") != sid:
            print(f"NO REQUEST {client} {sid}:\n{text}", file=sys.stderr); continue
        vk = CLIENTS[client][2]
        cname = {"requests-print": "requests (printing the body)", "axios-log": "axios (console.log(err))", "fetch": "node fetch",
                 "curl-i": "curl -sS -i", "curl-v": "curl -v", "curl-fail": "curl -sS --fail", "curl-failbody": "curl -sS --fail-with-body",
                 "java": "java.net.http.HttpClient (Java)", "go-http": "Go net/http", "openai-node": "openai (node)",
                 "anthropic-node": "@anthropic-ai/sdk", "openai-py": "openai (python)", "anthropic-py": "anthropic (python)",
                 "genai-py": "google-genai", "aws-s3-js": "@aws-sdk/client-s3"}.get(client, client)
        n += 1
        e = {"id": "clients-%04d" % n,
             "source": f"scripts/capture-clients: {cname} {ver.get(vk, '?')} vs {sid}",
             "form": CLIENTS[client][1], "input": text, "expect": label(s, client, text, vars)}
        if a.dry_run:
            print("=" * 30, e["id"], client, sid, "rc=%d %.1fs" % (rc, time.time() - t0)); print(text); print(json.dumps(e["expect"], ensure_ascii=False))
            n -= 0
        else:
            with open(a.out, "a") as f: f.write(json.dumps(e, ensure_ascii=False) + "\n")
            with open(os.path.join(WORK, "vars.jsonl"), "a") as f: f.write(json.dumps({"id": e["id"], "client": client, "scenario": sid, "vars": vars}) + "\n")
            print(f"{e['id']} {client:15s} {sid:32s} rc={rc} {time.time() - t0:.1f}s", flush=True)
    srv.shutdown()

if __name__ == "__main__":
    main()
