"""Scenarios: a provider's real error response (status, headers, body) and the labels it carries.

Bodies and headers follow the providers' documentation, SDK sources and verbatim bodies quoted in
public issue threads (see README.md, "Sources").  Placeholders filled by the server per request:
  {RID}      a fresh request id of the provider's shape (see RID_KINDS)
  {KEYMASK}  the caller's key, masked the way OpenAI masks it (first 8 + '*' + last 4)
Labels use the same placeholders.  `family` says which SDK clients fit the scenario:
  openai (OpenAI-compatible chat API), azure, anthropic, gemini, s3, ec2, sts, bedrock, dynamodb,
  generic (only plain HTTP clients).
"""
import json

def J(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

def JP(obj):  # pretty, the way some services send it
    return json.dumps(obj, ensure_ascii=False, indent=2)

S = []

def sc(id, provider, category, status, body, *, family="generic", path="/v1/chat/completions",
       ctype="application/json", headers=None, etype=None, ecode=None, msg=None, rid=None,
       rid_kind=None, reason=None, distinct_path=False, op="chat"):
    S.append(dict(id=id, provider=provider, category=category, status=status, body=body,
                  family=family, path=path, ctype=ctype, headers=headers or {}, etype=etype,
                  ecode=ecode, msg=msg, rid=rid, rid_kind=rid_kind, reason=reason,
                  distinct_path=distinct_path, op=op))

OAI_H = {"x-request-id": "{RID}", "openai-processing-ms": "38", "openai-version": "2020-10-01",
         "strict-transport-security": "max-age=31536000; includeSubDomains; preload",
         "cf-cache-status": "DYNAMIC", "server": "cloudflare"}

# ---------------- OpenAI ----------------
sc("openai-invalid-api-key", "openai", "auth", 401,
   J({"error": {"message": "Incorrect API key provided: {KEYMASK}. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}),
   family="openai", headers=OAI_H, etype="invalid_request_error", ecode="invalid_api_key",
   msg="Incorrect API key provided: {KEYMASK}. You can find your API key at https://platform.openai.com/account/api-keys.", rid="{RID}", rid_kind="openai")
sc("openai-insufficient-quota", "openai", "billing", 429,
   J({"error": {"message": "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.", "type": "insufficient_quota", "param": None, "code": "insufficient_quota"}}),
   family="openai", headers=OAI_H, etype="insufficient_quota", ecode="insufficient_quota",
   msg="You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.", rid="{RID}", rid_kind="openai")
sc("openai-rate-limit", "openai", "rate_limit", 429,
   J({"error": {"message": "Rate limit reached for gpt-4o in organization org-Vq3kT8mZpL2xR7nW4yB6cJ1d on tokens per min (TPM): Limit 30000, Used 29533, Requested 1617. Please try again in 2.3s. Visit https://platform.openai.com/account/rate-limits to learn more.", "type": "tokens", "param": None, "code": "rate_limit_exceeded"}}),
   family="openai", headers=dict(OAI_H, **{"retry-after": "3", "x-ratelimit-limit-tokens": "30000", "x-ratelimit-remaining-tokens": "467", "x-ratelimit-reset-tokens": "2.3s"}),
   etype="tokens", ecode="rate_limit_exceeded",
   msg="Rate limit reached for gpt-4o in organization org-Vq3kT8mZpL2xR7nW4yB6cJ1d on tokens per min (TPM): Limit 30000, Used 29533, Requested 1617. Please try again in 2.3s. Visit https://platform.openai.com/account/rate-limits to learn more.", rid="{RID}", rid_kind="openai")
sc("openai-model-not-found", "openai", "model_not_found", 404,
   J({"error": {"message": "The model `gpt-5-turbo` does not exist or you do not have access to it.", "type": "invalid_request_error", "param": None, "code": "model_not_found"}}),
   family="openai", headers=OAI_H, etype="invalid_request_error", ecode="model_not_found",
   msg="The model `gpt-5-turbo` does not exist or you do not have access to it.", rid="{RID}", rid_kind="openai")
sc("openai-context-length", "openai", "context_length", 400,
   J({"error": {"message": "This model's maximum context length is 128000 tokens. However, your messages resulted in 131245 tokens. Please reduce the length of the messages.", "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}),
   family="openai", headers=OAI_H, etype="invalid_request_error", ecode="context_length_exceeded",
   msg="This model's maximum context length is 128000 tokens. However, your messages resulted in 131245 tokens. Please reduce the length of the messages.", rid="{RID}", rid_kind="openai")
sc("openai-content-policy", "openai", "content_filter", 400,
   J({"error": {"code": "content_policy_violation", "message": "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.", "param": None, "type": "invalid_request_error"}}),
   family="openai", path="/v1/images/generations", op="images", headers=OAI_H, etype="invalid_request_error", ecode="content_policy_violation",
   msg="Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.", rid="{RID}", rid_kind="openai")
sc("openai-server-error", "openai", "server_error", 500,
   J({"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": None, "code": None}}),
   family="openai", headers=OAI_H, etype="server_error",
   msg="The server had an error while processing your request. Sorry about that!", rid="{RID}", rid_kind="openai")
sc("openai-overloaded", "openai", "overloaded", 503,
   J({"error": {"message": "The engine is currently overloaded, please try again later.", "type": "service_unavailable_error", "param": None, "code": "server_is_overloaded"}}),
   family="openai", headers=OAI_H, etype="service_unavailable_error", ecode="server_is_overloaded",
   msg="The engine is currently overloaded, please try again later.", rid="{RID}", rid_kind="openai")

# ---------------- Azure OpenAI ----------------
AZ_PATH = "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21"
AZ_H = {"apim-request-id": "{RID}", "x-request-id": "{RID}", "x-ms-region": "East US 2",
        "strict-transport-security": "max-age=31536000; includeSubDomains; preload", "x-content-type-options": "nosniff"}
sc("azure-deployment-not-found", "azure-openai", "model_not_found", 404,
   J({"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."}}),
   family="azure", path=AZ_PATH, distinct_path=True, headers=AZ_H, ecode="DeploymentNotFound",
   msg="The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.", rid="{RID}", rid_kind="uuid")
sc("azure-access-denied", "azure-openai", "auth", 401,
   J({"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}),
   family="azure", path=AZ_PATH, distinct_path=True, headers={"apim-request-id": "{RID}", "www-authenticate": "AzureApiManagementKey realm=\"https://my-aoai-eastus2.openai.azure.com/openai\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\""},
   msg="Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.", rid="{RID}", rid_kind="uuid")
sc("azure-rate-limit", "azure-openai", "rate_limit", 429,
   J({"error": {"code": "429", "message": "Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 46 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit."}}),
   family="azure", path=AZ_PATH, distinct_path=True, headers=dict(AZ_H, **{"retry-after": "46", "retry-after-ms": "46000", "x-ratelimit-remaining-requests": "0", "x-ratelimit-remaining-tokens": "0"}),
   msg="Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 46 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.", rid="{RID}", rid_kind="uuid")
sc("azure-content-filter", "azure-openai", "content_filter", 400,
   J({"error": {"message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766", "type": None, "param": "prompt", "code": "content_filter", "status": 400,
      "innererror": {"code": "ResponsibleAIPolicyViolation", "content_filter_result": {"hate": {"filtered": False, "severity": "safe"}, "jailbreak": {"filtered": False, "detected": False}, "self_harm": {"filtered": False, "severity": "safe"}, "sexual": {"filtered": False, "severity": "safe"}, "violence": {"filtered": True, "severity": "medium"}}}}}),
   family="azure", path=AZ_PATH, distinct_path=True, headers=AZ_H, ecode="content_filter",
   msg="The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766", rid="{RID}", rid_kind="uuid")

# ---------------- Anthropic ----------------
def anth(id, category, status, etype, message, extra_h=None):
    h = {"request-id": "{RID}", "anthropic-organization-id": "5f3c2a1e-8b7d-4c6a-9e0f-1a2b3c4d5e6f", "x-should-retry": "false", "server": "cloudflare", "cf-ray": "8f1a2b3c4d5e6f70-SJC"}
    if extra_h: h.update(extra_h)
    sc(id, "anthropic", category, status, J({"type": "error", "error": {"type": etype, "message": message}, "request_id": "{RID}"}),
       family="anthropic", path="/v1/messages", distinct_path=True, headers=h, etype=etype, msg=message, rid="{RID}", rid_kind="anthropic")
anth("anthropic-authentication", "auth", 401, "authentication_error", "invalid x-api-key")
anth("anthropic-permission", "permission", 403, "permission_error", "Your API key does not have permission to use the specified resource.")
anth("anthropic-not-found-model", "model_not_found", 404, "not_found_error", "model: claude-3-5-sonnet-20990101")
anth("anthropic-rate-limit", "rate_limit", 429, "rate_limit_error", "This request would exceed the rate limit for your organization (5f3c2a1e-8b7d-4c6a-9e0f-1a2b3c4d5e6f) of 50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.",
     {"retry-after": "17", "x-should-retry": "true", "anthropic-ratelimit-input-tokens-limit": "50000", "anthropic-ratelimit-input-tokens-remaining": "0", "anthropic-ratelimit-input-tokens-reset": "2026-12-06T18:31:02Z"})
anth("anthropic-overloaded", "overloaded", 529, "overloaded_error", "Overloaded", {"x-should-retry": "true"})
anth("anthropic-credit-balance", "billing", 400, "invalid_request_error", "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.")
anth("anthropic-request-too-large", "payload_too_large", 413, "request_too_large", "Request exceeds the maximum allowed number of bytes. The maximum request size is 32 MB.")
anth("anthropic-api-error", "server_error", 500, "api_error", "Internal server error", {"x-should-retry": "true"})

# ---------------- Gemini ----------------
GEM_PATH = "/v1beta/models/gemini-2.0-flash:generateContent"
GEM_H = {"vary": "Origin, X-Origin, Referer", "server": "scaffolding on HTTPServer2", "x-xss-protection": "0", "x-frame-options": "SAMEORIGIN", "x-content-type-options": "nosniff", "server-timing": "gfet4t7; dur=41", "alt-svc": "h3=\":443\"; ma=2592000,h3-29=\":443\"; ma=2592000"}
def gem(id, category, status, gstatus, message, details=None, path=GEM_PATH):
    err = {"code": status, "message": message, "status": gstatus}
    if details: err["details"] = details
    sc(id, "gemini", category, status, JP({"error": err}), family="gemini", path=path, distinct_path=True,
       ctype="application/json; charset=UTF-8", headers=GEM_H, etype=gstatus, msg=message)
gem("gemini-api-key-invalid", "auth", 400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
    [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}},
     {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US", "message": "API key not valid. Please pass a valid API key."}])
gem("gemini-resource-exhausted", "rate_limit", 429, "RESOURCE_EXHAUSTED", "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    [{"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests", "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "quotaDimensions": {"location": "global", "model": "gemini-2.0-flash"}, "quotaValue": "15"}]},
     {"@type": "type.googleapis.com/google.rpc.Help", "links": [{"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
     {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "19s"}])
gem("gemini-location-unsupported", "permission", 400, "FAILED_PRECONDITION", "User location is not supported for the API use.")
gem("gemini-service-disabled", "permission", 403, "PERMISSION_DENIED", "Generative Language API has not been used in project 482913057716 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=482913057716 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.",
    [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com", "consumer": "projects/482913057716"}}])
gem("gemini-model-not-found", "model_not_found", 404, "NOT_FOUND", "models/gemini-1.0-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.",
    path="/v1beta/models/gemini-1.0-pro:generateContent")
gem("gemini-overloaded", "overloaded", 503, "UNAVAILABLE", "The model is overloaded. Please try again later.")

# ---------------- new-api / one-api ----------------
def gw(id, provider, category, status, message, etype, ecode=None, code_field=True):
    err = {"message": message + " (request id: {RID})", "type": etype}
    if code_field:
        err["param"] = ""
        err["code"] = ecode if ecode else ""
    sc(id, provider, category, status, J({"error": err}), family="openai",
       headers={"X-Oneapi-Request-Id": "{RID}", "server": "nginx"}, etype=etype, ecode=ecode, msg=message, rid="{RID}", rid_kind="oneapi")
gw("newapi-invalid-token", "new-api", "auth", 401, "无效的令牌", "new_api_error", code_field=False)
gw("newapi-insufficient-quota", "new-api", "billing", 403, "用户额度不足, 剩余额度: $0.001200", "new_api_error", "insufficient_user_quota")
gw("newapi-no-channel", "new-api", "model_not_found", 503, "分组 default 下模型 gpt-5-codex 无可用渠道（distributor）", "new_api_error", "model_not_found")
gw("newapi-upstream-saturated", "new-api", "overloaded", 429, "当前分组上游负载已饱和，请稍后再试", "upstream_error")
gw("oneapi-no-channel", "one-api", "model_not_found", 503, "当前分组 default 下对于模型 gpt-4o-mini 无可用渠道", "one_api_error", code_field=False)
gw("oneapi-token-exhausted", "one-api", "billing", 401, "该令牌额度已用尽", "one_api_error", code_field=False)

# ---------------- DeepSeek ----------------
sc("deepseek-insufficient-balance", "deepseek", "billing", 402,
   J({"error": {"message": "Insufficient Balance", "type": "unknown_error", "param": None, "code": "invalid_request_error"}}),
   family="openai", headers={"x-ds-trace-id": "{RID}", "server": "CW"}, etype="unknown_error", ecode="invalid_request_error", msg="Insufficient Balance", rid=None, rid_kind="hex32")
sc("deepseek-content-risk", "deepseek", "content_filter", 400,
   J({"error": {"message": "Content Exists Risk", "type": "invalid_request_error", "param": None, "code": "invalid_request_error"}}),
   family="openai", headers={"x-ds-trace-id": "{RID}", "server": "CW"}, etype="invalid_request_error", ecode="invalid_request_error", msg="Content Exists Risk", rid=None, rid_kind="hex32")
sc("deepseek-auth", "deepseek", "auth", 401,
   J({"error": {"message": "Authentication Fails, Your api key: ****k3Zq is invalid", "type": "authentication_error", "param": None, "code": "invalid_request_error"}}),
   family="openai", headers={"server": "CW"}, etype="authentication_error", ecode="invalid_request_error", msg="Authentication Fails, Your api key: ****k3Zq is invalid")

# ---------------- Zhipu ----------------
ZP = "/api/paas/v4/chat/completions"
sc("zhipu-1211-model", "zhipu", "model_not_found", 400, J({"error": {"code": "1211", "message": "模型不存在，请检查模型代码。"}}),
   family="openai", path=ZP, distinct_path=True, ecode="1211", msg="模型不存在，请检查模型代码。")
sc("zhipu-1113-arrears", "zhipu", "billing", 429, J({"error": {"code": "1113", "message": "您的账户已欠费，请充值后重试。"}}),
   family="openai", path=ZP, distinct_path=True, ecode="1113", msg="您的账户已欠费，请充值后重试。")
sc("zhipu-1302-concurrency", "zhipu", "rate_limit", 429, J({"error": {"code": "1302", "message": "您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。"}}),
   family="openai", path=ZP, distinct_path=True, ecode="1302", msg="您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。")

# ---------------- DashScope ----------------
DSN = "/api/v1/services/aigc/text-generation/generation"
sc("dashscope-invalid-api-key", "dashscope", "auth", 401, J({"request_id": "{RID}", "code": "InvalidApiKey", "message": "Invalid API-key provided."}),
   family="generic", path=DSN, distinct_path=True, headers={"req-cost-time": "4", "x-request-id": "{RID}"}, ecode="InvalidApiKey", msg="Invalid API-key provided.", rid="{RID}", rid_kind="uuid")
sc("dashscope-throttling", "dashscope", "rate_limit", 429, J({"request_id": "{RID}", "code": "Throttling.RateQuota", "message": "Requests rate limit exceeded, please try again later."}),
   family="generic", path=DSN, distinct_path=True, headers={"x-request-id": "{RID}"}, ecode="Throttling.RateQuota", msg="Requests rate limit exceeded, please try again later.", rid="{RID}", rid_kind="uuid")
sc("dashscope-data-inspection", "dashscope", "content_filter", 400,
   J({"error": {"code": "data_inspection_failed", "param": None, "message": "Input data may contain inappropriate content.", "type": "data_inspection_failed"}, "id": "chatcmpl-{RID}", "request_id": "{RID}"}),
   family="openai", path="/compatible-mode/v1/chat/completions", distinct_path=True, headers={"x-request-id": "{RID}"}, etype="data_inspection_failed", ecode="data_inspection_failed",
   msg="Input data may contain inappropriate content.", rid="{RID}", rid_kind="uuid")
sc("dashscope-arrearage", "dashscope", "billing", 400,
   J({"error": {"code": "Arrearage", "param": None, "message": "Access denied, please make sure your account is in good standing.", "type": "Arrearage"}, "id": "chatcmpl-{RID}", "request_id": "{RID}"}),
   family="openai", path="/compatible-mode/v1/chat/completions", distinct_path=True, headers={"x-request-id": "{RID}"}, etype="Arrearage", ecode="Arrearage",
   msg="Access denied, please make sure your account is in good standing.", rid="{RID}", rid_kind="uuid")

# ---------------- Moonshot ----------------
sc("moonshot-invalid-auth", "moonshot", "auth", 401, J({"error": {"message": "Invalid Authentication", "type": "invalid_authentication_error"}}),
   family="openai", headers={"msh-request-id": "{RID}"}, etype="invalid_authentication_error", msg="Invalid Authentication", rid_kind="hex32")
sc("moonshot-engine-overloaded", "moonshot", "overloaded", 429, J({"error": {"message": "The engine is currently overloaded, please try again later", "type": "engine_overloaded_error"}}),
   family="openai", headers={"msh-request-id": "{RID}"}, etype="engine_overloaded_error", msg="The engine is currently overloaded, please try again later", rid_kind="hex32")
sc("moonshot-quota", "moonshot", "billing", 429, J({"error": {"message": "Your account org-3c1f0e7b9a2d4e58b6c7d8e9f0a1b2c3<ak-f5k2m9xq1r8t3w7y4z6a> is suspended, please check your plan and billing details", "type": "exceeded_current_quota_error"}}),
   family="openai", etype="exceeded_current_quota_error", msg="Your account org-3c1f0e7b9a2d4e58b6c7d8e9f0a1b2c3<ak-f5k2m9xq1r8t3w7y4z6a> is suspended, please check your plan and billing details")

# ---------------- SiliconFlow ----------------
sc("siliconflow-model-not-exist", "siliconflow", "model_not_found", 400, J({"code": 20012, "message": "Model does not exist. Please check it carefully.", "data": None}),
   family="openai", ecode="20012", msg="Model does not exist. Please check it carefully.")
sc("siliconflow-balance", "siliconflow", "billing", 403, J({"code": 30001, "message": "Sorry, your account balance is insufficient", "data": None}),
   family="openai", ecode="30001", msg="Sorry, your account balance is insufficient")

# ---------------- Baidu Qianfan ----------------
sc("qianfan-rpm", "baidu-qianfan", "rate_limit", 429, J({"error": {"code": "rpm_rate_limit_exceeded", "message": "Rate limit reached for RPM", "type": "rate_limit_exceeded"}, "id": "{RID}"}),
   family="openai", path="/v2/chat/completions", distinct_path=False, etype="rate_limit_exceeded", ecode="rpm_rate_limit_exceeded", msg="Rate limit reached for RPM", rid="{RID}", rid_kind="qianfan")
sc("qianfan-iam", "baidu-qianfan", "auth", 401, J({"error": {"code": "invalid_iam_token", "message": "IAM Certification failed", "type": "invalid_request_error"}, "id": "{RID}"}),
   family="openai", path="/v2/chat/completions", etype="invalid_request_error", ecode="invalid_iam_token", msg="IAM Certification failed", rid="{RID}", rid_kind="qianfan")
sc("qianfan-v1-qps", "baidu-qianfan", "rate_limit", 200, J({"error_code": 18, "error_msg": "Open api qps request limit reached"}),
   family="generic", path="/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/ernie-speed-128k?access_token=24.6c5e1ff107f0e8bcef8c46d3424a0e78.2592000.1767607520.282335-118371502", distinct_path=True,
   ecode="18", msg="Open api qps request limit reached")

# ---------------- Volcengine Ark ----------------
AP = "/api/v3/chat/completions"
sc("ark-auth", "volcengine-ark", "auth", 401, J({"error": {"code": "AuthenticationError", "message": "The API key in the request is missing or invalid. Request id: {RID}", "param": "", "type": "Unauthorized"}}),
   family="openai", path=AP, distinct_path=True, headers={"x-request-id": "{RID}", "x-client-request-id": "unknown-20261206"}, etype="Unauthorized", ecode="AuthenticationError",
   msg="The API key in the request is missing or invalid. Request id: {RID}", rid="{RID}", rid_kind="ark")
sc("ark-model-not-found", "volcengine-ark", "model_not_found", 404, J({"error": {"code": "InvalidEndpointOrModel.NotFound", "message": "The model or endpoint doubao-pro-32k does not exist or you do not have access to it. Request id: {RID}", "param": "", "type": "NotFound"}}),
   family="openai", path=AP, distinct_path=True, headers={"x-request-id": "{RID}"}, etype="NotFound", ecode="InvalidEndpointOrModel.NotFound",
   msg="The model or endpoint doubao-pro-32k does not exist or you do not have access to it. Request id: {RID}", rid="{RID}", rid_kind="ark")

# ---------------- Groq ----------------
sc("groq-rate-limit", "groq", "rate_limit", 429,
   J({"error": {"message": "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01jf8x2k7v3q9w4e5r6t7y8u9i` service tier `on_demand` on tokens per minute (TPM): Limit 12000, Used 11562, Requested 1523. Please try again in 5.425s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing", "type": "tokens", "code": "rate_limit_exceeded"}}),
   family="openai", path="/openai/v1/chat/completions", distinct_path=True, headers={"x-request-id": "{RID}", "retry-after": "6", "x-groq-region": "us-east-1"},
   etype="tokens", ecode="rate_limit_exceeded", msg="Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01jf8x2k7v3q9w4e5r6t7y8u9i` service tier `on_demand` on tokens per minute (TPM): Limit 12000, Used 11562, Requested 1523. Please try again in 5.425s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing",
   rid="{RID}", rid_kind="groq")
sc("groq-decommissioned", "groq", "model_not_found", 400,
   J({"error": {"message": "The model `mixtral-8x7b-32768` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.", "type": "invalid_request_error", "code": "model_decommissioned"}}),
   family="openai", path="/openai/v1/chat/completions", distinct_path=True, headers={"x-request-id": "{RID}"}, etype="invalid_request_error", ecode="model_decommissioned",
   msg="The model `mixtral-8x7b-32768` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.", rid="{RID}", rid_kind="groq")

# ---------------- Mistral ----------------
sc("mistral-invalid-model", "mistral", "model_not_found", 400, J({"object": "error", "message": "Invalid model: mistral-large-9999", "type": "invalid_model", "param": None, "code": "1500"}),
   family="openai", headers={"mistral-correlation-id": "{RID}", "x-kong-request-id": "{RID}"}, etype="invalid_model", ecode="1500", msg="Invalid model: mistral-large-9999", rid_kind="hex32")
sc("mistral-rate-limit", "mistral", "rate_limit", 429, J({"object": "error", "message": "Requests rate limit exceeded", "type": "rate_limited", "param": None, "code": "1300"}),
   family="openai", headers={"mistral-correlation-id": "{RID}"}, etype="rate_limited", ecode="1300", msg="Requests rate limit exceeded", rid_kind="hex32")
sc("mistral-unauthorized", "mistral", "auth", 401, JP({"message": "Unauthorized", "request_id": "{RID}"}),
   family="openai", msg="Unauthorized", rid="{RID}", rid_kind="hex32")

# ---------------- Cohere ----------------
sc("cohere-invalid-token", "cohere", "auth", 401, J({"id": "{RID}", "message": "invalid api token"}),
   family="generic", path="/v2/chat", distinct_path=True, headers={"x-debug-trace-id": "{RID}"}, msg="invalid api token", rid="{RID}", rid_kind="uuid")
sc("cohere-trial-limit", "cohere", "rate_limit", 429, J({"id": "{RID}", "message": "You are using a Trial key, which is limited to 10 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'. Contact us on 'https://discord.gg/XW44jPfYJu' or email us at support@cohere.com with any questions"}),
   family="generic", path="/v2/chat", distinct_path=True, msg="You are using a Trial key, which is limited to 10 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'. Contact us on 'https://discord.gg/XW44jPfYJu' or email us at support@cohere.com with any questions",
   rid="{RID}", rid_kind="uuid")

# ---------------- OpenRouter ----------------
sc("openrouter-credits", "openrouter", "billing", 402,
   J({"error": {"message": "This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 2849. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account", "code": 402}, "user_id": "user_2pXk7Qm9Vb4Tn3Lw8Rc6Yh1Zs5D"}),
   family="openai", path="/api/v1/chat/completions", distinct_path=True,
   msg="This request requires more credits, or fewer max_tokens. You requested up to 16384 tokens, but can only afford 2849. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account")
sc("openrouter-upstream-rate-limit", "openrouter", "rate_limit", 429,
   J({"error": {"message": "Provider returned error", "code": 429, "metadata": {"raw": "qwen/qwen3-coder:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations", "provider_name": "Venice"}}, "user_id": "user_2pXk7Qm9Vb4Tn3Lw8Rc6Yh1Zs5D"}),
   family="openai", path="/api/v1/chat/completions", distinct_path=True,
   msg="qwen/qwen3-coder:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations")

# ---------------- Ollama ----------------
sc("ollama-native-model-not-found", "ollama", "model_not_found", 404, J({"error": "model 'llama3.2:70b' not found"}),
   family="generic", path="/api/chat", distinct_path=True, msg="model 'llama3.2:70b' not found", ctype="application/json; charset=utf-8")
sc("ollama-openai-model-not-found", "ollama", "model_not_found", 404,
   J({"error": {"message": "model \"llama3.2:70b\" not found, try pulling it first", "type": "api_error", "param": None, "code": None}}),
   family="openai", etype="api_error", msg="model \"llama3.2:70b\" not found, try pulling it first")

# ---------------- Hugging Face ----------------
sc("hf-model-loading", "huggingface", "overloaded", 503, J({"error": "Model mistralai/Mistral-7B-Instruct-v0.3 is currently loading", "estimated_time": 20.0}),
   family="generic", path="/models/mistralai/Mistral-7B-Instruct-v0.3", distinct_path=True, headers={"x-request-id": "{RID}"}, msg="Model mistralai/Mistral-7B-Instruct-v0.3 is currently loading", rid="{RID}", rid_kind="hf")
sc("hf-invalid-credentials", "huggingface", "auth", 401, J({"error": "Invalid credentials in Authorization header"}),
   family="generic", path="/v1/chat/completions", headers={"x-request-id": "{RID}"}, msg="Invalid credentials in Authorization header", rid="{RID}", rid_kind="hf")

# ---------------- AWS ----------------
S3H = {"x-amz-request-id": "{RID}", "x-amz-id-2": "7nQh4Vx2ZpL9kT3mR8wB5cY1dF6gH0jK2lN4pS7uW9xA3bC5eG8iM1oQ3rT6vX9z", "server": "AmazonS3"}
sc("s3-access-denied", "aws", "permission", 403,
   '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>{RID}</RequestId><HostId>7nQh4Vx2ZpL9kT3mR8wB5cY1dF6gH0jK2lN4pS7uW9xA3bC5eG8iM1oQ3rT6vX9z</HostId></Error>',
   family="s3", path="/acme-prod-reports/2026/q4/summary.csv", ctype="application/xml", headers=S3H, etype="AccessDenied", msg="Access Denied", rid="{RID}", rid_kind="s3", op="get_object")
sc("s3-no-such-bucket", "aws", "not_found", 404,
   '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>acme-prod-reportz</BucketName><RequestId>{RID}</RequestId><HostId>7nQh4Vx2ZpL9kT3mR8wB5cY1dF6gH0jK2lN4pS7uW9xA3bC5eG8iM1oQ3rT6vX9z</HostId></Error>',
   family="s3", path="/acme-prod-reportz?list-type=2", ctype="application/xml", headers=S3H, etype="NoSuchBucket", msg="The specified bucket does not exist", rid="{RID}", rid_kind="s3", op="list_objects")
sc("ec2-unauthorized-operation", "aws", "permission", 403,
   '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ci-deployer is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action</Message></Error></Errors><RequestID>{RID}</RequestID></Response>',
   family="ec2", path="/", ctype="text/xml;charset=UTF-8", headers={"server": "AmazonEC2"}, etype="UnauthorizedOperation",
   msg="You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/ci-deployer is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action", rid="{RID}", rid_kind="uuid")
sc("sts-invalid-client-token", "aws", "auth", 403,
   '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidClientTokenId</Code>\n    <Message>The security token included in the request is invalid.</Message>\n  </Error>\n  <RequestId>{RID}</RequestId>\n</ErrorResponse>\n',
   family="sts", path="/", ctype="text/xml", headers={"x-amzn-RequestId": "{RID}"}, etype="InvalidClientTokenId", msg="The security token included in the request is invalid.", rid="{RID}", rid_kind="uuid")
sc("bedrock-throttling", "aws", "rate_limit", 429, J({"message": "Too many requests, please wait before trying again."}),
   family="bedrock", path="/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/invoke", distinct_path=True,
   headers={"x-amzn-RequestId": "{RID}", "x-amzn-ErrorType": "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/"},
   etype="ThrottlingException", msg="Too many requests, please wait before trying again.", rid="{RID}", rid_kind="uuid")
sc("bedrock-validation", "aws", "model_not_found", 400, J({"message": "The provided model identifier is invalid."}),
   family="bedrock", path="/model/anthropic.claude-v9/invoke", distinct_path=True,
   headers={"x-amzn-RequestId": "{RID}", "x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"},
   etype="ValidationException", msg="The provided model identifier is invalid.", rid="{RID}", rid_kind="uuid")
sc("dynamodb-throughput", "aws", "rate_limit", 400,
   J({"__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "message": "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."}),
   family="dynamodb", path="/", ctype="application/x-amz-json-1.0", headers={"x-amzn-RequestId": "{RID}", "x-amz-crc32": "2748290491"},
   etype="ProvisionedThroughputExceededException", msg="The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", rid="{RID}", rid_kind="awsrid")

# ---------------- GitHub / GitLab ----------------
sc("github-bad-credentials", "github", "auth", 401, J({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}),
   path="/repos/acme/widgets/issues", distinct_path=True, headers={"x-github-request-id": "{RID}", "x-github-media-type": "github.v3; format=json", "x-ratelimit-limit": "60", "x-ratelimit-remaining": "57", "server": "github.com"},
   msg="Bad credentials", rid="{RID}", rid_kind="github")
sc("github-rate-limit", "github", "rate_limit", 403,
   J({"message": "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}),
   path="/repos/acme/widgets/releases/latest", distinct_path=True, headers={"x-github-request-id": "{RID}", "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1796581260", "x-ratelimit-used": "60", "x-ratelimit-resource": "core", "server": "github.com"},
   msg="API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", rid="{RID}", rid_kind="github")
sc("gitlab-unauthorized", "gitlab", "auth", 401, J({"message": "401 Unauthorized"}),
   path="/api/v4/projects/acme%2Fwidgets/merge_requests", distinct_path=True, headers={"x-request-id": "{RID}", "x-runtime": "0.021434", "x-gitlab-meta": "{\"correlation_id\":\"{RID}\",\"version\":\"1\"}"},
   msg="401 Unauthorized", rid="{RID}", rid_kind="ulid")
sc("gitlab-project-not-found", "gitlab", "not_found", 404, J({"message": "404 Project Not Found"}),
   path="/api/v4/projects/acme%2Fwidgetz", distinct_path=True, headers={"x-request-id": "{RID}"}, msg="404 Project Not Found", rid="{RID}", rid_kind="ulid")

# ---------------- Stripe / Twilio / Slack / Discord ----------------
sc("stripe-card-declined", "stripe", "billing", 402,
   JP({"error": {"charge": "ch_3QzT8kLmN2pR4sVw1aB7cD9e", "code": "card_declined", "decline_code": "insufficient_funds", "doc_url": "https://stripe.com/docs/error-codes/card-declined", "message": "Your card has insufficient funds.", "request_log_url": "https://dashboard.stripe.com/test/logs/{RID}?t=1796581200", "type": "card_error"}}),
   path="/v1/payment_intents", distinct_path=True, headers={"request-id": "{RID}", "stripe-version": "2024-06-20", "server": "nginx"},
   etype="card_error", ecode="card_declined", msg="Your card has insufficient funds.", rid="{RID}", rid_kind="stripe")
sc("stripe-missing-param", "stripe", "invalid_request", 400,
   JP({"error": {"code": "parameter_missing", "doc_url": "https://stripe.com/docs/error-codes/parameter-missing", "message": "Missing required param: amount.", "param": "amount", "request_log_url": "https://dashboard.stripe.com/test/logs/{RID}?t=1796581200", "type": "invalid_request_error"}}),
   path="/v1/payment_intents", distinct_path=True, headers={"request-id": "{RID}", "stripe-version": "2024-06-20", "server": "nginx"},
   etype="invalid_request_error", ecode="parameter_missing", msg="Missing required param: amount.", rid="{RID}", rid_kind="stripe")
sc("twilio-20003", "twilio", "auth", 401,
   J({"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}),
   path="/2010-04-01/Accounts/AC3f9e2b7c1d8a4e6f0b5c9d2e7a1f4b8c/Messages.json", distinct_path=True, headers={"twilio-request-id": "{RID}", "www-authenticate": "Basic realm=\"Twilio API\""},
   ecode="20003", msg="Authenticate", rid="{RID}", rid_kind="twilio")
sc("slack-invalid-auth", "slack", "auth", 200, J({"ok": False, "error": "invalid_auth"}),
   path="/api/chat.postMessage", distinct_path=True, headers={"x-slack-req-id": "{RID}", "x-slack-backend": "r"}, ecode="invalid_auth", rid="{RID}", rid_kind="hex32")
sc("slack-ratelimited", "slack", "rate_limit", 429, J({"ok": False, "error": "ratelimited"}),
   path="/api/conversations.history", distinct_path=True, headers={"retry-after": "30", "x-slack-req-id": "{RID}"}, ecode="ratelimited", rid="{RID}", rid_kind="hex32")
sc("discord-invalid-form-body", "discord", "invalid_request", 400,
   J({"message": "Invalid Form Body", "code": 50035, "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}}),
   path="/api/v10/channels/1180412374559436831/messages", distinct_path=True, headers={"x-ratelimit-bucket": "b0d8f8b1c7e6a5d4c3b2a1f0e9d8c7b6", "cf-ray": "{RID}", "server": "cloudflare"},
   ecode="50035", msg="Must be 2000 or fewer in length.", rid_kind="cfray")
sc("discord-rate-limited", "discord", "rate_limit", 429, J({"message": "You are being rate limited.", "retry_after": 1.337, "global": False}),
   path="/api/v10/channels/1180412374559436831/messages", distinct_path=True, headers={"retry-after": "2", "x-ratelimit-limit": "5", "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": "1.337", "x-ratelimit-scope": "user", "cf-ray": "{RID}"},
   msg="You are being rate limited.", rid_kind="cfray")

# ---------------- Cloudflare ----------------
CF1020 = """<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>Access denied | api.example-shop.com used Cloudflare to restrict access</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body>
  <div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
      <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
         <h1 class="inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight">
           <span data-translate="error">Error</span>
           <span>1020</span>
         </h1>
         <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: {RID} &bull;</span>
         <h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">Access denied</h2>
      </header>
      <section class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
          <div id="what-happened-section" class="w-1/2 md:w-full">
            <h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="what_happened">What happened?</h2>
            <p>This website is using a security service to protect itself from online attacks.</p>
          </div>
      </section>
    </div>
  </div>
</body>
</html>
"""
sc("cloudflare-1020", "cloudflare", "permission", 403, CF1020, path="/v1/orders", ctype="text/html; charset=UTF-8",
   headers={"server": "cloudflare", "cf-ray": "{RID}-SJC", "x-frame-options": "SAMEORIGIN", "referrer-policy": "same-origin"}, ecode="1020", rid="{RID}", rid_kind="cfray16")
sc("cloudflare-api-auth", "cloudflare", "auth", 403, J({"success": False, "errors": [{"code": 10000, "message": "Authentication error"}], "messages": [], "result": None}),
   path="/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records", distinct_path=True, headers={"cf-ray": "{RID}", "server": "cloudflare"}, ecode="10000", msg="Authentication error", rid="{RID}", rid_kind="cfray")

# ---------------- Docker registry / npm / PyPI ----------------
sc("docker-unauthorized", "docker-registry", "auth", 401,
   J({"errors": [{"code": "UNAUTHORIZED", "message": "authentication required", "detail": [{"Type": "repository", "Class": "", "Name": "acme/private-api", "Action": "pull"}]}]}) + "\n",
   path="/v2/acme/private-api/manifests/1.4.2", distinct_path=True, headers={"docker-distribution-api-version": "registry/2.0", "www-authenticate": "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:acme/private-api:pull\",error=\"insufficient_scope\""},
   ecode="UNAUTHORIZED", msg="authentication required")
sc("docker-manifest-unknown", "docker-registry", "not_found", 404,
   J({"errors": [{"code": "MANIFEST_UNKNOWN", "message": "manifest unknown", "detail": {"Tag": "9.9.9"}}]}) + "\n",
   path="/v2/library/node/manifests/9.9.9", distinct_path=True, headers={"docker-distribution-api-version": "registry/2.0", "docker-ratelimit-source": "203.0.113.7", "ratelimit-limit": "100;w=21600", "ratelimit-remaining": "97;w=21600"},
   ecode="MANIFEST_UNKNOWN", msg="manifest unknown")
sc("npm-publish-forbidden", "npm-registry", "permission", 403, J({"error": "You do not have permission to publish \"left-pad\". Are you logged in as the correct user?"}),
   path="/left-pad", headers={"npm-notice": "", "cf-ray": "{RID}", "server": "cloudflare"}, msg="You do not have permission to publish \"left-pad\". Are you logged in as the correct user?", rid_kind="cfray")
sc("npm-not-found", "npm-registry", "not_found", 404, J({"error": "Not found"}),
   path="/@acme%2fui-kitz", headers={"cf-ray": "{RID}", "server": "cloudflare"}, msg="Not found", rid_kind="cfray")
PYPI_MSG = "Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information."
sc("pypi-upload-403", "pypi", "auth", 403,
   "<html>\n <head>\n  <title>403 " + PYPI_MSG + "</title>\n </head>\n <body>\n  <h1>403 " + PYPI_MSG + "</h1>\n  Access was denied to this resource.<br/><br/>\n" + PYPI_MSG + "\n\n\n </body>\n</html>",
   path="/legacy/", distinct_path=True, ctype="text/html; charset=UTF-8", reason=PYPI_MSG, headers={"server": "nginx", "x-pypi-last-serial": ""}, msg=PYPI_MSG)

# ---------------- Kubernetes ----------------
def k8s(id, category, status, reason, message, details, path):
    sc(id, "kubernetes", category, status, J({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message, "reason": reason, "details": details, "code": status}) + "\n",
       path=path, distinct_path=True, headers={"audit-id": "{RID}", "cache-control": "no-cache, private", "x-kubernetes-pf-flowschema-uid": "4a9e0e7c-6b5f-4f1e-9c2d-8a7b6c5d4e3f", "x-kubernetes-pf-prioritylevel-uid": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"},
       etype=reason, msg=message, rid="{RID}", rid_kind="uuid")
k8s("k8s-forbidden", "permission", 403, "Forbidden", 'pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "production"', {"kind": "pods"}, "/api/v1/namespaces/production/pods")
k8s("k8s-conflict", "conflict", 409, "Conflict", 'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again', {"name": "web", "group": "apps", "kind": "deployments"}, "/apis/apps/v1/namespaces/production/deployments/web")
k8s("k8s-not-found", "not_found", 404, "NotFound", 'deployments.apps "web-frontend" not found', {"name": "web-frontend", "group": "apps", "kind": "deployments"}, "/apis/apps/v1/namespaces/staging/deployments/web-frontend")

# ---------------- nginx ----------------
def nginx_page(code, text):
    return f"<html>\r\n<head><title>{code} {text}</title></head>\r\n<body>\r\n<center><h1>{code} {text}</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
sc("nginx-502", "generic-http", "server_error", 502, nginx_page(502, "Bad Gateway"), path="/v1/chat/completions", ctype="text/html", headers={"server": "nginx/1.24.0"})
sc("nginx-504", "generic-http", "timeout", 504, nginx_page(504, "Gateway Time-out"), path="/api/reports/export", ctype="text/html", headers={"server": "nginx/1.24.0"})
sc("nginx-413", "generic-http", "payload_too_large", 413, nginx_page(413, "Request Entity Too Large"), path="/api/uploads", ctype="text/html", headers={"server": "nginx/1.24.0"})

BY_ID = {s["id"]: s for s in S}

# ---------------- more S3 (so the S3 SDKs see enough scenarios) ----------------
def s3err(id, category, status, code, message, extra="", path="/acme-prod-reports/2026/q4/summary.csv", op="get_object"):
    sc(id, "aws", category, status,
       '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>' + code + '</Code><Message>' + message + '</Message>' + extra + '<RequestId>{RID}</RequestId><HostId>Qm9hV3R5cGVkSG9zdElkRm9yVGVzdGluZ09ubHk5ODc2NTQzMjE=</HostId></Error>',
       family="s3", path=path, ctype="application/xml", headers={"x-amz-request-id": "{RID}", "x-amz-id-2": "Qm9hV3R5cGVkSG9zdElkRm9yVGVzdGluZ09ubHk5ODc2NTQzMjE=", "server": "AmazonS3"},
       etype=code, msg=message, rid="{RID}", rid_kind="s3", op=op)
s3err("s3-no-such-key", "not_found", 404, "NoSuchKey", "The specified key does not exist.", "<Key>2026/q4/summary.csv</Key>")
s3err("s3-invalid-access-key", "auth", 403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", "<AWSAccessKeyId>AKIAZ3MPLE7QX2RTV4WN</AWSAccessKeyId>")
s3err("s3-signature-mismatch", "auth", 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", "<AWSAccessKeyId>AKIAZ3MPLE7QX2RTV4WN</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256</StringToSign>")
s3err("s3-slow-down", "rate_limit", 503, "SlowDown", "Please reduce your request rate.")
s3err("s3-expired-token", "auth", 400, "ExpiredToken", "The provided token has expired.", "<Token-0>IQoJb3JpZ2luX2VjEXAMPLETOKEN</Token-0>")
s3err("s3-entity-too-large", "payload_too_large", 400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size", "<ProposedSize>5368709121</ProposedSize><MaxSizeAllowed>5368709120</MaxSizeAllowed>", op="put_object")
BY_ID = {s["id"]: s for s in S}
s3err("s3-internal-error", "server_error", 500, "InternalError", "We encountered an internal error. Please try again.")
s3err("s3-bucket-not-empty", "conflict", 409, "BucketNotEmpty", "The bucket you tried to delete is not empty", "<BucketName>acme-prod-reports</BucketName>", path="/acme-prod-reports", op="delete_bucket")

# ---------------- more Gemini ----------------
gem("gemini-internal", "server_error", 500, "INTERNAL", "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting")
gem("gemini-deadline", "timeout", 504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.")
gem("gemini-invalid-argument", "invalid_request", 400, "INVALID_ARGUMENT", "Request contains an invalid argument.")
gem("gemini-api-key-expired", "auth", 400, "INVALID_ARGUMENT", "API key expired. Please renew the API key.",
    [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}},
     {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US", "message": "API key expired. Please renew the API key."}])
gem("gemini-free-tier-country", "billing", 400, "FAILED_PRECONDITION", "Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.")

# ---------------- Anthropic-format errors from other services (/v1/messages) ----------------
def claude_fmt(id, provider, category, status, etype, message, *, code=None, rid_in_msg=None, rid_kind="oneapi", path="/v1/messages", hdr=None):
    err = {"type": etype}
    if code: err["code"] = code
    full = message
    if rid_in_msg == "gateway": full = message + " (request id: {RID})"
    if rid_in_msg == "zhipu": full = "[" + code + "][" + message + "][{RID}]"
    err["message"] = full
    body = {"type": "error", "error": err}
    if rid_in_msg == "zhipu": body["request_id"] = "{RID}"
    sc(id, provider, category, status, J(body), family="anthropic", path=path, distinct_path=(provider == "zhipu"),
       headers=hdr or {}, etype=etype, ecode=code, msg=message, rid="{RID}", rid_kind=rid_kind)
claude_fmt("zhipu-anthropic-1211", "zhipu", "model_not_found", 400, "invalid_request_error", "模型不存在，请检查模型代码。", code="1211", rid_in_msg="zhipu", rid_kind="zhipu", path="/api/anthropic/v1/messages")
claude_fmt("newapi-claude-invalid-token", "new-api", "auth", 401, "new_api_error", "无效的令牌", rid_in_msg="gateway", hdr={"X-Oneapi-Request-Id": "{RID}"})
claude_fmt("newapi-claude-no-channel", "new-api", "model_not_found", 503, "new_api_error", "分组 default 下模型 claude-opus-4-1-20250805 无可用渠道（distributor）", rid_in_msg="gateway", hdr={"X-Oneapi-Request-Id": "{RID}"})
claude_fmt("newapi-claude-quota", "new-api", "billing", 403, "new_api_error", "预扣费额度失败, 用户剩余额度: $0.052300, 需要预扣费额度: $0.614400", rid_in_msg="gateway", hdr={"X-Oneapi-Request-Id": "{RID}"})
BY_ID = {s["id"]: s for s in S}
s3err("s3-invalid-bucket-name", "invalid_request", 400, "InvalidBucketName", "The specified bucket is not valid.", "<BucketName>Acme_Prod_Reports</BucketName>", path="/Acme_Prod_Reports?list-type=2", op="list_objects")
BY_ID = {s["id"]: s for s in S}

# a request / trace id sent only in a header is labelled too: the check against the captured text
# keeps it only where the client printed the header (curl -i / -v, SDK dumps that show headers)
for _s in S:
    if _s["rid"] is None and _s["rid_kind"] and any("{RID}" in v for v in _s["headers"].values()):
        _s["rid"] = "{RID}"

# where a client shows only the outer message of a nested error, that outer message is the label
MSG_ALT = {"openrouter-upstream-rate-limit": "Provider returned error", "discord-invalid-form-body": "Invalid Form Body"}
for _s in S:
    _s["msg_alt"] = MSG_ALT.get(_s["id"])
