"""Hand-written texts with no API error in them, for tests/corpus/noerror.jsonl (part 2):
healthy CLI output of HTTP clients and cloud tools, and successful API responses as pasted.
"""
from corpus_texts import E, add  # noqa: F401  (entries are appended to the same list)

add("cli-success", "scripts/gen-noerror: curl -i against the OpenAI API (success)", "curl", """
$ curl -i https://api.openai.com/v1/models/gpt-4o-mini -H "Authorization: Bearer $OPENAI_API_KEY"
HTTP/2 200
date: Mon, 30 Nov 2026 12:00:01 GMT
content-type: application/json
openai-processing-ms: 41
openai-version: 2020-10-01
x-request-id: req_7c1f0d3b9a2e4c5d8f6a1b2c3d4e5f60
strict-transport-security: max-age=31536000; includeSubDomains; preload

{
  "id": "gpt-4o-mini",
  "object": "model",
  "created": 1721172741,
  "owned_by": "system"
}
""")

add("cli-success", "scripts/gen-noerror: curl -v to the Anthropic API (success)", "curl", """
*   Trying 160.79.104.10:443...
* Connected to api.anthropic.com (160.79.104.10) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / id-ecPublicKey
* Server certificate:
*  subject: CN=api.anthropic.com
*  SSL certificate verify ok.
> POST /v1/messages HTTP/2
> Host: api.anthropic.com
> x-api-key: sk-ant-api03-****
> anthropic-version: 2023-06-01
> content-type: application/json
>
< HTTP/2 200
< content-type: application/json
< request-id: req_011CVa8kP3mQ2wXz9LrT4bNc
< anthropic-ratelimit-requests-remaining: 49
< anthropic-ratelimit-tokens-remaining: 39000
<
{"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":"Hello! How can I help?"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":10,"output_tokens":9}}
* Connection #0 to host api.anthropic.com left intact
""")

add("cli-success", "scripts/gen-noerror: Gemini generateContent response pasted as JSON", "raw-json", """
{
  "candidates": [
    {
      "content": {"parts": [{"text": "The capital of Australia is Canberra."}], "role": "model"},
      "finishReason": "STOP",
      "safetyRatings": [
        {"category": "HARM_CATEGORY_HATE_SPEECH", "probability": "NEGLIGIBLE"},
        {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "NEGLIGIBLE"}
      ],
      "avgLogprobs": -0.0213
    }
  ],
  "usageMetadata": {"promptTokenCount": 8, "candidatesTokenCount": 9, "totalTokenCount": 17},
  "modelVersion": "gemini-1.5-flash-002"
}
""")

add("cli-success", "scripts/gen-noerror: OpenAI chat completion object printed by Python", "raw-json", """
>>> resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Write a haiku"}])
>>> print(resp)
ChatCompletion(id='chatcmpl-AZx9f2LmQ4nXz1a8bKj2', choices=[Choice(finish_reason='stop', index=0, logprobs=None, message=ChatCompletionMessage(content='Here is a haiku about errors that never came.', refusal=None, role='assistant', function_call=None, tool_calls=None))], created=1796082000, model='gpt-4o-mini-2024-07-18', object='chat.completion', service_tier=None, system_fingerprint='fp_0ba0d124f1', usage=CompletionUsage(completion_tokens=14, prompt_tokens=21, total_tokens=35, completion_tokens_details=CompletionTokensDetails(reasoning_tokens=0), prompt_tokens_details=PromptTokensDetails(cached_tokens=0)))
""")

add("cli-success", "scripts/gen-noerror: gh api output with rate-limit headers", "cli-output", """
$ gh api -i repos/acme/web/pulls?state=open --jq '.[].number'
HTTP/2.0 200 OK
Cache-Control: private, max-age=60, s-maxage=60
Content-Type: application/json; charset=utf-8
X-Github-Api-Version-Selected: 2022-11-28
X-Github-Request-Id: C4A2:3F1B:1A2B3C:1D2E3F:674B1C2D
X-Ratelimit-Limit: 5000
X-Ratelimit-Remaining: 4987
X-Ratelimit-Reset: 1796085600
X-Ratelimit-Used: 13

412
409
398
""")

add("cli-success", "scripts/gen-noerror: terraform apply success", "cli-output", """
aws_s3_bucket.uploads: Refreshing state... [id=acme-uploads]
aws_iam_role.lambda_exec: Refreshing state... [id=lambda-exec]

Terraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:
  ~ update in-place

Terraform will perform the following actions:

  # aws_lambda_function.api will be updated in-place
  ~ resource "aws_lambda_function" "api" {
        id            = "orders-api"
      ~ memory_size   = 256 -> 512
    }

Plan: 0 to add, 1 to change, 0 to destroy.
aws_lambda_function.api: Modifying... [id=orders-api]
aws_lambda_function.api: Modifications complete after 6s [id=orders-api]

Apply complete! Resources: 0 added, 1 changed, 0 destroyed.
""")

add("cli-success", "scripts/gen-noerror: aws cli s3 cp and sts output", "cli-output", """
$ aws sts get-caller-identity
{
    "UserId": "AIDAEXAMPLEUSERID1234",
    "Account": "012345678912",
    "Arn": "arn:aws:iam::012345678912:user/deploy"
}
$ aws s3 cp dist/ s3://acme-web/ --recursive
upload: dist/index.html to s3://acme-web/index.html
upload: dist/assets/index-Bq3Xf1aZ.js to s3://acme-web/assets/index-Bq3Xf1aZ.js
upload: dist/assets/index-DiwrgTda.css to s3://acme-web/assets/index-DiwrgTda.css
""")

add("cli-success", "scripts/gen-noerror: git push over HTTPS", "cli-output", """
$ git push origin feature/retry-on-429
Enumerating objects: 11, done.
Counting objects: 100% (11/11), done.
Delta compression using up to 8 threads
Compressing objects: 100% (6/6), done.
Writing objects: 100% (6/6), 1.21 KiB | 1.21 MiB/s, done.
Total 6 (delta 4), reused 0 (delta 0), pack-reused 0
remote: Resolving deltas: 100% (4/4), completed with 4 local objects.
remote:
remote: Create a pull request for 'feature/retry-on-429' on GitHub by visiting:
remote:      https://github.com/acme/web/pull/new/feature/retry-on-429
remote:
To github.com:acme/web.git
 * [new branch]      feature/retry-on-429 -> feature/retry-on-429
""")

add("cli-success", "scripts/gen-noerror: Stripe CLI listen forwarding webhooks", "cli-output", """
> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is whsec_**** (^C to quit)
2026-11-30 12:10:01   --> payment_intent.created [evt_3QJ2kL2eZvKYlo2C0a1b2c3d]
2026-11-30 12:10:01  <--  [200] POST http://localhost:4242/webhook [evt_3QJ2kL2eZvKYlo2C0a1b2c3d]
2026-11-30 12:10:03   --> payment_intent.succeeded [evt_3QJ2kL2eZvKYlo2C1e2f3a4b]
2026-11-30 12:10:03  <--  [200] POST http://localhost:4242/webhook [evt_3QJ2kL2eZvKYlo2C1e2f3a4b]
2026-11-30 12:10:03   --> charge.succeeded [evt_3QJ2kL2eZvKYlo2C2c3d4e5f]
2026-11-30 12:10:03  <--  [200] POST http://localhost:4242/webhook [evt_3QJ2kL2eZvKYlo2C2c3d4e5f]
""")

add("cli-success", "scripts/gen-noerror: ollama run and serve log", "log-line", """
time=2026-11-30T12:20:01.112Z level=INFO source=server.go:601 msg="llama runner started in 2.41 seconds"
[GIN] 2026/11/30 - 12:20:03 | 200 |  1.842113s |       127.0.0.1 | POST     "/api/chat"
[GIN] 2026/11/30 - 12:20:09 | 200 |  5.004218s |       127.0.0.1 | POST     "/api/generate"
[GIN] 2026/11/30 - 12:20:10 | 200 |     612.4µs |       127.0.0.1 | GET      "/api/tags"
""")

add("cli-success", "scripts/gen-noerror: LiteLLM proxy success logs", "log-line", """
INFO:     Uvicorn running on http://0.0.0.0:4000 (Press CTRL+C to quit)
12:30:01 - LiteLLM Proxy:INFO: proxy_server.py:3120 - Received request: model=gpt-4o-mini
12:30:02 - LiteLLM:INFO: utils.py:2980 - LiteLLM completion() model= gpt-4o-mini; provider = openai
INFO:     172.18.0.1:52144 - "POST /chat/completions HTTP/1.1" 200 OK
12:30:05 - LiteLLM:INFO: utils.py:2980 - LiteLLM completion() model= claude-3-5-sonnet-20241022; provider = anthropic
INFO:     172.18.0.1:52150 - "POST /chat/completions HTTP/1.1" 200 OK
""")

add("cli-success", "scripts/gen-noerror: HTTPie output of a successful call", "http-response", """
$ http POST :8000/api/v1/orders sku=A-1 quantity:=2
HTTP/1.1 201 Created
content-length: 74
content-type: application/json
date: Mon, 30 Nov 2026 12:40:00 GMT
location: /api/v1/orders/48213
server: uvicorn
x-request-id: 0c9a2f1e-5b7d-4e3a-9f1c-2d8e6b4a7c31

{
    "id": 48213,
    "sku": "A-1",
    "quantity": 2,
    "status": "created",
    "error": null
}
""")

add("cli-success", "scripts/gen-noerror: new-api / one-api gateway success log", "log-line", """
[INFO] 2026/11/30 - 12:50:01 | 20261130125001384120000a1b2c3d4 | user 12 | channel 3 | model gpt-4o-mini | 200 | 1.23s | prompt 812 completion 164 | quota 976
[GIN] 2026/11/30 - 12:50:01 | 20261130125001384120000a1b2c3d4 | 200 |  1.231102s |    172.18.0.1 |    POST /v1/chat/completions
[INFO] 2026/11/30 - 12:50:04 | 20261130125004112090000e5f6a7b8 | user 7 | channel 5 | model claude-3-5-sonnet-20241022 | 200 | 3.80s | prompt 2048 completion 511 | quota 2559
[GIN] 2026/11/30 - 12:50:04 | 20261130125004112090000e5f6a7b8 | 200 |  3.802711s |    172.18.0.1 |    POST /v1/chat/completions
""")

add("cli-success", "scripts/gen-noerror: Chinese API success envelope in an app log", "log-line", """
2026-11-30 13:00:01.204 INFO  [pay-notify] 查询订单 202611300001 返回: {"code":0,"msg":"success","data":{"trade_state":"SUCCESS","amount":1999},"request_id":"7f0c1b2a-3d4e-5f6a-7b8c-9d0e1f2a3b4c"}
2026-11-30 13:00:01.206 INFO  [pay-notify] 订单 202611300001 已支付, 耗时 112ms
2026-11-30 13:00:02.431 INFO  [wx] 获取 access_token 成功: {"errcode":0,"errmsg":"ok","expires_in":7200}
""")

add("cli-success", "scripts/gen-noerror: DashScope / Qwen success response pasted", "raw-json", """
>>> resp = Generation.call(model="qwen-turbo", prompt="你好", result_format="message")
>>> print(resp)
{"status_code": 200, "request_id": "b7e2d3f1-8a9c-9d1e-a2b3-c4d5e6f7a8b9", "code": "", "message": "", "output": {"text": null, "finish_reason": null, "choices": [{"finish_reason": "stop", "message": {"role": "assistant", "content": "你好！有什么可以帮你的吗？"}}]}, "usage": {"input_tokens": 9, "output_tokens": 8, "total_tokens": 17}}
""")

add("cli-success", "scripts/gen-noerror: Cloudflare API success envelope", "raw-json", """
$ curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CF_API_TOKEN" | jq
{
  "result": {
    "id": "ed17574386854bf78a67040be0a770b0",
    "status": "active"
  },
  "success": true,
  "errors": [],
  "messages": [
    {
      "code": 10000,
      "message": "This API Token is valid and active",
      "type": null
    }
  ]
}
""")

add("cli-success", "scripts/gen-noerror: Slack Web API success", "raw-json", """
$ curl -s -X POST https://slack.com/api/chat.postMessage -H "Authorization: Bearer $SLACK_BOT_TOKEN" -d channel=C0123ABCDEF -d text="Deploy finished"
{"ok":true,"channel":"C0123ABCDEF","ts":"1796082000.001200","message":{"user":"U0456GHIJKL","type":"message","ts":"1796082000.001200","bot_id":"B0789MNOPQR","app_id":"A0ABCDEF123","text":"Deploy of api 1.14.2 finished: 0 errors, 3 warnings","team":"T0DEF456GHI"},"warning":"missing_charset","response_metadata":{"warnings":["missing_charset"]}}
$ echo $?
0
""")

add("cli-success", "scripts/gen-noerror: GitHub Actions job summary of a green workflow", "log-line", """
2026-11-30T13:10:41.0021833Z ##[group]Run actions/checkout@v4
2026-11-30T13:10:41.9918822Z ##[endgroup]
2026-11-30T13:10:45.1102711Z Fetching the repository
2026-11-30T13:10:45.8117002Z [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +9a8b7c6:refs/remotes/origin/main
2026-11-30T13:10:46.2013944Z ##[group]Run ./scripts/smoke.sh
2026-11-30T13:10:47.0118004Z smoke: GET https://staging-api.example.com/healthz -> 200 (41ms)
2026-11-30T13:10:47.2210031Z smoke: POST https://staging-api.example.com/v1/chat -> 200 (812ms)
2026-11-30T13:10:47.2214188Z smoke: all 2 checks passed
2026-11-30T13:10:47.3301120Z ##[endgroup]
2026-11-30T13:10:47.4409173Z Cleaning up orphan processes
""")

add("cli-success", "scripts/gen-noerror: k6 load test summary with zero failures", "cli-output", """
     ✓ status is 200
     ✓ body has usage

     checks.........................: 100.00% ✓ 2400      ✗ 0
     http_req_duration..............: avg=412.3ms min=188.1ms med=390.2ms max=1.92s  p(90)=611.4ms p(95)=702.8ms
     http_req_failed................: 0.00%   ✓ 0         ✗ 1200
     http_reqs......................: 1200    19.98/s
     iterations.....................: 1200    19.98/s
     vus............................: 20      min=20      max=20
""")

add("cli-success", "scripts/gen-noerror: health check script output", "cli-output", """
$ ./check-providers.sh
openai      https://api.openai.com/v1/models                               200  312ms
anthropic   https://api.anthropic.com/v1/models                            200  281ms
gemini      https://generativelanguage.googleapis.com/v1beta/models        200  190ms
mistral     https://api.mistral.ai/v1/models                               200  244ms
deepseek    https://api.deepseek.com/models                                200  402ms
all providers reachable
""")

# =============================================================================================
# healthy HTTP traffic in text access / client logs
add("http-success", "https://devcenter.heroku.com/articles/http-routing (router log format)", "log-line", """
2026-11-30T14:00:01.118270+00:00 heroku[router]: at=info method=GET path="/api/v1/orders?page=2" host=acme-api.herokuapp.com request_id=8bb2c0e5-4f3a-4c1d-9e2b-7a6d5c4b3a21 fwd="203.0.113.7" dyno=web.1 connect=0ms service=43ms status=200 bytes=10234 protocol=https
2026-11-30T14:00:01.402113+00:00 heroku[router]: at=info method=POST path="/api/v1/chat" host=acme-api.herokuapp.com request_id=1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f fwd="198.51.100.23" dyno=web.2 connect=1ms service=2210ms status=201 bytes=2211 protocol=https
2026-11-30T14:00:02.009871+00:00 app[web.2]: chat reply sent: 412 completion tokens (openai req_6f1c0a9e2b3d4c5e8f7a6b5c4d3e2f10)
2026-11-30T14:00:02.771002+00:00 heroku[router]: at=info method=GET path="/assets/app.js" host=acme-api.herokuapp.com request_id=9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a fwd="203.0.113.7" dyno=web.1 connect=0ms service=2ms status=304 bytes=211 protocol=https
""")

add("http-success", "https://doc.traefik.io/traefik/observability/access-logs/ (JSON access log)", "log-line", """
{"ClientAddr":"10.0.0.5:51234","ClientHost":"10.0.0.5","ClientPort":"51234","ClientUsername":"-","DownstreamContentSize":512,"DownstreamStatus":200,"Duration":12345678,"OriginContentSize":512,"OriginDuration":11002233,"OriginStatus":200,"Overhead":1343445,"RequestAddr":"api.example.com","RequestContentSize":0,"RequestCount":4102,"RequestHost":"api.example.com","RequestMethod":"GET","RequestPath":"/v1/orders","RequestPort":"-","RequestProtocol":"HTTP/2.0","RequestScheme":"https","RetryAttempts":0,"RouterName":"api@docker","ServiceAddr":"172.18.0.4:8080","ServiceName":"api@docker","ServiceURL":"http://172.18.0.4:8080","StartLocal":"2026-11-30T14:01:00.112233Z","StartUTC":"2026-11-30T14:01:00.112233Z","entryPointName":"websecure","level":"info","msg":"","time":"2026-11-30T14:01:00Z"}
{"ClientAddr":"10.0.0.9:40112","ClientHost":"10.0.0.9","ClientPort":"40112","ClientUsername":"-","DownstreamContentSize":0,"DownstreamStatus":204,"Duration":3021188,"OriginContentSize":0,"OriginDuration":2899001,"OriginStatus":204,"Overhead":122187,"RequestAddr":"api.example.com","RequestContentSize":88,"RequestCount":4103,"RequestHost":"api.example.com","RequestMethod":"DELETE","RequestPath":"/v1/cart/items/77","RequestPort":"-","RequestProtocol":"HTTP/2.0","RequestScheme":"https","RetryAttempts":0,"RouterName":"api@docker","ServiceAddr":"172.18.0.4:8080","ServiceName":"api@docker","ServiceURL":"http://172.18.0.4:8080","StartLocal":"2026-11-30T14:01:00.401122Z","StartUTC":"2026-11-30T14:01:00.401122Z","entryPointName":"websecure","level":"info","msg":"","time":"2026-11-30T14:01:00Z"}
{"ClientAddr":"10.0.0.5:51240","ClientHost":"10.0.0.5","ClientPort":"51240","ClientUsername":"-","DownstreamContentSize":1820,"DownstreamStatus":101,"Duration":60012345678,"OriginContentSize":1820,"OriginDuration":60011000000,"OriginStatus":101,"Overhead":1345678,"RequestAddr":"api.example.com","RequestContentSize":0,"RequestCount":4104,"RequestHost":"api.example.com","RequestMethod":"GET","RequestPath":"/ws","RequestPort":"-","RequestProtocol":"HTTP/1.1","RequestScheme":"https","RetryAttempts":0,"RouterName":"api@docker","ServiceAddr":"172.18.0.4:8080","ServiceName":"api@docker","ServiceURL":"http://172.18.0.4:8080","StartLocal":"2026-11-30T14:00:00.000111Z","StartUTC":"2026-11-30T14:00:00.000111Z","entryPointName":"websecure","level":"info","msg":"","time":"2026-11-30T14:01:00Z"}
""")

add("http-success", "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage (default format)", "log-line", """
[2026-11-30T14:02:00.118Z] "GET /v1/orders HTTP/1.1" 200 - 0 512 12 11 "10.0.0.5" "curl/8.5.0" "6f1c0a9e-2b3d-4c5e-8f7a-6b5c4d3e2f10" "api.example.com" "10.0.4.2:8080"
[2026-11-30T14:02:00.402Z] "POST /v1/chat HTTP/2" 200 - 812 2211 2204 2203 "198.51.100.23" "OpenAI/Python 1.55.3" "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" "api.example.com" "10.0.4.3:8080"
[2026-11-30T14:02:01.006Z] "GET /healthz HTTP/1.1" 200 - 0 2 1 1 "-" "kube-probe/1.30" "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d" "10.0.4.2:8080" "10.0.4.2:8080"
""")

add("http-success", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html", "log-line", """
https 2026-11-30T14:03:00.123456Z app/prod-alb/50dc6c495c0c9188 203.0.113.7:51234 10.0.4.2:8080 0.000 0.012 0.000 200 200 34 366 "GET https://api.example.com:443/v1/orders HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:012345678912:targetgroup/api/73e2d6bc24d8a067 "Root=1-674b1c2d-1a2b3c4d5e6f7a8b9c0d1e2f" "api.example.com" "arn:aws:acm:us-east-1:012345678912:certificate/12345678-1234-1234-1234-123456789012" 0 2026-11-30T14:03:00.110000Z "forward" "-" "-" "10.0.4.2:8080" "200" "-" "-"
h2 2026-11-30T14:03:01.881002Z app/prod-alb/50dc6c495c0c9188 198.51.100.23:40112 10.0.4.3:8080 0.000 2.204 0.000 201 201 812 2211 "POST https://api.example.com:443/v1/chat HTTP/2.0" "OpenAI/Python 1.55.3" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:012345678912:targetgroup/api/73e2d6bc24d8a067 "Root=1-674b1c2e-2b3c4d5e6f7a8b9c0d1e2f3a" "api.example.com" "arn:aws:acm:us-east-1:012345678912:certificate/12345678-1234-1234-1234-123456789012" 0 2026-11-30T14:03:01.670000Z "forward" "-" "-" "10.0.4.3:8080" "201" "-" "-"
https 2026-11-30T14:03:02.004417Z app/prod-alb/50dc6c495c0c9188 203.0.113.7:51240 10.0.4.2:8080 0.000 0.001 0.000 301 301 34 190 "GET https://api.example.com:443/docs HTTP/1.1" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:012345678912:targetgroup/api/73e2d6bc24d8a067 "Root=1-674b1c2e-3c4d5e6f7a8b9c0d1e2f3a4b" "api.example.com" "arn:aws:acm:us-east-1:012345678912:certificate/12345678-1234-1234-1234-123456789012" 0 2026-11-30T14:03:02.003000Z "redirect" "https://api.example.com:443/docs/" "-" "-" "-" "-" "-"
""")

add("http-success", "scripts/gen-noerror: urllib3 / requests DEBUG logging", "log-line", """
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.openai.com:443
DEBUG:urllib3.connectionpool:https://api.openai.com:443 "POST /v1/chat/completions HTTP/1.1" 200 None
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.github.com:443
DEBUG:urllib3.connectionpool:https://api.github.com:443 "GET /repos/acme/web/pulls?state=open HTTP/1.1" 200 14233
DEBUG:urllib3.connectionpool:https://api.github.com:443 "GET /repos/acme/web/pulls?state=open&page=2 HTTP/1.1" 304 0
""")

add("http-success", "https://docs.aiohttp.org/en/stable/logging.html (aiohttp.access)", "log-line", """
INFO:aiohttp.access:127.0.0.1 [30/Nov/2026:14:04:00 +0000] "GET /health HTTP/1.1" 200 159 "-" "kube-probe/1.30"
INFO:aiohttp.access:10.0.0.5 [30/Nov/2026:14:04:01 +0000] "POST /v1/embed HTTP/1.1" 200 48211 "-" "python-httpx/0.27.2"
INFO:aiohttp.access:10.0.0.5 [30/Nov/2026:14:04:01 +0000] "GET /v1/jobs/8812 HTTP/1.1" 202 61 "-" "python-httpx/0.27.2"
""")

add("http-success", "scripts/gen-noerror: Next.js dev server output", "cli-output", """
  ▲ Next.js 15.0.3
  - Local:        http://localhost:3000
  - Environments: .env.local

 ✓ Starting...
 ✓ Ready in 1812ms
 ○ Compiling /api/chat ...
 ✓ Compiled /api/chat in 412ms (512 modules)
 POST /api/chat 200 in 2341ms
 GET / 200 in 87ms
 GET /_next/static/chunks/app/page.js 304 in 12ms
""")

add("http-success", "scripts/gen-noerror: .NET HttpClient default console logging", "log-line", """
info: System.Net.Http.HttpClient.OpenAI.LogicalHandler[100]
      Start processing HTTP request POST https://api.openai.com/v1/chat/completions
info: System.Net.Http.HttpClient.OpenAI.ClientHandler[100]
      Sending HTTP request POST https://api.openai.com/v1/chat/completions
info: System.Net.Http.HttpClient.OpenAI.ClientHandler[101]
      Received HTTP response headers after 811.2043ms - 200
info: System.Net.Http.HttpClient.OpenAI.LogicalHandler[101]
      End processing HTTP request after 812.4123ms - 200
""")

add("http-success", "scripts/gen-noerror: OkHttp HttpLoggingInterceptor (BASIC)", "log-line", """
I/okhttp.OkHttpClient: --> POST https://api.anthropic.com/v1/messages (412-byte body)
I/okhttp.OkHttpClient: <-- 200 https://api.anthropic.com/v1/messages (1873ms, 1201-byte body)
I/okhttp.OkHttpClient: --> GET https://api.github.com/user
I/okhttp.OkHttpClient: <-- 200 https://api.github.com/user (214ms, unknown-length body)
""")

add("http-success", "scripts/gen-noerror: Celery worker log", "log-line", """
[2026-11-30 14:05:00,118: INFO/MainProcess] Task app.tasks.summarize[3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f] received
[2026-11-30 14:05:00,121: INFO/ForkPoolWorker-1] HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"
[2026-11-30 14:05:02,534: INFO/ForkPoolWorker-1] Task app.tasks.summarize[3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f] succeeded in 2.41s: {'status': 'ok', 'tokens': 812, 'error': None}
""")

add("http-success", "scripts/gen-noerror: Laravel log", "log-line", """
[2026-11-30 14:06:00] production.INFO: OpenAI request finished {"status":200,"model":"gpt-4o-mini","prompt_tokens":812,"completion_tokens":164,"request_id":"req_5f0c1b2a3d4e5f6a7b8c9d0e1f2a3b4c"}
[2026-11-30 14:06:00] production.INFO: Stripe charge ok {"status":200,"id":"pi_3QJ2kL2eZvKYlo2C1a2b3c4d","livemode":false}
[2026-11-30 14:06:01] production.INFO: Mail sent {"to":"ann@example.com","transport":"ses"}
""")

add("http-success", "scripts/gen-noerror: Spring Boot default console log", "log-line", """
2026-11-30T14:07:00.118Z  INFO 1 --- [orders] [           main] com.acme.orders.OrderApplication         : Started OrderApplication in 6.211 seconds (process running for 7.02)
2026-11-30T14:07:03.402Z  INFO 1 --- [orders] [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in 1 ms
2026-11-30T14:07:03.881Z  INFO 1 --- [orders] [nio-8080-exec-1] c.a.orders.client.PaymentsClient         : POST https://api.stripe.com/v1/payment_intents -> 200 OK (311 ms, request-id req_8bKj2LmQ4nXz1a)
""")
