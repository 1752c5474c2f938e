"""Client drivers: each turns (scenario, base URL) into a small user program and the command that
runs it.  The programs are what a person would write; the harness runs them and keeps everything
the terminal shows (stdout and stderr interleaved)."""
import json, random, string

RNG = random.Random(20261206)
def _r(chars, n): return "".join(RNG.choice(chars) for _ in range(n))
AL = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"

# fake keys of the real shape, fixed per run (seeded)
KEYS = {
    "openai": "sk-proj-" + _r(AL + "-_", 48) + "T3BlbkFJ" + _r(AL + "-_", 48),
    "azure-openai": _r(HEXL, 32),
    "anthropic": "sk-ant-api03-" + _r(AL + "-_", 93) + "AA",
    "gemini": "AIzaSy" + _r(AL + "-_", 33),
    "new-api": "sk-" + _r(AL, 48),
    "one-api": "sk-" + _r(AL, 48),
    "deepseek": "sk-" + _r(HEXL, 32),
    "zhipu": _r(HEXL, 32) + "." + _r(AL, 16),
    "dashscope": "sk-" + _r(HEXL, 32),
    "moonshot": "sk-" + _r(AL, 48),
    "siliconflow": "sk-" + _r(string.ascii_lowercase, 48),
    "baidu-qianfan": "bce-v3/ALTAK-" + _r(AL, 21) + "/" + _r(HEXL, 40),
    "volcengine-ark": "%s-%s-%s-%s-%s" % (_r(HEXL, 8), _r(HEXL, 4), _r(HEXL, 4), _r(HEXL, 4), _r(HEXL, 12)),
    "groq": "gsk_" + _r(AL, 52),
    "mistral": _r(AL, 32),
    "cohere": _r(AL, 40),
    "openrouter": "sk-or-v1-" + _r(HEXL, 64),
    "ollama": "ollama",
    "huggingface": "hf_" + _r(AL, 34),
    "github": "ghp_" + _r(AL, 36),
    "gitlab": "glpat-" + _r(AL + "-_", 20),
    "stripe": "sk_test_51" + _r(AL, 97),
    "twilio": _r(HEXL, 32),
    "slack": "xoxb-%s-%s-%s" % (_r(string.digits, 13), _r(string.digits, 13), _r(AL, 24)),
    "discord": "%s.%s.%s" % (_r(AL, 26), _r(AL, 6), _r(AL + "-_", 38)),
    "cloudflare": _r(AL + "-_", 40),
    "docker-registry": None, "npm-registry": "npm_" + _r(AL, 36), "pypi": "pypi-AgEIcHlwaS5vcmc" + _r(AL + "-_", 60),
    "kubernetes": "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + _r(AL + "-_", 80),
    "aws": None, "generic-http": None,
}
AWS_AKID = "AKIA" + _r(string.ascii_uppercase + "234567", 16)
AWS_SECRET = _r(AL + "/+", 40)

MODEL = {
    "openai": "gpt-4o", "azure-openai": "gpt-4o-prod", "new-api": "gpt-4o-mini", "one-api": "gpt-4o-mini",
    "deepseek": "deepseek-chat", "zhipu": "glm-4-plus", "dashscope": "qwen-plus", "moonshot": "kimi-k2-0905-preview",
    "siliconflow": "deepseek-ai/DeepSeek-V3", "baidu-qianfan": "ernie-4.5-turbo-128k", "volcengine-ark": "doubao-pro-32k",
    "groq": "llama-3.3-70b-versatile", "mistral": "mistral-small-latest", "openrouter": "qwen/qwen3-coder:free",
    "ollama": "llama3.2:70b", "cohere": "command-r-plus-08-2024", "huggingface": "mistralai/Mistral-7B-Instruct-v0.3",
    "anthropic": "claude-sonnet-4-20250514", "gemini": "gemini-2.0-flash",
}
MODEL_BY_SCENARIO = {
    "openai-model-not-found": "gpt-5-turbo", "zhipu-1211-model": "glm-4.5-ultra", "siliconflow-model-not-exist": "deepseek-ai/DeepSeek-V4-Pro",
    "groq-decommissioned": "mixtral-8x7b-32768", "mistral-invalid-model": "mistral-large-9999", "newapi-no-channel": "gpt-5-codex",
    "anthropic-not-found-model": "claude-3-5-sonnet-20990101", "zhipu-anthropic-1211": "glm-4.5-ultra", "newapi-claude-no-channel": "claude-opus-4-1-20250805", "gemini-model-not-found": "gemini-1.0-pro", "openai-content-policy": "dall-e-3",
}
def model_for(s): return MODEL_BY_SCENARIO.get(s["id"], MODEL.get(s["provider"], "gpt-4o"))
def key_for(s): return KEYS.get(s["provider"])

GET_IDS = {"github-bad-credentials", "github-rate-limit", "gitlab-unauthorized", "gitlab-project-not-found", "docker-unauthorized",
           "docker-manifest-unknown", "npm-not-found", "k8s-forbidden", "k8s-not-found", "cloudflare-api-auth", "cloudflare-1020",
           "slack-ratelimited", "s3-access-denied", "s3-no-such-bucket", "s3-no-such-key", "s3-invalid-access-key", "s3-signature-mismatch",
           "s3-slow-down", "s3-expired-token", "nginx-504", "qianfan-v1-qps"}
PUT_IDS = {"npm-publish-forbidden", "k8s-conflict", "s3-entity-too-large"}

def method_for(s):
    if s["id"] in GET_IDS: return "GET"
    if s["id"] in PUT_IDS: return "PUT"
    return "POST"

def auth_headers(s):
    p, k = s["provider"], key_for(s)
    if p == "anthropic" or s["family"] == "anthropic": return {"x-api-key": k, "anthropic-version": "2023-06-01"}
    if p == "azure-openai": return {"api-key": k}
    if p == "gemini": return {"x-goog-api-key": k}
    if p == "github": return {"Authorization": "token " + k, "Accept": "application/vnd.github+json"}
    if p == "gitlab": return {"PRIVATE-TOKEN": k}
    if p == "discord": return {"Authorization": "Bot " + k}
    if p == "twilio": return {"Authorization": "Basic QUMzZjllMmI3YzFkOGE0ZTZmMGI1YzlkMmU3YTFmNGI4YzpkZWFkYmVlZg=="}
    if p == "pypi": return {"Authorization": "Basic X190b2tlbl9fOnB5cGktQWdFSWNIbHdhUzV2Y21j"}
    if p in ("docker-registry", "aws", "generic-http"): return {}
    if p == "npm-registry": return {"Authorization": "Bearer " + k}
    if k: return {"Authorization": "Bearer " + k}
    return {}

def payload_for(s):
    p, sid = s["provider"], s["id"]
    m = model_for(s)
    if s["op"] == "images": return {"model": m, "prompt": "a photorealistic crime scene", "size": "1024x1024"}
    if p == "anthropic" or s["family"] == "anthropic": return {"model": m, "max_tokens": 1024, "messages": [{"role": "user", "content": "Summarise this ticket in one line."}]}
    if p == "gemini": return {"contents": [{"parts": [{"text": "Summarise this ticket in one line."}]}]}
    if p == "dashscope" and s["family"] == "generic": return {"model": m, "input": {"messages": [{"role": "user", "content": "你好"}]}}
    if p == "huggingface" and "models/" in s["path"]: return {"inputs": "Summarise this ticket in one line."}
    if p == "cohere": return {"model": m, "messages": [{"role": "user", "content": "Summarise this ticket in one line."}]}
    if p == "ollama" and s["family"] == "generic": return {"model": m, "messages": [{"role": "user", "content": "hello"}], "stream": False}
    if p == "stripe": return None  # form-encoded
    if p == "twilio": return None
    if p == "slack": return {"channel": "C0123456789", "text": "deploy finished"}
    if p == "discord": return {"content": "x" * 40 + "..."}
    if p == "npm-registry": return {"name": "left-pad", "versions": {"1.3.1": {"name": "left-pad", "version": "1.3.1"}}}
    if p == "pypi": return None
    if p == "kubernetes": return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "resourceVersion": "918273"}}
    if p == "aws": return {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512, "messages": [{"role": "user", "content": "hello"}]} if s["family"] == "bedrock" else None
    if p == "generic-http": return {"file": "report.pdf"} if sid != "nginx-504" else None
    return {"model": m, "messages": [{"role": "user", "content": "Summarise this ticket in one line."}]}

def form_for(s):
    if s["provider"] == "stripe":
        return "amount=2000&currency=usd&payment_method=pm_card_chargeDeclinedInsufficientFunds&confirm=true" if s["id"] == "stripe-card-declined" else "currency=usd"
    if s["provider"] == "twilio": return "To=%2B15558675310&From=%2B15017122661&Body=Your+code+is+4821"
    if s["provider"] == "pypi": return ":action=file_upload&name=acme-utils&version=0.4.2"
    return None

def url_for(s, base): return base + s["path"]

# ---------------------------------------------------------------- Python programs
PY_MSG = '[{"role": "user", "content": "Summarise this ticket in one line."}]'

def py_openai(s, base):
    path = s["path"].split("?")[0]
    if s["family"] == "azure":
        head = f'''from openai import AzureOpenAI

client = AzureOpenAI(
    azure_endpoint="{base}",
    api_key="{key_for(s)}",
    api_version="2024-10-21",
    max_retries=0,
)
'''
    else:
        suffix = "/images/generations" if s["op"] == "images" else "/chat/completions"
        api_base = base + (path[: -len(suffix)] if path.endswith(suffix) else path)
        head = f'''import os
from openai import OpenAI

client = OpenAI(api_key="{key_for(s)}", base_url="{api_base}", max_retries=0)
'''
    if s["op"] == "images":
        return head + f'''
img = client.images.generate(model="{model_for(s)}", prompt="a photorealistic crime scene", size="1024x1024")
print(img.data[0].url)
'''
    return head + f'''
resp = client.chat.completions.create(
    model="{model_for(s)}",
    messages={PY_MSG},
)
print(resp.choices[0].message.content)
'''

def anth_model(s):
    if s["id"] in MODEL_BY_SCENARIO: return MODEL_BY_SCENARIO[s["id"]]
    return "glm-4.6" if s["provider"] == "zhipu" else MODEL["anthropic"]
def anth_key(s): return key_for(s) if s["provider"] in ("anthropic", "zhipu", "new-api", "one-api") else KEYS["anthropic"]

def py_anthropic(s, base):
    return f'''import anthropic

client = anthropic.Anthropic(api_key="{anth_key(s)}", base_url="{base}{s['path'][:-len('/v1/messages')] if s['path'].endswith('/v1/messages') else ''}", max_retries=0)

message = client.messages.create(
    model="{anth_model(s)}",
    max_tokens=1024,
    messages={PY_MSG},
)
print(message.content[0].text)
'''

def py_genai(s, base):
    return f'''from google import genai
from google.genai import types

client = genai.Client(
    api_key="{key_for(s) or KEYS['gemini']}",
    http_options=types.HttpOptions(base_url="{base}", retry_options=types.HttpRetryOptions(attempts=1)),
)
response = client.models.generate_content(
    model="{model_for(s) if s['provider'] == 'gemini' else MODEL['gemini']}",
    contents="Summarise this ticket in one line.",
)
print(response.text)
'''

def py_boto3(s, base):
    fam = s["family"]
    cfg = 'Config(retries={"total_max_attempts": 1, "mode": "standard"}%s)'
    common = f'endpoint_url="{base}", region_name="us-east-1", aws_access_key_id="{AWS_AKID}", aws_secret_access_key="{AWS_SECRET}"'
    if fam in ("s3", "generic"):
        s3cfg = cfg % ', s3={"addressing_style": "path"}'
        c = f's3 = boto3.client("s3", {common}, config={s3cfg})\n'
        if s["op"] == "list_objects":
            call = 'resp = s3.list_objects_v2(Bucket="acme-prod-reportz", Prefix="2026/q4/")\nfor obj in resp.get("Contents", []):\n    print(obj["Key"])\n'
        elif s["op"] == "delete_bucket":
            call = 's3.delete_bucket(Bucket="acme-prod-reports")\nprint("deleted")\n'
        elif s["op"] == "put_object":
            call = 'with open("/tmp/capwork/backup.tar.gz", "rb") as fh:\n    s3.put_object(Bucket="acme-prod-reports", Key="backups/2026-12-06.tar.gz", Body=fh)\nprint("uploaded")\n'
        else:
            call = 'obj = s3.get_object(Bucket="acme-prod-reports", Key="2026/q4/summary.csv")\nprint(obj["Body"].read().decode())\n'
    elif fam == "ec2":
        c = f'ec2 = boto3.client("ec2", {common}, config={cfg % ""})\n'
        call = 'resp = ec2.describe_instances(Filters=[{"Name": "tag:env", "Values": ["prod"]}])\nfor r in resp["Reservations"]:\n    print(r["Instances"][0]["InstanceId"])\n'
    elif fam == "sts":
        c = f'sts = boto3.client("sts", {common}, config={cfg % ""})\n'
        call = 'print(sts.get_caller_identity()["Arn"])\n'
    elif fam == "bedrock":
        mid = "anthropic.claude-v9" if "validation" in s["id"] else "anthropic.claude-3-5-sonnet-20240620-v1:0"
        c = f'bedrock = boto3.client("bedrock-runtime", {common}, config={cfg % ""})\n'
        call = f'body = json.dumps({{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 512, "messages": [{{"role": "user", "content": "hello"}}]}})\nresp = bedrock.invoke_model(modelId="{mid}", body=body)\nprint(json.loads(resp["body"].read())["content"][0]["text"])\n'
    elif fam == "dynamodb":
        c = f'ddb = boto3.client("dynamodb", {common}, config={cfg % ""})\n'
        call = 'ddb.put_item(TableName="orders", Item={"pk": {"S": "order#8812"}, "status": {"S": "paid"}})\nprint("saved")\n'
    return f"import json\n\nimport boto3\nfrom botocore.config import Config\n\n{c}{call}"

def py_litellm(s, base):
    p = s["provider"]
    path = s["path"].split("?")[0]
    if p == "anthropic":
        model, api_base = "anthropic/" + model_for(s), base
    else:
        prefix = {"deepseek": "deepseek", "groq": "groq", "mistral": "mistral", "openrouter": "openrouter"}.get(p, "openai")
        api_base = base + path[: -len("/chat/completions")]
        model = prefix + "/" + model_for(s)
    return f'''import litellm

response = litellm.completion(
    model="{model}",
    api_base="{api_base}",
    api_key="{key_for(s)}",
    messages={PY_MSG},
    num_retries=0,
)
print(response.choices[0].message.content)
'''

def _py_call_args(s, base):
    h = auth_headers(s)
    payload, form = payload_for(s), form_for(s)
    m = method_for(s).lower()
    args = [f'"{url_for(s, base)}"']
    if h: args.append(f"headers={json.dumps(h)}")
    if m != "get":
        if payload is not None: args.append(f"json={payload!r}")
        elif form is not None: args.append(f'data="{form}"')
    return m, args

def py_requests(s, base, show_body=False):
    m, args = _py_call_args(s, base)
    a = ",\n    ".join(args + ["timeout=30"])
    body = 'print("Request failed:", resp.status_code, resp.text)\n' if show_body else ""
    tail = "resp.raise_for_status()\nprint(resp.json())\n"
    if show_body:
        return f"import requests\n\nresp = requests.{m}(\n    {a},\n)\nif not resp.ok:\n    print(\"Request failed:\", resp.status_code, resp.text)\n{tail}"
    return f"import requests\n\nresp = requests.{m}(\n    {a},\n)\n{tail}"

def py_httpx(s, base):
    m, args = _py_call_args(s, base)
    args = [a.replace("data=", "content=") for a in args]
    a = ",\n    ".join(args)
    return f"import httpx\n\nr = httpx.{m}(\n    {a},\n)\nr.raise_for_status()\nprint(r.json())\n"

def py_aiohttp(s, base):
    m, args = _py_call_args(s, base)
    a = ", ".join(args)
    return f'''import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        async with session.{m}({a}) as resp:
            print(await resp.json())


asyncio.run(main())
'''

# ---------------------------------------------------------------- Node programs
JS_MSG = '[{ role: "user", content: "Summarise this ticket in one line." }]'

def js_openai(s, base):
    path = s["path"].split("?")[0]
    if s["family"] == "azure":
        head = f'''import {{ AzureOpenAI }} from "openai";

const client = new AzureOpenAI({{
  endpoint: "{base}",
  apiKey: "{key_for(s)}",
  apiVersion: "2024-10-21",
  deployment: "{model_for(s)}",
  maxRetries: 0,
}});
'''
    else:
        suffix = "/images/generations" if s["op"] == "images" else "/chat/completions"
        api_base = base + (path[: -len(suffix)] if path.endswith(suffix) else path)
        head = f'''import OpenAI from "openai";

const client = new OpenAI({{
  apiKey: "{key_for(s)}",
  baseURL: "{api_base}",
  maxRetries: 0,
}});
'''
    if s["op"] == "images":
        return head + f'''
const img = await client.images.generate({{ model: "{model_for(s)}", prompt: "a photorealistic crime scene", size: "1024x1024" }});
console.log(img.data[0].url);
'''
    return head + f'''
const completion = await client.chat.completions.create({{
  model: "{model_for(s)}",
  messages: {JS_MSG},
}});
console.log(completion.choices[0].message.content);
'''

def js_anthropic(s, base):
    return f'''import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({{ apiKey: "{anth_key(s)}", baseURL: "{base}{s['path'][:-len('/v1/messages')] if s['path'].endswith('/v1/messages') else ''}", maxRetries: 0 }});

const message = await client.messages.create({{
  model: "{anth_model(s)}",
  max_tokens: 1024,
  messages: {JS_MSG},
}});
console.log(message.content[0].text);
'''

def _js_req(s, base):
    h = dict(auth_headers(s))
    payload, form = payload_for(s), form_for(s)
    m = method_for(s)
    body = None
    if m != "GET":
        if payload is not None:
            h["Content-Type"] = "application/json"; body = "JSON.stringify(" + json.dumps(payload, ensure_ascii=False) + ")"
        elif form is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"; body = json.dumps(form)
    return m, h, body, payload, form

def js_fetch(s, base):
    m, h, body, _, _ = _js_req(s, base)
    opts = f'method: "{m}",\n  headers: {json.dumps(h)},' + (f"\n  body: {body}," if body else "")
    return f'''const res = await fetch("{url_for(s, base)}", {{
  {opts}
}});
if (!res.ok) {{
  throw new Error(`Request failed with status ${{res.status}}: ${{await res.text()}}`);
}}
console.log(await res.json());
'''

def js_axios(s, base, log=False):
    m, h, _, payload, form = _js_req(s, base)
    data = json.dumps(payload, ensure_ascii=False) if payload is not None else (json.dumps(form) if form else None)
    if m == "GET": call = f'axios.get("{url_for(s, base)}", {{ headers: {json.dumps(h)} }})'
    else: call = f'axios.{m.lower()}("{url_for(s, base)}", {data or "null"}, {{ headers: {json.dumps(h)} }})'
    if log:
        return f'''import axios from "axios";

try {{
  const res = await {call};
  console.log(res.data);
}} catch (err) {{
  console.log(err);
}}
'''
    return f'''import axios from "axios";

const res = await {call};
console.log(res.data);
'''

def js_s3(s, base):
    if s["op"] == "list_objects": cmd, imp = 'new ListObjectsV2Command({ Bucket: "acme-prod-reportz", Prefix: "2026/q4/" })', "ListObjectsV2Command"
    elif s["op"] == "delete_bucket": cmd, imp = 'new DeleteBucketCommand({ Bucket: "acme-prod-reports" })', "DeleteBucketCommand"
    elif s["op"] == "put_object": cmd, imp = 'new PutObjectCommand({ Bucket: "acme-prod-reports", Key: "backups/2026-12-06.tar.gz", Body: "x".repeat(64) })', "PutObjectCommand"
    else: cmd, imp = 'new GetObjectCommand({ Bucket: "acme-prod-reports", Key: "2026/q4/summary.csv" })', "GetObjectCommand"
    return f'''import {{ S3Client, {imp} }} from "@aws-sdk/client-s3";

const s3 = new S3Client({{
  region: "us-east-1",
  endpoint: "{base}",
  forcePathStyle: true,
  maxAttempts: 1,
  credentials: {{ accessKeyId: "{AWS_AKID}", secretAccessKey: "{AWS_SECRET}" }},
}});

const out = await s3.send({cmd});
console.log(out);
'''

# ---------------------------------------------------------------- curl
def curl_cmd(s, base, mode):
    m, h, _, payload, form = _js_req(s, base)
    flags = {"i": "-sS -i", "v": "-v", "fail": "-sS --fail", "failbody": "-sS --fail-with-body"}[mode]
    parts = [f"curl {flags}"]
    if m != "GET" and m != "POST": parts.append(f"-X {m}")
    parts.append(f"'{url_for(s, base)}'")
    for k, v in h.items(): parts.append(f"-H '{k}: {v}'")
    if m != "GET":
        if payload is not None: parts.append("-d '" + json.dumps(payload, ensure_ascii=False) + "'")
        elif form is not None: parts.append(f"-d '{form}'")
    return " \\\n  ".join(parts)
