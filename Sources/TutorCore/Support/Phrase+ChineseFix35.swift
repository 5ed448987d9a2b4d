extension Phrase {
    /// 简体中文 texts of fix 35 (see Phrase+EnglishFix35.swift).
    static let chineseFix35: [Phrase: String] = [
        .evRunRaisedWhileHandling: "run() 在处理 {context} 时抛出了 {error}（退出码 {code}）",
        .summaryBareFuturesUnrecorded: "程序自己创建的 Future（不是工作项）：{n} 个——由 set_result() 设置 {ok} 个，由 set_exception() 设置 {failed} 个，已取消 {cancelled} 个，记录里没有设置或取消的 {unset} 个（这不能证明它从未被设置：程序在创建第一个 Future() 之前取得的 Future.set_result 或 set_exception 引用，通过它的调用不会被记录）",
        .noteChildInterruptUnseen: "{child} 的 run() {end}：那个 KeyboardInterrupt 是 Python 默认的 SIGINT 处理函数在它的主线程里抛出的，但记录里看不出是什么引发的：追踪器看到的本次运行的进程都没有给它发 SIGINT，而且它早于 mp-tutor 转发的任何 Ctrl-C。来自本次运行之外的 SIGINT（比如 shell 里的 `kill -INT`）会这样，程序自己调用的 _thread.interrupt_main() 也会这样：它根本不发送信号（只是把 SIGINT 标记为已到达），而在 mp-tutor 开始记录这个调用（缺口 36B）之前录制的记录里也看不到它。",
    ]
}
