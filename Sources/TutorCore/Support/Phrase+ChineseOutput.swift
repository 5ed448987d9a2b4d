extension Phrase {
    /// The Chinese texts of `englishOutput`.
    static let chineseOutput: [Phrase: String] = [
        .evFoundAtExit: "（在这里写出，没有换行；{after} 之后，进程调用 os._exit 时追踪器才发现它）",
        .noteBufferedLost: "{name} 被 {signal} 结束时，它的 stdout 是块缓冲的（管道或文件，没有 PYTHONUNBUFFERED 或 python -u）：它在最后一次刷新之后打印的内容还在缓冲区里，随进程一起丢失了，不追踪时也一样。追踪器看不到每一次刷新（缓冲区满了会自行刷新），所以丢失了多少无法得知：上面它的 {n} 行 print 中可能有从未真正输出的文字（print(..., flush=True) 或 PYTHONUNBUFFERED=1 会让每一行立即送出）。",
        .evFoundAfterEnd: "（在这里写出，没有换行；换行到来之前进程就被结束了，追踪器在运行结束后才找到这段文字）",
        .evPrintIntoPipe: "（写进了父进程 {parent} 读取的管道，subprocess.run(capture_output=True) 就是这样做的：它从未出现在终端上）",
        .evPrintIntoDevnull: "（写进了 /dev/null：它从未出现在终端上）",
        .evPrintIntoFile: "（写进了父进程 {parent} 给它的文件或描述符，而不是它本会继承的那个流）",
    ]
}
