import TutorCore

extension StateQueries {
    /// The children whose run() raised an exception other than SystemExit (exit code 1; their `process.run.end` names the exception) by `step`, when no `queue.put` of
    /// `queue` was recorded through `step`; empty when something was put, or no child raised. A starved get on such a
    /// queue can point at them: the item never came, and a child that would have put it ended first (gaps 16B).
    static func raisedBeforeAnyPut(queue: String, through step: Int, in events: [TraceEvent]) -> [(name: String, error: String)] {
        guard step >= 0, step < events.count else { return [] }
        var raised: [(name: String, error: String)] = []
        for e in events[...step] {
            if e.is(.queuePut), e.object == queue { return [] }
            // SystemExit ends run() with its own code; any other exception with 1 (`BaseProcess._bootstrap`)
            if e.is(.processRunEnd), let error = e.string(EventField.raised), error != "SystemExit", !raised.contains(where: { $0.name == e.process }) {
                raised.append((e.process, error))
            }
        }
        return raised
    }
}
