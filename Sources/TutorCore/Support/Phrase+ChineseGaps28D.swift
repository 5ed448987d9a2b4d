extension Phrase {
    /// 缺口 28D 的中文：程序绕过 print() 写出的行，以及 feeder 线程还要写的数据项数。
    static let chineseGaps28D: [Phrase: String] = [
        .summaryUnrecordedLinesHeading: "程序写到 {stream} 的下面这些行，没有任何记录下来的 print() 能对上（它们绕过了 print()：例如 faulthandler 的转储、os.write、C 扩展、子进程，或在记录停止之后写出的文字）。这里按流中原来的顺序照原样列出；记录无法说明它们是什么时候、由哪个进程写的：",
        .summaryUnrecordedLinesLeftOut: "……另有 {n} 行这样的内容没有保留",
        .summaryUnrecordedLinesLeftOutOne: "……另有 1 行这样的内容没有保留",
        .trUnrecordedLines: "\"{key}\" 必须是一个字符串列表，最多 {max} 项，总共最多 {bytes} 字节",
        .evFeederItemsOne: "剩下的 1 项数据",
        .evFeederItemsMany: "剩下的 {n} 项数据",
    ]
}
