import TutorCore

extension RunState {
    /// The call a feeder thread waiting for its queue's write lock is blocked in (`queue.wlock.wait`, gaps 22B).
    static let feederLockCall = "Queue._feed()"
}

extension HangExplainer {
    /// A Queue's feeder thread waits for the queue's shared write lock (`queue.wlock.wait` with no `waited`): it names
    /// the processes that put on that queue and were ended by a signal (a process ended while its feeder held the lock
    /// never releases it), or says the record does not show the holder. It does not claim which of them held it: the
    /// lock records no owner.
    func writeLocksLeftHeld(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case .result(RunState.feederLockCall, _) = call.target, let wait = timeline.events.last(where: {
                $0.is(.queueWlockWait) && $0.pid == call.pid && $0.thread == call.thread && $0.t == call.since
            }), let queue = wait.object else { return nil }
            let at = NotePremise.blocked(step: moment, pid: call.pid, thread: call.thread)
            let ended = StateQueries.signalledPutters(on: queue, except: call.pid, before: moment, in: timeline, state: state)
            let values: KeyValuePairs<String, any CustomStringConvertible> = [
                "who": call.who, "t": Format.seconds(call.since), "queue": queue,
                "ended": ended.joined(separator: Phrase.listSeparator.text()),
            ]
            return ((ended.isEmpty ? Phrase.hangWlockUnknown : .hangWlockEnded).text(values), at)
        }
    }
}

extension StateQueries {
    /// "writer (last put at 0.212 s, ended by SIGKILL, kill() at 0.530 s)" for each ended process other than `pid` that
    /// put on `queue` before `step` and whose exit code says a signal ended it.
    static func signalledPutters(on queue: String, except pid: Int32, before step: Int, in timeline: Timeline,
                                 state: RunState) -> [String] {
        var lastPut: [Int32: Int64] = [:]
        for i in timeline.indices(of: .queuePut) {
            guard i < step else { break }
            let e = timeline.events[i]
            if e.object == queue, e.pid != pid { lastPut[e.pid] = e.t }
        }
        return state.processes.compactMap { p -> String? in
            guard let code = p.exitCode, code < 0, code > -128, let put = lastPut[p.pid] else { return nil }
            var call = ""
            for i in timeline.indices(of: .processKill, .processTerminate) {
                guard i < step else { break }
                let e = timeline.events[i]
                if e.childPid == p.pid {
                    call = Phrase.wlockEndedCall.text(["call": e.string(EventField.call) ?? (e.is(.processKill) ? "kill()" : "terminate()"),
                                                       "t": Format.seconds(e.t)])
                }
            }
            return Phrase.wlockEndedOne.text(["name": p.name, "put": Format.seconds(put),
                                              "signal": Format.signalName(Int32(-code)), "call": call])
        }
    }
}

extension RunState {
    /// Whether a `queue.wlock.wait` is a SimpleQueue's put() waiting for the queue's write lock in the caller's thread
    /// (`by` "put", gaps 24C), not a Queue's feeder thread.
    public static func isPutLockWait(_ e: TraceEvent) -> Bool { e.string(EventField.by) == "put" }

    /// The call a SimpleQueue's put() waiting for the write lock is blocked in, as the program wrote it.
    static let putLockCall = "put()"
}

extension Timeline {
    /// Whether the `queue.wlock.waited` at `index` ends a put()'s wait (its thread's last `queue.wlock.wait` before it
    /// has `by` "put"): the waited event carries no `by` of its own.
    public func putLockWaited(_ index: Int) -> Bool {
        let e = events[index]
        guard let wait = indices(of: .queueWlockWait).last(where: { $0 < index && events[$0].pid == e.pid && events[$0].thread == e.thread })
        else { return false }
        return RunState.isPutLockWait(events[wait])
    }
}
