extension Phrase {
    /// 中文（gaps 32C）：失败的 Pool() 自己清理时终止的工作进程、改过几次名的进程、单步视图泳道上各个记号的意思。
    static let chineseGaps32C: [Phrase: String] = [
        .notePoolCreateCleanup: "（不是程序调用的 terminate()：Pool() 在启动工作进程时抛出了异常，它自己的清理代码对已经启动的每个工作进程都调用了 terminate()，这一个也在其中）",
        .laneRenamedSeveral: "{name}（原名 {was}，中间叫过 {then}）",
        .helpLaneLine: "─ 是泳道有记录的存活时段：从它的第一个事件到最后一个事件；进程的主泳道若记录了进程何时结束，就一直画到结束（工作进程在做没有记录的调用时，比如 time.sleep，也会一直画 ─ 到它结束）；空白表示泳道的第一个事件之前、它结束之后，或者没有记录结束时间时最后一个事件之后",
    ]
}
