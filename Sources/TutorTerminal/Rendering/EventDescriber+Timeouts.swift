import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// Where the timeout of a timed `as_completed()` that gave up began. One such call is recorded as one wait per
    /// item it yields, each carrying the time left until the call's deadline; so the waits of one call end at one
    /// deadline, and its timeout began at the first of them. nil when this wait is the call's only one (its own
    /// length is then the whole timeout) or the record cannot tell.
    func timeoutChainStart(_ index: Int) -> TraceEvent? {
        let e = timeline.events[index]
        guard let call = e.string(EventField.call) else { return nil }
        var deadline: Int64?
        var first: TraceEvent?
        var waits = 0
        var scanned = 0
        // The program's own code runs between two items: its events are passed over, a bounded number of them.
        for before in timeline.events[..<index].reversed() where before.pid == e.pid && before.thread == e.thread {
            scanned += 1
            if scanned > 10_000 { break }
            if before.is(.executorWaited) {
                // an earlier wait of the chain ended by yielding an item; one that gave up ended its call
                guard deadline != nil, before.ok == true, before.string(EventField.call) == call else { break }
                continue
            }
            guard before.is(.executorWait) else { continue }
            guard before.string(EventField.call) == call, let end = Self.deadline(of: before) else { break }
            if let d = deadline, abs(end - d) > 5_000_000 { break }
            deadline = deadline ?? end
            first = before
            waits += 1
        }
        return waits >= 2 ? first : nil
    }

    /// The wait's deadline on the run's clock: its start plus the time it was given (a finite, sane number only).
    private static func deadline(of wait: TraceEvent) -> Int64? {
        sane(wait.fields[EventField.timeout]?.doubleValue).map { wait.t + Int64($0 * 1e9) }
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
        // round 16F: map()'s timeout counts from the map() call; submitting (starting the workers) can spend all of it
        if let left = e.fields[EventField.left]?.doubleValue, left < 0, let over = Self.sane(-left) {
            return Phrase.evMapTimeoutSpent.text(["duration": Format.duration(seconds), "over": Format.duration(over)])
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

    /// A number of seconds a transcript gives, when finite, not negative and below 10^7 s (outside input: else nil).
    private static func sane(_ seconds: Double?) -> Double? {
        guard let seconds, seconds.isFinite, seconds >= 0, seconds < 1e7 else { return nil }
        return seconds
    }
}
