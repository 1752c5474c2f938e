"""Hand-written texts with no API error in them, for tests/corpus/noerror.jsonl (part 1).

Each entry: (family, source, form, text). `source` names the format or page the text follows.
Names, ids, keys and hosts are made up; the shapes are those the tools really print.
"""

E = []


def add(family, source, form, text):
    E.append((family, source, form, text.strip("\n") + "\n"))


# =============================================================================================
# passing test runs that mention error words
add("passing-tests", "scripts/gen-noerror: jest default reporter", "cli-output", """
 PASS  src/llm/__tests__/client.test.ts (5.118 s)
  OpenAI client
    ✓ sends the bearer token (12 ms)
    ✓ handles 401 error by throwing AuthError (4 ms)
    ✓ retries on 429 Too Many Requests and then resolves (41 ms)
    ✓ does not retry 400 invalid_request_error (3 ms)
    ✓ maps insufficient_quota to BillingError (2 ms)
  streaming
    ✓ parses SSE chunks (7 ms)
    ✓ surfaces "overloaded_error" from the stream as OverloadedError (5 ms)

Test Suites: 1 passed, 1 total
Tests:       7 passed, 7 total
Snapshots:   0 total
Time:        5.412 s
Ran all test suites matching /client/i.
""")

add("passing-tests", "scripts/gen-noerror: vitest default reporter", "cli-output", """
 RUN  v2.1.8 /home/dev/projects/gateway

 ✓ src/errors/parse.test.ts (9 tests) 14ms
 ✓ src/errors/map-status.test.ts (6 tests) 6ms
   ✓ mapStatus > 401 -> auth
   ✓ mapStatus > 403 -> permission
   ✓ mapStatus > 429 with insufficient_quota -> billing
   ✓ mapStatus > 429 -> rate_limit
   ✓ mapStatus > 529 -> overloaded
   ✓ mapStatus > 504 Gateway Timeout -> timeout
 ✓ src/retry.test.ts (4 tests) 1203ms

 Test Files  3 passed (3)
      Tests  19 passed (19)
   Start at  14:02:51
   Duration  2.31s (transform 188ms, setup 0ms, collect 402ms, tests 1.22s, environment 0ms, prepare 301ms)
""")

add("passing-tests", "scripts/gen-noerror: cargo test output", "cli-output", """
   Compiling llm-client v0.4.1 (/home/dev/llm-client)
    Finished `test` profile [unoptimized + debuginfo] target(s) in 6.83s
     Running unittests src/lib.rs (target/debug/deps/llm_client-5c1e0e6a9b3f2d71)

running 9 tests
test error::tests::parses_openai_error_body ... ok
test error::tests::parses_anthropic_overloaded_error ... ok
test error::tests::request_id_is_kept ... ok
test retry::tests::test_rate_limit_error_is_retried ... ok
test retry::tests::test_server_error_502_is_retried ... ok
test retry::tests::test_auth_error_401_is_not_retried ... ok
test retry::tests::backoff_respects_retry_after_header ... ok
test client::tests::timeout_error_has_no_status ... ok
test client::tests::invalid_api_key_message_is_redacted ... ok

test result: ok. 9 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.04s

   Doc-tests llm_client

running 1 test
test src/error.rs - error::ApiError (line 12) ... ok

test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s
""")

add("passing-tests", "scripts/gen-noerror: pytest -v output", "cli-output", """
============================= test session starts ==============================
platform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0 -- /home/dev/.venv/bin/python
cachedir: .pytest_cache
rootdir: /home/dev/chatbot
configfile: pyproject.toml
plugins: anyio-4.6.2, respx-0.21.1
collected 8 items

tests/test_errors.py::test_invalid_api_key PASSED                        [ 12%]
tests/test_errors.py::test_rate_limit_error_is_retried PASSED            [ 25%]
tests/test_errors.py::test_insufficient_quota_not_retried PASSED         [ 37%]
tests/test_errors.py::test_context_length_exceeded_message PASSED        [ 50%]
tests/test_errors.py::test_internal_server_error_500 PASSED              [ 62%]
tests/test_errors.py::test_api_timeout_error PASSED                      [ 75%]
tests/test_client.py::test_chat_completion_ok PASSED                     [ 87%]
tests/test_client.py::test_stream_ok PASSED                              [100%]

============================== 8 passed in 0.71s ===============================
""")

add("passing-tests", "scripts/gen-noerror: go test -v output", "cli-output", """
=== RUN   TestHandle429
=== RUN   TestHandle429/retry_after_header
=== RUN   TestHandle429/no_header_uses_backoff
--- PASS: TestHandle429 (0.02s)
    --- PASS: TestHandle429/retry_after_header (0.01s)
    --- PASS: TestHandle429/no_header_uses_backoff (0.01s)
=== RUN   TestUnauthorizedReturnsErrAuth
--- PASS: TestUnauthorizedReturnsErrAuth (0.00s)
=== RUN   TestServiceUnavailableIsRetried
--- PASS: TestServiceUnavailableIsRetried (0.00s)
=== RUN   TestParseErrorBody
--- PASS: TestParseErrorBody (0.00s)
PASS
ok  	github.com/acme/llmproxy/internal/upstream	0.418s
""")

add("passing-tests", "scripts/gen-noerror: maven surefire output", "cli-output", """
[INFO] -------------------------------------------------------
[INFO]  T E S T S
[INFO] -------------------------------------------------------
[INFO] Running com.acme.payments.StripeErrorMapperTest
[INFO] Tests run: 11, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.412 s -- in com.acme.payments.StripeErrorMapperTest
[INFO] Running com.acme.payments.RateLimitRetryTest
[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 1.203 s -- in com.acme.payments.RateLimitRetryTest
[INFO]
[INFO] Results:
[INFO]
[INFO] Tests run: 15, Failures: 0, Errors: 0, Skipped: 0
[INFO]
[INFO] ------------------------------------------------------------------------
[INFO] BUILD SUCCESS
[INFO] ------------------------------------------------------------------------
[INFO] Total time:  14.227 s
[INFO] Finished at: 2026-11-30T10:14:02Z
[INFO] ------------------------------------------------------------------------
""")

add("passing-tests", "scripts/gen-noerror: mocha spec reporter", "cli-output", """

  GitHub client
    ✔ lists pull requests
    ✔ returns 403 when the token lacks the repo scope (mocked)
    ✔ waits until x-ratelimit-reset when remaining is 0
    ✔ follows 301 Moved Permanently for renamed repos
  Slack notifier
    ✔ posts to chat.postMessage
    ✔ treats {"ok": false, "error": "channel_not_found"} as a config problem (mocked)


  6 passing (87ms)

""")

add("passing-tests", "scripts/gen-noerror: rspec documentation format", "cli-output", """
Billing::Client
  #charge
    creates a PaymentIntent
    raises Billing::CardDeclined on a card_declined error (stubbed)
    retries once on Stripe::APIConnectionError
  #refund
    refunds the full amount

Finished in 0.31842 seconds (files took 1.42 seconds to load)
4 examples, 0 failures

""")

add("passing-tests", "scripts/gen-noerror: cargo nextest output", "cli-output", """
    Starting 7 tests across 2 binaries
        PASS [   0.004s] apidiag-core extract::tests::status_from_error_code_line
        PASS [   0.003s] apidiag-core extract::tests::request_id_from_x_request_id
        PASS [   0.006s] apidiag-core rules::tests::rate_limit_429_matches
        PASS [   0.005s] apidiag-core rules::tests::insufficient_quota_beats_rate_limit
        PASS [   0.002s] apidiag-core rules::tests::no_error_in_healthy_log
        PASS [   0.011s] apidiag-cli cli::tests::exit_code_1_when_error_found
        PASS [   0.009s] apidiag-cli cli::tests::exit_code_0_when_clean
------------
     Summary [   0.019s] 7 tests run: 7 passed, 0 skipped
""")

add("passing-tests", "scripts/gen-noerror: dotnet test output", "cli-output", """
  Determining projects to restore...
  All projects are up-to-date for restore.
  Acme.Api.Tests -> /src/tests/Acme.Api.Tests/bin/Debug/net8.0/Acme.Api.Tests.dll
Test run for /src/tests/Acme.Api.Tests/bin/Debug/net8.0/Acme.Api.Tests.dll (.NETCoreApp,Version=v8.0)
VSTest version 17.11.1 (x64)

Starting test execution, please wait...
A total of 1 test files matched the specified pattern.

Passed!  - Failed:     0, Passed:    23, Skipped:     0, Total:    23, Duration: 412 ms - Acme.Api.Tests.dll (net8.0)
""")

add("passing-tests", "scripts/gen-noerror: playwright list reporter", "cli-output", """
Running 5 tests using 3 workers

  ✓  1 [chromium] › tests/login.spec.ts:8:5 › shows an error banner for a wrong password (1.2s)
  ✓  2 [chromium] › tests/errors.spec.ts:14:5 › renders the 404 page for unknown routes (640ms)
  ✓  3 [chromium] › tests/errors.spec.ts:27:5 › renders the 500 page when the API is mocked to fail (702ms)
  ✓  4 [chromium] › tests/chat.spec.ts:11:5 › shows "rate limited, retrying" toast then the answer (2.1s)
  ✓  5 [chromium] › tests/chat.spec.ts:40:5 › sends a message (903ms)

  5 passed (4.8s)
""")

add("passing-tests", "scripts/gen-noerror: pytest -q output with warnings summary", "cli-output", """
........................................................................ [ 61%]
.............................................                            [100%]
=============================== warnings summary ===============================
tests/test_retry.py::test_retry_on_rate_limit_error
  /home/dev/.venv/lib/python3.11/site-packages/httpx/_client.py:690: DeprecationWarning: The 'app' shortcut is now deprecated. Use the explicit style 'transport=WSGITransport(app=...)' instead.
    warnings.warn(message, DeprecationWarning)

-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html
117 passed, 1 warning in 3.02s
""")

add("passing-tests", "scripts/gen-noerror: bun test output", "cli-output", """
bun test v1.1.38 (e2d6e3c5)

src/errors.test.ts:
✓ classifies a 401 body as auth [0.41ms]
✓ classifies a 429 rate_limit_exceeded body as rate_limit [0.12ms]
✓ classifies "Request timed out." as timeout [0.09ms]
✓ keeps the request id req_123 from the header [0.08ms]

 4 pass
 0 fail
 11 expect() calls
Ran 4 tests across 1 files. [38.00ms]
""")

add("passing-tests", "scripts/gen-noerror: GitHub Actions log of a green test job", "log-line", """
2026-11-30T09:12:03.4416183Z ##[group]Run npm test -- --ci
2026-11-30T09:12:03.4417021Z npm test -- --ci
2026-11-30T09:12:03.4428854Z shell: /usr/bin/bash -e {0}
2026-11-30T09:12:03.4429270Z ##[endgroup]
2026-11-30T09:12:04.1020041Z > api@2.3.0 test
2026-11-30T09:12:04.1021113Z > jest --ci
2026-11-30T09:12:09.8890412Z PASS test/errorHandler.test.js
2026-11-30T09:12:09.8892218Z   ✓ responds 401 when the session cookie is missing (18 ms)
2026-11-30T09:12:09.8893001Z   ✓ responds 503 with Retry-After while in maintenance mode (5 ms)
2026-11-30T09:12:09.9902270Z Tests:       2 passed, 2 total
2026-11-30T09:12:10.0140118Z Post job cleanup.
""")

# =============================================================================================
# documentation and code that talk about errors
add("docs-code", "https://platform.openai.com/docs/guides/error-codes (shape of an API reference page)", "other", """
## Error codes

This guide includes an overview on error codes you might see from both the API and our official Python library.

| Code | Overview |
|---|---|
| 401 - Invalid Authentication | **Cause:** Invalid Authentication. **Solution:** Ensure the correct API key and requesting organization are being used. |
| 429 - Rate limit reached for requests | **Cause:** You are sending requests too quickly. **Solution:** Pace your requests. |
| 429 - You exceeded your current quota | **Cause:** You have run out of credits. **Solution:** Buy more credits. |
| 500 - The server had an error while processing your request | **Cause:** Issue on our servers. **Solution:** Retry after a brief wait. |
| 503 - The engine is currently overloaded | **Cause:** High traffic. **Solution:** Retry after a brief wait. |
""")

add("docs-code", "https://docs.anthropic.com/en/api/errors (shape of an API reference page)", "other", """
# Errors

Our API follows a predictable HTTP error code format:

* 400 - `invalid_request_error`: There was an issue with the format or content of your request.
* 401 - `authentication_error`: There's an issue with your API key.
* 403 - `permission_error`: Your API key does not have permission to use the specified resource.
* 429 - `rate_limit_error`: Your account has hit a rate limit.
* 529 - `overloaded_error`: The API is temporarily overloaded.

Errors are always returned as JSON, with a top-level `error` object that always includes a `type` and `message` value. For example:

```json
{
  "type": "error",
  "error": {
    "type": "not_found_error",
    "message": "The requested resource could not be found."
  },
  "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"
}
```
""")

add("docs-code", "scripts/gen-noerror: project README, troubleshooting section", "other", """
## Troubleshooting

### What does 429 Too Many Requests mean?

You are sending more requests per minute than your tier allows. The client already retries
with exponential backoff; if you still see it, lower `MAX_CONCURRENCY` in `.env`.

### I get `openai.AuthenticationError: Error code: 401`

Your `OPENAI_API_KEY` is wrong or expired. Create a new key and put it in `.env`.

### What does `insufficient_quota` mean?

Your account is out of credit. Add a payment method in the billing settings.
""")

add("docs-code", "scripts/gen-noerror: Go source with a switch over net/http status constants", "other", """
func classify(resp *http.Response) error {
	switch resp.StatusCode {
	case http.StatusOK, http.StatusCreated, http.StatusNoContent:
		return nil
	case http.StatusUnauthorized:
		return ErrUnauthorized // 401: bad or missing key
	case http.StatusForbidden:
		return ErrForbidden
	case http.StatusTooManyRequests:
		return &RetryError{After: parseRetryAfter(resp.Header.Get("Retry-After"))}
	case http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return &RetryError{After: time.Second}
	default:
		return fmt.Errorf("upstream: unexpected status %d", resp.StatusCode)
	}
}
""")

add("docs-code", "scripts/gen-noerror: grep -rn over a Python code base", "cli-output", """
$ grep -rn "RateLimitError\\|AuthenticationError" src/
src/bot/llm.py:9:from openai import APIConnectionError, AuthenticationError, RateLimitError
src/bot/llm.py:52:    except RateLimitError:
src/bot/llm.py:53:        log.warning("rate limited, backing off")
src/bot/llm.py:58:    except AuthenticationError:
src/bot/llm.py:59:        raise SystemExit("OPENAI_API_KEY is invalid (401)")
src/bot/retry.py:12:RETRY_ON = (RateLimitError, APIConnectionError)
""")

add("docs-code", "scripts/gen-noerror: Python error-mapping module", "other", """
ERROR_HINTS = {
    400: "Bad Request: check the parameters you sent.",
    401: "Unauthorized: the API key is missing or invalid.",
    403: "Forbidden: your key cannot access this resource.",
    404: "Not Found: check the model name and the URL.",
    429: "Too Many Requests: slow down or upgrade your plan.",
    500: "Internal Server Error: retry later.",
    503: "Service Unavailable: the service is overloaded, retry later.",
}


def hint_for(status: int) -> str:
    return ERROR_HINTS.get(status, f"Unexpected HTTP status {status}")
""")

add("docs-code", "scripts/gen-noerror: OpenAPI 3 spec responses section", "other", """
paths:
  /v1/orders:
    post:
      summary: Create an order
      responses:
        '201':
          description: Created
        '400':
          description: Bad Request
          content:
            application/json:
              example: {"error": {"code": "invalid_quantity", "message": "quantity must be > 0"}}
        '401':
          description: Unauthorized
        '429':
          description: Too Many Requests
          headers:
            Retry-After:
              schema: {type: integer}
""")

add("docs-code", "scripts/gen-noerror: Rust source matching reqwest status codes", "other", """
impl From<reqwest::Response> for Outcome {
    fn from(resp: reqwest::Response) -> Self {
        match resp.status() {
            s if s.is_success() => Outcome::Ok,
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Outcome::Fatal("check the API key"),
            StatusCode::TOO_MANY_REQUESTS => Outcome::Retry(Duration::from_secs(2)),
            s if s.is_server_error() => Outcome::Retry(Duration::from_millis(500)),
            s => Outcome::Fatal(s.canonical_reason().unwrap_or("unexpected status")),
        }
    }
}
""")

add("docs-code", "scripts/gen-noerror: CHANGELOG.md of an SDK", "other", """
# Changelog

## 1.56.0 (2026-11-20)

### Bug Fixes

* **client:** retry `429 Too Many Requests` only when `x-should-retry` is not `false` (#1912)
* **client:** include the `request_id` in `APIStatusError.__str__` (#1904)
* **streaming:** raise `APIError` for `event: error` chunks instead of ignoring them (#1899)

### Chores

* bump httpx to 0.28
""")

add("docs-code", "scripts/gen-noerror: Stack Overflow style answer text", "other", """
The `401` you saw earlier is not a bug in the library. The message

    Incorrect API key provided: sk-****. You can find your API key at https://platform.openai.com/account/api-keys.

means exactly what it says: the key is wrong. In your case the `.env` file was not loaded
because `load_dotenv()` ran after the client was created. Move it to the top and the call
works:

```python
from dotenv import load_dotenv
load_dotenv()
from openai import OpenAI
client = OpenAI()
```
""")

add("docs-code", "scripts/gen-noerror: TypeScript error class definitions", "other", """
export class RateLimitError extends APIError<429> {}
export class AuthenticationError extends APIError<401> {}
export class PermissionDeniedError extends APIError<403> {}
export class NotFoundError extends APIError<404> {}
export class ConflictError extends APIError<409> {}
export class UnprocessableEntityError extends APIError<422> {}
export class InternalServerError extends APIError<number> {}

// status >= 500 -> InternalServerError; see makeStatusError() below
""")

add("docs-code", "scripts/gen-noerror: GitHub REST docs excerpt about rate limits", "other", """
### Exceeding the rate limit

If you exceed your primary rate limit, you will receive a `403` or `429` response, and the
`x-ratelimit-remaining` header will be `0`. You should not retry your request until after the
time specified by the `x-ratelimit-reset` header.

```
> HTTP/2 200
> x-ratelimit-limit: 5000
> x-ratelimit-remaining: 4987
> x-ratelimit-used: 13
> x-ratelimit-reset: 1796082000
```
""")

add("docs-code", "scripts/gen-noerror: unit-test fixture file that holds a canned error body", "other", """
# tests/fixtures/README.md

Canned responses used by the mocked transport. None of them is sent to a real server.

- `ok_chat.json` - a 200 chat completion with usage
- `rate_limited.json` - what the mock returns for the retry test:
  `{"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}`
- `overloaded.json` - the Anthropic-style 529 body used by `test_overloaded_is_retried`
""")

add("docs-code", "scripts/gen-noerror: Java source mapping HTTP status to exceptions", "other", """
    private static RuntimeException toException(int status, String body) {
        return switch (status) {
            case 400 -> new BadRequestException(body);
            case 401 -> new UnauthorizedException("API key rejected");
            case 404 -> new NotFoundException(body);
            case 429 -> new RateLimitedException(retryAfter(body));
            case 500, 502, 503, 504 -> new UpstreamUnavailableException(status);
            default -> new IllegalStateException("Unexpected HTTP " + status);
        };
    }
""")

add("docs-code", "scripts/gen-noerror: nginx config with error_page directives", "other", """
server {
    listen 443 ssl;
    server_name api.example.com;

    error_page 500 502 503 504 /50x.html;
    error_page 429 = @ratelimited;

    location @ratelimited {
        default_type application/json;
        return 429 '{"error": {"type": "rate_limit_error", "message": "Too many requests"}}';
    }

    location /v1/ {
        limit_req zone=api burst=20 nodelay;
        proxy_pass http://upstream_api;
    }
}
""")

# =============================================================================================
# retries that then succeeded
add("retry-then-success", "scripts/gen-noerror: pip install output", "cli-output", """
Collecting openai==1.55.3
  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError("HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)")': /simple/openai/
  Downloading openai-1.55.3-py3-none-any.whl.metadata (24 kB)
Collecting httpx<1,>=0.23.0 (from openai==1.55.3)
  Using cached httpx-0.27.2-py3-none-any.whl.metadata (7.1 kB)
Downloading openai-1.55.3-py3-none-any.whl (389 kB)
Installing collected packages: openai
Successfully installed openai-1.55.3
""")

add("retry-then-success", "scripts/gen-noerror: pip install with two retries", "cli-output", """
Collecting torch
  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))': /packages/1e/ad/torch-2.5.1-cp312-cp312-manylinux1_x86_64.whl
  WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /packages/1e/ad/torch-2.5.1-cp312-cp312-manylinux1_x86_64.whl
  Downloading torch-2.5.1-cp312-cp312-manylinux1_x86_64.whl (906.4 MB)
     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 906.4/906.4 MB 41.2 MB/s eta 0:00:00
Installing collected packages: torch
Successfully installed torch-2.5.1
""")

add("retry-then-success", "scripts/gen-noerror: openai-python INFO logging (openai._base_client)", "log-line", """
2026-11-30 10:41:07,112 - httpx - INFO - HTTP Request: POST https://api.openai.com/v1/embeddings "HTTP/1.1 200 OK"
2026-11-30 10:41:07,530 - openai._base_client - INFO - Retrying request to /chat/completions in 0.433913 seconds
2026-11-30 10:41:09,204 - httpx - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"
2026-11-30 10:41:09,206 - app.rag - INFO - answer ready: 412 completion tokens, 3.1s
""")

add("retry-then-success", "scripts/gen-noerror: anthropic-python INFO logging", "log-line", """
INFO:anthropic._base_client:Retrying request to /v1/messages in 0.817622 seconds
INFO:httpx:HTTP Request: POST https://api.anthropic.com/v1/messages "HTTP/1.1 200 OK"
INFO:agent:turn 3 done stop_reason=end_turn input_tokens=5120 output_tokens=388
""")

add("retry-then-success", "scripts/gen-noerror: cargo fetch with a spurious network error", "cli-output", """
    Updating crates.io index
warning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 bytes received)
  Downloaded tokio v1.41.1
  Downloaded serde v1.0.215
  Downloaded reqwest v0.12.9
  Downloaded 3 crates (1.2 MB) in 2.41s
   Compiling proc-macro2 v1.0.92
    Finished `dev` profile [unoptimized + debuginfo] target(s) in 41.77s
""")

add("retry-then-success", "scripts/gen-noerror: tenacity before_sleep log then success", "log-line", """
2026-11-30 03:00:01,004 INFO [sync] fetching page 1 of https://api.github.com/repos/acme/web/issues
2026-11-30 03:00:16,011 WARNING [tenacity] Retrying sync.fetch_page in 2.0 seconds as it raised ReadTimeout: The read operation timed out.
2026-11-30 03:00:18,402 INFO [sync] page 1: 100 issues (x-ratelimit-remaining=4890)
2026-11-30 03:00:19,117 INFO [sync] page 2: 37 issues (x-ratelimit-remaining=4889)
2026-11-30 03:00:19,120 INFO [sync] done: 137 issues synced
""")

add("retry-then-success", "scripts/gen-noerror: urllib3 Retry warning then success", "log-line", """
WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'RemoteDisconnected('Remote end closed connection without response')': /v1/customers
INFO:billing.sync:created customer cus_R3x9Kq2LmN8pQa (request req_8bKj2LmQ4nXz1a)
INFO:billing.sync:12 customers synced
""")

add("retry-then-success", "scripts/gen-noerror: docker push with retrying layers", "cli-output", """
The push refers to repository [ghcr.io/acme/api]
5f70bf18a086: Preparing
a1b2c3d4e5f6: Preparing
a1b2c3d4e5f6: Retrying in 5 seconds
a1b2c3d4e5f6: Retrying in 4 seconds
a1b2c3d4e5f6: Retrying in 3 seconds
a1b2c3d4e5f6: Pushed
5f70bf18a086: Layer already exists
1.14.2: digest: sha256:7f2d9c1e4b0a8f6e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e size: 1573
""")

add("retry-then-success", "scripts/gen-noerror: LangChain / OpenAI SDK retry in a notebook", "log-line", """
Retrying langchain_openai.chat_models.base.ChatOpenAI.completion_with_retry.<locals>._completion_with_retry in 4.0 seconds as it raised APIConnectionError: Connection error..
> Finished chain.
{'query': 'What is our refund policy?', 'result': 'Refunds are issued within 14 days of purchase...'}
""")

add("retry-then-success", "scripts/gen-noerror: zap logs of a client that reconnected", "log-line", """
{"level":"warn","ts":1796082000.1221,"caller":"upstream/client.go:88","msg":"attempt failed, retrying","attempt":1,"backoff":"250ms","error":"read tcp 10.0.3.17:51234->10.0.4.2:443: i/o timeout"}
{"level":"info","ts":1796082000.6013,"caller":"upstream/client.go:97","msg":"upstream response","attempt":2,"status":200,"elapsed":0.212}
{"level":"info","ts":1796082000.6020,"caller":"server/http.go:212","msg":"request served","method":"POST","path":"/v1/chat","status":200,"latency":"1.1s"}
""")

add("retry-then-success", "scripts/gen-noerror: npm install with a retried fetch", "cli-output", """
npm http fetch GET https://registry.npmjs.org/esbuild attempt 1 failed with ECONNRESET
npm http fetch GET 200 https://registry.npmjs.org/esbuild 1840ms (cache revalidated)
npm http fetch GET 200 https://registry.npmjs.org/vite 233ms (cache hit)

added 212 packages, and audited 213 packages in 14s

41 packages are looking for funding
  run `npm fund` for details

found 0 vulnerabilities
""")

# =============================================================================================
# application errors that are not API errors
add("app-error", "scripts/gen-noerror: Python traceback, KeyError in user code", "python-traceback", """
Traceback (most recent call last):
  File "/home/dev/etl/run.py", line 41, in <module>
    main()
  File "/home/dev/etl/run.py", line 33, in main
    for row in rows:
        total += row["amount_cents"]
               ~~~^^^^^^^^^^^^^^^^
KeyError: 'amount_cents'
""")

add("app-error", "scripts/gen-noerror: Python PermissionError writing a file", "python-traceback", """
2026-11-30 08:00:02,117 ERROR [exporter] nightly export failed
Traceback (most recent call last):
  File "/opt/exporter/export.py", line 77, in write_csv
    with open(out_path, "w", newline="") as fh:
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
PermissionError: [Errno 13] Permission denied: '/var/exports/orders-2026-11-29.csv'
""")

add("app-error", "scripts/gen-noerror: PostgreSQL server log, duplicate key", "log-line", """
2026-11-30 09:14:22.318 UTC [48211] ERROR:  duplicate key value violates unique constraint "users_email_key"
2026-11-30 09:14:22.318 UTC [48211] DETAIL:  Key (email)=(ann@example.com) already exists.
2026-11-30 09:14:22.318 UTC [48211] STATEMENT:  INSERT INTO users (email, name) VALUES ($1, $2)
""")

add("app-error", "scripts/gen-noerror: pino error-level log of a validation failure", "log-line", """
{"level":50,"time":1796082003120,"pid":31,"hostname":"api-7d9f8b6c5-x2kqp","reqId":"req-1f","err":{"type":"ZodError","message":"[\\n  {\\n    \\"code\\": \\"too_small\\",\\n    \\"minimum\\": 1,\\n    \\"path\\": [\\"quantity\\"],\\n    \\"message\\": \\"Number must be greater than or equal to 1\\"\\n  }\\n]","stack":"ZodError: ...\\n    at parse (/app/src/orders/schema.ts:12:9)"},"msg":"order payload rejected"}
{"level":30,"time":1796082003121,"pid":31,"hostname":"api-7d9f8b6c5-x2kqp","reqId":"req-1f","msg":"rendered form with validation messages"}
{"level":30,"time":1796082003122,"pid":31,"hostname":"api-7d9f8b6c5-x2kqp","reqId":"req-1f","res":{"statusCode":200},"responseTime":4,"msg":"request completed"}
""")

add("app-error", "scripts/gen-noerror: Django ValidationError in a management command", "python-traceback", """
$ python manage.py import_products data/products.csv
Importing 1204 rows...
Traceback (most recent call last):
  File "/srv/shop/catalog/management/commands/import_products.py", line 58, in handle
    product.full_clean()
  File "/srv/shop/.venv/lib/python3.12/site-packages/django/db/models/base.py", line 1582, in full_clean
    raise ValidationError(errors)
django.core.exceptions.ValidationError: {'sku': ['Product with this Sku already exists.'], 'price': ['Ensure that there are no more than 2 decimal places.']}
""")

add("app-error", "scripts/gen-noerror: Node TypeError in application code", "js-error", """
/app/dist/jobs/rollup.js:57
    const rows = report.items.map((i) => i.total);
                              ^

TypeError: Cannot read properties of undefined (reading 'map')
    at buildRows (/app/dist/jobs/rollup.js:57:31)
    at main (/app/dist/jobs/rollup.js:112:5)
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)

Node.js v22.11.0
""")

add("app-error", "scripts/gen-noerror: MySQL client duplicate entry", "cli-output", """
mysql> INSERT INTO coupons (code, discount) VALUES ('WELCOME10', 10);
ERROR 1062 (23000): Duplicate entry 'WELCOME10' for key 'coupons.code'
mysql> SELECT code, discount FROM coupons WHERE code = 'WELCOME10';
+-----------+----------+
| code      | discount |
+-----------+----------+
| WELCOME10 |       10 |
+-----------+----------+
1 row in set (0.00 sec)
""")

add("app-error", "scripts/gen-noerror: Spring Boot log, IllegalArgumentException", "java-stacktrace", """
2026-11-30T10:02:11.481Z ERROR 1 --- [orders] [nio-8080-exec-4] c.a.orders.web.OrderController         : Rejected order: quantity must be positive, was -2
java.lang.IllegalArgumentException: quantity must be positive, was -2
	at com.acme.orders.domain.Order.<init>(Order.java:41) ~[classes/:na]
	at com.acme.orders.web.OrderController.create(OrderController.java:63) ~[classes/:na]
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103) ~[na:na]
""")

add("app-error", "scripts/gen-noerror: Go program, open file permission denied", "go-error", """
2026/11/30 10:15:00 loading config from /etc/acme/agent.yaml
2026/11/30 10:15:00 open /var/lib/acme/state.db: permission denied
2026/11/30 10:15:00 falling back to in-memory state; run as the acme user to persist state
2026/11/30 10:15:00 agent started, polling every 30s
""")

add("app-error", "scripts/gen-noerror: Rails log, RecordInvalid", "log-line", """
Started POST "/users" for 127.0.0.1 at 2026-11-30 10:20:01 +0000
Processing by UsersController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"bob@example.com", "password"=>"[FILTERED]"}}
  TRANSACTION (0.1ms)  BEGIN
  User Exists? (0.4ms)  SELECT 1 AS one FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "bob@example.com"], ["LIMIT", 1]]
  TRANSACTION (0.1ms)  ROLLBACK
  Rendering users/new.html.erb within layouts/application
Completed 200 OK in 14ms (Views: 6.1ms | ActiveRecord: 0.6ms | Allocations: 4210)
""")

add("app-error", "scripts/gen-noerror: SQLAlchemy IntegrityError", "python-traceback", """
sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: tags.name
[SQL: INSERT INTO tags (name) VALUES (?)]
[parameters: ('python',)]
(Background on this error at: https://sqlalche.me/e/20/gkpj)
""")

add("app-error", "scripts/gen-noerror: structlog error-level event, disk full", "log-line", """
{"event": "thumbnail_write_failed", "path": "/data/thumbs/8f/8f2c1e.webp", "error": "OSError(28, 'No space left on device')", "level": "error", "timestamp": "2026-11-30T11:02:44.120931Z"}
{"event": "disk_cleanup_started", "freed_mb": 0, "level": "warning", "timestamp": "2026-11-30T11:02:44.121502Z"}
{"event": "disk_cleanup_finished", "freed_mb": 2048, "level": "info", "timestamp": "2026-11-30T11:03:10.004118Z"}
""")

add("app-error", "scripts/gen-noerror: Serilog CLEF error event, unauthorized file access", "log-line", """
{"@t":"2026-11-30T11:05:12.4410021Z","@mt":"Failed to write cache file {Path}","@l":"Error","@x":"System.UnauthorizedAccessException: Access to the path '/app/data/cache.bin' is denied.\\n   at Microsoft.Win32.SafeHandles.SafeFileHandle.Init(String path, FileMode mode)\\n   at Acme.Cache.DiskStore.Save(Byte[] data)","Path":"/app/data/cache.bin","SourceContext":"Acme.Cache.DiskStore"}
{"@t":"2026-11-30T11:05:12.4420553Z","@mt":"Cache running in memory only","@l":"Warning","SourceContext":"Acme.Cache.DiskStore"}
{"@t":"2026-11-30T11:05:12.9013377Z","@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms","@r":["12.4410"],"RequestMethod":"GET","RequestPath":"/api/v1/catalog","StatusCode":200,"Elapsed":12.441,"SourceContext":"Serilog.AspNetCore.RequestLoggingMiddleware"}
""")

add("app-error", "scripts/gen-noerror: pydantic ValidationError from a settings loader", "python-traceback", """
Traceback (most recent call last):
  File "/app/main.py", line 5, in <module>
    settings = Settings()
               ^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 167, in __init__
    super().__init__(
pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings
database_url
  Field required [type=missing, input_value={}, input_type=dict]
    For further information visit https://errors.pydantic.dev/2.10/v/missing
""")

add("app-error", "scripts/gen-noerror: Rust panic in application code", "cli-output", """
thread 'main' panicked at src/config.rs:42:37:
called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
""")

add("app-error", "scripts/gen-noerror: Python FileNotFoundError loading a model file", "python-traceback", """
Traceback (most recent call last):
  File "/home/dev/classify.py", line 14, in <module>
    model = joblib.load("models/intent-v3.joblib")
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/home/dev/.venv/lib/python3.11/site-packages/joblib/numpy_pickle.py", line 650, in load
    with open(filename, 'rb') as f:
         ^^^^^^^^^^^^^^^^^^^^
FileNotFoundError: [Errno 2] No such file or directory: 'models/intent-v3.joblib'
""")

add("app-error", "scripts/gen-noerror: logrus error-level entry, schema migration conflict", "log-line", """
{"level":"info","msg":"applying migrations","time":"2026-11-30T11:20:00Z"}
{"error":"migration 20261129_add_orders_index: relation \\"orders_created_at_idx\\" already exists","level":"error","msg":"migration failed, skipping (already applied)","time":"2026-11-30T11:20:00Z"}
{"level":"info","msg":"migrations up to date","version":20261129,"time":"2026-11-30T11:20:00Z"}
""")

add("app-error", "scripts/gen-noerror: Java NullPointerException in a batch job", "java-stacktrace", """
Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.trim()" because "line" is null
	at com.acme.batch.CsvReader.next(CsvReader.java:58)
	at com.acme.batch.ImportJob.run(ImportJob.java:31)
	at com.acme.batch.Main.main(Main.java:12)
""")

# =============================================================================================
# Prometheus metrics with status labels
add("metrics", "scripts/gen-noerror: Prometheus exposition format (/metrics)", "other", """
# HELP http_requests_total Total number of HTTP requests.
# TYPE http_requests_total counter
http_requests_total{code="200",handler="/v1/chat",method="post"} 184211
http_requests_total{code="400",handler="/v1/chat",method="post"} 0
http_requests_total{code="401",handler="/v1/chat",method="post"} 0
http_requests_total{code="429",handler="/v1/chat",method="post"} 0
http_requests_total{code="500",handler="/v1/chat",method="post"} 0
http_requests_total{code="503",handler="/v1/chat",method="post"} 0
""")

add("metrics", "scripts/gen-noerror: Prometheus metrics of an LLM gateway", "other", """
# HELP llm_upstream_requests_total Upstream calls by provider and HTTP status.
# TYPE llm_upstream_requests_total counter
llm_upstream_requests_total{provider="openai",status="200"} 90412
llm_upstream_requests_total{provider="openai",status="429"} 3
llm_upstream_requests_total{provider="anthropic",status="200"} 18233
llm_upstream_requests_total{provider="anthropic",status="529"} 0
# HELP llm_tokens_total Tokens used.
# TYPE llm_tokens_total counter
llm_tokens_total{provider="openai",kind="prompt"} 8.1243e+07
llm_tokens_total{provider="openai",kind="completion"} 1.2218e+07
""")

add("metrics", "scripts/gen-noerror: curl of a /metrics endpoint with histogram", "cli-output", """
$ curl -s localhost:9090/metrics | grep -E 'requests_total|duration_seconds_count'
nginx_http_requests_total{host="api.example.com",status="2xx"} 1.204118e+06
nginx_http_requests_total{host="api.example.com",status="4xx"} 0
nginx_http_requests_total{host="api.example.com",status="5xx"} 0
http_server_request_duration_seconds_count{http_response_status_code="200",http_route="/v1/orders"} 48123
http_server_request_duration_seconds_count{http_response_status_code="502",http_route="/v1/orders"} 0
""")

add("metrics", "scripts/gen-noerror: PromQL query result in a terminal", "cli-output", """
$ promtool query instant http://prometheus:9090 'sum by (code) (rate(http_requests_total{job="api"}[5m]))'
{code="200"} => 412.8 @[1796082000]
{code="201"} => 12.1 @[1796082000]
{code="429"} => 0 @[1796082000]
{code="500"} => 0 @[1796082000]
""")

add("metrics", "scripts/gen-noerror: StatsD / Datadog style counters in a log", "log-line", """
2026-11-30T12:00:00Z metrics flush: api.requests{status:200}=18211 api.requests{status:304}=912 api.requests{status:429}=0 api.requests{status:500}=0
2026-11-30T12:01:00Z metrics flush: api.requests{status:200}=18507 api.requests{status:304}=877 api.requests{status:429}=0 api.requests{status:500}=0
2026-11-30T12:02:00Z metrics flush: api.requests{status:200}=17990 api.requests{status:304}=903 api.requests{status:429}=2 api.requests{status:500}=0
""")

# =============================================================================================
# build output with warnings, deprecation warnings
add("build-warnings", "scripts/gen-noerror: npm install output", "cli-output", """
npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.
npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported
npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported

added 1183 packages, and audited 1184 packages in 38s

212 packages are looking for funding
  run `npm fund` for details

found 0 vulnerabilities
""")

add("build-warnings", "scripts/gen-noerror: cargo build with warnings", "cli-output", """
   Compiling gateway v0.3.0 (/work/gateway)
warning: unused variable: `err`
  --> src/upstream.rs:141:17
    |
141 |             Err(err) => return Ok(None),
    |                 ^^^ help: if this is intentional, prefix it with an underscore: `_err`
    |
    = note: `#[warn(unused_variables)]` on by default

warning: field `retry_after` is never read
  --> src/errors.rs:22:5
   |
20 | pub struct RateLimited {
   |            ----------- field in this struct
21 |     pub limit: u32,
22 |     pub retry_after: Option<u64>,
   |         ^^^^^^^^^^^

warning: `gateway` (bin "gateway") generated 2 warnings
    Finished `release` profile [optimized] target(s) in 1m 02s
""")

add("build-warnings", "scripts/gen-noerror: webpack build with size warnings", "cli-output", """
assets by status 1.32 MiB [cached] 4 assets
WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).
This can impact web performance.
Assets:
  main.3f9c1e.js (1.1 MiB)

WARNING in webpack performance recommendations:
You can limit the size of your bundles by using import() or require.ensure to lazy load some parts of your application.

webpack 5.96.1 compiled with 2 warnings in 8412 ms
""")

add("build-warnings", "scripts/gen-noerror: Gradle build with deprecation notice", "cli-output", """
> Task :compileJava
Note: Some input files use or override a deprecated API.
Note: Recompile with -Xlint:deprecation for details.

> Task :test

Deprecated Gradle features were used in this build, making it incompatible with Gradle 9.0.

You can use '--warning-mode all' to show the individual deprecation warnings and determine if they come from your own scripts or plugins.

BUILD SUCCESSFUL in 21s
7 actionable tasks: 7 executed
""")

add("build-warnings", "scripts/gen-noerror: tsc and eslint clean run", "cli-output", """
$ npm run lint && npm run typecheck

> web@1.8.0 lint
> eslint . --max-warnings=50

/home/dev/web/src/api/errors.ts
  14:7  warning  'ERR_RATE_LIMIT' is assigned a value but never used  @typescript-eslint/no-unused-vars
  31:3  warning  Unexpected console statement                        no-console

✖ 2 problems (0 errors, 2 warnings)

> web@1.8.0 typecheck
> tsc --noEmit

""")

add("build-warnings", "scripts/gen-noerror: pip install with script-location warning", "cli-output", """
Installing collected packages: charset-normalizer, urllib3, idna, certifi, requests
  WARNING: The script normalizer is installed in '/home/dev/.local/bin' which is not on PATH.
  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.
Successfully installed certifi-2024.8.30 charset-normalizer-3.4.0 idna-3.10 requests-2.32.3 urllib3-2.2.3

[notice] A new release of pip is available: 24.2 -> 24.3.1
[notice] To update, run: pip install --upgrade pip
""")

add("build-warnings", "scripts/gen-noerror: go vet and go build output", "cli-output", """
$ go vet ./...
# github.com/acme/llmproxy/internal/upstream
internal/upstream/client.go:97:3: printf: fmt.Sprintf format %d has arg resp.Status of wrong type string
$ go build -o bin/llmproxy ./cmd/llmproxy
$ ./bin/llmproxy --version
llmproxy v0.9.2 (commit 9a8b7c6, built 2026-11-30T12:30:00Z)
""")

add("build-warnings", "scripts/gen-noerror: Vite production build", "cli-output", """
vite v6.0.1 building for production...
✓ 812 modules transformed.
dist/index.html                   0.46 kB │ gzip:   0.30 kB
dist/assets/index-DiwrgTda.css   12.10 kB │ gzip:   3.21 kB
dist/assets/index-Bq3Xf1aZ.js   612.44 kB │ gzip: 193.02 kB

(!) Some chunks are larger than 500 kB after minification. Consider:
- Using dynamic import() to code-split the application
- Use build.rollupOptions.output.manualChunks to improve chunking: https://rollupjs.org/configuration-options/#output-manualchunks
✓ built in 4.91s
""")

add("deprecation", "scripts/gen-noerror: Node.js DeprecationWarning", "cli-output", """
$ node server.js
(node:48211) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.
(Use `node --trace-deprecation ...` to show where the warning was created)
Server listening on http://0.0.0.0:3000
""")

add("deprecation", "scripts/gen-noerror: Python DeprecationWarning from a dependency", "cli-output", """
/home/dev/.venv/lib/python3.12/site-packages/langchain/__init__.py:30: UserWarning: Importing LLMChain from langchain root module is no longer supported. Please use langchain.chains.LLMChain instead.
  warnings.warn(
/home/dev/app.py:12: LangChainDeprecationWarning: The class `OpenAI` was deprecated in LangChain 0.0.10 and will be removed in 1.0. An updated version of the class exists in the :class:`~langchain-openai package and should be used instead.
  llm = OpenAI(temperature=0)
Answer: Paris is the capital of France.
""")

add("deprecation", "scripts/gen-noerror: Node TLS warning and app start", "cli-output", """
(node:3120) Warning: Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS connections and HTTPS requests insecure by disabling certificate verification.
(Use `node --trace-warnings ...` to show where the warning was created)
[dev] proxy ready on http://localhost:5173 -> https://staging-api.example.com
""")

add("deprecation", "scripts/gen-noerror: kubectl deprecation warning", "cli-output", """
$ kubectl apply -f k8s/
Warning: autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler
deployment.apps/api configured
service/api unchanged
horizontalpodautoscaler.autoscaling/api configured
""")

add("deprecation", "scripts/gen-noerror: OpenAI SDK deprecation of a model parameter", "log-line", """
/srv/app/llm.py:44: DeprecationWarning: The `functions` parameter is deprecated. Use `tools` instead.
  resp = client.chat.completions.create(model=MODEL, messages=msgs, functions=FUNCS)
2026-11-30 12:40:02,118 - httpx - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"
2026-11-30 12:40:02,121 - app.llm - INFO - function_call=get_weather args={"city": "Oslo"}
""")

add("deprecation", "scripts/gen-noerror: Docker Compose version attribute warning", "cli-output", """
WARN[0000] /home/dev/app/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion
[+] Running 3/3
 ✔ Network app_default  Created                                           0.1s
 ✔ Container app-db-1   Started                                           0.6s
 ✔ Container app-api-1  Started                                           0.9s
""")

# =============================================================================================
# Kubernetes events of normal pods, docker pull
add("k8s-events", "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/ (kubectl describe pod Events)", "cli-output", """
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  41s   default-scheduler  Successfully assigned default/api-6d9f8b7c5d-x2kqp to node-3
  Normal  Pulling    40s   kubelet            Pulling image "ghcr.io/acme/api:1.14.2"
  Normal  Pulled     33s   kubelet            Successfully pulled image "ghcr.io/acme/api:1.14.2" in 6.912s (6.912s including waiting). Image size: 48213901 bytes.
  Normal  Created    33s   kubelet            Created container api
  Normal  Started    32s   kubelet            Started container api
""")

add("k8s-events", "scripts/gen-noerror: kubectl get events", "cli-output", """
LAST SEEN   TYPE     REASON              OBJECT                          MESSAGE
3m12s       Normal   ScalingReplicaSet   deployment/web                  Scaled up replica set web-7c9f8d6b5 to 3 from 2
3m12s       Normal   SuccessfulCreate    replicaset/web-7c9f8d6b5        Created pod: web-7c9f8d6b5-4kq2z
3m11s       Normal   Scheduled           pod/web-7c9f8d6b5-4kq2z         Successfully assigned default/web-7c9f8d6b5-4kq2z to node-1
3m10s       Normal   Pulled              pod/web-7c9f8d6b5-4kq2z         Container image "nginx:1.27-alpine" already present on machine
3m10s       Normal   Created             pod/web-7c9f8d6b5-4kq2z         Created container nginx
3m10s       Normal   Started             pod/web-7c9f8d6b5-4kq2z         Started container nginx
""")

add("k8s-events", "scripts/gen-noerror: kubectl rollout status", "cli-output", """
$ kubectl rollout status deployment/orders -n prod
Waiting for deployment "orders" rollout to finish: 1 out of 3 new replicas have been updated...
Waiting for deployment "orders" rollout to finish: 2 out of 3 new replicas have been updated...
Waiting for deployment "orders" rollout to finish: 1 old replicas are pending termination...
deployment "orders" successfully rolled out
$ kubectl get pods -n prod -l app=orders
NAME                      READY   STATUS    RESTARTS   AGE
orders-5d7f9c8b6d-2mxkq   1/1     Running   0          48s
orders-5d7f9c8b6d-8hq4z   1/1     Running   0          71s
orders-5d7f9c8b6d-tz9lp   1/1     Running   0          95s
""")

add("k8s-events", "scripts/gen-noerror: kubelet probe configuration in describe output", "cli-output", """
    Liveness:       http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3
    Readiness:      http-get http://:8080/readyz delay=5s timeout=1s period=5s #success=1 #failure=3
    Environment:
      LOG_LEVEL:       info
      OPENAI_API_KEY:  <set to the key 'openai-api-key' in secret 'llm-secrets'>  Optional: false
Conditions:
  Type                        Status
  PodReadyToStartContainers   True
  Initialized                 True
  Ready                       True
  ContainersReady             True
  PodScheduled                True
""")

add("docker-pull", "scripts/gen-noerror: docker pull progress", "cli-output", """
$ docker pull python:3.12-slim
3.12-slim: Pulling from library/python
2d429b9e73a6: Pull complete
a6b5d4c3e2f1: Pull complete
9c8b7a6d5e4f: Pull complete
4f3e2d1c0b9a: Pull complete
Digest: sha256:2ec5a4a5c3e6f1b0d9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6
Status: Downloaded newer image for python:3.12-slim
docker.io/library/python:3.12-slim
""")

add("docker-pull", "scripts/gen-noerror: docker build with BuildKit", "cli-output", """
[+] Building 41.2s (12/12) FINISHED                                docker:default
 => [internal] load build definition from Dockerfile                      0.0s
 => [internal] load metadata for docker.io/library/node:22-alpine         1.1s
 => [1/6] FROM docker.io/library/node:22-alpine@sha256:b64ced2e7cd0a4  4.2s
 => [2/6] WORKDIR /app                                                    0.1s
 => [3/6] COPY package*.json ./                                           0.0s
 => [4/6] RUN npm ci --omit=dev                                          28.4s
 => [5/6] COPY . .                                                        0.2s
 => [6/6] RUN npm run build                                               6.3s
 => exporting to image                                                    0.9s
 => => naming to docker.io/acme/web:latest                                0.0s
""")

add("docker-pull", "scripts/gen-noerror: docker compose pull", "cli-output", """
[+] Pulling 3/3
 ✔ db Pulled                                                              6.2s
   ✔ 2d429b9e73a6 Already exists                                          0.0s
   ✔ 7f1e2d3c4b5a Pull complete                                           3.8s
 ✔ redis Pulled                                                           2.1s
 ✔ api Pulled                                                             9.4s
""")
