## new-api / one-api 网关：由网关自身返回的错误

newapi-invalid-token = new-api / one-api 网关拒绝了你的密钥：它不是该网关上可用的令牌
    .cause = 错误类型 new_api_error（或 one_api_error）表示是网关本身作出的响应，而不是 OpenAI 或其他上游模型厂商：Authorization 头里的密钥在这个网关的数据库中找不到可用的令牌。常见原因：base_url 指向的网关与签发该密钥的网关不是同一个（或者拿网关密钥直接请求了 api.openai.com）；令牌已被删除、禁用或已过期；令牌额度已用完（新版 new-api 对这些情况也统一返回这条消息）；密钥首尾带了空格、引号，或者重复加了 "Bearer " 前缀；又或者这是另一个网关实例的令牌。
    .translation = 无效的令牌（英文界面为 Invalid token）：网关没有找到与所发送密钥对应的有效令牌。one-api 的“令牌验证失败”表示令牌查询本身出错。
    .analysis-1 = HTTP 401 来自网关的鉴权中间件（TokenAuth），请求根本没有转发到任何上游渠道，所以与上游密钥、余额或模型都无关，也没有产生扣费。
    .analysis-2 = 消息末尾的“(request id: ...)”是 new-api / one-api 添加的，同一个 ID 也在响应头 X-Oneapi-Request-Id 中。网关管理员可以凭它在“使用日志”页面或网关容器的 docker logs 中定位这次请求。
    .fix-1 = 让密钥和它所属的网关配对：把 base_url（OPENAI_BASE_URL）设为 https://<签发该密钥的网关>/v1，api_key 设为该网关“令牌管理”页面（new-api 为 /console/token，旧版和 one-api 为 /token）上显示的原始 sk-... 字符串。然后用它请求 GET /v1/models，能返回模型列表就说明令牌有效。
    .fix-2 = 在“令牌管理”页面核对该令牌：状态应为“已启用”，过期时间应晚于现在或为“永不过期”，剩余额度应大于零或为无限额度。视情况重新启用、延长有效期、提高额度，或者新建一个令牌并重新复制。
    .fix-3 = 清理密钥字符串：去掉 .env 文件带进来的引号、空格和换行；不要自己在 api_key 里写 "Bearer "（SDK 会自动加，重复后变成 "Bearer Bearer sk-..." 必然失败）。
    .fix-4 = 如果密钥看起来没问题却仍然失败，把 request id 发给网关管理员：他们可以在“使用日志”中搜索，或执行 docker logs new-api 2>&1 | grep <request id> 查看是哪一步令牌校验失败。
    .prevention-1 = 每个网关的 base_url 和密钥放在同一条配置里，通过环境变量或密钥管理服务加载，避免把密钥发到错误的网关实例。
    .prevention-2 = 给令牌设置有效期和额度并定期检查，在令牌到期前设好提醒。

newapi-token-missing = 网关没有收到任何 API 密钥
    .cause = 请求到达 new-api / one-api 网关时没有携带令牌：Authorization 头缺失或为空。通常是保存密钥的环境变量（OPENAI_API_KEY 或应用自己的配置项）在当前进程里没有设置，或者 HTTP 客户端在重定向时丢掉了这个请求头。
    .translation = 未提供令牌（英文界面为 Token not provided）：请求没有携带令牌。
    .analysis-1 = 带 new_api_error / one_api_error 的 HTTP 401 由网关鉴权中间件在调用上游之前返回，密钥根本没有送到网关。
    .analysis-2 = 常见诱因：程序运行在另一个 shell、服务管理器、IDE 或容器里，没有加载 .env；客户端的密钥配置项名写错；base_url 用了 http://，被重定向到 https:// 时请求头被丢弃。
    .fix-1 = 显式传入密钥，或确认程序运行环境里确实设置了该变量：在创建客户端之前打印 OPENAI_API_KEY 是否为空，并在 systemd 服务、docker-compose 的 environment 或 IDE 运行配置中设置它。
    .fix-2 = 按 OpenAI 格式发送 "Authorization: Bearer sk-..."。Claude 格式的路由也接受 x-api-key，Gemini 格式的路由接受 x-goog-api-key 或 ?key= 参数。
    .fix-3 = 使用带 /v1 后缀的准确 https:// 网关地址，避免重定向丢失请求头。
    .prevention-1 = 程序启动时发现密钥变量为空就直接报错退出，不要发出未鉴权的请求。

newapi-token-expired = 网关令牌已过期
    .cause = new-api / one-api 网关找到了这个令牌，但它的过期时间已经过了，因此在延期或更换之前，所有使用它的请求都会被拒绝。
    .translation = 该令牌已过期（英文界面为 This token has expired）。
    .analysis-1 = HTTP 401 来自网关本身（new_api_error / one_api_error），不是上游模型厂商；账户余额可能完全正常。
    .analysis-2 = 新版 new-api 对过期令牌直接返回“无效的令牌”，这条明确写出原因的消息来自会区分原因的版本。
    .fix-1 = 打开网关的“令牌管理”页面（new-api 为 /console/token，one-api 为 /token），编辑该令牌，把过期时间改到以后或设为“永不过期”，然后用原密钥重试即可。
    .fix-2 = 如果网关账户不归你管理，请联系发给你密钥的人续期或重新签发令牌，并替换 OPENAI_API_KEY。
    .prevention-1 = 记录令牌的到期日期，在到期前轮换；只有在能自动续期的场景才使用短期令牌。

newapi-token-quota-exhausted = 这个网关令牌的额度已经用完
    .cause = 该令牌（API 密钥）在网关上有独立于账户余额的额度上限，现在已经用到零。账户里可能还有余额，拦住请求的是这个令牌自身的额度限制。
    .translation = 该令牌额度已用尽（英文界面为 This token quota is exhausted）：令牌剩余额度（RemainQuota）小于等于零。one-api 的写法是“令牌 <名称>（#<ID>）额度已用尽”。
    .analysis-1 = 网关鉴权层在转发前会检查令牌的剩余额度；旧版本返回 401，新版本返回 403 并带 insufficient_user_quota 代码。上游没有被调用。
    .analysis-2 = 消息里 RemainQuota 为负数，说明之前的请求在结算时超出了上限。
    .fix-1 = 在网关“令牌管理”页面（new-api 为 /console/token，one-api 为 /token）编辑该令牌：调高额度或勾选“无限额度”，然后用原密钥重试。
    .fix-2 = 如果令牌属于别人的网关账户，请对方提高令牌额度或重新签发一个令牌。
    .fix-3 = 如果账户余额本身也不多，先在网关的“钱包 / 充值”页面（new-api 为 /console/topup）充值；只调高令牌上限并不会增加余额。
    .prevention-1 = 有意识地设置每个令牌的额度上限，并在令牌列表或使用日志里关注剩余额度；给自动化任务单独分配令牌，避免一个任务耗尽别人的额度。

newapi-token-disabled = 这个网关令牌已被禁用
    .cause = 令牌存在，但它在网关上的状态不是“已启用”：被手动关闭了，或者被网关自动禁用（例如过期或额度用尽之后）。
    .translation = 该令牌状态不可用（英文界面为 This token status is unavailable）。
    .analysis-1 = HTTP 401 来自网关自己的鉴权检查（new_api_error / one_api_error），上游厂商没有被调用。
    .fix-1 = 在网关“令牌管理”页面（new-api 为 /console/token，one-api 为 /token）找到该令牌，把状态改回“启用”；如果它是因过期或额度用尽被禁用的，先延长有效期或调高额度。
    .fix-2 = 如果你不是网关账户的管理者，请账户所有者重新启用该令牌或给你一个新令牌。
    .prevention-1 = 定期查看令牌列表；令牌过期或额度用完时网关会静默地把它禁用。

newapi-user-banned = 该令牌所属的网关账户已被封禁
    .cause = 令牌本身有效，但它所属的用户账户已被网关管理员封禁，因此该用户名下的所有令牌都会被拒绝。
    .translation = 用户已被封禁：该用户（账户）已被禁用。
    .analysis-1 = HTTP 403 由 new-api / one-api 网关本身返回；在同一账户下新建令牌也没有用。
    .fix-1 = 联系这个网关（签发密钥的站点）的管理员询问封禁原因；只有管理员能在“用户管理”中解除封禁。
    .fix-2 = 如果你就是管理员：打开“用户管理”，找到该用户，把状态改回启用。
    .prevention-1 = 遵守网关的使用条款；触发滥用检测或欠费是被封禁的常见原因。

newapi-ip-not-allowed = 客户端 IP 不在该令牌的 IP 白名单内
    .cause = 该网关令牌设置了 IP 限制（new-api 的 allow_ips，one-api 的指定网段），而请求来源 IP 不在其中；或者网关根本无法识别客户端 IP（常见于反向代理没有转发 X-Forwarded-For / X-Real-IP 的部署）。
    .translation = 您的 IP 不在令牌允许访问的列表中；one-api 的“该令牌只能在指定网段使用”表示令牌只能从规定网段访问；“无法解析客户端 IP”表示网关取不到客户端 IP。
    .analysis-1 = HTTP 403（new-api 中代码为 access_denied）由网关鉴权中间件返回，密钥本身是有效的。
    .analysis-2 = 网关看到的是你的公网出口 IP（NAT、VPN、云上 NAT 网关、CI 运行机），而不是本机的内网地址。
    .fix-1 = 在网关“令牌管理”页面编辑该令牌的 IP 限制（IP 白名单 / 允许的 IP）：加入真实出口 IP（在同一台机器上执行 curl https://ifconfig.me 查看）或 CIDR 网段，或者清空该字段允许任意 IP。
    .fix-2 = 如果网关部署在 nginx 或 CDN 之后，确认代理转发了真实客户端 IP（proxy_set_header X-Forwarded-For / X-Real-IP），并且网关信任该请求头。
    .fix-3 = 在白名单对应的网络环境里运行客户端（公司 VPN、具有白名单 IP 的服务器）。
    .prevention-1 = 生产客户端使用固定出口 IP（NAT 网关或代理），让白名单长期有效。

newapi-group-forbidden = 网关令牌绑定的分组你的账户无权使用
    .cause = new-api 的令牌会被分配到某个用户分组，分组决定可用的渠道和价格。这个令牌的分组不在你的用户可用分组之内，或者管理员已删除、禁用了该分组。
    .translation = 无权访问 <分组> 分组：没有该分组的访问权限；“分组 <分组> 已被弃用”或“令牌分组 <分组> 已被禁用”：该分组已被移除或禁用。
    .analysis-1 = HTTP 403 由网关在令牌检查阶段返回，发生在选择渠道之前，与模型和上游无关。
    .fix-1 = 在网关“令牌管理”页面编辑该令牌，改选账户可用的分组（通常是 default 或 auto），或在有效分组下新建令牌。
    .fix-2 = 如果确实需要该分组（例如 vip、svip 价格档位），请网关管理员把它授予你的账户，或在分组倍率设置中恢复该分组。
    .prevention-1 = 管理员调整分组后，逐一检查你在用的各个令牌的分组设置。

newapi-token-model-forbidden = 这个网关令牌无权使用所请求的模型
    .cause = 该令牌在网关上设置了模型限制，而请求里的模型不在允许列表中，或者启用了模型限制但列表为空。
    .translation = 该令牌无权访问模型 <模型>（one-api 为“该令牌无权使用模型”）：令牌不能调用该模型；“该令牌无权访问任何模型”表示这个令牌一个模型都不能用。
    .analysis-1 = HTTP 403 由网关本身返回；这个模型很可能在网关上存在并有渠道提供，只是这把密钥不允许调用。
    .analysis-2 = 检查是按模型名字符串精确比对的，拼写不同、带日期的快照名或带厂商前缀的名字都算作另一个模型。
    .fix-1 = 在网关“令牌管理”页面编辑该令牌：把该模型加入模型限制列表，或者关闭模型限制。
    .fix-2 = 或者把代码里的 model 参数改成令牌允许的模型（用这把密钥请求 GET /v1/models 即可列出）。
    .prevention-1 = 令牌的模型列表要与应用实际请求的模型保持同步。

newapi-channel-disabled = 密钥指定的网关渠道已被禁用
    .cause = 密钥以 sk-<令牌>-<渠道 ID> 的“指定渠道”形式发送，这种用法仅限网关管理员：new-api / one-api 会跳过渠道选择，把请求直接发给这个渠道。该 ID 对应的渠道存在，但已被禁用（手动禁用，或因上游报错被自动禁用），所以网关拒绝了请求。
    .translation = 该渠道已被禁用（This channel has been disabled）：渠道处于禁用状态。
    .analysis-1 = 网关分发层返回 HTTP 403；没有调用任何上游，也没有计费。（如果渠道 ID 根本不存在，返回的是“无效的渠道 Id”。）
    .fix-1 = 改用不带 -<渠道 ID> 后缀的普通令牌（用 sk-xxxx 而不是 sk-xxxx-12），网关会自动选择服务该模型的已启用渠道。
    .fix-2 = 网关管理员：打开“渠道管理”，按 ID 找到该渠道并测试；上游恢复后把状态改回“启用”；如果是被自动禁用的，先修好它的上游密钥或余额。
    .prevention-1 = 只在调试时指定渠道；生产客户端应使用普通令牌，这样被禁用的渠道会被自动跳过。

newapi-invalid-channel-id = 网关中不存在密钥后面指定的渠道 ID
    .cause = 密钥以选择渠道的形式 sk-<令牌>-<渠道 ID> 发送（或通过 /proxy/<渠道 ID> 路由），new-api / one-api 允许网关管理员用这种方式跳过渠道选择。最后一个短横线后面的部分不是数字，或者不存在这个 ID 的渠道（已删除，或是另一个网关的 ID）。
    .translation = 无效的渠道 Id（Invalid channel ID）：请求中指定的渠道 ID 不存在。
    .analysis-1 = 网关分发层在调用任何上游之前返回 HTTP 400，没有计费；用同一个密钥重试会同样失败。
    .analysis-2 = 只有管理员令牌可以指定渠道；普通用户使用同样的密钥形式会得到“普通用户不支持指定渠道”。复制密钥时多带了 -后缀，也会被误当成指定渠道。
    .fix-1 = 改用不带 -<渠道 ID> 后缀的普通令牌（用 sk-xxxx 而不是 sk-xxxx-12），网关会自动选择服务该模型的已启用渠道。
    .fix-2 = 如果确实要指定渠道，请使用存在的 ID：打开网关管理后台的“渠道”页面，复制目标渠道的 ID 列，然后用管理员令牌发送 sk-xxxx-<该 ID>。
    .prevention-1 = 指定渠道只留给管理员调试使用；给应用程序发放普通令牌，这样网关上的渠道变动不会影响它们。

newapi-no-available-channel = 网关在你的分组下没有可用于该模型的渠道
    .cause = 网关认可了你的令牌，但在你所在的分组中找不到任何已启用、且提供该模型名的渠道。常见原因：模型名拼错或该网关根本不提供这个模型；提供它的渠道被禁用了（手动禁用，或因上游返回 401、insufficient_quota 等错误被自动禁用）；该模型只配置给了其他分组。
    .translation = 分组 X 下模型 Y 无可用渠道（new-api）/ 当前分组 X 下对于模型 Y 无可用渠道（one-api）：分组 X 中没有可以转发模型 Y 的渠道。“获取可用渠道失败”表示渠道查询本身出错。
    .analysis-1 = HTTP 503、代码 model_not_found，由分发器（distributor）在请求上游之前返回。这不是上游故障，而是网关没有地方可以转发这个模型，所以原样重试会一直失败。
    .analysis-2 = 消息中出现 auto(<分组>) 表示令牌使用 auto 分组，而它能回退到的各个分组都没有这个模型。
    .fix-1 = 核对模型 ID：用同一把密钥请求 GET /v1/models，从返回列表中选用准确的名称（注意 -20241022 这类日期后缀和 deepseek-ai/ 这类前缀）。
    .fix-2 = 如果这个模型本应可用，把 request id 发给网关管理员：需要在“渠道管理”中启用一个包含该模型的渠道，把模型加入渠道的模型列表，并把你的分组加入渠道的分组；被自动禁用的渠道会显示导致禁用的上游错误。
    .fix-3 = 如果你的账户有权限，也可以把令牌切换到提供该模型的分组（令牌管理中编辑令牌分组）。
    .prevention-1 = 管理员应开启渠道测试和通知，并为热门模型配置多个渠道，避免一个渠道被禁用就导致模型整体不可用。

newapi-model-price-unset = 网关没有为这个模型配置价格
    .cause = 网关知道这个模型（有渠道提供它），但管理员从未设置它的计费倍率或按次价格，网关宁可拒绝转发，也不会按未知价格计费。
    .translation = 模型 X 倍率或价格未配置，请联系管理员设置或开始自用模式。
    .analysis-1 = HTTP 500、代码 model_price_error，由网关返回（new_api_error）。请求没有发往上游，只有网关管理员能修复。
    .fix-1 = 网关管理员：打开“系统设置”中的“倍率设置”（新版为“模型定价”页面），为这个确切的模型名添加模型倍率和补全倍率，或设置按次价格；私用网关也可以开启“自用模式”。
    .fix-2 = 普通用户：改用网关定价页面上已标价的模型，或者把 request id 发给管理员。
    .prevention-1 = 管理员每次给渠道添加新模型名时，同时配置好它的价格。

newapi-user-quota-insufficient = 你的网关账户余额已用完
    .cause = 该令牌背后的网关用户账户已没有剩余额度（余额），网关拒绝为这次请求预扣费。
    .translation = 用户额度不足, 剩余额度: X（英文为 user quota is not enough）：账户剩余额度不足。
    .analysis-1 = HTTP 403、代码 insufficient_user_quota：这是网关层面的计费拦截，不是上游错误，也不是限流。网关不会重试，等待也没有用。
    .analysis-2 = 这里指的是账户余额；如果是单个令牌的额度上限，提示会是“该令牌额度已用尽”或 token quota is not enough。
    .fix-1 = 在网关的“钱包 / 充值”页面（new-api 为 /console/topup）充值或使用兑换码；私有网关则由管理员在“用户管理”中调高额度。
    .fix-2 = 在“使用日志”页面按令牌和模型查看额度消耗在了哪里。
    .prevention-1 = 在网关仪表盘关注余额，网关提供“通知设置”时开启余额不足提醒。

newapi-pre-consume-failed = 网关无法为这次请求预扣费：余额低于需要预留的额度
    .cause = new-api / one-api 在转发前会按“提示词 token + max_tokens”预估费用并预先扣除。你的剩余余额小于这笔预扣额度，哪怕它足以支付这次请求实际会用到的费用。最常见的诱因是 max_tokens 设得很大（或模型默认的输出上限高达 16K 到 64K token）。
    .translation = 预扣费额度失败, 用户剩余额度: X, 需要预扣费额度: Y：余额 X 低于需要预扣的 Y。
    .analysis-1 = HTTP 403、代码 insufficient_user_quota；消息中的两个数字分别是你的余额和网关想预留的额度。原样重试会同样失败。
    .fix-1 = 把请求中的 max_tokens（max_completion_tokens）降到实际需要的值，例如 1024 到 4096，而不是模型上限，这样预扣额度会随之变小。Claude Code 用户可以调低 CLAUDE_CODE_MAX_OUTPUT_TOKENS。
    .fix-2 = 缩短提示词（历史消息、附带的文件），因为提示词 token 也计入预扣。
    .fix-3 = 或者给网关账户充值（钱包 / 充值），让余额足以覆盖预扣额度。
    .prevention-1 = 每次调用都显式设置一个适中的 max_tokens，不依赖很大的默认值，并让余额始终高于最大单次请求所需。

newapi-token-pre-consume-failed = 网关令牌自身的额度不足以支付这次请求
    .cause = 该令牌（API 密钥）在网关上设置了额度上限，其剩余额度小于网关要为这次请求预留的费用（提示词加 max_tokens）。账户余额可能是充足的。
    .translation = token quota is not enough, token remain quota: X, need quota: Y（one-api 为“令牌额度不足”）：令牌剩余额度 X 低于所需的 Y。
    .analysis-1 = HTTP 403、代码 pre_consume_token_quota_failed，由网关返回，没有调用上游。
    .fix-1 = 在网关“令牌管理”页面调高该令牌的额度，或设为“无限额度”。
    .fix-2 = 或者调低 max_tokens、缩短提示词，让预扣额度落在令牌剩余额度之内。
    .prevention-1 = 按最大的单次请求来设定令牌额度上限，并按令牌监控剩余额度。

newapi-request-limit = 触发了网关的用户请求频率限制
    .cause = 网关管理员为每个用户配置了模型请求速率限制：M 分钟内最多 N 次请求，你超出了这个限制。“总请求数限制”连失败的请求也计算在内，所以出错后紧密重试会很快耗尽次数。
    .translation = 您已达到请求数限制：M分钟内最多请求N次。“总请求数限制……包括失败次数”表示失败的请求也计入总数。
    .analysis-1 = 带 new_api_error 的 HTTP 429：限制由网关自身执行，不是上游厂商的限额，升级上游账户等级无济于事。
    .fix-1 = 把请求速度降到限制以内：请求排队、限制并发，收到 429 时带随机抖动退避，至少等过当前时间窗口。
    .fix-2 = 先修正导致请求反复失败的问题（总次数限制会计入失败），不要在紧密循环中重试失败请求。
    .fix-3 = 如果需要更高的频率，请联系网关管理员，它在“系统设置”中的“速率限制设置”里配置。
    .prevention-1 = 在客户端按网关限制配置限流器，对 429 使用带完全抖动的指数退避。

newapi-upstream-saturated = 网关的上游渠道返回了 429（限流或上游额度用尽）
    .cause = 网关把你的请求转发给了某个上游渠道，上游返回了 HTTP 429，网关随后把上游的原始消息替换成了这句通用提示。真正的原因在渠道使用的上游密钥上：它的速率限制（RPM/TPM）已经用满；如果 type 或 code 显示为 insufficient_quota，则是渠道背后的上游账户已经没有余额了。
    .translation = 当前分组上游负载已饱和，请稍后再试（英文为 Current group upstream load is saturated, please try again later）。
    .analysis-1 = 响应体里的 type 和 code（例如 insufficient_quota 或 rate_limit_exceeded）是上游的原值，网关只改写了 message。你自己的令牌和余额都没有问题。
    .analysis-2 = 谁来修复：网关管理员（渠道密钥、上游额度、增加渠道）。作为用户，你只能等待、降低请求频率，或换用其他模型或分组。
    .fix-1 = 暂停后带随机抖动地指数退避重试；如果网关为该模型配置了多个渠道，之后的尝试可能会走到其他渠道。
    .fix-2 = 把 request id 发给网关管理员：请在“渠道管理”中测试该模型对应的渠道；如果上游报 insufficient_quota 或 billing_not_active，就给该渠道的上游账户充值或更换密钥；如果是限流，就增加渠道或密钥（多密钥渠道），或提升上游账户等级。
    .fix-3 = 在此期间换用由其他渠道提供的模型或分组。
    .prevention-1 = 管理员应为繁忙模型配置多个使用独立上游密钥的渠道，开启重试（RetryTimes）以及密钥额度用尽时的渠道自动禁用。

oneapi-group-saturated = 网关分组负载已饱和：上游返回了 429
    .cause = 较旧版本的 one-api / new-api 会把上游返回的任何 HTTP 429 替换成这句话（Midjourney 转发在上游任务队列已满时也用它，代码 30）。真正的原因在渠道的上游：速率限制、任务队列已满，或者当 code 为 billing_not_active / insufficient_quota 时，是上游账户没有开通计费或没有余额。
    .translation = 当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。
    .analysis-1 = 这与你自己的令牌或余额无关。如果响应里有 type 和 code，它们是上游的原值：billing_not_active / insufficient_quota 表示渠道密钥所属账户无法付费，等待并不能解决。
    .fix-1 = 稍后带退避重试；如果是 Midjourney 任务，减少同时提交的任务数。
    .fix-2 = 把请求时间报告给网关管理员：需要在“渠道管理”中测试渠道，修复上游密钥（充值、开通计费、更换密钥）或增加渠道。
    .fix-3 = 在此期间改用由其他渠道提供的模型或分组。
    .prevention-1 = 管理员应升级到较新的 new-api（会保留上游原始消息），并为繁忙模型配置多个渠道。

newapi-do-request-failed = 网关无法连接到上游厂商
    .cause = 网关接受了你的请求，但它向渠道上游发起的 HTTP 请求在网络层面失败了：DNS 解析失败、连接被拒绝或被重置、TLS 错误、i/o 超时或代理不可达。说明渠道的 Base URL（代理地址）或网关服务器的网络、代理配置有问题，或者从网关所在地区访问该上游被阻断。
    .translation = 请求上游地址失败（do request failed）：向上游地址发起的请求失败了。
    .analysis-1 = HTTP 500、代码 do_request_failed；冒号后面的内容（dial tcp ... i/o timeout、EOF、x509 ...）是网关收到的 Go 网络错误。你的令牌、你的网络和模型名都没有问题。
    .analysis-2 = 只有网关管理员能修复；对你来说，如果网关还有其他渠道或者这是偶发故障，重试可能会成功。
    .fix-1 = 稍等片刻后重试一两次。
    .fix-2 = 网关管理员：在“渠道管理”中打开该渠道，检查 Base URL（没有拼写错误、使用正确的 https:// 协议、服务器可以访问），再点“测试”。在服务器上执行 curl -v <Base URL>/v1/models 查看具体的 DNS、TLS 或连接错误。
    .fix-3 = 如果服务器访问该上游需要代理（例如在中国大陆访问 api.openai.com 或 api.anthropic.com），请填写渠道的“代理”字段或为容器设置 HTTPS_PROXY，并确认代理本身可用。
    .prevention-1 = 管理员应开启渠道自动测试，并为重要模型准备一条走其他线路的备用渠道。

newapi-bad-upstream-status = 上游返回了网关无法解析的错误页面
    .cause = 网关的上游渠道返回了 HTTP 错误，而且响应体不是预期的 JSON（典型情况是 Cloudflare 或 nginx 的 HTML 502/503/504 页面，或 524 超时）。new-api 把它报告为 bad_response_status_code，并把上游状态码放进 param。
    .translation = bad response status code N：上游返回了状态码 N，且响应体无法解析。
    .analysis-1 = type 为 upstream_error 说明故障出在渠道上游一侧，与你的令牌无关。param 里是上游自己的状态码：524 或 504 通常是上游处理太久，502/503 是上游宕机或过载。
    .fix-1 = 带退避重试；长文本生成请使用 stream=true，避免连接被代理超时切断。
    .fix-2 = 如果持续出现，把 request id 发给网关管理员：请在“渠道管理”中测试该渠道，检查渠道的 Base URL（路径错误或前面还套了一层反向代理时常会返回 HTML），并在网关日志里查看上游的原始响应。
    .prevention-1 = 管理员可以为不稳定的渠道配置状态码映射或重试，并为模型准备备用渠道。

newapi-sensitive-words = 网关的敏感词过滤拦截了你的请求
    .cause = 网关管理员开启了敏感词过滤，而你的提示词中包含了其中配置的词语；网关在发往上游之前就拒绝了请求。
    .translation = sensitive words detected：在请求中检测到了列出的敏感词。
    .analysis-1 = 代码 sensitive_words_detected 来自网关本身（new_api_error），不是上游模型自己的安全审核。命中的词通常列在冒号后面。
    .fix-1 = 删除或改写提示词中被列出的词（包括系统提示词、历史消息和工具返回结果），然后重新发送。
    .fix-2 = 如果属于误判，请网关管理员在“系统设置”的敏感词过滤设置中调整词表，或为你的使用场景放行。
    .prevention-1 = 在转发前清洗用户输入的文本，让提示词避开网关词表中的词语。

newapi-channel-config = 网关的上游渠道配置有误
    .cause = 网关为你的模型选中了一个渠道，但无法使用它：多密钥渠道的所有密钥都被禁用（channel:no_available_key），渠道的模型重定向、参数覆盖或请求头覆盖 JSON 无效，渠道密钥格式不对，或者无法创建 AWS 客户端。这些都是网关管理员设置的渠道配置错误。
    .translation = 没有可用的渠道密钥：渠道中已没有可用的密钥。
    .analysis-1 = 以 channel: 开头的代码来自网关的渠道层；只要存在其他渠道，new-api 会换渠道重试，看到这个错误说明没有别的渠道能成功。
    .fix-1 = 把 request id 和错误代码发给网关管理员。
    .fix-2 = 网关管理员：在“渠道管理”中打开该渠道。no_available_key：重新启用或更换多密钥渠道中的密钥（它们是因上游报错被自动禁用的）；model_mapped_error、param_override_invalid、header_override_invalid：修正“模型重定向”“参数覆盖”“请求头覆盖”里的 JSON；invalid_key、aws_client_error：按该渠道类型要求的格式重新填写密钥。
    .fix-3 = 作为用户，在此期间可换用由其他渠道提供的模型或分组。
    .prevention-1 = 管理员编辑渠道时校验 JSON 格式，并关注渠道自动禁用的通知。

newapi-channel-timeout = 网关的上游渠道响应超时
    .cause = 渠道没有在网关管理员设定的时限内返回响应，网关放弃了这次请求（代码 channel:response_time_exceeded）。
    .analysis-1 = 这是渠道一侧的超时，不是你的网络问题。长时间的非流式生成和推理模型最容易遇到。
    .fix-1 = 使用 stream=true 让 token 在时限内开始返回，或者调低 max_tokens / 推理强度以缩短生成时间。
    .fix-2 = 重试；网关可能会把下一次请求分配到响应更快的渠道。
    .fix-3 = 如果持续出现，请网关管理员放宽该渠道的响应时间限制，或为该模型增加更快的渠道。
    .prevention-1 = 长文本生成使用流式输出，客户端超时时间设得比网关时限更长。

newapi-database-error = 网关数据库出错
    .cause = new-api / one-api 在校验你的令牌或为请求计费时，无法读取自己的数据库（或 Redis 缓存）。这是网关服务器的故障，与你的密钥和上游都无关。
    .translation = 无效的令牌，数据库查询出错，请联系管理员 / 数据库错误，请稍后重试（英文为 Database error, please try again later）。
    .analysis-1 = HTTP 500 来自网关本身。第一种写法里的“无效的令牌”有误导性：令牌很可能完全有效，只是查询失败了。
    .fix-1 = 稍等片刻后重试；数据库或 Redis 的短暂抖动通常会自行恢复。
    .fix-2 = 如果持续出现，把 request id 发给网关管理员：请检查网关日志（docker logs new-api），以及 MySQL / PostgreSQL / SQLite 和 Redis 的运行状态（连接数、磁盘空间、SQL_DSN 和 REDIS_CONN_STRING 配置）。
    .prevention-1 = 管理员应监控数据库和 Redis 的健康状况与磁盘空间，并做好备份。

newapi-invalid-request = 网关无法解析你的请求
    .cause = 网关在路由之前就拒绝了请求体：请求体不是合法的 JSON，model 字段缺失或不是字符串，或者某个必填字段（messages、max_tokens 格式）无效。
    .translation = 无效的请求：后面跟着的是 JSON 解析错误；“未指定模型名称，模型名称不能为空”：请求里没有模型名。
    .analysis-1 = HTTP 400 由网关的分发器返回，上游根本没有收到这个请求，所以暂时还谈不上上游文档里的参数规则。
    .fix-1 = 发送合法的 JSON 请求体，带上 Content-Type: application/json 和字符串类型的 "model" 字段；手工拼接请求体时注意引号和转义（在 shell 里用 curl -d 时最容易出错）。
    .fix-2 = 确认调用的端点与请求体格式匹配（OpenAI 对话用 /v1/chat/completions，Claude 格式用 /v1/messages）。
    .prevention-1 = 用 SDK 或 JSON 序列化库构造请求体，不要用字符串拼接。

newapi-body-too-large = 请求体超过了网关允许的大小
    .cause = new-api 在路由之前会读取完整的请求体，超过大小上限（网关的 MAX_REQUEST_BODY_MB 设置，按解压后的大小计算）就拒绝。JSON 中内嵌的 base64 图片、音频或文件，或者非常长的对话历史，会让请求体超限。
    .translation = request body exceeds N MB: request body too large：请求体超过了 N MB。
    .analysis-1 = 网关自身（new_api_error）返回 HTTP 413，代码 read_request_body_failed；上游模型根本没有收到请求，与模型自身的限制无关。
    .fix-1 = 缩小请求：图片和文件用 URL 代替 base64 数据，压缩或降低图片分辨率，每次少带附件，并删减较早的对话轮次。
    .fix-2 = 网关管理员：调大 new-api 容器的环境变量 MAX_REQUEST_BODY_MB（如前面有 nginx，同时调大 client_max_body_size），然后重启网关。
    .prevention-1 = 发送前检查附件编码后的大小，大文件单独上传（文件接口或对象存储 URL）。

newapi-management-auth = one-api / new-api 管理接口不接受该访问令牌
    .cause = 请求发到了管理接口（/api/user、/api/token、/api/channel、/api/log 等），它用登录会话或账户的系统访问令牌鉴权，而不是 sk- 中转密钥：Authorization 头缺失、填的是 sk- 密钥或已失效的访问令牌，或者（new-api）缺少带账户用户 ID 的 New-Api-User 头，或 ID 不匹配。
    .translation = 无权进行此操作，access token 无效：访问令牌无效；未登录且未提供 access token：既没有登录也没有提供访问令牌；未提供 New-Api-User：缺少 New-Api-User 请求头。
    .analysis-1 = 这个回答来自网关的后台鉴权，不是中转接口（/v1/*），也不是上游模型厂商：sk- 中转密钥只在 /v1/* 上有效，在这里会被拒绝。one-api 可能以 HTTP 200 加 success false 返回，只看状态码的客户端会漏掉它。
    .fix-1 = 在网页控制台 个人设置 > 生成系统访问令牌 生成访问令牌，并以 Authorization: Bearer TOKEN 发送；重新生成会使旧令牌失效。
    .fix-2 = new-api 还要发送 New-Api-User: USER_ID，即令牌所属账户的数字 ID（在 个人设置 或用户列表中可见）；缺失、格式错误或 ID 不一致都会被拒绝。
    .fix-3 = 如果本意是调用模型接口，请用 sk- 密钥请求中转路径（/v1/chat/completions、/v1/models），而不是 /api/*。
    .prevention-1 = 把管理访问令牌和中转 sk- 密钥配置为两个独立的设置，并检查每个 /api/* 回答的 success 字段，而不只是 HTTP 状态码。

newapi-management-permission = 该 one-api / new-api 账户无权使用这个管理接口
    .cause = 访问令牌或会话已被接受，但账户角色低于接口要求：渠道、用户、系统设置以及所有用户的日志需要管理员，部分设置需要 root（超级管理员）账户。
    .translation = 无权进行此操作，权限不足：权限不够；仅限超级管理员：只有超级管理员可以操作。
    .analysis-1 = 这是网关后台鉴权中的角色检查（普通用户、管理员、root）；身份认证本身已通过，换同一账户的另一个令牌也没有用。
    .fix-1 = 使用管理员账户（root 专属设置则用 root）的访问令牌：登录该账户，个人设置 > 生成系统访问令牌，并带上该账户自己的 New-Api-User ID 发送。
    .fix-2 = 或者请 root 用户在 用户管理 中 提升 该账户的角色，或改用普通用户可用的自助接口（/api/user/self、/api/token/）。
    .prevention-1 = 为自动化任务单独准备一个管理员账户和专用访问令牌，不要复用个人普通用户的令牌。

newapi-gateway-auth = 网关拒绝了请求的凭证
    .cause = 错误类型 new_api_error / one_api_error 加上 HTTP 401，说明是 new-api / one-api 网关本身在调用上游之前拒绝了密钥；具体措辞来自某个版本或分支，没有匹配到更具体的规则。
    .analysis-1 = 网关侧鉴权失败：令牌在这个网关上不存在、已过期、被禁用或额度用尽，或者密钥发到了错误的网关。
    .fix-1 = 在签发该密钥的网关“令牌管理”页面检查令牌（状态、有效期、剩余额度），并确认 base_url 指向的正是这个网关。
    .fix-2 = 把 request id 发给网关管理员，让他们在“使用日志”或容器日志中查询。
    .prevention-1 = 在配置中把每个网关的 base_url 和密钥放在一起，并监控令牌的有效期和额度。

newapi-gateway-forbidden = 网关拒绝了请求（权限不足）
    .cause = 带 new_api_error / one_api_error 的 HTTP 403：网关接受了密钥，但这个请求对它不被允许，例如普通用户使用了指定渠道的令牌（sk-KEY-<渠道 ID>）、渠道已被禁用、分组或模型限制，或者某种没有被更具体规则匹配的账户状态。
    .translation = 普通用户不支持指定渠道；“无效的渠道 Id”“该渠道已被禁用”：渠道 ID 无效或渠道已停用。
    .analysis-1 = 这是网关侧的策略拒绝，没有联系上游厂商。
    .fix-1 = 根据消息找到具体限制：使用不带 -<渠道 ID> 后缀的普通令牌，或请管理员为你的令牌开放对应的渠道、分组或模型。
    .fix-2 = 原因不明时，把 request id 发给网关管理员。
    .prevention-1 = 网关上有任何调整后，检查令牌的设置（分组、模型列表、IP 列表）。

newapi-gateway-server-error = 网关内部出错
    .cause = 带 new_api_error / one_api_error 的 HTTP 5xx：new-api / one-api 网关在准备或转发请求时自身出错（生成转发信息、选择渠道、转换请求格式或读取上游响应）。
    .analysis-1 = 这是网关侧故障，你的令牌和请求可能都没问题。code 字段（例如 get_channel_failed、gen_relay_info_failed、convert_request_failed、read_response_body_failed）指明了出错的步骤。
    .fix-1 = 稍等片刻后重试。
    .fix-2 = 如果反复出现，把 request id 和错误代码发给网关管理员；网关日志（docker logs）里有完整的错误信息。
    .prevention-1 = 管理员应保持网关为较新版本，并关注它的错误日志。

newapi-gateway-error = new-api / one-api 网关返回了错误
    .cause = 错误类型 new_api_error / one_api_error 表示这个错误由网关本身产生（令牌、分组、额度、定价或请求处理），而不是上游模型厂商；其措辞没有匹配到已知的网关消息。
    .analysis-1 = 阅读 message 和 code：它们指出了网关哪一步出错。“(request id: ...)”后缀可以在网关的“使用日志”和容器日志中定位这次请求。
    .fix-1 = 根据消息修正对应问题，同时在网关“令牌管理”页面核对令牌设置，并检查请求体。
    .fix-2 = 否则把 request id 发给网关管理员。
    .prevention-1 = 对每一次失败的调用，都完整记录网关的响应，包括 request id。

newapi-upstream-key-invalid = 网关上游渠道的密钥被厂商拒绝
    .cause = 这个鉴权错误来自上游厂商（OpenAI、Anthropic、Moonshot 等），由 new-api / one-api 网关原样转发，末尾的“(request id: ...)”就是证据。被拒绝的是网关管理员配置的渠道密钥，而不是你发给网关的 sk- 令牌。
    .analysis-1 = 你的网关令牌已通过校验；是上游拒绝了渠道的密钥（无效、已撤销，或其账户已停用）。网关通常会自动禁用这样的渠道。
    .analysis-2 = 更换你自己的密钥没有用，消息里给出的厂商控制台链接是给网关管理员看的。
    .fix-1 = 把 request id 发给网关管理员：请在“渠道管理”中测试提供该模型的渠道，换上有效的密钥后重新启用。
    .fix-2 = 在此期间稍后重试，或改用由其他渠道提供的模型或分组。
    .prevention-1 = 管理员应开启渠道自动禁用和通知，并准备使用独立密钥的备用渠道。

newapi-upstream-quota = 网关上游账户的额度已经用完
    .cause = 这个计费错误（insufficient_quota、billing_not_active、credit balance too low、已欠费）来自上游厂商，由 new-api / one-api 网关转发，“(request id: ...)”后缀可以证明。付不起钱的是网关渠道密钥背后的上游账户，与你在网关上的余额无关。
    .analysis-1 = 这不是限流：在渠道的上游账户充值或更换密钥之前，重试和等待都没有用。
    .fix-1 = 把 request id 发给网关管理员：需要在“渠道管理”中为提供该模型的渠道的上游账户充值或开通计费，或者更换渠道密钥。
    .fix-2 = 在此期间改用由其他渠道提供的模型或分组。
    .prevention-1 = 管理员应监控上游余额，对上游返回 insufficient_quota 的渠道开启自动禁用，并准备备用渠道。

newapi-upstream-rate-limit = 网关上游渠道触发了厂商的速率限制
    .cause = 这个 429 来自上游厂商，经 new-api / one-api 网关转发（见“(request id: ...)”后缀）：速率限制属于网关使用的渠道密钥，由该渠道的所有用户共享，而不是你的网关令牌。
    .analysis-1 = 升级你自己的厂商账户或密钥不会有任何变化，限制在网关管理员的上游账户上。
    .fix-1 = 带随机抖动地指数退避重试，网关转发了 Retry-After 时遵守它，并降低并发。
    .fix-2 = 如果持续出现，把 request id 交给网关管理员：可以为该模型增加渠道或密钥，或提升上游账户等级。
    .prevention-1 = 客户端使用限流器和退避；管理员应把繁忙模型分散到多个渠道上。

newapi-upstream-error = 网关的上游渠道出错
    .cause = type 为 upstream_error 表示 new-api / one-api 网关转发了渠道上游厂商的错误（上游没有给出自己的类型）。故障在上游一侧或渠道配置中，与你的网关令牌无关。
    .analysis-1 = code 字段说明了出了什么问题（例如 empty_response、bad_response、read_response_body_failed）；request id 可以在网关日志中定位这次请求。
    .fix-1 = 稍后重试；网关可能会把下一次请求分配到其他渠道。
    .fix-2 = 如果持续出现，把 request id 发给网关管理员，他们可以在“渠道管理”中测试渠道，并在日志中查看上游的原始响应。
    .prevention-1 = 记录失败调用的 request id，方便网关管理员追查。

## DeepSeek

deepseek-insufficient-balance = DeepSeek 账户余额不足（HTTP 402）
    .cause = 这把 API 密钥所属的 DeepSeek 账户已经没有余额（充值余额和赠送余额都已用完），DeepSeek 拒绝执行请求。
    .translation = Insufficient Balance：余额不足。
    .analysis-1 = HTTP 402 Insufficient Balance 是 DeepSeek 的计费拦截，不是限流，重试没有用。响应体中奇怪的 type unknown_error 对这个错误来说是正常的。
    .fix-1 = 在 https://platform.deepseek.com/top_up 充值（余额由账户下所有密钥共享），然后重试，密钥本身仍然有效。
    .fix-2 = 在 https://platform.deepseek.com/usage 查看余额被什么消耗了；密钥泄露或程序死循环都会在那里体现。
    .prevention-1 = 定期查询余额（GET https://api.deepseek.com/user/balance 会返回余额），在用完前告警；重试逻辑中把 402 当作不可重试的错误。

deepseek-model-not-exist = DeepSeek 不认识这个模型名（Model Not Exist）
    .cause = 请求中的 model 不是 DeepSeek API 提供的名称。它只接受自己的 ID：deepseek-chat 和 deepseek-reasoner，而不是 deepseek-r1、deepseek-v3 或其他平台带前缀的模型 ID。
    .analysis-1 = DeepSeek 返回 400，type 和 code 都是 invalid_request_error；只有 message 能看出问题出在模型名上。
    .fix-1 = 把 model 设为 deepseek-chat（V3）或 deepseek-reasoner（R1），或使用 GET https://api.deepseek.com/models 返回的 ID。
    .fix-2 = 如果模型名来自工具的预设或路由平台（OpenRouter 上的 deepseek/deepseek-r1、云平台上的 deepseek-v3），在 base URL 为 api.deepseek.com 时改成 DeepSeek 自己的 ID。
    .prevention-1 = 启动时通过 GET /models 读取可用模型列表，不要硬编码其他平台的模型名。

deepseek-context-length = 请求超出了 DeepSeek 模型的上下文窗口
    .cause = 提示词 token 加上请求的 max_tokens 超过了模型的上下文窗口（较早的 deepseek-chat / deepseek-reasoner 为 64K token，较新版本为 128K）。消息中给出了上限，以及 messages 和 completion 各自请求的 token 数。
    .translation = This model's maximum context length is N tokens. However, you requested M tokens：模型最大上下文为 N 个 token，而本次请求了 M 个。
    .analysis-1 = HTTP 400 invalid_request_error；DeepSeek 不会替你截断输入。逐轮增长的对话历史和很大的 max_tokens 是最常见的原因。
    .fix-1 = 裁剪或摘要较早的对话轮次、工具结果和附带文档，使提示词 token 加 max_tokens 低于消息中的上限。
    .fix-2 = 调低 max_tokens：它会完整地占用窗口（对 deepseek-reasoner 来说还包括思维链）。
    .fix-3 = 对长文档进行分块，分别处理后再汇总（map-reduce），不要塞进一个超长提示词。
    .prevention-1 = 发送前估算 token（约 1.5 个汉字或 4 个英文字符为 1 个 token），并为对话历史设定滚动预算。

deepseek-reasoning-content-missing = DeepSeek 思考模式要求回传助手消息的 reasoning_content
    .cause = 在带工具调用的思考模式下，DeepSeek 要求此前每一条发起过工具调用的 assistant 消息都带着它的 reasoning_content 字段一起回传。你的消息历史丢掉了这个字段（很多 SDK 封装和框架只保留 content 和 tool_calls），于是 API 拒绝了整个对话。
    .translation = Missing reasoning_content field in the assistant message at message index N：第 N 条 assistant 消息缺少 reasoning_content 字段。
    .analysis-1 = HTTP 400 invalid_request_error；消息中的 index 指向缺少该字段的那一轮 assistant 消息。Kimi 的思考模型也有同样的要求。
    .fix-1 = 把助手回复追加到历史时，连同 content 和 tool_calls 一起复制 message.reasoning_content（没有时用空字符串），参见代码片段。
    .fix-2 = 如果消息由框架构建（LangChain、智能体框架、IDE 插件），升级到会为 DeepSeek 保留 reasoning_content 的版本，或者让这一步改用非思考模型（关闭思考的 deepseek-chat）。
    .prevention-1 = 按 API 返回的原样保存 assistant 消息，不要只用 content 重新拼装。

deepseek-content-risk = DeepSeek 的内容安全系统拒绝了请求
    .cause = DeepSeek 在生成之前会审核输入，对安全策略判定为有风险的请求直接拒绝（例如涉政、暴力、歧视等话题）。DeepSeek 表示正常输入偶尔也会被误判；批量处理抓取来的文本（新闻、社交媒体帖子、文档标题）时更容易触发。
    .translation = Content Exists Risk：内容存在风险。
    .analysis-1 = HTTP 400，类型为 invalid_request_error，但这是内容拦截而不是请求格式错误：同样的输入会再次失败，原样重试只会浪费时间。
    .fix-1 = 找出触发拦截的部分：把批次（或对话、系统提示词、工具结果）对半拆分后分别重发，直到定位到被拦截的条目，再改写、脱敏或删除它。
    .fix-2 = 一直被拒的内容改用其他模型或服务商处理；明显误判的，可通过 https://platform.deepseek.com 上的客服渠道连同输入一起反馈给 DeepSeek。
    .prevention-1 = 在重试逻辑中把 Content Exists Risk 视为不可重试；抓取或用户提供的文本分小批处理，避免一个被拦截的条目拖垮整个任务。

deepseek-auth-failed = DeepSeek 拒绝了 API 密钥
    .cause = Authorization 头中的密钥 DeepSeek 不认识：密钥有拼写错误或被截断、已被删除，或者是其他厂商的密钥（例如把 OpenAI 或网关的密钥发到了 api.deepseek.com）。
    .translation = Authentication Fails, Your api key ... is invalid：认证失败，API 密钥无效。
    .analysis-1 = HTTP 401 authentication_error 来自 DeepSeek；消息中显示的末尾几位字符可以帮你判断实际发送的是哪把密钥。
    .fix-1 = 在 https://platform.deepseek.com/api_keys 创建或复制密钥，设置为 api_key（例如 DEEPSEEK_API_KEY），并使用 base_url https://api.deepseek.com。
    .fix-2 = 确认程序确实读到了新值：启动时打印密钥末 4 位，与密钥列表比对。
    .prevention-1 = 把密钥放在环境变量或密钥管理服务中，每个应用一把，不再使用的密钥及时删除。

deepseek-invalid-parameters = DeepSeek 拒绝了参数取值（HTTP 422）
    .cause = JSON 格式正确，但某个取值 DeepSeek 不接受：未知的消息角色或字段、类型错误，或所选模型不支持的参数。消息中给出了字段名和位置。
    .analysis-1 = HTTP 422 参数错误；必须修改请求才能成功。
    .fix-1 = 按 https://api-docs.deepseek.com/api/create-chat-completion 修正消息中指出的字段（例如用 role "tool" 代替 "function"，content 以字符串发送，去掉模型不支持的参数）。
    .fix-2 = 如果请求由框架构建，确认它使用的是 DeepSeek 的 OpenAI 兼容格式，而不是其他厂商的格式。
    .prevention-1 = 在测试中按照 API 参考校验请求，再上线生产流量。

deepseek-rate-limit = DeepSeek 正在限制你的请求（HTTP 429）
    .cause = DeepSeek 没有公布固定的速率限制，但当你的并发或请求速率超出当前服务器容量时，会返回 429。
    .analysis-1 = HTTP 429 请求速率达到上限；这是暂时的，暂停后重试是安全的。
    .fix-1 = 使用带完全抖动的指数退避重试，有 Retry-After 时遵守它；OpenAI SDK 设置 max_retries 后会自动这样做。
    .fix-2 = 降低并发（用信号量把并行调用限制在几个以内），把批量任务分散到更长的时间里执行。
    .prevention-1 = 在客户端使用限流器和有上限的退避，避免批量任务瞬间全部启动。

deepseek-server-error = DeepSeek 服务器内部错误（HTTP 500）
    .cause = 故障在 DeepSeek 一侧，请求本身可能没有问题。
    .analysis-1 = HTTP 500 服务器故障，多数情况下是暂时的。
    .fix-1 = 稍等片刻后带退避重试。
    .fix-2 = 如果持续出现，查看 https://status.deepseek.com/ 并稍后再试。
    .prevention-1 = 对 5xx 使用有上限、带抖动的指数退避重试，并让长任务可以断点续跑。

deepseek-server-busy = DeepSeek 服务器繁忙（HTTP 503）
    .cause = DeepSeek 的服务器负载过高，正在拒绝请求；高峰时段尤其常见，deepseek-reasoner 更明显。
    .analysis-1 = HTTP 503 服务器繁忙是暂时的，问题在 DeepSeek 一侧，稍后重试会成功。
    .fix-1 = 带随机抖动地指数退避重试（SDK 设置见代码片段），并把超时时间设得宽裕些，因为高负载时响应会很慢。
    .fix-2 = 不紧急的批量任务放到非高峰时段执行；在 https://status.deepseek.com/ 查看故障公告。
    .fix-3 = 如果对可用性有要求，配置到其他平台上同一模型的备用通道（例如硅基流动、火山方舟或阿里云百炼上的 DeepSeek 模型）。
    .prevention-1 = 在依赖 DeepSeek 的生产链路中内置重试和备用厂商。

## Moonshot / Kimi

moonshot-invalid-auth = Moonshot（Kimi）拒绝了 API 密钥
    .cause = 该密钥对你所调用的端点无效。最常见的是：在 platform.moonshot.cn（国内站）创建的密钥被发到了 api.moonshot.ai（国际站），或者反过来，两个平台的账户和密钥是相互独立的。其他情况是密钥已删除、输错，或者属于其他厂商。
    .translation = Invalid Authentication / Incorrect API key provided：密钥未通过认证。
    .analysis-1 = 带 invalid_authentication_error 或 incorrect_api_key_error 类型的 HTTP 401 来自 Moonshot 本身。
    .fix-1 = 让密钥和 base URL 匹配：https://platform.moonshot.cn/console/api-keys 的密钥配 https://api.moonshot.cn/v1，https://platform.moonshot.ai/console/api-keys 的密钥配 https://api.moonshot.ai/v1。
    .fix-2 = 重新复制密钥（以 sk- 开头），不要带空格或引号，或者在 API Key 页面新建一把。
    .fix-3 = Claude Code 等 Anthropic 格式的客户端，请使用对应的 Anthropic 端点（https://api.moonshot.cn/anthropic 或 https://api.moonshot.ai/anthropic），并把 ANTHROPIC_AUTH_TOKEN 设为 Moonshot 密钥。
    .prevention-1 = 在配置中把 base URL 和密钥放在一起，保证二者始终配套。

moonshot-quota-exceeded = Moonshot（Kimi）账户余额已用完
    .cause = 这把密钥所属的 Moonshot 组织余额已经用完（或因欠费被暂停），充值之前请求都会被拒绝。
    .translation = exceeded_current_quota_error：账户额度已用完；“is suspended, please check your plan and billing details”表示账户因计费问题被暂停。
    .analysis-1 = 这是计费拦截，返回 403，部分版本返回 429；虽然是 429，但它不是限流，重试没有用。
    .fix-1 = 在 https://platform.moonshot.cn/console/account 充值（国际站账户在 https://platform.moonshot.ai），然后重试。
    .fix-2 = 在控制台的账单页面查看余额消耗明细。
    .prevention-1 = 保留一定的余额缓冲，设置余额不足提醒，并把 exceeded_current_quota_error 视为不可重试。

moonshot-rate-limit = Moonshot（Kimi）触发速率限制
    .cause = 你的组织超出了当前等级的某项限制：并发数（max organization concurrency）、RPM、TPM 或 TPD。消息里写明了是哪一项以及需要等待多久。新账户处于较低等级（例如并发 1、RPM 3），累计充值后才会提升。
    .translation = request reached organization max RPM / max organization concurrency: N, please try again after X seconds：已达到上限，请 X 秒后重试。
    .analysis-1 = HTTP 429 rate_limit_reached_error；是暂时的，等过消息中给出的时间即可恢复。
    .fix-1 = 等待消息中给出的秒数后，带退避和随机抖动重试。
    .fix-2 = 把并行度降到并发上限以内（见代码片段）；编程智能体要关闭并行子任务或并行工具调用。
    .fix-3 = 通过充值提升等级；各等级的限额见 https://platform.moonshot.cn/docs/pricing/limits。
    .prevention-1 = 按账户等级设置客户端并发和请求速率，遇到 429 时退避。

moonshot-engine-overloaded = Moonshot（Kimi）引擎过载
    .cause = Moonshot 上该模型的服务器已满负荷，拒绝与你自己的限额无关。
    .translation = The engine is currently overloaded, please try again later：引擎当前过载，请稍后再试。
    .analysis-1 = 虽然返回 HTTP 429，但类型是 engine_overloaded_error：这是厂商侧过载，不是你的速率限制或余额问题。
    .fix-1 = 带随机抖动地指数退避重试。
    .fix-2 = 如果过载持续，换用其他 Kimi 模型，或者稍后再运行任务。
    .prevention-1 = 在生产链路中内置重试和备选模型。

moonshot-content-filter = Moonshot（Kimi）把请求判定为高风险并拦截
    .cause = Moonshot 的内容安全检查认为输入（或将要生成的输出）风险较高，拒绝了请求。
    .translation = The request was rejected because it was considered high risk：请求被判定为高风险而遭拒绝。
    .analysis-1 = HTTP 400，类型为 content_filter；同样的内容再次发送会得到同样的结果。
    .fix-1 = 改写或删除可能被视为敏感的内容，包括历史消息、系统提示词和上传的文件。
    .fix-2 = 对于正当的使用场景（例如内容审核工具），就具体场景联系 Moonshot 客服。
    .prevention-1 = 预先筛查用户输入，控制对话历史长度，避免把早先被标记的内容反复发送。

moonshot-model-not-found = Moonshot（Kimi）找不到该模型，或该密钥无权使用
    .cause = 请求中的模型名在该平台上不存在、已下线，或你的账户没有访问权限（例如仅国际站提供的模型，或带日期后缀的模型名拼错）。
    .translation = Not found the model X or Permission denied：模型不存在或无权访问。
    .analysis-1 = HTTP 404 resource_not_found_error。
    .fix-1 = 用 GET https://api.moonshot.cn/v1/models（或 api.moonshot.ai）列出密钥可用的模型，使用列表中的准确 ID，例如 kimi-k2-0905-preview 或 moonshot-v1-32k。
    .fix-2 = 确认 base URL 所属的平台（.cn 或 .ai）提供该模型。
    .prevention-1 = 把模型 ID 放在配置中，关注更新公告里改名或下线的模型。

moonshot-token-limit = 请求超出了 Moonshot 模型的上下文窗口
    .cause = 输入 token（加上 max_tokens）超过了模型的上下文长度，例如 moonshot-v1-8k 超过了 8K。
    .translation = Input token length too long / Your request exceeded model token limit: N：输入过长，超出模型 token 上限 N。
    .analysis-1 = HTTP 400 invalid_request_error；需要缩短请求，或换用更大窗口的模型。
    .fix-1 = 换用窗口更大的模型（moonshot-v1-32k、moonshot-v1-128k，或 128K 到 256K 的 kimi-k2 系列），或者使用按长度自动选择的 moonshot-v1-auto。
    .fix-2 = 裁剪历史消息和文档，调低 max_tokens；可以先用 Moonshot 的 token 计算接口（/v1/tokenizers/estimate-token-count）估算长度。
    .prevention-1 = 发送前估算 token，把长输入路由到长上下文模型。

## 智谱 GLM

zhipu-auth-failed = 智谱（GLM）身份验证失败
    .cause = Authorization 请求头缺失、格式不对，或携带的密钥 / JWT 无效或已过期（业务码 1000 到 1004）。
    .translation = 身份验证失败 / Authorization Token 非法 / Authorization Token 已过期。
    .analysis-1 = 1000 到 1004 都是认证失败：1001 表示没有 Authorization 请求头，1002 表示令牌非法，1003/1004 表示令牌已过期；重试没有用。
    .fix-1 = 从 https://bigmodel.cn/usercenter/proj-mgmt/apikeys（Z.ai 为 https://z.ai/manage-apikey/apikey-list）复制有效密钥，以 "Authorization: Bearer <密钥>" 的形式发送。
    .fix-2 = 如果你自己用 id.secret 格式的密钥签发 JWT，请重新生成并确保 exp 在未来；当前的官方 SDK 会自动处理。
    .fix-3 = 密钥要与平台匹配：bigmodel.cn 的密钥配 https://open.bigmodel.cn/api/paas/v4，Z.ai 的密钥配 https://api.z.ai/api/paas/v4。
    .prevention-1 = 把密钥放在环境变量中，由官方 SDK 管理令牌有效期。

zhipu-token-invalid = 智谱（GLM）拒绝了密钥：已过期或验证不正确
    .cause = 智谱无法验证 Authorization 请求头中的密钥：密钥错误、已删除、被截断，或者属于另一个平台（bigmodel.cn 与 z.ai），又或者是自行签发的 JWT 已经过期。
    .translation = 令牌已过期或验证不正确。
    .analysis-1 = HTTP 401 来自智谱的 API 网关（code 字段只是重复了 401）。
    .fix-1 = 从 https://bigmodel.cn/usercenter/proj-mgmt/apikeys（Z.ai 为 https://z.ai/manage-apikey/apikey-list）重新复制 API 密钥，并确认 base URL 属于同一个平台。
    .fix-2 = 如果工具会用密钥生成 JWT，检查服务器时钟和 exp 声明，或者直接传原始密钥交给 SDK 签名。
    .prevention-1 = 把密钥和 base URL 一起保存，有计划地轮换密钥。

zhipu-account-state = 智谱（GLM）账户处于非活动或锁定状态
    .cause = 账户状态阻止了 API 访问：非活动状态（1110）、账户不存在（1111）、已被锁定（1112）、暂时无法访问（1120），或因违规被锁定（1121）。
    .translation = 您的账户当前处于非活动状态 / 您的账户已被锁定，请联系客服解锁。
    .analysis-1 = 这是账户级别的封锁，不是密钥或计费错误；同一账户下的新密钥同样无法使用。
    .fix-1 = 登录 https://bigmodel.cn 检查账户状态和实名认证情况，完成尚未完成的认证。
    .fix-2 = 账户被锁定时，通过工单或客服联系智谱解锁。
    .prevention-1 = 保持账户认证信息有效，遵守平台使用规范。

zhipu-arrears = 智谱（GLM）账户余额不足或没有可用资源包
    .cause = 密钥所属账户的余额已用完，且没有适用于该模型的可用资源包，或者账户已欠费（业务码 1113）。
    .translation = 余额不足或无可用资源包,请充值 / 您的账户已欠费，请充值后重试（英文为 Insufficient balance or no resource package. Please recharge.）。
    .analysis-1 = 智谱用 HTTP 429 返回这个错误，但它是计费拦截而不是限流：充值之前重试没有用。
    .analysis-2 = 资源包是按模型区分的：glm-4-flash 的资源包不能抵扣 glm-4.5 的费用；Coding Plan 的额度只在 Coding Plan 专用端点上生效。
    .fix-1 = 在 https://bigmodel.cn/finance/overview（Z.ai 为其计费页面）充值或购买该模型的资源包，然后重试。
    .fix-2 = 如果你购买的是 GLM Coding Plan，请调用 Coding Plan 端点（https://open.bigmodel.cn/api/coding/paas/v4，或 Anthropic 兼容的 https://open.bigmodel.cn/api/anthropic），而不是按余额计费的通用 API。
    .prevention-1 = 在控制台设置余额提醒，并在客户端代码中把 1113 视为不可重试。

zhipu-invalid-parameter = 智谱（GLM）拒绝了请求参数
    .cause = 参数有误（1210）、模型不支持当前调用方式（1212）、未收到某个字段（1213）、字段非法（1214），或两个字段不能同时设置（1215）。消息中写明了具体字段。
    .translation = API 调用参数有误，请检查文档（1210）/ 参数非法（1214）。
    .analysis-1 = HTTP 400；必须修正请求才能成功。
    .fix-1 = 按照 https://docs.bigmodel.cn/api-reference 修正消息中指出的字段（例如 content 和 tool_calls 不能同时为空；旧模型的 temperature 需在 (0, 1) 区间内；图片字段需要有效的 URL 或 base64）。
    .fix-2 = 如果请求由框架构建，确认它支持 GLM 的格式（工具消息、多模态内容）。
    .prevention-1 = 在测试中按照 API 参考校验请求。

zhipu-model-not-found = 智谱（GLM）不认识这个模型编码
    .cause = model 字段不是智谱在该端点上提供的模型编码：拼写错误、模型已下线、用了其他厂商的模型名，或者该模型只在另一个平台（bigmodel.cn 与 z.ai）或只在 Coding Plan 端点上提供。
    .translation = 模型不存在，请检查模型代码（英文为 Unknown Model, please check the model code）。
    .analysis-1 = 业务码 1211，HTTP 400。打包格式 [1211][消息][request id] 中的也是同一个业务码。
    .fix-1 = 使用 https://docs.bigmodel.cn/cn/guide/start/model-overview 中的准确模型编码，例如 glm-4.6、glm-4.5-air、glm-4-flash、glm-4v-plus，全部小写。
    .fix-2 = 确认 base URL 与模型匹配：通用 API 为 https://open.bigmodel.cn/api/paas/v4，Z.ai 为 https://api.z.ai/api/paas/v4。
    .prevention-1 = 把模型编码放在配置中，关注智谱的模型下线公告。

zhipu-prompt-too-long = 提示词超出了智谱（GLM）模型的长度限制
    .cause = 输入长度超过了模型能接受的上限（业务码 1261）。
    .translation = Prompt 超长：提示词过长。
    .analysis-1 = HTTP 400；需要缩短请求，或换用上下文更长的模型。
    .fix-1 = 裁剪历史消息、文档和工具输出，并调低 max_tokens。
    .fix-2 = 换用长上下文模型（glm-4-long，或 128K 到 200K 的 glm-4.5 / glm-4.6）。
    .prevention-1 = 发送前估算 token，并为对话历史设定滚动预算。

zhipu-content-filter = 智谱（GLM）内容安全拦截了请求
    .cause = 智谱的安全系统判定输入或生成内容可能不安全或敏感（业务码 1301）。
    .translation = 系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语。
    .analysis-1 = HTTP 400；同样的内容会再次被拦截。即使提示词本身无害，也可能因模型自己的输出而触发。
    .fix-1 = 改写或删除提示词、历史消息和检索到的文档中的敏感部分。
    .fix-2 = 如果拦截来自输出，调整指令让模型避开相关话题，或者拆分任务。
    .prevention-1 = 预先筛查用户输入，让提示词远离敏感话题。

zhipu-rate-limit = 智谱（GLM）触发频率或并发限制
    .cause = 你的账户超出了该模型的并发上限（1302）或请求频率上限（1303），或者模型整体已达到流量上限（1305）。
    .translation = 您当前使用该API的并发数过高 / 频率过高，请降低并发 / 频率；1305：该模型当前访问量过大，请您稍后再试。
    .analysis-1 = HTTP 429；是暂时的。具体限额取决于账户的用户权益等级。
    .fix-1 = 把并行请求降到当前等级的并发上限以内，并带随机抖动地指数退避重试。
    .fix-2 = 在 https://bigmodel.cn/usercenter/proj-mgmt/rate-limits 查看当前等级的限额；消费越多，等级越高。
    .prevention-1 = 客户端使用信号量和退避；遇到 1305 时考虑切换备用模型。

zhipu-model-busy = 智谱（GLM）该模型当前过载
    .cause = 此刻智谱侧涌向该模型的请求过多（业务码 1312）；拒绝是因为模型的公共算力不足，与你账户自己的限流或余额无关。
    .translation = 该模型当前访问量过大，请您稍后再试，或切换其他模型（The model is receiving too much traffic; try again later or switch model）。
    .analysis-1 = HTTP 429，业务码 1312：暂时性的服务商侧过载。消息中通常会给出可以切换的模型。
    .fix-1 = 带随机抖动地指数退避重试（从 2 到 5 秒左右开始）。
    .fix-2 = 在负载下降之前，切换到消息里建议的模型，或 glm-4.5-air、glm-4-flash 等更轻量的模型。
    .prevention-1 = 在生产链路中内置重试和备用模型，避免在高峰期向旗舰模型突发大量请求。

zhipu-fair-use-limited = 智谱（GLM）按公平使用策略限制了账户
    .cause = GLM Coding Plan 订阅检测到账户的使用模式不符合公平使用策略（例如自动化的大批量调用或多人共用密钥），并限制了账户的请求频率（业务码 1313）。
    .translation = 您的账户当前使用模式不符合公平使用策略，请求频率已受到限制（Your usage pattern does not comply with the fair-use policy; request frequency is limited）。
    .analysis-1 = HTTP 429，业务码 1313。与普通限流不同，它不会在一分钟后自动恢复：限制会一直保持到被解除为止。
    .fix-1 = 按错误码说明，在 bigmodel.cn 控制台进入“个人中心 - 编程套餐总览”，通过页面顶部申请解除限制。
    .fix-2 = 停止违反订阅条款（《条款与协议-订阅服务协议》）的调用：Coding Plan 密钥只用于你自己的交互式编程工具，批量任务或服务端负载改用按量计费的 API 密钥。
    .prevention-1 = 只在订阅条款范围内使用 Coding Plan，自动化任务使用单独的按量计费密钥。

zhipu-plan-model-unavailable = 你的智谱（GLM）订阅套餐不包含该模型
    .cause = 请求通过订阅（GLM Coding Plan）的密钥或端点发出，而请求中的模型不在当前套餐开放的范围内（业务码 1311）。
    .translation = 当前订阅套餐暂未开放 X 权限（The current subscription plan does not grant access to model X）。
    .analysis-1 = 业务码 1311 的拒绝属于套餐权益问题：既不是模型名拼写错误，也不是余额问题。
    .fix-1 = 改用 Coding Plan 已包含的模型（见套餐说明 https://docs.bigmodel.cn/cn/coding-plan/overview），或在更高档套餐包含该模型时升级套餐。
    .fix-2 = 如果一定要用该模型，改用通用的按量计费 API（https://open.bigmodel.cn/api/paas/v4），并使用账户有余额的 API 密钥。
    .prevention-1 = 让编程工具中配置的模型列表与套餐包含的模型保持一致。

zhipu-usage-limit = 智谱（GLM）当前周期的用量额度已用完
    .cause = 你达到了一个按固定时间重置的用量上限：每日调用次数上限（1304），或 GLM Coding Plan 的 5 小时额度（1308）、每周 / 每月额度（1310）。消息中写明了重置时间。
    .translation = 已达到 N 单位 的使用上限。您的限额将在 T 重置（英文为 Usage limit reached ... Your limit will reset at T）。
    .analysis-1 = HTTP 429，但在重置时间之前重试不可能成功；只能等待或升级套餐。
    .fix-1 = 等到消息中给出的重置时间。
    .fix-2 = 升级 Coding Plan 套餐；紧急任务可以让客户端改用有余额的按量付费 API（通用端点 https://open.bigmodel.cn/api/paas/v4）。
    .prevention-1 = 在控制台关注套餐用量，长时间运行的智能体会话要控制节奏。

zhipu-plan-expired = GLM Coding Plan 套餐已到期
    .cause = 密钥用于 Coding Plan 端点，但套餐订阅期已经结束（业务码 1309）。
    .translation = 您的 GLM Coding Plan 套餐已到期，暂无法使用该服务，请续订后重试。
    .analysis-1 = 这是订阅到期导致的拦截；续订之前重试没有用。
    .fix-1 = 在 https://bigmodel.cn 续订 GLM Coding Plan（Z.ai 为 https://z.ai/subscribe），然后重试。
    .fix-2 = 或者让客户端改用有余额的通用按量付费端点。
    .prevention-1 = 开启自动续费，或在套餐到期前设置提醒。

## 阿里云百炼 DashScope / 通义千问

dashscope-arrearage = 阿里云账户欠费（DashScope Arrearage）
    .cause = 密钥所属的阿里云账户有欠费，因此大模型服务平台百炼（DashScope）拒绝了所有调用。
    .translation = Access denied, please make sure your account is in good standing：访问被拒绝，请确认账户状态正常（没有欠费）。
    .analysis-1 = 虽然返回 HTTP 400，但这是计费拦截而不是请求格式错误；结清欠费之前重试没有用。
    .fix-1 = 在阿里云费用与成本控制台（https://billing-cost.console.aliyun.com/；国际站为 https://usercenter2-intl.aliyun.com/billing）充值或结清欠款，然后等待几分钟服务恢复。
    .fix-2 = 确认密钥属于哪个账户（RAM 子账号的密钥由主账号计费）。
    .prevention-1 = 在费用中心设置余额预警，并把 Arrearage 视为不可重试。

dashscope-invalid-api-key = DashScope 拒绝了 API 密钥（密钥、地域和 base URL 必须一致）
    .cause = 该密钥对所调用的端点无效。最常见的是：北京（中国内地）控制台的密钥用在了新加坡（国际）端点上，或者反过来，两个地域的密钥相互独立。其他情况是密钥输错、已删除，或属于其他服务（在通用端点上使用 Coding Plan 的 sk-sp- 密钥，或误用了 OpenAI 密钥）。
    .translation = Incorrect API key provided / Invalid API-key provided：API 密钥无效。
    .analysis-1 = HTTP 401（原生接口代码为 InvalidApiKey，兼容模式代码为 invalid_api_key），没有产生费用。
    .fix-1 = 让密钥和 base URL 匹配：北京地域的密钥（https://bailian.console.aliyun.com/?apiKey=1）配 https://dashscope.aliyuncs.com/compatible-mode/v1；新加坡地域的密钥（https://modelstudio.console.alibabacloud.com/）配 https://dashscope-intl.aliyuncs.com/compatible-mode/v1。
    .fix-2 = 把密钥重新复制到 DASHSCOPE_API_KEY，不要带空格，并确认程序没有同时读取到 OPENAI_API_KEY。
    .fix-3 = Coding Plan 密钥（sk-sp-...）只能配合套餐页面给出的专用 base URL 使用，不能用于通用端点。
    .prevention-1 = 在配置中按地域把 base URL 和密钥放在一起。

dashscope-access-denied = DashScope 拒绝访问该模型或服务
    .cause = 密钥有效，但无权调用该模型：账户尚未开通或购买该模型，RAM 子账号或业务空间没有该模型的权限，或者该模型在你的地域不提供。
    .translation = Access denied / Model access denied：无权访问该模型或服务。
    .analysis-1 = HTTP 403（AccessDenied、AccessDenied.Unpurchased、Model.AccessDenied）。
    .fix-1 = 在控制台（https://bailian.console.aliyun.com/ 的模型广场）开通百炼服务和该模型，或购买该模型所需的套餐。
    .fix-2 = 如果使用的是 RAM 子账号或业务空间的密钥，请主账号在权限管理 / 模型授权中为该业务空间授予模型权限。
    .fix-3 = 确认该模型在密钥所属地域（北京或新加坡）存在。
    .prevention-1 = 使用拥有模型权限的业务空间的密钥，并记录每个业务空间能调用哪些模型。

dashscope-free-tier-only = DashScope 免费额度已用完，且开启了“仅使用免费额度”
    .cause = 该模型的免费额度已经耗尽，而账户开启了“仅使用免费额度”开关，所以百炼直接停止服务而不是开始计费。
    .translation = The free tier of the model has been exhausted ... please disable the "use free tier only" mode in the management console：模型免费额度已用尽，如需按量付费继续使用，请在控制台关闭“仅使用免费额度”。
    .analysis-1 = HTTP 403 AllocationQuota.FreeTierOnly；这是计费设置导致的，不是权限或限流问题。
    .fix-1 = 在百炼控制台的模型详情页关闭该模型的“仅使用免费额度”，并确认账户有余额。
    .fix-2 = 或者换用仍有免费额度的其他模型。
    .prevention-1 = 在控制台按模型跟踪免费额度的使用情况，在用完前做好准备。

dashscope-model-not-found = DashScope 不认识这个模型
    .cause = 该端点上没有这个模型名：拼写错误、模型已下线、用了其他厂商的模型名，或者该模型在密钥所属地域不提供。
    .translation = Model not exist / The model does not exist or you do not have access to it：模型不存在或无权访问。
    .analysis-1 = HTTP 404（ModelNotFound / model_not_found），或 HTTP 400 且错误码为 InvalidParameter / invalid_parameter_error、消息为 Model not exist.：部分接口（原生 SDK 与兼容模式）把未知的模型名报告为参数错误。
    .fix-1 = 使用 https://help.aliyun.com/zh/model-studio/models 中的准确模型名（例如 qwen-plus、qwen-max、qwen3-coder-plus、qwen-vl-max），全部小写。
    .fix-2 = 核对地域：有些模型只在北京或只在新加坡提供。
    .prevention-1 = 把模型名放在配置中，关注模型下线公告。

dashscope-data-inspection = DashScope 内容审核拒绝了输入或输出
    .cause = 阿里云内容安全检测认为输入（或生成的输出）可能包含不当内容。
    .translation = Input/Output data may contain inappropriate content：输入 / 输出数据可能包含不当内容。
    .analysis-1 = HTTP 400 DataInspectionFailed / data_inspection_failed；同样的内容会再次被拒绝。“Output data”表示被拦截的是模型的回答。
    .fix-1 = 改写或删除提示词、历史消息、图片或检索文档中的敏感部分。
    .fix-2 = 如果被拦截的是输出，调整指令让模型避开相关话题，或者拆分任务。
    .prevention-1 = 预先筛查用户输入；确有正当的敏感场景需求时，联系阿里云客服。

dashscope-input-too-long = 输入超出了通义千问模型的长度限制
    .cause = 输入 token 超过了模型允许的最大输入长度，消息中以允许范围 [1, N] 的形式给出。
    .translation = Range of input length should be [1, N]：输入长度必须在 1 到 N 个 token 之间。
    .analysis-1 = HTTP 400，被报告为 InvalidParameter，但原因是长度超限，而不是字段格式错误。
    .fix-1 = 裁剪历史消息、文档和工具输出，使输入不超过 N 个 token。
    .fix-2 = 换用上下文更长的模型（例如 qwen-long，或 qwen-plus、qwen-turbo 的长上下文版本）。
    .prevention-1 = 发送前估算 token，把长输入路由到长上下文模型。

dashscope-invalid-parameter = DashScope 拒绝了请求参数
    .cause = 某个参数对当前模型或调用方式无效。常见情况：Qwen3 / QwQ 的思考模式要求流式调用（parameter.enable_thinking must be set to false for non-streaming calls），部分模型只支持流式输出，或者取值超出范围。
    .translation = InvalidParameter：请求中有参数无效，消息中写明了是哪个参数。
    .analysis-1 = HTTP 400；必须修改请求才能成功。
    .fix-1 = 对思考模型，要么传 stream=True，要么在非流式调用中把 enable_thinking 设为 false（OpenAI SDK 中通过 extra_body 传入）；QwQ / QVQ 模型必须使用 stream=True。
    .fix-2 = 其他情况按 https://help.aliyun.com/zh/model-studio/compatibility-of-openai-with-dashscope 修正消息中指出的参数。
    .prevention-1 = 为每个模型维护参数预设，思考模型和多模态模型尤其需要。

dashscope-throttling = DashScope 触发限流
    .cause = 你的账户超出了该模型的请求速率（RPM）或 token 速率（TPM）上限，或者流量突增过快。
    .translation = Requests rate limit exceeded / You have exceeded your current request limit：请求频率超出限制；Request rate increased too quickly：请求速率上涨过快。
    .analysis-1 = HTTP 429（Throttling.RateQuota、Throttling.AllocationQuota、limit_requests；请求速率上涨过快时为 Throttling.BurstRate 或 limit_burst_rate）；是暂时的，通常一分钟内恢复。
    .fix-1 = 带随机抖动地指数退避重试，并降低并发。
    .fix-2 = 让流量平滑而不是突发；大批量任务改用 Batch 接口。
    .fix-3 = 在 https://help.aliyun.com/zh/model-studio/rate-limit 查看该模型的限额，需要时申请提额。
    .prevention-1 = 在客户端按模型的 RPM/TPM 配置限流器。

dashscope-allocated-quota = DashScope 该模型的 token 速率配额已用满
    .cause = 该模型在当前时间窗口内分配的 token 配额（TPM）已经用完。DashScope 的 OpenAI 兼容模式用 insufficient_quota 代码报告它，但它是限流，而不是余额耗尽。
    .translation = Allocated quota exceeded, please increase your quota limit：分配的配额已超出，请提高配额上限。
    .analysis-1 = HTTP 429；与 OpenAI 的 insufficient_quota 不同，时间窗口过去后会自行恢复。
    .fix-1 = 带退避和随机抖动重试，并降低每分钟的 token 量（缩短提示词、减少并行调用）。
    .fix-2 = 需要持续高吞吐时，在百炼控制台为该模型申请更高的限额。
    .prevention-1 = 按模型的 TPM 控制 token 吞吐节奏。

dashscope-token-limit = 百炼（DashScope）该模型的 token 额度已用完（insufficient_quota）
    .cause = 百炼的 OpenAI 兼容模式在模型的 token 额度（账号每分钟或每天可用的 token 数）用完时，沿用 OpenAI 的 insufficient_quota 措辞；消息里的链接指向其错误码页面的 token-limit 条目。
    .analysis-1 = 虽然措辞像余额不足，实际上是限流：随着时间窗口推移额度会恢复。账户欠费时返回的是 Arrearage。
    .fix-1 = 暂停后用带抖动的指数退避重试，并降低并发或减小单次请求的规模。
    .fix-2 = 在百炼控制台（https://bailian.console.aliyun.com/）和限流说明页（https://help.aliyun.com/zh/model-studio/rate-limit）查看该模型的限额；把流量分摊到多个模型，或申请提高限额。
    .prevention-1 = 在自己这边按分钟控制 token 预算，请求到达模型限额之前先排队。

dashscope-internal-error = DashScope 内部错误
    .cause = 故障在阿里云一侧（InternalError，或来自模型推理服务的 InternalError.Algo）。
    .translation = An internal error has occurred / An error occurred in model serving：服务内部出错 / 模型推理服务出错。
    .analysis-1 = HTTP 500，通常是暂时的。InternalError.Algo 也可能由模型服务无法处理的特殊输入引起。
    .fix-1 = 稍等片刻后带退避重试。
    .fix-2 = 如果同一个输入反复失败，简化它（图片、超长提示词、不常见的参数），并保留 request_id 以便提交工单。
    .prevention-1 = 对 5xx 使用有上限的退避重试，并记录 request id。

## 硅基流动 SiliconFlow

siliconflow-model-not-exist = 硅基流动不认识这个模型名
    .cause = model 字段不是硅基流动提供的模型 ID：硅基流动的 ID 带有厂商前缀（deepseek-ai/DeepSeek-V3、Qwen/Qwen3-8B、Pro/...），而且区分大小写。已下线的模型也会报这个错误。
    .translation = Model does not exist. Please check it carefully：模型不存在，请仔细检查。
    .analysis-1 = 错误码 20012（HTTP 400）。
    .fix-1 = 从 https://cloud.siliconflow.cn/models（或 GET https://api.siliconflow.cn/v1/models）复制准确的 ID，例如用 deepseek-ai/DeepSeek-V3 而不是 deepseek-v3。
    .fix-2 = 确认你是否需要 Pro/ 版本，它只能扣除充值余额。
    .prevention-1 = 把模型 ID 放在配置中，看到公告后核对模型列表。

siliconflow-invalid-key = 硅基流动拒绝了 API 密钥
    .cause = 该密钥对所用端点无效：输错、已删除，或属于另一个硅基流动站点（cloud.siliconflow.cn 的密钥配 api.siliconflow.cn，国际站的密钥配 api.siliconflow.com）。
    .translation = Invalid token / Api key is invalid：密钥无效。
    .analysis-1 = HTTP 401；没有产生费用。
    .fix-1 = 从 https://cloud.siliconflow.cn/account/ak 复制密钥，配合 base_url https://api.siliconflow.cn/v1 使用（国际站密钥配 https://api.siliconflow.com/v1）。
    .fix-2 = 去掉密钥值中的空格、引号或重复的 "Bearer "。
    .prevention-1 = 在配置中把 base URL 和密钥放在一起。

siliconflow-insufficient-balance = 硅基流动账户余额不足
    .cause = 账户已没有可用于该模型的余额（错误码 30001）。Pro/ 模型和部分其他模型只能使用充值余额，不能使用赠送余额。
    .translation = Sorry, your account balance is insufficient：抱歉，您的账户余额不足。
    .analysis-1 = HTTP 403（或 402）计费拦截，重试没有用。此时 GET /v1/models 仍然正常，容易让人误以为密钥没问题。
    .fix-1 = 在 https://cloud.siliconflow.cn/expensebill（费用中心）充值后重试。
    .fix-2 = 如果还有赠送余额，改用能消耗赠送余额的非 Pro 版本模型。
    .prevention-1 = 定期查询余额（GET https://api.siliconflow.cn/v1/user/info），在用完前告警。

siliconflow-forbidden = 硅基流动拒绝访问：余额不足或未完成实名认证
    .cause = 硅基流动返回 HTTP 403，表示该账户不能使用这个模型：通常是余额太低，或者该模型要求实名认证而账户尚未完成。
    .analysis-1 = 这是账户的权限或计费条件，不是密钥错误；消息会说明是哪一种。
    .fix-1 = 如果消息提到实名认证，在 https://cloud.siliconflow.cn/account/authentication 完成实名认证。
    .fix-2 = 否则检查余额，并在 https://cloud.siliconflow.cn/expensebill 充值。
    .prevention-1 = 上线前完成账户实名认证，并保留一定的余额缓冲。

siliconflow-rate-limit = 硅基流动触发速率限制
    .cause = 你的账户超出了某个模型的限额：RPM、RPD、TPM、TPD、IPM 或 IPD。限额按账户计算，而不是按密钥，所以多建几把密钥并不会增加容量；限额会随账户等级提升。
    .translation = Request was rejected due to rate limiting ... TPM limit reached：请求因限流被拒绝，详情中写明了触发的是哪项限额。
    .analysis-1 = HTTP 429（错误码 50602 / 50603 等）；是暂时的。反复失败的请求也会计数，所以参数错误也可能间接触发限流。
    .fix-1 = 带随机抖动地指数退避重试并降低并发；如果是 TPM 限额，还要缩短提示词。
    .fix-2 = 在 https://docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation 查看你的限额，它会随账户等级提高。
    .prevention-1 = 在客户端按账户限额配置限流器。

siliconflow-system-busy = 硅基流动该模型负载过高
    .cause = 硅基流动上该模型的算力已经用满（错误码 50508 / 50609），问题在服务商一侧，与你的限额无关。
    .translation = System is too busy now. Please try again later：系统繁忙，请稍后再试。
    .analysis-1 = 返回 HTTP 503 或 429，但本质是服务商过载；热门模型（DeepSeek-V3/R1）可能长时间处于饱和状态。
    .fix-1 = 带随机抖动地指数退避重试。
    .fix-2 = 如果持续出现，换用其他模型或 Pro/ 版本，或者改用其他平台上的同一模型。
    .fix-3 = 长文本生成使用 stream=true，这是硅基流动在高负载时推荐的做法。
    .prevention-1 = 配置一个来自不同厂商系列的备用模型。

siliconflow-context-length = 提示词超出了硅基流动模型的最大序列长度
    .cause = 提示词 token 数超过了模型的 max_seq_len（错误码 20015），消息中给出了两个数字。
    .translation = length of prompt_tokens (N) must be less than max_seq_len (M)：提示词 token 数 N 必须小于最大序列长度 M。
    .analysis-1 = HTTP 400；需要缩短请求，或换用窗口更长的模型。
    .fix-1 = 裁剪历史消息、文档和工具输出，使提示词 token 低于 max_seq_len，并为 max_tokens 留出余量。
    .fix-2 = 在 https://cloud.siliconflow.cn/models 选择上下文更长的模型。
    .prevention-1 = 发送前估算 token，并为对话历史设定滚动预算。

siliconflow-gateway-timeout = 硅基流动响应超时（HTTP 504）
    .cause = 硅基流动的前端网关等不到模型的回答就放弃了：负载过高，或者是长时间的非流式生成（推理模型尤其如此）。
    .analysis-1 = HTTP 504 是硅基流动网关与模型服务之间的超时，你的请求本身可能没有问题。
    .fix-1 = 使用 stream=true，让 token 在网关超时前就开始返回（见代码片段）。
    .fix-2 = 带退避重试；使用推理模型时调低 max_tokens。
    .prevention-1 = 长文本生成使用流式输出，客户端超时设得宽裕一些。

## 百度千帆 / 文心 ERNIE

qianfan-rate-limit = 百度千帆触发速率限制（RPM / TPM / QPS）
    .cause = 你的账户或应用超出了千帆上该模型的每分钟请求数（RPM）、每分钟 token 数（TPM）或 QPS 上限。
    .translation = Rate limit reached for RPM / TPM（rpm_rate_limit_exceeded、tpm_rate_limit_exceeded）：超出每分钟请求数 / token 数限制；Open api qps request limit reached（error_code 18）：超出 QPS 限额。
    .analysis-1 = HTTP 429（v2 接口）或 error_code 18 / 336501 / 336502（旧版接口）；是暂时的，限额窗口会在 60 秒内重置。as-... 开头的 id 可供百度技术支持定位请求。
    .fix-1 = 带随机抖动地指数退避重试；qianfan SDK 可以代劳（QIANFAN_LLM_API_RETRY_COUNT、QIANFAN_LLM_API_RETRY_BACKOFF_FACTOR）。
    .fix-2 = 降低并发和每分钟 token 量；留意响应头 X-Ratelimit-Remaining-Requests / -Tokens。
    .fix-3 = 需要持续高吞吐时，在千帆控制台（https://console.bce.baidu.com/qianfan/）购买或申请更多 RPM/TPM。
    .prevention-1 = 在客户端按模型配额限流（SDK 中的 QIANFAN_QPS_LIMIT）。

qianfan-daily-limit = 百度千帆每日请求量已达上限
    .cause = 该接口的每日请求额度（error_code 17）已经用完：免费接口的每日免费额度用完，或者付费接口尚未开通按量付费而受每日上限限制。
    .translation = Open api daily request limit reached：该接口当天的请求次数已用完。
    .analysis-1 = 这是按天计的上限，不是每分钟的限流：在次日重置或开通付费（开通后不再有每日上限）之前，今天内重试都不会成功。
    .fix-1 = 在千帆控制台（https://console.bce.baidu.com/qianfan/）为该模型服务开通付费；付费调用不受每日次数限制。
    .fix-2 = 否则等待次日额度重置，或把调用分散开，使当天的调用量不超过额度。
    .prevention-1 = 在自己这边按天统计调用次数，并在控制台的调用统计里提前关注是否接近上限。

qianfan-total-limit = 百度千帆总请求量已达上限
    .cause = 该接口的总请求额度（error_code 19）已经用完：免费调用包已用尽且未开通付费，或者账户已欠费。
    .translation = Open api total request limit reached：该接口的总请求次数已用完。
    .analysis-1 = 这个额度不会自动重置；在处理好计费之前，重试都会失败。
    .fix-1 = 在千帆控制台（https://console.bce.baidu.com/qianfan/）为该模型服务开通付费，或购买调用包。
    .fix-2 = 在 https://console.bce.baidu.com/billing/ 查看余额和欠费账单，并充值。
    .prevention-1 = 在费用中心设置余额预警，上线生产前先开通付费。

qianfan-auth-failed = 百度千帆 / 文心拒绝了凭证
    .cause = 凭证无效或已过期：旧版 access_token 无效（error_code 110）或已过期（111，有效期 30 天）；v2 接口的 API Key 无效（invalid_iam_token：IAM Certification failed）；把旧版 access_token 用在了 v2 接口上；或者 erniebot SDK 中 AI Studio 访问令牌缺失或错误。
    .translation = Access token invalid or no longer valid / Access token expired / IAM Certification failed：access_token 无效 / 已过期 / IAM 鉴权失败；“暂无权限使用，请在 AI Studio 正确获取访问令牌”。
    .analysis-1 = 认证失败，请求没有被执行。
    .fix-1 = 使用 v2 接口（https://qianfan.baidubce.com/v2）时，在控制台（https://console.bce.baidu.com/iam/#/iam/apikey/list）创建 API Key，以 "Authorization: Bearer bce-v3/..." 的形式发送；v2 接口不接受旧版 OAuth access_token。
    .fix-2 = 使用旧版接口时，用 API Key 和 Secret Key 向 https://aip.baidubce.com/oauth/2.0/token 重新获取 access_token；它 30 天后过期，应在代码中自动刷新。
    .fix-3 = 使用 erniebot 时，把 erniebot.access_token（或 EB_ACCESS_TOKEN / AISTUDIO_ACCESS_TOKEN）设为 AI Studio 访问令牌页面上的令牌。
    .prevention-1 = 优先使用 v2 API Key，或在代码中于过期前自动刷新 access_token。

qianfan-invalid-messages = 百度千帆拒绝了 messages 数组
    .cause = 文心模型对消息结构有严格要求：消息条数为奇数，user / assistant 交替出现，以 user 开头并以 user 结尾（system 放在单独的 system 字段中），content 不能为空。
    .translation = the length of messages must be an odd number / the role of message with even index in the messages must be user or function：消息条数必须为奇数，偶数下标的消息角色必须是 user 或 function。
    .analysis-1 = HTTP 400 invalid_messages（v2）或 error_code 336006 / 336003（旧版）。
    .fix-1 = 重新整理对话历史，使其按 user、assistant、user…… 交替并以 user 结尾；合并相邻的同角色消息。
    .fix-2 = 旧版接口中把系统提示词从 messages 移到 system 参数里。
    .prevention-1 = 使用文心模型时，每次调用前先规范化消息历史。

qianfan-prompt-too-long = 输入超出了文心模型的限制
    .cause = 输入超过了模型的字符数或 token 数上限（characters_too_long、tokens_too_long）。
    .translation = Prompt tokens too long / the max input characters is N：提示词 token 过多 / 最大输入字符数为 N。
    .analysis-1 = HTTP 400 tokens_too_long / characters_too_long（v2）或 error_code 336103（v1，常伴随 HTTP 200）；需要缩短输入，或换用上下文更长的模型。
    .fix-1 = 裁剪历史消息和文档，或改用长上下文的文心模型（例如 128K 版本）。
    .fix-2 = qianfan SDK 可以自动截断历史消息，对话场景下可以开启。
    .prevention-1 = 发送前统计 token 或字符数。

qianfan-internal-error = 千帆服务内部错误（336000）
    .cause = 百度千帆返回 error_code 336000 "Internal error"：故障出在平台一侧，而不是你的请求或凭证。
    .translation = "Internal error"：千帆服务内部错误。
    .analysis-1 = 336000 是千帆的 InternalError 错误码（qianfan SDK 的 APIErrorCode）；v1 接口常以 HTTP 200 返回它，所以要看 error_code 而不是状态码。
    .analysis-2 = 偶发一次通常是暂时的；只有服务持续异常时同一请求才会反复失败。
    .fix-1 = 稍等片刻后重试，使用带随机抖动的指数退避。
    .fix-2 = 如果持续出现，在百度智能云控制台提交工单，附上请求 id（"id" 字段，as-...）和调用时间。
    .prevention-1 = 在客户端把 336000 视为可重试错误，并限制重试次数。

qianfan-invalid-argument = 千帆拒绝了请求参数（336001 / 336003 / 336104 / 336105）
    .cause = 请求体是合法的 JSON，但某个参数缺失、类型不对或超出范围：336001 "Invalid Argument"（例如缺少 messages 等必填字段），336003 参数校验不通过（error_msg 会说明是哪个参数），336104 system 字段不合法，336105 用户设置（user_id）不合法。
    .translation = "Invalid Argument"：入参格式有误 / error_msg 中指出的参数不合法。
    .analysis-1 = 336003 的 error_msg 就是校验信息本身（例如 temperature、top_p 超出范围，content 为空，role 不对），读它就知道该改哪个字段。
    .analysis-2 = 原样重试永远失败，只有改参数才有用。
    .fix-1 = 对照千帆文档中该模型的 API 参考检查请求体：必填字段（messages）齐全，数值在范围内（temperature 在 (0, 1]，top_p 在 [0, 1]，penalty_score 在 [1, 2]），字符串不为空。
    .fix-2 = 336104：缩短或修正 system 字段（v1 接口中它是单独的参数，不是 role 为 system 的消息）；336105：user_id 传普通字符串。
    .fix-3 = 如果经由 SDK 或网关调用，记录实际发出的 JSON：封装层可能加了该模型不支持的字段。
    .prevention-1 = 发送前按模型文档的取值范围校验参数。

qianfan-invalid-json = 千帆无法把请求体解析为 JSON（336002）
    .cause = 请求体不是合法的 JSON：手工拼接的字符串、用 str() 发送的 Python 字典、单引号、末尾多余的逗号，或者请求体没有编码（表单数据或空请求体）。
    .translation = "Invalid JSON"：入参 body 不是标准的 JSON 格式。
    .analysis-1 = 336002 是千帆的 InvalidJSON 错误码；请求根本没有到达模型，与凭证和配额无关。
    .analysis-2 = 常见原因是用 data=str(payload) 或 data=payload 代替 JSON 编码的请求体，或者用户文本中的引号、换行没有转义。
    .fix-1 = 用 JSON 编码器构造请求体（json.dumps / JSON.stringify / requests 的 json= 参数），不要用字符串格式化，并发送 Content-Type: application/json。
    .fix-2 = 打印实际发送的字节，用 JSON 校验工具（python -m json.tool）检查，留意单引号、末尾逗号和未转义的控制字符。
    .prevention-1 = 不要用字符串拼接构造请求体，交给 HTTP 客户端或 qianfan SDK 编码。

qianfan-invalid-http-method = 千帆拒绝了该 HTTP 方法（336101）
    .cause = 用接口不接受的方法调用了它：对话、续写和向量接口只接受 POST。
    .translation = "Invalid HTTP method"：该接口不允许这种请求方法。
    .analysis-1 = 336101 是千帆的 InvalidHTTPMethod 错误码；对模型接口发 GET（浏览器、健康检查，或在重定向中丢掉了请求体的客户端）就会得到它。
    .fix-1 = 按 API 参考中的地址用 POST 加 JSON 请求体发送（例如 .../wenxinworkshop/chat/<模型 endpoint>?access_token=...）。
    .fix-2 = 如果中间有代理或重定向，确认它保留了方法和请求体（http:// 地址重定向到 https:// 时可能把 POST 变成 GET）。
    .prevention-1 = 使用 qianfan SDK，或从 API 参考中复制方法和路径。

qianfan-permission-error = 千帆：调用方没有该模型服务的权限（336004）
    .cause = 百度千帆返回 336004 "Permission error"：凭证所属的应用或 IAM 用户没有被授权调用该模型服务，或者账号尚未开通该服务。
    .translation = "Permission error"：没有调用该接口的权限。
    .analysis-1 = 凭证本身已被接受（无效的 token 是 110 / 111），缺的是对这个具体服务的授权。
    .analysis-2 = 付费模型和自定义（精调）服务需要先开通或部署，应用也必须包含它们。
    .fix-1 = 在千帆控制台打开“应用接入”，编辑你所用 API Key / Secret Key 对应的应用，勾选该模型服务；付费模型需先在模型的计费页面开通。
    .fix-2 = 使用 IAM AK/SK 鉴权时，在 IAM 控制台给该 IAM 用户授予千帆策略（例如 QianfanFullControlAccessPolicy）。
    .prevention-1 = 代码里新增模型时，同时把它加入应用的授权服务列表。

qianfan-api-name-not-exist = 千帆：URL 中的模型服务不存在（336005）
    .cause = 请求路径的最后一段是模型服务的 API 名称（endpoint，例如 completions_pro、ernie-speed-128k，或你自己部署服务的路径），而它不存在：拼写错误、模型已下线，或者自定义服务没有部署在这个账号和地域。
    .translation = "API name not exist"：不存在这个 API 名称的服务。
    .analysis-1 = 336005 是千帆的 APINameNotExist 错误码：v1 接口靠 URL 路径而不是 model 字段选择模型，路径写错看起来就像模型不存在。
    .fix-1 = 从模型的 API 参考（自定义模型则从千帆控制台在线服务的服务详情）复制请求地址，对比你请求路径的最后一段。
    .fix-2 = 使用 qianfan SDK 时，传它认识的模型名（model="ERNIE-Speed-128K"），或按自定义服务显示的值准确传 endpoint=。
    .fix-3 = 如果模型已下线，换用其后继模型，或改用 v2 接口（qianfan.baidubce.com/v2/chat/completions）并传 model 字段。
    .prevention-1 = 把模型 endpoint 放在配置中，并关注千帆的模型下线公告。

qianfan-server-high-load = 千帆服务负载过高（336100）
    .cause = 百度千帆返回 336100（ServerHighLoad，"try again later"）：该模型服务暂时没有空闲容量。你的请求和凭证都没有问题。
    .translation = "try again later" / high load：服务繁忙，请稍后重试。
    .analysis-1 = qianfan SDK 默认会重试 336100（以及 18 和 336501 / 336502），看到它说明重试次数已用完，或者你是直接调用的接口。
    .analysis-2 = 这是平台容量问题，不是你自己的限流：降低自己的请求速率帮助有限。
    .fix-1 = 使用带随机抖动的指数退避重试；使用 qianfan SDK 时调大 QIANFAN_LLM_API_RETRY_COUNT 和 QIANFAN_LLM_API_RETRY_BACKOFF_FACTOR。
    .fix-2 = 首选模型繁忙时切换到其他模型（例如 Speed 或 Lite 版本）。
    .fix-3 = 生产环境的稳定流量可以在千帆控制台购买专属资源（私有资源池或 TPM/RPM 配额包）。
    .prevention-1 = 把 336100 视为可重试错误，并配置备用模型。

## 火山方舟 / 豆包

ark-account-overdue = 火山引擎账户欠费
    .cause = 方舟 API 密钥所属的火山引擎账户已欠费，方舟拒绝推理请求。
    .translation = The request failed because your account has an overdue balance：当前账号欠费。
    .analysis-1 = HTTP 403 AccountOverdueError：这是计费拦截而不是权限问题，重试没有用。
    .fix-1 = 在火山引擎费用中心（https://console.volcengine.com/finance/）充值，使余额转为正数后重试。
    .fix-2 = 确认密钥属于哪个账户（子账号的密钥由主账号计费）。
    .prevention-1 = 在费用中心设置余额预警，并把 AccountOverdueError 视为不可重试。

ark-safe-experience-limit = 方舟暂停了该模型：已达到安心体验模式的推理限额
    .cause = 该模型处于安心体验模式（Safe Experience Mode），一旦免费额度或你设定的限额用完就会停止服务，确保不会产生超出的费用。该模型的限额已经用完，方舟为你的账户暂停了这个模型。
    .translation = has reached the set inference limit ... model service has been paused ... please visit the Model Activation page to adjust or close the "Safe Experience Mode"：已达到设定的推理限额，模型服务已暂停；请前往开通管理页面调整或关闭安心体验模式。
    .analysis-1 = 返回 HTTP 429 且类型为 TooManyRequests，但这是额度 / 计费拦截：等待或重试都没有用。
    .fix-1 = 打开方舟控制台的开通管理页面（https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement），找到该模型，调高限额或关闭“安心体验模式”。
    .fix-2 = 关闭之前先确认账户有余额或资源包，否则接下来会收到 AccountOverdueError。
    .prevention-1 = 按预期用量设置安心体验模式的限额，并在控制台关注消耗情况。

ark-auth-failed = 火山方舟拒绝了 API 密钥
    .cause = API Key（或 AK/SK 签名）缺失或无效：来自其他地域或账户的密钥、已删除的密钥、把账户的 IAM AK/SK 当作 Bearer 密钥使用，或者带有多余的空白字符。
    .translation = The API key or AK/SK in the request is missing or invalid：请求携带的 API Key 或 AK/SK 缺失或无效。
    .analysis-1 = HTTP 401 AuthenticationError，来自方舟。
    .fix-1 = 在 https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey 创建或复制方舟 API Key，以 "Authorization: Bearer <密钥>" 发送到 https://ark.cn-beijing.volces.com/api/v3（设置 ARK_API_KEY）。
    .fix-2 = 不要把 IAM Access Key 当作 Bearer 令牌使用；AK/SK 需要通过 volcengine SDK 进行请求签名。
    .prevention-1 = 把方舟密钥放在环境变量中，有计划地轮换。

ark-model-not-found = 方舟找不到该模型或推理接入点（或尚未开通）
    .cause = model 字段既不是你账户已开通的模型 ID，也不是你拥有的推理接入点 ID（ep-...）：拼写错误或版本已下线、其他账户或地域的接入点，或者模型尚未开通（ModelNotOpen）。
    .translation = The model or endpoint X does not exist or you do not have access to it：模型或推理接入点 X 不存在或无权访问；Your account has not activated the model X：账户尚未开通模型 X。
    .analysis-1 = HTTP 404（InvalidEndpointOrModel.NotFound、ModelNotOpen）。
    .fix-1 = 在开通管理页面（https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement）开通该模型。
    .fix-2 = 使用带版本号的准确模型 ID（例如 doubao-seed-1-6-250615），或“在线推理”页面上的接入点 ID（ep-2025...），并且与 base URL 位于同一地域。
    .prevention-1 = 把模型或接入点 ID 放在配置中，方舟下线旧版本时及时更新。

ark-input-too-long = 输入长度超过了方舟模型的最大长度
    .cause = 请求输入（系统提示、历史消息、文档、工具定义）的 token 数超过了请求所指模型或推理接入点的上下文长度。
    .translation = Input length N exceeds the maximum length M：输入有 N 个 token，模型最多接受 M 个。
    .analysis-1 = 火山方舟返回的 HTTP 400 InvalidParameter，消息里给出了两个数字：两者之差就是需要删减的量。原样重试没有用。
    .fix-1 = 把输入缩短到上限以下：删除或总结较早的对话轮次，长文档只发送相关片段，并给 max_tokens 留出空间。
    .fix-2 = 或者改用上下文窗口更长的模型版本（方舟模型列表给出了每个版本的上下文长度），并新建或切换到对应的推理接入点。
    .prevention-1 = 发送前计算 token 数（方舟的分词接口或保守估算），并把历史裁剪到低于模型上限的预算内。

ark-endpoint-closed = 火山方舟推理接入点已关闭或暂不可用
    .cause = model 字段指定的推理接入点（ep-...）存在，但当前处于停止（已关闭）、创建或更新中，或暂时不可用的状态，方舟无法通过它提供服务。
    .translation = The request targeted an endpoint that is currently closed or temporarily unavailable：推理接入点处于已被关闭或暂时不可用。
    .analysis-1 = HTTP 400，代码 InvalidEndpoint.ClosedEndpoint：接入点 ID 没错，是它的状态不对。只有接入点正在启动或更新时，重试才有用。
    .fix-1 = 打开方舟控制台的“在线推理”页面（https://console.volcengine.com/ark/region:ark+cn-beijing/endpoint），找到该接入点并启用，或等待其状态变为“运行中”。
    .fix-2 = 如果接入点不归你管理，请联系推理接入点管理员重新启用；在此期间可改用模型 ID（例如 doubao-seed-1-6-250615）或其他运行中的接入点调用。
    .prevention-1 = 监控接入点状态，并为生产流量保留第二个接入点或直接使用模型 ID 作为备用。

ark-rate-limit = 火山方舟触发速率限制
    .cause = 账户下该模型、你的推理接入点或 API 账户的 RPM 或 TPM 超出了上限（ModelAccountRpm/TpmRateLimitExceeded、RateLimitExceeded.Endpoint*、AccountRateLimitExceeded），或者流量增长过快（RequestBurstTooFast）。
    .translation = The request has exceeded the RPM/TPM limit ... Please try again later：请求超出了 RPM/TPM 限制，请稍后再试。
    .analysis-1 = HTTP 429 TooManyRequests；是暂时的，会在一分钟的窗口内恢复。
    .fix-1 = 带随机抖动地指数退避重试，降低并发或每分钟 token 量。
    .fix-2 = 逐步增加流量，避免突发。
    .fix-3 = 需要更高的持续限额时，在方舟控制台创建购买了保障包（TPM 保障）的推理接入点，或申请提额。
    .prevention-1 = 在客户端按模型的 RPM/TPM 配置限流器。

ark-server-overloaded = 火山方舟服务过载
    .cause = 方舟上该模型的算力目前已经用满，拒绝与你自己的限额无关。
    .translation = The service is currently unable to handle additional requests due to server overload：服务器过载，暂时无法处理更多请求。
    .analysis-1 = HTTP 429，代码 ServerOverloaded：服务商侧过载。
    .fix-1 = 带随机抖动地指数退避重试。
    .fix-2 = 需要有保障的算力时，使用购买了保障包的接入点，或切换到备用模型。
    .prevention-1 = 在生产链路中内置重试和备用模型。

ark-sensitive-content = 火山方舟内容安全拦截了请求
    .cause = 方舟的内容安全检测认为输入的文本或图片，或者生成的文本、图片或视频可能包含敏感信息。
    .translation = The request failed because the input text / output may contain sensitive information：输入文本 / 输出内容可能包含敏感信息。
    .analysis-1 = HTTP 400（SensitiveContentDetected 及其 Input*/Output* 变体），或者生成任务以该代码失败。重新发送同样的内容仍会失败。
    .fix-1 = 改写或替换被标记的输入（错误代码会说明是输入还是输出，是文本、图片还是视频）。
    .fix-2 = 生成视频和图片时，避免在提示词和参考图中出现真人肖像、商标和敏感场景。
    .prevention-1 = 提交生成任务前，预先筛查用户的提示词和参考素材。

newapi-upstream-timeout-status = 网关的上游超时（{ $status }）
    .cause = new-api / one-api 网关把请求转发给上游渠道后，上游（或其前面的 Cloudflare 等 CDN）等待模型响应超时：504 是代理的网关超时，524 是 Cloudflare 100-120 秒的源站读取超时。网关以 bad_response_status_code 原样传回了这个状态码。
    .analysis-1 = 这个状态码来自上游前面的代理，与你的令牌或请求格式无关：只是生成耗时超过了上游代理允许的时长。
    .analysis-2 = new-api 默认不重试 504 和 524，因此一次慢生成就会导致整个请求失败。
    .fix-1 = 请求时设置 stream: true：流式输出会在代理空闲超时之前持续返回 token，可避免长文本生成触发 504 和 524。
    .fix-2 = 调低 max_tokens 或拆分任务，让单次调用在 100 秒内完成。
    .fix-3 = 如果网关由你维护：把渠道的上游 base URL 改为不经过 Cloudflare 代理的地址（仅 DNS 解析），或调大其前置 nginx 的 proxy_read_timeout；在网关的渠道列表中查看该渠道的响应时间。
    .prevention-1 = 所有长文本生成都使用流式输出，并把客户端超时设得比预计生成时间更长。
    .prevention-2 = 为同一模型配置备用渠道，让网关能跳过慢的上游。
oneapi-billing-not-active = 网关背后的上游账号未开通计费
    .cause = billing_not_active 是上游服务商的错误码，表示账号没有有效的付款方式或计费已被暂停；网关（one-api / new-api）把它透传了回来，有时还会换成自己的提示文字。
    .analysis-1 = 这是网关渠道所用上游密钥的计费拦截，而不是限流：在计费问题解决之前，重试或等待都没有用。
    .analysis-2 = one-api 和 new-api 会自动禁用返回 billing_not_active 的渠道，之后的请求可能变成“无可用渠道”错误。
    .fix-1 = 如果你使用的是别人的网关：把错误信息和请求 ID 发给网关管理员；需要处理的是渠道的上游密钥的计费，你的令牌无法解决。
    .fix-2 = 如果网关由你维护：打开该渠道密钥对应的上游计费页面（OpenAI 为 platform.openai.com → Settings → Billing），添加付款方式或充值，然后在网关的渠道列表中重新启用并测试该渠道。
    .prevention-1 = 监控每个渠道的上游余额，并为同一模型保留第二个渠道。

dashscope-no-api-key = DashScope SDK 没有找到 API Key
    .cause = 调用时没有 API Key：代码中没有设置 dashscope.api_key，环境变量 DASHSCOPE_API_KEY 为空或对当前进程不可见。
    .analysis-1 = SDK 在发送请求之前就抛出了这个错误，请求没有到达阿里云百炼。
    .fix-1 = 在百炼（Model Studio）控制台的 API-KEY 页面创建或复制密钥，在运行程序的环境中 export DASHSCOPE_API_KEY=sk-...（之后重启终端、IDE 或服务）。
    .fix-2 = 或在调用前设置 dashscope.api_key = "sk-..."，或在调用时传入 api_key=...。
    .prevention-1 = 从环境变量或密钥管理服务加载密钥，缺失时在启动阶段立即报错。

qianfan-invalid-client = 百度拒绝了应用的 API Key / Secret Key
    .cause = 获取 OAuth 令牌时使用的 client_id（API Key）百度不认识，或 client_secret（Secret Key）与之不匹配。
    .analysis-1 = "unknown client id" 表示 API Key 错误或已删除；"Client authentication failed" 表示 Secret Key 不属于该 API Key。没有签发 access token。
    .fix-1 = 从千帆控制台的应用列表重新复制该应用的 API Key 和 Secret Key，确保两者来自同一个应用且没有空格。
    .fix-2 = 使用新版千帆 API（v2）时，改用控制台 API Key 页面的密钥（bce-v3/...），以 Authorization: Bearer 发送，而不是用 AK/SK 换取令牌。
    .prevention-1 = 把密钥对放在同一个密钥条目中，并在启动时通过申请 access token 检查它们。

siliconflow-model-disabled = 硅基流动已停用这个模型
    .cause = 该模型对当前账户处于停用状态：已下线或弃用，或需要实名认证或当前账户没有的套餐。
    .translation = "Model disabled."：模型已停用。
    .analysis-1 = 硅基流动对此返回 403；密钥本身有效，只是这个模型对它不可用。
    .fix-1 = 在 https://cloud.siliconflow.cn/models 选择一个可用的模型，并在客户端设置中修改模型 ID。
    .fix-2 = 如果该模型需要实名认证，在硅基流动账户设置中完成认证后再试。
    .prevention-1 = 启动时读取模型列表（GET /v1/models），并配置一个备用模型。

zhipu-api-offline = 智谱已下线该模型或 API
    .cause = 智谱错误码 1221 表示你调用的模型或 API 已在开放平台下线；消息中通常会给出替代模型。
    .translation = "API … 已下线"：该 API 已停止服务。
    .analysis-1 = 请求本身没有问题，只是模型名（或旧的 /api/paas/v3 接口）已不存在，重试无用。
    .fix-1 = 把请求中的模型换成消息所给的替代模型（如 glm-4-plus、glm-4-flash），或在文档的模型概览中选择当前在售的模型。
    .fix-2 = 如果仍在调用 v3 接口或旧版 SDK（zhipuai 2.0 以下），改用 https://open.bigmodel.cn/api/paas/v4/ 与新版 zhipuai SDK 或 OpenAI 兼容客户端。
    .prevention-1 = 把模型名放进配置，并关注智谱的模型下线公告，让下线只需改配置而不是引发故障。

zhipu-api-no-access = 你的智谱账号无权调用该 API 或模型
    .cause = 智谱错误码 1220：API Key 所属账号没有该 API 或模型的权限（账号未开通、内测中或当前套餐不包含）。
    .translation = "您无权访问 …"：没有访问该资源的权限。
    .analysis-1 = 鉴权已通过，拒绝的是使用资格，所以换同一账号的其他 Key 结果相同。
    .fix-1 = 在 BigModel 控制台（https://bigmodel.cn）打开该模型页面申请或开通权限；内测模型需先申请加入内测。
    .fix-2 = 否则改用账号可用的模型，或使用已获授权账号的 Key。
    .prevention-1 = 在生产环境切换模型前，先在控制台确认账号已开通的模型。

ark-access-denied = 火山方舟：该账号或 Key 无权使用所请求的资源
    .cause = API Key 或 IAM 用户无权使用该推理接入点或模型时，方舟返回 403 AccessDenied：模型服务未开通、接入点属于其他账号或项目，或 IAM 策略缺少方舟权限。
    .translation = "The request failed because you do not have access to the requested resource."：你无权访问所请求的资源，请求失败。
    .analysis-1 = Key 已被接受（不是 401），但其所属账号不允许使用这个接入点 ID 或模型 ID。
    .fix-1 = 在方舟控制台（https://console.volcengine.com/ark）的"开通管理"中开通该模型；如果传的是接入点 ID（ep-...），确认它与 Key 属于同一账号和项目。
    .fix-2 = 对 IAM 子用户，在访问控制控制台为其授予方舟策略（如 ArkFullAccess，或覆盖该接入点的自定义策略）。
    .prevention-1 = 让接入点 ID 与 API Key 处于同一项目，并记录每个接入点归属的账号。

qianfan-no-permission = 千帆：该应用无权调用所请求的接口
    .cause = 百度错误码 6 "No permission to access data"：应用（其 API Key / Secret Key 或 access token）未被授权调用该服务，或自定义服务尚未发布。
    .translation = "No permission to access data"：应用没有访问该接口的权限。
    .analysis-1 = token 本身有效（无效会是 110/111），只是应用已授权的接口列表中没有这个模型或服务。
    .fix-1 = 在千帆控制台"应用接入"中编辑该应用，勾选要调用的模型服务，然后用该应用的凭据重试。
    .fix-2 = 自定义或精调服务请确认处于"已发布"状态；发布成功后会自动授权给应用。
    .prevention-1 = 每个项目使用一个应用并只勾选所需服务，新增模型后检查授权列表。

newapi-not-implemented = 网关无法为所选渠道转换这个请求
    .cause = 当渠道的适配器没有实现你所发请求类型的转换时（例如在只支持对话的渠道类型上调用图像、向量、重排，或 Responses、Claude 格式），new-api 返回 "not implemented"。
    .translation = "not implemented"：网关在该渠道上没有实现这种请求类型。
    .analysis-1 = 请求已到达网关并被分配到渠道，但该渠道类型不能提供这个接口；原样重试不会改变结果。
    .fix-1 = 调用渠道支持的接口（通常是 /v1/chat/completions），或换用其渠道类型实现了该接口的模型。
    .fix-2 = 如果网关由你运维，把该模型分配给支持此接口的渠道类型，或升级 new-api；新版本会增加转换。
    .prevention-1 = 在依赖向量、图像或 Responses 接口之前，先向网关运营方确认每个模型支持哪些接口。

newapi-upstream-timeout = 网关调用上游超时
    .cause = 网关向渠道上游发出的请求没有按时完成：已建立的连接上上游不再应答（read tcp ... i/o timeout），或上游在网关的中转超时之前没有返回响应头（context deadline exceeded、Client.Timeout exceeded）。网关服务器到上游的线路慢或被阻断，或模型开始作答太慢。
    .translation = do request failed ... i/o timeout / context deadline exceeded：请求上游地址超时。
    .analysis-1 = HTTP 500、code 为 do_request_failed，消息里是 Go 的超时错误：你的令牌和模型都没问题，是网关没有等到上游的回答。
    .analysis-2 = read tcp ... i/o timeout 表示连接已建立但上游没有回应；context deadline exceeded 表示上游太慢，超过了网关的 RELAY_TIMEOUT。（dial tcp ... i/o timeout 是连接根本没建立，属于网络故障。）
    .fix-1 = 重试一次；若反复出现，请联系网关管理员，只有他们能修复线路。
    .fix-2 = 网关管理员：在服务器上执行 curl -v --max-time 30 <渠道 Base URL>/v1/models；若连接卡住，给渠道设置“代理”字段或容器的 HTTPS_PROXY，或把渠道 Base URL 换成可达的地址。
    .fix-3 = 网关管理员：长文本生成较慢时，调大 RELAY_TIMEOUT（秒，环境变量）以及网关前面反向代理的读超时（nginx proxy_read_timeout），或让客户端使用 stream: true。
    .prevention-1 = 管理员：开启定时渠道测试，让不可达的渠道自动禁用，并为重要模型保留另一条线路的备用渠道。
newapi-upstream-tls = 网关无法验证上游的 TLS 证书
    .cause = 网关向渠道上游发起的 HTTPS 请求未通过证书校验：上游（常见于自建或企业内部端点）使用私有 CA 签发或已过期的证书，网关容器不信任它。
    .translation = do request failed ... x509: certificate signed by unknown authority：网关不信任上游的证书。
    .analysis-1 = HTTP 500、code 为 do_request_failed，消息里是 x509 / tls 错误：问题在网关与上游之间，而不在你与网关之间。
    .analysis-2 = 重试没有用：每次拿到的都是同一张证书。
    .fix-1 = 网关管理员：把上游的 CA 证书加入网关容器的信任库（挂载到 /usr/local/share/ca-certificates 并执行 update-ca-certificates，或把 SSL_CERT_FILE 指向包含它的证书包），然后重启容器。
    .fix-2 = 网关管理员：若上游证书已过期或签发给了别的主机名，请续期，或在渠道 Base URL 中使用证书对应的主机名。
    .prevention-1 = 监控自建上游证书的到期时间，把私有 CA 打进网关镜像，而不是关闭证书校验。
qianfan-question-too-long = 千帆认为当前问题过长
    .cause = 最后一条用户消息超过了该模型服务对单个问题允许的长度（“is”后面的数字），与对话其余部分无关。
    .translation = “the max length of current question is N”：当前问题最长为 N。
    .analysis-1 = 千帆（文心）对最新一轮用户输入单独限长，与总上下文分开计算；之前的消息可能仍放得下，这一条却不行。
    .fix-1 = 把最后一条用户消息缩短或拆分到限制以内：先对长文档做摘要，或分几轮发送。
    .fix-2 = 在千帆控制台的模型列表中换用输入窗口更大的模型版本（例如 ERNIE 128K 版本）。
    .prevention-1 = 发送前统计 token 数，并按模型文档规定的单问题上限截断最后一条消息。

dashscope-free-allocated-quota = 该百炼模型的免费额度已用完，且未开启付费调用
    .cause = 阿里云百炼（DashScope）为每个新模型提供免费 token 额度；额度用完后，设置为"仅使用免费额度"的账户（或 Qwen OAuth 这类免费登录）会收到 429 Throttling.AllocationQuota "Free allocated quota exceeded."，而不是转为计费。
    .translation = "Free allocated quota exceeded."：免费额度已用完。
    .analysis-1 = 虽然是 429 且带 Throttling 前缀，但这不是限流：在免费额度续期或允许付费之前，等待没有用。不带 "Free" 的 "Allocated quota exceeded, please increase your quota limit" 才是限流。
    .fix-1 = 在百炼控制台（https://bailian.console.aliyun.com）打开该模型的免费额度设置，关闭"仅使用免费额度"，让调用按付费价格继续；确认阿里云账户有支付方式或余额。
    .fix-2 = 如果是通过免费登录（Qwen Code 的 Qwen OAuth）使用的，改用已开通计费的百炼账户的 API Key，或换一个免费额度未用完的模型。
    .prevention-1 = 在控制台关注每个模型剩余的免费额度，开启付费前先设置预算告警。
ark-invalid-subscription = 火山引擎账户没有有效的 Coding Plan 订阅
    .cause = 请求发往了方舟的 Coding Plan 接入地址，它只服务于订阅了 Coding Plan 的账户；该账户从未订阅，或订阅已过期。
    .translation = "Your account does not have a valid coding plan subscription, or your subscription has expired."：你的账户没有有效的 Coding Plan 订阅，或订阅已过期。
    .analysis-1 = 这里的 HTTP 403 与订阅有关，与密钥无关：未订阅账户的有效密钥也会得到同样的回答。
    .fix-1 = 打开方舟控制台的开通管理页（https://console.volcengine.com/ark/region:ark+cn-beijing/openManagement），查看 Coding Plan 状态并订阅或续费。
    .fix-2 = 如果要改用按量计费，把 base URL 从 Coding Plan 接入地址换成常规的 https://ark.cn-beijing.volces.com/api/v3，并使用已开通的模型或推理接入点 ID。
    .prevention-1 = 为 Coding Plan 开启自动续费，或在到期前设置提醒。
moonshot-subscription-model-access = 你的 Kimi 订阅不包含这个模型
    .cause = 该密钥属于 Kimi 编程订阅，但请求中的模型不在该订阅套餐内（例如高速版或预览版，或单独计费的开放平台模型）。
    .translation = "Your current subscription does not have access to MODEL"：你当前的订阅无权访问该模型。
    .analysis-1 = 虽然以 401 authentication_error 返回，但密钥已被识别：订阅是有效的，只是这个模型不在其中。改模型名就能解决，换密钥没有用。
    .fix-1 = 在工具的模型设置（ANTHROPIC_MODEL、服务商的 model 字段）中改用套餐包含的模型（Kimi 编程文档中有列表，例如 kimi-for-coding）。
    .fix-2 = 如果确实需要该模型，在 https://www.kimi.com/coding 升级订阅，或使用 https://platform.moonshot.cn 的按量计费密钥及其对应的 base URL。
    .prevention-1 = 在工具配置中固定订阅包含的模型列表，不要让工具默认选用其他套餐的模型。
