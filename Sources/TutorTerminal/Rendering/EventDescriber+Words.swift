import TutorCore
import TutorAnalysis

/// The small words of a row shared by every kind of event: a task's name, how long a call waited, a shared object's
/// member, an end's cause.
extension EventDescriber {
    func taskName(_ e: TraceEvent) -> String {
        TaskNameText.of(job: e.job ?? 0, index: e.index ?? 0)
    }

    /// The task a `pool.wait`/`pool.waited` names: for `next()` of an `imap_unordered` job, the next item to finish.
    func waitedTaskName(_ e: TraceEvent) -> String {
        guard e.string(EventField.call) == "next()", let job = e.job, timeline.isUnorderedJob(e) else { return taskName(e) }
        return Phrase.taskNextUnordered.text(["job": job])
    }

    func waited(_ e: TraceEvent) -> String {
        guard let ns = e.waitedNs, ns >= 1_000_000 else { return "" }
        return waitedWithStops(e, ns: ns)
    }

    func number(_ e: TraceEvent, _ field: String) -> String { e.int(field).map(String.init) ?? "?" }

    /// `.value`, `.x` or `[3]`: the part of a shared object an access touched.
    func member(_ e: TraceEvent) -> String {
        guard let attr = e.attr else { return "" }
        return attr.hasPrefix("[") ? attr : "." + attr
    }

    /// `Value#1 created (c_int = 0, lock RLock#1)`; a raw object says that its accesses are not seen.
    func sharedCreated(_ e: TraceEvent) -> String {
        let ctype = e.ctype ?? "?"
        let what = e.length.map { "\(ctype)[\($0)]" } ?? ctype
        let initial = "\(what) = \(e.string(EventField.value) ?? "?")"
        if let original = e.string(EventField.copyOf) {       // sharedctypes.copy(): new memory (gaps 24A)
            return Phrase.evSharedCopy.text(["object": e.object ?? "", "original": original, "initial": initial])
        }
        if e.bool(EventField.lock) == false { return Phrase.evSharedRaw.text(["object": e.object ?? "", "initial": initial]) }
        let lock = e.lockLabel.map { Phrase.evLockLabel.text(["label": $0]) } ?? Phrase.evWithALock.text()
        if let raw = e.string(EventField.wraps) {
            // synchronized(raw) allocates nothing: "created" alone would read as a second, separate value
            return Phrase.evSharedWraps.text(["object": e.object ?? "", "raw": raw, "initial": initial, "lock": lock,
                                              "user": e.bool(EventField.userLock) == true ? Phrase.evPassedByProgram.text() : ""])
        }
        return Phrase.evSharedLocked.text(["object": e.object ?? "", "initial": initial, "lock": lock,
                                           "user": e.bool(EventField.userLock) == true ? Phrase.evPassedByProgram.text() : ""])
    }

    /// " ×2" when one call took or gave back several levels or units (`count`): an RLock's wait() inside a
    /// Condition, Semaphore.release(n).
    func times(_ e: TraceEvent) -> String {
        guard let count = e.count, count != 1 else { return "" }
        return " \(painter.symbol("×", ascii: "x"))\(count)"
    }

    func timeout(_ e: TraceEvent) -> String {
        guard let seconds = e.fields[EventField.timeout]?.doubleValue else { return "" }
        return Phrase.evTimeout.text(["duration": Format.duration(seconds)])
    }

    func ended(code: Int64?) -> String {
        guard let code else { return Phrase.evEnded.text() }
        if code < 0 { return Phrase.evEndedBy.text(["signal": Format.signalName(Int32(-code))]) }
        return Phrase.evExited.text(["code": code])
    }
}
