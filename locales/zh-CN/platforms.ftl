## 云平台、开发者服务与包仓库：
## AWS、Google Cloud、GitHub、GitLab、Stripe、Twilio、Slack、Discord、Kubernetes、
## 容器镜像仓库、npm、PyPI 和 Cloudflare。

## AWS

aws-iam-not-authorized = AWS IAM 拒绝了这次调用：该身份无权对此资源执行此操作
    .cause = 报错里给出的身份（用户或所扮演角色的 ARN）没有针对该资源执行该操作的 Allow，或者有显式 Deny 生效：可能来自身份策略、服务控制策略（SCP）、权限边界、会话策略，或者资源自身的策略。
    .analysis-1 = 带有 "is not authorized to perform: 服务:操作 on resource: arn" 的 AccessDenied / AccessDeniedException 是授权失败，不是凭证问题：AWS 已经清楚地知道是谁在调用。重试没有用。
    .analysis-2 = 消息结尾会说明是哪类策略拦下的："because no identity-based policy allows"（给角色或用户加 Allow）、"with an explicit deny in a service control policy"（找组织管理员）、"in a permissions boundary"，或 "because no resource-based policy allows"（存储桶、KMS 密钥或 Secret 的资源策略）。
    .fix-1 = 先确认调用者确实是你以为的那个身份（aws sts get-caller-identity）：选错了 profile、残留的 AWS_ACCESS_KEY_ID、用错了实例或任务角色是最常见的原因。然后用 IAM 策略模拟器（aws iam simulate-principal-policy 或 https://policysim.aws.amazon.com/）测试这个操作和资源。
    .fix-2 = 在 IAM 控制台（https://console.aws.amazon.com/iam/ > 角色 > 目标角色 > 添加权限 > 创建内联策略）给该角色或用户加上缺少的操作，并把 Resource 限定为报错中的 ARN。
    .fix-3 = 跨账户调用（sts:AssumeRole、S3、KMS、Secrets Manager）需要两边都放行：调用方的身份策略，以及目标方的信任策略或资源策略。SCP 或权限边界里的 Deny 只能由其所有者解除。
    .prevention-1 = 用基础设施即代码（Terraform、CDK、CloudFormation）管理最小权限策略，并在 CI 中用 IAM Access Analyzer 做策略校验。
    .prevention-2 = 程序启动时记录 get-caller-identity 返回的 ARN，让"当前用的是哪个身份"不再靠猜。

aws-access-denied = AWS 返回 AccessDenied：请求被策略、ACL 或加密设置拒绝
    .cause = 对 S3 来说，简单的 "Access Denied" 把原因藏起来了：可能是存储桶策略里的 Deny、该身份缺少 s3:GetObject/PutObject、对象所有权或 ACL、S3 阻止公有访问，或者没有加密该对象的 KMS 密钥的权限。调用者没有 s3:ListBucket 时，读取不存在的键同样返回 403。
    .translation = "Access Denied"：调用者无权执行这个请求。
    .analysis-1 = 403 AccessDenied 是授权失败。凭证本身有效（否则错误码会是 InvalidAccessKeyId 或 SignatureDoesNotMatch），是某条策略否决了这次调用。
    .analysis-2 = 当你没有列举存储桶的权限时，S3 会故意对不存在的键返回 403 而不是 404，所以键名写错也可能看起来像权限问题。
    .fix-1 = 确认身份（aws sts get-caller-identity），并确认它的 IAM 策略对 arn:aws:s3:::bucket/key（对象操作）或 arn:aws:s3:::bucket（ListBucket）允许了相应操作；再检查存储桶策略里有没有显式 Deny（常见的是 aws:SourceVpce、aws:SecureTransport、aws:PrincipalOrgID 条件）。
    .fix-2 = 如果对象使用 SSE-KMS 加密，需要在密钥策略和 IAM 中同时授予该密钥的 kms:Decrypt（读）或 kms:GenerateDataKey（写）。
    .fix-3 = 向其他账户的存储桶上传时，把对象所有权设为"存储桶所有者强制"，或按存储桶策略要求带上 x-amz-acl: bucket-owner-full-control；需要公开访问时，检查账户级和存储桶级的"阻止公有访问"设置。
    .prevention-1 = 同时授予存储桶的 s3:ListBucket，这样缺失的键会返回 404 NoSuchKey，而不是让人误判的 403。
    .prevention-2 = 借助 IAM Access Analyzer、S3 服务器访问日志或 CloudTrail 数据事件，查明是哪条语句拒绝了请求。

aws-s3-head-forbidden = S3 对 HEAD 请求（HeadObject/HeadBucket）返回 403 Forbidden，且没有给出原因
    .cause = HEAD 响应没有响应体，S3 无法说明原因：通常是该身份缺少 s3:GetObject（HeadObject）或 s3:ListBucket（HeadBucket）、键不存在且未授予 ListBucket、对象用你无权使用的 KMS 密钥加密，或被存储桶策略拒绝。
    .analysis-1 = 因为 HEAD 的响应没有 XML 响应体，错误码就只是状态码 "403"。aws s3 cp/sync 会先调用 HeadObject，所以在下载开始之前就报出这条错误。
    .analysis-2 = 这是授权失败而不是凭证问题，重试不会改变结果。
    .fix-1 = 换一个会返回响应体的调用访问同一个键（aws s3api get-object-attributes 或 list-objects-v2），拿到真正的错误码。
    .fix-2 = 给调用者（aws sts get-caller-identity）授予 arn:aws:s3:::bucket/key 上的 s3:GetObject 和 arn:aws:s3:::bucket 上的 s3:ListBucket；对象使用 SSE-KMS 时再加上 kms:Decrypt。
    .fix-3 = 检查存储桶策略中是否有你的请求不满足其条件的 Deny（VPC 终端节点、TLS、组织 ID）。
    .prevention-1 = 授予 GetObject 的同时授予 ListBucket，这样对象不存在时会得到 404，而不是误导人的 403。

aws-s3-presigned-expired = S3 预签名 URL 已过期
    .cause = URL 的 X-Amz-Expires 有效期已过，或者用来签名的临时凭证（STS 角色、SSO、实例配置文件）更早过期了：预签名 URL 的寿命永远不会超过签发它的凭证。
    .translation = "Request has expired"：签名的有效期已经结束。
    .analysis-1 = S3 返回 403 AccessDenied，消息为 "Request has expired"，响应体中包含 Expires 和 ServerTime，可以直接对比。
    .analysis-2 = 用角色会话签名的 URL，在会话结束时（通常 1 到 12 小时内）就会失效，即使 ExpiresIn 设成了 7 天。
    .fix-1 = 在把 URL 交给使用方之前才生成，ExpiresIn 按实际需要设置（SigV4 最长 604800 秒）。
    .fix-2 = 需要长期有效的链接时，用寿命足够长的凭证签名（IAM 用户的访问密钥），或改用 CloudFront 签名 URL 分发对象。
    .fix-3 = 如果 URL 一生成就过期，检查签名机器的时钟（时钟比 AWS 快，会让有效期看起来已经结束）。
    .prevention-1 = 不要把预签名 URL 存进数据库或缓存超过其有效期；应保存存储桶和键，按需重新签名。

aws-unauthorized-operation = EC2 拒绝了这次调用：UnauthorizedOperation
    .cause = 该 IAM 身份缺少相应的 ec2 操作权限（或未满足必需标签、区域、实例类型等条件），或被 SCP、权限边界拒绝。EC2 把详细原因放在一段编码过的授权消息里。
    .translation = "You are not authorized to perform this operation"：调用者没有执行这个 EC2 操作的权限。
    .analysis-1 = UnauthorizedOperation（HTTP 403）是 EC2 的拒绝访问错误码。"Encoded authorization failure message" 是一段不透明的编码数据，解码后能看到被拒绝的操作、资源以及命中的策略语句。
    .analysis-2 = RunInstances 需要的不止 ec2:RunInstances：还需要实例配置文件的 iam:PassRole，对 AMI、子网、安全组、卷和 KMS 密钥的访问权限，启动时打标签还需要 ec2:CreateTags。
    .fix-1 = 用 aws sts decode-authorization-message 解码（需要 sts:DecodeAuthorizationMessage 权限），查看 "explicitDeny"、"matchedStatements" 以及 "context" 中的操作和资源。
    .fix-2 = 在 https://console.aws.amazon.com/iam/ 中把被拒绝的操作和资源加到调用者的 IAM 策略里（或解除命中的 SCP、权限边界中的 Deny）。
    .fix-3 = 用 --dry-run 测试权限而不真正创建资源（返回 DryRunOperation 表示允许，UnauthorizedOperation 表示拒绝）。
    .prevention-1 = 新的自动化脚本先用 --dry-run 和 IAM Access Analyzer 策略校验测试，再正式运行。

aws-invalid-client-token = AWS 不认识这个访问密钥：凭证对该账户或分区无效
    .cause = 访问密钥 ID 不存在（已删除、已停用、输错，或属于中国区、GovCloud 等其他 AWS 分区），或者临时密钥（以 ASIA 开头）没有附带会话令牌。
    .translation = "The security token included in the request is invalid"：AWS 不认识这个访问密钥或会话令牌。
    .analysis-1 = InvalidClientTokenId / UnrecognizedClientException / InvalidAccessKeyId（S3）/ AuthFailure（EC2）都表示在检查权限之前认证就失败了。
    .analysis-2 = 常见陷阱：在 shell 里 export 的 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY 会覆盖 ~/.aws 中的 profile；之前扮演角色时残留的 AWS_SESSION_TOKEN 会让本来有效的长期密钥也失败。
    .fix-1 = 运行 aws configure list 查看用的是哪套凭证、来自哪里；unset 残留的 AWS_* 变量，或用 AWS_PROFILE 选对 profile。
    .fix-2 = 在 IAM 控制台（https://console.aws.amazon.com/iam/ > 用户 > 安全凭证）检查该密钥：必须是"活跃"状态；如已删除就新建一个。
    .fix-3 = 使用临时凭证（ASIA...）时必须同时设置 AWS_SESSION_TOKEN；访问需手动启用的区域时，先为账户启用该区域并使用区域 STS 终端节点。
    .prevention-1 = 优先使用角色和 IAM Identity Center（SSO），少用长期访问密钥；每个账户配置一个 profile，而不是到处 export 变量。

aws-signature-mismatch = AWS 拒绝了请求签名：SignatureDoesNotMatch
    .cause = 私有访问密钥与访问密钥 ID 不匹配，或请求在签名后被改动：密钥末尾多了空格或换行、签名范围里的区域或服务不对、代理改写了请求头或路径，或者手写的 SigV4 规范请求有误。
    .translation = "The request signature we calculated does not match the signature you provided"：密钥或被签名的请求对不上。
    .analysis-1 = 访问密钥 ID 是能找到的（否则错误码会是 InvalidClientTokenId），但用它的私钥算出的 HMAC 签名和你发送的不一致。
    .analysis-2 = 对 S3 预签名 URL，签名后再改动任何参与签名的请求头（Content-Type、x-amz-* 头）或区域，也会出现同样的错误。
    .fix-1 = 按签发时的原样重新填写密钥对（aws configure），注意私钥前后不要有空格或引号；私钥丢失就到 IAM 控制台新建一对。
    .fix-2 = 用存储桶或服务真正所在的区域签名（设置 region_name / AWS_REGION）；预签名 PUT 时，发送的 Content-Type 必须与签名时完全一致。
    .fix-3 = 用官方 SDK 的签名器替代手写 SigV4；如果中间有代理或 API 网关，确认它不会重新编码路径或改动参与签名的请求头。
    .prevention-1 = 把私钥存放在密钥管理服务或凭证文件里，不要放在带引号的 shell 字符串中；被到处粘贴过的密钥要及时轮换。

aws-expired-token = AWS 临时凭证已过期
    .cause = 来自 STS（AssumeRole、GetSessionToken）、SSO 或联合登录的会话令牌已过期，而代码还在使用当初固定下来的那份副本，没有刷新。
    .translation = "The security token included in the request is expired"：临时凭证已超过有效期。
    .analysis-1 = ExpiredToken / ExpiredTokenException 是临时凭证的认证失败；根据签发方式不同，有效期从 15 分钟到 12 小时不等。
    .analysis-2 = SDK 的凭证提供程序会自动刷新角色、SSO 和实例凭证，前提是让它来管理：把密钥、私钥和令牌复制进环境变量或客户端构造参数，就把它们"冻结"了。
    .fix-1 = 刷新凭证：SSO profile 执行 aws sso login --profile 名称，角色则重新扮演一次；然后 unset 残留的 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN。
    .fix-2 = 长时间运行的程序应通过 profile 或默认凭证链创建客户端（boto3.Session(profile_name=...)，SDK v3 的 fromIni / fromSSO），让凭证自动续期。
    .fix-3 = 如果任务运行时间超过会话时长，在 IAM 控制台提高角色的"最长会话持续时间"，并在请求时用 --duration-seconds 申请。
    .prevention-1 = 不要持久化临时凭证；在 ~/.aws/config 中使用 role_arn + source_profile 或 credential_process，让 SDK 自己续期。

aws-clock-skew = 签名所用的时钟不准：AWS 拒绝了请求时间戳
    .cause = 本机系统时钟与 AWS 时间相差超过 15 分钟（部分服务为 5 分钟），签名时间戳落在了允许的窗口之外。常见于虚拟机或笔记本从睡眠中恢复后、宿主机时钟漂移的容器，或把本地时间当作 UTC 设置。
    .analysis-1 = RequestTimeTooSkewed（S3）和 "Signature expired: ... is now earlier than ..."（InvalidSignatureException）都是把你签名时的 X-Amz-Date 与错误中给出的服务器时间作比较。
    .analysis-2 = 凭证本身没问题，校准时钟就能解决。时钟不变时重试没有用。
    .fix-1 = 同步时钟：timedatectl set-ntp true（systemd）、chronyc makestep，或 Windows 上的 w32tm /resync；WSL2 或 Docker Desktop 在睡眠后需要重启虚拟机（wsl --shutdown）。
    .fix-2 = 用 date -u 与错误中的 ServerTime 对比，确认偏差；检查时区设置是否正确，而不是把时钟按本地时间当成 UTC 来设。
    .prevention-1 = 在所有要签名 AWS 请求的主机上运行 NTP 客户端（chrony、systemd-timesyncd；EC2 上可用 169.254.169.123 的 Amazon Time Sync）。

aws-throttling = AWS 对请求限流：超出了该 API 的请求速率上限
    .cause = 对某个 API 操作每秒的调用次数超出了该账户在该区域的限制（各服务对每个操作都有限额，如 SSM GetParameter、CloudFormation Describe*、EC2 Describe*、Lambda 并发执行数），AWS 拒绝了其中一部分。
    .translation = "Rate exceeded"：短时间内请求过多。
    .analysis-1 = Throttling / ThrottlingException / TooManyRequestsException / RequestLimitExceeded 都可以重试，botocore 和 SDK v3 会自动重试。"(reached max retries: N)" 表示 SDK 已经退避重试了 N 次仍然失败。
    .analysis-2 = 这个限额由同一账户同一区域里所有调用该 API 的程序共享：并行的 CI 任务、其他服务、监控面板都会占用。
    .fix-1 = 把 SDK 切换为 adaptive 重试模式并增加重试次数（botocore Config 的 retries mode "adaptive"，SDK v3 的 retryMode "adaptive"，或设置 AWS_RETRY_MODE=adaptive 与 AWS_MAX_ATTEMPTS=10）。
    .fix-2 = 减少调用：缓存 SSM 参数、Secret 等值（AWS Parameters and Secrets Lambda 扩展或进程内缓存），使用批量 API（GetParameters、BatchGetItem），降低循环和并行任务的并发度。
    .fix-3 = 如果调用量确属正常，在 Service Quotas（https://console.aws.amazon.com/servicequotas/）中为报错里的 API 申请提高限额。
    .prevention-1 = 采用带完全抖动（full jitter）的指数退避，并限制总重试时间；定时任务要错峰启动，不要在同一秒一起开跑。
    .prevention-2 = 关注 CloudWatch 用量指标（AWS/Usage 的 CallCount），在触及限额前告警。

aws-s3-slow-down = S3 要求降速：该前缀下的请求速率过高
    .cause = S3 按键前缀扩展性能（每个前缀每秒约 3,500 次 PUT/COPY/POST/DELETE 和 5,500 次 GET/HEAD）；超过这个量的突发流量，或者在 S3 完成分区扩展之前流量骤增，都会返回 503 SlowDown。
    .translation = "Please reduce your request rate"：S3 希望你降低对该前缀的每秒请求数。
    .analysis-1 = SlowDown 属于 503，可以重试；SDK 会自动退避，出现 "(reached max retries)" 说明压力持续时间超过了重试预算。
    .analysis-2 = 共享同一前缀的键（例如 logs/2024/05/02/...）都落在同一个分区；开启版本控制后同一个键有数百万个版本，情况会更糟。
    .fix-1 = 用带抖动的指数退避重试（adaptive 重试模式），并降低每个前缀的并行请求数。
    .fix-2 = 把热点键分散到多个前缀（在键的靠前位置加入短哈希或分片号），S3 会分别扩展每个前缀。
    .fix-3 = 把小对象合并成更少、更大的对象或缓冲后批量写入；如果单个键的版本过多，用生命周期规则清理旧版本。
    .prevention-1 = 流量要逐步爬升，不要瞬间冲到峰值；从一开始就按并行访问来设计键名。

aws-provisioned-throughput = DynamoDB 或 Kinesis 容量超限：ProvisionedThroughputExceededException
    .cause = 表、索引或分片每秒收到的读写超过了其容量：预置的 RCU/WCU 太低、热点分区键让流量过于集中，或某个 Kinesis 分片超过了写入 1 MB/s 或 1,000 条/秒、读取 2 MB/s 或 5 次/秒的限制。
    .translation = "The level of configured provisioned throughput for the table was exceeded"：表或分片收到的流量超过了其容量。
    .analysis-1 = SDK 会自动重试这个错误；出现 "(reached max retries)" 表示在整个重试预算内容量一直不够。
    .analysis-2 = 即使是按需模式或预置充足的表，如果大部分流量集中在一个分区键上也会被限流（每个分区约 3,000 RCU / 1,000 WCU）。
    .fix-1 = 带抖动地退避重试（adaptive 重试模式），并在写入前加一个队列来削峰。
    .fix-2 = 提升容量：把表切换为按需模式（PAY_PER_REQUEST）、提高 RCU/WCU 或开启自动扩缩容；Kinesis 则增加分片或改用按需数据流。
    .fix-3 = 解决热点键：给写入密集的条目在分区键后加随机或计算出的后缀，并用 CloudWatch Contributor Insights 找出最热的键。
    .prevention-1 = 对 ThrottledRequests / WriteThrottleEvents 以及已用容量与预置容量之比设置告警，赶在用户察觉之前发现问题。

aws-s3-no-such-bucket = S3 存储桶不存在
    .cause = 不存在这个名字的存储桶：名字拼错、存储桶在别的账户或分区、已被删除，或者拼接名字的变量为空、带了错误的环境后缀。
    .translation = "The specified bucket does not exist"：指定的存储桶不存在。
    .analysis-1 = 对于在本分区内根本没有注册的名字，S3 返回 NoSuchBucket（404）；如果存储桶存在但你无权访问，返回的是 403。
    .analysis-2 = 存储桶名全局唯一，在 URL 中区分大小写；把带路径的 s3:// URL 或 "bucket/prefix" 整体当作 Bucket 参数传入，也会得到这个错误。
    .fix-1 = 列出当前账户的存储桶（aws s3api list-buckets）逐字对比名字；用 aws sts get-caller-identity 确认你在哪个账户里。
    .fix-2 = Bucket 参数只传存储桶名，路径放进 Key；把拼出存储桶名的变量打印出来检查。
    .fix-3 = 如果存储桶已被删除，重新创建（aws s3 mb s3://名称 --region 区域），或把配置改成新的名字。
    .prevention-1 = 按环境在配置中维护存储桶名，并在启动时用 HeadBucket 校验。

aws-s3-no-such-key = S3 对象键不存在
    .cause = 该存储桶中没有这个键的对象：拼写或大小写不同、开头多了斜杠、键被 URL 编码（%20、+）、前缀或环境不对，或对象已被删除、尚未写入。
    .translation = "The specified key does not exist"：指定的键不存在。
    .analysis-1 = 只有在你拥有 s3:ListBucket 权限时才会返回 NoSuchKey（404）；没有该权限时，S3 对缺失的键返回 403 AccessDenied。
    .analysis-2 = 键是精确的字节串："reports/a.csv"、"/reports/a.csv" 和 "Reports/a.csv" 是三个不同的对象。
    .fix-1 = 列出前缀下的对象（aws s3api list-objects-v2 --bucket B --prefix P），复制准确的键；调用 SDK 前去掉开头的 "/"，并解码 URL 编码字符。
    .fix-2 = 如果对象由其他进程写入，先等待它出现（boto3 的 object_exists waiter，SDK v3 的 waitUntilObjectExists），不要立刻读取。
    .fix-3 = 开启版本控制时，删除标记会把对象"隐藏"起来：列出版本（list-object-versions），误删的话恢复上一个版本。
    .prevention-1 = 在"对象缺失属于正常情况"的代码路径里显式处理 404，并在每次 S3 报错时记录存储桶和键。

aws-s3-head-not-found = S3 HeadObject/HeadBucket 返回 404：对象或存储桶不存在
    .cause = 存储桶里没有这个键（拼写错误、前缀不对、尚未上传、已被删除），或者存储桶本身不存在；HEAD 响应没有响应体，S3 只能给出状态码。
    .analysis-1 = 错误码 "404"、消息 "Not Found" 是 botocore 对没有响应体的 HEAD 请求的显示方式；在授予了 s3:ListBucket 的情况下，它可靠地表示"不存在"。
    .analysis-2 = 很多工具会先调用 HeadObject 判断对象是否存在，所以这往往是预期内的情况，应当处理，而不是当作崩溃。
    .fix-1 = 用 aws s3api list-objects-v2 --prefix 核对准确的键，去掉键开头的斜杠或 URL 编码。
    .fix-2 = 在对象缺失属于正常情况的地方捕获 ClientError，并判断 e.response["Error"]["Code"] 是否为 "404" 或 "NoSuchKey"（SDK v3 中判断 error.name === "NotFound"）。
    .prevention-1 = 把"是否存在"的检查封装成返回布尔值的函数，不要让 404 直接抛出去。

aws-s3-bucket-conflict = Amazon S3 存储桶状态冲突（409）
    .cause = 对存储桶的操作与其当前状态冲突：名称已被占用（BucketAlreadyExists：被其他账号占用；BucketAlreadyOwnedByYou：被你自己占用，us-east-1 以外的区域会返回此错误），存储桶里还有对象或版本（BucketNotEmpty），或者该存储桶上有其他操作正在进行（OperationAborted）。
    .analysis-1 = S3 对这些情况返回 HTTP 409 Conflict。存储桶名称在所有 AWS 账号间全局唯一，删除后的名称也可能一段时间内不可用。
    .fix-1 = CreateBucket：如果存储桶是你的，把 BucketAlreadyOwnedByYou 当作成功处理；否则换一个全局唯一的名称（加上账号 ID 或随机后缀）。
    .fix-2 = DeleteBucket：先删除所有对象；开启了版本控制的存储桶还要删除所有版本和删除标记，然后再删除存储桶（aws s3 rb s3://BUCKET --force 会先删除未版本化的对象）。
    .fix-3 = OperationAborted：等一分钟，待该存储桶上的其他操作完成后再重试。
    .prevention-1 = 让创建存储桶的操作幂等（先 head-bucket），并在拆除存储桶前用生命周期规则让旧版本过期。

aws-resource-already-exists = 同名的 AWS 资源已存在
    .cause = 创建调用（CreateRole、CreatePolicy、CreateUser、CreateTable、CreateDatabase、CreateLogGroup、CreateRepository 等）指定的资源在本账户和区域中已经存在：它是手工创建的、由状态已丢失的早先一次运行创建的、由另一个栈或工作区创建的，或者名称在整个账户内唯一（IAM）。
    .translation = EntityAlreadyExists / AlreadyExistsException / ResourceAlreadyExistsException：你要创建的资源已经存在。
    .analysis-1 = 这是冲突，不是权限或参数问题：调用已通过授权且格式正确。只要资源存在，重复同样的创建都不会成功。
    .analysis-2 = 用 Terraform 或 CloudFormation 时，这几乎总是说明工具的状态里没有这个资源：之前的 apply 失败、资源地址改名、另一个工作区或栈创建了同名资源。
    .fix-1 = 如果已存在的资源就是你要的，就接管它而不是再创建：terraform import ADDRESS ID（或在配置里写 import 块后 terraform plan）、CloudFormation 资源导入，或者先查询（aws iam get-role、describe-...）再在代码中使用它。
    .fix-2 = 如果它是遗留资源，先确认谁在使用（aws iam list-entities-for-policy、list-attached-role-policies 等）后删除，再重新创建。
    .fix-3 = 如果两者都需要存在，给你的资源换个名字：IAM 名称在整个账户内唯一，可加上环境或栈前缀（Terraform 中用 name_prefix）。
    .prevention-1 = 每个具名资源只由一个栈或工作区创建，状态放在远端并加锁，脚本保持幂等（先查询，不存在才创建）。

aws-dynamodb-conditional-check-failed = DynamoDB 条件表达式对该条目不成立
    .cause = 写操作（PutItem、UpdateItem、DeleteItem 或 TransactWriteItems 中的动作）带有 ConditionExpression，而条目当前状态不满足它：例如对已存在的键使用 attribute_not_exists，或版本号已被其他写入方修改。
    .translation = The conditional request failed：写操作上的条件不成立，因此没有写入任何内容。
    .analysis-1 = ConditionalCheckFailedException 是 DynamoDB 对你的条件给出的回答，不是故障：条目没有被修改。在条目变化之前，重试同样的请求只会得到同样的结果。
    .analysis-2 = 在乐观锁（每次更新都检查版本属性）场景下，它表示在你读取之后有其他写入方更新了该条目。
    .fix-1 = 把这个异常当作正常结果处理：“不存在才插入”时视为已存在；乐观锁时重新读取条目，在新版本上重做修改，并用新的期望版本写入。
    .fix-2 = 通过 ReturnValuesOnConditionCheckFailure = ALL_OLD 让错误带回当前条目，查看是哪个属性使条件不成立，并与发送的 ConditionExpression 和 ExpressionAttributeValues 对照。
    .fix-3 = 如果条件写得不对（属性名错误、保留字没有用 ExpressionAttributeNames、类型不匹配，例如数字按字符串发送），修正表达式。
    .prevention-1 = 在每个条件写入处显式捕获 ConditionalCheckFailedException，并把条件集中在一个数据访问层里，两种结果都写测试。

aws-dynamodb-transaction-conflict = DynamoDB 事务与对同一条目的另一次写入冲突
    .cause = 两个请求同时操作同一条目，且至少一个是事务（TransactWriteItems / TransactGetItems）：DynamoDB 拒绝会与进行中事务交错的请求，或以 TransactionConflict 为原因取消事务。
    .translation = TransactionConflictException：该条目上有事务正在进行。TransactionCanceledException 且原因为 TransactionConflict：事务因写入冲突被取消。
    .analysis-1 = 这是争用，不是请求错误：短暂的随机延迟后重试通常会成功。取消原因按动作顺序列出，可以看出是哪个条目发生了冲突。
    .fix-1 = 用带抖动的指数退避重试（AWS SDK 会自动重试 TransactionConflict；仍失败时调大 max_attempts 或使用 adaptive 重试模式），并传入同一个 ClientRequestToken 保持 TransactWriteItems 幂等。
    .fix-2 = 减少热点条目的争用：不要在每个事务里都更新同一个计数器或状态条目，可以分片，或把它移出事务。
    .prevention-1 = 保持事务精简，在 CloudWatch 中关注 TransactionConflict 指标，设计主键让并发写入方很少共用同一条目。

aws-resource-in-use = AWS 资源正忙于另一项操作
    .cause = 资源处于过渡状态，暂时不能接受这次修改：Lambda 函数上一次更新仍在进行（ResourceConflictException），DynamoDB 表或索引正在创建、更新或删除，或者流、集群仍在使用中（ResourceInUseException）。
    .translation = The operation cannot be performed at this time / 资源仍在使用中：等当前操作完成后再试。
    .analysis-1 = 这是状态冲突：资源回到稳定状态（Lambda LastUpdateStatus 为 Successful，表为 ACTIVE）后，同样的调用就会成功。
    .analysis-2 = 常见于部署脚本连续执行两次更新（update-function-code 紧接 update-function-configuration，或两次 UpdateTable）而中间没有等待。
    .fix-1 = 下一次修改前等资源稳定：aws lambda wait function-updated-v2、aws dynamodb wait table-exists，或轮询 describe 调用直到状态为 ACTIVE / Successful。
    .fix-2 = 串行执行修改：每个资源同一时间只做一次更新（Terraform 中对修改同一函数或表的资源加 depends_on），并带退避重试。
    .prevention-1 = 部署脚本在每次修改后等待资源状态，不要让两条流水线同时操作同一资源。

aws-resource-not-found = 在当前账户和区域中找不到该 AWS 资源
    .cause = 调用到达的地方不存在这个资源（表、Secret、参数、函数、角色、队列……）：名称或 ARN 有误、区域不对、账户或 profile 不对，或资源已被删除、尚未创建。
    .analysis-1 = ResourceNotFoundException 及其同类错误（IAM 的 NoSuchEntity、ParameterNotFound、QueueDoesNotExist）表示该名称在当前账户和区域内无法解析；最常见的原因是区域不对。
    .analysis-2 = 对最终一致的 API（IAM、DynamoDB 表在变为 ACTIVE 之前），几秒前刚创建的资源可能暂时还看不到。
    .fix-1 = 核对客户端使用的区域和账户（aws configure get region、aws sts get-caller-identity）与资源实际所在位置是否一致，并显式设置 region_name / AWS_REGION。
    .fix-2 = 列出该位置实际存在的资源（aws dynamodb list-tables、aws secretsmanager list-secrets、aws ssm describe-parameters），复制准确的名称或 ARN；名称区分大小写。
    .fix-3 = 如果资源由同一次部署创建，先等它就绪（使用 table_exists 等 SDK waiter）再使用。
    .prevention-1 = 通过基础设施的输出值引用完整 ARN，不要手敲名称；在配置中固定区域。

aws-validation = AWS 拒绝了请求参数：ValidationException
    .cause = 某个参数缺失、类型或格式错误，或违反了约束（长度、范围、正则、允许值），或者参数组合不被允许。
    .analysis-1 = ValidationException / ValidationError / InvalidParameterValue 是客户端错误（400）：消息会指出哪个字段违反了哪条约束，例如 "Value '0' at 'maxResults' failed to satisfy constraint"。
    .analysis-2 = 在 DynamoDB 中，常见情况是与表的键结构相比，缺少键属性或类型不对；在 CloudFormation 中则是模板错误。
    .fix-1 = 读出消息中的字段名和约束，与该操作的 API 参考对照（https://docs.aws.amazon.com/cli/latest/reference/ 列出了每个参数及其约束）。
    .fix-2 = 打印代码实际发送的请求参数（boto3：用 boto3.set_stream_logger("botocore") 打开 botocore 调试日志；SDK v3：在客户端配置中设置 logger），重点查找 None / undefined 值和类型错误。
    .fix-3 = 用 AWS CLI 的 --generate-cli-skeleton / --cli-input-json 执行同样的调用，构造一个能通过校验的请求。
    .prevention-1 = 调用 AWS 之前先校验输入，并保持 SDK 为较新版本，让客户端参数校验尽早发现错误。

aws-s3-entity-too-large = S3 上传内容超出单次 PUT 的上限
    .cause = 单次 PutObject（或 UploadPart）最多 5 GB；更大的对象必须用分段上传（最大 5 TB，每段 5 MB 到 5 GB，最多 10,000 段）。POST 策略中设置了 content-length-range 而文件超出时，也会得到同样的错误。
    .translation = "Your proposed upload exceeds the maximum allowed size"：上传大小超过了允许的最大值。
    .analysis-1 = EntityTooLarge（400）不是临时错误：同样的请求永远会被拒绝。响应体中给出了 ProposedSize 和 MaxSizeAllowed。
    .analysis-2 = 高层封装（boto3 的 upload_file/upload_fileobj、aws s3 cp、@aws-sdk/lib-storage 的 Upload）会自动切换为分段上传；底层的 put_object 和 aws s3api put-object 不会。
    .fix-1 = 使用托管传输：boto3 的 s3.upload_file 配合 TransferConfig、Node 的 @aws-sdk/lib-storage Upload，或命令行 aws s3 cp。
    .fix-2 = 浏览器通过预签名 POST 上传时，调大策略中的 content-length-range，或改用预签名的分段上传 URL。
    .prevention-1 = 对大小未知的用户文件或生成文件一律使用托管上传，并添加生命周期规则自动中止未完成的分段上传。

aws-internal-error = AWS 内部错误或服务暂时不可用
    .cause = AWS 服务内部的临时故障（InternalError、InternalFailure、ServiceUnavailable），不是请求本身导致的。
    .translation = "We encountered an internal error. Please try again."：服务内部出错，请重试。
    .analysis-1 = 这类 500/503 响应可以重试；SDK 已经重试过，出现 "(reached max retries)" 说明在重试窗口内故障一直存在。
    .analysis-2 = 如果持续出现，查看该服务和区域的 AWS Health 面板；服务中断或依赖降级的可能性比请求有 bug 更大。
    .fix-1 = 用带抖动的指数退避重试，并提高重试次数（Config 的 retries max_attempts 设为 8 到 10，mode 为 "standard" 或 "adaptive"）。
    .fix-2 = 查看 https://health.aws.amazon.com/health/status 以及账户中该区域的 AWS Health 事件；架构允许的话切换到其他区域。
    .fix-3 = 如果某个请求反复失败而其他请求正常，带上请求 ID（x-amzn-RequestId；S3 为 x-amz-request-id 加 x-amz-id-2）和时间提交支持工单。
    .prevention-1 = 让写操作具备幂等性（客户端令牌、条件写入），这样遇到 5xx 后重试才安全。

aws-no-credentials = AWS SDK 找不到任何凭证
    .cause = 当前进程中没有配置任何凭证来源：没有 AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY，~/.aws/credentials 或 ~/.aws/config 中没有可用的 profile，没有 SSO 会话，也没有容器或实例角色。
    .translation = "Unable to locate credentials"：SDK 在它查找的所有位置都没有找到凭证。
    .analysis-1 = 这是在发送任何请求之前由客户端抛出的（botocore 的 NoCredentialsError，SDK v3 的 CredentialsProviderError）；AWS 根本没有收到调用。
    .analysis-2 = 它通常发生在运行环境与你的 shell 不同的地方：cron、systemd 服务、Docker 容器、CI runner、IDE 的运行配置，或者 sudo（它会改变 HOME）。
    .fix-1 = 在同一环境中运行 aws configure list 查看能找到什么；配置一个 profile（aws configure --profile 名称 或 aws configure sso），并用 AWS_PROFILE 选中它。
    .fix-2 = 在容器中要显式传入凭证（只读挂载 ~/.aws 并设置 AWS_PROFILE，或从密钥管理服务注入 AWS_* 变量）；在 EC2、ECS、EKS 或 Lambda 上则应挂载 IAM 角色。
    .fix-3 = "Partial credentials found" 表示只设置了其中一个：AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY 要么都设置（临时密钥再加 AWS_SESSION_TOKEN），要么都不设置。
    .prevention-1 = 使用角色（实例配置文件、IRSA / EKS Pod Identity、GitHub OIDC）代替静态密钥，并在启动时用 sts get-caller-identity 检查凭证。

aws-no-region = 没有配置 AWS 区域
    .cause = 创建客户端时没有指定区域，环境变量（AWS_REGION / AWS_DEFAULT_REGION）和当前 profile 的配置里也没有，SDK 无法拼出终端节点 URL。
    .translation = "You must specify a region"：SDK 不知道该把请求发往哪个 AWS 区域。
    .analysis-1 = 这是客户端配置错误（botocore 的 NoRegionError，SDK v3 的 "Region is missing"），没有任何请求发往 AWS。
    .analysis-2 = 区域配置在 ~/.aws/config 中，而不是 ~/.aws/credentials；只有凭证文件时，密钥能用，但没有区域。
    .fix-1 = 为进程设置区域：export AWS_REGION=us-east-1（SDK v3、CLI 和 boto3 都会读取），或执行 aws configure set region us-east-1 --profile 名称。
    .fix-2 = 或者在代码中传入：boto3.client("s3", region_name="us-east-1")；new S3Client with the option region: "us-east-1"。
    .prevention-1 = 把区域作为应用的显式配置项，不要依赖机器上的默认值。

aws-endpoint-connection = 无法连接到 AWS 终端节点
    .cause = 无法与服务终端节点建立 TCP/TLS 连接：当前网络或子网没有互联网或 NAT 路由、需要代理却没有配置、DNS 解析失败、区域名拼错导致主机名不存在，或该服务在此区域不提供。
    .translation = "Could not connect to the endpoint URL"：SDK 无法与这个 AWS 主机建立连接。
    .analysis-1 = EndpointConnectionError 由 botocore 在收到任何 HTTP 响应之前连接失败时抛出；AWS 没有收到这个请求。
    .analysis-2 = 看一下 URL 里的主机名：像 eu-north-9 这样的区域，或该区域未提供的服务，会生成无法解析的主机名。在私有子网中，没有 NAT 网关或 VPC 终端节点时终端节点不可达。
    .fix-1 = 检查区域（aws configure get region），并确认该服务在此区域可用（https://docs.aws.amazon.com/general/latest/gr/rande.html）。
    .fix-2 = 在同一台主机上测试连通性：getent hosts 主机名 和 curl -v https://主机名/；在没有互联网出口的 VPC 中，添加 NAT 网关或接口型 VPC 终端节点（S3 和 DynamoDB 用网关终端节点）。
    .fix-3 = 在公司代理后面时，设置 HTTPS_PROXY（并把 169.254.169.254 加入 NO_PROXY），或在 SDK 配置中指定代理。
    .prevention-1 = 为私有工作负载配置其所用 AWS 服务的 VPC 终端节点，并把 DNS 和出口网络的监控与应用监控分开。

aws-endpoint-timeout = AWS 终端节点未能及时响应（连接超时或读取超时）
    .cause = 连接超时说明到终端节点的网络路径被阻断或极慢（防火墙、缺少 NAT、代理）；读取超时说明连接已建立，但响应时间超过了客户端的 read_timeout（botocore 默认 60 秒），在 Lambda 调用、Bedrock 和大查询中很常见。
    .translation = "Connect/Read timeout on endpoint URL"：建立连接或等待响应的时间超过了客户端允许的上限。
    .analysis-1 = 这是 botocore 在客户端抛出的（ConnectTimeoutError / ReadTimeoutError）。读取超时时服务端可能仍会把工作做完，盲目重试可能让非幂等操作执行两次。
    .analysis-2 = 同步调用 Lambda（最长 15 分钟）、调用模型等耗时操作，读取超时需要长于预期耗时。
    .fix-1 = 为慢操作调大读取超时：botocore Config(read_timeout=300, connect_timeout=10)；CLI 用 --cli-read-timeout 300（0 表示不限）。
    .fix-2 = 连接超时要修复网络路径：安全组和网络 ACL 放行出站 443，私有子网中配置 NAT 网关或 VPC 终端节点，或者设置代理。
    .fix-3 = 对耗时较长的工作改用异步模式（Lambda 的 InvocationType Event、Step Functions、流式响应），不要让一个 HTTP 请求一直挂着。
    .prevention-1 = 按操作设置明确的超时，并让会被重试的操作具备幂等性。

aws-sso-token = AWS SSO（IAM Identity Center）会话已过期或不存在
    .cause = ~/.aws/sso/cache 中缓存的 SSO 令牌已过期（会话时长 1 到 12 小时，默认 8 小时），或者这个 profile 从未登录过，SDK 因此拿不到角色凭证。
    .translation = "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile."：该 profile 的 SSO 会话已过期或无效，请用对应的 profile 执行 aws sso login 刷新。
    .analysis-1 = 这是客户端的认证失败：没有任何请求到达目标服务。
    .analysis-2 = profile 必须在 ~/.aws/config 中指向一个 sso_session（或 sso_start_url）；用另一个 profile 名执行 aws sso login，刷新的是另一个会话。
    .fix-1 = 执行 aws sso login --profile 名称（无图形界面的机器加 --use-device-code），然后用 aws sts get-caller-identity --profile 名称 验证。
    .fix-2 = 确认代码使用的是同一个 profile（AWS_PROFILE=名称 或 boto3.Session(profile_name="名称")），并且该环境能读取 ~/.aws。
    .prevention-1 = 使用 sso-session 配置段（CLI v2 支持令牌自动刷新）；无人值守的任务应使用角色或 OIDC 联合，而不是某个人的 SSO 会话。

aws-ssl-validation = AWS 终端节点的 TLS 证书校验失败
    .cause = 这个 Python/CLI 不信任 AWS 主机出示的证书：几乎都是因为公司的 TLS 解密代理或杀毒软件，其根 CA 不在 botocore 使用的证书包里；偶尔是 CA 证书包过旧。
    .analysis-1 = "SSL validation failed for URL" 包裹的是 Python ssl 模块的 CERTIFICATE_VERIFY_FAILED 错误；连接在发送任何请求之前就被拒绝了。
    .analysis-2 = botocore 使用自带的 certifi CA 文件，而不是操作系统的证书库，所以只在系统层面安装 CA 是不够的。
    .fix-1 = 让 AWS SDK 使用包含公司根 CA 的证书包：设置 AWS_CA_BUNDLE=/path/ca.pem，或在 ~/.aws/config 的 profile 中写 ca_bundle = /path/ca.pem。
    .fix-2 = 如果没有代理，更新 CA 证书包（pip install -U certifi botocore，或升级 AWS CLI）。
    .prevention-1 = 不要用 --no-verify-ssl 或 verify=False，那会关掉本该由代理提供的保护；应把公司 CA 预置进基础镜像。

## Google Cloud API

aws-sts-region-disabled = 该账户未在此区域激活 AWS STS（RegionDisabledException）
    .cause = 被调用区域的 STS 端点（sts.区域.amazonaws.com）对于要签发临时凭证的账户处于停用状态。对 AssumeRole 而言，这个账户是角色所属的账户，而不是调用方的账户。原因是管理员在 IAM“账户设置”中停用了该区域的 STS 端点，或者该区域是选择加入（opt-in）区域，而该账户尚未启用它。
    .translation = "STS is not activated in this region for account: ACCOUNT. Your account administrator can activate STS in this region using the IAM Console."：该账户未在此区域激活 STS，账户管理员可以在 IAM 控制台中激活。
    .analysis-1 = HTTP 403 RegionDisabledException 不是权限问题：修改身份策略、信任策略或 SCP 都无法解决，对同一端点原样重试也会同样失败。
    .analysis-2 = SDK 和 CLI 会调用所配置区域的 STS 端点（AWS_REGION、region_name、sts_regional_endpoints = regional），所以同一段代码在一个区域能用、换到另一个区域就失败；消息中的账户 ID 说明了需要由哪个账户处理。
    .fix-1 = 以消息中那个账户的管理员身份打开 IAM 控制台 > 账户设置（Account settings）> Security Token Service (STS) > 端点（Endpoints），找到该区域并选择“激活”（Activate）。
    .fix-2 = 如果是选择加入区域（例如 ap-east-1、me-south-1、af-south-1），先为账户启用该区域：账户页面 > AWS 区域 > 启用，或执行 aws account enable-region --region-name 区域；启用区域时 STS 会随之激活。
    .fix-3 = 或者把 STS 调用发往对该账户处于激活状态的端点：把客户端的区域（region_name、AWS_REGION）或 endpoint_url 设为一个已激活的区域端点，例如 https://sts.us-east-1.amazonaws.com。
    .prevention-1 = 在工作负载运行的每个区域都保持 STS 激活，并让 STS 客户端固定使用工作负载所在区域的区域端点，这样更换区域就是一次有意的变更。

gcp-service-disabled = 凭证所计费的项目中没有启用这个 Google API
    .cause = 消息中点名的 API 在所示的项目编号中被停用或从未启用过。这个项目是你的 API Key、OAuth 客户端或 ADC 配额项目所属的项目，不一定是你以为自己正在使用的那个项目。
    .translation = "API has not been used in project N before or it is disabled. Enable it by visiting URL then retry."：该 API 从未在项目 N 中使用过或已被停用，请访问给出的 URL 启用后重试。
    .analysis-1 = 带 SERVICE_DISABLED 原因（旧版原因为 accessNotConfigured）的 HTTP 403 PERMISSION_DENIED 是项目配置问题，不是 IAM 角色问题：授予任何角色都解决不了。
    .analysis-2 = 消息里的项目是"使用方项目"：对 API Key 或 OAuth 客户端来说是创建它的项目；对用户 ADC（gcloud auth application-default login）来说是配额项目。如果这个编号不是你的项目，说明凭证来自别处。
    .fix-1 = 在该项目中启用 API：打开消息里的 URL，或执行 gcloud services enable 服务名.googleapis.com --project=项目（需要 serviceusage.services.enable 权限，例如 roles/serviceusage.serviceUsageAdmin）。
    .fix-2 = 如果项目编号不是你的，换掉凭证：执行 gcloud auth application-default set-quota-project 你的项目，在自己的项目中创建 API Key 或 OAuth 客户端，或者在请求中带上 x-goog-user-project 头。
    .fix-3 = 刚刚启用？等几分钟让配置生效后再重试；这个错误最多可能持续约 5 分钟。
    .prevention-1 = 在基础设施代码中声明要启用的 API（Terraform 的 google_project_service），让每个环境都自动具备。

gcp-unregistered-callers = Google API 没有收到任何身份：请求里既没有 API Key 也没有凭证
    .cause = 请求到达了一个要求调用方身份的 Google API，却没有携带 API Key 或 OAuth 令牌（环境变量为空、key 参数被代理或客户端丢掉，或者调用的公共接口需要 Key）。
    .translation = "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."：该方法不允许未注册的调用方（没有身份的调用方）调用，请使用 API Key 或其他形式的使用方身份。
    .analysis-1 = 虽然状态是 403 PERMISSION_DENIED，本质却是缺少认证：没有任何东西标识调用方，Google 无法确定该向哪个项目计费和检查。
    .analysis-2 = 常见于存放 API Key 的变量为空或未定义，客户端于是悄悄地不带 Key 发出请求。
    .fix-1 = 随请求发送 API Key：请求头 x-goog-api-key: KEY 或查询参数 ?key=KEY；在已启用该 API 的项目中到 https://console.cloud.google.com/apis/credentials 创建 Key。
    .fix-2 = 如果该方法需要用户或服务身份而不是 Key，就改用 OAuth / 服务账号认证（Authorization: Bearer 访问令牌）。
    .fix-3 = 在实际运行的进程中检查 Key 变量是否已设置（只打印长度），为空时启动即报错。
    .prevention-1 = 把 API Key 限定到实际使用的 API 以及来源网站或 IP，并存放在密钥管理服务中，不要写进客户端代码。

gcp-insufficient-scopes = Google 访问令牌缺少该 API 所需的 OAuth 范围（scope）
    .cause = OAuth 访问令牌签发时没有包含该方法需要的范围（例如 gmail.send、drive、cloud-platform）。范围在用户授权或签发令牌时就已确定，IAM 角色不会增加范围。
    .translation = "Request had insufficient authentication scopes."：请求的认证范围不足。
    .analysis-1 = 带 ACCESS_TOKEN_SCOPE_INSUFFICIENT（旧版原因 insufficientPermissions）的 403 表示：身份本身也许有权限，但你手上的令牌没有被授予这个范围。
    .analysis-2 = 常见来源：缓存的 token.json 是用更少的范围生成的；执行 gcloud auth application-default login 时没有加额外的 --scopes；或 Compute Engine 虚拟机的访问范围仍是默认的受限范围。
    .fix-1 = 用所需范围重新授权：删除缓存的令牌文件（token.json / token.pickle），用新的 SCOPES 列表重新走授权流程。
    .fix-2 = 对于 ADC，执行 gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform,其他范围；GCE 虚拟机则先停机，把访问范围设为 cloud-platform（再用 IAM 控制权限）。
    .fix-3 = 服务账号通过全网域授权调用 Workspace API 时，要在管理控制台（安全 > API 控制 > 全网域授权）中为该客户端 ID 添加范围。
    .prevention-1 = 在代码中一处集中声明应用需要的最小范围集合，该列表一旦变化就让缓存的令牌失效。

gcp-permission-denied = Google Cloud IAM 拒绝了请求：调用方缺少某项权限
    .cause = 已认证的主体（用户、服务账号或工作负载身份）在该资源上没有包含所需权限的角色；或者资源根本不存在，而 Google 用权限错误把这一点掩盖了。
    .translation = "The caller does not have permission" / "Permission 'x' denied on resource 'y' (or it may not exist)"：调用方没有权限；或对资源 y 的权限 x 被拒绝（也可能资源不存在）。
    .analysis-1 = PERMISSION_DENIED（gRPC 7，HTTP 403）是授权失败。消息里点名的权限（例如 secretmanager.versions.access）就是缺少的那一项。
    .analysis-2 = "(or it may not exist)" 是字面意思：项目 ID 或资源名写错也会返回同样的错误，所以授予角色之前先核对名称。
    .fix-1 = 弄清是哪个身份在调用（gcloud auth list、gcloud config get-value account；代码中则是 GOOGLE_APPLICATION_CREDENTIALS 指向的服务账号，或挂载在虚拟机、Cloud Run 服务、GKE 工作负载上的服务账号）。
    .fix-2 = 在正确的范围上授予包含该权限的角色：gcloud projects add-iam-policy-binding 项目 --member=serviceAccount:服务账号邮箱 --role=roles/角色，或在 https://console.cloud.google.com/iam-admin/iam 中操作。
    .fix-3 = 用 Policy Troubleshooter（https://console.cloud.google.com/iam-admin/troubleshooter）查看是哪条绑定或拒绝策略起了作用，并检查资源名和项目 ID 是否有拼写错误。
    .prevention-1 = 为每个工作负载配置独立的服务账号，使用最小权限的预定义角色，并用基础设施代码管理绑定关系。

gcp-unauthenticated = Google 拒绝了凭证：缺失、过期或类型不对
    .cause = 请求没有携带有效的 OAuth 2 访问令牌：令牌已过期（有效期约一小时）、在需要访问令牌的地方发送了 API Key 或 ID 令牌、Authorization 头格式不对，或者刷新令牌时静默失败了。
    .translation = "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."：请求的认证凭证无效，需要 OAuth 2 访问令牌、登录 Cookie 或其他有效凭证。
    .analysis-1 = UNAUTHENTICATED（gRPC 16，HTTP 401；旧版原因 authError / "Invalid Credentials"）是认证失败：Google 无法确认调用者是谁。
    .analysis-2 = 手工构造的请求常常只用 gcloud auth print-access-token 取一次令牌，过期后还在继续用。
    .fix-1 = 使用支持应用默认凭证（ADC）的客户端库，让令牌自动刷新；直接发 HTTP 请求时，每次都重新获取 Authorization: Bearer $(gcloud auth print-access-token)。
    .fix-2 = 检查令牌类型：*.googleapis.com 下的 API 要访问令牌；Cloud Run / IAP 保护的端点要带正确 audience 的 ID 令牌（gcloud auth print-identity-token --audiences=URL）。
    .fix-3 = 底层凭证过期时重新登录：gcloud auth login 以及 gcloud auth application-default login。
    .prevention-1 = 不要硬编码令牌，交给 google-auth 去刷新；排查认证问题时记录令牌的过期时间。

gcp-quota-exceeded = 超出 Google Cloud 配额：该配额指标的请求过多
    .cause = 项目超过了消息中点名的速率配额（每分钟请求数、每用户每分钟请求数或每区域请求数），在时间窗口重置之前 Google 会拒绝后续请求。
    .translation = "Quota exceeded for quota metric 'M' and limit 'L' of service 'S' for consumer 'project_number:N'."：使用方项目 N 在服务 S 上超出了配额指标 M 的限额 L。
    .analysis-1 = RESOURCE_EXHAUSTED / ResourceExhausted（HTTP 429）在每分钟窗口过去之后就可以重试；对配额错误，Google 建议至少退避 30 秒。
    .analysis-2 = 消息中的使用方 project_number 就是被消耗配额的项目，它可能是 API Key 或 ADC 配额项目背后一个共享的默认项目。
    .fix-1 = 从大约 30 秒开始做带抖动的指数退避重试（在 google.api_core.retry.Retry 的 predicate 中包含 ResourceExhausted），并限制并发。
    .fix-2 = 在"IAM 和管理 > 配额"（https://console.cloud.google.com/iam-admin/quotas）中对照消息里的指标查看用量与限额，并在那里申请提额。
    .fix-3 = 减少调用次数：批量请求（Sheets 的 batchUpdate、BigQuery 批处理）、缓存读取结果，并用 quotaUser 分摊按用户计算的流量。
    .prevention-1 = 在 Cloud Monitoring 中为服务依赖的每项限额设置 80% 用量告警。

gcp-rate-limit-exceeded = 超出 Google API 速率限制（rateLimitExceeded / userRateLimitExceeded）
    .cause = 项目或单个用户发送请求的速度超过了该 API 每秒或每分钟的限制（Drive、Gmail、Calendar、Sheets 等 Workspace API 会以 403 加原因 userRateLimitExceeded 或 rateLimitExceeded 报告）。
    .translation = "User Rate Limit Exceeded" / "Rate Limit Exceeded"：超出用户速率限制 / 超出速率限制。
    .analysis-1 = 尽管状态码是 403，这其实是限流而不是权限问题；退避一段时间后重试就能成功。
    .analysis-2 = userRateLimitExceeded 按用户（或按 quotaUser 的值）计算；rateLimitExceeded 是项目级或方法级的限制。
    .fix-1 = 用带抖动的指数退避重试（googleapiclient 中 .execute(num_retries=5) 会对这类原因自动重试），并降低并行度。
    .fix-2 = 合并操作（批量 HTTP 请求、batchUpdate），只请求需要的字段，以减少调用量。
    .fix-3 = 如果持续的调用量确属正常，在 https://console.cloud.google.com/apis/dashboard > 对应 API > 配额 中提高每用户或每项目配额。
    .prevention-1 = 在客户端主动限速，保持在公布的每用户限额之下，而不是靠报错才发现。

gcp-daily-limit = Google API 每日配额已用完
    .cause = 项目用完了某项按天计算的配额（例如 YouTube Data API 每天 10,000 单位，或 dailyLimitExceeded 对应的限额）；在太平洋时间午夜配额重置之前，后续调用都会失败。
    .translation = "Daily Limit Exceeded" / "you have exceeded your quota"：已超出每日限额 / 你已超出配额。
    .analysis-1 = 与每分钟限额不同，在同一天内重试没有用；只有等配额重置或提高配额才行。
    .analysis-2 = 不同方法消耗的单位不同：YouTube 的 search.list 每次 100 单位，大多数读取 1 单位，几次搜索就可能耗尽当天的配额。
    .fix-1 = 在 Google Cloud 控制台查看该 API 的消耗（API 和服务 > 对应 API > 配额），并申请提高配额（YouTube 需在审核后通过配额扩展表单申请）。
    .fix-2 = 降低单位消耗：缓存结果，能用便宜的方法就不用昂贵的方法（如 search），并减少请求的 part 和字段。
    .fix-3 = 确认 Key 属于你自己的项目：共享或泄露的 Key 会烧掉你的每日配额；到 https://console.cloud.google.com/apis/credentials 限制或轮换它。
    .prevention-1 = 持续跟踪每日用量与配额的对比，在触及上限之前暂停非关键任务。

gcp-deadline-exceeded = Google API 调用超过了截止时间
    .cause = 操作没能在客户端设定的截止时间（超时）内完成：后端较慢、查询或上传量大、网络延迟，或者客户端调用设置的截止时间太短。
    .translation = "Deadline Exceeded"：超过截止时间。
    .analysis-1 = DEADLINE_EXCEEDED（gRPC 4，HTTP 504）可以重试，但客户端放弃之后服务端可能已经执行成功，所以被重试的写操作要做成幂等的。
    .analysis-2 = 客户端库为每个方法设置了默认超时和重试参数；耗时较长的查询或大批量操作可能需要比默认值更长的时间。
    .fix-1 = 传入更长的超时和带总截止时间的重试策略（Python 客户端方法的 timeout= 与 retry=google.api_core.retry.Retry(...)；Node 中使用 gax 选项）。
    .fix-2 = 拆分大请求（更小的批次、分页读取），或改用该 API 的长时间运行操作 / 作业形式并轮询结果。
    .fix-3 = 如果连小请求也会超时，检查该 API 的状态页以及网络路径（VPC Service Controls、代理、出口网络）。
    .prevention-1 = 按操作的实际耗时设置明确的单次调用截止时间，并监控延迟分位数而不仅仅是错误数。

gcp-not-found = 找不到该 Google Cloud 资源
    .cause = 路径中指定的资源（Secret、存储桶、文件、主题、实例……）在你所调用的项目和位置中不存在、ID 写错，或者属于别的项目、已被删除。
    .analysis-1 = 对某些 API 来说，NOT_FOUND（HTTP 404）也可能意味着"存在但你看不到"（例如没有共享给调用方的 Drive 文件）。
    .analysis-2 = 常见原因：项目 ID 与项目编号混用、资源路径中的区域或位置不对，以及像 versions/latest 这样却没有已启用版本的情况。
    .fix-1 = 检查客户端使用的项目（gcloud config get-value project，或资源名中的项目），并列出那里实际存在的资源（gcloud secrets list、gcloud storage buckets list 等）。
    .fix-2 = 从控制台或列表输出中复制完整的资源名逐字对比，并检查位置和版本部分。
    .fix-3 = 对于 Drive 等 Workspace 文件，把文件共享给服务账号的邮箱，或通过全网域授权以所有者身份操作。
    .prevention-1 = 用客户端库提供的路径辅助函数（例如 secret_version_path）根据配置生成资源名，不要手工拼接字符串。

gcp-conflict = Google Cloud 报告冲突：资源已存在，或并发修改抢先一步
    .cause = 要么你要创建的资源已经存在（ALREADY_EXISTS / 409），要么并发事务或前置条件失败（ABORTED，例如 Datastore/Firestore 争用，或 GCS 的 generation 不匹配）。
    .analysis-1 = AlreadyExists 原样重试不会成功：对幂等的创建操作应视为成功，否则换一个名字。
    .analysis-2 = ABORTED 可以重试：重新读取当前状态，完整地重做一遍"读取-修改-写入"。
    .fix-1 = 创建时捕获 AlreadyExists / Conflict 并直接使用已存在的资源（get-or-create），或者先检查是否存在。
    .fix-2 = 遇到 ABORTED / 争用错误时，带退避地重试整个事务，并减少对同一实体或文档的争用（计数器分片、降低单个文档每秒的写入次数）。
    .prevention-1 = 让创建操作具备幂等性，并让事务尽可能短。

gcp-default-credentials = 找不到 Google 应用默认凭证（ADC）
    .cause = 客户端库依次查找了 GOOGLE_APPLICATION_CREDENTIALS、gcloud 的 ADC 文件和元数据服务器，都没有找到可用的凭证：这台机器没有做 ADC 登录、密钥文件路径错误或不可读，或者在 Google Cloud 之外运行却没有提供凭证。
    .translation = "Your default credentials were not found" / "Could not load the default credentials"：找不到默认凭证 / 无法加载默认凭证。
    .analysis-1 = 这是在任何 API 调用之前由客户端抛出的（google.auth 的 DefaultCredentialsError，Node 的 google-auth-library）；请求根本没有到达 Google。
    .analysis-2 = gcloud auth login 只为 gcloud 命令行本身登录；客户端库需要另外执行 gcloud auth application-default login（或使用服务账号）。
    .fix-1 = 在工作站上执行 gcloud auth application-default login；在容器或 CI 中提供凭证（工作负载身份联合，或在 GOOGLE_APPLICATION_CREDENTIALS 中指定一个在容器内存在且可读的密钥文件路径）。
    .fix-2 = 在 Google Cloud 上（GCE、GKE、Cloud Run、Functions）为工作负载挂载服务账号，而不是分发密钥文件；在 GKE 上为 Pod 的 Kubernetes 服务账号启用 Workload Identity。
    .prevention-1 = 优先使用挂载的服务账号和工作负载身份联合，少用 JSON 密钥；启动时用 google.auth.default() 检查凭证。

gcp-refresh-invalid-grant = Google OAuth 刷新令牌失败：invalid_grant
    .cause = Google 拒绝签发新的访问令牌：刷新令牌已被撤销或过期（修改了密码、用户撤销了授权、发布状态为"测试"的应用其令牌 7 天过期、单个客户端的令牌数量超限）；对服务账号而言，则是密钥已被删除或 JWT 的时间不对。
    .translation = "invalid_grant: Token has been expired or revoked." / "Invalid JWT Signature."：令牌已过期或被撤销 / JWT 签名无效。
    .analysis-1 = 失败发生在令牌端点（oauth2.googleapis.com/token），早于 API 调用；用同一个刷新令牌重试永远不会成功。
    .analysis-2 = "Invalid JWT Signature" 表示服务账号密钥已不存在；"Invalid JWT: Token must be a short-lived token" 表示本机时钟不准。
    .fix-1 = 用户凭证需要重新登录：执行 gcloud auth application-default login，或删除应用缓存的令牌文件后重新走授权流程。
    .fix-2 = 如果 OAuth 同意屏幕处于"测试"状态，刷新令牌 7 天后就会过期：发布应用（API 和服务 > OAuth 同意屏幕 > 发布应用）才能获得长期有效的令牌。
    .fix-3 = 服务账号则新建密钥（IAM > 服务账号 > 密钥），或改用挂载的服务账号 / 工作负载身份；如果错误提到 iat 或 exp，同步系统时钟。
    .prevention-1 = 遇到 invalid_grant 时引导用户重新授权，而不是直接崩溃；按用户安全地保存刷新令牌。

## GitHub

github-bad-credentials = GitHub 拒绝了令牌：Bad credentials
    .cause = 发送的令牌不是有效的 GitHub 令牌：已过期（细粒度令牌和很多经典 PAT 都有过期时间）、已被撤销或重新生成、被组织策略删除、输错或末尾带了空白字符，或者令牌属于 GitHub Enterprise Server 而请求发往了 github.com（或反过来）。
    .translation = "Bad credentials"：凭证无效。
    .analysis-1 = 401 Bad credentials 表示请求里有令牌，但 GitHub 匹配不上；完全没带令牌时返回的是另一条消息 "Requires authentication"。
    .analysis-2 = 环境变量里残留的 GH_TOKEN 或 GITHUB_TOKEN 优先级高于 gh auth login 保存的令牌，所以重新登录看起来也不管用。
    .fix-1 = 验证令牌：gh auth status，或 curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user；被拒绝的话，到 https://github.com/settings/tokens 新建一个（细粒度或经典令牌），并更新代码读取它的那个密钥。
    .fix-2 = 清掉残留变量（GH_TOKEN、GITHUB_TOKEN、GH_ENTERPRISE_TOKEN）或用 gh auth login 重新登录；在 GitHub Actions 中检查仓库或组织 secret 的名字，以及它在 fork 发起的 PR 中是否为空。
    .fix-3 = 用正确的请求头格式发送：Authorization: Bearer TOKEN（或 token TOKEN），发往 https://api.github.com；GitHub Enterprise Server 则是 https://主机/api/v3。
    .prevention-1 = 设置过期提醒，在令牌过期前轮换；自动化场景优先用 GitHub App 安装令牌或 Actions 的 GITHUB_TOKEN，而不是个人令牌。

github-requires-authentication = 该 GitHub 接口需要认证，但请求没有携带令牌
    .cause = 请求访问的接口需要登录身份（例如 /user、私有仓库、写操作），却没有 Authorization 头：存放令牌的变量为空，或者创建客户端时没有配置认证。
    .translation = "Requires authentication"：该接口需要令牌。
    .analysis-1 = 401 Requires authentication 表示根本没有收到凭证；如果令牌错误，消息会是 "Bad credentials"。
    .analysis-2 = 在 GitHub Actions 中，由 fork 触发的工作流（来自 fork 的 pull_request）拿到的 secret 是空的，所以在分支上正常的代码在那里会失败。
    .fix-1 = 传入令牌：curl 用 Authorization: Bearer $GITHUB_TOKEN，Node 在 new Octokit 时设置 auth 选项，PyGithub 用 Github(auth=Auth.Token(...))，gh 命令行执行 gh auth login。
    .fix-2 = 确认运行代码的环境中已设置该变量（打印长度而不是值）；在 Actions 中在步骤里显式映射：env: GITHUB_TOKEN: secrets.GITHUB_TOKEN。
    .prevention-1 = 令牌缺失时在启动阶段就报错，而不是等第一次 API 调用返回 401。

github-rate-limit = GitHub 主速率限额已用完
    .cause = 该身份每小时的请求配额已用尽：未认证时每个 IP 每小时 60 次，用户令牌每小时 5,000 次，Actions 中的 GITHUB_TOKEN 每个仓库每小时 1,000 次，Enterprise Cloud 上的 GitHub App 最多 15,000 次。
    .translation = "API rate limit exceeded for ..."：这个 IP、用户或安装实例在本小时内的请求次数已经用完。
    .analysis-1 = 以 403 或 429 返回，并带有 x-ratelimit-remaining: 0；x-ratelimit-reset 给出配额恢复的时间（Unix 秒）。在此之前的请求都会继续失败。
    .analysis-2 = 消息中是 "for 203.0.113.7" 这样的 IP，说明调用没有认证；加上令牌后限额会从 60 提高到 5,000。
    .fix-1 = 如果消息中出现的是 IP 地址，给每个请求都加上认证（Authorization 中带令牌）。
    .fix-2 = 等到 x-ratelimit-reset 之后再重试（gh api rate_limit 可以查看）；Octokit 的 @octokit/plugin-throttling 会自动处理。
    .fix-3 = 减少调用次数：用 ETag / If-None-Match 做条件请求（304 响应不计数），用 GraphQL 一次取回嵌套数据，设置 per_page=100，用 webhook 代替轮询。
    .prevention-1 = 每次响应都读取 x-ratelimit-remaining，在归零之前主动放慢；高频自动化使用 GitHub App。

github-secondary-rate-limit = GitHub 二级速率限制：短时间内请求过于密集
    .cause = 与每小时配额无关，GitHub 会限制突发流量：并发请求过多（大约超过 100 个）、对同一接口每分钟请求过多、占用 CPU 时间过多，或短时间内创建内容的请求（issue、评论、PR）过多。
    .translation = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."：你触发了二级速率限制，请等几分钟再试。
    .analysis-1 = 即使 x-ratelimit-remaining 还远未归零，也会以 403 或 429 返回。如果有 retry-after 头，它给出需要等待的秒数。
    .analysis-2 = 被限制期间继续发送请求可能导致该集成被临时封禁，所以要彻底停下来退避。
    .fix-1 = 遵守 retry-after；没有这个头时至少等待 60 秒，再用指数退避重试。
    .fix-2 = 把请求改为串行而不是并行，并拉开创建内容类调用的间隔（POST、PATCH、PUT、DELETE 之间至少间隔一秒）。
    .fix-3 = 使用 @octokit/plugin-throttling（onSecondaryRateLimit）或类似的队列，让整个进程暂停，而不只是某一个请求。
    .prevention-1 = 按照 GitHub REST API 最佳实践设计批量任务：并发度为 1 到几个，请求速率保持平稳。

github-not-accessible-by-integration = GitHub 令牌缺少该接口所需的权限
    .cause = GitHub App、工作流的 GITHUB_TOKEN 或细粒度个人访问令牌已通过认证，但没有被授予这次调用所需的权限（例如 issues: write、pull-requests: write、contents: write、secrets），或者该仓库不在它的访问列表中。
    .translation = "Resource not accessible by integration" / "by personal access token"：令牌有效，但没有访问该资源的权限。
    .analysis-1 = 带这条消息的 403 是令牌的权限问题，而不是用户的权限问题。响应头 x-accepted-github-permissions 会准确列出该接口需要的权限。
    .analysis-2 = 在 Actions 中，默认的 GITHUB_TOKEN 往往是只读的（由组织或仓库设置决定），对来自 fork 的 pull_request 事件则始终是只读的。
    .fix-1 = 在工作流或 job 中添加 permissions 块，写明调用所需的权限，例如 permissions: issues: write、pull-requests: write（推送代码需要 contents: write）；同时检查 设置 > Actions > 通用 > 工作流权限。
    .fix-2 = 对 GitHub App，在 App 设置中添加该权限，并由所有者在安装实例上接受新权限；对细粒度 PAT，到 https://github.com/settings/tokens 编辑它，加入该仓库和权限。
    .fix-3 = 来自 fork 的 PR 确实需要写操作（评论、打标签）时，谨慎地使用 pull_request_target 或 workflow_run 工作流，且不要在持有写权限令牌时检出不可信代码。
    .prevention-1 = 在每个工作流中显式声明最小权限，让权限不足的失败清晰可见、且是有意为之。

github-saml-enforcement = GitHub 令牌或 SSH 密钥未获得组织 SAML SSO 授权
    .cause = 组织强制要求 SAML 单点登录，而你使用的个人访问令牌或 SSH 密钥尚未为该组织授权（或者 SSO 会话已过期）。
    .translation = "Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."：该资源受组织 SAML 强制保护，你必须为个人访问令牌授予访问该组织的权限。
    .analysis-1 = 以 403 返回：令牌本身有效，但组织拒绝没有关联到有效 SSO 身份的凭证。
    .analysis-2 = 授权是按令牌、按组织进行的：新建的令牌需要重新授权。
    .fix-1 = 为令牌授权：打开 https://github.com/settings/tokens，点击令牌旁的 "Configure SSO"，再对该组织点击 "Authorize"（按提示登录身份提供方）。
    .fix-2 = SSH 密钥在 https://github.com/settings/keys 用 "Configure SSO" 做同样的操作；gh 命令行执行 gh auth refresh 或重新 gh auth login，会提示进行 SSO 授权。
    .prevention-1 = 自动化场景使用组织拥有的细粒度令牌或 GitHub App，不要依赖某个人的 SSO 会话。

github-not-found = GitHub 返回 404 Not Found
    .cause = 资源不存在，或者资源存在但是私有的、你的令牌看不到：GitHub 为了不暴露私有仓库，会返回 404 而不是 403。owner/仓库写错、分支或路径拼写错误、路径段未编码或末尾多了斜杠，也会得到 404。
    .translation = "Not Found"：未找到。
    .analysis-1 = 对私有仓库来说，没有令牌、经典令牌没有 repo 范围、细粒度令牌或 GitHub App 安装实例的访问列表中没有这个仓库，都会正好得到这个 404。
    .analysis-2 = 响应体里的 documentation_url 指向 GitHub 匹配到的接口，有助于发现路径错误。
    .fix-1 = 用 gh api 调用同一个 URL（它使用你已登录的令牌），区分"不存在"和"这个令牌看不到"；核对 owner、仓库、分支和文件路径的拼写（owner/仓库不区分大小写，路径区分）。
    .fix-2 = 给令牌授予访问权：经典 PAT 需要 repo 范围；细粒度 PAT 或 GitHub App 安装实例要加入该仓库（设置 > GitHub Apps > 配置 > 仓库访问）。
    .fix-3 = 对路径参数做 URL 编码（/branches/分支名 中带斜杠的分支要写成 feature%2Fx），并去掉末尾的斜杠。
    .prevention-1 = 使用会替你构造并编码 URL 的 SDK（Octokit、PyGithub），出错时记录完整的请求 URL。

github-validation-failed = GitHub 拒绝了请求体：422 Validation Failed
    .cause = JSON 能被解析，但某个字段缺失、取值无效或违反规则；errors 数组会给出资源、字段和错误码（missing、missing_field、invalid、already_exists、unprocessable、custom）。
    .translation = "Validation Failed"：校验失败。
    .analysis-1 = 422 是客户端错误，原样重发仍会失败。custom 类错误的 errors[].message 才是真正的解释（例如 "No commits between main and feature"）。
    .analysis-2 = 常见原因：创建 PR 时 head 与 base 指向同一个提交或 head 分支不存在、标签颜色带了前导 #、缺少标题。
    .fix-1 = 打印完整的响应体，对照该接口的文档（响应体中的 documentation_url）修正 errors[] 中指出的字段和错误码。
    .fix-2 = 对于 PR，先推送 head 分支，并确保它包含 base 中没有的提交；head 分支在 fork 中时用 owner:branch 的形式。
    .prevention-1 = 调用前先校验参数，日志中要记录 errors[] 的详细内容，而不只是顶层消息。

github-already-exists = 该 GitHub 资源已经存在
    .cause = 你试图创建已存在的对象：同一 head 和 base 的 PR、git 引用或标签、某个标签对应的 Release、label、仓库或 webhook。
    .translation = "A pull request already exists" / "Reference already exists" / "name already exists on this account"：PR 已存在 / 引用已存在 / 该账号下已有同名对象。
    .analysis-1 = GitHub 把重复创建报告为 422 Validation Failed，errors[] 中的错误码为 already_exists（或 code 为 custom，附带 "name already exists on this account" 之类的消息），而不是 409。
    .analysis-2 = CI 任务重跑时经常遇到，因为第一次运行已经把对象创建出来了。
    .fix-1 = 查出已有的对象并复用或更新它：gh pr list --head 分支，PATCH /repos/OWNER/REPO/git/refs/heads/分支 移动引用，gh release view 标签 或编辑它。
    .fix-2 = 让步骤具备幂等性：使用"有则取、无则建"的逻辑，或者在已有对象正是你想要的情况下容忍 already_exists。
    .fix-3 = 名称已被占用时（本账号下的仓库、label、webhook）：直接使用已有的对象（gh repo view OWNER/NAME），用更新代替创建（PATCH /repos/OWNER/REPO、PATCH /repos/OWNER/REPO/labels/NAME），或者换一个名称。
    .prevention-1 = 把发布和 PR 自动化设计成可以重跑的（先检查，再创建）。

github-git-password-auth-removed = GitHub 已不再接受用账户密码进行 HTTPS git 操作
    .cause = git 发送的是你的 GitHub 账户密码；自 2021 年 8 月 13 日起，通过 HTTPS 的 git 操作必须使用个人访问令牌、GitHub CLI / Git Credential Manager，或者改用 SSH。
    .translation = "Support for password authentication was removed on August 13, 2021."：密码认证已于 2021 年 8 月 13 日停止支持。
    .analysis-1 = 随后的 "fatal: Authentication failed" 只是结果；这个密码登录网站可能完全正确。
    .analysis-2 = 凭证助手（macOS 钥匙串、Windows 凭据管理器、git-credential-store）可能会一直重发旧密码，直到把它删掉。
    .fix-1 = 执行 gh auth login（选择 HTTPS）和 gh auth setup-git，或安装 Git Credential Manager，它会打开浏览器登录并保存令牌。
    .fix-2 = 或者到 https://github.com/settings/tokens 创建令牌（repo 范围，或带 Contents 读写权限的细粒度令牌），在 git 要求输入密码时填入令牌；先删除已保存的旧密码（git credential reject）。
    .fix-3 = 或者把远程地址改为 SSH：在 https://github.com/settings/keys 添加公钥后执行 git remote set-url origin git@github.com:OWNER/REPO.git。
    .prevention-1 = 使用凭证管理器或 SSH 密钥，不要把密码或令牌写进远程 URL，否则会留在 shell 历史或 CI 日志里。

github-git-permission-denied = GitHub 拒绝了推送：该账户对仓库没有写权限
    .cause = git 以 "denied to" 后面的用户身份完成了认证，但该账户（或令牌）不能写入：它不是你想用的账户（缓存的凭证）、只有只读权限、令牌缺少 repo / Contents 写权限，或在 Actions 中 GITHUB_TOKEN 是只读的。
    .translation = "Permission to OWNER/REPO.git denied to USER."：用户 USER 没有 OWNER/REPO.git 的权限。
    .analysis-1 = git 收到 HTTP 403 表示认证成功但授权失败；"denied to" 后面的用户名就是 git 实际使用的身份。
    .analysis-2 = 消息中出现 github-actions[bot] 说明用的是工作流令牌：它的权限来自工作流的 permissions 块和仓库的 Actions 设置。
    .fix-1 = 如果用户名不是你预期的，清除缓存的凭证（git credential reject，或从钥匙串 / 凭据管理器中删除 github.com 条目），再用 gh auth login 重新登录。
    .fix-2 = 在 GitHub Actions 中给工作流或 job 添加 permissions: contents: write，并检查 设置 > Actions > 通用 > 工作流权限；受保护分支可能还需要绕过规则或改走 PR。
    .fix-3 = 否则就申请写权限（以 Write 角色成为协作者、加入团队），或推送到自己的 fork 后发起 PR；细粒度令牌必须包含该仓库且 Contents 为读写。
    .prevention-1 = 每个主机和账户只保留一份凭证（多账户时使用 SSH Host 别名），避免 git 悄悄用错身份。

github-git-repository-not-found = git 找不到该仓库（或该账户看不到它）
    .cause = 远程 URL 指向的仓库不存在，或已认证的账户无权访问；对于你无权访问的私有仓库，GitHub 同样回答 "Repository not found"，与仓库不存在时一模一样。
    .translation = "Repository not found."：找不到仓库。
    .analysis-1 = 这通常是伪装成"不存在"的访问权限问题：缓存了另一个账户的凭证、令牌没有 repo 范围或不包含该仓库，或者 SSH 密钥注册在另一个账户下。
    .analysis-2 = owner 或仓库名拼错、仓库被改名或转移、部署密钥挂在别的仓库上，也会出现同样的消息。
    .fix-1 = 用 git remote -v 检查拼写；以预期的账户登录浏览器打开该 URL。
    .fix-2 = 确认 git 使用的账户：SSH 用 ssh -T git@github.com，HTTPS 用 gh auth status；清除错误的缓存凭证后重新认证。
    .fix-3 = 授予访问权：把账户加为协作者或加入团队，把仓库加入细粒度令牌或 App 安装实例，或使用注册在该仓库上的部署密钥。
    .prevention-1 = 每个账户和仓库集合使用一份命名清晰的凭证；自动化优先使用限定到仓库的部署密钥或 GitHub App 令牌。

github-large-file-gh001 = GitHub 拒绝了推送：有文件超过 100 MB 上限（GH001）
    .cause = 正在推送的某个提交中包含大于 100 MB 的文件（超过 50 MB 时 GitHub 会警告）。文件已经在提交历史里，在新提交中删除它没有用。
    .translation = "File X is N MB; this exceeds GitHub's file size limit of 100.00 MB. GH001: Large files detected."：文件 X 大小为 N MB，超过了 GitHub 100 MB 的单文件上限；检测到大文件。
    .analysis-1 = pre-receive 钩子会拒绝整个推送，其中的任何内容都不会保存到 GitHub。
    .analysis-2 = 必须把这个 blob 从所有包含它的未推送提交中移除，或迁移到 Git LFS。
    .fix-1 = 如果这个文件需要版本管理，把它迁移到 Git LFS 并改写未推送的提交：git lfs migrate import --include="路径" --include-ref=refs/heads/分支，然后再推送。
    .fix-2 = 如果它不该进 git，就从历史中删掉：只在最后一个提交中时，git rm --cached 路径 后 git commit --amend；在更早的历史中时，用 git filter-repo --path 路径 --invert-paths。然后把它加入 .gitignore。
    .fix-3 = 把大文件放到别处（GitHub Releases 附件最大 2 GB、对象存储），在构建时再下载。
    .prevention-1 = 尽早在 .gitignore 或 .gitattributes（LFS）中加入大文件规则，并使用 pre-commit 钩子（check-added-large-files）。

github-ssh-publickey = git 服务器拒绝了你的 SSH 密钥
    .cause = SSH 客户端没有提供任何密钥，或提供的密钥都没有注册在账户上：还没生成密钥、密钥没加载进 ssh-agent、公钥没添加到 GitHub、密钥注册在另一个账户下，或 URL 中的用户名不对（必须是 git@）。
    .translation = "Permission denied (publickey)"：服务器没有接受任何一把提供的 SSH 密钥。
    .analysis-1 = 认证在检查仓库之前就失败了；随后那句"请确认你有正确的访问权限并且仓库存在"只是通用提示。
    .analysis-2 = ssh -vT git@github.com 会显示尝试了哪些密钥文件（"Offering public key"）以及是否有一把被接受。
    .fix-1 = 如有需要先创建密钥（ssh-keygen -t ed25519），加载它（ssh-add ~/.ssh/id_ed25519），再把 .pub 文件内容添加到 https://github.com/settings/keys（GitLab：用户设置 > SSH 密钥）。
    .fix-2 = 用 ssh -T git@github.com 测试："Hi USER!" 会显示这把密钥属于哪个账户；如果账户不对，在 ~/.ssh/config 中为该主机指定 IdentityFile。
    .fix-3 = 如果 22 端口被封，改用 ssh.github.com 的 443 端口（在 ~/.ssh/config 中写 Host github.com / Hostname ssh.github.com / Port 443），或改用 HTTPS 加令牌。
    .prevention-1 = 把密钥放在 ssh-agent 或硬件 / 系统钥匙串中，每台机器一把，并从账户中删除已退役机器的密钥。

## GitLab

gitlab-unauthorized = GitLab 拒绝了令牌：401 Unauthorized
    .cause = 令牌缺失、已过期（GitLab 令牌必须设置过期日期）、已被撤销、属于另一个 GitLab 实例，或者放错了请求头（个人 / 项目 / 群组令牌用 PRIVATE-TOKEN，OAuth 令牌用 Authorization: Bearer，CI_JOB_TOKEN 用 JOB-TOKEN）。
    .translation = "401 Unauthorized"：GitLab 不接受该凭证。
    .analysis-1 = 任何认证失败 GitLab 都返回 401，响应体不提供更多细节，所以要把令牌和请求头放在一起检查。
    .analysis-2 = 机器人用户已被移除的项目或群组访问令牌，以及在 gitlab.com 创建却用于自建实例的令牌，都会以同样方式失败。
    .fix-1 = 直接测试令牌：curl --header "PRIVATE-TOKEN: $GITLAB_TOKEN" https://主机/api/v4/user（OAuth 令牌用 Authorization: Bearer）。这里返回 401 就说明令牌本身有问题。
    .fix-2 = 在 用户设置 > 访问令牌（https://gitlab.com/-/user_settings/personal_access_tokens）或项目的 设置 > 访问令牌 中新建令牌，选好所需范围和过期日期，然后更新 CI 变量或密钥。
    .fix-3 = 检查基础 URL：API 位于 https://主机/api/v4，且令牌必须由同一个实例签发。
    .prevention-1 = 跟踪令牌的过期日期（GitLab 会在过期前发邮件），并用定时任务调用 API 轮换（POST /personal_access_tokens/self/rotate）。

gitlab-insufficient-scope = GitLab 令牌缺少该 API 调用所需的范围（scope）
    .cause = 令牌有效，但创建时选择的范围比接口要求的窄（例如需要 api 或 write_repository，却只有 read_api 或 read_repository）。
    .translation = "insufficient_scope: The request requires higher privileges than provided by the access token."：该请求需要比访问令牌所提供的更高的权限。
    .analysis-1 = 以 403 返回，error 为 insufficient_scope；响应体中的 scope 属性给出了足够的范围。
    .analysis-2 = 已有令牌无法追加范围，必须新建令牌。
    .fix-1 = 按响应体中给出的范围新建令牌（完整的 API 写权限用 api，只读用 read_api，git 和镜像仓库用 write_repository / read_registry / write_registry），替换旧令牌。
    .fix-2 = 如果角色也不够（需要 Developer 或 Maintainer，却只是 Guest 或 Reporter），在 管理 > 成员 中提升令牌对应用户或机器人的角色。
    .prevention-1 = 为每个集成记录它需要的范围，创建令牌时恰好授予这些范围。

gitlab-forbidden = GitLab 拒绝了该操作：403 Forbidden
    .cause = 已认证的用户或令牌无权执行此操作：角色不够（例如 Developer 推送受保护分支、Reporter 创建合并请求）、项目或群组设置禁止该操作，或令牌范围是只读的。
    .translation = "403 Forbidden"：已通过认证，但不被允许。
    .analysis-1 = GitLab 返回的 403 是授权决定；用同一个令牌重试仍会失败。
    .analysis-2 = 受保护的分支和标签、被关闭的功能（议题、软件包、容器镜像库）以及实例级限制，同样会返回简单的 403 Forbidden。
    .fix-1 = 在 管理 > 成员 中查看令牌对应用户在项目中的角色，对照 GitLab 权限表，必要时提升；项目和群组访问令牌的角色在创建时就已确定。
    .fix-2 = 推送或合并分支、标签时，检查 设置 > 仓库 > 受保护分支 / 受保护标签：放行对应角色，或改走合并请求。
    .fix-3 = 确认项目已启用所用的功能（设置 > 通用 > 可见性、项目功能、权限）。
    .prevention-1 = 为每个集成使用专用的项目或群组访问令牌，授予最低的角色和范围。

gitlab-job-token-not-allowed = 该项目的 CI/CD 作业令牌无权访问目标项目
    .cause = 目标项目通过作业令牌白名单限制了 CI_JOB_TOKEN 的访问，而运行该作业的源项目不在白名单中。
    .translation = "Authentication by CI/CD job token not allowed from SOURCE to TARGET."：不允许来自 SOURCE 的 CI/CD 作业令牌访问 TARGET。
    .analysis-1 = 从 GitLab 16/17 开始，新项目默认限制作业令牌访问；作业令牌本身有效，但目标项目拒绝它。
    .analysis-2 = 需要修改的是"目标"项目（被访问的那个），而不是运行流水线的项目。
    .fix-1 = 在目标项目中进入 设置 > CI/CD > 作业令牌权限，把源项目（或其群组）加入白名单；或以 Maintainer 身份调用 POST /projects/目标ID/job_token_scope/allowlist。
    .fix-2 = 触发流水线的用户本身也必须能访问目标项目；否则改用存放在受保护 CI/CD 变量中的项目或群组访问令牌。
    .prevention-1 = 让跨项目依赖保持显式：在白名单中列出来，并记录哪些流水线从哪里拉取。

gitlab-project-not-found = GitLab 找不到该项目，或令牌看不到它
    .cause = 该路径下没有这个项目，或者项目是私有 / 内部的而令牌对应的用户不是成员：GitLab 会返回 404 而不是 403 来隐藏它。未编码的命名空间路径，以及会解码 %2F 的代理，也会导致这个结果。
    .translation = "404 Project Not Found" / "The project you were looking for could not be found or you don't have permission to view it."：找不到你要找的项目，或你没有查看它的权限。
    .analysis-1 = 在 API 中，项目 ID 要么是数字 ID，要么是把完整路径作为一个整体进行 URL 编码（group%2Fsubgroup%2Fproject）；未编码的斜杠会让路由失效。
    .analysis-2 = 对 git clone 来说，同样的文字表示 git 所用的凭证没有访问权限（常见的是 CI_JOB_TOKEN，或没有 read_repository 的部署令牌）。
    .fix-1 = 使用数字项目 ID（设置 > 通用 中可见）或对完整路径做 URL 编码，并检查主机（gitlab.com 还是你的自建实例）。
    .fix-2 = 给令牌对应的用户至少 Reporter 权限（只读公开信息 Guest 即可），或使用在该项目中创建的项目访问令牌。
    .fix-3 = 如果 GitLab 前面有反向代理，配置它不要解码路径中的 %2F（nginx：proxy_pass 不带 URI 部分；Apache：AllowEncodedSlashes NoDecode）。
    .prevention-1 = 自动化中用数字 ID 引用项目；ID 在改名和转移后依然不变。

gitlab-rate-limit = 触发 GitLab 速率限制：Retry later
    .cause = 该用户、令牌或 IP 发送的请求超过了实例的速率限制（已认证 / 未认证 API 限额，以及项目导出、搜索等接口的单独限额）。
    .translation = "Retry later"：请求过多，请在指定时间后重试。
    .analysis-1 = 返回 429，响应体是纯文本 "Retry later"；响应头 RateLimit-Remaining、RateLimit-Reset（Unix 时间）和 Retry-After（秒）告诉你窗口何时恢复。
    .analysis-2 = gitlab.com 的限额按套餐固定；自建实例由管理员在 管理中心 > 设置 > 网络 > 用户和 IP 速率限制 中设置。
    .fix-1 = 等待 Retry-After 指定的秒数，再带退避继续；python-gitlab 设置 retry_transient_errors=True 即可自动处理。
    .fix-2 = 减少请求量：per_page=100 配合键集分页、缓存响应，不要在紧密循环中轮询流水线（改用 webhook 或更长的间隔）。
    .fix-3 = 自建实例可请管理员提高限额，或把 CI runner 的 IP 加入速率限制豁免列表。
    .prevention-1 = 读取 RateLimit-Remaining，在归零之前主动放慢；批量任务限制并发度。

gitlab-git-http-basic-denied = GitLab 拒绝了 HTTPS 方式的 git 凭证
    .cause = git 发送的密码或令牌不被 GitLab 接受：开启了双因素认证或禁用了 git 密码认证时仍用账户密码、令牌已过期或被撤销，或令牌没有 read_repository / write_repository 范围。
    .translation = "HTTP Basic: Access denied"：git 发送的用户名和密码（或令牌）被拒绝。
    .analysis-1 = 随后的 "fatal: Authentication failed" 只是结果；凭证助手可能一直在重发之前保存的旧密码。
    .analysis-2 = 使用个人访问令牌时，用户名可以是任意非空值（例如 oauth2），令牌填在密码位置。
    .fix-1 = 删除已保存的凭证（git credential reject，或从钥匙串 / 凭据管理器中删除 gitlab 条目），然后用个人访问令牌作为密码重新认证。
    .fix-2 = 在 用户设置 > 访问令牌 中创建带 read_repository（推送还需 write_repository）的令牌；在 CI 中，对作业令牌有权访问的仓库使用 https://gitlab-ci-token:$CI_JOB_TOKEN@主机/...。
    .fix-3 = 或者使用 SSH 密钥（用户设置 > SSH 密钥），或执行 glab auth login，它会替你配置好 git。
    .prevention-1 = 使用凭证管理器或 SSH 密钥，永远不要把令牌写进会被提交或打印到日志里的远程 URL。

## Stripe

stripe-invalid-api-key = Stripe 拒绝了 API 密钥：Invalid API Key provided
    .cause = 发送的私钥不是任何 Stripe 账户的有效密钥：输错或被截断、已在控制台中轮换（替换）或删除、带了多余的引号或空白字符，或者是示例 .env 文件里的占位值。
    .translation = "Invalid API Key provided"：Stripe 不认识这个密钥。
    .analysis-1 = HTTP 401（AuthenticationError / StripeAuthenticationError）表示在检查其他任何内容之前认证就失败了；错误中会回显密钥前缀（sk_test_ 或 sk_live_），中间部分被遮盖。
    .analysis-2 = 测试密钥和正式密钥是分开的：从测试模式复制的密钥只能操作测试对象；已轮换的密钥在到期后停止工作。
    .fix-1 = 从 https://dashboard.stripe.com/apikeys（测试模式为 /test/apikeys）复制当前的私钥，填入服务端读取的变量（例如 STRIPE_SECRET_KEY），不要带引号或末尾换行。
    .fix-2 = 确认服务端确实在用这个变量：启动时打印密钥前缀和最后 4 位与控制台对比；缓存了旧值的进程要重启。
    .fix-3 = 如果使用受限密钥（rk_...），检查它是否仍在"受限密钥"列表中；如果被轮换过，部署新的密钥。
    .prevention-1 = 把 Stripe 密钥放在密钥管理服务中，服务端使用最小权限的受限密钥；轮换密钥时保留过渡期，而不是直接删除。

stripe-no-api-key = 请求没有携带 Stripe API 密钥
    .cause = 请求到达 Stripe 时没有 Authorization 头：从未设置 stripe.api_key（或在第一次调用之后才设置、或设置在了另一个工作进程里），或者环境变量为空。
    .translation = "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth."：你没有提供 API 密钥，需要以 Bearer 方式在 Authorization 请求头中提供。
    .analysis-1 = 这是认证错误（401）：Stripe 不知道这次调用属于哪个账户。
    .analysis-2 = 在 stripe-python 和 stripe-node 中，密钥是全局的或按客户端设置的；自行创建客户端的代码路径、后台 worker 和 Serverless 函数都需要各自设置。
    .fix-1 = 在第一次调用之前设置私钥：Python 用 stripe.api_key = os.environ["STRIPE_SECRET_KEY"]，Node 用 new Stripe(process.env.STRIPE_SECRET_KEY)，每个会调用 Stripe 的进程都要设置。
    .fix-2 = 直接发 HTTP 请求时使用 Authorization: Bearer sk_...，或 curl -u sk_...:（注意末尾的冒号）。
    .prevention-1 = 启动时校验 STRIPE_SECRET_KEY 存在且以 sk_ 或 rk_ 开头，否则立即报错退出。

stripe-publishable-key-used = 在服务端调用中使用了 Stripe 可发布密钥
    .cause = 请求用可发布密钥（pk_test_ / pk_live_）认证，而它只能在浏览器和移动端用于 Stripe.js / Elements 的令牌化，不能用于创建扣款、客户或读取数据的 API 调用。
    .translation = "This API call cannot be made with a publishable API key. Please use a secret API key."：这个 API 调用不能使用可发布密钥，请使用私钥。
    .analysis-1 = 密钥有效但类型不对；服务端必须使用私钥（sk_）或受限密钥（rk_）。
    .analysis-2 = 常见于两个环境变量（可发布密钥和私钥）被互换，或者前端直接调用了 Stripe API。
    .fix-1 = 服务端使用 https://dashboard.stripe.com/apikeys 中的私钥（Secret key，sk_...）；可发布密钥只留在前端代码中。
    .fix-2 = 如果这个调用发生在浏览器中，把它移到后端，只把结果（例如 PaymentIntent 的 client_secret）交给客户端。
    .prevention-1 = 变量命名要无歧义（STRIPE_PUBLISHABLE_KEY 与 STRIPE_SECRET_KEY），绝不能把私钥发到浏览器。

stripe-api-key-expired = Stripe API 密钥已过期
    .cause = 该密钥在控制台中被轮换并设置了到期时间，现在已经过了到期时间，旧密钥不再能通过认证。
    .translation = "Expired API Key provided"：提供的 API 密钥已过期。
    .analysis-1 = api_key_expired 是认证错误（401）；用同一个密钥重试不可能成功。
    .fix-1 = 用 https://dashboard.stripe.com/apikeys 中的当前密钥替换，并重新部署所有使用它的服务和任务。
    .fix-2 = 如果不是你自己轮换的，查看账户安全日志确认是谁操作的，并排查旧密钥曾在哪些地方使用。
    .prevention-1 = 轮换密钥时把到期时间设得足够长，确保新密钥能部署到所有地方，并记录哪个服务持有哪个密钥。

stripe-card-declined = 客户的银行卡被拒绝
    .cause = 支付在卡片一侧失败：发卡行拒绝（insufficient_funds、generic_decline、do_not_honor、lost_card 等）、Stripe Radar 判定为高风险而拦截，或卡片信息有误（incorrect_cvc、expired_card、incorrect_number）。你的 Stripe 账户和代码都是正常的。
    .translation = "Your card was declined."：你的卡被拒绝了。
    .analysis-1 = card_error（HTTP 402，CardError / StripeCardError）是支付失败时的预期结果，而不是集成 bug；code 和 decline_code 说明了原因，message 可以直接展示给付款人。
    .analysis-2 = 同一张卡原样重试通常还会失败，还可能触发发卡行的风控规则；processing_error 是例外，可以重试一次。
    .fix-1 = 把错误消息展示给客户，请其更换支付方式或更正卡片信息；在日志中记录 code、decline_code 和请求 ID。
    .fix-2 = 如果发卡行要求验证，使用支持 3D Secure 的 PaymentIntents（状态 requires_action，由 Stripe.js 的 confirmCardPayment / confirmPayment 处理），而不是直接扣款。
    .fix-3 = 在测试模式下，检查你用的是哪张测试卡：4000 0000 0000 0002 之类的卡会故意被拒，要成功请用 4242 4242 4242 4242。
    .prevention-1 = 在结账代码中把 CardError 当作正常的、面向用户的结果来处理；如果合法支付被拦截，到控制台检查 Radar 规则。

stripe-resource-missing = Stripe 找不到该对象：No such ...
    .cause = 该 ID 指向的对象在这个密钥所属的账户和模式下不存在：在正式模式密钥下使用了测试模式的 ID（或反之）、读取 Connect 子账户的对象却没有带 Stripe-Account 头、对象已被删除，或 ID 来自另一个 Stripe 账户。
    .translation = "No such OBJECT: 'id'"：对这个密钥来说，不存在该 ID 的对象。
    .analysis-1 = resource_missing（HTTP 404，InvalidRequestError）后面常跟着提示，例如 "a similar object exists in test mode, but a live mode key was used"（测试模式中存在类似对象，但使用的是正式模式密钥）。
    .analysis-2 = 错误中的 param 字段指出了哪个参数带着错误的 ID（例如 line_items[0][price]）。
    .fix-1 = 使用与对象同一模式的密钥：测试 ID 配 sk_test_ 密钥，正式 ID 配 sk_live_ 密钥；上线前在正式模式中重新创建测试模式下的价格和产品。
    .fix-2 = 使用 Stripe Connect 时传入子账户：对象属于该账户时，Python 用 stripe_account="acct_..."，Node 用 stripeAccount 请求选项。
    .fix-3 = 在正确的账户和模式下用控制台搜索该 ID；不要再使用已删除对象的 ID（例如数据重置后仍保存的客户 ID）。
    .prevention-1 = 保存 ID 时一并记录它所属的模式和账户；价格用 lookup_key 引用，不要硬编码价格 ID。

stripe-idempotency-mismatch = Stripe 幂等键被用于参数不同的请求
    .cause = 请求携带的 Idempotency-Key 已经被之前一个参数不同的请求使用过；Stripe 拒绝把两个不同的操作当成同一个。
    .translation = "Keys for idempotent requests can only be used with the same parameters they were first used with."：幂等请求的键只能与第一次使用时相同的参数一起使用。
    .analysis-1 = idempotency_error（400，IdempotencyError）是客户端设计问题：幂等键没有做到"每个操作唯一"（用了常量、用户 ID，或在多个不同调用中复用同一个订单 ID）。
    .analysis-2 = Stripe 会为每个键保存首次结果至少 24 小时；在此期间同一个键必须搭配完全相同的参数。
    .fix-1 = 每个逻辑操作生成一个键（例如随订单尝试一起保存的 UUID，或由操作标识和参数计算出的哈希），只在重试同一个请求时复用。
    .fix-2 = 如果参数确实变了（例如修改了金额），就为新请求生成新的键。
    .prevention-1 = 用"操作类型 + 该操作自身 ID"生成键（例如 "pi-create-" 加订单尝试 ID），不同接口之间绝不共用一个键。

stripe-idempotency-key-in-use = 另一个使用相同幂等键的 Stripe 请求仍在处理中
    .cause = 两个使用相同 Idempotency-Key 的请求同时执行了（重复提交、并行重试，或在第一次请求完成之前就发起了重试）。
    .translation = "There is currently another in-progress request using this Idempotent Key / Stripe-Idempotency-Key. Please try again later."：当前有另一个使用该幂等键的请求正在处理中，请稍后再试。
    .analysis-1 = idempotency_key_in_use（409；Python 和 Node 中为 IdempotencyError，Java、PHP 和 .NET 中为 IdempotencyException）是暂时性的：第一个请求完成后，用同一个键重试会返回它保存的结果。
    .fix-1 = 短暂退避后用相同的键和参数重试，你会得到第一个请求的结果，而不会重复执行。
    .fix-2 = 在界面上防止重复提交（禁用按钮），并且不要在原始请求进行中并行发起重试。
    .prevention-1 = 使用 SDK 内置的重试（max_network_retries / maxNetworkRetries），它会复用幂等键并自动退避。

stripe-rate-limit = Stripe 限流：请求过多，或对象被锁定
    .cause = 账户超过了 Stripe 的请求速率（正式模式约每秒 100 次读、100 次写，测试模式 25 次，search 等部分接口更低），或者大量并发请求同时操作同一个对象（lock_timeout）。
    .translation = "Request rate limit exceeded."：超出请求速率限制。lock_timeout 对应的消息意思是：另一个 API 请求或 Stripe 内部流程正在访问该对象，暂时无法访问。
    .analysis-1 = HTTP 429 可以重试；开启最大网络重试次数后，SDK 会用同一个幂等键自动重试。
    .analysis-2 = lock_timeout 表示对单个对象的争用（例如多个 worker 同时更新同一个客户或订阅），而不是整体流量过大。
    .fix-1 = 开启 SDK 带退避的重试：Python 设置 stripe.max_network_retries = 3，Node 设置 maxNetworkRetries: 3。
    .fix-2 = 降低速率：批量任务排队执行、降低并发，用列表自动分页代替大量单独查询，用 webhook 代替轮询。
    .fix-3 = 遇到 lock_timeout 时，把对同一对象的更新串行化（每个客户或订阅只由一个 worker 处理）。
    .prevention-1 = 在测试模式下做压测时要考虑其更低的限额；计划中的流量高峰前先联系 Stripe 支持。

stripe-invalid-parameter = Stripe 拒绝了某个请求参数
    .cause = 缺少必填参数、发送了未知参数（拼写错误，或来自更新 / 更旧 API 版本的字段），或取值类型不对（例如 Stripe 要求以最小货币单位表示的整数金额，却传了小数）。
    .translation = "Missing required param" / "Received unknown parameter" / "Invalid integer"：缺少必填参数 / 收到未知参数 / 整数无效。
    .analysis-1 = invalid_request_error，错误码为 parameter_missing、parameter_unknown 或 parameter_invalid_*（HTTP 400）；param 字段指出了具体参数。
    .analysis-2 = 错误经常会建议正确的名字（"Did you mean payment_method_types?"）；除零小数位货币外，金额都以分（或最小单位）的整数表示。
    .fix-1 = 对照你所用 API 版本（在控制台"开发者"中可见）的 https://docs.stripe.com/api 参考文档，修正 param 指出的参数。
    .fix-2 = 把金额换算为最小单位的整数（19.99 美元 = 1999），并按 SDK 期望的结构传递嵌套参数。
    .prevention-1 = 在 SDK 配置中固定 Stripe API 版本，有计划地升级，并阅读更新日志中的参数改名说明。

stripe-nothing-to-invoice = Stripe 没有可以放进账单的待开项目
    .cause = 为一个没有待开账单项目的客户创建了账单；较新的 API 版本（2022-08-01 及以后）不再自动把待开账单项目拉进新账单。
    .translation = "Nothing to invoice for customer"：该客户没有可开账单的内容。
    .analysis-1 = invoice_no_customer_line_items（HTTP 400）不可重试：账单会是空的。
    .analysis-2 = 常见原因是调用顺序：在账单之前创建、且没有指定 invoice= 的账单项目会一直处于待开状态，不会被附加到账单上。
    .fix-1 = 先创建账单，再用 invoice=账单ID 创建账单项目，最后确认（finalize）账单。
    .fix-2 = 或者创建账单时设置 pending_invoice_items_behavior="include"，把该客户之前创建的待开项目收进来。
    .prevention-1 = 按照你所用 API 版本的账单集成指南实现，并在升级 API 版本后测试账单创建流程。

stripe-restricted-key-permission = Stripe 受限密钥缺少该接口所需的权限
    .cause = 请求使用的受限 API 密钥（rk_...）没有包含消息中点名的权限（例如 rak_charge_read、rak_refund_write）。
    .translation = "The provided key does not have the required permissions for this endpoint. Having the PERMISSION permission would allow this request to continue."：提供的密钥没有该接口所需的权限，拥有 PERMISSION 权限即可继续。
    .analysis-1 = HTTP 403（PermissionError）：认证成功，但对这类资源的授权失败。
    .fix-1 = 在 https://dashboard.stripe.com/apikeys（受限密钥 > 该密钥 > 编辑）中授予消息里点名的权限（对该资源的读或写）。
    .fix-2 = 或者为需要这项权限的服务单独创建一个受限密钥，而不是扩大一个共享密钥的权限。
    .prevention-1 = 记录每个服务需要访问哪些 Stripe 资源，并为每个服务配置独立的受限密钥。

stripe-webhook-signature = Stripe webhook 签名校验失败
    .cause = Stripe-Signature 头中的签名与请求体不匹配：请求体在校验前被 JSON 中间件解析后又重新序列化、用错了端点密钥（whsec_...，测试与正式、CLI 与控制台端点各不相同），或事件时间超出了容差（默认 5 分钟）。
    .translation = "No signatures found matching the expected signature for payload."：没有找到与请求体匹配的签名。
    .analysis-1 = 校验由 SDK 在本地完成，并没有调用 Stripe API。事件是真实的，只是你的服务器无法证明这一点。
    .analysis-2 = 每个 webhook 端点都有自己的签名密钥，本地转发时 stripe listen 还会打印另一个密钥。
    .fix-1 = 把原始请求体字节传给 constructEvent / construct_event：Express 中在 webhook 路由上使用 type 为 application/json 的 express.raw，并注册在 express.json 之前；Flask 用 request.get_data()；Next.js 用 await req.text()。
    .fix-2 = 使用该端点在 https://dashboard.stripe.com/webhooks 中对应模式下的签名密钥（本地测试时用 stripe listen 打印的 whsec_）。
    .fix-3 = 如果只因时间戳失败，检查服务器时钟；不要在收到很久之后再重放保存下来的请求体。
    .prevention-1 = 每次部署后自动执行一次测试：用 stripe trigger 向端点发送一个已签名的示例事件。

stripe-api-error = Stripe 发生内部错误
    .cause = Stripe 一侧的临时问题（api_error，HTTP 500/502/503/504），不是请求参数导致的。
    .translation = "An unknown error occurred"：发生了未知错误。
    .analysis-1 = 结果未知：操作可能已经生效，也可能没有。使用相同的 Idempotency-Key 重试是安全的，如果已经完成，会返回第一次的结果。
    .fix-1 = 用同一个幂等键做指数退避重试（设置了最大网络重试次数时 SDK 会自动这样做）。
    .fix-2 = 查看 https://status.stripe.com/；如果某个请求持续失败，带上请求 ID（req_...）联系 Stripe 支持。
    .prevention-1 = 对所有创建或变更资金流动的 POST 请求都带上幂等键。

## Twilio

twilio-authenticate = Twilio 拒绝了凭证（错误 20003）
    .cause = Account SID 与 Auth Token（或 API Key SID 与密钥）不匹配：Auth Token 输错或已轮换、用测试凭证做真实调用、API Key 属于其他账户或子账户，或使用 API Key 时没有同时传 Account SID。
    .translation = "Authenticate"：认证失败。
    .analysis-1 = 带 20003 错误码的 HTTP 401 表示整个请求认证失败；Twilio 给出的消息本身只有 "Authenticate" 一个词。
    .analysis-2 = API Key（SK...）必须与拥有它的账户的 Account SID（AC...）一起使用；区域 API Key 只能用于该区域的终端节点。
    .fix-1 = 从 https://console.twilio.com（控制台首页的 Account info）复制 Account SID 和 Auth Token，填入 TWILIO_ACCOUNT_SID 和 TWILIO_AUTH_TOKEN；如果令牌轮换过，使用新的主令牌。
    .fix-2 = 使用 API Key 时，按 Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID) 的方式创建客户端，并在 账户 > API keys & tokens 中确认该 Key 仍然存在。
    .fix-3 = 检查是否用了测试凭证（Test Account SID / Test Auth Token）：它们只能配合专用的测试号码使用，不能真正发送或读取数据。
    .prevention-1 = 每个服务使用独立的 API Key，而不是主 Auth Token；把它们存放在密钥管理服务中并定期轮换。

twilio-resource-not-found = Twilio 资源不存在（错误 20404）
    .cause = 路径中的 SID 在该账户中不存在：消息、通话、录音或号码的 SID 来自其他账户或子账户、资源已被删除，或 SID 写错。
    .translation = "The requested resource ... was not found"：请求的资源不存在。
    .analysis-1 = HTTP 404，错误码 20404。子账户的资源只有用该子账户的凭证，或在路径中使用它的 Account SID 才能看到。
    .fix-1 = 核对 SID，并在同一账户的 Twilio 控制台日志中查找；资源属于子账户时，使用子账户的 Account SID（client.api.accounts(子账户SID)...）。
    .fix-2 = 如果资源已被删除（录音和消息正文可能被脱敏或清除），在代码中把 404 当作"已不存在"来处理。
    .prevention-1 = 保存资源 SID 时一并保存它所属的 Account SID。

twilio-invalid-to-number = Twilio 拒绝了目标号码（错误 21211）
    .cause = To 号码不是 Twilio 期望格式的有效电话号码：不是 E.164 格式（缺少 + 和国家代码）、包含字母或空格、位数过短或过长，或者在该国家无法拨打。
    .translation = "The 'To' number ... is not a valid phone number."：目标号码不是有效的电话号码。
    .analysis-1 = HTTP 400，错误码 21211；没有发送任何内容。同一个号码重试仍会失败。
    .fix-1 = 发送前把号码规范化为 E.164 格式（例如 +14155550100）：Python 用 phonenumbers 库，Node 用 libphonenumber-js，并指定用户的默认国家。
    .fix-2 = 注册时用 Twilio Lookup（https://www.twilio.com/docs/lookup/v2-api）校验用户输入，尽早发现无效号码或固话号码。
    .prevention-1 = 只以 E.164 格式存储电话号码，并在录入时校验。

twilio-trial-unverified-number = Twilio 试用账户：目标号码未经验证
    .cause = 试用账户（以及在短信场景下，没有获批主合规档案的账户）只能向账户中已验证的号码（Verified Caller IDs）发送短信或拨打电话，而这个目标号码不在其中。
    .translation = "The number is unverified. Trial accounts cannot send messages to unverified numbers."：该号码未经验证，试用账户不能向未验证号码发送消息（短信错误码 21608，通话为 21219）。
    .analysis-1 = HTTP 400，错误码 21608（短信）或 21219（语音）。这是账户层面的限制，与号码或代码本身无关。
    .fix-1 = 在 https://console.twilio.com 的 Phone Numbers > Manage > Verified Caller IDs 中验证该号码（Twilio 会打电话或发短信给它一个验证码）。
    .fix-2 = 升级账户（填写付款信息）并在 Trust Hub 中让主合规档案（Primary Compliance Profile）获批，即可向任意号码发送；在此之前，试用账户发出的短信还会带有 "Sent from your Twilio trial account" 前缀。
    .prevention-1 = 凡是涉及真实用户号码的测试都使用付费账户，并确保生产配置中不带试用模式的假设。

twilio-geo-permission = Twilio 地理权限阻止了该目标国家
    .cause = 账户的地理权限（Geo permissions）不允许向该号码所在国家发送短信（21408）或拨打电话（21215）；为防止话费欺诈，Twilio 默认屏蔽大多数国家。
    .translation = "Permission to send an SMS has not been enabled for the region indicated by the 'To' number" / "Account not authorized to call"：尚未为目标号码所在地区开通短信权限 / 账户无权拨打该号码。
    .analysis-1 = HTTP 400；请求本身合法，但你的账户禁用了该目标国家。
    .fix-1 = 在控制台开通该国家：短信在 Messaging > Settings > Geo permissions，通话在 Voice > Settings > Geo permissions（https://console.twilio.com），然后重试。
    .fix-2 = 如果该国家被标为高风险，开通可能需要升级账户或向 Twilio 支持提交申请。
    .prevention-1 = 只开通你实际服务的国家，并监控异常的国际流量（短信轰炸 / SMS pumping）。

twilio-too-many-requests = Twilio 限流：并发请求过多（错误 20429）
    .cause = 账户超出了 Twilio REST API 的并发限制（默认每个账户约 100 个并发请求）或单个资源的速率限制。
    .translation = "Too many requests. Please retry according to the Retry-After response header."：请求过多，请按 Retry-After 响应头的时间重试。
    .analysis-1 = 带 20429 错误码的 HTTP 429，在 Retry-After 指定的延迟之后可以重试。
    .analysis-2 = 短信发送还会按发送号码排队（MPS，每秒消息数）；超大规模的突发应通过 Messaging Service 发送。
    .fix-1 = 遵守 Retry-After 做退避重试，并限制同时进行的请求数（用 10 到 50 个 worker 的池子，而不是无限并行）。
    .fix-2 = 批量短信通过带号码池的 Messaging Service 发送，让 Twilio 负责排队，而不是自己控制节奏。
    .prevention-1 = 每个 Twilio 客户端都要限制并发，定时群发活动要分散在一段时间内进行。

## Slack

twilio-message-body-too-long = Twilio 消息正文超过 1600 个字符（错误 21617）
    .cause = 发给 Messages API（或 TwiML Message 动词中）的 Body 超过了 Twilio 单条消息 1,600 个字符的上限，通常是模板或拼接的字符串变长了，或者表情符号等非 GSM-7 字符被算作不止一个字符。
    .translation = "The concatenated message body exceeds the 1600 character limit."：拼接后的消息正文超过了 1600 个字符的限制。
    .analysis-1 = HTTP 400、Twilio 代码 21617：消息没有发出，也没有计费；同样的正文每次重试都会失败。
    .analysis-2 = Twilio 会自动把长短信拆成多个分段：GSM-7 编码每段 153 个字符，只要出现任何 UCS-2 字符（表情、弯引号、中日韩文字）每段就只有 67 个字符，且按分段计费；为了送达率，Twilio 建议每条短信不超过 320 个字符。
    .fix-1 = 把文本拆成多条消息，每条不超过 1,600 个字符（在词边界处拆分），或者缩短内容，例如改为发送指向完整内容的链接。
    .fix-2 = 替换会强制使用 UCS-2 的字符（弯引号、长破折号、表情），或在 Messaging Service 设置中开启 Smart Encoding，以减少所需分段。
    .prevention-1 = 发送前检查长度和分段数（Twilio 的 Message Segment Calculator 可以同时显示两者），并限制来自用户输入的模板字段长度。

slack-not-authed = Slack API 调用没有携带令牌（not_authed）
    .cause = 没有令牌到达 Slack：令牌变量为空或未设置、创建客户端时没有传 token，或者令牌的传递方式不被该方法接受。
    .translation = "not_authed"：没有提供认证令牌。
    .analysis-1 = Slack 返回 HTTP 200，内容是 ok: false 和 error not_authed；HTTP 状态码看不出失败，必须检查 ok 字段。
    .fix-1 = 传入令牌：Python 用 WebClient(token=os.environ["SLACK_BOT_TOKEN"])，Node 用 new WebClient(process.env.SLACK_BOT_TOKEN)，直接发 HTTP 请求用 Authorization: Bearer xoxb-...。
    .fix-2 = 检查该变量在进程环境中是否存在（打印前缀如 xoxb-，不要打印整个值），并在启动时调用 auth.test。
    .prevention-1 = 令牌缺失时立即报错退出，令牌存放在密钥管理服务中。

slack-invalid-auth = Slack 令牌无效、已被撤销或已过期
    .cause = 令牌发送了，但 Slack 不再接受：应用被卸载或重新安装（会签发新令牌）、令牌被撤销、令牌属于另一个工作区、开启了令牌轮换而 12 小时的访问令牌已过期，或者用户已被停用（account_inactive）。
    .translation = "invalid_auth" / "token_revoked" / "token_expired"：令牌对该工作区无效 / 已被撤销 / 已过期。
    .analysis-1 = 以 HTTP 200 加 ok: false 返回。用同一个令牌重试永远会失败。
    .analysis-2 = 开启令牌轮换后，访问令牌（xoxe.xoxb-...）12 小时后过期，必须通过 oauth.v2.access 用刷新令牌换取新的。
    .fix-1 = 把应用重新安装到工作区后，从 https://api.slack.com/apps > 你的应用 > OAuth & Permissions 获取当前令牌（Bot User OAuth Token，xoxb-...），并更新密钥。
    .fix-2 = 如果开启了令牌轮换，在过期前用 grant_type=refresh_token 刷新访问令牌，并每次保存新的刷新令牌。
    .fix-3 = 确认用的是正确工作区的令牌（支持多工作区的应用每个安装实例保存一个令牌）。
    .prevention-1 = 启动时调用 auth.test，对 invalid_auth 告警；多工作区应用使用 Bolt 的安装存储（installation store）。

slack-missing-scope = Slack 令牌缺少所需的 OAuth 范围（missing_scope）
    .cause = 应用令牌没有该方法需要的范围；响应中列出了需要的范围（needed）和已有的范围（provided）。
    .translation = "missing_scope"：令牌缺少该方法所需的权限范围。
    .analysis-1 = 以 HTTP 200 加 ok: false 返回，并附带 needed（需要添加的范围）和 provided（令牌已有的范围）。
    .analysis-2 = 只在应用设置中添加范围还不够：必须重新安装应用，才会签发包含新范围的令牌。
    .fix-1 = 在 https://api.slack.com/apps > 你的应用 > OAuth & Permissions > Scopes 中添加 needed 给出的范围（xoxb 令牌对应 Bot Token Scopes），然后把应用重新安装到工作区，并部署新令牌。
    .fix-2 = 确认你用的是机器人令牌（xoxb）还是用户令牌（xoxp），范围要加到对应的列表中。
    .prevention-1 = 把所需范围写在纳入版本管理的应用清单（manifest）中，这样每次重新安装都会授予它们。

slack-channel-not-found = Slack 找不到该频道（channel_not_found）
    .cause = channel 参数对这个令牌无法解析：传的是频道名而不是 ID、机器人不是某个私有频道的成员、频道在另一个工作区，或频道已归档或删除。
    .translation = "channel_not_found"：找不到频道。
    .analysis-1 = 以 HTTP 200 加 ok: false 返回。对私有频道和私信来说，"找不到"也意味着"这个令牌看不到"。
    .fix-1 = 传频道 ID（C...、G... 或 D...，可在 Slack 的频道详情中或通过 conversations.list 查到），而不是 "#名称"。
    .fix-2 = 私有频道需要邀请机器人（在频道中输入 /invite @你的机器人）；私信用 conversations.open 打开后使用返回的 ID。
    .fix-3 = 确认令牌属于该频道所在的工作区。
    .prevention-1 = 在配置中保存频道 ID 而不是名称；名称会变，ID 不会。

slack-object-not-found = Slack 找不到调用中指定的对象（…_not_found）
    .cause = 参数中的某个 ID 对当前令牌无法解析：该频道中不存在这个 ts 的消息（已删除，或是另一个频道、另一个线程的 ts）、用户或邮箱不在该工作区、文件或线程已被删除，或者 ID 来自另一个工作区。对于私信，在需要私信会话 ID（D...）的地方传入了用户 ID（U...）。
    .translation = “message_not_found”“user_not_found”“users_not_found”“file_not_found”“thread_not_found”“team_not_found”：找不到对应的消息、用户、文件、线程或工作区。
    .analysis-1 = 以 HTTP 200、ok: false 返回；令牌和权限范围都已通过，只是找不到对象，原样重试会同样失败。
    .analysis-2 = 令牌看不到的对象也会报告为找不到：例如机器人未加入的私有频道中的消息，或其他工作区的用户。
    .fix-1 = 核对实际发送的 ID：ts 必须是同一频道中 chat.postMessage 或 conversations.history 返回的字符串（保留全部数字），频道必须传 ID 而不是名称。
    .fix-2 = 通过查询获得对象，而不是猜测：用 conversations.history 或 conversations.replies 找到消息或线程，用 users.lookupByEmail（需要 users:read.email 权限）把邮箱转换为用户 ID，用 conversations.open 获取私信的 D... ID。
    .fix-3 = 确认机器人是该频道的成员（在频道中输入 /invite @你的机器人），并确认消息或文件期间没有被删除。
    .prevention-1 = 保存 Slack 返回的 ID（频道 ID 和 ts 一起保存）而不是名称；当对象可能被用户删除时，把 *_not_found 当作正常结果处理。

slack-not-in-channel = Slack 机器人不是该频道的成员（not_in_channel）
    .cause = 机器人必须是会话成员才能在其中发消息或读取历史，而它还没有加入或被邀请。
    .translation = "not_in_channel"：应用不在这个频道中。
    .analysis-1 = 以 HTTP 200 加 ok: false 返回；令牌和范围都没问题，只是缺少成员身份。
    .fix-1 = 公开频道在发消息前用频道 ID 调用 conversations.join（需要 channels:join 范围）。
    .fix-2 = 私有频道需要由成员邀请机器人（/invite @你的机器人）；仅对公开频道，也可以添加 chat:write.public 范围，无需加入即可发消息。
    .prevention-1 = 应用启动时加入配置中的频道；机器人不在某个私有频道中时，给出明确的提示。

slack-ratelimited = 触发 Slack 速率限制（ratelimited，HTTP 429）
    .cause = 应用调用该方法的频率超过了它所属速率等级的限制（Tier 1 约每分钟 1 次，到 Tier 4 约每分钟 100 次；chat.postMessage 每个频道约每秒 1 条）。
    .translation = "ratelimited"：该方法请求过多，请在 Retry-After 指定的时间后重试。
    .analysis-1 = HTTP 429，带有以秒为单位的 Retry-After 头；限额按应用、工作区和方法分别计算。
    .analysis-2 = 对非应用市场（Marketplace）的应用，conversations.history 等分页方法的等级较低，扫描完整历史时必须控制节奏。
    .fix-1 = 重试前等待 Retry-After 秒：slack_sdk 的 RateLimitErrorRetryHandler 和 @slack/web-api 的默认重试策略都会这样做。
    .fix-2 = 减少调用：缓存用户和频道列表，用 Events API 代替轮询，把消息合并成更少的发送。
    .prevention-1 = 按频道把待发消息排队，每秒约一条，并遵守每个方法的速率等级。

slack-internal-error = Slack 发生内部错误
    .cause = Slack 一侧的临时故障（internal_error、fatal_error、service_unavailable、request_timeout）；请求本身可能没有问题。
    .translation = "internal_error" / "fatal_error"：服务器无法完成操作。
    .analysis-1 = 操作可能已经部分成功（例如消息已发出、文件已上传），重复执行有副作用的操作之前先检查。
    .fix-1 = 用指数退避重试；发消息前先检查消息是否已存在（通过 client_msg_id 或最近的历史），再决定是否重发。
    .fix-2 = 如果持续出现，查看 https://slack-status.com/，并带上响应头 x-slack-req-id 的值联系 Slack。
    .prevention-1 = 尽可能让对 Slack 的副作用操作具备幂等性，并限制重试次数。

## Discord

discord-unauthorized = Discord 拒绝了机器人令牌（401 Unauthorized）
    .cause = 令牌无效：输错、已在开发者门户中重置（重置会使旧令牌失效）、误用了 OAuth2 客户端密钥或应用 ID 而不是机器人令牌，或在直接发 HTTP 请求时没有加 "Bot " 前缀。
    .translation = "401: Unauthorized" / "Improper token has been passed" / "An invalid token was provided"：未授权 / 传入的令牌不正确 / 提供的令牌无效。
    .analysis-1 = Discord 返回 401 和错误码 0；各个库会在登录时把它报告为 LoginFailure（discord.py）或 TokenInvalid（discord.js）。
    .analysis-2 = 反复的 401 会计入 Discord 的无效请求上限（每 10 分钟 10,000 次），超过后 Cloudflare 会临时封禁该 IP。
    .fix-1 = 在 https://discord.com/developers/applications > 你的应用 > Bot > Reset Token 获取令牌，存入 DISCORD_TOKEN，不要带引号或空白字符。
    .fix-2 = 直接发 HTTP 请求时使用 Authorization: Bot 令牌（不是 Bearer，Bearer 用于 OAuth2 用户令牌）。
    .prevention-1 = 遇到 401 不要重试，改为告警；永远不要提交令牌到代码库（Discord 和 GitHub 会扫描泄露的令牌并将其重置）。

discord-missing-permissions = Discord 机器人缺少执行该操作的权限（50013）
    .cause = 机器人的角色没有授予所需权限（发送消息、管理角色、管理消息、嵌入链接、附加文件等）、频道的权限覆盖拒绝了它，或目标在角色层级中高于机器人（修改最高角色比机器人高的成员或角色，或者服务器所有者）。
    .translation = "Missing Permissions"：缺少权限。
    .analysis-1 = HTTP 403，错误码 50013。机器人能看到该频道或服务器（否则会是 50001），但不能执行这个具体操作。
    .analysis-2 = 即使有管理员权限，角色层级也起作用：机器人不能修改最高角色高于自己的成员的角色或昵称。
    .fix-1 = 在 服务器设置 > 身份组 中给机器人的角色授予该权限，并检查频道"权限"页签里是否有拒绝它的覆盖设置。
    .fix-2 = 把机器人的角色拖到它需要管理的角色之上（服务器设置 > 身份组 排序）；它永远无法对服务器所有者执行操作。
    .fix-3 = 如果机器人加入时权限太少，在 OAuth2 邀请链接中带上所需权限（permissions 整数）重新邀请。
    .prevention-1 = 操作前先检查权限（discord.py 的 channel.permissions_for(guild.me)，discord.js 的 channel.permissionsFor(client.user)），并把缺少的权限告知服务器管理员。

discord-missing-access = Discord 机器人无法访问该频道或服务器（50001）
    .cause = 机器人看不到目标：在该频道缺少"查看频道"（或"阅读消息历史"）权限、频道是私有的或位于它看不到的分类中、机器人不在该服务器中，或注册命令时缺少 applications.commands 范围。
    .translation = "Missing Access"：无访问权限。
    .analysis-1 = HTTP 403、错误码 50001，表示在检查任何具体权限之前就完全无法访问。
    .fix-1 = 在该频道或分类上给机器人的角色授予"查看频道"（按需再加"发送消息"/"阅读消息历史"）。
    .fix-2 = 确认机器人仍在该服务器中，并且使用了正确的频道和服务器 ID；注册斜杠命令时，带上 applications.commands 范围重新邀请。
    .prevention-1 = 启动时校验配置中的频道 ID，并记录机器人无法查看的频道。

discord-unknown-resource = Discord：未知的频道、消息、服务器或其他对象（10xxx）
    .cause = 该 ID 指向的对象机器人无法访问：消息或频道已被删除、ID 是从另一个服务器复制来的、在需要本服务器成员 ID 的地方用了用户 ID，或者雪花 ID 被转换成浮点数后损坏了。
    .translation = "Unknown Channel" / "Unknown Message" / "Unknown Guild" ……：未知频道 / 未知消息 / 未知服务器……
    .analysis-1 = HTTP 404，JSON 错误码为 10xxx（10003 频道、10008 消息、10004 服务器、10007 成员、10013 用户、10011 角色）。
    .analysis-2 = Discord ID 是 64 位整数；在 JavaScript 中要以字符串保存，因为 Number 会丢失最后几位。
    .fix-1 = 重新获取 ID（在 Discord 中开启开发者模式，右键 > 复制 ID），并确认它属于机器人所在的服务器。
    .fix-2 = 删除或编辑时遇到 404，当作"已经不存在"处理（消息可能已被用户或其他机器人删除）。
    .prevention-1 = 雪花 ID 全程以字符串保存，并妥善处理已删除的对象。

discord-unknown-interaction = Discord 交互在机器人响应前已过期（10062）
    .cause = 机器人必须在 3 秒内确认交互（斜杠命令、按钮、选择菜单）；它回复得太晚、回复了两次，或者另一个机器人实例先消费了这个交互。
    .translation = "Unknown interaction"：交互令牌已失效。
    .analysis-1 = 以 404、错误码 10062 返回，但原因在于时机：3 秒内没有初始响应，交互令牌就不能再用于初始回复。
    .analysis-2 = 两个进程使用同一个令牌运行（本地开发实例加生产实例）时会争抢同一个交互，输的一方就会得到这个错误。
    .fix-1 = 立即延迟响应（discord.js 用 interaction.deferReply()，discord.py 用 await interaction.response.defer()），然后再做耗时工作，并在 15 分钟内用 editReply / followup 发送结果。
    .fix-2 = 确保同一个令牌只运行一个机器人实例。
    .prevention-1 = 把耗时操作（API 调用、数据库查询）放到 defer 之后，并监控处理函数的延迟。

discord-payload-too-large = Discord 上传内容过大
    .cause = 附件或整个请求超过了 Discord 的限制（机器人在服务器中的默认上传上限，通常为 10 MB，加成服务器更高；整个请求的大小也有限制）。
    .translation = "Request entity too large" / "File cannot be larger than N MB."：请求实体过大 / 文件不能大于 N MB。
    .analysis-1 = HTTP 413、错误码 40005，或 400 Invalid Form Body 且 files[n] 上报 BINARY_TYPE_MAX_SIZE：同样的请求永远会失败。
    .fix-1 = 压缩或缩小文件（图片、视频），或拆分文件；上传前检查服务器的上限（discord.py 中为 guild.filesize_limit）。
    .fix-2 = 把大文件上传到对象存储，发送链接而不是附件。
    .prevention-1 = 发送前按服务器上限校验附件大小。

discord-invalid-form-body = Discord 拒绝了请求体（50035 Invalid Form Body）
    .cause = 消息或请求体中的某个字段违反了 Discord 的限制或结构：内容超过 2,000 字符、embed 描述超过 4,096 字符、字段超过 25 个或 embed 超过 10 个、必填字段为空、类型错误或 URL 无效。
    .translation = "Invalid Form Body"：表单内容无效，下一行会给出具体字段和规则。
    .analysis-1 = HTTP 400、错误码 50035；嵌套的 errors 对象（打印在摘要下方）给出字段路径（如 embeds.0.description）和错误码（如 BASE_TYPE_MAX_LENGTH）。
    .fix-1 = 读取详情行中的字段路径和规则，修正该字段：把长内容拆成多条消息（每条 2,000 字符以内）、截断 embed 文本、补全必填字段。
    .fix-2 = 校验 URL（embed 的 url、图片 url 必须是 http 或 https）和类型（颜色为整数，时间戳为 ISO 8601）。
    .prevention-1 = 在构造消息时就按 Discord 文档中的限制校验，再发送。

discord-rate-limited = 触发 Discord 速率限制（429）
    .cause = 机器人超出了某个路由桶的限制、每秒 50 次请求的全局限制，或某类资源的专门限制（例如表情回应、频道改名每 10 分钟两次）。
    .translation = "You are being rate limited."：你的请求被限流了。
    .analysis-1 = 响应体中的 retry_after（秒）以及 Retry-After / X-RateLimit-Reset-After 头说明需要等待多久；global: true 表示在这段时间内所有路由都被阻止。
    .analysis-2 = discord.py 和 discord.js 会自动处理这些限制；频繁出现警告说明机器人的请求模式过于集中。
    .fix-1 = 在该路由的下一次请求前等待 retry_after（交给库的限流器处理，不要绕过它并行调用 REST API）。
    .fix-2 = 减少调用：合并编辑操作，不要在循环中给频道改名或反复编辑同一条消息，缓存数据而不是反复获取。
    .prevention-1 = 关注 X-RateLimit-Remaining 和桶相关的响应头，让循环远低于限额运行。

discord-cloudflare-ban = Discord 的 Cloudflare 临时封禁了此 IP（错误 1015）
    .cause = 该 IP 发出了过多无效请求（10 分钟内超过 10,000 次 401、403 或 429 响应），Cloudflare 因此封禁它约一小时；在多个机器人共享 IP 的托管平台（Replit、各种免费套餐）上很常见。
    .translation = "Access denied: discord.com used Cloudflare to restrict access. Error 1015: You are being rate limited."：访问被拒绝，discord.com 使用 Cloudflare 限制了访问；错误 1015：你被限流了。
    .analysis-1 = 响应是 Cloudflare 的 HTML 页面，而不是 Discord 的 JSON；无论用哪个令牌，来自该 IP 的所有请求都会失败。
    .fix-1 = 停止机器人，等待封禁解除（通常最多一小时）；立刻重启只会延长封禁。
    .fix-2 = 修复无效请求的来源：令牌错误仍在重试（401）、缺少权限仍在重试（403）、无视 429 的 retry_after；然后再重启。
    .fix-3 = 在共享托管平台上，把机器人迁移到拥有独立 IP 的主机。
    .prevention-1 = 永远不要自动重试 401 或 403，始终遵守 429 的 retry_after，并统计无效响应数，在达到阈值前停下来。

## Kubernetes

kubernetes-unauthorized = Kubernetes API Server 不接受你的凭证（401 Unauthorized）
    .cause = kubeconfig 中用户的凭证对这个集群无效：令牌或客户端证书已过期、云厂商的 exec 插件失败或未安装（aws、gke-gcloud-auth-plugin、kubelogin）、kubeconfig 对应的集群已被重建，或选错了上下文。
    .translation = "You must be logged in to the server (Unauthorized)"：你必须先登录到服务器（未授权）。
    .analysis-1 = 401 表示认证失败：API Server 无法把请求对应到任何用户。此时还没有进行 RBAC 评估（那会是 403 Forbidden）。
    .analysis-2 = 托管集群每次都通过 exec 插件获取令牌；过期的可能是插件自己的登录状态（aws sso login、gcloud auth login、az login）。
    .fix-1 = 检查上下文：kubectl config current-context 和 kubectl config view --minify；如果指向了错误的集群，用 kubectl config use-context 切换。
    .fix-2 = 刷新托管集群的凭证：aws eks update-kubeconfig --name 集群（先执行 aws sso login）、gcloud container clusters get-credentials 集群（需安装 gke-gcloud-auth-plugin）、az aks get-credentials 后再执行 kubelogin convert-kubeconfig。
    .fix-3 = kubeadm 或自建集群检查客户端证书有效期（kubeadm certs check-expiration）并续期，然后复制新的 admin.conf；服务账号令牌则重新生成（kubectl create token 服务账号）。
    .prevention-1 = 使用基于 exec 插件的短期凭证，不要在 kubeconfig 中放静态令牌；在集群证书一年期满之前续期。

kubernetes-rbac-forbidden = Kubernetes RBAC 禁止你的用户或服务账号执行此操作
    .cause = 消息中的身份（用户或 system:serviceaccount:命名空间:名称）在该命名空间（或集群范围）内没有任何 Role 或 ClusterRole 绑定允许对该资源执行这个动作。
    .translation = "RESOURCE is forbidden: User X cannot VERB resource RESOURCE in API group G in the namespace N"：用户 X 不能在命名空间 N 中对 API 组 G 的资源执行 VERB 操作。
    .analysis-1 = 认证成功后的 403 Forbidden。消息准确指出了缺少的权限：动作、资源、API 组和命名空间（或 "at the cluster scope"，即集群范围）。
    .analysis-2 = Pod 使用它的 ServiceAccount（未设置时为 default）；在 EKS 上，IAM 身份通过访问条目或 aws-auth ConfigMap 映射为 Kubernetes 用户。
    .fix-1 = 确认缺口：kubectl auth can-i 动作 资源 -n 命名空间 --as=用户（服务账号用 --as=system:serviceaccount:命名空间:名称）；kubectl auth can-i --list 会列出所有被允许的操作。
    .fix-2 = 在该命名空间中用 Role 和 RoleBinding 授权（kubectl create role ... --verb=... --resource=...；kubectl create rolebinding ... --serviceaccount=命名空间:名称）；节点、命名空间等集群级资源则用 ClusterRole 和 ClusterRoleBinding。
    .fix-3 = 如果身份不是你预期的，修正 Pod 的 serviceAccountName 或 kubeconfig 中的用户；在 EKS 上为该 IAM 角色添加访问条目（aws eks create-access-entry）。
    .prevention-1 = 把 RBAC 纳入版本管理，每个工作负载一个 ServiceAccount 并使用命名空间级 Role，在 CI 中用 kubectl auth can-i 做验证。

kubernetes-forbidden = Kubernetes API server 拒绝了请求（Forbidden）
    .cause = API server 已经认证了调用方，但授权模块（RBAC、Node、webhook）不允许对该资源执行这个操作；或者请求是以没有权限的身份进来的（凭证未被接受时为 system:anonymous）。
    .analysis-1 = Reason 为 Forbidden 即 API server 返回的 HTTP 403。服务器愿意透露时，message 会写出用户、操作（verb）和资源。
    .fix-1 = 查看该身份能做什么：kubectl auth can-i --list，或 kubectl auth can-i VERB RESOURCE -n NAMESPACE；用 kubectl auth whoami 查看服务器识别出的用户。
    .fix-2 = 用 Role 和 RoleBinding（集群级资源用 ClusterRole 和 ClusterRoleBinding）授予缺少的操作权限，或切换到拥有该权限用户的 kubeconfig context。
    .fix-3 = 如果用户是 system:anonymous，说明客户端凭证没有发送或没有被接受：检查当前 kubeconfig context 的 user 配置（kubectl config view --minify）。
    .prevention-1 = 给每个工作负载单独的 service account，并配最小权限的 Role；在 CI 中用 kubectl auth can-i 检验权限。

kubernetes-server-timeout = Kubernetes API server 未能及时响应（ServerTimeout / Timeout）
    .cause = API server 接受了请求，但没能按时完成：etcd 变慢或不健康、API server 过载，或者它依赖的聚合 API、webhook 响应太慢。
    .analysis-1 = Reason 为 ServerTimeout 表示「稍后再试」；Timeout（HTTP 504）表示请求可能仍在后台执行。连接本身是通的，这与「Unable to connect to the server」不同。
    .fix-1 = 稍等后重试；列出大量对象时用 --chunk-size 或 --request-timeout 给服务器更多时间。
    .fix-2 = 检查控制平面：kubectl get --raw='/readyz?verbose'，以及 etcd 和 API server 的日志或指标（请求延迟、etcd 数据库大小）。
    .fix-3 = 列出 APIService 对象（kubectl get apiservices），找出状态不是 Available 的：不可用的聚合 API 会拖慢或打断资源发现。
    .prevention-1 = 监控 API server 延迟和 etcd 健康状况，并用 timeoutSeconds 避免慢的准入 webhook 阻塞请求。

kubernetes-exceeded-quota = Kubernetes ResourceQuota 阻止了该对象
    .cause = 命名空间设置了 ResourceQuota，创建该对象会超出配额（CPU、内存、存储、对象数量）；或者配额要求设置 requests/limits，而 Pod 没有设置（"failed quota: must specify limits.cpu"）。
    .translation = "forbidden: exceeded quota: NAME, requested: X, used: Y, limited: Z"：超出配额 NAME，本次申请 X，已使用 Y，上限 Z。
    .analysis-1 = 由 ResourceQuota 准入插件以 403 Forbidden 返回；消息列出了申请量、已用量和硬性上限。
    .analysis-2 = 对于 Deployment，这个错误出现在 ReplicaSet 的事件中（kubectl describe rs / kubectl get events），而 kubectl apply 本身是成功的。
    .fix-1 = 查看配额：kubectl describe resourcequota -n 命名空间 会显示每项资源的 Used 和 Hard。
    .fix-2 = 调低 Pod 的 requests/limits、缩容或删除该命名空间中的其他工作负载，或请命名空间管理员提高配额。
    .fix-3 = 对于 "must specify"，给每个容器设置 resources.requests 和 resources.limits，或添加提供默认值的 LimitRange。
    .prevention-1 = 在所有清单中显式设置 requests 和 limits，并在各命名空间配额使用率超过 80% 时告警。

kubernetes-pod-security = Pod 安全准入（Pod Security）拒绝了该 Pod
    .cause = 命名空间强制执行某个 Pod 安全标准（baseline 或 restricted），而 Pod 规格违反了它：特权容器、hostNetwork/hostPath、以 root 运行、缺少 seccompProfile、allowPrivilegeEscalation 不是 false、没有丢弃 capabilities。
    .translation = "violates PodSecurity LEVEL:VERSION: ..."：违反了 Pod 安全标准 LEVEL:VERSION，后面逐条列出违反的规则和需要设置的字段。
    .analysis-1 = 由 PodSecurity 准入控制器返回 403 Forbidden；消息列出了每一项违规以及需要修改的 securityContext 字段。
    .analysis-2 = 对于 Deployment、DaemonSet 和 Job，Pod 由控制器稍后创建，所以错误出现在事件里（FailedCreate），而 apply 只打印了一条警告。
    .fix-1 = 让 Pod 合规：设置消息中点名的 securityContext 字段（runAsNonRoot: true、allowPrivilegeEscalation: false、capabilities.drop: ["ALL"]、seccompProfile.type: RuntimeDefault）。
    .fix-2 = 如果工作负载确实需要访问宿主机（CNI、监控代理），由集群管理员决定将其放在带 pod-security.kubernetes.io/enforce=privileged 标签的命名空间中运行。
    .fix-3 = 查看命名空间的标签（kubectl get ns 名称 --show-labels），了解强制、审计和警告分别是哪个级别。
    .prevention-1 = 部署前在目标强制级别的命名空间中用 kubectl apply --dry-run=server 测试清单。

kubernetes-not-found = 找不到该 Kubernetes 对象
    .cause = 所查询的命名空间中没有这个名字的对象：名字拼错、命名空间不对（kubectl 使用上下文的默认命名空间，通常是 default）、集群上下文不对，或对象已被删除。
    .translation = "RESOURCE NAME not found"：找不到资源 NAME。
    .analysis-1 = 针对具名对象的 404 NotFound；资源类型本身是存在的（否则消息会是 "the server doesn't have a resource type"）。
    .analysis-2 = 命名空间级对象在其他命名空间中不可见；kubectl get 类型 -A 会搜索所有命名空间。
    .fix-1 = 加上 -n 命名空间，或在上下文中设置（kubectl config set-context --current --namespace=命名空间）；用 kubectl get 类型 -A | grep 名称 找到对象。
    .fix-2 = 确认你连接的是预期的集群（kubectl config current-context）。
    .fix-3 = 在代码中把删除时的 404 视为成功，并在引用它们的对象之前先创建依赖（ConfigMap、Secret、命名空间）。
    .prevention-1 = 清单中始终设置 metadata.namespace，脚本中显式传入命名空间。

kubernetes-no-resource-type = Kubernetes API Server 不提供这种资源类型或 API 版本
    .cause = 该 kind 或 API 版本在这个集群上不存在：对应的 CRD 没有安装（cert-manager、Prometheus Operator 等）、该 API 版本已在当前 Kubernetes 版本中移除（extensions/v1beta1 的 Ingress、policy/v1beta1 的 PodSecurityPolicy 等）、资源名拼错，或客户端与服务端版本差距过大。
    .translation = "the server doesn't have a resource type X" / "no matches for kind X in version Y"：服务器没有资源类型 X / 在版本 Y 中找不到 kind X。
    .analysis-1 = API 发现机制无法映射这个 kind 或资源；你的对象本身还没有被检查。
    .analysis-2 = 已移除的 API 列在 Kubernetes 弃用指南中；为旧集群编写的清单往往还在使用它们。
    .fix-1 = 列出集群提供的内容：kubectl api-resources 和 kubectl api-versions，并更新清单中的 apiVersion（例如 Ingress 改为 networking.k8s.io/v1）。
    .fix-2 = 先安装 Operator 或 Chart 的 CRD（例如 cert-manager 的 CRD），等它们变为 Established 后再应用自定义资源。
    .fix-3 = 对比 kubectl version 的客户端和服务端版本；kubectl 与集群的次版本号相差不要超过 1。
    .prevention-1 = 集群升级前，用弃用 API 检查工具（kubent、pluto）扫描清单和 Helm Chart。

kubernetes-already-exists = 该 Kubernetes 对象已存在
    .cause = kubectl create（或客户端的 POST 请求）试图创建一个在该命名空间中名字已被占用的对象。
    .translation = "RESOURCE NAME already exists"：资源 NAME 已存在。
    .analysis-1 = 409 AlreadyExists 原样重试不会成功；create 不是幂等的。
    .fix-1 = 用 kubectl apply（有则更新、无则创建）代替 create；对于生成的对象，把 kubectl create ... --dry-run=client -o yaml 的输出通过管道交给 kubectl apply -f -。
    .fix-2 = 在代码中捕获 409 AlreadyExists 并改为读取后更新，或使用服务端应用（以 application/apply-patch+yaml 发送 PATCH）。
    .prevention-1 = 处处使用 apply 语义，让部署步骤具备幂等性。

kubernetes-conflict-modified = 该 Kubernetes 对象在你读取之后被修改了（resourceVersion 冲突）
    .cause = 乐观并发控制：在你读取和写入之间，有别的东西（控制器、另一个 kubectl、Operator）修改了对象，所以这次更新携带的 resourceVersion 已经过时。
    .translation = "Operation cannot be fulfilled on RESOURCE NAME: the object has been modified; please apply your changes to the latest version and try again"：对象已被修改，请基于最新版本重新应用你的更改后再试。
    .analysis-1 = 409 Conflict 在并发场景下是正常的，重新读取对象后重试是安全的；控制器经常遇到它。
    .analysis-2 = 同一个对象反复冲突，通常说明有两个写入者在争夺同一批字段（例如 HPA 和清单同时设置 replicas）。
    .fix-1 = 在重试循环中重新读取对象并再次应用你的修改（client-go 的 retry.RetryOnConflict；kubernetes Python 客户端中捕获 409 后重新 get）。
    .fix-2 = 使用服务端应用（kubectl apply --server-side，或带字段管理者的 PATCH），每个写入者只拥有自己的字段，不再比较 resourceVersion。
    .fix-3 = 从你的清单中删除由别人管理的字段（例如由 HPA 管理副本数时去掉 replicas）。
    .prevention-1 = 优先使用 patch 和服务端应用，而不是"读取-修改-替换"，并让每个字段只有一个所有者。

kubernetes-invalid = Kubernetes API Server 以无效为由拒绝了对象（422）
    .cause = 对象未通过校验：某个字段取值无效或缺失、枚举值未知、存在重复，或者你试图修改不可变字段（Deployment 的 selector、Job 的 template、Service 的 clusterIP、PVC 的存储类）。
    .translation = "The KIND NAME is invalid: FIELD: Invalid value: ..."：对象 NAME 无效，字段 FIELD 的取值无效（也可能是必填值缺失或字段不可变）。
    .analysis-1 = 422 Invalid；消息给出了字段路径和未通过的规则，这就是完整的诊断。
    .analysis-2 = "field is immutable" 无法通过修改同一个对象解决：必须删除后重建（或用另一个名字创建新对象）。
    .fix-1 = 修正消息中点名的字段；kubectl explain 类型.字段 可以查看结构定义，kubectl apply --dry-run=server -f 文件 可以在不做任何修改的情况下校验。
    .fix-2 = 对于不可变字段，删除并重建对象（kubectl replace --force -f 文件），或用不同的名字创建新对象再切换流量。
    .prevention-1 = 在 CI 中用 kubectl apply --dry-run=server 或 kubeconform 按目标 Kubernetes 版本校验清单。

kubernetes-request-too-large = Kubernetes 对象或请求过大（etcd / API Server 限制）
    .cause = 单个对象超出了 API Server 和 etcd 接受的大小（etcd 每个请求约 1.5 MB，ConfigMap 或 Secret 数据 1 MiB，注解 256 KiB），典型情况是很大的 ConfigMap、打包了大文件的 Helm release Secret，或 kubectl apply 写入的 last-applied-configuration 注解。
    .translation = "the server responded with the status code 413" / "etcdserver: request is too large" / "Too long: must have at most N bytes"：服务器返回 413 / etcd 请求过大 / 过长，最多允许 N 字节。
    .analysis-1 = 这是按对象计算的限制，重试或调大超时都没用；只能让对象变小或拆分。
    .analysis-2 = Helm 会把整个渲染后的 release 压缩后存入一个 Secret（sh.helm.release.v1...）；Chart 中误带的文件（压缩包、数据集）会让它膨胀。
    .fix-1 = 对于 "metadata.annotations: Too long"，改用服务端应用（kubectl apply --server-side），它不会写入 last-applied 注解。
    .fix-2 = 对于 Helm，用 .helmignore 排除大文件，把大数据移出 Chart（运行时下载或使用卷），或拆分 Chart。
    .fix-3 = 把大的 ConfigMap 或 Secret 拆成多个对象，或把大数据放到对象存储或 PersistentVolume 中再挂载。
    .prevention-1 = 保持配置类对象足够小，并在 CI 中检查 Chart 打包后的大小。

kubernetes-too-many-requests = Kubernetes API Server 正在限流（429）
    .cause = API 优先级与公平性（或 max-in-flight 限制）拒绝了请求，因为你的请求流所在的优先级已经饱和：并发请求或重量级请求过多（大规模 LIST、大量 watch、陷入热循环的控制器）。
    .translation = "the server has received too many requests and has asked us to try again later"：服务器收到的请求过多，要求稍后重试。
    .analysis-1 = 带 Retry-After 的 429 TooManyRequests 可以重试；client-go 和 kubectl 会自动重试，所以能看到报错说明过载是持续性的。
    .analysis-2 = 一个行为不当的客户端（每秒列出全部 Pod 的 CI 任务、不用 informer 的 Operator）就可能让同一优先级中的其他客户端"饿死"。
    .fix-1 = 按 Retry-After 退避并降低负载：用 informer/watch 代替轮询，对 LIST 调用分页（limit/continue），降低批处理工具的客户端 QPS 和 burst。
    .fix-2 = 通过 API Server 指标（按 flow schema 统计的 apiserver_flowcontrol_rejected_requests_total）找出重量级客户端，修复它们，或用专门的 FlowSchema 和 PriorityLevelConfiguration 隔离。
    .prevention-1 = 给自动化任务配置独立的服务账号和 FlowSchema，部署新控制器后检查 API 请求量。

kubernetes-webhook-failed = Kubernetes 准入 Webhook 调用失败，API Server 因此拒绝了请求
    .cause = API Server 需要调用某个准入 Webhook（ingress-nginx、cert-manager、OPA Gatekeeper、Kyverno、Istio 等），但调用失败：Webhook 的 Pod 宕机或未就绪、其 Service 没有 endpoints、网络策略或防火墙阻断了控制平面，或者它的 TLS 证书有问题。
    .translation = "Internal error occurred: failed calling webhook NAME: ..."：调用 Webhook NAME 时发生内部错误，后面是调用时的网络或 TLS 错误。
    .analysis-1 = 这是由基础设施导致的 500 InternalError，与你的对象无关；"failed to call webhook" 后面的细节（connection refused、context deadline exceeded、x509）说明了是哪里坏了。
    .analysis-2 = 在私有 GKE/EKS 集群中，控制平面只能访问防火墙放行的 Webhook 端口（通常只有 443 和 10250），这是超时的经典原因。
    .fix-1 = 检查 Webhook 的 Service 和 Pod：kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations，再对 URL 中的服务执行 kubectl get pods,endpoints -n 命名空间，并查看其日志。
    .fix-2 = 在私有集群中，从控制平面网段放行 Webhook 的目标端口（GKE 防火墙规则、EKS 集群安全组）。
    .fix-3 = 如果 Webhook 属于已卸载的组件，删除残留的 ValidatingWebhookConfiguration / MutatingWebhookConfiguration。
    .prevention-1 = Webhook 以多副本运行并配置 PodDisruptionBudget，用 namespaceSelector 限定作用范围，避免一次故障阻塞整个集群。

kubernetes-webhook-timeout = API Server 调用准入 Webhook 超时（context deadline exceeded）
    .cause = API Server 需要调用某个准入 Webhook（cert-manager、ingress-nginx、AWS Load Balancer Controller、Gatekeeper、Kyverno、Istio 等），但在该 Webhook 的 timeoutSeconds 内没有得到响应：Webhook 的 Pod 没有运行或尚未就绪、其 Service 没有 endpoints，或者防火墙、安全组、网络策略丢弃了控制平面发往 Webhook 端口的流量。
    .translation = "failed calling webhook NAME: failed to call webhook: Post URL?timeout=10s: context deadline exceeded"：调用 Webhook 的时间超过了它的超时设置。
    .analysis-1 = 无论创建的是什么对象，都会返回 500 InternalError；URL 中给出了 Service、命名空间和超时时间，“context deadline exceeded”表示数据包没有得到任何回应，通常是被防火墙丢弃，而不是被拒绝。
    .analysis-2 = 在私有 GKE 集群中，控制平面默认只能访问节点的 443 和 10250 端口；在 EKS 上只能访问集群安全组放行的端口。监听 8443、9443 或 15017 的 Webhook 在放行该端口之前都会超时。刚执行 helm install 时，也可能只是 Webhook 自己的 Pod 还没有就绪。
    .fix-1 = 检查 URL 中的 Service：kubectl get endpoints -n 命名空间 服务名 必须列出就绪的地址；如果没有，查看 Webhook Deployment 的 kubectl get pods 和日志。
    .fix-2 = 从控制平面放行 Webhook 的 targetPort：GKE 上添加一条从 master CIDR（gcloud container clusters describe … 中的 masterIpv4CidrBlock）到节点的防火墙规则，EKS 上在节点安全组中添加来自集群安全组的入站规则；Webhook 所在命名空间的 NetworkPolicy 也要放行。
    .fix-3 = 如果 Webhook 是在同一次操作中安装的，等它的 Deployment 就绪（kubectl rollout status、helm --wait）后再重试；对于可以在宕机时跳过的 Webhook，检查 ValidatingWebhookConfiguration / MutatingWebhookConfiguration 中的 failurePolicy 和 timeoutSeconds。
    .prevention-1 = Webhook 以多副本运行并配置 PodDisruptionBudget，先安装 Webhook 再创建它要校验的资源，并把从控制平面到 Webhook 端口的放行作为集群初始化的一部分。

kubernetes-service-unavailable = Kubernetes 聚合 API 不可用（503）
    .cause = 请求发往了由扩展 API Server 提供的 API（最常见的是 metrics-server 提供的 metrics.k8s.io，或 custom.metrics / external.metrics 适配器），而其后端 Pod 宕机、未就绪，或控制平面无法访问。
    .translation = "the server is currently unable to handle the request"：服务器当前无法处理该请求。
    .analysis-1 = 只有该 API 组返回 503 ServiceUnavailable；其他 kubectl 命令正常，但每次调用都会出现发现错误（memcache.go couldn't get resource list）。
    .analysis-2 = 它会让 kubectl top、HorizontalPodAutoscaler 失效，也会导致命名空间删除卡住（一直处于 Terminating）。
    .fix-1 = 用 kubectl get apiservices 找出不可用的 API，再用 kubectl describe apiservice 名称 查看原因。
    .fix-2 = 修复背后的部署（kubectl -n kube-system get pods -l k8s-app=metrics-server 并查看日志），例如在 kubelet 使用自签名证书的实验集群上加 --kubelet-insecure-tls，或从控制平面放行 4443/10250 端口。
    .fix-3 = 如果该组件已被移除，删除残留的 APIService（kubectl delete apiservice 名称）。
    .prevention-1 = 监控 APIService 的可用性，移除组件时连同它提供的 APIService 一起删除。

kubernetes-no-kubeconfig = kubectl 没有配置集群，回退到了 localhost:8080
    .cause = kubectl 找不到 kubeconfig（没有 ~/.kube/config，且 KUBECONFIG 未设置或指向不存在的文件），于是尝试旧的默认地址 http://localhost:8080，而那里没有任何服务在监听。
    .translation = "The connection to the server localhost:8080 was refused - did you specify the right host or port?"：连接 localhost:8080 被拒绝，是否指定了正确的主机或端口？
    .analysis-1 = 这不是集群故障：kubectl 只是不知道该连接哪个集群。
    .analysis-2 = 常见于以其他用户身份运行（sudo 使用 root 的家目录）、全新的容器或 CI 任务，或 kubeadm 控制平面节点上还没有复制 admin.conf。
    .fix-1 = 让 kubectl 指向一个 kubeconfig：export KUBECONFIG=/path/to/config，或复制到 ~/.kube/config（kubeadm：/etc/kubernetes/admin.conf；k3s：/etc/rancher/k3s/k3s.yaml）。
    .fix-2 = 托管集群则生成一个：aws eks update-kubeconfig、gcloud container clusters get-credentials、az aks get-credentials。
    .fix-3 = 除非 root 有自己的 kubeconfig，否则不要用 sudo 运行 kubectl。
    .prevention-1 = 在 CI 中从密钥写出 kubeconfig，并在任务中显式设置 KUBECONFIG。

kubernetes-connection-refused = kubectl 无法连接到 Kubernetes API Server
    .cause = kubeconfig 中的服务器地址没有响应：集群（minikube、kind、Docker Desktop）已停止、API Server 宕机、地址或端口错误，或 DNS 无法解析集群端点。
    .translation = "The connection to the server HOST was refused" / "Unable to connect to the server"：到服务器 HOST 的连接被拒绝 / 无法连接到服务器。
    .analysis-1 = 这是发生在任何 HTTP 交互之前的网络层失败；还没涉及凭证和 RBAC。
    .analysis-2 = 本地集群重建后地址会变；托管集群被删除后会留下一个失效的 kubeconfig 条目。
    .fix-1 = 查看服务器地址（kubectl config view --minify），并确认集群在运行：minikube status、kind get clusters、用 docker ps 查看控制平面容器。
    .fix-2 = 启动或重建本地集群（minikube start），或刷新托管集群的 kubeconfig 条目。
    .fix-3 = 自建控制平面则检查 kube-apiserver 静态 Pod 及其日志（crictl ps、journalctl -u kubelet）。
    .prevention-1 = 删除失效的上下文，每个在用的集群只保留一个 kubeconfig 条目。

kubernetes-api-timeout = kubectl 连接 Kubernetes API Server 超时
    .cause = 发往 API Server 端点的数据包没有任何回应：从网络外部访问集群的私有端点、VPN 已断开、授权网络 / IP 白名单中没有你的 IP，或防火墙、代理丢弃了流量。
    .translation = "Unable to connect to the server: dial tcp IP:443: i/o timeout" / "TLS handshake timeout"：无法连接到服务器，i/o 超时 / TLS 握手超时。
    .analysis-1 = 超时（而不是被拒绝）说明有东西在悄悄丢弃流量，这是防火墙和私有端点的典型表现。
    .analysis-2 = 托管集群会把公共端点的访问限制在授权的网段内（GKE 主节点授权网络、EKS 公共访问 CIDR、AKS 授权 IP 范围）。
    .fix-1 = 如果集群使用私有端点，先接入端点所在的网络（VPN、堡垒机、同一 VPC 中的 Cloud Shell）。
    .fix-2 = 把你的出口 IP 加入集群的授权网络（例如 gcloud container clusters update 集群 --master-authorized-networks=IP/32，或 EKS 的 publicAccessCidrs 设置）。
    .fix-3 = 检查代理设置：kubectl 会遵循 HTTPS_PROXY；如果必须直连 API Server，把它的主机加入 NO_PROXY。
    .prevention-1 = 记录每个集群 API 端点的访问方式，并监控 VPN 和堡垒机的连通性。

kubernetes-x509 = kubectl 不信任 Kubernetes API Server 的证书
    .cause = API Server 出示的证书与 kubeconfig 不匹配：集群 CA 变了（集群被重建）、证书已过期、你通过证书 SAN 中没有的 IP 或域名连接，或者中间有 TLS 解密代理。
    .translation = "x509: certificate signed by unknown authority" / "certificate is valid for ..., not ..." / "certificate has expired or is not yet valid"：证书由未知机构签发 / 证书只对某些名称有效而不包括当前地址 / 证书已过期或尚未生效。
    .analysis-1 = TLS 校验在认证之前就失败了；kubectl 无法确认它连接的是真正的 API Server。
    .analysis-2 = kubeadm 控制平面证书在一年后过期，除非升级了集群或续期了证书。
    .fix-1 = 从集群重新获取 kubeconfig（托管集群：update-kubeconfig / get-credentials；kubeadm：复制当前的 /etc/kubernetes/admin.conf），让 certificate-authority-data 与之匹配。
    .fix-2 = kubeadm 证书过期时执行 kubeadm certs check-expiration 和 kubeadm certs renew all，然后重启控制平面组件。
    .fix-3 = API Server 前面新增了 IP 或主机名时，把它加入 apiServer.certSANs 并重新生成 API Server 证书；在公司代理后面时，通过 NO_PROXY 让 API Server 直连。
    .prevention-1 = 不要使用 insecure-skip-tls-verify；监控证书有效期，并至少每年升级一次集群。

## 容器镜像仓库

docker-registry-unauthorized = 镜像仓库拒绝登录：需要认证或凭证错误
    .cause = Docker 没有向这个镜像仓库主机发送凭证，或发送的凭证无效：没有登录这个确切的主机、访问令牌已过期或被撤销、在仓库要求令牌的地方使用了账户密码（开启 2FA 或 SSO 的 Docker Hub、GHCR、GitLab），或凭证助手已损坏。
    .translation = "unauthorized: authentication required" / "unauthorized: incorrect username or password"：需要认证 / 用户名或密码错误。
    .analysis-1 = 镜像仓库的令牌或 API 端点返回 401；凭证按主机保存在 ~/.docker/config.json（或 credsStore 凭证助手）中，登录一个主机不会作用于另一个主机。
    .analysis-2 = 没有主机前缀的镜像会去 Docker Hub（registry-1.docker.io）；ghcr.io、registry.gitlab.com、ECR 等都需要各自执行 docker login。
    .fix-1 = 登录镜像名中出现的那个主机：docker login ghcr.io（或 registry.example.com）；Docker Hub 用 https://app.docker.com/settings/personal-access-tokens 生成的个人访问令牌作为密码。
    .fix-2 = 如果已经登录仍然 401，先退出再登录（docker logout 主机），并检查 ~/.docker/config.json 中的 credsStore / credHelpers 是否指向了已失效的助手。
    .fix-3 = 在 CI 中，在拉取或推送之前于同一个 job 内登录（docker/login-action，或 echo TOKEN | docker login 主机 -u 用户 --password-stdin），并确保令牌未过期。
    .prevention-1 = 每条流水线使用最小权限的访问令牌（拉取用只读）并定期轮换；永远不要把凭证打进镜像。

docker-registry-denied = 镜像仓库拒绝了对该仓库的推送或拉取
    .cause = 你已通过认证，但这个账户无权访问该仓库：推送到不属于你的命名空间（例如 docker.io/library 或别人的用户名下）、令牌是只读的、仓库不存在且不能自动创建，或受组织策略限制。
    .translation = "denied: requested access to the resource is denied"：对该资源的访问请求被拒绝。
    .analysis-1 = 镜像仓库返回 403。在 Docker Hub 上，"docker push myapp" 指的是 docker.io/library/myapp，只有 Docker 官方才能推送。
    .analysis-2 = 令牌有权限范围：只读的 Docker Hub 令牌或没有写权限的 CI 令牌都无法推送。
    .fix-1 = 用你拥有的命名空间给镜像打标签（docker tag myapp 用户名/myapp:1.0，或 仓库地址/组织/myapp:1.0），再推送它。
    .fix-2 = 确认当前登录的身份（docker info | grep Username，或重新 docker login），以及令牌具有读写权限。
    .fix-3 = 对于组织仓库，请所有者给你的账户或团队授予该仓库的写权限。
    .prevention-1 = 在所有构建脚本中使用完整限定的镜像名（主机/命名空间/名称:标签）。

docker-registry-pull-access-denied = Docker 拉取镜像失败：镜像不存在或需要登录
    .cause = Docker 向镜像仓库请求该镜像被拒绝；最常见的是镜像名或标签写错，或者镜像只以另一个名字存在于本地；其次是私有仓库，而你没有用有读取权限的账户登录。
    .translation = "pull access denied for IMAGE, repository does not exist or may require 'docker login'"：拉取 IMAGE 被拒绝，仓库不存在或可能需要 docker login。
    .analysis-1 = 对于不存在的仓库和私有仓库，镜像仓库给出的都是同样的 "denied"，所以 Docker 无法告诉你到底是哪一种。
    .analysis-2 = docker run 和 docker compose 会尝试拉取本地没有的任何镜像；名字拼错、缺少仓库前缀、本地镜像还没构建，都会走到这一步。
    .fix-1 = 核对准确的名字：用 docker images 查看本地镜像，并在镜像仓库（hub.docker.com 或仓库的网页界面）中搜索该仓库和标签。
    .fix-2 = 如果镜像应该在本地构建，先用这个名字构建（docker build -t 名称 .），或在 docker compose 中使用 build: 而不是只写 image:。
    .fix-3 = 如果是私有镜像，用有读取权限的账户登录它的镜像仓库（docker login [主机]）后再拉取。
    .prevention-1 = 在 compose 文件和清单中固定完整限定的镜像引用（仓库/命名空间/名称:标签 或 digest）。

docker-registry-ghcr-write-package = GitHub 容器镜像仓库拒绝推送：缺少 packages 写权限
    .cause = 用于 ghcr.io 的令牌不能写这个包：GITHUB_TOKEN 没有 packages: write、经典 PAT 没有 write:packages，或者该包已存在但没有关联到这个仓库（其 Manage Actions access 列表中没有它）。
    .translation = "denied: permission_denied: write_package"：权限被拒绝，无法写入包。
    .analysis-1 = ghcr.io 返回 403；认证成功了，但对该包的授权失败。
    .analysis-2 = 在仓库之外创建的包（例如之前用个人令牌推送的）有自己的访问设置，工作流的 GITHUB_TOKEN 不会自动获得权限。
    .fix-1 = 在工作流中添加 permissions: packages: write（以及 contents: read），并用 docker/login-action 登录：registry 为 ghcr.io，username 为 github.actor，password 为 GITHUB_TOKEN。
    .fix-2 = 对已存在的包，打开 GitHub 上的包设置，在 Manage Actions access 中以 Write 角色添加该仓库（或把仓库关联到该包）。
    .fix-3 = 在 Actions 之外，使用带 write:packages 的经典 PAT（细粒度令牌不支持向 ghcr.io 写入）。
    .prevention-1 = 通过仓库自己的工作流创建包，让它从一开始就与仓库关联。

docker-registry-ghcr-installation-not-allowed = GHCR 拒绝了 GitHub App 或工作流令牌对组织包的操作
    .cause = 推送用的是安装令牌（GitHub App 令牌，或工作流的 GITHUB_TOKEN——它是 GitHub Actions 应用的安装令牌），它不能创建或写入这个组织所有的容器包：ghcr.io 中的包有自己的访问列表，安装令牌不能新建组织包，也不能写入没有授权给其仓库的包。
    .translation = "installation not allowed to Create / Write organization package"：该令牌背后的应用安装不允许创建或写入组织的包。
    .analysis-1 = 错误码为 denied：仓库知道调用者是谁，只是调用者对这个包没有权限。Create 表示包还不存在；Write 表示包已存在，但该令牌所属仓库没有写权限。
    .analysis-2 = GitHub App 令牌（actions/create-github-app-token 等）无法加入包的访问列表，因此根本不能写组织包；工作流自己的 GITHUB_TOKEN 在其仓库获得授权后可以写。
    .fix-1 = 改用工作流的 GITHUB_TOKEN 推送：给 job 设置 permissions: packages: write，把组织（以及仓库）的 Settings > Actions > General > Workflow permissions 设为 Read and write；包已存在时，在 Package settings > Manage Actions access 中添加该仓库并授予 Write 角色。
    .fix-2 = 包还不存在时，由有权创建包的组织成员（组织 Settings > Packages > Package creation）用带 write:packages 的经典个人访问令牌先推送一次创建它，再在包设置里给工作流所在仓库授予写权限。
    .fix-3 = 如果必须使用 GitHub App 令牌，只推送到已关联到该令牌作用仓库的包，或把这一步改用 GITHUB_TOKEN。
    .prevention-1 = 把每个包关联到源码仓库（org.opencontainers.image.source 标签）以继承仓库权限，并给每个推送的 job 写明 permissions。

docker-registry-login-denied = 登录时镜像仓库拒绝了凭据
    .cause = docker login（或 CI 的登录步骤）把用户名和密码/令牌发到仓库的 /v2/ 接口，仓库返回错误码 denied：令牌错误、已过期或已撤销，缺少包相关权限，或与所填用户名不属于同一用户。
    .translation = "denied: denied"：仓库拒绝了这次登录。
    .analysis-1 = 失败的请求是仓库根探测（GET /v2/），也就是 docker login 所做的事：还没有涉及任何镜像，所以问题在凭据本身，而不是仓库权限。
    .analysis-2 = ghcr.io 不接受 GitHub 密码，只接受带 read:packages（推送需 write:packages）的经典个人访问令牌，或工作流的 GITHUB_TOKEN。
    .fix-1 = 用有效令牌重新登录：docker logout HOST，然后把新的个人访问令牌通过管道传给 docker login HOST -u USER --password-stdin（GHCR 用带 read:packages / write:packages 的经典令牌）。
    .fix-2 = 在 CI 中确认用作密码的 secret 在本次事件中已设置且非空（来自 fork 的工作流拿不到 secrets），且用户名与令牌所有者一致（GITHUB_TOKEN 对应 github.actor）。
    .fix-3 = 如果组织启用了 SAML 单点登录，需要为该组织授权这个个人访问令牌（Settings > Developer settings > Personal access tokens > Configure SSO）。
    .prevention-1 = CI 中使用短期令牌（GITHUB_TOKEN、基于 OIDC 的仓库登录）代替个人令牌，必须保留的令牌要跟踪其到期时间。

docker-registry-denied-code = 镜像仓库拒绝了该操作（错误码 denied）
    .cause = 仓库返回 OCI 分发规范的错误码 denied：凭据被识别，但不允许对这个仓库执行该操作（推送到不属于自己的命名空间、项目不存在、只读令牌或仓库策略限制）。
    .translation = denied：仓库拒绝访问所请求的资源。
    .analysis-1 = 镜像仓库用分发规范的错误码表示拒绝：UNAUTHORIZED（没有凭据或凭据错误）、DENIED（拒绝访问该资源）等；denied: 后面的文字是仓库自己给出的原因。
    .fix-1 = 阅读 denied: 后面的原因并检查镜像引用：主机、命名空间或项目、仓库名都必须是你的账户可写的（否则用 docker tag 把镜像打到你自己的命名空间下）。
    .fix-2 = 确认你在该主机上登录的身份（重新 docker login HOST），以及令牌对该仓库或项目有写（push）权限。
    .prevention-1 = 构建脚本中使用完整的镜像名，每个镜像仓库使用一个具备流水线所需权限的 CI 凭据。

docker-registry-insufficient-scope = 镜像仓库令牌没有该仓库所需的权限范围
    .cause = 镜像仓库签发了令牌，但其中不包含对该仓库的请求动作（pull 或 push）：用只读访问令牌推送、令牌限定在其他仓库，或推送到账户无权写入的命名空间。
    .translation = "insufficient_scope: authorization failed"：权限范围不足，授权失败。
    .analysis-1 = 在换取令牌时返回（403），或以 401 加 error insufficient_scope 返回；用同一个令牌重新登录不会改变结果。
    .fix-1 = 创建对该仓库具有读写（推送）或只读（拉取）权限的令牌（Docker Hub：账户设置 > 个人访问令牌），并用它登录。
    .fix-2 = 检查镜像名：推送到别人的命名空间或 docker.io/library 也会得到 insufficient_scope。
    .prevention-1 = 为 CI 在每个镜像仓库配置一个令牌，权限范围恰好满足其任务需要。

docker-registry-manifest-unknown = 镜像仓库中不存在该镜像标签或仓库
    .cause = 镜像仓库中没有这个引用对应的清单：该标签从未推送过、已被删除或覆盖、写错了，或仓库本身不存在（ECR 不会在推送时自动创建仓库）。
    .translation = "manifest unknown" / "name unknown" / "repository name not known to registry"：清单未知 / 名称未知 / 镜像仓库不认识该仓库名。
    .analysis-1 = 404 MANIFEST_UNKNOWN（标签或 digest 不存在）或 NAME_UNKNOWN（仓库不存在）。除非推送还在进行中，否则重试没有用。
    .analysis-2 = 只有有人推送过名为 latest 的标签，"latest" 才存在；很多项目只发布版本号标签。
    .fix-1 = 列出实际存在的标签（skopeo list-tags docker://镜像、crane ls 镜像，或镜像仓库的网页界面），并选用其中之一。
    .fix-2 = 对于 ECR，先创建仓库（aws ecr create-repository --repository-name 名称），并核对镜像 URL 中的账户 ID 和区域。
    .fix-3 = 如果镜像由你的流水线构建，确保推送步骤成功之后部署步骤才去拉取。
    .prevention-1 = 按不可变的版本标签或 digest 部署，永远不要用 "latest"；在镜像仓库支持时开启标签防覆盖。

docker-registry-no-matching-platform = 该镜像没有适用于当前 CPU 架构 / 操作系统的版本
    .cause = 标签存在，但其清单列表中没有所请求平台的镜像（例如 Apple Silicon 或 Graviton 上的 linux/arm64，x86 服务器上的 linux/amd64），或者本地镜像是为其他平台构建的。
    .translation = "no matching manifest for PLATFORM in the manifest list entries"：清单列表中没有与 PLATFORM 匹配的清单。
    .analysis-1 = 这是针对平台而不是标签的"未找到"错误；该镜像只是没有为这种架构构建。
    .fix-1 = 用 docker buildx imagetools inspect 镜像 查看可用的平台，选择包含你的平台的标签。
    .fix-2 = 用 --platform linux/amd64 在模拟下运行（较慢；Docker Desktop 中需要 QEMU/Rosetta），或为你的平台构建镜像。
    .fix-3 = 如果镜像由你发布，构建多平台镜像：docker buildx build --platform linux/amd64,linux/arm64 --push。
    .prevention-1 = 发布多架构镜像，并在需要的地方于 CI 中显式指定平台。

docker-registry-pull-rate-limit = 触发 Docker Hub 拉取速率限制
    .cause = 该身份从 Docker Hub 拉取镜像的次数过多：匿名拉取按 IP 地址限制（同一 NAT 或 CI 服务商后面的所有人共享），免费账户按用户限制；单纯的 429 也可能是 Docker Hub 针对每个 IP 的整体滥用限制。
    .translation = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading"：你已达到拉取速率上限，可以通过登录和升级套餐提高上限。
    .analysis-1 = 返回 429，带有 ratelimit-limit / ratelimit-remaining 头（例如 100;w=21600 表示每 6 小时 100 次）；它在时间窗口内逐步恢复，而不是在固定时刻重置。
    .analysis-2 = 在 CI 中，共享 runner IP 上的每个任务都计入同一个匿名限额。
    .fix-1 = 让拉取带上认证：在 CI 和节点上用 Docker Hub 账户（个人访问令牌）执行 docker login；付费套餐的限额更高。
    .fix-2 = 通过镜像站或缓存拉取：镜像仓库的拉取缓存（ECR、Artifact Registry、Harbor）、用于热门镜像的 mirror.gcr.io，或 ECR Public 上的官方镜像副本（public.ecr.aws/docker/library/名称）。
    .fix-3 = 减少拉取次数：在 runner 和节点上缓存镜像，使用 imagePullPolicy: IfNotPresent，并固定标签以便复用镜像层。
    .prevention-1 = 让所有基础镜像都经由你自己的镜像仓库缓存拉取。

docker-registry-ecr-no-basic-auth = Docker 没有该 Amazon ECR 镜像仓库的凭证
    .cause = 没有针对这个确切 ECR 主机（账户ID.dkr.ecr.区域.amazonaws.com）执行过 docker login：从未登录、登录的是另一个账户或区域，或者没有为它配置凭证助手。
    .translation = "no basic auth credentials"：没有基本认证凭证。
    .analysis-1 = Docker 没有为该主机保存任何凭证，所以什么也没发送；ECR 需要通过 aws ecr get-login-password 获取的令牌。
    .fix-1 = 登录与镜像 URL 中相同的账户和区域：aws ecr get-login-password --region 区域，通过管道交给 docker login --username AWS --password-stdin 账户ID.dkr.ecr.区域.amazonaws.com。
    .fix-2 = 如果用 sudo 运行 docker，登录时也要用 sudo（凭证保存在 root 的 ~/.docker/config.json 中）。
    .fix-3 = 在长期运行的主机上安装 amazon-ecr-credential-helper，并为该镜像仓库主机添加 credHelpers 条目 ecr-login。
    .prevention-1 = 使用 ECR 凭证助手或 CI 的 ECR 登录 action，而不是保存密码。

docker-registry-ecr-token-expired = Amazon ECR 登录令牌已过期
    .cause = 通过 get-login-password 获取的 ECR 授权令牌有效期为 12 小时；为该镜像仓库保存的 docker login 已经超过了这个时间。
    .translation = "Your authorization token has expired. Reauthenticate and try again."：你的授权令牌已过期，请重新认证后再试。
    .analysis-1 = ECR 返回 403 denied；保存的凭证存在但已失效。不重新登录就重试，结果一样。
    .fix-1 = 重新登录：aws ecr get-login-password --region 区域，通过管道交给 docker login --username AWS --password-stdin 账户ID.dkr.ecr.区域.amazonaws.com。
    .fix-2 = 对于由 ECR 令牌生成的 Kubernetes imagePullSecrets，要定时刷新，或使用节点 IAM 角色（EKS 节点无需 Secret 即可从 ECR 拉取）。
    .prevention-1 = 使用 amazon-ecr-credential-helper，让每次拉取都自动获得新令牌。

docker-registry-x509 = Docker 不信任镜像仓库的 TLS 证书
    .cause = 镜像仓库出示的证书由私有或公司 CA 签发（或为自签名），Docker 守护进程或 BuildKit 不信任它；或者有 TLS 解密代理替换了证书。
    .translation = "x509: certificate signed by unknown authority"：证书由未知的证书颁发机构签发。
    .analysis-1 = 建立连接的是守护进程（不是 docker 命令行），所以必须让守护进程所在主机信任该 CA，或为该镜像仓库单独配置。
    .analysis-2 = BuildKit（docker buildx）运行在自己的容器中，有自己的 CA 存储，所以即使 docker pull 正常，构建也可能失败。
    .fix-1 = 在每台 Docker 主机上把 CA 证书放到 /etc/docker/certs.d/主机:端口/ca.crt（无需重启），或加入系统信任库后重启 Docker。
    .fix-2 = 对于 BuildKit，在 buildkitd.toml 中为该镜像仓库配置 CA，并重新创建 builder。
    .fix-3 = 如果公司代理解密了 TLS，同样方式安装其根 CA，或把镜像仓库主机排除在解密之外。
    .prevention-1 = 通过主机配置管理分发内部 CA，而不是使用 insecure-registries。

docker-registry-http-to-https = 镜像仓库使用明文 HTTP，而 Docker 尝试了 HTTPS
    .cause = 镜像仓库（通常是 5000 端口上的本地 registry:2）没有启用 TLS，而除非该主机被列为不安全镜像仓库，Docker 总是使用 HTTPS。
    .translation = "http: server gave HTTP response to HTTPS client"：服务器对 HTTPS 客户端返回了 HTTP 响应。
    .analysis-1 = TLS 握手收到的是明文 HTTP 回答；凭证和镜像都还没有被检查。
    .analysis-2 = localhost 和 127.0.0.0/8 默认被视为可信的不安全镜像仓库，但局域网 IP 或主机名不是。
    .fix-1 = 最好为镜像仓库启用 TLS（使用你的 CA 或 Let's Encrypt 签发的证书，或由反向代理终结 TLS）。
    .fix-2 = 实验用的镜像仓库可以加入 /etc/docker/daemon.json 的 insecure-registries（Docker Desktop：设置 > Docker Engine）并重启 Docker；BuildKit 则在 buildkitd.toml 中为该镜像仓库设置 http = true。
    .prevention-1 = 除隔离的测试环境外，不要运行没有 TLS 的镜像仓库。

## npm 仓库

ecr-tag-immutable = ECR 镜像标签已存在，且仓库不允许覆盖
    .cause = 该 Amazon ECR 仓库的镜像标签可变性设置为 IMMUTABLE（或 IMMUTABLE_WITH_EXCLUSION 但没有为此标签设置排除过滤器），而推送的标签已经指向一个镜像，所以 ECR 拒绝把它改指向新镜像。
    .translation = "tag invalid: The image tag 'TAG' already exists in the 'REPO' repository and cannot be overwritten because the repository (tag) is immutable."：镜像标签已存在于该仓库中，由于仓库（标签）不可变，无法覆盖。
    .analysis-1 = 镜像层已上传，但清单（manifest）被拒绝；原先存放在该标签下的镜像保持不变。API（PutImage）会以 ImageTagAlreadyExistsException 报告同样的问题。
    .analysis-2 = 常见触发场景：CI 重新运行同一个提交、使用 latest 或已发布版本号这样的固定标签，或者把构建缓存导出到不可变仓库中的某个标签。
    .fix-1 = 推送一个新的唯一标签（例如 git 提交 SHA 或构建号），并在标签已存在时跳过推送。
    .fix-2 = 只有在确实需要覆盖时才修改仓库设置：aws ecr put-image-tag-mutability --repository-name 仓库名 --image-tag-mutability MUTABLE；或者保持发布标签不可变，用 IMMUTABLE_WITH_EXCLUSION 和 --image-tag-mutability-exclusion-filters 排除会移动的标签（控制台：仓库 > 编辑 > 镜像标签可变性）。
    .prevention-1 = 按提交给镜像打标签，通过追加标签而不是重新推送来发布版本；把构建缓存放在单独的可变仓库中。

npm-registry-e401 = npm 无法通过仓库认证（E401）
    .cause = 仓库要求为这个包或作用域提供令牌，而 npm 没有发送或发送的无效：.npmrc 中没有该仓库的 _authToken、令牌已过期或被撤销、.npmrc 引用的环境变量为空，或作用域映射到了错误的仓库。
    .translation = "Unable to authenticate, need: Basic realm=..." / "401 Unauthorized"：无法认证，需要 Basic 认证 / 未授权。
    .analysis-1 = .npmrc 中的令牌绑定到仓库 URL（//registry.npmjs.org/:_authToken=...）；为某个主机写的令牌永远不会发给另一个主机。
    .analysis-2 = 对 GitHub Packages，令牌必须是 PAT（带 read:packages 的经典令牌）或 Actions 的 GITHUB_TOKEN，并且作用域必须映射到 https://npm.pkg.github.com。
    .fix-1 = 运行 npm config list 查看生效的 .npmrc 文件以及每个作用域使用的仓库；为错误中的仓库添加 //主机/:_authToken=令牌（或执行 npm login --registry=URL）。
    .fix-2 = 在 CI 中设置 .npmrc 引用的变量（例如配合 actions/setup-node 的 registry-url 设置 NODE_AUTH_TOKEN），并确认它不为空。
    .fix-3 = 如果令牌过期，新建一个（npmjs.com > Access Tokens，细粒度令牌），并在所有保存它的地方替换。
    .prevention-1 = 不要在提交的 .npmrc 中写令牌（使用环境变量引用），并使用带过期时间的细粒度令牌。

npm-registry-publish-over-existing = 该包版本已经发布过
    .cause = 仓库中已有完全相同的名称和版本；npm 永远不允许重新发布同一个版本，即使已经撤销发布。
    .translation = "You cannot publish over the previously published versions: VERSION."：不能覆盖已发布过的版本 VERSION。
    .analysis-1 = 以 E403（npmjs.com）或 E409（GitHub Packages 及部分私有仓库）返回；重试没有意义。
    .analysis-2 = 常见于 CI 中发布任务被重跑，或 package.json 中的版本没有递增。
    .fix-1 = 递增版本（npm version patch / minor / major）后再发布。
    .fix-2 = 在发布自动化中先检查该版本是否已存在（npm view 名称@版本 version），存在则跳过发布。
    .prevention-1 = 让发布工具（changesets、semantic-release）计算版本号，确保每次发布都唯一。

npm-registry-no-publish-permission = npm 拒绝发布：没有该包名的发布权限
    .cause = 当前登录的账户或令牌不能发布这个名字：无作用域的包名已被他人占用、你不是维护者、令牌是只读的或细粒度令牌不包含该包，或者作用域（@org）不属于你。
    .translation = "You do not have permission to publish NAME. Are you logged in as the correct user?"：你没有发布 NAME 的权限，是否登录了正确的用户？
    .analysis-1 = 认证成功后仓库返回的 E403。
    .analysis-2 = 与现有包名过于相似的名字，也会被 npmjs.com 以 403 拒绝。
    .fix-1 = 确认你的身份（npm whoami）和包的所有者（npm owner ls 名称）；请所有者添加你（npm owner add 用户 名称）。
    .fix-2 = 或者在自己的作用域下发布：在 package.json 中改名为 @用户名/名称，并用 npm publish --access public 发布。
    .fix-3 = 使用令牌时，选用对该包有发布权限的令牌（对该包或作用域具有读写权限的细粒度令牌）。
    .prevention-1 = 新包使用带作用域的名称，并及时维护维护者列表。

npm-registry-e403-forbidden = npm 仓库拒绝提供该包（E403 Forbidden）
    .cause = 仓库对下载请求返回了 403：私有或公司仓库（Artifactory、Nexus、GitHub Packages）按策略（准入、许可证或漏洞规则）屏蔽了该包或版本、你的令牌没有该仓库或作用域的读取权限，或者中间的代理拒绝访问该主机。
    .translation = "403 Forbidden"：多数情况下，是你或你的某个依赖请求了被安全策略禁止的包版本，或者请求了你无权访问的服务器。
    .analysis-1 = 与 E404 不同，仓库识别了这个请求但拒绝提供；错误中的 URL 指明了是哪个仓库、哪个包或压缩包被拒绝。
    .analysis-2 = 锁文件会固定解析后的压缩包 URL：针对另一个仓库生成的 package-lock.json，会让 npm 从那个仓库下载，即使你的 .npmrc 指向别处。
    .fix-1 = 确认是哪个仓库拒绝的（错误中的 URL，npm config get registry），以及你是否在那里通过了认证（npm whoami --registry=URL）；为该主机添加或刷新 _authToken。
    .fix-2 = 使用公司仓库时，请管理员确认该包或版本是否被准入或安全策略屏蔽，并选用允许的版本。
    .fix-3 = 如果锁文件指向你无法访问的仓库，针对你的仓库重新生成（删除 package-lock.json 和 node_modules 后执行 npm install），或改写其中的 resolved URL。
    .prevention-1 = 每个项目固定使用一个仓库（提交不含密钥的 .npmrc），切换仓库时重新生成锁文件。

npm-registry-eotp = 该 npm 操作需要一次性密码（双因素认证）
    .cause = 账户对发布或设置修改开启了双因素认证，而命令没有提供一次性密码；在 CI 中则是用了不能绕过 2FA 的令牌。
    .translation = "This operation requires a one-time password from your authenticator."：该操作需要来自身份验证器的一次性密码。
    .analysis-1 = EOTP 是认证流程中的一步，并不是令牌本身失效。
    .fix-1 = 交互式操作时，加上 --otp=验证码，使用身份验证器应用中的当前验证码。
    .fix-2 = 在 CI 中使用允许"绕过 2FA"的细粒度访问令牌（或 Automation 令牌），或改用 GitHub Actions 的可信发布（OIDC，npm publish --provenance）。
    .prevention-1 = 对人保持开启 2FA，流水线则使用范围很窄的自动化令牌或 OIDC 可信发布。

npm-registry-e404 = npm 在仓库中找不到该包（E404）
    .cause = npm 请求的仓库中不存在该包或版本：名字拼错、请求私有包时没有认证（仓库会用 404 隐藏私有包），或作用域映射到了公共仓库而不是你的私有仓库。
    .translation = "NAME@RANGE is not in this registry."：NAME@RANGE 不在这个仓库中。
    .analysis-1 = npm 会显示它请求的 URL；如果内部 @作用域 请求的是 registry.npmjs.org，说明缺少作用域到仓库的映射。
    .fix-1 = 核对包名（npm view 名称）和 package.json 中的版本范围。
    .fix-2 = 对于私有作用域，在 .npmrc 中映射作用域并添加令牌：@scope:registry=https://npm.pkg.github.com，以及 //npm.pkg.github.com/:_authToken=...。
    .fix-3 = 如果包已被撤销发布或下架，换一个版本或替换该依赖。
    .prevention-1 = 提交带作用域映射的项目 .npmrc（令牌通过环境变量引用），并使用锁文件。

npm-registry-e429 = npm 仓库正在对该客户端限流（E429）
    .cause = 短时间内该 IP 或令牌对仓库的请求过多，常见于同一 NAT 后大量并行的 CI 安装，或激进重试的代理。
    .translation = "429 Too Many Requests"：请求过多。
    .analysis-1 = 暂停一会儿后可以重试；npm 默认会对下载重试几次。
    .fix-1 = 加大 npm 的重试退避（fetch-retries、fetch-retry-mintimeout、fetch-retry-maxtimeout），并减少并行安装。
    .fix-2 = 在 CI 运行之间缓存 ~/.npm，用 npm ci --prefer-offline 安装；或使用仓库代理（Verdaccio、Artifactory、Nexus）。
    .prevention-1 = 为 CI 集群在 npmjs.org 前面部署带缓存的仓库代理。

npm-registry-network = npm 无法连接到仓库（网络错误）
    .cause = 与仓库的连接失败：DNS 解析失败（EAI_AGAIN、ENOTFOUND）、连接被重置（ECONNRESET，通常由代理、VPN 或防火墙导致），或连接到配置错误的代理或私有仓库时被拒绝。
    .translation = "This is a problem related to network connectivity. In most cases you are behind a proxy or have bad network settings."：这是网络连接问题，多数情况下是因为你处于代理之后或网络设置有误。
    .analysis-1 = 没有收到仓库的任何 HTTP 响应，所以问题出在到仓库的网络路径上，而不是你的包。
    .analysis-2 = 切换网络后，.npmrc 中残留的 proxy 或 https-proxy 设置是常见原因。
    .fix-1 = 检查 npm 使用的仓库和代理设置（npm config get registry / proxy / https-proxy），并用 npm ping 测试。
    .fix-2 = 按当前网络设置或删除代理（npm config set https-proxy http://主机:端口，或 npm config delete proxy https-proxy），并检查环境变量 HTTPS_PROXY / NO_PROXY。
    .fix-3 = 临时的 DNS 失败（EAI_AGAIN）可以重试；如果是容器内 DNS 有问题，修正 /etc/resolv.conf 或 Docker 的 DNS 设置。
    .prevention-1 = CI 使用就近的仓库镜像或代理，并把代理设置放在按环境区分的配置中。

npm-registry-timeout = npm 与仓库通信超时
    .cause = 与仓库建立 TCP 连接或等待响应的时间过长：网络慢或被过滤、需要配置代理，或到 registry.npmjs.org 的路由被阻断。
    .translation = "connect ETIMEDOUT" / "Socket timeout"：连接超时 / 套接字超时。
    .analysis-1 = 没有及时收到回应；这是网络路径问题，通常是防火墙在悄悄丢包。
    .fix-1 = 配置你的网络要求的代理（npm config set proxy / https-proxy），或用 curl -I https://registry.npmjs.org/ 测试能否直连。
    .fix-2 = 对慢速链路调大 fetch-timeout 和 fetch-retries，或用 npm config set registry URL 切换到可访问的镜像。
    .prevention-1 = 在内网中为构建部署仓库代理。

npm-registry-tls = npm 不信任仓库的 TLS 证书
    .cause = npm 收到的证书链由 Node 不信任的 CA 签发：几乎都是公司的 TLS 解密代理或杀毒软件，偶尔是使用内部 CA 的私有仓库。
    .translation = "unable to get local issuer certificate" / "self-signed certificate in certificate chain"：无法获取本地颁发者证书 / 证书链中有自签名证书。
    .analysis-1 = Node 使用自带的 CA 列表，而不是操作系统的证书库，所以只在系统层面安装 CA 是不够的。
    .fix-1 = 把公司根 CA 交给 npm：npm config set cafile /path/corp-root-ca.pem，并为 Node 本身和安装脚本设置 NODE_EXTRA_CA_CERTS=/path/corp-root-ca.pem。
    .fix-2 = 在 Node 23.8 及以上版本，也可以用 --use-system-ca 启动 Node，使其信任操作系统证书库。
    .prevention-1 = 不要设置 strict-ssl=false；把公司 CA 分发到开发机和 CI 镜像中。

## PyPI、twine 与 pip

pypi-invalid-auth = PyPI 拒绝了上传凭证
    .cause = twine 发送的用户名和密码 PyPI 不接受：用户名必须是字面量 __token__，密码是 API 令牌（账户密码已不能使用）；令牌是在 TestPyPI 上创建却用于 PyPI（或反过来）、已被撤销，或限定在其他项目上。
    .translation = "Invalid or non-existent authentication information."：认证信息无效或不存在。
    .analysis-1 = upload.pypi.org/legacy/ 返回 403。PyPI 的 pypi.org 和 test.pypi.org 使用各自独立的账户和令牌。
    .fix-1 = 设置 TWINE_USERNAME=__token__，TWINE_PASSWORD 设为包含 pypi- 前缀的完整令牌（在 https://pypi.org/manage/account/token/ 创建），或写入 ~/.pypirc 中对应仓库的段落。
    .fix-2 = 上传到令牌所属的索引：TestPyPI 的令牌用 twine upload --repository testpypi。
    .fix-3 = 在 GitHub Actions 中优先使用可信发布（pypa/gh-action-pypi-publish 配合 id-token: write，并在 PyPI 上配置可信发布者），而不是保存令牌。
    .prevention-1 = 使用限定到项目的令牌或可信发布，令牌放在 CI 密钥中，永远不要放进代码仓库。

pypi-not-allowed-to-upload = 该 PyPI 账户不能向这个项目名上传
    .cause = 这个项目名（规范化后，- _ . 以及大小写被视为相同）属于别人，或者你的账户或令牌不是它的所有者或维护者。
    .translation = "The user X isn't allowed to upload to project Y."：用户 X 不允许向项目 Y 上传。
    .analysis-1 = 403：凭证有效，但项目不是你的。
    .fix-1 = 在 https://pypi.org/project/名称/ 查看该名字；如果已被占用，在 pyproject.toml 中换一个名字（[project] name）后重新构建。
    .fix-2 = 如果是你所在组织的项目，请所有者把你的账户加为维护者，或使用限定到该项目的令牌。
    .prevention-1 = 尽早通过首次发布注册名字，共享项目使用组织账户。

pypi-file-already-exists = PyPI 上已有同名文件
    .cause = 之前已经上传过完全同名的分发文件（可能之后又删除了）；PyPI 永远不允许重用文件名，所以同一个版本不能再次上传。
    .translation = "File already exists. See https://pypi.org/help/#file-name-reuse"：文件已存在，参见文件名重用说明。
    .analysis-1 = 400 Bad Request；常见原因是 dist/ 中残留了以前构建的旧文件，或重跑了发布任务。
    .fix-1 = 清理后重新构建：先 rm -rf dist/ 再 python -m build，让上传的只有新版本的文件。
    .fix-2 = 重跑时使用 twine upload --skip-existing；内容有改动时递增版本（或发布 .postN 版本）。
    .prevention-1 = 从 git 标签派生版本号（setuptools-scm、hatch-vcs），并在 CI 中构建到干净的目录。

pypi-pip-read-timeout = pip 从 PyPI 下载超时
    .cause = 与 pypi.org 或 files.pythonhosted.org 的连接太慢或停滞：链路慢或拥塞、wheel 很大（torch、tensorflow）、经过代理，或网络对 PyPI 限速或屏蔽。
    .translation = "Read timed out" / "Connection to pypi.org timed out"：读取超时 / 连接 pypi.org 超时。
    .analysis-1 = pip 使用默认 15 秒超时重试 5 次后失败；每一行 "WARNING: Retrying" 就是一次尝试。
    .fix-1 = 调大超时和重试次数：pip install --timeout 120 --retries 10 包名，或 pip config set global.timeout 120。
    .fix-2 = 使用更近的镜像（-i https://镜像/simple，或在 pip.conf 中设置 global.index-url），或配置你的网络要求的代理（--proxy 或 HTTPS_PROXY）。
    .prevention-1 = 在 CI 中缓存 wheel（pip 缓存，或 devpi、Artifactory 等本地索引），让构建不依赖慢速链路。

pypi-pip-connection-broken = pip 无法连接到包索引
    .cause = pip 在收到响应之前与索引的连接就失败了：DNS 解析失败、没有路由或被防火墙阻断、代理拒绝连接或要求认证（407），或自定义的 index-url 宕机。
    .translation = "Retrying ... after connection broken by NewConnectionError / ProxyError"：因 NewConnectionError / ProxyError 导致连接中断，正在重试。
    .analysis-1 = 这些是网络错误而不是包的问题；重试用尽后，pip 通常以 "Could not find a version ... (from versions: none)" 结束。
    .fix-1 = 检查 pip 的配置（pip config list）中的 index-url、extra-index-url 和 proxy，以及环境变量 HTTPS_PROXY / NO_PROXY。
    .fix-2 = 如有需要，带凭证传入代理（--proxy http://用户:密码@主机:端口），或修复 DNS（用 nslookup pypi.org 测试）。
    .fix-3 = 如果私有索引宕机，临时从 https://pypi.org/simple 安装，或等待其恢复。
    .prevention-1 = 按环境在 pip.conf 中维护索引和代理设置，并监控你的私有索引。

pypi-pip-cert-verify = pip 不信任包索引的证书
    .cause = 公司的 TLS 解密代理或杀毒软件（或使用内部 CA 的私有索引）出示的证书链，不在 pip 使用的 CA 证书包中。
    .translation = "certificate verify failed: unable to get local issuer certificate"：证书校验失败，无法获取本地颁发者证书。
    .analysis-1 = （较旧版本的）pip 默认使用自带的 certifi 证书库，看不到只安装在操作系统证书库中的 CA。
    .fix-1 = 使用操作系统信任库：pip install --use-feature=truststore（pip 22.2 及以上；自 pip 24.2 起为默认行为），或安装 truststore。
    .fix-2 = 或者让 pip 使用公司 CA 证书包：pip config set global.cert /path/corp-root-ca.pem，或设置 PIP_CERT / REQUESTS_CA_BUNDLE。
    .prevention-1 = 不要把 --trusted-host 当作长期方案；把公司 CA 预置到开发和 CI 镜像中。

pypi-private-index-auth = pip 被私有包索引拒绝（401/403）
    .cause = 私有索引（Azure Artifacts、GitLab、Artifactory、Nexus、CodeArtifact）需要凭证，而 pip 没有发送，或发送的凭证错误、已过期，或令牌没有该源的读取权限。
    .translation = "HTTP error 401 while getting URL" / "Credentials not correct for URL"：获取 URL 时出现 HTTP 401 错误 / 该 URL 的凭证不正确。
    .analysis-1 = 只有当凭证写在索引 URL、~/.netrc 或 keyring 后端中时，pip 才会发送；只放在环境变量里的令牌不会被使用。
    .fix-1 = 把环境变量中的凭证拼进索引 URL（https://用户:令牌@主机/.../simple），或为该主机写入 ~/.netrc。
    .fix-2 = 使用索引对应的 keyring 插件（Azure 用 artifacts-keyring，CodeArtifact 用 keyrings.codeartifact）并加 --keyring-provider import，或刷新短期令牌（aws codeartifact login --tool pip）。
    .fix-3 = 检查令牌对该源的权限（读取包）以及是否已过期。
    .prevention-1 = 不要把索引凭证写进代码仓库中的 requirements 文件或 pip.conf，而是从 CI 密钥注入。

pypi-no-matching-distribution = pip 找不到可安装的包版本
    .cause = 对于当前的 Python 版本和平台，没有与请求的名称和版本匹配的发布：名字拼错、固定的版本不存在、包没有为该 Python 版本或 CPU 提供 wheel（例如旧版 TensorFlow 在 Python 3.12 或 arm64 上），或者当索引不可达时出现 "(from versions: none)"。
    .translation = "Could not find a version that satisfies the requirement X" / "No matching distribution found for X"：找不到满足需求 X 的版本 / 没有找到 X 的匹配发行版。
    .analysis-1 = "from versions:" 后面的列表就是 pip 在这里能用的版本；如果列表为空，往前查找输出中的网络或索引错误。
    .analysis-2 = 包会声明 Requires-Python 并提供平台相关的 wheel，所以同一个依赖可能在一台机器上能装、在另一台上失败。
    .fix-1 = 核对包名以及当前解释器可用的版本（pip index versions 名称），放宽或修改版本约束。
    .fix-2 = 使用该包支持的 Python 版本和平台（例如在虚拟环境中使用 Python 3.11），或选用支持你当前环境的较新版本。
    .fix-3 = 如果版本列表为空，先解决索引访问问题（代理、index-url、证书）再重试。
    .prevention-1 = 按 Python 版本和平台使用锁文件固定依赖，并在 CI 中对每个目标平台测试依赖安装。

## Cloudflare

cloudflare-1020-access-denied = Cloudflare 的防火墙规则拦截了请求（错误 1020）
    .cause = 该网站在 Cloudflare 上配置的 WAF 自定义规则、托管规则或 IP 访问规则匹配到了你的请求（按 IP、国家、ASN、User-Agent、路径或机器人评分）并将其拦截。API 或网站本身根本没有收到这个请求。
    .translation = "Access denied"：访问被拒绝，网站所有者可能设置了限制，阻止你访问该网站。
    .analysis-1 = 带错误码 1020 的 HTTP 403 由 Cloudflare 边缘节点决定，与凭证和请求体都无关。
    .analysis-2 = 脚本、服务器和云厂商 IP 段比浏览器更容易被拦截，原因在于它们的 User-Agent、缺失的请求头，或数据中心 IP 的信誉。
    .fix-1 = 如果网站是你的：在 Cloudflare 控制台打开 安全性 > 事件，按错误页上的 Ray ID 搜索，为合法流量（例如你服务器的 IP 或 API 路径）调整规则或添加跳过规则。
    .fix-2 = 如果网站不是你的：把 Ray ID、你的 IP 和时间发给网站所有者；同时发送一个能说明身份的 User-Agent，并从允许的网络发起调用。
    .prevention-1 = 对于机器对机器的 API，把 API 路径排除在反机器人规则之外，用客户端认证代替按 User-Agent 过滤。

cloudflare-1015-rate-limited = Cloudflare 速率限制拦截了请求（错误 1015）
    .cause = 网站所有者的 Cloudflare 速率限制规则在其时间窗口内统计到来自你的 IP（或令牌、会话）的请求过多，现在按设定的时长封禁你。
    .translation = "You are being rate limited."：你的请求被限流了。
    .analysis-1 = Cloudflare 边缘节点返回带错误码 1015 的 HTTP 429；源站根本看不到这些请求，Retry-After（如果有）说明封禁持续多久。
    .analysis-2 = 在 NAT、CI 服务商或共享代理后面，使用同一 IP 的其他客户端也会计入同一个限额。
    .fix-1 = 停下来等待封禁解除（看 Retry-After，通常一分钟到一小时），然后以更低的并发和带抖动的指数退避继续。
    .fix-2 = 如果网站是你的，在 安全性 > WAF > 速率限制规则 中检查该规则，提高阈值或豁免已认证的 API 客户端。
    .prevention-1 = 客户端的请求速率要低于网站公布的限额，并缓存响应而不是重复请求。

cloudflare-520-unknown-error = Cloudflare 从源站收到空响应或无效响应（520）
    .cause = 源站接受了连接，却返回了 Cloudflare 无法使用的内容：进程崩溃或重置了连接、返回空响应、响应头超过 128 KB，或 HTTP 响应格式无效。
    .translation = "Web server is returning an unknown error"：Web 服务器返回了未知错误。
    .analysis-1 = 520 是 Cloudflare 特有的状态码：问题出在 Cloudflare 与源站之间，而不是你与 Cloudflare 之间。
    .analysis-2 = 如果只有某个请求 520、其他请求正常，通常说明应用处理该输入时崩溃了，或响应头过大（Cookie 太大）。
    .fix-1 = 作为客户端，对幂等请求带退避地重试；如果持续出现，把 Ray ID 和时间报告给网站所有者。
    .fix-2 = 作为网站所有者，在 Ray ID 对应的时间点前后检查源站日志中的崩溃或连接重置，并确认源站接受 Cloudflare 的 IP 段和长连接（keep-alive）。
    .prevention-1 = 保持响应头精简，并直接监控源站的错误率，而不仅仅通过 Cloudflare 观察。

cloudflare-521-web-server-down = Cloudflare 无法连接到源站 Web 服务器（521）
    .cause = 源站拒绝了 Cloudflare 的 TCP 连接：Web 服务器宕机、监听在其他端口，或防火墙、安全模块拦截了 Cloudflare 的 IP 段。
    .translation = "Web server is down"：Web 服务器已宕机。
    .analysis-1 = 521 表示 Cloudflare 边缘节点可以访问，但源站主动拒绝了连接。
    .fix-1 = 作为客户端，等待后重试；对所有经过 Cloudflare 的访问者来说，该网站都处于宕机状态。
    .fix-2 = 作为网站所有者，启动 Web 服务器，确认它监听 Cloudflare 使用的端口（80/443），并在防火墙、fail2ban 或主机商防火墙中放行全部 Cloudflare IP 段（https://www.cloudflare.com/ips/）。
    .prevention-1 = 直接对源站做健康检查，并自动更新 Cloudflare IP 白名单。

cloudflare-522-connection-timed-out = Cloudflare 连接源站超时（522）
    .cause = Cloudflare 与源站的 TCP 连接没有完成：约 19 秒内没有收到 SYN+ACK，或 90 秒内没有收到 ACK。通常是防火墙悄悄丢弃了 Cloudflare 的 IP、DNS 记录中的源站 IP 错误，或源站过载。
    .translation = "Connection timed out"：连接超时。
    .analysis-1 = 超时发生在 Cloudflare 与源站之间，而不是你与 Cloudflare 之间；你的客户端和凭证都不是问题所在。
    .fix-1 = 作为客户端，稍后带退避地重试；如果持续出现，把 Ray ID 报告给网站所有者。
    .fix-2 = 作为网站所有者，检查 Cloudflare DNS 中的 A/AAAA 记录是否指向当前的源站 IP，在防火墙和安全组中放行 Cloudflare IP 段，并检查源站的负载和连接数限制。
    .prevention-1 = 监控源站的可达性和容量，源站 IP 变化时及时更新 DNS。

cloudflare-523-origin-unreachable = Cloudflare 无法到达源站网络（523）
    .cause = Cloudflare 没有到源站 IP 的路由：DNS 记录指向了错误的或私有的 IP、源站网络中断，或到它的路由有问题。
    .translation = "Origin is unreachable"：源站不可达。
    .analysis-1 = 这是网站一侧的网络问题；客户端做什么都无法解决。
    .fix-1 = 作为客户端，等待后稍后重试；把 Ray ID 报告给网站所有者。
    .fix-2 = 作为网站所有者，核对 Cloudflare DNS 中的源站 IP（不能是 10.x / 192.168.x 这类私有地址），并向主机商确认是否有网络故障。
    .prevention-1 = 从你的网络外部监控源站的可达性并设置告警。

cloudflare-524-timeout = Cloudflare 等待源站响应超时（524）
    .cause = Cloudflare 已连接到源站，但源站没有在代理读取超时（默认 120 秒，旧套餐为 100 秒）内返回 HTTP 响应。耗时的计算、大批量导出、报表生成，以及位于 Cloudflare 之后的非流式 LLM 补全，都会碰到这个问题。
    .translation = "A timeout occurred"：发生超时。
    .analysis-1 = 源站可能仍在处理请求，甚至会在 Cloudflare 放弃之后完成，所以盲目重试非幂等请求可能导致执行两次。
    .analysis-2 = 只有 Enterprise 套餐可以提高该超时（最长 6,000 秒）；其他套餐只能让响应更早开始返回。
    .fix-1 = 作为位于 Cloudflare 之后的 LLM 或其他慢速 API 的客户端，使用流式输出让首批字节尽快到达，或把工作拆成更小的请求。
    .fix-2 = 作为网站所有者，把耗时工作改为异步（返回 202 和任务 ID，让客户端轮询或接收 webhook）、流式返回进度，或让慢接口走仅 DNS（灰色云朵）的主机名。
    .fix-3 = 只对幂等请求带退避地重试。
    .prevention-1 = 让同步请求处理时间远低于 100 秒，把长任务放到队列中执行。

cloudflare-525-526-origin-ssl = Cloudflare 无法与源站建立有效的 TLS 连接（525 / 526）
    .cause = 在 SSL 模式为"完全"或"完全（严格）"时，Cloudflare 通过 HTTPS 连接源站：525 表示 TLS 握手失败（443 端口上没有证书、协议或加密套件不受支持、SNI 不匹配）；526 表示源站证书在严格模式下无效（过期、自签名、主机名不符、证书链不完整）。
    .translation = "SSL handshake failed"（525，SSL 握手失败）/ "Invalid SSL certificate"（526，SSL 证书无效）。
    .analysis-1 = 问题出在 Cloudflare 与源站之间的证书或 TLS 配置，而不是你客户端的 TLS。
    .fix-1 = 作为客户端，无需修改任何东西：把 Ray ID 报告给网站所有者。
    .fix-2 = 作为网站所有者，在源站安装有效证书（免费的 Cloudflare Origin CA 证书可用于"完全（严格）"模式），包含完整证书链，并确保源站在 443 端口为该主机名提供 TLS。
    .fix-3 = 在控制台检查 SSL/TLS 加密模式："完全（严格）"要求证书受信任、未过期且与主机名匹配。
    .prevention-1 = 自动续期源站证书并监控到期日期。

cloudflare-530-origin-dns = Cloudflare 无法解析或访问源站（530，错误 1016 / 1033）
    .cause = HTTP 530 会附带一个 1xxx 错误：1016 表示 DNS 记录中的源站主机名（CNAME 目标）无法解析；1033 表示该主机名对应的 Cloudflare Tunnel（cloudflared）没有连接。
    .translation = "Origin DNS error"（1016，源站 DNS 错误）/ "Argo Tunnel error"（1033，隧道错误）。
    .analysis-1 = 这是网站一侧的配置问题；客户端的请求没有问题。
    .fix-1 = 网站所有者遇到 1016 时，修正 DNS 记录，使其目标能够被公开解析（dig +short 目标），或直接指向源站 IP。
    .fix-2 = 遇到 1033 时，在源站主机上启动或重启 cloudflared，确认 cloudflared tunnel info 显示有活跃连接，并确保 DNS 路由指向正确的隧道。
    .prevention-1 = 以服务方式运行多副本的 cloudflared，并监控隧道健康状态。

cloudflare-api-authentication-error = Cloudflare API 拒绝了凭证（代码 10000 / 9109）
    .cause = API 令牌无效、已过期或被撤销，或者令牌有效但对该账户或区域（zone）没有权限（代码 10000 同时涵盖这两种情况）；9109 表示令牌字符串本身无效。
    .translation = "Authentication error"（10000，认证错误）/ "Invalid access token"（9109，访问令牌无效）。
    .analysis-1 = 即使真正的问题是一个可用令牌缺少权限或区域范围，Cloudflare 也常常返回 10000 Authentication error。
    .analysis-2 = wrangler、Terraform 等工具会读取 CLOUDFLARE_API_TOKEN；环境中残留的旧值会覆盖新的登录。
    .fix-1 = 验证令牌：带 Authorization: Bearer 令牌 请求 GET https://api.cloudflare.com/client/v4/user/tokens/verify（账户拥有的令牌用 /accounts/账户ID/tokens/verify）。
    .fix-2 = 在 https://dash.cloudflare.com/profile/api-tokens 编辑令牌，为其添加调用所需的权限组（例如 区域 > DNS > 编辑、账户 > Workers 脚本 > 编辑），并选择正确的账户和区域资源。
    .fix-3 = 确认路径中的账户 ID 和区域 ID 属于创建该令牌的账户。
    .prevention-1 = 每个工具使用一个带过期时间、限定范围的 API 令牌，避免使用 Global API Key。

cloudflare-worker-too-large = Worker 上传包超过了套餐的大小上限（Cloudflare 代码 10027）
    .cause = Cloudflare 按压缩后（gzip）的包大小计算 Worker 体积：Workers Free 套餐最多 3 MiB，Workers Paid 最多 10 MiB。wrangler 构建出的包超过了该账户套餐允许的大小。
    .translation = “Your Worker exceeded the size limit of 3 MiB. Please upgrade to a paid plan to deploy Workers up to 10 MiB.”：Worker 超过了 3 MiB 的大小限制，升级付费套餐可部署最多 10 MiB 的 Worker。此次上传被拒绝，没有部署任何内容。
    .analysis-1 = 代码 10027 来自 Workers 脚本上传 API；wrangler 在它之前打印的 “Total Upload: ... / gzip: ...” 中，gzip 那个数值才是与上限比较的大小。
    .fix-1 = 缩小包体：用 `--minify` 构建，去掉大依赖（或只导入用到的部分），并用 `wrangler deploy --dry-run --outdir dist` 查看打包了哪些内容。
    .fix-2 = 把静态文件（HTML、图片、wasm 数据）从脚本中移到 Workers Static Assets（`[assets] directory = ...`）或 R2，它们不计入脚本大小。
    .fix-3 = 或在控制台 Workers & Pages → Plans 中把账户升级到 Workers Paid，压缩后上限为 10 MiB。
    .prevention-1 = 在 CI 中运行 `wrangler deploy --dry-run`，gzip 大小接近上限时让构建失败。

cloudflare-api-invalid-headers = Cloudflare API 请求的认证头格式错误（代码 6003）
    .cause = 认证头混用了：把 API 令牌放在 X-Auth-Key 中、把 Global API Key 当作 Bearer 发送、只有 X-Auth-Key 没有 X-Auth-Email，或请求头的值里带了空白字符或引号。
    .translation = "Invalid request headers"：请求头无效，细节如 "Invalid format for X-Auth-Key header"（6103，X-Auth-Key 头格式无效）或 "Invalid format for Authorization header"（6111，Authorization 头格式无效）。
    .analysis-1 = 带代码 6003 的 400：Cloudflare 连凭证都无法解析；error_chain 中的条目点名了有问题的请求头。
    .fix-1 = 使用 API 令牌时只发送 Authorization: Bearer 令牌（不要带 X-Auth-Key / X-Auth-Email 头）。
    .fix-2 = 使用旧的 Global API Key 时，同时发送 X-Auth-Email: 账户邮箱 和 X-Auth-Key: 密钥，并且不要带 Authorization 头；更好的做法是改用 API 令牌。
    .prevention-1 = 通过 SDK 或官方命令行统一使用一种凭证类型，不要手工拼请求头。

cloudflare-api-971-throttled = Cloudflare API 正在对你的请求限流（代码 971）
    .cause = 客户端超出了 Cloudflare API 的速率限制（每个用户每 5 分钟 1,200 次请求，另有按接口的限制），常见于在循环中更新大量 DNS 记录或区域的脚本。
    .translation = "Please wait and consider throttling your request speed"：请稍候，并考虑降低请求速度。
    .analysis-1 = HTTP 429；封禁一直持续到 5 分钟窗口允许更多请求为止。
    .fix-1 = 暂停后按 Retry-After 用指数退避重试，并限制请求速率（例如每秒 3 到 4 次）。
    .fix-2 = 使用批量接口（DNS 记录批量操作、批量重定向、列表操作），并缓存区域和记录 ID，不要每次调用都重新查询。
    .prevention-1 = 在调用 Cloudflare API 的自动化中内置客户端限速器。

cloudflare-api-could-not-route = Cloudflare API 路径中包含无效的标识符（代码 7003）
    .cause = 由于路径中的某个 ID 错误，URL 无法被路由：通常是在需要 32 位区域 ID 的地方用了域名、把账户 ID 当成区域 ID，或变量为空。
    .translation = "Could not route to PATH, perhaps your object identifier is invalid?"：无法路由到 PATH，可能是对象标识符无效。
    .analysis-1 = 这是 API 路由在检查任何权限之前返回的 400/404；问题在于标识符的格式或取值。
    .fix-1 = 查出区域 ID（控制台 > 该域名 > 概述 > API 部分，或 GET /zones?name=example.com），并把它用在路径中。
    .fix-2 = 打印代码最终请求的 URL，检查是否有变量为空或被互换。
    .prevention-1 = 在启动时一次性解析区域和账户 ID，并校验它们是 32 位十六进制字符。


azure-arm-authorization-failed = Azure 拒绝了操作：该身份在此范围上没有允许此操作的角色
    .cause = Azure 资源管理器检查了 Azure RBAC，发现没有任何角色分配在指定范围上把该操作授予这个用户、服务主体或托管标识（或者范围路径本身有误）。
    .translation = "The client ... does not have authorization to perform action 'ACTION' over scope 'SCOPE' or the scope is invalid."：该客户端无权在范围 SCOPE 上执行操作 ACTION，或范围无效。
    .analysis-1 = 消息同时给出了缺少的操作（Microsoft.Provider/resource/operation）和范围；解决办法是在该范围或其上级添加一个包含此操作的角色分配。
    .analysis-2 = 角色分配需要几分钟才能生效，而在分配之前签发的令牌不包含它：授权后要重新登录。
    .fix-1 = 在该范围授予包含此操作的角色：在门户中打开订阅、资源组或资源，访问控制 (IAM)，添加角色分配；或执行 az role assignment create --assignee ID --role 角色 --scope 范围。
    .fix-2 = 检查范围是否正确：路径中的订阅 ID 和资源组必须存在且是你要操作的那个（az account show 显示当前订阅）。
    .fix-3 = 授权后刷新凭据：az logout 再 az login，或为服务主体、托管标识重新获取令牌。
    .prevention-1 = 给自动化身份只授予其所管理范围上的最小权限角色，并把角色分配写进基础设施代码。

azure-arm-subscription-not-found = Azure 找不到该订阅
    .cause = 请求中的订阅 ID 不存在、属于你未登录的另一个 Microsoft Entra 租户，或者该身份对它没有任何访问权限。
    .translation = "The subscription 'ID' could not be found."：找不到订阅 ID。
    .analysis-1 = 对于其他租户中的订阅或没有任何角色分配的订阅，Azure 同样回答"找不到"，不只是 ID 写错的情况。
    .fix-1 = 用 az account list --output table 列出该身份能看到的订阅，并用 az account set --subscription ID 选择正确的订阅（或设置 AZURE_SUBSCRIPTION_ID）。
    .fix-2 = 如果订阅在另一个租户中，登录到该租户：az login --tenant 租户ID。
    .fix-3 = 如果它本应可见，请订阅所有者在订阅的访问控制 (IAM) 中给该身份分配角色。
    .prevention-1 = 在脚本和流水线中显式传入订阅 ID 和租户，而不是依赖 CLI 的默认订阅。

azure-arm-resource-group-not-found = Azure 找不到该资源组
    .cause = 所选订阅中没有这个名字的资源组：还没创建、已被删除、名字不同，或者请求是在另一个订阅上执行的。
    .translation = "Resource group 'NAME' could not be found."：找不到资源组 NAME。
    .analysis-1 = 资源组名称只在订阅内唯一，所以同名资源组可能存在于一个订阅中，而在 CLI 或 SDK 正在使用的订阅中并不存在。
    .fix-1 = 用 az account show 查看当前订阅，用 az group list --output table 列出它的资源组；用 az account set --subscription ID 切换订阅。
    .fix-2 = 先创建资源组（az group create --name 名称 --location 区域），或在模板和 Terraform 中让资源依赖于该资源组。
    .prevention-1 = 在同一次部署中创建资源组及其资源，并在自动化中显式指定订阅。

gcp-billing-disabled = Google Cloud 拒绝调用：项目没有启用结算
    .cause = 该 API 需要计费，而项目没有有效的 Cloud Billing 结算账号：从未关联结算账号、结算账号已关闭或被暂停，或者项目被取消了关联。
    .translation = "This API method requires billing to be enabled" / "The billing account for the owning project is disabled"：此 API 需要启用结算 / 项目所属的结算账号已停用。
    .analysis-1 = 这是项目设置，不是调用者的权限问题：在关联结算账号之前，项目的所有密钥和服务账号都会得到同样的错误。
    .fix-1 = 给项目关联一个有效的结算账号：Google Cloud 控制台，结算，账号管理，或打开 https://console.cloud.google.com/billing/linkedaccount?project=项目ID；也可执行 gcloud billing projects link 项目ID --billing-account=结算账号ID。
    .fix-2 = 如果结算账号已关闭或被暂停，在结算的付款方式页面修正付款方式，或把项目关联到另一个结算账号。
    .fix-3 = 启用结算后等几分钟让设置生效，再重试。
    .prevention-1 = 为结算账号设置预算提醒并监控其状态，避免付款失败导致生产项目停摆。

github-admin-rights-required = GitHub 要求对仓库有管理员权限才能执行此操作
    .cause = 该接口（分支保护、仓库设置、删除仓库、部署密钥、Webhook、协作者）需要仓库的 admin 角色，而令牌对应的用户或应用没有这个角色。
    .translation = "Must have admin rights to Repository."：必须拥有仓库的管理员权限。
    .analysis-1 = 令牌本身可能有效、作用域也对；不够的是该账号在这个仓库上的角色。
    .fix-1 = 使用仓库管理员账号的令牌，或请管理员在 Settings、Collaborators and teams 中提升该账号的角色。
    .fix-2 = 对细粒度令牌或 GitHub App，授予仓库的 Administration 权限（读写）；删除仓库时，经典令牌还需要 delete_repo 作用域。
    .fix-3 = 如果是 gh codespace 等命令报出此错误，用所需作用域刷新 CLI 令牌：gh auth refresh -h github.com -s 作用域。
    .prevention-1 = 管理类自动化使用带 Administration 权限的专用 GitHub App，而不是个人令牌。

stripe-no-payment-source = Stripe 无法扣款：客户没有绑定付款方式
    .cause = 这笔扣款、订阅或发票需要自动支付，但客户既没有默认付款方式（invoice_settings.default_payment_method），也没有默认 source。
    .translation = "This customer has no attached payment source or default payment method."：该客户没有绑定付款来源或默认付款方式。
    .analysis-1 = Stripe 把它报告为 invalid_request_error、代码 resource_missing，但并没有写错什么：客户只是没有可扣款的方式。
    .fix-1 = 先收集付款方式（setup 或 subscription 模式的 Checkout，或配合 Payment Element 的 SetupIntent），并把它设为客户的 invoice_settings.default_payment_method。
    .fix-2 = 或者在创建订阅时传入 default_payment_method，或使用 payment_behavior=default_incomplete 并在客户端确认首张发票的 PaymentIntent。
    .fix-3 = 对于按发票付款的客户，创建订阅或发票时使用 collection_method=send_invoice 并设置 days_until_due。
    .prevention-1 = 通过 Checkout 创建订阅，或在扣款前检查客户是否有默认付款方式。

stripe-unrecognized-url = Stripe 不认识这个 API 路径
    .cause = 该方法和路径不对应任何 Stripe 接口：拼写错误、不存在的接口（例如臆造的操作）、HTTP 方法不对，或客户端拼接的 ID、路径有误。
    .translation = "Unrecognized request URL (METHOD: PATH)."：无法识别的请求 URL。
    .analysis-1 = Stripe 对未知路由返回 404 invalid_request_error；这是客户端的错误，不是对象不存在（那种情况会说 "No such ..."）。
    .fix-1 = 对照 https://docs.stripe.com/api 的 API 参考核对方法和路径（例如取消未捕获的 PaymentIntent 是 POST /v1/payment_intents/ID/cancel）。
    .fix-2 = 优先使用官方 SDK 的方法而不是手工拼接 URL，并检查路径中的 ID 没有为空或被重复 URL 编码。
    .prevention-1 = 使用官方 SDK，并在 CI 中用测试模式验证调用。

twilio-unsubscribed-recipient = Twilio 不会发送到这个号码：收件人已退订
    .cause = 收件人向该发送号码或 Messaging Service 回复了 STOP（或其他退订关键词），因此在收件人重新订阅前，Twilio 会拦截发往该号码的消息（错误 21610）。
    .translation = "Attempt to send to unsubscribed recipient."：尝试发送给已退订的收件人。
    .analysis-1 = 拦截针对收件人和发送方这一对；重试或修改内容都无法送达，这也不是账号问题。
    .fix-1 = 停止向该号码发送，并在你自己的联系人列表中把它标记为已退订。
    .fix-2 = 收件人可以向同一号码回复 START（或 UNSTOP）重新订阅；只有这样发送才会重新成功。
    .fix-3 = 如果退订处理应由你负责，在 Twilio 控制台为 Messaging Service 配置 Advanced Opt-Out，并让你的列表与之同步。
    .prevention-1 = 遇到错误 21610 时自动屏蔽该号码，并监听收到的 STOP 消息，在下次发送前更新用户的同意状态。

npm-registry-eneedauth = npm 需要登录这个镜像源
    .cause = 该命令（publish、unpublish、access、dist-tag，或从私有源安装）需要凭据，而 npm 在读取的 .npmrc 文件中没有找到该源的令牌。
    .translation = "need auth This command requires you to be logged in to REGISTRY"：此命令需要你登录到该镜像源。
    .analysis-1 = 令牌必须配置在实际使用的源 URL 上，包括作用域对应的源（@scope:registry=...）；为其他 URL 配置的令牌会被忽略。
    .fix-1 = 交互式登录：npm login --registry=https://registry.npmjs.org/（或你的私有源）；在 CI 中向项目的 .npmrc 写入一行 //registry.npmjs.org/:_authToken=，其值引用保存 NPM_TOKEN 密钥的环境变量。
    .fix-2 = 在 GitHub Actions 中使用带 registry-url 的 actions/setup-node，并从 secret 设置 NODE_AUTH_TOKEN；setup-node 会替你写好 .npmrc。
    .fix-3 = 对作用域包，确认作用域指向令牌所属的源：在 .npmrc 中写 @scope:registry=URL。
    .prevention-1 = 在 CI 中使用细粒度访问令牌或可信发布，并在发布任务的第一步执行 npm whoami --registry=URL 检查。

kubernetes-admission-webhook-denied = Kubernetes 准入 Webhook 拒绝了这个对象
    .cause = 一个验证或变更准入 Webhook（Gatekeeper、Kyverno 等策略引擎，或某个 Operator 的校验器）检查了对象并拒绝了它；"denied the request:" 后面的文字是策略给出的原因。
    .translation = "admission webhook NAME denied the request: REASON"：准入 Webhook NAME 拒绝了请求，原因是 REASON。
    .analysis-1 = API Server 和 RBAC 已经接受了你；是集群的策略拒绝了按当前写法提交的对象。
    .fix-1 = 阅读 "denied the request:" 之后的原因，修改清单使其满足要求（必需的标签、资源限制、允许的镜像仓库、安全上下文）。
    .fix-2 = 按 Webhook 名称找到背后的策略：kubectl get validatingwebhookconfigurations；Gatekeeper 用 kubectl get constraints，Kyverno 用 kubectl get clusterpolicies。
    .fix-3 = 如果该对象确实需要例外，请集群管理员在策略中添加例外，而不是禁用 Webhook。
    .prevention-1 = 在 CI 中用集群策略检查清单（gator、kyverno apply，或 kubectl apply --dry-run=server 服务端试运行）。

docker-container-name-in-use = Docker 无法创建容器：名称已被另一个容器占用
    .cause = 容器名称在同一 Docker 主机上必须唯一，而已经有一个容器（运行中或已停止）使用了 --name 或 docker compose 指定的名称。
    .translation = "Conflict. The container name NAME is already in use by container ID."：冲突，容器名 NAME 已被容器 ID 使用。
    .analysis-1 = 已停止的容器仍然保留名称；之前没有加 --rm 的 docker run，或中断的 compose 运行，都会留下一个。
    .fix-1 = 删除旧容器：docker rm -f 名称（或用 docker compose down 删除项目的容器），然后重新运行。
    .fix-2 = 或者用 docker start 名称 复用它，或用 docker rename 名称 新名称 改名。
    .fix-3 = 在脚本中对一次性容器使用 docker run --rm，让它退出后自动删除。
    .prevention-1 = 让 docker compose 管理名称，或在脚本启动新容器前的清理步骤中删除旧容器。

docker-daemon-unreachable = Docker 客户端连不上 Docker 守护进程
    .cause = 客户端使用的套接字或主机上没有响应：守护进程（或 Docker Desktop、Colima、Podman 套接字）没有运行，或 DOCKER_HOST、当前 docker context 指向了别处。
    .translation = "Cannot connect to the Docker daemon at SOCKET. Is the docker daemon running?"：无法连接到 SOCKET 上的 Docker 守护进程，守护进程是否在运行？
    .analysis-1 = 这是本地连接问题，还没有涉及任何镜像仓库或镜像。
    .fix-1 = 启动守护进程：Linux 上 sudo systemctl start docker，或启动 Docker Desktop、colima start、systemctl --user start podman.socket。
    .fix-2 = 检查客户端连接的位置：docker context ls 和 echo $DOCKER_HOST；用 docker context use default 切换，或取消设置 DOCKER_HOST。
    .fix-3 = 在容器或 CI 任务中，挂载宿主机套接字（-v /var/run/docker.sock:/var/run/docker.sock），或使用 docker:dind 服务并把 DOCKER_HOST 指向它。
    .prevention-1 = 让 docker 服务开机启动（systemctl enable docker），并在 CI 中显式设置 docker context。

docker-daemon-socket-permission = Docker 套接字拒绝了你的用户：权限不足
    .cause = 守护进程在运行，但套接字 /var/run/docker.sock 属于 root 和 docker 组，而你的用户不在该组中（或新的组成员身份在当前 shell 中尚未生效）。
    .translation = "permission denied while trying to connect to the Docker daemon socket"：连接 Docker 守护进程套接字时权限被拒绝。
    .analysis-1 = docker 组成员在宿主机上等同于 root，请在它、sudo 和 rootless Docker 之间慎重选择。
    .fix-1 = 把用户加入 docker 组：sudo usermod -aG docker $USER，然后注销再登录（或执行 newgrp docker）。
    .fix-2 = 或者用 sudo 执行命令，或为该用户配置 rootless Docker。
    .fix-3 = 在挂载了套接字的容器中，以组 ID 与宿主机上套接字所属组一致的用户运行。
    .prevention-1 = 在机器初始化文档中写明加入 docker 组这一步，或在共享机器上使用 rootless Docker。

stripe-lock-timeout = Stripe 正在为另一个请求锁定这个对象
    .cause = 另一个 API 请求或 Stripe 内部流程（Webhook 触发的更新、发票定稿、付款确认）持有同一对象的锁，本次请求等待超时。
    .analysis-1 = Stripe 返回 429、代码 lock_timeout：这不是账户级的速率限制，而是对单个对象的争用，通常来自对同一客户、订阅或 PaymentIntent 的并发写入。
    .fix-1 = 使用指数退避并带上同一个 Idempotency-Key 请求头重试；较新的 Stripe SDK 在 max_network_retries（Stripe.max_network_retries、maxNetworkRetries）大于 0 时会自动这样做。
    .fix-2 = 对同一对象串行写入：按客户或订阅排队更新，不要并行发送；不要在触发 Webhook 的请求尚未结束时，在 Webhook 处理程序里更新同一对象。
    .prevention-1 = 每个写请求都带 Idempotency-Key，使重试安全；对单个对象同一时间只保留一个写操作。

twilio-invalid-from-number = Twilio 无法从这个 'From' 号码发送
    .cause = From 的值不是本 Twilio 账户拥有、且能向该目的地发送的电话号码、短代码、字母数字发送者 ID 或 WhatsApp 发送者。
    .analysis-1 = Twilio 错误 21212（From 无效）、21606 / 21659（不是可向该目的地或账户发消息的 Twilio 号码）和 21601 都说明问题出在发送方，而不是接收方。
    .fix-1 = 使用控制台 Phone Numbers > Manage > Active numbers 中、Capabilities 里显示 SMS（或 MMS/Voice）的号码，并写成 E.164 格式（+14155550100）；已验证的来电显示号码不能发消息。
    .fix-2 = 或者改用 MessagingServiceSid 代替 From，让 Messaging Service 的发送者池里包含目的国家的号码；使用短代码时，To 号码必须与短代码属于同一国家。
    .fix-3 = 如果号码正在转入（porting/hosting），等待完成；并确认所用凭据属于拥有该号码的账户（或子账户）。
    .prevention-1 = 把发送号码放在配置里，启动时用 Incoming Phone Numbers API 校验；优先使用 Messaging Service，让发送者随目的地自动选择。

cloudflare-1027-plan-limit = Cloudflare 后面的站点已用完套餐的请求额度（错误 1027）
    .cause = 站点所有者的套餐额度已用完，Cloudflare 停止提供服务，最常见的是 Workers 免费版的每日请求上限。
    .analysis-1 = 错误 1027 不是针对单个客户端的限流（那是 1015）：在额度重置前所有访问者都会被拒绝，Workers 每日额度在 UTC 00:00 重置。
    .fix-1 = 如果你是站点所有者：在控制台 Workers & Pages > Plans 升级到 Workers Paid，取消每日请求上限。
    .fix-2 = 或减少到达 Worker 的请求：为静态响应添加缓存规则，让静态资源不经过 Worker。
    .fix-3 = 如果你是访问者或 API 调用方：等待额度重置并通知站点所有者；提前重试不会成功。
    .prevention-1 = 关注 Workers 用量图表，在达到每日上限前设置用量通知，或让生产流量运行在付费套餐上。

kubernetes-anonymous-user = Kubernetes API 服务器收到的请求没有凭据
    .cause = 请求被认证为 system:anonymous：客户端没有发送服务器接受的令牌或客户端证书，因此 RBAC 拒绝了它。
    .analysis-1 = 对 User "system:anonymous" 的 403 是认证问题，而不是缺少 Role：没有凭据到达服务器，或发送的凭据未被识别而落到了匿名认证。
    .fix-1 = 让客户端使用带凭据的 kubeconfig：检查 kubectl config current-context 和 kubectl config view --minify，或重新获取凭据（aws eks update-kubeconfig、gcloud container clusters get-credentials、az aks get-credentials）。
    .fix-2 = 集群内的客户端要挂载服务账户令牌（automountServiceAccountToken 不能为 false），并以 Authorization: Bearer 发送；用 curl 时传入 --cacert 和令牌请求头。
    .fix-3 = 如果配置了凭据插件（exec），手动运行它，看是否仍能返回令牌。
    .prevention-1 = 在 API 服务器上关闭匿名认证（--anonymous-auth=false），并在 CI 中用 kubectl auth whoami 检查客户端已认证。

pypi-password-auth-removed = PyPI 已不再接受用用户名和密码上传
    .cause = 上传使用了账户用户名和密码；PyPI 上传只接受 API 令牌或 Trusted Publisher。
    .translation = "Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead."：已不再支持用户名/密码认证，请改用 API 令牌或 Trusted Publisher。
    .analysis-1 = 这个 403 针对的是凭据类型，而不是对该项目的权限：任何用密码的上传都会被拒绝。
    .fix-1 = 在 https://pypi.org/manage/account/token/ 创建 API 令牌，上传时用户名填 __token__、密码填令牌（pypi-...），例如在环境变量中设置 TWINE_USERNAME=__token__ 和 TWINE_PASSWORD，或写入 ~/.pypirc。
    .fix-2 = 在 CI 中，为项目在 https://pypi.org/manage/project/PROJECT/settings/publishing/ 配置 Trusted Publisher，并用 pypa/gh-action-pypi-publish 发布，无需保存密钥。
    .prevention-1 = 令牌只授权给单个项目，保存在 CI 密钥中，并优先使用 Trusted Publishing。

slack-invalid-message-arguments = Slack 拒绝了消息内容或参数
    .cause = 调用已到达 Slack 并通过授权，但消息参数被拒绝：没有 text 或 blocks、Block Kit 格式错误、块或附件过多，或消息过长。
    .analysis-1 = Slack 返回 HTTP 200、ok 为 false 并附带错误码；no_text、invalid_blocks、msg_too_long、invalid_arguments 等错误码描述的是消息内容，而不是令牌或频道。
    .fix-1 = 对 no_text，传入 text（发送 blocks 时它也是通知的回退文本）；对 invalid_blocks，查看响应中的 errors 列表，它用 JSON 指针指出出错的块，并在 Block Kit Builder 中检查消息体。
    .fix-2 = text 不超过 40,000 个字符，一条消息不超过 50 个块；长输出拆成多条消息或作为文件上传。
    .prevention-1 = 用经过测试的模板构建消息，并在测试中校验 Block Kit 消息体后再发送。

stripe-card-details-incorrect = 输入的卡信息有误（卡号、CVC、有效期或邮编）
    .cause = Stripe 校验了付款人输入的卡信息，其中某个字段不正确或无效：安全码、卡号、有效期月份或年份，或邮编。这是输入错误，不是银行拒付。
    .translation = 消息说明哪个卡字段有误（例如 "Your card's security code is incorrect"：卡的安全码不正确）。
    .analysis-1 = 错误码（incorrect_cvc、incorrect_number、invalid_expiry_year 等）和 param 指出了字段；同一张卡输入正确后即可成功，你的账户无需任何改动。
    .fix-1 = 把 err.message 显示给付款人，让其修正所指字段；使用 Stripe Elements 或 Checkout 收集卡信息，它们会在输入时校验卡号、有效期和 CVC。
    .fix-2 = 测试模式下使用 Stripe 的测试卡，有效期填任意未来日期、CVC 填任意三位数；测试文档中列出了会故意触发 incorrect_cvc 的测试卡号。
    .prevention-1 = 不要自己手写卡表单；Elements 和 Checkout 在客户端校验字段，并让原始卡数据不经过你的服务器。

aws-s3-request-timeout = S3 关闭了停止发送数据的上传连接
    .cause = S3 的 RequestTimeout：连接已打开，但在 S3 的空闲时限（约 20 秒）内没有读写任何字节，S3 于是关闭连接。常见原因是上行链路慢或饱和、生成请求体的流阻塞，或并行分片过多。
    .translation = "Your socket connection to the server was not read from or written to within the timeout period."：在超时时间内套接字连接没有任何读写。
    .analysis-1 = 这是传输超时，不是权限或大小问题；以稳定的数据流重试通常会成功。
    .fix-1 = 重试（botocore 会重试 RequestTimeout；可用 adaptive 重试模式并调大 max_attempts），并用更小的分片、更少的并发分片做分段上传。
    .fix-2 = 如果请求体来自生成器或管道，先缓冲到文件，让上传不必等待生产者；检查会缓冲整个请求的代理。
    .prevention-1 = 使用 SDK 的托管传输（upload_file、lib-storage Upload、aws s3 cp），并按链路情况限制并发。

aws-authorization-header-malformed = 请求按错误的 AWS 区域签名
    .cause = AWS 签名 V4 包含区域；存储桶（或服务端点）位于与客户端签名所用区域不同的区域，所以 S3 拒绝该请求头并给出它期望的区域。
    .translation = "The authorization header is malformed; the region 'X' is wrong; expecting 'Y'."：授权头格式错误，区域 X 不对，应为 Y。
    .analysis-1 = 凭据没有问题，只是客户端的区域设置错了。消息中 expecting 的值就是存储桶的实际区域。
    .fix-1 = 把客户端区域设为期望的区域：AWS_REGION 或 ~/.aws/config 中的 region、boto3 的 region_name=、Terraform provider 的 region（或为该存储桶单独设 provider 别名）。
    .fix-2 = 对不属于你的存储桶，用 aws s3api get-bucket-location 查区域，或使用区域端点让 SDK 跟随重定向。
    .prevention-1 = 按环境显式配置区域而不是依赖默认值，并在 Terraform 中为每个区域保留一个 provider 别名。

kubernetes-serviceaccount-not-found = Pod 指定的服务账号不存在
    .cause = ServiceAccount 准入检查在该命名空间中找不到 Pod spec 里设置的服务账号（serviceAccountName），控制器因此无法创建 Pod。
    .translation = "error looking up service account ns/name: serviceaccount name not found"：查找服务账号时出错，该服务账号不存在。
    .analysis-1 = 工作负载对象已被接受，但每次创建 Pod 都被拒绝；控制器不断重试，表现为重复的 FailedCreate 事件。
    .fix-1 = 在该命名空间创建服务账号（kubectl create serviceaccount 名称 -n 命名空间），或修正工作负载中的 serviceAccountName。
    .fix-2 = 使用 Helm chart 时，开启 chart 的 serviceAccount.create，或把 serviceAccount.name 设为已存在的账号。
    .prevention-1 = 把 ServiceAccount 与工作负载放在同一清单或 chart 中，让它们一起创建。

gitlab-protected-branch-push = GitLab 拒绝了向受保护分支的推送
    .cause = 该分支受保护，而你的角色（或部署密钥、令牌、CI 作业用户）不在其"允许推送"列表中，或该分支禁止强制推送。
    .translation = "You are not allowed to push code to protected branches on this project."：你无权向本项目的受保护分支推送代码。
    .analysis-1 = 身份验证成功；是 pre-receive 钩子按分支保护规则拒绝了推送。
    .fix-1 = 推送到功能分支，然后发起合并请求合入受保护分支。
    .fix-2 = 或请 Maintainer 在 Settings > Repository > Protected branches 中把你的角色、用户或部署密钥加入"允许推送和合并"，如确有需要再允许强制推送。
    .prevention-1 = 保持发布分支和主分支受保护，通过合并请求合入；为 CI 推送配置专用部署密钥并写入保护规则。

gitlab-already-exists = 该分支或标签在 GitLab 项目中已存在
    .cause = 通过 API 创建的分支或标签名在仓库中已被占用。
    .translation = "Branch already exists" / "Tag … already exists"：分支或标签已存在。
    .analysis-1 = GitLab 在这里返回 400 而不是 409；没有任何损坏，只是创建调用不是幂等的。
    .fix-1 = 先检查再复用：创建前调用 project.branches.get(name)（或 GET /projects/:id/repository/branches/:branch），或捕获该错误后继续。
    .fix-2 = 如果已有的引用已过时，删除它（project.branches.delete(name) 或删除标签）后从正确的引用重新创建，或换一个名字。
    .prevention-1 = 让发布脚本幂等：先查询引用并比较其提交，只在缺失时创建。

terraform-state-locked = 另一个 Terraform 运行持有状态锁
    .cause = Terraform 在 plan 和 apply 之前会锁定状态，防止两个运行同时写入。后端（GitLab 等 HTTP 后端、S3 加 DynamoDB、Azure Blob、GCS）回复锁已被占用：可能是仍在进行的运行，也可能是崩溃或被取消、没有释放锁的运行。
    .translation = “Error acquiring the state lock ... remote state already locked”：获取状态锁失败，状态已被 “Lock Info” 中描述的运行（ID、执行者、操作、创建时间）锁定。
    .analysis-1 = HTTP 后端对加锁请求回复 409 Conflict（或 423 Locked）；Lock Info 中的 “Who” 和 “Created” 能看出持锁者是仍在运行的任务还是残留的锁。
    .fix-1 = 如果另一个任务仍在运行，就等待它结束，或让流水线串行执行（GitLab 的 `resource_group`、GitHub Actions 的 `concurrency` 组），保证同一时间只有一个运行操作状态。
    .fix-2 = 如果持锁者已不存在（被取消的 CI 任务），用 Lock Info 中的 ID 执行 `terraform force-unlock <ID>` 移除残留锁；GitLab 托管的状态可在 Operate → Terraform states 中解锁。
    .fix-3 = 给 plan 和 apply 加上 `-lock-timeout=5m`，遇到短暂的锁时等待而不是直接失败。
    .prevention-1 = 不要用 kill -9 中断 `terraform apply`；让 CI 发送 SIGINT，使 Terraform 能释放锁。

pypi-file-too-large = 分发文件超过了项目的上传上限
    .cause = 索引拒绝上传，因为文件超过项目的单文件上限（PyPI 默认 100 MB），或项目总大小上限（10 GB）。
    .translation = "File too large. Limit for project … is … MB"：文件过大，超过项目上限；"Project size too large"：项目总大小过大。
    .analysis-1 = 上传在存储前就被拒绝；同一文件重试必然失败。
    .fix-1 = 缩小文件：把模型权重、数据集和测试数据排除在 wheel 和 sdist 之外（检查 MANIFEST.in 或构建工具的 include、exclude 设置），在运行时从对象存储或 Hugging Face Hub 下载。
    .fix-2 = 如果确实需要这么大，在 PyPI 的 issue 跟踪器（pypi/support，文件上限申请）中提交项目名和大小申请提高上限；总大小超限时删除旧版本或申请提高项目上限。
    .prevention-1 = 在 CI 中上传前检查 dist/ 的大小（超过上限即失败的步骤）。

pypi-token-not-valid-for-project = 上传令牌对该 PyPI 项目无效
    .cause = PyPI 认得这个令牌，但它限定于其他项目：为未在本项目注册的发布者签发的可信发布（OIDC）令牌，或把限定某项目的 API 令牌用于另一个项目。
    .translation = "Invalid API Token: … not valid for project …"：API 令牌对该项目无效。
    .analysis-1 = 403 表示上传已认证但未获该项目名的授权；把消息中的项目名与正在上传的名称核对。
    .fix-1 = 可信发布：在 pypi.org 该项目的 Settings > Publishing 中添加发布者，填写与 CI 作业完全一致的所有者、仓库、工作流文件名和环境（新项目用 pending publisher）。
    .fix-2 = API 令牌：在 Account settings > API tokens 中创建限定本项目的令牌，并存为上传步骤使用的密钥。
    .prevention-1 = 注册为可信发布者后保持工作流文件名和环境不变；改名会导致匹配失败。

pypi-trusted-publisher-new-project = PyPI 不允许可信发布者创建这个新项目
    .cause = 这次上传使用的是可信发布（OIDC）令牌，它不能创建项目，而包元数据中的项目名在 PyPI 上并不存在。通常是待定发布者（pending publisher）登记的项目名与 pyproject.toml 中的 [project] name 不一致：PyPI 使用了待定发布者（按它的名称创建了一个空项目），随后却找不到上传的包名对应的项目。
    .translation = "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match."：非用户身份不能创建新项目，很可能是成功使用了待定发布者，但发布者或项目元数据中的项目名写错了，请确保两者一致。
    .analysis-1 = 上传端点返回 HTTP 400；OIDC 令牌交换本身是成功的，所以工作流、环境和 id-token 权限都没问题，只是项目名不一致。
    .analysis-2 = PyPI 比较的是规范化后的名称（转为小写，连续的 -、_、. 视为一个 -），所以 acme_sdk 和 acme-sdk 是同一个项目，而 acme-sdk 和 acme-python-sdk 不是。
    .fix-1 = 让名称一致：在 pypi.org（Your account > Publishing）为 [project] name 中的确切名称登记待定发布者，所有者、仓库、工作流文件和环境要与该任务一致；或者把 [project] name 改成待定发布者的名称；然后重新运行任务。
    .fix-2 = 或者先以用户身份创建项目：用用户 API 令牌（twine upload，用户名 __token__）上传第一个版本，再在项目的 Settings > Publishing 中添加可信发布者。
    .fix-3 = 如果不需要，删除待定发布者创建的那个名称错误的空项目（Your projects > Manage > Settings）。
    .prevention-1 = 登记待定发布者时直接从 pyproject.toml 复制项目名，并先用 TestPyPI 测试发布工作流。

nexus-redeploy-disabled = 仓库不允许覆盖已有版本
    .cause = 该托管仓库（Sonatype Nexus）的部署策略为 Disable redeploy，而该路径或版本的文件已存在，所以上传被拒绝。
    .translation = "… cannot be updated" / "does not allow updating assets"：文件已存在，不允许替换。
    .analysis-1 = Nexus 返回 400 而不是 409；twine 等客户端无法把它与其他错误请求区分，所以 --skip-existing 之类的选项可能识别不了。
    .fix-1 = 发布新版本，或清除 dist/ 中的旧文件，只上传新版本。
    .fix-2 = 如果确实需要覆盖（快照、重跑），管理员可把仓库的 Deployment policy 设为 Allow redeploy，或先删除已有组件。
    .prevention-1 = 从标签派生版本号，并让 CI 跳过仓库中已存在版本的上传。

cloudflare-workers-ai-daily-allocation = Workers AI 的每日免费额度已用完
    .cause = 免费计划的 Workers AI 每天包含 10,000 neurons；账号已用完，推理在每日重置（UTC 00:00）前被拒绝。
    .translation = "You have used up your daily free allocation of 10,000 neurons. Please upgrade to Cloudflare's Workers Paid plan."：你已用完每日 10,000 neurons 的免费额度，如需继续使用请升级到 Workers Paid 计划。
    .analysis-1 = Workers AI 以错误 3036（HTTP 429）报告；Worker 可能把它转成 500 返回。这是计划额度，不是每分钟速率限制，短时间重试无用。
    .fix-1 = 在控制台（Workers and Pages > Plans）把账号升级到 Workers Paid 计划；超出免费额度的用量按每 1,000 neurons 计费。
    .fix-2 = 或等到 UTC 00:00 重置，并使用更小的模型或更少的 token 来节省额度。
    .prevention-1 = 在控制台的 Workers AI 分析中关注 neuron 用量，并缓存重复的推理（AI Gateway 缓存）。

cloudflare-workers-ai-input-too-long = 输入超过了该 Workers AI 模型的上限
    .cause = 模型有固定的输入 token 上限（例如 bge-base 为 512，bge-large 或 bge-m3 变体为 8192），而发送的文本更长。
    .translation = "Input must have a maximum of N tokens (model, got M)"：输入最多 N 个 token，实际为 M。
    .analysis-1 = Workers AI 在运行模型前校验输入；消息中的数字分别是上限和你的输入 token 数。
    .fix-1 = 把文本切成低于上限的块（留些余量，因为分词器不同）后逐块处理或向量化。
    .fix-2 = 或从 Workers AI 模型目录中换用输入窗口更大的模型。
    .prevention-1 = 在数据导入代码中按模型文档给出的输入上限以 token 为单位切分文档。

cloudflare-dns-record-exists = 区域中已存在同名的 DNS 记录
    .cause = Cloudflare 拒绝创建与区域中已有记录冲突的记录：完全相同的记录（81057、81058），或在已有 CNAME 或地址记录的主机名上再建 A、AAAA、CNAME 记录（81053）。
    .translation = "Record already exists" / "An identical record already exists"：记录已存在 / 已存在相同的记录。
    .analysis-1 = API 以 400 加 DNS 错误码答复；区域本身没有问题，只是创建调用不是幂等的。
    .fix-1 = 先查询记录（GET /zones/ZONE_ID/dns_records?name=主机名&type=类型），再用 PATCH 或 PUT 更新，而不是再次创建。
    .fix-2 = 使用 Terraform 时导入已有记录（terraform import），或在 provider 支持时为记录设置 allow_overwrite；使用 external-dns 时检查其所有权 TXT 记录。
    .prevention-1 = 让 DNS 自动化对记录做 upsert（先查找，再创建或更新），并让每个名称只由一个工具管理。

aws-kms-key-not-accessible = KMS 无法用加密此密文的密钥解密：区域或账户不对，或你没有 kms:Decrypt 权限
    .cause = 密文中记录了加密它的 KMS 密钥。对以下三种 KMS 不加区分的原因，它都用这一句 AccessDeniedException 回答：密钥不存在（已删除）、密钥在另一个区域或账户、密钥策略和 IAM 策略没有允许调用角色执行 kms:Decrypt。
    .translation = "The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access."：密文引用的密钥不存在、不在此区域，或你无权访问。
    .analysis-1 = KMS 密钥是区域性的：在一个区域加密的密文只能在该区域解密（或用该区域的多区域副本密钥）。
    .analysis-2 = 使用另一账户的密钥时两边都要允许：密钥策略必须写上你的账户或角色，你的 IAM 策略也必须允许对该密钥 ARN 执行 kms:Decrypt。
    .fix-1 = 在密钥所在区域调用 Decrypt：密钥 ARN 记录在密文中，也记录在 CloudTrail 的 Decrypt 事件里（errorCode AccessDenied、requestParameters.keyId）；把客户端的区域设为该区域。
    .fix-2 = 给调用角色授予 kms:Decrypt：写进密钥策略（KMS 控制台 > 客户管理的密钥 > 该密钥 > 密钥策略），或在密钥策略委托给 IAM 时写进角色的 IAM 策略；跨账户密钥两处都要写。
    .fix-3 = 如果 describe-key 显示密钥处于 PendingDeletion，取消删除（aws kms cancel-key-deletion）并启用它；已删除的密钥无法恢复，用它加密的密文也随之丢失。
    .prevention-1 = 在每份加密数据旁保存密钥 ARN 和区域；需要跨区域读取的数据使用多区域密钥。
pypi-pip-legacy-ssl-problem = pip 无法与软件包索引建立 TLS 连接
    .cause = 旧版 pip（10 之前）把所有 TLS 失败都报告成这一句。后面的细节说明原因：这个 Python 根本没有 ssl 模块；它的 OpenSSL 太旧、不支持 TLS 1.2（PyPI 自 2018 年起要求 TLS 1.2，表现为 "tlsv1 alert protocol version"）；或证书无法验证。
    .translation = "There was a problem confirming the ssl certificate"：与索引的 TLS 连接失败。
    .analysis-1 = "Can't connect to HTTPS URL because the SSL module is not available" 表示这个 Python 编译时没有 OpenSSL 头文件：任何 pip 设置都无法解决。
    .analysis-2 = 随后的 "No matching distribution found" 是结果：pip 跳过了索引，所以一个版本也没看到。
    .fix-1 = 先检查解释器：python -c "import ssl; print(ssl.OPENSSL_VERSION)" 必须能运行，且显示 OpenSSL 1.0.1 或更高版本；然后用 get-pip.py（https://bootstrap.pypa.io/get-pip.py）安装当前版本的 pip，因为旧版 pip 在旧平台上用不了 TLS 1.2。
    .fix-2 = 如果无法导入 ssl：安装 OpenSSL 开发包（libssl-dev、openssl-devel）后重新编译 Python，或改用打包好的 Python（python.org 安装包、发行版软件包、装好头文件后的 pyenv）。
    .fix-3 = 如果是在做 TLS 检查的代理后面证书验证失败：用 --cert 或 PIP_CERT 让 pip 使用代理的 CA 证书包。
    .prevention-1 = 使用受支持、带新版 OpenSSL 的 Python，并在每个新环境里先升级 pip（python -m pip install --upgrade pip）。
cloudflare-api-unknown-auth-key = Cloudflare API 不认识这组 X-Auth-Key 和 X-Auth-Email（代码 9103）
    .cause = 请求使用了旧式 Global API Key 请求头认证，但没有哪个 Cloudflare 用户同时拥有这个密钥和这个邮箱：把 API 令牌放进了 X-Auth-Key、邮箱不是该账户的登录邮箱，或 Global API Key 已被轮换。
    .translation = "Unknown X-Auth-Key or X-Auth-Email"：未知的 X-Auth-Key 或 X-Auth-Email。
    .analysis-1 = 只要设置了 CLOUDFLARE_API_KEY 和 CLOUDFLARE_EMAIL，wrangler 和 Cloudflare SDK 就会改用 Global API Key 认证，即使同时设置了 CLOUDFLARE_API_TOKEN；环境变量或 CI 机密中残留的旧值会导致这个错误。
    .fix-1 = 改用 API 令牌：取消设置 CLOUDFLARE_API_KEY 和 CLOUDFLARE_EMAIL（有些工具叫 CF_API_KEY、CF_API_EMAIL），设置 CLOUDFLARE_API_TOKEN，并以 Authorization: Bearer 令牌 发送。
    .fix-2 = 如果必须用 Global API Key：从 https://dash.cloudflare.com/profile/api-tokens（Global API Key > 查看）重新复制，并在 X-Auth-Email 中填写该用户准确的登录邮箱。
    .prevention-1 = 给每个工具一个限定范围的 API 令牌，不要在环境变量或 CI 机密中保存 Global API Key。
cloudflare-workers-ai-out-of-capacity = Workers AI 此刻没有容量运行这个模型（代码 3040）
    .cause = Workers AI 找不到有空闲 GPU 的数据中心来运行该模型，请求根本没有执行。这是 Cloudflare 的容量问题，不是你账户的限额。
    .translation = "No more data centers to forward the request to"：没有可转发请求的数据中心了 / "Capacity temporarily exceeded, please try again"：容量暂时不足，请重试。
    .analysis-1 = 它和每日 neuron 额度（3036）及速率限制一样以 HTTP 429 返回，但与你的用量无关：同样的请求通常几秒后就能成功。
    .fix-1 = 用短的指数退避（几百毫秒到几秒）加抖动重试。
    .fix-2 = 几次失败后改用同一任务的另一个模型（更小的版本或别的系列），或通过 AI Gateway 配置备用提供方。
    .prevention-1 = 为每个任务配置一个备用模型，并对 3040 的比例设置告警。
cloudflare-workers-ai-no-such-model = Workers AI 不认识这个模型 ID，或该模型不做这个任务（代码 5007）
    .cause = 传给 env.AI.run 或 /ai/run/ 的模型名不是 Workers AI 提供的模型（拼写错误、缺少 @cf/ 或 @hf/ 前缀，或模型已弃用并下线），或者输入的形式属于另一种任务。
    .translation = "No such model MODEL or task"：没有这个模型或任务。
    .analysis-1 = Workers AI 会在公布的日期下线已弃用的模型；之前可用的代码可能在没有任何改动的情况下开始报 5007。
    .fix-1 = 从模型目录（https://developers.cloudflare.com/workers-ai/models/）或 wrangler ai models 中复制准确的 ID，包括 @cf/ 或 @hf/ 前缀和版本后缀。
    .fix-2 = 如果模型已弃用，换成其目录页上写明的后继模型，并确认发送的输入（prompt 或 messages、图片、音频）符合该模型的任务。
    .prevention-1 = 把模型 ID 放进配置，并关注 Cloudflare Workers AI 的更新日志中的弃用通知。
cloudflare-waf-blocked = Cloudflare 防火墙规则拦截了请求（"Sorry, you have been blocked"）
    .cause = 站点的 Cloudflare 安全设置（WAF 自定义或托管规则、Bot Fight Mode、IP 或国家规则）拦截了这个请求，Cloudflare 返回了它的拦截页面（HTML，通常是 403），而不是 API 的响应。期望 JSON 的工具于是报告响应格式错误。
    .translation = "Sorry, you have been blocked. You are unable to access HOST."：抱歉，你已被拦截，无法访问该主机。
    .analysis-1 = 拦截针对的是请求本身或其来源（IP 地址、VPN 或数据中心网段、User-Agent、看起来像攻击的请求体），与凭证无关；页面上的 Cloudflare Ray ID 标识了这次事件。
    .fix-1 = 如果区域（zone）是你的：在 Cloudflare 控制台打开 安全性 > 事件，按 Ray ID 筛选，查看命中的规则，为该 API 路径或客户端添加跳过规则或例外。
    .fix-2 = 如果主机不是你的（包括 api.cloudflare.com 本身）：换一个网络重试（断开 VPN 或代理），发送真实的 User-Agent；仍然被拦就带着 Ray ID 联系站点所有者或 Cloudflare 支持。
    .prevention-1 = 对访问你自己 API 的程序客户端，用跳过规则让 API 主机名或已认证路径免于面向浏览器的防护（Bot Fight Mode、质询）。
discord-interaction-already-acknowledged = 该交互已经被响应过：又发送了一次初始响应（Discord 代码 40060）
    .cause = 每个交互只接受一次初始响应（reply、deferReply、deferUpdate、update、showModal）；这个代码表示对同一交互发送了第二次初始响应。
    .translation = "Interaction has already been acknowledged"：交互已被确认。
    .analysis-1 = 常见来源有两个：处理函数回复了两次（例如 deferReply 之后又在 catch 里 reply，或同一事件注册了两个监听器），或者两个机器人进程用同一个令牌运行，都在响应每个交互。
    .fix-1 = 第一次响应之后用 editReply 或 followUp（discord.py：interaction.followup.send 或 edit_original_response）；回复前检查 interaction.deferred 或 interaction.replied（discord.py：interaction.response.is_done()）。
    .fix-2 = 确保这个令牌只有一个机器人实例在运行：停掉旧进程、本地副本或部署中的第二个副本。
    .prevention-1 = 所有回复都经过一个按交互状态选择 reply、editReply 或 followUp 的辅助函数，并且每个命令处理函数只注册一次。
github-pull-not-mergeable = GitHub 拒绝合并这个拉取请求
    .cause = 当 PR 有冲突、被分支保护拦住（必需的审查或状态检查）、是草稿，或可合并性尚未计算出来时，合并接口返回 405 "Pull Request is not mergeable"；当分支在你检查之后、合并之前发生了变化时，返回 409 "Head branch was modified"（或 "Base branch was modified"）。
    .translation = "Pull Request is not mergeable"：拉取请求不可合并 / "Head branch was modified. Review and try the merge again."：头分支已被修改，请检查后重试合并。
    .analysis-1 = 拉取请求的 mergeable 和 mergeable_state 字段说明原因：dirty 是有冲突，blocked 是保护规则，behind 是基础分支已前进，unknown 是 GitHub 仍在计算。
    .fix-1 = 读取 GET /repos/OWNER/REPO/pulls/NUMBER：dirty 时解决冲突并推送；behind 时调用 PUT /repos/OWNER/REPO/pulls/NUMBER/update-branch；blocked 时满足必需的审查和检查；unknown 或 null 时几秒后再查。
    .fix-2 = 对于 409，重新获取拉取请求，合并时把 sha 设为你检查过的头提交，这样之后的推送不会在未经检查的情况下被合并。
    .prevention-1 = 让 GitHub 在就绪时自动合并（自动合并或合并队列），不要在推送后立刻调用合并接口。
gcp-request-payload-too-large = 请求体超过了该 Google API 接受的大小
    .cause = Google 的 API 前端拒绝了请求，因为序列化后的请求体超过了该 API 的上限，即消息中的数字（例如 Gemini 请求的内联数据为 20971520 字节即 20 MB；Firestore 一次提交约 10 MiB）。Base64 内联数据会让文件变大三分之一。
    .translation = "Request payload size exceeds the limit: N bytes"：请求负载大小超过上限 N 字节。
    .analysis-1 = 这个上限针对请求体而不是 token：提示词很短但内联了大图片、PDF 或音频时，早在上下文窗口用满之前就会触发。
    .fix-1 = Gemini API：用 Files API（client.files.upload）上传一次大文件，或传入 Cloud Storage 或 HTTPS URL，在请求中引用它们，而不是内联字节。
    .fix-2 = 其他 Google API：把写入拆成更小的批次（每个 Firestore 批处理或提交包含更少文档、每次插入更少行），让每个请求都低于上限。
    .prevention-1 = 发送前计算序列化后的请求大小，超过文档中的上限时改用文件上传或分批。
