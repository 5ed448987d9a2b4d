import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// Gaps 37A: " · it started the queue's feeder thread in this process: …" on a put() row whose call took 1 ms or more
    /// when the record holds a `thread.start` of QueueFeederThread by the same process and thread inside the put's span
    /// (CPython's `Queue.put` starts the feeder on a process's first put); "" otherwise. The thread.start event has only
    /// its end time, so the row says the put started it, not how much of the put's time that took.
    func feederStartedInside(_ index: Int) -> String {
        let events = timeline.events
        let put = events[index]
        guard let ns = put.waitedNs, ns >= 1_000_000 else { return "" }
        let begin = put.t - ns
        var j = index - 1, looked = 0
        // events are in time order; a put's span holds few of its own process's events: bounded all the same
        while j >= 0, events[j].t >= begin, looked < 4096 {
            let e = events[j]
            if e.pid == put.pid, e.is(.threadStart), e.thread == put.thread, e.name == "QueueFeederThread" {
                return Phrase.evPutStartedFeeder.text()
            }
            j -= 1
            looked += 1
        }
        return ""
    }
}
