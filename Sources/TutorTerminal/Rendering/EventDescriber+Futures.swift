import TutorCore
import TutorAnalysis

/// The rows of a concurrent.futures work item's outcome in its worker, and of its done-callbacks (run, returned, raised).
extension EventDescriber {
    func workItemOutcome(_ index: Int) -> String {
        let e = timeline.events[index]
        let work = workLabel(index)
        if e.is(.futureCallbackRun) {
            return Phrase.evFutureCallbackRun.text(["func": e.string(EventField.function) ?? "?", "work": work]) + callbackRanAtOnce(index)
        }
        if e.is(.futureCallbackEnd) {
            return Phrase.evFutureCallbackEnd.text(["func": e.string(EventField.function) ?? "?", "work": work,
                                                    "duration": Format.duration(ns: e.int(EventField.ranNs) ?? 0)])
        }
        if e.is(.futureCallback) {
            return Phrase.evFutureCallbackRaised.text(["func": e.string(EventField.function) ?? "?", "work": work,
                                                       "error": e.string(EventField.error) ?? "?"])
        }
        guard e.ok == false else {
            return Phrase.evFutureDone.text(["mark": painter.symbol("✓", ascii: "v"), "work": work,
                                             "arrow": painter.symbol("→", ascii: "->"), "result": e.result ?? ""])
        }
        // _sendback_result could not send the value and sent that exception instead: the item itself did not raise.
        let phrase = e.bool(EventField.unsent) == true ? Phrase.evFutureUnsent : Phrase.evFutureRaised
        return phrase.text(["mark": painter.symbol("✗", ascii: "x"), "work": work, "result": e.result ?? ""])
    }
}

extension EventDescriber {
    /// A submit() that raised: no work item was made, unless the record says one was queued first. A broken executor says BrokenProcessPool; the row says when it
    /// broke, if the record shows it.
    func futureSubmitError(_ e: TraceEvent, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let broke = timeline.events.first { $0.is(.executorBroken) && $0.object == e.object && $0.t <= e.t }
        // round 13F: it raised after it had made and queued a work item (starting the workers failed)
        if let queued = e.int(EventField.queued) {
            return Phrase.evSubmitRaisedQueued.text(["func": e.function ?? "?", "object": object, "work": queued,
                                                     "error": e.string(EventField.errorType) ?? error])
        }
        let cause = broke.map { Phrase.evSubmitBrokenAt.text(["time": Format.seconds($0.t)]) }
            ?? shutdownBegan(before: e, error: error).map { Phrase.evSubmitAfterShutdownAt.text(["time": Format.seconds($0)]) }
        return Phrase.evSubmitRaised.text(["func": e.function ?? "?", "object": object, "error": e.string(EventField.errorType) ?? error])
            + (cause ?? "")
    }
}

private extension EventDescriber {
    /// When shutdown() began on the executor a submit() was refused by ("cannot schedule new futures after shutdown",
    /// not the interpreter-exit one): the start of its wait, or of a shutdown() that returned (its stamp less its wait).
    func shutdownBegan(before e: TraceEvent, error: String) -> Int64? {
        guard error.hasSuffix("cannot schedule new futures after shutdown") else { return nil }
        return timeline.events.lazy.compactMap { s -> Int64? in
            guard s.object == e.object else { return nil }
            if s.is(.executorWait), s.string(EventField.call) == "shutdown()", s.t <= e.t { return s.t }
            if s.is(.executorShutdown), let waited = s.int(EventField.waitedNs), s.t - Int64(waited) <= e.t { return s.t - Int64(waited) }
            return nil
        }.first
    }
}

extension EventDescriber {
    /// The rows of a concurrent.futures executor and its work items: created, submitted, started, ended, their results and waits.
    func futureRow(_ index: Int, _ object: String) -> String {
        let e = timeline.events[index]
        switch e.known {
        case .executorCreate:
            // round 13F: max_tasks_per_child (3.11), which makes its workers leave and be replaced
            let limit = e.int(EventField.maxTasks).map { Phrase.evExecutorMaxTasks.text(["n": $0]) } ?? ""
            return Phrase.evExecutorCreate.text(["object": object, "n": e.int(EventField.maxWorkers).map(String.init) ?? "?"]) + limit
        case .futureSubmit:
            return Phrase.evFutureSubmit.text(["method": e.method ?? "submit", "work": workLabel(index), "call": Self.workCall(e)])
        case .futureStart:
            return Phrase.evFutureStart.text(["mark": painter.symbol("▶", ascii: ">"), "work": workLabel(index), "call": Self.workCall(e)])
        case .futureEnd, .futureCallback, .futureCallbackRun, .futureCallbackEnd: return workItemOutcome(index)
        case .futureResult where e.bool(EventField.unsent) == true:
            return neverSent(e, work: workLabel(index))
        case .futureResult:
            return Phrase.evFutureResult.text(["work": workLabel(index)])
                + (e.ok == false ? Phrase.evFutureResultError.text(["error": e.string(EventField.error) ?? "?"]) : "")
        case .futureWait where e.string(EventField.call) == "map()":
            // round 25F: map() returned long before (it submits every item at once); this is its iterator's next()
            return Phrase.evMapIteratorWait.text(["work": workLabel(index)]) + waitLimit(e)
        case .futureWait:
            return Phrase.evFutureWait.text(["call": e.string(EventField.call) ?? "result()", "work": workLabel(index)]) + waitLimit(e)
        case .futureWaited:
            // The tracer names the call on the wait only (`map()` for the next result of Executor.map): its end says the same.
            let call = e.string(EventField.call) ?? futureCallWaitedFor(index) ?? "result()"
            let values: KeyValuePairs<String, any CustomStringConvertible> = ["call": call, "work": workLabel(index),
                                                                        "error": e.string(EventField.error) ?? "?", "waited": waited(e)]
            if call == "map()" {
                return e.ok == false ? Phrase.evMapIteratorWaitedRaised.text(values) + timeoutRanOut(index) + mapChunkLost(index) : Phrase.evMapIteratorWaited.text(values)
            }
            return e.ok == false ? Phrase.evFutureWaitedRaised.text(values) + timeoutRanOut(index) + resultPollOfRun(index)
                : Phrase.evFutureWaited.text(values)
        case .executorWait where e.string(EventField.call) == "select()":
            if let how = RunState.loopSelectVia(e) {       // round 25F: the program's own asyncio.wrap_future()
                return Phrase.evLoopSelectWaitVia.text(["what": RunState.severalWorkItems(e), "how": how])
            }
            return Phrase.evLoopSelectWait.text(["what": RunState.severalWorkItems(e)])
        case .executorWait:
            // round 13F: the end of a with-block called this shutdown() while an exception was leaving it
            let leaving = e.string(EventField.withError).map { Phrase.evShutdownWithError.text(["error": $0]) } ?? ""
            // round 27F: wait(timeout=) said its timeout nowhere, where result() and exception() rows do; as_completed()'s
            // timeout counts from its call, not from each wait, so only wait()'s is shown
            let limit = e.string(EventField.call) == "wait()" ? waitLimit(e) : e.string(EventField.call) == "as_completed()" ? asCompletedLimit(e) : ""
            return Phrase.evExecutorWait.text(["call": e.string(EventField.call) ?? "wait()", "what": RunState.severalWorkItems(e)]) + limit + leaving
                + Self.returnWhen(e)
        case .executorWaited:
            let pending = e.pending ?? -1
            let left = pending > 0 ? Phrase.evStillPending.text(["n": pending]) : ""
            if e.ok == false, let error = e.string(EventField.error) {     // interrupted (Ctrl-C), not timed out
                return Phrase.evExecutorWaitRaised.text(["call": e.string(EventField.call) ?? "wait()", "error": error,
                                                         "waited": waited(e), "pending": left])
            }
            // round 28F: a timeout on items shutdown(cancel_futures=True) cancelled says why they never counted as done
            let stuck = pending > 0 ? cancelledWaitReason(index) : ""
            if e.ok == false, let first = timeoutChainStart(index) {
                return Phrase.evExecutorGaveUpChain.text(["call": e.string(EventField.call) ?? "wait()", "at": Format.seconds(first.t),
                                                          "total": Format.duration(ns: max(0, e.t - first.t)),
                                                          "last": Format.duration(ns: max(0, e.waitedNs ?? 0)), "pending": left + stuck])
            }
            if e.ok == true, case let broke = brokenWaitReason(index), !broke.isEmpty {     // gaps 27A: not a normal completion
                return Phrase.evExecutorWaited.text(["call": e.string(EventField.call) ?? "wait()", "waited": waited(e) + broke, "pending": left])
            }
            if let loop = asCompletedWaitEnd(index, left: left) { return loop }
            return (e.ok == false ? Phrase.evExecutorGaveUp : Phrase.evExecutorWaited)
                .text(["call": e.string(EventField.call) ?? "wait()", "waited": waited(e) + waitReturnReason(index), "pending": left + stuck])
        case .executorBroken:
            if let thread = threadPoolBreak(index) { return thread }
            return (e.pending == 1 ? Phrase.evExecutorBrokenOne : .evExecutorBroken).text(["object": object, "n": e.pending ?? 0])
        case .executorShutdown:
            let wait = e.bool(EventField.wait) == false ? "False" : "True"
            if e.bool(EventField.cancelFutures) == true {    // gaps 29B: what it cancelled, in the whole record (wait=False:
                // a ProcessPoolExecutor's manager thread cancels after the call returned)
                let n = timeline.indices(of: .futureCancel).filter { timeline.events[$0].object == e.object && timeline.events[$0].string(EventField.call) == "shutdown()"
                    && timeline.events[$0].ok == true }.count
                return (n == 0 ? Phrase.evExecutorShutdownCancelledNone : .evExecutorShutdownCancelled)
                    .text(["object": object, "wait": wait, "waited": waited(e), "n": n])
            }
            return Phrase.evExecutorShutdown.text(["object": object, "wait": wait, "waited": waited(e)])
        default:
            return e.kind
        }
    }
}

private extension EventDescriber {
    /// A work item the call queue's feeder could not send: the exception's text and the argument whose pickling raised,
    /// when the tracer recorded them (gaps 12B); else the type alone, as older transcripts have it.
    func neverSent(_ e: TraceEvent, work: String) -> String {
        guard let message = e.string(EventField.message) else {
            return Phrase.evFutureNeverSent.text(["work": work, "error": e.string(EventField.error) ?? "?"])
        }
        if let item = e.int(EventField.chunkItem) {     // a map() chunk's item (gaps 14B), placed in map()'s input (gaps 16A)
            if let input = e.int(EventField.inputIndex) {
                return Phrase.evFutureNeverSentChunkInput.text(["work": work, "item": item, "input": input, "message": message,
                                                                "type": argumentType(e)])
            }
            return Phrase.evFutureNeverSentChunkItem.text(["work": work, "item": item, "message": message,
                                                           "type": argumentType(e)])
        }
        guard let argument = e.string(EventField.argument) else {
            return Phrase.evFutureNeverSentMessage.text(["work": work, "message": message])
        }
        return Phrase.evFutureNeverSentArgument.text(["work": work, "argument": argument, "message": message,
                                                      "type": argumentType(e)])
    }
}

extension EventDescriber {
    /// " (call 3 of 8 of result(timeout=0) on this thread that raised TimeoutError one after another, from … to …)" on a
    /// timed-out `result()` in a run of them (gaps 33D): the step view and the HTML page keep a step per event, and each
    /// says what the printed timeline's one row says of the run. "" for any other end.
    func resultPollOfRun(_ index: Int) -> String {
        guard let run = resultPollRuns[index] else { return "" }
        return Phrase.evResultPollOfRun.text(["k": run.call, "n": run.calls, "from": Format.seconds(run.from), "to": Format.seconds(run.to),
                                              "timeout": timeline.events[run.firstWait][EventField.timeout]?.displayText ?? "?"])
    }
}
