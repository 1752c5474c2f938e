## 按 HTTP 状态码兜底的规则、代理错误页，以及客户端侧的网络 / 超时 / TLS 故障。

http-bad-request = HTTP 400 Bad Request：服务器认为请求格式有误，拒绝处理
    .cause = 请求本身有问题：JSON 不合法、字段缺失或拼写错误、取值类型或范围不对，或者带了服务器不接受的请求头。
    .analysis-1 = 400 属于客户端错误。连接没问题，但服务器拒绝按原样处理这个请求；原封不动地重发，结果还是一样。
    .analysis-2 = 具体是哪个字段或参数出错，通常写在响应体里，光看状态行「400 Bad Request」看不出来。改代码之前先把响应体读出来。
    .fix-1 = 打印完整的响应体（Python：resp.text 或 e.response.text；Node：err.response.data 或 await res.text()；curl：去掉 -f 并加上 -i），按其中指出的字段去改。
    .fix-2 = 校验发送的 JSON：用 requests 的 json= 参数，或 JSON.stringify 并设置 Content-Type: application/json，不要手工拼字符串；再对照 API 文档核对字段名和类型。
    .fix-3 = 逐个去掉可选参数，找出这台服务器或这个模型版本不支持的那个；很多 OpenAI 兼容服务会拒绝官方 OpenAI API 能接受的参数。
    .prevention-1 = 发送前先按 API 的 schema 校验请求体（pydantic、zod、JSON Schema），并记录每一次 4xx 的响应体。
    .prevention-2 = 不要自动重试 400：每次都会以同样方式失败，只会白白消耗限额。

http-unauthorized = HTTP 401 Unauthorized：服务器不认可发送的凭证
    .cause = 服务器没有收到有效凭证：API Key 或 token 缺失、填错、过期、被吊销，或者放错了请求头、发给了错误的服务。
    .analysis-1 = 401 表示认证失败。如果响应里有 WWW-Authenticate 头，它会写明服务器期望的认证方式（Bearer、Basic），往往还会给出原因（error="invalid_token"）。
    .analysis-2 = 请求格式没有问题，出问题的只是凭证。用同一个凭证重试不会成功。
    .fix-1 = 确认代码读取的环境变量在实际运行的进程里已设置（只打印前 4 位，不要输出整个 Key）；写在 .env 里的值，只有调用了 load_dotenv 或框架自动加载时才会生效。
    .fix-2 = 按该 API 文档规定的方式传 Key：通常是 Authorization: Bearer KEY，也有的用 x-api-key 或 api-key。漏了「Bearer 」前缀、多了引号、复制时带上了换行符，都会导致 401。
    .fix-3 = 确认 Key 与 base URL 属于同一个服务和环境（测试 Key 打到了生产环境、A 网关的 Key 发给了 B 网关）；如果 Key 已被吊销或过期，到服务商控制台重新创建。
    .prevention-1 = 把 Key 放在密钥管理服务或环境变量里，不要写进代码或镜像，并定期轮换。
    .prevention-2 = 启动时若 Key 变量为空就直接报错退出；对 401 做告警，而不是重试。

http-payment-required = HTTP 402 Payment Required：该凭证所属账户余额不足或账单未结清
    .cause = 服务拒绝为这个账户执行计费操作：预付余额已用完、扣款失败，或者当前套餐不包含该功能。
    .analysis-1 = RFC 9110 把 402 列为保留状态码，API 厂商用它表示余额、点数或账单状态问题。这是计费层面的拦截，不是限流。
    .analysis-2 = 在充值或变更套餐之前，重试不可能成功。
    .fix-1 = 打开该 Key 所属账户在服务商控制台里的账单页面，充值或更新支付方式。
    .fix-2 = 如果响应体点名了某个功能或模型，换成当前套餐包含的，或者升级套餐。
    .fix-3 = 如果经由网关或中转商调用，耗尽的可能是网关上的令牌或用户额度，需要在网关那边充值。
    .prevention-1 = 在服务商提供的地方开启余额不足提醒和自动充值。
    .prevention-2 = 在重试逻辑里把 402 当作硬性终止，并通知运维人员。

http-forbidden = HTTP 403 Forbidden：身份已识别，但无权访问
    .cause = 服务器知道你是谁，但这个身份不能执行此操作：缺少 scope 或角色、资源属于其他账户或组织、IP 或地区受限，或被 WAF 规则拦截。
    .analysis-1 = 403 和 401 不同：用同一身份重新认证没有用，必须改变身份本身、它的权限，或请求的来源。
    .analysis-2 = 响应体一般会说明是哪种情况：权限或 scope 名称、「region not supported」、「IP not allowed」，或者防火墙返回的 HTML 拦截页。
    .fix-1 = 补上缺失的权限：给 token、服务账号或 API Key 加上对应的 scope 或角色（只读 Key 不能写；细粒度 token 必须显式列出该资源）。
    .fix-2 = 确认资源属于该 Key 所在的账户或组织；如果 Key 能访问多个组织或项目，按 API 要求带上组织或项目的请求头。
    .fix-3 = 如果响应体提到 IP、国家或地区，就从允许的网络发起调用：把出口 IP 加入服务的白名单，或把客户端部署到受支持的地区。
    .prevention-1 = 为每个应用分配最小权限的独立凭证，并记录它需要哪些 scope。
    .prevention-2 = 不要自动重试 403；它通常需要管理员处理，应当告警。

http-not-found = HTTP 404 Not Found：URL 或其中指向的资源不存在
    .cause = 服务器在这个路径上什么都没有：base URL 或 API 版本前缀写错、接口路径有拼写错误，或路径中的 ID（模型、部署、对象）在该账户下不存在。
    .analysis-1 = 404 与地址有关，与凭证无关。把报错中的完整 URL 与 API 文档逐字比对。
    .analysis-2 = 使用 OpenAI 兼容客户端时，最常见的原因是 base URL 的 /v1 缺失或重复（…/v1/v1/chat/completions，或不带 /v1 的 …/chat/completions）。
    .fix-1 = 打印实际请求的 URL 并修正 base URL：多数 SDK 要求传入包含版本号的 API 根路径（https://host/v1），接口路径由 SDK 自己拼接。
    .fix-2 = 如果路径没错，检查其中的 ID（模型名、部署名、对象 ID）在该账户和地区下是否存在，可以调用 API 的列表接口查看。
    .fix-3 = 检查 HTTP 方法和 API 版本：有些服务对不支持的方法或已下线的版本直接返回 404 而不是 405。
    .prevention-1 = base URL 只在一处配置，并在启动时把解析后的 URL 打到日志里。
    .prevention-2 = 不要重试 404；每次部署后调用一个低成本接口（例如模型列表）做冒烟测试。

http-method-not-allowed = HTTP 405 Method Not Allowed：该 URL 不接受这个 HTTP 方法
    .cause = 请求到达了一个存在的路径，但该路径不接受这个方法：通常是把 POST 发到了只支持 GET 的网页或根地址，或者重定向把 POST 变成了 GET。
    .analysis-1 = 响应头 Allow 列出该路径接受的方法。如果写的是 GET, HEAD，你多半根本没有打到 API 接口。
    .analysis-2 = 301/302 重定向（http 跳 https、补尾部斜杠）会让大多数客户端把 POST 改成 GET 重发，随后得到 405。
    .fix-1 = 修正 URL：使用 API 文档给出的完整接口地址（例如 https://host/v1/chat/completions），并确认 base URL 带有服务器要求的 /v1 前缀。
    .fix-2 = 使用 https:// 和精确路径（按文档决定是否带尾部斜杠），避免发生重定向；curl -i 可以看到是否有 Location 头。
    .fix-3 = 按文档为该操作使用正确的方法（创建或补全类调用用 POST，列表类用 GET）。
    .prevention-1 = 记录失败请求的最终 URL 和方法，并对 POST 请求关闭自动重定向，让配置错误尽早暴露。

http-not-acceptable = HTTP 406 Not Acceptable：服务器无法按请求的格式返回响应
    .cause = Accept 请求头（或 Accept-Encoding / Accept-Language）要求的表示形式服务器不提供。
    .analysis-1 = 406 是服务器端内容协商失败：请求打到了正确的地方，但要求的格式不对。
    .fix-1 = 发送 Accept: application/json（或文档规定的媒体类型，流式接口用 text/event-stream），或者去掉自定义的 Accept 头。
    .fix-2 = 检查 API 是否要求特定的厂商媒体类型或版本头，例如 Accept: application/vnd.service.v2+json。
    .prevention-1 = 在统一的 HTTP 客户端配置里显式设置 Accept 和 Content-Type。

http-proxy-auth-required = HTTP 407 Proxy Authentication Required：代理服务器需要认证
    .cause = 请求经过了一个需要用户名和密码的 HTTP 代理（通常是公司代理），但没有发送凭证或凭证不对。
    .analysis-1 = 407 来自代理，不是来自 API。Proxy-Authenticate 头写明代理要求的认证方式（Basic、NTLM、Negotiate）。
    .analysis-2 = 客户端从 HTTPS_PROXY / HTTP_PROXY（或系统设置）读到了代理地址，但代理 URL 里没有带凭证。
    .fix-1 = 把凭证写进代理 URL：HTTPS_PROXY=http://user:pass@proxy-host:port（密码中的特殊字符要做百分号编码，@ 写成 %40）。
    .fix-2 = 如果目标主机本不该走代理（内网主机），把它加入 NO_PROXY。
    .fix-3 = 如果代理只接受 NTLM 或 Kerberos，在本机运行 cntlm 或 px 之类的中继，再把 HTTPS_PROXY 指向它。
    .prevention-1 = 代理凭证放在环境变量或密钥库里，不要写进代码；为内网主机维护好 NO_PROXY 列表。

http-request-timeout = HTTP 408 Request Timeout：服务器等不到完整的请求，主动断开
    .cause = 服务器因为请求（请求头或请求体）迟迟没有传完而关闭了连接：上传太慢、客户端卡住，或复用了服务器早已超时关闭的 keep-alive 连接。
    .analysis-1 = 408 是服务器对「接收请求」的空闲超时，不是响应慢。可以安全重试。
    .fix-1 = 带退避重试；多数 SDK 会自动重试 408。
    .fix-2 = 上传大文件时改用服务提供的分片或断点续传上传，或压缩请求体，让请求在服务器时限内传完。
    .fix-3 = 如果总是在空闲一段时间后的第一个请求出现，把客户端 keep-alive 空闲时间调得比服务器短，避免复用失效连接。
    .prevention-1 = 对 408 使用带抖动的指数退避重试，并尽量减小请求体。

http-conflict = HTTP 409 Conflict：请求与资源当前状态冲突
    .cause = 服务器当前状态不允许这次修改：资源已存在、别的写入方抢先改了它、已有操作在进行中，或同一个幂等键被用于不同的请求体。
    .analysis-1 = 409 关乎状态而非语法。响应体通常会说明冲突点（重名、版本号、锁）。
    .analysis-2 = 有些 SDK 会自动重试 409，因为很多冲突是暂时的（并发请求持有锁）；但因重复创建导致的冲突重试无效。
    .fix-1 = 读响应体：如果资源已存在，就获取并复用（或更新）它，而不是再创建一次。
    .fix-2 = 如果是并发修改冲突，重新读取资源，在最新版本上重新应用修改后再重试。
    .fix-3 = 如果发送了 Idempotency-Key，请求体不同时要生成新的键；只有完全相同的重试才复用同一个键。
    .prevention-1 = 让创建操作具备幂等性（客户端生成 ID 或使用 Idempotency-Key），并对同一资源的写入做串行化。

http-gone = HTTP 410 Gone：该接口或资源已被永久移除
    .cause = 服务器有意下线了这个 URL、API 版本、模型或对象；与 404 不同，它明确告诉你不会再回来。
    .analysis-1 = 410 是永久性的，重试或等待都没有用，客户端必须迁移到替代方案。
    .fix-1 = 查阅服务的弃用公告或更新日志，找到替代的接口、API 版本或模型名，并更新代码。
    .fix-2 = 升级 SDK 或依赖库：旧版本常常还在调用已下线的接口。
    .prevention-1 = 订阅服务的弃用通知，并显式锁定 API 版本，让下线影响先在测试中暴露。

http-precondition-failed = HTTP 412 Precondition Failed：资源在你上次读取后已被修改
    .cause = 条件请求头（If-Match、If-Unmodified-Since，或版本号 / ETag 字段）与服务器当前版本不一致，为避免覆盖他人的修改，写入被拒绝。
    .analysis-1 = 412 是乐观并发控制在正常工作：有别的写入方改过资源，或者你发送的 ETag 已经过时。
    .fix-1 = 重新 GET 资源，拿到新的 ETag，在最新内容上重新应用修改，并带上新的 If-Match 重试。
    .fix-2 = 如果你本不打算发送条件请求，去掉客户端或框架自动加上的 If-Match / If-None-Match 头。
    .prevention-1 = 始终基于最新 ETag 执行「读-改-写」，并对 412 做有限次数的重试。

http-payload-too-large = HTTP 413 Payload Too Large：请求体超过服务器上限
    .cause = 请求体（文件、base64 图片、超长提示词或批量数据）超过了 API 或其前置代理的大小限制。
    .analysis-1 = 413 在处理请求之前就已判定；限制可能来自 API 本身，也可能来自链路上的任何网关（nginx 的 client_max_body_size 默认只有 1 MB）。
    .analysis-2 = base64 编码会让文件比磁盘上大约 33%，所以原始文件低于文档上限，编码后也可能超限。
    .fix-1 = 缩小请求体：压缩或缩小图片、把输入拆成更小的批次或分块，或者先单独上传文件，再在请求里传文件 ID 或 URL。
    .fix-2 = 如果 API 前面的代理是你维护的，调大它的限制（nginx：在 server 或 location 块里写 client_max_body_size 50m;）并重新加载。
    .fix-3 = 查看 API 文档中单次请求和单个文件的大小限制；如果限制是临时的，留意 Retry-After 响应头。
    .prevention-1 = 发送前在客户端检查请求大小；大输入优先使用文件上传接口，而不是内联 base64。

http-uri-too-long = HTTP 414 URI Too Long：URL 超过服务器允许的长度
    .cause = URL 里塞了太多数据：查询字符串过长、参数重复出现多次，或者把本该放在请求体里的数据放进了 URL。
    .analysis-1 = 服务器和代理都会限制请求行长度（通常 4 到 8 KB），请求还没到 API 就被拦下了。
    .fix-1 = 如果 API 提供该调用的 POST 版本，把数据移到 POST 请求体（JSON）里；或者每次少传一些 ID。
    .fix-2 = 检查是否有 bug 在反复追加同一个参数（例如分页循环里）。
    .prevention-1 = 批量参数放在请求体中，大量 ID 分批发送。

http-unsupported-media-type = HTTP 415 Unsupported Media Type：服务器不接受这个 Content-Type
    .cause = 请求体的 Content-Type 不被该接口接受：需要 JSON 却发了表单或 text/plain、完全没带 Content-Type，或者需要 multipart 文件上传却发了 JSON。
    .analysis-1 = 415 针对的是请求体声明的格式，而不是内容本身。
    .fix-1 = JSON 请求体要带 Content-Type: application/json（requests 用 json=payload 而不是 data=；fetch 设置该头并 JSON.stringify 请求体；curl 加 -H "Content-Type: application/json"）。
    .fix-2 = 文件上传使用 multipart/form-data（requests 用 files=；curl 用 -F "file=@doc.pdf"），并让客户端自动设置 boundary。
    .prevention-1 = 在统一的客户端配置里设置 Content-Type，并为每个接口写契约测试。

http-unprocessable-entity = HTTP 422 Unprocessable Entity：请求格式正确，但取值无效
    .cause = JSON 能解析，但对这个接口来说，有字段缺失、拼写错误、类型不对或超出范围。
    .analysis-1 = 422 区分了语法（正确）和语义（错误）。FastAPI、基于 Pydantic 的服务以及很多 REST API 会逐条列出出错字段及其位置，例如 loc ["body", "prompt"]、msg "Field required"。
    .fix-1 = 阅读响应体中的 detail 或 errors 数组，按给出的位置（loc / path / pointer）修正字段，名称和类型要与 API 要求完全一致。
    .fix-2 = 对照接口的 schema（服务器若有 OpenAPI 的 /docs 页面可直接查看）核对请求体；常见原因是把数字字段传成了字符串，或把列表传成了对象。
    .prevention-1 = 根据 API 的 OpenAPI schema 生成请求模型，发送前先校验；不要重试 422。

http-failed-dependency = HTTP 424 Failed Dependency：请求所依赖的步骤失败了
    .cause = 服务器自身的依赖失败：批处理中前一个操作出错，或推理端点背后的模型或后端无法执行该请求。
    .analysis-1 = 424 源自 WebDAV（RFC 4918），表示失败发生在请求所依赖的环节。推理端点在模型容器出错或加载失败时会返回它。
    .fix-1 = 从响应体和端点日志里找出底层错误（托管模型常见的有显存不足、输入不受支持、容器崩溃）。
    .fix-2 = 如果属于批处理，先修正并重发最先失败的那个操作，依赖它的操作随后就能成功。
    .prevention-1 = 监控端点的健康状态和日志，发送前按模型限制校验输入。

http-too-many-requests = HTTP 429 Too Many Requests：超出了服务的限流阈值
    .cause = 当前时间窗口内发送的请求（或 token）数超过了该 Key、账户或 IP 的配额。
    .analysis-1 = 429 是限流：同样的请求稍后就能成功。如果响应带有 Retry-After（秒数或 HTTP 日期）以及 X-RateLimit-* / RateLimit-* 头，它们会告诉你要等多久、触发的是哪一项限制。
    .analysis-2 = 如果响应体说的是 quota、余额、账单或点数而不是速率，那就是计费层面的拦截，等待解决不了。
    .fix-1 = 服务器给了 Retry-After 就按它等待；否则使用带上限的指数退避加全抖动重试（等待时间 = 0 到 min(上限, 基数 × 2^重试次数) 之间的随机值）。
    .fix-2 = 降低并发：用信号量或队列限制并行请求数，API 支持时把小请求合并成批量调用。
    .fix-3 = 如果经常触顶，在服务控制台申请更高的限额或等级；只有在服务条款允许时才把负载分摊到多个 Key。
    .prevention-1 = 在客户端做限流（令牌桶），阈值设得略低于文档给出的上限，并监控剩余额度相关的响应头。
    .prevention-2 = 同时限制重试次数和总耗时：失败的调用同样计入限额。

http-header-fields-too-large = HTTP 431 Request Header Fields Too Large：请求头过大
    .cause = 某个请求头或全部请求头加起来超过了服务器限制：通常是 Cookie 过大、Authorization token 过长，或某个头被循环重复添加。
    .analysis-1 = 这个限制在 API 处理请求之前生效，往往来自代理（nginx 的 large_client_header_buffers，Node 的 --max-http-header-size 默认 16 KB）。
    .fix-1 = 用 curl -v 查看请求头：清理累积的 Cookie，确保请求头只设置一次，而不是每次重试都追加。
    .fix-2 = 如果 token 本身很大（声明很多的 JWT），申请声明或 scope 更少的 token。
    .prevention-1 = 每个请求单独构建请求头，不要修改共享的字典；API 调用不要携带 Cookie。

http-unavailable-for-legal-reasons = HTTP 451 Unavailable For Legal Reasons：因法律原因被屏蔽
    .cause = 服务器出于法律原因拒绝提供该资源或拒绝该调用方：例如针对你所在国家的制裁或出口管制，或内容在你所在司法辖区被屏蔽。
    .analysis-1 = 451（RFC 7725）是有意为之的法律屏蔽，取决于请求来源或请求内容。重试没有用。
    .fix-1 = 查阅服务支持的国家和地区列表及服务条款，只从受支持的地区和账户使用该服务。
    .fix-2 = 如果认为被误判（例如公司出口 IP 被定位到了错误的国家），带上请求 ID 联系服务方客服。
    .prevention-1 = 部署到新的国家或云区域之前，先确认服务在当地可用。

http-client-closed-request = HTTP 499 Client Closed Request：服务器尚未响应，客户端就放弃了
    .cause = 服务器还在处理时，客户端（或客户端与服务器之间的代理）关闭了连接，几乎都是因为客户端或网关的超时先触发了。
    .analysis-1 = 499 是 nginx 日志中「客户端关闭了请求」的状态码；一些 API 和网关也会返回它（Google API 把 gRPC 的 CANCELLED 映射为 499）。服务器没有出错，是调用方不再等待。
    .analysis-2 = 最常见的诱因是不开流式的长文本生成：整段回答生成完之前，响应一个字节都不会发出。
    .fix-1 = 调大先放弃的那个环节的超时：你的 HTTP 客户端、负载均衡的空闲超时，或中间的网关。
    .fix-2 = 启用流式输出（stream: true），让数据立即开始传输，空闲计时器就不会触发。
    .fix-3 = 如果任务本来就要跑好几分钟，改用服务的异步或批处理 API，再轮询结果。
    .prevention-1 = 让链路上的超时逐级对齐（客户端大于网关，网关大于上游生成时间），长输出一律使用流式。

http-internal-server-error = HTTP 500 Internal Server Error：服务器处理请求时出错
    .cause = 服务器端发生了未处理的错误：请求已经到达服务，但服务代码或它调用的后端崩溃了。
    .analysis-1 = 500 并不说明你的请求有错。它通常是暂时的；如果某个特定输入每次都触发，那就是这个输入踩到了服务器的 bug。
    .analysis-2 = 记下响应头或响应体里的请求 ID，服务方排查时需要它。
    .fix-1 = 使用带抖动的指数退避重试几次；多数 SDK 会自动这样做。
    .fix-2 = 如果同一个请求体每次都失败，逐步精简它（缩短输入、减少参数）找出触发点，再带上请求 ID 反馈给服务方。
    .fix-3 = 查看服务的状态页；如果服务器是你运维的，查看请求发生时刻的服务器日志。
    .prevention-1 = 对 5xx 使用带退避的重试并设定总时限；非幂等的 POST 带上 Idempotency-Key，保证重试安全。

http-not-implemented = HTTP 501 Not Implemented：服务器不支持该操作
    .cause = 服务器没有实现这个方法、接口或功能：常见于缺少某些接口（embeddings、audio、batch）或不支持某种参数组合的 OpenAI 兼容或自建服务。
    .analysis-1 = 对当前服务器版本而言 501 是永久性的，重试没有用。
    .fix-1 = 确认该服务器版本支持哪些接口和功能，改调它已实现的接口，或在其配置中启用该功能（例如为 /v1/embeddings 加载一个向量模型）。
    .fix-2 = 如果新版本加入了该接口，升级服务器或客户端库。
    .prevention-1 = 启动时探测服务器能力，功能缺失时优雅降级。

http-bad-gateway = HTTP 502 Bad Gateway：网关没有从后端服务器拿到有效响应
    .cause = 代理、负载均衡或 API 网关无法从上游拿到有效响应：上游崩溃、正在重启、拒绝连接，或在响应中途断开。
    .analysis-1 = 你调用的服务入口是通的，但入口后面的组件出了故障。通常是暂时的（发版、重启、过载）。
    .analysis-2 = 如果响应体是 HTML 页面，那是代理生成的，不是 API 的；真正的错误在代理或上游的日志里。
    .fix-1 = 使用带抖动的指数退避重试；持续出现时查看服务状态页。
    .fix-2 = 如果网关是你维护的，确认上游进程在运行，并且监听在 proxy_pass 或路由所指的地址上，再查看网关错误日志（nginx 中的 connect() failed、upstream prematurely closed）。
    .fix-3 = 对于长响应，启用流式：有些网关在上游连接因空闲超时被切断时返回 502。
    .prevention-1 = 对 502 做退避重试，给上游配置健康检查，并让上游的 keep-alive 超时长于网关。

http-service-unavailable = HTTP 503 Service Unavailable：服务器过载或正在维护
    .cause = 服务暂时无法处理请求：容量已满、正在扩容、重启或维护中。
    .analysis-1 = 503 明确表示是暂时的。如果带有 Retry-After 头，它会告诉你需要等多久。
    .fix-1 = 有 Retry-After 就按它等待；否则使用带上限的指数退避加抖动重试。
    .fix-2 = 查看服务状态页；故障期间如有备用地区、模型或服务商，切换过去。
    .fix-3 = 如果服务是你运维的，检查实例是否健康并已注册到负载均衡，以及是否有限流器（nginx 的 limit_req 默认返回 503）在拒绝流量。
    .prevention-1 = 带退避和抖动重试，限制并发，并为关键流量准备备用线路。

http-gateway-timeout = HTTP 504 Gateway Timeout：网关等待后端响应超时
    .cause = 代理或负载均衡等待上游响应的时间超过了它自己的超时：上游太慢（长文本生成、重查询）或已卡死。
    .analysis-1 = 你的请求可能仍在上游执行，甚至已经完成，只是网关放弃了等待。重试非幂等调用时要小心。
    .analysis-2 = 典型诱因是不开流式的长响应：工作全部完成前不发送任何数据，网关的读超时（nginx 的 proxy_read_timeout 默认 60 秒）就先触发了。
    .fix-1 = 使用流式响应（stream: true）让数据持续传输，或减少单次请求的工作量（更短的输出、更小的批次）。
    .fix-2 = 如果网关是你维护的，把上游读超时（nginx 的 proxy_read_timeout、云负载均衡的空闲超时）调到大于最长预期响应时间。
    .fix-3 = 需要数分钟以上的任务，改用服务的异步或批处理 API 并轮询。
    .prevention-1 = 链路上的超时保持对齐，长响应使用流式；有副作用的调用重试 504 时使用 Idempotency-Key。

http-site-overloaded-529 = HTTP 529：服务过载
    .cause = 服务容量已满，正在主动丢弃负载；529 是一些 API 用来表示「过载」的非标准状态码。
    .analysis-1 = 你的请求和账户都没有问题。过载发生在服务端，通常几秒到几分钟内会恢复。
    .fix-1 = 使用带上限的指数退避加全抖动重试；多数 SDK 会自动重试 529，批处理任务可调高其最大重试次数。
    .fix-2 = 故障持续时间较长时，切换到其他模型、地区或服务商。
    .prevention-1 = 把负载分散到不同时段，限制并发，并关注服务状态页。

http-client-error = HTTP { $status }：服务器拒绝了请求（客户端错误）
    .cause = 服务器返回了 4xx 状态码：请求中的某些内容（URL、方法、请求头、请求体或凭证）必须修改后才能成功。
    .analysis-1 = 4xx 表示问题在请求一侧。这个状态码不常见，响应体和响应头是最好的线索。
    .analysis-2 = 421 Misdirected Request 通常意味着连接被复用到了另一个主机（HTTP/2 共用证书时）；425 和 428 分别与早期数据和条件请求有关。
    .fix-1 = 用 curl -i 或客户端的响应对象打印完整响应（状态、响应头和响应体），按其中的提示处理。
    .fix-2 = 在 API 的错误码文档或 https://developer.mozilla.org/en-US/docs/Web/HTTP/Status 的状态码列表中查找该状态码。
    .prevention-1 = 记录每次失败调用的状态码、响应头和响应体，方便诊断少见的状态码。

http-server-error = HTTP { $status }：服务器未能处理请求（服务端错误）
    .cause = 服务器或其前置网关返回了 5xx 状态码：故障在服务端，而不在你的请求。
    .analysis-1 = 5xx 一般是暂时的。这个状态码不常见，响应体、响应头和服务状态页能提供更多信息。
    .fix-1 = 使用带上限的指数退避加抖动重试，并限制次数。
    .fix-2 = 持续出现时查看服务状态页并反馈请求 ID；如果服务器是你运维的，查看对应时刻的日志。
    .prevention-1 = 对 5xx 做带退避和总时限的重试，错误率上升时告警。

http-proxy-page-forbidden = 来自 Web 服务器或防火墙的 403，而不是 API 返回的
    .cause = HTML 形式的 403 页面说明，请求在到达 API 之前就被前面的 Web 服务器、WAF 或反向代理拦下了：IP 白名单、deny 规则、防爬或 WAF 规则，或者该路径没有被代理暴露出来。
    .analysis-1 = 响应体是代理的通用 HTML 页面（nginx、openresty、CDN），不是 API 的 JSON 错误，因此与 API 的权限无关。
    .analysis-2 = 常见触发原因：调用方 IP 或国家不在白名单内、User-Agent 缺失或异常，或 URL 指向了目录而不是 API 路由。
    .fix-1 = 确认 base URL 指向 API 路由（例如 https://host/v1），而不是网站根目录或静态目录。
    .fix-2 = 如果代理是你维护的，查看该请求在访问日志和错误日志中的记录，找到命中的 allow / deny 或 WAF 规则；若是白名单，把客户端的出口 IP 加进去。
    .fix-3 = 如果是第三方服务，把时间、你的出口 IP 以及页面上显示的拦截 ID 或 Ray ID 发给对方客服。
    .prevention-1 = 为 API 路由和 WAF 规则留好文档，给 API 客户端分配固定的出口 IP 以便加白。

http-proxy-page-not-found = 来自 Web 服务器的 404：base URL 指向的是网站，而不是 API
    .cause = HTML 形式的 404 页面说明请求到达的 Web 服务器或反向代理没有这个路径的路由，API 根本没有收到请求。几乎都是 base URL 或路径写错了。
    .analysis-1 = JSON 格式的 404 来自 API；HTML 页面（nginx 的「404 Not Found」、框架的「Page not found」）说明路径没有匹配任何被代理的 API location。
    .analysis-2 = 常见原因：/v1 前缀缺失或重复、代理的 location 块只转发了部分路径，或者该域名上跑的是前端应用而不是 API。
    .fix-1 = 把 base URL 设为文档给出的 API 根路径，包含版本前缀（https://host/v1），由 SDK 自己拼接 /chat/completions 等接口路径。
    .fix-2 = 用 curl -i 测试确切的 URL：返回 JSON 说明路径正确；返回 HTML 页面则需要修正路径或代理的 location / proxy_pass 规则。
    .fix-3 = 如果 API 前面是你维护的 nginx，确认 location 块覆盖了 API 前缀，并且 proxy_pass 按上游的期望保留或去掉前缀（proxy_pass 末尾是否带斜杠会改变这一点）。
    .prevention-1 = base URL 放在配置中并在启动时打印；每次部署后对一个低成本接口做冒烟测试。

http-proxy-page-too-large = 来自 nginx 的 413：请求体超过了代理的 client_max_body_size
    .cause = API 前面的反向代理在转发之前就拒绝了请求体；nginx 默认上限只有 1 MB，远低于大多数 API 的限制。
    .analysis-1 = HTML 的「413 Request Entity Too Large」页面是 nginx 给的，不是 API 给的，所以根本没有触及 API 自己的上限。
    .analysis-2 = base64 图片、音频和长提示词很容易超过 1 MB。
    .fix-1 = 如果代理是你维护的，在 http、server 或 location 块中调大限制（client_max_body_size 50m;），然后执行 nginx -t 并重新加载。
    .fix-2 = 如果代理不归你管，就缩小请求体：压缩或缩小图片、通过 URL 或上传 ID 传文件，或拆分输入。
    .prevention-1 = 部署代理时，让其请求体上限与 API 文档中的限制保持一致。

http-proxy-page-bad-gateway = 反向代理返回的 HTTP { $status } HTML 页面：其后端上游出了故障
    .cause = 这个 HTML 错误页来自 nginx / openresty 等代理：它没能从后面的 API 服务器拿到有效响应，因为该服务器宕机、正在重启、处理中崩溃，或拒绝了连接。
    .analysis-1 = 应答的是代理而不是 API：HTML 响应体里没有 API 错误信息。真正的原因在代理的错误日志（connect() failed、upstream prematurely closed connection）和上游日志里。
    .analysis-2 = 如果只在长请求时出现，上游可能被自身的 worker 超时（gunicorn --timeout、uvicorn）杀掉，或在处理中途内存耗尽。
    .fix-1 = 带退避重试；第三方服务持续出现时查看其状态页。
    .fix-2 = 如果整套服务是你维护的，确认上游在运行并监听在 proxy_pass 指向的地址上（docker ps、ss -ltnp），再到 nginx 的 error.log 里查看失败请求。
    .fix-3 = 对于长文本生成，调大上游的 worker 超时并启用流式，让请求在各环节的时限内完成。
    .prevention-1 = 为上游配置健康检查和自动重启，并在代理层对 502 比例告警。

http-proxy-page-unavailable = 反向代理返回的 503 HTML 页面：没有可用上游、正在维护或触发了限流
    .cause = 代理自己的 503 页面表示：没有健康的上游可转发、处于维护模式，或者代理层的限流（nginx 的 limit_req 默认返回 503）拒绝了请求。
    .analysis-1 = HTML 响应体是代理的，不是 API 的。后面的服务要么没有注册或不健康，要么代理在主动丢弃负载。
    .fix-1 = 带退避重试，并查看服务状态页。
    .fix-2 = 如果代理是你维护的，检查上游服务器是否在运行并通过健康检查，以及 limit_req / limit_conn 是否在拒绝这个客户端（错误日志里会有「limiting requests」）。
    .fix-3 = 如果原因是限流，降低请求并发或调高限额，并设置 limit_req_status 429，让客户端看到规范的限流状态码。
    .prevention-1 = 监控上游健康状况，让代理层限流返回 429 并附带 Retry-After。

http-proxy-page-gateway-timeout = 反向代理返回的 504 HTML 页面：上游响应太慢
    .cause = nginx / openresty（或其他代理）等待上游响应的时间超过了 proxy_read_timeout（默认 60 秒）后放弃；后面的 API 服务器太慢（典型是不开流式的长文本生成）或已卡死。
    .analysis-1 = 状态码是明确的，但响应体是代理的 HTML 页面，不是 API 错误。代理放弃后，上游仍可能把请求处理完。
    .analysis-2 = 不开流式时，上游要等整段回答生成完才发送数据，任何超过代理超时的生成都会这样失败。
    .fix-1 = 如果代理是你维护的，在代理 API 的 location 中调大 proxy_read_timeout（以及 proxy_send_timeout），对流式响应设置 proxy_buffering off，然后重新加载 nginx。
    .fix-2 = 使用流式响应（stream: true），让 token 持续到达，每个数据块都会重置读超时计时。
    .fix-3 = 减少单次请求的工作量（调低 max_tokens、缩小批次），长任务改用异步或批处理 API。
    .prevention-1 = 代理超时要大于最长预期响应时间，长输出使用流式；只在重复执行无害时才重试 504。

http-plain-http-to-https-port = nginx 400：把明文 HTTP 请求发到了 HTTPS 端口
    .cause = 客户端在服务器期望 TLS 的端口上使用了明文 HTTP：URL 写的是 http://，但该端口（通常是 443 或自定义的 TLS 端口）配置了 ssl。
    .analysis-1 = nginx 会用自己的 400 页面回应这类请求：「The plain HTTP request was sent to HTTPS port」。API 根本没有收到请求。
    .fix-1 = 把该主机和端口的 URL 协议改为 https://（base URL、webhook URL 或 proxy_pass 目标）。
    .fix-2 = 如果是上游代理连接这台服务器，让它的 proxy_pass 对 TLS 端口使用 https://，或改连明文 HTTP 端口。
    .prevention-1 = HTTP 和 HTTPS 使用各自的标准端口，并把 80 端口重定向到 HTTPS，不要在同一端口上混用协议。

net-dns-not-found = DNS 解析失败：主机名无法解析
    .cause = 客户端无法把主机名解析成 IP 地址：base URL 或主机名有拼写错误、当前 DNS 看不到的内网域名，或本机 / 容器里没有可用的 DNS。
    .analysis-1 = 连接没有建立，请求也没有发出，与服务本身无关。ENOTFOUND、「Name or service not known」、「nodename nor servname provided」、「getaddrinfo failed」、Go 的「no such host」和 curl (6) 都表示在你的解析器看来这个域名不存在。
    .analysis-2 = 除非 DNS 问题是暂时的，否则原样重试没有用。
    .fix-1 = 检查报错中的主机名是否有拼写错误或多余字符（末尾的空格或斜杠、重复的 https://、少了点号），并与文档中的 API 主机名比对。
    .fix-2 = 在同一台机器或同一个容器里测试解析：nslookup 主机名 或 dig 主机名；如果只有在 Docker 或 Kubernetes 内失败，检查容器的 /etc/resolv.conf、--dns 参数或集群 DNS。
    .fix-3 = 如果是内网域名（VPN、公司 DNS），连上 VPN 或使用内网解析器；如果当前网络必须走代理，设置 HTTPS_PROXY，由代理来解析域名。
    .prevention-1 = 启动时校验 base URL，先解析一次并记录结果，再开始处理流量。

net-dns-temporary-failure = DNS 解析暂时失败（EAI_AGAIN）
    .cause = 解析器暂时拿不到结果：DNS 服务器不可达或响应太慢、网络尚未就绪，或容器内没有可用的 DNS。
    .analysis-1 = EAI_AGAIN 和「Temporary failure in name resolution」表示查询没有完成，而不是域名不存在。常见于网络就绪前就启动的容器，或无法联网的沙箱环境。
    .fix-1 = 在同一环境里检查基础连通性：ping 1.1.1.1 并 nslookup 目标主机；如果 IP 能通而域名不行，就是 DNS 配置的问题。
    .fix-2 = 在 Docker 中指定可达的 DNS 服务器（docker run --dns 1.1.1.1，或在 /etc/docker/daemon.json 中配置 "dns"）；在 VPN 或公司网络下，确保 /etc/resolv.conf 指向可访问的解析器。
    .fix-3 = 带退避重试：解析器恢复响应后，暂时性的 DNS 故障就会消失。
    .prevention-1 = 使用本地缓存解析器，并让服务在启动时等待网络就绪（带健康检查的 depends_on、systemd 的 network-online.target）。

net-connection-refused = 连接被拒绝：目标主机和端口上没有程序在监听
    .cause = 主机有响应，但该端口上没有程序接受连接：服务没有启动、监听在其他端口或网卡上，或者防火墙主动拒绝了连接。
    .analysis-1 = ECONNREFUSED、[Errno 111]、WinError 10061（「积极拒绝」）、curl (7) 和 Go 的「connect: connection refused」都表示 TCP 连接被立即拒绝，HTTP 请求根本没有发出。
    .analysis-2 = 这种失败快速且确定：在有程序监听之前，重试没有用。
    .fix-1 = 核对 base URL 中的主机和端口，再确认服务在运行并监听在那里：在服务器上用 ss -ltnp 或 netstat -an 查看，在客户端用 curl -v http://host:port/ 测试。
    .fix-2 = 如果服务只监听 127.0.0.1，其他机器或容器都连不上：改为绑定 0.0.0.0 启动（例如 --host 0.0.0.0），并在防火墙或安全组中放行该端口。
    .fix-3 = 如果这个地址是代理或网关（HTTPS_PROXY、本地中转），把它启动起来，或者去掉这项设置。
    .prevention-1 = 在启动和监控中对依赖做健康检查，主机和端口写在配置里而不是代码里。

net-connection-refused-localhost = 连接 localhost 被拒绝：本地服务没有运行，或者「localhost」并不是你以为的那台机器
    .cause = 客户端连接的是 localhost / 127.0.0.1 / ::1，但那里没有程序在监听。要么本地服务没启动；要么客户端运行在容器里（localhost 指的是容器自己）；要么 localhost 被解析成了 IPv6 的 ::1，而服务只监听 IPv4 的 127.0.0.1。
    .analysis-1 = 在 Docker 里，localhost 指的是容器本身而不是宿主机；宿主机或其他容器里的服务无法这样访问。
    .analysis-2 = Node 17 起不再把 DNS 结果调整为 IPv4 优先，「localhost」常被解析为 ::1；只绑定 127.0.0.1 的服务就会拒绝连接，而 curl 127.0.0.1 却是通的。
    .fix-1 = 确认服务已启动并监听在 URL 中的端口上（ss -ltnp 或 lsof -iTCP -sTCP:LISTEN）。在容器中不要用 localhost，改用 host.docker.internal（Linux 上需加 --add-host=host.docker.internal:host-gateway）或 compose 中的服务名。
    .fix-2 = 如果报错中是 ::1，把 base URL 改为 http://127.0.0.1:端口，或让服务同时监听两个协议栈（--host :: 或 0.0.0.0），或在 Node 中调用 dns.setDefaultResultOrder("ipv4first")。
    .fix-3 = 如果服务运行在容器中，要发布端口（docker run -p 8080:8080），并在容器内绑定 0.0.0.0 而不是 127.0.0.1。
    .prevention-1 = 服务地址通过名称配置（compose 服务名、环境变量），不要写死 localhost，并加上启动健康检查。

net-connection-reset = 连接被重置：对端或中间设备切断了连接
    .cause = 已建立的连接被突然中断：防火墙、公司代理、VPN 或网络审查设备发送了重置，负载均衡丢弃了空闲的 keep-alive 连接，或者服务器在处理请求时崩溃。
    .analysis-1 = ECONNRESET、「socket hang up」、「Connection reset by peer」、WinError 10054 和 curl (56) 都表示收到了 TCP RST。如果是在连接知名 API 时立刻发生，说明线路被拦截；如果是在几分钟后发生，多半是链路上的空闲超时。
    .analysis-2 = 对单个请求来说重置通常是偶发的，但如果每次都出现，就要排查网络链路。
    .fix-1 = 使用带抖动的指数退避重试；SDK 会对连接错误自动重试，必要时调高 max_retries。
    .fix-2 = 如果所有请求都失败，测试线路：在同一台机器上执行 curl -v https://host/；如果只有走代理或 VPN 才通，就为客户端配置 HTTPS_PROXY。
    .fix-3 = 对于长请求，启用流式让连接始终有数据流动，并把客户端连接池的空闲时间调得比服务器或负载均衡短。
    .prevention-1 = 对连接错误做退避重试，长响应使用流式，客户端 keep-alive 超时短于服务器。

net-server-disconnected = 服务器未发送任何响应就关闭了连接
    .cause = 连接已建立、请求已发出，但对端在返回任何响应之前就关闭了连接：服务器或代理崩溃或重启、丢弃了过期的 keep-alive 连接，或者请求发到了使用另一种协议的端口。
    .analysis-1 = RemoteDisconnected、「Server disconnected without sending a response」、undici 的「other side closed」（UND_ERR_SOCKET）、curl (52)「Empty reply from server」和 Go 的「EOF」，都是同一现象在不同客户端里的表现。
    .analysis-2 = 如果发生在空闲一段时间后的第一个请求，说明客户端复用连接池里的连接时，服务器恰好关闭了它；重试即可成功。
    .fix-1 = 带退避重试；幂等请求可以立即重试一次。
    .fix-2 = 如果每次都发生，查看服务器或代理在那一刻的日志是否有崩溃（内存耗尽、worker 超时），并检查 URL 的协议和端口（HTTP 打到 TLS 端口或反过来，也可能这样结束）。
    .fix-3 = 如果发生在空闲之后，把客户端连接池的空闲超时调得比服务器的 keep-alive 超时短。
    .prevention-1 = 对连接错误做退避重试，并让客户端、代理和服务器的 keep-alive 超时保持一致。

net-stream-interrupted = 响应在传输中途被截断
    .cause = 服务器已开始发送响应，但连接在传完之前就断了：代理或负载均衡的空闲或最长时长超时、上游崩溃，或服务器在流仍在进行时关闭了 HTTP/2 连接（GOAWAY）。
    .analysis-1 = 「incomplete chunked read」、「peer closed connection without sending complete message body」、ChunkedEncodingError / IncompleteRead、「Premature close」以及「http2: server sent GOAWAY」都表示收到了响应头和部分响应体，剩下的丢了。
    .analysis-2 = 对于长时间的流式生成，这通常是中间某个组件超时，而不是 API 报错。
    .fix-1 = 带退避重试整个请求；流式输出要保留已收到的内容，并让重试具备幂等性或可续传。
    .fix-2 = 如果总是在固定时长（60 秒、100 秒、300 秒）后中断，找到具有该超时的代理或负载均衡并调大（nginx 的 proxy_read_timeout、云负载均衡的空闲超时）。
    .fix-3 = 如果服务器是你维护的，查看流中断那一刻的日志，看是否有 worker 超时或内存耗尽被杀。
    .prevention-1 = 长响应使用流式，链路超时保持对齐，并把被截断的响应当作可重试错误处理。

net-proxy-error = 无法通过所配置的代理建立连接
    .cause = 客户端被配置为使用代理（HTTPS_PROXY / HTTP_PROXY / ALL_PROXY 或系统设置），但代理本身无法连接、无法解析，或拒绝了 CONNECT 隧道。
    .analysis-1 = 故障发生在你和代理之间，还没接触到 API。很多人忘了为其他工具设置过的代理变量，或者本地代理（Clash、v2ray、公司代理客户端）没有运行。
    .analysis-2 = CONNECT 返回 403，说明代理不允许访问这个目标主机或端口。
    .fix-1 = 列出客户端实际看到的代理设置（env | grep -i proxy；另外检查 pip config、npm config、git config）。启动代理、修正其 host:port，或者在不需要代理时取消这些变量。
    .fix-2 = 本地 HTTP 代理的 URL 要写成 http://host:port，即使访问的是 HTTPS 网站；写成 https:// 表示要和代理本身建立 TLS，而大多数本地代理并不支持。
    .fix-3 = 把内网主机和 localhost 加入 NO_PROXY 以绕过代理；如果是代理拦截了目标地址，请代理管理员放行 API 主机。
    .prevention-1 = 按服务单独设置代理变量（写在 unit 文件或 compose 文件里），而不是全局设置，并维护完整的 NO_PROXY。

net-proxy-auth-required = 代理要求认证（407 Proxy Authentication Required）
    .cause = 公司代理或上游代理拒绝了 CONNECT 请求，因为请求中没有有效的代理凭证。
    .analysis-1 = 407 和 Proxy-Authenticate 来自代理，不是来自 API，与 API Key 无关。
    .analysis-2 = HTTPS_PROXY / HTTP_PROXY（或客户端的代理设置）中的代理 URL 没有带 user:password，或者密码中的特殊字符破坏了 URL 结构。
    .fix-1 = 把凭证写进代理 URL：HTTPS_PROXY=http://user:password@proxy-host:port，特殊字符要做百分号编码（@ 写成 %40，: 写成 %3A，# 写成 %23）。
    .fix-2 = 如果目标地址应当绕过代理（内网主机、localhost），把它加入 NO_PROXY。
    .fix-3 = 如果代理只接受 NTLM 或 Kerberos，在本机运行认证中继（cntlm、px），并把 HTTPS_PROXY 指向 http://127.0.0.1:端口。
    .prevention-1 = 代理凭证放在环境变量或密钥库中，部署前先用 curl -x 测试代理。

net-node-fetch-failed = Node 的 fetch 在拿到响应前就失败了（TypeError: fetch failed）
    .cause = Node 内置的 fetch（undici）在网络层未能完成请求；真正的原因（DNS、拒绝连接、超时、TLS、代理）在 err.cause 里，而这里没有打印出来。
    .analysis-1 = fetch 只在网络层失败时才会 reject，HTTP 错误状态码会正常 resolve。「fetch failed」只是一层包装消息。
    .analysis-2 = 在受限网络中非常常见的原因：内置 fetch 默认忽略 HTTPS_PROXY / HTTP_PROXY，除非设置了 NODE_USE_ENV_PROXY=1 或 --use-env-proxy，于是它尝试直连，而直连被拦截了。
    .fix-1 = 打印 err.cause（console.error(err.cause)）查看底层错误码，再对症处理：ENOTFOUND 是 DNS 问题，ECONNREFUSED 是没有程序监听，UND_ERR_CONNECT_TIMEOUT 是线路被拦，证书类错误码是 TLS 信任问题。
    .fix-2 = 如果依赖代理，为 fetch 启用它：NODE_USE_ENV_PROXY=1（Node 24+、22.21+）；旧版本可把 undici 的 EnvHttpProxyAgent 设为全局 dispatcher。
    .fix-3 = 在同一台机器上用 curl 请求同一个 URL，区分是网络问题还是代码问题。
    .prevention-1 = 在网络封装层始终记录错误的 cause，并在进程内显式配置代理，而不是依赖 shell 变量。

net-browser-network-error = 浏览器请求失败且没有任何响应（Network Error / Failed to fetch）
    .cause = 网页发出的请求没有得到可读的响应：最常见的是 CORS 拦截（API 不允许你页面的来源）、混合内容拦截（https 页面请求 http://）、主机不可达，或广告拦截器等扩展。
    .analysis-1 = 浏览器不会把具体原因告诉 JavaScript：axios 报 ERR_NETWORK「Network Error」，fetch 报「Failed to fetch」（Chrome）或「NetworkError when attempting to fetch resource」（Firefox）。真正的原因在开发者工具的 Console 和 Network 面板里。
    .analysis-2 = 直接在浏览器里调用大模型 API 通常会被 CORS 拦下，而且这样做会把 API Key 暴露给每一个访客。
    .fix-1 = 打开开发者工具（Console 和 Network）：如果提到 CORS，就改由你自己的后端（或 Vite 的 server.proxy 这类开发服务器代理）来调用 API，而不是在页面中直接调用。
    .fix-2 = 如果 API 是你维护的，正确响应预检 OPTIONS 请求，针对页面来源返回 Access-Control-Allow-Origin，并在 Access-Control-Allow-Headers 中放行 Authorization 和 Content-Type。
    .fix-3 = 修复混合内容（页面是 https 时 API 也要用 https://），禁用扩展后重试，并用 curl 确认主机可达。
    .prevention-1 = API Key 只保存在服务端，前端调用你自己的后端；对每一个部署的来源都测试 CORS。

net-browser-cors-blocked = 被浏览器的 CORS 策略拦截
    .cause = API 的响应（或其预检响应）没有针对你页面的来源返回 Access-Control-Allow-Origin，所以浏览器拒绝把响应交给你的脚本。
    .analysis-1 = CORS 由浏览器执行，而不是服务器：同样的调用用 curl 或在后端执行都能成功，请求甚至可能已经到达了服务器。
    .analysis-2 = 带 Authorization 或 JSON Content-Type 的请求会触发预检 OPTIONS 请求；预检失败或缺少 CORS 头时，真正的请求根本不会发出。
    .fix-1 = 改由后端调用 API（或通过 Vite 的 server.proxy / webpack 的 devServer.proxy 等开发代理），不要在浏览器代码里直接调用；这样也能保护 API Key。
    .fix-2 = 如果 API 归你所有，对 OPTIONS 返回 204，并设置 Access-Control-Allow-Origin（精确的来源）、Access-Control-Allow-Methods 和 Access-Control-Allow-Headers（Authorization、Content-Type）。
    .prevention-1 = 永远不要把机密 API Key 放进前端代码，第三方 API 前面加一层轻量后端。

net-sdk-connection-error = SDK 无法连接到 API（Connection error.）
    .cause = SDK 的 HTTP 层在收到任何响应之前就失败了：DNS、拒绝连接、重置、代理或 TLS。「Connection error.」是 SDK 自己的包装文字，真正的原因在链式异常里（Python 的 __cause__，Node 的 err.cause）。
    .analysis-1 = 只有在没有收到任何 HTTP 响应时才会抛出 APIConnectionError，所以 API Key 和请求体都不是问题。抛出之前 SDK 已经重试过（默认 2 次）。
    .analysis-2 = 常见的真实原因：base_url 写错（主机或协议）、当前网络无法直连 API（需要代理）、有 TLS 解密代理，或本地服务没有运行。
    .fix-1 = 打印链式原因（Python：repr(e.__cause__)，或阅读 traceback 中「The above exception was the direct cause」上方的异常；Node：err.cause），然后按那个错误处理。
    .fix-2 = 检查 base_url / OPENAI_BASE_URL（或对应的环境变量）：协议、主机、端口和 /v1 路径；在同一台机器上用 curl -v 测试。
    .fix-3 = 如果当前网络需要代理，显式传入，例如 Python 中使用 http_client=httpx.Client(proxy="http://127.0.0.1:7890")，或设置 HTTPS_PROXY（Node 内置 fetch 还需要 NODE_USE_ENV_PROXY=1）。
    .prevention-1 = 完整记录链式异常，并保留 SDK 内置的重试（max_retries）来应对暂时性的连接错误。

net-ssl-eof = TLS 握手过程中连接被切断（SSL EOF）
    .cause = 连接在 TLS 交换中途被关闭：你和服务器之间的某个环节（防火墙、网络审查、VPN 或代理）把它掐断了，或者代理协议写错导致握手失败。
    .analysis-1 = 「EOF occurred in violation of protocol」/ SSLEOFError / UNEXPECTED_EOF_WHILE_READING 不是证书问题，只是对端或中间设备直接挂断了。
    .analysis-2 = 非常常见的本地原因：为明文 HTTP 代理（Clash、v2ray）把 HTTPS_PROXY 写成了 https://127.0.0.1:端口；urllib3 会尝试与代理建立 TLS，握手随即失败。
    .fix-1 = 检查代理变量：本地或公司的 HTTP 代理在 HTTPS_PROXY 和 HTTP_PROXY 中都必须写成 http://host:port；不需要代理时取消这些变量。
    .fix-2 = 如果当前网络屏蔽了该 API，让客户端经由可用的代理或 VPN 访问；用 curl -v https://host/ 查看握手停在哪一步。
    .fix-3 = 偶发时带退避重试；如果 urllib3、requests、certifi 版本较旧，升级它们。
    .prevention-1 = 为每个应用显式配置代理，并按网络路径监控连接错误率。

net-network-unreachable = 网络不可达：本机没有到目标地址的路由
    .cause = 操作系统没有到目标地址的路由：机器断网、VPN 或网卡未启用，或者在没有 IPv6 的网络上尝试连接 IPv6 地址。
    .analysis-1 = ENETUNREACH、EHOSTUNREACH、「Network is unreachable」（[Errno 101]）和「No route to host」（[Errno 113]）在本地就失败了，数据包根本没到服务器。
    .analysis-2 = 在没有 IPv6 连通性的网络上，报错里出现 IPv6 地址是典型情况：域名优先解析到了 AAAA 记录。
    .fix-1 = 在同一台机器或容器中检查连通性和路由（ip route、ping 网关、curl -v 目标主机）。
    .fix-2 = 如果失败的是 IPv6 地址，改为 IPv4 优先：Node 中使用 dns.setDefaultResultOrder("ipv4first") 或 --dns-result-order=ipv4first；其他情况可在该网卡上禁用 IPv6 或修复 IPv6 路由。
    .fix-3 = 如果目标在专用网络中，连上 VPN，或添加允许访问的路由或安全组规则。
    .prevention-1 = 从客户端实际运行的位置监控网络链路，并让客户端在 IPv4 与 IPv6 之间自动回退（happy eyeballs）。

net-connect-failed = 无法连接到服务器
    .cause = 客户端无法与主机建立连接；输出里没有显示底层的系统错误（DNS、拒绝连接、不可达、超时）。
    .analysis-1 = HTTP 请求根本没有发出，因此与凭证和请求内容无关。详细原因通常在异常链的更深一层。
    .fix-1 = 在同一台机器或容器里用 curl -v 请求同一个 URL，它会显示失败发生在哪一步（解析、连接、TLS）。
    .fix-2 = 检查 base URL 的协议、主机和端口，检查代理变量（env | grep -i proxy），并确认服务在运行。
    .fix-3 = 打印链式异常（Python 的 __cause__、aiohttp 的 os_error、Node 的 err.cause）拿到确切的错误码。
    .prevention-1 = 完整记录嵌套异常，并在启动时做一次连通性检查。

net-connect-timeout = 连接超时：在规定时间内无法连上服务器
    .cause = TCP（或代理）连接始终没有建立：发往该主机的数据包被防火墙丢弃、线路被封锁或极慢、IP 不对，或者需要代理却没有配置。
    .analysis-1 = 连接超时发生在发送请求之前，服务器根本没看到请求。ConnectTimeout、UND_ERR_CONNECT_TIMEOUT（undici 默认 10 秒）、connect ETIMEDOUT、Go 的「dial tcp … i/o timeout」以及 Java 的「connect timed out」都属于这种情况。
    .analysis-2 = 如果某个知名 API 在一个网络下总是连接超时、换个网络就正常，说明这个网络屏蔽了它（地区限制、公司出口策略），解决办法是走代理。
    .fix-1 = 在同一台机器或容器中测试线路：curl -v --connect-timeout 10 https://host/；检查出站防火墙规则、安全组，以及域名解析出的 IP 是否正确。
    .fix-2 = 如果当前网络需要代理，在客户端中配置（HTTPS_PROXY；Node 内置 fetch 还需 NODE_USE_ENV_PROXY=1；或通过 SDK 的 http_client 设置代理），并设置合理的连接超时。
    .fix-3 = 如果只是网络慢或不稳定，带退避重试；在数据包被丢弃的情况下，把连接超时调到 30 秒以上通常无济于事。
    .prevention-1 = 连接超时设短、读超时单独设长，带退避重试，并从部署所在网络监控可达性。

net-read-timeout = 读取超时：服务器接受了请求，但响应太慢
    .cause = 连接已建立、请求已发出，但在客户端的读超时内没有收到数据：服务器太慢（长文本生成或重查询）、过载，或代理把响应缓冲住了。
    .analysis-1 = 读超时衡量的是两次收到数据之间的间隔，而不是总耗时。不开流式时，大模型要把整段回答生成完才发送数据，长输出很容易超过较短的读超时。
    .analysis-2 = 服务器可能仍会把工作做完；重试非幂等请求可能导致重复执行。
    .fix-1 = 把读超时调到能覆盖最慢的预期响应（requests：timeout=(10, 600)；httpx：httpx.Timeout(600, connect=10)；Java：setReadTimeout）。
    .fix-2 = 使用流式响应，让数据持续到达，读超时计时器不断被重置。
    .fix-3 = 减少单次请求的工作量（调低 max_tokens、缩小批次），长任务改用服务的异步或批处理 API。
    .prevention-1 = 按接口有意识地设置超时，长输出使用流式，只有在重复执行无害时才对超时做退避重试。

net-timeout-generic = 请求超时
    .cause = 操作没有在客户端的时限内完成；输出里看不出是连接阶段还是等待响应阶段耗时过长。
    .analysis-1 = 不知道是哪个阶段，就无法判断是网络链路被拦（连接）还是服务器太慢（读取）。两种情况在处理好原因后都可以重试。
    .fix-1 = 找出耗时阶段：对同一个 URL 执行 curl -v -o /dev/null，并用 -w 输出 time_connect、time_appconnect 和 time_starttransfer 变量，就能看出时间花在连接、TLS 还是等待首字节上。
    .fix-2 = 在客户端显式设置超时：连接超时设短（10 到 30 秒），读超时或总超时设得足以覆盖最慢的预期响应；长响应使用流式。
    .fix-3 = 使用带抖动的指数退避重试；如果每次都在连接阶段超时，应当修复网络线路或代理。
    .prevention-1 = 显式配置超时而不是依赖库的默认值，并在日志中记录是哪个阶段超时。

net-undici-headers-timeout = Node fetch 放弃等待响应（undici 响应头 / 响应体超时）
    .cause = Node 内置的 fetch（undici）最多等待 300 秒接收响应头（headersTimeout），响应体两个数据块之间也最多等待 300 秒（bodyTimeout）；服务器用时更长，典型情况是不开流式的长文本生成。
    .analysis-1 = UND_ERR_HEADERS_TIMEOUT / HeadersTimeoutError 表示没有按时收到响应头；UND_ERR_BODY_TIMEOUT / BodyTimeoutError 表示响应体中途停滞。你自己设置的更长的 AbortSignal 超时无法覆盖 dispatcher 的这两个限制。
    .fix-1 = 使用流式响应（stream: true），响应头会立即返回，后续数据块也会不断重置响应体计时器。
    .fix-2 = 在 dispatcher 上调大限制：安装 undici，把 headersTimeout 和 bodyTimeout 设得更大的 Agent 传给 setGlobalDispatcher，取值要大于最长预期响应时间；也可以按请求单独传入 dispatcher。
    .fix-3 = 超过数分钟的任务，改用异步或批处理 API 并轮询。
    .prevention-1 = 长响应使用流式；调用慢速 API 的服务要显式配置 undici 的超时。

net-axios-timeout = axios 放弃了请求：「timeout of N ms exceeded」
    .cause = axios 的 timeout 选项（整个请求的总时长）在响应完成前就到期了：服务器太慢，或者连接没能及时建立。
    .analysis-1 = axios 用 ECONNABORTED 加「timeout of N ms exceeded」报告自身超时（设置 transitional.clarifyTimeoutError 后为 ETIMEDOUT）。消息里的 N 就是配置的上限。
    .fix-1 = 在 axios 实例或单次请求上调大 timeout（在 axios.create 或请求配置中写 timeout: 600000），或设为 0 表示不限时，再自行控制总时限。
    .fix-2 = 如果连很小的请求都超时，说明线路被封锁或很慢：先用 curl 测试，并配置代理（在 Node 中 axios 会读取 HTTPS_PROXY，也可设置 proxy / httpsAgent）。
    .fix-3 = 对于长文本生成，请求流式响应（responseType: "stream"），边收边处理数据块。
    .prevention-1 = 按接口设置超时，用 axios-retry 对超时做退避重试，并在每次失败时记录所配置的超时值。

net-go-client-timeout = Go HTTP 客户端超时（Client.Timeout 或 context deadline exceeded）
    .cause = http.Client 的 Timeout 或请求 context 的截止时间在完整收到响应（响应头或响应体）之前就到期了：上游太慢，或线路被封锁。
    .analysis-1 = 「Client.Timeout exceeded while awaiting headers」表示没有按时收到响应头；「while reading body」表示响应体太慢。http.Client.Timeout 覆盖整个交换过程，包括读取响应体。
    .fix-1 = 把 http.Client.Timeout（或 context 截止时间）调到大于最慢的预期响应，并用 Transport.ResponseHeaderTimeout 和 TLSHandshakeTimeout 做更细的控制。
    .fix-2 = 对于长时间的流式响应，不要设置很短的 Client.Timeout：改为按请求设置 context 截止时间，并增量读取流。
    .fix-3 = 如果慢在连接阶段，检查线路，并设置 Transport.Proxy = http.ProxyFromEnvironment，让 HTTPS_PROXY 生效。
    .prevention-1 = 始终为 http.Client 显式设置超时（默认不超时），并在每次调用中传递带截止时间的 context。

net-dotnet-httpclient-timeout = .NET HttpClient 超时（HttpClient.Timeout 已到）
    .cause = 请求耗时超过了 HttpClient.Timeout（默认 100 秒），HttpClient 取消了请求，抛出 TaskCanceledException，内层为 TimeoutException。
    .analysis-1 = 这是客户端的时限，服务器可能还在处理请求。大模型的长文本生成很容易超过 100 秒的默认值。
    .fix-1 = 在发出第一个请求之前，把 HttpClient.Timeout 设为更大的 TimeSpan（或设为 Timeout.InfiniteTimeSpan，再配合按请求的 CancellationToken）。
    .fix-2 = 使用流式读取响应（HttpCompletionOption.ResponseHeadersRead 后读取流），不必等待整个响应体。
    .fix-3 = 如果慢在连接阶段，设置 SocketsHttpHandler.ConnectTimeout，并检查网络线路或代理（HttpClient.DefaultProxy 会读取 HTTPS_PROXY）。
    .prevention-1 = 通过 IHttpClientFactory 创建 HttpClient，为每个客户端设置超时和重试策略（Polly / Microsoft.Extensions.Http.Resilience）。

net-curl-timeout = curl 超时（退出码 28）
    .cause = curl 的 --max-time 或 --connect-timeout 到期，或系统的 TCP 连接超时到期：服务器响应太慢，或者根本连不上。
    .analysis-1 = 「Operation timed out after N milliseconds with 0 bytes received」表示连接已建立但迟迟没有数据返回；「Connection timed out」/「Failed to connect … Timed out」表示连接本身就没有建立。
    .fix-1 = 设置与调用相匹配的时限：--connect-timeout 15 --max-time 900，并加 -N 实时查看流式输出。
    .fix-2 = 如果连接超时，检查线路：DNS（dig）、防火墙或安全组的出站规则，以及当前网络是否需要代理（-x http://proxy:port 或 HTTPS_PROXY）。
    .fix-3 = 如果是响应慢，向 API 请求流式输出，或减少单次请求的工作量。
    .prevention-1 = 脚本中始终带上 --connect-timeout 和 --max-time，只对幂等调用使用 --retry 3 --retry-all-errors。

net-sdk-request-timeout = SDK 放弃等待（Request timed out.）
    .cause = SDK 的超时在收到响应之前到期。这是 SDK 的包装文字：请求已发出（或已尝试连接），但即使经过 SDK 自身的重试也没有按时完成。
    .analysis-1 = APITimeoutError（Python）/ APIConnectionTimeoutError（Node）在达到配置的超时（OpenAI 和 Anthropic SDK 默认 10 分钟）并用完自动重试（默认 2 次）后抛出。
    .analysis-2 = 如果你调低过超时，长文本生成就会超过它；如果没有调过，多半是到 API 的线路被封锁或服务极慢，链式错误（ConnectTimeout 还是 ReadTimeout）可以区分这两种情况。
    .fix-1 = 设置与工作量相符的超时（在客户端上设 timeout=，或对单次调用用 with_options(timeout=...)），长输出使用流式（stream=True）。
    .fix-2 = 如果在连接阶段很快失败，修复网络路径：配置代理（通过带 proxy=... 的 http_client 或 HTTPS_PROXY），或检查 base URL。
    .fix-3 = 对本身就很慢的调用，减少最大 token 数或输入规模，或使用服务商的批处理 API。
    .prevention-1 = 显式配置 timeout 和 max_retries，长文本生成使用流式，并记录链式异常。

net-nginx-upstream-timeout = nginx：等待后端时上游超时
    .cause = nginx 等待上游（你的 API 服务或模型服务）发送响应头或数据的时间超过了 proxy_read_timeout（默认 60 秒），随后以 504 结束请求。
    .analysis-1 = 这条错误日志来自代理端：后端太慢或卡死，而 nginx 的超时短于后端的处理时间。客户端看到的是 504 Gateway Time-out。
    .analysis-2 = 「while reading response header from upstream」表示后端连响应都还没开始发送，这正是不开流式的大模型生成的典型表现。
    .fix-1 = 在代理该后端的 location 中调大 proxy_read_timeout（以及 proxy_send_timeout），例如 900s，然后重新加载 nginx；FastCGI 或 uwsgi 后端对应 fastcgi_read_timeout 或 uwsgi_read_timeout。
    .fix-2 = 对流式（text/event-stream）响应关闭 proxy_buffering，并让客户端请求流式输出，使数据在超时前就开始流动。
    .fix-3 = 到后端自己的日志里查明它为什么慢（排队、GPU 饱和、worker 卡死）。
    .prevention-1 = 代理超时大于后端 worker 超时，长响应使用流式，并对上游超时次数告警。

net-nginx-upstream-failed = nginx 无法从上游服务器拿到响应
    .cause = nginx 连不上后端（connection refused、no live upstreams），或者后端在返回响应前关闭了连接；客户端看到的是 502 Bad Gateway。
    .analysis-1 = 「connect() failed (111: Connection refused) while connecting to upstream」表示 proxy_pass 指向的地址上没有程序监听；「upstream prematurely closed connection」表示后端接收了请求后挂掉或主动关闭（崩溃、内存耗尽、worker 超时）。
    .fix-1 = 确认后端进程在运行，并监听在 proxy_pass 或 upstream 块中指定的 host:port 上（Docker 中要用服务名，而不是 127.0.0.1）。
    .fix-2 = 对于提前关闭，查看后端在那一刻的日志：worker 超时（gunicorn --timeout）、被 OOM 杀掉（dmesg），或特定输入导致的崩溃。
    .fix-3 = 如果上游返回的响应头很大，调大 proxy_buffer_size 和 proxy_buffers。
    .prevention-1 = 为上游配置健康检查，失败的后端自动重启，并让后端 worker 超时长于代理超时。

net-tls-handshake-timeout = TLS 握手超时
    .cause = TCP 连接已建立，但 TLS 握手没能按时完成：有过滤设备或代理在拖住它、网络丢包严重，或服务器过载。
    .analysis-1 = Go 的「net/http: TLS handshake timeout」（默认 10 秒）和 Python 的「The handshake operation timed out」都是在 TCP 连上之后触发的，说明主机可达，但 TLS 过不去。
    .fix-1 = 在同一台机器上执行 curl -v https://host/；如果停在「Client hello」之后，说明这条线路在过滤到该主机的 TLS，请通过代理或 VPN 访问。
    .fix-2 = 偶发时带退避重试；如果网络慢但可用，在 Go 中调大 Transport.TLSHandshakeTimeout。
    .fix-3 = 在 VPN 环境下使用 Docker 时，调低 MTU（例如在 /etc/docker/daemon.json 中设为 1400）往往能解决因证书报文较大而卡住的握手。
    .prevention-1 = 从部署所在网络监控握手延迟，并为受限网络准备可用的代理线路。

tls-verify-failed = TLS 证书校验失败
    .cause = 客户端不接受服务器的证书；具体原因写在「certificate verify failed」或「SSL certificate problem」后面。
    .analysis-1 = 证书校验保护着传输中的 API Key 和数据。修复方法取决于原因：签发者不受信任、自签名、已过期、域名不匹配、已吊销，或无法获取 CRL。
    .fix-1 = 查看服务器出示的证书：openssl s_client -connect host:443 -servername host -showcerts，把签发者与客户端信任的 CA 做对比。
    .fix-2 = 如果公司代理或杀毒软件在解密 TLS，把它的根 CA 加入客户端的信任库（Python 用 SSL_CERT_FILE / REQUESTS_CA_BUNDLE，Node 用 NODE_EXTRA_CA_CERTS，curl 用 --cacert，Java 用 keytool）。
    .fix-3 = 更新 CA 证书包（pip install --upgrade certifi；update-ca-certificates）并检查系统时间。除了一次性的本地测试，不要关闭校验（verify=False、-k、NODE_TLS_REJECT_UNAUTHORIZED=0）。
    .prevention-1 = 随应用分发最新的 CA 证书包，并通过配置管理统一下发公司根证书。

tls-local-issuer-missing = TLS：服务器证书的签发者不在本地信任库中（unable to get local issuer certificate）
    .cause = 客户端找不到签发服务器证书的 CA：通常是公司代理或杀毒软件用自己的根 CA 重新签发了 TLS 流量，而你的 Python、Node 或 curl 不信任这个根 CA；也可能是客户端的 CA 证书包缺失或过旧。
    .analysis-1 = UNABLE_TO_GET_ISSUER_CERT_LOCALLY、「unable to get local issuer certificate」和 curl (60) 表示无法用本地信任库补全证书链。浏览器往往正常，因为它用的是系统信任库，而 Python（certifi）和 Node 用的是各自的证书包。
    .analysis-2 = 在 macOS 上，如果从 python.org 安装 Python 后没有运行「Install Certificates.command」，Python 根本没有可用的 CA 证书包。
    .fix-1 = 让客户端信任正确的 CA：Python 用 truststore（系统信任库），或让 SSL_CERT_FILE / REQUESTS_CA_BUNDLE 指向一个包含 certifi 根证书和代理根 CA 的 PEM 文件；Node 设置 NODE_EXTRA_CA_CERTS=/path/root-ca.pem（Node 23.8+ 也可用 --use-system-ca）；curl 用 --cacert。
    .fix-2 = 更新 CA 证书包：pip install --upgrade certifi；macOS 上运行「应用程序」中 Python 文件夹里的「Install Certificates.command」；Linux 上安装 ca-certificates 并执行 update-ca-certificates。
    .fix-3 = 向 IT 部门索取根 CA，或从 openssl s_client -showcerts 的输出中导出（证书链中的最后一张）。生产环境不要使用 verify=False 或 NODE_TLS_REJECT_UNAUTHORIZED=0，否则会暴露你的 API Key。
    .prevention-1 = 把公司根 CA 分发到开发机和镜像中，并在基础镜像或服务定义里设置好 CA 相关的环境变量。

tls-incomplete-chain = TLS：服务器发送的证书链不完整（unable to verify the first certificate）
    .cause = 服务器只出示了叶子证书，没有附带中间 CA 证书；不会自动补全中间证书的客户端（Node、Python、curl）因此无法构建到受信根证书的链。
    .analysis-1 = UNABLE_TO_VERIFY_LEAF_SIGNATURE /「unable to verify the first certificate」是服务器配置错误。浏览器往往察觉不到，因为它们会缓存或下载中间证书。
    .fix-1 = 如果服务器是你维护的，配置完整证书链：nginx 的 ssl_certificate 要指向 fullchain.pem（叶子证书加中间证书），而不是 cert.pem；用 openssl s_client -showcerts 验证。
    .fix-2 = 如果服务器不归你管，把缺失的中间 CA 加入客户端信任（Node 用 NODE_EXTRA_CA_CERTS，Python 用 SSL_CERT_FILE 指向的证书包，curl 用 --cacert），并通知服务器运维方。
    .prevention-1 = 部署新证书前用 openssl s_client 或 SSL 检测工具验证，并让自动续期输出完整证书链。

tls-self-signed = TLS：自签名证书（代理或服务器使用了私有 CA）
    .cause = 证书链终止于一个客户端不信任的自签名根证书：要么是公司代理、VPN 或杀毒软件在检查 HTTPS 流量（self-signed certificate in certificate chain），要么服务器本身用的就是自签名证书（DEPTH_ZERO_SELF_SIGNED_CERT）。
    .analysis-1 = 访问公共 API 域名时出现 SELF_SIGNED_CERT_IN_CHAIN，几乎可以断定你的网络在做 TLS 解密：你看到的证书是贵公司的检查 CA 签发的，而不是公共 CA。
    .analysis-2 = 叶子证书自签名（DEPTH_ZERO）常见于内部网关、开发服务器和自建模型服务。
    .fix-1 = 显式信任该 CA：导出根证书（openssl s_client -showcerts，或向 IT 索取）并加入信任：Node 用 NODE_EXTRA_CA_CERTS，Python 用 SSL_CERT_FILE / REQUESTS_CA_BUNDLE（certifi 证书包加上该根证书）或 truststore，curl 用 --cacert，Java 用 keytool。
    .fix-2 = 对于你自己的内部服务器，改用内部 CA（或通过 ACME 申请公共证书）签发的证书，而不是裸的自签名证书，并分发该 CA。
    .fix-3 = 除本地测试外不要关闭校验（verify=False、rejectUnauthorized: false、NODE_TLS_REJECT_UNAUTHORIZED=0）：否则任何中间人都能读到你的 API Key。
    .prevention-1 = 把公司根 CA 预置到基础镜像和开发环境中，并为每种运行时记录所需的信任配置变量。

tls-cert-expired = TLS：证书已过期（或本机时间不对）
    .cause = 证书链中某张证书不在有效期内：服务器证书确实过期了（续期失败）、你的 CA 证书包里某个旧的根证书或中间证书过期了，或者本机时钟不对。
    .analysis-1 = CERT_HAS_EXPIRED /「certificate has expired」/ Go 的「certificate has expired or is not yet valid」都是拿证书日期和本地时钟比较，所以时钟错误（挂起后恢复的虚拟机或容器、没有 NTP 的设备）和证书过期看起来一模一样。
    .analysis-2 = 如果只有旧系统失败而浏览器正常，说明过时的 CA 证书包仍在通过一个已过期的根证书做校验（2021 年 Let's Encrypt 的 DST Root CA X3 就是这样）。
    .fix-1 = 检查时钟（date -u）和证书日期（openssl s_client … | openssl x509 -noout -dates）；时钟不准就用 NTP 校正。
    .fix-2 = 如果服务器证书过期且服务器归你管，续期证书（certbot renew 或你的证书管理工具）并重新加载服务；否则通知运维方。
    .fix-3 = 如果服务器没有问题，更新你的 CA 证书包（pip install --upgrade certifi；apt-get install --only-upgrade ca-certificates；升级 Node 或 Java 运行时）。
    .prevention-1 = 自动续期证书并监控到期时间，保持 NTP 开启，并随常规依赖更新一起更新 CA 证书包。

tls-hostname-mismatch = TLS：证书对该主机名无效
    .cause = 服务器证书中没有列出你所连接的主机名（或 IP）：URL 里的主机写错、直接用 IP 连接、CNAME 指向了使用自己证书的 CDN 或负载均衡，或者有代理冒充了该主机。
    .analysis-1 = Hostname mismatch、ERR_TLS_CERT_ALTNAME_INVALID、Go 的「certificate is valid for X, not Y」和 curl 的「no alternative certificate subject name matches」都是在比对 URL 中的主机名与证书的 Subject Alternative Name；证书本身对其他名称可能完全有效。
    .fix-1 = 使用证书签发时对应的确切主机名（即服务文档中给出的那个），不要用 IP 地址或别名。
    .fix-2 = 如果服务器归你管，签发包含该名称（作为 SAN）的证书，或配置 SNI，使该主机名能拿到正确的证书。
    .fix-3 = 如果是公司代理或认证门户在冒充该主机，正确配置代理或换个网络连接。不要关闭主机名校验。
    .prevention-1 = 保持 DNS 名称与证书 SAN 同步，并为每个对外域名监控证书。

tls-java-pkix = Java：PKIX path building failed（JVM 不信任服务器的 CA）
    .cause = JVM 的信任库（运行该应用的 JDK 的 cacerts）里没有能作为服务器证书链锚点的 CA：公司的 TLS 解密代理、私有 CA，或 JDK 信任库过旧。
    .analysis-1 = 带有「PKIX path building failed … unable to find valid certification path to requested target」的 SSLHandshakeException 来自证书校验，而不是网络问题。Java 默认不使用操作系统的信任库。
    .fix-1 = 把根 CA 导入运行该应用的 JDK 的信任库：keytool -importcert -trustcacerts -alias corp-root -file root-ca.pem -cacerts -storepass changeit（Java 9 及以上；Java 8 没有 -cacerts，改用 -keystore $JAVA_HOME/jre/lib/security/cacerts；用 java -XshowSettings:properties 确认是哪一个 JDK）。
    .fix-2 = 或者单独维护一个信任库，用 -Djavax.net.ssl.trustStore=/path/truststore.jks 和 -Djavax.net.ssl.trustStorePassword 让 JVM 使用它。
    .fix-3 = 如果问题在服务器证书链（缺少中间证书、自签名），就在服务器端修复；旧版 JDK 要升级以获得最新的根证书。不要安装「信任一切」的 TrustManager。
    .prevention-1 = 把公司根 CA 预置到基础镜像的 JDK 中，每次升级 JDK 后重新导入。

tls-go-unknown-authority = Go：x509: certificate signed by unknown authority
    .cause = Go 在系统证书池里找不到签发服务器证书的 CA：容器镜像里没有 CA 证书包（scratch、distroless/static、未安装 ca-certificates 的精简镜像），或者证书是公司代理或私有 CA 签发的。
    .analysis-1 = Go 读取系统的 CA 文件（Linux 上例如 /etc/ssl/certs/ca-certificates.crt）；文件缺失时，所有 HTTPS 调用都会报这个错，即使访问的是公共 API。
    .analysis-2 = 如果消息中点名了一个意料之外的签发机构（检查用 CA），说明链路上有 TLS 解密代理。
    .fix-1 = 在镜像中安装 CA 证书（apk add ca-certificates、apt-get install ca-certificates），或把 /etc/ssl/certs/ca-certificates.crt 复制进 scratch 镜像。
    .fix-2 = 对于私有 CA 或代理 CA，把它加入系统信任库（复制到 /usr/local/share/ca-certificates 后执行 update-ca-certificates），或让 SSL_CERT_FILE / SSL_CERT_DIR 指向包含它的证书包。
    .fix-3 = 生产环境不要设置 InsecureSkipVerify: true；如果必须在代码里处理，把该 CA 加载到 tls.Config.RootCAs 中。
    .prevention-1 = 使用自带 ca-certificates 的基础镜像构建，并在基础镜像中加入公司 CA。

tls-rustls-unknown-issuer = Rust（rustls）：服务器证书的签发 CA 不受客户端信任
    .cause = rustls 用自己的根证书库校验服务器证书链，没有找到受信任的根（UnknownIssuer）：证书由 TLS 解密代理、私有或企业 CA，或自建端点签发。使用 reqwest 的 rustls-tls 特性时，根证书是编译进程序的 Mozilla 列表（webpki-roots），你装进操作系统的 CA 根本不会被使用。
    .translation = "invalid peer certificate: UnknownIssuer" / InvalidCertificate(UnknownIssuer)：该客户端不认识证书的签发者。
    .analysis-1 = 这是 rustls 的措辞，reqwest、hyper-rustls、ureq、tonic 以及基于它们的 Rust SDK 都会这样报；同一台机器上的 curl 或浏览器可能正常，因为它们读取的是系统证书库。
    .analysis-2 = 重试没有用：每次出示的都是同一条证书链。
    .fix-1 = 让客户端信任系统证书库：用 rustls-tls-native-roots 特性（或 native-tls）构建 reqwest，再把代理 / 私有根 CA 加入系统证书库（update-ca-certificates），或把 SSL_CERT_FILE 指向包含它的证书包。
    .fix-2 = 或者在代码里只信任这一个 CA：reqwest 用 ClientBuilder::add_root_certificate(reqwest::Certificate::from_pem(...))，rustls 的 ClientConfig 用加入了该 CA 的 RootCertStore。
    .fix-3 = 如果端点是你自己的，提供来自公共 CA（例如 Let's Encrypt）的完整证书链，这样就不需要额外的根证书；不要在发布的程序里使用 danger_accept_invalid_certs(true)。
    .prevention-1 = 事先确定使用哪种根证书库（webpki-roots、系统根证书或 rustls-platform-verifier），并为用户写明如何添加企业 CA。

tls-dotnet-ssl-failed = .NET：无法建立 SSL 连接
    .cause = HttpClient 的 TLS 握手失败；内层异常会说明原因，最常见的是证书链不受信任或自签名（UntrustedRoot、PartialChain）、主机名不匹配，或 TLS 版本 / 加密套件不兼容。
    .analysis-1 = 「The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot」表示签发根证书不在操作系统信任库中（.NET 在 Windows 上用 Windows 证书存储，在 Linux 上用 OpenSSL 的证书存储）。
    .fix-1 = 阅读内层异常：若是 UntrustedRoot 或 PartialChain，把 CA 安装到系统信任库（Windows：certlm.msc 中的「受信任的根证书颁发机构」；Linux：复制到 /usr/local/share/ca-certificates 后执行 update-ca-certificates）。
    .fix-2 = 如果服务器证书链不完整或为自签名，在服务器端修复，或者通过 ServerCertificateCustomValidationCallback 只针对该特定 CA 校验证书链。
    .fix-3 = 如果是协议错误，确保双方都允许 TLS 1.2 或 1.3，并升级旧的 .NET Framework 目标（设置 SslProtocols 或使用 .NET 6+）。
    .prevention-1 = 在容器镜像和主机上预置公司根 CA，绝不要发布对所有证书都返回 true 的回调。

tls-wrong-version-number = TLS 握手收到了明文 HTTP（wrong version number）：https:// 发到了非 TLS 端口
    .cause = 客户端发起了 TLS，对端却用明文 HTTP 应答：URL 写的是 https://，而该端口提供的是 http（本地模型服务、开发服务器）；或者代理 URL 写成了 https://，而代理只支持 HTTP。
    .analysis-1 = 「[SSL: WRONG_VERSION_NUMBER] wrong version number」、EPROTO、Go 的「server gave HTTP response to HTTPS client」以及带 wrong version number 的 curl (35)，都表示返回的头几个字节不是 TLS 记录。
    .analysis-2 = 最常见的情形：为本地 HTTP 代理（Clash、v2ray、公司中转）设置了 HTTPS_PROXY=https://127.0.0.1:7890，而它必须写成 http://。
    .fix-1 = 对没有 TLS 的服务，base URL 使用 http://（http://localhost:8000/v1），或者改用真正提供 TLS 的端口。
    .fix-2 = 代理 URL 使用 http://（HTTPS_PROXY=http://127.0.0.1:7890），除非代理自己确实终止 TLS。
    .fix-3 = 如果该端口本应由反向代理终止 TLS，在其 listen 指令上启用 ssl（listen 443 ssl）。
    .prevention-1 = 协议和端口放在同一个配置值里，新接口先用 curl -v 测试。

tls-handshake-failure = TLS 握手失败
    .cause = 客户端和服务器无法协商出安全连接：没有共同的 TLS 版本或加密套件、缺少 SNI、服务器要求客户端证书，或者中间设备（防火墙、代理、过滤器）中止了握手。
    .analysis-1 = curl (35) SSL_ERROR_SYSCALL 通常表示握手中途连接被掐断（多为过滤设备或代理）；「alert handshake failure」或「protocol version」表示服务器拒绝了客户端提供的版本或加密套件。
    .analysis-2 = 老旧的运行时（不支持 TLS 1.3 的 Java 8、旧版 OpenSSL、.NET Framework 默认配置）在连接要求 TLS 1.2+ 与现代加密套件的服务器时会失败。
    .fix-1 = 对比测试：openssl s_client -connect host:443 -servername host -tls1_2（再试 -tls1_3）；如果在这个网络下都连不上、换个网络却可以，说明有中间设备拦截，请使用代理或 VPN。
    .fix-2 = 升级运行时或 TLS 库（OpenSSL、JDK、.NET），并确保发送了 SNI（URL 中用主机名而不是 IP）。
    .fix-3 = 如果服务器要求客户端证书（mTLS），在客户端配置它（curl --cert/--key、requests 的 cert=、Java keystore）。
    .prevention-1 = 保持运行时和 TLS 库为最新版本，并从每个部署网络测试握手。

tls-python-strict-ca = Python 3.13 拒绝了 CA 证书（严格 X.509 校验）
    .cause = Python 3.13 默认启用 VERIFY_X509_STRICT，而证书链中的某个 CA（通常是公司的 TLS 检查 CA 或旧的私有 CA）缺少现在必需的扩展：Basic Constraints 未标记为 critical，或缺少 Authority / Subject Key Identifier。
    .analysis-1 = 同一张证书在 Python 3.12 或浏览器中都正常；「Basic Constraints of CA cert not marked critical」和「Missing Authority Key Identifier」是 OpenSSL 在严格模式下的检查结果。
    .fix-1 = 让 CA 按 RFC 5280 规范重新签发（critical 的 basicConstraints CA:TRUE、authorityKeyIdentifier、subjectKeyIdentifier），这才是公司检查 CA 的根本解决办法。
    .fix-2 = 在此之前，只对这个客户端放宽严格标志：用你的 CA 证书包创建 ssl 上下文，从 verify_flags 中清除 ssl.VERIFY_X509_STRICT，再把它传给 httpx 或 requests。
    .fix-3 = 也可以暂时改用 Python 3.12；不要完全关闭证书校验。
    .prevention-1 = 上线前按 RFC 5280 的要求检查私有 CA 和检查 CA，并在公司网络中测试新版本的 Python。

net-nginx-body-too-large = nginx 拒绝了上传：请求体超过 client_max_body_size
    .cause = nginx 把请求的 Content-Length（或已收到的分块）与 client_max_body_size（默认 1 MB）比较，超出后直接返回 413 Request Entity Too Large，请求不会转给应用。
    .translation = "client intended to send too large body: N bytes"：客户端声明的请求体超过了允许的大小。
    .analysis-1 = 这一行来自 nginx 的错误日志；应用根本没有收到请求，所以还轮不到应用自己的限制。
    .fix-1 = 在接收上传的 http、server 或 location 块中调大 client_max_body_size（例如 50m），然后执行 nginx -t 并重新加载 nginx。
    .fix-2 = 如果前面是 Kubernetes 的 ingress-nginx 控制器，在 Ingress 上设置注解 nginx.ingress.kubernetes.io/proxy-body-size，而不是改 nginx.conf。
    .fix-3 = 如果这个限制是有意的，把大文件分片上传（multipart 或断点续传），或用预签名 URL 直接上传到对象存储。
    .prevention-1 = 让 client_max_body_size 与 API 接受的最大上传保持一致，并检查链路上的每一层代理（CDN、Ingress、nginx）。

net-envoy-no-healthy-upstream = Envoy 找不到该路由的健康后端
    .cause = Envoy 代理（或基于它的 Istio、Contour 等网关）在上游集群中没有找到健康的端点：后端 Pod 挂了、未就绪、健康检查失败，或者 Service 没有选中任何端点。
    .translation = "no healthy upstream"：没有健康的上游，Envoy 自己返回了 503，没有到达任何后端。
    .analysis-1 = 响应体是 Envoy 的本地回复（响应标志 UH）；应用从未收到这个请求。
    .fix-1 = 确认后端有就绪的端点：kubectl get endpoints 服务名 和 kubectl get pods；修复崩溃的 Pod 或失败的就绪探针。
    .fix-2 = 在 Envoy 管理页面 /clusters（或 istioctl proxy-config endpoints POD）中查看该路由的集群及其健康检查，确认 Service 的端口和选择器与 Pod 对得上。
    .fix-3 = 如果只在发布时出现，加上就绪探针，并使用 maxUnavailable 为 0 的滚动更新，让旧 Pod 一直服务到新 Pod 就绪。
    .prevention-1 = 对集群的健康主机数告警，网关后面至少运行两个副本。

net-envoy-upstream-reset = Envoy 没能从后端拿到响应：连接失败或被重置
    .cause = Envoy 代理连接后端时连接失败，或在收到任何响应头之前连接被关闭；reset reason 说明了是哪种情况（connection failure、connection termination、overflow、protocol error）。
    .translation = "upstream connect error or disconnect/reset before headers"：后端连接失败或在应答前断开时 Envoy 返回的 503。
    .analysis-1 = "connection failure" 加上 delayed connect error 111 表示目标端口上没有程序在监听；"connection termination" 表示后端关闭了连接，常见于 keep-alive 超时或进程崩溃。
    .analysis-2 = "protocol error" 通常是协议不一致：一侧是 HTTP/2 或 TLS，另一侧是明文 HTTP/1.1。
    .fix-1 = 确认后端在 Service 指向的端口上监听、Pod 在运行，并查看出错时刻后端自己的日志。
    .fix-2 = 对于 connection termination，让后端的空闲 keep-alive 超时长于 Envoy 的 idle_timeout，或为幂等调用配置遇到重置时重试（retry_on: reset, connect-failure）。
    .fix-3 = 对于协议错误，给 Service 端口按协议命名（http、http2、grpc）或设置 appProtocol，并检查 sidecar 之间的 mTLS 设置。
    .prevention-1 = 后端使用就绪探针和优雅停机，并在网格中为幂等路由设置重试策略。

net-envoy-upstream-timeout = Envoy 不再等待后端：达到了路由超时
    .cause = 后端没有在 Envoy 路由超时（默认 15 秒，或 Istio VirtualService 中设置的 timeout）内完成响应，于是 Envoy 自己返回了 504。
    .translation = "upstream request timeout"：上游请求超时，这是 Envoy 的本地 504 回复。
    .analysis-1 = 请求可能仍在后端运行，只是代理不再等待（响应标志 UT）。
    .fix-1 = 调大路由超时：Envoy 路由配置中的 timeout、Istio VirtualService 的 spec.http[].timeout，或所用网关（Contour、Emissary、Gloo）的超时策略。
    .fix-2 = 对于长时间生成，使用流式响应让数据在超时前开始传输，或者改成客户端轮询的异步任务。
    .prevention-1 = 代理超时要长于后端最慢的预期响应时间，并按路由对 504 数量告警。

net-haproxy-no-server = HAProxy 没有可用的后端服务器来处理请求
    .cause = HAProxy 后端中的所有服务器都处于宕机、维护或健康检查失败状态（或达到 maxconn 且队列已满），于是 HAProxy 返回了内置的 503 页面。
    .translation = "No server is available to handle this request"：没有服务器可以处理该请求，这是 HAProxy 默认的 503 页面。
    .analysis-1 = 这个页面是 HAProxy 自己的；后端应用并没有应答。
    .fix-1 = 在 HAProxy 统计页面，或通过运行时套接字执行 show servers state，查看后端服务器状态；恢复服务器或修复失败的健康检查。
    .fix-2 = 如果服务器是正常的，检查健康检查（option httpchk 的路径、端口、期望状态码）是否与应用实际返回的一致。
    .fix-3 = 在 OpenShift 路由上出现这个页面，表示路由对应的 Service 没有就绪的 Pod：检查 Pod 及其就绪探针。
    .prevention-1 = 每个后端运行多台服务器，对服务器变为 DOWN 告警，并让健康检查端点轻量可靠。

net-haproxy-gateway-timeout = HAProxy 不再等待后端服务器
    .cause = 后端服务器没有在 HAProxy 的 timeout server 内发出响应，于是 HAProxy 返回了内置的 504 页面。
    .translation = "504 Gateway Time-out. The server didn't respond in time."：服务器没有及时响应，这是 HAProxy 默认的 504 页面。
    .analysis-1 = 请求可能仍在后端运行，只是负载均衡器不再等待。
    .fix-1 = 在 defaults 或 backend 段中调大 timeout server（流式或 websocket 还要调 timeout tunnel），然后重新加载 HAProxy。
    .fix-2 = 对于长时间运行的请求，使用流式响应或改为异步操作，使其在超时内完成。
    .prevention-1 = 负载均衡器的超时要长于后端自身的请求超时，并对 504 比例告警。

api-invalid-request-type = API 认为请求不合法（invalid_request_error）
    .cause = 响应体的 type 是 invalid_request_error：某个参数缺失、拼错、超出范围或与其他参数冲突，或者消息不符合 API 的规则（比如角色必须交替）。message 会指出是哪个字段。
    .analysis-1 = 没有打印状态行，但这个 type 是 API 自己对格式错误请求的分类（Anthropic 和 OpenAI API 中对应 HTTP 400）。原样重发还是会同样失败。
    .fix-1 = 看 message：它会写明字段和限制（例如「max_tokens: 10000 > 4096」或「roles must alternate」）。改掉请求里的这个字段再发。
    .fix-2 = 对照该模型的 API 文档（https://docs.claude.com/en/api/messages 或 https://platform.openai.com/docs/api-reference）检查请求：最大输出 token 数等限制因模型而异。
    .prevention-1 = 发送前按模型的限制校验请求体，并记录每个错误响应的响应体。

api-insufficient-balance = 账户余额不足以完成这个请求
    .cause = 服务检查了该密钥所属账户的预付余额或点数，发现不足以执行本次请求。
    .analysis-1 = 无论服务返回的状态码是 401、402、403 还是 429，关于余额的消息都意味着计费停止：密钥本身有效，充值前重试不会有用。
    .fix-1 = 在该服务的计费或钱包页面充值（消息中常附有链接），或换用有余额账户的密钥。
    .fix-2 = 如果你使用的是网关或中转服务，余额指的是该网关控制台里的余额，而不是上游服务商的：在那里充值，或请管理员提高你的额度。
    .prevention-1 = 开启自动充值或余额不足提醒，并关注用量，避免任务中途被切断。

api-cn-key-invalid = 服务提示 API 密钥或 secret 无效
    .cause = 请求所带的 key、secret 或 access key 错误、已过期、已停用，或属于另一个环境。
    .analysis-1 = 消息明确说凭据无效（无效 / 有误 / 已停用）：请求本身被理解了，只是认证失败，原样重试没有用。
    .fix-1 = 从服务控制台（API 密钥或应用页面）重新复制 key 和 secret，检查是否带了空格、换行，或把 key 和 secret 填反了。
    .fix-2 = 如果密钥已停用或过期，在控制台启用或新建一个，并更新所有配置它的地方（环境变量、配置文件、密钥管理服务）。
    .prevention-1 = 从单一来源（环境变量或密钥管理服务）加载密钥，并在启动时用一个低成本的认证调用检查它。

api-cn-access-denied = 服务拒绝该账户访问这个 API
    .cause = 凭据已被接受，但该账户、密钥或应用不被允许调用这个 API：未开通、缺少权限，或当前套餐不包含它。
    .analysis-1 = 消息说的是不允许访问（不允许访问 / 无权访问 / 权限不足），这是权限问题，而不是密钥错误。
    .fix-1 = 在服务控制台为你的账户或应用开通或申请这个 API（或模型），并给密钥授予所需权限。
    .fix-2 = 确认调用所用的是拥有该权限的账户或子账户的密钥，并且接口地址属于你的套餐范围。
    .prevention-1 = 记录每个密钥被授权的 API，上线前用生产密钥测试新接口。

api-rate-limit-code = 服务表示你触发了速率限制
    .cause = 错误体中的 code 表明是速率限制（无论随附的 HTTP 状态码是什么）：当前时间窗内该 Key、账号或上游的请求数或 token 数过多。
    .translation = code（rate_limit、too_many_requests 等）表示请求被限流。
    .analysis-1 = 网关常以 500 或 400 转发上游的限流；判断原因要看 code 而不是状态码，时间窗重置后请求会再次成功。
    .fix-1 = 使用带抖动的指数退避重试，有 Retry-After 头时按其等待；降低并发请求数。
    .fix-2 = 如果请求量不大仍频繁出现，请服务或网关运营方提高限额，或换用有独立配额的 Key、渠道或模型。
    .prevention-1 = 在调用前加客户端限流（每分钟请求数和 token 数），把突发请求排队而不是一次发出。

api-no-access-to-model = 你的 Key 或组织无权使用该模型
    .cause = 凭据有效，但其背后的组织、项目或 Key 没有被授予所指的模型：模型处于受限或预览阶段、需要更高等级或认证，或被项目的模型白名单排除。
    .translation = "… does not have access to <model>"：该 Key 无法使用此模型。
    .analysis-1 = 同一个 Key 调其他模型正常，只有这个模型被拒绝，重试无用。
    .fix-1 = 使用 Key 可用的模型（GET /v1/models 可列出），或为项目开启该模型：OpenAI 在 Project settings > Limits > Model access；Anthropic 在 Console 的工作区与模型设置；网关则在 Key 的模型列表中。
    .fix-2 = 如果该模型需要更高用量等级、组织认证或预览申请，请在服务商控制台完成，或联系消息中提到的管理员。
    .prevention-1 = 把模型名放进配置并设置备用模型，启动时用一次低成本调用检查访问权限。

api-model-not-supported = 该服务在此处不提供这个模型
    .cause = 你发送的模型名不由该接口、渠道或账号提供：拼写错误、网关未配置该模型，或它只能通过另一种 API 调用（例如 Claude 格式或 Responses 接口）。
    .translation = "model … not supported"：该模型不能用于此请求。
    .analysis-1 = 请求结构没有问题，被拒绝的是模型名，原样重试结果相同。
    .fix-1 = 列出服务提供的模型（OpenAI 兼容服务用 GET /v1/models，或查看网关的模型页面），按列出的写法准确使用。
    .fix-2 = 如果同一服务的其他接口提供该模型，请通过对应接口调用，或请运营方为你的 Key 或分组开启。
    .prevention-1 = 从配置读取模型名，并在部署后把每个配置的模型测试一次。

api-model-does-not-exist = 该服务没有这个名称的模型
    .cause = 请求中指定的模型不在该服务、账户或端点提供的范围内：可能拼写错误、模型已下线、用了别家的模型名（把 OpenAI 的名称发给 Cohere），或模型需要先拉取、部署或启用。
    .translation = “model … does not exist / not found”：此请求无法使用这个名称的模型。
    .analysis-1 = 请求已到达服务并被正确解析，被拒绝的只是模型名，原样重试结果相同。
    .fix-1 = 查看服务提供的模型列表（OpenAI 兼容服务用 GET /v1/models，或服务商的模型页面、`ollama list`），并原样复制模型 ID，包括版本后缀。
    .fix-2 = 如果模型已下线，改用其指定的后继模型；如果需要先启用、部署或拉取（网关渠道、Azure 部署、`ollama pull`），请为该密钥或主机完成这一步。
    .prevention-1 = 从配置中读取模型 ID，启动时用模型列表接口校验一次，并关注服务商的弃用公告页面。

api-cn-input-too-long = 输入超过了模型或服务允许的长度
    .cause = 服务提示输入（提示词、对话历史、文档）过长：超过了模型的上下文窗口或服务允许的最大输入长度。
    .translation = 输入内容超长 / 输入长度超过 / 超过最大长度：输入太长，超出了最大长度。
    .analysis-1 = 这是长度限制，不是请求格式错误：同样的输入每次都会失败，原样重试没有用。
    .fix-1 = 缩短输入：删除或总结较早的对话轮次，长文档只发送相关部分；如果服务把 max_tokens 也计入同一上限，就调小它。
    .fix-2 = 或者换用上下文窗口更长的模型或版本（服务商的模型列表给出了各自的最大输入长度）。
    .prevention-1 = 发送前计算或估算 token 数，并把历史裁剪到明显低于模型上限的预算内。

api-cn-overloaded = 服务表示当前负载已满
    .cause = 服务器表示已达到容量上限（满载 / 繁忙）：此刻该模型或渠道的请求过多，不是你的请求有问题。
    .translation = 服务器已经满载 / 系统繁忙：服务器负载已满或繁忙，请稍后再试或更换模型。
    .analysis-1 = 随附的状态码（503、524、500）只说明拒绝是怎样传回的；服务自己的说法表明是容量问题，会自行缓解。
    .fix-1 = 稍等后用带抖动的指数退避重试，并减少并发请求。
    .fix-2 = 按消息建议换用其他模型或渠道，或避开高峰时段。
    .prevention-1 = 为过载类答复配置备用模型和重试策略，避免在整点集中发送请求。

api-cn-invalid-request = 服务认为请求无效而拒绝
    .cause = 服务表示请求无效（无效请求 / 请求参数错误）：缺少参数或格式错误、取值不对，或请求体与接口定义不符。
    .translation = 无效请求、请求参数错误：请求或其参数不符合接口要求。
    .analysis-1 = 凭据和服务都正常，被拒绝的是请求内容，必须修改后再重试。
    .fix-1 = 对照接口文档检查请求：必填字段、取值范围、JSON 类型和 Content-Type 头；记录实际发送的请求体。
    .fix-2 = 如果服务返回了错误码（err_code），在其错误码表中查找，通常会指出是哪个参数。
    .prevention-1 = 发送前校验参数，并在测试中保留一个可用的示例请求。

net-retries-exhausted-5xx = 服务器一直返回 5xx 错误，直到重试次数用完
    .cause = HTTP 客户端的重试策略（requests 和 pip 背后的 urllib3 Retry）在 5xx 状态上重试后放弃：服务器或其前面的代理出现故障。
    .translation = "too many 5xx error responses"：每次重试都得到服务器错误。
    .analysis-1 = 消息中的状态码是服务器的答复；不是你的请求导致的，最终的错误只是客户端放弃了。
    .fix-1 = 用浏览器或 curl -i 打开该 URL 查看服务器自己的错误页，并查看服务状态页；稍后再试。
    .fix-2 = 对私有包索引或镜像，检查其日志和磁盘空间，或用 --index-url 让 pip 改用其他索引。
    .prevention-1 = 使用带退避的重试策略（Retry(total=5, backoff_factor=1, status_forcelist=[502, 503, 504])），并为构建准备备用镜像。

api-request-validation-detail = 服务的请求校验拒绝了请求体或查询参数中的字段
    .cause = 服务用 pydantic 校验请求（FastAPI 及许多 Python API）：每一项用位置（loc）指出字段、用 type 指出违反的规则、用 msg 说明原因，例如缺少字段、类型错误、取值不在允许范围内或多余字段。
    .translation = 每条 msg 说明 loc 所指字段的问题（例如 "Field required"：缺少必填字段；"Extra inputs are not permitted"：不允许额外字段）。
    .analysis-1 = loc 中 body、query 或 path 之后的路径指向具体参数；请求没有进入服务逻辑，修正这些字段后重新发送即可。
    .fix-1 = 修正所列每个字段：补上缺少的字段，使用 msg 列出的允许值，删除 API 未定义的字段（extra_forbidden）。
    .fix-2 = 对照服务的 OpenAPI schema（FastAPI 在 /docs 和 /openapi.json 提供），或升级客户端 SDK，以免发送服务端已不接受的参数。
    .prevention-1 = 用服务的 OpenAPI schema 生成客户端，或在发送前用相同的模型校验请求数据。

api-invalid-request-message = 服务认为请求无效
    .cause = 服务解析了请求，并在 invalid request: 之后指出不允许的部分：某个取值、角色、字段组合，或该模型不支持的接口。
    .translation = “invalid request: ...”：请求无效，原因见后文。
    .analysis-1 = 冒号后的原因是服务自己给出的：原样重试还会失败。
    .fix-1 = 按该模型的 API 参考修改原因里提到的部分（字段、角色、接口），然后重新发送。
    .fix-2 = 记录实际发送的 JSON 请求体，逐字段与接口的参考示例对比。
    .prevention-1 = 在测试中按服务商的 schema 校验请求体，并固定与所调 API 版本相符的 SDK 版本。
api-json-body-rejected = 服务器无法把 JSON 请求体读成它期望的结构
    .cause = 请求体是合法 JSON，但某个字段类型不对或缺失：服务器的 JSON 解析器（axum 的 Json 拒绝）给出了字段路径、实际类型、期望类型以及出错的列号。
    .translation = “Failed to deserialize the JSON body into the target type: FIELD: invalid type: X, expected Y”：字段 FIELD 应为 Y，而不是 X。
    .analysis-1 = 第一个冒号前的路径（例如 response_format.type 或 messages[1].content）就是要改的字段；“expected variant identifier”表示应为固定列表中的字符串，“expected a string”表示应为普通字符串而不是对象。
    .analysis-2 = Failed to parse the request body as JSON 表示请求体根本不是 JSON：多余的逗号、未转义的换行，或以 Content-Type: application/json 发送了表单编码的内容。
    .fix-1 = 按 API 参考以正确类型发送消息中提到的字段（例如 response_format 的 type 应为字符串 json_object，而不是对象）。
    .fix-2 = 打印客户端实际发送的请求体（列号指向其中位置），用 JSON 校验工具检查。
    .prevention-1 = 用 SDK 的类型化模型构造请求体，而不是手写字典。
grpc-message-too-large = gRPC 消息超过了拒收一方的大小上限
    .cause = gRPC 对每条消息都有大小上限，接收默认 4 MiB（4194304 字节）。第一个数是消息大小，第二个是上限；调用以 RESOURCE_EXHAUSTED（代码 8）结束，这里与配额或限流无关。
    .translation = "Received message larger than max (N vs. M)"：收到 N 字节的消息，而只允许 M 字节；"Sent message larger than max"：发送方自己的发送上限拦下了它。
    .analysis-1 = 客户端报 "Received" 表示响应超过了客户端的接收上限；"Error received from peer" 表示是服务端的上限拒收了你发出的请求。"Sent" 或 "trying to send" 是发送方的发送上限。
    .analysis-2 = 改错一方的上限没有用：要改的是消息所指的那一方（客户端或服务端、接收或发送）。中间的网关（grpc-gateway、Envoy）有自己的 gRPC 客户端和自己的上限。
    .fix-1 = 在拒收的一方调高上限：通道选项 grpc.max_receive_message_length / grpc.max_send_message_length（Python、Ruby、Node、C++），调用选项 grpc.MaxCallRecvMsgSize / MaxCallSendMsgSize 或服务端的 grpc.MaxRecvMsgSize（Go），maxInboundMessageSize（Java），MaxReceiveMessageSize / MaxSendMessageSize（.NET）。
    .fix-2 = 比调大上限更好的做法：对结果分页（page_size 与 page_token 字段），或把 RPC 改成分块的服务端流，让单条消息不随数据量增长。
    .prevention-1 = 设计消息大小有界的 RPC：列表和大对象用流或分页，大文件放进对象存储并只传 URL。
git-http-push-too-large = Git 服务前面的 Web 服务器拒绝了推送：pack 超过了它的请求体上限（HTTP 413）
    .cause = 走智能 HTTP 时，一次推送就是把整个 pack 用一个 POST 发出；Git 服务前的反向代理或 Web 服务器（nginx client_max_body_size、Apache LimitRequestBody、IIS maxAllowedContentLength、CDN 的上传上限）在 Git 看到之前就拒收了超限的请求体。
    .translation = "RPC failed; HTTP 413"：服务器对 git 发送 pack 的 POST 返回 413 Payload Too Large（请求体过大）。
    .analysis-1 = git config http.postBuffer 不能解决 413：它只让 git 用带 Content-Length 的单个请求代替分块传输发送 pack（对 411 Length Required 或只支持 HTTP/1.0 的代理有用）；请求体大小不变，照样被拒。
    .analysis-2 = 随后的 "The remote end hung up unexpectedly" 是 POST 被拒的结果，不是网络故障。
    .fix-1 = 在服务器上调高 Git HTTP 端点的请求体上限：nginx client_max_body_size（0 表示不限），GitLab Omnibus 在 /etc/gitlab/gitlab.rb 中设置 nginx['client_max_body_size'] 后执行 gitlab-ctl reconfigure，Apache LimitRequestBody，IIS requestLimits maxAllowedContentLength。
    .fix-2 = 无法修改服务器时：改用 SSH 推送（SSH 没有 HTTP 请求体上限），或把历史分段推送（先推较早的提交），让每个 pack 都低于上限；经 Cloudflare 代理的主机在 Free 和 Pro 套餐下请求体上限为 100 MB。
    .fix-3 = 把大型二进制文件移出历史（git lfs migrate import），让 pack 保持较小。
    .prevention-1 = 不要把构建产物和大型二进制文件放进 Git（用 LFS 或制品库），并按最大的首次推送来设置代理的上限。
api-rate-limit-message = 服务表示已超出速率限制
    .cause = 在服务的时间窗口内，发送的请求数超过了该密钥、账户或 IP 的允许值；工具只打印了服务的消息，没有状态码或响应头。
    .analysis-1 = 速率限制会随时间恢复：暂停后同样的请求就能成功，这与计费或额度用尽不同。
    .fix-1 = 用带抖动的指数退避重试；响应带有 Retry-After 或 X-RateLimit-Reset 头时按它等待。
    .fix-2 = 把调用方的并发（并行 worker 数、批大小）降到套餐限额以下；已认证或付费的密钥通常限额更高。
    .prevention-1 = 在调用前加一个客户端限流器（令牌桶），按服务商公布的限额配置。

api-payload-too-large-wording = 上传的文件或请求体超过了服务允许的大小
    .cause = 服务检查了上传内容（文件、图片、音频、附件）或整个请求体的大小，发现超过了其大小上限，并用自己的措辞说明了这一点；上限通常写在消息里（例如 max file size is 100MB）。
    .translation = “… too large / exceeds the maximum allowed size / size exceeds the limit”：文件或请求超过了服务接受的大小。
    .analysis-1 = 这是以字节计的大小限制，而不是 token 或上下文长度限制：无论模型或速率限制如何，同样的内容每次重试都会失败。
    .analysis-2 = Base64 编码会让内联文件比磁盘上大约三分之一，multipart 或 JSON 包装还会再增加一些，所以略低于文档上限的文件也可能被拒绝。
    .fix-1 = 让文件低于消息中给出的上限：压缩或缩小图片和音频，把大文档或数据集拆成多次上传，或去掉服务不需要的内容。
    .fix-2 = 用服务为大内容提供的方式发送：文件上传或 multipart 接口、可续传或分块上传，或者提供让服务自行下载的 URL，而不是内联在 JSON 请求体中。
    .fix-3 = 如果是你自己的代理或网关的限制（nginx 的 client_max_body_size、API 网关的负载大小限制），在那里调高上限。
    .prevention-1 = 上传前在客户端按服务文档中的上限检查大小，在发送请求之前就把超大文件的问题告诉用户。
