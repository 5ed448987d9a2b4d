import TutorCore

extension RunState {
    /// Follows the events `CutAtExit` is made of (called for every event; most are none of these).
    mutating func trackCutAtExit(_ e: TraceEvent, at index: Int) {
        switch e.known {
        case .processTerminate where e.bool(EventField.atExit) == true:
            if let child = e.int(EventField.childPid) { cutAtExit.terminated.insert(Int32(clamping: child)) }
        case .queueGet where e.thread == "MainThread":
            cutAtExit.taken[e.pid] = .init(item: e.item ?? "?", queue: e.object ?? "a queue", t: e.t, step: index)
        case .processRunEnd:
            cutAtExit.taken[e.pid] = nil
        // its next get() began waiting, or it called task_done() on a JoinableQueue (round 26's pipeline): the item taken
        // before is no longer in hand, as far as the record shows
        case .queueWait where e.thread == "MainThread" && e.op != "put", .queueTaskDone where e.thread == "MainThread":
            cutAtExit.taken[e.pid] = nil
        default:
            break
        }
    }

    /// The panel's words for a child its parent saw end by SIGTERM after multiprocessing's exit function terminated it:
    /// cut off, with the item it had taken when there is one. Nil for any other end (the generic "ended" stays).
    func cutAtExitActivity(child: Int32, code: Int64?) -> String? {
        guard code == -15, cutAtExit.terminated.contains(child) else { return nil }
        guard let taken = cutAtExit.taken[child] else { return Phrase.activityCutAtExit.text(["code": -15]) }
        return Phrase.activityCutAtExitItem.text(["code": -15, "item": taken.item, "queue": taken.queue, "t": Format.seconds(taken.t)])
    }
}

public extension RunState {
    /// The panel's words for a process its parent saw end by SIGTERM after multiprocessing's exit function terminated it
    /// (and the item it had in hand), or nil: the panel's "ended by SIGTERM" read as an end like any other (gaps 35A).
    func cutAtExitWords(pid: Int32) -> String? {
        guard let process = processes.last(where: { $0.pid == pid }), let code = process.exitCode else { return nil }
        return cutAtExitActivity(child: pid, code: code)
    }
}
