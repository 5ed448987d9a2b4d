import TutorCore
import TutorAnalysis
import TutorTerminal

/// Every word the HTML page says of its own, by language: the page's script shows only these and the
/// run's own (sanitized) text, so a translation is one more table here.
public enum HTMLStrings {
    /// Languages with a table; anything else falls back to English.
    public static let languages = ["en", "zh"]

    /// The table for `language` (`en`, `zh`; `zh-CN` and the like count as `zh`).
    public static func table(for language: String) -> [(key: String, text: String)] {
        language.lowercased().hasPrefix("zh") ? chinese : english
    }

    static let english: [(key: String, text: String)] = [
        ("lang", "en"),
        ("lanes", "Lanes"), ("time", "time"), ("seconds", "s"),
        ("zoomIn", "Zoom in"), ("zoomOut", "Zoom out"), ("fit", "Whole run"),
        ("showHelpers", "Show helper lanes"), ("largeType", "Large type"), ("dark", "Dark"),
        ("step", "Step"), ("of", "of"), ("stateTitle", "State after this step"),
        ("eventTitle", "This step"), ("because", "because"), ("leadsTo", "leads to"),
        ("notesTitle", "Notes"), ("summaryTitle", "Summary"), ("provesTitle", "What this run proves"),
        ("held", "holds"), ("failed", "did not hold"), ("observed", "observed"),
        ("noClaims", "This run has no lesson claims to check."),
        ("legend", "Legend"), ("legendTask", "pool task"), ("legendCallback", "callback"), ("legendHold", "lock held"),
        ("legendWait", "blocked"), ("legendOS", "OS state (sampled): running / ready / blocked"),
        ("legendArrow", "cause → effect"), ("queueDepth", "items in"),
        ("linkDelivery", "put → get"), ("linkHandOff", "release → acquire"), ("linkTask", "task stage"),
        ("linkSpawn", "start() → child"), ("linkReap", "exit → seen by parent"), ("linkWake", "set() → wait returns"),
        ("keys", "← → step · Home End · + − zoom · drag to pan · wheel to zoom"),
        ("inView", "Large run: only what is in view is drawn."),
        ("lost", "events were lost: the timeline has gaps"), ("incomplete", "incomplete record"),
        ("nothingYet", "nothing has started yet"), ("open", "still going when the record ended"),
        ("lessonTitle", "Lesson"), ("runTitle", "Run"),
    ]

    static let chinese: [(key: String, text: String)] = [
        ("lang", "zh"),
        ("lanes", "泳道"), ("time", "时间"), ("seconds", "秒"),
        ("zoomIn", "放大"), ("zoomOut", "缩小"), ("fit", "整个运行"),
        ("showHelpers", "显示辅助泳道"), ("largeType", "大字体"), ("dark", "深色"),
        ("step", "步骤"), ("of", "/"), ("stateTitle", "这一步之后的状态"),
        ("eventTitle", "这一步"), ("because", "原因"), ("leadsTo", "导致"),
        ("notesTitle", "注释"), ("summaryTitle", "小结"), ("provesTitle", "这次运行证明了什么"),
        ("held", "成立"), ("failed", "不成立"), ("observed", "观察到"),
        ("noClaims", "这次运行没有需要检查的课程论断。"),
        ("legend", "图例"), ("legendTask", "进程池任务"), ("legendCallback", "回调"), ("legendHold", "持有锁"),
        ("legendWait", "阻塞"), ("legendOS", "操作系统状态（采样）：运行 / 就绪 / 阻塞"),
        ("legendArrow", "原因 → 结果"), ("queueDepth", "队列中的项目"),
        ("linkDelivery", "put → get"), ("linkHandOff", "release → acquire"), ("linkTask", "任务阶段"),
        ("linkSpawn", "start() → 子进程"), ("linkReap", "退出 → 父进程看到"), ("linkWake", "set() → wait 返回"),
        ("keys", "← → 单步 · Home End · + − 缩放 · 拖动平移 · 滚轮缩放"),
        ("inView", "事件很多：只绘制视野内的部分。"),
        ("lost", "个事件丢失：时间线有缺口"), ("incomplete", "记录不完整"),
        ("nothingYet", "还没有任何东西开始"), ("open", "记录结束时仍在进行"),
        ("lessonTitle", "课程"), ("runTitle", "运行"),
    ]
}
