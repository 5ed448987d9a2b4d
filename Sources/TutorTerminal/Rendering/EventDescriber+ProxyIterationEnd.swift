import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// What a list proxy's `__getitem__(n)` that raised IndexError was, when the same thread had just asked the same
    /// object for indexes 0 to n-1 in a row: the shape of `list(proxy)`, `sorted(proxy)` or a for loop over it. A
    /// ListProxy exposes no `__iter__`, so Python iterates through `__getitem__` and stops at the first IndexError
    /// (round 37G; round 17M left the bare "raised IndexError" as true but puzzling). Empty when the record does not
    /// show that run of indexes.
    func proxyIterationEnd(_ e: TraceEvent, index: Int) -> String {
        guard e.ok == false, e.string(EventField.error) == "IndexError", e.method == "__getitem__",
              let n = Self.singleIndex(e.string(EventField.args)), n >= 1, let object = e.object else { return "" }
        var expected = n - 1
        var i = index - 1
        let events = timeline.events
        // the thread's own previous events, newest first; another thread's or process's are skipped, boundedly
        var scanned = 0
        while i >= 0, expected >= 0, scanned < 20_000 {
            let p = events[i]
            i -= 1
            scanned += 1
            guard p.pid == e.pid, p.thread == e.thread else { continue }
            guard p.is(.managerCall), p.object == object, p.method == "__getitem__", p.ok != false,
                  Self.singleIndex(p.string(EventField.args)) == expected else { return "" }
            expected -= 1
        }
        guard expected < 0 else { return "" }
        let range = n == 1 ? Phrase.evProxyIterRangeOne.text() : Phrase.evProxyIterRange.text(["last": n - 1])
        return Phrase.evProxyIterationEnd.text(["range": range])
    }

    /// The index of a one-argument call's recorded arguments, `(3,)`; nil for anything else.
    private static func singleIndex(_ args: String?) -> Int? {
        guard let args, args.hasPrefix("("), args.hasSuffix(",)") else { return nil }
        return Int(args.dropFirst().dropLast(2))
    }
}
