import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The program's own call that reaped a child (`is_alive()`, `exitcode`, `join()`, `start()`, `active_children()`),
    /// and, when the child's own exit came 100 ms or more before, how long it was a zombie (round 9B, r9b_zombie_is_alive).
    /// Only of a child whose parent is the caller: a forkserver child's parent is the fork server, which reaps it when it
    /// ends and passes its exit code on, so a late call there reaped no zombie (round 17M).
    func reapedBy(_ call: String, _ index: Int, child: String) -> String {
        let e = timeline.events[index]
        let row = Phrase.evReapedBy.text(["call": call, "name": child, "code": number(e, "exitcode")])
        guard let pid = e.childPid,
              let exit = timeline.events[..<index].last(where: { $0.is(.processExit) && $0.pid == pid }), e.t - exit.t >= 100_000_000,
              exit.ppid == 0 || exit.ppid == e.pid
        else { return row }
        return row + Phrase.evReapedZombie.text(["name": child, "duration": Format.duration(ns: e.t - exit.t), "t": Format.seconds(exit.t)])
    }
}
