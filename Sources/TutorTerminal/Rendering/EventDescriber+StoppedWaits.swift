import TutorAnalysis
import TutorCore

/// A wait that spanned a stop of the whole run (job control: Ctrl-Z, gaps 27B's `run.stopped`) says how much of its
/// time the run stood still (gaps 28C): "join(Process-1) returned after 4.014 s, 3.041 s of it stopped by Ctrl-Z
/// (SIGTSTP)". The time was not the program's, yet the call's recorded wait counts it (the program's clock went on).
extension EventDescriber {
    /// The ns of the run's stops inside a call that ended at `end` after waiting `ns`, and the first such stop's
    /// signal in words; nil when no stop falls inside (or less than 1 ms of one).
    func stoppedInside(end: Int64, waited ns: Int64) -> (ns: Int64, signal: String)? {
        let stops = timeline.indices(of: .runStopped)
        guard !stops.isEmpty else { return nil }
        let start = end - ns
        var total: Int64 = 0
        var first: TraceEvent?
        for i in stops {
            let stop = timeline.events[i]
            let from = stop.t, to = stop.t + max(0, stop.int(EventField.durationNs) ?? 0)
            let overlap = min(to, end) - max(from, start)
            guard overlap > 0 else { continue }
            total += overlap
            if first == nil { first = stop }
        }
        guard total >= 1_000_000, let first else { return nil }
        return (total, RunStopWords.signal(first))
    }

    /// `waited`'s words with the stopped share, when there is one.
    func waitedWithStops(_ e: TraceEvent, ns: Int64) -> String {
        guard let stopped = stoppedInside(end: e.t, waited: ns) else {
            return Phrase.evAfter.text(["duration": Format.duration(ns: ns)])
        }
        return Phrase.evAfterStopped.text(["duration": Format.duration(ns: ns), "stopped": Format.duration(ns: stopped.ns),
                                           "signal": stopped.signal])
    }
}
