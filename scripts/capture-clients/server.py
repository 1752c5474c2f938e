"""Local error server: answers every request with the current scenario's status, headers and body.

Control endpoints (not part of any scenario):
  POST /__scenario/<id>   make <id> the current scenario
  GET  /__last            JSON of the values filled into the last scenario response (RID, KEYMASK)
Run alone:  python3 server.py [--port N]   (prints the port)
"""
import json, random, re, string, sys, threading, time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import scenarios

_rng = random.Random()
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def rid(kind):
    r = _rng
    if kind == "openai": return "req_" + "".join(r.choice(HEX) for _ in range(32))
    if kind == "uuid":
        h = "".join(r.choice(HEX) for _ in range(32)); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if kind == "anthropic": return "req_011C" + "".join(r.choice(ALNUM) for _ in range(20))
    if kind == "oneapi": return time.strftime("%Y%m%d%H%M%S", time.gmtime()) + "".join(r.choice(string.digits) for _ in range(9)) + "".join(r.choice(string.ascii_letters) for _ in range(8))
    if kind == "zhipu": return time.strftime("%Y%m%d%H%M%S", time.gmtime()) + "".join(r.choice(HEX) for _ in range(16))
    if kind == "hex32": return "".join(r.choice(HEX) for _ in range(32))
    if kind == "qianfan": return "as-" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(10))
    if kind == "ark": return "021" + str(int(time.time() * 1000)) + "".join(r.choice(HEX) for _ in range(37))
    if kind == "groq": return "req_01" + "".join(r.choice(B32.lower()) for _ in range(24))
    if kind == "hf": return "Root=1-%08x-%s" % (int(time.time()), "".join(r.choice(HEX) for _ in range(24)))
    if kind == "s3": return "".join(r.choice(B32[:10] + "ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(16))
    if kind == "github":
        u = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
        return f"{u(4)}:{u(6)}:{u(7)}:{u(7)}:{u(8)}"
    if kind == "ulid": return "01J" + "".join(r.choice(B32) for _ in range(23))
    if kind == "stripe": return "req_" + "".join(r.choice(ALNUM) for _ in range(14))
    if kind == "twilio": return "RQ" + "".join(r.choice(HEX) for _ in range(32))
    if kind == "cfray": return "".join(r.choice(HEX) for _ in range(16)) + "-SJC"
    if kind == "cfray16": return "".join(r.choice(HEX) for _ in range(16))
    if kind == "awsrid": return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(52))
    return "".join(r.choice(HEX) for _ in range(32))

def mask_key(k):
    if not k: return "sk-****"
    if len(k) <= 12: return k[:3] + "*" * max(len(k) - 7, 1) + k[-4:]
    return k[:8] + "*" * (len(k) - 12) + k[-4:]

class State:
    current = None
    last = {}
    lock = threading.Lock()

def fill(text, vars):
    if text is None: return None
    for k, v in vars.items():
        text = text.replace("{" + k + "}", v)
    return text

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):  # quiet
        pass

    def _read_body(self):
        te = self.headers.get("Transfer-Encoding", "")
        if "chunked" in te.lower():
            while True:
                line = self.rfile.readline()
                n = int(line.strip().split(b";")[0] or b"0", 16)
                if n == 0:
                    self.rfile.readline(); break
                self.rfile.read(n); self.rfile.readline()
        else:
            n = int(self.headers.get("Content-Length") or 0)
            if n: self.rfile.read(n)

    def _control(self):
        m = re.match(r"^/__scenario/([\w.-]+)$", self.path)
        if m:
            if m.group(1) not in scenarios.BY_ID:
                self._plain(404, "unknown scenario"); return True
            State.current = m.group(1); self._plain(200, "ok"); return True
        if self.path == "/__last":
            self._plain(200, json.dumps(State.last)); return True
        return False

    def _plain(self, code, text):
        b = text.encode()
        self.send_response_only(code)
        self.send_header("Content-Type", "text/plain"); self.send_header("Content-Length", str(len(b)))
        self.end_headers(); self.wfile.write(b)

    def _serve(self):
        self._read_body()
        if self._control(): return
        s = scenarios.BY_ID.get(State.current)
        if s is None:
            self._plain(500, "no scenario set"); return
        key = None
        auth = self.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "): key = auth[7:].strip()
        key = key or self.headers.get("x-api-key") or self.headers.get("api-key") or self.headers.get("x-goog-api-key")
        vars = {"RID": rid(s["rid_kind"]), "KEYMASK": mask_key(key)}
        with State.lock:
            State.last = dict(vars, scenario=s["id"], method=self.command, path=self.path)
        body = fill(s["body"], vars).encode("utf-8")
        if self.command == "HEAD": body_out = b""
        else: body_out = body
        self.send_response_only(s["status"], s.get("reason"))
        self.send_header("Date", formatdate(usegmt=True))
        self.send_header("Content-Type", s["ctype"])
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "keep-alive")
        for k, v in s["headers"].items():
            self.send_header(k, fill(v, vars))
        self.end_headers()
        self.wfile.write(body_out)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve

def start(port=0):
    srv = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True); t.start()
    return srv

if __name__ == "__main__":
    port = int(sys.argv[sys.argv.index("--port") + 1]) if "--port" in sys.argv else 0
    srv = start(port)
    print(srv.server_address[1], flush=True)
    try:
        while True: time.sleep(3600)
    except KeyboardInterrupt:
        pass
