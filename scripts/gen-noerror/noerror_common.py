"""Shared pieces for the no-error log generators (stdlib only).

Every generator builds a *pool* of records once (deterministic per seed), then writes records
picked from the pool until the size budget is spent. A record is a list of pieces: a str is
copied as is, an int is a timestamp placeholder of that kind, filled from a clock that only
moves forward. That keeps the output varied, realistic and fast (well over 20 MB/s).
"""
import random
import sys
import time

# ---------------------------------------------------------------------------------------------
# timestamp kinds
EPOCH_MS, ISO_MS, EPOCH_F, RFC3339, POWERTOOLS, CLF, PYLOG, SERILOG, EPOCH_S, ISO_US, GUNI, \
    NGINX_ERR, KLOG, GO_STD, SYSLOG = range(15)

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Clock:
    """Milliseconds since the epoch, moving forward; formats the current instant."""

    def __init__(self, start_ms):
        self.ms = start_ms
        self._sec = -1
        self._pre = None

    def advance(self, step_ms):
        self.ms += step_ms

    def _prefixes(self, sec):
        t = time.gmtime(sec)
        y, mo, d, H, M, S = t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
        date = f"{y:04d}-{mo:02d}-{d:02d}"
        hms = f"{H:02d}:{M:02d}:{S:02d}"
        self._pre = {
            "iso": f"{date}T{hms}",
            "py": f"{date} {hms}",
            "clf": f"{d:02d}/{_MONTHS[mo - 1]}/{y:04d}:{hms} +0000",
            "nginx": f"{y:04d}/{mo:02d}/{d:02d} {hms}",
            "klog": f"{mo:02d}{d:02d} {hms}",
            "syslog": f"{_MONTHS[mo - 1]} {d:2d} {hms}",
            "sec": str(sec),
        }
        self._sec = sec

    def fmt(self, kind):
        sec, ms = divmod(self.ms, 1000)
        if sec != self._sec:
            self._prefixes(sec)
        p = self._pre
        if kind == ISO_MS:
            return f"{p['iso']}.{ms:03d}Z"
        if kind == EPOCH_MS:
            return f"{p['sec']}{ms:03d}"
        if kind == EPOCH_F:          # followed by extra digits in the record itself
            return f"{p['sec']}.{ms:03d}"
        if kind == RFC3339:
            return p["iso"] + "Z"
        if kind == POWERTOOLS:
            return f"{p['py']},{ms:03d}+0000"
        if kind == CLF:
            return p["clf"]
        if kind == PYLOG:
            return f"{p['py']},{ms:03d}"
        if kind == SERILOG:
            return f"{p['iso']}.{ms:03d}"   # record adds 4 more digits and Z
        if kind == EPOCH_S:
            return p["sec"]
        if kind == ISO_US:
            return f"{p['iso']}.{ms:03d}"   # record adds 3 more digits and Z
        if kind == GUNI:
            return p["py"] + " +0000"
        if kind == NGINX_ERR:
            return p["nginx"]
        if kind == KLOG:
            return f"{p['klog']}.{ms:03d}"
        if kind == GO_STD:
            return p["nginx"]
        if kind == SYSLOG:
            return p["syslog"]
        raise ValueError(kind)


def write_pool(pool, mb, seed, out=None, weights=None):
    """Write records from pool (lists of str / int pieces) until mb megabytes are written."""
    out = out or sys.stdout
    rng = random.Random(seed * 7919 + 17)
    clock = Clock(1795996800000 + rng.randrange(86400000))  # 2026-12-01 + some hours
    budget = int(mb * 1024 * 1024)
    written = 0
    buf = []
    size = 0
    n = len(pool)
    rand = rng.random
    fmt = clock.fmt
    while written < budget:
        rec = pool[int(rand() * n)]
        clock.ms += 1 + int(rand() * rand() * 1500)
        if len(rec) == 1:
            s = rec[0]
        else:
            parts = []
            for p in rec:
                if p.__class__ is str:
                    parts.append(p)
                else:  # lines of one block are a few milliseconds apart
                    clock.ms += int(rand() * 40)
                    parts.append(fmt(p))
            s = "".join(parts)
        buf.append(s)
        size += len(s)
        if size > 1 << 18:
            chunk = "".join(buf)
            out.write(chunk)
            written += len(chunk.encode())
            buf = []
            size = 0
    if buf:
        out.write("".join(buf))
    out.flush()


def split_pieces(text):
    """'...\\x00N\\x00...' -> ['...', N, '...'] (timestamp placeholders written as \\x00N\\x00)."""
    out = []
    for i, part in enumerate(text.split("\x00")):
        if i % 2:
            out.append(int(part))
        elif part:
            out.append(part)
    return out


def T(kind):
    """Placeholder for a timestamp of this kind inside a record's text."""
    return f"\x00{kind}\x00"


# ---------------------------------------------------------------------------------------------
# vocabulary
HOSTS = ["api-7d9f8b6c5-x2kqp", "web-1", "ip-10-0-3-17", "worker-5b8c9d7f4-mzq8w", "gw-prod-2",
         "MacBook-Pro.local", "ci-runner-13", "app-0", "svc-orders-6f7d", "edge-fra-03"]
SERVICES = ["orders", "billing-api", "gateway", "chat-backend", "search", "notifier",
            "summarizer", "ingest", "auth-service", "catalog", "rag-worker", "webhooks"]
USERS = ["u_18273", "u_99120", "u_40411", "alice@example.com", "b.smith", "svc-cron",
         "u_55102", "guest", "u_10007", "carol"]
PATHS = ["/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/users/me", "/healthz", "/readyz",
         "/metrics", "/api/v2/search?q=shoes&page=2", "/v1/chat", "/v1/embeddings",
         "/api/v1/invoices/{id}/pdf", "/static/app.3f9c1e.js", "/favicon.ico", "/login",
         "/api/v1/sessions", "/api/v1/cart/items", "/graphql", "/ws", "/api/v1/webhooks/stripe",
         "/", "/docs", "/openapi.json", "/api/v1/files/{id}", "/api/v1/reports?from=2026-11-01",
         "/v1/completions/stream", "/api/v1/products?category=7&sort=price"]
METHODS = ["GET", "GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "curl/8.5.0", "kube-probe/1.30", "python-requests/2.32.3", "python-httpx/0.27.2",
    "OpenAI/Python 1.55.3", "Anthropic/Python 0.40.0", "axios/1.7.7", "Go-http-client/2.0",
    "okhttp/4.12.0", "Prometheus/2.55.1", "ELB-HealthChecker/2.0", "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "GitHub-Hookshot/8e3f2a1", "node-fetch/1.0",
]
OK_STATUSES = [200] * 30 + [201] * 5 + [204] * 4 + [304] * 4 + [301, 302, 302, 101, 206, 202, 307, 308]
REFERERS = ["-", "-", "-", "https://example.com/", "https://shop.example.com/cart",
            "https://www.google.com/", "https://app.example.com/dashboard"]

# outbound API calls that succeeded: (provider, method, url, extra-fields maker)
MODELS_OPENAI = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "o3-mini", "text-embedding-3-small"]
MODELS_ANTHROPIC = ["claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-sonnet-4-20250514"]
MODELS_GEMINI = ["gemini-1.5-flash", "gemini-2.0-flash", "gemini-1.5-pro"]


class Gen:
    """Random values with the shapes real logs carry."""

    def __init__(self, rng):
        self.r = rng

    def hex(self, n):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randrange(4)]}{h[17:20]}-{h[20:]}"

    def b62(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(a[self.r.randrange(62)] for _ in range(n))

    def ip(self):
        r = self.r
        c = r.random()
        if c < 0.4:
            return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if c < 0.5:
            return "127.0.0.1"
        if c < 0.6:
            return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        return f"{r.choice([34, 52, 81, 89, 95, 104, 142, 185, 203, 213])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def path(self):
        p = self.r.choice(PATHS)
        if "{id}" in p:
            p = p.replace("{id}", str(self.r.randrange(1000, 999999)))
        return p

    def ua(self):
        return self.r.choice(UAS)

    def status(self):
        return self.r.choice(OK_STATUSES)

    def ms(self, hi=900):
        r = self.r.random()
        return int(1 + r * r * hi)

    def trace(self):
        return self.hex(32)

    def span(self):
        return self.hex(16)

    def req_id(self):
        c = self.r.randrange(6)
        if c == 0:
            return self.uuid()
        if c == 1:
            return "req_" + self.b62(24)
        if c == 2:
            return self.hex(16)
        if c == 3:
            return f"{self.r.choice(HOSTS)}/{self.b62(10)}-{self.r.randrange(1, 999999):06d}"
        if c == 4:
            return self.b62(20)
        return str(self.r.randrange(1, 99999))

    def xray(self):
        return f"1-{self.hex(8)}-{self.hex(24)}"

    def usage_openai(self):
        p = self.r.randrange(20, 6000)
        c = self.r.randrange(1, 1200)
        return p, c, p + c

    def choice(self, seq):
        return self.r.choice(seq)

    def rnd(self):
        return self.r.random()

    def randint(self, a, b):
        return self.r.randint(a, b)


def outbound_call(g):
    """A successful call to a public API, as (provider, method, url, status, fields dict, rid)."""
    r = g.rnd()
    if r < 0.25:
        model = g.choice(MODELS_OPENAI)
        emb = model.startswith("text-embedding")
        url = "https://api.openai.com/v1/" + ("embeddings" if emb else g.choice(["chat/completions", "chat/completions", "responses"]))
        p, c, t = g.usage_openai()
        usage = {"prompt_tokens": p, "total_tokens": p} if emb else {"prompt_tokens": p, "completion_tokens": c, "total_tokens": t}
        return ("openai", "POST", url, 200, {"model": model, "usage": usage}, "req_" + g.hex(32))
    if r < 0.42:
        model = g.choice(MODELS_ANTHROPIC)
        i, o = g.randint(30, 9000), g.randint(1, 2000)
        return ("anthropic", "POST", "https://api.anthropic.com/v1/messages", 200,
                {"model": model, "stop_reason": g.choice(["end_turn", "end_turn", "tool_use", "max_tokens"]),
                 "usage": {"input_tokens": i, "output_tokens": o, "cache_read_input_tokens": g.choice([0, 0, 1024, 2048])}},
                "req_011C" + g.b62(20))
    if r < 0.55:
        model = g.choice(MODELS_GEMINI)
        p, c, t = g.usage_openai()
        return ("gemini", "POST",
                f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent", 200,
                {"model": model, "finishReason": "STOP",
                 "usageMetadata": {"promptTokenCount": p, "candidatesTokenCount": c, "totalTokenCount": t}}, None)
    if r < 0.68:
        repo = g.choice(["acme/web", "octo-org/infra", "torvalds/linux", "rust-lang/cargo", "acme/api"])
        ep = g.choice([f"/repos/{repo}/pulls?state=open", f"/repos/{repo}/commits/main/status",
                       f"/repos/{repo}/issues/{g.randint(1, 9000)}/comments", "/user", f"/repos/{repo}/actions/runs?per_page=20"])
        st = 201 if "comments" in ep else g.choice([200, 200, 200, 304])
        return ("github", "POST" if st == 201 else "GET", "https://api.github.com" + ep, st,
                {"x-ratelimit-remaining": g.randint(3000, 4999), "x-ratelimit-limit": 5000},
                f"{g.hex(4).upper()}:{g.hex(5).upper()}:{g.hex(7).upper()}:{g.hex(7).upper()}:{g.hex(8).upper()}")
    if r < 0.78:
        ep = g.choice(["/v1/payment_intents", "/v1/customers", "/v1/refunds", "/v1/checkout/sessions"])
        return ("stripe", "POST", "https://api.stripe.com" + ep, 200, {"livemode": False, "idempotency_key": g.uuid()},
                "req_" + g.b62(14))
    if r < 0.86:
        return ("slack", "POST", "https://slack.com/api/chat.postMessage", 200, {"ok": True, "channel": "C0" + g.b62(9).upper()}, None)
    if r < 0.93:
        return ("openrouter", "POST", "https://openrouter.ai/api/v1/chat/completions", 200,
                {"model": g.choice(["anthropic/claude-3.5-sonnet", "meta-llama/llama-3.1-70b-instruct", "deepseek/deepseek-chat"]),
                 "usage": {"prompt_tokens": g.randint(10, 4000), "completion_tokens": g.randint(1, 900)}}, "gen-" + g.b62(24))
    return ("s3", "PUT", f"https://acme-uploads.s3.us-east-1.amazonaws.com/reports/{g.hex(12)}.pdf", 200,
            {"ETag": '"' + g.hex(32) + '"'}, g.hex(16).upper())
