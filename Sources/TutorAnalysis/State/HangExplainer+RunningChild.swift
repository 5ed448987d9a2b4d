import TutorCore

extension HangExplainer {
    /// A join (the program's, or multiprocessing's own at exit) on a child that is alive, not in a recorded wait, and
    /// recorded events after the join began: the child was running, so the join waits as long as it runs. Said instead
    /// of the bare "waits in join(monitor)" (round 33: a monitor process in `while True`, never stopped, joined at exit).
    func runningJoinedChildren(_ blocked: [BlockedCall], state: RunState) -> [(text: String, premise: NotePremise)] {
        blocked.compactMap { call -> (text: String, premise: NotePremise)? in
            guard case let .join(pid, name) = call.target,
                  state.processes.contains(where: { $0.pid == pid && $0.isAlive }),
                  !state.blocked.contains(where: { $0.pid == pid }),
                  let running = StateQueries.joinedChildRunning(joiner: call.pid, thread: call.thread, child: pid,
                                                                 through: moment, in: timeline.events) else { return nil }
            var text = Phrase.hangJoinedChildRunning.text(["who": call.who, "child": name, "since": Format.seconds(running.since),
                                                           "n": running.events, "t": Format.seconds(running.last)])
            if running.implicit {
                text += (running.daemon == false ? Phrase.hangJoinedAtExitNotDaemon : .hangJoinedAtExit).text(["child": name])
            }
            return (text, .all([.blocked(step: moment, pid: call.pid, thread: call.thread),
                                .joinedChildRunning(step: moment, joiner: call.pid, thread: call.thread, child: pid, events: running.events)]))
        }
    }
}
