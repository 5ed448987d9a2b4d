import TutorCore

extension HangExplainer {
    /// Each holder of a lock or a Semaphore's unit in `phrase`'s words: who took it, when, and the exit code its process
    /// ended with (when the state model has one). Shared by `keptLock` and `keptSemaphoreUnits`, whose takers have ended.
    func endedTakers(_ holders: [(who: String, since: Int64)], _ phrase: Phrase, state: RunState) -> [String] {
        holders.map { holder in
            let name = holder.who.split(separator: "/", maxSplits: 1).first.map(String.init) ?? holder.who
            let code = state.processes.last { $0.name == name }?.exitCode
            return phrase.text(["who": holder.who, "since": Format.seconds(holder.since),
                                "code": code.map { Phrase.hangExitCode.text(["code": $0]) } ?? ""])
        }
    }
}
