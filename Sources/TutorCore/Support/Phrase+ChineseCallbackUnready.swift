extension Phrase {
    /// The Chinese texts of a get() that timed out because its job's own callback raised before the result was ready.
    static let chineseCallbackUnready: [Phrase: String] = [
        .noteCallbackKeptUnready: "{task} 的结果其实已经返回了，但在 {at}，它的 {which} {func} 抛出了 {error}，这发生在结果被标记为就绪之前：ApplyResult._set()（MapResult 的也一样）先调用回调，然后才设置 get() 和 wait() 所等待的标志，所以这次 {call} 只能超时，ready() 也一直是 False。同一个异常还结束了 {pool} 的结果处理线程（除 KeyError 以外的任何异常都会如此）：之后 {pool} 的任何结果也到不了父进程。回调运行在父进程的这个线程里：应在回调内部捕获它自己的异常。",
        .noteCallbackKeptUnreadyKeyError: "{task} 的结果其实已经返回了，但在 {at}，它的 {which} {func} 抛出了 {error}，这发生在结果被标记为就绪之前：ApplyResult._set()（MapResult 的也一样）先调用回调，然后才设置 get() 和 wait() 所等待的标志，所以这次 {call} 只能超时，ready() 也一直是 False。（{pool} 的结果处理线程会忽略 KeyError 并继续运行：它的其他结果仍能送达。）",
    ]
}
