import TutorAnalysis
import TutorCore

extension EventDescriber {
    /// result()/exception() of a done Future whose work item failed: the exception the work item raised, or (round 13F)
    /// the BrokenProcessPool its executor set when it broke, if no result of that work item had come back.
    func futureReadRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let call = e.string(EventField.call) ?? "result()"
        if let broken = StateQueries.brokenExecutorFailed(read: index, in: timeline.events) {
            let b = timeline.events[broken]
            let phrase: Phrase = StateQueries.isThreadPool(b.object, in: timeline.events) ? .evFutureReadBrokenThreads : .evFutureReadBroken
            return phrase.text(["call": call, "work": workLabel(index), "object": b.object ?? "ProcessPoolExecutor",
                                                   "time": Format.seconds(b.t)])
        }
        if call == "map()" {        // round 38C: Executor.map's iterator, not the program, called result()
            return mapIteratorReadRow(index)
        }
        if call == "asyncio" {      // round 25F: asyncio copied it to the asyncio future the program awaits
            return Phrase.evFutureReadByAsyncio.text(["work": workLabel(index)])
        }
        return Phrase.evFutureRead.text(["call": call, "work": workLabel(index)])
    }
}
