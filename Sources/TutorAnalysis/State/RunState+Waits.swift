import TutorCore

extension RunState {
    /// Copies the process's blocked calls from `blocked` into its row, after an event began or ended one (gaps 26A).
    mutating func refreshWaits(of pid: Int32) {
        guard let p = processIndex(pid) else { return }
        processes[p].waits = blocked.filter { $0.pid == pid }
    }

    /// A lock taken by a thread inside `Condition.wait()`: the wait's re-acquire of the condition's lock, after its notify
    /// or its timeout (gaps 27B). The call stays blocked until its `condition.wake` (it has not returned), but its row in the
    /// panel is no longer "waits … for a notify": the activity says the lock it holds, as at the wake's step.
    mutating func markConditionLockRetaken(_ e: TraceEvent) {
        var marked = false
        for i in blocked.indices where blocked[i].pid == e.pid && blocked[i].thread == e.thread && !blocked[i].lockRetaken {
            guard case .condition = blocked[i].target else { continue }
            blocked[i].lockRetaken = true
            marked = true
        }
        if marked { refreshWaits(of: e.pid) }
    }

    /// At the run's last event: a wait still open then never ended.
    mutating func markRunEnded() {
        for p in processes.indices where !processes[p].waits.isEmpty { processes[p].runEnded = true }
    }

    /// A process's activity with its blocked calls: its main thread's latest wait replaces what it was doing, unless the
    /// activity already says that wait (a lock, a queue's get/put, a feeder thread's join); each other thread's latest
    /// wait of those kinds follows, named by its thread.
    static func activity(doing: ProcessActivity, waits: [BlockedCall], runEnded: Bool) -> String {
        func words(_ call: BlockedCall) -> String {
            (runEnded ? Phrase.activityWaitsRunEnded : .activityWaitsSince).text(["what": call.what, "t": Format.seconds(call.since)])
        }
        var text = doing.text
        if let main = waits.last(where: { $0.thread == "MainThread" }), !main.isSaidByActivity { text = words(main) }
        var threads: [String] = []
        for call in waits.reversed() where call.thread != "MainThread" && !call.isSaidByActivity && !threads.contains(call.thread) {
            threads.append(call.thread)
        }
        for thread in threads.reversed() {
            guard let call = waits.last(where: { $0.thread == thread }) else { continue }
            text += Phrase.listSeparator.text() + Phrase.activityThreadWaits.text(["thread": TraceEvent.threadRole(of: thread), "what": words(call)])
        }
        return text
    }
}

extension BlockedCall {
    /// The process's activity already says this wait when it begins (`ProcessActivity.waiting`, `.queue`, the feeder
    /// join's phrases): the activity is left as it is.
    var isSaidByActivity: Bool {
        switch target {
        case .lock, .queueGet, .queuePut: true
        case .condition: lockRetaken
        case let .result(call, _): RunState.feederJoinCalls.contains(call) || call == RunState.feederLockCall
        default: false
        }
    }
}
