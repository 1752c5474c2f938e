## Fallbacks by HTTP status, proxy error pages, and client-side network / timeout / TLS failures.

http-bad-request = HTTP 400 Bad Request: the server rejected the request as malformed
    .cause = The request itself is wrong: invalid JSON, a missing or misspelled field, a value of the wrong type or range, or a header the server does not accept.
    .analysis-1 = 400 is a client-side error. The server understood the connection but refuses this request as written; sending it again unchanged gives the same answer.
    .analysis-2 = The response body usually names the offending field or parameter; the status line alone ("400 Bad Request") does not. Read the body before changing anything.
    .fix-1 = Print the full response body (Python: resp.text or e.response.text; Node: err.response.data or await res.text(); curl: drop -f and add -i) and correct the field it names.
    .fix-2 = Validate the JSON you send: use json= (requests) or JSON.stringify with Content-Type: application/json instead of building strings by hand, and compare field names and types with the API reference.
    .fix-3 = Remove optional parameters one at a time to find the one this server or model version does not support; an OpenAI-compatible server often rejects parameters the real OpenAI API accepts.
    .prevention-1 = Validate request payloads against the API schema (pydantic, zod, JSON Schema) before sending, and log the response body of every 4xx.
    .prevention-2 = Do not retry 400 responses automatically: they fail the same way every time and only consume rate limit.

http-unauthorized = HTTP 401 Unauthorized: the server did not accept the credentials sent
    .cause = No valid credential reached the server: the API key or token is missing, mistyped, expired, revoked, or sent in the wrong header or to the wrong service.
    .analysis-1 = 401 means authentication failed. The WWW-Authenticate response header, when present, names the scheme the server expects (Bearer, Basic) and often the reason (error="invalid_token").
    .analysis-2 = The request was well formed; only the credential is at issue. Retrying with the same credential will not help.
    .fix-1 = Check that the environment variable your code reads is set in the process that runs it (echo the first 4 characters only, never the whole key); a key set in .env is not loaded unless you call load_dotenv or your framework does.
    .fix-2 = Send the key the way this API documents it: usually Authorization: Bearer KEY, some APIs use x-api-key or api-key. A missing "Bearer " prefix, quotes or a trailing newline copied with the key all cause 401.
    .fix-3 = Make sure the key belongs to the same service and environment as the base URL (a test key against production, a key from one gateway sent to another); create a new key in the provider's console if it was revoked or expired.
    .prevention-1 = Keep keys in a secret manager or environment variables, never in code or images, and rotate them on a schedule.
    .prevention-2 = Fail fast at startup if the key variable is empty, and alert on 401 rates instead of retrying them.

http-payment-required = HTTP 402 Payment Required: the account behind this credential has no credit or an unpaid plan
    .cause = The service refuses to do billable work for this account: the prepaid balance is used up, the card failed, or the plan does not include this feature.
    .analysis-1 = RFC 9110 reserves 402; API vendors use it for balance, credits or billing state. It is a billing stop, not a rate limit.
    .analysis-2 = Retrying cannot succeed until the account is topped up or the plan changes.
    .fix-1 = Open the billing page of the service's console for the account that owns this key and add credit or update the payment method.
    .fix-2 = If the body names a feature or model, switch to one your plan includes, or upgrade the plan.
    .fix-3 = If you go through a gateway or reseller, the balance that ran out may be the gateway's token or user quota: top it up there.
    .prevention-1 = Turn on low-balance alerts and auto-recharge where the service offers them.
    .prevention-2 = Treat 402 as a hard stop in your retry logic and surface it to an operator.

http-forbidden = HTTP 403 Forbidden: the credential was understood but access is refused
    .cause = The server knows who you are but this identity may not do this: a missing scope or role, a resource owned by another account or organization, an IP or region restriction, or a WAF rule.
    .analysis-1 = 403 differs from 401: re-authenticating with the same identity does not help. Something about the identity, its permissions, or where the request comes from must change.
    .analysis-2 = The body usually says which: a permission or scope name, "region not supported", "IP not allowed", or an HTML block page from a firewall.
    .fix-1 = Grant the missing permission: add the scope or role to the token, service account or API key (a read-only key cannot write; a fine-grained token must list this resource).
    .fix-2 = Check that the resource belongs to the account or organization of this key; send the organization or project header the API expects if your key has access to several.
    .fix-3 = If the body mentions IP, country or region, call from an allowed network: add your egress IP to the service's allowlist, or run the client in a supported region.
    .prevention-1 = Give each application its own least-privilege credential and document which scopes it needs.
    .prevention-2 = Do not retry 403 automatically; alert on it, since it usually needs an administrator.

http-not-found = HTTP 404 Not Found: the URL or the resource it names does not exist
    .cause = The server has nothing at this path: a wrong base URL or API version prefix, a typo in the endpoint, or an ID (model, deployment, object) that does not exist for this account.
    .analysis-1 = 404 is about the address, not the credential. Compare the full URL in the error with the API reference, character by character.
    .analysis-2 = With OpenAI-compatible clients the most common cause is a base URL with a missing or doubled /v1 (…/v1/v1/chat/completions, or …/chat/completions without /v1).
    .fix-1 = Print the exact URL that was requested and fix the base URL: most SDKs want the API root including the version (https://host/v1), and append the endpoint path themselves.
    .fix-2 = If the path is right, check the ID inside it (model name, deployment name, object id) exists in this account and region; list them with the API's list endpoint.
    .fix-3 = Check the HTTP method and API version: some services return 404 instead of 405 for an unsupported method or a retired version.
    .prevention-1 = Keep the base URL in one configuration value and log the resolved URL at startup.
    .prevention-2 = Do not retry 404s; add a smoke test that calls a cheap endpoint (such as a models list) after each deployment.

http-method-not-allowed = HTTP 405 Method Not Allowed: this URL does not accept this HTTP method
    .cause = The request reached a path that exists but does not accept this method: usually POST sent to a page or base URL that only serves GET, or a redirect that turned POST into GET.
    .analysis-1 = The Allow response header lists the methods the path accepts. If it says GET, HEAD, you are probably not talking to the API endpoint at all.
    .analysis-2 = A 301/302 redirect (http to https, or adding a trailing slash) makes most clients resend a POST as GET, which then fails with 405.
    .fix-1 = Fix the URL: use the full endpoint the API documents (for example https://host/v1/chat/completions) and make sure the base URL includes the /v1 prefix the server expects.
    .fix-2 = Use https:// and the exact path (with or without the trailing slash, as documented) so no redirect happens; curl -i shows whether a Location header is involved.
    .fix-3 = Use the method the API documents for this operation (POST for create or completion calls, GET for lists).
    .prevention-1 = Log the final URL and method of failing requests, and disable automatic redirects for POST calls so a misconfiguration fails loudly.

http-not-acceptable = HTTP 406 Not Acceptable: the server cannot produce a response in the format requested
    .cause = The Accept header (or Accept-Encoding / Accept-Language) asks for a representation the server does not offer.
    .analysis-1 = 406 is content negotiation failing on the server side; the request reached the right place but asked for the wrong format.
    .fix-1 = Send Accept: application/json (or the media type the API documents, such as text/event-stream for streaming endpoints), or drop a custom Accept header.
    .fix-2 = Check for a vendor media type or version header the API requires, for example Accept: application/vnd.service.v2+json.
    .prevention-1 = Set Accept and Content-Type explicitly in one shared HTTP client configuration.

http-proxy-auth-required = HTTP 407 Proxy Authentication Required: your proxy wants credentials
    .cause = The request went through an HTTP proxy (usually a corporate proxy) that requires a username and password, and none or the wrong ones were sent.
    .analysis-1 = 407 comes from the proxy, not from the API. The Proxy-Authenticate header names the scheme it wants (Basic, NTLM, Negotiate).
    .analysis-2 = The client picked up the proxy from HTTPS_PROXY / HTTP_PROXY (or the system settings) but the proxy URL carries no credentials.
    .fix-1 = Put the credentials in the proxy URL: HTTPS_PROXY=http://user:pass@proxy-host:port (percent-encode special characters in the password, @ becomes %40).
    .fix-2 = If the API host should not go through the proxy at all (an internal host), add it to NO_PROXY.
    .fix-3 = If the proxy only accepts NTLM or Kerberos, run a local helper such as cntlm or px and point HTTPS_PROXY at it.
    .prevention-1 = Store proxy credentials in the environment or a secret store, not in code, and document the NO_PROXY list for internal hosts.

http-request-timeout = HTTP 408 Request Timeout: the server stopped waiting for your request
    .cause = The server closed the connection because the request (headers or body) did not arrive fast enough: a slow upload, a stalled client, or a reused keep-alive connection that the server had already timed out.
    .analysis-1 = 408 is the server's idle timeout on the incoming request, not a slow response. It is safe to retry.
    .fix-1 = Retry with backoff; most SDKs retry 408 automatically.
    .fix-2 = For large uploads, use the service's multipart or resumable upload, or compress the body, so the request finishes within the server's limit.
    .fix-3 = If it happens on the first request after an idle period, lower your client's keep-alive idle time below the server's so stale connections are not reused.
    .prevention-1 = Retry 408 with exponential backoff and jitter, and keep request bodies small.

http-conflict = HTTP 409 Conflict: the request conflicts with the current state of the resource
    .cause = The server's state does not allow this change right now: the resource already exists, another writer changed it first, an operation is already in progress, or an idempotency key was reused with a different body.
    .analysis-1 = 409 is about state, not syntax. The body usually names what conflicts (a duplicate name, a version, a lock).
    .analysis-2 = Some SDKs retry 409 automatically because many conflicts are transient (a lock held by a concurrent request); conflicts caused by duplicates are not.
    .fix-1 = Read the body: if the resource already exists, fetch and reuse it (or update it) instead of creating it again.
    .fix-2 = If it is a concurrent-modification conflict, re-read the resource, re-apply your change to the latest version and retry.
    .fix-3 = If you send an Idempotency-Key, generate a new key for a request with a different body; reuse a key only for an exact retry.
    .prevention-1 = Make create operations idempotent (client-generated IDs or Idempotency-Key) and serialize writers to the same resource.

http-gone = HTTP 410 Gone: this endpoint or resource was removed for good
    .cause = The server deliberately retired this URL, API version, model or object; unlike 404 it tells you it will not come back.
    .analysis-1 = 410 is permanent. Retrying or waiting does not help; the client has to move to the replacement.
    .fix-1 = Look up the service's deprecation notice or changelog for the replacement endpoint, API version or model name, and update your code.
    .fix-2 = Upgrade the SDK or library: old versions often call retired endpoints.
    .prevention-1 = Subscribe to the service's deprecation announcements and pin API versions explicitly so removals show up in testing first.

http-precondition-failed = HTTP 412 Precondition Failed: the resource changed since you last read it
    .cause = A conditional header (If-Match, If-Unmodified-Since, or a version/ETag field) no longer matches the server's current version, so the write was refused to avoid overwriting someone else's change.
    .analysis-1 = 412 is optimistic concurrency working as designed: another writer changed the resource, or you sent a stale ETag.
    .fix-1 = GET the resource again, take the new ETag, re-apply your change and retry with the fresh If-Match value.
    .fix-2 = If you did not mean to send a condition, remove the If-Match / If-None-Match header your client or framework added.
    .prevention-1 = Always read-modify-write with the latest ETag, and retry 412 a bounded number of times.

http-payload-too-large = HTTP 413 Payload Too Large: the request body exceeds the server's limit
    .cause = The body (a file, a base64 image, a very long prompt or batch) is bigger than the limit of the API or of a proxy in front of it.
    .analysis-1 = 413 is decided before the request is processed; the limit can come from the API itself or from any gateway on the way (nginx client_max_body_size defaults to 1 MB).
    .analysis-2 = Base64 encoding makes files about 33% larger than on disk, so a file under the documented limit can still exceed it once encoded.
    .fix-1 = Shrink the body: compress or downscale images, split the input into smaller batches or chunks, or upload the file separately and send its ID or URL.
    .fix-2 = If you run the proxy in front of the API, raise its limit (nginx: client_max_body_size 50m; in the server or location block) and reload it.
    .fix-3 = Check the API's documented size limit per request and per file, and the Retry-After header if the limit is temporary.
    .prevention-1 = Check payload size client-side before sending, and prefer file upload endpoints over inline base64 for large inputs.

http-uri-too-long = HTTP 414 URI Too Long: the URL is longer than the server accepts
    .cause = Too much data was put in the URL: a long query string, many repeated parameters, or data that belongs in a request body.
    .analysis-1 = Servers and proxies cap the request line (often 4 to 8 KB); the limit is hit before the API sees the request.
    .fix-1 = Move the data into a POST body (JSON) if the API offers a POST variant of this call, or send fewer IDs per request.
    .fix-2 = Check for a bug that appends the same parameter repeatedly (for example in a pagination loop).
    .prevention-1 = Keep bulk parameters in request bodies and batch large ID lists.

http-unsupported-media-type = HTTP 415 Unsupported Media Type: the server does not accept this Content-Type
    .cause = The body was sent with a Content-Type the endpoint does not accept: form data or text/plain where JSON is required, no Content-Type at all, or JSON where a multipart file upload is expected.
    .analysis-1 = 415 is about the declared format of the body, not its content.
    .fix-1 = Send JSON bodies with Content-Type: application/json (requests: json=payload instead of data=; fetch: set the header and JSON.stringify the body; curl: -H "Content-Type: application/json").
    .fix-2 = For file uploads use multipart/form-data (requests: files=; curl: -F "file=@doc.pdf") and let the client set the boundary.
    .prevention-1 = Set Content-Type in one shared client configuration and cover each endpoint with a contract test.

http-unprocessable-entity = HTTP 422 Unprocessable Entity: the request is well-formed but its values are invalid
    .cause = The JSON parsed, but a field is missing, misspelled, of the wrong type or out of range for this endpoint.
    .analysis-1 = 422 separates syntax (valid) from semantics (invalid). FastAPI, Pydantic-based and many REST APIs list each failing field with its location, for example loc ["body", "prompt"] and msg "Field required".
    .fix-1 = Read the detail or errors array in the body: fix the field at the given location (loc / path / pointer), using the exact name and type the API expects.
    .fix-2 = Compare your payload with the endpoint's schema (OpenAPI /docs page if the server has one); a common cause is sending a field as a string that must be a number, or an object where a list is expected.
    .prevention-1 = Generate request models from the API's OpenAPI schema and validate before sending; do not retry 422.

http-failed-dependency = HTTP 424 Failed Dependency: a step this request depends on failed
    .cause = The server's own dependency failed: a previous operation in the batch, or the model or backend behind an inference endpoint could not run the request.
    .analysis-1 = 424 (from WebDAV, RFC 4918) says the failure is in something this request relies on. Inference endpoints use it when the model container errored or could not load.
    .fix-1 = Read the body and the endpoint's logs for the underlying error (for a hosted model: out of memory, unsupported input, container crash).
    .fix-2 = If it is part of a batch, fix and resend the operation that failed first; the dependent ones then succeed.
    .prevention-1 = Watch the endpoint's health and logs, and validate inputs against the model's limits before sending.

http-too-many-requests = HTTP 429 Too Many Requests: you are over the service's rate limit
    .cause = More requests (or tokens) were sent in the current time window than this key, account or IP is allowed.
    .analysis-1 = 429 is a throttle: the same request will succeed later. Retry-After (seconds or an HTTP date) and X-RateLimit-* / RateLimit-* headers, when present, tell you how long to wait and which limit was hit.
    .analysis-2 = If the body mentions quota, balance, billing or credits instead of a rate, it is a billing stop that waiting will not fix.
    .fix-1 = Wait for Retry-After when the server sends it; otherwise retry with capped exponential backoff and full jitter (sleep = random between 0 and min(cap, base × 2^attempt)).
    .fix-2 = Reduce concurrency: limit parallel requests with a semaphore or queue, and batch small calls where the API supports it.
    .fix-3 = If you regularly hit the limit, ask for a higher limit or tier in the service's console, or spread load over keys only where the terms allow it.
    .prevention-1 = Client-side rate limiting (token bucket) set slightly below the documented limit, and monitoring of the remaining-limit headers.
    .prevention-2 = Cap retries in both attempts and total time: failed calls still count toward the limit.

http-header-fields-too-large = HTTP 431 Request Header Fields Too Large: the request headers are too big
    .cause = One header, or all headers together, exceed the server's limit: usually an oversized Cookie, a very long Authorization token, or a header repeated by a loop.
    .analysis-1 = The limit is applied before the API handles the request, often by a proxy (nginx large_client_header_buffers, Node --max-http-header-size 16 KB).
    .fix-1 = Inspect the request headers (curl -v): remove accumulated cookies, and make sure headers are set once, not appended on every retry.
    .fix-2 = If a token is huge (a JWT with many claims), request a token with fewer claims or scopes.
    .prevention-1 = Build headers from scratch per request instead of mutating a shared dict, and keep cookies out of API calls.

http-unavailable-for-legal-reasons = HTTP 451 Unavailable For Legal Reasons: blocked for legal reasons
    .cause = The server refuses this resource or this caller for legal reasons: a sanctions or export restriction on your country, or content withheld in your jurisdiction.
    .analysis-1 = 451 (RFC 7725) is a deliberate legal block, decided by where the request comes from or what it asks for. Retrying does not help.
    .fix-1 = Check the service's list of supported countries and terms; use the service only from a supported location and account.
    .fix-2 = If you believe you are misclassified (for example a corporate egress IP geolocated to the wrong country), contact the service's support with the request ID.
    .prevention-1 = Verify regional availability before deploying to a new country or cloud region.

http-client-closed-request = HTTP 499 Client Closed Request: the client gave up before the server answered
    .cause = The client (or a proxy between client and server) closed the connection while the server was still working, almost always because a client-side or gateway timeout fired.
    .analysis-1 = 499 is nginx's log code for "client closed the request"; some APIs and gateways also return it (Google APIs map gRPC CANCELLED to 499). The server did not fail; the caller stopped waiting.
    .analysis-2 = Long non-streamed generations are the usual trigger: the response only starts after the whole answer is generated.
    .fix-1 = Raise the timeout of the component that gave up: your HTTP client, a load balancer idle timeout, or the gateway in between.
    .fix-2 = Use streaming (stream: true) so bytes flow immediately and no idle timer fires.
    .fix-3 = If a job is expected to run for minutes, use the service's asynchronous or batch API and poll for the result.
    .prevention-1 = Align timeouts along the chain (client greater than gateway greater than upstream generation time) and stream long responses.

http-internal-server-error = HTTP 500 Internal Server Error: the server failed while handling the request
    .cause = An unhandled error happened on the server side; the request reached the service, but its code or a backend it calls crashed.
    .analysis-1 = 500 says nothing about your request being wrong. It is usually transient; if it repeats for one specific input, that input triggers a server bug.
    .analysis-2 = Note the request ID from the response headers or body: it is what the service's support needs.
    .fix-1 = Retry with exponential backoff and jitter (a few attempts); most SDKs do this automatically.
    .fix-2 = If it fails every time with the same payload, reduce it (smaller input, fewer parameters) to find the trigger, and report it with the request ID.
    .fix-3 = Check the service's status page; if you run the server, read its logs at the time of the request.
    .prevention-1 = Retry 5xx responses with backoff and an overall deadline, and use an Idempotency-Key on non-idempotent POSTs so retries are safe.

http-not-implemented = HTTP 501 Not Implemented: the server does not support this operation
    .cause = The server does not implement this method, endpoint or feature: typically an OpenAI-compatible or self-hosted server that lacks an endpoint (embeddings, audio, batch) or a parameter combination.
    .analysis-1 = 501 is permanent for this server version: retrying does not help.
    .fix-1 = Check which endpoints and features this server version supports, and call one it implements, or enable the feature in its configuration (for example load an embedding model for /v1/embeddings).
    .fix-2 = Upgrade the server or client library if a newer release adds the endpoint.
    .prevention-1 = Probe a server's capabilities at startup and fall back gracefully when a feature is missing.

http-bad-gateway = HTTP 502 Bad Gateway: a gateway got no valid response from the server behind it
    .cause = A proxy, load balancer or API gateway could not get a valid response from its upstream: the upstream crashed, restarted, refused the connection, or closed it mid-response.
    .analysis-1 = The service you called is reachable, but the component behind its front door failed. Usually transient (deploys, restarts, overload).
    .analysis-2 = When the body is an HTML page, it comes from the proxy, not the API; the real error is in the proxy's or upstream's logs.
    .fix-1 = Retry with exponential backoff and jitter; check the service's status page if it persists.
    .fix-2 = If you run the gateway, check that the upstream process is up and listening where proxy_pass or the route points, and read the gateway's error log (nginx: connect() failed, upstream prematurely closed).
    .fix-3 = For long responses, enable streaming: some gateways return 502 when the upstream connection is cut by an idle timeout.
    .prevention-1 = Retry 502 with backoff, health-check upstreams, and keep upstream keep-alive timeouts longer than the gateway's.

http-service-unavailable = HTTP 503 Service Unavailable: the server is overloaded or down for maintenance
    .cause = The service is temporarily unable to handle the request: at capacity, scaling up, restarting, or in maintenance.
    .analysis-1 = 503 is explicitly temporary. A Retry-After header, when present, says how long to wait.
    .fix-1 = Wait for Retry-After if sent; otherwise retry with capped exponential backoff and jitter.
    .fix-2 = Check the service's status page; during an incident, switch to a fallback region, model or provider if you have one.
    .fix-3 = If you run the service, check that instances are healthy and registered with the load balancer, and whether a rate limiter (nginx limit_req returns 503 by default) is rejecting traffic.
    .prevention-1 = Retry with backoff and jitter, limit concurrency, and keep a fallback route for critical traffic.

http-gateway-timeout = HTTP 504 Gateway Timeout: a gateway timed out waiting for the server behind it
    .cause = A proxy or load balancer waited longer than its own timeout for the upstream's response: the upstream was slow (a long generation, a heavy query) or hung.
    .analysis-1 = Your request may still be running, or have completed, upstream; only the gateway gave up. Be careful retrying non-idempotent calls.
    .analysis-2 = Long non-streamed responses are the classic trigger: nothing is sent until the work is done, so the gateway's read timeout (nginx proxy_read_timeout defaults to 60 s) fires first.
    .fix-1 = Stream the response (stream: true) so data flows continuously, or reduce the work per request (shorter output, smaller batches).
    .fix-2 = If you run the gateway, raise its upstream read timeout (nginx proxy_read_timeout, cloud load balancer idle timeout) above the longest expected response time.
    .fix-3 = For jobs of many minutes, use the service's asynchronous or batch API and poll.
    .prevention-1 = Keep timeouts aligned along the chain, stream long responses, and retry 504 with backoff using an Idempotency-Key where side effects matter.

http-site-overloaded-529 = HTTP 529: the service is overloaded
    .cause = The service is at capacity and is shedding load; 529 is a non-standard status some APIs use for "overloaded".
    .analysis-1 = Nothing is wrong with your request or account. The overload is on the service side and usually clears within seconds to minutes.
    .fix-1 = Retry with capped exponential backoff and full jitter; most SDKs retry 529 automatically, raise their max retries for batch jobs.
    .fix-2 = During a long incident, fail over to another model, region or provider.
    .prevention-1 = Spread load over time, keep concurrency bounded, and watch the service's status page.

http-client-error = HTTP { $status }: the server rejected the request (client error)
    .cause = The server answered with a 4xx status: something in the request (URL, method, headers, body or credentials) must change before it can succeed.
    .analysis-1 = 4xx statuses put the fault on the request side. This particular status is uncommon; the response body and headers are the best guide.
    .analysis-2 = 421 Misdirected Request usually means a connection was reused for a different host (HTTP/2 with a shared certificate); 425 and 428 relate to early data and conditional requests.
    .fix-1 = Print the full response (status, headers and body) with curl -i or your client's response object, and act on what it names.
    .fix-2 = Look the status up in the API's error reference or the HTTP status list at https://developer.mozilla.org/en-US/docs/Web/HTTP/Status.
    .prevention-1 = Log status, headers and body of every failed call so rare statuses can be diagnosed.

http-server-error = HTTP { $status }: the server failed to handle the request (server error)
    .cause = The server or a gateway in front of it answered with a 5xx status: the failure is on the service side, not in your request.
    .analysis-1 = 5xx statuses are generally transient. This particular status is uncommon; the body, headers and the service's status page tell more.
    .fix-1 = Retry with capped exponential backoff and jitter, a limited number of times.
    .fix-2 = If it persists, check the service's status page and report the request ID; if you operate the server, read its logs at that time.
    .prevention-1 = Retry 5xx with backoff and an overall deadline, and alert when the error rate rises.

http-proxy-page-forbidden = HTTP 403 from a web server or firewall, not from the API
    .cause = An HTML 403 page means a web server, WAF or reverse proxy in front of the API blocked the request before the API saw it: an IP allowlist, a deny rule, a bot or WAF rule, or a path that the proxy does not expose.
    .analysis-1 = The body is the proxy's generic HTML page (nginx, openresty, a CDN), not a JSON error from the API, so no API permission is involved.
    .analysis-2 = Common triggers: calling from an IP or country not in the allowlist, a missing or unusual User-Agent, or a URL that maps to a directory rather than the API route.
    .fix-1 = Check the base URL points at the API route (for example https://host/v1) rather than the site root or a static directory.
    .fix-2 = If you run the proxy, look at its access and error logs for this request and the allow / deny or WAF rule that matched; add your client's egress IP if it is an allowlist.
    .fix-3 = If it is a third-party service, send its support the time, your egress IP and any block or ray ID shown on the page.
    .prevention-1 = Keep API routes and WAF rules documented, and give API clients a stable egress IP to allowlist.

http-proxy-page-not-found = HTTP 404 from a web server: the base URL points at a web site, not at the API
    .cause = An HTML 404 page means the request reached a web server or reverse proxy that has no route for this path; the API never saw it. Almost always the base URL or path is wrong.
    .analysis-1 = A JSON 404 would come from the API; an HTML page (nginx's "404 Not Found", a framework's "Page not found") means the path did not match any proxied API location.
    .analysis-2 = Typical causes: the /v1 prefix missing or doubled, the proxy's location block forwarding only some paths, or the domain serving a front-end app instead of the API.
    .fix-1 = Set the base URL to the API root the documentation gives, including the version prefix (https://host/v1), and let the SDK add /chat/completions or the endpoint path.
    .fix-2 = Test the exact URL with curl -i: a JSON response means the path is right; an HTML page means fix the path or the proxy's location / proxy_pass rule.
    .fix-3 = If you run nginx in front of the API, make sure the location block covers the API prefix and that proxy_pass keeps or strips the prefix as the upstream expects (a trailing slash on proxy_pass changes this).
    .prevention-1 = Keep the base URL in configuration, log it at startup, and run a smoke test against a cheap endpoint after each deployment.

http-proxy-page-too-large = HTTP 413 from nginx: the request body exceeds the proxy's client_max_body_size
    .cause = The reverse proxy in front of the API refused the body before forwarding it; nginx's default limit is only 1 MB, far below what most APIs accept.
    .analysis-1 = The HTML "413 Request Entity Too Large" page is nginx's, not the API's, so the API's own limit was never reached.
    .analysis-2 = Base64 images, audio and long prompts pass 1 MB easily.
    .fix-1 = If you run the proxy, raise the limit in the http, server or location block (client_max_body_size 50m;), then nginx -t and reload.
    .fix-2 = If you do not control the proxy, reduce the body: compress or downscale images, send files by URL or upload ID, or split the input.
    .prevention-1 = Set the proxy's body limit to match the API's documented limits when deploying it.

http-proxy-page-bad-gateway = HTTP { $status } HTML page from a reverse proxy: the upstream behind it failed
    .cause = The HTML error page comes from nginx / openresty or a similar proxy: it could not get a valid response from the API server behind it because that server is down, restarting, crashed during the request, or refused the connection.
    .analysis-1 = The proxy answered, not the API: the HTML body carries no API error. The real reason is in the proxy's error log (connect() failed, upstream prematurely closed connection) and the upstream's logs.
    .analysis-2 = If it happens only on long requests, the upstream may be killed by its own worker timeout (gunicorn --timeout, uvicorn) or run out of memory mid-request.
    .fix-1 = Retry with backoff; if it persists on a third-party service, check its status page.
    .fix-2 = If you run the stack, check the upstream is running and listening on the address proxy_pass points to (docker ps, ss -ltnp), then read nginx's error.log for the failed request.
    .fix-3 = For long generations, raise the upstream's worker timeout and enable streaming so the request finishes within every component's limits.
    .prevention-1 = Health-check the upstream, restart it automatically, and alert on 502 rates at the proxy.

http-proxy-page-unavailable = HTTP 503 HTML page from a reverse proxy: no upstream available, maintenance, or a rate limit
    .cause = The proxy's own 503 page means it had no healthy upstream to send the request to, it is in maintenance mode, or a proxy-level rate limit (nginx limit_req answers 503 by default) rejected the request.
    .analysis-1 = The HTML body is the proxy's, not the API's. The service behind it either is not registered or healthy, or the proxy is shedding load.
    .fix-1 = Retry with backoff; check the service's status page.
    .fix-2 = If you run the proxy, check the upstream servers are up and passing health checks, and whether limit_req / limit_conn is rejecting this client (its error log says "limiting requests").
    .fix-3 = If a rate limit is the cause, lower your request concurrency or raise the limit and set limit_req_status 429 so clients see a proper rate-limit status.
    .prevention-1 = Monitor upstream health, and make proxy-level rate limits return 429 with Retry-After.

http-proxy-page-gateway-timeout = HTTP 504 HTML page from a reverse proxy: the upstream was too slow
    .cause = nginx / openresty (or another proxy) waited longer than its proxy_read_timeout (60 s by default) for the upstream's response and gave up; the API server behind it was slow, typically a long non-streamed generation, or hung.
    .analysis-1 = The status is known and the body is the proxy's HTML page, not an API error. The upstream may still finish the request after the proxy gave up.
    .analysis-2 = Without streaming, the upstream sends nothing until the whole answer is ready, so any generation longer than the proxy timeout fails this way.
    .fix-1 = If you run the proxy, raise proxy_read_timeout (and proxy_send_timeout) in the location that proxies the API, set proxy_buffering off for streamed responses, and reload nginx.
    .fix-2 = Stream the response (stream: true) so tokens flow continuously and the read timer is reset with each chunk.
    .fix-3 = Shorten the work per request (lower max_tokens, smaller batches) or use an asynchronous or batch API for long jobs.
    .prevention-1 = Size proxy timeouts above the longest expected response and stream long outputs; retry 504 only where a duplicate is harmless.

http-plain-http-to-https-port = nginx 400: a plain HTTP request was sent to an HTTPS port
    .cause = The client spoke plain HTTP to a port where the server expects TLS: the URL says http:// but the port (often 443 or a custom TLS port) is configured with ssl.
    .analysis-1 = nginx answers such requests with its own 400 page, "The plain HTTP request was sent to HTTPS port". The API never saw the request.
    .fix-1 = Change the URL scheme to https:// for this host and port (base URL, webhook URL or proxy_pass target).
    .fix-2 = If an upstream proxy connects to this server, make its proxy_pass use https:// for a TLS port, or point it at the plain-HTTP port.
    .prevention-1 = Serve HTTP and HTTPS on their standard ports and redirect port 80 to HTTPS rather than mixing schemes on one port.

net-dns-not-found = DNS lookup failed: the host name does not resolve
    .cause = The client could not translate the host name into an IP address: a typo in the base URL or host, an internal name your current DNS cannot see, or no working DNS on this machine or container.
    .analysis-1 = No connection was attempted and no request was sent; the service is not involved. ENOTFOUND, "Name or service not known", "nodename nor servname provided", "getaddrinfo failed", Go "no such host" and curl (6) all mean the name does not exist for your resolver.
    .analysis-2 = Retrying unchanged will not help unless the DNS problem was temporary.
    .fix-1 = Check the host in the error for typos and stray characters (a trailing space or slash, https:// twice, a missing dot); compare it with the documented API host.
    .fix-2 = Test resolution from the same machine or container: nslookup host or dig host; if it fails only inside Docker or Kubernetes, check the container's /etc/resolv.conf, the --dns option or the cluster DNS.
    .fix-3 = If the host is internal (VPN, corporate DNS), connect the VPN or use the internal resolver; if a proxy is required on this network, set HTTPS_PROXY so the proxy resolves the name.
    .prevention-1 = Validate the base URL at startup and resolve it once, logging the result, before serving traffic.

net-dns-temporary-failure = DNS lookup temporarily failed (EAI_AGAIN)
    .cause = The resolver could not get an answer right now: the DNS server is unreachable or slow, the network is not up yet, or the container has no working DNS.
    .analysis-1 = EAI_AGAIN and "Temporary failure in name resolution" mean the lookup did not complete, not that the name does not exist. It is often seen in containers started before the network is ready, or in sandboxes without network access.
    .fix-1 = Check basic connectivity from the same environment: ping 1.1.1.1 and nslookup the host; if IPs work but names do not, the DNS configuration is at fault.
    .fix-2 = In Docker, set a reachable DNS server (docker run --dns 1.1.1.1, or "dns" in /etc/docker/daemon.json); on a VPN or corporate network, make sure /etc/resolv.conf points at a resolver you can reach.
    .fix-3 = Retry with backoff: transient DNS failures clear once the resolver answers again.
    .prevention-1 = Use a local caching resolver, and make services wait for the network at startup (depends_on with a health check, systemd network-online.target).

net-connection-refused = Connection refused: nothing is listening at that host and port
    .cause = The host answered but no program accepts connections on this port: the server is not running, listens on another port or interface, or a firewall actively rejects the connection.
    .analysis-1 = ECONNREFUSED, [Errno 111], WinError 10061 ("actively refused"), curl (7) and Go "connect: connection refused" mean the TCP connection was rejected immediately; no HTTP request was sent.
    .analysis-2 = It is fast and deterministic: retrying does not help until something listens there.
    .fix-1 = Check the host and port in the base URL, then check the service is running and listening there: ss -ltnp or netstat -an on the server, curl -v http://host:port/ from the client.
    .fix-2 = If the server listens only on 127.0.0.1, it is unreachable from other machines or containers: start it bound to 0.0.0.0 (for example --host 0.0.0.0) and open the port in its firewall or security group.
    .fix-3 = If the address is a proxy or gateway (HTTPS_PROXY, a local relay), start that proxy or remove the setting.
    .prevention-1 = Health-check dependencies at startup and in monitoring, and keep host and port in configuration rather than code.

net-connection-refused-localhost = Connection to localhost refused: the local service is not running, or "localhost" is not where you think
    .cause = The client connected to localhost / 127.0.0.1 / ::1 and nothing listened there. Either the local server is not running, or the client runs inside a container (where localhost is the container itself), or localhost resolved to IPv6 ::1 while the server listens only on IPv4 127.0.0.1.
    .analysis-1 = Inside Docker, localhost means the container, not your host machine; a server on the host or in another container is not reachable that way.
    .analysis-2 = Node 17+ no longer reorders DNS results to IPv4 first, so "localhost" often becomes ::1; a server bound to 127.0.0.1 then refuses, although curl to 127.0.0.1 works.
    .fix-1 = Make sure the server is running and listening on the port in the URL (ss -ltnp or lsof -iTCP -sTCP:LISTEN). From a container, use host.docker.internal (with --add-host=host.docker.internal:host-gateway on Linux) or the compose service name instead of localhost.
    .fix-2 = If the error shows ::1, use http://127.0.0.1:PORT in the base URL, or start the server on both stacks (--host :: or 0.0.0.0), or call dns.setDefaultResultOrder("ipv4first") in Node.
    .fix-3 = If the server runs in a container, publish the port (docker run -p 8080:8080) and bind it to 0.0.0.0 inside the container, not 127.0.0.1.
    .prevention-1 = Configure service addresses by name (compose service names, environment variables), never a hard-coded localhost, and add a startup health check.

net-connection-reset = Connection reset: the connection was cut by the other end or by something in between
    .cause = An established connection was torn down abruptly: a firewall, corporate proxy, VPN or national filter reset it, a load balancer dropped an idle keep-alive connection, or the server crashed mid-request.
    .analysis-1 = ECONNRESET, "socket hang up", "Connection reset by peer", WinError 10054 and curl (56) mean a TCP RST arrived. If it happens right at connect time on a well-known API, the route is being blocked; if it happens after minutes, an idle timeout on the path is likely.
    .analysis-2 = Resets are usually transient for a single request, but systematic ones point to the network path.
    .fix-1 = Retry with exponential backoff and jitter; SDKs do this for connection errors, raise max_retries if needed.
    .fix-2 = If every request fails, test the route: curl -v https://host/ from the same machine; if it only works through a proxy or VPN, configure HTTPS_PROXY for the client.
    .fix-3 = For long requests, enable streaming so the connection is never idle, and lower the client's keep-alive pool idle time below the server's or load balancer's.
    .prevention-1 = Retry connection errors with backoff, use streaming for long responses, and keep client keep-alive timeouts shorter than the server's.

net-server-disconnected = The server closed the connection without sending a response
    .cause = The connection opened, the request was sent, then the other side closed it before any response: the server or a proxy crashed or restarted, dropped a stale keep-alive connection, or the request went to a port that speaks another protocol.
    .analysis-1 = RemoteDisconnected, "Server disconnected without sending a response", undici "other side closed" (UND_ERR_SOCKET), curl (52) "Empty reply from server" and Go "EOF" are the same event in different clients.
    .analysis-2 = When it happens on the first request after an idle period, the server closed the pooled keep-alive connection just as the client reused it; a retry succeeds.
    .fix-1 = Retry with backoff; idempotent requests can be retried immediately once.
    .fix-2 = If it happens every time, check the server's or proxy's logs for crashes (out of memory, worker timeout) at that moment, and check the URL scheme and port (HTTP to a TLS port, or vice versa, can end like this).
    .fix-3 = If it happens after idle periods, lower the client's connection-pool idle timeout below the server's keep-alive timeout.
    .prevention-1 = Retry connection errors with backoff, and align keep-alive timeouts between client, proxy and server.

net-stream-interrupted = The response was cut off mid-stream
    .cause = The server began sending the response but the connection ended before it was complete: a proxy or load balancer idle or max-duration timeout, the upstream crashed, or the server closed an HTTP/2 connection (GOAWAY) while the stream was active.
    .analysis-1 = "incomplete chunked read", "peer closed connection without sending complete message body", ChunkedEncodingError / IncompleteRead, "Premature close" and "http2: server sent GOAWAY" mean you got the headers and part of the body, then lost the rest.
    .analysis-2 = With long streamed generations this is usually a timeout on a component in the middle, not an API error.
    .fix-1 = Retry the whole request with backoff; for streamed output, keep what was received and make the retry idempotent or resumable.
    .fix-2 = If it happens at a consistent duration (60 s, 100 s, 300 s), find the proxy or load balancer with that timeout and raise it (nginx proxy_read_timeout, cloud load balancer idle timeout).
    .fix-3 = If you run the server, check its logs for worker timeouts or out-of-memory kills at the moment the stream stopped.
    .prevention-1 = Stream long responses, align timeouts along the path, and treat truncated responses as retryable errors.

net-proxy-error = Could not connect through the configured proxy
    .cause = The client was configured to use a proxy (HTTPS_PROXY / HTTP_PROXY / ALL_PROXY or system settings) and the proxy itself could not be reached, could not be resolved, or refused the CONNECT tunnel.
    .analysis-1 = The failure is between you and the proxy, before the API is contacted. Many people forget a proxy variable set for another tool, or a local proxy (Clash, v2ray, corporate agent) that is not running.
    .analysis-2 = A CONNECT answered with 403 means the proxy does not allow this destination host or port.
    .fix-1 = List the proxy settings the client sees (env | grep -i proxy; also pip config, npm config, git config). Start the proxy, correct its host:port, or unset the variables if you do not need a proxy.
    .fix-2 = Write a local HTTP proxy URL as http://host:port even for HTTPS traffic; https:// means TLS to the proxy itself, which most local proxies do not speak.
    .fix-3 = Add internal hosts and localhost to NO_PROXY so they bypass the proxy; if the proxy blocks the destination, ask its administrator to allow the API host.
    .prevention-1 = Set proxy variables per service (in its unit file or compose file) rather than globally, and keep NO_PROXY complete.

net-proxy-auth-required = The proxy requires authentication (407 Proxy Authentication Required)
    .cause = The corporate or upstream proxy rejected the CONNECT request because it carried no valid proxy credentials.
    .analysis-1 = 407 and Proxy-Authenticate come from the proxy, not from the API: the API key is not involved.
    .analysis-2 = The proxy URL in HTTPS_PROXY / HTTP_PROXY (or the client's proxy setting) has no user:password, or the password contains characters that broke the URL.
    .fix-1 = Put the credentials in the proxy URL: HTTPS_PROXY=http://user:password@proxy-host:port, percent-encoding special characters (@ as %40, : as %3A, # as %23).
    .fix-2 = If the destination should bypass the proxy (internal hosts, localhost), add it to NO_PROXY.
    .fix-3 = If the proxy accepts only NTLM or Kerberos, run a local authenticating relay (cntlm, px) and point HTTPS_PROXY at http://127.0.0.1:port.
    .prevention-1 = Keep proxy credentials in the environment or a secret store, and test the proxy with curl -x before deploying.

net-node-fetch-failed = Node fetch failed before getting a response ("TypeError: fetch failed")
    .cause = Node's built-in fetch (undici) could not complete the request at the network level; the real reason (DNS, refused, timeout, TLS, proxy) is in err.cause, which was not printed here.
    .analysis-1 = fetch only rejects on network-level failures; HTTP error statuses resolve normally. "fetch failed" is a wrapper message.
    .analysis-2 = A very common cause on restricted networks: built-in fetch ignores HTTPS_PROXY / HTTP_PROXY unless NODE_USE_ENV_PROXY=1 or --use-env-proxy is set, so it tries a direct connection that is blocked.
    .fix-1 = Log err.cause (console.error(err.cause)) to see the underlying error code, then fix that: ENOTFOUND is DNS, ECONNREFUSED nothing listening, UND_ERR_CONNECT_TIMEOUT a blocked route, certificate codes a TLS trust problem.
    .fix-2 = If you rely on a proxy, enable it for fetch: NODE_USE_ENV_PROXY=1 (Node 24+, 22.21+), or set an undici EnvHttpProxyAgent as the global dispatcher on older versions.
    .fix-3 = Test the same URL with curl from the same machine to separate a network problem from a code problem.
    .prevention-1 = Always log error causes in network wrappers, and configure proxies explicitly in the process rather than relying on shell variables.

net-browser-network-error = The browser request failed with no response ("Network Error" / "Failed to fetch")
    .cause = The request from a web page never produced a readable response: most often a CORS block (the API does not allow your page's origin), a mixed-content block (https page calling http://), an unreachable host, or an ad blocker or extension.
    .analysis-1 = Browsers hide the reason from JavaScript: axios reports ERR_NETWORK "Network Error", fetch reports "Failed to fetch" (Chrome) or "NetworkError when attempting to fetch resource" (Firefox). The real reason is in the browser's DevTools Console and Network tab.
    .analysis-2 = Calling an LLM API directly from the browser usually fails CORS, and would expose your API key to every visitor anyway.
    .fix-1 = Open DevTools (Console and Network): if it mentions CORS, route the call through your own backend (or a dev-server proxy such as Vite's server.proxy) instead of calling the API from the page.
    .fix-2 = If you control the API, answer the preflight OPTIONS request and send Access-Control-Allow-Origin for your page's origin, plus Access-Control-Allow-Headers for Authorization and Content-Type.
    .fix-3 = Fix mixed content (use https:// for the API when the page is https) and retry with extensions disabled; confirm the host is reachable with curl.
    .prevention-1 = Keep API keys server-side and have the front end call your own backend; test CORS for every origin you deploy to.

net-browser-cors-blocked = Blocked by the browser's CORS policy
    .cause = The API's response (or its preflight) did not include Access-Control-Allow-Origin for your page's origin, so the browser refused to give the response to your script.
    .analysis-1 = CORS is enforced by the browser, not by the server: the same call works from curl or a backend. The request may even have reached the server.
    .analysis-2 = Requests with Authorization or JSON Content-Type trigger a preflight OPTIONS request; if that fails or lacks the CORS headers, the real request is never sent.
    .fix-1 = Call the API from your backend (or through a dev-server proxy such as Vite server.proxy / webpack devServer.proxy) instead of from browser code; this also keeps the API key secret.
    .fix-2 = If you own the API, respond to OPTIONS with 204 and send Access-Control-Allow-Origin (your exact origin), Access-Control-Allow-Methods and Access-Control-Allow-Headers (Authorization, Content-Type).
    .prevention-1 = Never embed secret API keys in front-end code; put a thin backend in front of third-party APIs.

net-sdk-connection-error = The SDK could not reach the API ("Connection error.")
    .cause = The SDK's HTTP layer failed before any response arrived: DNS, refused, reset, proxy or TLS. "Connection error." is the SDK's own wrapper text; the real cause is the chained exception (__cause__ in Python, err.cause in Node).
    .analysis-1 = APIConnectionError is raised only when no HTTP response was received, so the API key and request body are not the problem. The SDK has already retried (2 times by default) before raising.
    .analysis-2 = Frequent real causes: a wrong base_url (host or scheme), no route to the API from this network (needs a proxy), a TLS-inspecting proxy, or a local server that is not running.
    .fix-1 = Print the chained cause (Python: repr(e.__cause__), or read the traceback above "The above exception was the direct cause"; Node: err.cause) and follow that error.
    .fix-2 = Check base_url / OPENAI_BASE_URL (or the equivalent variable): scheme, host, port and /v1 path; test it with curl -v from the same machine.
    .fix-3 = If this network needs a proxy, pass it explicitly, for example http_client=httpx.Client(proxy="http://127.0.0.1:7890") in Python, or set HTTPS_PROXY (and NODE_USE_ENV_PROXY=1 for Node's built-in fetch).
    .prevention-1 = Log chained exceptions in full, and keep the SDK's built-in retries (max_retries) enabled for transient connection errors.

net-ssl-eof = The TLS connection was cut during the handshake (SSL EOF)
    .cause = The connection closed in the middle of the TLS exchange: something between you and the server (a firewall, national filter, VPN or proxy) dropped it, or a proxy configured with the wrong scheme broke the handshake.
    .analysis-1 = "EOF occurred in violation of protocol" / SSLEOFError / UNEXPECTED_EOF_WHILE_READING is not a certificate problem; the peer or a middlebox simply hung up.
    .analysis-2 = A very common local cause: HTTPS_PROXY written as https://127.0.0.1:port for a plain HTTP proxy (Clash, v2ray); urllib3 then tries TLS to the proxy and the handshake dies.
    .fix-1 = Check proxy variables: a local or corporate HTTP proxy must be http://host:port in HTTPS_PROXY and HTTP_PROXY; unset them if no proxy is needed.
    .fix-2 = If the API is blocked on this network, route the client through a working proxy or VPN; test with curl -v https://host/ to see where the handshake stops.
    .fix-3 = Retry with backoff for occasional occurrences; upgrade urllib3, requests and certifi if they are old.
    .prevention-1 = Configure proxies explicitly per application and monitor connection-error rates by network path.

net-network-unreachable = Network unreachable: no route from this machine to the destination
    .cause = The operating system has no route to the destination address: the machine is offline, the VPN or interface is down, or it tried an IPv6 address on a network without IPv6.
    .analysis-1 = ENETUNREACH, EHOSTUNREACH, "Network is unreachable" ([Errno 101]) and "No route to host" ([Errno 113]) fail locally before any packet reaches the server.
    .analysis-2 = An IPv6 address in the error on a network without IPv6 connectivity is a classic: the name resolved to AAAA first.
    .fix-1 = Check connectivity and routes from the same machine or container (ip route, ping the gateway, curl -v the host).
    .fix-2 = If the failing address is IPv6, prefer IPv4: in Node use dns.setDefaultResultOrder("ipv4first") or --dns-result-order=ipv4first; otherwise disable IPv6 on that interface or fix the IPv6 route.
    .fix-3 = If the host is on a private network, connect the VPN or add the route or security-group rule that allows it.
    .prevention-1 = Monitor the network path from where the client runs, and make clients fall back between IPv4 and IPv6 (happy eyeballs).

net-connect-failed = Could not connect to the server
    .cause = The client could not open a connection to the host; the output does not show the underlying OS error (DNS, refused, unreachable, timeout).
    .analysis-1 = No HTTP request was sent, so credentials and request content are not involved. The detailed cause is usually one level deeper in the exception chain.
    .fix-1 = Reproduce with curl -v to the same URL from the same machine or container; it prints which step fails (resolving, connecting, TLS).
    .fix-2 = Check the base URL's scheme, host and port, any proxy variables (env | grep -i proxy), and that the service is running.
    .fix-3 = Print the chained exception (Python __cause__, aiohttp os_error, Node err.cause) to get the exact error code.
    .prevention-1 = Log nested exceptions in full and add a startup connectivity check.

net-connect-timeout = Connection timed out: the server could not be reached in time
    .cause = The TCP (or proxy) connection never completed: packets to the host are dropped by a firewall, the route is blocked or very slow, the IP is wrong, or a required proxy is not configured.
    .analysis-1 = A connect timeout happens before any request is sent: the server never saw it. ConnectTimeout, UND_ERR_CONNECT_TIMEOUT (undici's 10 s default), connect ETIMEDOUT, Go "dial tcp … i/o timeout" and Java "connect timed out" are all this.
    .analysis-2 = When a well-known API always times out on connect from one network but works elsewhere, that network blocks it (region restriction, corporate egress rules), and a proxy is the fix.
    .fix-1 = Test the route from the same machine or container: curl -v --connect-timeout 10 https://host/; check egress firewall rules, security groups and that the IP the name resolves to is correct.
    .fix-2 = If this network needs a proxy, configure it in the client (HTTPS_PROXY, plus NODE_USE_ENV_PROXY=1 for Node's built-in fetch, or the SDK's http_client proxy) and set a sensible connect timeout.
    .fix-3 = If the network is just slow or flaky, retry with backoff; raising the connect timeout beyond 30 s rarely helps when packets are being dropped.
    .prevention-1 = Use a short connect timeout with a separate, longer read timeout, retry with backoff, and monitor reachability from the deployment network.

net-read-timeout = Read timed out: the server accepted the request but answered too slowly
    .cause = The connection was made and the request sent, but no data arrived within the client's read timeout: the server was slow (a long generation or heavy query), overloaded, or a proxy held the response back.
    .analysis-1 = A read timeout is the gap between received bytes, not total time. Without streaming, an LLM sends nothing until it has generated the whole answer, so long outputs exceed short read timeouts.
    .analysis-2 = The server may still finish the work; retrying a non-idempotent request can duplicate it.
    .fix-1 = Raise the read timeout to cover the slowest expected response (requests: timeout=(10, 600); httpx: httpx.Timeout(600, connect=10); Java: setReadTimeout).
    .fix-2 = Stream the response so bytes arrive continuously and the read timer keeps resetting.
    .fix-3 = Reduce the work per request (lower max_tokens, smaller batch), or use the service's asynchronous or batch API for long jobs.
    .prevention-1 = Set timeouts deliberately per endpoint, stream long outputs, and retry timeouts with backoff only where duplicates are harmless.

net-timeout-generic = The request timed out
    .cause = The operation did not complete within the client's time limit; the output does not say whether connecting or waiting for the response took too long.
    .analysis-1 = Without the phase it is unclear whether the network path is blocked (connect) or the server is slow (read). Both are retryable once the cause is addressed.
    .fix-1 = Find the phase: curl -v -o /dev/null to the same URL, with -w printing the time_connect, time_appconnect and time_starttransfer variables, shows whether connecting, TLS or waiting for the first byte takes the time.
    .fix-2 = Set explicit timeouts in the client: a short connect timeout (10-30 s) and a read or total timeout long enough for the slowest expected response; stream long responses.
    .fix-3 = Retry with exponential backoff and jitter; if every attempt times out on connect, fix the network route or proxy instead.
    .prevention-1 = Configure timeouts explicitly rather than relying on library defaults, and log which phase timed out.

net-undici-headers-timeout = Node fetch gave up waiting for the response (undici headers / body timeout)
    .cause = Node's built-in fetch (undici) waits at most 300 s for response headers (headersTimeout) and 300 s between body chunks (bodyTimeout); the server took longer, typically a long non-streamed generation.
    .analysis-1 = UND_ERR_HEADERS_TIMEOUT / HeadersTimeoutError means no response headers arrived in time; UND_ERR_BODY_TIMEOUT / BodyTimeoutError means the body stalled. An AbortSignal timeout you set higher does not override these dispatcher limits.
    .fix-1 = Stream the response (stream: true) so headers arrive at once and chunks keep the body timer alive.
    .fix-2 = Raise the limits on the dispatcher: install undici and pass an undici Agent with larger headersTimeout and bodyTimeout to setGlobalDispatcher, with values above the longest expected response, or pass a dispatcher per request.
    .fix-3 = For work longer than several minutes, use an asynchronous or batch API and poll.
    .prevention-1 = Stream long responses and configure undici timeouts explicitly in services that call slow APIs.

net-axios-timeout = Axios gave up: "timeout of N ms exceeded"
    .cause = The axios timeout option (total time for the request) elapsed before the response completed; the server was slow or the connection could not be made in time.
    .analysis-1 = axios reports its own timeout as ECONNABORTED with "timeout of N ms exceeded" (ETIMEDOUT if transitional.clarifyTimeoutError is set). The N in the message is the configured limit.
    .fix-1 = Raise timeout on the axios instance or the call (timeout: 600000 in axios.create or in the request config), or set 0 for no limit and rely on your own deadline.
    .fix-2 = If even small requests time out, the route is blocked or slow: test with curl, and configure a proxy (axios honors HTTPS_PROXY in Node, or set proxy / httpsAgent).
    .fix-3 = For long generations, request a streamed response (responseType: "stream") and process chunks as they arrive.
    .prevention-1 = Set per-endpoint timeouts, retry timeouts with backoff (axios-retry), and log the configured timeout with each failure.

net-go-client-timeout = Go HTTP client timeout (Client.Timeout or context deadline exceeded)
    .cause = The http.Client Timeout or the request context's deadline expired before the response (headers or body) was fully received; the upstream was slow or the path blocked.
    .analysis-1 = "Client.Timeout exceeded while awaiting headers" means no response headers arrived in time; "while reading body" means the body was too slow. http.Client.Timeout covers the whole exchange, including reading the body.
    .fix-1 = Raise http.Client.Timeout (or the context deadline) above the slowest expected response, and use Transport.ResponseHeaderTimeout and TLSHandshakeTimeout for finer control.
    .fix-2 = For long streamed responses, do not use a short Client.Timeout: use a context deadline per request and read the stream incrementally.
    .fix-3 = If connecting is slow, check the route and set Transport.Proxy = http.ProxyFromEnvironment so HTTPS_PROXY is honored.
    .prevention-1 = Always set explicit timeouts on http.Client (the default is no timeout) and pass contexts with deadlines through every call.

net-dotnet-httpclient-timeout = .NET HttpClient timed out (HttpClient.Timeout elapsed)
    .cause = The request took longer than HttpClient.Timeout (100 seconds by default), so HttpClient canceled it and threw TaskCanceledException with an inner TimeoutException.
    .analysis-1 = This is a client-side limit; the server may still be processing the request. Long LLM generations exceed the 100-second default easily.
    .fix-1 = Set HttpClient.Timeout to a larger TimeSpan (or Timeout.InfiniteTimeSpan with a per-request CancellationToken) before the first request.
    .fix-2 = Stream the response (HttpCompletionOption.ResponseHeadersRead and read the stream) so you are not waiting for the whole body.
    .fix-3 = If connecting is what is slow, set SocketsHttpHandler.ConnectTimeout and check the network route or proxy (HttpClient.DefaultProxy honors HTTPS_PROXY).
    .prevention-1 = Create HttpClient through IHttpClientFactory with per-client timeouts and a retry policy (Polly / Microsoft.Extensions.Http.Resilience).

net-curl-timeout = curl timed out (exit code 28)
    .cause = curl's --max-time or --connect-timeout elapsed, or the system's TCP connect timeout expired: the server was too slow to answer or could not be reached.
    .analysis-1 = "Operation timed out after N milliseconds with 0 bytes received" means the connection was made but nothing came back in time; "Connection timed out" / "Failed to connect … Timed out" means the connection itself never completed.
    .fix-1 = Set explicit limits that fit the call: --connect-timeout 15 --max-time 900, and use -N to see streamed output as it arrives.
    .fix-2 = If connecting times out, check the route: DNS (dig), firewall or security group egress, and whether this network needs a proxy (-x http://proxy:port or HTTPS_PROXY).
    .fix-3 = If the response is slow, request streaming from the API or reduce the work per request.
    .prevention-1 = Always pass --connect-timeout and --max-time in scripts, and retry with --retry 3 --retry-all-errors only for idempotent calls.

net-sdk-request-timeout = The SDK gave up waiting ("Request timed out.")
    .cause = The SDK's timeout elapsed before a response arrived. It is the SDK's wrapper text; the request was sent (or the connection was attempted) but did not complete in time, even after the SDK's own retries.
    .analysis-1 = APITimeoutError (Python) / APIConnectionTimeoutError (Node) are raised after the configured timeout (10 minutes by default in the OpenAI and Anthropic SDKs) and after the SDK's automatic retries (2 by default).
    .analysis-2 = If you lowered the timeout, long generations exceed it; if you did not, the route to the API is probably blocked or the service very slow, and the chained error (ConnectTimeout vs ReadTimeout) tells which.
    .fix-1 = Set a timeout that fits the work (timeout= on the client, or with_options(timeout=...) per call) and stream long outputs (stream=True).
    .fix-2 = If it fails quickly on connect, fix the network path: configure a proxy (http_client with proxy=..., HTTPS_PROXY) or check the base URL.
    .fix-3 = Reduce max tokens or input size for calls that are inherently slow, or use the provider's batch API.
    .prevention-1 = Configure timeout and max_retries explicitly, stream long generations, and log the chained exception.

net-nginx-upstream-timeout = nginx: upstream timed out while waiting for the backend
    .cause = nginx waited longer than proxy_read_timeout (60 s by default) for the upstream (your API server or model server) to send response headers or data, then closed the request with 504.
    .analysis-1 = This error-log line is on the proxy side: the backend is slow or hung, and nginx's timeout is shorter than the backend's processing time. Clients see 504 Gateway Time-out.
    .analysis-2 = "while reading response header from upstream" means the backend had not even started responding: typical for non-streamed LLM generations.
    .fix-1 = Raise proxy_read_timeout (and proxy_send_timeout) in the location that proxies the backend, for example 900s, and reload nginx; use fastcgi_read_timeout or uwsgi_read_timeout for those backends.
    .fix-2 = Turn off proxy_buffering for streamed (text/event-stream) responses and have clients request streaming, so data flows before the timeout.
    .fix-3 = Check why the backend is slow (queueing, GPU saturation, a hung worker) in its own logs.
    .prevention-1 = Keep proxy timeouts above backend worker timeouts, stream long responses, and alert on upstream timeout counts.

net-nginx-upstream-failed = nginx could not get a response from the upstream server
    .cause = nginx could not connect to the backend (connection refused, no live upstreams) or the backend closed the connection before sending a response; clients see 502 Bad Gateway.
    .analysis-1 = "connect() failed (111: Connection refused) while connecting to upstream" means nothing listens at the proxy_pass address; "upstream prematurely closed connection" means the backend accepted the request then died or closed it (crash, out of memory, worker timeout).
    .fix-1 = Check the backend process is running and listening on the host:port that proxy_pass or the upstream block names (inside Docker, use the service name, not 127.0.0.1).
    .fix-2 = For premature closes, read the backend's logs at that time: worker timeouts (gunicorn --timeout), OOM kills (dmesg) or crashes on specific inputs.
    .fix-3 = If the upstream sends very large headers, raise proxy_buffer_size and proxy_buffers.
    .prevention-1 = Health-check upstreams, restart failed backends automatically, and keep backend worker timeouts longer than proxy timeouts.

net-tls-handshake-timeout = TLS handshake timed out
    .cause = The TCP connection opened, but the TLS handshake did not finish in time: a filtering middlebox or proxy is stalling it, the network is very lossy, or the server is overloaded.
    .analysis-1 = Go's net/http: TLS handshake timeout (10 s by default) and Python's "The handshake operation timed out" fire after TCP connected, so the host is reachable but TLS is not getting through.
    .fix-1 = Test with curl -v https://host/ from the same machine; if it stalls after "Client hello", the path filters TLS to this host: route through a proxy or VPN.
    .fix-2 = Retry with backoff for intermittent cases; raise Transport.TLSHandshakeTimeout in Go if the network is slow but working.
    .fix-3 = In Docker on a VPN, a lower MTU (for example 1400 in /etc/docker/daemon.json) often fixes handshakes that hang on large certificate messages.
    .prevention-1 = Monitor handshake latency from the deployment network and keep a proxy route available for restricted networks.

tls-verify-failed = TLS certificate verification failed
    .cause = The client did not accept the server's certificate; the exact reason is in the text after "certificate verify failed" or "SSL certificate problem".
    .analysis-1 = Verification protects the API key and data in transit. The reason code decides the fix: untrusted issuer, self-signed, expired, name mismatch, revoked, or CRL unavailable.
    .fix-1 = Inspect what the server presents: openssl s_client -connect host:443 -servername host -showcerts, and compare the issuer with what your client trusts.
    .fix-2 = If a corporate proxy or antivirus intercepts TLS, add its root CA to the client's trust store (SSL_CERT_FILE / REQUESTS_CA_BUNDLE for Python, NODE_EXTRA_CA_CERTS for Node, --cacert for curl, keytool for Java).
    .fix-3 = Update the CA bundle (pip install --upgrade certifi; update-ca-certificates) and check the system clock. Do not turn verification off (verify=False, -k, NODE_TLS_REJECT_UNAUTHORIZED=0) outside a one-off local test.
    .prevention-1 = Ship an up-to-date CA bundle with the app, and distribute corporate root CAs through configuration management.

tls-local-issuer-missing = TLS: the server's certificate issuer is not in your trust store (unable to get local issuer certificate)
    .cause = Your client could not find the CA that issued the server's certificate: usually a corporate proxy or antivirus re-signs TLS traffic with its own root CA that your Python, Node or curl does not trust, or the client's CA bundle is missing or outdated.
    .analysis-1 = UNABLE_TO_GET_ISSUER_CERT_LOCALLY, "unable to get local issuer certificate" and curl (60) mean the chain could not be completed from the local trust store. Browsers often work because they use the OS store, while Python (certifi) and Node use their own bundles.
    .analysis-2 = On macOS, a python.org Python without "Install Certificates.command" having been run has no usable CA bundle at all.
    .fix-1 = Trust the right CA in the client: Python via truststore (OS store) or SSL_CERT_FILE / REQUESTS_CA_BUNDLE pointing to a PEM with certifi's roots plus your proxy's root CA; Node via NODE_EXTRA_CA_CERTS=/path/root-ca.pem (or --use-system-ca on Node 23.8+); curl via --cacert.
    .fix-2 = Update the CA bundle: pip install --upgrade certifi; on macOS run "Install Certificates.command" from the Python folder in Applications; on Linux install ca-certificates and run update-ca-certificates.
    .fix-3 = Get the root CA from your IT department or export it from openssl s_client -showcerts (the last certificate in the chain). Do not use verify=False or NODE_TLS_REJECT_UNAUTHORIZED=0 in production: it exposes your API key.
    .prevention-1 = Distribute the corporate root CA to developer machines and images, and set the CA environment variables in the base image or service definition.

tls-incomplete-chain = TLS: the server sent an incomplete certificate chain (unable to verify the first certificate)
    .cause = The server presented its leaf certificate without the intermediate CA certificate(s), so clients that do not fetch missing intermediates (Node, Python, curl) cannot build the chain to a trusted root.
    .analysis-1 = UNABLE_TO_VERIFY_LEAF_SIGNATURE / "unable to verify the first certificate" is a server configuration error. Browsers often hide it because they cache or download intermediates.
    .fix-1 = If you run the server, configure the full chain: nginx ssl_certificate must point to fullchain.pem (leaf plus intermediates), not cert.pem; check with openssl s_client -showcerts.
    .fix-2 = If you do not control the server, add the missing intermediate CA to your client's trust (NODE_EXTRA_CA_CERTS for Node, a bundle in SSL_CERT_FILE for Python, --cacert for curl) and tell the server's operator.
    .prevention-1 = Test new certificates with openssl s_client or an SSL checker before deploying, and automate renewal with full-chain output.

tls-self-signed = TLS: self-signed certificate (your proxy or server uses a private CA)
    .cause = The certificate chain ends at a self-signed root your client does not trust: either a corporate proxy, VPN or antivirus is inspecting HTTPS (self-signed certificate in certificate chain), or the server itself uses a self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT).
    .analysis-1 = SELF_SIGNED_CERT_IN_CHAIN on a public API host almost always means TLS interception on your network: the certificate you see was issued by your organization's inspection CA, not by a public CA.
    .analysis-2 = A self-signed leaf (DEPTH_ZERO) is typical of internal gateways, dev servers and self-hosted model servers.
    .fix-1 = Trust that CA explicitly: export the root (openssl s_client -showcerts, or get it from IT) and add it: NODE_EXTRA_CA_CERTS for Node, SSL_CERT_FILE / REQUESTS_CA_BUNDLE (a bundle of certifi plus the root) or truststore for Python, --cacert for curl, keytool for Java.
    .fix-2 = For your own internal server, issue a certificate from an internal CA (or a public one via ACME) instead of a bare self-signed certificate, and distribute that CA.
    .fix-3 = Do not disable verification (verify=False, rejectUnauthorized: false, NODE_TLS_REJECT_UNAUTHORIZED=0) outside a local test: an interception point could then read your API key.
    .prevention-1 = Bake corporate root CAs into base images and developer setups, and document the trust variables each runtime needs.

tls-cert-expired = TLS: the certificate has expired (or your clock is wrong)
    .cause = A certificate in the chain is outside its validity period: the server's certificate really expired (failed renewal), an old root or intermediate in your CA bundle expired, or this machine's clock is wrong.
    .analysis-1 = CERT_HAS_EXPIRED / "certificate has expired" / Go "certificate has expired or is not yet valid" compare the certificate dates with the local clock, so a wrong clock (a VM or container after suspend, a device without NTP) looks exactly like an expired certificate.
    .analysis-2 = If only old systems fail while browsers work, an outdated CA bundle still validates through an expired root (as happened with Let's Encrypt's DST Root CA X3 in 2021).
    .fix-1 = Check the clock (date -u) and the certificate dates (openssl s_client … | openssl x509 -noout -dates). Fix the clock with NTP if it is off.
    .fix-2 = If the server's certificate expired and you run it, renew it (certbot renew, or your certificate manager) and reload the server; otherwise tell the operator.
    .fix-3 = If the server is fine, update your CA bundle (pip install --upgrade certifi; apt-get install --only-upgrade ca-certificates; update the Node or Java runtime).
    .prevention-1 = Automate certificate renewal with expiry monitoring, keep NTP enabled, and update CA bundles with regular dependency updates.

tls-hostname-mismatch = TLS: the certificate is not valid for this host name
    .cause = The server's certificate does not list the host name (or IP) you connected to: a typo or wrong host in the URL, connecting by IP address, a CNAME to a CDN or load balancer that serves its own certificate, or a proxy answering for the host.
    .analysis-1 = Hostname mismatch, ERR_TLS_CERT_ALTNAME_INVALID, Go "certificate is valid for X, not Y" and curl's "no alternative certificate subject name matches" compare the URL's host with the certificate's Subject Alternative Names; the certificate itself may be perfectly valid for other names.
    .fix-1 = Use the exact host name the certificate is issued for (the one in the service's documentation), not an IP address or an alias.
    .fix-2 = If you run the server, issue a certificate that includes this name (add it as a SAN) or configure SNI so the right certificate is served for this host.
    .fix-3 = If a corporate proxy or captive portal answers for the host, configure the proxy properly or connect from another network. Do not disable hostname checking.
    .prevention-1 = Keep DNS names and certificate SANs in sync, and monitor certificates for each public host name.

tls-java-pkix = Java: PKIX path building failed (the JVM does not trust the server's CA)
    .cause = The JVM's truststore (cacerts of the JDK that runs the app) has no CA that can anchor the server's certificate chain: a corporate TLS-inspecting proxy, a private CA, or an outdated JDK truststore.
    .analysis-1 = SSLHandshakeException with "PKIX path building failed … unable to find valid certification path to requested target" comes from certificate validation, not from the network. Java does not use the OS trust store by default.
    .fix-1 = Import the root CA into the truststore of the JDK that runs the app: keytool -importcert -trustcacerts -alias corp-root -file root-ca.pem -cacerts -storepass changeit on Java 9 and later, -keystore $JAVA_HOME/jre/lib/security/cacerts instead of -cacerts on Java 8 (check which JDK with java -XshowSettings:properties).
    .fix-2 = Or keep a separate truststore and point the JVM at it with -Djavax.net.ssl.trustStore=/path/truststore.jks and -Djavax.net.ssl.trustStorePassword.
    .fix-3 = If the server's chain is at fault (missing intermediate, self-signed), fix it on the server; update an old JDK to get current root CAs. Do not install a trust-all TrustManager.
    .prevention-1 = Bake the corporate root CA into the JDK of your base image and re-import it after every JDK upgrade.

tls-go-unknown-authority = Go: x509: certificate signed by unknown authority
    .cause = Go could not find the CA that signed the server's certificate in the system pool: the container image has no CA bundle (scratch, distroless/static, slim images without ca-certificates), or a corporate proxy or private CA signed the certificate.
    .analysis-1 = Go reads the system's CA files (for example /etc/ssl/certs/ca-certificates.crt on Linux); if they are missing, every HTTPS call fails with this error, even to public APIs.
    .analysis-2 = If the message names an unexpected authority (an inspection CA), a TLS-intercepting proxy is in the path.
    .fix-1 = Install CA certificates in the image (apk add ca-certificates, apt-get install ca-certificates) or copy /etc/ssl/certs/ca-certificates.crt into a scratch image.
    .fix-2 = For a private or proxy CA, add it to the system store (copy to /usr/local/share/ca-certificates and run update-ca-certificates) or point SSL_CERT_FILE / SSL_CERT_DIR at a bundle that contains it.
    .fix-3 = Do not set InsecureSkipVerify: true in production; load the specific CA into tls.Config.RootCAs instead if it must be in code.
    .prevention-1 = Build images FROM a base that includes ca-certificates, and add corporate CAs in the base image.

tls-rustls-unknown-issuer = Rust (rustls): the server's certificate was issued by a CA the client does not trust
    .cause = rustls checked the server's certificate chain against its root store and found no trusted root (UnknownIssuer): a TLS-inspecting proxy, a private or corporate CA, or a self-hosted endpoint signed it. With reqwest's rustls-tls feature the roots are the compiled-in Mozilla list (webpki-roots), so a CA you installed in the operating system is not used at all.
    .translation = "invalid peer certificate: UnknownIssuer" / InvalidCertificate(UnknownIssuer): the certificate's issuer is unknown to this client.
    .analysis-1 = This is the rustls wording used by reqwest, hyper-rustls, ureq, tonic and the Rust SDKs built on them; curl or a browser on the same machine may succeed because they read the OS store.
    .analysis-2 = Retrying does not help: the same chain is presented every time.
    .fix-1 = Make the client trust the OS store: build reqwest with the rustls-tls-native-roots feature (or native-tls), then add the proxy / private root CA to the OS store (update-ca-certificates) or set SSL_CERT_FILE to a bundle that contains it.
    .fix-2 = Or trust that one CA in code: ClientBuilder::add_root_certificate(reqwest::Certificate::from_pem(...)) for reqwest, or a RootCertStore with the CA added for a rustls ClientConfig.
    .fix-3 = If the endpoint is yours, serve the full chain from a public CA (for example Let's Encrypt) so no extra root is needed; do not ship danger_accept_invalid_certs(true).
    .prevention-1 = Decide the root store once (webpki-roots, native roots or rustls-platform-verifier) and document how to add a corporate CA for your users.

tls-dotnet-ssl-failed = .NET: the SSL connection could not be established
    .cause = HttpClient's TLS handshake failed; the inner exception says why, most often an untrusted or self-signed chain (UntrustedRoot, PartialChain), a name mismatch, or a TLS version / cipher mismatch.
    .analysis-1 = "The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot" means the issuing root is not in the OS trust store (.NET uses the Windows store, or OpenSSL's store on Linux).
    .fix-1 = Read the inner exception: for UntrustedRoot or PartialChain, install the CA in the OS store (Windows: certlm.msc, Trusted Root Certification Authorities; Linux: copy to /usr/local/share/ca-certificates and run update-ca-certificates).
    .fix-2 = If the server's chain is incomplete or self-signed, fix it on the server or pin the specific CA via ServerCertificateCustomValidationCallback that checks the chain against that CA only.
    .fix-3 = For protocol errors, make sure both sides allow TLS 1.2 or 1.3 and upgrade old .NET Framework targets (set SslProtocols or use .NET 6+).
    .prevention-1 = Provision corporate root CAs in container images and hosts, and never ship a callback that returns true for every certificate.

tls-wrong-version-number = TLS handshake got plain HTTP back (wrong version number): https:// sent to a non-TLS port
    .cause = The client started TLS but the other side answered in plain HTTP: the URL says https:// for a port that serves http (a local model server, a dev server), or the proxy URL is https:// for a proxy that only speaks HTTP.
    .analysis-1 = "[SSL: WRONG_VERSION_NUMBER] wrong version number", EPROTO, Go "server gave HTTP response to HTTPS client" and curl (35) with wrong version number all mean the first bytes back were not a TLS record.
    .analysis-2 = The most common variant: HTTPS_PROXY=https://127.0.0.1:7890 for a local HTTP proxy (Clash, v2ray, corporate relay); it must be http://.
    .fix-1 = Use http:// in the base URL for servers without TLS (http://localhost:8000/v1), or the port that actually serves TLS.
    .fix-2 = Write proxy URLs with http:// (HTTPS_PROXY=http://127.0.0.1:7890) unless the proxy really terminates TLS itself.
    .fix-3 = If a reverse proxy is supposed to terminate TLS on that port, enable ssl on its listen directive (listen 443 ssl).
    .prevention-1 = Keep the scheme and port together in one configuration value, and test new endpoints with curl -v first.

tls-handshake-failure = TLS handshake failed
    .cause = Client and server could not agree on a secure connection: no common TLS version or cipher, missing SNI, a client-certificate requirement, or a middlebox (firewall, proxy, filter) aborting the handshake.
    .analysis-1 = curl (35) SSL_ERROR_SYSCALL usually means the connection was dropped mid-handshake (often a filter or proxy); "alert handshake failure" or "protocol version" means the server rejected the offered versions or ciphers.
    .analysis-2 = Old runtimes (Java 8 builds without TLS 1.3, old OpenSSL, .NET Framework defaults) fail against servers that require TLS 1.2+ with modern ciphers.
    .fix-1 = Compare what works: openssl s_client -connect host:443 -servername host -tls1_2 (then -tls1_3); if none connects from this network but they do from another, a middlebox is blocking: use a proxy or VPN.
    .fix-2 = Upgrade the runtime or TLS library (OpenSSL, JDK, .NET) and make sure SNI is sent (use the host name, not the IP, in the URL).
    .fix-3 = If the server requires a client certificate (mTLS), configure it in the client (curl --cert/--key, requests cert=, Java keystore).
    .prevention-1 = Keep runtimes and TLS libraries current and test handshakes from each deployment network.

tls-python-strict-ca = Python 3.13 rejects the CA certificate (strict X.509 checks)
    .cause = Python 3.13 enables VERIFY_X509_STRICT by default, and a CA in the chain (typically a corporate TLS-inspection CA or an old private CA) lacks extensions now required: Basic Constraints marked critical, or an Authority / Subject Key Identifier.
    .analysis-1 = The same certificate works on Python 3.12 or in browsers; the messages "Basic Constraints of CA cert not marked critical" and "Missing Authority Key Identifier" are OpenSSL's strict-mode findings.
    .fix-1 = Have the CA reissued with RFC 5280-compliant extensions (critical basicConstraints CA:TRUE, authorityKeyIdentifier, subjectKeyIdentifier); this is the real fix for corporate inspection CAs.
    .fix-2 = Until then, relax only the strict flag for this client: create an ssl context with your CA bundle and clear ssl.VERIFY_X509_STRICT from verify_flags, and pass it to httpx or requests.
    .fix-3 = Alternatively run on Python 3.12 temporarily; do not disable verification altogether.
    .prevention-1 = Check private and inspection CAs against RFC 5280 profiles before rollout, and test new Python versions against your corporate network.

net-nginx-body-too-large = nginx refused the upload: the request body is larger than client_max_body_size
    .cause = nginx compares the request's Content-Length (or the chunks received) with client_max_body_size, 1 MB by default, and answers 413 Request Entity Too Large without passing the request on to the application.
    .translation = "client intended to send too large body: N bytes": the client announced a body larger than allowed.
    .analysis-1 = This line comes from nginx's error log; the application never saw the request, so its own limits are not involved yet.
    .fix-1 = Raise client_max_body_size in the http, server or location block that receives the upload (for example 50m), then run nginx -t and reload nginx.
    .fix-2 = Behind the Kubernetes ingress-nginx controller, set the annotation nginx.ingress.kubernetes.io/proxy-body-size on the Ingress instead of editing nginx.conf.
    .fix-3 = If the limit is intended, send large files in parts (multipart or resumable upload) or upload them straight to object storage with a presigned URL.
    .prevention-1 = Keep client_max_body_size in step with the largest upload the API accepts, and check every proxy in the path (CDN, ingress, nginx).

net-envoy-no-healthy-upstream = Envoy has no healthy backend for this route
    .cause = The Envoy proxy (or an Istio, Contour or other mesh gateway built on it) found no healthy endpoint in the upstream cluster: the backend pods are down, not ready, failing health checks, or the service selects no endpoints.
    .translation = "no healthy upstream": Envoy answered 503 itself, without reaching any backend.
    .analysis-1 = The body is Envoy's own local reply (response flag UH); the application never received the request.
    .fix-1 = Check that the backend has ready endpoints: kubectl get endpoints SERVICE and kubectl get pods; fix crashing pods or failing readiness probes.
    .fix-2 = Check the route's cluster and its health checks in the Envoy admin page /clusters (or istioctl proxy-config endpoints POD) and confirm the service port and selector match the pods.
    .fix-3 = If it happens only during deploys, add readiness probes and a rolling update with maxUnavailable 0 so old pods serve until new ones are ready.
    .prevention-1 = Alert on the cluster's healthy-host count and run more than one replica behind the gateway.

net-envoy-upstream-reset = Envoy could not get a response from the backend: connection failed or was reset
    .cause = The Envoy proxy reached for the backend and the connection failed or was closed before any response header arrived; the reset reason says which (connection failure, connection termination, overflow, protocol error).
    .translation = "upstream connect error or disconnect/reset before headers": Envoy's 503 when the backend connection failed or dropped before answering.
    .analysis-1 = "connection failure" with delayed connect error 111 means nothing listens on the target port; "connection termination" means the backend closed the connection, often on a keep-alive timeout or a crash.
    .analysis-2 = "protocol error" usually means a mismatch: HTTP/2 or TLS on one side and plain HTTP/1.1 on the other.
    .fix-1 = Check that the backend listens on the port the service targets and that its pods are running; look at the backend's own logs at the time of the error.
    .fix-2 = For connection termination, make the backend's idle keep-alive timeout longer than Envoy's idle_timeout, or configure retries on reset (retry_on: reset, connect-failure) for idempotent calls.
    .fix-3 = For protocol errors, name the service port with its protocol (http, http2, grpc) or set appProtocol, and check mTLS settings between the sidecars.
    .prevention-1 = Use readiness probes and graceful shutdown on the backend, and set retry policies for idempotent routes in the mesh.

net-envoy-upstream-timeout = Envoy gave up waiting for the backend: route timeout reached
    .cause = The backend did not finish its response within the Envoy route timeout (15 seconds by default, or the timeout set in the Istio VirtualService), so Envoy answered 504 itself.
    .translation = "upstream request timeout": Envoy's local 504 reply.
    .analysis-1 = The request may still be running on the backend; only the proxy stopped waiting (response flag UT).
    .fix-1 = Raise the route timeout: timeout in the Envoy route configuration, spec.http[].timeout in an Istio VirtualService, or the timeout policy of your gateway (Contour, Emissary, Gloo).
    .fix-2 = For long generations, stream the response so bytes flow before the timeout, or move the work to an asynchronous job that the client polls.
    .prevention-1 = Set proxy timeouts longer than the slowest expected backend response, and alert on 504 counts per route.

net-haproxy-no-server = HAProxy has no backend server available for this request
    .cause = Every server in the HAProxy backend is down, in maintenance or failing its health checks (or has hit maxconn with a full queue), so HAProxy returned its built-in 503 page.
    .translation = "No server is available to handle this request": HAProxy's default 503 page.
    .analysis-1 = The page is HAProxy's own; the backend application did not answer.
    .fix-1 = Look at the backend's server states on the HAProxy stats page or with echo "show servers state" piped into the runtime socket; bring the servers back or fix the failing health check.
    .fix-2 = If the servers are up, check that the health check (option httpchk path, port, expected status) matches what the application actually returns.
    .fix-3 = On OpenShift routes this page means the route's service has no ready pods: check the pods and their readiness probes.
    .prevention-1 = Run several servers per backend, alert on servers going DOWN, and keep health-check endpoints cheap and dependable.

net-haproxy-gateway-timeout = HAProxy gave up waiting for the backend server
    .cause = The backend server did not send its response within HAProxy's timeout server, so HAProxy returned its built-in 504 page.
    .translation = "504 Gateway Time-out. The server didn't respond in time.": HAProxy's default 504 page.
    .analysis-1 = The request may still be running on the backend; only the load balancer stopped waiting.
    .fix-1 = Raise timeout server (and timeout tunnel for streaming or websockets) in the defaults or backend section, then reload HAProxy.
    .fix-2 = For long-running requests, stream the response or make the operation asynchronous so it finishes within the timeout.
    .prevention-1 = Keep load-balancer timeouts longer than the backend's own request timeout and alert on 504 rates.

api-invalid-request-type = The API rejected the request as invalid (invalid_request_error)
    .cause = The body's type is invalid_request_error: a parameter is missing, misspelled, out of range or not allowed together with another, or the messages break a rule of the API (for example roles that must alternate). Its message names the field.
    .analysis-1 = The status line was not printed, but the type is the API's own class for a malformed request (HTTP 400 in the Anthropic and OpenAI APIs). Sending it again unchanged fails the same way.
    .fix-1 = Read the message: it names the field and the limit (for example "max_tokens: 10000 > 4096" or "roles must alternate"). Change that field in the request and send it again.
    .fix-2 = Compare the request with the API reference for this model (https://docs.claude.com/en/api/messages or https://platform.openai.com/docs/api-reference): limits such as the maximum output tokens differ between models.
    .prevention-1 = Validate request bodies against the model's limits before sending, and log the body of every error response.

api-insufficient-balance = The account's balance is too low for this request
    .cause = The service checked the prepaid balance or credits of the account behind this key and found too little to run the request.
    .analysis-1 = Whatever status the service chose (401, 402, 403 or 429), a message about balance is a billing stop: the key works, and retrying does not help until credit is added.
    .fix-1 = Top up the account in the service's billing or wallet page (the message often links it), or switch to a key of an account that has credit.
    .fix-2 = If you use a gateway or reseller, the balance is the one in that gateway's console, not at the upstream provider: recharge there or ask its administrator to raise your quota.
    .prevention-1 = Enable auto-recharge or a low-balance alert, and watch usage so that jobs are not cut off mid-run.

api-cn-key-invalid = The service says the API key or secret is invalid
    .cause = The key, secret or access key sent with the request is wrong, expired, disabled or belongs to another environment.
    .analysis-1 = The message names the credential as invalid (无效 / 有误 / 已停用): the request was understood, only its authentication failed, so retrying unchanged cannot help.
    .fix-1 = Copy the key and secret again from the service's console (the API key or application page) and check for spaces, line breaks or a mixed-up key and secret.
    .fix-2 = If the key was disabled or expired, enable it or create a new one in the console, and update it wherever it is configured (environment variable, config file, secret store).
    .prevention-1 = Load keys from one place (environment variable or secret manager), and check them at start-up with a cheap authenticated call.

api-cn-access-denied = The service refused access to this API for this account
    .cause = The credential was accepted, but the account, key or application is not allowed to call this API: it is not enabled for it, lacks the permission, or the plan does not include it.
    .analysis-1 = The message says access is not allowed (不允许访问 / 无权访问 / 权限不足), which is a permission problem, not a wrong key.
    .fix-1 = In the service's console, enable or apply for this API (or model) for your account or application, and grant the key the permission it needs.
    .fix-2 = Check that you call with the key of the account or sub-account that has the access, and that the endpoint is the one your plan includes.
    .prevention-1 = Record which APIs each key is authorised for, and test new endpoints with the production key before rollout.

api-rate-limit-code = The service says you hit its rate limit
    .cause = The error body's code names a rate limit, whatever HTTP status came with it: too many requests or tokens in the current window for this key, account or upstream.
    .translation = The code (rate_limit, too_many_requests...) means requests are being throttled.
    .analysis-1 = Gateways often pass an upstream's rate limit on under 500 or 400; the code, not the status, tells the cause, and the request succeeds again once the window resets.
    .fix-1 = Retry with exponential backoff and jitter, honouring a Retry-After header when there is one; lower the number of parallel requests.
    .fix-2 = If it persists at low volume, ask the service or gateway operator for a higher limit or use another key, channel or model with its own quota.
    .prevention-1 = Put a client-side limiter (requests and tokens per minute) in front of the calls and queue bursts instead of sending them at once.

api-no-access-to-model = Your key or organization is not allowed to use this model
    .cause = The credential is valid, but the organization, project or key behind it has not been granted the model it names: a model in limited access or preview, one that needs a higher tier or verification, or one excluded by the project's model allow-list.
    .translation = "… does not have access to <model>": the model is not available to this key.
    .analysis-1 = Other models work with the same key; only this one is refused, so retrying cannot help.
    .fix-1 = Use a model your key lists (GET /v1/models shows them), or enable this one for the project: OpenAI Project settings > Limits > Model access; Anthropic Console workspace and model settings; a gateway's key model list.
    .fix-2 = If the model needs a higher usage tier, organization verification or a preview sign-up, complete that in the provider's console, or ask the administrator the message mentions.
    .prevention-1 = Keep the model name in configuration with a fallback model, and check access with a cheap call at startup.

api-model-not-supported = The service does not offer this model here
    .cause = The model name you sent is not served by this endpoint, channel or account: a typo, a model the gateway has not configured, or one that only works through another API (for example a Claude-format or Responses endpoint).
    .translation = "model … not supported": this model cannot be used with this request.
    .analysis-1 = The request shape is fine; the model name is what is refused, so retrying unchanged gives the same answer.
    .fix-1 = List the models the service offers (GET /v1/models on OpenAI-compatible services, or the gateway's model page) and use one exactly as spelled there.
    .fix-2 = If the model exists elsewhere on the same service, call it through the endpoint that serves it, or ask the operator to enable it for your key or group.
    .prevention-1 = Read model names from configuration and test each configured model once after deployment.

api-model-does-not-exist = The service has no model by this name
    .cause = The model named in the request is not one this service, account or endpoint serves: a typo, a retired model, a name from another provider (an OpenAI name sent to Cohere), or a model that must be pulled, deployed or enabled first.
    .translation = "model … does not exist / not found": no model of that name is available to this request.
    .analysis-1 = The request reached the service and was understood; only the model name was refused, so retrying unchanged gives the same answer.
    .fix-1 = List what the service offers (GET /v1/models on OpenAI-compatible services, the provider's model page, `ollama list`) and copy the model ID exactly, including its version suffix.
    .fix-2 = If the model was retired, move to its named successor; if it must be enabled, deployed or pulled first (a gateway channel, an Azure deployment, `ollama pull`), do that for this key or host.
    .prevention-1 = Read model IDs from configuration, check them once at start-up against the models endpoint, and watch the provider's deprecation page.

api-cn-input-too-long = The input is longer than the model or service accepts
    .cause = The service says the input (prompt, conversation history, documents) is too long: it exceeds the model's context window or the service's maximum input length.
    .translation = 输入内容超长 / 输入长度超过 / 超过最大长度: the input is too long / exceeds the maximum length.
    .analysis-1 = A length limit, not a malformed request: the same input fails every time, so retrying unchanged cannot help.
    .fix-1 = Shorten the input: drop or summarise older turns, send only the relevant parts of long documents, and lower max_tokens if the service counts it against the same limit.
    .fix-2 = Or switch to a model or version with a longer context window (the provider's model list gives each one's maximum input length).
    .prevention-1 = Count or estimate tokens before sending and trim the history to a budget safely below the model's limit.

api-cn-overloaded = The service reports it is overloaded
    .cause = The server said it is at capacity (满载 / 繁忙): too many requests for this model or channel right now, not a problem with your request.
    .translation = 服务器已经满载 / 系统繁忙 means "the server is fully loaded / busy, try again later or switch models".
    .analysis-1 = Any status that came with it (503, 524, 500) only tells how the refusal travelled; the service's own words say it is a capacity problem, which passes by itself.
    .fix-1 = Retry after a pause with exponential backoff and jitter, and fewer parallel requests.
    .fix-2 = Switch to another model or channel as the message suggests, or use a less busy time.
    .prevention-1 = Configure a fallback model and a retry policy for overload answers, and avoid sending bursts at the hour mark.

api-cn-invalid-request = The service rejected the request as invalid
    .cause = The service says the request is invalid (无效请求 / 请求参数错误): a missing or malformed parameter, a wrong value, or a body that does not match the interface.
    .translation = 无效请求 means "invalid request"; 请求参数错误 means "request parameter error".
    .analysis-1 = The credentials and the service are fine; the content of the request is refused, so it must be changed before retrying.
    .fix-1 = Compare the request with the interface's documentation: required fields, value ranges, JSON types and the Content-Type header; log the exact body you send.
    .fix-2 = If the service returned an error code (err_code), look it up in its error-code table, which names the parameter.
    .prevention-1 = Validate parameters before sending, and keep a working example request in your tests.

net-retries-exhausted-5xx = The server kept answering with a 5xx error until retries ran out
    .cause = The HTTP client's retry policy (urllib3 Retry behind requests and pip) retried on a 5xx status and gave up: the server or a proxy in front of it is failing.
    .translation = "too many 5xx error responses": every retry got a server error.
    .analysis-1 = The status in the message is the server's answer; nothing in your request caused it, and the final error is the client giving up.
    .fix-1 = Open the URL in a browser or with curl -i to see the server's own error page, and check the service's status page; wait and retry later.
    .fix-2 = For a private package index or mirror, check its logs and disk space, or point pip at another index with --index-url.
    .prevention-1 = Use a retry policy with backoff (Retry(total=5, backoff_factor=1, status_forcelist=[502, 503, 504])) and a fallback mirror for builds.

api-request-validation-detail = The service's request validation rejected fields of the body or query
    .cause = The service validates requests with pydantic (FastAPI and many Python APIs): each item names a field by its location (loc), the rule it broke (type) and why (msg), such as a missing field, a wrong type, a value outside the allowed literals or an extra field.
    .translation = Each msg says what is wrong with the field at loc (for example "Field required", "Extra inputs are not permitted").
    .analysis-1 = The loc path after body, query or path points to the exact parameter; the request never reached the service's logic, so fix those fields and send again.
    .fix-1 = Correct every listed field: add the missing ones, use one of the allowed values the msg lists, and remove fields the API does not define (extra_forbidden).
    .fix-2 = Compare with the service's OpenAPI schema (FastAPI serves it at /docs and /openapi.json) or upgrade the client SDK if it sends parameters the server no longer accepts.
    .prevention-1 = Generate the client from the service's OpenAPI schema, or validate payloads with the same models before sending.

api-invalid-request-message = The service rejected the request as invalid
    .cause = The service parsed the request and names what in it is not allowed, after the words invalid request: a value, a role, a field combination or an endpoint the model does not support.
    .translation = "invalid request: ...": the request is invalid for the reason that follows.
    .analysis-1 = The reason after the colon is the service's own: retrying the same body fails again.
    .fix-1 = Change the part of the request the reason names (the field, the role, the endpoint) as the API reference for that model says, then resend.
    .fix-2 = Log the exact JSON body you send and compare it field by field with the reference example of the endpoint.
    .prevention-1 = Validate request bodies against the provider's schema in tests, and pin SDK versions that match the API version you call.
api-json-body-rejected = The server could not read the JSON body into the shape it expects
    .cause = The body is valid JSON but a field has the wrong type or is missing: the server's JSON extractor (axum's Json rejection) names the field path, what it found and what it expected, and the column of the body where it failed.
    .translation = "Failed to deserialize the JSON body into the target type: FIELD: invalid type: X, expected Y": field FIELD must be a Y, not an X.
    .analysis-1 = The path before the first colon (for example response_format.type or messages[1].content) is the field to fix; "expected variant identifier" means a string from a fixed list, "expected a string" a plain string instead of an object.
    .analysis-2 = Failed to parse the request body as JSON means the body is not JSON at all: a trailing comma, an unescaped newline, or a form-encoded body sent with Content-Type: application/json.
    .fix-1 = Send the field named in the message with the type it expects, as in the API reference (for example response_format whose type is the string json_object, not an object).
    .fix-2 = Print the exact body your client sends (the column number points into it) and check it with a JSON validator.
    .prevention-1 = Build request bodies from the SDK's typed models instead of hand-written dictionaries.
grpc-message-too-large = A gRPC message is bigger than the size limit of the side that refused it
    .cause = gRPC caps every message, by default at 4 MiB (4194304 bytes) on receive. The first number is the message size, the second the limit; the call ends with RESOURCE_EXHAUSTED (code 8), which here has nothing to do with quota or rate.
    .translation = "Received message larger than max (N vs. M)": a message of N bytes arrived where only M are allowed; "Sent message larger than max": the sender's own send limit stopped it.
    .analysis-1 = "Received" on the client means the response was too big for the client's receive limit; "Error received from peer" means the server's limit rejected the request you sent. "Sent" or "trying to send" is the sending side's send limit.
    .analysis-2 = Raising the limit on the wrong side changes nothing: the side named by the message (client or server, receive or send) is the one to change. A gateway (grpc-gateway, Envoy) in between has its own gRPC client with its own limit.
    .fix-1 = Raise the limit on the refusing side: grpc.max_receive_message_length / grpc.max_send_message_length channel options (Python, Ruby, Node, C++), grpc.MaxCallRecvMsgSize / MaxCallSendMsgSize call options or grpc.MaxRecvMsgSize on the server (Go), maxInboundMessageSize (Java), MaxReceiveMessageSize / MaxSendMessageSize (.NET).
    .fix-2 = Better than a large limit: page the result (page_size and page_token fields) or turn the RPC into a server stream of chunks, so no single message grows with the data.
    .prevention-1 = Design RPCs whose message size is bounded: stream or page lists and blobs, and put large files in object storage and pass their URL.
git-http-push-too-large = The web server in front of the Git host refused the push: the pack is over its request body limit (HTTP 413)
    .cause = Over smart HTTP a push is one POST of the whole pack; the reverse proxy or web server before the Git host (nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, a CDN's upload cap) rejects bodies above its limit before Git sees them.
    .translation = "RPC failed; HTTP 413": the server answered 413 Payload Too Large to git's POST of the pack.
    .analysis-1 = git config http.postBuffer is not the fix for 413: it only makes git send the pack in one request with a Content-Length instead of chunked transfer (useful for 411 Length Required or HTTP/1.0 proxies); the body is the same size and is refused the same way.
    .analysis-2 = "The remote end hung up unexpectedly" after it is a consequence of the refused POST, not a network fault.
    .fix-1 = On the server, raise the body limit on the Git HTTP endpoints: nginx client_max_body_size (0 means no limit), GitLab Omnibus nginx['client_max_body_size'] in /etc/gitlab/gitlab.rb then gitlab-ctl reconfigure, Apache LimitRequestBody, IIS requestLimits maxAllowedContentLength.
    .fix-2 = If you cannot change the server: push over SSH, which has no HTTP body limit, or push the history in slices (older commits first) so each pack stays under the limit; a host behind Cloudflare caps request bodies at 100 MB on Free and Pro plans.
    .fix-3 = Move large binaries out of the history (git lfs migrate import) so packs stay small.
    .prevention-1 = Keep build outputs and large binaries out of Git (LFS or artifact storage), and size the proxy's limit for the largest initial push.
api-rate-limit-message = The service says the rate limit was exceeded
    .cause = More requests were sent in the service's time window than the key, account or IP is allowed; the tool printed only the service's message, without its status or headers.
    .analysis-1 = A rate limit resets with time: the same request succeeds after a pause, unlike a billing or quota stop.
    .fix-1 = Retry with exponential backoff and jitter, and honour the Retry-After or X-RateLimit-Reset header when the response carries one.
    .fix-2 = Lower the concurrency of the caller (parallel workers, batch size) below the limit of the plan; authenticated or paid keys usually get higher limits.
    .prevention-1 = Put a client-side rate limiter (token bucket) in front of the calls, sized from the provider's published limits.

api-payload-too-large-wording = The uploaded file or request body is larger than the service allows
    .cause = The service measured the upload (a file, image, audio, attachment) or the whole request body and found it over its size limit, and said so in its own words; the limit is usually named in the message (for example max file size is 100MB).
    .translation = "… too large / exceeds the maximum allowed size / size exceeds the limit": the file or request is bigger than the service accepts.
    .analysis-1 = A size limit in bytes, not a token or context limit: the same content fails on every retry, whatever the model or rate limits are.
    .analysis-2 = Base64 makes inline files about a third larger than on disk, and multipart or JSON wrapping adds more, so a file just under the documented limit can still be refused.
    .fix-1 = Bring the file under the limit named in the message: compress or resize images and audio, split large documents or datasets into several uploads, or strip what the service does not need.
    .fix-2 = Send large content the way the service provides for it: a file-upload or multipart endpoint, a resumable or chunked upload, or a URL the service fetches, instead of inlining it in the JSON body.
    .fix-3 = If the limit is your own proxy's or gateway's (nginx client_max_body_size, an API gateway payload limit), raise it there.
    .prevention-1 = Check sizes on the client before uploading, against the limit documented by the service, and report oversize files to the user before the request is sent.
