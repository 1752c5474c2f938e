## OpenAI、Azure OpenAI、OpenRouter、Groq、Mistral 与 Cohere

## ───────────── OpenAI：认证 ─────────────

openai-invalid-api-key = OpenAI 判定 API Key 不正确（401 invalid_api_key）
    .cause = 请求带着 Bearer Key 到达了 OpenAI，但这个 Key 对不上任何有效密钥：可能是抄错或被截断、夹带了空格或引号、已被删除或轮换，或者把别家服务的 Key 发到了 api.openai.com。
    .translation = “Incorrect API key provided”：你提供的 API Key 不是有效的 OpenAI 密钥。
    .analysis-1 = 401 加 invalid_api_key 在模型运行前就被拦下，请求没有执行也不计费；换汤不换药地重试永远失败。
    .analysis-2 = 看一下报错里打了码的 Key 前缀：sk-proj- 或 sk- 是 OpenAI 的 Key（多半已撤销或抄错）；sk-or-v1- 是 OpenRouter 的，sk-ant- 是 Anthropic 的，gsk_ 是 Groq 的。后几种 Key 本身有效，只是没设置 base_url，被发到了 OpenAI。
    .analysis-3 = 如果 curl 能通而程序不通，说明程序读到的是另一个值：shell 配置文件里 export 的旧 OPENAI_API_KEY 会压过 .env 里的新值（python-dotenv 默认不覆盖已存在的环境变量）。
    .fix-1 = 到 https://platform.openai.com/api-keys （选对项目）新建一个 Secret Key，填进 OPENAI_API_KEY，不要带引号、空格或换行，然后先单独用 curl 请求 /v1/models 验证。
    .fix-2 = 如果打码的 Key 属于其他服务商，就保留这个 Key，把客户端指向对应的服务：base_url="https://openrouter.ai/api/v1"、"https://api.groq.com/openai/v1" 等。
    .fix-3 = 确认进程实际拿到的值：打印 len(os.environ["OPENAI_API_KEY"]) 和末尾 4 位，执行 env | grep OPENAI，并清理 ~/.bashrc、~/.zshrc、CI 密钥或 docker-compose 环境文件里的旧值。
    .fix-4 = 团队账号下，到 Settings → API keys 确认该 Key 没有被管理员撤销，并确认你仍是该 Key 所属项目的成员。
    .prevention-1 = 把 Key 放在密钥管理服务或已加入 .gitignore 的 .env 中，不要写死在代码里；轮换时先加新 Key 再删旧 Key。
    .prevention-2 = 启动时用一次轻量的 GET /v1/models 校验 Key，让错误的 Key 立刻暴露，而不是在任务中途失败。

openai-missing-api-key = 请求到达 OpenAI 时没有携带 API Key（401）
    .cause = OpenAI 没有收到 Authorization: Bearer 请求头：代码手工构造请求时漏了这个头、存放 Key 的变量为空，或者中间的代理把请求头去掉了。
    .translation = “You didn't provide an API key”：请在 Authorization 请求头中以 Bearer 方式提供你的 API Key。
    .analysis-1 = 带这条消息的 401 表示 OpenAI 完全没看到凭据；这和 invalid_api_key（发了一个错误的 Key）是两回事。
    .analysis-2 = 官方 SDK 没有 Key 时根本不会发请求，所以这种报错通常来自手写的 HTTP 调用（curl、requests、fetch、axios）、配置有误的网关，或请求头名称写错（api-key 是 Azure 的写法，不是 OpenAI 的）。
    .fix-1 = 每个请求都要带上 Authorization: Bearer sk-...；用 curl 时写 -H "Authorization: Bearer $OPENAI_API_KEY"，并先确认变量不为空（printenv OPENAI_API_KEY | wc -c）。
    .fix-2 = 如果经过反向代理（nginx、Cloudflare Worker、API 网关），确保它会转发 Authorization 头；nginx 默认会转发，但自定义的 proxy_set_header 配置可能把它丢掉。
    .fix-3 = 不要在浏览器前端直接调用 OpenAI，否则 Key 会公开；应调用自己的后端，由后端加上请求头。
    .prevention-1 = 尽量使用官方 SDK（自动读取 OPENAI_API_KEY 并设置请求头），少用手写 HTTP 请求。
    .prevention-2 = OPENAI_API_KEY 为空时在启动阶段直接报错，不要发出不带凭据的请求。

openai-client-missing-api-key = OpenAI SDK 没有可用的 API Key（请求发出前就报错）
    .cause = 创建客户端时 OPENAI_API_KEY 未设置或为空，也没有传 api_key 参数，SDK 拒绝创建客户端；根本没有请求发到 OpenAI。
    .translation = 必须设置 api_key 客户端选项：要么在创建客户端时传入 api_key，要么设置 OPENAI_API_KEY 环境变量。
    .analysis-1 = 这是 SDK 的本地配置错误（Python 中的 openai.OpenAIError、Node 中的 OpenAIError，0.x 版本为 AuthenticationError “No API key provided”），不是 HTTP 错误，所以没有状态码也没有 request id。
    .analysis-2 = 常见原因：.env 在创建客户端之后才加载（或根本没加载）、变量设置在另一个 shell 里、systemd / Docker / IDE 运行配置 / CI 任务没有把变量传进去，或者变量名写错（OPENAI_KEY、OPENAI_APIKEY）。
    .fix-1 = 在创建客户端的那个进程的环境里设置 OPENAI_API_KEY，或者在构造 OpenAI() 之前先加载 .env：先调用 load_dotenv() / import "dotenv/config"。
    .fix-2 = 容器和服务要显式传入：docker run -e OPENAI_API_KEY、docker-compose 的 env_file、systemd 单元的 Environment=，或 CI 任务中的密钥变量。
    .fix-3 = 也可以直接传参：Python 用 OpenAI(api_key=...)，Node 用 new OpenAI 并传 apiKey，值从你自己的密钥存储中读取。
    .prevention-1 = 启动时检查必需的环境变量，缺失时给出点名的清晰提示。
    .prevention-2 = 在仓库里提交一个列出 OPENAI_API_KEY（不含值）的 .env.example，让每个环境按同样方式配置。

openai-invalid-authentication = OpenAI 拒绝了本次请求的凭据（401 Invalid Authentication）
    .cause = Key 能被识别，但对这个请求无效：已被撤销、与 OpenAI-Organization / OpenAI-Project 请求头指定的组织或项目不一致，或者没有调用该接口的权限。
    .translation = “Invalid Authentication”：凭据无权执行本次请求。
    .analysis-1 = 与 “Incorrect API key provided” 不同，这个 401 表示 Key 存在，但请求里 Key、组织、项目的组合不被授权。
    .analysis-2 = 常见诱因：另一个账号残留的 OPENAI_ORG_ID 或 OPENAI_PROJECT_ID、项目已归档后仍在用其项目 Key，或者受限 Key 的权限不包含该接口。
    .fix-1 = 删除 OPENAI_ORG_ID / OPENAI_PROJECT_ID（以及客户端的 organization= / project= 参数），或将它们设为 Key 所属的组织和项目，可在 https://platform.openai.com/settings/organization/general 查看。
    .fix-2 = 如果是受限 Key（Restricted），在 https://platform.openai.com/api-keys 打开它，为所调用的接口授予 Write 或 All 权限，例如 Chat Completions 需要 Model capabilities。
    .fix-3 = 如果项目已归档或 Key 已撤销，在一个正常的项目里新建 Key。
    .prevention-1 = 使用项目级 Key，不要手动设置组织请求头；Key 本身已经隐含了组织和项目。
    .prevention-2 = 每个部署环境各用一个 Key，轮换或收紧一个 Key 时不会影响其他环境。

openai-no-organization = 你的 OpenAI 用户不属于任何组织（401 no_organization）
    .cause = Key 的所有者已被移出组织或项目，或其组织已被删除，OpenAI 找不到可以计费的组织。
    .translation = “You must be a member of an organization to use the API.”：必须是某个组织的成员才能使用 API。
    .analysis-1 = 401 加 no_organization 关乎成员身份，而不是 Key 字符串本身：Key 没坏，但它的所有者已没有组织。
    .analysis-2 = 常见于离开公司工作区、被管理员移出项目之后，或者 Key 建在个人组织里、而该组织后来被合并或删除。
    .fix-1 = 请组织的 Owner 在 https://platform.openai.com/settings/organization/members 重新邀请你，然后在该组织的某个项目里新建 Key。
    .fix-2 = 如果用的是个人账号，在 https://platform.openai.com 创建或加入一个组织，设置好账单，再创建新的项目 Key。
    .fix-3 = 以上都不行时，带上组织 ID 和 request id 通过 https://help.openai.com 联系 OpenAI 支持。
    .prevention-1 = 生产环境使用项目下的服务账号（service account）Key，而不是个人用户 Key，避免人员变动导致服务中断。

openai-mismatched-organization = OpenAI-Organization 请求头与 API Key 所属组织不一致（401）
    .cause = 请求带了 OpenAI-Organization 请求头（来自 OPENAI_ORG_ID 或客户端的 organization= 参数），指定的组织与 Key 所属组织不同。
    .translation = “OpenAI-Organization header should match organization for API key.”：组织请求头必须与 Key 所属组织一致。
    .analysis-1 = 401 加 mismatched_organization：Key 本身有效，但不能代表请求头里指定的那个组织。
    .analysis-2 = 通常是切换账号后残留了旧的 OPENAI_ORG_ID，或者照搬了同事的配置。
    .fix-1 = 取消 OPENAI_ORG_ID（及 OPENAI_PROJECT_ID），并去掉客户端的 organization= / project=；或者改成 https://platform.openai.com/settings/organization/general 上显示的、Key 所属组织的 ID。
    .fix-2 = 如果确实需要使用那个组织，就在该组织的项目中另建一个 Key。
    .prevention-1 = 把 Key 和它的组织 / 项目 ID 放在同一个密钥条目里，保证它们总是一起更换。

openai-account-deactivated = 该 Key 所属的 OpenAI 账号已被停用（401 account_deactivated）
    .cause = OpenAI 停用了这个账号，通常出于政策或账单原因；该账号下所有 Key 都会失败。
    .translation = “Your OpenAI account has been deactivated, please check your email for more information.”：你的 OpenAI 账号已被停用，详情请查看邮件。
    .analysis-1 = 这是账号级封禁，不是 Key 的问题：在同一账号下新建 Key 也无济于事。
    .analysis-2 = OpenAI 会把原因发到账号所有者的邮箱；因政策原因停用的账号可以申诉。
    .fix-1 = 查看发给账号所有者的停用邮件并按其中说明申诉，或通过 https://help.openai.com 联系支持。
    .fix-2 = 在此期间，把业务切换到另一个状态正常的组织的 Key 上。
    .prevention-1 = 用 Moderation 接口审查用户输入，并在请求中带上终端用户标识（user 或 safety_identifier 字段），避免个别用户的滥用导致整个账号被停用。

openai-ip-not-authorized = 该 OpenAI 项目只接受白名单 IP 的请求（401）
    .cause = 项目或组织设置了 IP 白名单，而你的请求来源地址不在其中。
    .translation = “IP not authorized”：你的源 IP 地址不在白名单内。
    .analysis-1 = Key 本身有效，请求因来源地址被拒绝。云函数、CI 执行机、挂着 VPN 的笔记本、走 IPv6 的线路，出口地址都各不相同。
    .analysis-2 = 经过代理或 NAT 网关的请求，出口地址是代理的公网 IP，而不是服务器自身的地址。
    .fix-1 = 在调用方机器上执行 curl https://ifconfig.me 查出公网出口 IP，请管理员把它（或其网段）加入组织安全设置中的 IP 白名单：https://platform.openai.com/settings/organization/security。
    .fix-2 = 对于自动扩缩容或 Serverless 负载，让出站流量经过固定 IP 的 NAT 网关，再把该地址加入白名单。
    .prevention-1 = 为生产负载配置固定出口 IP，基础设施变化时同步更新白名单。

## ───────────── OpenAI：地区 / 模型 / URL ─────────────

openai-unsupported-region = OpenAI 不向你请求所在的国家或地区提供服务（403）
    .cause = OpenAI 按来源 IP 判断地理位置；本次请求来自不在支持列表中的国家、地区或领土。
    .translation = “Country, region, or territory not supported.”：不支持该国家、地区或领土。
    .analysis-1 = 403 加 unsupported_country_region_territory（type 为 request_forbidden）只取决于请求从哪里出网，与 Key 和账号无关。
    .analysis-2 = 云服务区域、VPN 出口、Serverless 边缘节点都可能位于不支持的地区，即使你本人不在；代理失效后回落为直连，会表现为时好时坏的 403。
    .fix-1 = 把代码部署到受支持国家的服务器上（列表见 https://platform.openai.com/docs/supported-countries），或把云函数 / 边缘 Worker 固定到这样的区域。
    .fix-2 = 如果你确实身处受支持地区仍被拦截，查一下公网出口 IP（curl https://ifconfig.me）及其归属地；公司代理和 VPN 常常从别处出网。
    .fix-3 = 在 OpenAI 不可用的地区，可以通过允许区域内的 Azure OpenAI 按微软的条款使用相同的模型。
    .prevention-1 = 把调用 API 的服务部署在固定的受支持区域，生产流量不要依赖客户端 VPN。

openai-organization-not-verified = 该 OpenAI 模型或功能要求组织先完成验证
    .cause = Key 所属的组织尚未完成 Organization Verification（组织验证），而该模型（o3、gpt-5、gpt-image-1 等）、它的流式输出或推理摘要只对已验证的组织开放。
    .translation = “Your organization must be verified to use this model / stream this model / generate reasoning summaries. Please go to the organization settings and click on Verify Organization.”：你的组织必须先通过验证才能使用 / 流式调用该模型或生成推理摘要，请到组织设置里点击 Verify Organization。
    .analysis-1 = 请求本身没有问题，OpenAI 是因为组织状态拒绝它，修改提示词或重试都没有用。错误码常为 unsupported_value、param 为 stream 或 reasoning.summary，但原因是组织未验证，而不是参数。
    .analysis-2 = 验证是按组织进行的：来自其他组织（或未验证组织下项目）的 Key，即使你已验证自己的组织，仍会失败。
    .fix-1 = 打开 https://platform.openai.com/settings/organization/general，点击 Verify Organization（需由组织所有者完成身份核验）；通过后最多需要 15 分钟生效。
    .fix-2 = 如果组织已经验证，确认 Key 属于该组织：在该组织的项目里新建 Key，并去掉过时的 OPENAI_ORG_ID 或 OpenAI-Organization 请求头。
    .fix-3 = 在验证完成前先关闭受限功能：设置 stream 为 false、去掉 reasoning.summary，或改用无需验证的模型（例如 gpt-4.1、gpt-4o）。
    .prevention-1 = 在生产切换到新发布的模型之前先完成组织验证，并用生产 Key 测试实际调用方式（流式、推理摘要）。

openai-model-not-found = 请求的模型不存在，或该 Key 无权使用（404 model_not_found）
    .cause = 请求里的模型 ID 拼错了、已下线、尚未向你的组织开放（部分模型需要更高的使用等级或组织验证），或在该项目中未启用。
    .translation = “The model ... does not exist or you do not have access to it.”：模型不存在，或你无权访问。
    .analysis-1 = 无论是拼写错误还是组织无权使用的真实模型，都会返回 404 model_not_found，OpenAI 不会区分两者。
    .analysis-2 = 项目可以限制其 Key 能调用哪些模型（Settings → Project → Limits → Model access），部分模型还要求组织完成验证或达到最低使用等级。
    .analysis-3 = 如果用的是兼容 OpenAI 的其他服务商，同样的报错表示该 ID 不在对方的模型目录里，对方的模型 ID 与 OpenAI 不同（例如 Groq 的 llama-3.3-70b-versatile、DeepSeek 的 deepseek-chat）。
    .fix-1 = 列出该 Key 可用的模型（GET /v1/models），复制准确的 ID，例如 gpt-4o-mini、gpt-4.1、o3-mini；ID 区分大小写，不含空格。
    .fix-2 = 如果文档里有这个模型而你用不了，到 https://platform.openai.com/settings/organization/limits 检查项目的模型白名单和使用等级；模型要求组织验证时，在 https://platform.openai.com/settings/organization/general 完成验证。
    .fix-3 = 如果 base_url 指向其他服务商，改用该服务商模型列表里的 ID。
    .prevention-1 = 模型 ID 放在配置里读取，并在启动时用 /v1/models 校验。
    .prevention-2 = 固定使用带日期的快照（如 gpt-4o-2024-08-06），并关注 https://platform.openai.com/docs/deprecations，避免模型下线时措手不及。

openai-model-deprecated = 请求的 OpenAI 模型已经下线
    .cause = 该模型过了弃用期后已被关停，API 不再向任何人提供。
    .translation = “The model ... has been deprecated”：该模型已弃用，无法再使用。
    .analysis-1 = 模型到达关停日期后，OpenAI 返回 404 model_not_found（0.x SDK 中为 InvalidRequestError），并附上弃用说明页面的链接；访问不会恢复。
    .analysis-2 = 老教程和老库常常写死 text-davinci-003、code-davinci-002、gpt-3.5-turbo-0301 或 gpt-4-0314，这些都已下线。
    .fix-1 = 按 https://platform.openai.com/docs/deprecations 中推荐的替代模型更换，例如用 gpt-4o-mini 或 gpt-4.1-mini 替代 text-davinci-003 和旧的 gpt-3.5 快照。
    .fix-2 = 从 completions 模型换到 chat 模型时，调用也要从 completions 改为 chat.completions（或 responses），并改传 messages 而不是 prompt。
    .fix-3 = 如果是某个库写死了旧模型，升级该库，或显式设置它的 model 参数。
    .prevention-1 = 留意 OpenAI 发给组织所有者的弃用通知邮件，把模型 ID 放在配置里而不是代码里。

openai-endpoint-model-mismatch = 该模型不在你调用的接口上提供
    .cause = 模型与 API 接口不匹配：把 chat 模型发到了旧的 /v1/completions，把 completion 模型发到了 /v1/chat/completions，或者把仅支持 Responses 的模型发到了 Chat Completions。
    .translation = 该接口不支持此模型，请改用报错中指明的接口。
    .analysis-1 = 模型存在，但这个路由不提供它，所以 OpenAI 返回 404（invalid_request_error），并在消息里指出应使用的接口。
    .analysis-2 = 仅支持 Responses 的模型（o1-pro、o3-pro、codex 系列、computer-use 系列）必须通过 POST /v1/responses 调用。
    .fix-1 = 改用报错建议的接口：chat 模型用 client.chat.completions.create，仅 Responses 模型用 client.responses.create，client.completions.create 只用于 gpt-3.5-turbo-instruct 和 davinci-002 / babbage-002。
    .fix-2 = 使用框架时选对类：LangChain 里用 ChatOpenAI 而不是 OpenAI，仅 Responses 模型需设置 use_responses_api=True。
    .prevention-1 = 更换模型前，先在 https://platform.openai.com/docs/models 的模型页面确认它支持哪些接口。

openai-invalid-url = 请求发到了 OpenAI 不存在的路径（404 Invalid URL）
    .cause = URL 拼错了：base_url 少了 /v1、写了两次 /v1，或者已经包含 /chat/completions，导致 SDK 又拼接了一遍。
    .translation = “Invalid URL (方法 /路径)”：该路径上没有任何 API 路由。
    .analysis-1 = OpenAI 在括号里给出了它收到的路径，拿它和 /v1/chat/completions 对比，就能看出多了或少了什么。
    .analysis-2 = /v1/v1/... 说明 base_url 以 /v1 结尾、代码又加了一次 /v1；没有 /v1 的 /chat/completions 说明 base_url 漏了 /v1；.../chat/completions/chat/completions 说明 base_url 被设成了完整接口地址。
    .analysis-3 = one-api / new-api 网关遇到未知路由也会返回同样的消息，同样指向路径问题。
    .fix-1 = 把 base_url（Python）/ baseURL（Node）/ OPENAI_BASE_URL 设为 https://api.openai.com/v1，或者你的网关以 /v1 结尾的根地址，后面不要再加任何内容。
    .fix-2 = 用 curl 或手写 HTTP 时，请求完整地址 https://api.openai.com/v1/chat/completions（或 /v1/responses、/v1/embeddings）。
    .fix-3 = 检查 HTTP 方法：大多数接口是 POST，用 GET 请求 /v1/chat/completions 也会得到同样的报错。
    .prevention-1 = 配置里只保存 API 根地址，由 SDK 拼接路径；启动时把最终 URL 打印一次日志。

## ───────────── OpenAI：请求问题 ─────────────

openai-context-length-exceeded = 提示词加上预留的输出长度超过了模型的上下文窗口
    .cause = messages 中的 token（历史对话、系统提示词、工具定义、附带的文档）加上为回答预留的 max_tokens / max_completion_tokens，超过了模型的上下文长度。
    .translation = “This model's maximum context length is N tokens. However, your messages resulted in M tokens. Please reduce the length of the messages.”：模型最大上下文为 N 个 token，而你的消息共 M 个 token，请缩短消息。
    .analysis-1 = 400 加 context_length_exceeded 在生成前就做检查：什么都没生成，也不计费；原样重发仍会失败。
    .analysis-2 = 上限包括输入和输出之和。光是 max_tokens 设得太大就可能触发：16k 的模型，提示词 13k 再加 max_tokens=4000 就已经超了。
    .analysis-3 = 聊天应用和 Agent 会随着对话变长而撞上这个上限；工具 schema、检索到的片段和图片也都计入 token。
    .fix-1 = 缩减输入：删除或摘要旧的对话轮次，减少或缩小检索片段，发送前用 tiktoken 计算 token 数。
    .fix-2 = 调低 max_tokens（推理模型用 max_completion_tokens），让提示词加输出能放得下；不需要上限时可以不传。
    .fix-3 = 如果内容确实必须一次放下，换用上下文更大的模型（例如用 gpt-4.1 或 gpt-4o-mini 代替旧的 gpt-3.5 快照）。
    .prevention-1 = 每次调用前统计 token，按“上下文长度 − 最大输出 − 安全余量”做预算，自动截断历史。
    .prevention-2 = 长文档用分块加 map-reduce 摘要或检索的方式处理，不要一股脑全部塞进去。

openai-content-policy-violation = 请求被 OpenAI 安全系统拒绝（400 content_policy_violation）
    .cause = 提示词（或图像生成的提示词）被判定违反 OpenAI 使用政策，请求在生成前就被拒绝。
    .translation = “Your request was rejected as a result of our safety system.”：你的请求被我们的安全系统拒绝。
    .analysis-1 = 400 加 content_policy_violation（图像）或 invalid_prompt（推理模型）是内容判定，不是语法错误；同样的提示词再发一次结果相同。
    .analysis-2 = 误判在图像生成中很常见（真实人物、品牌、暴力相关词语），推理模型被要求透露其隐藏的思考过程时也会触发。
    .fix-1 = 改写提示词：去掉具名的真实人物、露骨或暴力的措辞，以及要求模型展示推理过程的内容，用中性的方式描述意图。
    .fix-2 = 用免费的 Moderation 接口（omni-moderation-latest）预先检查用户提示词，命中时直接给用户明确提示，不再调用模型。
    .fix-3 = 如果认为是误判，带上 request id 向 OpenAI 支持反馈。
    .prevention-1 = 用户输入进入图像或对话模型前先做内容审核，并传入稳定的终端用户标识，使滥用能追溯到具体用户而不是整个组织。

openai-unsupported-parameter = 模型不接受你发送的某个参数（400 unsupported_parameter）
    .cause = 把旧版对话模型才支持的参数发给了不支持它的模型，最常见的是把 max_tokens 或 temperature 发给推理模型（o1、o3、o4-mini、gpt-5）。
    .translation = “Unsupported parameter”：该模型不支持所指参数，报错里会说明应改用什么。
    .analysis-1 = param 字段指出了出问题的参数。推理模型要求用 max_completion_tokens 代替 max_tokens，并且很多版本不接受 temperature、top_p、presence_penalty、frequency_penalty、logprobs 和 parallel_tool_calls。
    .analysis-2 = 总是发送 max_tokens 或 temperature 的库（旧版 LangChain、LlamaIndex、各种 Agent）一换成推理模型就会这样报错。
    .fix-1 = 对推理模型把 max_tokens 改成 max_completion_tokens，并去掉 temperature / top_p；gpt-4o / gpt-4.1 系列仍可保留这些参数。
    .fix-2 = 升级所用的库（openai、langchain-openai、llama-index-llms-openai、litellm），新版本会按模型自动转换参数。
    .fix-3 = Responses API 的输出上限参数是 max_output_tokens，不要在两套 API 之间混用参数名。
    .prevention-1 = 在一个地方按模型系列构造请求参数，启动时用生成 1 个 token 的调用逐一测试已配置的模型。

openai-unsupported-value = 某个参数的取值不被该模型支持（400 unsupported_value）
    .cause = 参数本身存在，但这个取值对该模型不允许：例如推理模型的 temperature 不等于 1，或早期 o1 模型收到了 system 角色。
    .translation = “Unsupported value”：该参数可以用，但此模型不接受这个取值。
    .analysis-1 = param 字段指出参数（temperature、messages[0].role、reasoning_effort、response_format 等），消息里说明允许的取值。
    .analysis-2 = 推理模型只支持默认的 temperature=1；早期 o1 模型不接受 system 角色，部分模型只接受特定的 reasoning_effort 或 modalities 取值。
    .fix-1 = 去掉该参数让它取默认值（推理模型的 temperature 就是如此），或改成报错允许的值。
    .fix-2 = 对推理模型把 system 角色改为 developer；两者都不支持的模型，把指令合并进第一条 user 消息。
    .prevention-1 = 在配置中按模型维护参数预设，不要所有模型共用一套参数。

openai-thread-run-active = Assistants 线程中已有一个正在进行的运行（run）
    .cause = 一个线程同一时间只能有一个运行。添加消息或启动新运行时，同一线程的上一个运行仍处于 queued、in_progress、requires_action 或 cancelling 状态：同一会话的两个请求发生了重叠、上一个运行没有轮询到结束，或者它在等待从未提交的工具输出。
    .translation = "Can't add messages to thread_X while a run run_Y is active." / "Thread thread_X already has an active run run_Y."：线程正被运行 run_Y 占用。
    .analysis-1 = 这是关于线程状态的 HTTP 400 invalid_request_error，与请求体无关：等 run_Y 进入终止状态（completed、failed、cancelled、expired、incomplete）后，同样的调用就会成功。
    .analysis-2 = 处于 requires_action 的运行不会自行结束；在提交工具输出或过期（约 10 分钟）之前它一直处于活动状态，期间会阻塞整个线程。
    .fix-1 = 添加下一条消息之前先等待活动运行结束：轮询 runs.retrieve 直到状态变为终止状态（或使用 create_and_poll / 流式辅助方法），或者用 runs.cancel 取消它并等待其变为 cancelled。
    .fix-2 = 如果运行处于 requires_action，在一次 submit_tool_outputs 请求中提交它所有工具调用的输出（submit_tool_outputs_and_poll），然后再继续。
    .fix-3 = 按线程串行处理：按 thread_id 为收到的消息排队（每个线程一个 worker 或一把锁），或者让并发的用户和任务使用各自的线程。
    .prevention-1 = 把线程当作单写者资源：同一时间只有一个运行，始终轮询到终止状态，在出错路径上要么回应工具调用，要么取消运行。

openai-invalid-request = OpenAI 判定请求体无效（400 invalid_request_error）
    .cause = JSON 请求体不符合 API 的结构：类型错误、缺少必填字段、取值未知，或消息序列格式不对。报错消息和 param 字段会指出确切位置。
    .analysis-1 = 400 加 invalid_request_error 表示请求能被解析但不合法，原样重试必然失败。param 字段是问题所在的 JSON 路径，例如 messages[1].content。
    .analysis-2 = 常见原因：content 传成了对象而不是字符串或内容块数组；tool 消息缺少对应的 tool_call_id；带 tool_calls 的 assistant 消息后面没有给出工具结果；response_format 的 schema 不是合法的 JSON Schema。
    .fix-1 = 找到 param 指向的字段，对照 https://platform.openai.com/docs/api-reference/chat/create 核对；把实际发送的 JSON 请求体打印出来，看清真实取值。
    .fix-2 = 使用工具调用时，确保 assistant 的每个 tool_calls 条目后面，在下一轮 user 消息之前，都有一条 tool_call_id 相同的 role 为 tool 的消息。
    .fix-3 = 升级 SDK 或框架，很多结构错误来自旧客户端按过时格式发送字段。
    .prevention-1 = 在测试中用 SDK 的类型化模型（或 JSON Schema）校验请求体，失败时记录 request id（x-request-id）。

## ───────────── OpenAI：限流 / 账单 ─────────────

openai-rate-limit-exceeded = 触发 OpenAI 速率限制（429 rate_limit_exceeded）
    .cause = 你的组织在单位时间内对该模型发出的请求数（RPM/RPD）或 token 数（TPM/TPD）超过了当前使用等级的上限；报错里写明了上限、已用量和重试等待时间。
    .translation = “Rate limit reached for 模型 in organization 组织 on requests/tokens per min: Limit L, Used U, Requested R. Please try again in Xs.”：该组织在此模型上的每分钟请求数/token 数已达上限（上限 L、已用 U、本次请求 R），请在 X 秒后重试。
    .analysis-1 = 429 加 rate_limit_exceeded、type 为 requests 或 tokens 属于临时限制：等待报错或 Retry-After 头给出的时间后即可通过。
    .analysis-2 = 限额按组织和模型计算，所有 Key 和项目共享；请求被受理时 max_tokens 就会计入 TPM，所以即使回答很短，max_tokens 设得很大也会迅速耗尽 TPM。
    .analysis-3 = 免费和 Tier 1 组织的限额很低（某些模型只有每分钟几次）；绑定支付方式并达到消费门槛后，使用等级会自动提升。
    .fix-1 = 采用带完全抖动的指数退避重试，遵循 Retry-After / retry-after-ms 以及 x-ratelimit-reset-requests / x-ratelimit-reset-tokens 响应头；调大 SDK 的 max_retries 即可自动处理。
    .fix-2 = 降低请求速率：用信号量或队列限制并发，批量处理输入（embeddings 接口支持数组），把 max_tokens 降到实际需要的值；离线任务改用 Batch API，它有独立且高得多的限额。
    .fix-3 = 在 https://platform.openai.com/settings/organization/limits 查看限额，通过增加消费提升使用等级，或把负载分散到限额独立的不同模型上。
    .prevention-1 = 读取 x-ratelimit-remaining-requests / -tokens 响应头，在额度归零前主动降速。
    .prevention-2 = 在客户端按使用等级配置令牌桶，并限制重试次数，避免 429 风暴白白消耗预算。

openai-request-too-large = 单个请求超过了每分钟 token 上限（429 Request too large）
    .cause = 这一个请求（提示词 token 加 max_tokens）所需 token 就超过了组织在该模型上的整个 TPM 上限，在当前等级下永远无法被受理。
    .translation = “Request too large for 模型 on tokens per min (TPM): Limit L, Requested R. The input or output tokens must be reduced in order to run successfully.”：请求过大，超过每分钟 token 上限（上限 L，本次请求 R），必须减少输入或输出 token 才能执行。
    .analysis-1 = 它以 429、code 为 rate_limit_exceeded 的形式返回，但与普通限流不同，等待没有用：Requested 大于 Limit，重试会一直失败。
    .analysis-2 = 低使用等级的 TPM 很小（例如 Tier 1 的 gpt-4o 为每分钟 30,000 token），长文档或很大的 max_tokens 很容易超出。
    .fix-1 = 把请求压到上限以下：文档分块发送，减少检索片段，并把 max_tokens 设为实际需要的值。
    .fix-2 = 通过提升使用等级来提高上限（https://platform.openai.com/settings/organization/limits），或换用在你的等级下 TPM 更高的模型，例如 gpt-4o-mini。
    .fix-3 = 大型离线任务改用 Batch API，其队列限额与每分钟 TPM 是分开的。
    .prevention-1 = 发送前用 tiktoken 统计 token，超过 TPM 上限的请求直接拆分或拒绝，不要重试。

openai-insufficient-quota = OpenAI 组织余额已用完（429 insufficient_quota）
    .cause = 这是账单问题而非限流：预付费余额用完、免费试用额度过期、没有绑定支付方式，或组织 / 项目达到了月度预算上限。
    .translation = “You exceeded your current quota, please check your plan and billing details.”：你已超出当前额度，请检查套餐和账单信息。
    .analysis-1 = 虽然状态码是 429，但 insufficient_quota 是账单层面的拦截：充值之前任何请求都不会成功，重试（包括 SDK 的自动重试）只会浪费时间。
    .analysis-2 = ChatGPT Plus 订阅不包含 API 费用；API 单独按预付费额度计费。
    .analysis-3 = 换一个新 Key 没用，余额属于组织。充值后可能需要几分钟才生效；余额为零期间创建的 Key 有时需要重新创建。
    .fix-1 = 在 https://platform.openai.com/settings/organization/billing/overview 充值（Add to credit balance），需要的话开启自动充值。
    .fix-2 = 到 https://platform.openai.com/settings/organization/limits 检查预算上限以及项目自身的预算，如果是上限而不是余额卡住了你，就调高它。
    .fix-3 = 确认 Key 属于有余额的那个组织：个人组织下的 Key 不会使用公司组织的余额。
    .prevention-1 = 在账单设置中配置用量提醒阈值和自动充值，并关注用量面板。
    .prevention-2 = 代码里把 insufficient_quota 当作致命错误：停止任务并告警，而不是重试。

openai-billing-hard-limit = OpenAI 组织已达到账单硬性上限（billing_hard_limit_reached）
    .cause = 组织设置的每月消费上限（hard limit）或其允许的预付额度已用完；在上限提高或月度重置之前，OpenAI 会拒绝图像生成等付费请求。
    .translation = “Billing hard limit has been reached”：已达到该账号配置的消费上限。
    .analysis-1 = billing_hard_limit_reached 是以 400 invalid_request_error 返回的账单拦截（多见于 Images 接口）；请求没有被执行，重试不会成功。
    .analysis-2 = ChatGPT Plus 订阅不包含 API 费用：即使 ChatGPT 能用，没有余额或上限很低的 API 账号也会出现此错误。
    .fix-1 = 到 https://platform.openai.com/settings/organization/limits 提高或取消每月预算，然后重试。
    .fix-2 = 如果上限没问题，到 https://platform.openai.com/settings/organization/billing/overview 充值或添加支付方式；免费或已过期的试用额度用完也会出现此错误。
    .prevention-1 = 在硬性上限之下设置软上限（邮件提醒），并在 https://platform.openai.com/usage 关注用量，在它阻断生产之前提前调高上限。

openai-spend-limit-exceeded = OpenAI 因额度或消费上限拒绝了请求（429，计费问题）
    .cause = 错误码指向的是计费限制而不是速率限制：预付余额已用完（credit_balance_exhausted）、你为组织或项目设置的消费上限已达到（organization_spend_limit_exceeded、project_spend_limit_exceeded），或 OpenAI 按组织等级分配的月度用量上限已达到（organization_usage_limit_exceeded）。
    .analysis-1 = 这些错误码以 HTTP 429 返回，type 常为 insufficient_quota，但等待不会恢复：只有充值或提高上限才行。
    .analysis-2 = 项目消费上限只会拦截该项目的 Key，同一组织的其他项目仍可用，可以据此区分它和余额耗尽。
    .fix-1 = 对于 credit_balance_exhausted，到 https://platform.openai.com/settings/organization/billing/overview 充值（或开启自动充值）。
    .fix-2 = 对于 organization_spend_limit_exceeded，到 https://platform.openai.com/settings/organization/limits 提高或取消预算；对于 project_spend_limit_exceeded，在该项目设置的 Limits 中调高上限。
    .fix-3 = 对于 organization_usage_limit_exceeded，在组织设置的 Limits 页面申请更高的用量上限，或通过 https://help.openai.com 联系支持。
    .prevention-1 = 在客户端把这些错误码视为不可重试并触发告警；在每个消费上限之下设置预算提醒。

openai-billing-not-active = OpenAI 账号的账单未激活（billing_not_active）
    .cause = 组织没有有效的账单：支付方式扣款失败或已被移除、有未付账单，或从未设置预付费余额。
    .translation = “Your account is not active, please check your billing details on our website.”：你的账号未激活，请到官网检查账单信息。
    .analysis-1 = billing_not_active 是账单状态问题，与 insufficient_quota 一样，重试不会自行恢复。
    .fix-1 = 打开 https://platform.openai.com/settings/organization/billing/overview，修复或添加支付方式，支付未结账单并充值。
    .fix-2 = 如果账单看起来正常，确认 Key 属于该组织，再带上组织 ID 通过 https://help.openai.com 联系支持。
    .prevention-1 = 准备备用支付方式并开启账单邮件提醒，避免信用卡过期导致生产中断。

openai-slow-down = OpenAI 要求降速：流量增长过快（429 slow_down）
    .cause = 你的请求速率在短时间内陡增；即使仍在 RPM/TPM 限额之内，OpenAI 也会对突发增长进行限流以保护容量。
    .translation = “Slow Down”：请降低请求速率。
    .analysis-1 = slow_down 可以重试，但必须降低速率；全速重试只会让限制持续更久。
    .fix-1 = 把请求速率降到之前正常运行的水平，再逐步提升，大约每 15 分钟增加 50%。
    .fix-2 = 加入带抖动的退避并遵循 Retry-After，避免多个并行 worker 同步重试。
    .prevention-1 = 发布、缓存重建或数据回填后逐步放量，把批处理任务分散开，或改用 Batch API。

## ───────────── OpenAI：服务端 ─────────────

openai-server-error = OpenAI 处理请求时发生内部错误（500 server_error）
    .cause = OpenAI 服务端在处理请求时出了故障，请求本身通常没有问题。
    .translation = “The server had an error while processing your request. Sorry about that!”：服务器处理你的请求时出错了，抱歉！
    .analysis-1 = 500 加 type 为 server_error 大多是暂时性的，同样的请求几秒后往往就能成功。
    .analysis-2 = 如果只有某个特定请求（某个文件、图片或超长提示词）反复失败而其他请求正常，说明是这份输入触发了服务端的 bug。
    .fix-1 = 使用指数退避加抖动重试；SDK 默认对 5xx 重试两次，必要时调大 max_retries。
    .fix-2 = 到 https://status.openai.com 查看你所用模型或接口是否正在发生故障。
    .fix-3 = 如果某个请求持续失败，记下响应头 x-request-id 并通过 https://help.openai.com 反馈；同时尝试缩小输入或换用其他模型。
    .prevention-1 = 保证重试安全（对结果做幂等处理），关键路径上准备备用模型。

openai-engine-overloaded = OpenAI 模型当前过载（503 / server_is_overloaded）
    .cause = OpenAI 此刻没有多余容量处理该模型的请求；这与你自己的限额无关。
    .translation = “The engine is currently overloaded, please try again later.”：引擎当前过载，请稍后再试。
    .analysis-1 = 503（code 为 server_is_overloaded，或旧版的 429 “That model is currently overloaded”，或 0.x 的 ServiceUnavailableError）是 OpenAI 一侧的容量问题，会自行恢复。
    .analysis-2 = 它集中出现在高峰时段和新模型发布时，最热门的模型最先受影响。
    .fix-1 = 使用带完全抖动的指数退避重试（例如 1、2、4、8 秒，上限 30 到 60 秒）；max_retries 大于 0 时 SDK 会自动对 503 重试。
    .fix-2 = 首选模型持续过载时，回退到其他模型（例如 gpt-4o-mini）或其他部署（Azure OpenAI）。
    .fix-3 = 关注 https://status.openai.com 上的容量故障公告。
    .prevention-1 = 配置模型回退链和熔断器，在服务商容量紧张时让服务平稳降级。

## ───────────── OpenAI：SDK 端错误 ─────────────

openai-api-removed-in-v1 = 为 openai 0.x 编写的代码运行在 openai 1.x 及以上版本（APIRemovedInV1）
    .cause = 代码调用了旧的模块级接口（openai.ChatCompletion.create、openai.Completion、openai.Embedding 等），这些接口在 openai 1.0 中已被移除。
    .translation = 你尝试访问 openai.X，但 openai>=1.0.0 已不再支持该用法。
    .analysis-1 = 该异常由 SDK 在发出任何网络请求之前抛出，你的 Key 和 API 都没有问题。
    .analysis-2 = 通常是 pip 装上了新版 openai（直接安装或作为依赖被升级），而代码或教程是按 0.28 写的。
    .fix-1 = 把代码迁移到客户端接口：client = OpenAI()，再调用 client.chat.completions.create(...)；返回的是对象（resp.choices[0].message.content）而不是字典。迁移指南见 https://github.com/openai/openai-python/discussions/742。
    .fix-2 = 临时方案：用 pip install "openai==0.28.1" 固定旧版本，或运行 openai migrate 自动改写代码。
    .prevention-1 = 在依赖文件中固定 openai 版本范围（如 openai>=1.40,<2），让升级成为有意识的操作，并升级仍在使用 0.x 接口的库。

openai-api-connection-error = OpenAI SDK 无法连接到 API（APIConnectionError）
    .cause = 请求没有拿到任何 HTTP 响应：DNS 解析失败、连接被拒绝或重置、被代理或防火墙拦截、TLS 握手失败，或 base_url 指向的主机没有在监听。真正的原因在最后一行上方的链式异常里。
    .translation = “Connection error.” / “Error communicating with OpenAI”：客户端无法建立连接。
    .analysis-1 = APIConnectionError 没有状态码，故障出在你的进程和服务器之间。“Connection error.” 只是 SDK 的通用包装，要看 “direct cause” 那个异常（httpx.ConnectError、ProxyError、SSL 错误、ECONNREFUSED、ENOTFOUND）才能知道具体是哪种。
    .analysis-2 = 在无法直连 api.openai.com 的地区或公司内网，需要配置代理；Python SDK 会读取 HTTPS_PROXY，但 Node 内置的 fetch 默认忽略它，除非设置 NODE_USE_ENV_PROXY=1。
    .analysis-3 = 如果设置了自定义 base_url（本地模型、网关），多半是该地址上的服务没启动、端口不对，或 URL 少了 http(s)://。
    .fix-1 = 脱离代码单独测试链路：curl -v https://api.openai.com/v1/models（或你的 base_url）。如果 curl 也失败，先修网络：设置 HTTPS_PROXY 或 httpx 代理、放通防火墙、修正 DNS。
    .fix-2 = 使用 base_url 时，确认服务已运行，并且从代码所在环境可达（在 Docker 里 localhost 指容器自身，应改用 host.docker.internal 或服务名）。
    .fix-3 = SDK 已经自动重试了两次；如果是偶发故障，调大 max_retries 并查看 https://status.openai.com。
    .prevention-1 = 在客户端里显式配置代理，而不是依赖 shell 环境，并对持续的连接错误设置告警。

openai-api-timeout = OpenAI 请求在客户端超时（APITimeoutError）
    .cause = 在客户端超时时间内没有收到完整响应：生成内容太长（max_tokens 很大、推理模型）、网络慢或被阻断，或服务端繁忙。
    .translation = “Request timed out.”：客户端等待响应超时，放弃了请求。
    .analysis-1 = 超时后 SDK 抛出 APITimeoutError（Node 为 APIConnectionTimeoutError，0.x 为 openai.error.Timeout）；默认超时为 10 分钟，但很多框架会设得短得多（30 到 60 秒）。
    .analysis-2 = 超时不代表服务端失败：请求可能仍会完成并计费，盲目重试可能造成重复执行。
    .analysis-3 = 推理模型（o1、o3）在输出第一个 token 前可能思考好几分钟；非流式调用经过空闲超时为 60 到 100 秒的代理时，会先被代理掐断。
    .fix-1 = 调大客户端超时（OpenAI(timeout=300) / new OpenAI 时传 timeout: 300000），并同步调整框架的 request_timeout。
    .fix-2 = 长文本生成使用 stream=True，让 token 持续返回，代理就不会因连接空闲而断开。
    .fix-3 = 调低 max_tokens、拆分大任务或换更快的模型；批量任务改用 Batch API，而不是长时间的同步调用。
    .prevention-1 = 按调用类型设置明确的超时时间，记录慢调用的耗时，并让重试具备幂等性。

## ───────────── Azure OpenAI ─────────────

azure-invalid-subscription-key = Azure OpenAI 拒绝了该端点的 Key（401 订阅密钥无效或 API 端点错误）
    .cause = api-key 不属于端点 URL 所指的那个 Azure OpenAI 资源：Key 抄错、来自其他资源或区域、已被重新生成，或者把 OpenAI 的 sk-... Key 发给了 Azure。
    .translation = “Access denied due to invalid subscription key or wrong API endpoint.”：订阅密钥无效或 API 端点错误，访问被拒绝。
    .analysis-1 = Azure 会用主机名（https://<资源名>.openai.azure.com）中的资源来校验 Key。资源 A 的有效 Key 在资源 B 上会失败，某区域的 Key 在另一区域的端点上也会失败。
    .analysis-2 = Azure 使用 api-key 请求头（或 Entra ID 的 Bearer 令牌），而不是 OpenAI 的 Authorization: Bearer sk-...；用普通 OpenAI 客户端配 Azure 地址会发错请求头。
    .fix-1 = 在 Azure 门户打开该资源，进入“资源管理 → 密钥和终结点”，从同一页面复制“密钥 1”和“终结点”，分别填入 AZURE_OPENAI_API_KEY 和 AZURE_OPENAI_ENDPOINT。
    .fix-2 = 使用 AzureOpenAI 客户端（Python，或 Node 的 openai 包中的 AzureOpenAI），并传入 azure_endpoint、api_key 和 api_version，这样 api-key 请求头和 URL 结构才正确。
    .fix-3 = 如果密钥被重新生成过，更新所有保存旧值的部署和密钥存储。
    .prevention-1 = 优先使用 Entra ID（托管标识）认证而不是密钥；或把密钥放在 Key Vault 中，并交替轮换“密钥 1”和“密钥 2”。

azure-entra-token-invalid = Azure OpenAI 拒绝了 Entra ID 令牌（401 令牌缺失、无效、受众错误或已过期）
    .cause = Bearer 令牌缺失、已过期，或者是为错误的资源（受众）签发的，而不是 https://cognitiveservices.azure.com。
    .translation = “Unauthorized. Access token is missing, invalid, audience is incorrect, or have expired.”：未授权，访问令牌缺失、无效、受众不正确或已过期。
    .analysis-1 = Entra ID 令牌有效期约一小时，启动时只取一次令牌的代码会在之后失败；为 management.azure.com 或 graph.microsoft.com 签发的令牌受众不对。
    .fix-1 = 以作用域 https://cognitiveservices.azure.com/.default 申请令牌，并向 SDK 传入令牌提供器（azure_ad_token_provider / azureADTokenProvider），由 SDK 自动刷新。
    .fix-2 = 确认登录的是正确的租户（az login --tenant <租户 ID>），或调用方服务已启用托管标识。
    .prevention-1 = 不要缓存原始令牌字符串，始终使用 get_bearer_token_provider 或同类方法自动刷新。

azure-rbac-permission-denied = 你的 Azure 身份在该 Azure OpenAI 资源上没有数据平面角色（401 PermissionDenied）
    .cause = Entra ID 认证成功了，但该用户、服务主体或托管标识没有允许在此资源上调用推理的角色（例如“认知服务 OpenAI 用户”）。
    .translation = “Principal does not have access to API/Operation.”：该主体无权访问此 API 或操作。
    .analysis-1 = 订阅上的“所有者”或“参与者”属于控制平面角色，并不授予推理调用权限；数据平面访问需要“认知服务 OpenAI 用户”（或“认知服务 OpenAI 参与者”）。
    .analysis-2 = 角色分配可能需要几分钟才生效；在本地，DefaultAzureCredential 可能用的是另一个身份（Azure CLI、VS Code、环境变量），与你预期的不同。
    .fix-1 = 在该 Azure OpenAI 资源上为此身份分配“认知服务 OpenAI 用户”（Cognitive Services OpenAI User）角色（访问控制(IAM) → 添加角色分配，或用 az role assignment create），然后等待 5 到 10 分钟。
    .fix-2 = 确认实际使用的身份：CLI 凭据用 az account show 查看，已部署的应用看其托管标识的对象 ID，把角色分配给这个身份。
    .fix-3 = 如果不强制要求 Entra ID，也可以改用资源的 api-key 进行密钥认证。
    .prevention-1 = 在基础设施代码（Bicep/Terraform）中与资源一起授予角色，保证每个环境都具备权限。

azure-deployment-not-found = 该资源上不存在这个 Azure OpenAI 部署（404 DeploymentNotFound）
    .cause = Azure 按部署名路由，而请求里的名称不匹配该资源上的任何部署：传的是模型名而不是部署名、名称拼错、部署在另一个资源上，或部署刚创建几分钟。
    .translation = “The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.”：此资源不存在该 API 部署；如果是 5 分钟内刚创建的，请稍候再试。
    .analysis-1 = 在 Azure 中，model 参数（或 /openai/deployments/<名称>/ 路径段）必须是你自己起的部署名，例如 my-gpt4o，而不是模型名 gpt-4o，除非部署名与模型名相同。
    .analysis-2 = 新建的部署最多需要 5 分钟才能调用；超过这个时间仍是 404，就说明名称或资源不对。
    .fix-1 = 列出该资源上的部署（Azure AI Foundry → 部署，或 az cognitiveservices account deployment list），把准确的部署名作为 model / azure_deployment 传入。
    .fix-2 = 确认端点主机就是包含该部署的资源；不同区域是不同的资源。
    .fix-3 = 如果部署刚刚创建，等 5 分钟后再试。
    .prevention-1 = 按所承载的模型给部署命名，并把部署名和端点放在同一处配置中。

azure-resource-not-found = Azure OpenAI 返回 404 Resource not found：URL 或 api-version 有误
    .cause = 请求 URL 不符合 Azure OpenAI 的路由：缺少 api-version 查询参数、路径中没有 /openai/deployments/<部署名>/，或者按 OpenAI 的 URL 结构拼接了端点。
    .translation = “Resource not found.”：找不到资源。
    .analysis-1 = 与 DeploymentNotFound 不同，这个通用 404 来自路由层：Azure 根本无法把路径或 api-version 映射到任何操作。
    .analysis-2 = 典型原因：用 OpenAI(base_url="https://x.openai.azure.com") 代替了 AzureOpenAI；缺少 ?api-version=...；base URL 里已经包含 /openai/deployments/...；或者用一个没有该功能的 api-version 调用 assistants、responses、batches 等操作。
    .fix-1 = 使用 AzureOpenAI 客户端，设置 azure_endpoint=https://<资源名>.openai.azure.com 并指定 api_version；手写 HTTP 时请求 /openai/deployments/<部署名>/chat/completions?api-version=2024-10-21。
    .fix-2 = 使用较新的功能（Responses API、assistants、o 系列模型）时，按文档选用较新的 preview 版 api-version 或 /openai/v1/ 路由。
    .fix-3 = 使用 0.x SDK 时，设置 openai.api_type="azure"、openai.api_base、openai.api_version，并传入 engine=<部署名>。
    .prevention-1 = 把端点、部署名和 api-version 放在一起配置，启动时用生成 1 个 token 的调用做一次验证。

azure-api-version-not-supported = 该 Azure OpenAI 请求不支持所用的 api-version（400）
    .cause = api-version 查询参数已停用、拼写错误，或者早于所用模型或功能要求的最低版本。
    .translation = “API version not supported” / “Model X is enabled only for api versions ... and later.”：不支持该 API 版本 / 模型 X 仅在某版本及之后的 api-version 中可用。
    .analysis-1 = Azure 的数据平面 API 按日期做版本管理，preview 版本会定期停用，新模型（o1、o3-mini、gpt-4.1）和新功能都需要较新的版本。
    .fix-1 = 把 api_version（或 OPENAI_API_VERSION）设为当前版本：2024-10-21（正式版），或较新的 preview 版本，例如 o 系列模型和新功能所需的 2025-01-01-preview。
    .fix-2 = 如果报错写明了最低版本，就使用该版本或更新的版本。
    .fix-3 = 同时检查框架配置（LangChain 的 openai_api_version、LiteLLM 的 api_version），它们会覆盖环境变量。
    .prevention-1 = 关注 https://learn.microsoft.com/en-us/azure/ai-services/openai/api-version-deprecation，并把 api-version 统一放在一个配置项里。

azure-operation-not-supported = 该 Azure OpenAI 部署不支持此操作（400 OperationNotSupported）
    .cause = 部署的模型与调用的 API 不匹配：例如把 chat completions 发给了 embeddings 部署，或把 embeddings 发给了对话部署。
    .translation = “The <操作> operation does not work with the specified model.”：该操作不适用于指定的模型。
    .analysis-1 = 每个部署只运行一个模型，每个模型只支持部分操作，Azure 会在执行前进行检查。
    .fix-1 = 把调用发给支持它的部署：chat.completions 发给 gpt-4o / gpt-4.1 部署，embeddings 发给 text-embedding-3 部署。
    .fix-2 = 在框架中检查对话部署和向量部署的配置是否填反了（例如 AZURE_OPENAI_EMBEDDING_DEPLOYMENT）。
    .prevention-1 = 按模型给部署命名，让配置中的错配一目了然。

azure-content-filter = Azure OpenAI 内容筛选拦截了提示词（400 content_filter / ResponsibleAIPolicyViolation）
    .cause = 输入触发了该部署的某项内容筛选（仇恨、色情、暴力、自残、越狱 / Prompt Shields 或自定义阻止列表），Azure 拒绝运行模型。
    .translation = “The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.”：提示词触发了 Azure OpenAI 的内容管理策略，响应已被过滤，请修改提示词后重试。
    .analysis-1 = 错误体中的 innererror.content_filter_result 显示触发的类别及严重程度（"filtered": true）。越狱检测经常被系统提示词、工具输出或文档中类似“指令”的文字触发。
    .analysis-2 = 筛选器属于 Azure 部署本身，所以同一提示词在 OpenAI 官方或其他筛选配置的部署上可能可以通过。
    .fix-1 = 查看 content_filter_result，改写或删除被标记的内容；做检索增强时，检查文档中是否有看起来像是给模型下指令的文字。
    .fix-2 = 如果业务场景正当，在 Azure AI Foundry（安全 + 保障 → 内容筛选器）中创建阈值更高的自定义筛选器并分配给该部署；完全关闭筛选需要申请并获批修改内容筛选的权限。
    .fix-3 = 在代码中捕获 code 为 content_filter 的 BadRequestError，给用户明确的提示，而不是笼统的失败。
    .prevention-1 = 预先审查用户输入，系统提示词中避免出现像提示注入的措辞，并记录筛选结果以便调整阈值。

azure-network-access-denied = Azure OpenAI 资源的网络规则拦截了本次请求（403）
    .cause = 该资源关闭了公网访问，或只允许选定网络 / 专用终结点访问，而本次请求不是从允许的网络发出的。
    .translation = “Public access is disabled. Please configure private endpoint.” / “Traffic is not from an approved private endpoint.” / “Access denied due to Virtual Network/Firewall rules.”：已禁用公网访问，请配置专用终结点 / 流量并非来自已批准的专用终结点 / 因虚拟网络或防火墙规则被拒绝。
    .analysis-1 = Key 或令牌没有问题，Azure 是因为请求来源而拒绝了连接。
    .analysis-2 = 通过 VPN 或在 VNet 内调用时，主机名必须解析到专用终结点的私有 IP（privatelink.openai.azure.com 区域）；如果 DNS 返回的是公网 IP，流量就会走公网终结点并被拒绝。
    .fix-1 = 在调用方机器上执行 nslookup <资源名>.openai.azure.com，结果必须是私有地址；否则把 privatelink.openai.azure.com 专用 DNS 区域链接到你的 VNet，或修正 VPN 的 DNS 转发。
    .fix-2 = 需要从外部调用时，在资源的“网络 → 防火墙和虚拟网络（所选网络）”中加入你的出口 IP，或改从 VNet 内的主机调用。
    .fix-3 = 对于调用该资源的 Azure 服务（AI Search、App Service），按文档启用受信任服务访问或共享专用链接。
    .prevention-1 = 用基础设施代码管理网络规则和专用 DNS，并在每个调用环境中测试域名解析。

azure-token-rate-limit = 触发 Azure OpenAI 部署的速率限制（429，S0 定价层）
    .cause = 该部署每分钟收到的 token 或请求数超过了为其分配的 TPM/RPM 配额；报错中给出了需要等待的秒数。
    .translation = “Requests to the <操作> Operation ... have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after N seconds.”：对该操作的请求已超出当前 S0 定价层的 token 速率限制，请在 N 秒后重试。
    .analysis-1 = Azure 的配额按部署计算（TPM 由你分配，RPM 随之换算，大约每 1000 TPM 对应 6 RPM）；同一模型的多个部署共享该区域的订阅配额。
    .analysis-2 = 请求到达时 Azure 就会把 max_tokens 计入限额，所以 max_tokens 设得很高时，即便回答很短也会耗尽 TPM。
    .fix-1 = 遵循 retry-after-ms / retry-after 并加抖动退避；openai SDK 设置 max_retries 后会自动处理。
    .fix-2 = 在 Azure AI Foundry（部署 → 编辑）中把该部署的 TPM 调高到区域配额上限，并通过 https://aka.ms/oai/quotaincrease 申请更多配额。
    .fix-3 = 分散负载：在其他区域添加部署并通过负载均衡（Azure API Management）分流，或使用 Global Standard 或预配（Provisioned）部署获得更高吞吐。
    .prevention-1 = 合理设置 max_tokens，并监控 x-ratelimit-remaining-tokens / -requests，在触顶前主动降速。

azure-daily-quota-exhausted = 该 Azure OpenAI 部署当天的配额已用完（429，约 24 小时后才能重试）
    .cause = retry-after 长达数万秒（如 86400）说明耗尽的是每日或试用配额，而不是每分钟限额；常见于免费试用订阅和配额很低的 AIServices 资源。
    .translation = “... Please retry after 86400 seconds.”：请在 86400 秒后重试，即配额约一天后才会重置。
    .analysis-1 = 这种情况退避重试没有用，限额只会在所示时间过后才重置。
    .fix-1 = 通过 https://aka.ms/oai/quotaincrease 申请更多配额，或把订阅从免费试用升级为即用即付。
    .fix-2 = 在此期间，把模型部署到仍有配额的其他区域或资源，并让应用指向那里。
    .prevention-1 = 在 Azure Monitor 中按天监控 token 用量，在接近每日配额前提前告警。

azure-insufficient-quota = 订阅在该区域已没有可用于此部署的 Azure OpenAI 配额（InsufficientQuota）
    .cause = Azure OpenAI 的配额（每分钟 token 数，单位为千）按订阅、区域、模型和部署类型分配，该区域内这个模型的所有部署共用它；本次申请的容量超过了其他部署用剩的额度。
    .translation = “This operation require N new capacity in quota ..., which is bigger than the current available capacity M.”：该操作需要 N 的新容量，超过了当前可用的 M。
    .analysis-1 = InsufficientQuota 由 Azure 资源管理器在创建或调整部署时返回，不是请求频率限制，等待不会让它消失。
    .fix-1 = 以不超过可用额度的容量部署（`--sku-capacity`），或先调低该区域内同一模型其他部署的容量。
    .fix-2 = 在 Azure AI Foundry（管理中心 → 配额）或用 `az cognitiveservices usage list -l <区域>` 查看各区域配额，并在 https://aka.ms/oai/stuquotarequest 申请提高。
    .fix-3 = 换一个区域或部署类型（GlobalStandard、DataZone、Standard）部署，它们各有独立配额。
    .prevention-1 = 删除闲置的部署：只要部署存在，它的容量就一直占用配额。

azure-server-error = Azure OpenAI 发生内部服务器错误（500）
    .cause = 该区域或部署的 Azure OpenAI 服务内部出现暂时性故障，请求本身通常是合法的。
    .translation = “The server had an error while processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request if the error persists.”：服务器处理请求时出错，可以重试；如果持续出现，请提交 Azure 支持请求。
    .analysis-1 = 5xx 错误可以重试；如果某个部署持续出现，可能是该区域正在发生故障。
    .fix-1 = 使用指数退避加抖动重试（SDK 会按 max_retries 对 5xx 自动重试）。
    .fix-2 = 查看 https://azure.status.microsoft/status 以及门户中该资源的“服务运行状况”；故障持续时，把流量切到其他区域的部署。
    .fix-3 = 如果一直出现，提交 Azure 支持请求，并附上响应头中的 apim-request-id 和 x-ms-region。
    .prevention-1 = 在两个区域部署，通过负载均衡或 API Management 按健康状况自动故障转移。

## ───────────── OpenRouter ─────────────

openrouter-invalid-key = OpenRouter 不接受该 API Key（401）
    .cause = Key 缺失、抄错、已禁用或已删除，或者把其他服务商的 Key（OpenAI 的 sk-proj-、Anthropic 的 Key）发给了 openrouter.ai；“User not found.” 表示该 Key 对应不到任何现存账号。
    .translation = “User not found.” / “No auth credentials found” / “Missing Authentication header or invalid API key”：OpenRouter 无法根据该 Key 识别你的身份。
    .analysis-1 = OpenRouter 的 Key 以 sk-or-v1- 开头，放在 Authorization: Bearer 中。401 在路由之前就已判定，没有经过任何模型服务商，也不计费。
    .analysis-2 = 支持多家服务商的工具，在服务商选项和 Key 配置不一致时，常把 OpenAI 的 Key 发给 OpenRouter（或者反过来）。
    .fix-1 = 在 https://openrouter.ai/settings/keys 创建或复制 Key，设为 OPENROUTER_API_KEY，并把 base_url 设为 https://openrouter.ai/api/v1。
    .fix-2 = 在 Key 管理页确认该 Key 已启用且未删除，并用 GET https://openrouter.ai/api/v1/key 测试。
    .fix-3 = 如果 curl 能用而工具里不行，说明工具发送的是另一个变量（例如 OPENAI_API_KEY），请把 Key 填到工具的 OpenRouter 配置项里。
    .prevention-1 = 每个应用单独使用一个设有额度上限的 Key，Key 泄露或被禁用时容易定位和替换。

openrouter-max-tokens-unaffordable = OpenRouter：余额不足以覆盖所请求的 max_tokens（402）
    .cause = OpenRouter 在路由前会按最大可能输出预扣费用；没有设置 max_tokens 时按模型的最大输出长度计算，其费用超过了你的剩余余额或该 Key 的额度上限。
    .translation = “This request requires more credits, or fewer max_tokens. You requested up to N tokens, but can only afford M.”：该请求需要更多余额或更小的 max_tokens；你请求了最多 N 个 token，但余额只够 M 个。
    .analysis-1 = 实际回答可能很便宜；失败是因为预扣额（max_tokens 乘以输出单价）超过了余额。报错里的 M 就是你目前能负担的输出 token 数。
    .analysis-2 = 如果报错指向 settings/keys，卡住你的是这个 Key 自身的额度上限，而不是账户余额。
    .analysis-3 = Agent 和 IDE 插件经常不传 max_tokens，或者直接传 32k 到 64k，所以哪怕只发一句“你好”也会触发。
    .fix-1 = 在请求或工具的模型设置里把 max_tokens 设为低于报错中可负担数量的值（例如 1024 到 4096）。
    .fix-2 = 在 https://openrouter.ai/settings/credits 充值，或在 https://openrouter.ai/settings/keys 调高该 Key 的额度上限。
    .fix-3 = 不需要昂贵模型的任务，换用更便宜的模型或 :free 版本。
    .prevention-1 = 始终显式设置 max_tokens，并为账户开启余额提醒或自动充值。

openrouter-insufficient-credits = OpenRouter 账户或 Key 余额不足（402）
    .cause = 账户余额为零或为负，或者 Key 的额度上限已用完，OpenRouter 不再路由付费请求。
    .translation = “Insufficient credits”：余额不足，请充值后继续。
    .analysis-1 = OpenRouter 的 402 是账单层面的拦截，重试不会恢复；余额为负时连免费模型也可能被拦。
    .fix-1 = 在 https://openrouter.ai/settings/credits 充值，并确认 Key 属于持有余额的那个账户或组织。
    .fix-2 = 如果 Key 设置了额度上限，在 https://openrouter.ai/settings/keys 调高或取消上限。
    .prevention-1 = 开启自动充值或低余额邮件提醒，并为每个 Key 设置与应用预算相符的额度。

openrouter-moderation = OpenRouter 的内容审核拦截了输入（403）
    .cause = 该模型的服务商要求在 OpenRouter 上进行内容审核，而你的输入命中了 metadata.reasons 中列出的审核类别。
    .translation = “<模型> requires moderation on <服务商>. Your input was flagged for <类别>.”：该模型在此服务商上需要内容审核，你的输入因某类别被标记。
    .analysis-1 = 部分服务商（尤其是 OpenRouter 上的 OpenAI 和 Anthropic 模型）强制对输入做审核；metadata.flagged_input 显示被标记的文本，且不会扣费。
    .fix-1 = 改写或删除 metadata.flagged_input 中被标记的内容。
    .fix-2 = 如果内容正当，换用不强制 OpenRouter 审核的服务商的模型，或使用自带的服务商 Key。
    .prevention-1 = 用审核模型预先筛查用户输入，遇到 403 时给用户明确提示。

openrouter-no-endpoints = OpenRouter 没有能处理该请求的服务商端点（404 No endpoints found）
    .cause = 提供该模型的服务商都不支持这个请求所需的能力：模型或其 :free 版本已下架，或者没有服务商支持你要求的功能（工具调用、tool_choice、缓存控制、图片、某个上下文长度）。
    .translation = “No endpoints found for <模型>” / “No endpoints found that support tool use”：找不到可以路由该请求的端点。
    .analysis-1 = OpenRouter 会按请求用到的功能筛选服务商。发送 tools 或 tool_choice 的 Agent 工具，遇到服务商不支持函数调用的模型就会失败。
    .analysis-2 = :free 版本时有时无，昨天还能用的模型 ID 今天可能已经没有任何端点。
    .fix-1 = 打开 https://openrouter.ai/models 上该模型的页面，确认它仍然存在，以及其服务商支持哪些功能（Tools、Images、上下文长度）。
    .fix-2 = Agent 场景请选支持工具调用的模型，或对不支持的模型关闭 tools / tool_choice。
    .fix-3 = 如果是已撤下的 :free 模型，改用付费版本或其他免费模型。
    .prevention-1 = 启动时查询 https://openrouter.ai/api/v1/models，检查 supported_parameters 是否包含你用到的功能。

openrouter-data-policy = OpenRouter 的隐私设置排除了该模型的所有服务商（404 数据策略）
    .cause = 账户的数据策略（例如不允许会用提示词训练或公开提示词的服务商，而很多免费模型恰恰要求这一点）把该模型的所有服务商都过滤掉了。
    .translation = “No endpoints found matching your data policy”：没有符合你数据策略的端点，需修改隐私设置才能使用此模型。
    .analysis-1 = 模型存在且在线；是 OpenRouter 拒绝把你的提示词发给你的设置所禁止的服务商。
    .fix-1 = 打开 https://openrouter.ai/settings/privacy，允许报错中提到的数据用途（免费模型通常是 “Free model publication” 或训练用途），否则就无法使用此模型。
    .fix-2 = 或者改选其服务商符合你数据策略的付费模型。
    .prevention-1 = 先确定数据策略，再从满足该策略的模型列表中选型。

openrouter-no-allowed-providers = OpenRouter 的服务商限制排除了该模型的所有服务商（404）
    .cause = 允许 / 忽略服务商的设置（账户级设置，或请求中的 provider.only / provider.order / ignore）使得没有任何提供该模型的服务商可用。
    .translation = “No allowed providers are available for the selected model.”：所选模型没有可用的已允许服务商。
    .analysis-1 = metadata.available_providers 列出了提供该模型的服务商，metadata.requested_providers 是你允许的服务商，两者没有交集。
    .fix-1 = 打开 https://openrouter.ai/settings/privacy，清空 Allowed Providers 或取消屏蔽 Ignored Providers，然后保存。
    .fix-2 = 在请求中把 provider.only / provider.order 设为 available_providers 中的服务商，或去掉 provider 配置。
    .prevention-1 = 在代码中按模型配置服务商限制，不要用会悄悄影响所有应用的账户级设置。

openrouter-invalid-model-id = OpenRouter 不认识该模型 ID（400）
    .cause = OpenRouter 的模型 ID 带有厂商前缀，格式为 厂商/模型（openai/gpt-4o、anthropic/claude-3.5-sonnet）；不带前缀或拼错的 ID 都无效。
    .translation = “<ID> is not a valid model ID.”：该 ID 不是有效的模型 ID。
    .analysis-1 = 默认使用 OpenAI 模型名（gpt-4o）的工具，指向 OpenRouter 后会发送不带前缀的名称。
    .fix-1 = 使用 https://openrouter.ai/models 上的完整 ID，例如 openai/gpt-4o 或 meta-llama/llama-3.3-70b-instruct。
    .prevention-1 = 用 GET https://openrouter.ai/api/v1/models 校验配置的模型 ID。

openrouter-free-models-per-day = 已达到 OpenRouter 免费模型的每日请求上限（429 free-models-per-day）
    .cause = 没有或很少购买余额的账户，每天只能对 :free 模型发出少量请求（约 50 次），计数按天重置。
    .translation = “Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day.”：已超出免费模型每日限额；充值 10 美元额度即可解锁每天 1000 次免费模型请求。
    .analysis-1 = 这是每日额度，短暂退避没有用；metadata 中的 X-RateLimit-Reset 以毫秒级时间戳给出重置时间。
    .fix-1 = 在 https://openrouter.ai/settings/credits 至少购买 10 美元额度，把免费模型额度提高到每天约 1000 次。
    .fix-2 = 或者等到重置，或改用付费（非 :free）版本的模型。
    .prevention-1 = 缓存结果，避免 Agent 循环反复调用免费模型，并自行统计每日调用次数。

openrouter-upstream-rate-limited = 模型的上游服务商正在对 OpenRouter 限流（429）
    .cause = 模型背后的服务商（常见于热门的 :free 模型）分配给 OpenRouter 的共享容量已用尽，与你自己的限额无关。
    .translation = “<模型> is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits.”：该模型暂时被上游限流，请稍后重试，或添加自己的 Key 以使用自己的限额。
    .analysis-1 = metadata.provider_name 指出了服务商；这个限额由该端点的所有 OpenRouter 用户共享，通常几秒到几分钟后恢复。
    .fix-1 = 带抖动退避重试，或改用付费版本 / 该模型的其他服务商。
    .fix-2 = 在 https://openrouter.ai/settings/integrations 添加自己的服务商 Key，让请求使用你自己的限额。
    .prevention-1 = 配置模型回退（models 数组），让被限流的免费模型自动回退到其他模型。

openrouter-rate-limit = 触发 OpenRouter 速率限制（429）
    .cause = 在短时间内，该 Key 或该模型的请求过多（免费模型约限每分钟 20 次）。
    .analysis-1 = OpenRouter 的 429 是暂时性的，可能带有 Retry-After 或 X-RateLimit-Reset。
    .fix-1 = 按 Retry-After 做指数退避加抖动重试，并降低并发。
    .fix-2 = 对 :free 模型，充值或改用付费版本，限额会高得多。
    .prevention-1 = 限制每个 Key 的并行请求数，并缓存重复的提示词结果。

openrouter-timeout = OpenRouter 等待模型响应超时（408）
    .cause = 请求耗时超过了 OpenRouter 的超时时间，通常是非流式的长文本生成或服务商响应缓慢。
    .analysis-1 = 408 可以重试，同样的请求换一次尝试或换一个服务商可能就会成功。
    .fix-1 = 使用 stream=true 让 token 持续返回，并为长输出调低 max_tokens。
    .fix-2 = 退避重试，或用 provider.order 指定更快的服务商。
    .prevention-1 = 长文本生成使用流式输出，客户端超时设置得略高于预期生成时间。

openrouter-model-down = OpenRouter：模型的服务商宕机或返回了无效响应（502）
    .cause = 为该模型选中的上游服务商出了故障（崩溃、返回无效内容或断开连接）；metadata.provider_name 和 metadata.raw 显示了是哪家以及它返回了什么。
    .analysis-1 = OpenRouter 的 502 是上游故障，不是你的请求有问题，可以重试。
    .fix-1 = 退避重试，OpenRouter 可能会把重试路由到其他服务商。
    .fix-2 = 配置回退：用 models 数组列出备选模型，并设置 provider.allow_fallbacks 为 true，允许尝试其他服务商。
    .prevention-1 = 维护模型回退链，并记录失败请求的 provider_name，避开不稳定的服务商。

openrouter-no-provider-available = OpenRouter 找不到可用的服务商处理该请求（503）
    .cause = 在你的路由要求下，所有能提供该模型的服务商都宕机、满载或被排除，没有任何一家能接下这个请求。
    .analysis-1 = OpenRouter 的 503 表示当前没有服务商满足路由要求；容量恢复或放宽要求后即可解决。
    .fix-1 = 退避重试，并放宽收窄选择范围的路由选项（provider.only、require_parameters、data_collection、quantizations）。
    .fix-2 = 用 models 数组添加备选模型，让其他模型来回答。
    .prevention-1 = 生产流量不要过度限制服务商路由，并始终配置备选模型。

## ───────────── Groq ─────────────

groq-invalid-api-key = Groq 拒绝了该 API Key（401 invalid_api_key）
    .cause = 发给 api.groq.com 的 Key 错误、已删除，或不是 Groq 的 Key（Groq 的 Key 以 gsk_ 开头）。
    .translation = “Invalid API Key.”：API Key 无效。
    .analysis-1 = 401 在推理之前就已判定，用同一个 Key 重试必然失败。
    .analysis-2 = 用 OpenAI SDK 对接 Groq 时，如果不显式传入 Groq 的 Key，它会发送 OPENAI_API_KEY。
    .fix-1 = 在 https://console.groq.com/keys 创建 Key，设置 GROQ_API_KEY，并显式传入（Groq(api_key=...)，或 OpenAI(base_url="https://api.groq.com/openai/v1", api_key=...)）。
    .fix-2 = 去掉值两端的空格和引号，并在控制台确认该 Key 没有被删除。
    .prevention-1 = 每家服务商的 Key 用各自的环境变量保存，启动时用 GET /openai/v1/models 校验。

groq-rate-limit = 触发 Groq 速率限制（429）
    .cause = 你的组织在该模型上超出了 Groq 的某项限额（每分钟或每天的请求数或 token 数），报错里写明了是哪一项以及需要等待多久。
    .translation = “Rate limit reached for model <模型> in organization <组织> service tier on_demand on <限额类型>: Limit L, Used U, Requested R. Please try again in Xs.”：该组织在此模型上已达到某项限额（上限 L、已用 U、本次请求 R），请在 X 秒后重试。
    .analysis-1 = 免费层限额很低（较大模型每分钟只有几千 token）；Groq 会把提示词 token 加上 max_tokens 计入 TPM。
    .analysis-2 = 每分钟限额几秒内即可恢复；每日限额（RPD、TPD）要到当天窗口结束才重置，在此之前重试毫无意义。
    .fix-1 = 按报错或 retry-after 响应头给出的时间等待，并做指数退避；为 Groq SDK 设置 max_retries 后会自动重试。
    .fix-2 = 调低 max_tokens、降低并发；高并发量的任务改用更小的模型（例如 llama-3.1-8b-instant）。
    .fix-3 = 在 https://console.groq.com/settings/billing 升级到 Developer 层，限额会高得多。
    .prevention-1 = 读取 x-ratelimit-remaining-requests / -tokens 响应头，在触顶前主动降速。

groq-request-too-large = 请求超过了 Groq 每分钟 token 上限（413 Request too large）
    .cause = 这一个请求（提示词 token 加 max_tokens）就超出了你在该模型上的每分钟 token 上限，在当前层级下 Groq 永远无法受理它。
    .translation = “Request too large for model <模型> ... on tokens per minute (TPM): Limit L, Requested R, please reduce your message size and try again.”：请求过大，超过每分钟 token 上限（上限 L，本次请求 R），请缩小消息后重试。
    .analysis-1 = Groq 会预先占用 max_tokens：客户端在每分钟 6k 到 12k TPM 的免费层上请求 16k 到 32k 的输出 token，哪怕提示词只有一个词也会失败。
    .analysis-2 = 因为 Requested 大于 Limit，等待没有用，必须缩小请求或提高上限。
    .fix-1 = 把 max_tokens（max_completion_tokens）调低到实际需要的值，例如 1024 到 2048。
    .fix-2 = 缩短输入：精简对话历史、系统提示词和工具定义，或拆分文档。
    .fix-3 = 在 https://console.groq.com/settings/billing 升级到 Developer 层，或换用 TPM 上限更高的模型。
    .prevention-1 = 发送前统计 token，保证提示词加 max_tokens 低于当前层级在该模型上的 TPM。

groq-capacity-exceeded = Groq flex 层当前容量已满（498 capacity_exceeded）
    .cause = 请求使用了 service_tier flex，它只利用空闲容量运行，而此刻没有空闲容量。
    .translation = “Capacity exceeded”：flex 层目前没有余量处理该请求。
    .analysis-1 = 498 是 Groq 特有的状态码，可以重试；flex 请求在没有容量时会立刻失败而不是排队。
    .fix-1 = 带抖动退避重试，或在 flex 满载时改用 service_tier 为 on_demand（或 auto）重新发送。
    .prevention-1 = 只把能容忍失败的任务放在 flex 层，并配置自动回退到 on_demand。

groq-model-decommissioned = 该 Groq 模型已下线（400 model_decommissioned）
    .cause = Groq 已停用这个模型，该 ID 不再路由到任何模型。
    .translation = “The model <ID> has been decommissioned and is no longer supported.”：该模型已下线，不再提供支持。
    .analysis-1 = Groq 更换模型很频繁（mixtral-8x7b-32768、llama3-70b-8192、gemma-7b-it 等都已下线），访问不会恢复。
    .fix-1 = 按 https://console.groq.com/docs/deprecations 推荐的替代模型（例如 llama-3.3-70b-versatile 或 llama-3.1-8b-instant）更新模型 ID。
    .fix-2 = 用 GET https://api.groq.com/openai/v1/models 列出当前可用的模型。
    .prevention-1 = 把模型 ID 放在配置里，并关注 Groq 的弃用页面。

## ───────────── Mistral ─────────────

mistral-unauthorized = Mistral 拒绝了该 API Key（401 Unauthorized）
    .cause = Key 缺失、错误、已撤销、属于其他工作区，或者把 Codestral 专用 Key 用在了 api.mistral.ai 上（或反过来）。
    .translation = “Unauthorized.”：未授权。
    .analysis-1 = Mistral 只返回一个简单的 Unauthorized 和 request_id，请求没有被处理。
    .analysis-2 = 在 console.mistral.ai/codestral 获取的 Codestral Key 只能用于 https://codestral.mistral.ai；La Plateforme 的 Key 用于 https://api.mistral.ai。新建的 Key 可能要过几分钟才生效。
    .fix-1 = 在 https://console.mistral.ai/api-keys 创建 Key（工作区需有有效套餐或已激活免费的 Experiment 计划），设置 MISTRAL_API_KEY，等一分钟后再测试。
    .fix-2 = Key 与端点要对应：平台 Key 用 api.mistral.ai，Codestral Key 用 codestral.mistral.ai。
    .fix-3 = 以 Authorization: Bearer 方式发送 Key，去掉引号和空格。
    .prevention-1 = 按端点和工作区分别保存 Key，启动时用 GET /v1/models 测试。

mistral-validation-error = Mistral 拒绝了请求参数（422 校验错误）
    .cause = 请求体没有通过 Mistral 的结构校验：包含 Mistral 不接受的字段（store、max_completion_tokens、stream_options 等）、缺少字段，或取值超出范围。
    .translation = 校验错误，例如 “Extra inputs are not permitted”（不允许额外字段）或 “Input should be less than or equal to ...”（取值应小于等于某值）。
    .analysis-1 = 每条 detail 都给出了位置（loc，例如 body.store）、违反的规则（type）和出问题的输入值，可以精确修复。
    .analysis-2 = 兼容 OpenAI 的客户端经常发送 OpenAI 独有的字段，而 Mistral 的 API 遇到未知字段会直接拒绝，而不是忽略。
    .fix-1 = 删除或重命名 loc 中列出的字段：用 max_tokens 代替 max_completion_tokens，去掉 store、stream_options、parallel_tool_calls 等 OpenAI 独有字段。
    .fix-2 = 把取值调整到允许范围内（大多数模型 temperature 为 0 到 1.5，top_p 为 0 到 1），并使用官方 mistralai SDK 或支持 Mistral 的客户端版本。
    .prevention-1 = 使用 Mistral SDK 的类型化请求模型，或在服务商适配层中剔除不支持的字段。

mistral-rate-limit = 触发 Mistral 速率限制（429）
    .cause = 你的工作区超出了每秒请求数或每分钟 / 每月 token 数的限额；免费的 Experiment 层大约只允许每秒 1 次请求。
    .translation = “Rate limit exceeded” / “Requests rate limit exceeded.”：超出速率限制 / 超出请求速率限制。
    .analysis-1 = 限额按工作区计算，取决于所在层级；多个 Agent 并行突发请求会很快撞上每秒限额。每月 token 上限用尽时也会返回 429，直到月度重置或调高上限。
    .fix-1 = 做指数退避加抖动，并限制并发（免费层每秒 1 次请求）。
    .fix-2 = 在 https://admin.mistral.ai/plateforme/limits 查看并提高限额，或把工作区升级到付费层级。
    .prevention-1 = 对请求排队，按层级限额控制请求间隔。

mistral-service-tier-capacity-exceeded = 你所在的 Mistral 服务等级已没有该模型的剩余容量
    .cause = Mistral 会限制每个服务等级（免费的 Experiment 等级、付费的 Scale 等级）可使用的模型容量；当前该份额已被占满，所以即使你自己的 RPM/TPM 限额未达到，请求也被拒绝。
    .translation = “Service tier capacity exceeded for this model”（type 为 service_tier_capacity_exceeded，code 3505）：你所在等级对该模型的容量暂时用完了。
    .analysis-1 = 这是由容量导致的暂时性拒绝（LiteLLM 将其映射为 RateLimitError）：同样的请求通常几秒到几分钟后就能成功。
    .analysis-2 = 免费等级的 Key 和热门模型（codestral-latest、mistral-small-latest、mistral-large-latest）最常遇到，编辑器自动补全这类突发流量尤其容易触发。
    .fix-1 = 使用指数退避加抖动重试；自动补全场景可对按键做防抖，减少同时在途的请求。
    .fix-2 = 在 https://admin.mistral.ai 把工作区升级到付费等级（先设置账单，再到 https://admin.mistral.ai/plateforme/limits 查看限额）；付费等级可获得更大的容量份额。
    .fix-3 = 在首选模型饱和时回退到其他模型（更小或更旧的版本）。
    .prevention-1 = 在客户端把这条消息当作 429 处理（退避重试），并为交互功能配置备用模型。

mistral-invalid-model = Mistral 无法识别该模型 ID
    .cause = 模型名称拼写错误、已下线，或者你的工作区 / 端点无法使用。
    .translation = “Invalid model: <ID>.”：无效的模型。
    .analysis-1 = Mistral 返回 type 为 invalid_model（旧版为 unknown_model）、code 为 1500；消息中回显了它收到的 ID，如果客户端没有传模型，这里就是空的。
    .fix-1 = 使用 GET https://api.mistral.ai/v1/models 返回的 ID，例如 mistral-large-latest、mistral-small-latest 或 codestral-latest。
    .fix-2 = 如果 ID 为空或出乎意料，检查你的工具是否真的传入了配置的模型。
    .prevention-1 = 优先使用 -latest 别名，或从模型列表中固定带日期的版本，并在启动时校验。

mistral-context-length = 提示词超过了 Mistral 模型的上下文窗口
    .cause = 提示词的 token（加上请求的输出长度）超过了模型的最大上下文长度。
    .translation = “Prompt contains N tokens, too large for model with M maximum context length.”：提示词包含 N 个 token，超过了该模型 M 的最大上下文长度。
    .analysis-1 = 这在生成前就会检查，原样重试依然失败。
    .fix-1 = 缩短输入：精简历史、减少检索片段，或对早期对话做摘要。
    .fix-2 = 换用上下文更大的模型（mistral-large-latest 或 mistral-small-latest 支持 128k）。
    .prevention-1 = 发送前统计 token，并为每个模型设定预算。

mistral-payment-required = Mistral 需要支付方式或余额（402）
    .cause = 工作区没有有效的订阅或支付方式，或已达到账单上限。
    .translation = “Payment required.”：需要付款。
    .analysis-1 = 402 是账单层面的拦截，重试不会恢复。
    .fix-1 = 打开 https://admin.mistral.ai/organization/billing，添加支付方式或激活套餐，并检查消费上限。
    .prevention-1 = 为工作区开启账单提醒并准备备用支付方式。

## ───────────── Cohere ─────────────

cohere-invalid-api-token = Cohere 拒绝了该 API Key（401 invalid api token）
    .cause = Key 缺失、抄错、已撤销，或不是 Cohere 的 Key；SDK 读取的是 CO_API_KEY（旧代码用 COHERE_API_KEY）。
    .translation = “invalid api token.”：API 令牌无效。
    .analysis-1 = 401 在模型运行前就已判定，用同一个 Key 重试必然失败。
    .fix-1 = 从 https://dashboard.cohere.com/api-keys 复制 Key 填入 CO_API_KEY（或向 cohere.ClientV2 传 api_key=），不要带引号或空格。
    .fix-2 = 对于自部署的工具（cohere-toolkit、Dify、LangChain），在工具自身的配置里设置 Key，因为它可能不读取你 shell 里的变量。
    .prevention-1 = 启动时用一次轻量调用（例如列出模型）校验 Key。

cohere-trial-key-rate-limit = 触发 Cohere 试用 Key 的速率限制（429）
    .cause = 试用 Key 免费，但每个接口每分钟只能调用少量次数（例如 Chat 每分钟 20 次，部分接口更少）。
    .translation = “You are using a Trial key, which is limited to N API calls / minute.”：你正在使用试用 Key，每分钟限 N 次 API 调用。
    .analysis-1 = 这是按分钟计算的限额，等待并拉开调用间隔即可；批量或并行请求会很快耗尽。
    .fix-1 = 控制调用间隔以低于每分钟限额，遇到 429 时退避重试。
    .fix-2 = 在 https://dashboard.cohere.com/api-keys 改用生产 Key（需要开通账单），限额会高得多。
    .prevention-1 = 在客户端限流，并缓存 embedding / rerank 的结果。

cohere-trial-monthly-limit = Cohere 试用 Key 的月度额度已用完（429）
    .cause = 试用 Key 每月总共只能调用 1000 次 API，这个 Key 已经用完。
    .translation = “You are using a Trial key, which is limited to 1000 API calls / month.”：你正在使用试用 Key，每月限 1000 次 API 调用。
    .analysis-1 = 虽然返回 429，但这是套餐限制：在月度重置前重试不会成功。
    .fix-1 = 在 https://dashboard.cohere.com/billing 开通账单，并改用生产 Key。
    .prevention-1 = 试用 Key 只用于评估，正式负载上线前换成生产 Key。

cohere-rate-limit = 触发 Cohere 速率限制（429）
    .cause = 该 Key 在该接口上每分钟的请求过多。
    .analysis-1 = 429 是暂时性的；不同接口和 Key 类型的限额不同。
    .fix-1 = 使用指数退避加抖动重试，并降低并发。
    .fix-2 = 如果生产流量确实需要，联系 Cohere 支持申请更高的限额。
    .prevention-1 = 按接口限流，并批量提交输入（embed 接口一次可传入多条文本）。

cohere-too-many-tokens = 提示词超出了 Cohere 模型允许的长度
    .cause = 提示词 token（加上回答所需的 max_tokens）超过了模型的上下文长度。
    .translation = “too many tokens: total number of tokens ... cannot exceed N - received M.”：token 过多，总数不能超过 N，实际收到 M。
    .analysis-1 = 这是在生成前判定的 400，原样重试依然失败。
    .fix-1 = 缩短输入或调低 max_tokens；使用 Chat 时设置 prompt_truncation（v1 API 中为 AUTO），或减少传入的文档。
    .fix-2 = 换用上下文更大的模型，例如 command-r-plus 或 command-a。
    .prevention-1 = 发送前用 co.tokenize 统计 token，并为每个模型设定预算。

cohere-model-not-found = Cohere 不认识该模型 ID（404）
    .cause = 模型 ID 拼错、已下线，或你的 Key 无权使用。
    .translation = “model '<ID>' not found, make sure the correct model ID was used and that you have access to the model.”：找不到该模型，请确认模型 ID 正确且你有权访问。
    .analysis-1 = Cohere 会给模型改名或下线（command-r-08-2024、command-r-plus-08-2024、command-a-03-2025 等），旧的简称可能已无法解析。
    .fix-1 = 使用 https://docs.cohere.com/docs/models 或 GET https://api.cohere.com/v1/models 中列出的 ID。
    .prevention-1 = 把模型 ID 放在配置里，并关注 Cohere 的弃用通知。

cohere-payment-required = Cohere 需要支付方式，或已达到账单上限（402）
    .cause = 账户达到了账单上限，或生产 Key 没有有效的支付方式。
    .analysis-1 = 402 是账单层面的拦截，重试不会恢复。
    .fix-1 = 在 https://dashboard.cohere.com/billing 添加或更新支付方式，并提高消费上限。
    .prevention-1 = 设置账单提醒，在生产流量中断前提高上限。

cohere-unsafe-request = Cohere 判定请求不安全并拦截（498）
    .cause = 输入被判定可能违反 Cohere 的使用准则，请求被拦截。
    .analysis-1 = 在 Cohere 上 498 表示内容拦截（不像 Groq 那样表示容量不足），同样的提示词重试结果相同。
    .fix-1 = 改写或删除可能违反使用准则的内容。
    .prevention-1 = 预先筛查用户输入，内容被拦截时给出明确提示。

cohere-bad-request = Cohere 判定请求无效（400）
    .cause = 请求体中缺少字段或字段不符合该接口（例如消息为空、把 v1 字段发给了 v2 API，或文档格式错误）。
    .analysis-1 = “invalid request:” 之后的消息指出了具体问题，原样重试依然失败。
    .fix-1 = 对照 https://docs.cohere.com/reference/chat 检查请求体：v2 用 ClientV2 并传 messages，v1 用 ClientV1 并传 message / chat_history。
    .fix-2 = 如果是 cohere SDK 或集成（LangChain、LlamaIndex）按过时格式构造请求，升级它们。
    .prevention-1 = 使用 SDK 的类型化请求对象，并用小请求逐一测试各接口。

openai-model-at-capacity = 所选 OpenAI 模型当前容量已满
    .cause = OpenAI 当时没有该模型的剩余容量，直接让这次响应失败，而没有排队。
    .translation = "Selected model is at capacity. Please try a different model."：所选模型容量已满，请换一个模型。
    .analysis-1 = Responses API 以失败的响应（response.failed）和这条消息报告它；这是服务方的容量限制，不是你的速率限制或额度。
    .fix-1 = 短暂指数退避后重试（先几秒，再逐渐延长）；容量通常几分钟内恢复。
    .fix-2 = 或者按消息建议在本次会话中换用其他模型（Codex CLI 中用 /model，或 -m / config.toml 的 model），并查看 https://status.openai.com/ 是否有故障。
    .prevention-1 = 配置备用模型，对容量错误用带抖动的退避重试，而不是让整个任务失败。

openai-input-tokens-exceed-limit = 输入超过了模型配置的输入上限
    .cause = 消息（连同工具、指令和之前的轮次）的 token 数超过了该部署接受的输入上限。
    .translation = "Input tokens exceed the configured limit of N tokens. Your messages resulted in M tokens."：输入 token 超过配置的上限 N，本次消息共 M 个 token。
    .analysis-1 = 消息给出了上限和本次请求的大小，差值就是需要删减的量。用相同输入重试不会成功。
    .fix-1 = 精简对话：删除或总结旧轮次，缩短工具输出和检索到的文档，只发送任务需要的文件。
    .fix-2 = 使用 Responses API 时把 truncation 设为 auto，让较早的条目被丢弃以适配上限，或在继续前压缩对话（例如 Codex CLI 的 /compact）。
    .fix-3 = 如果确实需要完整输入，换用上下文窗口更大的模型或部署。
    .prevention-1 = 发送前计算 token（tiktoken 或上一轮的 usage），为历史、工具结果和回答分别留出预算。

azure-apim-rate-limit = Azure 端点的速率限制已超出
    .cause = 模型前面的 Azure 速率限制（API Management 的 rate-limit 策略或 Azure AI 服务的限流）在其时间窗口内统计到的调用超过了上限。
    .translation = "Rate limit is exceeded. Try again in N seconds."：已超出速率限制，请在 N 秒后重试。
    .analysis-1 = 消息说明了需要等待的时间，同样的信息也在 Retry-After 响应头中。这是按密钥或订阅计算的调用窗口，不是计费停止。
    .fix-1 = 等待给出的秒数（遵循 Retry-After）后用指数退避重试；openai SDK 通过 max_retries 自动这样做。
    .fix-2 = 如果来自你自己的 API Management 网关，在 rate-limit 或 rate-limit-by-key 策略中调高 calls 或 renewal-period，或为每个调用方分配单独的订阅密钥。
    .fix-3 = 对 Azure OpenAI 配额，在 Azure AI Foundry（Deployments > Edit）中调高部署的每分钟 token 数，或把负载分散到多个区域的部署。
    .prevention-1 = 在客户端把请求速率控制在限制以下，并用带抖动、有次数上限的重试。

openrouter-key-limit-exceeded = 这个 OpenRouter API 密钥已达到其额度上限
    .cause = 该密钥创建时设置了额度上限，用量已经达到；账户本身可能仍有余额。
    .translation = "Key limit exceeded. Manage it using https://openrouter.ai/settings/keys"：密钥额度已超出，请在该页面管理。
    .analysis-1 = OpenRouter 对单个密钥的上限返回 403，而账户没有余额时返回 402：换新密钥或调高上限即可解决。
    .fix-1 = 在 https://openrouter.ai/settings/keys 编辑该密钥，调高或取消额度上限，或创建一个上限更高的新密钥。
    .fix-2 = 如果账户余额也不足，在 https://openrouter.ai/settings/credits 充值。
    .prevention-1 = 用 GET https://openrouter.ai/api/v1/key 查看密钥的用量和上限，在达到前发出告警。

openai-missing-scopes = 该 OpenAI Key 或用户缺少此接口所需的权限范围
    .cause = Key 有效但受限：受限 API Key 缺少该接口需要的 scope，或项目角色（Reader）不允许执行此操作。消息中写明了缺少的 scope。
    .translation = "You have insufficient permissions for this operation. Missing scopes: …"：你没有执行此操作的足够权限，缺少所列的权限范围。
    .analysis-1 = OpenAI 的 Key 分为 All、Restricted、Read only；每个接口需要 api.model.read、api.responses.write 之类的 scope，而项目角色决定该成员的任何 Key 能做什么。
    .fix-1 = 在 https://platform.openai.com/settings/organization/api-keys 编辑这个 Key，授予缺少的 scope（或把权限设为 All），然后重试；修改对同一个 Key 立即生效。
    .fix-2 = 如果 Key 的所有者在项目中是 Reader，请项目 Owner 将其改为 Member，或改用该项目的服务账号 Key。
    .prevention-1 = 给每个服务单独的受限 Key，只授予它调用的接口所需的 scope，并在代码旁记录。

openai-string-too-long = 单个消息字符串超过了 OpenAI 的上限
    .cause = 请求中的某个字符串（通常是一条消息的 content）超过每个字符串 10,485,760 个字符的上限，请求在到达模型前就被拒绝。
    .translation = "string too long. Expected a string with maximum length 10485760"：该字段的文本超过了允许的长度。
    .analysis-1 = 这是对请求体大小的限制，在计算 token 之前就检查；即使上下文窗口更大的模型也会拒绝。
    .fix-1 = 不要把整个文件或数据导出塞进一条消息：把文本切块分多次请求处理（分段汇总），或只检索相关部分。
    .fix-2 = 文档请用 Files API 或向量库上传，让模型通过文件输入或 file search 读取。
    .prevention-1 = 发送前检查每个用户提供的字符串长度，在代码中截断或分块。

openai-invalid-tool-schema = OpenAI 拒绝了工具或 response_format 的 JSON Schema（400）
    .cause = 作为函数参数（或 response_format）发送的 JSON Schema 不符合 API 的要求：消息里写明了函数名、Schema 内的位置（In context=(...)）以及违反的规则，例如数组缺少 items，或在 strict 模式下对象没有 additionalProperties: false、某个属性未列入 required。
    .translation = “Invalid schema for function 'NAME': In context=(PATH), REASON”：工具 NAME 的 Schema 在 PATH 处无效。
    .analysis-1 = 这是每次请求都会带上的 Schema 的问题，与对话内容无关：第一次调用就会失败，重试也一样，直到 Schema 被修正。
    .analysis-2 = In context=('properties', 'tags') 指向 parameters.properties.tags；空的 context () 表示顶层对象。
    .analysis-3 = strict 模式（strict: true，Structured Outputs）只接受 JSON Schema 的一个子集：每个对象都要有 additionalProperties: false 并把所有属性列进 required；可选字段写成与 null 的联合类型。
    .fix-1 = 打开 context 指向的属性，按消息修正：每个 type 为 array 的字段都给出 items，每个对象都加 additionalProperties: false，并把 properties 的所有键列进 required。
    .fix-2 = 用类型生成 Schema（pydantic 的 model_json_schema / openai.pydantic_function_tool，zod 的 zodFunction / zodResponseFormat），不要手写，这样数组和 required 总是完整的。
    .fix-3 = 如果工具来自框架或 MCP 服务器，就在源头（其 input schema）修正，或对该工具把 strict 设为 false。
    .prevention-1 = 启动时按 Structured Outputs 子集校验每个工具的 Schema（写一个单元测试检查 items / required / additionalProperties，或把每个工具发给 API 试一次）。
