"""Blocks of log / terminal text that contain NO API error, for mixed_noerror.py.

Each builder takes a Gen and returns a block of text (lines ending in newlines) with timestamp
placeholders. Families: application errors that are not API errors, passing test runs whose names
mention errors, documentation and code that talk about errors, Prometheus metrics with status
labels, retries that then succeeded, build output with warnings, deprecation warnings, Kubernetes
events of normal pods, docker pull progress.
"""
from noerror_common import (GO_STD, ISO_MS, KLOG, NGINX_ERR, PYLOG, RFC3339, SYSLOG, T)

# ---------------------------------------------------------------------------------------------
# application errors that are not API errors


def app_error_python(g):
    c = int(g.rnd() * 6)
    fn = g.choice(["load_user", "apply_discount", "render_invoice", "merge_profiles", "parse_row"])
    key = g.choice(["'email'", "'customer_id'", "'sku'", "'created_at'", "'currency'"])
    head = f"{T(PYLOG)} ERROR [app.worker] task {g.choice(['import_csv', 'sync_crm', 'nightly_rollup'])} failed\n"
    if c == 0:
        return (head + "Traceback (most recent call last):\n"
                f'  File "/srv/app/worker/tasks.py", line {g.randint(20, 400)}, in run\n'
                f"    result = {fn}(payload)\n"
                f'  File "/srv/app/worker/{fn}.py", line {g.randint(5, 120)}, in {fn}\n'
                f"    value = row[{key}]\n"
                f"KeyError: {key}\n")
    if c == 1:
        path = g.choice(["/var/log/app/audit.log", "/data/exports/report.csv", "/etc/app/secrets.yaml"])
        return (head + "Traceback (most recent call last):\n"
                f'  File "/srv/app/worker/export.py", line {g.randint(20, 200)}, in write_report\n'
                f'    with open("{path}", "w") as fh:\n'
                f"PermissionError: [Errno 13] Permission denied: '{path}'\n")
    if c == 2:
        n = 1
        fields = g.choice([["email", "value is not a valid email address: An email address must have an @-sign."],
                           ["age", "Input should be greater than or equal to 0"],
                           ["quantity", "Input should be a valid integer, unable to parse string as an integer"]])
        return (head + "Traceback (most recent call last):\n"
                '  File "/srv/app/forms.py", line 44, in submit\n'
                "    user = UserIn.model_validate(data)\n"
                f"pydantic_core._pydantic_core.ValidationError: {n} validation error{'s' if n > 1 else ''} for UserIn\n"
                f"{fields[0]}\n  {fields[1]} [type=value_error, input_value='{g.choice(['bob', '-3', 'ten'])}', input_type=str]\n")
    if c == 3:
        return (head + "Traceback (most recent call last):\n"
                '  File "/srv/app/db.py", line 88, in insert_user\n'
                "    cur.execute(SQL_INSERT_USER, params)\n"
                'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\n'
                f"DETAIL:  Key (email)=({g.choice(['ann', 'bob', 'li.wei'])}@example.com) already exists.\n")
    if c == 4:
        return (head + "Traceback (most recent call last):\n"
                f'  File "/srv/app/report.py", line {g.randint(10, 90)}, in average_basket\n'
                "    return total / count\n"
                "ZeroDivisionError: division by zero\n")
    return (head + "Traceback (most recent call last):\n"
            '  File "/srv/app/config.py", line 12, in <module>\n'
            '    settings = load("config/settings.toml")\n'
            "FileNotFoundError: [Errno 2] No such file or directory: 'config/settings.toml'\n")


def app_error_json(g):
    c = int(g.rnd() * 5)
    if c == 0:
        return ('{"level":50,"time":%s,"pid":%d,"hostname":"%s","reqId":"req-%d","err":{"type":"ValidationError",'
                '"message":"\\"quantity\\" must be a positive integer","stack":"ValidationError: \\"quantity\\" must be a positive integer\\n    at validate (/app/src/orders/schema.js:41:11)"},'
                '"msg":"order rejected by validation"}\n') % (T(0), g.randint(10, 9999), g.choice(["api-1", "web-2"]), g.randint(1, 999))
    if c == 1:
        return ('{"level":"error","ts":%s%04d,"caller":"store/users.go:131","msg":"insert user","error":"ERROR: duplicate key value violates unique constraint \\"users_pkey\\" (SQLSTATE 23505)","user_id":"%s"}\n'
                % (T(2), g.randint(0, 9999), g.choice(["u_1", "u_77", "u_4021"])))
    if c == 2:
        return ('{"event":"csv_import_failed","error":"KeyError(\'sku\')","file":"uploads/%s.csv","row":%d,"level":"error","timestamp":"%s123Z"}\n'
                % (g.hex(8), g.randint(2, 5000), T(9)))
    if c == 3:
        return ('{"@t":"%s1234Z","@mt":"Failed to write {Path}","@l":"Error","@x":"System.UnauthorizedAccessException: Access to the path \'/app/data/cache.bin\' is denied.\\n   at System.IO.FileSystem.CreateDirectory(String fullPath)","Path":"/app/data/cache.bin","SourceContext":"Acme.Cache.DiskStore"}\n'
                % T(7))
    return ('{"level":"error","msg":"config validation failed: server.port must be between 1 and 65535 (got 70000)","time":"%s"}\n' % T(RFC3339))


def app_error_misc(g):
    c = int(g.rnd() * 6)
    if c == 0:
        return ("/app/node_modules/.bin/ts-node src/jobs/rollup.ts\n"
                "TypeError: Cannot read properties of undefined (reading 'map')\n"
                "    at buildRows (/app/src/jobs/rollup.ts:57:23)\n"
                "    at main (/app/src/jobs/rollup.ts:112:5)\n")
    if c == 1:
        return ("mysql> INSERT INTO customers (id, email) VALUES (42, 'dup@example.com');\n"
                "ERROR 1062 (23000): Duplicate entry '42' for key 'customers.PRIMARY'\n")
    if c == 2:
        return (f"{T(ISO_MS)} ERROR 1 --- [nio-8080-exec-{g.randint(1, 9)}] c.a.orders.OrderService : Order validation failed\n"
                "java.lang.IllegalArgumentException: quantity must be positive, was -2\n"
                "\tat com.acme.orders.OrderService.validate(OrderService.java:88)\n"
                "\tat com.acme.orders.OrderService.create(OrderService.java:41)\n")
    if c == 3:
        return ("ActiveRecord::RecordInvalid: Validation failed: Email has already been taken\n"
                "  app/models/user.rb:27:in `register!'\n"
                "  app/controllers/registrations_controller.rb:14:in `create'\n")
    if c == 4:
        return (f"{T(GO_STD)} open /var/lib/app/state.db: permission denied\n"
                f"{T(GO_STD)} falling back to in-memory state\n")
    return ("sqlite3.OperationalError: database is locked\n"
            f"{T(PYLOG)} WARNING [app.db] write retried after lock wait, attempt 2 ok\n")


# ---------------------------------------------------------------------------------------------
# passing test runs that mention error words

TEST_NAMES = ["handles 401 error", "retries on 429 and then resolves", "maps 529 to overloaded",
              "surfaces invalid_api_key as AuthError", "returns 403 when the token lacks scope",
              "parses rate_limit_exceeded body", "treats 502 as retryable", "raises on context_length_exceeded",
              "does not retry 400 invalid_request_error", "redacts sk- keys in error messages",
              "times out after 30s and reports ETIMEDOUT", "handles ECONNREFUSED gracefully",
              "renders the 500 error page", "maps insufficient_quota to billing"]
RUST_TESTS = ["test_rate_limit_error_is_retried", "test_401_maps_to_auth", "test_overloaded_529",
              "parse_error_body_with_request_id", "test_quota_exceeded_is_not_retryable",
              "timeout_error_has_no_status", "test_invalid_api_key_message_is_redacted",
              "server_error_502_retries_three_times", "test_not_found_model"]
PY_TESTS = ["test_invalid_api_key", "test_rate_limit_error_retry", "test_authentication_error_message",
            "test_internal_server_error_is_retried", "test_context_length_exceeded",
            "test_permission_denied_403", "test_timeout_raises_apitimeouterror", "test_bad_request_400"]
GO_TESTS = ["TestHandle429", "TestUnauthorizedReturnsErrAuth", "TestRetryOn503", "TestParseErrorBody",
            "TestServiceUnavailableBackoff", "TestQuotaExceeded", "TestTimeoutError"]


def _sample(g, seq, k):
    idx = list(range(len(seq)))
    out = []
    for _ in range(min(k, len(idx))):
        i = int(g.rnd() * len(idx))
        out.append(seq[idx.pop(i)])
    return out


def tests_jest(g):
    names = _sample(g, TEST_NAMES, g.randint(3, 7))
    lines = [f" PASS  src/{g.choice(['api', 'llm', 'http'])}/__tests__/{g.choice(['client', 'errors', 'retry'])}.test.ts ({g.randint(1, 9)}.{g.randint(100, 999)} s)",
             f"  {g.choice(['OpenAI client', 'error mapping', 'retry policy', 'HttpClient'])}"]
    lines += [f"    ✓ {n} ({g.randint(1, 60)} ms)" for n in names]
    suites = g.randint(1, 30)
    lines += ["", f"Test Suites: {suites} passed, {suites} total",
              f"Tests:       {len(names) + 40} passed, {len(names) + 40} total", "Snapshots:   0 total",
              f"Time:        {g.randint(2, 30)}.{g.randint(100, 999)} s", "Ran all test suites."]
    return "\n".join(lines) + "\n"


def tests_vitest(g):
    names = _sample(g, TEST_NAMES, g.randint(3, 6))
    lines = [f" ✓ src/errors.test.ts ({len(names)} tests) {g.randint(3, 90)}ms"]
    lines += [f"   ✓ parseError > {n}" for n in names]
    files = g.randint(1, 12)
    lines += ["", f" Test Files  {files} passed ({files})",
              f"      Tests  {len(names) + 20} passed ({len(names) + 20})",
              f"   Start at  {g.randint(10, 23)}:{g.randint(10, 59)}:{g.randint(10, 59)}",
              f"   Duration  {g.randint(1, 9)}.{g.randint(10, 99)}s (transform 310ms, setup 0ms, collect 1.2s, tests 210ms)"]
    return "\n".join(lines) + "\n"


def tests_cargo(g):
    names = _sample(g, RUST_TESTS, g.randint(3, 8))
    crate = g.choice(["llm_client", "apidiag_core", "gateway", "upstream"])
    lines = [f"     Running unittests src/lib.rs (target/debug/deps/{crate}-{g.hex(16)})", "",
             f"running {len(names)} tests"]
    lines += [f"test {g.choice(['errors', 'client', 'retry'])}::tests::{n} ... ok" for n in names]
    lines += ["", f"test result: ok. {len(names)} passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.0{g.randint(1, 9)}s"]
    return "\n".join(lines) + "\n"


def tests_pytest(g):
    names = _sample(g, PY_TESTS, g.randint(3, 8))
    n = len(names)
    lines = ["============================= test session starts ==============================",
             "platform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0 -- /usr/local/bin/python3",
             "rootdir: /src", "configfile: pyproject.toml", f"collected {n} items", ""]
    for i, name in enumerate(names):
        pct = int(100 * (i + 1) / n)
        left = f"tests/test_errors.py::{name} PASSED"
        lines.append(f"{left}{' ' * max(1, 73 - len(left))}[{pct:3d}%]")
    lines += ["", f"============================== {n} passed in {g.randint(0, 3)}.{g.randint(10, 99)}s ==============================="]
    return "\n".join(lines) + "\n"


def tests_go(g):
    names = _sample(g, GO_TESTS, g.randint(2, 5))
    lines = []
    for n in names:
        lines += [f"=== RUN   {n}", f"--- PASS: {n} (0.0{g.randint(0, 9)}s)"]
    lines += ["PASS", f"ok  \tgithub.com/acme/llmproxy/internal/{g.choice(['upstream', 'errors', 'retry'])}\t0.{g.randint(100, 999)}s"]
    return "\n".join(lines) + "\n"


def tests_junit(g):
    return (f"[INFO] Running com.acme.client.{g.choice(['ErrorMappingTest', 'RateLimitHandlerTest', 'RetryPolicyTest'])}\n"
            f"[INFO] Tests run: {g.randint(4, 30)}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: {g.randint(0, 3)}.{g.randint(100, 999)} s -- in com.acme.client.ErrorMappingTest\n"
            "[INFO] \n[INFO] Results:\n[INFO] \n"
            f"[INFO] Tests run: {g.randint(40, 300)}, Failures: 0, Errors: 0, Skipped: 0\n"
            "[INFO] \n[INFO] ------------------------------------------------------------------------\n"
            "[INFO] BUILD SUCCESS\n"
            "[INFO] ------------------------------------------------------------------------\n")


# ---------------------------------------------------------------------------------------------
# documentation and code that talk about errors

def docs_markdown(g):
    c = int(g.rnd() * 4)
    if c == 0:
        return ("## Error handling\n\n"
                "When the key is wrong the API answers `401` with a body like this:\n\n"
                "```json\n"
                "{\n"
                '  "error": {\n'
                '    "message": "Incorrect API key provided: sk-abc***xyz.",\n'
                '    "type": "invalid_request_error",\n'
                '    "param": null,\n'
                '    "code": "invalid_api_key"\n'
                "  }\n"
                "}\n"
                "```\n\n"
                "Check the key and try again. See [Error codes](./errors.md).\n")
    if c == 1:
        return ("### What does 429 Too Many Requests mean?\n\n"
                "You sent more requests than your plan allows per minute. The response carries a\n"
                "`retry-after` header; wait that many seconds before retrying, and add exponential\n"
                "backoff with jitter to your client.\n\n"
                "### What does 529 overloaded_error mean?\n\n"
                "The service is temporarily at capacity. Retry later; it is not counted against your limits.\n")
    if c == 2:
        return ("| Status | Type | Meaning |\n|---|---|---|\n"
                "| 400 | `invalid_request_error` | The request body was malformed. |\n"
                "| 401 | `authentication_error` | The API key is missing or invalid. |\n"
                "| 403 | `permission_error` | The key cannot use this resource. |\n"
                "| 404 | `not_found_error` | The resource does not exist. |\n"
                "| 429 | `rate_limit_error` | Too many requests. |\n"
                "| 500 | `api_error` | An unexpected error inside the service. |\n"
                "| 529 | `overloaded_error` | The service is overloaded. |\n")
    return ("# Changelog\n\n## 2.4.0\n\n"
            "- Retry `429 Too Many Requests` and `503 Service Unavailable` with backoff (#812)\n"
            "- `AuthenticationError` now includes the request id (#799)\n"
            "- Fix: `context_length_exceeded` errors were reported as `BadRequestError` (#790)\n")


def docs_code(g):
    c = int(g.rnd() * 5)
    if c == 0:
        return ("switch resp.StatusCode {\n"
                "case http.StatusOK, http.StatusCreated:\n\treturn decode(resp.Body, out)\n"
                "case http.StatusUnauthorized:\n\treturn ErrUnauthorized\n"
                "case http.StatusTooManyRequests:\n\treturn &RetryableError{After: retryAfter(resp)}\n"
                "case http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable:\n"
                "\treturn &RetryableError{After: time.Second}\n"
                "default:\n\treturn fmt.Errorf(\"unexpected status %d\", resp.StatusCode)\n}\n")
    if c == 1:
        return ("    match status {\n"
                "        StatusCode::UNAUTHORIZED => Err(ApiError::Auth),\n"
                "        StatusCode::TOO_MANY_REQUESTS => Err(ApiError::RateLimited { retry_after }),\n"
                "        s if s.is_server_error() => Err(ApiError::Server(s.as_u16())),\n"
                "        _ => Ok(body),\n    }\n")
    if c == 2:
        return ("$ grep -rn \"RateLimitError\" src/\n"
                "src/llm/client.py:14:from openai import APIError, RateLimitError, AuthenticationError\n"
                "src/llm/client.py:88:    except RateLimitError as e:\n"
                "src/llm/retry.py:31:RETRYABLE = (RateLimitError, APIConnectionError, InternalServerError)\n"
                "src/llm/retry.py:47:        # RateLimitError: 429 from the API, back off and retry\n")
    if c == 3:
        return ("RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}\n\n"
                "def should_retry(status: int) -> bool:\n"
                "    \"\"\"429 Too Many Requests and 5xx are retried; 401/403 never are.\"\"\"\n"
                "    return status in RETRYABLE_STATUS\n")
    return ("export class ApiError extends Error {\n"
            "  constructor(public status: number, public code?: string) { super(`API error ${status}`) }\n}\n"
            "// 401 -> re-authenticate, 429 -> wait for retry-after, 5xx -> retry with backoff\n")


# ---------------------------------------------------------------------------------------------
# Prometheus metrics with status labels

def prometheus(g):
    h = g.choice(["/v1/chat", "/api/v1/orders", "/healthz"])
    lines = ["# HELP http_requests_total Total number of HTTP requests.", "# TYPE http_requests_total counter"]
    for code, n in (("200", g.randint(1000, 900000)), ("201", g.randint(0, 5000)), ("304", g.randint(0, 800)),
                    ("400", 0), ("401", 0), ("429", g.randint(0, 4)), ("500", 0), ("502", 0), ("503", 0)):
        lines.append(f'http_requests_total{{code="{code}",handler="{h}",method="post"}} {n}')
    lines += ["# HELP llm_requests_total LLM API calls by provider and status.", "# TYPE llm_requests_total counter",
              f'llm_requests_total{{provider="openai",status="200"}} {g.randint(100, 90000)}',
              f'llm_requests_total{{provider="openai",status="429"}} {g.randint(0, 5)}',
              f'llm_requests_total{{provider="anthropic",status="529"}} 0',
              "# HELP http_request_duration_seconds Request latency.", "# TYPE http_request_duration_seconds histogram",
              f'http_request_duration_seconds_bucket{{le="0.1"}} {g.randint(100, 9000)}',
              f'http_request_duration_seconds_bucket{{le="+Inf"}} {g.randint(9000, 20000)}',
              f"process_open_fds {g.randint(10, 200)}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# retries that then succeeded

def retry_pip(g):
    pkg = g.choice(["requests", "numpy", "openai", "torch", "fastapi", "boto3"])
    cause = g.choice(['\'ReadTimeoutError("HTTPSConnectionPool(host=\'pypi.org\', port=443): Read timed out. (read timeout=15)")\'',
                      "'ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))'",
                      "'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3a1c2b9d90>: Failed to establish a new connection: [Errno 101] Network is unreachable')'"])
    v = f"{g.randint(1, 3)}.{g.randint(0, 40)}.{g.randint(0, 9)}"
    return (f"Collecting {pkg}\n"
            f"  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by {cause}: /simple/{pkg}/\n"
            f"  Downloading {pkg}-{v}-py3-none-any.whl.metadata (4.1 kB)\n"
            f"Downloading {pkg}-{v}-py3-none-any.whl ({g.randint(40, 900)} kB)\n"
            f"Installing collected packages: {pkg}\n"
            f"Successfully installed {pkg}-{v}\n")


def retry_sdk(g):
    ep, url, lib = g.choice([("/chat/completions", "https://api.openai.com/v1/chat/completions", "openai._base_client"),
                             ("/v1/messages", "https://api.anthropic.com/v1/messages", "anthropic._base_client"),
                             ("/chat/completions", "https://api.deepseek.com/v1/chat/completions", "openai._base_client")])
    return (f"{T(PYLOG)} - {lib} - INFO - Retrying request to {ep} in 0.{g.randint(380, 990)}{g.randint(100, 999)} seconds\n"
            f'{T(PYLOG)} - httpx - INFO - HTTP Request: POST {url} "HTTP/1.1 200 OK"\n'
            f"{T(PYLOG)} - app.chat - INFO - reply generated in {g.randint(1, 9)}.{g.randint(10, 99)}s ({g.randint(50, 900)} tokens)\n")


def retry_misc(g):
    c = int(g.rnd() * 4)
    if c == 0:
        return ("    Updating crates.io index\n"
                "warning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 bytes received)\n"
                f"  Downloaded serde_json v1.0.{g.randint(100, 133)}\n  Downloaded {g.randint(20, 90)} crates ({g.randint(2, 9)}.{g.randint(1, 9)} MB) in {g.randint(1, 9)}.{g.randint(10, 99)}s\n")
    if c == 1:
        return (f"{T(RFC3339)} INF upstream reconnecting attempt=1 backoff=500ms\n"
                f"{T(RFC3339)} INF upstream connected attempt=2 addr=10.0.4.21:5432\n")
    if c == 2:
        return ("npm http fetch GET 200 https://registry.npmjs.org/react 1184ms (cache revalidated)\n"
                "npm http fetch GET 200 https://registry.npmjs.org/typescript 97ms (cache hit)\n"
                f"\nadded {g.randint(100, 1500)} packages, and audited {g.randint(100, 1500)} packages in {g.randint(3, 60)}s\n\nfound 0 vulnerabilities\n")
    return (f"{T(PYLOG)} WARNING [tenacity] Retrying app.sync.fetch_page in 2.0 seconds as it raised ReadTimeout: timed out.\n"
            f"{T(PYLOG)} INFO [app.sync] page {g.randint(2, 40)} fetched: {g.randint(10, 100)} records\n")


# ---------------------------------------------------------------------------------------------
# build output with warnings, deprecation warnings

def build_npm(g):
    return (f"npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.\n"
            "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported\n"
            f"\nadded {g.randint(200, 1400)} packages, and audited {g.randint(200, 1400)} packages in {g.randint(5, 70)}s\n\n"
            f"{g.randint(50, 200)} packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n")


def build_cargo(g):
    crate = g.choice(["apidiag", "gateway", "llm-client"])
    return (f"   Compiling {crate} v0.{g.randint(1, 9)}.{g.randint(0, 20)} (/work/{crate})\n"
            "warning: unused variable: `err`\n"
            f"  --> src/{g.choice(['retry', 'client', 'errors'])}.rs:{g.randint(10, 300)}:{g.randint(5, 30)}\n"
            "   |\n"
            f"{g.randint(10, 300)} |         Err(err) => return Ok(None),\n"
            "   |             ^^^ help: if this is intentional, prefix it with an underscore: `_err`\n"
            "   |\n"
            "   = note: `#[warn(unused_variables)]` on by default\n\n"
            f"warning: `{crate}` (lib) generated 1 warning\n"
            f"    Finished `release` profile [optimized] target(s) in {g.randint(10, 90)}.{g.randint(10, 99)}s\n")


def build_pip_warn(g):
    return ("WARNING: The script normalizer is installed in '/home/dev/.local/bin' which is not on PATH.\n"
            "  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.\n"
            "DEPRECATION: Building 'docopt' using the legacy setup.py bdist_wheel mechanism, which will be removed in a future version. pip 25.3 will enforce this behaviour change.\n"
            "Successfully installed charset-normalizer-3.4.0 docopt-0.6.2\n")


def deprecation(g):
    c = int(g.rnd() * 4)
    if c == 0:
        return (f"(node:{g.randint(100, 99999)}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n"
                "(Use `node --trace-deprecation ...` to show where the warning was created)\n")
    if c == 1:
        return ("/srv/app/.venv/lib/python3.12/site-packages/pydantic/_internal/_config.py:291: PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead.\n"
                "  warnings.warn(DEPRECATION_MESSAGE, DeprecationWarning)\n")
    if c == 2:
        return ("/srv/app/ingest.py:18: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).\n"
                "  started = datetime.utcnow()\n")
    return ("Warning: Flag --short has been deprecated, and will be removed in a future release.\n"
            "Client Version: v1.31.2\nKustomize Version: v5.4.2\nServer Version: v1.31.1\n")


# ---------------------------------------------------------------------------------------------
# Kubernetes events of normal pods, docker pull progress

def k8s_events(g):
    app = g.choice(["api", "web", "worker", "orders"])
    pod = f"{app}-{g.hex(10)[:9]}-{g.b62(5).lower()}"
    img = g.choice(["ghcr.io/acme/api:1.14.2", "nginx:1.27-alpine", "registry.example.com/orders:2026.11.30"])
    if g.rnd() < 0.5:
        a = sorted((g.randint(1, 59) for _ in range(5)), reverse=True)
        return ("Events:\n  Type    Reason     Age   From               Message\n"
                "  ----    ------     ----  ----               -------\n"
                f"  Normal  Scheduled  {a[0]}s   default-scheduler  Successfully assigned default/{pod} to node-{g.randint(1, 6)}\n"
                f"  Normal  Pulling    {a[1]}s   kubelet            Pulling image \"{img}\"\n"
                f"  Normal  Pulled     {a[2]}s   kubelet            Successfully pulled image \"{img}\" in {g.randint(1, 9)}.{g.randint(100, 999)}s ({g.randint(1, 9)}.{g.randint(100, 999)}s including waiting). Image size: {g.randint(10000000, 99999999)} bytes.\n"
                f"  Normal  Created    {a[3]}s   kubelet            Created container {app}\n"
                f"  Normal  Started    {a[4]}s   kubelet            Started container {app}\n")
    return ("LAST SEEN   TYPE     REASON              OBJECT                             MESSAGE\n"
            f"{g.randint(2, 9)}m          Normal   ScalingReplicaSet   deployment/{app}                  Scaled up replica set {app}-{g.hex(9)} to 3\n"
            f"{g.randint(2, 9)}m          Normal   SuccessfulCreate    replicaset/{app}-{g.hex(9)}       Created pod: {pod}\n"
            f"{g.randint(1, 9)}m          Normal   Pulled              pod/{pod}    Container image \"{img}\" already present on machine\n"
            f"{g.randint(1, 9)}m          Normal   Started             pod/{pod}    Started container {app}\n"
            f"{g.randint(1, 59)}s         Normal   SuccessfulRescale   horizontalpodautoscaler/{app}     New size: 3; reason: cpu resource utilization (percentage of request) above target\n")


def docker_pull(g):
    img, tag = g.choice([("library/python", "3.12-slim"), ("library/node", "22-alpine"), ("library/postgres", "16"),
                         ("library/redis", "7.4")])
    short = img.split("/")[1]
    layers = [g.hex(12) for _ in range(g.randint(3, 6))]
    lines = [f"{tag}: Pulling from {img}"]
    lines += [f"{l}: Pulling fs layer" for l in layers]
    lines += [f"{layers[0]}: Downloading  {g.randint(1, 28)}.{g.randint(1, 9)}MB/29.13MB", f"{layers[0]}: Verifying Checksum",
              f"{layers[0]}: Download complete"]
    lines += [f"{l}: Pull complete" for l in layers]
    lines += [f"Digest: sha256:{g.hex(64)}", f"Status: Downloaded newer image for {short}:{tag}", f"docker.io/{img}:{tag}"]
    return "\n".join(lines) + "\n"


def infra_info(g):
    c = int(g.rnd() * 3)
    if c == 0:
        return (f"I{T(KLOG)}       1 leaderelection.go:258] successfully acquired lease kube-system/cloud-controller-manager\n"
                f"I{T(KLOG)}       1 controller.go:127] \"Starting workers\" controller=\"node-route\" worker count=1\n")
    if c == 1:
        return (f"{T(NGINX_ERR)} [notice] 1#1: using the \"epoll\" event method\n"
                f"{T(NGINX_ERR)} [notice] 1#1: nginx/1.27.3\n"
                f"{T(NGINX_ERR)} [notice] 1#1: start worker processes\n")
    return (f"{T(SYSLOG)} web-1 systemd[1]: Started app.service - Acme API.\n"
            f"{T(SYSLOG)} web-1 app[{g.randint(100, 9999)}]: listening on 0.0.0.0:8080\n")


FAMILIES = [
    ("app error python", app_error_python, 4), ("app error json", app_error_json, 4),
    ("app error misc", app_error_misc, 3),
    ("jest", tests_jest, 2), ("vitest", tests_vitest, 2), ("cargo test", tests_cargo, 2),
    ("pytest", tests_pytest, 2), ("go test", tests_go, 2), ("junit", tests_junit, 1),
    ("docs markdown", docs_markdown, 2), ("docs code", docs_code, 2), ("prometheus", prometheus, 2),
    ("retry pip", retry_pip, 2), ("retry sdk", retry_sdk, 3), ("retry misc", retry_misc, 2),
    ("npm build", build_npm, 1), ("cargo build", build_cargo, 1), ("pip warn", build_pip_warn, 1),
    ("deprecation", deprecation, 2), ("k8s events", k8s_events, 2), ("docker pull", docker_pull, 1),
    ("infra info", infra_info, 2),
]
