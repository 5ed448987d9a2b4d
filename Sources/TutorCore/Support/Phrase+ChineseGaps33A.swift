extension Phrase {
    /// 中文（gaps 33A）：程序自己创建的 concurrent.futures.Future（不属于任何执行器）。
    static let chineseGaps33A: [Phrase: String] = [
        .evBareFutureCreate: "创建了 {object}{as}，这是程序自己的 concurrent.futures.Future{class}：没有执行器会为它运行任何东西；只有某个线程对它调用 set_result()、set_exception() 或 cancel() 后它才算完成",
        .evBareFutureCreateAs: "（变量 {var}）",
        .evBareFutureClass: "（程序的子类 {class}）",
        .evBareFutureSetResult: "对 {object} 调用 set_result()：{result}（这会唤醒在它的 result() 中等待的线程，并在本线程中运行它的完成回调）",
        .evBareFutureSetException: "对 {object} 调用 set_exception()：{result}（等待者的 result() 会抛出这个异常；它的完成回调在本线程中运行）",
        .evBareFutureSetRefused: "对 {object} 调用的 {call} 抛出了 InvalidStateError：它已经是 {state} 状态，什么也没有改变",
        .evBareFutureWait: "在程序自己的 Future {object} 的 {call} 中等待：只有别的线程对它调用 set_result()、set_exception() 或 cancel() 才能结束这次等待",
        .evBareFutureWaited: "{object} 的 {call} 返回了{waited}",
        .evBareFutureWaitedRaised: "{object} 的 {call} 抛出了 {error}{waited}",
        .evBareFutureCancelled: "{object} 的 cancel() → True：它还没有被设置，所以现在被取消了（它的 result() 会抛出 CancelledError；但 wait() 和 as_completed() 仍把它算作未完成，因为只有执行器才会把已取消的 Future 标记为已通知）",
        .evBareFutureCancelFalse: "{object} 的 cancel() → False：它已经是 {state} 状态",
        .evBareFutureCallbackRun: "运行 {object} 的完成回调 {func}",
        .evBareFutureCallbackEnd: "{object} 的完成回调 {func} 在 {duration} 后返回",
        .evBareFutureCallbackRaised: "{object} 的完成回调 {func} 抛出了 {error}：concurrent.futures 记录日志后继续运行",
        .evBareFutureRead: "{object} 已被设置，它的 {call} 把 set_exception() 放进去的异常交给了程序",
        .waitBareFuture: "{object}（程序自己创建的 Future）",
        .waitBareFutures: "{list}（程序自己创建的 Future）",
        .hangBareFutureUnset: "{object} 从未被设置：记录中没有对它的 set_result()、set_exception() 或 cancel()，而执行器不会去设置程序自己创建的 Future",
        .summaryBareFutures: "程序自己创建的 Future（不是工作项）：{n} 个——由 set_result() 设置 {ok} 个，由 set_exception() 设置 {failed} 个，已取消 {cancelled} 个，从未设置 {unset} 个",
    ]
}
