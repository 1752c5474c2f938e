# rules/llm-other.toml 的报告文本：Anthropic、Gemini API、Vertex AI、Ollama、LiteLLM、Hugging Face、AWS Bedrock。

## Anthropic

anthropic-credit-balance-too-low = 该密钥所属的 Anthropic 组织预付费余额已用完
    .cause = 这是计费问题，不是请求格式错误：Anthropic API 采用预付费模式，该密钥所属组织的余额已降到零或以下，在充值之前所有调用都会被拒绝。
    .translation = 你的余额不足，无法访问 Anthropic API；请前往 Plans & Billing 升级或购买额度。
    .analysis-1 = Anthropic 以 HTTP 400、类型 invalid_request_error 返回此错误，但请求体本身没有问题，能说明是计费拦截的只有消息文本。重试没有任何作用。
    .analysis-2 = 余额属于组织而不是某个密钥：同一组织下所有工作区的全部密钥会同时失效。Claude.ai 的 Pro/Max 订阅不包含 API 用量，API 额度需要在 Console 中单独购买。
    .analysis-3 = 刚完成的充值可能需要几分钟才生效；如果刚付过款，请等待约五分钟再重试一次。
    .fix-1 = 在 https://console.anthropic.com/settings/billing 点击 Buy credits 充值，或在同一页面开启自动充值（auto-reload），让余额在归零前自动补足。
    .fix-2 = 确认 ANTHROPIC_API_KEY 中的密钥属于你付过款的组织：在 https://console.anthropic.com/settings/keys 查看密钥，并核对左上角显示的组织；个人或试用组织的密钥有各自独立（且已耗尽）的余额。
    .fix-3 = 如果是通过网关（one-api、new-api、LiteLLM、OpenRouter 等）调用，耗尽的是网关运营方的上游 Anthropic 账户余额：请联系运营方，或切换到仍有余额的渠道。
    .prevention-1 = 在 Console 的计费设置中开启自动充值和低余额邮件提醒，并在 https://console.anthropic.com/usage 关注消耗。
    .prevention-2 = 在客户端把这条消息视为不可重试：直接停止任务并告警，不要循环重试，以免队列白白消耗重试次数。

anthropic-usage-limit-reached = 组织已达到为 Anthropic API 设置的月度支出上限
    .cause = 这是支出上限，而不是速率限制：组织（或工作区）已用满为其配置的月度用量上限，在消息中给出的日期之前、或管理员提高上限之前，API 会一直拒绝请求。
    .translation = 你已达到设定的 API 用量上限；将于消息中给出的日期恢复访问。
    .analysis-1 = 带有这段文本的 HTTP 400 invalid_request_error 属于计费拦截。请求本身没问题，在重置日期之前重发只会得到同样的错误。
    .analysis-2 = 上限分两级：组织的月度支出上限（受其用量等级约束），以及可选的工作区级上限。任何一级都可能触发此错误。
    .fix-1 = 由组织管理员在 https://console.anthropic.com/settings/limits 提高月度上限（工作区上限在 Settings > Workspaces > 对应工作区 > Limits 中调整）。
    .fix-2 = 如果组织已达到所在等级的最高上限，可通过累计购买更多额度升级用量等级，或联系 Anthropic 销售申请定制上限。
    .fix-3 = 否则只能等到消息中给出的重置日期和时间（UTC），在此之前暂停相关任务。
    .prevention-1 = 为各工作区设置低于组织上限的支出上限，避免单个失控任务耗尽整月额度，并在 Console 中开启支出通知。
    .prevention-2 = 根据每次响应中的 usage 字段统计单次请求成本，例如在达到月度上限的 80% 时告警。

anthropic-prompt-too-long = 提示词超出了 Claude 模型的上下文窗口
    .cause = 输入 token（系统提示、消息、工具定义、文档和图片）加上 max_tokens 超过了模型的上下文窗口，Anthropic 在生成之前就拒绝了请求。
    .translation = 提示词过长：输入为 N 个 token，超过模型上限 M 个 token。
    .analysis-1 = HTTP 400 invalid_request_error。消息中给出了实测输入大小和上限：prompt is too long: N tokens > M maximum，或 input length and max_tokens exceed context limit: 输入 + max_tokens > 上限。
    .analysis-2 = 大多数 Claude 模型的窗口为 200,000 token；部分 Sonnet 模型的 100 万 token 窗口需要 context-1m beta 请求头和符合条件的用量等级。长时间运行的 Agent 循环会因为每次工具结果都留在历史中而逐渐超限。
    .fix-1 = 发送前用 token 计数接口（client.messages.count_tokens）测量并裁剪：删除或摘要最早的对话轮次，截断过大的工具结果和文档，只保留真正相关的检索片段。
    .fix-2 = 如果消息显示只超出一点，调低 max_tokens，使输入 + max_tokens 落在窗口之内。
    .fix-3 = 输入特别大时拆分任务（对分块做 map-reduce），把文档放进 Files API 并只引用需要的部分，或改用支持更大窗口的模型及对应 beta 请求头。
    .prevention-1 = 为对话维护 token 预算，超过窗口约 80% 时自动压缩历史。
    .prevention-2 = 在把工具输出和检索内容追加到消息之前，先限制其大小。

anthropic-invalid-request = Anthropic 判定请求体无效
    .cause = Messages API 请求不符合接口定义：缺少必填字段、字段类型或取值错误、内容块格式不对，或角色顺序有误。
    .analysis-1 = HTTP 400 invalid_request_error 意味着同样的请求每次都会失败；消息会指出出错字段的路径，例如 messages.1.content.0.type 或 max_tokens。
    .analysis-2 = 常见原因：把 OpenAI 风格的请求体发给 Anthropic（messages 里带 system 角色、使用 max_completion_tokens、input_text 块、n 或 logprobs），缺少 max_tokens，旧版 API 中连续两条 user 消息，空的 text 块，tool_result 找不到对应的 tool_use id，或所选模型不支持某个参数。
    .fix-1 = 对照 https://docs.claude.com/en/api/messages 修正消息中指出的字段：max_tokens 必填；system 是顶层字符串或内容块列表；messages 中 user 与 assistant 交替出现；内容块类型为 text、image、document、tool_use、tool_result。
    .fix-2 = 如果是从 OpenAI 代码迁移过来，请改用 Anthropic SDK 或 Anthropic 提供的 OpenAI 兼容端点，而不是把 OpenAI 请求体直接发到 /v1/messages。
    .fix-3 = 使用工具调用时，每个 tool_use 块都要在下一条 user 消息中回传一个 tool_use_id 相同的 tool_result。
    .prevention-1 = 用 SDK 的类型化参数构造请求，并把请求 id（request-id 响应头）与失败的请求体一起记录，便于复现。
    .prevention-2 = 不要自动重试 400 响应，应直接暴露给开发者处理。

anthropic-invalid-api-key = Anthropic 无法识别这个 API 密钥
    .cause = x-api-key 请求头中的值不是有效、可用的 Anthropic API 密钥：可能输错、被截断、带有多余空白、已被删除或停用，或者根本是其他服务的密钥。
    .translation = x-api-key 无效。
    .analysis-1 = HTTP 401 authentication_error：Anthropic 收到了密钥，但匹配不到有效密钥。重试多少次都没用。
    .analysis-2 = 典型原因：从 .env 文件复制时带上了引号或结尾换行；shell 中仍导出着旧密钥并覆盖了新密钥；把 OpenAI（sk-proj-）或网关的密钥发给了 api.anthropic.com；或者管理员已在 Console 中删除该密钥。
    .fix-1 = 在 https://console.anthropic.com/settings/keys 创建或复制一个有效密钥（以 sk-ant- 开头），不带引号和空白写入 ANTHROPIC_API_KEY，然后重启进程使其读取新值。
    .fix-2 = 核实实际使用的是哪个值：在同一个 shell 中执行 echo "$ANTHROPIC_API_KEY" | head -c 12，并检查代码里是否有 api_key= 参数覆盖了环境变量。
    .fix-3 = 如果你连接的是网关而不是 Anthropic，请把 base_url 指向网关并使用网关发放的密钥；Anthropic 密钥只能用于 api.anthropic.com。
    .prevention-1 = 把密钥放在密钥管理服务或不纳入版本控制的 .env 文件中，每个应用一个密钥，并在 Console 中定期轮换。
    .prevention-2 = 在启动时做一次低成本调用（例如列出模型）作为自检，密钥被拒时立即给出明确报错。

anthropic-missing-api-key-header = 请求到达 Anthropic 时没有携带 x-api-key 请求头
    .cause = Anthropic 通过 x-api-key 请求头认证 API 密钥，而这个请求没有它。通常是把密钥按 OpenAI 的方式放进了 Authorization: Bearer，或者存放密钥的变量为空。
    .translation = 缺少必需的 x-api-key 请求头。
    .analysis-1 = HTTP 401 authentication_error。与 OpenAI 不同，Anthropic 不从 Authorization 头读取 API 密钥；用 Bearer 头发送普通的 sk-ant- 密钥，会被当作没有提供密钥。
    .analysis-2 = 常见来源：手写的 HTTP 客户端、指向 api.anthropic.com 的 OpenAI 兼容工具，以及会改写请求头的代理。
    .fix-1 = 以 x-api-key: <密钥> 发送，同时带上 anthropic-version: 2023-06-01 和 content-type: application/json；或者直接使用官方 SDK，它会自动设置这些请求头。
    .fix-2 = 如果代码里已经设置了该请求头，请确认环境变量在当前进程中确实有值（容器和 CI 任务通常不会继承你 shell 中的 export）。
    .fix-3 = 如果中间有代理或网关，确认它会原样转发 x-api-key 请求头。
    .prevention-1 = 使用官方 SDK，或把原始 HTTP 调用封装进一个总是设置 x-api-key 和 anthropic-version 的辅助函数。
    .prevention-2 = ANTHROPIC_API_KEY 为空时在启动阶段直接报错，不要发送未认证的请求。

anthropic-authentication-error = Anthropic 拒绝了本次请求的凭据
    .cause = Anthropic 无法认证该请求：密钥已被停用、删除、过期或因其他原因不可用。
    .analysis-1 = HTTP 401 authentication_error 只与凭据有关，与请求体无关；消息会说明凭据的具体问题。
    .analysis-2 = 被管理员或 Anthropic 停用的密钥（例如在公开仓库中被检测到泄露）无法恢复，必须换用新密钥。
    .fix-1 = 打开 https://console.anthropic.com/settings/keys，确认该密钥在正确的工作区中且处于启用状态；若已停用或删除，请新建一个。
    .fix-2 = 在所有配置了旧密钥的地方（部署密钥、CI 变量、.env 文件）更新 ANTHROPIC_API_KEY，并重启相关服务。
    .prevention-1 = 切勿把密钥提交到代码库：泄露的密钥会被自动吊销。请使用密钥管理服务，并对提交做密钥扫描。
    .prevention-2 = 为每个服务分配独立的密钥，这样轮换其中一个时不会影响其他服务。

anthropic-sdk-missing-credentials = Anthropic SDK 找不到可以发送的 API 密钥
    .cause = 创建客户端时既没有传 api_key 也没有传 auth_token，而当前进程里也没有设置 ANTHROPIC_API_KEY，因此 SDK 拒绝构造请求。
    .translation = 无法确定认证方式：api_key 和 auth_token 都没有设置。
    .analysis-1 = 这个错误在本地、发出任何网络请求之前就抛出了；Anthropic 根本没有收到请求。
    .analysis-2 = 常见原因：.env 文件没有加载（或在创建客户端之后才加载）、变量设置在另一个 shell 里，或者容器、IDE 运行配置、CI 任务没有把它传进来。
    .fix-1 = 在程序实际运行的环境中导出 ANTHROPIC_API_KEY，或显式传入 api_key=；使用 python-dotenv 或 dotenv 时，要在创建客户端之前加载 .env。
    .fix-2 = Docker 中用 -e ANTHROPIC_API_KEY 或 compose 的 env_file；CI 中把它添加为 secret 并映射到任务的环境变量。
    .prevention-1 = 启动时校验必需的环境变量，并明确打印缺少的是哪一个。

anthropic-organization-disabled = Anthropic 已停用该 API Key 所属的组织
    .cause = Key 所属的组织被 Anthropic 停用，通常是使用政策或条款审查、付款问题或疑似账号共享导致；该组织的所有 Key 都会被拒绝。
    .translation = “This organization has been disabled.”：该组织已被停用。
    .analysis-1 = Anthropic 以 400 invalid_request_error 返回，但请求本身没有问题：是账号状态拦截了它，所以重试、换同一组织的新 Key 或换模型都没有用。
    .analysis-2 = 在 Claude Code 中，来自已停用组织的 ANTHROPIC_API_KEY 会覆盖你的 Claude Pro/Max 登录，即使订阅本身正常也会出现此错误。
    .fix-1 = 登录 https://console.anthropic.com 查看组织状态和 Anthropic 发来的邮件；如需申诉，使用其中链接的申诉表单或通过 https://support.claude.com 联系支持。
    .fix-2 = 如果你本来想用订阅或其他组织，清除过时的 Key（unset ANTHROPIC_API_KEY，并从 shell 配置文件或 .env 中删除）后重新登录，或改用正常组织的 Key。
    .prevention-1 = 遵守 Anthropic 的使用政策和条款，不要多人共享 Key 或转售访问权限，并保持账单信息有效。

anthropic-permission-error = 这个 Anthropic 密钥无权使用所请求的资源
    .cause = 密钥认证通过了，但其所属组织或工作区不允许使用该模型、功能或端点。
    .analysis-1 = HTTP 403 permission_error：凭据本身有效，换成同一工作区的另一个密钥也无济于事，缺的是权限。
    .analysis-2 = 典型情况：组织未开通某个模型或 beta 功能、工作区被限制只能使用部分模型、用普通密钥调用了 Admin API 端点，或组织被 Anthropic 限制。
    .fix-1 = 根据消息中提到的资源，到 https://console.anthropic.com/settings/workspaces 检查工作区设置，并在 Console 中核对组织的访问权限。
    .fix-2 = Admin API 端点要用管理员密钥（sk-ant-admin...）；beta 功能需发送文档规定的 anthropic-beta 请求头。
    .fix-3 = 如果该资源理应对你开放，请带上失败请求的 request-id 值联系 Anthropic 支持。
    .prevention-1 = 维护一份各工作区可用模型和功能的清单，新模型先在预发布工作区测试，再切换生产环境。

anthropic-region-not-allowed = Anthropic 因请求来源地区而拒绝了请求
    .cause = 来自该国家或地区的请求不受支持：Anthropic 会检查调用方的公网 IP，而这台机器、代理或云区域的出口 IP 位于支持的国家之外。
    .translation = 请求不被允许。
    .analysis-1 = 类型为 forbidden、消息只有 Request not allowed 的 HTTP 403 来自 Anthropic 的边缘网关，发生在认证之前；问题不在密钥，也不在请求体。
    .analysis-2 = 从不受支持的国家发起调用，或服务器、VPN 出口、Serverless 边缘节点的 IP 被判定在这些地区时，都会出现此错误。
    .fix-1 = 从位于受支持国家的基础设施调用 API（见 https://www.anthropic.com/supported-countries），例如部署在这些地区的服务器或云区域。
    .fix-2 = 也可以在提供 Claude 的区域通过 Amazon Bedrock 或 Google Vertex AI 使用，但同样受国家/地区规则约束。
    .prevention-1 = 把 API 流量固定在受支持区域的部署上，新环境上线前先检查出口 IP 所在国家（curl https://ipinfo.io/country）。

anthropic-model-not-found = Anthropic 不认识所请求的模型 id
    .cause = model 字段指定的模型不存在、已下线、拼写错误，或该组织无权使用。
    .translation = 找不到模型：model: 后面给出的模型对该密钥不存在。
    .analysis-1 = HTTP 404 not_found_error，消息为 model: 加上你发送的 id。路径是对的，只有模型 id 有问题。
    .analysis-2 = 常见错误：把 OpenAI 或 Bedrock 的 id（anthropic.claude-... 或 gpt-4o）发给 Anthropic API、日期后缀不存在、模型下线后其别名已被移除，或单纯拼写错误。
    .fix-1 = 用 GET https://api.anthropic.com/v1/models（client.models.list()）列出该密钥可用的 id，原样复制其中之一，例如 claude-sonnet-4-5。
    .fix-2 = 查看 https://docs.claude.com/en/docs/about-claude/model-deprecations，把代码从已下线的模型迁移出去。
    .prevention-1 = 把模型 id 放在配置中而不是写死在代码里，并在部署时对 models 端点做一次冒烟测试。

anthropic-not-found = 找不到该 Anthropic 端点路径
    .cause = 请求到达了 Anthropic，但访问的路径不存在，通常是 base URL 与路径拼接错误。
    .analysis-1 = 消息中不含 model 的 HTTP 404 not_found_error 指向的是 URL 而非模型：例如 /v1/v1/messages、把 OpenAI 路径 /v1/chat/completions 发给了 Anthropic 原生 API，或使用了已下线的端点。
    .fix-1 = Messages API 的地址是 https://api.anthropic.com/v1/messages；配置 SDK 时 base_url 设为 https://api.anthropic.com，不要带 /v1。
    .fix-2 = OpenAI 风格的客户端请使用 Anthropic 的 OpenAI SDK 兼容地址 https://api.anthropic.com/v1/ 并走 chat completions 路径，或改用 Anthropic SDK。
    .fix-3 = 如果访问的是批处理、文件等资源 id，请确认该 id 存在于当前工作区。
    .prevention-1 = 所有 URL 都由同一个配置好的 base URL 拼出，并在启动时用一次低成本请求验证。

anthropic-request-too-large = 请求体超过了 Anthropic 允许的大小
    .cause = HTTP 请求体超过了 Anthropic 的大小上限：Messages API 为 32 MB，Message Batches 为 256 MB，文件上传为 500 MB。通常是内联的 base64 大图片和 PDF 造成的。
    .translation = 请求超过了允许的最大字节数。
    .analysis-1 = HTTP 413 request_too_large 针对的是字节数而不是 token 数；它在模型看到提示词之前就被拦下，有时由 API 前面的 Cloudflare 返回。
    .analysis-2 = base64 编码会让文件大约增大三分之一，所以一个 25 MB 的 PDF 内联发送时就已超过 32 MB。
    .fix-1 = 通过 Files API 一次性上传大文档和图片，之后用 file_id 引用，而不是内联发送 base64。
    .fix-2 = 缩小或重新压缩图片（长边约 1568 像素对 Claude 已足够），把大 PDF 按页拆分，分成多个较小的请求发送。
    .fix-3 = 对于批处理，把一个大批次拆成若干小批次。
    .prevention-1 = 发送前检查序列化后的请求体大小，超大的输入自动改走 Files API。

anthropic-image-too-large = 请求中的一张图片超过了 Claude 的单图大小限制
    .cause = 某个图片块的数据超过了 Messages API 对单张图片的大小限制（解码后 5 MB）；消息前面的路径（messages.N.content.M.image.source.base64）指出了它在哪条消息的哪个内容块。PNG 截图和手机照片最常见。
    .translation = "image exceeds 5 MB maximum: X bytes > 5242880 bytes"：这张图片有 X 字节，上限为 5 MB。
    .analysis-1 = 这是针对单张图片的检查，与整个请求的大小限制（32 MB，413 request_too_large）和上下文窗口都无关；原样重发同一张图片永远不会通过。
    .analysis-2 = 在智能体和编程助手中，图片可能来自之前的对话轮次或工具结果（截图），因此在它离开历史之前，每次请求都会再次失败。
    .fix-1 = 发送前缩放并重新编码图片：长边约 1568 像素（更大的图片 Claude 也会先缩小，不影响效果），用 JPEG 或 WebP 代替 PNG。
    .fix-2 = 如果图片来自对话历史或工具结果，删除或替换该内容块（开启新对话，或压缩历史），避免后续请求继续携带它。
    .fix-3 = 需要在多次请求中复用的图片，缩放一次后通过 Files API 上传，之后引用 file_id，而不是每次都发送 base64。
    .prevention-1 = 在图片进入应用的入口（上传处理、截图工具）统一缩放，并在构造请求前检查编码后的大小。

anthropic-acceleration-limit = Anthropic 限制了该组织流量的突然激增
    .cause = 组织的用量增长速度超过了 Anthropic 允许的幅度（加速限制，acceleration limit），即便仍在每分钟速率限制之内。
    .analysis-1 = HTTP 429 rate_limit_error。加速限制用于防止突发尖峰冲击容量，流量平稳增长后会逐步放宽。
    .fix-1 = 逐步放量（例如每隔几分钟增加固定比例的流量），不要一次性把大量任务切换上来。
    .fix-2 = 遵循 retry-after 响应头，并用队列加并发上限把突发任务分散到一段时间内。
    .fix-3 = 计划中的大规模上线，请提前与 Anthropic 销售沟通更高的限额或 Priority Tier 容量。
    .prevention-1 = 在客户端限流，并使用带上限和完全抖动（full jitter）的指数退避；避免多个 worker 同步重试。
    .prevention-2 = 把不紧急的批量任务迁移到 Message Batches API，它的限额与实时调用分开计算。

anthropic-rate-limit = 超过了该组织的 Anthropic 速率限制
    .cause = 组织每分钟发送的请求数、输入 token 或输出 token 超过了其用量等级对该模型的限额。
    .translation = 该请求会超出组织的每分钟速率限制（请求数、输入 token 或输出 token）。
    .analysis-1 = HTTP 429 rate_limit_error 是暂时性的。响应带有 retry-after 以及 anthropic-ratelimit-requests/input-tokens/output-tokens 的 -limit、-remaining、-reset 响应头，可以看出是哪一项用完了。
    .analysis-2 = 限额按组织和模型类别计算，并随用量等级提高；请求被接纳时 max_tokens 会计入输出 token 限额，因此 max_tokens 设得过大会更快耗尽额度。
    .fix-1 = 等待 retry-after 指定的时间，再以带上限的指数退避加抖动重试；官方 SDK 在调高 max_retries 后会自动这样做。
    .fix-2 = 降低每分钟负载：减少并发、缩短提示词、使用提示缓存（大多数模型上缓存命中的输入 token 不计入输入 token 限额），并把 max_tokens 设为接近实际需要的值。
    .fix-3 = 在 https://console.anthropic.com/settings/limits 查看当前等级和限额；购买更多额度可升级用量等级，销售还可进一步提高限额。
    .prevention-1 = 根据 anthropic-ratelimit-*-remaining 响应头在客户端主动限流，而不是等到 429 出现。
    .prevention-2 = 批量、非交互的任务改用 Message Batches API。

anthropic-api-error = Anthropic 内部出错
    .cause = Anthropic 服务内部发生了意外错误，请求本身可能没有问题。
    .translation = 服务器内部错误。
    .analysis-1 = HTTP 500 api_error 是 Anthropic 侧的问题，通常是暂时性的；集中出现时往往对应 https://status.anthropic.com 上的故障事件。
    .fix-1 = 以带上限的指数退避加抖动重试（SDK 默认对 5xx 重试两次，可调高 max_retries）。
    .fix-2 = 如果只有某个特定请求持续失败，逐步简化它（去掉某个工具、图片或 beta 功能）找出诱因，并把 request-id 值提供给 Anthropic 支持。
    .prevention-1 = 为每个失败调用记录 request-id 响应头，并为关键路径准备备用模型或备用服务商。

anthropic-overloaded = Anthropic API 当前过载
    .cause = Anthropic 该模型的容量暂时对所有用户都不足；这不是你的速率限制，也不是你的请求有问题。
    .translation = 服务过载。
    .analysis-1 = HTTP 529 overloaded_error 是 Anthropic 表示容量紧张的专用状态码。旧版 SDK 将其抛为 InternalServerError，新版抛为 OverloadedError。
    .analysis-2 = 它在高峰时段或故障期间成批出现（见 https://status.anthropic.com），通常几秒到几分钟内就会缓解。
    .fix-1 = 以带上限、完全抖动的指数退避重试；调高 SDK 的 max_retries，让偶发的 529 被自动消化。
    .fix-2 = 重试耗尽后切换到其他模型（例如 Haiku 系列），或其他提供 Claude 的平台（Bedrock、Vertex AI）。
    .fix-3 = 对延迟敏感的生产流量，可向 Anthropic 咨询 Priority Tier，它会优先于标准流量得到服务。
    .prevention-1 = 按 529 会发生来设计：任务幂等、排队重试并加抖动，按持续错误率而非单次失败告警。

anthropic-stream-error-event = Claude 的流式响应被一个 overloaded 错误事件中断
    .cause = 流式响应已以 HTTP 200 开始，随后在生成过程中容量耗尽，Anthropic 发送了一个携带 overloaded_error 的 event: error 事件。
    .translation = 服务过载（以流内错误事件的形式发送）。
    .analysis-1 = 由于 HTTP 状态码已经是 200，这个错误以 SSE 的 event: error 形式到达，Python SDK 会抛出不带状态码的 APIStatusError。只按状态码判断的通用重试逻辑会漏掉它。
    .analysis-2 = 已收到的部分文本是不完整的，这条消息并没有生成完。
    .fix-1 = 捕获遍历流时抛出的错误，检查是否为 overloaded_error，然后带退避和抖动重新发起整个请求。
    .fix-2 = 如果反复出现，为该请求切换到其他 Claude 模型或平台。
    .prevention-1 = 只有收到 message_stop 后才把流式输出视为完整，并让流的消费方可以重新开始。

## Google Gemini API

gemini-api-key-invalid = Gemini API 密钥无效
    .cause = 发往 generativelanguage.googleapis.com 的密钥不是该 API 可用的有效 Google API 密钥：可能输错或被截断、已被删除、属于其他服务，或者程序读取了错误的变量。
    .translation = API 密钥无效，请提供有效的 API 密钥。
    .analysis-1 = Google 返回的是 HTTP 400 INVALID_ARGUMENT（ErrorInfo reason 为 API_KEY_INVALID）而不是 401；请求体没有问题，被拒绝的只是密钥。
    .analysis-2 = 常见原因：同时设置了 GOOGLE_API_KEY 和 GEMINI_API_KEY（SDK 优先使用 GOOGLE_API_KEY）、.env 中的值带引号或换行、把 OAuth 访问令牌或服务账号 JSON 当作 api_key 传入，或密钥已在 Google Cloud 控制台被删除。
    .fix-1 = 在 https://aistudio.google.com/apikey 创建或复制密钥，通过 x-goog-api-key 请求头（或 ?key= 参数）发送；使用 SDK 时设置 GEMINI_API_KEY，清除过期的 GOOGLE_API_KEY，并重启进程。
    .fix-2 = 如果密钥是在 Google Cloud 控制台创建的，到 https://console.cloud.google.com/apis/credentials 确认它仍然存在，且 API 限制中包含 Generative Language API。
    .fix-3 = 如果你本意是用服务账号调用 Vertex AI，就不要传 API 密钥：以 vertexai=True 并指定 project 和 location 来创建客户端。
    .prevention-1 = 每个应用使用一个密钥并存放在密钥管理服务中，同时把它限制为仅可调用 Generative Language API。
    .prevention-2 = 启动时调用一次 models.list 校验密钥，让无效密钥尽早暴露。

gemini-api-key-expired = Gemini API 密钥已过期
    .cause = 该密钥设置了有效期（或已被轮换）且已过期，因此即使以前能用，现在也会被 Google 拒绝。
    .translation = API 密钥已过期，请续期该密钥。
    .analysis-1 = HTTP 400 INVALID_ARGUMENT，reason 为 API_KEY_INVALID，但消息明确说是过期：密钥能被识别，只是已经失效。
    .fix-1 = 在 https://aistudio.google.com/apikey（或 Cloud 控制台的 API 和服务 > 凭据）创建新密钥，替换 GEMINI_API_KEY 以及所有部署环境中的密钥。
    .fix-2 = 如果是有意轮换的，请更新仍在使用旧值的服务并重启它们。
    .prevention-1 = 记录密钥的到期时间并提前轮换；使用支持自动轮换的密钥管理服务保存密钥。

gemini-missing-api-key = Gemini 请求没有携带 API 密钥
    .cause = 请求以匿名身份到达 Gemini API：既没有 x-goog-api-key 请求头、也没有 key 参数或 OAuth 令牌，通常是因为存放密钥的变量为空。
    .translation = 该方法不允许未注册的调用方；请使用 API 密钥或其他身份凭据调用。
    .analysis-1 = 这里的 HTTP 403 PERMISSION_DENIED 实质上是认证问题：Google 无法判断是谁在调用。
    .analysis-2 = 典型原因：GEMINI_API_KEY 没有导出到当前进程（容器、CI、IDE 运行配置）、客户端在加载 .env 之前就已创建，或代理丢弃了 x-goog-api-key 请求头。
    .fix-1 = 在 https://aistudio.google.com/apikey 获取密钥，在程序运行的环境中导出为 GEMINI_API_KEY，并传给客户端或放入 x-goog-api-key 请求头。
    .fix-2 = 如果前面有代理或网关，确认它会转发 x-goog-api-key（或 key 查询参数）。
    .prevention-1 = 密钥变量为空时在启动阶段直接报错，而不是发送匿名请求。

gemini-api-key-restricted = API 密钥上的限制阻止了本次 Gemini 调用
    .cause = 密钥存在，但在 Google Cloud 控制台为它设置的限制不允许本次调用：HTTP 引荐来源、IP 地址或应用限制不匹配，或密钥的 API 限制中没有包含 Generative Language API。
    .analysis-1 = HTTP 403 PERMISSION_DENIED，reason 为 API_KEY_HTTP_REFERRER_BLOCKED、API_KEY_IP_ADDRESS_BLOCKED 或 API_KEY_SERVICE_BLOCKED 等。
    .analysis-2 = 服务端代码不会发送 Referer 请求头，所以限制为“网站”的密钥从后端调用时会被拒绝（referer <empty>）。
    .fix-1 = 打开 https://console.cloud.google.com/apis/credentials 编辑该密钥，在“API 限制”中允许 Generative Language API。
    .fix-2 = 让应用限制与调用来源一致：服务器用 IP 地址限制，HTTP 引荐来源只用于浏览器代码，本地开发可不设应用限制。
    .fix-3 = 或者为后端单独准备一个不设应用限制、但仍只允许 Generative Language API 的密钥。
    .prevention-1 = 浏览器和服务器使用不同的密钥，各自采用与调用方匹配的最严格限制。

gemini-user-location-not-supported = 调用方所在地区无法使用 Gemini API
    .cause = Google 根据请求的公网 IP 判断地区，而该 IP 属于未开放 Gemini API 的国家或地区。
    .translation = 用户所在地区不支持使用该 API。
    .analysis-1 = HTTP 400 FAILED_PRECONDITION：密钥和请求都没有问题，被拒绝的是请求来源。
    .analysis-2 = 服务器或边缘函数的出口经常不在预期的位置，例如 Serverless/边缘运行时经香港出口，或 VPN 出口位于不受支持的地区。
    .fix-1 = 在 https://ai.google.dev/gemini-api/docs/available-regions 查看支持的地区，并从这些地区的基础设施发起调用。
    .fix-2 = 在 Serverless 或边缘平台上，把函数固定部署到受支持的区域，或让 Gemini 流量经由位于受支持地区的 HTTPS 代理转发。
    .fix-3 = 对企业用户而言，在受支持的 Google Cloud 区域使用 Vertex AI 区域端点也是一种选择。
    .prevention-1 = 每个新部署上线前检查其出口所在国家（curl https://ipinfo.io/country）。

gemini-free-tier-unavailable-in-country = 该国家不提供 Gemini 免费层，需要开通结算
    .cause = 项目使用的是免费层，而 Google 在调用方所在国家不提供免费层，只允许付费层使用。
    .translation = 你所在的国家不提供 Gemini API 免费层，请在 Google AI Studio 中为项目启用结算。
    .analysis-1 = HTTP 400 FAILED_PRECONDITION。密钥本身可用，只是项目没有关联结算账号。
    .fix-1 = 在 Google AI Studio 打开 https://aistudio.google.com/apikey，选择密钥所属项目并设置结算（关联 Cloud Billing 账号），将其升级到付费层。
    .fix-2 = 之后用同一个密钥重试即可；付费层的配额和价格见 https://ai.google.dev/gemini-api/docs/pricing。
    .prevention-1 = 开通结算后，在 Cloud 控制台为结算账号设置预算和提醒。

gemini-token-limit-exceeded = 输入超过了 Gemini 模型的 token 上限
    .cause = 请求的输入 token（文本、文件、图片、音频、视频和历史记录）超过了该模型允许的最大输入 token 数。
    .translation = 输入 token 数超过了允许的最大 token 数。
    .analysis-1 = HTTP 400 INVALID_ARGUMENT，消息中给出了实测数量和上限。媒体内容占用很多：每秒视频、每秒音频或每页 PDF 都按固定 token 数计费。
    .fix-1 = 发送前用 models.count_tokens 计数并裁剪：删除旧的对话轮次、缩短文档、降低媒体分辨率（配置中的 media_resolution）或截短长视频。
    .fix-2 = 把大输入拆分成块分别处理（map-reduce），或改用输入窗口更大的模型。
    .fix-3 = 对于反复使用的大段上下文，使用上下文缓存（context caching），避免每次都完整重发。
    .prevention-1 = 为每个请求设定 token 预算，在开发阶段以及处理用户上传文件时用 count_tokens 检查。

gemini-invalid-argument = Gemini 判定请求格式错误
    .cause = 请求体不符合 Gemini API 的定义：字段未知或拼写错误、类型或取值错误、角色无效，或该 API 版本或模型不支持某项功能。
    .analysis-1 = 同样的请求体会反复得到 HTTP 400 INVALID_ARGUMENT；消息（以及 details.fieldViolations）会指出出错的字段。
    .analysis-2 = 常见原因：使用了 OpenAI 风格的参数（用 max_tokens 而非 maxOutputTokens、角色用 assistant 而非 model、用 system 角色而非 systemInstruction）、contents 为空或 text 部分为空、responseSchema 有误、不支持的 MIME 类型，或把新功能发到了 v1 而不是 v1beta。
    .fix-1 = 对照 https://ai.google.dev/api/generate-content 检查请求体：contents 中角色为 user 或 model，systemInstruction 放在顶层，生成参数放在 generationConfig 内（maxOutputTokens、temperature、responseMimeType）。
    .fix-2 = 如果字段在文档中存在却被拒绝，把端点切换到 v1beta（SDK 默认即是），或换用支持该功能的模型。
    .fix-3 = 使用 OpenAI 兼容端点（https://generativelanguage.googleapis.com/v1beta/openai/）时，只使用该端点支持的参数。
    .prevention-1 = 用官方 google-genai SDK 的类型来构造请求，并在作为 responseSchema 发送前校验 JSON Schema。

gemini-permission-denied = Gemini API 拒绝了该调用方的权限
    .cause = 凭据能被识别，但无权执行此操作：密钥所属项目无权访问该资源（例如其他项目创建的微调模型或文件），或缺少 OAuth 授权范围。
    .analysis-1 = HTTP 403 PERMISSION_DENIED 不会因重试而消失，需要更换项目、密钥或令牌。
    .analysis-2 = 微调模型和上传的文件归创建它们的项目所有，其他项目的密钥无法读取；微调模型还可能需要 OAuth 而不是 API 密钥。
    .fix-1 = 使用与微调模型或文件同属一个项目的密钥（在 https://aistudio.google.com/apikey 查看项目），或在密钥所属项目下重新创建该资源。
    .fix-2 = 使用 OAuth 时，申请所需的授权范围（例如 https://www.googleapis.com/auth/generative-language.retriever）并刷新令牌。
    .fix-3 = 如果消息提到 API 已停用，请为该项目启用 Generative Language API。
    .prevention-1 = 同一个应用的资源和密钥放在同一个项目中，并记录微调模型归属哪个项目。

gemini-service-disabled = 密钥所属项目未启用 Generative Language API
    .cause = 密钥所属（或被设为配额项目）的 Google Cloud 项目没有启用 Generative Language API，或已将其关闭。
    .translation = 该项目此前从未使用过 Generative Language API，或该 API 已停用；请启用后重试。
    .analysis-1 = HTTP 403 PERMISSION_DENIED，reason 为 SERVICE_DISABLED；消息中给出了项目编号和启用链接。
    .analysis-2 = 在 Cloud 控制台为现有项目创建密钥时不会自动启用该 API；从 AI Studio 创建的密钥通常会自动启用。
    .fix-1 = 打开消息中的链接，或执行 gcloud services enable generativelanguage.googleapis.com --project=PROJECT_ID，然后等待几分钟让设置生效。
    .fix-2 = 核对消息中的项目编号是否是你预期的项目；密钥或配额项目错了，就会指向别的项目。
    .prevention-1 = 在项目初始化脚本中启用所需 API（Terraform 的 google_project_service 或 gcloud），不要手工操作。

gemini-model-not-found = 该 API 版本或方法下找不到这个 Gemini 模型
    .cause = 模型 id 不存在、已下线、拼写错误，或在当前 API 版本（v1 或 v1beta）下不支持 generateContent。
    .translation = 在该 API 版本下找不到 models/X，或它不支持 generateContent；请调用 ListModels 查看可用模型。
    .analysis-1 = HTTP 404 NOT_FOUND。gemini-pro、gemini-1.0-pro、gemini-1.5-* 等旧名称已经下线，预览版和实验版 id 被替代后也会消失。
    .analysis-2 = 有些模型只存在于 v1beta 中，嵌入模型和图像模型不支持 generateContent。
    .fix-1 = 列出模型及其支持的方法（SDK 中的 models.list，或 GET https://generativelanguage.googleapis.com/v1beta/models），改用当前的 id，例如 gemini-2.5-flash 或 gemini-2.5-pro。
    .fix-2 = 升级旧 SDK（google-generativeai 已弃用，请改用 google-genai 或 @google/genai），新 SDK 默认使用 v1beta 和当前的模型名。
    .fix-3 = 调用模型支持的方法：嵌入模型用 embedContent，文本模型用 generateContent。
    .prevention-1 = 把模型 id 放在配置中，并关注 https://ai.google.dev/gemini-api/docs/changelog 中的下线通知。

gemini-free-tier-model-unavailable = 该 Gemini 模型没有免费层配额（limit 为 0）
    .cause = 项目处于免费层，而所请求模型的免费层配额为零，因此每次调用都会立即失败；这是套餐限制，与流量大小无关。
    .translation = 你已超出当前配额：该模型的免费层上限为 0。
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED，但配额指标显示 free_tier 且 limit: 0；等待没有用，因为这个配额永远不会恢复。
    .analysis-2 = Google 会取消部分模型（常见于 Pro 和预览模型）的免费层配额或将其设为零；同一个密钥调用仍有免费配额的模型是正常的。
    .fix-1 = 在 AI Studio 为项目启用结算（https://aistudio.google.com/apikey 中的 Set up billing），即可获得该模型的付费层配额。
    .fix-2 = 或者改用仍有免费层配额的模型，列表见 https://ai.google.dev/gemini-api/docs/rate-limits（例如 Flash 或 Flash-Lite 系列）。
    .prevention-1 = 采用新模型之前，先在 https://aistudio.google.com/usage 查看项目配额。

gemini-daily-quota-exceeded = 该模型的 Gemini 每日配额已用完
    .cause = 项目已用完该模型的每日请求数（或每日 token）配额；quotaId 中包含 PerDay。
    .translation = 你已超出今天的当前配额。
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED。与每分钟限制不同，过几秒重试不会成功：每日配额在太平洋时间午夜重置。
    .analysis-2 = 免费层的每日限额很小；付费层的限额随用量等级提高。
    .fix-1 = 等待配额重置，或把流量切换到每日配额尚未用完的其他模型。
    .fix-2 = 启用结算或升级到更高等级以提高每日限额；当前限额见 https://aistudio.google.com/usage，等级对照表见 https://ai.google.dev/gemini-api/docs/rate-limits。
    .fix-3 = 减少每日调用次数：缓存结果、在一次请求中处理多条数据，或把批量任务交给 Batch API。
    .prevention-1 = 跟踪每日用量并在接近上限前告警；quotaId 包含 PerDay 时停止重试循环。

gemini-rate-limit = 超过了 Gemini API 的速率限制
    .cause = 项目每分钟发送的请求数或 token 数超过了该模型的配额（RPM/TPM），或触发了短时的共享限制。
    .translation = 你已超出当前配额；请在给出的等待时间后重试。
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED。details 中的 QuotaFailure.violations[].quotaId 说明触发的是哪一项限制（例如 GenerateRequestsPerMinutePerProjectPerModel-FreeTier），RetryInfo.retryDelay 说明需要等待多久。
    .analysis-2 = 限额按项目而不是按密钥计算：同一项目的多个密钥共享同一份配额。
    .fix-1 = 等待 retryDelay（或消息中 Please retry in Ns 提示的时间），然后以带上限的指数退避加抖动重试。
    .fix-2 = 降低并发和每个请求的 token 数，或用队列把负载在时间上摊开。
    .fix-3 = 提高限额：启用结算（付费层）、升级用量等级或申请更多配额；可对照 https://aistudio.google.com/usage 与 https://ai.google.dev/gemini-api/docs/rate-limits 查看。
    .prevention-1 = 在客户端按所在等级的 RPM/TPM 限流，并遵循 retryDelay，不要立即重试。
    .prevention-2 = 大型离线任务使用 Batch API。

gemini-prepaid-credits-exhausted = Gemini API 预付费额度已用完
    .cause = 项目关联的结算账号使用预付费额度，而额度已经耗尽；计费到该账号的所有密钥都会停止工作。
    .analysis-1 = 带 RESOURCE_EXHAUSTED 的 HTTP 402 是计费拦截而不是速率限制，重试没有作用。
    .fix-1 = 在 Google AI Studio 或 Cloud 控制台的结算页面为该结算账号充值，然后重试。
    .fix-2 = 如果不确定该给哪个账号充值，在 Cloud 控制台（结算 > 账号管理）查看项目关联的结算账号。
    .prevention-1 = 如有自动充值功能请开启，并为结算账号设置预算提醒。

gemini-internal-error = Gemini 内部出错
    .cause = Google 服务内部出错。对 Gemini 而言，这常由超长上下文或特殊输入触发，也可能只是暂时性故障。
    .translation = 发生了内部错误；请重试或反馈该问题。
    .analysis-1 = HTTP 500 INTERNAL 是 Google 侧的问题，同一请求重试后可能成功。
    .analysis-2 = 如果某个特定请求反复出错，很可能是输入的长度或内容触发了问题。
    .fix-1 = 以带上限的指数退避加抖动重试（google-genai SDK 可通过 HttpRetryOptions 实现）。
    .fix-2 = 如果持续出错，缩短输入上下文，或暂时换用其他模型（例如从 Pro 换到 Flash）。
    .fix-3 = 到 https://aistudio.google.com/status 查看故障信息，可复现的问题请附上请求细节到 Gemini API 论坛反馈。
    .prevention-1 = 让输入远低于模型上限，并为关键路径准备备用模型。

gemini-model-overloaded = Gemini 模型当前过载
    .cause = Google 暂时缺少该模型的容量；这不是你的配额问题，也不是请求的问题。
    .translation = 模型过载，请稍后再试。
    .analysis-1 = HTTP 503 UNAVAILABLE。热门模型和预览模型在高峰时段经常出现，通常几分钟内恢复。
    .fix-1 = 以带上限、完全抖动的指数退避重试。
    .fix-2 = 如果持续失败，切换到其他模型（例如从 gemini-2.5-pro 换成 gemini-2.5-flash）。
    .fix-3 = 需要有保障的容量时，使用 Vertex AI 的预配吞吐量（Provisioned Throughput）。
    .prevention-1 = 避免多个 worker 同步重试，并关注 https://aistudio.google.com/status。

gemini-deadline-exceeded = Gemini 请求超过了截止时间
    .cause = 生成过程没能在服务端或客户端的截止时间内完成，通常是因为提示词或要求的输出很大。
    .translation = 操作完成之前已超过截止时间。
    .analysis-1 = HTTP 504 DEADLINE_EXCEEDED。任务可能只是需要比截止时间更长的时间，请求本身不一定有错。
    .fix-1 = 调大客户端超时（google-genai 中 HttpOptions 的 timeout，单位为毫秒），并用 generate_content_stream 流式获取结果，让数据在截止前开始返回。
    .fix-2 = 缩短提示词或调低 maxOutputTokens，或把任务拆成更小的请求。
    .prevention-1 = 长文本生成一律使用流式输出，设置明确且充裕的超时，并配合退避重试。

gemini-prompt-blocked = Gemini 的安全或政策过滤器拦截了提示词
    .cause = 输入被判定违反了某个安全类别或政策，因此没有生成回答；promptFeedback.blockReason 说明了原因（SAFETY、BLOCKLIST、PROHIBITED_CONTENT 或 OTHER）。
    .analysis-1 = 这不是 HTTP 错误：调用返回 200，但没有候选结果且设置了 promptFeedback.blockReason；访问 response.text 这类 SDK 辅助属性时会因为没有文本而抛错。
    .analysis-2 = SAFETY 拦截取决于你设置的安全阈值；PROHIBITED_CONTENT 和 BLOCKLIST 拦截无法通过设置放宽。
    .fix-1 = 读取 response.text 之前先检查 response.prompt_feedback，提示词被拦截时向用户给出明确说明。
    .fix-2 = 改写或删除输入中被标记的部分；safetyRatings 会显示触发的类别。
    .fix-3 = 在用途允许的情况下，按 https://ai.google.dev/gemini-api/docs/safety-settings 通过 safety_settings 放宽可调阈值（例如 BLOCK_ONLY_HIGH）。
    .prevention-1 = 在代码中把提示词被拦截当作正常结果处理，记录 blockReason，必要时对用户输入做预筛查。

gemini-response-blocked-safety = Gemini 的安全过滤器中止了回答
    .cause = 模型开始生成后，输出被判定为不安全，候选结果以 finishReason SAFETY（或 PROHIBITED_CONTENT、BLOCKLIST、SPII）结束，没有可用文本。
    .analysis-1 = HTTP 调用本身成功了，拦截体现在候选结果的 finishReason 上。在 google-generativeai 中表现为 StopCandidateException，或 response.text 抛出 ValueError 并提示 finish_reason 为 3（SAFETY）。
    .analysis-2 = 候选结果上的 safetyRatings 给出了触发中止的类别和概率。
    .fix-1 = 读取文本之前先检查 candidates[0].finish_reason；遇到 SAFETY 时改写提示词后重试，或告知用户。
    .fix-2 = 如果用途允许，把触发类别的 safety_settings 调为较宽松的阈值（例如 BLOCK_ONLY_HIGH）。
    .fix-3 = 调整提示词或系统指令，使预期的回答保持在政策范围内。
    .prevention-1 = 把 STOP 和 MAX_TOKENS 以外的 finishReason 视为预期内的结果，并连同安全评分一起记录。

gemini-response-blocked-recitation = Gemini 因复述受保护内容而中止了回答
    .cause = 输出与现有内容过于相似（复述检查），候选结果以 finishReason RECITATION 结束，没有文本。
    .analysis-1 = 这不是 HTTP 错误：调用返回 200。在 google-generativeai 中表现为 StopCandidateException，或 response.text 抛出 ValueError 并提示 finish_reason 为 4（RECITATION）。
    .analysis-2 = 要求逐字输出歌词、书籍段落或受许可保护的代码时很常见；对知名文本使用较低的 temperature 也容易触发。
    .fix-1 = 改为要求摘要、转述或分析，而不是逐字原文，或在指令中要求用自己的话回答。
    .fix-2 = 适当提高 temperature 后重试，并在读取文本前检查 finish_reason。
    .prevention-1 = 把 RECITATION 当作预期内的结果处理，避免要求逐字输出受版权保护的文本。

## Vertex AI

vertex-unauthenticated = Vertex AI 拒绝了请求的凭据
    .cause = 发往 aiplatform.googleapis.com 的请求没有携带有效的 OAuth 2 访问令牌：令牌缺失、已过期（有效期约一小时），或是为其他受众签发的。
    .translation = 请求的认证凭据无效；需要 OAuth 2 访问令牌或其他有效的认证凭据。
    .analysis-1 = HTTP 401 UNAUTHENTICATED。Vertex AI 的常规端点不接受 Gemini API 密钥，需要 Google 凭据（用户 ADC、服务账号或工作负载身份）。reason 为 ACCESS_TOKEN_EXPIRED 表示令牌过期后仍被继续使用。
    .analysis-2 = 把 gcloud auth print-access-token 的输出存进变量的脚本，一小时后就会失败；长时间运行的进程必须通过客户端库刷新令牌。
    .fix-1 = 本地执行 gcloud auth application-default login（以及 gcloud auth application-default set-quota-project PROJECT_ID）；代码中使用 vertexai=True 的 google-genai 客户端，它会自动刷新令牌。
    .fix-2 = 直接调用 REST 时，每次运行都用 gcloud auth print-access-token 重新获取令牌，或在代码中通过 google-auth 获取。
    .fix-3 = 在服务器上使用挂载的服务账号（Cloud Run、GKE 工作负载身份、Compute Engine），或让 GOOGLE_APPLICATION_CREDENTIALS 指向密钥文件，而不是使用用户令牌。
    .prevention-1 = 不要保存访问令牌；保存的应是凭据（ADC 或服务账号），由客户端库负责刷新令牌。

vertex-adc-not-found = 找不到用于 Vertex AI 的 Google 凭据
    .cause = Vertex AI 客户端查找应用默认凭据（ADC）时一无所获，或已保存的用户凭据需要重新认证。
    .translation = 找不到默认凭据，或需要重新认证；请设置应用默认凭据（ADC）。
    .analysis-1 = 这是 google-auth 在本地、发送任何请求之前抛出的错误，Vertex AI 并没有收到调用。
    .analysis-2 = ADC 的查找顺序是：GOOGLE_APPLICATION_CREDENTIALS，然后是 gcloud 的 ADC 文件（~/.config/gcloud/application_default_credentials.json），最后是 Google Cloud 上的元数据服务器。容器和 CI 中通常三者都没有。
    .fix-1 = 在工作站上执行 gcloud auth application-default login（注意：仅执行 gcloud auth login 不会生成 ADC）；提示需要重新认证时再执行一次。
    .fix-2 = 在容器和 CI 中挂载服务账号密钥并把 GOOGLE_APPLICATION_CREDENTIALS 设为其路径，或使用工作负载身份联合（例如 google-github-actions/auth）。
    .fix-3 = 在 Google Cloud 运行时上，为服务挂载具有 roles/aiplatform.user 角色的服务账号，且不要覆盖凭据配置。
    .prevention-1 = 优先使用挂载的服务账号和工作负载身份，而不是密钥文件；必须使用密钥文件时，把它当作机密保存并定期轮换。

vertex-permission-denied = 调用方缺少调用该 Vertex AI 模型的 IAM 权限
    .cause = 发起调用的身份（用户或服务账号）在消息所指项目上没有包含 aiplatform.endpoints.predict 的角色，或者项目、模型路径本身有误。
    .translation = 对该资源的 aiplatform.endpoints.predict 权限被拒绝（或该资源可能不存在）。
    .analysis-1 = HTTP 403 PERMISSION_DENIED，reason 为 IAM_PERMISSION_DENIED。认证通过了，授权没有通过。
    .analysis-2 = 注意 (or it may not exist) 这句：项目 id、区域或模型路径写错也会得到这个错误，因为 Google 会隐藏你无权查看的资源。
    .fix-1 = 在消息所指项目上为调用身份授予 roles/aiplatform.user：gcloud projects add-iam-policy-binding PROJECT_ID --member=serviceAccount:SA_EMAIL --role=roles/aiplatform.user（或在 Cloud 控制台的 IAM 页面操作）。
    .fix-2 = 确认实际使用的身份（gcloud auth list，或运行时挂载的服务账号）以及客户端指向的项目（客户端中的 project= 和 location=，或 GOOGLE_CLOUD_PROJECT）。
    .fix-3 = 检查模型路径和区域是否存在，例如 us-central1 或 global 下的 publishers/google/models/gemini-2.5-flash。
    .prevention-1 = 在基础设施代码中按服务账号、按项目授予角色，新环境上线时用一次小的 predict 调用做验证。

vertex-api-not-enabled = 该项目未启用 Vertex AI API
    .cause = 本次调用使用的 Google Cloud 项目没有启用 aiplatform.googleapis.com，或已将其停用。
    .translation = 该项目此前从未使用过 Vertex AI API，或该 API 已停用；请启用后重试。
    .analysis-1 = HTTP 403 PERMISSION_DENIED，reason 为 SERVICE_DISABLED；消息给出了项目编号和启用页面的链接。
    .analysis-2 = 如果项目编号不是你预期的那个，说明客户端用的是别的项目（来自 ADC 的配额项目或 GOOGLE_CLOUD_PROJECT）。
    .fix-1 = 执行 gcloud services enable aiplatform.googleapis.com --project=PROJECT_ID，或打开消息中的链接启用，然后等几分钟再重试。
    .fix-2 = 确认项目已启用结算；Vertex AI 需要关联结算账号。
    .prevention-1 = 在项目初始化流程中启用所需服务（Terraform 的 google_project_service 或初始化脚本）。

vertex-resource-exhausted = Vertex AI 该模型的配额或共享容量不足
    .cause = 请求超出了项目配额，或者 Google 在该区域为该模型提供的动态共享配额在那一刻没有空闲容量。
    .translation = 资源已耗尽，请稍后再试。
    .analysis-1 = HTTP 429 RESOURCE_EXHAUSTED。当前的 Gemini 模型在 Vertex AI 上使用动态共享配额：没有可以调高的固定项目限额，429 表示共享资源池当时繁忙；较旧的模型和部分功能仍有项目级配额（此时消息会给出配额指标名）。
    .analysis-2 = 这通常是暂时的，退避重试即可；稳定负载下持续出现 429，则需要预留容量。
    .fix-1 = 以带上限的指数退避加抖动重试（google-genai 的 HttpRetryOptions，或重试装饰器）。
    .fix-2 = 使用全局端点（location="global"）或把流量分散到多个区域，以利用更多容量。
    .fix-3 = 需要可预期的吞吐量时购买预配吞吐量（Provisioned Throughput）；有固定配额的模型，在 Cloud 控制台的 IAM 和管理 > 配额中申请提高。
    .prevention-1 = 在客户端用队列和并发上限削平突发流量，批量任务使用批量预测。

vertex-out-of-capacity = Vertex AI 该模型暂时没有可用容量
    .cause = Google 在该位置为这个模型提供的服务容量此刻已用满，Vertex AI 拒绝为请求排队。这是 Google 一侧的容量问题，而不是你项目的配额：容量空出后同样的调用就会成功。
    .translation = "Unable to submit request because the service is temporarily out of capacity. Try again later."：服务暂时没有空闲容量，无法提交请求，请稍后重试。
    .analysis-1 = Vertex AI 像配额错误一样以 429 RESOURCE_EXHAUSTED 返回它，但消息里没有任何配额指标，申请提高配额也没有用；Google 的 429 排查指南把按量付费下共享容量耗尽列为与配额不同的原因。
    .analysis-2 = 常见于单一区域中的热门或预览模型以及高峰时段；以这种方式被拒绝的请求不计入 SLA 错误率。
    .fix-1 = 使用带上限和随机抖动的指数退避重试（google-genai 的 HttpRetryOptions 会自动重试 429），通常等几秒就够了。
    .fix-2 = 改用全局端点（location="global"）或其他提供该模型的区域，让请求使用别处的容量。
    .fix-3 = 首选模型饱和时回退到其他模型版本（例如 Flash 模型）；对不能被拒绝的流量，为该模型购买预配吞吐量（Provisioned Throughput）。
    .prevention-1 = 把这条消息当作可重试的过载处理，配置备用模型或区域，并用客户端队列平滑突发流量。

vertex-model-not-found = Vertex AI 找不到该发布方模型
    .cause = 模型 id 或版本不存在、已下线、所选区域不提供该模型，或项目无权访问。
    .translation = 找不到该发布方模型，或你的项目无权访问；请使用有效的模型版本。
    .analysis-1 = 针对 projects/.../locations/.../publishers/google/models/... 的 HTTP 404 NOT_FOUND。-001、-002 之类的模型版本会按计划下线，新模型通常先在 us-central1 或 global 上线。
    .analysis-2 = 合作伙伴模型（Claude、Llama、Mistral）还需要先在 Model Garden 中为项目启用，才能调用。
    .fix-1 = 使用 https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions 中列出的当前模型 id，例如 gemini-2.5-flash，不要带已下线的版本后缀。
    .fix-2 = 把 location 设为提供该模型的区域（见 https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations），或使用 location="global"。
    .fix-3 = 对于合作伙伴模型，在 Model Garden 中打开模型卡片，为项目启用该模型。
    .prevention-1 = 把模型 id 和区域放在配置中，并关注 Vertex AI 发布说明中的模型下线日期。

## Ollama

ollama-model-not-found = 本地 Ollama 中没有这个模型
    .cause = 请求中的模型名或标签尚未拉取到这台 Ollama 服务器上（或在 Ollama 模型库中根本不存在），服务器无法加载它。
    .translation = 找不到模型，请先拉取（pull）。
    .analysis-1 = Ollama 服务器返回 HTTP 404：服务在运行且可以访问，缺的只是模型。名称必须完全一致，包括标签（llama3.1 等同于 llama3.1:latest，与 llama3.1:8b-instruct-q4_K_M 不是同一个）。
    .analysis-2 = 如果存在多个 Ollama 实例（宿主机与 Docker、桌面应用与 systemd 服务），模型可能被拉取到了另一个实例，而不是代码连接的那个。pull model manifest: file does not exist 表示模型库中根本没有这个名称。
    .fix-1 = 在代码所连接的服务器上执行 ollama list，然后用与代码完全一致的名称执行 ollama pull <名称:标签>（Docker 中：docker exec -it ollama ollama pull <名称:标签>）。
    .fix-2 = 或者把代码中的模型改成 ollama list 输出的某个名称；拼写和标签可在 https://ollama.com/library 核对。
    .fix-3 = 确认应用中的 OLLAMA_HOST / base_url 指向的就是你拉取模型的那个实例。
    .prevention-1 = 在容器启动或环境初始化时拉取模型，并在健康检查中检查 ollama list。

ollama-capability-unsupported = 该 Ollama 模型不具备请求所用的能力
    .cause = Ollama 在运行请求前会对照模型的能力进行检查：tools（函数调用）、thinking（think 选项）、insert（带 suffix 的中间填充）、vision（图片）、completion（generate 和 chat）以及 embedding。这里指名的模型缺少本次请求需要的能力，例如把 tools 发给模板不支持工具的模型、把 think 发给非推理模型，或对只能做嵌入的模型发起聊天请求。
    .translation = "MODEL does not support tools / thinking / insert / generate / chat / embeddings"：该模型无法完成请求要求的功能。
    .analysis-1 = HTTP 400 来自 Ollama 服务器本身：服务在运行，模型也存在；只是请求要求的功能是这个模型的模板或权重不提供的。原样重试没有用。
    .analysis-2 = 客户端和框架常会自行加上 tools 或 think（智能体、LangChain 的 bind_tools、启用函数调用的 OpenAI 兼容客户端、编程助手），所以即使你自己的代码没有设置，请求里也可能带着该功能。
    .fix-1 = 运行 ollama show MODEL 查看 Capabilities 部分，然后选一个列出所需能力的模型（Ollama 模型库可按 tools、thinking、vision、embedding 筛选）并拉取它。
    .fix-2 = 或者对这个模型不使用该功能：不发送 tools，不带 think 选项（或设为 false），不带 suffix；嵌入请调用 /api/embed 并使用嵌入模型，chat 或 generate 则使用补全模型而不是嵌入模型。
    .fix-3 = 如果本应支持工具的模型报不支持，升级 Ollama 并重新拉取模型：能力来自模型模板，旧的拉取或自定义 Modelfile 可能缺少工具部分。
    .prevention-1 = 应用启动时检查模型能力（/api/show 返回的 capabilities 列表），并把聊天模型和嵌入模型配置为两个独立的设置。

ollama-connection-refused = 代码使用的 Ollama 地址上没有服务在监听
    .cause = 客户端无法与 Ollama 服务器（默认 http://127.0.0.1:11434）建立 TCP 连接：服务没有启动、监听在其他地址，或应用运行在容器中，而容器里的 localhost 指的是容器自己。
    .translation = 无法连接到 Ollama；请确认它已安装、正在运行且可以访问。
    .analysis-1 = 连接被拒绝意味着根本没有 HTTP 响应，因此没有状态码；此时还谈不上模型或请求的问题。
    .analysis-2 = Ollama 默认只监听 127.0.0.1。从 Docker、WSL、其他主机或虚拟机访问时，localhost:11434 是连不到它的，除非它监听在 0.0.0.0 且客户端使用宿主机的地址。
    .fix-1 = 启动服务（ollama serve、桌面应用，或 systemctl start ollama），并用 curl http://127.0.0.1:11434/api/version 验证。
    .fix-2 = 如果应用在 Docker 中而 Ollama 在宿主机上，使用 http://host.docker.internal:11434（Linux 上需加 --add-host=host.docker.internal:host-gateway），并以 OLLAMA_HOST=0.0.0.0:11434 启动 Ollama；docker compose 中直接用服务名，例如 http://ollama:11434。
    .fix-3 = 显式设置客户端地址：ollama 库用 OLLAMA_HOST，LangChain、LiteLLM 或 OpenAI 客户端用 base_url / api_base（http://主机:11434/v1）。如果 localhost 解析为 IPv6 的 ::1，改用 127.0.0.1。
    .prevention-1 = 发送任务前先做就绪检查（GET /api/version），docker compose 中配合 healthcheck 使用 depends_on。
    .prevention-2 = 如果让 Ollama 监听 0.0.0.0，请用防火墙加以限制：它本身没有任何认证。

ollama-timeout = 请求 Ollama 超时
    .cause = Ollama 没能在客户端超时时间内响应：模型仍在加载进内存、在 CPU 或小显存 GPU 上生成很慢，或提示词、上下文过大。
    .analysis-1 = 读超时表示服务器接受了连接，但没有及时返回数据；启动后或 keep-alive 过期后的第一个请求包含模型加载时间，大模型可能需要数分钟。
    .analysis-2 = 显存放不下的模型会部分或全部回退到 CPU，速度大幅下降；ollama ps 会显示 CPU/GPU 的占比。
    .fix-1 = 调大客户端超时（ollama 的 Client(timeout=600)、LangChain 或 LiteLLM 的 timeout/request_timeout），并使用流式响应，让 token 在超时前陆续返回。
    .fix-2 = 通过请求参数 keep_alive 或服务端的 OLLAMA_KEEP_ALIVE 让模型常驻内存，并在启动时发送一个小请求预热。
    .fix-3 = 换用更小或量化程度更高的模型、调小 num_ctx，或在显存足够的 GPU 上运行（ollama ps 应显示 100% GPU）。
    .prevention-1 = 按硬件选择模型大小，长回答使用流式输出，并把并发请求数（OLLAMA_NUM_PARALLEL）限制在机器能承受的范围内。

ollama-runner-failed = Ollama 模型运行进程无法加载或已崩溃
    .cause = Ollama 为该模型启动的运行进程失败了：内存或显存不足以容纳模型和上下文、GPU 驱动或库有问题，或进程被操作系统杀掉。
    .translation = llama 运行进程已终止，或模型所需内存超过了可用内存。
    .analysis-1 = Ollama 对这类问题返回 HTTP 500；服务本身在运行，但在当前配置下这台机器跑不动该模型。signal: killed 通常意味着被 OOM killer 杀掉了。
    .fix-1 = 换用更小的模型或更高压缩比的量化版本（例如 q4_K_M 标签），并调小 num_ctx：上下文长度同样占用内存。
    .fix-2 = 释放内存：停掉其他模型（ollama ps、ollama stop <模型>），关闭其他占用 GPU 的程序，并设置 OLLAMA_MAX_LOADED_MODELS=1。
    .fix-3 = 查看服务端日志中的真实错误（Linux 用 journalctl -u ollama，macOS 为 ~/.ollama/logs/server.log，Windows 在 %LOCALAPPDATA%\Ollama）；如果指向驱动或 CUDA/ROCm 问题，请升级 Ollama 和 GPU 驱动。
    .prevention-1 = 部署模型前对照可用内存/显存检查其大小，并为上下文预留余量。

## LiteLLM

litellm-budget-exceeded = 该密钥、用户或团队的 LiteLLM 预算已用完
    .cause = LiteLLM 会按 max_budget（SDK 全局、虚拟密钥、用户、团队或终端客户）统计花费，一旦达到上限就拒绝调用；上游服务商根本没有被调用。
    .translation = 已超出预算：当前花费已达到或超过最大预算。
    .analysis-1 = 这是 LiteLLM 自己的计费拦截（类型 budget_exceeded；通常为 HTTP 400，旧版代理有时为 429），而不是服务商的余额问题。在预算重置或调高之前，重试没有作用。
    .analysis-2 = 如果密钥属于某个团队，生效的是团队预算；消息会说明超出预算的是密钥、用户还是团队。
    .fix-1 = 请代理管理员为该密钥、用户或团队调高 max_budget 或设置 budget_duration（POST /key/update、/user/update、/team/update，或 LiteLLM 管理界面）。
    .fix-2 = 如果用的是 SDK 的 litellm.max_budget，调高它，或在新周期开始时重置已统计的花费。
    .fix-3 = 否则等待预算周期（budget_duration）重置，重置时间可通过密钥信息接口查看。
    .prevention-1 = 在 LiteLLM 中设置软预算和告警（Slack 或邮件），让负责人在触发硬性拦截之前就收到通知。

litellm-provider-not-provided = LiteLLM 无法判断该模型名属于哪个服务商
    .cause = 模型字符串没有 LiteLLM 能识别的服务商前缀（例如 openai/、anthropic/、ollama/、openrouter/），因此它不知道该调用哪个 API。
    .translation = 未提供 LLM 服务商；请在模型名中带上服务商，例如 provider/model。
    .analysis-1 = 这是 LiteLLM 在本地、发出任何请求之前抛出的错误，没有请求到达服务商。只有 LiteLLM 内置映射表中的模型（例如 gpt-4o 或 claude-sonnet-4-5）才能省略前缀。
    .analysis-2 = 自建的 OpenAI 兼容服务（vLLM、LM Studio、各类网关）需要 openai/ 前缀加 api_base。如果消息中的模型名是一串乱码，也可能是 LITELLM_SALT_KEY 变更后代理无法解密已保存的模型配置。
    .fix-1 = 给模型加上服务商前缀，例如 ollama/llama3.1、openrouter/google/gemini-2.5-pro、gemini/gemini-2.5-flash、bedrock/anthropic.claude-...，详见 https://docs.litellm.ai/docs/providers。
    .fix-2 = 对任何 OpenAI 兼容端点，使用 model="openai/<名称>" 并传入 api_base 和 api_key，或传 custom_llm_provider="openai"。
    .fix-3 = 在封装了 LiteLLM 的应用（aider、CrewAI、OpenHands 等）中，在该应用的配置里把模型设置为带前缀的名称。
    .prevention-1 = 配置中始终使用带服务商前缀的模型名，并在启动时用 litellm.get_llm_provider 校验。

litellm-invalid-model-name = LiteLLM 代理上没有这个名称的模型
    .cause = 所请求的模型不是代理上配置的 model_name（或不是该密钥可用的模型），代理无法进行路由。
    .translation = 传入的模型名无效；请调用 /v1/models 查看你的密钥可用的模型。
    .analysis-1 = LiteLLM 代理返回 HTTP 400。代理拿 model 字段去匹配 config.yaml 中的 model_name 条目（或在管理界面添加的模型），而不是服务商的模型 id。
    .fix-1 = 用你的密钥调用代理的 GET /v1/models，改用其返回的某个名称。
    .fix-2 = 如果该模型理应存在，请代理管理员在 config.yaml 的 model_list 中添加（model_name 加 litellm_params）或在管理界面添加，然后重启或重新加载代理。
    .prevention-1 = 向调用方团队公布代理的模型列表，并用模型别名提供稳定的名称。

litellm-proxy-auth-error = LiteLLM 代理拒绝了 API 密钥
    .cause = 发给 LiteLLM 代理的密钥不是它认识的虚拟密钥（写错、已删除、已过期，或者是服务商自己的密钥），或者根本没有发送密钥，或者发送时缺少 Bearer 前缀。
    .translation = 认证错误：代理服务器令牌无效、未传入 API 密钥，或传入的密钥格式错误。
    .analysis-1 = 这是代理自身返回的 HTTP 401（类型 auth_error），上游服务商从未被调用。Unable to find token in cache or LiteLLM_VerificationTokenTable 表示代理数据库中没有这个密钥。
    .analysis-2 = 常见错误：拿上游 OpenAI 或 Anthropic 的密钥去访问代理、密钥是在另一个代理实例或数据库上生成的，或密钥已被管理员吊销。
    .fix-1 = 使用本代理签发的虚拟密钥（管理界面，或用主密钥调用 POST /key/generate），并以 Authorization: Bearer sk-...（或 x-litellm-api-key）发送。
    .fix-2 = 请管理员用主密钥调用 GET /key/info?key=... 确认该密钥存在且未过期。
    .fix-3 = 在客户端 SDK 中把 base_url 设为代理地址，api_key 设为虚拟密钥，而不是服务商的密钥。
    .prevention-1 = 每个应用分配一个带有效期和预算的虚拟密钥，主密钥只保留在管理端。

litellm-key-model-not-allowed = 该 LiteLLM 密钥或团队无权使用所请求的模型
    .cause = 该虚拟密钥（或其所属团队）设置了允许使用的模型列表，而列表中不包含这个模型。
    .translation = 该密钥无权访问此模型；它只能访问列出的模型。
    .analysis-1 = 代理在路由前会检查密钥和团队的 models 列表；消息中列出了允许的模型以及你尝试访问的模型。
    .fix-1 = 改用消息中列出的某个允许的模型。
    .fix-2 = 或请代理管理员把该模型加入密钥的模型列表（POST /key/update 并传 models），或在管理界面加入团队的模型列表。
    .prevention-1 = 按团队或访问组授予模型权限，并公布每个密钥可以调用哪些模型。

litellm-proxy-rate-limit = 触发了 LiteLLM 代理为该密钥设置的速率限制
    .cause = 该密钥、用户或团队超过了 LiteLLM 代理上配置的 RPM、TPM 或最大并行请求数限制。
    .translation = LiteLLM 限流处理器拒绝了请求：超过了 TPM、RPM 或并行请求数限制。
    .analysis-1 = 这是代理在调用上游服务商之前返回的 HTTP 429；消息中给出了当前值和允许值。
    .fix-1 = 放慢速度：降低并发，并以退避加抖动重试；这些限额每分钟重置一次。
    .fix-2 = 请管理员为该密钥或团队调高 rpm_limit、tpm_limit 或 max_parallel_requests（POST /key/update 或管理界面）。
    .prevention-1 = 在客户端执行同样的限额，让突发请求在本地排队，而不是直接失败。

litellm-no-deployments-available = 该模型的所有 LiteLLM 部署都处于冷却中
    .cause = LiteLLM 路由器在该模型组的各个部署失败后（通常是上游 429、超时或 5xx）把它们全部置入冷却期，目前没有可用的部署。
    .translation = 所选模型没有可用的部署；请在给出的秒数后重试。
    .analysis-1 = 消息中的 cooldown_list 列出了失败的部署及原因（exception_received、status_code）；真正的问题是那个上游错误。
    .analysis-2 = 如果只有一个部署，一次失败就可能让整个模型组在冷却时间内不可用。
    .fix-1 = 阅读消息中的 exception_received，修复上游问题（速率限制、配额、该部署的密钥或端点错误）。
    .fix-2 = 为该模型组增加部署或配置回退（fallbacks），并在 router_settings 中调整 allowed_fails 和 cooldown_time，避免一次错误就清空可用部署。
    .fix-3 = 等待冷却结束（消息中给出了时长）后再重试。
    .prevention-1 = 关键模型至少配置两个部署，并设置回退到另一个模型组。

litellm-rate-limit = 通过 LiteLLM 发起的调用被上游服务商限流
    .cause = LiteLLM 转发了消息中所列服务商（例如 GroqException、OpenAIException、AnthropicException）返回的 429：你的密钥超过了该服务商的速率限制。
    .analysis-1 = LiteLLM 把服务商的错误包装成 litellm.RateLimitError；前缀后面的服务商名称和原始消息说明了触发的是哪项限制（RPM、TPM 或每日限额）。
    .fix-1 = 退避重试：给 litellm.completion 传 num_retries（或在 Router 上设置），由 LiteLLM 自动等待并重试。
    .fix-2 = 降低请求频率或每个请求的 token 数，并配置回退到其他模型或服务商。
    .fix-3 = 如果负载是预期内的，向服务商申请提高限额（更高的用量等级或配额）。
    .prevention-1 = 在服务商前面放一个配置了多个部署和 rpm/tpm 参数的 Router，让 LiteLLM 在触及限额前就做好负载均衡。

litellm-context-window-exceeded = 提示词超出了模型的上下文窗口（LiteLLM 报告）
    .cause = 输入加上要求的输出超过了消息中所列模型的上下文窗口；LiteLLM 把服务商的上下文长度错误映射为 ContextWindowExceededError。
    .analysis-1 = LiteLLM 能识别各家服务商的上下文长度错误，并抛出 BadRequestError 的子类 ContextWindowExceededError；后面跟着服务商的原始消息。
    .fix-1 = 调用前裁剪消息：用 litellm.token_counter 计数，并与 litellm.get_model_info(model)["max_input_tokens"] 比较，删除或摘要较早的对话轮次。
    .fix-2 = 配置 context_window_fallback_dict（或 Router/代理上的 context_window_fallbacks），让 LiteLLM 自动改用窗口更大的模型重试。
    .fix-3 = 如果只超出一点，调低 max_tokens。
    .prevention-1 = 为每段对话维护 token 预算，在达到模型上限之前压缩历史。

litellm-timeout = 通过 LiteLLM 的调用超时
    .cause = 服务商没能在 LiteLLM 的超时时间内响应（默认 600 秒，或你设置的 timeout / request_timeout），或者中间的代理切断了连接。
    .translation = LiteLLM 超时：请求超时。
    .analysis-1 = litellm.Timeout（代理返回 HTTP 408）由 LiteLLM 的客户端一侧抛出；消息会给出使用的超时值以及重试了几次。
    .analysis-2 = 常见原因是非流式的长文本生成、较慢的本地模型（CPU 上的 Ollama）以及过载的服务商。
    .fix-1 = 调大 litellm.completion 的 timeout，或在代理 config.yaml 中调整 litellm_settings 下的 request_timeout 以及各模型的 timeout / stream_timeout。
    .fix-2 = 使用流式响应（stream=True），让 token 在超时前陆续返回；长输出时调低 max_tokens。
    .fix-3 = 为超时配置 num_retries 以及回退到其他部署或模型。
    .prevention-1 = 为每个模型设置符合实际的超时，并通过 LiteLLM 的日志或指标监控各部署的延迟。

## Hugging Face

huggingface-model-loading = Hugging Face 模型仍在加载中
    .cause = 该模型不在 Hugging Face Serverless 推理服务的内存中，在它被加载到机器上的这段时间里，最初的请求会收到 503；estimated_time 给出了大致所需时间。
    .translation = 模型正在加载中；请在预计时间后重试。
    .analysis-1 = 带 estimated_time 字段的 HTTP 503 表示模型在预热，并不是你的请求出错。冷门模型、大模型和很少被调用的模型加载更慢，特别大的模型可能在 Serverless API 上永远加载不起来。
    .fix-1 = 等待 estimated_time 秒后重试，或发送请求头 x-wait-for-model: true（旧版 API 为 options.wait_for_model），让请求等待加载完成而不是直接失败。
    .fix-2 = 如果一直加载不完，说明免费的 Serverless API 不提供该模型：改用托管该模型的推理服务商（router.huggingface.co），或把它部署到专用的 Inference Endpoint。
    .prevention-1 = 在高峰前先发送预热请求，生产流量使用专用的 Inference Endpoint。

huggingface-invalid-token = Hugging Face 拒绝了访问令牌
    .cause = Authorization: Bearer 中发送的不是有效的 Hugging Face 用户访问令牌：输错、已吊销、已过期，或者环境变量中的旧令牌、已保存的登录信息覆盖了正确的令牌。
    .translation = Authorization 请求头中的凭据无效。
    .analysis-1 = 来自 huggingface.co 或推理路由的 HTTP 401。令牌校验发生在模型之前，所以问题不在模型 id。
    .analysis-2 = 客户端会优先使用 HF_TOKEN（以及旧的 HUGGING_FACE_HUB_TOKEN），而不是 hf auth login 保存的令牌，因此导出的旧变量会悄悄生效。
    .fix-1 = 在 https://huggingface.co/settings/tokens 创建令牌（下载用 read 权限；推理用勾选了 Make calls to Inference Providers 的细粒度令牌），然后执行 hf auth login（旧版为 huggingface-cli login）或设置 HF_TOKEN。
    .fix-2 = 清除过期的值：如果 HF_TOKEN / HUGGING_FACE_HUB_TOKEN 中是旧令牌，就 unset 掉，并用 hf auth whoami 验证。
    .fix-3 = 在需要的库中显式传入令牌（InferenceClient(token=...)、from_pretrained(..., token=...)）。
    .prevention-1 = 使用只包含应用所需权限的细粒度令牌，作为机密保存，切勿提交到代码库（泄露的令牌会被吊销）。

huggingface-invalid-username-password = Hugging Face 拒绝了用户名密码登录
    .cause = Git 或客户端向 huggingface.co 发送了用户名和密码，但 Hugging Face 的 HTTPS git 和 API 只接受访问令牌。
    .translation = 用户名或密码无效。
    .analysis-1 = git push/clone 或 API 调用返回 HTTP 401。git 操作不接受账号密码，必须把具有写权限的令牌当作密码使用。
    .fix-1 = 在 https://huggingface.co/settings/tokens 创建 write 令牌并用作 git 密码，或执行 hf auth login --add-to-git-credential，让 git 自动使用它。
    .fix-2 = 重试前清除 git 凭据助手保存的旧凭据（git credential reject，或系统钥匙串中 huggingface.co 的条目）。
    .prevention-1 = git 操作使用令牌（或在 https://huggingface.co/settings/keys 添加的 SSH 密钥），不要使用账号密码。

huggingface-gated-repo = 该 Hugging Face 模型是受限（gated）仓库，当前账号无访问权限
    .cause = 该仓库要求先接受许可协议或经作者审批；令牌所属账号尚未获得访问权限（或根本没有发送令牌）。
    .translation = 无法访问受限仓库：该模型的访问受到限制，你需要登录并在授权名单中。
    .analysis-1 = GatedRepoError 搭配 401 表示没有令牌或令牌无效；搭配 403 表示账号可识别但尚未获批。审批时间视作者而定，从几分钟到几天不等。
    .analysis-2 = 细粒度令牌还需要开启读取公开受限仓库的权限，否则即使已获批也会得到 403。
    .fix-1 = 登录后打开 huggingface.co 上的模型页面，接受条款或提交访问申请，等待审批通过（页面上和受限仓库设置中都会显示状态）。
    .fix-2 = 使用同一账号的令牌：hf auth login，或传入 token= / 设置 HF_TOKEN；细粒度令牌需开启对公开受限仓库的读取权限。
    .fix-3 = 如果无法获得访问权限，改用许可证兼容的非受限镜像或替代模型。
    .prevention-1 = 提前申请受限模型的访问权限，并在生产环境中把模型预先下载到镜像或缓存里。

huggingface-repo-not-found = Hugging Face 仓库 id 不存在或对你不可见
    .cause = 仓库 id（命名空间/名称）拼写错误、已改名或删除、是其他账号的私有仓库，或用错了 repo_type（model、dataset、space）。
    .translation = 找不到仓库；请检查 repo_id 和 repo_type，访问私有或受限仓库时需要登录认证。
    .analysis-1 = 对于不存在的仓库和私有仓库，Hugging Face 都返回 404（匿名调用时为 401），因此无法从错误判断属于哪种情况。
    .analysis-2 = 在 transformers 中表现为 is not a valid model identifier listed on https://huggingface.co/models；本地存在与仓库 id 同名的文件夹也会干扰查找。
    .fix-1 = 在 https://huggingface.co/models 搜索确切的 id，并从模型页面复制（大小写只影响显示，但 sentence-transformer 与 sentence-transformers 这类拼写差异是致命的）。
    .fix-2 = 如果仓库是私有或受限的，使用有访问权限账号的令牌登录（hf auth login 或 token=）。
    .fix-3 = 数据集和 Space 需传 repo_type="dataset" 或 "space"。
    .prevention-1 = 在配置中固定模型 id 和版本（revision），并在构建阶段预先下载模型。

huggingface-model-not-supported-by-provider = 你已启用的推理服务商都不提供该模型
    .cause = Hugging Face 路由在你账号启用的推理服务商（Inference Providers）中，找不到任何一家提供所请求的模型。
    .translation = 你已启用的服务商均不支持所请求的模型。
    .analysis-1 = router.huggingface.co 返回 HTTP 400，code 为 model_not_supported。Hub 上的很多模型没有任何服务商部署。
    .fix-1 = 在模型页面（Deploy > Inference Providers）查看哪些服务商提供该模型，并在 https://huggingface.co/settings/inference-providers 启用其中之一。
    .fix-2 = 或者选择有服务商提供的模型（在 Hub 上按 Inference Providers 筛选），或把该模型部署到 Inference Endpoint。
    .fix-3 = 如果某个服务商提供该模型，也可以在模型字符串中指定服务商，例如 model:provider。
    .prevention-1 = 采用模型前先确认服务商支持情况，并准备一个有多家服务商提供的备用模型。

huggingface-credits-exhausted = 该账号的 Hugging Face 推理额度已用完
    .cause = 账号已用完本月 Inference Providers 的包含额度（或该模型需要 PRO 订阅），且没有按量付费来覆盖超出部分。
    .translation = 你已超出本月 Inference Providers 的包含额度；订阅 PRO 可获得更多额度。
    .analysis-1 = HTTP 402 Payment Required：这是计费拦截，不是速率限制。包含额度每月重置。
    .fix-1 = 在 https://huggingface.co/settings/billing 添加付款方式以继续按量付费，或订阅 PRO（或使用 Enterprise 组织）以获得更多包含额度。
    .fix-2 = 也可以在 Hugging Face 设置中配置你自己的服务商密钥，直接调用服务商，由服务商计费。
    .fix-3 = 否则等到每月额度重置。
    .prevention-1 = 在 https://huggingface.co/settings/billing 关注用量，并为组织设置支出上限。

huggingface-rate-limit = Hugging Face 对这些请求进行了限流
    .cause = 该账号、令牌或 IP 在当前时间窗口内的请求过多；匿名请求的限额最低。
    .translation = 已达到速率限制；请登录、使用 Hugging Face 访问令牌，或升级套餐。
    .analysis-1 = 来自 huggingface.co 或推理 API 的 HTTP 429；下载、Hub API 调用和推理各有独立的限额，消息会说明适用哪一项。
    .fix-1 = 每个请求都带上令牌（HF_TOKEN 或 hf auth login）；匿名调用的限制最严格。
    .fix-2 = 放慢速度，按 Retry-After 以指数退避重试；使用缓存（HF_HOME），不要反复下载同样的文件。
    .fix-3 = 需要更高限额时升级到 PRO 或 Enterprise 组织，或把生产推理迁移到专用的 Inference Endpoint。
    .prevention-1 = 在构建阶段一次性下载模型并复用缓存，推理流量控制在套餐限额之内。

huggingface-service-unavailable = Hugging Face 推理服务暂时不可用
    .cause = 推理后端此刻无法处理请求：模型所在主机过载、正在重启，或服务出现故障。
    .analysis-1 = 不含 loading 字样的 HTTP 503 指向容量不足或服务故障，而不是模型冷启动。
    .fix-1 = 以带上限的指数退避加抖动重试。
    .fix-2 = 查看 https://status.huggingface.co；如果该模型持续不可用，换用其他服务商或模型，或使用专用的 Inference Endpoint。
    .prevention-1 = 为生产流量准备备用模型或备用服务商。

huggingface-gateway-timeout = Hugging Face 推理请求在网关处超时
    .cause = 模型没能在 Hugging Face 网关超时前响应，通常是生成内容太长、模型处于冷启动，或后端过载。
    .analysis-1 = 来自 Hugging Face 前端的 HTTP 504 Gateway Timeout；重试可能成功。
    .fix-1 = 退避重试；调低 max_new_tokens 或缩小输入，让生成更快完成。
    .fix-2 = 在任务支持的情况下使用流式响应，或把长文本生成迁移到专用的 Inference Endpoint。
    .prevention-1 = 在 Serverless 推理上保持请求精简，并按预期生成时长设置客户端超时。

## AWS Bedrock

bedrock-model-access-denied = 该 AWS 账号在此区域无权访问这个 Bedrock 模型
    .cause = Bedrock 拒绝了该模型：账号在此区域尚未获得该模型的访问权限、该区域不提供这个模型 id，或调用方的 IAM 策略没有覆盖它。
    .translation = 你无权访问指定模型 ID 对应的模型。
    .analysis-1 = 带这条消息的 HTTP 403 AccessDeniedException 针对的是模型访问权限，而不是你的凭据：同一凭据调用其他 Bedrock 接口可能是正常的。
    .analysis-2 = 模型访问权限按账号、按区域授予；客户端配置成其他区域（AWS_REGION、profile 中的 region）时就会显示无权访问。基于 AWS Marketplace 的模型首次使用时还需要 Marketplace 订阅权限。
    .fix-1 = 在与客户端相同的区域打开 Bedrock 控制台，进入 Model access（模型访问），申请或启用该模型，等待状态变为 Access granted。
    .fix-2 = 核对区域和 id：aws bedrock list-foundation-models --region <区域> 会列出该区域提供的 id；很多新模型需要使用推理配置文件 id（us.、eu.、apac.、global. 前缀）。
    .fix-3 = 确认角色策略允许对 foundation-model 和 inference-profile ARN 执行 bedrock:InvokeModel（以及 InvokeModelWithResponseStream）。
    .prevention-1 = 在账号初始化时为所用的每个区域启用模型访问，并在配置中把区域和模型 id 放在一起管理。

bedrock-iam-not-authorized = 该 IAM 身份无权调用此 Bedrock 操作
    .cause = 错误中的用户或角色没有被授予对模型或推理配置文件 ARN 执行该 Bedrock 操作（例如 bedrock:InvokeModel）的权限，或者 SCP、权限边界、资源策略拒绝了它。
    .translation = 该身份无权对此资源执行这个 Bedrock 操作。
    .analysis-1 = HTTP 403 AccessDeniedException，给出了主体 ARN、操作和资源；消息末尾（because no identity-based policy allows...，或 with an explicit deny in...）说明是哪类策略拦截的。
    .analysis-2 = 跨区域推理配置文件既需要对配置文件 ARN 的权限，也需要对其路由到的每个区域中 foundation-model ARN 的权限。
    .fix-1 = 为角色附加策略，允许对 arn:aws:bedrock:*::foundation-model/* 以及所用的推理配置文件 ARN 执行 bedrock:InvokeModel 和 bedrock:InvokeModelWithResponseStream（测试时可用托管策略 AmazonBedrockLimitedAccess）。
    .fix-2 = 如果消息提到显式拒绝（explicit deny），请与云管理员一起找出拒绝 Bedrock 的 SCP 或权限边界。
    .fix-3 = 用 aws sts get-caller-identity 确认实际使用的身份；生效的 profile 或角色可能与你以为的不同。
    .prevention-1 = 在基础设施代码中为每个应用角色授予最小 Bedrock 权限，范围限定在它需要的模型 ARN。

bedrock-invalid-model-identifier = Bedrock 无法识别该模型标识符
    .cause = modelId 在此区域不是有效的 Bedrock 模型 id、推理配置文件 id 或 ARN：拼写错误、缺少版本后缀、模型已下线，或用了其他服务商 API 的 id。
    .translation = 提供的模型标识符无效。
    .analysis-1 = HTTP 400 ValidationException。Bedrock 的 id 形如 anthropic.claude-3-5-sonnet-20240620-v1:0（带 :0 后缀），推理配置文件形如 us.anthropic.claude-...；claude-sonnet-4-5 这类 Anthropic API 的名称在这里无效。
    .analysis-2 = id 按区域区分：us-east-1 提供的模型或配置文件，在 eu-central-1 可能并不存在。
    .fix-1 = 用 aws bedrock list-foundation-models 和 aws bedrock list-inference-profiles 列出所在区域的有效 id，并原样复制。
    .fix-2 = 确认客户端使用的区域（region_name、AWS_REGION、AWS_DEFAULT_REGION、profile）与提供该模型的区域一致。
    .prevention-1 = 按区域在配置中维护模型 id，并在部署冒烟测试中加以验证。

bedrock-on-demand-not-supported = 该 Bedrock 模型必须通过推理配置文件调用
    .cause = 在此区域不能用裸模型 id 以按需方式调用该模型；Bedrock 只通过推理配置文件（跨区域或应用配置文件）或预配吞吐量提供它。
    .translation = 不支持以按需吞吐量调用此模型 ID；请改用包含该模型的推理配置文件的 ID 或 ARN 重试。
    .analysis-1 = HTTP 400 ValidationException。大多数较新的模型（Claude 3.5 Sonnet v2 及之后、Claude 3.7、Claude 4 系列、Nova Premier、DeepSeek-R1、Llama 3.2 及以上）只能通过系统定义的跨区域推理配置文件按需调用。
    .analysis-2 = 只需修改 modelId：加上配置文件的地域前缀，例如 us.anthropic.claude-3-7-sonnet-20250219-v1:0，或 eu.…、apac.…、global.…。
    .fix-1 = 把模型 id 换成推理配置文件 id（us./eu./apac./global. 前缀）或其 ARN；可用 aws bedrock list-inference-profiles --region <区域> 列出。
    .fix-2 = 为推理配置文件 ARN 以及配置文件各目标区域中的基础模型授予 IAM 权限。
    .fix-3 = 在各类框架中（LangChain ChatBedrock、LiteLLM 的 bedrock/...、Claude Code 的 ANTHROPIC_MODEL）同样把模型设为配置文件 id。
    .prevention-1 = 新模型默认使用推理配置文件 id，并按地域在配置中维护。

bedrock-anthropic-unsupported-country = Bedrock 拒绝从该国家或地区访问 Anthropic 模型
    .cause = Bedrock 上的 Anthropic 模型不向来自不受支持国家、地区或领地的调用方开放；判断依据包括账号所在地和请求来源。
    .translation = 不允许从不受支持的国家、地区或领地访问 Anthropic 模型。
    .analysis-1 = InvokeModel 或 Converse 返回 ValidationException；凭据和模型 id 都没有问题。受影响的包括 AWS 中国区域以及位于不受支持国家的调用方。
    .fix-1 = 从位于受支持国家的 AWS 账号和区域发起调用（见 https://www.anthropic.com/supported-countries），例如受限范围之外的商业区域。
    .fix-2 = 或者改用在你所在地可用的 Bedrock 上的非 Anthropic 模型。
    .prevention-1 = 在基于特定模型做设计之前，先确认该模型对你账号所在国家是否可用。

bedrock-input-too-long = 输入超过了 Bedrock 模型允许的长度
    .cause = 提示词（消息、系统提示、文档、图片和工具定义）超过了该模型在 Bedrock 上的输入 token 上限。
    .translation = 输入对所请求的模型来说过长。
    .analysis-1 = HTTP 400 ValidationException。同一模型在 Bedrock 上的限制可能低于服务商自有 API，而且 max_tokens 也会占用窗口。
    .fix-1 = 测量输入长度（在支持的模型上使用 CountTokens API）并裁剪：删除旧的对话轮次、缩短文档，或把任务拆成多块。
    .fix-2 = 调低 inferenceConfig 中的 maxTokens，或在 Bedrock 上改用上下文窗口更大的模型。
    .prevention-1 = 为每个请求设定 token 预算，在达到上限之前压缩对话历史。

bedrock-daily-token-quota = 该模型的 Bedrock 每日 token 配额已用完
    .cause = 账号已用完该模型在此区域的每日 token 配额；在每日窗口重置之前，Bedrock 会拒绝后续调用。
    .translation = 每日 token 数过多，请稍后再试。
    .analysis-1 = 虽然是 ThrottlingException，但与每分钟限流不同，短时间内重试没有用；新账号的每日配额往往很低。
    .fix-1 = 在 Service Quotas（服务选 Amazon Bedrock，配额名包含该模型的 tokens per day）中申请提高配额，默认值很低的账号可通过 AWS Support 申请。
    .fix-2 = 在此期间改用其他区域或跨区域推理配置文件，或换用仍有配额的其他模型。
    .prevention-1 = 在 CloudWatch 中监控 Bedrock 的 token 用量，在接近每日配额前告警。

bedrock-throttling = Bedrock 对该模型的请求进行了限流
    .cause = 账号超过了该模型在此区域的每分钟请求数或每分钟 token 数配额，或按需容量短暂不足。
    .translation = 请求（或 token）过多，请稍后再试。
    .analysis-1 = ThrottlingException（HTTP 429）。(reached max retries: N) 表示 SDK 已经重试了 N 次。token 配额在请求被接纳时按 maxTokens 预扣，所以 maxTokens 设得过大会很快耗尽 TPM。
    .fix-1 = 退避重试：把 botocore 的重试模式设为 adaptive 并将 max_attempts 设为 10（见代码片段），JS SDK 中设置 retryMode 为 adaptive 并调大 maxAttempts。
    .fix-2 = 使用跨区域推理配置文件（us./eu./global.）把流量分散到多个区域，并把 maxTokens 设为接近实际需要的值。
    .fix-3 = 在 Service Quotas 中申请提高该模型的按需 RPM/TPM 配额，或为持续的高负载购买预配吞吐量。
    .prevention-1 = 在客户端把速率限制在配额以下，并用 aws service-quotas list-service-quotas --service-code bedrock 查看当前配额。

bedrock-service-quota-exceeded = 请求超出了账号的 Bedrock 服务配额
    .cause = 账号的某项 Bedrock 配额（例如按需每分钟 token 数、并发请求数或资源数量）对本次请求来说太低。
    .translation = 你的请求超出了账号的服务配额。
    .analysis-1 = ServiceQuotaExceededException 不会因立即重试而解决；需要提高配额或降低负载。
    .fix-1 = 在 Service Quotas 中找到对应配额（aws service-quotas list-service-quotas --service-code bedrock）并申请提高；部分配额只能通过 AWS Support 调整。
    .fix-2 = 降低并发和每个请求的 token 数，或通过跨区域推理配置文件分散流量。
    .prevention-1 = 上线前检查 Bedrock 配额，并在 CloudWatch 中跟踪用量。

bedrock-model-timeout = Bedrock 模型处理请求耗时过长
    .cause = 模型没能在 Bedrock 的处理时限内完成，通常发生在非流式调用中输入很大或输出很长的情况下。
    .translation = 模型处理请求超时；请重试。
    .analysis-1 = ModelTimeoutException（HTTP 408）本质上是暂时性的；同一请求重试可能完成，但长文本生成会反复遇到。
    .fix-1 = 长输出使用流式 API（ConverseStream、InvokeModelWithResponseStream），并调大客户端的 read_timeout（botocore 默认 60 秒）。
    .fix-2 = 调低 maxTokens 或缩小输入，或拆分任务。
    .fix-3 = 偶发超时以退避方式重试。
    .prevention-1 = 凡是超过几秒的生成默认使用流式输出，并设置明确的客户端超时。

bedrock-model-not-ready = Bedrock 模型尚未准备好处理请求
    .cause = 模型（通常是缩容到零的自定义导入模型）正在加载或恢复中，暂时无法接收请求。
    .translation = 模型尚未准备好推理；请稍候再试。
    .analysis-1 = ModelNotReadyException（HTTP 429）；AWS SDK 会先自动重试最多五次，之后才抛出。
    .fix-1 = 以较长的间隔（数十秒）持续重试，直到模型加载完成；导入模型的冷启动可能需要几分钟。
    .fix-2 = 在流量到来之前先发送一个预热请求。
    .prevention-1 = 工作时间内用定期请求让导入模型保持热状态，对延迟敏感的路径使用按需的基础模型。

bedrock-model-error = Bedrock 模型在处理请求时出错
    .cause = 模型本身对这个输入返回了错误（例如输出无效、模型内部故障，或无法处理的输入），Bedrock 将其报告为 ModelErrorException。
    .translation = 处理模型时出错，请求失败。
    .analysis-1 = HTTP 424 ModelErrorException。暂时性故障重试一次可能会成功，但反复失败说明问题在输入或模型配置上。
    .fix-1 = 先重试一次；如果仍然失败，逐步简化输入（去掉图片、工具或特殊字符）找出诱因。
    .fix-2 = 检查该模型专用的请求体格式（InvokeModel 的 body 字段因服务商而异），或改用会统一格式的 Converse API。
    .fix-3 = 如果问题持续，带上失败调用的 x-amzn-RequestId 向 AWS Support 提交工单。
    .prevention-1 = 按模型家族校验请求体，并记录失败调用的请求 id。

bedrock-use-case-form-required = 在 Bedrock 上使用 Claude 之前需要提交 Anthropic 使用场景表单
    .cause = 该账号尚未提交 Anthropic 的使用场景（use case）信息，而 AWS 要求提交后才能调用 Anthropic 模型。
    .translation = 该账号尚未提交模型使用场景信息；请先填写 Anthropic 使用场景表单。
    .analysis-1 = 这里的 ResourceNotFoundException 关乎账号开通流程，而不是模型不存在；表单提交后通常约 15 分钟即可访问。
    .fix-1 = 在（同一区域的）Bedrock 控制台打开 Model access 或模型目录，选择一个 Anthropic 模型，提交使用场景表单。
    .fix-2 = 提交后等待约 15 分钟再重试；在 AWS Organizations 中，可以由管理账号统一提交一次。
    .prevention-1 = 在账号初始化阶段就为每个账号和区域完成模型开通步骤，不要等到第一次使用时才处理。

gemini-spending-cap = 已达到 Gemini API 的支出上限
    .cause = 该密钥所属的项目或结算账号本月支出已达到设定的支出上限，在上限调高或下月重置前，Google 停止处理付费请求。
    .analysis-1 = 它和速率限制一样以 429 RESOURCE_EXHAUSTED 返回，但消息指明的是支出上限：等几秒或几分钟没有用。
    .fix-1 = 在 Google AI Studio（Dashboard > Usage and billing，或项目的支出设置）中调高或取消该项目的支出上限；如果上限是在 Cloud 控制台结算设置中设定的，就在那里修改。
    .fix-2 = 或在上限于下月初重置前，改用另一个仍有预算的项目的密钥。
    .prevention-1 = 在 Cloud Billing > Budgets & alerts 中设置低于上限的预算提醒，并在 AI Studio 中关注用量。

huggingface-gated-repo-login = 这个受限（gated）的 Hugging Face 模型需要登录
    .cause = 该模型是受限模型，下载时没有带有效令牌，Hub 无法判断你是否已获得访问权限。
    .analysis-1 = 受限仓库返回 401 表示没有发送可用的凭据（没有令牌或令牌无效）；如果是 403，则表示发送了令牌但该账号尚未获得访问权限。
    .fix-1 = 在 huggingface.co 的模型页面接受使用条款，在 https://huggingface.co/settings/tokens 创建 read 令牌，然后运行 huggingface-cli login（或 hf auth login），或在环境变量中设置 HF_TOKEN。
    .fix-2 = 在代码中显式传入令牌（from_pretrained 或 hf_hub_download 的 token=...），并确认没有设置 HF_HUB_OFFLINE，且 HUGGING_FACE_HUB_TOKEN 中的旧令牌没有覆盖新令牌。
    .fix-3 = 使用细粒度（fine-grained）令牌时，为它开启对公开受限仓库的读取权限。
    .prevention-1 = 把 HF_TOKEN 放在环境变量或 CI 密钥中，长任务开始前用 huggingface-cli whoami 检查。

litellm-no-healthy-deployments = LiteLLM 没有所请求模型的部署
    .cause = 路由器在 model_list 中找不到这个模型名的部署：名称未配置、拼写错误，或该模型组的所有部署都不健康或处于冷却中。
    .analysis-1 = 消息给出了传入的模型名；若同时出现 "No fallback model group found"，说明也没有配置回退。
    .fix-1 = 使用代理 config.yaml 的 model_list 中存在的 model_name（可用 GET /v1/models 列出），或为这个模型添加一条带 litellm_params 的配置。
    .fix-2 = 如果模型已配置，检查其部署的健康状态（GET /health）和凭据；失败的部署会进入冷却，直到 allowed_fails 重置。
    .fix-3 = 在 router_settings 中配置 fallbacks，使该模型组没有健康部署时请求转到其他模型组。
    .prevention-1 = 让客户端使用的模型名与代理的 model_list 保持一致，对改名的模型使用 model_group_alias。

litellm-content-policy = 服务商的内容过滤拒绝了这个请求（经由 LiteLLM）
    .cause = 上游服务商（异常名中给出，如 AzureException 或 OpenAIException）按其内容政策拦截了提示或输出；LiteLLM 把它映射为 ContentPolicyViolationError。
    .analysis-1 = 这是审核结果，而不是请求格式错误：再次发送相同内容会得到相同结果。
    .fix-1 = 根据服务商的消息找出触发过滤的内容（Azure 会给出 content_filter_result 的类别），改写或删除这部分内容。
    .fix-2 = 如果内容是正当的，在服务商允许的范围内调整过滤设置（Azure AI Foundry 的内容筛选配置），或用代理的 content_policy_fallbacks 把这类流量转到其他模型。
    .prevention-1 = 发送前先用审核接口检查用户输入，并把 ContentPolicyViolationError 与其他错误分开处理。

anthropic-billing-error = Anthropic 因账单或付款问题拒绝了请求
    .cause = Anthropic 的 billing_error（HTTP 402）：组织的付款方式失败、有未付发票或缺少账单信息，API 访问在结清前被暂停。
    .translation = 消息说明了组织账单的问题（例如因未付发票被停用）。
    .analysis-1 = 这不是限流也不是 Key 的问题：在账单解决前，组织的所有 Key 都会得到同样的答复。
    .fix-1 = 在 Claude Console 的 Settings > Billing（https://console.anthropic.com/settings/billing）更新付款方式并支付未结发票；付款到账后访问即恢复。
    .fix-2 = 如果看不到 Billing 页面，请组织管理员或账单成员处理，或带上 request id 联系 Anthropic 支持。
    .prevention-1 = 为组织准备备用付款方式并开启账单提醒，让发票发送到有人查看的邮箱。

gemini-langchain-invalid-argument = Gemini 拒绝了 LangChain 构造的请求（400 INVALID_ARGUMENT）
    .cause = langchain-google-genai 把 Gemini 的 400 INVALID_ARGUMENT 包装成 ChatGoogleGenerativeAIError；状态码后的文字指出 GenerateContentRequest 中无效的字段（工具或函数名为空、不支持的 schema 关键字、空的 part）。
    .translation = "Invalid argument provided to Gemini: 400 …"：Gemini 拒绝了请求中的某个字段。
    .analysis-1 = 星号后的路径（contents[i].parts[j]... 或 tools[k].function_declarations...）指向要修正的消息或工具定义；用同样的历史重试还会失败。
    .fix-1 = 修正所指字段：给每个工具和函数响应一个非空名称，让工具结果（ToolMessage）带上工具名，并从历史中去掉空消息。
    .fix-2 = 工具 schema 只使用 Gemini 函数声明支持的写法（旧模型不支持 $ref、含 null 的 anyOf、additionalProperties），并升级 langchain-google-genai，新版能转换更多 schema。
    .prevention-1 = 在智能体循环中每次调用前校验消息历史，并用要部署的模型把工具 schema 测试一遍。

anthropic-output-blocked = Anthropic 中止了响应：输出触发了内容过滤
    .cause = 模型已经开始回答，Anthropic 的输出端过滤器拦截了正在生成的文本。通常的触发原因是输出会逐字复现受保护的文本（歌词、书籍段落、许可证文本、大段受版权保护的代码），较少是违反使用政策的内容。
    .translation = "Output blocked by content filtering policy"：输出被内容过滤策略拦截。
    .analysis-1 = 它以 400 invalid_request_error 返回，但请求的格式没有问题：问题在输出，所以同样的提示词往往会再次被拦截。
    .fix-1 = 让模型做转换而不是复现：摘要、改写或引用（"添加 MIT 许可证文件"改为自己获取许可证文本，例如从 https://choosealicense.com，再写入文件）。
    .fix-2 = 拆分任务，让任何一次回答都不必输出长篇第三方文本（例如对文件做有针对性的修改，而不是整体重写）。
    .fix-3 = 如果内容明显没有问题，带着 request_id 向 Anthropic 支持反馈，以便排查误报。
    .prevention-1 = 不要让模型输出长篇第三方文本（许可证、歌词、第三方代码）；用工具复制它们。
