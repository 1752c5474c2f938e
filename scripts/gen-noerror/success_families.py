"""Log records of healthy traffic, one builder per logger / access-log format.

Each builder takes a Gen and returns the text of one record (one or more lines, each ending in
a newline) with timestamp placeholders (see noerror_common.T). Field layouts follow the loggers'
documented output; the README lists the pages each one was checked against.
"""
import json
import re

from noerror_common import (CLF, EPOCH_F, EPOCH_MS, EPOCH_S, GUNI, HOSTS, ISO_MS, ISO_US, METHODS,
                            POWERTOOLS, PYLOG, REFERERS, RFC3339, SERILOG, SERVICES, USERS, T,
                            outbound_call)

_NUM = re.compile(r'"§N(\d+)§"')
_STR = re.compile(r"§S(\d+)§")


def J(obj):
    """Compact JSON with timestamp markers turned into placeholders.

    A value "§N<k>§" becomes a bare number placeholder, "§S<k>§" a placeholder inside a string.
    """
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    s = _NUM.sub(lambda m: T(int(m.group(1))), s)
    return _STR.sub(lambda m: T(int(m.group(1))), s)


def NUM(kind):
    return f"§N{kind}§"


def STR(kind, tail=""):
    return f"§S{kind}§{tail}"


def _pid(g):
    return g.randint(7, 65000)


APP_MSGS = ["server listening", "connected to postgres", "cache warmed", "job finished",
            "scheduled sync complete", "config loaded", "webhook delivered", "user signed in",
            "order created", "invoice generated", "email queued", "feature flags refreshed",
            "batch processed", "index rebuilt", "session refreshed", "token refreshed",
            "upload stored", "report exported", "migration 20261130_add_index applied",
            "consumer group rebalanced", "embedding batch stored", "chat completion streamed"]


# --- Node.js -------------------------------------------------------------------------------------

def pino_app(g):
    rec = {"level": g.choice([30, 30, 30, 20]), "time": NUM(EPOCH_MS), "pid": _pid(g),
           "hostname": g.choice(HOSTS)}
    if g.rnd() < 0.5:
        rec["reqId"] = g.choice(["req-" + str(g.randint(1, 9999)), g.uuid()])
    rec["msg"] = g.choice(APP_MSGS)
    if g.rnd() < 0.3:
        rec["err"] = None
    if g.rnd() < 0.3:
        rec["durationMs"] = g.ms()
    return J(rec) + "\n"


def pino_http(g):
    method, path, status = g.choice(METHODS), g.path(), g.status()
    rec = {"level": 30, "time": NUM(EPOCH_MS), "pid": _pid(g), "hostname": g.choice(HOSTS),
           "req": {"id": g.randint(1, 99999), "method": method, "url": path, "query": {}, "params": {},
                   "headers": {"host": g.choice(["api.example.com", "localhost:3000", "shop.example.com"]),
                               "user-agent": g.ua(), "accept": "application/json"},
                   "remoteAddress": "::ffff:" + g.ip(), "remotePort": g.randint(30000, 65000)},
           "res": {"statusCode": status, "headers": {"content-type": "application/json; charset=utf-8",
                                                    "content-length": str(g.randint(2, 90000)),
                                                    "x-request-id": g.uuid()}},
           "responseTime": g.ms(), "msg": "request completed"}
    return J(rec) + "\n"


def pino_outbound(g):
    prov, method, url, status, extra, rid = outbound_call(g)
    rec = {"level": 30, "time": NUM(EPOCH_MS), "pid": _pid(g), "hostname": g.choice(HOSTS),
           "name": g.choice(SERVICES), "provider": prov, "method": method, "url": url,
           "statusCode": status, "durationMs": g.ms(4000)}
    if rid:
        rec["requestId"] = rid
    rec.update(extra)
    rec["err"] = None
    rec["msg"] = g.choice(["upstream call succeeded", "provider response", "llm call finished",
                           "fetched upstream", "outbound request done"])
    return J(rec) + "\n"


def bunyan(g):
    name = g.choice(SERVICES)
    if g.rnd() < 0.5:
        status = g.status()
        rec = {"name": name, "hostname": g.choice(HOSTS), "pid": _pid(g), "req_id": g.uuid(),
               "audit": True, "level": 30, "remoteAddress": g.ip(), "remotePort": g.randint(30000, 65000),
               "req": {"query": "", "method": g.choice(METHODS), "url": g.path(),
                       "headers": {"accept": "*/*", "user-agent": g.ua()}, "httpVersion": "1.1",
                       "trailers": {}, "version": "*"},
               "res": {"statusCode": status, "headers": {"content-type": "application/json"}, "trailer": False},
               "err": False, "latency": g.ms(), "_audit": True,
               "msg": f"handled: {status}", "time": STR(ISO_MS), "v": 0}
    else:
        rec = {"name": name, "hostname": g.choice(HOSTS), "pid": _pid(g), "level": 30,
               "msg": g.choice(APP_MSGS), "time": STR(ISO_MS), "v": 0}
        if g.rnd() < 0.4:
            rec["req_id"] = g.uuid()
    return J(rec) + "\n"


def winston(g):
    c = g.rnd()
    if c < 0.4:
        rec = {"level": "info", "message": g.choice(APP_MSGS), "service": g.choice(SERVICES),
               "timestamp": STR(ISO_MS)}
    elif c < 0.75:
        method, path = g.choice(METHODS), g.path()
        rec = {"level": "http", "message": f"{method} {path}",
               "meta": {"req": {"url": path, "method": method, "httpVersion": "1.1"},
                        "res": {"statusCode": g.status()}, "responseTime": g.ms()},
               "timestamp": STR(ISO_MS)}
    else:
        prov, method, url, status, extra, rid = outbound_call(g)
        rec = {"level": "info", "message": f"{prov} {method} {url} -> {status}", "statusCode": status,
               "service": g.choice(SERVICES), "error": None, "timestamp": STR(ISO_MS)}
        if "usage" in extra:
            rec["usage"] = extra["usage"]
        if rid:
            rec["requestId"] = rid
    return J(rec) + "\n"


# --- Go ------------------------------------------------------------------------------------------

def zap(g):
    c = g.rnd()
    ts = NUM(EPOCH_F)
    caller = g.choice(["server/http.go:212", "handler/orders.go:88", "upstream/client.go:141",
                       "cmd/main.go:57", "worker/consumer.go:93"])
    if c < 0.55:
        rec = {"level": "info", "ts": ts, "caller": caller, "msg": "request served",
               "method": g.choice(METHODS), "path": g.path(), "status": g.status(),
               "latency": f"{g.ms()}.{g.randint(100, 999)}ms", "request_id": g.req_id(),
               "remote_addr": g.ip() + ":" + str(g.randint(30000, 65000))}
    elif c < 0.8:
        prov, method, url, status, extra, rid = outbound_call(g)
        rec = {"level": "info", "ts": ts, "caller": caller, "msg": "upstream response",
               "provider": prov, "url": url, "status_code": status, "elapsed": g.ms(3000) / 1000.0}
        if rid:
            rec["x-request-id"] = rid
    else:
        rec = {"level": "info", "ts": ts, "logger": g.choice(["grpc", "kafka", "scheduler"]),
               "caller": caller, "msg": g.choice(APP_MSGS)}
    s = J(rec)
    # zap prints sub-millisecond digits after the epoch float
    return s.replace("\x00%d\x00" % EPOCH_F, "\x00%d\x00%04d" % (EPOCH_F, g.randint(0, 9999)), 1) + "\n"


def zerolog(g):
    c = g.rnd()
    tkind = g.choice([EPOCH_S, RFC3339])
    ts = NUM(EPOCH_S) if tkind == EPOCH_S else STR(RFC3339)
    if c < 0.6:
        rec = {"level": "info", "service": g.choice(SERVICES), "method": g.choice(METHODS),
               "url": g.path(), "status": g.status(), "size": g.randint(0, 50000),
               "duration": round(g.ms() + g.rnd(), 3), "req_id": g.b62(20), "time": ts,
               "message": "request"}
    else:
        rec = {"level": g.choice(["info", "debug"]), "component": g.choice(["db", "cache", "queue"]),
               "time": ts, "message": g.choice(APP_MSGS)}
    return J(rec) + "\n"


def logrus(g):
    c = g.rnd()
    if c < 0.35:
        rec = {"grpc.code": "OK", "grpc.method": g.choice(["GetOrder", "ListItems", "LogIn", "Ping"]),
               "grpc.service": g.choice(["orders.v1.OrderService", "catalog.v1.Catalog", "auth.v1.Auth"]),
               "grpc.start_time": STR(RFC3339), "grpc.time_ms": round(g.ms(200) / 7, 3), "level": "info",
               "msg": "finished unary call with code OK", "peer.address": g.ip() + ":" + str(g.randint(30000, 65000)),
               "span.kind": "server", "system": "grpc", "time": STR(RFC3339)}
    elif c < 0.75:
        rec = {"clientIP": g.ip(), "dataLength": g.randint(0, 90000), "hostname": g.choice(HOSTS),
               "latency": g.ms(), "level": "info", "method": g.choice(METHODS), "msg": "",
               "path": g.path(), "referer": "", "statusCode": g.status(), "time": STR(RFC3339),
               "userAgent": g.ua()}
    else:
        rec = {"level": "info", "msg": g.choice(APP_MSGS), "time": STR(RFC3339),
               "component": g.choice(["syncer", "reconciler", "api"])}
    return J(rec) + "\n"


def slog_go(g):
    prov, method, url, status, extra, rid = outbound_call(g)
    rec = {"time": STR(ISO_MS), "level": "INFO", "msg": "http client", "method": method,
           "url": url, "status": status, "duration": f"{g.ms(2000)}.{g.randint(100, 999)}ms"}
    if rid:
        rec["request_id"] = rid
    return J(rec) + "\n"


# --- Python --------------------------------------------------------------------------------------

def structlog(g):
    c = g.rnd()
    ts = STR(ISO_US, "")
    if c < 0.45:
        rec = {"request_id": g.uuid(), "method": g.choice(METHODS), "path": g.path(),
               "status_code": g.status(), "duration_ms": round(g.ms() + g.rnd(), 2),
               "event": "request_finished", "level": "info", "logger": "app.middleware",
               "timestamp": ts}
    elif c < 0.8:
        prov, method, url, status, extra, rid = outbound_call(g)
        rec = {"provider": prov, "url": url, "status": status, "error": None,
               "event": "llm_call_succeeded" if prov in ("openai", "anthropic", "gemini", "openrouter") else "api_call_succeeded",
               "level": "info", "timestamp": ts}
        if "usage" in extra:
            rec["usage"] = extra["usage"]
        if "usageMetadata" in extra:
            rec["usage"] = extra["usageMetadata"]
        if rid:
            rec["request_id"] = rid
    else:
        rec = {"event": g.choice(APP_MSGS), "user": g.choice(USERS), "level": "info", "timestamp": ts}
    s = J(rec)
    return s.replace("\x00%d\x00" % ISO_US, "\x00%d\x00%03dZ" % (ISO_US, g.randint(0, 999))) + "\n"


def powertools(g):
    fn = g.choice(["GetBalanceFunction", "orders-api-CreateOrder-1X2Y3Z", "thumbnailer", "chat-handler"])
    region, acct = g.choice(["us-east-1", "eu-west-1", "ap-southeast-2"]), "012345678912"
    rid = g.uuid()
    rec = {"level": "INFO", "location": g.choice(["lambda_handler:31", "process:58", "handler:17"]),
           "message": g.choice(["Processing order", "Returning response", "Message returned: universe",
                                "Request succeeded", "Stored object"]),
           "timestamp": STR(POWERTOOLS), "service": g.choice(["payment", "orders", "thumbnails", "chat"]),
           "cold_start": g.rnd() < 0.1, "function_name": fn, "function_memory_size": g.choice(["128", "256", "1024"]),
           "function_arn": f"arn:aws:lambda:{region}:{acct}:function:{fn}", "function_request_id": rid,
           "xray_trace_id": g.xray()}
    if g.rnd() < 0.5:
        rec["response"] = {"statusCode": g.choice([200, 200, 201, 204]), "isBase64Encoded": False}
    text = J(rec) + "\n"
    if g.rnd() < 0.35:
        dur = g.ms(800) + g.rnd()
        text = (f"START RequestId: {rid} Version: $LATEST\n" + text +
                f"END RequestId: {rid}\n"
                f"REPORT RequestId: {rid}\tDuration: {dur:.2f} ms\tBilled Duration: {int(dur) + 1} ms\t"
                f"Memory Size: {rec['function_memory_size']} MB\tMax Memory Used: {g.randint(60, 120)} MB\t\n")
    return text


def uvicorn_access(g):
    status = g.status()
    reason = {200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified", 301: "Moved Permanently",
              302: "Found", 101: "Switching Protocols", 206: "Partial Content", 202: "Accepted",
              307: "Temporary Redirect", 308: "Permanent Redirect"}[status]
    addr = f"{g.ip()}:{g.randint(30000, 65000)}"
    if status == 101:  # uvicorn logs websocket upgrades its own way
        return f'INFO:     {addr} - "WebSocket /ws" [accepted]\nINFO:     connection open\n'
    line = f'INFO:     {addr} - "{g.choice(METHODS)} {g.path()} HTTP/1.1" {status} {reason}\n'
    if g.rnd() < 0.15:
        line = f"{T(PYLOG)} uvicorn.access " + line[10:]
    return line


def gunicorn_access(g):
    return (f'{g.ip()} - - [{T(CLF)}] "{g.choice(METHODS)} {g.path()} HTTP/1.1" {g.status()} '
            f'{g.randint(0, 40000)} "{g.choice(REFERERS)}" "{g.ua()}"\n')


def gunicorn_boot(g):
    pid = _pid(g)
    return (f"[{T(GUNI)}] [{pid}] [INFO] Starting gunicorn 23.0.0\n"
            f"[{T(GUNI)}] [{pid}] [INFO] Listening at: http://0.0.0.0:8000 ({pid})\n"
            f"[{T(GUNI)}] [{pid}] [INFO] Using worker: uvicorn.workers.UvicornWorker\n"
            f"[{T(GUNI)}] [{pid + 3}] [INFO] Booting worker with pid: {pid + 3}\n")


def httpx_info(g):
    prov, method, url, status, extra, rid = outbound_call(g)
    reason = {200: "OK", 201: "Created", 304: "Not Modified"}[status]
    if g.rnd() < 0.5:
        return f'INFO:httpx:HTTP Request: {method} {url} "HTTP/1.1 {status} {reason}"\n'
    return f'{T(PYLOG)} - httpx - INFO - HTTP Request: {method} {url} "HTTP/1.1 {status} {reason}"\n'


# --- .NET / JVM / cloud --------------------------------------------------------------------------

def serilog(g):
    c = g.rnd()
    conn = "0HN" + g.b62(9).upper()
    if c < 0.6:
        el = g.ms() + g.rnd()
        rec = {"@t": STR(SERILOG), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
               "@r": [f"{el:.4f}"], "RequestMethod": g.choice(METHODS), "RequestPath": g.path().split("?")[0],
               "StatusCode": g.status(), "Elapsed": round(el, 4),
               "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware",
               "RequestId": f"{conn}:0000000{g.randint(1, 9)}", "ConnectionId": conn}
        if g.rnd() < 0.5:
            rec["@tr"] = g.trace()
            rec["@sp"] = g.span()
    else:
        rec = {"@t": STR(SERILOG), "@mt": "Processed {Count} items for {Customer}", "Count": g.randint(1, 500),
               "Customer": g.choice(USERS), "SourceContext": "Acme.Orders.Worker"}
    s = J(rec)
    return s.replace("\x00%d\x00" % SERILOG, "\x00%d\x00%04dZ" % (SERILOG, g.randint(0, 9999))) + "\n"


def logstash_spring(g):
    rec = {"@timestamp": STR(ISO_MS), "@version": "1",
           "message": g.choice([f"Completed {g.choice([200, 200, 201, 204])} {g.choice(['OK', 'OK', 'CREATED'])}",
                                "Started OrderApplication in 6.211 seconds (process running for 7.02)",
                                "HikariPool-1 - Start completed.", "Tomcat started on port 8080 (http) with context path '/'"]),
           "logger_name": g.choice(["o.s.web.servlet.DispatcherServlet", "com.zaxxer.hikari.HikariDataSource",
                                    "com.acme.orders.OrderApplication"]),
           "thread_name": g.choice(["http-nio-8080-exec-3", "main", "task-2"]), "level": "INFO", "level_value": 20000,
           "traceId": g.trace(), "spanId": g.span()}
    return J(rec) + "\n"


def gcp_structured(g):
    status = g.status()
    rec = {"severity": "INFO", "message": f"{g.choice(METHODS)} {g.path()} {status}",
           "httpRequest": {"requestMethod": g.choice(METHODS), "requestUrl": "https://api.example.com" + g.path(),
                           "status": status, "responseSize": str(g.randint(10, 90000)), "userAgent": g.ua(),
                           "remoteIp": g.ip(), "latency": f"{g.ms() / 1000:.6f}s", "protocol": "HTTP/1.1"},
           "logging.googleapis.com/trace": f"projects/acme-prod/traces/{g.trace()}", "time": STR(ISO_MS)}
    return J(rec) + "\n"


def api_envelope(g):
    """Service logs that print a successful API envelope: code 0 / success, errors []."""
    c = g.rnd()
    if c < 0.35:
        url = "https://api.example.cn/v1/pay/query"
        body = {"code": 0, "msg": "success", "data": {"id": g.randint(1000, 99999), "status": "PAID"},
                "request_id": g.uuid()}
    elif c < 0.55:
        url = "https://api.weixin.qq.com/cgi-bin/token"
        body = {"errcode": 0, "errmsg": "ok", "access_token": "ACCESS_TOKEN", "expires_in": 7200}
    elif c < 0.75:
        url = "https://api.cloudflare.com/client/v4/zones?name=example.com"
        body = {"success": True, "errors": [], "messages": [], "result": {"id": g.hex(32), "status": "active"}}
    else:
        url = "https://partner.example.com/api/orders"
        body = {"code": 200, "message": "OK", "error": None, "data": {"items": g.randint(0, 50), "next": None}}
    rec = {"level": "info", "ts": STR(ISO_MS), "msg": "upstream response body", "status": 200,
           "url": url, "body": body}
    return J(rec) + "\n"


def caddy(g):
    status = g.status()
    host = g.choice(["api.example.com", "example.org", "app.example.com", "localhost"])
    remote = g.ip()
    rec = {"level": "info", "ts": NUM(EPOCH_F), "logger": "http.log.access.log0", "msg": "handled request",
           "request": {"remote_ip": remote, "remote_port": str(g.randint(30000, 65000)),
                       "client_ip": remote if g.rnd() < 0.8 else g.ip(),
                       "proto": g.choice(["HTTP/1.1", "HTTP/2.0", "HTTP/3.0"]), "method": g.choice(METHODS),
                       "host": host, "uri": g.path(),
                       "headers": {"User-Agent": [g.ua()], "Accept": ["*/*"], "Authorization": ["REDACTED"]},
                       "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2",
                               "server_name": host}},
           "bytes_read": g.randint(0, 3000), "user_id": "", "duration": round(g.ms() / 1000 + g.rnd() / 1000, 9),
           "size": g.randint(0, 90000), "status": status,
           "resp_headers": {"Server": ["Caddy"], "Content-Type": ["application/json"],
                            "Alt-Svc": ['h3=":443"; ma=2592000']}}
    s = J(rec)
    return s.replace("\x00%d\x00" % EPOCH_F, "\x00%d\x00%04d" % (EPOCH_F, g.randint(0, 9999)), 1) + "\n"


def nginx_combined(g):
    status = g.status()
    return (f'{g.ip()} - {g.choice(["-", "-", "-", "alice"])} [{T(CLF)}] "{g.choice(METHODS)} {g.path()} HTTP/1.1" '
            f'{status} {0 if status in (204, 304, 101) else g.randint(20, 90000)} "{g.choice(REFERERS)}" "{g.ua()}"'
            + (f' rt={g.ms() / 1000:.3f} uct="0.000" uht="0.{g.randint(1, 400):03d}" urt="0.{g.randint(1, 400):03d}"'
               if g.rnd() < 0.3 else "") + "\n")


def apache_combined(g):
    status = g.status()
    return (f'{g.ip()} - - [{T(CLF)}] "{g.choice(METHODS)} {g.path()} HTTP/1.1" {status} '
            f'{"-" if status in (204, 304) else g.randint(20, 90000)} "{g.choice(REFERERS)}" "{g.ua()}"\n')


FAMILIES = [
    ("pino", pino_app, 6), ("pino-http", pino_http, 8), ("pino outbound", pino_outbound, 6),
    ("bunyan", bunyan, 6), ("winston", winston, 7), ("zap", zap, 7), ("zerolog", zerolog, 6),
    ("logrus", logrus, 6), ("slog", slog_go, 3), ("structlog", structlog, 7), ("powertools", powertools, 5),
    ("uvicorn", uvicorn_access, 5), ("gunicorn", gunicorn_access, 4), ("gunicorn boot", gunicorn_boot, 1),
    ("httpx", httpx_info, 4), ("serilog", serilog, 6), ("logstash", logstash_spring, 3),
    ("gcp", gcp_structured, 3), ("envelope", api_envelope, 4), ("caddy", caddy, 6),
    ("nginx", nginx_combined, 6), ("apache", apache_combined, 4),
]


def build_pool(g, size):
    """size records, families mixed by weight."""
    table = []
    for name, fn, w in FAMILIES:
        table += [fn] * w
    from noerror_common import split_pieces
    return [split_pieces(g.choice(table)(g)) for _ in range(size)]
