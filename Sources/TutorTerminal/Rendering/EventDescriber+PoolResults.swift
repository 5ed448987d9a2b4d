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
        let call = PoolCallWords.call(e, unordered: timeline.isUnorderedJob(e), fallback: "wait()")
        let task = waitedTaskName(e), took = waited(e)
        let iterated = PoolCallWords.iteratedMethod(e, unordered: timeline.isUnorderedJob(e))
        guard e.ok == false else {
            if let method = iterated { return Phrase.evIterationWaited.text(["method": method, "task": task, "waited": took]) }
            return Phrase.evPoolWaited.text(["call": call, "task": task, "waited": took])
        }
        if call == "wait()" { return Phrase.evPoolWaitedNotReady.text(["call": call, "task": task, "waited": took]) }
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        // a loop's last read: the StopIteration ends the loop and reaches no program code (round 22H); a next() the
        // program called raises it to the program, and keeps the words of any exception
        if error == "StopIteration", e.bool(EventField.iterated) == true {
            if let method = iterated { return Phrase.evIterationEnded.text(["method": method, "job": e.job ?? 0, "waited": took]) }
            return Phrase.evPoolIterationEnded.text(["call": call, "job": e.job ?? 0, "waited": took])
        }
        let raised = iterated.map { Phrase.evIterationWaitedRaised.text(["method": $0, "task": task, "error": error, "waited": took]) }
        return (raised ?? Phrase.evPoolWaitedRaised.text(["call": call, "task": task, "error": error, "waited": took]))
            + (index.map(timeoutRanOut) ?? "")
    }

    /// The call named by the `future.wait` that is the previous event of this event's thread, for the same work item.
    func futureCallWaitedFor(_ index: Int) -> String? {
        futureWaitBefore(index).flatMap { timeline.events[$0].callText }
    }

    /// The call named by the `pool.wait` that is the previous event of this event's thread, for the same job.
    func callWaitedFor(_ index: Int) -> String? {
        poolWaitBefore(index).flatMap { timeline.events[$0].callText }
    }

    /// The `future.wait` that is the previous event of this event's thread, for the same work item.
    func futureWaitBefore(_ index: Int) -> Int? {
        timeline.events.withUnsafeBufferPointer { Self.futureWaitBefore(index, in: $0) }
    }

    /// The `pool.wait` that is the previous event of this event's thread, for the same job.
    func poolWaitBefore(_ index: Int) -> Int? {
        timeline.events.withUnsafeBufferPointer { Self.poolWaitBefore(index, in: $0) }
    }

    /// `futureWaitBefore` in `events` (the timeline's), read in place, the work item by its key's number: the find's
    /// prefilter asks it of every `result()` of a long run (`DescribedRowFilter`), with no describer to copy.
    static func futureWaitBefore(_ index: Int, in events: UnsafeBufferPointer<TraceEvent>) -> Int? {
        guard let i = previousOnThread(index, in: events) else { return nil }
        let e = events.baseAddress.unsafelyUnwrapped + index, before = events.baseAddress.unsafelyUnwrapped + i
        let matches = before.pointee.known == .futureWait && before.pointee.objectName == e.pointee.objectName
            && before.intField(workKey) == e.intField(workKey)
        return matches ? i : nil
    }

    /// `poolWaitBefore` in `events`, read in place (the find's prefilter asks it of every `get()` of a long run).
    static func poolWaitBefore(_ index: Int, in events: UnsafeBufferPointer<TraceEvent>) -> Int? {
        guard let i = previousOnThread(index, in: events) else { return nil }
        let e = events.baseAddress.unsafelyUnwrapped + index, before = events.baseAddress.unsafelyUnwrapped + i
        let matches = before.pointee.known == .poolWait && before.intField(jobKey) == e.intField(jobKey)
        return matches ? i : nil
    }
}

private extension EventDescriber {
    static let workKey = EventName(EventField.work)
    static let jobKey = EventName(EventField.job)
}
