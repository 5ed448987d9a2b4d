import TutorCore

extension EventDescriber {
    /// A Linux pipe's default capacity.
    static let pipeBufferBytes = 65_536

    /// A pool worker's put() of a task's result that took 1 ms or more: its pickled size and when it returned (the row
    /// is stamped when the put began; a huge result is written only as the parent's result handler reads it).
    /// A result smaller than a Linux pipe's default buffer (64 KiB) is not waited on for the reader, so its size is no
    /// cause (r11_worker_traceback_printed: a 704-byte exception's put() took 23 ms and the row blamed a huge result).
    func resultSent(_ e: TraceEvent) -> String {
        let bytes = e.int(EventField.size).flatMap { $0 >= 0 ? $0 : nil }
        let size = bytes.map { Phrase.evPoolResultSentSize.text(["size": Self.byteCount($0)]) } ?? ""
        let took = e.int(EventField.tookNs) ?? 0
        let phrase: Phrase = bytes.map { $0 < Self.pipeBufferBytes } == true ? .evPoolResultSentSmall : .evPoolResultSent
        return phrase.text(["task": taskName(e), "size": size, "duration": Format.duration(ns: took),
                          "t": Format.seconds(e.t + took)])
    }
}
