extension Phrase {
    /// The Chinese texts of round 30 (see `englishRound30`).
    static let chineseRound30: [Phrase: String] = [
        .noteEndedBeforeRun: "它还没有进入 run()：它的记录停在启动阶段（{t} 启动，正在把 {main} 作为 __mp_main__ 导入），在 run() 之前。",
        .noteEndedBeforeRunPool: "它还没有进入 run()：它的记录停在启动阶段（{t} 启动，正在把 {main} 作为 __mp_main__ 导入），在 run() 之前，所以它一个任务也没有领到。",
        .summaryPoolIdleNeverRan: "（{list} 一直没有进入 run()：它们在启动途中、正把 {main} 作为 __mp_main__ 导入时就被结束了）",
        .panelChildBooted: "正在启动：{t} 调用了 start()，{up} 解释器已经起来，正处在 run() 之前的启动阶段（它在这里把 {main} 作为 __mp_main__ 导入）",
    ]
}
