extension Phrase {
    /// The Chinese texts of `englishRound28F`.
    static let chineseRound28F: [Phrase: String] = [
        .evWaitReasonCancelledOne: "，其中之一是工作项 {works}：shutdown(cancel_futures=True) 取消了它（{t} 时），却没有通知任何等待者；在这个 Python 版本上，{call} 把以这种方式取消的 Future 永远算作未完成",
        .evWaitReasonCancelledMany: "，其中包括工作项 {works}：shutdown(cancel_futures=True) 取消了它们（最迟在 {t}），却没有通知任何等待者；在这个 Python 版本上，{call} 把以这种方式取消的 Future 永远算作未完成",
        .evWaitReasonCancelledIsOne: "，就是工作项 {works}：shutdown(cancel_futures=True) 取消了它（{t} 时），却没有通知任何等待者；在这个 Python 版本上，{call} 把以这种方式取消的 Future 永远算作未完成",
        .evWaitReasonCancelledAre: "，就是工作项 {works}：shutdown(cancel_futures=True) 取消了它们（最迟在 {t}），却没有通知任何等待者；在这个 Python 版本上，{call} 把以这种方式取消的 Future 永远算作未完成",
    ]
}
