import TutorCore

extension EventDescriber {
    /// A pool worker's put() of a task's result that took 1 ms or more: its pickled size and when it returned (the row
    /// is stamped when the put began; a huge result is written only as the parent's result handler reads it).
    func resultSent(_ e: TraceEvent) -> String {
        let size = e.int(EventField.size).flatMap { $0 >= 0 ? Phrase.evPoolResultSentSize.text(["size": Self.byteCount($0)]) : nil } ?? ""
        let took = e.int(EventField.tookNs) ?? 0
        return Phrase.evPoolResultSent.text(["task": taskName(e), "size": size, "duration": Format.duration(ns: took),
                                             "t": Format.seconds(e.t + took)])
    }
}
