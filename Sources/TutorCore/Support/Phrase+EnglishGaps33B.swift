extension Phrase {
    /// English texts of gaps 33B: a join(timeout) whose child was in no recorded wait, the summary's os.waitpid() time.
    static let englishGaps33B: [Phrase: String] = [
        .noteJoinGaveUpChildUnrecorded: "{name} had not ended, and no wait the tracer records was open in it: the last event its {thread} recorded before this was at {t}: “{row}”. What it did after that is not in the record: code that runs, or that waits in a call the tracer does not record, writes nothing until it reaches one that is recorded.",
        .noteJoinGaveUpChildNoEvent: "{name} had not ended, and the record has no event of it before this: what it was doing is not in the record.",
        .noteJoinGaveUpChildThread: "thread {thread}",
        .noteJoinGaveUpChildMainThread: "main thread",
        .noteJoinGaveUpChildNext: " The next event that thread recorded came at {t}: “{row}”.",
        .noteJoinGaveUpChildNoNext: " That thread recorded no later event.",
        .summaryEndUnderUntraced: "; {name} pid {pid} ran under {parent} pid {ppid}, a program the tracer does not run in: nothing traced waited for it, and a Python process that multiprocessing did not start writes no end of its own, so its end is not in the record",
    ]
}
