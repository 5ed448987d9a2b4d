extension Phrase {
    /// The Chinese texts of a block-buffered stream's recorded flush, and of a killed process's loss after its last one.
    static let chineseFlushes: [Phrase: String] = [
        .evPrintFlushed: "对块缓冲的 {stream} 调用 flush()：上面打印的内容在这里离开缓冲区，送往输出",
        .noteBufferedLostSinceFlush: "{name} 被 {signal} 结束时，它的 stdout 是块缓冲的（管道或文件，没有 PYTHONUNBUFFERED 或 python -u）：它在最后一次记录到的 flush() 之后打印的内容还在缓冲区里，随进程一起丢失了，不追踪时也一样。缓冲区满了也会自行刷新，而追踪器看不到，所以丢失了多少无法得知：那次刷新之后它的 {n} 行 print 中可能有从未真正输出的文字（刷新之前的那些行已经输出）。",
    ]
}
