#!/usr/bin/env python3
"""Texts with no API error in them, batch 4: kinds the first three batches do not cover.

Retries that ended in success as the real clients log them (urllib3 status retries, botocore's
retry handler, curl --retry, wget --retry-on-http-error, Sentry breadcrumbs), an HTTP Digest
401 challenge and redirects answered in the same call, wire-level debug output of successful
calls (Ruby Net::HTTP, Python http.client), test runners not in earlier batches (go test -json,
node --test spec and TAP, unittest, Minitest), API test and load test summaries (newman, Locust),
server logs (PHP built-in server, HAProxy, nginx with upstream fields), Kubernetes manifests from
a client dry run, package manager output, OpenTelemetry and Sentry SDK output, and three API
reference pages as they read when copied from a rendered web page (no Markdown).
Texts marked "captured" are what the named tool printed here, against a local server (hosts,
paths and names changed); the docs pages follow the printed shape of rendered reference pages.

    python3 scripts/gen-noerror/corpus_texts4.py --first 242 >> tests/corpus/noerror.jsonl

Each entry: (family, source, form, text), written as `noerror-NNNN` from --first on.
"""
import argparse
import json
import sys

E4 = []


def add(family, source, form, text):
    E4.append((family, "scripts/gen-noerror: " + source, form, text.strip("\n") + "\n"))


add('retry-then-success', 'requests + urllib3 Retry(status_forcelist) DEBUG log, two 429 then 200 (captured with requests 2.34 / urllib3 2.7)', 'log-line', """
2026-12-07 06:55:09,402 DEBUG urllib3.connectionpool: Starting new HTTP connection (1): orders-api.internal:8080
2026-12-07 06:55:09,411 DEBUG urllib3.connectionpool: http://orders-api.internal:8080 "POST /v1/orders HTTP/1.1" 429 23
2026-12-07 06:55:09,411 DEBUG urllib3.util.retry: Incremented Retry for (url='/v1/orders'): Retry(total=4, connect=None, read=None, redirect=None, status=None)
2026-12-07 06:55:09,418 DEBUG urllib3.connectionpool: Retry: /v1/orders
2026-12-07 06:55:09,420 DEBUG urllib3.connectionpool: http://orders-api.internal:8080 "POST /v1/orders HTTP/1.1" 429 23
2026-12-07 06:55:09,420 DEBUG urllib3.util.retry: Incremented Retry for (url='/v1/orders'): Retry(total=3, connect=None, read=None, redirect=None, status=None)
2026-12-07 06:55:09,669 DEBUG urllib3.connectionpool: Retry: /v1/orders
2026-12-07 06:55:09,675 DEBUG urllib3.connectionpool: http://orders-api.internal:8080 "POST /v1/orders HTTP/1.1" 200 34
2026-12-07 06:55:09,676 INFO sync: order created id=ord_0003 status=200
""")

add('retry-then-success', 'requests + urllib3 Retry DEBUG log, one 503 then 200 (captured with requests 2.34 / urllib3 2.7)', 'log-line', """
2026-12-07 06:55:10,271 DEBUG urllib3.connectionpool: Starting new HTTP connection (1): orders-api.internal:8080
2026-12-07 06:55:10,273 DEBUG urllib3.connectionpool: http://orders-api.internal:8080 "POST /v1/orders HTTP/1.1" 503 13
2026-12-07 06:55:10,273 DEBUG urllib3.util.retry: Incremented Retry for (url='/v1/orders'): Retry(total=4, connect=None, read=None, redirect=None, status=None)
2026-12-07 06:55:10,274 DEBUG urllib3.connectionpool: Retry: /v1/orders
2026-12-07 06:55:10,275 DEBUG urllib3.connectionpool: http://orders-api.internal:8080 "POST /v1/orders HTTP/1.1" 200 34
2026-12-07 06:55:10,325 INFO sync: order created id=ord_0002 status=200
""")

add('retry-then-success', 'boto3 S3 ListBuckets DEBUG log, SlowDown 503 retried twice then 200 (captured with boto3 1.43 against a local S3-compatible server)', 'log-line', """
2026-12-07 06:55:15,723 botocore.endpoint [DEBUG] Setting s3 timeout as (60, 60)
2026-12-07 06:55:15,746 botocore.endpoint [DEBUG] Making request for OperationModel(name=ListBuckets) with params: {'url_path': '/', 'query_string': {}, 'method': 'GET', 'headers': {'User-Agent': 'Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v1300 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython m/b,N,E,e,Z cfg/retry-mode#standard Botocore/1.43.11'}, 'body': b'', 'url': 'http://127.0.0.1:9000/', 'context': {'client_region': 'us-east-1', 'client_config': <botocore.config.Config object at 0x7f483ed16710>, 'has_streaming_input': False, 'auth_type': 'v4', 'unsigned_payload': None, 'auth_options': ['aws.auth#sigv4'], 's3_redirect': {'redirected': False, 'bucket': None, 'params': {}}, 'input_params': {}, 'signing': {'region': 'us-east-1', 'signing_name': 's3', 'disableDoubleEncoding': True}, 'endpoint_properties': {'authSchemes': [{'disableDoubleEncoding': True, 'name': 'sigv4', 'signingName': 's3', 'signingRegion': 'us-east-1'}]}}}
2026-12-07 06:55:15,748 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=http://127.0.0.1:9000/, headers={'User-Agent': b'Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v1300 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython m/b,N,E,e,Z cfg/retry-mode#standard Botocore/1.43.11', 'X-Amz-Date': b'20261207T065515Z', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261207/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=27e784d8ae7f744d9df4a1474f06b00b5327d3569023b56dcc63a22e24cd39df', 'amz-sdk-invocation-id': b'99a5127a-6841-449f-ae82-be5ef966e6cc', 'amz-sdk-request': b'attempt=1'}>
2026-12-07 06:55:15,748 urllib3.connectionpool [DEBUG] Starting new HTTP connection (1): 127.0.0.1:9000
2026-12-07 06:55:15,762 urllib3.connectionpool [DEBUG] http://127.0.0.1:9000 "GET / HTTP/1.1" 503 165
2026-12-07 06:55:15,762 botocore.parsers [DEBUG] Response headers: {'Server': 'BaseHTTP/0.6 Python/3.11.7', 'Date': 'Mon, 07 Dec 2026 06:55:15 GMT', 'Content-Type': 'application/xml', 'Content-Length': '165', 'x-amz-request-id': '4442587FB7D0A2F9'}
2026-12-07 06:55:15,762 botocore.parsers [DEBUG] Response body:
b'<?xml version="1.0" encoding="UTF-8"?>\\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>'
2026-12-07 06:55:15,770 botocore.retries.standard [DEBUG] Retry needed, retrying request after delay of: 0.18524492945275495
2026-12-07 06:55:15,771 botocore.endpoint [DEBUG] Response received to retry, sleeping for 0.18524492945275495 seconds
2026-12-07 06:55:15,960 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=http://127.0.0.1:9000/, headers={'User-Agent': b'Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v1300 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython m/b,N,E,e,Z cfg/retry-mode#standard Botocore/1.43.11', 'X-Amz-Date': b'20261207T065515Z', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261207/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=27e784d8ae7f744d9df4a1474f06b00b5327d3569023b56dcc63a22e24cd39df', 'amz-sdk-invocation-id': b'99a5127a-6841-449f-ae82-be5ef966e6cc', 'amz-sdk-request': b'ttl=20261207T065615Z; attempt=2; max=6'}>
2026-12-07 06:55:15,970 urllib3.connectionpool [DEBUG] http://127.0.0.1:9000 "GET / HTTP/1.1" 503 165
2026-12-07 06:55:15,971 botocore.parsers [DEBUG] Response headers: {'Server': 'BaseHTTP/0.6 Python/3.11.7', 'Date': 'Mon, 07 Dec 2026 06:55:15 GMT', 'Content-Type': 'application/xml', 'Content-Length': '165', 'x-amz-request-id': '4442587FB7D0A2F9'}
2026-12-07 06:55:15,971 botocore.parsers [DEBUG] Response body:
b'<?xml version="1.0" encoding="UTF-8"?>\\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>'
2026-12-07 06:55:15,971 botocore.retries.standard [DEBUG] Retry needed, retrying request after delay of: 0.3825525211830678
2026-12-07 06:55:15,971 botocore.endpoint [DEBUG] Response received to retry, sleeping for 0.3825525211830678 seconds
2026-12-07 06:55:16,355 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=GET, url=http://127.0.0.1:9000/, headers={'User-Agent': b'Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v1300 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython m/b,N,E,e,Z cfg/retry-mode#standard Botocore/1.43.11', 'X-Amz-Date': b'20261207T065516Z', 'X-Amz-Content-SHA256': b'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'Authorization': b'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261207/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=3a60200e2eb3a5b53cf0a2f8b71cfc2a8c8efae91cfd18926655b70f23263803', 'amz-sdk-invocation-id': b'99a5127a-6841-449f-ae82-be5ef966e6cc', 'amz-sdk-request': b'ttl=20261207T065615Z; attempt=3; max=6'}>
2026-12-07 06:55:16,356 urllib3.connectionpool [DEBUG] http://127.0.0.1:9000 "GET / HTTP/1.1" 200 277
2026-12-07 06:55:16,357 botocore.parsers [DEBUG] Response headers: {'Server': 'BaseHTTP/0.6 Python/3.11.7', 'Date': 'Mon, 07 Dec 2026 06:55:16 GMT', 'Content-Type': 'application/xml', 'Content-Length': '277', 'x-amz-request-id': '0A1B2C3D4E5F6071'}
2026-12-07 06:55:16,357 botocore.parsers [DEBUG] Response body:
b'<?xml version="1.0" encoding="UTF-8"?>\\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>abc</ID></Owner><Buckets><Bucket><Name>reports-2026</Name><CreationDate>2026-01-02T10:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>'
2026-12-07 06:55:16,361 botocore.retries.standard [DEBUG] Not retrying request.
buckets: ['reports-2026']
""")

add('retry-then-success', 'curl --retry: two transient 503 answers retried, then 200 (captured with curl 7.88)', 'cli-output', """
$ curl --no-progress-meter --retry 3 --retry-delay 1 -o orders.json -w "http_code=%{http_code} size=%{size_download}\\n" http://orders-api.internal:8080/v1/orders/export
Warning: Problem : HTTP error. Will retry in 1 seconds. 3 retries left.
Throwing away 13 bytes
Warning: Problem : HTTP error. Will retry in 1 seconds. 2 retries left.
Throwing away 13 bytes
http_code=200 size=34
""")

add('http-auth-handshake', 'curl -v --digest: the 401 challenge of HTTP Digest auth, then 200 (captured with curl 7.88)', 'curl', """
$ curl -v --digest -u deploy-bot:hunter2 http://orders-api.internal:8080/digest

* Connected to 127.0.0.1 (127.0.0.1) port 18931 (#0)
* Server auth using Digest with user 'deploy-bot'
> GET /digest HTTP/1.1
> Host: orders-api.internal:8080
> User-Agent: curl/7.88.1
> Accept: */*
> 
< HTTP/1.1 401 Unauthorized
< Server: BaseHTTP/0.6 Python/3.11.7
< Date: Mon, 07 Dec 2026 06:55:20 GMT
< Content-Type: application/json
< Content-Length: 0
< WWW-Authenticate: Digest realm="api", qop="auth", nonce="7c9d1e5a", opaque="b2f0"
< 

* Connection #0 to host 127.0.0.1 left intact
* Issue another request to this URL: 'http://orders-api.internal:8080/digest'
* Found bundle for host: 0x561f8be35cb0 [serially]
* Can not multiplex, even if we wanted to
* Re-using existing connection #0 with host 127.0.0.1
* Server auth using Digest with user 'deploy-bot'
> GET /digest HTTP/1.1
> Host: orders-api.internal:8080
> Authorization: Digest username="deploy-bot", realm="api", nonce="7c9d1e5a", uri="/digest", cnonce="ZDQ1MGIyZjBiNDFhMTA1NzFhMWY1OWExYTVkYTkwNjk=", nc=00000001, qop=auth, response="211e6f0a283e07e8e9233d122b1a7591", opaque="b2f0"
> User-Agent: curl/7.88.1
> Accept: */*
> 
< HTTP/1.1 200 OK
< Server: BaseHTTP/0.6 Python/3.11.7
< Date: Mon, 07 Dec 2026 06:55:20 GMT
< Content-Type: application/json
< Content-Length: 39
< 
{ [39 bytes data]

* Connection #0 to host 127.0.0.1 left intact
{"user":"deploy-bot","scopes":["read"]}
""")

add('redirects', 'curl -sSIL following 301 and 302 redirects to a 200 (captured with curl 7.88)', 'curl', """
$ curl -sSIL http://orders-api.internal:8080/old
HTTP/1.1 301 Moved Permanently
Server: BaseHTTP/0.6 Python/3.11.7
Date: Mon, 07 Dec 2026 06:55:20 GMT
Content-Type: application/json
Content-Length: 0
Location: /v2/old

HTTP/1.1 302 Found
Server: BaseHTTP/0.6 Python/3.11.7
Date: Mon, 07 Dec 2026 06:55:20 GMT
Content-Type: application/json
Content-Length: 0
Location: /v2/items?page=1

HTTP/1.1 200 OK
Server: BaseHTTP/0.6 Python/3.11.7
Date: Mon, 07 Dec 2026 06:55:20 GMT
Content-Type: application/json
Content-Length: 34
""")

add('cli-success', 'wget download, 200 OK (captured with GNU Wget 1.21)', 'cli-output', """
$ wget -O items.json 'http://orders-api.internal:8080/v2/items?page=1'
--2026-12-07 06:55:20--  http://orders-api.internal:8080/v2/items?page=1
Connecting to orders-api.internal:8080... connected.
HTTP request sent, awaiting response... 200 OK
Length: 34 [application/json]
Saving to: ‘items.json’

     0K                                                       100%  857K=0s

2026-12-07 06:55:20 (857 KB/s) - ‘items.json’ saved [34/34]
""")

add('retry-then-success', 'wget --retry-on-http-error: a 429 retried, then 200 (captured with GNU Wget 1.21)', 'cli-output', """
$ wget --tries=4 --waitretry=1 --retry-on-http-error=429,503 -O orders.csv http://orders-api.internal:8080/exports/orders.csv
--2026-12-07 06:55:24--  http://orders-api.internal:8080/exports/orders.csv
Connecting to orders-api.internal:8080... connected.
HTTP request sent, awaiting response... 429 Too Many Requests
Retrying.

--2026-12-07 06:55:25--  (try: 2)  http://orders-api.internal:8080/exports/orders.csv
Reusing existing connection to orders-api.internal:8080.
HTTP request sent, awaiting response... 200 OK
Length: 34 [application/json]
Saving to: ‘orders.csv’

     0K                                                       100% 1.04M=0s

2026-12-07 06:55:25 (1.04 MB/s) - ‘orders.csv’ saved [34/34]
""")

add('passing-tests', 'go test -json of passing tests named after statuses (captured with go 1.19)', 'log-line', """
{"Time":"2026-12-07T06:55:34.642874797Z","Action":"run","Package":"example.com/ordersync/client","Test":"TestBackoffOn429"}
{"Time":"2026-12-07T06:55:34.643074634Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestBackoffOn429","Output":"=== RUN   TestBackoffOn429\\n"}
{"Time":"2026-12-07T06:55:34.643796525Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestBackoffOn429","Output":"--- PASS: TestBackoffOn429 (0.00s)\\n"}
{"Time":"2026-12-07T06:55:34.643821432Z","Action":"pass","Package":"example.com/ordersync/client","Test":"TestBackoffOn429","Elapsed":0}
{"Time":"2026-12-07T06:55:34.643829835Z","Action":"run","Package":"example.com/ordersync/client","Test":"TestBackoffOn503ServiceUnavailable"}
{"Time":"2026-12-07T06:55:34.643834762Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestBackoffOn503ServiceUnavailable","Output":"=== RUN   TestBackoffOn503ServiceUnavailable\\n"}
{"Time":"2026-12-07T06:55:34.643840581Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestBackoffOn503ServiceUnavailable","Output":"--- PASS: TestBackoffOn503ServiceUnavailable (0.00s)\\n"}
{"Time":"2026-12-07T06:55:34.64384703Z","Action":"pass","Package":"example.com/ordersync/client","Test":"TestBackoffOn503ServiceUnavailable","Elapsed":0}
{"Time":"2026-12-07T06:55:34.643850625Z","Action":"run","Package":"example.com/ordersync/client","Test":"TestNoRetryOn401Unauthorized"}
{"Time":"2026-12-07T06:55:34.64385387Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestNoRetryOn401Unauthorized","Output":"=== RUN   TestNoRetryOn401Unauthorized\\n"}
{"Time":"2026-12-07T06:55:34.643858267Z","Action":"output","Package":"example.com/ordersync/client","Test":"TestNoRetryOn401Unauthorized","Output":"--- PASS: TestNoRetryOn401Unauthorized (0.00s)\\n"}
{"Time":"2026-12-07T06:55:34.643861542Z","Action":"pass","Package":"example.com/ordersync/client","Test":"TestNoRetryOn401Unauthorized","Elapsed":0}
{"Time":"2026-12-07T06:55:34.643864867Z","Action":"output","Package":"example.com/ordersync/client","Output":"PASS\\n"}
{"Time":"2026-12-07T06:55:34.6439279Z","Action":"output","Package":"example.com/ordersync/client","Output":"ok  \\texample.com/ordersync/client\\t0.011s\\n"}
{"Time":"2026-12-07T06:55:34.64544413Z","Action":"pass","Package":"example.com/ordersync/client","Elapsed":0.013}
""")

add('passing-tests', 'node --test with the spec reporter, all passing (captured with Node.js 20)', 'cli-output', """
$ node --test --test-reporter=spec test/
▶ classify()
  ✔ retries 429 Too Many Requests (0.657185ms)
  ✔ retries 503 Service Unavailable (0.110404ms)
  ✔ maps 401 Unauthorized to an auth error (0.111555ms)
  ✔ treats 500 Internal Server Error as a failure (0.120538ms)
✔ classify() (2.0752ms)
ℹ tests 4
ℹ suites 1
ℹ pass 4
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms 213.353429
""")

add('passing-tests', 'node --test with the TAP reporter, all passing (captured with Node.js 20)', 'cli-output', """
TAP version 13
# Subtest: classify()
    # Subtest: retries 429 Too Many Requests
    ok 1 - retries 429 Too Many Requests
      ---
      duration_ms: 0.657886
      ...
    # Subtest: retries 503 Service Unavailable
    ok 2 - retries 503 Service Unavailable
      ---
      duration_ms: 0.116222
      ...
    # Subtest: maps 401 Unauthorized to an auth error
    ok 3 - maps 401 Unauthorized to an auth error
      ---
      duration_ms: 0.120058
      ...
    # Subtest: treats 500 Internal Server Error as a failure
    ok 4 - treats 500 Internal Server Error as a failure
      ---
      duration_ms: 0.113368
      ...
    1..4
ok 1 - classify()
  ---
  duration_ms: 2.113537
  type: 'suite'
  ...
1..1
# tests 4
# suites 1
# pass 4
# fail 0
# cancelled 0
# skipped 0
# todo 0
# duration_ms 399.922472
""")

add('passing-tests', 'python -m unittest -v, all passing, one skipped (captured with Python 3.11)', 'cli-output', """
$ python -m unittest -v test_client
test_401_unauthorized_raises_authentication_error (test_client.RetryPolicyTests.test_401_unauthorized_raises_authentication_error) ... ok
test_429_too_many_requests_is_retried (test_client.RetryPolicyTests.test_429_too_many_requests_is_retried) ... ok
test_503_service_unavailable_honours_retry_after (test_client.RetryPolicyTests.test_503_service_unavailable_honours_retry_after) ... ok
test_invalid_api_key_message_is_not_logged (test_client.RetryPolicyTests.test_invalid_api_key_message_is_not_logged) ... ok
test_live_quota_exceeded (test_client.RetryPolicyTests.test_live_quota_exceeded) ... skipped 'needs a live key'

----------------------------------------------------------------------
Ran 5 tests in 0.000s

OK (skipped=1)
""")

add('passing-tests', 'Minitest -v run, 0 failures, 0 errors (captured with Ruby 3.1 minitest)', 'cli-output', """
$ ruby -Itest test/client_error_test.rb -v
Run options: -v --seed 40696

# Running:

ClientErrorTest#test_timeout_error_after_30_seconds = 0.00 s = .
ClientErrorTest#test_raises_rate_limited_on_429 = 0.00 s = .
ClientErrorTest#test_raises_unauthorized_on_401_with_the_api_message = 0.00 s = .
ClientErrorTest#test_retries_502_bad_gateway_once = 0.00 s = .

Finished in 0.002760s, 1449.1252 runs/s, 1449.1252 assertions/s.

4 runs, 4 assertions, 0 failures, 0 errors, 0 skips
""")

add('http-wire-debug', 'Ruby Net::HTTP set_debug_output of a 200 response (captured with Ruby 3.1)', 'cli-output', """
opening connection to orders-api.internal:8080...
opened
<- "GET /v1/invoices?status=open HTTP/1.1\\r\\nAccept: application/json\\r\\nX-Request-Id: c0ffee-42\\r\\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\\r\\nUser-Agent: Ruby\\r\\nHost: orders-api.internal:8080\\r\\n\\r\\n"
-> "HTTP/1.1 200 OK\\r\\n"
-> "Server: BaseHTTP/0.6 Python/3.11.7\\r\\n"
-> "Date: Mon, 07 Dec 2026 06:55:42 GMT\\r\\n"
-> "Content-Type: application/json\\r\\n"
-> "Content-Length: 34\\r\\n"
-> "\\r\\n"
reading 34 bytes...
-> ""
-> "{\\"id\\": \\"ord_0001\\", \\"status\\": \\"ok\\"}"
read 34 bytes
Conn keep-alive
=> 200 OK: ok
""")

add('http-wire-debug', 'Python http.client debuglevel=1 of a PUT answered 200 (captured with Python 3.11)', 'cli-output', """
send: b'PUT /v1/webhooks/wh_42 HTTP/1.1\\r\\nHost: orders-api.internal:8080\\r\\nAccept-Encoding: identity\\r\\nContent-Length: 63\\r\\nContent-Type: application/json\\r\\n\\r\\n'
send: b'{"url": "https://example.com/hook", "events": ["invoice.paid"]}'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Server: BaseHTTP/0.6 Python/3.11.7
header: Date: Mon, 07 Dec 2026 06:55:43 GMT
header: Content-Type: application/json
header: Content-Length: 34
200 OK {"id": "ord_0001", "status": "ok"}
""")

add('http-success', 'PHP built-in web server log, 200s (captured with PHP 8.2 php -S)', 'log-line', """
[Mon Dec  7 06:55:48 2026] PHP 8.2.36 Development Server (http://127.0.0.1:8000) started
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38568 Accepted
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38568 [200]: GET /api/health.php
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38568 Closing
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38570 Accepted
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38570 [200]: GET /api/orders.json
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38570 Closing
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38582 Accepted
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38582 [200]: GET /index.php
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38582 Closing
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38586 Accepted
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38586 [200]: GET /api/health.php?probe=1
[Mon Dec  7 06:55:49 2026] 127.0.0.1:38586 Closing
""")

add('k8s-manifests', 'kubectl create --dry-run=client -o yaml, a deployment and a retry-policy configmap (captured with kubectl 1.32)', 'cli-output', """
$ kubectl create deployment llm-gateway --image=ghcr.io/example/llm-gateway:1.4.2 --replicas=2 --port=8080 --dry-run=client -o yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: llm-gateway
  name: llm-gateway
spec:
  replicas: 2
  selector:
    matchLabels:
      app: llm-gateway
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: llm-gateway
    spec:
      containers:
      - image: ghcr.io/example/llm-gateway:1.4.2
        name: llm-gateway
        ports:
        - containerPort: 8080
        resources: {}
status: {}
$ kubectl create configmap retry-policy --from-literal=RETRY_ON="429,500,502,503,504" --from-literal=MAX_RETRIES=5 --dry-run=client -o yaml
apiVersion: v1
data:
  MAX_RETRIES: "5"
  RETRY_ON: 429,500,502,503,504
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: retry-policy
""")

add('cli-success', 'apt-get update and apt-get install, success with invoke-rc.d notices (captured with apt 2.6 on Debian 12)', 'cli-output', """
$ apt-get update
Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]
Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]
Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [34.8 kB]
Fetched 241 kB in 1s (331 kB/s)
Reading package lists...
$ apt-get install -y haproxy
Reading package lists...
Building dependency tree...
Reading state information...
The following additional packages will be installed:
  liblua5.3-0 libopentracing-c-wrapper0 libopentracing1
Suggested packages:
  vim-haproxy haproxy-doc
The following NEW packages will be installed:
  haproxy liblua5.3-0 libopentracing-c-wrapper0 libopentracing1
0 upgraded, 4 newly installed, 0 to remove and 140 not upgraded.
Need to get 2249 kB of archives.
After this operation, 5135 kB of additional disk space will be used.
Get:1 http://deb.debian.org/debian bookworm/main amd64 liblua5.3-0 amd64 5.3.6-2 [123 kB]
Get:2 http://deb.debian.org/debian bookworm/main amd64 libopentracing1 amd64 1.6.0-4 [53.4 kB]
Get:3 http://deb.debian.org/debian bookworm/main amd64 libopentracing-c-wrapper0 amd64 1.1.3-3+b1 [29.6 kB]
Get:4 http://deb.debian.org/debian-security bookworm-security/main amd64 haproxy amd64 2.6.12-1+deb12u4 [2043 kB]
debconf: delaying package configuration, since apt-utils is not installed
Fetched 2249 kB in 0s (45.1 MB/s)
Selecting previously unselected package liblua5.3-0:amd64.
Preparing to unpack .../liblua5.3-0_5.3.6-2_amd64.deb ...
Unpacking liblua5.3-0:amd64 (5.3.6-2) ...
Selecting previously unselected package libopentracing1:amd64.
Preparing to unpack .../libopentracing1_1.6.0-4_amd64.deb ...
Unpacking libopentracing1:amd64 (1.6.0-4) ...
Selecting previously unselected package libopentracing-c-wrapper0:amd64.
Preparing to unpack .../libopentracing-c-wrapper0_1.1.3-3+b1_amd64.deb ...
Unpacking libopentracing-c-wrapper0:amd64 (1.1.3-3+b1) ...
Selecting previously unselected package haproxy.
Preparing to unpack .../haproxy_2.6.12-1+deb12u4_amd64.deb ...
Unpacking haproxy (2.6.12-1+deb12u4) ...
Setting up liblua5.3-0:amd64 (5.3.6-2) ...
Setting up libopentracing1:amd64 (1.6.0-4) ...
Setting up libopentracing-c-wrapper0:amd64 (1.1.3-3+b1) ...
Setting up haproxy (2.6.12-1+deb12u4) ...
invoke-rc.d: could not determine current runlevel
invoke-rc.d: policy-rc.d denied execution of start.
Created symlink /etc/systemd/system/multi-user.target.wants/haproxy.service → /lib/systemd/system/haproxy.service.

Processing triggers for libc-bin (2.36-9+deb12u14) ...
Processing triggers for man-db (2.11.2-2) ...
""")

add('cli-success', 'npm ping and npm view against the registry (captured with npm 10)', 'cli-output', """
$ npm ping
npm notice PING https://registry.npmjs.org/
npm notice PONG 117ms
$ npm view left-pad version dist-tags
version = '1.3.0'
dist-tags = { latest: '1.3.0' }
""")

add('http-success', 'HAProxy HTTP log format (option httplog), 2xx and 301 (captured with HAProxy 2.6)', 'log-line', """
127.0.0.1:52664 [07/Dec/2026:06:56:18.087] fe_api be_orders/orders1 0/0/0/1/1 200 177 - - ---- 1/1/0/0/0 0/0 "GET /v1/orders HTTP/1.1"
127.0.0.1:52678 [07/Dec/2026:06:56:18.114] fe_api be_orders/orders1 0/0/0/4/4 200 177 - - ---- 1/1/0/0/0 0/0 "GET /v1/orders/42 HTTP/1.1"
127.0.0.1:52694 [07/Dec/2026:06:56:18.140] fe_api be_orders/orders1 0/0/0/0/0 200 177 - - ---- 1/1/0/0/0 0/0 "GET /v1/orders?status=open HTTP/1.1"
127.0.0.1:52708 [07/Dec/2026:06:56:18.161] fe_api be_orders/orders1 0/0/0/1/1 200 177 - - ---- 1/1/0/0/0 0/0 "GET /healthz HTTP/1.1"
127.0.0.1:52718 [07/Dec/2026:06:56:18.174] fe_api be_orders/orders1 0/0/0/1/1 200 177 - - ---- 1/1/0/0/0 0/0 "POST /v1/orders HTTP/1.1"
127.0.0.1:52734 [07/Dec/2026:06:56:18.187] fe_api be_orders/orders1 0/0/0/0/0 301 172 - - ---- 1/1/0/0/0 0/0 "HEAD /old HTTP/1.1"
""")

add('telemetry', 'OpenTelemetry Python SDK ConsoleSpanExporter, a CLIENT span with status UNSET and a 201 (captured with opentelemetry-sdk 1.45)', 'raw-json', """
{
    "name": "POST /v1/orders",
    "context": {
        "trace_id": "0xb7e1ad5130b1b3f150e7c2bb436b642f",
        "span_id": "0xd5b3adbfec091858",
        "trace_state": "[]"
    },
    "kind": "SpanKind.CLIENT",
    "parent_id": null,
    "start_time": "2026-12-07T06:56:20.954675Z",
    "end_time": "2026-12-07T06:56:20.954736Z",
    "status": {
        "status_code": "UNSET"
    },
    "attributes": {
        "http.request.method": "POST",
        "url.full": "https://api.example.com/v1/orders",
        "http.response.status_code": 201,
        "http.resend_count": 0
    },
    "events": [],
    "links": [],
    "resource": {
        "attributes": {
            "telemetry.sdk.language": "python",
            "telemetry.sdk.name": "opentelemetry",
            "telemetry.sdk.version": "1.45.2",
            "service.instance.id": "7a5a228a-a4e9-41e7-8d5d-cd22ec7ac57f",
            "service.name": "order-sync"
        },
        "schema_url": ""
    }
}
""")

add('telemetry', 'sentry-sdk debug=True log: integrations set up and an envelope sent (captured with sentry-sdk 2)', 'log-line', """
 [sentry] DEBUG: Setting up integrations (with default = True)
 [sentry] DEBUG: Did not import default integration sentry_sdk.integrations.aiohttp.AioHttpIntegration: AIOHTTP not installed or incompatible
 [sentry] DEBUG: Did not import default integration sentry_sdk.integrations.anthropic.AnthropicIntegration: Anthropic not installed or incompatible
 [sentry] DEBUG: Setting up previously not enabled integration argv
 [sentry] DEBUG: Setting up previously not enabled integration atexit
 [sentry] DEBUG: Setting up previously not enabled integration dedupe
 [sentry] DEBUG: Setting up previously not enabled integration excepthook
 [sentry] DEBUG: Setting up previously not enabled integration modules
 [sentry] DEBUG: Setting up previously not enabled integration stdlib
 [sentry] DEBUG: Setting up previously not enabled integration threading
 [sentry] DEBUG: Setting up previously not enabled integration unraisablehook
 [sentry] DEBUG: Setting up previously not enabled integration boto3
 [sentry] DEBUG: Setting up previously not enabled integration flask
 [sentry] DEBUG: Setting up previously not enabled integration redis
 [sentry] DEBUG: Did not enable default integration redis: Redis client not installed
 [sentry] DEBUG: Enabling integration argv
 [sentry] DEBUG: Enabling integration atexit
 [sentry] DEBUG: Enabling integration dedupe
 [sentry] DEBUG: Enabling integration excepthook
 [sentry] DEBUG: Enabling integration modules
 [sentry] DEBUG: Enabling integration stdlib
 [sentry] DEBUG: Enabling integration threading
 [sentry] DEBUG: Enabling integration unraisablehook
 [sentry] DEBUG: Enabling integration boto3
 [sentry] DEBUG: Enabling integration flask
 [sentry] DEBUG: Setting SDK name to 'sentry.python.flask'
 [sentry] DEBUG: [Profiling] Setting up continuous profiler in thread mode
 [sentry] DEBUG: Flushing HTTP transport
 [sentry] DEBUG: background worker got flush request
 [sentry] DEBUG: Sending envelope [envelope with 1 items (error)] project:42 host:o450000.ingest.sentry.io
 [sentry] DEBUG: background worker flushed
 [sentry] DEBUG: atexit: got shutdown signal
 [sentry] DEBUG: atexit: shutting down client
 [sentry] DEBUG: Flushing HTTP transport
 [sentry] DEBUG: background worker got flush request
 [sentry] DEBUG: background worker flushed
 [sentry] DEBUG: Killing HTTP transport
 [sentry] DEBUG: background worker got kill request
""")

add('retry-then-success', 'Sentry event breadcrumbs: an httplib request answered 429, repeated and answered 200 (captured with sentry-sdk 2 before_send)', 'raw-json', """
{
  "values": [
    {
      "category": "deploy",
      "message": "migrations applied",
      "level": "info",
      "timestamp": "2026-12-07T06:56:33.286173Z",
      "type": "default"
    },
    {
      "type": "http",
      "category": "httplib",
      "data": {
        "http.request.method": "GET",
        "url.query": "status=open",
        "url.full": "https://orders-api.internal/v1/orders?status=open",
        "http.response.status_code": 429
      },
      "level": "warning",
      "timestamp": "2026-12-07T06:56:33.293739Z"
    },
    {
      "type": "http",
      "category": "httplib",
      "data": {
        "http.request.method": "GET",
        "url.query": "status=open",
        "url.full": "https://orders-api.internal/v1/orders?status=open",
        "http.response.status_code": 200
      },
      "timestamp": "2026-12-07T06:56:33.301736Z"
    }
  ]
}
""")

add('load-test', 'Locust --headless --only-summary, 0 failures (captured with locust 2.47)', 'cli-output', """
$ locust -f locustfile.py --headless -u 5 -r 5 -t 5s --host http://orders-api.internal:8080 --only-summary
[2026-12-07 06:56:36,469] vm/INFO/locust.main: Starting Locust 2.47.0
[2026-12-07 06:56:36,469] vm/INFO/locust.main: Run time limit set to 5 seconds
[2026-12-07 06:56:36,470] vm/INFO/locust.runners: Ramping to 5 users at a rate of 5.00 per second
[2026-12-07 06:56:36,471] vm/INFO/locust.runners: All users spawned: {"ApiUser": 5} (5 total users)
[2026-12-07 06:56:40,937] vm/INFO/locust.main: --run-time limit reached, shutting down
[2026-12-07 06:56:40,976] vm/INFO/locust.main: Shutting down (exit code 0)
Type     Name                                                                          # reqs      # fails |    Avg     Min     Max    Med |   req/s  failures/s
--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------
GET      /healthz                                                                          79     0(0.00%) |      4       1      12      3 |   17.69        0.00
GET      /v1/orders                                                                       238     0(0.00%) |      4       1      16      3 |   53.29        0.00
POST     /v1/orders                                                                        85     0(0.00%) |      4       0      13      3 |   19.03        0.00
--------|----------------------------------------------------------------------------|-------|-------------|-------|-------|-------|-------|--------|-----------
         Aggregated                                                                       402     0(0.00%) |      4       0      16      3 |   90.02        0.00

Response time percentiles (approximated)
Type     Name                                                                                  50%    66%    75%    80%    90%    95%    98%    99%  99.9% 99.99%   100% # reqs
--------|--------------------------------------------------------------------------------|--------|------|------|------|------|------|------|------|------|------|------|------
GET      /healthz                                                                                3      5      5      6      8      9     10     12     12     12     12     79
GET      /v1/orders                                                                              3      5      6      7      8      9     11     11     16     16     16    238
POST     /v1/orders                                                                              3      5      7      8      8     11     13     14     14     14     14     85
--------|--------------------------------------------------------------------------------|--------|------|------|------|------|------|------|------|------|------|------|------
         Aggregated                                                                              3      5      6      7      8      9     11     12     16     16     16    402
""")

add('api-test-run', 'newman run of a Postman collection, all assertions passed (captured with newman 6)', 'cli-output', """
$ newman run orders-smoke.postman_collection.json
newman

Orders API smoke

→ List open orders
  GET http://orders-api.internal:8080/v1/orders?status=open [200 OK, 178B, 83ms]
  ✓  Status code is 200
  ✓  No error object in the body

→ Create order
  POST http://orders-api.internal:8080/v1/orders [200 OK, 178B, 9ms]
  ✓  Status code is 200 or 201
  ✓  Not rate limited (no 429)

→ Unauthorized without key is handled
  GET http://orders-api.internal:8080/healthz [200 OK, 178B, 5ms]
  ✓  Health endpoint needs no 401 handling

┌─────────────────────────┬──────────────────┬──────────────────┐
│                         │         executed │           failed │
├─────────────────────────┼──────────────────┼──────────────────┤
│              iterations │                1 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│                requests │                3 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│            test-scripts │                3 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│      prerequest-scripts │                0 │                0 │
├─────────────────────────┼──────────────────┼──────────────────┤
│              assertions │                5 │                0 │
├─────────────────────────┴──────────────────┴──────────────────┤
│ total run duration: 260ms                                     │
├───────────────────────────────────────────────────────────────┤
│ total data received: 102B (approx)                            │
├───────────────────────────────────────────────────────────────┤
│ average response time: 32ms [min: 5ms, max: 83ms, s.d.: 35ms] │
└───────────────────────────────────────────────────────────────┘
""")

add('http-success', 'nginx -t, error.log notices of a start and graceful stop, access log with upstream timing fields (captured with nginx 1.22)', 'log-line', """
$ nginx -t
nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
nginx: configuration file /etc/nginx/nginx.conf test is successful
$ tail logs/error.log logs/access.log
==> logs/error.log <==
2026/12/07 06:56:56 [notice] 18074#18074: using the "epoll" event method
2026/12/07 06:56:56 [notice] 18074#18074: nginx/1.22.1
2026/12/07 06:56:56 [notice] 18074#18074: OS: Linux 6.18.44-fc-v1300
2026/12/07 06:56:56 [notice] 18074#18074: getrlimit(RLIMIT_NOFILE): 20000:20000
2026/12/07 06:56:56 [notice] 18075#18075: start worker processes
2026/12/07 06:56:56 [notice] 18075#18075: start worker process 18078
2026/12/07 06:56:56 [notice] 18075#18075: signal 3 (SIGQUIT) received from 18097, shutting down
2026/12/07 06:56:56 [notice] 18078#18078: gracefully shutting down
2026/12/07 06:56:56 [notice] 18078#18078: exiting
2026/12/07 06:56:56 [notice] 18078#18078: exit
2026/12/07 06:56:56 [notice] 18075#18075: signal 17 (SIGCHLD) received from 18078
2026/12/07 06:56:56 [notice] 18075#18075: worker process 18078 exited with code 0
2026/12/07 06:56:56 [notice] 18075#18075: exit

==> logs/access.log <==
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "GET /v1/orders HTTP/1.1" 200 34 rt=0.005 uct=0.000 urt=0.004 us=200 ua="curl/7.88.1"
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "GET /v1/orders?status=open HTTP/1.1" 200 34 rt=0.005 uct=0.000 urt=0.004 us=200 ua="curl/7.88.1"
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "GET /v1/orders/42 HTTP/1.1" 200 34 rt=0.005 uct=0.000 urt=0.004 us=200 ua="curl/7.88.1"
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "GET /healthz HTTP/1.1" 200 34 rt=0.004 uct=0.000 urt=0.004 us=200 ua="curl/7.88.1"
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "POST /v1/orders HTTP/1.1" 200 34 rt=0.005 uct=0.000 urt=0.004 us=200 ua="curl/7.88.1"
127.0.0.1 - [07/Dec/2026:06:56:56 +0000] "GET /healthz HTTP/1.1" 200 34 rt=0.001 uct=0.001 urt=0.002 us=200 ua="kube-probe/1.32"
""")

add('docs-rendered', "an API reference's status-code section copied from a rendered web page (status and name on separate lines), with its example body", 'other', """
Status codes

Every response carries a standard HTTP status. Errors also return a JSON body, described below.

Status

Name

When it happens

400

Bad Request

A required field is missing, or a value has the wrong type.

401

Unauthorized

The Authorization header is missing, or the key was revoked.

403

Forbidden

The key is valid but its project has no access to this resource.

429

Too Many Requests

You sent more requests than your plan allows per minute. Wait for the number of seconds in the Retry-After header.

503

Service Unavailable

Maintenance or a temporary overload. Retry with backoff.

Example error response

{
  "error": {
    "status": 429,
    "code": "rate_limited",
    "message": "Request limit of 600 per minute reached."
  }
}
""")

add('docs-rendered', "an API guide's error table copied from a rendered page, columns run together (400Bad Request), then the error object's fields", 'other', """
Errors

The API answers with these HTTP statuses when a call cannot be completed.

StatusMeaning
400Bad Request — The JSON body could not be parsed, or a parameter is out of range.
401Unauthorized — No API key was sent, or it is not valid for this workspace.
404Not Found — The document id does not exist or was deleted.
409Conflict — Another write to the same document is in progress.
429Too Many Requests — Slow down: the workspace is over its request budget.
500Internal Server Error — Something failed on our side; it is logged and we are alerted.

Error object

Each error body has the same fields:

{
  "type": "invalid_request_error",
  "message": "The 'limit' parameter must be between 1 and 100.",
  "request_id": "req_7Hq2LmX0aB"
}
""")

add('docs-rendered', 'a REST design guide copied from a rendered page: a bullet list of statuses, then a sample response introduced in prose', 'other', """
Handling failures

Clients should branch on the status code first and on the body second:

  • 401 Unauthorized – refresh the access token once, then give up.
  • 403 Forbidden – do not retry; the caller lacks the scope.
  • 429 Too Many Requests – wait for Retry-After, then retry.
  • 502 Bad Gateway – retry with exponential backoff.

A throttled call returns, for example:

HTTP/1.1 429 Too Many Requests
Retry-After: 30
Content-Type: application/problem+json

{
  "type": "https://example.com/probs/throttled",
  "title": "Too Many Requests",
  "detail": "Quota of 100 calls per minute exceeded."
}

Log the detail field, but show users a generic message.
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, required=True, help="number of the first id")
    args = ap.parse_args()
    seen = set()
    for i, (family, source, form, text) in enumerate(E4, args.first):
        n = text.count("\n")
        if not 3 <= n <= 60:
            raise SystemExit(f"entry {i} ({source}) has {n} lines")
        if text in seen:
            raise SystemExit(f"entry {i} repeats another")
        seen.add(text)
        rec = {"id": f"noerror-{i:04d}", "source": f"{family}: {source}", "form": form,
               "input": text, "expect": None}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
