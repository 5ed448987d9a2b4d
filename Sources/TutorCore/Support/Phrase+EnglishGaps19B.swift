extension Phrase {
    /// The English texts of gaps 19B: waits a signal's end of their process cut (not "never ended").
    static let englishGaps19B: [Phrase: String] = [
        .summaryCutWaits: "waits cut by the end of their process: {list}",
        .summaryCutWait: "{who} in {call} on {target} since {t}, until its process was ended by {signal} (seen ended at {at})",
        .summaryLockCut: ", {n} wait{s} cut by the end of their process ({list})",
        .summaryLockCutItem: "{who} {t}, ended by {signal} at {at}",
        .evReleaseNoOwner: ", which {holder} had acquired at {at}: a Lock has no owner, so any process may release it, not only the one that acquired it (an RLock may not: only the thread that acquired it can release it)",
        .noteResultLostPart: "{worker} of {pool} finished {task}, then ended{code} before its result reached the parent",
        .summaryPoolResultLost: " · {n} result{s} lost: the worker finished the task, then ended before the result reached the parent ({list})",
        .noteLostUpdateTracingCost: " In general, tracing adds time to every access it records, which widens the window between a read and the write after it: the same program run without mp-tutor may lose fewer updates, or none in a given run. The race is there either way; only a lock held around both steps removes it.",
    ]
}
