import TutorCore

extension TrackerLeak {
    /// A register's `made_in`, each type name sanitized and bounded (six at most, as the tracer writes).
    static func madeIn(_ register: TraceEvent) -> [String] {
        guard let list = register[EventField.madeIn]?.arrayValue else { return [] }
        return list.prefix(6).compactMap { $0.stringValue.map { TextSanitizer.line(String($0.prefix(60))) } }
            .filter { !$0.isEmpty }
    }

    /// Kinds that may come between an object's create row (written with the time its constructor was called) and the
    /// registers of the semaphores its constructor made: anything else in that thread means the constructor returned.
    static func insideConstructor(_ e: TraceEvent) -> Bool {
        e.is(.trackerRegister) || e.is(.helperLaunch) || e.kind.hasSuffix(".create")
    }

    /// The object whose constructor made the semaphore registered at `index`: the outermost type of `madeIn` (a semaphore's
    /// own type is the first), matched with the nearest create row before, in the same thread of the same process, whose
    /// label is of that type, with nothing between them but other creates and registers. Nil when the record has no such
    /// row (an object multiprocessing made for itself, an older record without `made_in`).
    static func owner(_ madeIn: [String], of index: Int, in events: [TraceEvent]) -> String? {
        guard madeIn.count > 1, let type = madeIn.last else { return nil }
        let reg = events[index]
        var i = index - 1
        while i >= 0, index - i <= 400 {
            let e = events[i]
            defer { i -= 1 }
            guard e.pid == reg.pid, e.thread == reg.thread else { continue }
            if e.kind.hasSuffix(".create"), let label = e.object,
               label.split(separator: "#", maxSplits: 1).first.map(String.init) == type {
                return label
            }
            if !insideConstructor(e) { return nil }
        }
        return nil
    }
}
