## new-api / one-api gateways: errors raised by the gateway itself

newapi-invalid-token = The new-api / one-api gateway rejected your key: it is not a live token of this gateway
    .cause = The type new_api_error (or one_api_error) means the gateway itself answered, not OpenAI or any upstream model provider: the key in the Authorization header did not match a usable token in this gateway's database. Usual causes: the base_url points at a different gateway than the one that issued the key (or at api.openai.com with a gateway key), the token was deleted, disabled or has expired, its quota is used up (newer new-api builds report those cases with this same message), the key carries stray whitespace, quotes or a doubled "Bearer " prefix, or it is a token of another gateway instance.
    .translation = 无效的令牌 / Invalid token: the gateway found no valid token for the key you sent. 令牌验证失败 (one-api) means the token lookup itself failed.
    .analysis-1 = HTTP 401 from the gateway's auth middleware (TokenAuth). The request never reached an upstream channel, so no upstream key, balance or model is involved and nothing was billed.
    .analysis-2 = The "(request id: ...)" suffix is added by new-api / one-api; the same id is in the X-Oneapi-Request-Id response header. The gateway admin can find this exact request in the 使用日志 (usage log) page or with docker logs on the gateway container.
    .fix-1 = Pair the key with its own gateway: set base_url (OPENAI_BASE_URL) to https://<the gateway that issued the key>/v1 and api_key to the raw sk-... string shown on that gateway's 令牌管理 page (new-api /console/token, older builds and one-api /token). Call GET /v1/models with it: a model list means the token is live.
    .fix-2 = On the 令牌管理 page check the token's row: status must be 已启用 (enabled), 过期时间 (expiry) in the future or "never", and 剩余额度 (remaining quota) above zero or unlimited. Re-enable it, extend it, raise its quota, or create a new token and copy it again.
    .fix-3 = Strip the key: no surrounding quotes, spaces or newline from .env files, and do not put "Bearer " into api_key yourself (the SDK adds it; a doubled "Bearer Bearer sk-..." fails).
    .fix-4 = If the key looks right and still fails, send the request id to the gateway admin: they can search it in 使用日志 or with docker logs new-api 2>&1 | grep <request id> to see which token lookup failed.
    .prevention-1 = Keep base_url and key together in one config entry per gateway, loaded from environment variables or a secret manager, so a key is never sent to the wrong instance.
    .prevention-2 = Give tokens an expiry and quota you monitor, and set a reminder before a token expires.

newapi-token-missing = The gateway received no API key at all
    .cause = The request reached the new-api / one-api gateway without a token: the Authorization header was missing or empty, usually because the environment variable holding the key (OPENAI_API_KEY or your app's own setting) was not set in this process, or an HTTP client dropped the header on a redirect.
    .translation = 未提供令牌 / Token not provided: the request carried no token.
    .analysis-1 = HTTP 401 with new_api_error / one_api_error comes from the gateway's auth middleware before any upstream call; the key value never arrived.
    .analysis-2 = Frequent triggers: running under a different shell, service manager, IDE or container that does not load your .env; a client configured with the key under the wrong option name; an http:// base_url whose redirect to https:// strips the header.
    .fix-1 = Pass the key explicitly or make sure the variable is set where the program runs: print whether OPENAI_API_KEY is non-empty right before creating the client, and set it in the service unit, docker-compose environment or IDE run configuration.
    .fix-2 = Send it as "Authorization: Bearer sk-..." (OpenAI format). Claude-format routes also accept x-api-key; Gemini-format routes accept x-goog-api-key or ?key=.
    .fix-3 = Use the exact https:// gateway address with the /v1 suffix so no redirect strips the header.
    .prevention-1 = Fail fast at startup when the key variable is empty instead of sending unauthenticated requests.

newapi-token-expired = Your gateway token has expired
    .cause = The new-api / one-api gateway found the token but its expiry time (过期时间) has passed, so every request with it is rejected until the token is extended or replaced.
    .translation = 该令牌已过期 / This token has expired.
    .analysis-1 = HTTP 401 from the gateway itself (new_api_error / one_api_error), not from the upstream model provider; the account balance may still be fine.
    .analysis-2 = Newer new-api builds report an expired token as plain 无效的令牌; this explicit message comes from builds that name the reason.
    .fix-1 = Open the gateway's 令牌管理 page (new-api /console/token, one-api /token), edit this token and set 过期时间 to a later date or "永不过期" (never expires), then retry with the same key.
    .fix-2 = If you are not the owner of the gateway account, ask whoever issued the key for a renewed token and replace OPENAI_API_KEY.
    .prevention-1 = Track token expiry dates and rotate keys before they lapse; prefer short-lived tokens only where you automate renewal.

newapi-token-quota-exhausted = The quota of this gateway token is used up
    .cause = The token (API key) has its own spending cap on the gateway, separate from the account balance, and it has reached zero. The account may still have balance; it is the per-token limit that stops the request.
    .translation = 该令牌额度已用尽 / This token's quota is exhausted (RemainQuota is at or below zero). one-api: 令牌 <name>（#<id>）额度已用尽.
    .analysis-1 = The gateway's auth layer checks the token's remaining quota (剩余额度) before relaying; older builds answer 401, newer ones 403 with code insufficient_user_quota. No upstream was called.
    .analysis-2 = A negative RemainQuota in the message means earlier requests were post-charged beyond the cap.
    .fix-1 = On the gateway's 令牌管理 page (new-api /console/token, one-api /token) edit the token: raise its 额度 (quota) or tick 无限额度 (unlimited quota), then retry with the same key.
    .fix-2 = If the token belongs to someone else's gateway account, ask them to raise the token quota or issue a new token.
    .fix-3 = If the account balance itself is low too, top up on the gateway's wallet page (钱包 / 充值, new-api /console/topup) first; raising the token cap alone does not add money.
    .prevention-1 = Set per-token caps deliberately and watch 剩余额度 in the token list or the usage log; give automation its own token so one job cannot drain another's quota.

newapi-token-disabled = This gateway token is disabled
    .cause = The token exists but its status on the gateway is not enabled: it was switched off manually, or the gateway disabled it automatically (for example after it expired or ran out of quota).
    .translation = 该令牌状态不可用 / This token status is unavailable.
    .analysis-1 = HTTP 401 from the gateway's own auth check (new_api_error / one_api_error); the upstream provider was not contacted.
    .fix-1 = On the gateway's 令牌管理 page (new-api /console/token, one-api /token) find the token and set its status back to 启用 (enabled); if it was disabled because it expired or ran out, extend the expiry or raise the quota first.
    .fix-2 = If you do not manage the gateway account, ask its owner to re-enable the token or give you a new one.
    .prevention-1 = Check the token list periodically; gateways disable tokens silently when they expire or exhaust their quota.

newapi-user-banned = The gateway account that owns this token is banned
    .cause = The token is valid but the user account it belongs to has been disabled (封禁) by the gateway administrator, so all of that user's tokens are refused.
    .translation = 用户已被封禁: the user (account) has been banned.
    .analysis-1 = HTTP 403 from the new-api / one-api gateway itself; creating new tokens under the same account will not help.
    .fix-1 = Contact the administrator of this gateway (the site that issued the key) and ask why the account was disabled; only they can re-enable it under 用户管理 (user management).
    .fix-2 = If you are the administrator: open 用户管理, find the user and set the status back to enabled.
    .prevention-1 = Follow the gateway's usage terms; abuse detection or unpaid usage is the usual reason for a ban.

newapi-ip-not-allowed = Your client IP is not on this token's IP allow-list
    .cause = The gateway token has an IP restriction (allow_ips in new-api, a subnet in one-api) and the IP the request came from is not in it, or the gateway could not determine the client IP at all (typical behind a reverse proxy that does not forward X-Forwarded-For / X-Real-IP).
    .translation = 您的 IP 不在令牌允许访问的列表中: your IP is not in the token's allowed list. 该令牌只能在指定网段使用 (one-api): the token may only be used from the given subnet. 无法解析客户端 IP: the client IP could not be parsed.
    .analysis-1 = HTTP 403 (code access_denied in new-api) from the gateway's auth middleware; the key itself is valid.
    .analysis-2 = The IP the gateway sees is your public egress address (NAT, VPN, cloud NAT gateway, CI runner), not your machine's LAN address.
    .fix-1 = On the gateway's 令牌管理 page edit the token's IP restriction (IP 白名单 / 允许的 IP): add your real egress IP (check it with curl https://ifconfig.me from the same machine) or a CIDR range, or clear the field to allow any IP.
    .fix-2 = If the gateway sits behind nginx or a CDN, make sure the proxy forwards the real client IP (proxy_set_header X-Forwarded-For / X-Real-IP) and the gateway trusts it.
    .fix-3 = Run the client from the network the restriction was made for (the office VPN, the server with the allowed IP).
    .prevention-1 = Use fixed egress IPs (a NAT gateway or proxy) for production clients so allow-lists stay valid.

newapi-group-forbidden = The gateway token is bound to a group your account cannot use
    .cause = new-api tokens are assigned to a user group (分组) that decides which channels and prices apply. This token's group is not one of the groups your user may use, or the administrator removed or disabled that group.
    .translation = 无权访问 <group> 分组: no permission to access the group. 分组 <group> 已被弃用 / 令牌分组 <group> 已被禁用: the group has been removed / disabled.
    .analysis-1 = HTTP 403 from the gateway's token check, before channel selection; the model and the upstream are not involved.
    .fix-1 = On the gateway's 令牌管理 page edit the token and pick a group your account can use (often default, or auto), or create a new token in a valid group.
    .fix-2 = If you need that group (for example a vip or svip price tier), ask the gateway administrator to grant it to your account or to restore the group in the group ratio settings.
    .prevention-1 = After the administrator changes groups, review the group of every token you use.

newapi-token-model-forbidden = This gateway token is not allowed to use the requested model
    .cause = The token has a model restriction (模型限制) on the gateway and the model in your request is not on its list, or the list is enabled but empty.
    .translation = 该令牌无权访问模型 <model> / 该令牌无权使用模型 (one-api): this token has no access to the model. 该令牌无权访问任何模型: the token may use no model at all.
    .analysis-1 = HTTP 403 from the gateway itself; the model may well exist on the gateway and be served by a channel, but this particular key may not call it.
    .analysis-2 = The check compares the exact model string, so a different spelling, a dated snapshot name or a provider prefix counts as another model.
    .fix-1 = On the gateway's 令牌管理 page edit the token: add the model to its model restriction list or switch the restriction off.
    .fix-2 = Or change the model parameter in your code to one that the token allows (GET /v1/models with this key lists them).
    .prevention-1 = Keep the token's model list in sync with the models your application actually requests.

newapi-channel-disabled = The gateway channel pinned by your key is disabled
    .cause = The key was sent in the pinned-channel form sk-<token>-<channel id>, which only gateway administrators may use: it makes new-api / one-api skip channel selection and send the request to that one channel. The channel with that id exists but is disabled (manually, or automatically after upstream errors), so the gateway refuses the request.
    .translation = 该渠道已被禁用 / This channel has been disabled: the channel is disabled.
    .analysis-1 = HTTP 403 from the gateway's distributor; no upstream was called and nothing was billed. (A channel id that does not exist gives 无效的渠道 Id / Invalid channel ID instead.)
    .fix-1 = Send the plain token without the -<channel id> suffix (sk-xxxx instead of sk-xxxx-12): the gateway then picks any enabled channel that serves the model.
    .fix-2 = Gateway admin: open 渠道管理, find the channel by its id, test it, and set its status back to 启用 (enabled) if the upstream works again; if it was auto-disabled, fix its upstream key or balance first.
    .prevention-1 = Pin channels only for debugging; production clients should use plain tokens so a disabled channel is skipped automatically.

newapi-invalid-channel-id = The gateway has no channel with the id given after your key
    .cause = The key was sent in the channel-selecting form sk-<token>-<channel id> (or through the /proxy/<channel id> route), which new-api / one-api let gateway administrators use to skip channel selection. The part after the last dash is not a number, or no channel with that id exists (deleted, or an id from another gateway).
    .translation = 无效的渠道 Id / Invalid channel ID: the channel id given with the request does not exist.
    .analysis-1 = HTTP 400 from the gateway's distributor before any upstream call; nothing was billed. Retrying with the same key fails the same way.
    .analysis-2 = Only admin tokens may select a channel; for an ordinary user the same key form gives 普通用户不支持指定渠道 instead. A key copied with an extra -suffix looks like a channel selection by accident.
    .fix-1 = Send the plain token without the -<channel id> suffix (sk-xxxx instead of sk-xxxx-12): the gateway then picks an enabled channel that serves the model.
    .fix-2 = To pin a channel on purpose, use an id that exists: open the gateway's admin panel, page 渠道 (channels), and copy the ID column of the channel you want, then send sk-xxxx-<that id> with an admin token.
    .prevention-1 = Keep channel pinning for debugging by administrators; give applications plain tokens so channel changes on the gateway do not break them.

newapi-no-available-channel = The gateway has no working channel for this model in your group
    .cause = The gateway found your token fine, but no enabled channel in your group (分组) serves the requested model name. Usual reasons: the model name is misspelled or not offered by this gateway, the channel that serves it was disabled (manually or auto-disabled after upstream errors such as 401 or insufficient_quota), or the model is only configured for another group.
    .translation = 分组 X 下模型 Y 无可用渠道 (new-api) / 当前分组 X 下对于模型 Y 无可用渠道 (one-api): no available channel for model Y in group X. 获取可用渠道失败: channel lookup failed.
    .analysis-1 = HTTP 503 with code model_not_found from the distributor, before any upstream request. It is not an upstream outage: the gateway simply has nothing to route this model to, so retrying the same request will keep failing.
    .analysis-2 = "auto(<group>)" in the message means the token uses the auto group and none of the groups it falls back to has the model.
    .fix-1 = Check the exact model id: call GET /v1/models with the same key and use a name from that list (watch for dated suffixes such as -20241022 and for prefixes like deepseek-ai/).
    .fix-2 = If the model should be available, send the request id to the gateway admin: in 渠道管理 (channels) they must enable a channel that lists this model, add the model to the channel's model list, and include your group in the channel's groups; auto-disabled channels show the upstream error that caused it.
    .fix-3 = Or switch your token to a group that has the model (令牌管理, edit the token's group) if your account may use it.
    .prevention-1 = Administrators: enable channel testing and notifications, and configure more than one channel per popular model so one disabled channel does not take the model offline.

newapi-model-price-unset = The gateway has no price configured for this model
    .cause = The gateway knows the model (a channel serves it) but the administrator never set its billing ratio or fixed price, so the gateway refuses to relay it rather than bill it at an unknown price.
    .translation = 模型 X 倍率或价格未配置，请联系管理员设置或开始自用模式: the model ratio or price is not set; ask the administrator to set it or enable self-use mode.
    .analysis-1 = HTTP 500 with code model_price_error from the gateway (new_api_error). Nothing was sent upstream; only the gateway administrator can fix it.
    .fix-1 = Gateway admin: open 系统设置 then 倍率设置 (ratio settings, or the 模型定价 / model pricing page in newer builds) and add a model ratio and completion ratio, or a per-call price, for this exact model name; or enable 自用模式 (self-use mode) for a private gateway.
    .fix-2 = As a user: pick a model that the gateway lists with a price on its pricing page, or send the request id to the admin.
    .prevention-1 = Admins: whenever a channel gets a new model name, add its price at the same time.

newapi-user-quota-insufficient = Your gateway account balance is used up
    .cause = The gateway user account behind this token has no remaining quota (balance) left, so the gateway refuses to pre-charge the request.
    .translation = 用户额度不足, 剩余额度: X / user quota is not enough: the account's remaining quota is insufficient.
    .analysis-1 = HTTP 403 with code insufficient_user_quota: a billing stop at the gateway, not an upstream error and not a rate limit. The gateway does not retry it and waiting does not help.
    .analysis-2 = This is the account balance; a per-token cap reports 该令牌额度已用尽 or token quota is not enough instead.
    .fix-1 = Top up on the gateway's wallet page (钱包 / 充值, new-api /console/topup) or redeem a 兑换码 (redemption code); on a private gateway the administrator raises the quota in 用户管理.
    .fix-2 = Check what consumed it in the 使用日志 (usage log) page, per token and per model.
    .prevention-1 = Watch the balance on the gateway dashboard and set low-balance notifications (通知设置) where the gateway offers them.

newapi-pre-consume-failed = The gateway could not pre-charge this request: your balance is below the reserved amount
    .cause = Before relaying, new-api / one-api reserves the estimated cost of the prompt tokens plus max_tokens. Your remaining balance is smaller than that reservation, even though it may cover what the request would really use. A large max_tokens (or a model default of 16K-64K output tokens) is the usual trigger.
    .translation = 预扣费额度失败, 用户剩余额度: X, 需要预扣费额度: Y: pre-charge failed; the user's remaining quota X is below the required pre-charge Y.
    .analysis-1 = HTTP 403 with code insufficient_user_quota; the two numbers in the message are your balance and the amount the gateway wanted to reserve. Retrying unchanged fails the same way.
    .fix-1 = Lower max_tokens (max_completion_tokens) in the request to what you really need, for example 1024-4096 instead of the model maximum; this shrinks the reservation. Claude Code users can set CLAUDE_CODE_MAX_OUTPUT_TOKENS lower.
    .fix-2 = Shorten the prompt (history, attached files), since prompt tokens are reserved too.
    .fix-3 = Or top up the gateway account (钱包 / 充值) so the balance covers the reservation.
    .prevention-1 = Set an explicit, modest max_tokens on every call rather than relying on large defaults, and keep a balance buffer above your largest request.

newapi-token-pre-consume-failed = The gateway token's own quota cannot cover this request
    .cause = The token (API key) has a spending cap on the gateway and its remaining amount is smaller than the cost the gateway wants to reserve for this request (prompt plus max_tokens). The account balance may be fine.
    .translation = token quota is not enough, token remain quota: X, need quota: Y / 令牌额度不足: the token's remaining quota X is below the required Y.
    .analysis-1 = HTTP 403 with code pre_consume_token_quota_failed from the gateway; no upstream call was made.
    .fix-1 = On the gateway's 令牌管理 page raise this token's 额度 or set it to 无限额度 (unlimited).
    .fix-2 = Or lower max_tokens and shorten the prompt so the reservation fits the remaining token quota.
    .prevention-1 = Size per-token caps for your largest request, and monitor 剩余额度 per token.

newapi-request-limit = The gateway's per-user request limit was hit
    .cause = The gateway administrator configured a model request rate limit (模型请求速率限制) per user: N requests per M minutes. You exceeded it. The "total" variant also counts failed requests, so a retry loop on errors drains it quickly.
    .translation = 您已达到请求数限制：M分钟内最多请求N次: you have reached the request limit of N requests in M minutes. 总请求数限制 ... 包括失败次数: the total limit includes failed attempts.
    .analysis-1 = HTTP 429 with new_api_error: the limit is enforced by the gateway itself, not by the upstream provider, so upstream tier upgrades do not help.
    .fix-1 = Slow down to the stated rate: queue requests, cap concurrency, and back off with jitter when you get 429, waiting at least until the window passes.
    .fix-2 = Fix whatever makes requests fail repeatedly (the total limit counts failures), instead of retrying them in a tight loop.
    .fix-3 = If you need a higher rate, ask the gateway admin; it is set under 系统设置 then 速率限制 (rate limit settings).
    .prevention-1 = Use a client-side rate limiter sized to the gateway limit, and exponential backoff with full jitter for 429 responses.

newapi-upstream-saturated = The gateway's upstream channel returned 429 (rate-limited or out of quota)
    .cause = The gateway relayed your request to an upstream channel and that upstream answered HTTP 429; the gateway then replaced the upstream's message with this generic text. The real cause sits with the channel's upstream key: its rate limit (RPM/TPM) is exhausted, or, when the type or code says insufficient_quota, the upstream account behind the channel has run out of credit.
    .translation = 当前分组上游负载已饱和，请稍后再试: the upstream load of the current group is saturated, please try again later.
    .analysis-1 = The type and code in the body (for example insufficient_quota or rate_limit_exceeded) are the upstream's, kept by the gateway; only the message was rewritten. Your own token and balance are fine.
    .analysis-2 = Who fixes it: the gateway administrator (channel keys, quotas, more channels). As a user you can only wait, lower your rate, or use another model or group.
    .fix-1 = Retry after a pause with exponential backoff and jitter; if the gateway has several channels for the model, a later attempt may go through another one.
    .fix-2 = Send the request id to the gateway admin. In 渠道管理 they should test the channel for this model: if the upstream says insufficient_quota or billing_not_active, top up or replace that channel's key; if it is a rate limit, add channels or keys (multi-key channels) or raise the upstream tier.
    .fix-3 = Meanwhile switch to another model or group that is served by different channels.
    .prevention-1 = Administrators: give busy models several channels with separate upstream keys, enable retries (RetryTimes) and auto-disabling of channels whose key ran out.

oneapi-group-saturated = The gateway's group is saturated: its upstream returned 429
    .cause = Older one-api / new-api versions replace any upstream HTTP 429 with this text (and Midjourney relays use it for a full upstream queue, code 30). The real cause is on the channel's upstream: its rate limit, a full task queue, or, when the code says billing_not_active or insufficient_quota, an upstream account with no active billing.
    .translation = 当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量: the current group is saturated; try again later or upgrade your account for better service.
    .analysis-1 = This is not about your own token or balance. The type and code fields, when present, are the upstream's: billing_not_active / insufficient_quota mean the channel key's account cannot pay, which waiting will not fix.
    .fix-1 = Retry later with backoff; for Midjourney tasks, submit fewer tasks at once.
    .fix-2 = Report it to the gateway admin with the time of the request: they must test the channel in 渠道管理 and fix the upstream key (top up, activate billing, replace the key) or add channels.
    .fix-3 = Use another model or group served by different channels in the meantime.
    .prevention-1 = Administrators: upgrade to a current new-api, which keeps the upstream message, and run several channels per busy model.

newapi-do-request-failed = The gateway could not reach its upstream provider
    .cause = The gateway accepted your request but its outbound HTTP call to the channel's upstream failed at the network level: DNS failure, connection refused or reset, TLS error, an i/o timeout or an unreachable proxy. The channel's base URL (代理 / Base URL) or the gateway server's network or proxy settings are broken, or the upstream host is blocked from the gateway's location.
    .translation = 请求上游地址失败 / do request failed: the request to the upstream address failed.
    .analysis-1 = HTTP 500 with code do_request_failed; the text after the colon (dial tcp ... i/o timeout, EOF, x509 ...) is the Go network error the gateway got. Your token, your network and the model name are fine.
    .analysis-2 = Only the gateway administrator can fix this; from your side, a retry may succeed if the gateway has another channel or the failure was transient.
    .fix-1 = Retry once or twice after a short pause.
    .fix-2 = Gateway admin: in 渠道管理 open the channel and check its Base URL (no typo, correct https:// scheme, reachable from the server), then use the channel's 测试 (test) button. From the server run curl -v <base url>/v1/models to see the DNS/TLS/connect error.
    .fix-3 = If the upstream needs a proxy from this server (for example api.openai.com or api.anthropic.com from mainland China), set the channel's 代理 (proxy) field or the container's HTTPS_PROXY, and check that the proxy is up.
    .prevention-1 = Administrators: enable automatic channel tests and keep a second channel on another route for important models.

newapi-bad-upstream-status = The upstream returned an error page the gateway could not parse
    .cause = The gateway's upstream channel answered with an HTTP error whose body was not the expected JSON (typically an HTML 502/503/504 page from Cloudflare or nginx, or a 524 timeout). new-api reports it as bad_response_status_code and puts the upstream's status into param.
    .translation = bad response status code N: the upstream replied with status N and an unreadable body.
    .analysis-1 = type upstream_error means the failure is on the channel's upstream side, not your token. The status in param is the upstream's own; 524 or 504 usually means the upstream took too long, 502/503 that it was down or overloaded.
    .fix-1 = Retry with backoff; for long generations use stream=true so the connection is not cut by a proxy timeout.
    .fix-2 = If it keeps happening, send the request id to the gateway admin: they should test the channel in 渠道管理, check the channel's Base URL (a wrong path or a reverse proxy in front of it often returns HTML) and look at the gateway log for the raw upstream response.
    .prevention-1 = Administrators: set a status code mapping or retries for flaky channels, and keep backup channels for the model.

newapi-sensitive-words = The gateway's sensitive-word filter blocked your request
    .cause = The gateway administrator enabled sensitive-word filtering (敏感词过滤) and your prompt contains one of the configured words; the gateway refused the request before sending it upstream.
    .translation = sensitive words detected: the listed sensitive words were found in the request.
    .analysis-1 = Code sensitive_words_detected from the gateway itself (new_api_error), not from the upstream model's own safety system. The words that matched are usually listed after the colon.
    .fix-1 = Remove or rephrase the listed words in the prompt (including system prompt, history and tool results) and resend.
    .fix-2 = If the match is a false positive, ask the gateway admin to adjust the word list under 系统设置 then 敏感词过滤 settings, or to exempt your use case.
    .prevention-1 = Sanitize user-supplied text before forwarding it, and keep your prompts free of terms on the gateway's list.

newapi-channel-config = The gateway's upstream channel is misconfigured
    .cause = The gateway picked a channel for your model but could not use it: every key of a multi-key channel is disabled (channel:no_available_key), the channel's model mapping, parameter override or header override JSON is invalid, its key is malformed, or its AWS client could not be built. These are configuration errors of the channel, set by the gateway administrator.
    .translation = 没有可用的渠道密钥: no usable channel key is left.
    .analysis-1 = Codes starting with channel: come from the gateway's channel layer; new-api retries them on another channel when one exists, so seeing it means no alternative channel worked.
    .fix-1 = Send the request id and the code to the gateway admin.
    .fix-2 = Gateway admin: in 渠道管理 open the channel. For no_available_key re-enable or replace the keys of the multi-key channel (they were auto-disabled after upstream errors); for model_mapped_error, param_override_invalid or header_override_invalid fix the JSON in 模型重定向 / 参数覆盖 / 请求头覆盖; for invalid_key or aws_client_error re-enter the key in the format the channel type expects.
    .fix-3 = As a user, try another model or group served by a different channel meanwhile.
    .prevention-1 = Administrators: validate channel JSON when editing, and watch channel auto-disable notifications.

newapi-channel-timeout = The gateway's upstream channel took too long to respond
    .cause = The channel did not return a response within the time limit the gateway administrator set for it, so the gateway abandoned the request (code channel:response_time_exceeded).
    .analysis-1 = A timeout on the channel side, not your network. Long non-streamed completions and reasoning models are the usual victims.
    .fix-1 = Use stream=true so tokens flow before the limit, or lower max_tokens / reasoning effort to shorten generation.
    .fix-2 = Retry; the gateway may route the next attempt to a faster channel.
    .fix-3 = If it persists, ask the gateway admin to raise the channel's response time limit or add a faster channel for the model.
    .prevention-1 = Stream long generations and set client timeouts above the gateway's limit.

newapi-database-error = The gateway's database failed
    .cause = new-api / one-api could not read its own database (or Redis cache) while validating your token or billing the request. This is a fault of the gateway server, not of your key or the upstream.
    .translation = 无效的令牌，数据库查询出错，请联系管理员: invalid token, database query failed, contact the administrator. 数据库错误，请稍后重试: database error, try again later.
    .analysis-1 = HTTP 500 from the gateway itself. The phrase 无效的令牌 in the first variant is misleading: the token may be perfectly valid; the lookup failed.
    .fix-1 = Retry after a short wait; transient database or Redis hiccups clear by themselves.
    .fix-2 = If it persists, send the request id to the gateway admin: they should check the gateway logs (docker logs new-api) and the health of MySQL/PostgreSQL/SQLite and Redis (connections, disk space, SQL_DSN and REDIS_CONN_STRING settings).
    .prevention-1 = Administrators: monitor database and Redis health and disk space, and keep backups.

newapi-invalid-request = The gateway could not parse your request
    .cause = The gateway rejected the request body before routing it: the body is not valid JSON, the model field is missing or not a string, or a required field (messages, max_tokens format) is invalid.
    .translation = 无效的请求: invalid request (the text after it is the JSON parse error). 未指定模型名称，模型名称不能为空: no model name given; model must not be empty.
    .analysis-1 = HTTP 400 from the gateway's distributor; the upstream never saw the request, so its documentation's parameter rules are not the issue yet.
    .fix-1 = Send a valid JSON body with Content-Type: application/json and a string "model" field; check quoting and escaping when the body is built by hand (curl -d with shell quotes is a frequent culprit).
    .fix-2 = Make sure you call the endpoint matching the body format (/v1/chat/completions for OpenAI chat, /v1/messages for Claude format).
    .prevention-1 = Build request bodies with an SDK or a JSON serializer rather than string concatenation.

newapi-body-too-large = The request body is larger than the gateway accepts
    .cause = new-api reads the whole request body before routing it and refuses bodies above its size limit (the MAX_REQUEST_BODY_MB setting of the gateway, counted after decompression). Large base64-encoded images, audio or files inside the JSON, or a very long conversation history, push the body over the limit.
    .translation = request body exceeds N MB: request body too large: the body is larger than N megabytes.
    .analysis-1 = HTTP 413 with code read_request_body_failed from the gateway itself (new_api_error); the upstream model never saw the request, so its own limits are not involved yet.
    .fix-1 = Make the request smaller: pass images and files as URLs instead of base64 data, downscale or recompress images, send fewer attachments per call, and trim old conversation turns.
    .fix-2 = Gateway admin: raise the MAX_REQUEST_BODY_MB environment variable of the new-api container (and client_max_body_size of an nginx in front of it), then restart the gateway.
    .prevention-1 = Check the encoded size of attachments before sending and upload large media separately (file API or object storage URL).

newapi-management-auth = The one-api / new-api management API did not accept the access token
    .cause = The request went to a management endpoint (/api/user, /api/token, /api/channel, /api/log...), which authenticates with a login session or the account's system access token, not with an sk- relay key: the Authorization header was missing, held an sk- key or a stale access token, or (new-api) the New-Api-User header with the account's user id was missing or did not match.
    .translation = 无权进行此操作，access token 无效: not allowed, the access token is invalid. 未登录且未提供 access token: not logged in and no access token given. 未提供 New-Api-User: the New-Api-User header is missing.
    .analysis-1 = This answer comes from the gateway's dashboard authentication, not from the relay (/v1/*) and not from an upstream model provider: relay keys (sk-...) are only valid on /v1/* and are refused here. one-api may answer it with HTTP 200 and success false, so a client that only checks the status misses it.
    .fix-1 = Generate the system access token in the web console under 个人设置 (Personal settings) > 生成系统访问令牌 (Generate access token) and send it as Authorization: Bearer TOKEN; generating a new one invalidates the previous token.
    .fix-2 = On new-api also send New-Api-User: USER_ID, the numeric id of the account that owns the token (shown in 个人设置 / the user list); a missing, malformed or different id is refused.
    .fix-3 = If you meant to call the model API, use the relay path (/v1/chat/completions, /v1/models) with the sk- key instead of /api/*.
    .prevention-1 = Keep the management access token and the relay sk- keys as separate settings, and check the success field of every /api/* answer, not only the HTTP status.

newapi-management-permission = The one-api / new-api account is not allowed to use this management endpoint
    .cause = The access token or session was accepted, but the account's role is below what this endpoint requires: channels, users, options and logs of all users need an administrator, some settings the root (super administrator) account.
    .translation = 无权进行此操作，权限不足: not allowed, insufficient privileges. 仅限超级管理员: super administrators only.
    .analysis-1 = A role check (common user, admin, root) in the gateway's dashboard authentication; authentication itself succeeded, so a different token of the same account cannot help.
    .fix-1 = Use the access token of an administrator account (or root for root-only settings): log in as that account, 个人设置 > 生成系统访问令牌, and send that token with its own New-Api-User id.
    .fix-2 = Or ask the root user to raise the account's role under 用户管理 (Users) > 提升 (Promote), or call the self-service endpoints (/api/user/self, /api/token/) that a common user may use.
    .prevention-1 = Give automation its own administrator account with a dedicated access token, instead of reusing a personal common-user token.

newapi-gateway-auth = The gateway rejected the request's credentials
    .cause = The error type new_api_error / one_api_error with HTTP 401 means the new-api / one-api gateway itself refused the key, before any upstream call; the exact wording is from a gateway version or fork without a more specific match.
    .analysis-1 = Gateway-side authentication: the token is unknown, expired, disabled or exhausted on this gateway, or the key was sent to the wrong gateway.
    .fix-1 = Check the key on the issuing gateway's 令牌管理 page (status, expiry, remaining quota) and make sure base_url points to that same gateway.
    .fix-2 = Send the request id to the gateway admin so they can look it up in 使用日志 or the container logs.
    .prevention-1 = Keep each gateway's base_url and key together in configuration and monitor token expiry and quota.

newapi-gateway-forbidden = The gateway refused the request (permission)
    .cause = HTTP 403 with new_api_error / one_api_error: the gateway accepted the key but the request is not allowed for it, for example a token pinned to a channel (sk-KEY-<channel id>) by a non-admin, a disabled channel, a group or model restriction, or an account state reported in wording not matched more specifically.
    .translation = 普通用户不支持指定渠道: ordinary users cannot pin a channel. 无效的渠道 Id / 该渠道已被禁用: invalid channel id / the channel is disabled.
    .analysis-1 = A gateway-side policy decision; the upstream provider was not contacted.
    .fix-1 = Read the message for the restriction: use a plain token without the -<channel id> suffix, or ask the admin to enable the channel, group or model for your token.
    .fix-2 = Send the request id to the gateway admin if the reason is unclear.
    .prevention-1 = Review token settings (group, model list, IP list) after any change on the gateway.

newapi-gateway-server-error = The gateway failed internally
    .cause = HTTP 5xx with new_api_error / one_api_error: the new-api / one-api gateway itself failed while preparing or relaying the request (building relay info, channel selection, converting the request or reading the upstream response).
    .analysis-1 = A gateway-side fault; your token and request may be fine. The code field (for example get_channel_failed, gen_relay_info_failed, convert_request_failed, read_response_body_failed) names the step that failed.
    .fix-1 = Retry after a short pause.
    .fix-2 = If it repeats, send the request id and code to the gateway admin; the gateway log (docker logs) has the full error.
    .prevention-1 = Administrators: keep the gateway updated and monitor its error log.

newapi-gateway-error = The new-api / one-api gateway returned an error
    .cause = The error type new_api_error / one_api_error means the gateway itself produced this error (token, group, quota, pricing or request handling), not the upstream model provider; the wording did not match a known gateway message.
    .analysis-1 = Read the message and code: they name the gateway step that failed. The "(request id: ...)" suffix identifies the request in the gateway's 使用日志 and container logs.
    .fix-1 = Fix what the message names, checking your token on the gateway's 令牌管理 page and the request body.
    .fix-2 = Otherwise send the request id to the gateway administrator.
    .prevention-1 = Log the full gateway response, including the request id, for every failed call.

newapi-upstream-key-invalid = The gateway's upstream channel key was rejected by the provider
    .cause = This authentication error comes from the upstream provider (OpenAI, Anthropic, Moonshot, ...) and was passed through by a new-api / one-api gateway, as the "(request id: ...)" suffix shows. The rejected key is the channel key the gateway administrator configured, not the sk- token you sent to the gateway.
    .analysis-1 = Your gateway token was accepted; the upstream refused the channel's key (invalid, revoked, or its account deactivated). The gateway usually auto-disables such a channel.
    .analysis-2 = Changing your own key will not help, and the provider's console link in the message is for the gateway administrator.
    .fix-1 = Send the request id to the gateway administrator: in 渠道管理 they must test the channel serving this model and replace its key with a valid one, then re-enable it.
    .fix-2 = Meanwhile retry later or use a model or group served by another channel.
    .prevention-1 = Administrators: enable channel auto-disable and notifications, and keep backup channels with independent keys.

newapi-upstream-quota = The gateway's upstream account has run out of credit
    .cause = This billing error (insufficient_quota, billing_not_active, credit balance too low, 已欠费) comes from the upstream provider and was relayed by a new-api / one-api gateway, as the "(request id: ...)" suffix shows. The account behind the gateway's channel key cannot pay; your own gateway balance is not the issue.
    .analysis-1 = Not a rate limit: retrying or waiting does not help until the channel's upstream account is topped up or the key replaced.
    .fix-1 = Send the request id to the gateway administrator: they must top up or activate billing on the upstream account of the channel serving this model, or replace the channel key, in 渠道管理.
    .fix-2 = Meanwhile use another model or group that is served by a different channel.
    .prevention-1 = Administrators: monitor upstream balances, enable auto-disable for channels whose key reports insufficient_quota, and keep backup channels.

newapi-upstream-rate-limit = The gateway's upstream channel hit the provider's rate limit
    .cause = This 429 comes from the upstream provider and was relayed by a new-api / one-api gateway (see the "(request id: ...)" suffix): the rate limit belongs to the channel key the gateway uses, shared with every other user of that channel, not to your gateway token.
    .analysis-1 = Upgrading your own provider account or key changes nothing; the limit is on the gateway administrator's upstream account.
    .fix-1 = Retry with exponential backoff and jitter, honouring Retry-After when the gateway forwards it; lower your concurrency.
    .fix-2 = If it persists, give the request id to the gateway admin: they can add channels or keys for this model, or raise the upstream tier.
    .prevention-1 = Use a client-side rate limiter and backoff; administrators should spread busy models over several channels.

newapi-upstream-error = The gateway's upstream channel failed
    .cause = type upstream_error means a new-api / one-api gateway relayed an error from the channel's upstream provider (it had no type of its own). The fault is on the upstream side or in the channel configuration, not in your gateway token.
    .analysis-1 = The code field names what went wrong (for example empty_response, bad_response, read_response_body_failed); the request id identifies the request in the gateway logs.
    .fix-1 = Retry after a pause; the gateway may route the next attempt to another channel.
    .fix-2 = If it persists, send the request id to the gateway admin, who can test the channel in 渠道管理 and inspect the upstream's raw response in the logs.
    .prevention-1 = Log the request id of failed calls so the gateway admin can trace them.

## DeepSeek

deepseek-insufficient-balance = DeepSeek account balance is used up (HTTP 402)
    .cause = The DeepSeek account that owns this API key has no balance left (top-up balance and granted balance are both exhausted), so DeepSeek refuses to run the request.
    .translation = Insufficient Balance / 余额不足.
    .analysis-1 = HTTP 402 Insufficient Balance is DeepSeek's billing stop; it is not a rate limit and retrying cannot help. The odd type unknown_error in the body is normal for this error.
    .fix-1 = Top up at https://platform.deepseek.com/top_up (the balance is shared by all keys of the account), then retry; the key itself stays valid.
    .fix-2 = Check what used the balance at https://platform.deepseek.com/usage; a leaked key or a runaway loop shows up there.
    .prevention-1 = Check the balance regularly (GET https://api.deepseek.com/user/balance returns it) and alert before it runs out; treat 402 as fatal in retry logic.

deepseek-model-not-exist = DeepSeek does not know this model name (Model Not Exist)
    .cause = The request's model field is not a name the DeepSeek API serves. It takes its own ids, deepseek-chat and deepseek-reasoner, not names such as deepseek-r1, deepseek-v3 or a provider-prefixed id from another platform.
    .analysis-1 = DeepSeek answers 400 with type and code invalid_request_error; the message is the only sign that the model name is the problem.
    .fix-1 = Set model to deepseek-chat (V3) or deepseek-reasoner (R1), or to an id from GET https://api.deepseek.com/models.
    .fix-2 = If the model name comes from a tool's preset or a router (deepseek/deepseek-r1 on OpenRouter, deepseek-v3 on a cloud platform), change it to DeepSeek's own id when the base URL is api.deepseek.com.
    .prevention-1 = Read the list of models from GET /models at start-up instead of hard-coding names from other platforms.

deepseek-context-length = The request exceeds the DeepSeek model's context window
    .cause = Prompt tokens plus the requested max_tokens exceed the model's context window (64K tokens on the older deepseek-chat / deepseek-reasoner, 128K on newer versions). The message shows the limit and how many tokens were requested for messages and completion.
    .translation = This model's maximum context length is N tokens. However, you requested M tokens: the request is larger than the context window.
    .analysis-1 = HTTP 400 invalid_request_error; DeepSeek does not truncate input for you. Chat history that grows with every turn and a large max_tokens are the usual causes.
    .fix-1 = Trim or summarize older turns, tool results and attached documents so that prompt tokens plus max_tokens stay under the limit in the message.
    .fix-2 = Lower max_tokens: it is reserved in full against the window (for deepseek-reasoner it also covers the chain of thought).
    .fix-3 = For long documents, split them into chunks and process them separately (map-reduce) instead of one huge prompt.
    .prevention-1 = Count tokens before sending (roughly 1 token per 1.5 Chinese characters or 4 English characters) and keep a rolling history budget.

deepseek-reasoning-content-missing = DeepSeek thinking mode needs the assistant's reasoning_content sent back
    .cause = In thinking mode with tool calls, DeepSeek requires every earlier assistant message that made tool calls to be sent back with its reasoning_content field. Your message history drops that field (most SDK wrappers and frameworks keep only content and tool_calls), so the API rejects the conversation.
    .translation = Missing reasoning_content field in the assistant message at message index N: the assistant message at that index lacks reasoning_content.
    .analysis-1 = HTTP 400 invalid_request_error; the index in the message points at the assistant turn missing the field. Kimi thinking models enforce the same rule.
    .fix-1 = When you append the assistant's reply to the history, copy message.reasoning_content along with content and tool_calls (use an empty string when there was none), as in the snippet.
    .fix-2 = If a framework builds the messages (LangChain, agents, IDE plugins), update it to a version that preserves reasoning_content for DeepSeek, or switch that step to a non-thinking model (deepseek-chat without thinking).
    .prevention-1 = Store assistant messages as returned by the API instead of re-creating them from content only.

deepseek-content-risk = DeepSeek's content safety system rejected the request
    .cause = DeepSeek screens the input before generating and refuses requests its safety strategy classifies as risky (for example political, violent or discriminatory topics). DeepSeek says normal inputs are occasionally misclassified, and long batches of scraped text (news, social media posts, document titles) trip it more often.
    .translation = Content Exists Risk: the content carries a (safety) risk.
    .analysis-1 = HTTP 400 with type invalid_request_error, but it is a content block, not a malformed request: the same input fails again, so retrying unchanged only wastes time.
    .fix-1 = Find the part of the prompt that triggers it: split the batch (or the conversation, system prompt and tool results) into halves and resend each until the flagged item is isolated, then rephrase, redact or drop it.
    .fix-2 = Route content that keeps being refused to another model or provider, and report a clear false positive to DeepSeek with the input through the support contact on https://platform.deepseek.com.
    .prevention-1 = Treat Content Exists Risk as non-retryable in retry logic, and process scraped or user-supplied text in small batches so one flagged item does not fail the whole job.

deepseek-auth-failed = DeepSeek rejected the API key
    .cause = The Authorization header carried a key DeepSeek does not recognise: a typo or truncated key, a deleted key, or a key of another provider (for example an OpenAI or gateway key sent to api.deepseek.com).
    .translation = Authentication Fails, Your api key ... is invalid / 认证失败: the API key is invalid.
    .analysis-1 = HTTP 401 authentication_error from DeepSeek; the last characters shown help you tell which key was sent.
    .fix-1 = Create or copy a key at https://platform.deepseek.com/api_keys and set it as the api_key (for example DEEPSEEK_API_KEY) with base_url https://api.deepseek.com.
    .fix-2 = Make sure the program really reads the new value: print the last 4 characters at startup and compare with the key list.
    .prevention-1 = Keep keys in environment variables or a secret manager, one per application, and delete keys you no longer use.

deepseek-invalid-parameters = DeepSeek rejected a parameter value (HTTP 422)
    .cause = The JSON is well-formed but a value is not accepted by DeepSeek: an unknown message role or field, a wrong type, or an unsupported parameter for the chosen model. The message names the field and position.
    .analysis-1 = HTTP 422 Invalid Parameters; the request must be changed before it can succeed.
    .fix-1 = Fix the field named in the message (for example use role "tool" instead of "function", send content as a string, remove parameters the model does not support) following https://api-docs.deepseek.com/api/create-chat-completion.
    .fix-2 = When a framework builds the request, check that it targets an OpenAI-compatible DeepSeek format rather than another provider's.
    .prevention-1 = Validate requests against the API reference in tests before sending production traffic.

deepseek-rate-limit = DeepSeek is throttling your requests (HTTP 429)
    .cause = DeepSeek does not publish a fixed rate limit, but it returns 429 when your concurrent load or request rate is too high for the current server capacity.
    .analysis-1 = HTTP 429 Rate Limit Reached; it is temporary and safe to retry after a pause.
    .fix-1 = Retry with exponential backoff and full jitter, honouring Retry-After if present; the OpenAI SDK does this when max_retries is set.
    .fix-2 = Reduce concurrency (a semaphore of a few parallel calls) and spread batch jobs over time.
    .prevention-1 = Use a client-side rate limiter and capped backoff, and avoid bursty batch starts.

deepseek-server-error = DeepSeek had an internal server error (HTTP 500)
    .cause = The failure is on DeepSeek's side; the request itself may be fine.
    .analysis-1 = HTTP 500 Server Error; transient in most cases.
    .fix-1 = Retry after a short wait with backoff.
    .fix-2 = If it persists, check https://status.deepseek.com/ and try again later.
    .prevention-1 = Retry 5xx with capped exponential backoff and jitter, and make long jobs resumable.

deepseek-server-busy = DeepSeek servers are overloaded (HTTP 503)
    .cause = DeepSeek's servers are busy and are turning requests away; this happens at peak times and especially for deepseek-reasoner.
    .analysis-1 = HTTP 503 Server Overloaded is temporary and on DeepSeek's side; retrying later succeeds.
    .fix-1 = Retry with exponential backoff and jitter (see the snippet for SDK settings), and use a generous timeout, since responses can be slow under load.
    .fix-2 = For non-urgent batches, run them off-peak; check https://status.deepseek.com/ for incidents.
    .fix-3 = If you need availability, configure a fallback to the same model on another host (for example the DeepSeek models on SiliconFlow, Volcengine Ark or DashScope).
    .prevention-1 = Build retries and a fallback provider into production code paths that depend on DeepSeek.

## Moonshot / Kimi

moonshot-invalid-auth = Moonshot (Kimi) rejected the API key
    .cause = The key is invalid for the endpoint you called. Most often a key created on platform.moonshot.cn (China) is sent to api.moonshot.ai (international) or the reverse: the two platforms have separate accounts and keys. Otherwise the key was deleted, mistyped, or belongs to another provider.
    .translation = Invalid Authentication / Incorrect API key provided: the key was not accepted.
    .analysis-1 = HTTP 401 with type invalid_authentication_error or incorrect_api_key_error from Moonshot itself.
    .fix-1 = Match key and base URL: keys from https://platform.moonshot.cn/console/api-keys go with https://api.moonshot.cn/v1, keys from https://platform.moonshot.ai/console/api-keys with https://api.moonshot.ai/v1.
    .fix-2 = Re-copy the key (it starts with sk-) without spaces or quotes, or create a new one on the API keys page.
    .fix-3 = For Claude Code or other Anthropic-format clients, use the matching Anthropic endpoint (https://api.moonshot.cn/anthropic or https://api.moonshot.ai/anthropic) with ANTHROPIC_AUTH_TOKEN set to the Moonshot key.
    .prevention-1 = Store the base URL next to the key in configuration so they always travel together.

moonshot-quota-exceeded = Moonshot (Kimi) account has no balance left
    .cause = The Moonshot organization behind this key has used up its balance (or is suspended for non-payment), so requests are refused until it is topped up.
    .translation = exceeded_current_quota_error: your account's quota is used up; "is suspended, please check your plan and billing details" means the account is suspended for billing.
    .analysis-1 = A billing stop, returned as 403 or (in some versions) 429; despite the 429 it is not a rate limit, and retrying does not help.
    .fix-1 = Top up at https://platform.moonshot.cn/console/account (or https://platform.moonshot.ai for international accounts), then retry.
    .fix-2 = Check usage on the console's billing pages to find what consumed the balance.
    .prevention-1 = Keep a balance buffer, set low-balance alerts, and treat exceeded_current_quota_error as non-retryable.

moonshot-rate-limit = Moonshot (Kimi) rate limit reached
    .cause = Your organization exceeded one of its tier limits: concurrency (max organization concurrency), RPM, TPM or TPD. The message names which limit and how long to wait. New accounts start in a low tier (for example concurrency 1, RPM 3) until cumulative top-ups raise it.
    .translation = request reached organization max RPM / max organization concurrency: N, please try again after X seconds: you hit the limit; retry after X seconds.
    .analysis-1 = HTTP 429 rate_limit_reached_error; temporary, clears after the time given in the message.
    .fix-1 = Wait the number of seconds in the message, then retry with backoff and jitter.
    .fix-2 = Lower parallelism to the concurrency limit (see the snippet), and for coding agents turn off parallel sub-agents or tool calls.
    .fix-3 = Raise the tier by topping up; limits per tier are listed at https://platform.moonshot.cn/docs/pricing/limits.
    .prevention-1 = Size your client-side concurrency and request rate to your tier, and back off on 429.

moonshot-engine-overloaded = Moonshot (Kimi) engine is overloaded
    .cause = Moonshot's servers for this model are at capacity; the rejection is not about your own limits.
    .translation = The engine is currently overloaded, please try again later.
    .analysis-1 = Sent as HTTP 429 but with type engine_overloaded_error: provider-side overload, not your rate limit or balance.
    .fix-1 = Retry with exponential backoff and jitter.
    .fix-2 = Use another Kimi model or run the job later if the overload persists.
    .prevention-1 = Build retries and an alternative model into production paths.

moonshot-content-filter = Moonshot (Kimi) blocked the request as high risk
    .cause = Moonshot's content safety check judged the input (or the output it would produce) as high risk and refused it.
    .translation = The request was rejected because it was considered high risk.
    .analysis-1 = HTTP 400 with type content_filter; retrying the same content gets the same answer.
    .fix-1 = Rephrase or remove the content that could be considered sensitive, including in history, system prompt and uploaded files.
    .fix-2 = For legitimate use cases (for example moderation tooling), contact Moonshot support about your scenario.
    .prevention-1 = Pre-screen user input and keep conversation history short so old flagged content is not re-sent.

moonshot-model-not-found = Moonshot (Kimi) does not know this model, or the key cannot use it
    .cause = The model name in the request does not exist on this platform, is retired, or your account has no access to it (for example a model only on the international platform, or a typo in a dated suffix).
    .translation = Not found the model X or Permission denied: the model does not exist or access is denied.
    .analysis-1 = HTTP 404 resource_not_found_error.
    .fix-1 = List the models your key can use with GET https://api.moonshot.cn/v1/models (or api.moonshot.ai) and use an exact id from it, such as kimi-k2-0905-preview or moonshot-v1-32k.
    .fix-2 = Check that the base URL platform (.cn or .ai) offers the model.
    .prevention-1 = Keep model ids in configuration and check release notes for renamed or retired models.

moonshot-token-limit = The request exceeds the Moonshot model's context window
    .cause = The input tokens (plus max_tokens) are larger than the model's context length, for example more than 8K on moonshot-v1-8k.
    .translation = Input token length too long / Your request exceeded model token limit: N.
    .analysis-1 = HTTP 400 invalid_request_error; the request must be shortened or sent to a larger model.
    .fix-1 = Use a model with a larger window (moonshot-v1-32k, moonshot-v1-128k, or the kimi-k2 models with 128K-256K) or moonshot-v1-auto, which picks by length.
    .fix-2 = Trim history and documents, and lower max_tokens; Moonshot's token estimation endpoint (/v1/tokenizers/estimate-token-count) tells you the size first.
    .prevention-1 = Estimate tokens before sending and route long inputs to long-context models.

## Zhipu GLM

zhipu-auth-failed = Zhipu (GLM) authentication failed
    .cause = The Authorization header is missing, malformed or carries an invalid or expired key or JWT (business codes 1000-1004).
    .translation = 身份验证失败 / Authorization Token 非法 / Authorization Token 已过期: authentication failed, the token is invalid or expired.
    .analysis-1 = Codes 1000-1004 are authentication failures: 1001 no Authorization header, 1002 invalid token, 1003/1004 expired token; retrying does not help.
    .fix-1 = Copy a valid key from https://bigmodel.cn/usercenter/proj-mgmt/apikeys (or https://z.ai/manage-apikey/apikey-list for Z.ai) and send it as "Authorization: Bearer <key>".
    .fix-2 = If you sign JWTs yourself from the id.secret key, regenerate them with a future exp claim; the current SDKs handle this automatically.
    .fix-3 = Match the key to the platform: bigmodel.cn keys work with https://open.bigmodel.cn/api/paas/v4, Z.ai keys with https://api.z.ai/api/paas/v4.
    .prevention-1 = Keep keys in environment variables, and let the official SDK manage token expiry.

zhipu-token-invalid = Zhipu (GLM) rejected the key: expired or incorrect
    .cause = Zhipu could not validate the key in the Authorization header: it is wrong, deleted, truncated, a key of the other platform (bigmodel.cn vs z.ai), or a self-signed JWT that has expired.
    .translation = 令牌已过期或验证不正确: the token has expired or failed verification.
    .analysis-1 = HTTP 401 from Zhipu's API gateway (the code field only repeats 401).
    .fix-1 = Copy the API key again from https://bigmodel.cn/usercenter/proj-mgmt/apikeys (Z.ai: https://z.ai/manage-apikey/apikey-list) and make sure the base URL belongs to the same platform.
    .fix-2 = If a tool generates JWTs from the key, check the server clock and the exp claim, or pass the raw key and let the SDK sign.
    .prevention-1 = Store key and base URL together, and rotate keys deliberately.

zhipu-account-state = Zhipu (GLM) account is inactive or locked
    .cause = The account state blocks API access: inactive (1110), not found (1111), locked (1112), temporarily unavailable (1120) or locked for a policy violation (1121).
    .translation = 您的账户当前处于非活动状态 / 您的账户已被锁定，请联系客服解锁: your account is inactive / your account is locked, contact support.
    .analysis-1 = An account-level block, not a key or billing error; new keys on the same account will not work either.
    .fix-1 = Log in at https://bigmodel.cn and check the account and real-name verification (实名认证) status; complete any pending verification.
    .fix-2 = For locked accounts contact Zhipu support (工单 / customer service) to unlock it.
    .prevention-1 = Keep account verification current and follow the platform's usage policy.

zhipu-arrears = Zhipu (GLM) account has no balance or resource package
    .cause = The account behind the key has run out of balance and has no usable resource package (资源包) for this model, or is in arrears (code 1113).
    .translation = 余额不足或无可用资源包,请充值 / 您的账户已欠费，请充值后重试: insufficient balance or no resource package; please top up.
    .analysis-1 = Zhipu returns this with HTTP 429, but it is a billing stop, not a rate limit: retrying will not help until you top up.
    .analysis-2 = Resource packages are model-specific: a package for glm-4-flash does not pay for glm-4.5; Coding Plan quota only applies to the Coding Plan endpoint.
    .fix-1 = Top up or buy a resource package for this model at https://bigmodel.cn/finance/overview (Z.ai: the billing page of z.ai), then retry.
    .fix-2 = If you have a GLM Coding Plan, call the Coding Plan endpoint (https://open.bigmodel.cn/api/coding/paas/v4 or the Anthropic-compatible https://open.bigmodel.cn/api/anthropic) instead of the general API, which bills your balance.
    .prevention-1 = Set balance alerts in the console and treat code 1113 as non-retryable in client code.

zhipu-invalid-parameter = Zhipu (GLM) rejected a request parameter
    .cause = A parameter is wrong (1210), the model does not support this call method (1212), a field was not received (1213), a field is invalid (1214) or two fields conflict (1215). The message names the field.
    .translation = API 调用参数有误，请检查文档 (1210) / 参数非法 (1214): the API parameters are wrong or a field is invalid.
    .analysis-1 = HTTP 400; the request must be corrected before it succeeds.
    .fix-1 = Fix the field named in the message, following the API reference at https://docs.bigmodel.cn/api-reference (for example: content and tool_calls must not both be empty; temperature must be within (0, 1) on older models; image fields need a valid URL or base64).
    .fix-2 = When a framework builds the request, check it supports GLM's format (tool messages, multimodal content).
    .prevention-1 = Validate requests against the reference in tests.

zhipu-model-not-found = Zhipu (GLM) does not know this model code
    .cause = The model field is not a model code Zhipu offers on this endpoint: a typo, a retired model, a model name of another provider, or a model that exists only on the other platform (bigmodel.cn vs z.ai) or only on the Coding Plan endpoint.
    .translation = 模型不存在，请检查模型代码 / Unknown Model, please check the model code.
    .analysis-1 = Code 1211 with HTTP 400. The packed form [1211][message][request id] carries the same code.
    .fix-1 = Use an exact model code from https://docs.bigmodel.cn/cn/guide/start/model-overview, for example glm-4.6, glm-4.5-air, glm-4-flash, glm-4v-plus, all lowercase.
    .fix-2 = Check that the base URL fits the model: general API https://open.bigmodel.cn/api/paas/v4; Z.ai https://api.z.ai/api/paas/v4.
    .prevention-1 = Keep model codes in configuration and follow Zhipu's deprecation notices.

zhipu-prompt-too-long = The prompt exceeds the Zhipu (GLM) model's limit
    .cause = The input is longer than the model accepts (code 1261).
    .translation = Prompt 超长: the prompt is too long.
    .analysis-1 = HTTP 400; the request must be shortened or sent to a model with a longer context.
    .fix-1 = Trim history, documents and tool output, and lower max_tokens.
    .fix-2 = Use a long-context model (glm-4-long, or glm-4.5 / glm-4.6 with 128K-200K).
    .prevention-1 = Count tokens before sending and keep a rolling history budget.

zhipu-content-filter = Zhipu (GLM) content safety blocked the request
    .cause = Zhipu's safety system judged the input or the generated content as unsafe or sensitive (code 1301).
    .translation = 系统检测到输入或生成内容可能包含不安全或敏感内容: the system detected that the input or output may contain unsafe or sensitive content.
    .analysis-1 = HTTP 400; the same content will be blocked again. It can also be triggered by the model's own output on otherwise harmless prompts.
    .fix-1 = Rephrase or remove sensitive parts of the prompt, the history and any retrieved documents.
    .fix-2 = If the block came from the output, adjust the instructions so the model avoids the topic, or split the task.
    .prevention-1 = Pre-screen user input and keep prompts away from sensitive topics.

zhipu-rate-limit = Zhipu (GLM) rate or concurrency limit reached
    .cause = Your account exceeded its concurrency (1302) or request-rate (1303) limit for this model, or the model as a whole is at its traffic limit (1305).
    .translation = 您当前使用该API的并发数过高 / 频率过高，请降低并发 / 频率: too much concurrency / frequency, please reduce it. 1305: 该模型当前访问量过大，请您稍后再试: the model is under heavy traffic, try later.
    .analysis-1 = HTTP 429; temporary. Limits depend on your account's usage tier (用户权益等级).
    .fix-1 = Reduce parallel requests to your tier's concurrency and retry with exponential backoff and jitter.
    .fix-2 = Check your tier's limits at https://bigmodel.cn/usercenter/proj-mgmt/rate-limits; higher tiers come with more spending.
    .prevention-1 = Use a client-side semaphore and backoff; for 1305 consider a fallback model.

zhipu-model-busy = The Zhipu (GLM) model is overloaded right now
    .cause = Too many requests are hitting this model on Zhipu's side at the moment (code 1312); the refusal is about the model's shared capacity, not about your account's own rate limits or balance.
    .translation = 该模型当前访问量过大，请您稍后再试，或切换其他模型: the model is receiving too much traffic; try again later or switch to another model.
    .analysis-1 = HTTP 429 with business code 1312: a temporary, provider-side overload. The message usually names models you can switch to.
    .fix-1 = Retry with exponential backoff and jitter (start around 2-5 seconds).
    .fix-2 = Switch to the alternative model the message suggests, or to a lighter one such as glm-4.5-air or glm-4-flash, until the load drops.
    .prevention-1 = Build retries and a fallback model into production paths, and avoid sending big bursts to flagship models at peak hours.

zhipu-fair-use-limited = Zhipu (GLM) throttled the account under its fair-use policy
    .cause = The GLM Coding Plan subscription detected a usage pattern outside its fair-use policy (for example automated high-volume or shared-key traffic) and limited the account's request rate (code 1313).
    .translation = 您的账户当前使用模式不符合公平使用策略，请求频率已受到限制: your account's usage pattern does not comply with the fair-use policy; its request frequency has been limited.
    .analysis-1 = HTTP 429 with business code 1313. Unlike an ordinary rate limit it does not clear after a minute: the limit stays until it is lifted.
    .fix-1 = In the bigmodel.cn console open 个人中心 then 编程套餐总览 (Coding Plan overview) and use the request at the top of the page to lift the restriction (申请解除限制), as the error code table describes.
    .fix-2 = Stop the traffic that breaks the subscription terms (《条款与协议-订阅服务协议》): keep the Coding Plan key to your own interactive coding tools, and move batch or server workloads to a pay-as-you-go API key.
    .prevention-1 = Use the Coding Plan only within its subscription terms and a separate pay-as-you-go key for automation.

zhipu-plan-model-unavailable = Your Zhipu (GLM) subscription plan does not include this model
    .cause = The request went through a subscription (GLM Coding Plan) key or endpoint, and the model in the request is not part of what the current plan offers (code 1311).
    .translation = 当前订阅套餐暂未开放 X 权限: the current subscription plan does not yet grant access to model X.
    .analysis-1 = Business code 1311 is a plan entitlement refusal, not a typo in the model name and not a balance problem.
    .fix-1 = Use a model that your Coding Plan includes (see the plan overview at https://docs.bigmodel.cn/cn/coding-plan/overview), or upgrade the plan if a higher tier includes the model.
    .fix-2 = To use this model anyway, call it through the general pay-as-you-go API (https://open.bigmodel.cn/api/paas/v4) with an API key whose account has balance.
    .prevention-1 = Keep the model list of your coding tools in line with the plan's included models.

zhipu-usage-limit = Zhipu (GLM) usage quota for the current window is used up
    .cause = You reached a usage cap that resets at a fixed time: the daily call limit (1304) or the GLM Coding Plan's 5-hour (1308) or weekly/monthly (1310) quota. The message tells when it resets.
    .translation = 已达到 N 单位 的使用上限。您的限额将在 T 重置 / Usage limit reached ... Your limit will reset at T: the quota for the window is used up and resets at T.
    .analysis-1 = HTTP 429, but retrying before the reset time cannot succeed; only waiting or a bigger plan helps.
    .fix-1 = Wait until the reset time in the message.
    .fix-2 = Upgrade the Coding Plan tier, or for urgent work switch the client to the pay-as-you-go API with a funded balance (general endpoint https://open.bigmodel.cn/api/paas/v4).
    .prevention-1 = Watch plan usage in the console and pace long agent sessions.

zhipu-plan-expired = The GLM Coding Plan subscription has expired
    .cause = The key is used with the Coding Plan endpoint but the plan's subscription period ended (code 1309).
    .translation = 您的 GLM Coding Plan 套餐已到期，暂无法使用该服务，请续订后重试: your GLM Coding Plan has expired; renew to continue.
    .analysis-1 = A subscription stop; retrying does not help until the plan is renewed.
    .fix-1 = Renew the GLM Coding Plan at https://bigmodel.cn (Z.ai: https://z.ai/subscribe), then retry.
    .fix-2 = Or point the client at the general pay-as-you-go endpoint with a funded balance.
    .prevention-1 = Enable auto-renewal or a reminder before the plan ends.

## DashScope / Qwen

dashscope-arrearage = Alibaba Cloud account is in arrears (DashScope Arrearage)
    .cause = The Alibaba Cloud account that owns the key has an overdue payment, so Model Studio (百炼 / DashScope) refuses all calls.
    .translation = Access denied, please make sure your account is in good standing: the account is not in good standing (overdue payment).
    .analysis-1 = Returned as HTTP 400, but it is a billing stop, not a bad request; retrying will not help until the account is settled.
    .fix-1 = Top up or settle the overdue bill in the Alibaba Cloud billing console (费用与成本, https://billing-cost.console.aliyun.com/; international: https://usercenter2-intl.aliyun.com/billing), then wait a few minutes for service to resume.
    .fix-2 = Check which account owns the key (RAM sub-account keys bill to the main account).
    .prevention-1 = Set a balance alert (余额预警) in the billing console and treat Arrearage as non-retryable.

dashscope-invalid-api-key = DashScope rejected the API key (key, region and base URL must match)
    .cause = The key is not valid for the endpoint called. Most often a key from the Beijing (China) console is used with the Singapore (international) endpoint or the reverse: the regions have separate keys. Otherwise the key is mistyped, deleted, or belongs to another service (a Coding Plan sk-sp- key on the general endpoint, an OpenAI key).
    .translation = Incorrect API key provided / Invalid API-key provided: the API key is not valid.
    .analysis-1 = HTTP 401 (native code InvalidApiKey, compatible-mode code invalid_api_key). Nothing was billed.
    .fix-1 = Match key and base URL: Beijing keys (https://bailian.console.aliyun.com/?apiKey=1) with https://dashscope.aliyuncs.com/compatible-mode/v1; Singapore keys (https://modelstudio.console.alibabacloud.com/) with https://dashscope-intl.aliyuncs.com/compatible-mode/v1.
    .fix-2 = Re-copy the key into DASHSCOPE_API_KEY without spaces, and make sure the program does not also pick up an OPENAI_API_KEY.
    .fix-3 = Coding Plan keys (sk-sp-...) only work with the Coding Plan base URL given on the plan page, not the general endpoint.
    .prevention-1 = Keep base URL and key together per region in configuration.

dashscope-access-denied = DashScope denied access to this model or service
    .cause = The key is valid but not allowed to call this model: the model is not activated or purchased for the account, the RAM sub-account or workspace lacks permission for it, or the model is not offered in your region.
    .translation = Access denied / Model access denied: you have no access to this model or service.
    .analysis-1 = HTTP 403 (AccessDenied, AccessDenied.Unpurchased, Model.AccessDenied).
    .fix-1 = Activate Model Studio and the model in the console (https://bailian.console.aliyun.com/, model marketplace), or buy the required package for this model.
    .fix-2 = If you use a RAM sub-account or a workspace key, grant the workspace permission for the model (权限管理 / model authorization) from the main account.
    .fix-3 = Check that the model exists in the key's region (Beijing vs Singapore).
    .prevention-1 = Use keys of the workspace that owns the model permissions, and document which models each workspace may call.

dashscope-free-tier-only = DashScope free quota is used up and "use free tier only" is on
    .cause = The model's free quota is exhausted and the account has the "use free tier only" (仅使用免费额度) switch on, so Model Studio stops instead of charging.
    .translation = The free tier of the model has been exhausted ... please disable the "use free tier only" mode in the management console.
    .analysis-1 = HTTP 403 AllocationQuota.FreeTierOnly; a billing decision, not a permission or rate problem.
    .fix-1 = In the Model Studio console turn off 仅使用免费额度 / "use free tier only" for the model (model details page), and make sure the account has balance.
    .fix-2 = Or switch to another model that still has free quota.
    .prevention-1 = Track free-quota usage per model in the console before it runs out.

dashscope-model-not-found = DashScope does not know this model
    .cause = The model name is not available on this endpoint: a typo, a retired model, a name from another provider, or a model not offered in the key's region.
    .translation = Model not exist / The model does not exist or you do not have access to it.
    .analysis-1 = HTTP 404 (ModelNotFound / model_not_found), or HTTP 400 with the code InvalidParameter / invalid_parameter_error and the message Model not exist.: DashScope reports an unknown model name as a parameter error on some endpoints (the native SDK and the compatible mode).
    .fix-1 = Use an exact model name from https://help.aliyun.com/zh/model-studio/models (for example qwen-plus, qwen-max, qwen3-coder-plus, qwen-vl-max), lowercase.
    .fix-2 = Check the region: some models are only in Beijing or only in Singapore.
    .prevention-1 = Keep model names in configuration and follow the model deprecation notices.

dashscope-data-inspection = DashScope content moderation rejected the input or output
    .cause = Alibaba Cloud's content security check flagged the input (or the generated output) as possibly inappropriate.
    .translation = Input/Output data may contain inappropriate content.
    .analysis-1 = HTTP 400 DataInspectionFailed / data_inspection_failed; the same content will be rejected again. "Output data" means the model's answer was blocked.
    .fix-1 = Rephrase or remove the sensitive parts of the prompt, history, images or retrieved documents.
    .fix-2 = If the output was blocked, steer the instructions away from the topic or split the task.
    .prevention-1 = Pre-screen user input; for legitimate sensitive use cases contact Alibaba Cloud support.

dashscope-input-too-long = The input exceeds the Qwen model's length limit
    .cause = The input tokens exceed the model's maximum input length, given in the message as the allowed range [1, N].
    .translation = Range of input length should be [1, N]: the input length must be between 1 and N tokens.
    .analysis-1 = HTTP 400 reported as InvalidParameter, but the cause is length, not a malformed field.
    .fix-1 = Trim history, documents and tool output so the input fits within N tokens.
    .fix-2 = Use a longer-context model (for example qwen-long, qwen-plus or qwen-turbo with their long-context versions).
    .prevention-1 = Count tokens before sending and route long inputs to long-context models.

dashscope-invalid-parameter = DashScope rejected a request parameter
    .cause = A parameter is invalid for this model or call mode. Common cases: Qwen3 / QwQ thinking mode requires streaming (parameter.enable_thinking must be set to false for non-streaming calls), some models only support stream mode, or a value is outside its range.
    .translation = InvalidParameter: a parameter in the request is invalid; the message names it.
    .analysis-1 = HTTP 400; the request must change before it can succeed.
    .fix-1 = For thinking models either pass stream=True, or send enable_thinking false (extra_body in the OpenAI SDK) for non-streaming calls; QwQ / QVQ models require stream=True.
    .fix-2 = Otherwise fix the parameter named in the message following https://help.aliyun.com/zh/model-studio/compatibility-of-openai-with-dashscope.
    .prevention-1 = Keep per-model parameter presets, especially for thinking and multimodal models.

dashscope-throttling = DashScope rate limit reached
    .cause = Your account exceeded the model's request-rate (RPM) or token-rate (TPM) limit, or sent a sudden burst.
    .translation = Requests rate limit exceeded / You have exceeded your current request limit / Request rate increased too quickly.
    .analysis-1 = HTTP 429 (Throttling.RateQuota, Throttling.AllocationQuota, limit_requests; Throttling.BurstRate or limit_burst_rate when the request rate rose too steeply); temporary, usually clears within a minute.
    .fix-1 = Retry with exponential backoff and jitter, and lower concurrency.
    .fix-2 = Smooth traffic instead of bursts; for large jobs use the Batch API.
    .fix-3 = Check the model's limits at https://help.aliyun.com/zh/model-studio/rate-limit and request a higher quota if needed.
    .prevention-1 = Use a client-side rate limiter matching the model's RPM/TPM.

dashscope-allocated-quota = DashScope token-rate quota for this model is exhausted
    .cause = The model's allocated token quota per time window (TPM) is used up. DashScope's OpenAI-compatible mode reports it with code insufficient_quota, but it is a rate limit, not an empty balance.
    .translation = Allocated quota exceeded, please increase your quota limit.
    .analysis-1 = HTTP 429; unlike OpenAI's insufficient_quota, this recovers on its own once the window passes.
    .fix-1 = Retry with backoff and jitter, and reduce tokens per minute (shorter prompts, fewer parallel calls).
    .fix-2 = Request a higher limit for the model in the Model Studio console if you need sustained throughput.
    .prevention-1 = Pace token throughput to the model's TPM.

dashscope-token-limit = DashScope token allowance for this model used up (insufficient_quota)
    .cause = Model Studio's OpenAI-compatible mode reports a used-up token allowance of the model (tokens per minute or per day for your account) with OpenAI's insufficient_quota wording; the link in the message points to the token-limit entry of its error-code page.
    .analysis-1 = Despite the wording this is a rate limit, not an empty balance: the allowance refills as the time window moves on. An overdue account gives Arrearage instead.
    .fix-1 = Retry after a pause with exponential backoff and jitter, and lower concurrency or the size of each request.
    .fix-2 = Check the limits of the model in the Model Studio console (https://bailian.console.aliyun.com/) and the rate-limit page (https://help.aliyun.com/zh/model-studio/rate-limit); spread traffic over several models or ask for a higher limit.
    .prevention-1 = Keep a token budget per minute on your side and queue requests before they reach the model's limit.

dashscope-internal-error = DashScope had an internal error
    .cause = The failure is on Alibaba Cloud's side (InternalError, or InternalError.Algo from the model inference service).
    .translation = An internal error has occurred / An error occurred in model serving.
    .analysis-1 = HTTP 500; usually transient. InternalError.Algo can also be caused by unusual input the model service cannot process.
    .fix-1 = Retry after a short wait with backoff.
    .fix-2 = If the same input keeps failing, simplify it (images, very long prompts, unusual parameters) and keep the request_id for a support ticket.
    .prevention-1 = Retry 5xx with capped backoff and log request ids.

## SiliconFlow

siliconflow-model-not-exist = SiliconFlow does not know this model name
    .cause = The model field is not a model id SiliconFlow serves: SiliconFlow ids include the vendor prefix (deepseek-ai/DeepSeek-V3, Qwen/Qwen3-8B, Pro/...), and the name is case-sensitive. Retired models give the same error.
    .translation = Model does not exist. Please check it carefully.
    .analysis-1 = Code 20012 (HTTP 400).
    .fix-1 = Copy the exact id from https://cloud.siliconflow.cn/models (or GET https://api.siliconflow.cn/v1/models), for example deepseek-ai/DeepSeek-V3 rather than deepseek-v3.
    .fix-2 = Check whether you meant the Pro/ variant, which is billed to the paid balance only.
    .prevention-1 = Keep model ids in configuration and check the model list after announcements.

siliconflow-invalid-key = SiliconFlow rejected the API key
    .cause = The key is invalid for the endpoint: mistyped, deleted, or from the other SiliconFlow site (keys from cloud.siliconflow.cn work with api.siliconflow.cn; keys from the international site with api.siliconflow.com).
    .translation = Invalid token / Api key is invalid.
    .analysis-1 = HTTP 401; nothing was billed.
    .fix-1 = Copy a key from https://cloud.siliconflow.cn/account/ak and use it with base_url https://api.siliconflow.cn/v1 (international keys with https://api.siliconflow.com/v1).
    .fix-2 = Remove spaces, quotes or a duplicated "Bearer " from the key value.
    .prevention-1 = Keep base URL and key together in configuration.

siliconflow-insufficient-balance = SiliconFlow account balance is insufficient
    .cause = The account has no balance left for this model (code 30001). Pro/ models and some others can only use the paid (充值) balance, not the granted (赠送) balance.
    .translation = Sorry, your account balance is insufficient.
    .analysis-1 = HTTP 403 (or 402) billing stop; retrying does not help. GET /v1/models still works, which can make the key look fine.
    .fix-1 = Top up at https://cloud.siliconflow.cn/expensebill (费用中心), then retry.
    .fix-2 = If you have granted balance left, use the non-Pro version of the model, which can consume it.
    .prevention-1 = Check the balance (GET https://api.siliconflow.cn/v1/user/info) and alert before it runs out.

siliconflow-forbidden = SiliconFlow refused access: balance or real-name verification
    .cause = HTTP 403 from SiliconFlow means the account may not use this model: usually the balance is too low, or the model requires real-name verification (实名认证) that the account has not completed.
    .analysis-1 = A permission or billing condition of the account, not a bad key; the message says which.
    .fix-1 = Complete real-name verification at https://cloud.siliconflow.cn/account/authentication if the message mentions it.
    .fix-2 = Otherwise check the balance and top up at https://cloud.siliconflow.cn/expensebill.
    .prevention-1 = Verify the account before production use and keep a balance buffer.

siliconflow-rate-limit = SiliconFlow rate limit reached
    .cause = Your account exceeded one of its per-model limits: RPM, RPD, TPM, TPD, IPM or IPD. Limits apply per account, not per key, so more keys do not add capacity; they rise with the account's usage level.
    .translation = Request was rejected due to rate limiting ... TPM limit reached: the request was rate-limited; the detail names the limit.
    .analysis-1 = HTTP 429 (codes 50602 / 50603 and similar); temporary. Repeated failing requests also count, so a broken parameter can trigger it.
    .fix-1 = Retry with exponential backoff and jitter and lower concurrency; for TPM limits also shorten prompts.
    .fix-2 = Check your limits at https://docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation; they increase with account level.
    .prevention-1 = Use a client-side rate limiter matching your account's limits.

siliconflow-system-busy = SiliconFlow is overloaded for this model
    .cause = SiliconFlow's capacity for this model is exhausted (codes 50508 / 50609); the problem is on the provider's side, not your limits.
    .translation = System is too busy now. Please try again later.
    .analysis-1 = Sent as HTTP 503 or 429, but it is provider overload; popular models (DeepSeek-V3/R1) can stay saturated for a long time.
    .fix-1 = Retry with exponential backoff and jitter.
    .fix-2 = Switch to another model or a Pro/ variant, or the same model on another provider, when it persists.
    .fix-3 = Use stream=true for long generations, which SiliconFlow recommends under load.
    .prevention-1 = Configure a fallback model from a different vendor family.

siliconflow-context-length = The prompt exceeds the SiliconFlow model's maximum sequence length
    .cause = The prompt tokens are more than the model's max_seq_len (code 20015); the message gives both numbers.
    .translation = length of prompt_tokens (N) must be less than max_seq_len (M).
    .analysis-1 = HTTP 400; the request must be shortened or sent to a model with a longer window.
    .fix-1 = Trim history, documents and tool output so prompt tokens stay below max_seq_len, leaving room for max_tokens.
    .fix-2 = Pick a model with a longer context on https://cloud.siliconflow.cn/models.
    .prevention-1 = Count tokens before sending and keep a rolling history budget.

siliconflow-gateway-timeout = SiliconFlow timed out (HTTP 504)
    .cause = SiliconFlow's front gateway gave up waiting for the model to answer: high load, or a long non-streamed generation (reasoning models in particular).
    .analysis-1 = HTTP 504 is a timeout between SiliconFlow's gateway and the model service; your request may be fine.
    .fix-1 = Use stream=true so tokens arrive before the gateway timeout (see the snippet).
    .fix-2 = Retry with backoff; lower max_tokens for reasoning models.
    .prevention-1 = Stream long generations and keep client timeouts generous.

## Baidu Qianfan / ERNIE

qianfan-rate-limit = Baidu Qianfan rate limit reached (RPM / TPM / QPS)
    .cause = Your account or application exceeded the model's requests-per-minute (RPM), tokens-per-minute (TPM) or QPS limit on Qianfan.
    .translation = Rate limit reached for RPM / TPM (rpm_rate_limit_exceeded, tpm_rate_limit_exceeded); Open api qps request limit reached (error_code 18).
    .analysis-1 = HTTP 429 (v2 API) or error_code 18 / 336501 / 336502 (legacy API); temporary, the window resets within 60 seconds. The as-... id identifies the request for Baidu support.
    .fix-1 = Retry with exponential backoff and jitter; the qianfan SDK can do it for you (QIANFAN_LLM_API_RETRY_COUNT, QIANFAN_LLM_API_RETRY_BACKOFF_FACTOR).
    .fix-2 = Lower concurrency and tokens per minute; check X-Ratelimit-Remaining-Requests / -Tokens headers.
    .fix-3 = Buy or request more RPM/TPM in the Qianfan console (https://console.bce.baidu.com/qianfan/) if you need sustained throughput.
    .prevention-1 = Rate-limit on the client side (QIANFAN_QPS_LIMIT in the SDK) to the model's quota.

qianfan-daily-limit = Baidu Qianfan daily request limit reached
    .cause = The daily request allowance of this API (error_code 17) is used up: the free daily quota of a free API, or the daily cap of a paid API whose pay-as-you-go billing is not activated.
    .translation = Open api daily request limit reached: the API's daily request count is used up.
    .analysis-1 = A limit per day, not per minute: retrying today fails until the count resets the next day or billing is activated, which lifts the daily cap.
    .fix-1 = In the Qianfan console (https://console.bce.baidu.com/qianfan/) activate paid billing (开通付费) for the model service; paid calls are not capped per day.
    .fix-2 = Otherwise wait for the daily reset, or spread calls so that the day's count stays under the allowance.
    .prevention-1 = Count calls per day on your side and watch the call statistics in the console before the cap is reached.

qianfan-total-limit = Baidu Qianfan total request limit reached
    .cause = The total request allowance of this API (error_code 19) is used up: the free call package is exhausted and paid billing is not activated, or the account is overdue.
    .translation = Open api total request limit reached: the API's total request count is used up.
    .analysis-1 = The allowance does not reset by itself; retrying fails until billing is in order.
    .fix-1 = In the Qianfan console (https://console.bce.baidu.com/qianfan/) activate paid billing (开通付费) for the model service or buy a call package.
    .fix-2 = Check the balance and any overdue bills at https://console.bce.baidu.com/billing/ and top up.
    .prevention-1 = Set a balance alert in the billing console and activate billing before production use.

qianfan-auth-failed = Baidu Qianfan / ERNIE rejected the credentials
    .cause = The credential is invalid or expired: a legacy access_token (error_code 110 invalid, 111 expired after 30 days), an invalid v2 API key (invalid_iam_token: IAM Certification failed), a legacy access_token used against the v2 API, or an AI Studio access token missing or wrong in the erniebot SDK.
    .translation = Access token invalid or no longer valid / Access token expired / IAM Certification failed; 暂无权限使用，请在 AI Studio 正确获取访问令牌: no permission, get a valid AI Studio access token.
    .analysis-1 = Authentication failure; the request was not run.
    .fix-1 = For the v2 API (https://qianfan.baidubce.com/v2) create an API key in the console (https://console.bce.baidu.com/iam/#/iam/apikey/list) and send it as "Authorization: Bearer bce-v3/..."; legacy OAuth access tokens are not accepted there.
    .fix-2 = For the legacy API, fetch a new access_token from https://aip.baidubce.com/oauth/2.0/token with your API Key and Secret Key; it expires after 30 days, so refresh it automatically.
    .fix-3 = For erniebot, set erniebot.access_token (or EB_ACCESS_TOKEN / AISTUDIO_ACCESS_TOKEN) to the token from the AI Studio access token page.
    .prevention-1 = Prefer the v2 API key, or refresh access tokens before expiry in code.

qianfan-invalid-messages = Baidu Qianfan rejected the messages array
    .cause = ERNIE models require a strict message layout: an odd number of messages, alternating user / assistant starting and ending with user (system goes in the separate system field), no empty content.
    .translation = the length of messages must be an odd number / the role of message with even index in the messages must be user or function: messages must alternate and end with a user turn.
    .analysis-1 = HTTP 400 invalid_messages (v2) or error_code 336006 / 336003 (legacy).
    .fix-1 = Rebuild the history so it alternates user, assistant, user, ... and ends with user; merge consecutive messages of the same role.
    .fix-2 = Move the system prompt out of messages into the system parameter on the legacy API.
    .prevention-1 = Normalise message history before each call when using ERNIE models.

qianfan-prompt-too-long = The input exceeds the ERNIE model's limit
    .cause = The input is longer than the model's character or token limit (characters_too_long, tokens_too_long).
    .translation = Prompt tokens too long / the max input characters is N.
    .analysis-1 = HTTP 400 tokens_too_long / characters_too_long (v2) or error_code 336103 (v1, often with HTTP 200); shorten the input or use a longer-context model.
    .fix-1 = Trim history and documents, or use a long-context ERNIE model (for example the 128K variants).
    .fix-2 = The qianfan SDK can truncate history automatically; enable it for chat use.
    .prevention-1 = Count tokens or characters before sending.

qianfan-internal-error = Qianfan had an internal error (336000)
    .cause = Baidu Qianfan answered error_code 336000 "Internal error": the failure is on the platform's side, not in your request or credentials.
    .translation = "Internal error": an error inside the Qianfan service.
    .analysis-1 = 336000 is Qianfan's InternalError code (APIErrorCode in the qianfan SDKs); the v1 API often returns it with HTTP 200, so check error_code rather than the status.
    .analysis-2 = A single occurrence is usually transient; the same request fails again only while the service is degraded.
    .fix-1 = Retry after a short pause with exponential backoff and jitter.
    .fix-2 = If it persists, open a ticket in the Baidu AI Cloud console with the request id (the "id" field, as-...) and the time of the call.
    .prevention-1 = Treat 336000 as retryable in your client, with a bounded number of attempts.

qianfan-invalid-argument = Qianfan rejected a request parameter (336001 / 336003 / 336104 / 336105)
    .cause = The request body is valid JSON, but a parameter is missing, has the wrong type or is out of range: 336001 "Invalid Argument" (for example a required field such as messages is missing), 336003 a parameter failed validation (error_msg names it), 336104 the system field is invalid, 336105 the user setting (user_id) is invalid.
    .translation = "Invalid Argument" / the parameter named in error_msg is not valid.
    .analysis-1 = The error_msg of 336003 is the validation message itself (for example a temperature or top_p out of range, an empty content, a wrong role); read it to know which field to change.
    .analysis-2 = Retrying the same body always fails; only changing the parameter helps.
    .fix-1 = Compare the body with the model's API reference in the Qianfan docs: required fields present (messages), numbers in range (temperature in (0, 1], top_p in [0, 1], penalty_score in [1, 2]), strings not empty.
    .fix-2 = For 336104 shorten or fix the system field (it is a separate parameter on the v1 API, not a message with role system); for 336105 send user_id as a plain string.
    .fix-3 = If you call through an SDK or gateway, log the exact JSON it sends: a wrapper may add a field the model does not support.
    .prevention-1 = Validate parameters against the model's documented ranges before sending.

qianfan-invalid-json = Qianfan could not parse the request body as JSON (336002)
    .cause = The body of the request is not valid JSON: a string concatenated by hand, a Python dict sent as str(), single quotes, a trailing comma, or a body sent without encoding (form data or an empty body).
    .translation = "Invalid JSON": the request body is not a valid JSON document.
    .analysis-1 = 336002 is Qianfan's InvalidJSON code; the request never reached the model, so neither your credentials nor your quota are at fault.
    .analysis-2 = It often comes from sending data=str(payload) or data=payload instead of a JSON-encoded body, or from unescaped quotes and newlines in user text.
    .fix-1 = Build the body with a JSON encoder (json.dumps / JSON.stringify / requests' json= parameter) instead of string formatting, and send Content-Type: application/json.
    .fix-2 = Print the exact bytes you send and check them with a JSON validator (python -m json.tool); look for single quotes, trailing commas and raw control characters.
    .prevention-1 = Never build request bodies by string concatenation; let the HTTP client or the qianfan SDK encode them.

qianfan-invalid-http-method = Qianfan rejected the HTTP method (336101)
    .cause = The endpoint was called with a method it does not accept: the chat, completion and embedding endpoints take POST only.
    .translation = "Invalid HTTP method": this method is not allowed on the endpoint.
    .analysis-1 = 336101 is Qianfan's InvalidHTTPMethod code; a GET (a browser, a health check, or a client that dropped the body on a redirect) to a model endpoint produces it.
    .fix-1 = Send the request with POST and a JSON body to the endpoint in the API reference (for example .../wenxinworkshop/chat/<model endpoint>?access_token=...).
    .fix-2 = If a proxy or redirect sits in between, make sure it keeps the method and body (an http:// URL that redirects to https:// can turn POST into GET).
    .prevention-1 = Use the qianfan SDK or copy the method and path from the API reference.

qianfan-permission-error = Qianfan: the caller has no permission for this model service (336004)
    .cause = Baidu Qianfan answered 336004 "Permission error": the application or IAM user behind the credentials is not authorised to call this model service, or the service is not enabled (开通) for the account.
    .translation = "Permission error": no permission to call this interface.
    .analysis-1 = The credentials were accepted (an invalid token is 110 / 111); what is missing is the authorisation for this particular service.
    .analysis-2 = Paid models and custom (fine-tuned) services must be enabled or deployed, and the application must include them.
    .fix-1 = In the Qianfan console open Application access (应用接入), edit the application whose API Key / Secret Key you use and add the model service; enable (开通) paid models in the billing page of the model first.
    .fix-2 = With IAM AK/SK authentication, grant the IAM user a Qianfan policy (for example QianfanFullControlAccessPolicy) in the IAM console.
    .prevention-1 = After adding a model to your code, add it to the application's authorised services in the same change.

qianfan-api-name-not-exist = Qianfan: the model service in the URL does not exist (336005)
    .cause = The last segment of the request path names a model service (the API name or endpoint, for example completions_pro, ernie-speed-128k, or the path of your own deployed service) that does not exist: a typo, a retired model, or a custom service that is not deployed in this account and region.
    .translation = "API name not exist": no service with this API name.
    .analysis-1 = 336005 is Qianfan's APINameNotExist code: on the v1 API the model is chosen by the URL path, not by a model field, so a wrong path looks like an unknown model.
    .fix-1 = Copy the request address of the model from its API reference (or, for a custom model, from the service's details in the Qianfan console under online services) and compare the last path segment with yours.
    .fix-2 = With the qianfan SDK, pass a model name it knows (model="ERNIE-Speed-128K"), or endpoint= exactly as shown for your custom service.
    .fix-3 = If the model was retired, move to its successor or to the v2 API (qianfan.baidubce.com/v2/chat/completions) with a model field.
    .prevention-1 = Keep model endpoints in configuration and check Qianfan's model retirement notices.

qianfan-server-high-load = Qianfan is under high load (336100)
    .cause = Baidu Qianfan answered 336100 (ServerHighLoad, "try again later"): the model service has no free capacity at the moment. Your request and credentials are fine.
    .translation = "try again later" / high load: the service is busy, try again later.
    .analysis-1 = The qianfan SDKs retry 336100 by default (with 18 and 336501 / 336502), so seeing it means the retries were used up or you call the API directly.
    .analysis-2 = It is a platform capacity problem, not your own rate limit: lowering your own rate helps only a little.
    .fix-1 = Retry with exponential backoff and jitter; with the qianfan SDK raise QIANFAN_LLM_API_RETRY_COUNT and QIANFAN_LLM_API_RETRY_BACKOFF_FACTOR.
    .fix-2 = Fall back to another model (for example a Speed or Lite variant) while the preferred one is busy.
    .fix-3 = For steady production traffic, buy dedicated capacity (a private resource pool or TPM/RPM packages) in the Qianfan console.
    .prevention-1 = Treat 336100 as retryable and keep a fallback model configured.

## Volcengine Ark / Doubao

ark-account-overdue = Volcengine account has an overdue balance
    .cause = The Volcengine account that owns the Ark API key is in arrears, so Ark refuses inference.
    .translation = The request failed because your account has an overdue balance / 当前账号欠费.
    .analysis-1 = HTTP 403 AccountOverdueError: a billing stop, not a permission problem; retrying does not help.
    .fix-1 = Top up in the Volcengine billing center (费用中心, https://console.volcengine.com/finance/) until the balance is positive, then retry.
    .fix-2 = Check which account the key belongs to (sub-account keys bill the main account).
    .prevention-1 = Set a balance alert in the billing center and treat AccountOverdueError as non-retryable.

ark-safe-experience-limit = Ark paused the model: the inference limit of Safe Experience Mode was reached
    .cause = The model runs in Safe Experience Mode (安心体验模式), which stops the service once the free quota or the limit you set is used up, so you are never charged beyond it. The limit for this model has been reached and Ark paused the model for your account.
    .translation = has reached the set inference limit ... model service has been paused ... please visit the Model Activation page to adjust or close the "Safe Experience Mode".
    .analysis-1 = Returned as HTTP 429 with type TooManyRequests, but it is a quota/billing stop: waiting or retrying does not help.
    .fix-1 = Open the Ark console's model activation page (开通管理, https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement), find the model and raise the limit or turn off Safe Experience Mode (安心体验模式).
    .fix-2 = Make sure the account has balance or a resource package before turning it off, or the next error will be AccountOverdueError.
    .prevention-1 = Set the Safe Experience limit to your expected usage and watch consumption in the console.

ark-auth-failed = Volcengine Ark rejected the API key
    .cause = The API key (or AK/SK signature) is missing or invalid: a key from another region or account, a deleted key, the account's IAM AK/SK used as a bearer key, or stray whitespace.
    .translation = The API key or AK/SK in the request is missing or invalid.
    .analysis-1 = HTTP 401 AuthenticationError from Ark.
    .fix-1 = Create or copy an Ark API key at https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey and send it as "Authorization: Bearer <key>" to https://ark.cn-beijing.volces.com/api/v3 (set ARK_API_KEY).
    .fix-2 = Do not use the IAM Access Key as a bearer token; AK/SK needs request signing via the volcengine SDK.
    .prevention-1 = Keep the Ark key in an environment variable and rotate it deliberately.

ark-model-not-found = Ark cannot find this model or endpoint (or it is not activated)
    .cause = The model field is neither a model id your account has activated nor an inference endpoint id (ep-...) you own: a typo or retired version, an endpoint of another account or region, or a model that has not been activated (ModelNotOpen).
    .translation = The model or endpoint X does not exist or you do not have access to it / Your account has not activated the model X.
    .analysis-1 = HTTP 404 (InvalidEndpointOrModel.NotFound, ModelNotOpen).
    .fix-1 = Activate the model on the 开通管理 page (https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement).
    .fix-2 = Use the exact model id with version (for example doubao-seed-1-6-250615) or your endpoint id (ep-2025...) from the 在线推理 page, in the same region as the base URL.
    .prevention-1 = Keep model or endpoint ids in configuration and update them when Ark retires versions.

ark-input-too-long = The input is longer than the Ark model's maximum length
    .cause = The tokens of the request's input (system prompt, history, documents, tool definitions) exceed the context length of the model or endpoint the request names.
    .translation = Input length N exceeds the maximum length M: the input has N tokens, the model accepts at most M.
    .analysis-1 = HTTP 400 InvalidParameter from Volcengine Ark, with both numbers in the message: the difference is how much you must cut. Retrying unchanged cannot help.
    .fix-1 = Shorten the input below the maximum: drop or summarise old turns, send only the relevant chunks of long documents, and leave room for max_tokens.
    .fix-2 = Or use a model version with a longer context window (the Ark model list gives each version's context length) and create or switch the endpoint to it.
    .prevention-1 = Count tokens before sending (Ark's tokenization API, or a conservative estimate) and trim the history to a budget below the model's maximum.

ark-endpoint-closed = The Volcengine Ark inference endpoint is closed or unavailable
    .cause = The model field names an inference endpoint (ep-...) that exists but is currently stopped (停止 / closed), still being created or updated, or temporarily unavailable, so Ark cannot serve requests through it.
    .translation = The request targeted an endpoint that is currently closed or temporarily unavailable / 推理接入点处于已被关闭或暂时不可用.
    .analysis-1 = HTTP 400 with code InvalidEndpoint.ClosedEndpoint: the endpoint id is right, its state is not. Retrying helps only if the endpoint is being started or updated.
    .fix-1 = Open the Ark console's 在线推理 (online inference) page, https://console.volcengine.com/ark/region:ark+cn-beijing/endpoint, find the endpoint and start (启用) it, or wait until its status is 运行中 (running).
    .fix-2 = If you do not manage the endpoint, ask its administrator to re-enable it, or call the model by its model id (for example doubao-seed-1-6-250615) or another running endpoint meanwhile.
    .prevention-1 = Watch endpoint status and keep a second endpoint or the plain model id as a fallback for production traffic.

ark-rate-limit = Volcengine Ark rate limit reached
    .cause = An RPM or TPM limit was exceeded for the model on your account, for your endpoint, or for your API account (ModelAccountRpm/TpmRateLimitExceeded, RateLimitExceeded.Endpoint*, AccountRateLimitExceeded), or a burst was too steep (RequestBurstTooFast).
    .translation = The request has exceeded the RPM/TPM limit ... Please try again later.
    .analysis-1 = HTTP 429 TooManyRequests; temporary, recovers within the minute window.
    .fix-1 = Retry with exponential backoff and jitter, and lower concurrency or tokens per minute.
    .fix-2 = Ramp traffic up gradually instead of in bursts.
    .fix-3 = For higher sustained limits create an inference endpoint with purchased throughput (保障包) in the Ark console, or request a quota increase.
    .prevention-1 = Use a client-side limiter matching the model's RPM/TPM.

ark-server-overloaded = Volcengine Ark is overloaded
    .cause = Ark's capacity for this model is exhausted at the moment; the rejection is not about your own limits.
    .translation = The service is currently unable to handle additional requests due to server overload.
    .analysis-1 = HTTP 429 with code ServerOverloaded: provider-side overload.
    .fix-1 = Retry with exponential backoff and jitter.
    .fix-2 = For guaranteed capacity use an endpoint with purchased throughput, or fall back to another model.
    .prevention-1 = Build retries and a fallback model into production paths.

ark-sensitive-content = Volcengine Ark content security blocked the request
    .cause = Ark's content security detection flagged the input text or image, or the generated text, image or video, as possibly sensitive.
    .translation = The request failed because the input text / output may contain sensitive information.
    .analysis-1 = HTTP 400 (SensitiveContentDetected, Input*/Output* variants); or a failed generation task with that code. Resending the same content fails again.
    .fix-1 = Rephrase or replace the flagged input (the code says whether it was input or output, text, image or video).
    .fix-2 = For video and image generation, avoid real-person likeness, logos and sensitive scenes in prompts and reference images.
    .prevention-1 = Pre-screen user prompts and reference media before submitting generation tasks.

newapi-upstream-timeout-status = The gateway's upstream timed out ({ $status })
    .cause = The new-api / one-api gateway forwarded the request to its upstream channel, and the upstream (or a CDN such as Cloudflare in front of it) gave up waiting for the model: HTTP 504 is a proxy's gateway timeout, 524 is Cloudflare's 100-120 s origin read timeout. The gateway passed that status on as bad_response_status_code.
    .analysis-1 = The status belongs to the upstream's proxy, not to your token or request format: the generation simply took longer than the proxy in front of the upstream allows.
    .analysis-2 = new-api does not retry 504 and 524 by default, so one slow generation fails the whole request.
    .fix-1 = Send the request with stream: true: tokens then flow before the proxy's idle limit, which avoids both 504 and 524 for long generations.
    .fix-2 = Lower max_tokens or split the task so that one call finishes well within 100 seconds.
    .fix-3 = If you run the gateway: point the channel at an upstream base URL that is not behind Cloudflare's proxy (a DNS-only host), or raise proxy_read_timeout on the nginx in front of it; check the channel's response time in the gateway's channel list.
    .prevention-1 = Stream every long completion and set a client timeout longer than the expected generation time.
    .prevention-2 = Give the gateway a fallback channel for the same model so a slow upstream can be skipped.
oneapi-billing-not-active = The upstream account behind the gateway has no active billing
    .cause = billing_not_active is the upstream provider's code for an account without an active payment method or with billing suspended; the gateway (one-api / new-api) passed it through, sometimes with its own rewritten message.
    .analysis-1 = This is a billing stop on the key behind the gateway's channel, not a rate limit: retrying or waiting does not help until billing is fixed.
    .analysis-2 = one-api and new-api auto-disable a channel that returns billing_not_active, so later requests may turn into "no available channel" errors.
    .fix-1 = If you use someone else's gateway: send the error and its request id to the gateway's admin; the channel's upstream key needs billing, and you cannot fix it from your token.
    .fix-2 = If you run the gateway: open the upstream provider's billing page for the channel's key (for OpenAI: platform.openai.com → Settings → Billing), add a payment method or credit, then re-enable the channel in the gateway's channel list and test it.
    .prevention-1 = Watch the upstream balance of every channel and keep a second channel for the same models.

dashscope-no-api-key = The DashScope SDK found no API key
    .cause = The call was made without an API key: dashscope.api_key was not set in code and the DASHSCOPE_API_KEY environment variable is empty or not visible to this process.
    .analysis-1 = The SDK raises this before any request is sent, so nothing reached Alibaba Cloud Model Studio.
    .fix-1 = Create or copy a key in the Model Studio (Bailian) console under API-KEY, and export DASHSCOPE_API_KEY=sk-... in the environment that runs the program (restart the shell, IDE or service afterwards).
    .fix-2 = Or set dashscope.api_key = "sk-..." before the call, or pass api_key=... to the call itself.
    .prevention-1 = Load the key from the environment or a secret manager and fail fast at start-up when it is missing.

qianfan-invalid-client = Baidu rejected the application's API Key / Secret Key
    .cause = The OAuth token request used a client_id (API Key) that Baidu does not know, or a client_secret (Secret Key) that does not match it.
    .analysis-1 = "unknown client id" means the API Key is wrong or deleted; "Client authentication failed" means the Secret Key does not belong to that API Key. No access token was issued.
    .fix-1 = Copy the application's API Key and Secret Key again from the Qianfan console (application list), making sure they come from the same application and without spaces.
    .fix-2 = With the newer Qianfan API (v2), use an API key (bce-v3/...) from the console's API Key page with Authorization: Bearer instead of the AK/SK token exchange.
    .prevention-1 = Keep the key pair together in one secret, and check it at start-up by requesting an access token.

siliconflow-model-disabled = SiliconFlow has disabled this model
    .cause = The model is listed but disabled for this account: it was taken offline or deprecated, or it needs real-name verification or a plan this account does not have.
    .translation = "Model disabled."
    .analysis-1 = SiliconFlow answers 403 for it; the key works, only this model is unavailable to it.
    .fix-1 = Pick a model that is available on https://cloud.siliconflow.cn/models and change the model id in your client's settings.
    .fix-2 = If the model needs real-name verification, complete it in the SiliconFlow account settings and try again.
    .prevention-1 = Read the model list (GET /v1/models) at start-up and keep a fallback model configured.

zhipu-api-offline = Zhipu has taken this model or API offline
    .cause = Zhipu error 1221 means the model or API you called has been retired on open.bigmodel.cn; the message usually names the model to use instead.
    .translation = "API … 已下线" means "the API has been taken offline".
    .analysis-1 = The request itself is fine; only the model name (or the old /api/paas/v3 endpoint) no longer exists, so retrying cannot help.
    .fix-1 = Change the model in your request to the successor the message names (for example glm-4-plus or glm-4-flash), or pick a current one from the model overview page in the docs.
    .fix-2 = If you still call the v3 endpoint or an old SDK (zhipuai below 2.0), move to https://open.bigmodel.cn/api/paas/v4/ with the current zhipuai SDK or the OpenAI-compatible client.
    .prevention-1 = Keep model names in configuration and watch Zhipu's model deprecation notices, so a retirement is a config change rather than an outage.

zhipu-api-no-access = Your Zhipu account may not call this API or model
    .cause = Zhipu error 1220: the API key's account has no right to this API or model (not opened for the account, a closed beta, or a plan that excludes it).
    .translation = "您无权访问 …" means "you have no access to …".
    .analysis-1 = Authentication succeeded; the refusal is about entitlement, so a different key of the same account gets the same answer.
    .fix-1 = Open the model's page in the BigModel console (https://bigmodel.cn) and apply for or enable access; for beta models join the programme first.
    .fix-2 = Otherwise call a model your account can use, or use a key from the account that has been granted it.
    .prevention-1 = Check the account's enabled models in the console before switching models in production.

ark-access-denied = Volcengine Ark: this account or key may not use the requested resource
    .cause = Ark answers 403 AccessDenied when the API key or IAM user has no right to the endpoint or model: the model service is not activated, the endpoint belongs to another account or project, or the IAM policy lacks Ark permissions.
    .translation = "The request failed because you do not have access to the requested resource."
    .analysis-1 = The key was accepted (this is not 401), but the account behind it is not allowed to use this endpoint ID or model ID.
    .fix-1 = In the Ark console (https://console.volcengine.com/ark) open Model activation (开通管理) and activate the model; if you pass an endpoint ID (ep-...), check that it exists in the same account and project as the key.
    .fix-2 = For an IAM sub-user, attach an Ark policy such as ArkFullAccess (or a custom one covering the endpoint) in the IAM console.
    .prevention-1 = Keep endpoint IDs and API keys in the same project, and record which account owns each endpoint.

qianfan-no-permission = Qianfan: this application has no permission for the API it called
    .cause = Baidu error 6 "No permission to access data": the application (its API Key / Secret Key or access token) has not been granted the service it calls, or a custom service is not published yet.
    .translation = "No permission to access data" means the app is not authorised for this interface.
    .analysis-1 = The token is valid (that would be 110/111); the app's list of authorised interfaces does not include this model or service.
    .fix-1 = In the Qianfan console open Application access (应用接入), edit the application and tick the model service you call, then retry with that app's credentials.
    .fix-2 = For a custom or fine-tuned service, check that it is in the Published (已发布) state; publishing authorises it for the app.
    .prevention-1 = Use one application per project with exactly the services it needs, and check the authorised list after adding a new model.

newapi-not-implemented = The gateway cannot translate this request for the chosen channel
    .cause = new-api answers "not implemented" when the channel's adaptor has no conversion for the kind of request you sent (for example images, embeddings, rerank or the Responses or Claude format on a channel type that only does chat).
    .translation = "not implemented": the gateway has no implementation for this request type on this channel.
    .analysis-1 = The request reached the gateway and was routed to a channel, but that channel type cannot serve this endpoint; retrying the same call changes nothing.
    .fix-1 = Call the endpoint the channel supports (usually /v1/chat/completions), or use a model whose channel type implements this endpoint.
    .fix-2 = If you run the gateway, route this model to a channel type that supports the endpoint, or update new-api; newer releases add conversions.
    .prevention-1 = Ask the gateway operator which endpoints each model supports before building on embeddings, images or the Responses API.

newapi-upstream-timeout = The gateway timed out calling its upstream provider
    .cause = The gateway's outbound call to the channel's upstream did not complete in time: the upstream stopped answering on an open connection (read tcp ... i/o timeout), or did not send its headers before the gateway's relay timeout (context deadline exceeded, Client.Timeout exceeded). The route from the gateway server to the upstream is slow or blocked, or the model is slow to start answering.
    .translation = do request failed ... i/o timeout / context deadline exceeded: the request to the upstream address timed out.
    .analysis-1 = HTTP 500 with code do_request_failed and a Go timeout in the message: your token and model are fine; the gateway never got an answer from the upstream.
    .analysis-2 = read tcp ... i/o timeout means the connection was made but the upstream went silent; context deadline exceeded means the upstream was too slow for the gateway's RELAY_TIMEOUT. (dial tcp ... i/o timeout, a connection never made, is a network failure instead.)
    .fix-1 = Retry once; if it repeats, ask the gateway administrator, only they can fix the route.
    .fix-2 = Gateway admin: from the server run curl -v --max-time 30 <channel base url>/v1/models; if the connect hangs, set the channel's 代理 (proxy) field or HTTPS_PROXY for the container, or switch the channel's Base URL to a reachable endpoint.
    .fix-3 = Gateway admin: for slow long generations raise RELAY_TIMEOUT (seconds, environment variable) and the reverse proxy's read timeout in front of the gateway (nginx proxy_read_timeout), or ask clients to use stream: true.
    .prevention-1 = Administrators: enable the periodic channel test (渠道测试) so that unreachable channels are disabled automatically, and keep a second channel on another route.
newapi-upstream-tls = The gateway could not verify the upstream's TLS certificate
    .cause = The gateway's outbound HTTPS call to the channel's upstream failed the certificate check: the upstream (often a self-hosted or corporate endpoint) uses a certificate signed by a private CA or an expired one, and the gateway's container does not trust it.
    .translation = do request failed ... x509: certificate signed by unknown authority: the upstream's certificate is not trusted by the gateway.
    .analysis-1 = HTTP 500 with code do_request_failed and an x509 / tls error in the message: this is between the gateway and its upstream, not between you and the gateway.
    .analysis-2 = Retrying does not help: the same certificate is presented every time.
    .fix-1 = Gateway admin: add the upstream's CA certificate to the gateway container's trust store (mount it into /usr/local/share/ca-certificates and run update-ca-certificates, or set SSL_CERT_FILE to a bundle that includes it), then restart the container.
    .fix-2 = Gateway admin: if the upstream's certificate expired or names another host, renew it or use the hostname the certificate was issued for in the channel's Base URL.
    .prevention-1 = Monitor certificate expiry of self-hosted upstreams, and bake private CAs into the gateway image instead of disabling verification.
qianfan-question-too-long = Qianfan rejected the latest question as too long
    .cause = The last user message exceeds the length the model's service allows for a single question (the number after "is"), independent of the rest of the conversation.
    .translation = "the max length of current question is N": the current question may be at most N long.
    .analysis-1 = Qianfan (ERNIE) limits the newest user turn separately from the total context; older messages may still fit while this one does not.
    .fix-1 = Shorten or split the last user message below the stated limit: summarise long documents first, or send them in several turns.
    .fix-2 = Switch to a model variant with a larger input window (for example an ERNIE 128K version) in the Qianfan console's model list.
    .prevention-1 = Count tokens before sending and truncate the last message to the model's documented single-question limit.

dashscope-free-allocated-quota = The free quota of this Model Studio model is used up, and paid use is not enabled
    .cause = Model Studio (DashScope) gives each new model a free token quota; once it is used up, an account set to use the free quota only (or a free-tier login such as Qwen OAuth) gets 429 Throttling.AllocationQuota "Free allocated quota exceeded." instead of being billed.
    .translation = "Free allocated quota exceeded.": the free allocation is exhausted.
    .analysis-1 = Despite the 429 and the Throttling prefix this is not a rate limit: waiting does not help until the free quota is renewed or paid use is allowed. "Allocated quota exceeded, please increase your quota limit" without "Free" is the rate limit.
    .fix-1 = In the Model Studio console (https://bailian.console.aliyun.com), open the model's free quota settings and turn off "use free quota only" so calls continue at the paid price; make sure the Alibaba Cloud account has a payment method or balance.
    .fix-2 = If you came through a free login (Qwen Code's Qwen OAuth), switch to an API key of a Model Studio account with billing, or to a model whose free quota is not used up.
    .prevention-1 = Watch the remaining free quota per model in the console, and set a budget alert before enabling paid use.
ark-invalid-subscription = The Volcengine account has no valid Coding Plan subscription
    .cause = The request went to Ark's Coding Plan endpoint, which serves only accounts with an active Coding Plan; this account never subscribed, or the subscription has expired.
    .translation = "Your account does not have a valid coding plan subscription, or your subscription has expired."
    .analysis-1 = HTTP 403 here is about the subscription, not the key: a valid key of an account without the plan gets the same answer.
    .fix-1 = Open the Ark console's activation page (https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement), check the Coding Plan status, and subscribe or renew.
    .fix-2 = To use pay-as-you-go instead, switch the base URL from the Coding Plan endpoint to the regular https://ark.cn-beijing.volces.com/api/v3 and use an activated model or endpoint id.
    .prevention-1 = Turn on auto-renewal for the Coding Plan or set a reminder before its expiry date.
moonshot-subscription-model-access = Your Kimi subscription does not include this model
    .cause = The key belongs to a Kimi coding subscription, but the model named in the request is not part of that subscription's plan (for example a high-speed or preview variant, or a platform model that is billed separately).
    .translation = "Your current subscription does not have access to MODEL".
    .analysis-1 = It arrives as 401 authentication_error, but the key was recognised: the subscription is known, only this model is outside it. Changing the model name fixes it; a new key does not.
    .fix-1 = Set the model to one your plan includes (the Kimi coding docs list them, for example kimi-for-coding) in the tool's model setting (ANTHROPIC_MODEL, the provider's model field).
    .fix-2 = If you need that model, upgrade the subscription at https://www.kimi.com/coding, or use a pay-as-you-go key from https://platform.moonshot.ai with its own base URL.
    .prevention-1 = Keep the subscription's model list in your tool configuration and do not let tools pick default models from another plan.
