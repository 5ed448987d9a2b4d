import TutorCore

extension StateQueries {
    /// "holder/holder-thread acquired it at 0.666 s, then ended (exitcode 0) still holding it", joined, for the Lock or
    /// RLock `lock` whose every holder has ended (`endedHolders`); nil otherwise (round 27: r27_thread_holds_lock_exit).
    /// The one wording of the join-timeout note and of the state panel, so the two cannot say it differently.
    public static func keptByText(of lock: RunState.Lock, in state: RunState) -> String? {
        guard !endedHolders(of: lock.label, in: state).isEmpty else { return nil }
        var seen: Set<String> = []
        let takers = lock.holders.filter { seen.insert($0.who).inserted }.map { holder -> String in
            let name = holder.who.split(separator: "/", maxSplits: 1).first.map(String.init) ?? holder.who
            let code = state.processes.last { $0.name == name }?.exitCode
            return Phrase.hangLockKeptBy.text(["who": holder.who, "since": Format.seconds(holder.since),
                                               "code": code.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""])
        }
        return takers.joined(separator: Phrase.listSeparator.text())
    }
}
