extension Phrase {
    /// 第七轮真实性审查（B 部分）新增的中文文本：运行与失败的程序。
    static let chineseRound7B: [Phrase: String] = [
        .evPipeSendRaised: "{object} {end} 上的 {call} 发送 {item} 时抛出 {error}：什么也没有发送",
        .evPipeSendBrokenPipe: "{object} {end} 上的 {call} 发送 {item} 时抛出 {error}：什么也没有发送（已经没有任何进程打开着另一端）",
        .noteLostTaskTimeout: "get() 等了 {duration} 后放弃了 {task}：{parts}，所以它的结果永远不会来。Pool 会补上死掉的 worker，但不会重新运行它丢下的任务：没有 timeout 的话，get() 会一直等下去。",
        .evExec: "{call}：变成另一个程序，pid 不变：{argv}（调用成功的话，它之后的代码都不会运行，包括 multiprocessing 在 run() 之后的清理；尚未刷新的输出会丢失）",
        .evExecFailed: "{call} 抛出 {error}：进程没有被替换，继续运行",
        .evResultUnpicklable: "{task} 的结果到达：是 MaybeEncodingError，而不是它的返回值（worker 无法 pickle 任务返回的东西，于是改为发回这个错误）",
    ]
}
