import TutorCore

/// Rows added by gaps 7 (issue 11, what the review rounds left).
extension EventDescriber {
    /// A Process call the program made wrongly: the row names the process (two objects' `start() failed` rows read
    /// the same before); an object that never ran Process.__init__ has no name, and the row says so.
    func processError(_ e: TraceEvent) -> String {
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "op": e.op ?? "call", "name": e.string(EventField.name) ?? "?", "error": e.string(EventField.error) ?? "error",
        ]
        guard e.string(EventField.name) != nil else { return Phrase.evError.text(values) }
        return (e.bool(EventField.unnamed) == true ? Phrase.evProcessErrorUnnamed : Phrase.evProcessError).text(values)
    }
}

extension EventDescriber {
    /// send_bytes()'s size and how long the call took (a large send returns only as the reader takes it); nothing for
    /// send() or an older transcript.
    func bytesSent(_ e: TraceEvent) -> String {
        guard let size = e.int(EventField.size), size >= 0, let took = e.int(EventField.tookNs) else { return "" }
        return Phrase.evPipeBytesSent.text(["size": Self.byteCount(size), "duration": Format.duration(ns: took)])
    }

    /// recv_bytes()/recv_bytes_into()'s size.
    func bytesReceived(_ e: TraceEvent) -> String {
        guard let size = e.int(EventField.size), size >= 0 else { return "" }
        return Phrase.evPipeBytesReceived.text(["size": Self.byteCount(size)])
    }

    /// "52,428,800 bytes": exact, grouped by thousands (a rounded MB figure would not be what the call moved).
    static func byteCount(_ n: Int64) -> String {
        var digits = String(n)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return Phrase.evByteCount.text(["n": digits + grouped])
    }
}

extension EventDescriber {
    /// The limit on a Pool or Future wait row: " (timeout 300 ms)"; for map() its own timeout and what was left of it
    /// when this result was asked. Nothing when the call had none (or an older transcript).
    func waitLimit(_ e: TraceEvent) -> String {
        guard let seconds = Self.sane(e.fields[EventField.timeout]?.doubleValue) else { return "" }
        if let left = Self.sane(e.fields[EventField.left]?.doubleValue) {
            return Phrase.evMapTimeoutLeft.text(["duration": Format.duration(seconds), "left": Format.duration(left)])
        }
        return Phrase.evTimeout.text(["duration": Format.duration(seconds)])
    }

    /// ": its timeout of 300 ms ran out" on the end of a call that raised TimeoutError, when the wait it ended (its
    /// thread's previous event) recorded the limit: which timeout gave up, not only that one did.
    func timeoutRanOut(_ index: Int) -> String {
        let e = timeline.events[index]
        guard e.string(EventField.error) == "TimeoutError" else { return "" }
        guard let i = previousOnThread(index) else { return "" }
        let before = timeline.events[i]
        guard before.is(.poolWait) || before.is(.futureWait),
              let seconds = Self.sane(before.fields[EventField.timeout]?.doubleValue) else { return "" }
        return Phrase.evTimeoutRanOut.text(["duration": Format.duration(seconds)])
    }

    private static func sane(_ seconds: Double?) -> Double? {
        guard let seconds, seconds.isFinite, seconds >= 0, seconds < 1e7 else { return nil }
        return seconds
    }
}

extension EventDescriber {
    /// A SharedMemory segment's create/attach row says that its `.buf` (a memoryview) is not traced: nothing on the
    /// timeline can show what the processes read or wrote there. A ShareableList's items are traced: nothing added.
    func bufNotTraced(_ e: TraceEvent, _ object: String) -> String {
        e.objectType == "ShareableList" || object.hasPrefix("ShareableList") ? "" : Phrase.evShmBufNotTraced.text()
    }
}
