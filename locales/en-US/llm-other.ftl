# Report text for rules/llm-other.toml: Anthropic, Gemini API, Vertex AI, Ollama, LiteLLM, Hugging Face, AWS Bedrock.

## Anthropic

anthropic-credit-balance-too-low = The Anthropic organization behind this key has run out of prepaid credit
    .cause = Billing, not a malformed request: the Anthropic API is prepaid, and the credit balance of the organization that owns this key is at or below zero, so every call is refused until credit is added.
    .translation = Your credit balance is too low to access the Anthropic API; buy credits or upgrade under Plans & Billing.
    .analysis-1 = Anthropic reports this as HTTP 400 with type invalid_request_error, but nothing is wrong with the request body; the message text is what tells you it is a billing stop. Retrying cannot help.
    .analysis-2 = The balance belongs to the organization, not to the key: every key of every workspace in that organization stops at once. A Claude.ai Pro/Max subscription does not fund API usage; API credit is bought separately in the Console.
    .analysis-3 = Credit bought a few minutes ago can take a short while to apply; if you just paid, wait about five minutes, then retry once.
    .fix-1 = Add credit at https://console.anthropic.com/settings/billing (Buy credits), or turn on auto-reload there so the balance refills before it reaches zero.
    .fix-2 = Make sure the key in ANTHROPIC_API_KEY belongs to the organization you paid for: list keys at https://console.anthropic.com/settings/keys and compare the organization shown top-left; keys from a personal or trial organization have their own, empty balance.
    .fix-3 = If you call through a gateway (one-api, new-api, LiteLLM, OpenRouter), the exhausted balance is the gateway owner's upstream Anthropic account: tell the operator, or switch to a channel with credit.
    .prevention-1 = Enable auto-reload and an email alert on low balance in Console billing settings, and watch spend at https://console.anthropic.com/usage.
    .prevention-2 = Treat this message as non-retryable in your client: stop the job and alert instead of looping, so a queue does not burn through retries.

anthropic-usage-limit-reached = The organization hit the monthly spend limit set for the Anthropic API
    .cause = A spend cap, not a rate limit: the organization (or workspace) has reached the monthly usage limit configured for it, so the API refuses requests until the date named in the message or until an admin raises the limit.
    .translation = You have reached your specified API usage limits; access returns on the date given in the message.
    .analysis-1 = HTTP 400 invalid_request_error with this text is a billing stop. The request itself is fine; sending it again before the reset date returns the same error.
    .analysis-2 = Limits exist at two levels: the organization's monthly spend limit (bounded by its usage tier) and optional per-workspace limits. Either one can trigger it.
    .fix-1 = An organization admin raises the monthly limit at https://console.anthropic.com/settings/limits (or the workspace limit under Settings > Workspaces > the workspace > Limits).
    .fix-2 = If the organization is already at its tier ceiling, move up a tier by buying more credit (tiers advance with cumulative credit purchases) or contact Anthropic sales for a custom limit.
    .fix-3 = Otherwise wait until the reset date and time given in the message (UTC) and pause the workload until then.
    .prevention-1 = Set per-workspace spend limits below the organization limit so one runaway job cannot use up the whole month, and enable spend notifications in the Console.
    .prevention-2 = Track cost per request from the usage field of each response and alert at, for example, 80 percent of the monthly limit.

anthropic-prompt-too-long = The prompt is larger than the Claude model's context window
    .cause = Input tokens (system prompt, messages, tool definitions, documents and images) plus max_tokens exceed the model's context window, so Anthropic rejects the request before generating anything.
    .translation = The prompt is too long: the input is N tokens, more than the model's maximum of M tokens.
    .analysis-1 = HTTP 400 invalid_request_error. The message gives the measured input size and the limit: prompt is too long: N tokens > M maximum, or input length and max_tokens exceed context limit: input + max_tokens > limit.
    .analysis-2 = Most Claude models have a 200,000-token window; the 1M-token window of some Sonnet models needs the context-1m beta header and a qualifying usage tier. Long agent loops grow past the limit because every tool result stays in the history.
    .fix-1 = Measure before sending with the token counting endpoint (client.messages.count_tokens) and trim: drop or summarise the oldest turns, truncate large tool results and documents, and keep only the retrieved chunks that matter.
    .fix-2 = Lower max_tokens so that input + max_tokens fits, if the message shows you are only slightly over.
    .fix-3 = For very large inputs, split the work (map-reduce over chunks), put documents in the Files API and reference only what is needed, or use a model and beta header with a larger window.
    .prevention-1 = Keep a running token budget for conversations and compact history automatically when it passes about 80 percent of the window.
    .prevention-2 = Cap the size of tool outputs and retrieved context before they are appended to the messages.

anthropic-invalid-request = Anthropic rejected the request body as invalid
    .cause = The Messages API request does not match the schema: a required field is missing, a field has the wrong type or value, content blocks are malformed, or roles are out of order.
    .analysis-1 = HTTP 400 invalid_request_error means the request will fail the same way every time; the message names the offending field path, for example messages.1.content.0.type or max_tokens.
    .analysis-2 = Frequent causes: OpenAI-style bodies sent to Anthropic (a system role inside messages, max_completion_tokens, input_text blocks, n or logprobs), a missing max_tokens, two user messages in a row in older API versions, an empty text block, a tool_result without its matching tool_use id, or an unsupported parameter for the chosen model.
    .fix-1 = Fix the field named in the message against the reference at https://docs.claude.com/en/api/messages: max_tokens is required, system is a top-level string or list of blocks, messages alternate user and assistant, and content blocks use the types text, image, document, tool_use and tool_result.
    .fix-2 = If you port OpenAI code, use the Anthropic SDK or Anthropic's OpenAI-compatible endpoint rather than sending OpenAI bodies to /v1/messages.
    .fix-3 = For tool use, return every tool_use block with a tool_result that carries the same tool_use_id, in the next user message.
    .prevention-1 = Validate request bodies with the SDK's typed parameters, and log the request id (request-id header) with failing payloads so you can reproduce them.
    .prevention-2 = Do not retry 400 responses automatically; surface them to the developer.

anthropic-invalid-api-key = Anthropic does not recognise this API key
    .cause = The value sent in the x-api-key header is not a valid, active Anthropic API key: it is mistyped, truncated, has stray whitespace, was deleted or disabled, or is a key from a different service.
    .translation = The x-api-key value is invalid.
    .analysis-1 = HTTP 401 authentication_error: Anthropic received a key but could not match it. No amount of retrying helps.
    .analysis-2 = Typical causes: quotes or a trailing newline copied from a .env file; an old key still exported in the shell that overrides the new one; an OpenAI (sk-proj-) or gateway key sent to api.anthropic.com; or a key that an admin deleted in the Console.
    .fix-1 = Create or copy an active key at https://console.anthropic.com/settings/keys (it starts with sk-ant-) and set it in ANTHROPIC_API_KEY without quotes or whitespace; restart the process so it reads the new value.
    .fix-2 = Check which value is really used: echo "$ANTHROPIC_API_KEY" | head -c 12 in the same shell, and look for an api_key= argument in code that overrides the environment.
    .fix-3 = If you talk to a gateway rather than Anthropic, point base_url at the gateway and use the gateway's key; an Anthropic key only works against api.anthropic.com.
    .prevention-1 = Keep keys in a secret manager or an untracked .env file, one key per application, and rotate them from the Console.
    .prevention-2 = Add a startup check that makes one cheap call (for example listing models) and fails fast with a clear message when the key is rejected.

anthropic-missing-api-key-header = The request reached Anthropic without an x-api-key header
    .cause = Anthropic authenticates API keys through the x-api-key header; this request had none. Usually the key was sent as Authorization: Bearer (OpenAI style), or the variable holding it was empty.
    .translation = The x-api-key header is required.
    .analysis-1 = HTTP 401 authentication_error. Unlike OpenAI, Anthropic does not read API keys from the Authorization header; a Bearer header with a normal sk-ant- key is treated as no key.
    .analysis-2 = Hand-written HTTP clients, OpenAI-compatible tools pointed at api.anthropic.com, and proxies that rename headers are the usual sources.
    .fix-1 = Send the key as x-api-key: <key> together with anthropic-version: 2023-06-01 and content-type: application/json, or use the official SDK, which sets these headers for you.
    .fix-2 = If the header is set in code, check that the environment variable is really populated in this process (containers and CI jobs often do not inherit your shell's exports).
    .fix-3 = If a proxy or gateway sits in between, make sure it forwards the x-api-key header unchanged.
    .prevention-1 = Use the official SDK, or wrap raw HTTP calls in one helper that always sets x-api-key and anthropic-version.
    .prevention-2 = Fail at startup when ANTHROPIC_API_KEY is empty instead of sending unauthenticated requests.

anthropic-authentication-error = Anthropic rejected the credentials for this request
    .cause = Anthropic could not authenticate the request: the key is disabled, deleted, expired or otherwise unusable.
    .analysis-1 = HTTP 401 authentication_error always concerns the credential, never the request body; the message says what was wrong with it.
    .analysis-2 = A key disabled by an admin or by Anthropic (for example after it was detected in a public repository) stays unusable; a new key is required.
    .fix-1 = Open https://console.anthropic.com/settings/keys, check that the key is listed and active in the right workspace, and create a new one if it was disabled or deleted.
    .fix-2 = Update ANTHROPIC_API_KEY everywhere the old key is configured (deployment secrets, CI variables, .env files) and restart the services.
    .prevention-1 = Never commit keys: leaked keys are revoked automatically. Use a secret manager and scan commits for secrets.
    .prevention-2 = Give each service its own key so you can rotate one without breaking the others.

anthropic-sdk-missing-credentials = The Anthropic SDK found no API key to send
    .cause = The client was created without api_key or auth_token, and ANTHROPIC_API_KEY was not set in this process, so the SDK refused to build the request.
    .translation = Could not resolve the authentication method: neither api_key nor auth_token is set.
    .analysis-1 = This error is raised locally before any network call; Anthropic never saw the request.
    .analysis-2 = Common reasons: the .env file is not loaded (or loaded after the client is created), the variable is set in another shell, or the container, IDE run configuration or CI job does not pass it through.
    .fix-1 = Export ANTHROPIC_API_KEY in the environment the program runs in, or pass api_key= explicitly; with python-dotenv or dotenv, load the file before creating the client.
    .fix-2 = In Docker use -e ANTHROPIC_API_KEY or env_file in compose; in CI add it as a secret and map it into the job's environment.
    .prevention-1 = Validate required environment variables at startup and print which one is missing.

anthropic-organization-disabled = Anthropic has disabled the organization that owns this API key
    .cause = The organization behind the key was disabled by Anthropic, usually after a usage-policy or terms review, a payment problem, or suspected account sharing; every key of that organization is refused.
    .translation = "This organization has been disabled."
    .analysis-1 = Anthropic returns it as 400 invalid_request_error, but nothing in the request is wrong: the account state blocks it, so retrying, new keys from the same organization or another model do not help.
    .analysis-2 = In Claude Code, an ANTHROPIC_API_KEY from a disabled organization overrides your Claude Pro/Max login and produces this error even though the subscription itself is fine.
    .fix-1 = Sign in at https://console.anthropic.com and check the organization's status and any email from Anthropic; to contest the decision, use the appeal form linked there or contact https://support.claude.com.
    .fix-2 = If you meant to use a subscription or another organization, unset the stale key (unset ANTHROPIC_API_KEY, remove it from your shell profile or .env) and sign in again, or use a key from an active organization.
    .prevention-1 = Keep usage within Anthropic's usage policy and terms, do not share keys across people or resell access, and keep billing details current.

anthropic-permission-error = This Anthropic key is not allowed to use the requested resource
    .cause = The key authenticated, but its organization or workspace is not permitted to use this model, feature or endpoint.
    .analysis-1 = HTTP 403 permission_error: the credential is valid, so replacing it with another key of the same workspace does not help; the permission is missing.
    .analysis-2 = Typical cases: a model or beta feature not enabled for the organization, a workspace restricted to certain models, an Admin API endpoint called with a normal key, or an organization restricted by Anthropic.
    .fix-1 = Read the message for the resource named, then check the workspace's settings at https://console.anthropic.com/settings/workspaces and the organization's access in the Console.
    .fix-2 = For Admin API endpoints use an admin key (sk-ant-admin...); for beta features send the documented anthropic-beta header.
    .fix-3 = If the resource should be available to you, contact Anthropic support with the request-id header value of the failed call.
    .prevention-1 = Keep a list of the models and features each workspace may use, and test new models in a staging workspace before switching production.

anthropic-region-not-allowed = Anthropic refused the request because of where it came from
    .cause = Requests from this country or region are not served: Anthropic checks the caller's public IP, and the egress IP of this machine, proxy or cloud region is outside the supported countries.
    .translation = The request is not allowed.
    .analysis-1 = HTTP 403 with type forbidden and the short message Request not allowed comes from Anthropic's edge before authentication; the key and the request body are not the problem.
    .analysis-2 = It appears when calling from unsupported countries, or from servers, VPN exits or serverless edge locations whose IP maps to one.
    .fix-1 = Call the API from infrastructure in a supported country (see https://www.anthropic.com/supported-countries), for example a server or cloud region there.
    .fix-2 = Alternatively use Claude through Amazon Bedrock or Google Vertex AI in a region where those platforms offer it, subject to the same country rules.
    .prevention-1 = Pin API traffic to deployments in supported regions and check the egress IP of new environments (curl https://ipinfo.io/country) before go-live.

anthropic-model-not-found = Anthropic does not know the requested model id
    .cause = The model field names a model that does not exist, was retired, is misspelled, or is not available to this organization.
    .translation = Model not found: the model named after model: does not exist for this key.
    .analysis-1 = HTTP 404 not_found_error whose message is model: followed by the id you sent. The path was right; only the model id is wrong.
    .analysis-2 = Common mistakes: an OpenAI or Bedrock id (anthropic.claude-... or gpt-4o) sent to the Anthropic API, a date suffix that does not exist, an alias removed after a model was retired, or a typo.
    .fix-1 = List the ids your key can use with GET https://api.anthropic.com/v1/models (client.models.list()) and copy one exactly, for example claude-sonnet-4-5.
    .fix-2 = Check https://docs.claude.com/en/docs/about-claude/model-deprecations and move code off retired models.
    .prevention-1 = Keep the model id in configuration rather than code, and run a smoke test against the models endpoint on deploy.

anthropic-not-found = The Anthropic endpoint path was not found
    .cause = The request reached Anthropic on a path that does not exist, usually because the base URL and path were combined wrongly.
    .analysis-1 = HTTP 404 not_found_error without a model in the message points at the URL, not at the model: for example /v1/v1/messages, an OpenAI path such as /v1/chat/completions sent to Anthropic's native API, or a retired endpoint.
    .fix-1 = Use https://api.anthropic.com/v1/messages for the Messages API; when configuring an SDK, set base_url to https://api.anthropic.com without /v1.
    .fix-2 = For OpenAI-style clients, use Anthropic's OpenAI SDK compatibility base URL https://api.anthropic.com/v1/ with the chat completions path, or switch to the Anthropic SDK.
    .fix-3 = For a batch, file or other resource id, check that the id exists in this workspace.
    .prevention-1 = Build URLs from one configured base URL, and test it with a cheap request at startup.

anthropic-request-too-large = The request body is larger than Anthropic accepts
    .cause = The HTTP body exceeds Anthropic's size limit: 32 MB for the Messages API, 256 MB for Message Batches, 500 MB for a file upload. Large base64 images and PDFs are the usual culprits.
    .translation = The request exceeds the maximum allowed number of bytes.
    .analysis-1 = HTTP 413 request_too_large is about bytes, not tokens; it is raised before the model sees the prompt, sometimes by Cloudflare in front of the API.
    .analysis-2 = Base64 encoding makes a file about a third larger, so a 25 MB PDF already exceeds 32 MB inline.
    .fix-1 = Upload large documents and images once through the Files API and reference them by file_id instead of sending base64 inline.
    .fix-2 = Downscale or recompress images (long edge about 1568 px is enough for Claude), split large PDFs into page ranges, and send several smaller requests.
    .fix-3 = For batches, split the batch into several smaller ones.
    .prevention-1 = Check the serialized body size before sending and route large inputs through the Files API automatically.

anthropic-image-too-large = An image in the request is larger than Claude's per-image limit
    .cause = An image block's data is over the Messages API's size limit for a single image (5 MB of decoded bytes); the path before the message (messages.N.content.M.image.source.base64) says which message and block hold it. Screenshots saved as PNG and phone photos are the usual culprits.
    .translation = "image exceeds 5 MB maximum: X bytes > 5242880 bytes": this image is X bytes, the limit is 5 MB.
    .analysis-1 = A per-image check, separate from the whole request's size limit (32 MB, 413 request_too_large) and from the context window; resending the same image can never pass.
    .analysis-2 = In agents and coding assistants the image may come from an earlier turn or a tool result (a screenshot), so it fails again on every request until it leaves the history.
    .fix-1 = Resize and re-encode the image before sending it: about 1568 px on the long edge (Claude scales larger images down anyway, so quality does not suffer) and JPEG or WebP instead of PNG.
    .fix-2 = If the image came from conversation history or a tool result, remove or replace that block (start a new conversation, or compact the history) so later requests do not carry it.
    .fix-3 = For images reused across many requests, resize once and upload through the Files API, then reference the file_id instead of sending base64 every time.
    .prevention-1 = Resize every image at the point where it enters the application (upload handler, screenshot tool), and check the encoded size before building the request.

anthropic-acceleration-limit = Anthropic throttled a sudden jump in this organization's traffic
    .cause = The organization ramped its usage up faster than Anthropic allows (acceleration limit), even if it is within its per-minute rate limits.
    .analysis-1 = HTTP 429 rate_limit_error. Acceleration limits protect capacity from abrupt spikes; they relax as traffic grows steadily.
    .fix-1 = Ramp traffic up gradually (for example add a fixed share of traffic every few minutes) instead of switching a large workload on at once.
    .fix-2 = Honour the retry-after header, and spread burst jobs over time with a queue and a concurrency cap.
    .fix-3 = For planned large launches, talk to Anthropic sales about higher limits or Priority Tier capacity.
    .prevention-1 = Use client-side rate limiting and capped exponential backoff with full jitter; avoid synchronized retries from many workers.
    .prevention-2 = Move non-urgent bulk work to the Message Batches API, which does not count toward these limits in the same way.

anthropic-rate-limit = The Anthropic rate limit for this organization was exceeded
    .cause = The organization sent more requests, input tokens or output tokens per minute than its usage tier allows for this model.
    .translation = The request would exceed the organization's per-minute rate limit (requests, input tokens or output tokens).
    .analysis-1 = HTTP 429 rate_limit_error is temporary. The response carries retry-after and anthropic-ratelimit-requests/input-tokens/output-tokens-limit, -remaining and -reset headers showing which bucket ran out.
    .analysis-2 = Limits are per organization and per model class and rise with the usage tier; max_tokens counts toward the output-token limit when the request is admitted, so an oversized max_tokens uses up the bucket faster.
    .fix-1 = Wait for retry-after and retry with capped exponential backoff plus jitter; the official SDKs do this when max_retries is raised.
    .fix-2 = Reduce the per-minute load: lower concurrency, shorten prompts, use prompt caching (cached input tokens do not count against input-token limits on most models), and set max_tokens close to what you need.
    .fix-3 = Check your tier and limits at https://console.anthropic.com/settings/limits; buying more credit moves the organization to a higher tier, and sales can raise limits further.
    .prevention-1 = Throttle on the client using the anthropic-ratelimit-*-remaining headers instead of waiting for 429s.
    .prevention-2 = Send bulk, non-interactive work through the Message Batches API.

anthropic-api-error = Anthropic had an internal error
    .cause = An unexpected error inside Anthropic's service; the request itself may be fine.
    .translation = Internal server error.
    .analysis-1 = HTTP 500 api_error is on Anthropic's side. It is usually transient; a burst of them often coincides with an incident on https://status.anthropic.com.
    .fix-1 = Retry with capped exponential backoff and jitter (the SDKs retry 5xx twice by default; raise max_retries).
    .fix-2 = If it persists for one specific request, simplify it (remove a tool, an image or a beta feature) to find the trigger, and send the request-id value to Anthropic support.
    .prevention-1 = Log the request-id header for every failed call, and keep a fallback model or provider for critical paths.

anthropic-overloaded = Anthropic's API is overloaded right now
    .cause = Anthropic is temporarily out of capacity for this model across all customers; it is not your rate limit and not your request.
    .translation = Overloaded.
    .analysis-1 = HTTP 529 overloaded_error is Anthropic's own status for capacity pressure. Older SDKs raise it as InternalServerError, newer ones as OverloadedError.
    .analysis-2 = It comes in waves during peak hours or incidents (see https://status.anthropic.com) and usually clears within seconds to minutes.
    .fix-1 = Retry with capped exponential backoff and full jitter; raise max_retries in the SDK so transient 529s are absorbed.
    .fix-2 = Fall back to another model (for example a Haiku model) or another platform serving Claude (Bedrock, Vertex AI) when retries are exhausted.
    .fix-3 = For latency-critical production traffic, ask Anthropic about Priority Tier, which is served ahead of standard traffic.
    .prevention-1 = Design for 529: idempotent jobs, queued retries with jitter, and alerts on sustained error rate rather than on single failures.

anthropic-stream-error-event = The Claude stream was cut off by an overloaded error event
    .cause = The streaming response started with HTTP 200, then Anthropic sent an event: error with overloaded_error because capacity ran out while the message was being generated.
    .translation = Overloaded (sent as an error event inside the stream).
    .analysis-1 = Because the HTTP status was already 200, this arrives as an SSE event: error, and the Python SDK raises a plain APIStatusError without a status code. Generic retry logic keyed on status codes misses it.
    .analysis-2 = The partial text already received is incomplete; the message did not finish.
    .fix-1 = Catch errors raised while iterating the stream, check for overloaded_error, and restart the whole request with backoff and jitter.
    .fix-2 = If it repeats, fall back to another Claude model or platform for that request.
    .prevention-1 = Treat streamed output as complete only after message_stop arrives, and make stream consumers restartable.

## Google Gemini API

gemini-api-key-invalid = The Gemini API key is not valid
    .cause = The key sent to generativelanguage.googleapis.com is not a valid Google API key for this API: it is mistyped or truncated, was deleted, belongs to another service, or the wrong variable is being read.
    .translation = API key not valid. Please pass a valid API key.
    .analysis-1 = Google returns HTTP 400 INVALID_ARGUMENT with ErrorInfo reason API_KEY_INVALID rather than 401; the request body is fine, only the key is rejected.
    .analysis-2 = Frequent causes: GOOGLE_API_KEY and GEMINI_API_KEY both set (the SDK prefers GOOGLE_API_KEY), quotes or a newline in the .env value, an OAuth access token or service-account JSON passed as api_key, or a key deleted in Google Cloud console.
    .fix-1 = Create or copy a key at https://aistudio.google.com/apikey and pass it in the x-goog-api-key header (or ?key=); with the SDKs set GEMINI_API_KEY, unset any stale GOOGLE_API_KEY, and restart the process.
    .fix-2 = If the key was made in Google Cloud console, check at https://console.cloud.google.com/apis/credentials that it still exists and that its API restrictions include the Generative Language API.
    .fix-3 = If you meant to use Vertex AI with a service account, do not pass an API key: create the client with vertexai=True, a project and a location.
    .prevention-1 = Keep one key per application in a secret manager, and restrict it to the Generative Language API.
    .prevention-2 = Check the key at startup with a models.list call so a bad key fails fast.

gemini-api-key-expired = The Gemini API key has expired
    .cause = The key has an expiry set (or was rotated) and is past it, so Google rejects it even though it once worked.
    .translation = API key expired. Please renew the API key.
    .analysis-1 = HTTP 400 INVALID_ARGUMENT with reason API_KEY_INVALID, but the message says expired: the key is recognised and no longer valid.
    .fix-1 = Create a new key at https://aistudio.google.com/apikey (or under APIs & Services > Credentials in the Cloud console) and replace it in GEMINI_API_KEY and in every deployment secret.
    .fix-2 = If the key was rotated on purpose, update the services that still carry the old value and restart them.
    .prevention-1 = Track key expiry dates and rotate before they pass; store keys in a secret manager that supports rotation.

gemini-missing-api-key = The Gemini request carried no API key
    .cause = The call reached the Gemini API anonymously: no x-goog-api-key header, no key parameter and no OAuth token, usually because the variable holding the key was empty.
    .translation = The method does not allow unregistered callers; use an API key or another form of identity.
    .analysis-1 = HTTP 403 PERMISSION_DENIED here is an authentication problem in disguise: Google cannot tell who is calling.
    .analysis-2 = Typical causes: GEMINI_API_KEY not exported in this process (containers, CI, IDE run configurations), a client built before the .env file was loaded, or a proxy that drops the x-goog-api-key header.
    .fix-1 = Get a key at https://aistudio.google.com/apikey, export it as GEMINI_API_KEY in the environment the program runs in, and pass it to the client or in the x-goog-api-key header.
    .fix-2 = If a proxy or gateway sits in front, make sure it forwards x-goog-api-key (or the key query parameter).
    .prevention-1 = Fail at startup when the key variable is empty, instead of sending anonymous requests.

gemini-api-key-restricted = The API key's restrictions block this Gemini call
    .cause = The key exists, but restrictions set on it in Google Cloud console forbid this call: an HTTP referrer, IP address or app restriction does not match, or the key's API restrictions do not include the Generative Language API.
    .analysis-1 = HTTP 403 PERMISSION_DENIED with a reason such as API_KEY_HTTP_REFERRER_BLOCKED, API_KEY_IP_ADDRESS_BLOCKED or API_KEY_SERVICE_BLOCKED.
    .analysis-2 = Server-side code sends no Referer header, so a key restricted to websites is refused from a backend (referer <empty>).
    .fix-1 = Open https://console.cloud.google.com/apis/credentials, edit the key, and under API restrictions allow Generative Language API.
    .fix-2 = Match the application restriction to where the call comes from: IP addresses for servers, HTTP referrers only for browser code, or none for local development.
    .fix-3 = Alternatively use a separate unrestricted-application key for the backend, still limited to the Generative Language API.
    .prevention-1 = Use separate keys for browser and server, each with the narrowest restriction that matches its caller.

gemini-user-location-not-supported = The Gemini API is not available from the caller's location
    .cause = Google decides by the public IP of the request, and this one maps to a country or region where the Gemini API is not offered.
    .translation = User location is not supported for the API use.
    .analysis-1 = HTTP 400 FAILED_PRECONDITION: the key and the request are fine; the origin is refused.
    .analysis-2 = It often appears from servers or edge functions whose egress is elsewhere than expected, for example a serverless or edge runtime exiting through Hong Kong, or a VPN exit in an unsupported region.
    .fix-1 = Check the supported regions at https://ai.google.dev/gemini-api/docs/available-regions and run the calls from infrastructure in one of them.
    .fix-2 = On serverless or edge platforms, pin the function to a supported region, or route Gemini traffic through an HTTPS proxy located in a supported region.
    .fix-3 = For organizations, Vertex AI in a supported Google Cloud region is an alternative with regional endpoints.
    .prevention-1 = Check the egress country of every new deployment (curl https://ipinfo.io/country) before going live.

gemini-free-tier-unavailable-in-country = The Gemini free tier is not offered in this country; billing is required
    .cause = The project uses the free tier, which Google does not offer in the caller's country; only paid-tier usage is allowed there.
    .translation = Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.
    .analysis-1 = HTTP 400 FAILED_PRECONDITION. The key works; the project simply has no billing account attached.
    .fix-1 = In Google AI Studio open https://aistudio.google.com/apikey, pick the project behind the key, and set up billing (link a Cloud Billing account) to move it to the paid tier.
    .fix-2 = Then retry with the same key; quotas and prices of the paid tier apply (see https://ai.google.dev/gemini-api/docs/pricing).
    .prevention-1 = Set a budget and alerts on the billing account in the Cloud console once billing is on.

gemini-token-limit-exceeded = The input is larger than the Gemini model's token limit
    .cause = The request's input tokens (text, files, images, audio, video and history) exceed the maximum input tokens of this model.
    .translation = The input token count exceeds the maximum number of tokens allowed.
    .analysis-1 = HTTP 400 INVALID_ARGUMENT with the measured count and the limit. Media counts heavily: each video second, audio second or PDF page costs a fixed number of tokens.
    .fix-1 = Count before sending with models.count_tokens and trim: drop old turns, shorten documents, lower media resolution (media_resolution in the config) or clip long videos.
    .fix-2 = Split large inputs into chunks and process them separately (map-reduce), or use a model with a larger input window.
    .fix-3 = For repeated large context, use context caching so the same material is not resent in full each time.
    .prevention-1 = Keep a token budget per request and check it with count_tokens in development and for user-supplied files.

gemini-invalid-argument = Gemini rejected the request as malformed
    .cause = The request body does not match the Gemini API schema: an unknown or misspelled field, a wrong type or value, an invalid role, or a feature not available in this API version or model.
    .analysis-1 = HTTP 400 INVALID_ARGUMENT repeats for the same body; the message (and details.fieldViolations) name the offending field.
    .analysis-2 = Usual suspects: OpenAI-style parameters (max_tokens instead of maxOutputTokens, role assistant instead of model, role system instead of systemInstruction), an empty contents list or empty text part, a bad responseSchema, unsupported mime types, or newer features sent to v1 instead of v1beta.
    .fix-1 = Compare the body with https://ai.google.dev/api/generate-content: contents with role user or model, systemInstruction at top level, generation settings inside generationConfig (maxOutputTokens, temperature, responseMimeType).
    .fix-2 = If the field is documented but refused, switch the endpoint to v1beta (the SDKs default to it) or use a model that supports the feature.
    .fix-3 = When using the OpenAI-compatible endpoint (https://generativelanguage.googleapis.com/v1beta/openai/), keep to the parameters listed for it.
    .prevention-1 = Use the official google-genai SDK types to build requests, and validate JSON schemas before sending them as responseSchema.

gemini-permission-denied = The Gemini API refused this caller permission
    .cause = The credential is known but is not allowed to do this: the key's project lacks access to the resource (for example a tuned model or a file owned by another project), or OAuth scopes are missing.
    .analysis-1 = HTTP 403 PERMISSION_DENIED is not fixed by retrying; the project, key or token needs to change.
    .analysis-2 = Tuned models and uploaded files belong to the project that created them; a key from another project cannot read them. Tuned models may also need OAuth rather than an API key.
    .fix-1 = Use a key from the same project that owns the tuned model or file (check the project at https://aistudio.google.com/apikey), or re-create the resource under the key's project.
    .fix-2 = If you use OAuth, request the needed scopes (for example https://www.googleapis.com/auth/generative-language.retriever) and refresh the token.
    .fix-3 = If the message mentions that the API is disabled, enable the Generative Language API for the project.
    .prevention-1 = Keep resources and keys of one application in one project, and document which project owns tuned models.

gemini-service-disabled = The Generative Language API is disabled in the key's project
    .cause = The Google Cloud project that owns the key (or is set as quota project) has not enabled the Generative Language API, or it was turned off.
    .translation = Generative Language API has not been used in this project before or it is disabled; enable it and retry.
    .analysis-1 = HTTP 403 PERMISSION_DENIED with reason SERVICE_DISABLED; the message names the project number and gives an activation link.
    .analysis-2 = Keys made in the Cloud console for an existing project do not enable the API automatically; keys created from AI Studio usually do.
    .fix-1 = Open the link from the message, or run gcloud services enable generativelanguage.googleapis.com --project=PROJECT_ID, then wait a few minutes for it to propagate.
    .fix-2 = Check that the project number in the message is the one you intended; a wrong key or quota project points to another project.
    .prevention-1 = Enable required APIs in your project setup scripts (Terraform google_project_service or gcloud) rather than by hand.

gemini-model-not-found = The Gemini model name is unknown for this API version or method
    .cause = The model id does not exist, has been retired, is misspelled, or does not support generateContent in the API version used (v1 vs v1beta).
    .translation = models/X is not found for API version V, or is not supported for generateContent; call ListModels to see available models.
    .analysis-1 = HTTP 404 NOT_FOUND. Older names such as gemini-pro, gemini-1.0-pro and gemini-1.5-* have been retired, and preview or experimental ids disappear when they are replaced.
    .analysis-2 = Some models exist only in v1beta, and embedding or image models do not support generateContent.
    .fix-1 = List the models and their supported methods (models.list in the SDK, or GET https://generativelanguage.googleapis.com/v1beta/models) and use a current id such as gemini-2.5-flash or gemini-2.5-pro.
    .fix-2 = Upgrade old SDKs (google-generativeai is deprecated; use google-genai or @google/genai), which target v1beta and current model names.
    .fix-3 = Use the method the model supports: embedContent for embedding models, generateContent for text models.
    .prevention-1 = Keep the model id in configuration and follow https://ai.google.dev/gemini-api/docs/changelog for retirements.

gemini-free-tier-model-unavailable = This Gemini model has no free-tier quota (limit 0)
    .cause = The project is on the free tier and the requested model's free-tier quota is zero, so every call fails immediately; it is a plan limit, not traffic.
    .translation = You exceeded your current quota: the free-tier limit for this model is 0.
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED, but the quota metric says free_tier with limit: 0; waiting does not help because the quota never refills.
    .analysis-2 = Google removes or zeroes free-tier quota for some models (often Pro and preview models); the same key works for models that still have free quota.
    .fix-1 = Enable billing for the project in AI Studio (https://aistudio.google.com/apikey, Set up billing) to get paid-tier quota for this model.
    .fix-2 = Or switch to a model that still has free-tier quota, listed at https://ai.google.dev/gemini-api/docs/rate-limits (for example a Flash or Flash-Lite model).
    .prevention-1 = Check your project's quotas at https://aistudio.google.com/usage before adopting a new model.

gemini-daily-quota-exceeded = The Gemini daily quota for this model is used up
    .cause = The project has used its requests-per-day (or tokens-per-day) quota for this model; the quotaId contains PerDay.
    .translation = You exceeded your current quota for the day.
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED. Unlike per-minute limits, retrying in seconds will not work: daily quotas reset at midnight Pacific time.
    .analysis-2 = Free-tier daily limits are small; paid-tier limits grow with usage tier.
    .fix-1 = Wait for the reset, or move traffic to another model whose daily quota is not used up.
    .fix-2 = Enable billing or move to a higher tier to raise daily limits; see your current limits at https://aistudio.google.com/usage and the tier table at https://ai.google.dev/gemini-api/docs/rate-limits.
    .fix-3 = Reduce calls per day: cache answers, batch several items per request, or use the Batch API for bulk work.
    .prevention-1 = Track daily usage and alert before the limit; stop retry loops when the quotaId contains PerDay.

gemini-rate-limit = The Gemini API rate limit was exceeded
    .cause = The project sent more requests or tokens per minute than its quota for this model allows (RPM/TPM), or a short-term shared limit was hit.
    .translation = You exceeded your current quota; retry after the delay given.
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED. The details carry QuotaFailure.violations[].quotaId (which limit, e.g. GenerateRequestsPerMinutePerProjectPerModel-FreeTier) and RetryInfo.retryDelay (how long to wait).
    .analysis-2 = Limits apply per project, not per key: several keys of the same project share one quota.
    .fix-1 = Wait for retryDelay (or the Please retry in Ns hint), then retry with capped exponential backoff and jitter.
    .fix-2 = Lower concurrency and tokens per request, or spread load over time with a queue.
    .fix-3 = Raise the limits: enable billing (paid tier), move up a usage tier, or request more quota; compare your usage at https://aistudio.google.com/usage with https://ai.google.dev/gemini-api/docs/rate-limits.
    .prevention-1 = Rate-limit on the client to your tier's RPM/TPM, and honour retryDelay instead of retrying immediately.
    .prevention-2 = Use the Batch API for large offline jobs.

gemini-prepaid-credits-exhausted = The Gemini API prepaid credits are used up
    .cause = The billing account behind the project pays with prepaid credits, and they have run out; every key billed to that account stops working.
    .analysis-1 = HTTP 402 with RESOURCE_EXHAUSTED is a billing stop, not a rate limit; retrying cannot help.
    .fix-1 = Add credits to the billing account in Google AI Studio or the Cloud console billing page, then retry.
    .fix-2 = Check which billing account the project uses in the Cloud console (Billing > Account management) if you are unsure where to top up.
    .prevention-1 = Enable automatic top-up if available, and set budget alerts on the billing account.

gemini-internal-error = Gemini had an internal error
    .cause = An error inside Google's service. For Gemini it is often triggered by a very long context or an unusual input, but it can also be a transient fault.
    .translation = An internal error has occurred; please retry or report it.
    .analysis-1 = HTTP 500 INTERNAL is on Google's side; the same request may succeed on retry.
    .analysis-2 = If it repeats for one particular request, the size or content of the input is the likely trigger.
    .fix-1 = Retry with capped exponential backoff and jitter (the google-genai SDK can do it via HttpRetryOptions).
    .fix-2 = If it persists, shorten the input context or switch temporarily to another model (for example from Pro to Flash).
    .fix-3 = Check https://aistudio.google.com/status for incidents, and report reproducible cases on the Gemini API forum with the request details.
    .prevention-1 = Keep inputs well below the model's maximum, and add a fallback model for critical paths.

gemini-model-overloaded = The Gemini model is overloaded right now
    .cause = Google is temporarily short of capacity for this model; it is not your quota and not your request.
    .translation = The model is overloaded. Please try again later.
    .analysis-1 = HTTP 503 UNAVAILABLE. It is common for popular and preview models at peak times and usually clears within minutes.
    .fix-1 = Retry with capped exponential backoff and full jitter.
    .fix-2 = Fall back to another model (for example from gemini-2.5-pro to gemini-2.5-flash) when retries keep failing.
    .fix-3 = For guaranteed capacity, use Vertex AI with Provisioned Throughput.
    .prevention-1 = Avoid synchronized retries from many workers, and monitor https://aistudio.google.com/status.

gemini-deadline-exceeded = The Gemini request ran past its deadline
    .cause = Generation did not finish within the server or client deadline, usually because the prompt or the requested output is large.
    .translation = Deadline exceeded before the operation could complete.
    .analysis-1 = HTTP 504 DEADLINE_EXCEEDED. The work may simply need longer than the deadline allows; the request is not necessarily wrong.
    .fix-1 = Raise the client timeout (google-genai HttpOptions timeout, in milliseconds) and stream the response with generate_content_stream so data flows before the deadline.
    .fix-2 = Shorten the prompt or lower maxOutputTokens, or split the task into smaller requests.
    .prevention-1 = Stream long generations and set explicit, generous timeouts, with a retry that uses backoff.

gemini-prompt-blocked = Gemini blocked the prompt under its safety or policy filters
    .cause = The input was classified as violating a safety category or policy, so no answer was generated; promptFeedback.blockReason says why (SAFETY, BLOCKLIST, PROHIBITED_CONTENT or OTHER).
    .analysis-1 = This is not an HTTP error: the call returned 200 with no candidates and promptFeedback.blockReason set, and SDK helpers like response.text raise when you access the missing text.
    .analysis-2 = SAFETY blocks depend on the safety thresholds you set; PROHIBITED_CONTENT and BLOCKLIST blocks cannot be lowered by settings.
    .fix-1 = Check response.prompt_feedback before reading response.text, and show the user a clear message when the prompt was blocked.
    .fix-2 = Rephrase or remove the flagged part of the input; safetyRatings show which category fired.
    .fix-3 = Where your use case permits, relax the adjustable thresholds with safety_settings (for example BLOCK_ONLY_HIGH) as described at https://ai.google.dev/gemini-api/docs/safety-settings.
    .prevention-1 = Handle blocked prompts as a normal outcome in your code, log the blockReason, and pre-screen user input where appropriate.

gemini-response-blocked-safety = Gemini stopped the answer under its safety filters
    .cause = The model started answering but the output was classified as unsafe, so the candidate finished with finishReason SAFETY (or PROHIBITED_CONTENT, BLOCKLIST, SPII) and no usable text.
    .analysis-1 = The HTTP call succeeded; the block shows up as finishReason on the candidate. In google-generativeai it surfaces as StopCandidateException or as a ValueError from response.text with finish_reason 3 (SAFETY).
    .analysis-2 = safetyRatings on the candidate name the category and probability that triggered the stop.
    .fix-1 = Check candidates[0].finish_reason before reading the text, and handle SAFETY by retrying with a rephrased prompt or telling the user.
    .fix-2 = If your use case allows it, set safety_settings to a less strict threshold for the category that fired (for example BLOCK_ONLY_HIGH).
    .fix-3 = Adjust the prompt or system instruction so the expected answer stays within policy.
    .prevention-1 = Treat finishReason other than STOP and MAX_TOKENS as an expected outcome and log it with the safety ratings.

gemini-response-blocked-recitation = Gemini stopped the answer because it recited protected material
    .cause = The output matched existing content too closely (recitation check), so the candidate ended with finishReason RECITATION and no text.
    .analysis-1 = Not an HTTP error: the call returned 200. In google-generativeai it appears as StopCandidateException or a ValueError from response.text with finish_reason 4 (RECITATION).
    .analysis-2 = It is common when asking for song lyrics, book passages or licensed code verbatim, and can be triggered by low temperature on well-known text.
    .fix-1 = Ask for a summary, paraphrase or analysis instead of verbatim text, or add an instruction to answer in your own words.
    .fix-2 = Raise temperature slightly and retry, and check finish_reason before reading text.
    .prevention-1 = Handle RECITATION as an expected outcome and avoid prompts that ask for copyrighted text verbatim.

## Vertex AI

vertex-unauthenticated = Vertex AI rejected the request's credentials
    .cause = The request to aiplatform.googleapis.com carried no valid OAuth 2 access token: it is missing, expired (tokens last about an hour), or was minted for another audience.
    .translation = Request had invalid authentication credentials; an OAuth 2 access token or other valid credential is expected.
    .analysis-1 = HTTP 401 UNAUTHENTICATED. Vertex AI does not accept Gemini API keys on its regular endpoints; it needs Google credentials (user ADC, a service account or workload identity). Reason ACCESS_TOKEN_EXPIRED means a token was reused after it expired.
    .analysis-2 = Scripts that paste the output of gcloud auth print-access-token into a variable fail an hour later; long-running processes must refresh tokens through the client library.
    .fix-1 = Locally run gcloud auth application-default login (and gcloud auth application-default set-quota-project PROJECT_ID); in code use the google-genai client with vertexai=True, which refreshes tokens itself.
    .fix-2 = For REST calls, mint a fresh token for every run with gcloud auth print-access-token, or fetch one through google-auth in code.
    .fix-3 = On servers use the attached service account (Cloud Run, GKE workload identity, Compute Engine) or GOOGLE_APPLICATION_CREDENTIALS pointing to a key file, instead of user tokens.
    .prevention-1 = Never store access tokens; store the credential (ADC or service account) and let the library refresh tokens.

vertex-adc-not-found = No Google credentials were found for Vertex AI
    .cause = The Vertex AI client looked for Application Default Credentials and found none, or the stored user credentials need re-authentication.
    .translation = Your default credentials were not found, or re-authentication is needed; set up Application Default Credentials.
    .analysis-1 = This is raised locally by google-auth before any request is sent; Vertex AI never saw the call.
    .analysis-2 = ADC is looked up in GOOGLE_APPLICATION_CREDENTIALS, then in the gcloud ADC file (~/.config/gcloud/application_default_credentials.json), then in the metadata server on Google Cloud. Containers and CI usually have none of these.
    .fix-1 = On a workstation run gcloud auth application-default login (note: gcloud auth login alone does not create ADC); if it asks for reauthentication, run it again.
    .fix-2 = In containers and CI, mount a service-account key and set GOOGLE_APPLICATION_CREDENTIALS to its path, or use workload identity federation (for example google-github-actions/auth).
    .fix-3 = On Google Cloud runtimes, attach a service account with roles/aiplatform.user to the service and do not override credentials.
    .prevention-1 = Prefer attached service accounts and workload identity over key files; if you must use key files, store them as secrets and rotate them.

vertex-permission-denied = The caller lacks the IAM permission to call this Vertex AI model
    .cause = The identity making the call (user or service account) has no role granting aiplatform.endpoints.predict on the project in the message, or the project or model path is wrong.
    .translation = Permission 'aiplatform.endpoints.predict' denied on the resource (or it may not exist).
    .analysis-1 = HTTP 403 PERMISSION_DENIED with reason IAM_PERMISSION_DENIED. Authentication worked; authorization did not.
    .analysis-2 = The phrase (or it may not exist) matters: a wrong project id, region or model path also produces this error, because Google hides resources you cannot see.
    .fix-1 = Grant roles/aiplatform.user to the calling identity on the project named in the message: gcloud projects add-iam-policy-binding PROJECT_ID --member=serviceAccount:SA_EMAIL --role=roles/aiplatform.user (or via IAM in the Cloud console).
    .fix-2 = Confirm which identity is used (gcloud auth list, or the service account attached to the runtime) and which project the client targets (project= and location= in the client, GOOGLE_CLOUD_PROJECT).
    .fix-3 = Check that the model path and region exist, for example publishers/google/models/gemini-2.5-flash in us-central1 or global.
    .prevention-1 = Grant roles per service account and per project in infrastructure code, and test new environments with one small predict call.

vertex-api-not-enabled = The Vertex AI API is not enabled in this project
    .cause = The Google Cloud project used for the call has not enabled aiplatform.googleapis.com, or it was disabled.
    .translation = Vertex AI API has not been used in this project before or it is disabled; enable it and retry.
    .analysis-1 = HTTP 403 PERMISSION_DENIED with reason SERVICE_DISABLED; the message names the project number and links to the activation page.
    .analysis-2 = If the project number is not the one you expect, the client is using another project (from ADC's quota project or GOOGLE_CLOUD_PROJECT).
    .fix-1 = Run gcloud services enable aiplatform.googleapis.com --project=PROJECT_ID, or open the link in the message, then wait a few minutes and retry.
    .fix-2 = Make sure billing is enabled on the project; Vertex AI needs a billing account.
    .prevention-1 = Enable required services in project provisioning (Terraform google_project_service, or a setup script).

vertex-resource-exhausted = Vertex AI is out of quota or shared capacity for this model
    .cause = The request exceeded the project's quota, or Google's dynamic shared quota for the model in this region had no free capacity at that moment.
    .translation = Resource exhausted, please try again later.
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED. For current Gemini models Vertex AI uses dynamic shared quota: there is no fixed per-project limit to raise, and 429 means the shared pool was busy; older models and some features still have per-project quotas (the message then names the quota metric).
    .analysis-2 = It is usually transient and clears with backoff; sustained 429s under steady load call for reserved capacity.
    .fix-1 = Retry with capped exponential backoff and jitter (HttpRetryOptions in google-genai, or a retry decorator).
    .fix-2 = Use the global endpoint (location="global") or spread traffic over several regions to draw on more capacity.
    .fix-3 = For predictable throughput buy Provisioned Throughput; for quota-based models request an increase under IAM & Admin > Quotas in the Cloud console.
    .prevention-1 = Smooth bursts with a client-side queue and concurrency cap, and use batch prediction for bulk jobs.

vertex-out-of-capacity = Vertex AI is temporarily out of capacity for this model
    .cause = Google's serving capacity for the model in this location is used up at the moment, so Vertex AI refused to queue the request. It is capacity on Google's side, not your project's quota: the same call succeeds once capacity frees up.
    .translation = "Unable to submit request because the service is temporarily out of capacity. Try again later.": the service has no free capacity right now.
    .analysis-1 = Vertex AI returns it as 429 RESOURCE_EXHAUSTED like a quota error, but no quota metric is named and a quota increase does not help; Google's 429 guide lists shared-capacity exhaustion on pay-as-you-go as a cause separate from quota.
    .analysis-2 = It shows up for popular or preview models in a single region, and at peaks; requests refused this way do not count against the SLA error rate.
    .fix-1 = Retry with capped exponential backoff and jitter (HttpRetryOptions in google-genai retries 429 for you); a few seconds usually suffice.
    .fix-2 = Call the global endpoint (location="global") or another region that serves the model, so the request can use capacity elsewhere.
    .fix-3 = Fall back to another model version (for example a Flash model) while the preferred one is saturated; for traffic that must not be refused, buy Provisioned Throughput for the model.
    .prevention-1 = Treat this message as retryable overload, keep a fallback model or region configured, and smooth bursts with a client-side queue.

vertex-model-not-found = Vertex AI cannot find this publisher model
    .cause = The model id or version does not exist, has been retired, is not offered in the chosen region, or the project has no access to it.
    .translation = Publisher model was not found, or your project does not have access to it; use a valid model version.
    .analysis-1 = HTTP 404 NOT_FOUND on projects/.../locations/.../publishers/google/models/.... Model versions such as -001 and -002 are retired on a schedule, and new models often launch in us-central1 or global first.
    .analysis-2 = Partner models (Claude, Llama, Mistral) must also be enabled in Model Garden before a project can call them.
    .fix-1 = Use a current model id from https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions, for example gemini-2.5-flash, without a retired version suffix.
    .fix-2 = Set location to a region that serves the model (see https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations) or use location="global".
    .fix-3 = For partner models, open the model card in Model Garden and enable it for the project.
    .prevention-1 = Keep model ids and regions in configuration, and watch the model retirement dates in the Vertex AI release notes.

## Ollama

ollama-model-not-found = Ollama does not have this model locally
    .cause = The model name or tag in the request has not been pulled to this Ollama server (or does not exist in the Ollama library), so the server cannot load it.
    .translation = Model not found, try pulling it first.
    .analysis-1 = HTTP 404 from the Ollama server: it is running and reachable; only the model is missing. The name must match exactly, including the tag (llama3.1 means llama3.1:latest, which differs from llama3.1:8b-instruct-q4_K_M).
    .analysis-2 = If several Ollama instances exist (host and Docker, desktop app and systemd service), the model may be pulled into a different one from the instance your code talks to. Pull model manifest: file does not exist means the name is not in the registry at all.
    .fix-1 = Run ollama list on the server your code talks to, then ollama pull <name:tag> with exactly the name your code uses (in Docker: docker exec -it ollama ollama pull <name:tag>).
    .fix-2 = Or change the model in your code to one of the names ollama list prints; check spelling and tags at https://ollama.com/library.
    .fix-3 = Make sure OLLAMA_HOST / base_url in your app points to the same instance where you pulled the model.
    .prevention-1 = Pull models as part of container start-up or provisioning, and check ollama list in a health check.

ollama-capability-unsupported = This Ollama model does not have the capability the request uses
    .cause = Ollama checks a request against the model's capabilities before running it: tools (function calling), thinking (the think option), insert (fill-in-the-middle with suffix), vision (images), completion (generate and chat) and embedding. The model named here lacks the one this request needs, for example tools sent to a model whose template has no tool support, think to a non-reasoning model, or a chat request to an embedding-only model.
    .translation = "MODEL does not support tools / thinking / insert / generate / chat / embeddings": the model cannot do what the request asks.
    .analysis-1 = HTTP 400 from the Ollama server itself: the server runs and the model exists; the request asks for a feature this model's template or weights do not provide. Retrying unchanged cannot help.
    .analysis-2 = Clients and frameworks often add tools or think on their own (agents, LangChain bind_tools, OpenAI-compatible clients with function calling, coding assistants), so the request may carry the feature even when your own code does not set it.
    .fix-1 = Run ollama show MODEL and read its Capabilities section, then pick a model that lists the capability you need (the Ollama library filters models by tools, thinking, vision and embedding) and pull it.
    .fix-2 = Or leave the feature out for this model: send no tools, no think option (or think false), no suffix; for embeddings call /api/embed with an embedding model, and for chat or generate use a completion model rather than an embedding model.
    .fix-3 = If a model that should support tools does not, update Ollama and pull the model again: capabilities come from the model's template, and older pulls or custom Modelfiles may lack the tool section.
    .prevention-1 = Check the model's capabilities (the capabilities list from /api/show) when the application starts, and keep the chat model and the embedding model as two separate settings.

ollama-connection-refused = Nothing is listening at the Ollama address your code uses
    .cause = The client could not open a TCP connection to the Ollama server (default http://127.0.0.1:11434): the server is not running, listens on another address, or the app runs in a container where localhost is the container itself.
    .translation = Failed to connect to Ollama; check that it is installed, running and reachable.
    .analysis-1 = Connection refused means no HTTP response at all, so there is no status code; the model and request are not the issue yet.
    .analysis-2 = Ollama listens only on 127.0.0.1 by default. From Docker, WSL, another host or a VM, localhost:11434 does not reach it unless it listens on 0.0.0.0 and the client uses the host's address.
    .fix-1 = Start the server (ollama serve, the desktop app, or systemctl start ollama) and check it with curl http://127.0.0.1:11434/api/version.
    .fix-2 = If your app runs in Docker and Ollama on the host, use http://host.docker.internal:11434 (on Linux add --add-host=host.docker.internal:host-gateway) and start Ollama with OLLAMA_HOST=0.0.0.0:11434; in docker compose use the service name, e.g. http://ollama:11434.
    .fix-3 = Set the client address explicitly: OLLAMA_HOST for the ollama libraries, base_url / api_base in LangChain, LiteLLM or the OpenAI client (http://host:11434/v1). Prefer 127.0.0.1 to localhost if localhost resolves to IPv6 ::1.
    .prevention-1 = Add a readiness check (GET /api/version) before sending work, and use depends_on with a healthcheck in docker compose.
    .prevention-2 = If you expose Ollama on 0.0.0.0, restrict it with a firewall: it has no authentication.

ollama-timeout = The request to Ollama timed out
    .cause = Ollama did not answer within the client's timeout: the model was still loading into memory, generation on CPU or a small GPU is slow, or the prompt or context is large.
    .analysis-1 = A read timeout means the server accepted the connection but sent nothing in time; the first request after start or after keep-alive expiry includes loading the model, which can take minutes for large models.
    .analysis-2 = Models that do not fit in GPU memory fall back partly or fully to CPU and become much slower; ollama ps shows the processor split.
    .fix-1 = Raise the client timeout (ollama Client(timeout=600), LangChain or LiteLLM timeout/request_timeout) and stream the response so tokens arrive before any timeout.
    .fix-2 = Keep the model loaded with keep_alive (request parameter) or OLLAMA_KEEP_ALIVE on the server, and warm it with one small request at startup.
    .fix-3 = Use a smaller or more quantised model, reduce num_ctx, or run on a GPU with enough memory (ollama ps should show 100% GPU).
    .prevention-1 = Size models to the hardware, stream long answers, and limit concurrent requests (OLLAMA_NUM_PARALLEL) to what the machine can serve.

ollama-runner-failed = The Ollama model runner could not load or crashed
    .cause = Ollama's runner process for the model failed: not enough RAM or VRAM for the model and context, a GPU driver or library problem, or the process was killed by the operating system.
    .translation = The llama runner process has terminated, or the model needs more memory than is available.
    .analysis-1 = Ollama returns HTTP 500 for these; the server is up but this model cannot run on this machine in its current configuration. signal: killed usually means the out-of-memory killer.
    .fix-1 = Use a smaller model or a stronger quantisation (for example a q4_K_M tag), and lower num_ctx: the context size adds to memory use.
    .fix-2 = Free memory: stop other models (ollama ps, ollama stop <model>), close other GPU users, and set OLLAMA_MAX_LOADED_MODELS=1.
    .fix-3 = Read the server log for the real error (journalctl -u ollama on Linux, ~/.ollama/logs/server.log on macOS, %LOCALAPPDATA%\Ollama on Windows) and update Ollama and GPU drivers if it names a driver or CUDA/ROCm problem.
    .prevention-1 = Check a model's size against available RAM/VRAM before deploying it, and leave headroom for the context.

## LiteLLM

litellm-budget-exceeded = The LiteLLM budget for this key, user or team is used up
    .cause = LiteLLM tracks spend against a max_budget (for the SDK, a virtual key, a user, a team or an end customer) and refuses calls once the spend reaches it; the upstream provider was not even called.
    .translation = Budget has been exceeded: current spend is at or above the maximum budget.
    .analysis-1 = This is LiteLLM's own billing stop (type budget_exceeded; often HTTP 400, sometimes 429 in older proxy versions), not the provider's credit. Retrying does not help until the budget resets or is raised.
    .analysis-2 = If the key belongs to a team, the team budget applies; the message says whether a key, user or team is over budget.
    .fix-1 = Ask the proxy admin to raise max_budget or set a budget_duration for the key, user or team (POST /key/update, /user/update or /team/update, or the LiteLLM Admin UI).
    .fix-2 = If you use the SDK's litellm.max_budget, raise it or reset the tracked cost for a new period.
    .fix-3 = Otherwise wait until the budget period resets (budget_duration), which the key info endpoint shows.
    .prevention-1 = Set soft budgets and alerting (Slack or email) in LiteLLM so owners hear about spend before the hard stop.

litellm-provider-not-provided = LiteLLM cannot tell which provider the model name belongs to
    .cause = The model string has no provider prefix that LiteLLM recognises (such as openai/, anthropic/, ollama/, openrouter/), so it does not know which API to call.
    .translation = LLM Provider NOT provided; pass the provider together with the model, for example provider/model.
    .analysis-1 = This is raised locally by LiteLLM before any request; nothing reached a provider. Bare names work only for models in LiteLLM's built-in map (for example gpt-4o or claude-sonnet-4-5).
    .analysis-2 = Custom OpenAI-compatible servers (vLLM, LM Studio, gateways) need the openai/ prefix plus api_base. Garbled model names in this message can also mean the proxy could not decrypt stored model settings because LITELLM_SALT_KEY changed.
    .fix-1 = Prefix the model with its provider, for example ollama/llama3.1, openrouter/google/gemini-2.5-pro, gemini/gemini-2.5-flash, bedrock/anthropic.claude-..., see https://docs.litellm.ai/docs/providers.
    .fix-2 = For any OpenAI-compatible endpoint use model="openai/<name>" with api_base and api_key, or pass custom_llm_provider="openai".
    .fix-3 = In apps that wrap LiteLLM (aider, CrewAI, OpenHands and similar) set the model setting with the prefix in that app's configuration.
    .prevention-1 = Keep provider-prefixed model names in configuration and validate them at startup with litellm.get_llm_provider.

litellm-invalid-model-name = The LiteLLM proxy has no model by this name
    .cause = The model requested is not a model_name configured on the proxy (or not one this key may use), so the proxy cannot route it.
    .translation = Invalid model name passed in; call /v1/models to see the models available to your key.
    .analysis-1 = HTTP 400 from the LiteLLM proxy. The proxy matches the model field against model_name entries in its config.yaml (or models added in the UI), not against provider model ids.
    .fix-1 = Call GET /v1/models on the proxy with your key and use one of the names it returns.
    .fix-2 = If the model should exist, ask the proxy admin to add it under model_list in config.yaml (model_name plus litellm_params) or in the Admin UI, and to restart or reload the proxy.
    .prevention-1 = Share the proxy's model list with client teams and use model aliases for stable names.

litellm-proxy-auth-error = The LiteLLM proxy rejected the API key
    .cause = The key sent to the LiteLLM proxy is not a virtual key it knows (wrong, deleted, expired, or the provider's own key), or no key was sent, or it was sent without the Bearer prefix.
    .translation = Authentication error: invalid proxy server token, no API key, or a malformed key was passed.
    .analysis-1 = HTTP 401 type auth_error from the proxy itself; the upstream provider was never called. Unable to find token in cache or LiteLLM_VerificationTokenTable means the key is not in the proxy's database.
    .analysis-2 = Common mistakes: using the upstream OpenAI or Anthropic key against the proxy, a key generated on another proxy instance or database, or a key revoked by the admin.
    .fix-1 = Use a virtual key issued by this proxy (Admin UI or POST /key/generate with the master key) and send it as Authorization: Bearer sk-... (or x-litellm-api-key).
    .fix-2 = Check with the admin that the key exists and has not expired: GET /key/info?key=... with the master key.
    .fix-3 = In client SDKs set base_url to the proxy and api_key to the virtual key, not the provider's key.
    .prevention-1 = Issue one virtual key per application with a duration and budget, and keep the master key only on the admin side.

litellm-key-model-not-allowed = This LiteLLM key or team may not use the requested model
    .cause = The virtual key (or its team) has an allowed-models list that does not include this model.
    .translation = The key is not allowed to access this model; it can only access the listed models.
    .analysis-1 = The proxy checks the key's and team's models list before routing; the message lists the allowed models and the one you tried.
    .fix-1 = Use one of the allowed models listed in the message.
    .fix-2 = Or ask the proxy admin to add the model to the key (POST /key/update with models) or to the team's model list in the Admin UI.
    .prevention-1 = Grant model access by team or access group, and publish which models each key may call.

litellm-proxy-rate-limit = The LiteLLM proxy's own rate limit for this key was hit
    .cause = The key, user or team crossed the RPM, TPM or max-parallel-requests limit configured on the LiteLLM proxy.
    .translation = The LiteLLM rate-limit handler rejected the request: the TPM, RPM or parallel-request limit was crossed.
    .analysis-1 = HTTP 429 raised by the proxy before the upstream provider; the message shows current and allowed values.
    .fix-1 = Slow down: lower concurrency and retry with backoff and jitter; the limits reset each minute.
    .fix-2 = Ask the admin to raise rpm_limit, tpm_limit or max_parallel_requests for the key or team (POST /key/update or the Admin UI).
    .prevention-1 = Enforce the same limits on the client side so bursts queue locally instead of failing.

litellm-no-deployments-available = Every LiteLLM deployment for this model is cooling down
    .cause = The LiteLLM router put all deployments of this model group into cooldown after they failed (usually with upstream 429s, timeouts or 5xx), so none is available right now.
    .translation = No deployments available for the selected model; try again in the given number of seconds.
    .analysis-1 = The cooldown_list in the message shows which deployments failed and why (exception_received, status_code); the real cause is that upstream error.
    .analysis-2 = With a single deployment, one failure can put the whole model group in cooldown for the cooldown time.
    .fix-1 = Read exception_received in the message and fix the upstream cause (rate limit, quota, wrong key or endpoint on that deployment).
    .fix-2 = Add more deployments or fallbacks for the model group, and tune allowed_fails and cooldown_time in router_settings so one error does not empty the pool.
    .fix-3 = Wait for the cooldown (the message says how long), then retry.
    .prevention-1 = Run at least two deployments per critical model and configure fallbacks to another model group.

litellm-rate-limit = The upstream provider rate-limited a call made through LiteLLM
    .cause = LiteLLM passed on a 429 from the provider named in the message (for example GroqException, OpenAIException, AnthropicException): that provider's rate limit for your key was exceeded.
    .analysis-1 = LiteLLM wraps provider errors as litellm.RateLimitError; the provider name and its original message follow the prefix and tell you which limit (RPM, TPM, daily) was hit.
    .fix-1 = Retry with backoff: pass num_retries to litellm.completion (or set it on the Router) so LiteLLM waits and retries.
    .fix-2 = Reduce request rate or tokens per request, and configure fallbacks to another model or provider.
    .fix-3 = Raise the limit with the provider (higher usage tier or quota) if the load is expected.
    .prevention-1 = Put a Router with several deployments and rpm/tpm settings in front of the provider so LiteLLM balances load before limits are hit.

litellm-context-window-exceeded = The prompt is larger than the model's context window (reported by LiteLLM)
    .cause = The input plus requested output exceed the context window of the model named in the message; LiteLLM mapped the provider's context-length error to ContextWindowExceededError.
    .analysis-1 = LiteLLM recognises context-length errors from every provider and raises ContextWindowExceededError, a subclass of BadRequestError; the provider's original message follows.
    .fix-1 = Trim the messages before calling: count with litellm.token_counter and compare with litellm.get_model_info(model)["max_input_tokens"], dropping or summarising old turns.
    .fix-2 = Configure context_window_fallback_dict (or context_window_fallbacks on the Router/proxy) so LiteLLM retries on a model with a larger window.
    .fix-3 = Lower max_tokens if you are only slightly over.
    .prevention-1 = Keep a token budget per conversation and compact history before it reaches the model's limit.

litellm-timeout = The call through LiteLLM timed out
    .cause = The provider did not answer within LiteLLM's timeout (600 seconds by default, or the timeout / request_timeout you set), or a proxy in between cut the connection.
    .translation = LiteLLM timeout: the request timed out.
    .analysis-1 = litellm.Timeout (HTTP 408 from the proxy) is raised by LiteLLM's client side; the message shows the timeout used and how many retries ran.
    .analysis-2 = Long non-streamed generations, slow local models (Ollama on CPU) and overloaded providers are the usual causes.
    .fix-1 = Raise timeout in litellm.completion, or request_timeout under litellm_settings and timeout / stream_timeout per model in the proxy config.yaml.
    .fix-2 = Stream the response (stream=True) so tokens arrive before the timeout, and lower max_tokens for long outputs.
    .fix-3 = Add num_retries and fallbacks to another deployment or model for timeouts.
    .prevention-1 = Set timeouts per model to realistic values, and monitor latency per deployment in LiteLLM's logs or metrics.

## Hugging Face

huggingface-model-loading = The Hugging Face model is still loading
    .cause = The model was not in memory on Hugging Face's serverless inference, so the first requests are answered with 503 while it is loaded onto a machine; estimated_time says roughly how long.
    .translation = The model is currently loading; retry after the estimated time.
    .analysis-1 = HTTP 503 with an estimated_time field is a warm-up state, not a failure of your request. Cold models, large models and rarely used models take longer, and very large models may never load on the serverless API.
    .fix-1 = Wait estimated_time seconds and retry, or send the header x-wait-for-model: true (older API: options.wait_for_model) so the request waits for loading instead of failing.
    .fix-2 = If it never finishes loading, the model is not served by the free serverless API: use an Inference Provider that hosts it (router.huggingface.co) or deploy it on a dedicated Inference Endpoint.
    .prevention-1 = Send a warm-up request before peak use, and use a dedicated Inference Endpoint for production traffic.

huggingface-invalid-token = Hugging Face rejected the access token
    .cause = The token sent in Authorization: Bearer is not a valid Hugging Face user access token: it is mistyped, revoked, expired, or a stale token from an environment variable or the saved login overrides the right one.
    .translation = Invalid credentials in the Authorization header.
    .analysis-1 = HTTP 401 from huggingface.co or the inference router. The token is checked before the model, so the model id is not the problem here.
    .analysis-2 = The client prefers HF_TOKEN (and the older HUGGING_FACE_HUB_TOKEN) over the token saved by hf auth login, so an old exported variable silently wins.
    .fix-1 = Create a token at https://huggingface.co/settings/tokens (read for downloads; fine-grained with Make calls to Inference Providers for inference) and log in with hf auth login (older: huggingface-cli login) or set HF_TOKEN.
    .fix-2 = Remove stale values: unset HF_TOKEN / HUGGING_FACE_HUB_TOKEN if they hold an old token, and check with hf auth whoami.
    .fix-3 = Pass the token explicitly where libraries need it (InferenceClient(token=...), from_pretrained(..., token=...)).
    .prevention-1 = Use fine-grained tokens with only the permissions an app needs, store them as secrets, and never commit them (leaked tokens are revoked).

huggingface-invalid-username-password = Hugging Face refused a password login
    .cause = Git or the client sent a username and password to huggingface.co, but Hugging Face only accepts access tokens for git over HTTPS and the API.
    .translation = Invalid username or password.
    .analysis-1 = HTTP 401 on git push/clone or an API call. Account passwords are not accepted for git operations; a write token must be used as the password.
    .fix-1 = Create a write token at https://huggingface.co/settings/tokens and use it as the git password, or run hf auth login --add-to-git-credential so git uses it automatically.
    .fix-2 = Clear a stale credential saved by your git credential helper (git credential reject, or the OS keychain entry for huggingface.co) before trying again.
    .prevention-1 = Use tokens (or SSH keys added at https://huggingface.co/settings/keys) for git, never the account password.

huggingface-gated-repo = The Hugging Face model is gated and this account has no access
    .cause = The repository requires accepting its licence or an approval from its authors; the token's account has not been granted access (or no token was sent).
    .translation = Cannot access gated repo: access to this model is restricted; you must be authenticated and on the authorized list.
    .analysis-1 = GatedRepoError with 401 means no or invalid token; with 403 the account is known but not (yet) approved. Access requests can take from minutes to days, depending on the authors.
    .analysis-2 = Fine-grained tokens also need the permission to read public gated repositories, otherwise they get 403 even after approval.
    .fix-1 = Open the model page on huggingface.co while logged in, accept the terms or request access, and wait for approval (shown on the page and in your gated repos settings).
    .fix-2 = Use a token of that same account: hf auth login, or pass token= / set HF_TOKEN; for fine-grained tokens enable read access to public gated repos.
    .fix-3 = If access is not possible, use an ungated mirror or alternative model with a compatible licence.
    .prevention-1 = Request access to gated models ahead of deployment, and pre-download them into your image or cache for production.

huggingface-repo-not-found = The Hugging Face repository id does not exist or is not visible to you
    .cause = The repo id (namespace/name) is misspelled, was renamed or deleted, is private to another account, or the wrong repo_type (model, dataset, space) was used.
    .translation = Repository not found; check repo_id and repo_type, and authenticate for private or gated repositories.
    .analysis-1 = Hugging Face returns 404 (or 401 for anonymous calls) for both missing and private repositories, so it cannot tell you which one applies.
    .analysis-2 = In transformers it shows as is not a valid model identifier listed on https://huggingface.co/models; a local folder with the same name as the repo id can also confuse the lookup.
    .fix-1 = Search https://huggingface.co/models for the exact id (case matters only for display; typos like sentence-transformer vs sentence-transformers do matter) and copy it from the model page.
    .fix-2 = If the repo is private or gated, log in with a token of an account that has access (hf auth login or token=).
    .fix-3 = For datasets and spaces pass repo_type="dataset" or "space".
    .prevention-1 = Pin model ids and revisions in configuration and pre-download models in your build.

huggingface-model-not-supported-by-provider = No enabled Inference Provider serves this model
    .cause = The Hugging Face router could not find any Inference Provider, among those enabled in your account, that serves the requested model.
    .translation = The requested model is not supported by any provider you have enabled.
    .analysis-1 = HTTP 400 with code model_not_supported from router.huggingface.co. Many Hub models are not deployed by any provider at all.
    .fix-1 = Check on the model page (Deploy > Inference Providers) which providers serve it, and enable one of them at https://huggingface.co/settings/inference-providers.
    .fix-2 = Or pick a model that is served (filter models by Inference Providers on the Hub), or deploy this one on an Inference Endpoint.
    .fix-3 = You can also pin a provider in the model string, for example model:provider, if that provider serves it.
    .prevention-1 = Verify provider availability before adopting a model, and keep a fallback model that is served by several providers.

huggingface-credits-exhausted = The Hugging Face inference credits for this account are used up
    .cause = The account used up its monthly included credits for Inference Providers (or the model needs a PRO subscription), and no pay-as-you-go billing covers the rest.
    .translation = You have exceeded your monthly included credits for Inference Providers; subscribe to PRO for more.
    .analysis-1 = HTTP 402 Payment Required: a billing stop, not a rate limit. Credits reset monthly.
    .fix-1 = Add a payment method at https://huggingface.co/settings/billing to continue with pay-as-you-go, or subscribe to PRO (or use an Enterprise organization) for larger included credits.
    .fix-2 = Or call the provider directly with your own provider key configured in your Hugging Face settings, so usage is billed by the provider.
    .fix-3 = Otherwise wait until the monthly credits reset.
    .prevention-1 = Watch usage at https://huggingface.co/settings/billing and set spending limits for your organization.

huggingface-rate-limit = Hugging Face rate-limited these requests
    .cause = Too many requests in the current window for this account, token or IP; anonymous requests have the lowest limit.
    .translation = Rate limit reached; log in, use a Hugging Face access token, or upgrade your plan.
    .analysis-1 = HTTP 429 from huggingface.co or the inference API; downloads, Hub API calls and inference have separate limits, and the message says which applies.
    .fix-1 = Authenticate every request with a token (HF_TOKEN or hf auth login); anonymous calls are limited most strictly.
    .fix-2 = Slow down and retry with exponential backoff honouring Retry-After; cache downloads (HF_HOME) instead of fetching the same files repeatedly.
    .fix-3 = For higher limits, upgrade to PRO or an Enterprise organization, or move production inference to a dedicated Inference Endpoint.
    .prevention-1 = Download models once at build time, reuse the cache, and keep inference traffic within your plan's limits.

huggingface-service-unavailable = The Hugging Face inference service is unavailable
    .cause = The inference backend could not serve the request right now: the model's host is overloaded, being restarted, or the service has an incident.
    .analysis-1 = HTTP 503 without a loading message points at capacity or an outage rather than a cold model.
    .fix-1 = Retry with capped exponential backoff and jitter.
    .fix-2 = Check https://status.huggingface.co; if the problem persists for this model, switch provider or model, or use a dedicated Inference Endpoint.
    .prevention-1 = Keep a fallback model or provider for production traffic.

huggingface-gateway-timeout = The Hugging Face inference request timed out at the gateway
    .cause = The model did not respond before Hugging Face's gateway timeout, usually because generation was long, the model was cold, or the backend was overloaded.
    .analysis-1 = HTTP 504 Gateway Timeout from the Hugging Face front end; the request may succeed on retry.
    .fix-1 = Retry with backoff; reduce max_new_tokens or input size so generation finishes sooner.
    .fix-2 = Stream the response where the task supports it, or move to a dedicated Inference Endpoint for long generations.
    .prevention-1 = Keep requests small on serverless inference and set client timeouts that match the expected generation time.

## AWS Bedrock

bedrock-model-access-denied = This AWS account has no access to the Bedrock model in this region
    .cause = Bedrock refused the model: access to it has not been granted for this account in this region, the model id is not offered in the region, or the caller's IAM policy does not cover it.
    .translation = You don't have access to the model with the specified model ID.
    .analysis-1 = HTTP 403 AccessDeniedException with this message is about model access, not about your credentials: other Bedrock calls with the same credentials may work.
    .analysis-2 = Model access is granted per account and per region; a client configured for another region (AWS_REGION, the profile's region) sees no access. Marketplace-based models also need the AWS Marketplace subscription permissions the first time.
    .fix-1 = Open the Bedrock console in the same region as the client, go to Model access, and request or enable the model; wait until its status is Access granted.
    .fix-2 = Check the region and id: aws bedrock list-foundation-models --region <region> lists the ids offered there; many newer models need an inference profile id (us., eu., apac., global.).
    .fix-3 = Make sure the role's policy allows bedrock:InvokeModel (and InvokeModelWithResponseStream) on the foundation-model and inference-profile ARNs.
    .prevention-1 = Enable model access as part of account setup in every region you use, and keep the region and model id together in configuration.

bedrock-iam-not-authorized = The IAM identity may not call this Bedrock action
    .cause = The user or role in the error is not granted the Bedrock action (for example bedrock:InvokeModel) on the model or inference-profile ARN, or an SCP, permission boundary or resource policy denies it.
    .translation = The identity is not authorized to perform this Bedrock action on the resource.
    .analysis-1 = HTTP 403 AccessDeniedException naming the principal ARN, the action and the resource; the end of the message (because no identity-based policy allows..., or with an explicit deny in...) says which policy type blocks it.
    .analysis-2 = Cross-region inference profiles need permission on the profile ARN and on the foundation-model ARNs in every region the profile routes to.
    .fix-1 = Attach a policy to the role allowing bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:*::foundation-model/* and the inference-profile ARNs you use (or the AmazonBedrockLimitedAccess managed policy for testing).
    .fix-2 = If the message mentions an explicit deny, find the SCP or permission boundary that denies Bedrock with your cloud administrator.
    .fix-3 = Confirm which identity is used with aws sts get-caller-identity; a different profile or role may be active than you think.
    .prevention-1 = Grant least-privilege Bedrock permissions per application role in infrastructure code, scoped to the model ARNs it needs.

bedrock-invalid-model-identifier = Bedrock does not recognise the model identifier
    .cause = The modelId is not a valid Bedrock model id, inference profile id or ARN in this region: a typo, a missing version suffix, a retired model, or an id from another provider's API.
    .translation = The provided model identifier is invalid.
    .analysis-1 = HTTP 400 ValidationException. Bedrock ids look like anthropic.claude-3-5-sonnet-20240620-v1:0 (with the :0 suffix) or us.anthropic.claude-... for inference profiles; Anthropic-API names such as claude-sonnet-4-5 are not valid here.
    .analysis-2 = Ids are regional: a model or profile offered in us-east-1 may not exist in eu-central-1.
    .fix-1 = List valid ids for your region with aws bedrock list-foundation-models and aws bedrock list-inference-profiles, and copy one exactly.
    .fix-2 = Check the region your client uses (region_name, AWS_REGION, AWS_DEFAULT_REGION, the profile) matches where the model is offered.
    .prevention-1 = Keep model ids per region in configuration and check them in a deployment smoke test.

bedrock-on-demand-not-supported = This Bedrock model must be invoked through an inference profile
    .cause = The model cannot be called on demand by its bare model id in this region; Bedrock serves it only through an inference profile (cross-region or application profile) or provisioned throughput.
    .translation = Invocation of this model ID with on-demand throughput isn't supported; retry with the ID or ARN of an inference profile that contains this model.
    .analysis-1 = HTTP 400 ValidationException. Most newer models (Claude 3.5 Sonnet v2 and later, Claude 3.7, Claude 4 family, Nova Premier, DeepSeek-R1, Llama 3.2+) are offered on demand only via system-defined cross-region inference profiles.
    .analysis-2 = The fix is only the modelId: prefix it with the geography of the profile, for example us.anthropic.claude-3-7-sonnet-20250219-v1:0, eu.…, apac.… or global.….
    .fix-1 = Replace the model id with the inference profile id (us./eu./apac./global. prefix) or its ARN; list them with aws bedrock list-inference-profiles --region <region>.
    .fix-2 = Grant IAM permission on the inference profile ARN and on the foundation model in each destination region of the profile.
    .fix-3 = In frameworks (LangChain ChatBedrock, LiteLLM bedrock/..., Claude Code ANTHROPIC_MODEL) set the model to the profile id in the same way.
    .prevention-1 = Use inference profile ids by default for new models, and keep them in configuration per geography.

bedrock-anthropic-unsupported-country = Bedrock refused Anthropic models from this country or region
    .cause = Anthropic's models on Bedrock are not available to callers from unsupported countries, regions or territories; the check uses the account's location and the request's origin.
    .translation = Access to Anthropic models is not allowed from unsupported countries, regions, or territories.
    .analysis-1 = ValidationException on InvokeModel or Converse; credentials and model id are fine. It affects, for example, the AWS China regions and callers located in unsupported countries.
    .fix-1 = Call from an AWS account and region in a supported country (see https://www.anthropic.com/supported-countries), for example a commercial region outside the restricted area.
    .fix-2 = Or use a non-Anthropic model on Bedrock that is available where you are.
    .prevention-1 = Check model availability for your account's country before designing on a specific model.

bedrock-input-too-long = The input is longer than the Bedrock model accepts
    .cause = The prompt (messages, system prompt, documents, images and tool definitions) exceeds the model's input token limit on Bedrock.
    .translation = Input is too long for the requested model.
    .analysis-1 = HTTP 400 ValidationException. Bedrock's limits can be lower than the provider's own API for the same model, and max_tokens also counts toward the window.
    .fix-1 = Measure the input (CountTokens API where supported) and trim: drop old turns, shorten documents, or split the work into chunks.
    .fix-2 = Lower maxTokens in inferenceConfig, or use a model with a larger context window on Bedrock.
    .prevention-1 = Keep a per-request token budget and compact conversation history before it reaches the limit.

bedrock-daily-token-quota = The Bedrock daily token quota for this model is used up
    .cause = The account used its tokens-per-day quota for this model in this region; Bedrock refuses further calls until the daily window resets.
    .translation = Too many tokens per day; please wait before trying again.
    .analysis-1 = ThrottlingException, but unlike per-minute throttling, short retries do not help; new accounts often have low daily quotas.
    .fix-1 = Request a higher quota in Service Quotas (service Amazon Bedrock, quota names containing tokens per day for the model), or through AWS Support for accounts with low defaults.
    .fix-2 = Meanwhile use another region or a cross-region inference profile, or another model with quota left.
    .prevention-1 = Monitor Bedrock token usage in CloudWatch and alert before the daily quota is reached.

bedrock-throttling = Bedrock throttled the requests for this model
    .cause = The account exceeded the requests-per-minute or tokens-per-minute quota for this model in this region, or on-demand capacity was briefly short.
    .translation = Too many requests (or tokens); please wait before trying again.
    .analysis-1 = ThrottlingException (HTTP 429). (reached max retries: N) means the SDK already retried N times. Token quotas are charged with the requested maxTokens at admission, so a large maxTokens uses up TPM quickly.
    .fix-1 = Retry with backoff: set botocore retries to mode adaptive with max_attempts 10 (see the snippet), or retryMode adaptive and maxAttempts in the JS SDK.
    .fix-2 = Use a cross-region inference profile (us./eu./global.) to spread traffic over several regions, and set maxTokens close to what you need.
    .fix-3 = Request higher on-demand RPM/TPM quotas in Service Quotas for the model, or buy Provisioned Throughput for steady high load.
    .prevention-1 = Rate-limit on the client below your quota and check current quotas with aws service-quotas list-service-quotas --service-code bedrock.

bedrock-service-quota-exceeded = The request exceeds a Bedrock service quota for the account
    .cause = A Bedrock quota of the account (for example on-demand tokens per minute, concurrent requests, or a resource count) is too low for this request.
    .translation = Your request exceeds the service quota for your account.
    .analysis-1 = ServiceQuotaExceededException is not cured by immediate retries; the quota must be raised or the load reduced.
    .fix-1 = Find the quota in Service Quotas (aws service-quotas list-service-quotas --service-code bedrock) and request an increase; some quotas are adjusted only through AWS Support.
    .fix-2 = Reduce concurrency and tokens per request, or spread traffic with cross-region inference profiles.
    .prevention-1 = Review Bedrock quotas before launches and track usage in CloudWatch.

bedrock-model-timeout = The Bedrock model took too long to process the request
    .cause = The model did not finish within Bedrock's processing time limit, usually for large inputs or long outputs in a non-streaming call.
    .translation = Model has timed out in processing the request; try your request again.
    .analysis-1 = ModelTimeoutException (HTTP 408) is transient in nature; the same request may finish on retry, but long generations keep hitting it.
    .fix-1 = Use the streaming APIs (ConverseStream, InvokeModelWithResponseStream) for long outputs, and raise the client read_timeout (botocore default 60 s).
    .fix-2 = Reduce maxTokens or the input size, or split the task.
    .fix-3 = Retry with backoff for occasional timeouts.
    .prevention-1 = Stream by default for generations longer than a few seconds and set explicit client timeouts.

bedrock-model-not-ready = The Bedrock model is not ready to serve requests yet
    .cause = The model (typically a Custom Model Import model scaled to zero) is being loaded or restored and cannot take requests yet.
    .translation = Model is not ready for inference; wait and try your request again.
    .analysis-1 = ModelNotReadyException (HTTP 429); the AWS SDKs retry it automatically up to five times before surfacing it.
    .fix-1 = Keep retrying with a longer delay (tens of seconds) until the model is loaded; cold starts of imported models can take minutes.
    .fix-2 = Send a warm-up request before traffic arrives.
    .prevention-1 = Keep imported models warm with periodic requests during working hours, or use on-demand base models for latency-sensitive paths.

bedrock-model-error = The Bedrock model failed while processing the request
    .cause = The model itself returned an error for this input (for example invalid output, an internal model failure or an input it cannot handle), reported by Bedrock as ModelErrorException.
    .translation = The request failed due to an error while processing the model.
    .analysis-1 = HTTP 424 ModelErrorException. A single retry may help for transient failures, but a repeated failure points at the input or model configuration.
    .fix-1 = Retry once; if it fails again, simplify the input (remove images, tools or unusual characters) to find the trigger.
    .fix-2 = Check the model-specific request body (InvokeModel body fields differ per provider) or switch to the Converse API, which normalises them.
    .fix-3 = If it persists, open an AWS Support case with the x-amzn-RequestId of the failed call.
    .prevention-1 = Validate request bodies per model family, and log request ids for failed invocations.

bedrock-use-case-form-required = Anthropic's use-case form must be submitted before using Claude on Bedrock
    .cause = The account has not submitted Anthropic's use case details, which AWS requires before Anthropic models can be invoked.
    .translation = Model use case details have not been submitted for this account; fill out the Anthropic use case form first.
    .analysis-1 = ResourceNotFoundException here is about account onboarding, not a missing model; once the form is submitted access usually works within about 15 minutes.
    .fix-1 = In the Bedrock console (same region), open Model access or the model catalog, choose an Anthropic model, and submit the use case details form.
    .fix-2 = Wait about 15 minutes after submitting, then retry; in AWS Organizations the form may be submitted once for the management account.
    .prevention-1 = Complete model onboarding steps for every account and region during setup, not at first use.

gemini-spending-cap = The Gemini API spending cap has been reached
    .cause = The project or billing account behind this key has spent up to the monthly spend cap set for it, so Google stops serving paid requests until the cap is raised or the month resets.
    .analysis-1 = It arrives as 429 RESOURCE_EXHAUSTED like a rate limit, but the message names the spending cap: waiting seconds or minutes does not help.
    .fix-1 = Raise or remove the spend cap for the project in Google AI Studio (Dashboard > Usage and billing, or the project's Spend settings), or in the Cloud console billing settings if the cap was set there.
    .fix-2 = Or use a key from another project with budget left until the cap resets at the start of the next month.
    .prevention-1 = Set budget alerts below the cap in Cloud Billing > Budgets & alerts, and watch usage in AI Studio.

huggingface-gated-repo-login = This gated Hugging Face model needs you to log in
    .cause = The model is gated and the download was made without a valid token, so the Hub cannot tell whether you were granted access.
    .analysis-1 = A 401 on a gated repo means no usable credential was sent (no token, or an invalid one); a 403 would mean a token was sent but the account has no access yet.
    .fix-1 = Accept the model's terms on its page on huggingface.co, create a read token at https://huggingface.co/settings/tokens, and run huggingface-cli login (or hf auth login), or set HF_TOKEN in the environment.
    .fix-2 = In code, pass the token explicitly (token=... to from_pretrained or hf_hub_download), and check that HF_HUB_OFFLINE is not set and an old token in HUGGING_FACE_HUB_TOKEN does not override the new one.
    .fix-3 = With a fine-grained token, enable read access to public gated repositories for it.
    .prevention-1 = Keep HF_TOKEN in your environment or CI secrets and check it with huggingface-cli whoami before long jobs.

litellm-no-healthy-deployments = LiteLLM has no deployment for the requested model
    .cause = The router found no deployment in its model_list for this model name: the name is not configured, is misspelled, or every deployment of that group is unhealthy or cooling down.
    .analysis-1 = The message names the model that was passed; with "No fallback model group found" it means no fallback was configured either.
    .fix-1 = Use a model_name that appears in the proxy's config.yaml model_list (list them with GET /v1/models), or add an entry for this model with its litellm_params.
    .fix-2 = If the model is configured, check its deployments' health (GET /health) and credentials; deployments that fail are put in cooldown until allowed_fails resets.
    .fix-3 = Configure fallbacks in router_settings so that requests move to another model group when this one has no healthy deployment.
    .prevention-1 = Keep client model names in sync with the proxy's model_list, or use model_group_alias for renamed models.

litellm-content-policy = The provider's content filter rejected this request (via LiteLLM)
    .cause = The upstream provider (named after the exception, such as AzureException or OpenAIException) blocked the prompt or output under its content policy; LiteLLM maps that to ContentPolicyViolationError.
    .analysis-1 = The error is a moderation decision, not a malformed request: sending the same content again gives the same result.
    .fix-1 = Find what triggered the filter from the provider's message (for Azure, the content_filter_result categories) and rephrase or remove that content.
    .fix-2 = If the content is legitimate, adjust the provider's filter where it allows it (Azure AI Foundry content filter configuration), or route this traffic to another model with the proxy's content_policy_fallbacks.
    .prevention-1 = Screen user input with a moderation endpoint before sending it, and handle ContentPolicyViolationError separately from other errors.

anthropic-billing-error = Anthropic refused the request over billing or payment
    .cause = Anthropic's billing_error (HTTP 402): the organization's payment method failed, an invoice is unpaid, or billing details are missing, so API access is suspended until it is settled.
    .translation = The message says what is wrong with the organization's billing (for example disabled due to an unpaid invoice).
    .analysis-1 = This is not a rate limit and not a key problem: every key of the organization gets the same answer until billing is fixed.
    .fix-1 = In the Claude Console open Settings > Billing (https://console.anthropic.com/settings/billing), update the payment method and pay any open invoice; access returns once the payment clears.
    .fix-2 = If you cannot see Billing, ask an organization admin or billing member, or contact Anthropic support with the request id.
    .prevention-1 = Keep a backup payment method and billing alerts on the organization, and have invoices sent to a monitored address.

gemini-langchain-invalid-argument = Gemini rejected the request LangChain built (400 INVALID_ARGUMENT)
    .cause = langchain-google-genai wraps Gemini's 400 INVALID_ARGUMENT in ChatGoogleGenerativeAIError; the text after the status names the field of GenerateContentRequest that is invalid (an empty tool or function name, an unsupported schema keyword, an empty part).
    .translation = "Invalid argument provided to Gemini: 400 …": Gemini refused a field of the request.
    .analysis-1 = The path after the asterisk (contents[i].parts[j]... or tools[k].function_declarations...) points to the message or tool definition to fix; retrying the same history fails again.
    .fix-1 = Fix the named field: give every tool and function response a non-empty name, make tool results (ToolMessage) carry the tool name, and remove empty messages from the history.
    .fix-2 = For tool schemas, use only what Gemini's function declarations support (no $ref, anyOf with null or additionalProperties in older models) and upgrade langchain-google-genai, which converts more schemas.
    .prevention-1 = Validate the message history before each call in agent loops, and test tool schemas once against the model you deploy.

anthropic-output-blocked = Anthropic stopped the response: the output tripped its content filter
    .cause = The model had started answering, and Anthropic's output-side filter blocked the text being generated. The usual trigger is output that would reproduce protected text verbatim (song lyrics, book passages, licence texts, long copyrighted code), less often content against the usage policy.
    .translation = "Output blocked by content filtering policy".
    .analysis-1 = It is reported as a 400 invalid_request_error, but nothing is wrong with the request's format: it is the output, so the same prompt tends to be blocked again.
    .fix-1 = Ask for a transformation instead of a reproduction: a summary, a paraphrase, or a reference ("add the MIT licence file" becomes fetching the licence text yourself, for example from https://choosealicense.com, and writing it to the file).
    .fix-2 = Split the task so no single answer has to emit long third-party text (for example edit a file with targeted changes instead of rewriting it whole).
    .fix-3 = If the content is clearly fine, report it to Anthropic support with the request_id so the false positive can be looked at.
    .prevention-1 = Keep long third-party texts (licences, lyrics, vendored code) out of what the model must write; copy them with tools instead.
