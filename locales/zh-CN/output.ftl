# 输出格式的界面文字：汇总、位置、篇幅说明。

out-summary = 汇总
out-errors = 发现的错误
out-category = 类别
out-provider = 服务商
out-count = 次数
out-diagnosis = 诊断
out-location = 位置
out-in-file = { $path }，{ $lines }
out-trimmed = 为使报告不超过篇幅上限，此处省略了详情；在本地运行 apidiag 可看到完整报告。
