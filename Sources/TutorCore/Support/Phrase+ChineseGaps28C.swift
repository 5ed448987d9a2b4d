extension Phrase {
    /// 第 28C 轮：哪个进程丢了事件、丢了几个、为什么（记录尾行的 `lost_by_process`）。
    static let chineseGaps28C: [Phrase: String] = [
        .trLostByProcessList: "\"{key}\" 必须是一个列表，最多含 {max} 个对象",
        .trLostByProcessEntry: "\"{key}\" 必须是一个对象：\"pid\" 和 \"lost\" 为整数，\"process\" 和 \"malformed\" 为文本或省略",
        .warnLostProcess: "{process}（pid {pid}）丢失了 {n} 个事件：它的事件文件里编号有缺口，或有读不出的行",
        .warnLostProcessMalformed: "{process}（pid {pid}）丢失了 {n} 个事件；第一条读不出的行：{what}",
        .warnLostFile: "有一个事件文件（pid {pid}）第一行就读不出：它的 {n} 个事件都丢失了，也无从知道是哪个进程写的",
        .summaryLostBy: "，丢失 {n} 个（{list}）",
        .lostByItem: "{process} 的 {n} 个",
        .stepLostStatus: "{warn} 丢失了 {n} 个事件：{list}",
        .runStopSignalSent: "pid {pid} 发来的 {signal}",
        .evAfterStopped: "，等了 {duration}，其中 {stopped} 是被 {signal} 暂停的",
        .summaryStoppedWaits: "本次运行一共被 {signal} 暂停了 {duration}：当时正在进行的等待都把这段时间算了进去",
        .spanStopped: "被 {signal} 暂停",
    ]
}
