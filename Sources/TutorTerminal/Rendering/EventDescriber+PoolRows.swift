import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A Pool's rows: its creation, tasks, results, callbacks, waits, imap iteration, close, terminate and join.
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func poolRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        switch e.known {
        case .poolCreate:
            let created = StateQueries.isThreadPool(created: index, in: timeline.events) ? Phrase.evPoolCreateThreads : .evPoolCreate
            return created.text(["object": object, "n": number(e, "processes")]) + poolCreateMaxTasks(e)
        case .poolSubmit:
            let chunks = e.chunks ?? 1
            // apply_async's args are the call's argument tuple; a map's are its iterable, shown as given.
            let apply = e.method?.hasPrefix("apply") == true
            let call = "\(e.function ?? "?")(\(apply ? CallArguments.unpacked(e.args) : e.args ?? ""))"
            return Phrase.evSubmit.text(["method": e.method ?? "submit", "job": e.job ?? 0,
                                         "rest": chunks > 1 ? Phrase.evChunks.text(["n": chunks]) : " " + call])
        case .taskStart:
            return .joined(painter.symbol("▶ ", ascii: "> "), taskName(e), " ", Self.call(e))
        case .taskEnd:
            return e.ok == false
                ? Phrase.evTaskRaised.text(["mark": painter.symbol("✗", ascii: "x"), "task": taskName(e), "result": e.result ?? ""]) + notEntered(e, at: index)
                : .joined(painter.symbol("✓ ", ascii: "v "), taskName(e), painter.symbol(" → ", ascii: " -> "), e.result ?? "")
        case .poolResult where e.ok == false && e.threadRole == "_handle_tasks":
            // Set by the pool's task handler when it could not send the task (e.g. a lambda that cannot be pickled):
            // nothing came back from a worker.
            return taskNotSent(e)
        case .poolResult where e.ok == false && e.string(EventField.error) == "MaybeEncodingError":
            // Only a worker makes one: the task returned, but its value could not be pickled back; or it raised, and
            // its exception could not be (round 25X: a class defined inside the function)
            return (taskRaised(before: index, e) ? Phrase.evResultUnpicklableRaised : .evResultUnpicklable).text(["task": taskName(e)]) + unpicklableReason(e)
        case .poolResult:
            return Phrase.evResult.text(["task": taskName(e), "exception": e.ok == false ? Phrase.evAnExceptionMark.text() : ""])
        case .poolCallback where e.bool(EventField.error) == true:
            // an error_callback is called with the exception, not a result (round 14)
            return Phrase.evErrorCallback.text(["func": e.function ?? "", "task": taskName(e)])
        case .poolCallback:
            return Phrase.evCallback.text(["which": Phrase.evCallbackWhich.text(), "func": e.function ?? "", "task": taskName(e)])
        case .poolCallbackEnd where e.ok == false, .poolClose where e.string(EventField.error) != nil,
             .poolTerminate where e.string(EventField.error) != nil:
            return poolErrorRow(e, index: index, object)
        case .poolCallbackEnd:
            return (endsErrorCallback(index) ? Phrase.evErrorCallbackEnd : .evCallbackEnd).text(["task": taskName(e)])
        case .poolClose: return poolCloseRow(index, e, object)
        case .poolTerminate:
            switch e.string(EventField.terminatedBy) {
            case "collected"?: return Phrase.evPoolCollected.text(["object": object])
            case "exit"?: return Phrase.evPoolTerminatedAtExit.text(["object": object])
            default: return poolTerminateRow(e, object)
            }
        case .poolJoin, .queueJoin: return Phrase.evObjectJoin.text(["object": object, "waited": waited(e)])
        case .poolGet:
            return poolGet(index)
        case .poolTaskGetError: return Phrase.evPoolTaskGetError.text(["error": e.string(EventField.error) ?? "?"])
        case .poolTaskSent: return resultSent(e)
        case .poolCreateError: return poolCreateErrorRow(e)
        case .poolInit, .poolInitEnd, .executorInit, .executorInitEnd: return initializerRow(index)
        case .poolWait where (e.job ?? 0) < 0:
            return Phrase.evPoolWaitFinish.text(["object": object, "call": e.string(EventField.call) ?? "join()"])
        case .poolWait:
            if let method = PoolCallWords.iteratedMethod(e, unordered: timeline.isUnorderedJob(e)) {
                return Phrase.evIterationWaitTask.text(["method": method, "task": waitedTaskName(e)]) + waitLimit(e)
            }
            return Phrase.evPoolWaitTask.text(["call": PoolCallWords.call(e, unordered: timeline.isUnorderedJob(e)),
                                               "task": waitedTaskName(e)]) + waitLimit(e)
        case .poolWaited:
            return poolWaited(e, at: index)
        case .poolImapGiven:
            return imapGivenRow(e, at: index, object)
        case .poolImapUnread: return imapUnreadRow(e, at: index, object)
        case .poolImapLeft: return imapLeftRow(e, at: index, object)
        default: return nil
        }
    }
}
