extension Phrase {
    /// The Chinese texts of gaps 34C (see Phrase+EnglishGaps34C.swift).
    static let chineseGaps34C: [Phrase: String] = [
        .lastPrintedJoinedRunning: "一直在运行，不在任何记录下来的等待之中：停止之前它的最后一个事件，是在 {t} 输出“{text}”",
        .lastRowJoinedRunning: "一直在运行，不在任何记录下来的等待之中：停止之前它的最后一个事件在 {t}：“{row}”",
        .lastEventJoinedRunning: "一直在运行，不在任何记录下来的等待之中：停止之前它的最后一个事件在 {t}",
        .activityExitCleanup: "run() 已在 {t} 结束；在退出之前正在做退出清理（multiprocessing 的终结器和 atexit 处理函数）：它不会再接任何工作",
        .evAsCompletedTimeoutLeft: "，最多再等 {left}（as_completed() 的超时还剩下的时间）",
    ]
}
