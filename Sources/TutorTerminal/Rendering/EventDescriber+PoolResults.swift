import TutorCore
import TutorAnalysis

/// The rows of a Pool result call's end: named as the program wrote the call, and never "returned" for one that raised.
extension EventDescriber {
    /// `pool.get` ends the program's `get()`, or the `map()`/`starmap()` that waited through it: the call the
    /// program wrote is the one its thread's `pool.wait` named just before (a thread records nothing while blocked).
    func poolGet(_ index: Int) -> String {
        let e = timeline.events[index]
        let call = callWaitedFor(index) ?? "get()"
        let task = taskName(e), took = waited(e)
        if e.ok == false {
            let error = e.string(EventField.error) ?? Phrase.evAnException.text()
            return (call == "get()" ? Phrase.evGetRaised.text(["task": task, "error": error, "waited": took])
                : Phrase.evCallRaised.text(["call": call, "task": task, "error": error, "waited": took])) + timeoutRanOut(index)
        }
        return call == "get()" ? Phrase.evGetReturned.text(["task": task, "waited": took])
            : Phrase.evCallReturned.text(["call": call, "task": task, "waited": took])
    }

    /// `pool.waited`: `wait()` returns either way (ok false: its timeout passed first); `next()` with ok false raised
    /// (a timeout, the task's exception): it did not return.
    func poolWaited(_ e: TraceEvent, at index: Int? = nil) -> String {
        let call = PoolCallWords.call(e, unordered: timeline.unorderedJobs.contains(e.job ?? -1), fallback: "wait()")
        let task = waitedTaskName(e), took = waited(e)
        guard e.ok == false else { return Phrase.evPoolWaited.text(["call": call, "task": task, "waited": took]) }
        if call == "wait()" { return Phrase.evPoolWaitedNotReady.text(["call": call, "task": task, "waited": took]) }
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        return Phrase.evPoolWaitedRaised.text(["call": call, "task": task, "error": error, "waited": took])
            + (index.map(timeoutRanOut) ?? "")
    }

    /// The call named by the `future.wait` that is the previous event of this event's thread, for the same work item.
    func futureCallWaitedFor(_ index: Int) -> String? {
        let e = timeline.events[index]
        guard let i = previousOnThread(index) else { return nil }
        let before = timeline.events[i]
        guard before.is(.futureWait), before.work == e.work, before.objectName == e.objectName else { return nil }
        // (by the key's number: by its name, each field's name was compared as text)
        return before.callText
    }

    /// The call named by the `pool.wait` that is the previous event of this event's thread, for the same job (the
    /// find's prefilter reads it too: `DescribedRowFilter`).
    func callWaitedFor(_ index: Int) -> String? {
        let e = timeline.events[index]
        guard let i = previousOnThread(index) else { return nil }
        let before = timeline.events[i]
        guard before.is(.poolWait), before.job == e.job else { return nil }
        return before.callText
    }
}
