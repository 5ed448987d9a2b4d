import TutorCore
import TutorAnalysis

extension StatePanel {
    /// "holder/holder-thread acquired it at 0.666 s, then ended (exitcode 0) still holding it" for a Lock or RLock whose
    /// every holder has ended (r27_thread_holds_lock_exit: a child's thread held it at the child's os._exit): "held by"
    /// would read as if an ended process still held it (round 17's hang text avoids that too); nil otherwise.
    func keptBy(_ lock: RunState.Lock) -> String? {
        guard !StateQueries.endedHolders(of: lock.label, in: state).isEmpty else { return nil }
        var seen: Set<String> = []
        let takers = lock.holders.filter { seen.insert($0.who).inserted }.map { holder -> String in
            let name = holder.who.split(separator: "/", maxSplits: 1).first.map(String.init) ?? holder.who
            let code = state.processes.last { $0.name == name }?.exitCode
            return Phrase.hangLockKeptBy.text(["who": holder.who, "since": Format.seconds(holder.since),
                                               "code": code.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""])
        }
        return painter.paint(takers.joined(separator: Phrase.listSeparator.text()), .yellow)
    }
}
