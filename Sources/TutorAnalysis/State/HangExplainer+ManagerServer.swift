import TutorCore

extension HangExplainer {
    /// `BaseManager.start()` waits for its server process to send its address, and that process is still running: it
    /// never got as far as sending it (the server sends it once set up, after the initializer given to start() returns;
    /// start() has no timeout). Asked of the state at the moment.
    func silentManagerServers(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard let server = Self.silentServer(pid: call.pid, thread: call.thread, in: state, events: timeline.events) else { return nil }
            let text = Phrase.hangManagerServerSilent.text(["who": call.who, "what": call.what, "t": Format.seconds(call.since),
                                                            "server": server.name, "pid": server.pid])
            return (text, .managerServerSilent(step: moment, pid: call.pid, thread: call.thread, server: server.pid))
        }
    }

    /// The live server process of the `start()` that thread `thread` of `pid` is blocked in at `state`: the process its
    /// `manager.start.wait` went on to start (the thread's next `process.spawn`), still alive, a manager's.
    static func silentServer(pid: Int32, thread: String, in state: RunState, events: [TraceEvent]) -> RunState.Process? {
        guard let call = state.blocked.first(where: { call in
            guard call.pid == pid, call.thread == thread, case .result("start()", _) = call.target else { return false }
            return true
        }), let begin = events.lastIndex(where: { $0.is(.managerStartWait) && $0.pid == pid && $0.thread == thread && $0.t == call.since }),
              let child = events[begin...].first(where: { $0.is(.processSpawn) && $0.pid == pid && $0.thread == thread })?.childPid
        else { return nil }
        return state.processes.last { $0.pid == child && $0.isAlive && $0.role == "manager" }
    }
}
