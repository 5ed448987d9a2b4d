import TutorCore
import TutorAnalysis

/// Rows of calls that failed or succeeded quietly (gaps 13A): a submission a Pool no longer running refused (round 17: or a
/// running one's call that raised in the caller), a Process.close() and a closed object's later calls, a Process()
/// constructor that raised.
extension EventDescriber {
    /// The row of a gaps-13A kind; nil for any other event.
    func failedCallRow(_ e: TraceEvent, index: Int) -> String? {
        switch e.known {
        case .poolRefused: return poolRefusedRow(e, index: index)
        case .processClose:
            let name = e.name ?? "?"
            return (e.bool(EventField.again) == true ? Phrase.evProcessCloseAgain : .evProcessClose).text(["name": name])
        case .processCreateError: return createErrorRow(e)
        case .eventPolled: return eventPolledRow(e)
        case .poolPolled: return resultPolledRow(e)
        case .processArgsString: return argsStringRow(e)
        case .queuePutDropped: return putDroppedRow(e)
        case .threadCreateError, .threadArgsString: return gaps15BRow(e)
        default: return nil
        }
    }

    /// "process object is closed" of a Process whose close() this process recorded before: the row points at it.
    /// Nil when the error is another, or no such close() is in the record (the plain row then).
    func closedCallRow(_ e: TraceEvent, index: Int) -> String? {
        guard let error = e.string(EventField.error), error.hasSuffix("process object is closed"), let name = e.name else { return nil }
        let close = timeline.events[..<index].last {
            $0.known == .processClose && $0.pid == e.pid && $0.name == name && $0.bool(EventField.again) != true
        }
        guard let close else { return nil }
        return Phrase.evProcessClosedCall.text(["call": Self.closedCall(e.op ?? "?"), "name": name, "at": Format.seconds(close.t)])
    }
}

private extension EventDescriber {
    /// The Pool's own close() or terminate() before the refusal, in the refusing process, as the pool's recorded state
    /// says (a terminate() after close() leaves the state TERMINATE: the terminate is named).
    func poolRefusedRow(_ e: TraceEvent, index: Int) -> String {
        let object = e.object ?? "?"
        let terminated = e.string(EventField.state) == "TERMINATE"
        let call = (e.method ?? "?") + "()"
        let error = e.string(EventField.error) ?? "ValueError"
        if e.string(EventField.state) == "RUN" {     // round 17: a running pool's call that raised in the caller
            // round 18E: a running pool's join() raises before it waits (Pool is still running)
            if e.method == "join" { return Phrase.evPoolJoinRunning.text(["object": object, "error": error]) }
            let job = e.int(EventField.job).map { Phrase.evPoolCallRaisedJob.text(["job": $0, "object": object]) } ?? ""
            return Phrase.evPoolCallRaised.text(["call": call, "object": object, "error": error]) + job
        }
        let ending = timeline.events[..<index].last {
            $0.known == (terminated ? .poolTerminate : .poolClose) && $0.pid == e.pid && $0.object == object
                && $0.string(EventField.error) == nil
        }
        guard let ending else { return Phrase.evPoolRefusedEnded.text(["call": call, "object": object, "error": error]) }
        return (terminated ? Phrase.evPoolRefusedTerminated : .evPoolRefusedClosed).text(
            ["call": call, "object": object, "at": Format.seconds(ending.t), "error": error])
    }

    func createErrorRow(_ e: TraceEvent) -> String {
        let number = e.string(EventField.number).map { Phrase.evProcessCreateNumber.text(["number": $0]) } ?? ""
        let value = e.string(EventField.value)
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "type": e.string(EventField.objectType) ?? "Process", "error": e.string(EventField.error) ?? "?",
            "number": number, "value": value ?? "?",
        ]
        // Said only when the tracer saw Process.__init__ raise on that very conversion (the line it raised on).
        switch (e.string(EventField.argument), value) {
        case ("args"?, _?): return Phrase.evProcessCreateErrorArgs.text(values)
        case ("kwargs"?, _?): return Phrase.evProcessCreateErrorKwargs.text(values)
        default: return Phrase.evProcessCreateError.text(values)
        }
    }

    /// is_set() polls of an Event by one thread: only a change of the result is recorded, with the polls before it.
    func eventPolledRow(_ e: TraceEvent) -> String {
        let object = e.object ?? "?"
        let n = e.int(EventField.polls) ?? 0
        let since = e.int(EventField.sinceNs) ?? 0
        let result = e.bool(EventField.result) == true ? "True" : "False"
        guard let then = e.bool(EventField.then) else {
            // the Event may have changed without a poll seeing it: "no change" would be false (round 19)
            if let change = StateQueries.eventChangeUnseenByPolls(e, in: timeline) {
                // only the first poll's time is recorded: "though" must not suggest a poll after the change read the old value
                return Phrase.evEventPolledToEndUnseen.text(in: .current, filling: Self.unseenChangeValues(e, change: timeline.events[change]))
                    + EventDescriber.pollsBeforeChange(e, change: change, in: timeline)
            }
            return Phrase.evEventPolledToEnd.text(["object": object, "n": n, "at": Format.seconds(e.t - since), "result": result])
        }
        guard n > 0 else { return Phrase.evEventPolledChanged.text(["object": object, "then": then ? "True" : "False"]) }
        return (then ? Phrase.evEventPolledSet : .evEventPolledCleared).text(["object": object, "n": n, "over": Format.duration(ns: since)])
            + (then ? setBeforeThisPoll(e) : "")
    }

    /// A closed object's call as the program wrote it: a property without parentheses; `ident` is `pid` too.
    static func closedCall(_ op: String) -> String {
        switch op {
        case "exitcode", "sentinel", "name": return op
        case "ident": return "pid (ident)"
        default: return op + "()"
        }
    }
}

extension EventDescriber {
    /// The words after an unseen-change poll line: when the change stood to the run's end, every poll came before it
    /// took effect (a later one would have been written as a change); else only the first poll's time is known.
    static func pollsBeforeChange(_ e: TraceEvent, change: Int, in timeline: Timeline) -> String {
        guard StateQueries.eventChangeStood(e, change: change, in: timeline) else { return Phrase.evPolledLastUnrecorded.text() }
        return Phrase.evPolledAllBeforeChange.text(["other": e.bool(EventField.result) == true ? "False" : "True"])
    }

    /// The values of an unseen-change poll line (row and summary): who changed the Event, with which call, and when.
    static func unseenChangeValues(_ e: TraceEvent, change c: TraceEvent) -> [String: String] {
        let by = c.thread == "MainThread" ? "\(c.process)" : "\(c.process) · \(c.thread)"
        return ["object": e.object ?? "?", "n": String(e.int(EventField.polls) ?? 0), "at": Format.seconds(e.t - (e.int(EventField.sinceNs) ?? 0)),
                "result": e.bool(EventField.result) == true ? "True" : "False", "by": by,
                "changed": c.is(.eventSet) ? "set()" : "clear()", "when": Format.seconds(c.t)]
    }
}
