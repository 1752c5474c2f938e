## OpenAI, Azure OpenAI, OpenRouter, Groq, Mistral and Cohere

## ───────────── OpenAI: authentication ─────────────

openai-invalid-api-key = OpenAI rejected the API key as incorrect (401 invalid_api_key)
    .cause = The Bearer key reached OpenAI but matches no live key: it is mistyped or truncated, carries whitespace or quotes, was deleted or rotated, or is a key from another provider sent to api.openai.com.
    .translation = "Incorrect API key provided": the key you sent is not a valid OpenAI key.
    .analysis-1 = HTTP 401 with code invalid_api_key is decided before any model work: the request never ran and was not billed. Retrying with the same key always fails.
    .analysis-2 = Look at the masked key in the message. sk-proj- or sk- is an OpenAI key (likely revoked or mistyped); sk-or-v1- is an OpenRouter key, sk-ant- an Anthropic key, gsk_ a Groq key: those are valid elsewhere but were sent to OpenAI because base_url is not set.
    .analysis-3 = If the key works in curl but not in your app, the app is reading a different value: a stale OPENAI_API_KEY exported in your shell profile wins over the one in .env (python-dotenv does not override existing variables by default).
    .fix-1 = Create a new secret key at https://platform.openai.com/api-keys (in the right project), put it in OPENAI_API_KEY with no quotes, spaces or line breaks, and test it alone with curl against /v1/models.
    .fix-2 = If the masked key belongs to another provider, keep the key and point the client at that provider instead: base_url="https://openrouter.ai/api/v1", "https://api.groq.com/openai/v1", and so on.
    .fix-3 = Find which value the process really sees: print len(os.environ["OPENAI_API_KEY"]) and its last 4 characters, run `env | grep OPENAI`, and remove old exports from ~/.bashrc, ~/.zshrc, CI secrets or docker-compose env files.
    .fix-4 = In a team, check the key was not revoked by an owner under Settings, API keys, and that your user is still a member of the project it belongs to.
    .prevention-1 = Keep keys in a secret manager or a .env that is git-ignored; never hard-code them, and rotate by adding the new key before deleting the old one.
    .prevention-2 = Validate the key at startup with a cheap GET /v1/models call so a bad key fails fast instead of in the middle of a job.

openai-missing-api-key = The request reached OpenAI without an API key (401)
    .cause = No Authorization: Bearer header arrived: the code built the request by hand and left the header out, the variable holding the key was empty, or a proxy stripped the header.
    .translation = "You didn't provide an API key": send your key in an Authorization header using Bearer auth.
    .analysis-1 = HTTP 401 with this message means OpenAI saw no credential at all, unlike invalid_api_key where a wrong key was sent.
    .analysis-2 = The official SDKs refuse to send a request without a key, so this usually comes from raw HTTP calls (curl, requests, fetch, axios), a misconfigured gateway, or a header spelled wrong (api-key is Azure's header, not OpenAI's).
    .fix-1 = Send the header exactly as Authorization: Bearer sk-... on every request; in curl use -H "Authorization: Bearer $OPENAI_API_KEY" and check first that the variable is not empty (printenv OPENAI_API_KEY | wc -c).
    .fix-2 = If you go through a reverse proxy (nginx, Cloudflare Worker, API gateway), make it forward the Authorization header; nginx forwards it by default but custom proxy_set_header blocks can drop it.
    .fix-3 = In browser code, do not call OpenAI directly: the key would be public. Call your own backend, which adds the header.
    .prevention-1 = Use the official SDK (it reads OPENAI_API_KEY and sets the header for you) instead of hand-built HTTP requests.
    .prevention-2 = Fail at startup when OPENAI_API_KEY is empty rather than sending anonymous requests.

openai-client-missing-api-key = The OpenAI SDK has no API key to use (raised before any request)
    .cause = The client was constructed while OPENAI_API_KEY was unset or empty and no api_key argument was passed, so the SDK refused to build the client; nothing was sent to OpenAI.
    .translation = The api_key client option must be set, either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable.
    .analysis-1 = This is a local configuration error from the SDK (openai.OpenAIError in Python, OpenAIError in Node, AuthenticationError "No API key provided" in the 0.x SDK), not an HTTP error: there is no status code and no request id.
    .analysis-2 = Typical causes: the .env file is loaded after the client is created (or not at all), the variable is set in another shell, a service manager (systemd, Docker, IDE run configuration, CI job) does not pass it through, or it is named differently (OPENAI_KEY, OPENAI_APIKEY).
    .fix-1 = Set OPENAI_API_KEY in the environment of the process that creates the client, or load your .env before constructing OpenAI(): call load_dotenv() / import "dotenv/config" first.
    .fix-2 = For containers and services pass it explicitly: docker run -e OPENAI_API_KEY, an env_file in docker-compose, Environment= in a systemd unit, or a secret in your CI job.
    .fix-3 = Or pass it directly: OpenAI(api_key=...) in Python, new OpenAI(apiKey: ...) in Node, reading the value from your own secret store.
    .prevention-1 = Check required environment variables at startup and print a clear message naming the missing one.
    .prevention-2 = Commit a .env.example listing OPENAI_API_KEY (without the value) so every environment is set up the same way.

openai-invalid-authentication = OpenAI refused the credentials for this request (401 Invalid Authentication)
    .cause = The key was recognised but is not valid for this request: it was revoked, belongs to another organization or project than the OpenAI-Organization / OpenAI-Project headers name, or is not allowed on this endpoint.
    .translation = "Invalid Authentication": the credentials do not authorise this request.
    .analysis-1 = Unlike "Incorrect API key provided", this 401 means the key exists but the combination of key, organization and project in the request does not authorise it.
    .analysis-2 = Common triggers: OPENAI_ORG_ID or OPENAI_PROJECT_ID left over from another account, a project key used after the project was archived, or a restricted key whose permissions do not include this endpoint.
    .fix-1 = Remove OPENAI_ORG_ID / OPENAI_PROJECT_ID (and the organization= / project= client options) or set them to the org and project that own the key, shown at https://platform.openai.com/settings/organization/general.
    .fix-2 = If the key is a restricted key, open it at https://platform.openai.com/api-keys and grant Write (or All) on the endpoint you call, e.g. Model capabilities for chat completions.
    .fix-3 = If the project was archived or the key revoked, create a new key in an active project.
    .prevention-1 = Use project-scoped keys and do not set organization headers by hand; the key already implies its org and project.
    .prevention-2 = Keep one key per deployment environment so rotating or restricting one does not break the others.

openai-no-organization = Your OpenAI user is not a member of any organization (401 no_organization)
    .cause = The key belongs to a user who was removed from the organization or project, or whose organization was deleted, so OpenAI has no organization to bill the request to.
    .translation = "You must be a member of an organization to use the API."
    .analysis-1 = HTTP 401 with code no_organization is about membership, not the key string: the key itself is intact but its owner no longer has an organization.
    .analysis-2 = This often happens after leaving a company workspace, after an owner removes you from a project, or when a key was created in a personal org that was later merged or deleted.
    .fix-1 = Ask an owner of the organization to re-invite you at https://platform.openai.com/settings/organization/members, then create a new key inside one of its projects.
    .fix-2 = If you use your own account, create or join an organization on https://platform.openai.com, set up billing there, and make a new project key.
    .fix-3 = If neither works, contact OpenAI support through https://help.openai.com with the organization id and the request id.
    .prevention-1 = Use a service account key owned by the project, not a personal user key, for production workloads so staff changes do not break them.

openai-mismatched-organization = The OpenAI-Organization header does not match the API key's organization (401)
    .cause = The request sent an OpenAI-Organization header (from OPENAI_ORG_ID or the organization= client option) naming a different organization from the one that owns the key.
    .translation = "OpenAI-Organization header should match organization for API key."
    .analysis-1 = HTTP 401 with code mismatched_organization: the key is valid, but it cannot act for the organization named in the header.
    .analysis-2 = A stale OPENAI_ORG_ID after switching accounts, or copying a config from a colleague, is the usual cause.
    .fix-1 = Unset OPENAI_ORG_ID (and OPENAI_PROJECT_ID) and drop organization= / project= from the client, or set them to the org id shown at https://platform.openai.com/settings/organization/general for the key's organization.
    .fix-2 = If you really need that organization, create a key inside one of its projects instead.
    .prevention-1 = Keep the key and its organization/project ids together in the same secret so they always change together.

openai-account-deactivated = The OpenAI account behind this key has been deactivated (401 account_deactivated)
    .cause = OpenAI deactivated the account, usually for a policy or billing reason; every key of that account now fails.
    .translation = "Your OpenAI account has been deactivated, please check your email for more information."
    .analysis-1 = This is an account-level block, not a key problem: creating a new key in the same account will not help.
    .analysis-2 = OpenAI sends the reason to the account owner's email address; policy deactivations can be appealed.
    .fix-1 = Read the deactivation email sent to the account owner and follow its appeal instructions, or contact support through https://help.openai.com.
    .fix-2 = Meanwhile switch the workload to a key from another organization that is in good standing.
    .prevention-1 = Screen user input with the Moderation API and keep end-user ids (the user or safety_identifier field) so abuse by one user does not get the whole account deactivated.

openai-ip-not-authorized = This OpenAI project only accepts requests from allow-listed IP addresses (401)
    .cause = The project or organization has an IP allowlist and the address your request came from is not on it.
    .translation = "IP not authorized": your source IP address is not on the allowlist.
    .analysis-1 = The key is valid; the request was refused because of where it came from. Cloud functions, CI runners, laptops on VPN and IPv6 paths all leave from different addresses.
    .analysis-2 = Calls through a proxy or NAT gateway leave from the proxy's public address, not the server's own address.
    .fix-1 = Find the public egress IP of the calling host (curl https://ifconfig.me from that host) and ask an owner to add it, or its CIDR range, under the organization's security settings (IP allowlist) at https://platform.openai.com/settings/organization/security.
    .fix-2 = For autoscaling or serverless workloads, route outbound traffic through a NAT gateway with a static IP and allow-list that address.
    .prevention-1 = Give production workloads fixed egress IPs and keep the allowlist in sync as infrastructure changes.

## ───────────── OpenAI: region / model / URL ─────────────

openai-unsupported-region = OpenAI does not serve the country or region your request comes from (403)
    .cause = OpenAI geolocates the source IP address; the request came from a country, region or territory that is not on its supported list.
    .translation = "Country, region, or territory not supported."
    .analysis-1 = HTTP 403 with code unsupported_country_region_territory (type request_forbidden) depends only on where the request exits to the internet, not on the key or account.
    .analysis-2 = Cloud regions, VPN exits and serverless edge locations can be located in unsupported areas even if you are not; a proxy that falls back to a direct connection produces intermittent 403s.
    .fix-1 = Run the code on a server in a supported country (see https://platform.openai.com/docs/supported-countries) or pin your cloud function / edge worker to such a region.
    .fix-2 = If you are in a supported region but still blocked, check the public egress IP (curl https://ifconfig.me) and its geolocation; corporate proxies and VPNs often exit elsewhere.
    .fix-3 = Where OpenAI is not available, Azure OpenAI in a permitted Azure region serves the same models under Microsoft's terms.
    .prevention-1 = Deploy API callers in a fixed supported region and do not rely on client-side VPNs for production traffic.

openai-organization-not-verified = This OpenAI model or feature needs a verified organization
    .cause = The organization that owns the key has not completed Organization Verification, and the model (o3, gpt-5, gpt-image-1 and others), streaming for it, or reasoning summaries are only served to verified organizations.
    .translation = "Your organization must be verified to use this model / stream this model / generate reasoning summaries. Please go to the organization settings and click on Verify Organization."
    .analysis-1 = The request itself is valid; OpenAI refuses it for the organization's status, so changing the prompt or retrying does not help. The code is often unsupported_value with param stream or reasoning.summary, but the cause is verification, not the parameter.
    .analysis-2 = Verification is per organization: a key from another organization (or from a project in an unverified organization) still fails after you verified your own.
    .fix-1 = Open https://platform.openai.com/settings/organization/general and click Verify Organization (an owner must complete the ID check). Access can take up to 15 minutes to propagate afterwards.
    .fix-2 = If the organization is already verified, make sure the key belongs to it: create a new key in a project of that organization and drop any stale OPENAI_ORG_ID / OpenAI-Organization header.
    .fix-3 = Until then, turn the gated feature off: send stream false, leave out reasoning.summary, or use a model that does not need verification (for example gpt-4.1 or gpt-4o).
    .prevention-1 = Verify the organization before switching production to a newly released model, and test the exact call (streaming, reasoning summaries) with the production key.

openai-model-not-found = The requested model does not exist or this key has no access to it (404 model_not_found)
    .cause = The model id in the request is misspelled, retired, not released to your organization yet (some models need a higher usage tier or verification), or not enabled for this project.
    .translation = "The model ... does not exist or you do not have access to it."
    .analysis-1 = HTTP 404 with code model_not_found is returned both for a typo and for a real model your organization cannot use; OpenAI does not tell the two apart.
    .analysis-2 = Projects can restrict which models their keys may call (Settings, Project, Limits, Model access), and some models require organization verification or a minimum usage tier.
    .analysis-3 = With an OpenAI-compatible provider the same body means the id is not in that provider's catalogue: their ids differ from OpenAI's (for example llama-3.3-70b-versatile on Groq, deepseek-chat on DeepSeek).
    .fix-1 = List the models this key can call (GET /v1/models) and copy the exact id, for example gpt-4o-mini, gpt-4.1 or o3-mini; ids are case-sensitive and have no spaces.
    .fix-2 = If the model is listed in the docs but not for you, check the project's model allowlist at https://platform.openai.com/settings/organization/limits and your usage tier; verify the organization at https://platform.openai.com/settings/organization/general if the model requires it.
    .fix-3 = If base_url points to another provider, use a model id from that provider's model list.
    .prevention-1 = Read the model id from configuration and validate it against /v1/models at startup.
    .prevention-2 = Pin dated snapshots (gpt-4o-2024-08-06) and follow https://platform.openai.com/docs/deprecations so retirements do not surprise you.

openai-model-deprecated = The requested OpenAI model has been retired
    .cause = The model was shut down after its deprecation period, so the API no longer serves it to anyone.
    .translation = "The model ... has been deprecated": it is no longer available.
    .analysis-1 = OpenAI returns 404 model_not_found (or InvalidRequestError in the 0.x SDK) with a pointer to the deprecations page once a model reaches its shutdown date. Access will not come back.
    .analysis-2 = Old tutorials and libraries often hard-code text-davinci-003, code-davinci-002, gpt-3.5-turbo-0301 or gpt-4-0314, all of them retired.
    .fix-1 = Replace the model with the recommended successor listed at https://platform.openai.com/docs/deprecations, for example gpt-4o-mini or gpt-4.1-mini instead of text-davinci-003 and the old gpt-3.5 snapshots.
    .fix-2 = Moving from a completions model to a chat model also means switching the call from completions to chat.completions (or responses) and sending messages instead of prompt.
    .fix-3 = If a library hard-codes the old model, upgrade the library or set its model option explicitly.
    .prevention-1 = Subscribe to the deprecation notices OpenAI emails to organization owners and keep the model id in configuration, not in code.

openai-endpoint-model-mismatch = This model is not served on the endpoint you called
    .cause = The model and the API endpoint do not match: a chat model was sent to the legacy /v1/completions, a completion model to /v1/chat/completions, or a Responses-only model to Chat Completions.
    .translation = The model is not supported on this endpoint; use the endpoint the message names.
    .analysis-1 = OpenAI answers 404 (invalid_request_error) because the model exists but the route does not serve it; the message names the endpoint to use.
    .analysis-2 = Responses-only models (o1-pro, o3-pro, codex models, computer-use models) must be called through POST /v1/responses.
    .fix-1 = Call the endpoint the message suggests: client.chat.completions.create for chat models, client.responses.create for Responses-only models, client.completions.create only for gpt-3.5-turbo-instruct and davinci-002 / babbage-002.
    .fix-2 = In frameworks, pick the matching class: ChatOpenAI rather than OpenAI in LangChain, or set use_responses_api=True for Responses-only models.
    .prevention-1 = Check each model's page under https://platform.openai.com/docs/models for its supported endpoints before switching models.

openai-invalid-url = The request went to a path OpenAI does not serve (404 Invalid URL)
    .cause = The URL is wrong: base_url is missing /v1, has /v1 twice, or already contains /chat/completions so the SDK appends it a second time.
    .translation = "Invalid URL (METHOD /path)": no API route exists at that path.
    .analysis-1 = OpenAI shows the path it received inside the parentheses; compare it with /v1/chat/completions to see what was added or left out.
    .analysis-2 = /v1/v1/... means base_url ended in /v1 and the code added /v1 again; /chat/completions without /v1 means base_url lacks it; .../chat/completions/chat/completions means base_url was set to the full endpoint.
    .analysis-3 = The same message comes from one-api / new-api gateways for an unknown route, again pointing at the path.
    .fix-1 = Set base_url (Python) / baseURL (Node) / OPENAI_BASE_URL to https://api.openai.com/v1 exactly, or to your gateway's root ending in /v1, with nothing after it.
    .fix-2 = With curl or raw HTTP, call https://api.openai.com/v1/chat/completions (or /v1/responses, /v1/embeddings) in full.
    .fix-3 = Check the HTTP method: most endpoints are POST; GET /v1/chat/completions gives the same error.
    .prevention-1 = Keep only the API root in configuration and let the SDK build paths; log the final URL once at startup.

## ───────────── OpenAI: request problems ─────────────

openai-context-length-exceeded = The prompt plus requested output exceeds the model's context window
    .cause = The tokens in the messages (history, system prompt, tool definitions, attached documents) plus the max_tokens / max_completion_tokens reserved for the answer are more than the model's context length.
    .translation = "This model's maximum context length is N tokens. However, your messages resulted in M tokens. Please reduce the length of the messages."
    .analysis-1 = HTTP 400 with code context_length_exceeded is checked before generation: nothing was produced or billed, and sending the same request again fails the same way.
    .analysis-2 = The limit covers input and output together. A large max_tokens alone can trigger it: with a 16k model, 13k of prompt plus max_tokens=4000 is already over.
    .analysis-3 = Chat apps and agents hit it as the conversation grows; tool schemas, retrieved chunks and images also count.
    .fix-1 = Trim the input: drop or summarise old turns, send fewer or smaller retrieved chunks, and measure with tiktoken before sending.
    .fix-2 = Lower max_tokens (max_completion_tokens for reasoning models) so prompt plus output fits; leave it unset if you do not need a cap.
    .fix-3 = Switch to a model with a larger window (for example gpt-4.1 or gpt-4o-mini instead of an older gpt-3.5 snapshot) if the content really must fit at once.
    .prevention-1 = Count tokens before each call and keep a budget (context minus max output minus a safety margin); truncate history automatically.
    .prevention-2 = For long documents use chunking with map-reduce summaries or retrieval instead of pasting everything.

openai-content-policy-violation = OpenAI's safety system rejected the request (400 content_policy_violation)
    .cause = The prompt (or an image prompt) was classified as violating OpenAI's usage policies, so the request was refused before generation.
    .translation = "Your request was rejected as a result of our safety system."
    .analysis-1 = HTTP 400 with code content_policy_violation (images) or invalid_prompt (reasoning models) is a content decision, not a syntax error; sending the same prompt again gives the same result.
    .analysis-2 = False positives are common with image generation (real people, brands, violence words) and with reasoning models asked about their hidden chain of thought.
    .fix-1 = Rephrase the prompt: remove named real people, explicit or violent wording and requests to reveal the model's reasoning, and describe the intent neutrally.
    .fix-2 = Pre-check user prompts with the free Moderation endpoint (omni-moderation-latest) and show the user a clear message instead of calling the model.
    .fix-3 = If you believe the block is wrong, report it to OpenAI support with the request id.
    .prevention-1 = Run moderation on user input before it reaches image or chat models, and pass a stable end-user id so abuse can be traced to one user rather than your organization.

openai-unsupported-parameter = The model does not accept one of the parameters you sent (400 unsupported_parameter)
    .cause = A parameter valid for older chat models was sent to a model that does not support it, most often max_tokens or temperature to a reasoning model (o1, o3, o4-mini, gpt-5).
    .translation = "Unsupported parameter": this model does not support the named parameter; the message says what to use instead.
    .analysis-1 = The param field names the offending parameter. Reasoning models require max_completion_tokens instead of max_tokens and reject temperature, top_p, presence_penalty, frequency_penalty, logprobs and parallel_tool_calls in many versions.
    .analysis-2 = Libraries that always send max_tokens or temperature (older LangChain, LlamaIndex, agents) fail this way as soon as you switch them to a reasoning model.
    .fix-1 = Rename max_tokens to max_completion_tokens and drop temperature/top_p for reasoning models; keep them for gpt-4o / gpt-4.1 family models.
    .fix-2 = Upgrade the library you use (openai, langchain-openai, llama-index-llms-openai, litellm); current versions translate the parameters per model.
    .fix-3 = For the Responses API the output limit is max_output_tokens; do not mix parameter names between the two APIs.
    .prevention-1 = Build request parameters per model family in one place and test each configured model with a one-token call at startup.

openai-unsupported-value = A parameter has a value this model does not support (400 unsupported_value)
    .cause = The parameter exists but the value is not allowed for this model: for example temperature other than 1 on a reasoning model, or a system role on an early o1 model.
    .translation = "Unsupported value": the parameter is accepted, but not with this value for this model.
    .analysis-1 = The param field names the parameter (temperature, messages[0].role, reasoning_effort, response_format, ...) and the message says which value is allowed.
    .analysis-2 = Reasoning models only support the default temperature of 1; early o1 models reject the system role, and some models accept only specific reasoning_effort or modalities values.
    .fix-1 = Remove the parameter so the default applies (temperature for reasoning models), or change it to the value the message allows.
    .fix-2 = Replace role system with role developer for reasoning models, or merge the instructions into the first user message for models that accept neither.
    .prevention-1 = Keep per-model parameter presets in configuration instead of one global set for all models.

openai-thread-run-active = The Assistants thread already has an active run
    .cause = A thread can have only one run at a time. A message was added, or a new run started, while an earlier run of the same thread was still queued, in_progress, requires_action or cancelling: two requests for the same conversation overlapped, the previous run was not polled to the end, or it is waiting for tool outputs that were never submitted.
    .translation = "Can't add messages to thread_X while a run run_Y is active." / "Thread thread_X already has an active run run_Y.": the thread is busy with run run_Y.
    .analysis-1 = HTTP 400 invalid_request_error about the state of the thread, not the request body: the same call succeeds once run_Y has reached a terminal state (completed, failed, cancelled, expired, incomplete).
    .analysis-2 = A run in requires_action never finishes on its own; it stays active until its tool outputs are submitted or it expires (about 10 minutes), blocking the thread meanwhile.
    .fix-1 = Wait for the active run to finish before adding the next message: poll runs.retrieve until the status is terminal (or use create_and_poll / the streaming helpers), or cancel it with runs.cancel and wait until it is cancelled.
    .fix-2 = If the run is in requires_action, submit the outputs of all its tool calls in one submit_tool_outputs request (submit_tool_outputs_and_poll), then continue.
    .fix-3 = Serialise work per thread: queue incoming messages per thread_id (one worker or a lock per thread), or give concurrent users and tasks their own threads.
    .prevention-1 = Treat a thread as a single-writer resource: one run at a time, always polled to a terminal state, with tool calls answered or the run cancelled on error paths.

openai-invalid-request = OpenAI rejected the request body as invalid (400 invalid_request_error)
    .cause = The JSON body breaks the API schema: a wrong type, a missing required field, an unknown value or a malformed message sequence. The message and the param field name the exact spot.
    .analysis-1 = HTTP 400 with type invalid_request_error means the request was understood but not valid; retrying unchanged always fails. The param field is the JSON path to the problem, such as messages[1].content.
    .analysis-2 = Typical causes: content sent as an object instead of a string or array of parts, a tool message without the matching tool_call_id, an assistant message with tool_calls that are never answered, or a response_format schema that is not valid JSON Schema.
    .fix-1 = Go to the field named by param and compare it with the reference at https://platform.openai.com/docs/api-reference/chat/create; log the exact JSON body you send to see the real value.
    .fix-2 = For tool calling, make sure every assistant tool_calls entry is followed by one role tool message with the same tool_call_id before the next user turn.
    .fix-3 = Upgrade the SDK or framework; many schema errors come from old clients sending fields in an outdated shape.
    .prevention-1 = Validate request bodies with the SDK's typed models (or a JSON schema) in tests, and log the request id (x-request-id) of failures.

## ───────────── OpenAI: rate limits / billing ─────────────

openai-rate-limit-exceeded = OpenAI rate limit reached (429 rate_limit_exceeded)
    .cause = Your organization sent more requests (RPM/RPD) or tokens (TPM/TPD) per window to this model than its usage tier allows; the message names the limit, what was used and when to retry.
    .translation = "Rate limit reached for <model> in organization <org> on <requests|tokens> per min: Limit L, Used U, Requested R. Please try again in Xs."
    .analysis-1 = HTTP 429 with code rate_limit_exceeded and type requests or tokens is temporary: waiting the time given in the message or in the Retry-After header lets the request through.
    .analysis-2 = Limits are per organization and per model, shared by all keys and projects; max_tokens is counted toward TPM when the request is admitted, so a large max_tokens uses up TPM even if the answer is short.
    .analysis-3 = Free and tier-1 organizations have very low limits (a few RPM on some models); adding a payment method and reaching the spend thresholds moves you up the usage tiers.
    .fix-1 = Retry with exponential backoff and full jitter, honouring Retry-After / retry-after-ms and the x-ratelimit-reset-requests / x-ratelimit-reset-tokens headers; the SDK does this if you raise max_retries.
    .fix-2 = Cut your rate: limit concurrency (a semaphore or queue), batch inputs (embeddings accept arrays), lower max_tokens to what you need, and use the Batch API for offline work, which has its own, much higher limits.
    .fix-3 = Check your limits at https://platform.openai.com/settings/organization/limits and raise the usage tier (pay for more usage), or spread load across models with separate limits.
    .prevention-1 = Read the x-ratelimit-remaining-requests / -tokens headers and throttle before you hit zero.
    .prevention-2 = Use a client-side token bucket sized to your tier and cap retries so a storm of 429s does not waste your budget.

openai-request-too-large = A single request is larger than your tokens-per-minute limit (429 Request too large)
    .cause = This one request (prompt tokens plus max_tokens) asks for more tokens than the organization's whole TPM limit for the model, so it can never be admitted at the current tier.
    .translation = "Request too large for <model> on tokens per min (TPM): Limit L, Requested R. The input or output tokens must be reduced in order to run successfully."
    .analysis-1 = It arrives as 429 with code rate_limit_exceeded, but unlike a normal rate limit, waiting does not help: Requested is above Limit, so retrying fails forever.
    .analysis-2 = Low usage tiers have small TPM limits (for example 30,000 TPM on gpt-4o at tier 1), so a long document or a high max_tokens easily exceeds them.
    .fix-1 = Make the request smaller than the limit: split the document into chunks, send fewer retrieved passages, and set max_tokens to what you actually need.
    .fix-2 = Raise the limit by moving up a usage tier (https://platform.openai.com/settings/organization/limits), or use a model with a higher TPM limit at your tier, such as gpt-4o-mini.
    .fix-3 = For large offline jobs, use the Batch API, whose queue limits are separate from per-minute TPM.
    .prevention-1 = Count tokens (tiktoken) before sending and reject or split any request above your TPM limit instead of retrying it.

openai-insufficient-quota = The OpenAI organization has no credit left (429 insufficient_quota)
    .cause = Billing, not rate: the prepaid credit balance is used up, the free trial credit expired, no payment method is set, or the organization or project hit its monthly budget limit.
    .translation = "You exceeded your current quota, please check your plan and billing details."
    .analysis-1 = Although the status is 429, code insufficient_quota is a billing stop: no request will succeed until credit is added, so retrying (and SDK auto-retries) only wastes time.
    .analysis-2 = A ChatGPT Plus subscription does not pay for the API; the API is billed separately in prepaid credits.
    .analysis-3 = A new key does not help: the balance belongs to the organization. After buying credit it can take a few minutes to apply; keys created while the balance was zero sometimes need to be recreated.
    .fix-1 = Add credit at https://platform.openai.com/settings/organization/billing/overview (Add to credit balance) and, if you like, turn on auto recharge.
    .fix-2 = Check the budget limits at https://platform.openai.com/settings/organization/limits and the project's own budget; raise them if a cap, not the balance, stopped you.
    .fix-3 = Make sure the key belongs to the organization that holds the credit: keys from a personal org do not draw on your company's balance.
    .prevention-1 = Set usage notification thresholds and auto recharge in billing settings, and watch the usage dashboard.
    .prevention-2 = In code, treat insufficient_quota as fatal: stop the job and alert instead of retrying.

openai-billing-hard-limit = The OpenAI organization reached its billing hard limit (billing_hard_limit_reached)
    .cause = The monthly spend cap (hard limit) set for the organization, or the prepaid credit it allows, is used up; OpenAI now rejects paid requests such as image generation until the limit is raised or the month resets.
    .translation = "Billing hard limit has been reached": the spending cap configured for this account has been hit.
    .analysis-1 = The code billing_hard_limit_reached is a billing stop returned as 400 invalid_request_error (mostly by the Images API); the request was never run and retrying cannot succeed.
    .analysis-2 = A ChatGPT Plus subscription does not pay for API usage: an API account with no credit or a low cap shows this even while ChatGPT works.
    .fix-1 = Raise or remove the monthly budget at https://platform.openai.com/settings/organization/limits, then retry.
    .fix-2 = If the cap is fine, add credit or a payment method at https://platform.openai.com/settings/organization/billing/overview; a free or expired trial balance also ends here.
    .prevention-1 = Set a soft limit (email alert) below the hard limit and watch usage at https://platform.openai.com/usage so the cap is raised before it stops production.

openai-spend-limit-exceeded = OpenAI stopped the request at a credit or spend limit (429, billing)
    .cause = The error code names a billing limit, not a rate limit: the prepaid credit balance is empty (credit_balance_exhausted), the organization or project spend limit you configured is reached (organization_spend_limit_exceeded, project_spend_limit_exceeded), or the monthly usage limit OpenAI assigned to the organization's tier is reached (organization_usage_limit_exceeded).
    .analysis-1 = These codes arrive as HTTP 429, often with type insufficient_quota, but waiting does not clear them: only more credit or a higher limit does.
    .analysis-2 = A project spend limit stops only that project's keys; other projects of the same organization keep working, which is how to tell it from an empty balance.
    .fix-1 = For credit_balance_exhausted, add credit at https://platform.openai.com/settings/organization/billing/overview (or turn on auto-recharge).
    .fix-2 = For organization_spend_limit_exceeded, raise or remove the budget at https://platform.openai.com/settings/organization/limits; for project_spend_limit_exceeded, raise it in the project's settings under Limits.
    .fix-3 = For organization_usage_limit_exceeded, request a higher usage limit from the Limits page of the organization settings, or contact https://help.openai.com.
    .prevention-1 = Treat these codes as non-retryable in your client and alert on them; set budget alerts below each spend limit.

openai-billing-not-active = The OpenAI account's billing is not active (billing_not_active)
    .cause = The organization has no active billing: the payment method failed or was removed, an invoice is unpaid, or the prepaid balance was never set up.
    .translation = "Your account is not active, please check your billing details on our website."
    .analysis-1 = The code billing_not_active is a billing state; like insufficient_quota it does not clear by retrying.
    .fix-1 = Open https://platform.openai.com/settings/organization/billing/overview, fix or add the payment method, pay any open invoice and buy credit.
    .fix-2 = If billing looks fine, make sure the key belongs to that organization, and contact https://help.openai.com with the organization id.
    .prevention-1 = Keep a backup payment method and billing email alerts so card expiry does not stop production.

openai-slow-down = OpenAI asks you to slow down: traffic grew too fast (429 slow_down)
    .cause = Your request rate rose sharply in a short time; even if you are under your RPM/TPM limits, OpenAI throttles sudden ramps to protect capacity.
    .translation = "Slow Down": reduce your request rate.
    .analysis-1 = The code slow_down is retryable, but only at a lower rate; retrying at full speed prolongs it.
    .fix-1 = Cut the request rate to a level that worked before, then raise it gradually, about 50% every 15 minutes.
    .fix-2 = Add backoff with jitter and honour Retry-After so parallel workers do not retry in lockstep.
    .prevention-1 = Ramp traffic up gradually after deploys, cache restarts or backfills, and spread batch jobs over time or use the Batch API.

## ───────────── OpenAI: server side ─────────────

openai-server-error = OpenAI had an internal error processing the request (500 server_error)
    .cause = A failure on OpenAI's side while handling the request; the request itself is usually fine.
    .translation = "The server had an error while processing your request. Sorry about that!"
    .analysis-1 = HTTP 500 with type server_error is transient in most cases; the same request often succeeds a few seconds later.
    .analysis-2 = If it repeats for one specific request (a particular file, image or very long prompt) while others work, something in that input triggers the bug.
    .fix-1 = Retry with exponential backoff and jitter; the SDK retries 5xx twice by default, raise max_retries if needed.
    .fix-2 = Check https://status.openai.com for an ongoing incident on the model or endpoint you use.
    .fix-3 = If one request keeps failing, note the x-request-id response header and report it through https://help.openai.com; try a smaller input or another model meanwhile.
    .prevention-1 = Make retries safe (idempotent handling of results) and keep a fallback model for critical paths.

openai-engine-overloaded = The OpenAI model is overloaded right now (503 / server_is_overloaded)
    .cause = OpenAI has no spare capacity for this model at the moment; this is not about your own limits.
    .translation = "The engine is currently overloaded, please try again later."
    .analysis-1 = The 503 (code server_is_overloaded, or older 429 "That model is currently overloaded", or 0.x ServiceUnavailableError) is a capacity problem on OpenAI's side and clears by itself.
    .analysis-2 = It clusters around peak hours and new model launches, and hits the busiest models first.
    .fix-1 = Retry with exponential backoff and full jitter (for example 1, 2, 4, 8 s, capped at 30-60 s); the SDK does this for 503 when max_retries is above 0.
    .fix-2 = Fall back to another model (for example gpt-4o-mini) or another deployment (Azure OpenAI) when the preferred one stays overloaded.
    .fix-3 = Watch https://status.openai.com for capacity incidents.
    .prevention-1 = Keep a fallback chain of models and a circuit breaker so your service degrades gracefully during provider capacity problems.

## ───────────── OpenAI: SDK-side errors ─────────────

openai-api-removed-in-v1 = Code written for openai 0.x runs on openai 1.x or later (APIRemovedInV1)
    .cause = The code calls the old module-level interface (openai.ChatCompletion.create, openai.Completion, openai.Embedding ...), which was removed in openai 1.0.
    .translation = You tried to access openai.X, but this is no longer supported in openai>=1.0.0.
    .analysis-1 = This is raised by the SDK before any network request. Nothing is wrong with your key or the API.
    .analysis-2 = It shows up after pip installs a new openai (directly or as a dependency) under code or a tutorial written for 0.28.
    .fix-1 = Port the code to the client interface: client = OpenAI(), then client.chat.completions.create(...); results are objects (resp.choices[0].message.content), not dicts. The guide is https://github.com/openai/openai-python/discussions/742.
    .fix-2 = As a stop-gap, pin the old SDK with pip install "openai==0.28.1", or run openai migrate to rewrite the code automatically.
    .prevention-1 = Pin openai in requirements (openai>=1.40,<2) so upgrades happen deliberately, and upgrade libraries that still use the 0.x interface.

openai-api-connection-error = The OpenAI SDK could not reach the API (APIConnectionError)
    .cause = The request never got an HTTP response: DNS failed, the connection was refused or reset, a proxy or firewall blocked it, TLS failed, or base_url points to a host that is not listening. The real cause is in the chained exception above the last line.
    .translation = "Connection error." / "Error communicating with OpenAI": the client could not connect.
    .analysis-1 = APIConnectionError has no status code: the failure is between your process and the server. "Connection error." is the SDK's generic wrapper; look for the "direct cause" exception (httpx.ConnectError, ProxyError, SSL errors, ECONNREFUSED, ENOTFOUND) to see which.
    .analysis-2 = In regions where api.openai.com is blocked, and in corporate networks, a proxy is needed; the Python SDK honours HTTPS_PROXY, but Node's built-in fetch ignores it unless NODE_USE_ENV_PROXY=1 is set.
    .analysis-3 = With a custom base_url (local model, gateway), the service at that address is likely down, on another port, or the URL lacks http(s)://.
    .fix-1 = Test the path outside your code: curl -v https://api.openai.com/v1/models (or your base_url). If curl also fails, fix the network: set HTTPS_PROXY / an httpx proxy, open the firewall, or correct DNS.
    .fix-2 = If you use base_url, check that the server is running and reachable from where the code runs (inside Docker, localhost is the container itself; use host.docker.internal or the service name).
    .fix-3 = The SDK already retried twice; if failures are intermittent, raise max_retries and check https://status.openai.com.
    .prevention-1 = Configure proxies explicitly in the client instead of relying on shell environment, and alert on sustained connection errors.

openai-api-timeout = The OpenAI request timed out on the client side (APITimeoutError)
    .cause = No complete response arrived within the client timeout: the generation was long (big max_tokens, reasoning models), the network is slow or blocked, or the server was busy.
    .translation = "Request timed out.": the client gave up waiting for the response.
    .analysis-1 = The SDK raises APITimeoutError (Node: APIConnectionTimeoutError; 0.x: openai.error.Timeout) when its timeout expires; the default is 10 minutes, but frameworks often set much lower values (30-60 s).
    .analysis-2 = A timeout does not mean the request failed on the server: it may still complete and be billed, so blind retries can duplicate work.
    .analysis-3 = Reasoning models (o1, o3) can think for minutes before the first token; non-streamed calls through proxies with 60-100 s idle limits time out first.
    .fix-1 = Raise the client timeout (OpenAI(timeout=300) / new OpenAI(timeout: 300000)) and set the framework's request_timeout to match.
    .fix-2 = Use stream=True for long generations so tokens arrive continuously and proxies do not cut the idle connection.
    .fix-3 = Lower max_tokens, split big tasks, or use a faster model; for batch work use the Batch API instead of long synchronous calls.
    .prevention-1 = Set explicit timeouts per call type, log the elapsed time of slow calls, and make retries idempotent.

## ───────────── Azure OpenAI ─────────────

azure-invalid-subscription-key = Azure OpenAI rejected the key for this endpoint (401 invalid subscription key or wrong API endpoint)
    .cause = The api-key does not belong to the Azure OpenAI resource the endpoint URL names: a typo, a key from another resource or region, a regenerated key, or an OpenAI (sk-...) key sent to Azure.
    .translation = "Access denied due to invalid subscription key or wrong API endpoint."
    .analysis-1 = Azure checks the key against the resource in the host name (https://<resource>.openai.azure.com). A valid key of resource A fails on resource B, and a key from one region fails on an endpoint in another.
    .analysis-2 = Azure uses the api-key header (or an Entra ID Bearer token), not OpenAI's Authorization: Bearer sk-...; using the plain OpenAI client with an Azure URL sends the wrong header.
    .fix-1 = In the Azure portal open the resource, Resource Management, Keys and Endpoint, and copy KEY 1 and the Endpoint from the same page into AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT.
    .fix-2 = Use the AzureOpenAI client (Python) / AzureOpenAI from the openai package (Node) with azure_endpoint, api_key and api_version, so the api-key header and URL layout are right.
    .fix-3 = If the keys were regenerated, update every deployment and secret store that holds the old value.
    .prevention-1 = Prefer Entra ID (managed identity) authentication over keys, or keep the key in Key Vault and rotate KEY 1 and KEY 2 alternately.

azure-entra-token-invalid = Azure OpenAI rejected the Entra ID token (401 access token missing, invalid, wrong audience or expired)
    .cause = The Bearer token is missing, expired, or was issued for the wrong resource (audience) instead of https://cognitiveservices.azure.com.
    .translation = "Unauthorized. Access token is missing, invalid, audience is incorrect, or have expired."
    .analysis-1 = Entra ID tokens last about an hour; code that fetches one token at startup fails later. Tokens for management.azure.com or graph.microsoft.com have the wrong audience.
    .fix-1 = Request tokens for the scope https://cognitiveservices.azure.com/.default and pass a token provider (azure_ad_token_provider / azureADTokenProvider) so the SDK refreshes it automatically.
    .fix-2 = Check that you are signed in to the right tenant (az login --tenant <tenant-id>) or that the managed identity is enabled on the calling service.
    .prevention-1 = Never cache a raw token string; always use get_bearer_token_provider or the equivalent so refresh is automatic.

azure-rbac-permission-denied = Your Azure identity has no data-plane role on the Azure OpenAI resource (401 PermissionDenied)
    .cause = Authentication with Entra ID worked, but the user, service principal or managed identity has no role that allows inference on this resource (for example Cognitive Services OpenAI User).
    .translation = "Principal does not have access to API/Operation."
    .analysis-1 = Owner or Contributor on the subscription are control-plane roles and do not grant inference calls; data-plane access needs Cognitive Services OpenAI User (or Contributor).
    .analysis-2 = Role assignments can take several minutes to apply; locally, DefaultAzureCredential may pick a different identity (Azure CLI, VS Code, environment variables) than you expect.
    .fix-1 = Assign the role Cognitive Services OpenAI User to the identity on the Azure OpenAI resource (Access control (IAM), Add role assignment, or az role assignment create), then wait up to 5-10 minutes.
    .fix-2 = Check which identity is used: az account show for CLI credentials, and the managed identity's object id for deployed apps; assign the role to that one.
    .fix-3 = Alternatively switch to key authentication with the resource's api-key if Entra ID is not required.
    .prevention-1 = Grant roles in infrastructure code (Bicep/Terraform) together with the resource so every environment gets them.

azure-deployment-not-found = The Azure OpenAI deployment does not exist on this resource (404 DeploymentNotFound)
    .cause = Azure routes by deployment name, and the name in the request does not match any deployment on this resource: a model name was used instead of the deployment name, the name has a typo, the deployment is on another resource, or it was created minutes ago.
    .translation = "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."
    .analysis-1 = In Azure the model parameter (or the /openai/deployments/<name>/ path segment) must be the deployment name you chose, e.g. my-gpt4o, not the model name gpt-4o, unless you named the deployment identically.
    .analysis-2 = New deployments can take up to 5 minutes to become callable; after that, a 404 means the name or the resource is wrong.
    .fix-1 = List the deployments on the resource (Azure AI Foundry, Deployments, or az cognitiveservices account deployment list) and pass the exact deployment name as model / azure_deployment.
    .fix-2 = Check that the endpoint host is the resource that holds the deployment; different regions are different resources.
    .fix-3 = If you just created the deployment, wait 5 minutes and try again.
    .prevention-1 = Name deployments after the model they serve and keep the deployment name in configuration next to the endpoint.

azure-resource-not-found = Azure OpenAI returned 404 Resource not found: the URL or api-version is wrong
    .cause = The request URL does not match an Azure OpenAI route: the api-version query parameter is missing, the path lacks /openai/deployments/<deployment>/, or the endpoint was built for OpenAI's URL layout.
    .translation = "Resource not found."
    .analysis-1 = Unlike DeploymentNotFound, this generic 404 comes from the routing layer: Azure could not map the path or the api-version to an operation at all.
    .analysis-2 = Typical causes: using OpenAI(base_url="https://x.openai.azure.com") instead of AzureOpenAI, a missing ?api-version=..., a base URL that already contains /openai/deployments/..., or calling an operation (assistants, responses, batches) with an api-version that does not have it.
    .fix-1 = Use the AzureOpenAI client with azure_endpoint=https://<resource>.openai.azure.com and api_version set; with raw HTTP, call /openai/deployments/<deployment>/chat/completions?api-version=2024-10-21.
    .fix-2 = For newer features (Responses API, assistants, o-series models) use a recent preview api-version or the /openai/v1/ route as documented.
    .fix-3 = With the 0.x SDK, set openai.api_type="azure", openai.api_base, openai.api_version, and pass engine=<deployment>.
    .prevention-1 = Keep the endpoint, deployment and api-version together in configuration and test them with a one-token call at startup.

azure-api-version-not-supported = The api-version is not supported for this Azure OpenAI request (400)
    .cause = The api-version query parameter is retired, mistyped, or older than the first version that supports the model or feature you used.
    .translation = "API version not supported" / "Model X is enabled only for api versions ... and later."
    .analysis-1 = Azure versions the data-plane API by date; preview versions are retired regularly, and new models (o1, o3-mini, gpt-4.1) and features require recent versions.
    .fix-1 = Set api_version (or OPENAI_API_VERSION) to a current version: 2024-10-21 (GA) or a recent preview such as 2025-01-01-preview for o-series models and newer features.
    .fix-2 = If the message names a minimum version, use that version or later.
    .fix-3 = Check framework settings too (LangChain's openai_api_version, LiteLLM's api_version), since they override the environment.
    .prevention-1 = Track https://learn.microsoft.com/en-us/azure/ai-services/openai/api-version-deprecation and keep the api-version in one configuration value.

azure-operation-not-supported = The Azure OpenAI deployment does not support this operation (400 OperationNotSupported)
    .cause = The deployment's model does not match the API you called: for example chat completions sent to an embeddings deployment, or embeddings to a chat deployment.
    .translation = "The <operation> operation does not work with the specified model."
    .analysis-1 = Each deployment runs one model, and each model supports only some operations; Azure checks this before running anything.
    .fix-1 = Send the call to a deployment whose model supports it: chat.completions to a gpt-4o / gpt-4.1 deployment, embeddings to a text-embedding-3 deployment.
    .fix-2 = In frameworks check that the chat deployment and embedding deployment settings are not swapped (e.g. AZURE_OPENAI_EMBEDDING_DEPLOYMENT).
    .prevention-1 = Name deployments after their model so mismatches are obvious in configuration.

azure-content-filter = Azure OpenAI's content filter blocked the prompt (400 content_filter / ResponsibleAIPolicyViolation)
    .cause = The input tripped one of the deployment's content filters (hate, sexual, violence, self-harm, jailbreak / prompt shields, or a custom blocklist), so Azure refused to run the model.
    .translation = "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry."
    .analysis-1 = The error body's innererror.content_filter_result shows which category fired and at what severity ("filtered": true). Jailbreak detections often fire on system prompts, tool output or documents that contain instructions.
    .analysis-2 = The filter belongs to the Azure deployment, so the same prompt may pass on OpenAI directly or on another deployment with a different filter configuration.
    .fix-1 = Read content_filter_result, then rephrase or remove the flagged content; for retrieval, check documents for text that looks like instructions to the model.
    .fix-2 = If the use case is legitimate, create a custom content filter with higher thresholds in Azure AI Foundry (Safety + security, Content filters) and assign it to the deployment; turning filters off requires an approved modified-content-filtering application.
    .fix-3 = Catch BadRequestError with code content_filter in code and show the user a clear message instead of a generic failure.
    .prevention-1 = Pre-screen user input, keep system prompts free of phrasing that reads like prompt injection, and log filter results to tune thresholds.

azure-network-access-denied = The Azure OpenAI resource's network rules blocked this request (403)
    .cause = The resource has public network access disabled or restricted to selected networks / private endpoints, and this request did not come through an allowed network.
    .translation = "Public access is disabled. Please configure private endpoint." / "Traffic is not from an approved private endpoint." / "Access denied due to Virtual Network/Firewall rules."
    .analysis-1 = The key or token is fine; Azure refused the connection because of where it came from.
    .analysis-2 = When calling over VPN or from a VNet, the host name must resolve to the private endpoint's private IP (privatelink.openai.azure.com zone); if DNS returns the public IP, traffic goes to the public endpoint and is refused.
    .fix-1 = From the calling host run nslookup <resource>.openai.azure.com: it must return a private address. If not, link the privatelink.openai.azure.com private DNS zone to your VNet or fix the VPN's DNS forwarder.
    .fix-2 = To call from outside, add your egress IP under the resource's Networking, Firewalls and virtual networks (Selected networks), or use a host inside the VNet.
    .fix-3 = For Azure services calling the resource (AI Search, App Service), enable trusted service access or shared private links as documented.
    .prevention-1 = Manage network rules and private DNS in infrastructure code and test name resolution from each calling environment.

azure-token-rate-limit = Azure OpenAI deployment rate limit reached (429, S0 pricing tier)
    .cause = The deployment received more tokens or requests per minute than the TPM/RPM quota assigned to it; the message gives the number of seconds to wait.
    .translation = "Requests to the <Operation> Operation ... have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after N seconds."
    .analysis-1 = Azure quota is per deployment (TPM you assign, with RPM derived from it, about 6 RPM per 1000 TPM); other deployments of the same model share the region's subscription quota.
    .analysis-2 = Azure counts max_tokens toward the limit when the request arrives, so a high max_tokens exhausts TPM even for short answers.
    .fix-1 = Honour retry-after-ms / retry-after and back off with jitter; the openai SDK does this automatically with max_retries.
    .fix-2 = Raise the deployment's TPM in Azure AI Foundry (Deployments, Edit) up to your regional quota, and request more quota at https://aka.ms/oai/quotaincrease.
    .fix-3 = Spread load: add deployments in other regions behind a load balancer (Azure API Management), or use a Global Standard or provisioned deployment for higher throughput.
    .prevention-1 = Set max_tokens realistically and watch x-ratelimit-remaining-tokens / -requests to throttle before hitting the limit.

azure-daily-quota-exhausted = The Azure OpenAI quota for this deployment is used up for the day (429, retry after about 24 hours)
    .cause = The retry-after of tens of thousands of seconds (e.g. 86400) means a daily or trial quota is exhausted, not a per-minute limit: typical for free-trial subscriptions and low-quota AIServices resources.
    .translation = "... Please retry after 86400 seconds." The quota will not reset for about a day.
    .analysis-1 = Backoff does not help here: the limit resets only after the stated period.
    .fix-1 = Request more quota at https://aka.ms/oai/quotaincrease, or upgrade the subscription from free trial to pay-as-you-go.
    .fix-2 = Meanwhile deploy the model in another region or resource that still has quota, and point the app there.
    .prevention-1 = Monitor token usage per day in Azure Monitor and alert well before the daily quota is reached.

azure-insufficient-quota = The subscription has no Azure OpenAI quota left for this deployment (InsufficientQuota)
    .cause = Azure OpenAI quota (tokens per minute, in thousands) is granted per subscription, region, model and deployment type, and every deployment of that model in the region draws from it. The capacity asked for is more than what the other deployments left.
    .translation = "This operation require N new capacity in quota ..., which is bigger than the current available capacity M." The deployment asks for more TPM than the subscription still has in that region.
    .analysis-1 = InsufficientQuota comes from Azure Resource Manager when a deployment is created or resized; it is not a rate limit on requests and waiting does not clear it.
    .fix-1 = Deploy with a capacity at most the available figure (`--sku-capacity`), or lower the capacity of another deployment of the same model in that region first.
    .fix-2 = See the quota per region in Azure AI Foundry (Management center → Quota) or with `az cognitiveservices usage list -l <region>`, and request more at https://aka.ms/oai/stuquotarequest.
    .fix-3 = Deploy in another region or with another deployment type (GlobalStandard, DataZone, Standard), which has its own quota.
    .prevention-1 = Delete idle deployments: their capacity stays reserved from the quota while they exist.

azure-server-error = Azure OpenAI had an internal server error (500)
    .cause = A transient failure inside the Azure OpenAI service for this region or deployment; the request itself is usually valid.
    .translation = "The server had an error while processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request if the error persists."
    .analysis-1 = 5xx errors are retryable; if they persist for one deployment, the region may have an incident.
    .fix-1 = Retry with exponential backoff and jitter (the SDK retries 5xx with max_retries).
    .fix-2 = Check https://azure.status.microsoft/status and the resource's Service health in the portal; route traffic to a deployment in another region if the problem lasts.
    .fix-3 = If it persists, open an Azure support request and include the apim-request-id response header and x-ms-region.
    .prevention-1 = Deploy in two regions behind a load balancer or API Management with health-based failover.

## ───────────── OpenRouter ─────────────

openrouter-invalid-key = OpenRouter did not accept the API key (401)
    .cause = The key is missing, mistyped, disabled or deleted, or a key from another provider (OpenAI sk-proj-, Anthropic) was sent to openrouter.ai; "User not found." means the key points to no existing account.
    .translation = "User not found." / "No auth credentials found" / "Missing Authentication header or invalid API key": OpenRouter could not identify you from the key.
    .analysis-1 = OpenRouter keys start with sk-or-v1- and go in Authorization: Bearer. A 401 is decided before routing, so no model provider was involved and nothing was billed.
    .analysis-2 = Tools that support several providers often send the OpenAI key to OpenRouter (or the reverse) when the provider and the key settings disagree.
    .fix-1 = Create or copy a key at https://openrouter.ai/settings/keys, set it as OPENROUTER_API_KEY, and use base_url https://openrouter.ai/api/v1.
    .fix-2 = Check the key is enabled and not deleted on the keys page, and test it with GET https://openrouter.ai/api/v1/key.
    .fix-3 = If the key works in curl but not in your tool, the tool is sending another variable (for example OPENAI_API_KEY); set the key in the tool's OpenRouter field.
    .prevention-1 = Use one key per app with a credit limit so a leaked or disabled key is easy to identify and replace.

openrouter-max-tokens-unaffordable = OpenRouter: your credit cannot cover the requested max_tokens (402)
    .cause = Before routing, OpenRouter reserves the cost of the maximum possible output. With no max_tokens set it uses the model's full output limit, which costs more than your remaining credit or the key's limit.
    .translation = "This request requires more credits, or fewer max_tokens. You requested up to N tokens, but can only afford M."
    .analysis-1 = The answer would likely have been cheap; the request fails because the reservation (max_tokens times the output price) exceeds the balance. M in the message is how many output tokens you can afford now.
    .analysis-2 = If the message points to settings/keys, the key's own credit limit is the cap, not the account balance.
    .analysis-3 = Agents and IDE tools often omit max_tokens or send 32k-64k, which triggers this even for "hello".
    .fix-1 = Send max_tokens below the affordable number in the message (for example 1024-4096) in the request or in your tool's model settings.
    .fix-2 = Add credit at https://openrouter.ai/settings/credits, or raise the key's limit at https://openrouter.ai/settings/keys.
    .fix-3 = Use a cheaper model or a :free variant for tasks that do not need the expensive one.
    .prevention-1 = Always set max_tokens explicitly and keep a credit alert or auto top-up on the account.

openrouter-insufficient-credits = OpenRouter account or key is out of credits (402)
    .cause = The account balance is zero or negative, or the key's credit limit is reached, so OpenRouter will not route paid requests.
    .translation = "Insufficient credits": add more credits to continue.
    .analysis-1 = HTTP 402 on OpenRouter is a billing stop; it does not clear by retrying. A negative balance can also block free models.
    .fix-1 = Buy credits at https://openrouter.ai/settings/credits and check that the key belongs to the account or organization that holds them.
    .fix-2 = If the key has a credit limit, raise or remove it at https://openrouter.ai/settings/keys.
    .prevention-1 = Enable auto top-up or a low-balance email alert, and set per-key limits that match each app's budget.

openrouter-moderation = OpenRouter's moderation blocked the input (403)
    .cause = The model's provider requires moderation on OpenRouter, and your input was flagged in one of the moderation categories listed in metadata.reasons.
    .translation = "<model> requires moderation on <provider>. Your input was flagged for <category>."
    .analysis-1 = Some providers (notably OpenAI and Anthropic models on OpenRouter) force input moderation; metadata.flagged_input shows the text that was flagged, and no credits were charged.
    .fix-1 = Rephrase or remove the flagged content shown in metadata.flagged_input.
    .fix-2 = If the content is legitimate, use a model whose provider does not require OpenRouter moderation, or bring your own provider key.
    .prevention-1 = Pre-screen user input with a moderation model and handle 403 with a clear user message.

openrouter-no-endpoints = OpenRouter has no provider endpoint that can serve this request (404 No endpoints found)
    .cause = No provider serving this model supports what the request needs: the model or its :free variant was removed, or no provider supports the features you asked for (tool use, tool_choice, cache control, images, a context size).
    .translation = "No endpoints found for <model>" / "No endpoints found that support tool use": nothing can route this request.
    .analysis-1 = OpenRouter filters providers by the request's features. Agent tools that send tools or tool_choice fail on models whose providers do not support function calling.
    .analysis-2 = :free variants come and go; a model id that worked yesterday can have no endpoints today.
    .fix-1 = Open the model's page on https://openrouter.ai/models and check it still exists and which features its providers support (Tools, Images, context length).
    .fix-2 = Pick a model that supports tool calling for agents, or turn off tools / tool_choice for models that lack it.
    .fix-3 = If it is a :free model that was withdrawn, switch to the paid variant or another free model.
    .prevention-1 = Query https://openrouter.ai/api/v1/models at startup and check supported_parameters for the features you use.

openrouter-data-policy = OpenRouter's privacy settings exclude every provider for this model (404 data policy)
    .cause = Your account's data policy (for example not allowing providers that train on or publish prompts, which many free models require) filters out all providers of this model.
    .translation = "No endpoints found matching your data policy": change your privacy settings to use this model.
    .analysis-1 = The model exists and is up; OpenRouter refuses to send your prompt to a provider your settings forbid.
    .fix-1 = Open https://openrouter.ai/settings/privacy and allow the data use the message names (for free models usually "Free model publication" / training), or accept that this model cannot be used.
    .fix-2 = Otherwise choose a paid model whose providers meet your data policy.
    .prevention-1 = Decide your data policy once and pick models from the list that satisfies it.

openrouter-no-allowed-providers = OpenRouter provider restrictions exclude every provider of this model (404)
    .cause = Allowed / ignored provider settings (account-wide in settings, or provider.only / provider.order / ignore in the request) leave no provider that serves this model.
    .translation = "No allowed providers are available for the selected model."
    .analysis-1 = metadata.available_providers lists who serves the model and metadata.requested_providers what you allowed; the two do not overlap.
    .fix-1 = Open https://openrouter.ai/settings/privacy, clear Allowed Providers or unblock Ignored Providers, and save.
    .fix-2 = In the request, set provider.only / provider.order to providers from available_providers, or drop the provider block.
    .prevention-1 = Keep provider restrictions in code per model, not as account-wide settings that silently affect every app.

openrouter-invalid-model-id = OpenRouter does not know this model id (400)
    .cause = OpenRouter model ids are namespaced as vendor/model (openai/gpt-4o, anthropic/claude-3.5-sonnet); a bare or misspelled id is not valid.
    .translation = "<id> is not a valid model ID."
    .analysis-1 = Tools that default to OpenAI model names (gpt-4o) send them unprefixed when pointed at OpenRouter.
    .fix-1 = Use the full id from https://openrouter.ai/models, for example openai/gpt-4o or meta-llama/llama-3.3-70b-instruct.
    .prevention-1 = Validate configured model ids against GET https://openrouter.ai/api/v1/models.

openrouter-free-models-per-day = OpenRouter daily limit for free models reached (429 free-models-per-day)
    .cause = Accounts with little or no purchased credit may make only a small number of requests per day to :free models (about 50); the counter resets daily.
    .translation = "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day."
    .analysis-1 = This is a daily allowance, so short backoff does not help; X-RateLimit-Reset in metadata gives the reset time in epoch milliseconds.
    .fix-1 = Buy at least 10 credits at https://openrouter.ai/settings/credits to raise the free-model allowance to about 1000 requests per day.
    .fix-2 = Or wait for the reset, or switch to a paid (non :free) model variant.
    .prevention-1 = Cache results and avoid agent loops that call free models repeatedly; track the daily count yourself.

openrouter-upstream-rate-limited = The model's upstream provider is rate limiting OpenRouter (429)
    .cause = The provider behind the model (often for popular :free models) is out of shared capacity for OpenRouter's traffic, independent of your own limits.
    .translation = "<model> is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits."
    .analysis-1 = metadata.provider_name names the provider; the limit is shared by all OpenRouter users of that endpoint and usually clears within seconds to minutes.
    .fix-1 = Retry with backoff and jitter, or switch to the paid variant / another provider of the model.
    .fix-2 = Add your own provider key at https://openrouter.ai/settings/integrations so requests use your own rate limits.
    .prevention-1 = Configure model fallbacks (the models array) so a rate-limited free model falls back automatically.

openrouter-rate-limit = OpenRouter rate limit reached (429)
    .cause = Too many requests in a short window for your key or for the model (free models are limited to about 20 requests per minute).
    .analysis-1 = OpenRouter's 429 is temporary; it may carry Retry-After or X-RateLimit-Reset.
    .fix-1 = Back off with exponential delay and jitter, honouring Retry-After, and reduce concurrency.
    .fix-2 = For :free models, add credits or switch to a paid variant, which has much higher limits.
    .prevention-1 = Limit parallel requests per key and cache repeated prompts.

openrouter-timeout = OpenRouter timed out waiting for the model (408)
    .cause = The request took longer than OpenRouter's timeout, usually a long non-streamed generation or a slow provider.
    .analysis-1 = HTTP 408 is retryable; the same request may succeed on another attempt or provider.
    .fix-1 = Use stream=true so tokens flow continuously, and lower max_tokens for long outputs.
    .fix-2 = Retry with backoff, or pin a faster provider with provider.order.
    .prevention-1 = Stream long generations and set client timeouts slightly above your expected generation time.

openrouter-model-down = OpenRouter: the model's provider is down or returned an invalid response (502)
    .cause = The upstream provider chosen for this model failed (crashed, returned garbage, or disconnected); metadata.provider_name and metadata.raw show which one and what it said.
    .analysis-1 = 502 from OpenRouter is an upstream failure, not a problem with your request; it is retryable.
    .fix-1 = Retry with backoff; OpenRouter may route the retry to another provider.
    .fix-2 = Configure fallbacks: the models array with alternative models, and provider.allow_fallbacks true so other providers are tried.
    .prevention-1 = Keep a fallback chain of models and log provider_name of failures to avoid unreliable providers.

openrouter-no-provider-available = OpenRouter found no available provider for this request (503)
    .cause = Every provider that could serve the model under your routing requirements is down, at capacity or excluded, so nothing could take the request.
    .analysis-1 = 503 on OpenRouter means no provider meets the routing requirements right now; it clears when capacity returns or when the requirements are relaxed.
    .fix-1 = Retry with backoff, and relax routing options (provider.only, require_parameters, data_collection, quantizations) that narrow the choice.
    .fix-2 = Add fallback models with the models array so another model can answer.
    .prevention-1 = Avoid over-constraining provider routing for production traffic and keep fallback models configured.

## ───────────── Groq ─────────────

groq-invalid-api-key = Groq rejected the API key (401 invalid_api_key)
    .cause = The key sent to api.groq.com is wrong, deleted, or not a Groq key (Groq keys start with gsk_).
    .translation = "Invalid API Key."
    .analysis-1 = HTTP 401 is decided before inference; retrying with the same key always fails.
    .analysis-2 = When the OpenAI SDK is pointed at Groq it sends OPENAI_API_KEY unless you pass the Groq key explicitly.
    .fix-1 = Create a key at https://console.groq.com/keys, set GROQ_API_KEY, and pass it explicitly (Groq(api_key=...) or OpenAI(base_url="https://api.groq.com/openai/v1", api_key=...)).
    .fix-2 = Strip whitespace and quotes from the value and check that the key was not deleted in the console.
    .prevention-1 = Keep each provider's key in its own variable and validate it with GET /openai/v1/models at startup.

groq-rate-limit = Groq rate limit reached (429)
    .cause = Your organization exceeded a Groq limit for this model (requests or tokens per minute or per day); the message names which one and how long to wait.
    .translation = "Rate limit reached for model <model> in organization <org> service tier on_demand on <limit>: Limit L, Used U, Requested R. Please try again in Xs."
    .analysis-1 = Free-tier limits are low (a few thousand TPM on larger models); Groq counts prompt tokens plus max_tokens against TPM.
    .analysis-2 = Per-minute limits clear in seconds; per-day limits (RPD, TPD) do not reset until the daily window ends, so retries are pointless until then.
    .fix-1 = Wait the time given in the message or the retry-after header, with exponential backoff; the Groq SDK retries when max_retries is set.
    .fix-2 = Lower max_tokens and reduce concurrency; use a smaller model (for example llama-3.1-8b-instant) for high-volume work.
    .fix-3 = Upgrade to the Developer tier at https://console.groq.com/settings/billing for much higher limits.
    .prevention-1 = Read x-ratelimit-remaining-requests / -tokens headers and throttle before hitting the limit.

groq-request-too-large = The request is larger than Groq's per-minute token limit (413 Request too large)
    .cause = This single request (prompt tokens plus max_tokens) exceeds your tokens-per-minute limit for the model, so Groq can never admit it at your current tier.
    .translation = "Request too large for model <model> ... on tokens per minute (TPM): Limit L, Requested R, please reduce your message size and try again."
    .analysis-1 = Groq reserves max_tokens up front: a client that asks for 16k-32k output tokens on a 6k-12k TPM free tier fails even for a one-word prompt.
    .analysis-2 = Waiting does not help because Requested is above Limit; the request must shrink or the limit must grow.
    .fix-1 = Lower max_tokens (max_completion_tokens) to what you need, for example 1024-2048.
    .fix-2 = Shorten the input: trim chat history, system prompt and tool definitions, or split the document.
    .fix-3 = Upgrade to the Developer tier at https://console.groq.com/settings/billing or use a model with a higher TPM limit.
    .prevention-1 = Count tokens before sending and keep prompt plus max_tokens under your tier's TPM for the model.

groq-capacity-exceeded = Groq flex tier capacity is full right now (498 capacity_exceeded)
    .cause = The request used service_tier flex, which runs on spare capacity; there is none at the moment.
    .translation = "Capacity exceeded": the flex tier has no room for this request now.
    .analysis-1 = HTTP 498 is Groq-specific and retryable; flex requests fail fast instead of queueing.
    .fix-1 = Retry with backoff and jitter, or resend the request with service_tier on_demand (or auto) when flex is full.
    .prevention-1 = Use flex only for work that tolerates failures, with an automatic fallback to on_demand.

groq-model-decommissioned = The Groq model has been decommissioned (400 model_decommissioned)
    .cause = Groq retired this model; the id no longer routes to anything.
    .translation = "The model <id> has been decommissioned and is no longer supported."
    .analysis-1 = Groq rotates models often (mixtral-8x7b-32768, llama3-70b-8192, gemma-7b-it and others are gone); access will not return.
    .fix-1 = Pick the replacement recommended at https://console.groq.com/docs/deprecations (for example llama-3.3-70b-versatile or llama-3.1-8b-instant) and update the model id.
    .fix-2 = List current models with GET https://api.groq.com/openai/v1/models.
    .prevention-1 = Keep model ids in configuration and watch Groq's deprecation page.

## ───────────── Mistral ─────────────

mistral-unauthorized = Mistral rejected the API key (401 Unauthorized)
    .cause = The key is missing, wrong, revoked, from another workspace, or a Codestral key used on api.mistral.ai (or the reverse).
    .translation = "Unauthorized."
    .analysis-1 = Mistral returns a bare Unauthorized with a request_id; the request was not processed.
    .analysis-2 = Codestral keys from console.mistral.ai/codestral only work on https://codestral.mistral.ai; La Plateforme keys work on https://api.mistral.ai. New keys can take a few minutes to become active.
    .fix-1 = Create a key at https://console.mistral.ai/api-keys (with an active plan or the free Experiment plan activated), set MISTRAL_API_KEY, and wait a minute before testing.
    .fix-2 = Match the key to the endpoint: api.mistral.ai for platform keys, codestral.mistral.ai for Codestral keys.
    .fix-3 = Send the key as Authorization: Bearer; strip quotes and whitespace.
    .prevention-1 = Store one key per endpoint and workspace and test it at startup with GET /v1/models.

mistral-validation-error = Mistral rejected the request parameters (422 validation error)
    .cause = The body failed Mistral's schema validation: a field Mistral does not accept (store, max_completion_tokens, stream_options ...), a missing field, or a value out of range.
    .translation = Validation error, e.g. "Extra inputs are not permitted" or "Input should be less than or equal to ...".
    .analysis-1 = Each detail entry gives the location (loc, e.g. body.store), the rule violated (type) and the offending input, so the fix is precise.
    .analysis-2 = OpenAI-compatible clients often send OpenAI-only fields; Mistral's API forbids unknown fields instead of ignoring them.
    .fix-1 = Remove or rename the fields listed in loc: use max_tokens instead of max_completion_tokens, and drop store, stream_options, parallel_tool_calls or other OpenAI-only fields.
    .fix-2 = Bring values into range (temperature 0 to 1.5 for most models, top_p 0 to 1) and use the official mistralai SDK or a client version that supports Mistral.
    .prevention-1 = Use the Mistral SDK's typed request models, or strip unsupported fields in your provider adapter.

mistral-rate-limit = Mistral rate limit reached (429)
    .cause = Your workspace exceeded its requests-per-second or tokens-per-minute/month limit; the free Experiment tier allows about 1 request per second.
    .translation = "Rate limit exceeded" / "Requests rate limit exceeded."
    .analysis-1 = Limits are per workspace and depend on its tier; bursts from parallel agents hit the per-second limit quickly. A monthly token cap also returns 429 until the month resets or the limit is raised.
    .fix-1 = Back off with exponential delay and jitter and cap concurrency (one request per second on the free tier).
    .fix-2 = Check and raise limits at https://admin.mistral.ai/plateforme/limits, or move the workspace to a paid tier.
    .prevention-1 = Queue requests and space them according to your tier's limits.

mistral-service-tier-capacity-exceeded = Mistral has no capacity left for this model on your service tier
    .cause = Mistral limits how much of a model's capacity each service tier (the free Experiment tier, paid Scale) may use; that share is in use right now, so the request was refused even if your own RPM/TPM limits are not reached.
    .translation = "Service tier capacity exceeded for this model" (type service_tier_capacity_exceeded, code 3505): the capacity of your tier for this model is used up for the moment.
    .analysis-1 = It is a temporary, capacity-driven refusal (LiteLLM maps it to RateLimitError): the same request usually succeeds a few seconds or minutes later.
    .analysis-2 = It hits free-tier keys and popular models (codestral-latest, mistral-small-latest, mistral-large-latest) most often, and is common for bursty traffic such as editor autocompletion.
    .fix-1 = Retry with exponential backoff and jitter; for autocompletion, debounce keystrokes so fewer requests are in flight.
    .fix-2 = Move the workspace to a paid tier at https://admin.mistral.ai (billing, then limits at https://admin.mistral.ai/plateforme/limits); paid tiers get a larger share of capacity.
    .fix-3 = Fall back to another model (a smaller or older version) while the preferred one is saturated.
    .prevention-1 = Handle this message like a 429 in your client (retry with backoff), and keep a fallback model configured for interactive features.

mistral-invalid-model = Mistral does not recognise the model id
    .cause = The model name is misspelled, retired, or not available to your workspace or endpoint.
    .translation = "Invalid model: <id>."
    .analysis-1 = Mistral returns type invalid_model (older: unknown_model) with code 1500; the message echoes the id it received, which is empty if your client sent no model.
    .fix-1 = Use an id from GET https://api.mistral.ai/v1/models, for example mistral-large-latest, mistral-small-latest or codestral-latest.
    .fix-2 = If the id is empty or unexpected, check that your tool actually passes the configured model.
    .prevention-1 = Prefer the -latest aliases or pin dated versions from the models list, and validate at startup.

mistral-context-length = The prompt is longer than the Mistral model's context window
    .cause = The prompt's tokens (plus the requested output) exceed the model's maximum context length.
    .translation = "Prompt contains N tokens, too large for model with M maximum context length."
    .analysis-1 = This is checked before generation; retrying unchanged fails again.
    .fix-1 = Shorten the input: trim history, send fewer retrieved chunks, or summarise earlier turns.
    .fix-2 = Switch to a model with a larger window (mistral-large-latest or mistral-small-latest offer 128k).
    .prevention-1 = Count tokens before sending and keep a per-model budget.

mistral-payment-required = Mistral requires a payment method or credit (402)
    .cause = The workspace has no active subscription or payment method, or its billing limit is reached.
    .translation = "Payment required."
    .analysis-1 = HTTP 402 is a billing stop and does not clear by retrying.
    .fix-1 = Open https://admin.mistral.ai/organization/billing, add a payment method or activate a plan, and check the spending limit.
    .prevention-1 = Keep billing alerts and a backup payment method on the workspace.

## ───────────── Cohere ─────────────

cohere-invalid-api-token = Cohere rejected the API key (401 invalid api token)
    .cause = The key is missing, mistyped, revoked, or not a Cohere key; the SDK reads CO_API_KEY (older code used COHERE_API_KEY).
    .translation = "invalid api token."
    .analysis-1 = HTTP 401 is decided before the model runs; retrying with the same key fails.
    .fix-1 = Copy a key from https://dashboard.cohere.com/api-keys into CO_API_KEY (or pass api_key= to cohere.ClientV2) without quotes or spaces.
    .fix-2 = For self-hosted tools (cohere-toolkit, Dify, LangChain) set the key in that tool's configuration, since it may not read your shell variable.
    .prevention-1 = Validate the key at startup with a cheap call such as listing models.

cohere-trial-key-rate-limit = Cohere trial key rate limit reached (429)
    .cause = Trial keys are free but limited to a few calls per minute per endpoint (for example 20 per minute on Chat, fewer on some endpoints).
    .translation = "You are using a Trial key, which is limited to N API calls / minute."
    .analysis-1 = The limit is per minute, so waiting and spacing calls works; batched or parallel requests exhaust it fast.
    .fix-1 = Space calls to stay under the per-minute limit and retry with backoff after a 429.
    .fix-2 = Switch to a Production key at https://dashboard.cohere.com/api-keys (requires billing) for much higher limits.
    .prevention-1 = Throttle on the client and cache embeddings / rerank results.

cohere-trial-monthly-limit = Cohere trial key monthly allowance used up (429)
    .cause = Trial keys are limited to 1000 API calls per month in total; this key has used them.
    .translation = "You are using a Trial key, which is limited to 1000 API calls / month."
    .analysis-1 = It arrives as 429 but is a plan limit: retries will not succeed until the month resets.
    .fix-1 = Add billing at https://dashboard.cohere.com/billing and use a Production key.
    .prevention-1 = Use trial keys only for evaluation and move to a Production key before real workloads.

cohere-rate-limit = Cohere rate limit reached (429)
    .cause = Too many requests per minute for this key and endpoint.
    .analysis-1 = The 429 is temporary; limits differ per endpoint and key type.
    .fix-1 = Retry with exponential backoff and jitter and reduce concurrency.
    .fix-2 = Ask Cohere support for a higher limit if production traffic needs it.
    .prevention-1 = Throttle requests per endpoint and batch inputs (embed accepts many texts per call).

cohere-too-many-tokens = The prompt is longer than the Cohere model allows
    .cause = Prompt tokens (plus max_tokens for the answer) exceed the model's context length.
    .translation = "too many tokens: total number of tokens ... cannot exceed N - received M."
    .analysis-1 = This is a 400 decided before generation; retrying unchanged fails again.
    .fix-1 = Shorten the input or lower max_tokens; with Chat, set prompt_truncation (AUTO on the v1 API) or send fewer documents.
    .fix-2 = Use a model with a larger window, such as command-r-plus or command-a.
    .prevention-1 = Count tokens with co.tokenize before sending and keep a budget per model.

cohere-model-not-found = Cohere does not know this model id (404)
    .cause = The model id is misspelled, retired, or not available to your key.
    .translation = "model '<id>' not found, make sure the correct model ID was used and that you have access to the model."
    .analysis-1 = Cohere renames and retires models (command-r-08-2024, command-r-plus-08-2024, command-a-03-2025 ...); older short names may no longer resolve.
    .fix-1 = Use an id from https://docs.cohere.com/docs/models or from GET https://api.cohere.com/v1/models.
    .prevention-1 = Keep the model id in configuration and watch Cohere's deprecation notices.

cohere-payment-required = Cohere needs a payment method or the billing limit was reached (402)
    .cause = The account reached its billing limit or has no valid payment method for a Production key.
    .analysis-1 = HTTP 402 is a billing stop and does not clear by retrying.
    .fix-1 = Add or update the payment method and raise the spending limit at https://dashboard.cohere.com/billing.
    .prevention-1 = Set billing alerts so limits are raised before production traffic stops.

cohere-unsafe-request = Cohere blocked the request as unsafe (498)
    .cause = The input was judged a potential violation of Cohere's usage guidelines, so the request was blocked.
    .analysis-1 = HTTP 498 on Cohere is a content block (not a capacity error as on Groq); retrying the same prompt gives the same result.
    .fix-1 = Rephrase or remove the content that may violate the usage guidelines.
    .prevention-1 = Pre-screen user input and show a clear message when content is blocked.

cohere-bad-request = Cohere rejected the request as invalid (400)
    .cause = The body has a missing or wrong field for the endpoint (for example an empty message, a v1 field sent to the v2 API, or wrong document format).
    .analysis-1 = The message after "invalid request:" names the problem; retrying unchanged fails again.
    .fix-1 = Compare the body with the endpoint's reference at https://docs.cohere.com/reference/chat; use ClientV2 with messages for v2, and ClientV1 with message / chat_history for v1.
    .fix-2 = Upgrade the cohere SDK or the integration (LangChain, LlamaIndex) if it builds requests in an outdated format.
    .prevention-1 = Use the SDK's typed request objects and test each endpoint with a small call.

openai-model-at-capacity = The selected OpenAI model is at capacity
    .cause = OpenAI had no capacity left for this model at that moment and failed the response instead of queueing it.
    .translation = "Selected model is at capacity. Please try a different model."
    .analysis-1 = The Responses API reports it as a failed response (response.failed) with this message; it is a provider-side capacity limit, not your rate limit or quota.
    .fix-1 = Retry after a short exponential backoff (a few seconds, then longer); capacity usually returns within minutes.
    .fix-2 = Or switch to another model for the session, as the message suggests (in Codex CLI: /model, or -m / model in config.toml), and check https://status.openai.com/ for an incident.
    .prevention-1 = Configure a fallback model and retry capacity failures with backoff and jitter instead of failing the whole task.

openai-input-tokens-exceed-limit = The input is larger than the model's configured input limit
    .cause = The messages (with tools, instructions and earlier turns) came to more tokens than the deployment accepts as input.
    .translation = "Input tokens exceed the configured limit of N tokens. Your messages resulted in M tokens."
    .analysis-1 = The message gives the limit and the size of this request; the gap is how much must go. Retrying the same input cannot succeed.
    .fix-1 = Trim the conversation: drop or summarise old turns, shorten tool outputs and retrieved documents, and send only the files the task needs.
    .fix-2 = With the Responses API, set truncation to auto so that older items are dropped to fit, or compact the conversation (for example /compact in Codex CLI) before continuing.
    .fix-3 = If you need the whole input, use a model or deployment with a larger context window.
    .prevention-1 = Count tokens before sending (tiktoken or the usage of the previous turn) and keep a budget for history, tool results and the answer.

azure-apim-rate-limit = The Azure endpoint's rate limit is exceeded
    .cause = An Azure rate limit in front of the model (the API Management rate-limit policy or the Azure AI services throttle) counted more calls than allowed in its window.
    .translation = "Rate limit is exceeded. Try again in N seconds."
    .analysis-1 = The message says how long to wait; the same answer comes with a Retry-After header. It is a per-key or per-subscription call window, not a billing stop.
    .fix-1 = Wait the seconds given (honour Retry-After) and retry with exponential backoff; the openai SDK does this with max_retries.
    .fix-2 = If it comes from your API Management gateway, raise calls or renewal-period in the rate-limit or rate-limit-by-key policy, or give each consumer its own subscription key.
    .fix-3 = For Azure OpenAI quota, raise the deployment's Tokens per Minute in Azure AI Foundry (Deployments > Edit) or spread load over deployments in several regions.
    .prevention-1 = Throttle on the client side below the limit and keep retries bounded with jitter.

openrouter-key-limit-exceeded = This OpenRouter API key has reached its credit limit
    .cause = The key was created with a credit limit, and its usage has reached it; the account may still have credit.
    .translation = "Key limit exceeded. Manage it using https://openrouter.ai/settings/keys"
    .analysis-1 = OpenRouter answers 403 for a per-key limit, unlike 402 for an account without credits: a new key or a raised limit fixes it.
    .fix-1 = Raise or remove the key's credit limit at https://openrouter.ai/settings/keys (edit the key), or create a new key with a higher limit.
    .fix-2 = If the account balance is also low, add credits at https://openrouter.ai/settings/credits.
    .prevention-1 = Check a key's usage and limit with GET https://openrouter.ai/api/v1/key and alert before it is reached.

openai-missing-scopes = This OpenAI key or user lacks the permission scope for the endpoint
    .cause = The key is valid but restricted: a restricted API key without the scope this endpoint needs, or a project role (Reader) that may not perform the operation. The message names the missing scope.
    .translation = "You have insufficient permissions for this operation. Missing scopes: …"
    .analysis-1 = OpenAI keys can be All, Restricted or Read only; each endpoint requires a scope such as api.model.read or api.responses.write, and the project role caps what any key of that member may do.
    .fix-1 = At https://platform.openai.com/settings/organization/api-keys edit the key and grant the missing scope (or set its permissions to All), then retry; the change applies to the same key.
    .fix-2 = If the key's owner is a project Reader, ask a project Owner to make them a Member, or use a service-account key of the project.
    .prevention-1 = Give each service its own restricted key with exactly the scopes of the endpoints it calls, and document them next to the code.

openai-string-too-long = A single message string is larger than OpenAI accepts
    .cause = One string in the request (usually a message's content) exceeds the per-string limit of 10,485,760 characters, so the request is refused before the model sees it.
    .translation = "string too long. Expected a string with maximum length 10485760": the field holds more text than allowed.
    .analysis-1 = This is a size limit on the request body, checked before tokens are counted; even a model with a larger context window rejects it.
    .fix-1 = Do not paste whole files or data dumps into one message: split the text into chunks and process them in several requests (map-reduce summarisation), or retrieve only the relevant parts.
    .fix-2 = For documents, upload them with the Files API or a vector store and let the model read them through file inputs or file search.
    .prevention-1 = Check the length of every user-supplied string before sending and truncate or chunk it in your code.

openai-invalid-tool-schema = OpenAI rejected a tool's or response format's JSON Schema (400)
    .cause = The JSON Schema given as a function's parameters (or as response_format) breaks what the API accepts: the message names the function, the path inside the schema (In context=(...)) and the rule it breaks, such as an array without items, or, in strict mode, an object without additionalProperties: false or a property missing from required.
    .translation = "Invalid schema for function 'NAME': In context=(PATH), REASON": the schema of tool NAME is invalid at PATH.
    .analysis-1 = The error is about the schema you send with every request, not about the conversation: it fails on the first call and on every retry until the schema changes.
    .analysis-2 = In context=('properties', 'tags') points at parameters.properties.tags; an empty context () means the top-level object.
    .analysis-3 = Strict mode (strict: true, Structured Outputs) accepts a subset of JSON Schema: every object needs additionalProperties: false and lists every property in required; optional fields are written as a union with null.
    .fix-1 = Open the property named in context and fix what the message says: give every type array an items schema, add additionalProperties: false to every object, and list every key of properties in required.
    .fix-2 = Generate the schema from types (pydantic's model_json_schema / openai.pydantic_function_tool, zod with zodFunction / zodResponseFormat) instead of writing it by hand, so arrays and required lists are always complete.
    .fix-3 = If the tool comes from a framework or an MCP server, fix it at its source (its input schema) or set strict to false for that tool.
    .prevention-1 = Validate every tool schema once at startup against the Structured Outputs subset (a unit test that sends each tool to the API or checks items/required/additionalProperties).
