#!/usr/bin/env python3
"""Texts with no API error in them, batch 3: kinds the first two batches cover thinly.

Compiler, lint and database errors (application errors, not API errors), Kubernetes status
tables, CI / container / deploy logs that succeeded, framework startup and request logs,
telemetry exports, data with status columns, specs, source code and prose about errors.
Texts marked "captured" are what the named tool printed here (paths and names changed);
the others follow the tool's printed shape.

    python3 scripts/gen-noerror/corpus_texts3.py --first 177 >> tests/corpus/noerror.jsonl

Each entry: (family, source, form, text), written as `noerror-NNNN` from --first on.
"""
import argparse
import json
import sys

E3 = []


def add(family, source, form, text):
    E3.append((family, "scripts/gen-noerror: " + source, form, text.strip("\n") + "\n"))


# =============================================================================================
# captured from the real tools
add('compiler-errors', 'rustc 1.9x: type and exhaustiveness errors (captured with rustc)', 'cli-output', """
$ rustc --edition 2021 src/status.rs
error[E0308]: mismatched types
  --> src/status.rs:15:18
   |
15 |     let n: u32 = "5";
   |            ---   ^^^ expected `u32`, found `&str`
   |            |
   |            expected due to this

error[E0308]: mismatched types
  --> src/status.rs:16:17
   |
16 |     seen.insert("429", c.retries);
   |          ------ ^^^^^ expected `String`, found `&str`
   |          |
   |          arguments to this method are incorrect
   |
note: method defined here
  --> /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/collections/hash/map.rs:1295:11
help: try using a conversion method
   |
16 |     seen.insert("429".to_string(), c.retries);
   |                      ++++++++++++

error[E0004]: non-exhaustive patterns: `0_u16..=428_u16`, `430_u16..=499_u16` and `600_u16..=u16::MAX` not covered
 --> src/status.rs:6:11
  |
6 |     match code {
  |           ^^^^ patterns `0_u16..=428_u16`, `430_u16..=499_u16` and `600_u16..=u16::MAX` not covered
  |
  = note: the matched value is of type `u16`
help: ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, a match arm with multiple or-patterns as shown, or multiple match arms
  |
8 ~         500..=599 => "server error",
9 ~         0_u16..=428_u16 | 430_u16..=499_u16 | 600_u16..=u16::MAX => todo!(),
  |

error: aborting due to 3 previous errors

Some errors have detailed explanations: E0004, E0308.
For more information about an error, try `rustc --explain E0004`.
""")
add('compiler-errors', 'tsc --noEmit with strict errors (captured with typescript 5)', 'cli-output', """
$ npx tsc -p .
src/api/users.ts(5,34): error TS2322: Type 'number' is not assignable to type 'string'.
src/api/users.ts(8,15): error TS2551: Property 'mesage' does not exist on type 'ApiError'. Did you mean 'message'?

Found 2 errors in the same file, starting at: src/api/users.ts:5
""")
add('compiler-errors', 'javac cannot find symbol (captured with javac 17)', 'java-stacktrace', """
$ javac -d build src/main/java/com/acme/ApiClient.java
src/main/java/com/acme/ApiClient.java:9: error: cannot find symbol
            throw new RateLimitException("slow down");
                      ^
  symbol:   class RateLimitException
  location: class ApiClient
1 error
""")
add('compiler-errors', 'javac syntax error (captured with javac 17)', 'cli-output', """
$ javac ApiClient.java
ApiClient.java:11: error: ';' expected
        String body = resp.body()
                                 ^
1 error
""")
add('passing-tests', 'go test -v with status-named subtests (captured with go test)', 'cli-output', """
$ go test -v -count=1 ./...
=== RUN   TestClassify
=== RUN   TestClassify/429_Too_Many_Requests_is_rate_limited
=== RUN   TestClassify/401_Unauthorized
=== RUN   TestClassify/500_Internal_Server_Error_is_retried
=== RUN   TestClassify/200_OK
--- PASS: TestClassify (0.00s)
    --- PASS: TestClassify/429_Too_Many_Requests_is_rate_limited (0.00s)
    --- PASS: TestClassify/401_Unauthorized (0.00s)
    --- PASS: TestClassify/500_Internal_Server_Error_is_retried (0.00s)
    --- PASS: TestClassify/200_OK (0.00s)
=== RUN   TestServerReturns503ThenRecovers
--- PASS: TestServerReturns503ThenRecovers (0.00s)
=== RUN   TestBackoff
--- PASS: TestBackoff (0.00s)
PASS
ok  	example.com/apiclient	0.012s
""")
add('passing-tests', 'pytest -v with error-named tests (captured with pytest)', 'cli-output', """
$ pytest -v
============================= test session starts ==============================
platform linux -- Python 3.11.7, pytest-9.2.0, pluggy-1.7.0 -- /home/dev/src/apiclient/.venv/bin/python3
rootdir: /home/dev/src/apiclient
collecting ... collected 10 items

test_client.py::test_get_user_ok PASSED                                  [ 10%]
test_client.py::test_get_user_raises_rate_limit_error_on_429 PASSED      [ 20%]
test_client.py::test_get_user_returns_none_on_http_error[400] PASSED     [ 30%]
test_client.py::test_get_user_returns_none_on_http_error[401] PASSED     [ 40%]
test_client.py::test_get_user_returns_none_on_http_error[403] PASSED     [ 50%]
test_client.py::test_get_user_returns_none_on_http_error[404] PASSED     [ 60%]
test_client.py::test_get_user_returns_none_on_http_error[500] PASSED     [ 70%]
test_client.py::test_get_user_returns_none_on_http_error[502] PASSED     [ 80%]
test_client.py::test_get_user_returns_none_on_http_error[503] PASSED     [ 90%]
test_client.py::test_timeout_error_is_propagated PASSED                  [100%]

============================== 10 passed in 0.22s ==============================
""")
add('lint', 'ruff check with full output (captured with ruff)', 'cli-output', """
$ ruff check --select E,F,B,UP client.py
F401 [*] `os` imported but unused
 --> client.py:1:8
  |
1 | import os
  |        ^^
2 | import requests
3 | from typing import Optional
  |
help: Remove unused import: `os`
  |
  - import os
1 | import requests
  |

UP031 Use format specifiers instead of percent format
  --> client.py:17:15
   |
15 |         resp.raise_for_status()
16 |     except requests.HTTPError as e:
17 |         print("error: %s" % e)
   |               ^^^^^^^^^^^^^^^
18 |         return None
19 |     return resp.json()
   |
help: Replace with format specifiers
   |
16 |     except requests.HTTPError as e:
   -         print("error: %s" % e)
17 +         print("error: {}".format(e))
18 |         return None
   |
note: This is an unsafe fix and may change runtime behavior

UP045 [*] Use `X | None` for type annotations
  --> client.py:22:30
   |
22 | def parse_retry_after(value: Optional[str]) -> int:
   |                              ^^^^^^^^^^^^^
23 |     return int(value) + "s"
   |
help: Convert to `X | None`
   |
21 |
   - def parse_retry_after(value: Optional[str]) -> int:
22 + def parse_retry_after(value: str | None) -> int:
23 |     return int(value) + "s"
   |

Found 3 errors.
[*] 2 fixable with `--fix` (1 unsafe fix available with `--fix --unsafe-fixes`).
""")
add('lint', 'mypy --strict errors (captured with mypy)', 'cli-output', """
$ mypy --strict client.py
client.py:10: error: Function is missing a type annotation for one or more parameters  [no-untyped-def]
client.py:10: error: Missing type arguments for generic type "dict"  [type-arg]
client.py:18: error: Incompatible return value type (got "None", expected "dict[Any, Any]")  [return-value]
client.py:19: error: Returning Any from function declared to return "dict[Any, Any]"  [no-any-return]
client.py:23: error: Argument 1 to "int" has incompatible type "str | None"; expected "str | Buffer | SupportsInt | SupportsIndex | SupportsTrunc"  [arg-type]
client.py:23: error: Unsupported operand types for + ("int" and "str")  [operator]
Found 6 errors in 1 file (checked 1 source file)
""")
add('lint', 'eslint stylish output (captured with eslint 8)', 'cli-output', """
$ npx eslint src

/home/dev/web/src/retry.js
   1:8   error  'axios' is defined but never used            no-unused-vars
  10:47  error  Expected '===' and instead saw '=='          eqeqeq
  11:15  error  'sleep' is not defined                       no-undef
  14:38  error  Empty block statement                        no-empty
  22:9   error  'unused' is assigned a value but never used  no-unused-vars

✖ 5 problems (5 errors, 0 warnings)
""")
add('cli-success', 'terraform init and plan (captured with terraform 1.11)', 'cli-output', """
$ terraform init
Initializing the backend...
Initializing provider plugins...
- terraform.io/builtin/terraform is built in to Terraform

Terraform has been successfully initialized!

You may now begin working with Terraform. Try running "terraform plan" to see
any changes that are required for your infrastructure. All Terraform commands
should now work.

If you ever set or change modules or backend configuration for Terraform,
rerun this command to reinitialize your working directory. If you forget, other
commands will detect it and remind you to do so if necessary.

$ terraform plan
Terraform used the selected providers to generate the following execution
plan. Resource actions are indicated with the following symbols:
  + create

Terraform will perform the following actions:

  # terraform_data.api_gateway_config will be created
  + resource "terraform_data" "api_gateway_config" {
      + id     = (known after apply)
      + input  = {
          + stage          = "prod"
          + throttle_burst = 2000
          + throttle_rate  = 1000
        }
      + output = (known after apply)
    }

  # terraform_data.error_responses will be created
  + resource "terraform_data" "error_responses" {
      + id     = (known after apply)
      + input  = {
          + "429" = "TooManyRequests"
          + "503" = "ServiceUnavailable"
        }
      + output = (known after apply)
    }

Plan: 2 to add, 0 to change, 0 to destroy.

Changes to Outputs:
  + stage = (known after apply)

─────────────────────────────────────────────────────────────────────────────

Note: You didn't use the -out option to save this plan, so Terraform can't
guarantee to take exactly these actions if you run "terraform apply" now.
""")
add('cli-success', 'terraform apply -auto-approve (captured with terraform 1.11)', 'cli-output', """
$ terraform apply -auto-approve
Terraform used the selected providers to generate the following execution
plan. Resource actions are indicated with the following symbols:
  + create

Terraform will perform the following actions:

  # terraform_data.api_gateway_config will be created
  + resource "terraform_data" "api_gateway_config" {
      + id     = (known after apply)
      + input  = {
          + stage          = "prod"
          + throttle_burst = 2000
          + throttle_rate  = 1000
        }
      + output = (known after apply)
    }

  # terraform_data.error_responses will be created
  + resource "terraform_data" "error_responses" {
      + id     = (known after apply)
      + input  = {
          + "429" = "TooManyRequests"
          + "503" = "ServiceUnavailable"
        }
      + output = (known after apply)
    }

Plan: 2 to add, 0 to change, 0 to destroy.

Changes to Outputs:
  + stage = (known after apply)
terraform_data.error_responses: Creating...
terraform_data.error_responses: Creation complete after 0s [id=e82e697f-0493-d3c5-e319-3acd8f5c37b7]
terraform_data.api_gateway_config: Creating...
terraform_data.api_gateway_config: Creation complete after 0s [id=36569c7f-4ad3-167d-4ab2-62bdba43dc4d]

Apply complete! Resources: 2 added, 0 changed, 0 destroyed.

Outputs:

stage = "prod"
""")
add('db-errors', 'psql session with constraint violations (captured with PostgreSQL 15)', 'cli-output', """
CREATE TABLE
INSERT 0 1
ERROR:  duplicate key value violates unique constraint "api_keys_key_hash_key"
DETAIL:  Key (key_hash)=(9f86d081884c7d65) already exists.
ERROR:  null value in column "key_hash" of relation "api_keys" violates not-null constraint
DETAIL:  Failing row contains (3, null, 3, 401).
 status | count 
--------+-------
    200 |     1
(1 row)

DROP TABLE
""")
add('db-errors', 'PostgreSQL server log, constraint violations (captured with PostgreSQL 15)', 'log-line', """
2026-12-07 03:35:58.707 UTC [26614] LOG:  database system was shut down at 2026-05-20 16:27:30 UTC
2026-12-07 03:35:58.728 UTC [26610] LOG:  database system is ready to accept connections
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres ERROR:  duplicate key value violates unique constraint "api_keys_key_hash_key"
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres DETAIL:  Key (key_hash)=(9f86d081884c7d65) already exists.
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres STATEMENT:  INSERT INTO api_keys (key_hash, owner_id, status) VALUES ('9f86d081884c7d65', 2, 429);
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres ERROR:  null value in column "key_hash" of relation "api_keys" violates not-null constraint
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres DETAIL:  Failing row contains (3, null, 3, 401).
2026-12-07 03:36:03.181 UTC [26798] postgres@postgres STATEMENT:  INSERT INTO api_keys (key_hash, owner_id, status) VALUES (NULL, 3, 401);
""")
add('db-errors', 'sqlite3 UNIQUE constraint failed (captured with sqlite3)', 'cli-output', """
$ sqlite3 app.db < migrate.sql
-- importing request log
Error: stepping, UNIQUE constraint failed: requests.request_id (19)
$ echo $?
1
""")
# =============================================================================================
# Kubernetes: get / describe / events of healthy workloads
add("k8s-status", "kubectl get pods -A (kubectl table output)", "cli-output", """
$ kubectl get pods -A
NAMESPACE       NAME                                       READY   STATUS      RESTARTS      AGE
cert-manager    cert-manager-7d8b5c9f6b-x2lqp              1/1     Running     0             12d
cert-manager    cert-manager-webhook-6c9dd5f8b4-r8kz7      1/1     Running     0             12d
ingress-nginx   ingress-nginx-admission-create-5hxt2       0/1     Completed   0             12d
ingress-nginx   ingress-nginx-admission-patch-q9vbm        0/1     Completed   1             12d
ingress-nginx   ingress-nginx-controller-5f8d8b7c9-kt4wn   1/1     Running     0             12d
kube-system     coredns-5dd5756b68-7hm2c                   1/1     Running     0             40d
kube-system     coredns-5dd5756b68-pq8rx                   1/1     Running     0             40d
kube-system     etcd-cp-1                                  1/1     Running     2 (40d ago)   40d
kube-system     kube-apiserver-cp-1                        1/1     Running     2 (40d ago)   40d
kube-system     metrics-server-7cd5c8f6d-9wlzz             1/1     Running     0             40d
llm-gateway     gateway-6b9f7d4c8d-4q2xn                   1/1     Running     0             3h12m
llm-gateway     gateway-6b9f7d4c8d-h7vkp                   1/1     Running     0             3h12m
llm-gateway     ratelimit-redis-0                          1/1     Running     0             9d
llm-gateway     token-refresh-28911520-fz7rd               0/1     Completed   0             14m
""")

add("k8s-status", "kubectl describe deployment (rollout complete)", "cli-output", """
$ kubectl -n llm-gateway describe deployment gateway
Name:                   gateway
Namespace:              llm-gateway
CreationTimestamp:      Tue, 03 Nov 2026 09:14:22 +0000
Labels:                 app.kubernetes.io/name=gateway
Annotations:            deployment.kubernetes.io/revision: 17
Selector:               app.kubernetes.io/name=gateway
Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app.kubernetes.io/name=gateway
  Containers:
   gateway:
    Image:      ghcr.io/acme/llm-gateway:2.14.1
    Port:       8080/TCP
    Limits:
      cpu:     1
      memory:  512Mi
    Liveness:   http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3
    Readiness:  http-get http://:8080/readyz delay=5s timeout=1s period=5s #success=1 #failure=3
    Environment:
      UPSTREAM_TIMEOUT_SECONDS:  60
      RETRY_ON_STATUS:           429,502,503,504
      OPENAI_API_KEY:            <set to the key 'openai-api-key' in secret 'gateway-secrets'>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  gateway-7c5d8f9b6 (0/0 replicas created)
NewReplicaSet:   gateway-6b9f7d4c8d (2/2 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled up replica set gateway-6b9f7d4c8d to 1
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled down replica set gateway-7c5d8f9b6 to 1 from 2
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled up replica set gateway-6b9f7d4c8d to 2 from 1
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled down replica set gateway-7c5d8f9b6 to 0 from 1
""")

add("k8s-status", "kubectl get svc,ingress,hpa (kubectl table output)", "cli-output", """
$ kubectl -n llm-gateway get svc,ingress,hpa
NAME                      TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE
service/gateway           ClusterIP   10.96.143.27    <none>        8080/TCP   40d
service/ratelimit-redis   ClusterIP   10.96.201.4     <none>        6379/TCP   40d

NAME                                CLASS   HOSTS                 ADDRESS        PORTS     AGE
ingress.networking.k8s.io/gateway   nginx   llm.internal.acme.io  10.20.0.15     80, 443   40d

NAME                                          REFERENCE            TARGETS               MINPODS   MAXPODS   REPLICAS   AGE
horizontalpodautoscaler.autoscaling/gateway   Deployment/gateway   cpu: 31%/70%          2         10        2          40d
""")

add("k8s-status", "kubectl get events of a normal rollout (Normal events only)", "cli-output", """
$ kubectl get events -n payments --sort-by=.lastTimestamp
LAST SEEN   TYPE     REASON              OBJECT                                MESSAGE
4m12s       Normal   Scheduled           pod/payments-api-5c7f9d8b6-2xkqv      Successfully assigned payments/payments-api-5c7f9d8b6-2xkqv to worker-3
4m11s       Normal   Pulling             pod/payments-api-5c7f9d8b6-2xkqv      Pulling image "registry.acme.io/payments-api:4.2.0"
4m2s        Normal   Pulled              pod/payments-api-5c7f9d8b6-2xkqv      Successfully pulled image "registry.acme.io/payments-api:4.2.0" in 9.212s (9.212s including waiting). Image size: 88123456 bytes.
4m2s        Normal   Created             pod/payments-api-5c7f9d8b6-2xkqv      Created container api
4m1s        Normal   Started             pod/payments-api-5c7f9d8b6-2xkqv      Started container api
3m55s       Normal   SuccessfulCreate    replicaset/payments-api-5c7f9d8b6     Created pod: payments-api-5c7f9d8b6-2xkqv
3m40s       Normal   Killing             pod/payments-api-6d4b8c7f5-vn9rt      Stopping container api
3m40s       Normal   SuccessfulDelete    replicaset/payments-api-6d4b8c7f5     Deleted pod: payments-api-6d4b8c7f5-vn9rt
3m39s       Normal   ScalingReplicaSet   deployment/payments-api               Scaled down replica set payments-api-6d4b8c7f5 to 0 from 1
""")

add("k8s-status", "kubectl get pods -o json, status section", "raw-json", """
$ kubectl get pod gateway-6b9f7d4c8d-4q2xn -o json | jq .status
{
  "conditions": [
    {"lastProbeTime": null, "lastTransitionTime": "2026-12-06T08:02:11Z", "status": "True", "type": "Initialized"},
    {"lastProbeTime": null, "lastTransitionTime": "2026-12-06T08:02:19Z", "status": "True", "type": "Ready"},
    {"lastProbeTime": null, "lastTransitionTime": "2026-12-06T08:02:19Z", "status": "True", "type": "ContainersReady"},
    {"lastProbeTime": null, "lastTransitionTime": "2026-12-06T08:02:10Z", "status": "True", "type": "PodScheduled"}
  ],
  "containerStatuses": [
    {
      "containerID": "containerd://6f1c2e4b8a9d",
      "image": "ghcr.io/acme/llm-gateway:2.14.1",
      "lastState": {},
      "name": "gateway",
      "ready": true,
      "restartCount": 0,
      "started": true,
      "state": {"running": {"startedAt": "2026-12-06T08:02:14Z"}}
    }
  ],
  "hostIP": "10.20.1.7",
  "phase": "Running",
  "podIP": "10.244.3.41",
  "qosClass": "Burstable",
  "startTime": "2026-12-06T08:02:10Z"
}
""")

# =============================================================================================
# CI, containers and deploys that succeeded
add("ci-success", "GitHub Actions log of a passing job (raw log download)", "log-line", """
2026-12-06T10:02:11.4021337Z ##[group]Run actions/checkout@v4
2026-12-06T10:02:11.4022108Z with:
2026-12-06T10:02:11.4022566Z   repository: acme/llm-gateway
2026-12-06T10:02:11.4023410Z   token: ***
2026-12-06T10:02:11.4024002Z ##[endgroup]
2026-12-06T10:02:12.1187723Z Syncing repository: acme/llm-gateway
2026-12-06T10:02:13.0456127Z [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/main*:refs/remotes/origin/main*
2026-12-06T10:02:13.8120034Z ##[group]Run actions/setup-node@v4
2026-12-06T10:02:14.2209851Z Found in cache @ /opt/hostedtoolcache/node/20.18.1/x64
2026-12-06T10:02:14.3301156Z ##[endgroup]
2026-12-06T10:02:14.4120871Z ##[group]Run npm ci
2026-12-06T10:02:31.9923451Z added 812 packages, and audited 813 packages in 17s
2026-12-06T10:02:31.9925113Z found 0 vulnerabilities
2026-12-06T10:02:32.0101784Z ##[endgroup]
2026-12-06T10:02:32.0203318Z ##[group]Run npm test
2026-12-06T10:02:38.5521009Z  PASS  test/errors.test.ts
2026-12-06T10:02:38.5522173Z  PASS  test/retry.test.ts
2026-12-06T10:02:38.5523420Z  PASS  test/upstream-timeout.test.ts
2026-12-06T10:02:38.6678250Z Test Suites: 3 passed, 3 total
2026-12-06T10:02:38.6679012Z Tests:       41 passed, 41 total
2026-12-06T10:02:38.6679955Z Time:        5.812 s
2026-12-06T10:02:38.7012330Z ##[endgroup]
2026-12-06T10:02:38.8120119Z Post job cleanup.
2026-12-06T10:02:39.1234550Z Cleaning up orphan processes
""")

add("ci-success", "GitLab CI job log, passing", "log-line", """
Running with gitlab-runner 17.6.0 (374d34fd)
  on shared-runner-7 t3_xKz9, system ID: s_7f2a1c9e0b4d
Preparing the "docker" executor
Using Docker executor with image python:3.12-slim ...
Pulling docker image python:3.12-slim ...
Using docker image sha256:4c1e8f9d2a7b for python:3.12-slim with digest python@sha256:9b0f5c3e ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out 8e1f2a3b as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ pip install -q -r requirements-dev.txt
$ pytest -q tests/
........................................................................ [ 90%]
........                                                                 [100%]
80 passed in 6.41s
$ python -m mypy src/
Success: no issues found in 24 source files
Saving cache for successful job
Creating cache default-protected...
Uploading cache.zip to https://storage.googleapis.com/gl-runner-cache/project/4812/default-protected
Created cache
Cleaning up project directory and file based variables
Job succeeded
""")

add("docker", "docker build with BuildKit, success", "cli-output", """
$ docker build -t acme/llm-gateway:2.14.1 .
[+] Building 48.3s (14/14) FINISHED                                       docker:default
 => [internal] load build definition from Dockerfile                                0.0s
 => => transferring dockerfile: 712B                                                0.0s
 => [internal] load metadata for docker.io/library/python:3.12-slim                 1.2s
 => [internal] load .dockerignore                                                   0.0s
 => => transferring context: 94B                                                    0.0s
 => [1/8] FROM docker.io/library/python:3.12-slim@sha256:9b0f5c3e7d1a                0.0s
 => [internal] load build context                                                   0.1s
 => => transferring context: 184.22kB                                               0.1s
 => CACHED [2/8] WORKDIR /app                                                       0.0s
 => [3/8] COPY requirements.txt .                                                   0.0s
 => [4/8] RUN pip install --no-cache-dir -r requirements.txt                       41.7s
 => [5/8] COPY src/ src/                                                            0.1s
 => [6/8] RUN python -m compileall -q src                                           0.9s
 => [7/8] RUN useradd -r app                                                        0.4s
 => [8/8] HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:8080/healthz     0.0s
 => exporting to image                                                              3.6s
 => => exporting layers                                                             3.5s
 => => writing image sha256:71d2c8e4f0a91b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c   0.0s
 => => naming to docker.io/acme/llm-gateway:2.14.1                                  0.0s
""")

add("docker", "docker compose up logs of a healthy stack", "log-line", """
$ docker compose up
[+] Running 4/4
 ✔ Network llm_default       Created                                               0.1s
 ✔ Container llm-redis-1     Created                                               0.2s
 ✔ Container llm-postgres-1  Created                                               0.2s
 ✔ Container llm-api-1       Created                                               0.1s
Attaching to api-1, postgres-1, redis-1
redis-1     | 1:C 06 Dec 2026 10:14:02.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo
redis-1     | 1:M 06 Dec 2026 10:14:02.120 * Ready to accept connections tcp
postgres-1  | 2026-12-06 10:14:02.734 UTC [1] LOG:  starting PostgreSQL 16.6 on x86_64-pc-linux-gnu
postgres-1  | 2026-12-06 10:14:02.741 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432
postgres-1  | 2026-12-06 10:14:02.760 UTC [1] LOG:  database system is ready to accept connections
api-1       | INFO:     Started server process [1]
api-1       | INFO:     Waiting for application startup.
api-1       | INFO:     Application startup complete.
api-1       | INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)
api-1       | INFO:     127.0.0.1:41522 - "GET /healthz HTTP/1.1" 200 OK
api-1       | INFO:     172.18.0.1:50214 - "POST /v1/chat/completions HTTP/1.1" 200 OK
api-1       | INFO:     172.18.0.1:50214 - "GET /v1/models HTTP/1.1" 200 OK
""")

add("ci-success", "Vercel deployment build log, success", "log-line", """
[10:21:03.112] Running build in Washington, D.C., USA (East) – iad1
[10:21:03.114] Build machine configuration: 4 cores, 8 GB
[10:21:03.301] Cloning github.com/acme/chat-web (Branch: main, Commit: 3f9a2c1)
[10:21:04.022] Cloning completed: 721.000ms
[10:21:06.418] Restored build cache from previous deployment (8Yq2kVn3fP1m)
[10:21:06.920] Running "vercel build"
[10:21:07.411] Vercel CLI 39.1.2
[10:21:08.002] Installing dependencies...
[10:21:12.733] up to date in 4s
[10:21:12.990] Detected Next.js version: 15.0.3
[10:21:13.001] Running "npm run build"
[10:21:31.402]  ✓ Compiled successfully
[10:21:33.810]  ✓ Generating static pages (12/12)
[10:21:34.502] Route (app)                              Size     First Load JS
[10:21:34.502] ┌ ○ /                                    5.21 kB         98.4 kB
[10:21:34.503] ├ ○ /_not-found                          873 B           88.1 kB
[10:21:34.503] ├ ƒ /api/chat                            0 B                0 B
[10:21:34.503] └ ○ /settings/errors                     2.02 kB         95.2 kB
[10:21:37.118] Build Completed in /vercel/output [30s]
[10:21:39.640] Deploying outputs...
[10:21:44.006] Deployment completed
""")

add("cli-success", "ansible-playbook run, all ok", "cli-output", """
$ ansible-playbook -i inventory/prod deploy.yml

PLAY [gateway servers] *********************************************************

TASK [Gathering Facts] *********************************************************
ok: [gw-1]
ok: [gw-2]

TASK [gateway : render env file] ***********************************************
changed: [gw-1]
changed: [gw-2]

TASK [gateway : restart service] ***********************************************
changed: [gw-1]
changed: [gw-2]

TASK [gateway : wait for /healthz to return 200] *******************************
ok: [gw-1]
ok: [gw-2]

PLAY RECAP *********************************************************************
gw-1                       : ok=4    changed=2    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0
gw-2                       : ok=4    changed=2    unreachable=0    failed=0    skipped=0    rescued=0    ignored=0
""")

add("cli-success", "journalctl of a service start", "log-line", """
$ journalctl -u llm-gateway --since "10 min ago" --no-pager
Dec 06 10:30:01 gw-1 systemd[1]: Starting llm-gateway.service - LLM API gateway...
Dec 06 10:30:01 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:01.412Z level=INFO msg="loading config" path=/etc/llm-gateway/config.yaml
Dec 06 10:30:01 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:01.433Z level=INFO msg="upstream registered" name=openai base_url=https://api.openai.com/v1 timeout=60s
Dec 06 10:30:01 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:01.434Z level=INFO msg="upstream registered" name=anthropic base_url=https://api.anthropic.com timeout=120s
Dec 06 10:30:01 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:01.440Z level=INFO msg="retry policy" on_status="429,500,502,503,504" max_attempts=4
Dec 06 10:30:01 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:01.502Z level=INFO msg="listening" addr=:8080
Dec 06 10:30:01 gw-1 systemd[1]: Started llm-gateway.service - LLM API gateway.
Dec 06 10:30:31 gw-1 llm-gateway[48211]: time=2026-12-06T10:30:31.007Z level=INFO msg="health" upstreams_ok=2 upstreams_degraded=0
""")

add("cli-success", "nginx -t and reload", "cli-output", """
$ sudo nginx -t
nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
nginx: configuration file /etc/nginx/nginx.conf test is successful
$ sudo systemctl reload nginx
$ sudo systemctl status nginx --no-pager | head -5
● nginx.service - A high performance web server and a reverse proxy server
     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)
     Active: active (running) since Sat 2026-12-05 08:12:44 UTC; 1 day 2h ago
       Docs: man:nginx(8)
    Process: 51220 ExecReload=/usr/sbin/nginx -g daemon on; master_process on; -s reload (code=exited, status=0/SUCCESS)
""")

# =============================================================================================
# framework startup and request logs (2xx/3xx)
add("framework-logs", "Spring Boot startup and request log (default logback pattern)", "log-line", """
  .   ____          _            __ _ _
 /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\
  '  |____| .__|_| |_|_| |_\\__, | / / / /
 =========|_|==============|___/=/_/_/_/

 :: Spring Boot ::                (v3.3.5)

2026-12-06T10:40:02.118Z  INFO 1 --- [billing-api] [           main] c.a.billing.BillingApplication           : Starting BillingApplication v1.8.0 using Java 21.0.5 with PID 1
2026-12-06T10:40:02.121Z  INFO 1 --- [billing-api] [           main] c.a.billing.BillingApplication           : No active profile set, falling back to 1 default profile: "default"
2026-12-06T10:40:04.402Z  INFO 1 --- [billing-api] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)
2026-12-06T10:40:05.771Z  INFO 1 --- [billing-api] [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoints beneath base path '/actuator'
2026-12-06T10:40:05.998Z  INFO 1 --- [billing-api] [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'
2026-12-06T10:40:06.010Z  INFO 1 --- [billing-api] [           main] c.a.billing.BillingApplication           : Started BillingApplication in 4.512 seconds (process running for 5.03)
2026-12-06T10:40:31.220Z  INFO 1 --- [billing-api] [nio-8080-exec-1] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring DispatcherServlet 'dispatcherServlet'
2026-12-06T10:40:31.412Z DEBUG 1 --- [billing-api] [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : GET "/api/invoices?page=0", parameters={masked}
2026-12-06T10:40:31.498Z DEBUG 1 --- [billing-api] [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed 200 OK
2026-12-06T10:40:32.004Z DEBUG 1 --- [billing-api] [nio-8080-exec-2] o.s.web.servlet.DispatcherServlet        : POST "/api/invoices", parameters={}
2026-12-06T10:40:32.117Z DEBUG 1 --- [billing-api] [nio-8080-exec-2] o.s.web.servlet.DispatcherServlet        : Completed 201 CREATED
""")

add("framework-logs", "Django runserver with request log", "log-line", """
$ python manage.py runserver 0.0.0.0:8000
Watching for file changes with StatReloader
Performing system checks...

System check identified no issues (0 silenced).
December 06, 2026 - 10:44:12
Django version 5.1.4, using settings 'config.settings.dev'
Starting development server at http://0.0.0.0:8000/
Quit the server with CONTROL-C.

[06/Dec/2026 10:44:20] "GET /api/health/ HTTP/1.1" 200 15
[06/Dec/2026 10:44:23] "POST /api/auth/token/ HTTP/1.1" 200 412
[06/Dec/2026 10:44:23] "GET /api/errors/?status=429 HTTP/1.1" 200 2291
[06/Dec/2026 10:44:25] "GET /admin/ HTTP/1.1" 302 0
[06/Dec/2026 10:44:25] "GET /admin/login/?next=/admin/ HTTP/1.1" 200 4173
[06/Dec/2026 10:44:25] "GET /static/admin/css/base.css HTTP/1.1" 304 0
""")

add("framework-logs", "Rails server log (Puma) with completed requests", "log-line", """
=> Booting Puma
=> Rails 7.2.2 application starting in development
=> Run `bin/rails server --help` for more startup options
Puma starting in single mode...
* Puma version: 6.5.0 ("Sky's Version")
* Ruby version: ruby 3.3.6 (2024-11-05 revision 75015d4c1f) [x86_64-linux]
*  Min threads: 5
*  Max threads: 5
*  Environment: development
* Listening on http://127.0.0.1:3000
Use Ctrl-C to stop
Started GET "/api/v1/webhooks/deliveries?status=failed" for 127.0.0.1 at 2026-12-06 10:47:02 +0000
Processing by Api::V1::DeliveriesController#index as JSON
  Parameters: {"status"=>"failed"}
  Delivery Load (0.9ms)  SELECT "deliveries".* FROM "deliveries" WHERE "deliveries"."status" = $1 LIMIT $2  [["status", "failed"], ["LIMIT", 25]]
Completed 200 OK in 14ms (Views: 3.1ms | ActiveRecord: 0.9ms | Allocations: 4120)
Started POST "/api/v1/webhooks/deliveries/812/retry" for 127.0.0.1 at 2026-12-06 10:47:09 +0000
Processing by Api::V1::DeliveriesController#retry as JSON
  Parameters: {"id"=>"812"}
Completed 202 Accepted in 21ms (Views: 0.4ms | ActiveRecord: 4.2ms | Allocations: 6031)
""")

add("framework-logs", "Laravel artisan serve and a queued job log", "log-line", """
$ php artisan serve

   INFO  Server running on [http://127.0.0.1:8000].

  Press Ctrl+C to stop the server

  2026-12-06 10:50:11 /api/orders ................................... ~ 0.52ms
  2026-12-06 10:50:14 /api/orders/8812 .............................. ~ 0.31ms
  2026-12-06 10:50:19 /api/payments/intent .......................... ~ 1.04ms

$ php artisan queue:work --once
   INFO  Processing jobs from the [default] queue.

  2026-12-06 10:50:21 App\\Jobs\\SyncStripeInvoices ........................ RUNNING
  2026-12-06 10:50:23 App\\Jobs\\SyncStripeInvoices ................... 1,912.44ms DONE
""")

add("framework-logs", "Flask / Werkzeug dev server", "log-line", """
$ flask --app app run --debug
 * Serving Flask app 'app'
 * Debug mode: on
WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.
 * Running on http://127.0.0.1:5000
Press CTRL+C to quit
 * Restarting with stat
 * Debugger is active!
 * Debugger PIN: 104-226-713
127.0.0.1 - - [06/Dec/2026 10:52:01] "GET /api/status HTTP/1.1" 200 -
127.0.0.1 - - [06/Dec/2026 10:52:03] "POST /api/completions HTTP/1.1" 200 -
127.0.0.1 - - [06/Dec/2026 10:52:07] "GET /static/app.js HTTP/1.1" 304 -
""")

add("framework-logs", "ASP.NET Core Kestrel startup and HttpClient logs", "log-line", """
info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://localhost:5080
info: Microsoft.Hosting.Lifetime[0]
      Application started. Press Ctrl+C to shut down.
info: Microsoft.Hosting.Lifetime[0]
      Hosting environment: Development
info: System.Net.Http.HttpClient.OpenAI.LogicalHandler[100]
      Start processing HTTP request POST https://api.openai.com/v1/embeddings
info: System.Net.Http.HttpClient.OpenAI.ClientHandler[100]
      Sending HTTP request POST https://api.openai.com/v1/embeddings
info: System.Net.Http.HttpClient.OpenAI.ClientHandler[101]
      Received HTTP response headers after 212.4411ms - 200
info: System.Net.Http.HttpClient.OpenAI.LogicalHandler[101]
      End processing HTTP request after 214.0027ms - 200
info: Microsoft.AspNetCore.Hosting.Diagnostics[2]
      Request finished HTTP/1.1 POST http://localhost:5080/search - 200 - application/json 231.8821ms
""")

# =============================================================================================
# telemetry exports and data with status columns
add("telemetry", "OpenTelemetry collector debug exporter, spans with status", "log-line", """
2026-12-06T10:55:01.220Z	info	TracesExporter	{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 2}
ResourceSpans #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0
Resource attributes:
     -> service.name: Str(chat-api)
     -> telemetry.sdk.language: Str(python)
ScopeSpans #0
InstrumentationScope opentelemetry.instrumentation.httpx 0.49b2
Span #0
    Trace ID       : 5b8efff798038103d269b633813fc60c
    Parent ID      : eee19b7ec3c1b174
    ID             : 1d9b8f0c2a4e6b71
    Name           : POST
    Kind           : Client
    Start time     : 2026-12-06 10:55:00.801 +0000 UTC
    End time       : 2026-12-06 10:55:01.198 +0000 UTC
    Status code    : Unset
    Status message :
Attributes:
     -> http.request.method: Str(POST)
     -> url.full: Str(https://api.anthropic.com/v1/messages)
     -> server.address: Str(api.anthropic.com)
     -> http.response.status_code: Int(200)
     -> error.type: Empty()
""")

add("telemetry", "OTLP JSON span export with status codes", "raw-json", """
{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}}]},
 "scopeSpans":[{"scope":{"name":"@opentelemetry/instrumentation-http","version":"0.55.0"},
  "spans":[
   {"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331","name":"POST /v1/payment_intents","kind":3,
    "startTimeUnixNano":"1796000000000000000","endTimeUnixNano":"1796000000183000000",
    "attributes":[{"key":"http.response.status_code","value":{"intValue":"200"}},{"key":"server.address","value":{"stringValue":"api.stripe.com"}}],
    "status":{"code":1}},
   {"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"c1d9e2f3a4b5c6d7","name":"GET /healthz","kind":2,
    "startTimeUnixNano":"1796000001000000000","endTimeUnixNano":"1796000001002000000",
    "attributes":[{"key":"http.response.status_code","value":{"intValue":"200"}}],
    "status":{}}
  ]}]}]}
""")

add("telemetry", "Grafana / Loki logfmt query result, 2xx only", "log-line", """
$ logcli query '{app="gateway"} | logfmt | status >= 200 and status < 300' --limit 6 --quiet
2026-12-06T10:58:04Z {app="gateway"} ts=2026-12-06T10:58:04.012Z level=info method=POST path=/v1/chat/completions status=200 upstream=openai duration_ms=842 tokens_in=512 tokens_out=118 error=""
2026-12-06T10:58:03Z {app="gateway"} ts=2026-12-06T10:58:03.771Z level=info method=POST path=/v1/messages status=200 upstream=anthropic duration_ms=1290 retries=0 error=""
2026-12-06T10:58:03Z {app="gateway"} ts=2026-12-06T10:58:03.501Z level=info method=GET path=/v1/models status=200 upstream=openai duration_ms=88 error=""
2026-12-06T10:58:02Z {app="gateway"} ts=2026-12-06T10:58:02.120Z level=info method=POST path=/v1/embeddings status=200 upstream=openai duration_ms=143 error=""
2026-12-06T10:58:01Z {app="gateway"} ts=2026-12-06T10:58:01.004Z level=info method=GET path=/healthz status=204 duration_ms=1 error=""
2026-12-06T10:58:00Z {app="gateway"} ts=2026-12-06T10:58:00.877Z level=info method=POST path=/v1/chat/completions status=200 upstream=openrouter duration_ms=2114 error=""
""")

add("telemetry", "Prometheus alert rules file (recording error ratios)", "other", """
groups:
  - name: llm-gateway.rules
    rules:
      - record: gateway:upstream_errors:ratio_rate5m
        expr: |
          sum by (upstream) (rate(gateway_upstream_requests_total{code=~"5..|429"}[5m]))
          /
          sum by (upstream) (rate(gateway_upstream_requests_total[5m]))
      - alert: UpstreamRateLimited
        expr: sum by (upstream) (rate(gateway_upstream_requests_total{code="429"}[5m])) > 1
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: "{{ $labels.upstream }} is returning 429 Too Many Requests"
          description: "More than 1 rate-limited request per second for 10 minutes."
      - alert: UpstreamServerErrors
        expr: gateway:upstream_errors:ratio_rate5m > 0.05
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.upstream }} 5xx ratio above 5%"
""")

add("data-status", "CSV export of API request log with status column", "other", """
timestamp,method,path,status,latency_ms,error_code,request_id
2026-12-06T11:00:01Z,POST,/v1/chat/completions,200,812,,req_5d2c8b1e9f7a4c03
2026-12-06T11:00:02Z,POST,/v1/chat/completions,200,644,,req_1a7f3e6d2b9c8e45
2026-12-06T11:00:04Z,GET,/v1/models,200,71,,req_9e4b2d7a1c6f3e08
2026-12-06T11:00:05Z,POST,/v1/embeddings,200,133,,req_4c8a1f9e3d7b2a61
2026-12-06T11:00:07Z,POST,/v1/chat/completions,200,1201,,req_7b3e9c2d5a8f1e14
2026-12-06T11:00:09Z,POST,/v1/files,201,402,,req_2f6d8a4c1e9b7d30
2026-12-06T11:00:11Z,DELETE,/v1/files/file-abc123,200,58,,req_8d1c5e7a3f2b9c46
""")

add("data-status", "TSV summary of error counts per status (all zero)", "other", """
$ clickhouse-client -q "SELECT status, count() AS n, round(avg(latency_ms)) AS avg_ms FROM gateway.requests WHERE day = today() GROUP BY status ORDER BY status FORMAT TSVWithNames"
status	n	avg_ms
200	184223	711
201	1204	388
204	8871	2
304	311	4
""")

add("data-status", "psql query result with http_status column", "cli-output", """
analytics=> SELECT endpoint, http_status, count(*) FROM api_calls WHERE called_at > now() - interval '1 hour' GROUP BY 1, 2 ORDER BY 3 DESC;
        endpoint         | http_status | count
-------------------------+-------------+-------
 /v1/chat/completions    |         200 | 18211
 /v1/embeddings          |         200 |  6120
 /v1/models              |         200 |   402
 /v1/files               |         201 |    37
(4 rows)

""")

add("data-status", "HAR excerpt of successful requests", "raw-json", """
{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
  "entries": [
    {"startedDateTime": "2026-12-06T11:03:01.118Z", "time": 231.4,
     "request": {"method": "POST", "url": "https://api.example.com/v1/sessions", "httpVersion": "http/2.0",
                 "headers": [{"name": "content-type", "value": "application/json"}]},
     "response": {"status": 201, "statusText": "", "httpVersion": "http/2.0",
                  "headers": [{"name": "x-request-id", "value": "9c2f1d7e-3b8a-4e6c-a1d5-7f0b2e9c4d81"}],
                  "content": {"size": 88, "mimeType": "application/json"}},
     "timings": {"blocked": 1.2, "dns": 0, "connect": 0, "ssl": 0, "send": 0.3, "wait": 228.1, "receive": 1.8}},
    {"startedDateTime": "2026-12-06T11:03:01.402Z", "time": 44.0,
     "request": {"method": "GET", "url": "https://api.example.com/v1/me", "httpVersion": "http/2.0", "headers": []},
     "response": {"status": 304, "statusText": "", "httpVersion": "http/2.0", "headers": [],
                  "content": {"size": 0, "mimeType": "x-unknown"}},
     "timings": {"blocked": 0.8, "dns": 0, "connect": 0, "ssl": 0, "send": 0.1, "wait": 42.2, "receive": 0.9}}
  ]}}
""")

add("data-status", "OpenAI Batch API output file, all requests succeeded", "raw-json", """
{"id": "batch_req_6751a2c4e1f08190b3d2", "custom_id": "task-0", "response": {"status_code": 200, "request_id": "8b2f3a1c9e7d4f6a0b5c1d2e3f4a5b6c", "body": {"id": "chatcmpl-AbC123", "object": "chat.completion", "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Positive"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 31, "completion_tokens": 1, "total_tokens": 32}}}, "error": null}
{"id": "batch_req_6751a2c4f2a48190a7e1", "custom_id": "task-1", "response": {"status_code": 200, "request_id": "1c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b", "body": {"id": "chatcmpl-AbC124", "object": "chat.completion", "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Negative"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 29, "completion_tokens": 1, "total_tokens": 30}}}, "error": null}
{"id": "batch_req_6751a2c503d88190c5f4", "custom_id": "task-2", "response": {"status_code": 200, "request_id": "7d9f1b3d5f7a9c1e3b5d7f9a1c3e5b7d", "body": {"id": "chatcmpl-AbC125", "object": "chat.completion", "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Neutral"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 33, "completion_tokens": 1, "total_tokens": 34}}}, "error": null}
""")

add("cli-success", "stripe events list with a payment_failed business event", "raw-json", """
$ stripe events list --limit 2
{
  "object": "list",
  "data": [
    {
      "id": "evt_1QSx2fLkdIwHu7ixC9bq0Yt1",
      "object": "event",
      "api_version": "2024-06-20",
      "created": 1796000300,
      "data": {"object": {"id": "in_1QSx2eLkdIwHu7ixq1Zc9m4P", "object": "invoice", "status": "open", "attempt_count": 1, "amount_due": 2000}},
      "livemode": false,
      "pending_webhooks": 1,
      "request": {"id": null, "idempotency_key": null},
      "type": "invoice.payment_failed"
    },
    {
      "id": "evt_1QSx1aLkdIwHu7ixNn3mVb2Q",
      "object": "event",
      "api_version": "2024-06-20",
      "created": 1796000200,
      "data": {"object": {"id": "cus_RLx9a2bC3dE4fG", "object": "customer"}},
      "livemode": false,
      "pending_webhooks": 0,
      "request": {"id": "req_Ab1Cd2Ef3Gh4Ij", "idempotency_key": "0c6f3e1a-5b2d-4e8f-9a7c-1d3b5f7e9a2c"},
      "type": "customer.created"
    }
  ],
  "has_more": true,
  "url": "/v1/events"
}
""")

add("cli-success", "aws sts get-caller-identity and s3 ls", "cli-output", """
$ aws sts get-caller-identity
{
    "UserId": "AROAXAMPLE7ROLEID:ci-deploy",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/ci-deploy/ci-deploy"
}
$ aws s3 ls s3://acme-model-artifacts/errors/
                           PRE 2026-12-05/
                           PRE 2026-12-06/
2026-12-06 09:14:02       2211 access-denied-runbook.md
2026-12-06 09:14:02       1840 throttling-runbook.md
""")

# =============================================================================================
# specs, source code and prose about errors
add("docs-code", "OpenAPI 3 YAML with error responses and examples", "other", """
paths:
  /v1/jobs:
    post:
      operationId: createJob
      responses:
        "202":
          description: Accepted
        "400":
          description: Bad Request
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Error" }
              example:
                error: { type: invalid_request_error, code: missing_field, message: "field 'input' is required" }
        "401":
          $ref: "#/components/responses/Unauthorized"
        "429":
          description: Too Many Requests
          headers:
            Retry-After: { schema: { type: integer } }
components:
  schemas:
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: object
          properties:
            type: { type: string, enum: [invalid_request_error, authentication_error, rate_limit_error] }
            code: { type: string }
            message: { type: string }
""")

add("docs-code", "Python error handling for the OpenAI SDK (try/except)", "other", """
import logging
import openai
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

log = logging.getLogger(__name__)
client = openai.OpenAI()


@retry(retry=retry_if_exception_type((openai.RateLimitError, openai.APITimeoutError)),
       wait=wait_random_exponential(min=1, max=30), stop=stop_after_attempt(5))
def complete(prompt: str) -> str:
    try:
        resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    except openai.AuthenticationError as e:
        log.error("OpenAI rejected the key: %s (request id %s)", e.message, e.request_id)
        raise
    except openai.BadRequestError as e:
        if e.code == "context_length_exceeded":
            return complete(prompt[: len(prompt) // 2])
        raise
    except openai.APIStatusError as e:
        log.warning("status %s from OpenAI: %s", e.status_code, e.response.text)
        raise
    return resp.choices[0].message.content
""")

add("docs-code", "Python requests status checks in application code", "other", """
def fetch_page(session, url, *, attempts=4):
    for attempt in range(attempts):
        resp = session.get(url, timeout=(3.05, 27))
        if resp.status_code == 429:
            delay = float(resp.headers.get("Retry-After", 2 ** attempt))
            log.info("429 Too Many Requests from %s, sleeping %.1fs", url, delay)
            time.sleep(delay)
            continue
        if resp.status_code in (502, 503, 504):
            time.sleep(2 ** attempt)
            continue
        if resp.status_code == 401:
            raise AuthError("token expired or revoked; run `acme login` again")
        resp.raise_for_status()
        return resp.json()
    raise RetryError(f"gave up on {url} after {attempts} attempts")
""")

add("docs-code", "TypeScript fetch wrapper with catch blocks", "other", """
export class ApiError extends Error {
  constructor(public status: number, public code: string | undefined, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${BASE_URL}${path}`, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (err) {
    if (err instanceof DOMException && err.name === "TimeoutError") {
      throw new ApiError(408, "timeout", "Request timed out");
    }
    throw err; // TypeError: fetch failed (DNS, ECONNREFUSED, ...)
  }
  if (res.status === 401) {
    await refreshToken();
    return api<T>(path, init);
  }
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new ApiError(res.status, body?.error?.code, body?.error?.message ?? res.statusText);
  }
  return (await res.json()) as T;
}
""")

add("docs-code", "Java Spring @ControllerAdvice mapping exceptions to statuses", "other", """
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(RateLimitExceededException.class)
    public ResponseEntity<ErrorBody> rateLimited(RateLimitExceededException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.getRetryAfterSeconds()))
                .body(new ErrorBody("rate_limit_exceeded", ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ErrorBody> forbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ErrorBody("forbidden", "Access is denied"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ErrorBody> unexpected(Exception ex) {
        log.error("unhandled exception", ex);
        return ResponseEntity.internalServerError().body(new ErrorBody("internal_error", "Internal Server Error"));
    }
}
""")

add("docs-code", "Go HTTP handler writing error responses", "other", """
func (h *Handler) CreateOrder(w http.ResponseWriter, r *http.Request) {
	var req CreateOrderRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_json", "request body is not valid JSON")
		return
	}
	if !h.limiter.Allow(r.Context(), clientKey(r)) {
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusTooManyRequests, "rate_limited", "too many requests")
		return
	}
	order, err := h.store.Create(r.Context(), req)
	switch {
	case errors.Is(err, store.ErrDuplicate):
		writeError(w, http.StatusConflict, "duplicate_order", "an order with this idempotency key exists")
		return
	case err != nil:
		h.log.Error("create order", "err", err)
		writeError(w, http.StatusInternalServerError, "internal", "internal server error")
		return
	}
	writeJSON(w, http.StatusCreated, order)
}
""")

add("docs-code", "CHANGELOG entries describing fixed API errors", "other", """
## [2.14.1] - 2026-12-04
### Fixed
- Requests that hit `429 Too Many Requests` are now retried with the `Retry-After` delay instead of a fixed 1 s (#812).
- A `401 Unauthorized` from the token endpoint no longer logs the refresh token (#809).
- Streaming responses that end with `overloaded_error` are surfaced as `OverloadedError` rather than a generic `APIError`.

## [2.14.0] - 2026-11-20
### Added
- `--max-retries` flag; retries on 408, 409, 429 and 5xx by default.
### Changed
- `InvalidRequestError` was renamed to `BadRequestError` to match the upstream SDK.
""")

add("docs-code", "README troubleshooting section", "other", """
## Troubleshooting

**I get `401 Unauthorized` on every request.**
Your key is missing or was revoked. Export it as `ACME_API_KEY` (not `ACME_KEY`) and restart the shell.

**Requests fail with `429 Too Many Requests`.**
The free tier allows 60 requests per minute. The client retries automatically; raise
`max_retries` or upgrade the plan if you see this often.

**`SSL: CERTIFICATE_VERIFY_FAILED` behind a corporate proxy.**
Point `REQUESTS_CA_BUNDLE` at your company's root certificate.

| Status | Meaning | What to do |
|---|---|---|
| 400 | The request body is invalid | Check the `message` field of the response |
| 403 | The key lacks the scope | Create a key with the `write` scope |
| 503 | Maintenance window | Retry after a few minutes |
""")

add("chat", "Slack thread discussing an outage without pasting an error", "other", """
Priya Natarajan  10:02 AM
anyone else seeing the embeddings job slow down this morning?
Marco Rossi  10:04 AM
yeah, it looked like we were getting rate limited by openai around 9:40, the dashboard had a spike of 429s
Marco Rossi  10:04 AM
I bumped the backoff and it's been clean since
Priya Natarajan  10:06 AM
ok cool. should we also catch the 5xx ones? I remember last week there was a 503 storm from their side
Jun Li  10:09 AM
we already retry on 500/502/503/504, the problem was the job didn't honour Retry-After. fixed in #812, deploying now
Priya Natarajan  10:10 AM
:+1: thanks
""")

add("chat", "Discord support chat about an auth error, no error pasted", "other", """
[11:14] helper_bot: Hi! Please describe your problem and paste the full error if you have one.
[11:15] kazu: my script worked yesterday but today the api says my key is invalid, did something change?
[11:16] mod-elena: keys created before Dec 1 were rotated after the incident, you need to make a new one in the dashboard
[11:16] mod-elena: the old ones return 401 now, that's expected
[11:18] kazu: ah ok, made a new key and it works now 🙏
[11:18] mod-elena: great! marking this as solved
""")

add("chat", "gh issue list with error-titled issues", "cli-output", """
$ gh issue list --repo acme/llm-gateway --label bug --state all --limit 8

Showing 8 of 143 issues in acme/llm-gateway that match your search

ID    TITLE                                                            LABELS        UPDATED
#821  Retry-After header ignored on 429 Too Many Requests              bug, retry    about 1 day ago
#818  "invalid_api_key" logged at error level for expected probes      bug, logging  about 2 days ago
#812  Backoff does not cap at 30s                                      bug, retry    about 3 days ago
#809  Refresh token printed when /oauth/token returns 401              bug, security about 5 days ago
#801  503 Service Unavailable from Anthropic not retried               bug, retry    about 9 days ago
#797  Timeout error message says 30s but the limit is 60s              bug           about 12 days ago
#790  context_length_exceeded should map to a 400, not a 500           bug           about 15 days ago
#782  Docs: explain ECONNRESET behind the corporate proxy              bug, docs     about 19 days ago
""")

add("chat", "git log --oneline of fixes about API errors", "cli-output", """
$ git log --oneline -12
3f9a2c1 (HEAD -> main, origin/main) fix(retry): honour Retry-After on 429 responses
8e1f2a3 test: cover 401 from the token endpoint
c41d7e0 feat(errors): map overloaded_error to OverloadedError
7a20b55 chore(deps): bump openai from 1.55.0 to 1.57.0
e19c3f4 fix: don't log bodies of 4xx responses at error level
0b7d88a docs: add troubleshooting for 403 Forbidden and missing scopes
91fe2c6 refactor(client): one APIError base for all status errors
5cd1a09 fix(stream): handle ECONNRESET mid-stream by resuming
2b6e4f7 ci: retry flaky upstream-timeout test
ee0c913 feat: surface request ids in error messages
6a4d2b8 fix: treat 404 model_not_found as non-retryable
113c9e0 Initial commit
""")

# =============================================================================================
# application and database errors that are not API errors
add("db-errors", "MySQL client deadlock and lock wait timeout", "cli-output", """
mysql> START TRANSACTION;
Query OK, 0 rows affected (0.00 sec)

mysql> UPDATE accounts SET balance = balance - 100 WHERE id = 7;
Query OK, 1 row affected (0.00 sec)
Rows matched: 1  Changed: 1  Warnings: 0

mysql> UPDATE accounts SET balance = balance + 100 WHERE id = 3;
ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction
mysql> UPDATE api_quota SET used = used + 1 WHERE key_id = 42;
ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction
mysql> ROLLBACK;
Query OK, 0 rows affected (0.00 sec)
""")

add("db-errors", "MongoDB E11000 duplicate key error from a Node app", "js-error", """
MongoServerError: E11000 duplicate key error collection: gateway.api_keys index: key_hash_1 dup key: { key_hash: "5e884898da28047151d0e56f8dc62927" }
    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19)
    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)
    at async executeOperation (/app/node_modules/mongodb/lib/operations/execute_operation.js:112:16)
    at async Collection.insertOne (/app/node_modules/mongodb/lib/collection.js:157:16)
    at async createKey (/app/src/keys/service.js:38:5) {
  errorResponse: {
    index: 0,
    code: 11000,
    errmsg: 'E11000 duplicate key error collection: gateway.api_keys index: key_hash_1 dup key: { key_hash: "5e884898da28047151d0e56f8dc62927" }',
    keyPattern: { key_hash: 1 },
    keyValue: { key_hash: '5e884898da28047151d0e56f8dc62927' }
  },
  index: 0,
  code: 11000,
  keyPattern: { key_hash: 1 },
  keyValue: { key_hash: '5e884898da28047151d0e56f8dc62927' },
  [Symbol(errorLabels)]: Set(0) {}
}
""")

add("db-errors", "redis-cli WRONGTYPE and NOSCRIPT errors", "cli-output", """
127.0.0.1:6379> SET ratelimit:user:42 5
OK
127.0.0.1:6379> LPUSH ratelimit:user:42 1796000000
(error) WRONGTYPE Operation against a key holding the wrong kind of value
127.0.0.1:6379> EVALSHA 4e6d8fc8bb01276962cce5371fa795a7763657ae 1 ratelimit:user:42 60
(error) NOSCRIPT No matching script. Please use EVAL.
127.0.0.1:6379> TTL ratelimit:user:42
(integer) -1
""")

add("db-errors", "SQLAlchemy OperationalError, database locked (not an API error)", "python-traceback", """
Traceback (most recent call last):
  File "/app/worker/jobs.py", line 88, in record_usage
    session.commit()
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/orm/session.py", line 2028, in commit
    trans.commit(_to_root=True)
  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/default.py", line 941, in do_execute
    cursor.execute(statement, parameters)
sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked
[SQL: INSERT INTO usage (request_id, model, prompt_tokens, completion_tokens) VALUES (?, ?, ?, ?)]
[parameters: ('req_8f2d1c9e7b3a', 'gpt-4o-mini', 512, 118)]
(Background on this error at: https://sqlalche.me/e/20/e3q8)
""")

add("compiler-errors", "Kotlin compile errors from Gradle", "cli-output", """
$ ./gradlew compileKotlin

> Task :app:compileKotlin FAILED
e: file:///home/dev/acme/app/src/main/kotlin/com/acme/api/RetryPolicy.kt:14:29 Unresolved reference: TooManyRequestsException
e: file:///home/dev/acme/app/src/main/kotlin/com/acme/api/RetryPolicy.kt:22:16 Type mismatch: inferred type is Int but Duration was expected

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':app:compileKotlin'.
> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction
   > Compilation error. See log for more details

* Try:
> Run with --stacktrace option to get the stack trace.

BUILD FAILED in 7s
1 actionable task: 1 executed
""")

add("compiler-errors", "dotnet build errors CS0246 / CS1061", "cli-output", """
$ dotnet build
  Determining projects to restore...
  All projects are up-to-date for restore.
/src/Acme.Api/Clients/OpenAiClient.cs(31,23): error CS0246: The type or namespace name 'RateLimitPolicy' could not be found (are you missing a using directive or an assembly reference?) [/src/Acme.Api/Acme.Api.csproj]
/src/Acme.Api/Clients/OpenAiClient.cs(58,30): error CS1061: 'HttpResponseMessage' does not contain a definition for 'StatusCodeInt' and no accessible extension method 'StatusCodeInt' accepting a first argument of type 'HttpResponseMessage' could be found [/src/Acme.Api/Acme.Api.csproj]

Build FAILED.

/src/Acme.Api/Clients/OpenAiClient.cs(31,23): error CS0246: The type or namespace name 'RateLimitPolicy' could not be found (are you missing a using directive or an assembly reference?) [/src/Acme.Api/Acme.Api.csproj]
/src/Acme.Api/Clients/OpenAiClient.cs(58,30): error CS1061: 'HttpResponseMessage' does not contain a definition for 'StatusCodeInt' and no accessible extension method 'StatusCodeInt' accepting a first argument of type 'HttpResponseMessage' could be found [/src/Acme.Api/Acme.Api.csproj]
    0 Warning(s)
    2 Error(s)

Time Elapsed 00:00:03.41
""")

add("build-success", "npm audit and npm ls, clean", "cli-output", """
$ npm audit
found 0 vulnerabilities
$ npm ls openai @anthropic-ai/sdk axios
chat-web@0.9.2 /home/dev/chat-web
├── @anthropic-ai/sdk@0.32.1
├── axios@1.7.9
└── openai@4.76.0
$ npm outdated
Package  Current  Wanted  Latest  Location              Depended by
openai    4.76.0  4.77.0  4.77.0  node_modules/openai   chat-web
""")

add("passing-tests", "Jest verbose run with error-path tests (axios mocks)", "cli-output", """
$ npx jest --verbose src/http
 PASS  src/http/client.test.js
  http client
    ✓ returns data on 200 (6 ms)
    ✓ throws ApiError with status 404 and code not_found (3 ms)
    ✓ retries ECONNRESET twice and then succeeds (12 ms)
    ✓ retries 503 Service Unavailable with backoff (25 ms)
    ✓ does not retry 400 Bad Request (2 ms)
    ✓ refreshes the token once on 401 Unauthorized (4 ms)
    ✓ gives up after 3 timeouts with RequestTimeoutError (31 ms)

Test Suites: 1 passed, 1 total
Tests:       7 passed, 7 total
Snapshots:   0 total
Time:        1.244 s
Ran all test suites matching /src\\/http/i.
""")

add("passing-tests", "RSpec with WebMock stubs of error statuses, all green", "cli-output", """
$ bundle exec rspec spec/clients/openai_client_spec.rb --format documentation

OpenaiClient
  #chat
    returns the completion text
    raises OpenaiClient::RateLimited when the API answers 429
    raises OpenaiClient::Unauthorized on 401 with the API's message
    retries once on 502 Bad Gateway
    raises OpenaiClient::Timeout after 30 seconds

Finished in 0.21374 seconds (files took 1.12 seconds to load)
5 examples, 0 failures
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, required=True, help="number of the first id")
    args = ap.parse_args()
    seen = set()
    for i, (family, source, form, text) in enumerate(E3, args.first):
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
