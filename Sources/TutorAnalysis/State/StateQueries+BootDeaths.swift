import TutorCore

extension StateQueries {
    /// What the record shows of a pool's workers that all ended before run() began (round 38S).
    struct BootDeaths {
        /// The workers of the pool that had ended.
        var ended: Int
        /// Their exit codes, each once, smallest first.
        var codes: [Int64]
        /// The program's file each imported as `__mp_main__`.
        var main: String
        /// The step of the first of their start() calls that raised while importing the main module, when recorded.
        var startError: Int?
    }

    /// The workers of `pool` that ended by time `at` (events through `step`), when there is at least one and every one of
    /// them exited with a non-zero code (not a signal) in its start-up, before run() began (its record has the child's
    /// boot and no run start: it was importing the main module); nil otherwise. A no-`__main__`-guard program under spawn
    /// or forkserver: each worker re-runs the top level, its Pool()/start() there raises, and it exits 1.
    static func bootDeaths(of pool: String, at: Int64, through step: Int, in timeline: Timeline,
                           replayer: StateReplayer) -> BootDeaths? {
        var found = BootDeaths(ended: 0, codes: [], main: "", startError: nil)
        for pid in timeline.poolOfWorker.filter({ $0.value == pool }).keys {
            guard let life = timeline.process(pid: pid), let end = life.endT, end <= at else { continue }
            guard let code = life.exitCode, code > 0,
                  let boot = bootWithoutStart(pid: pid, before: step + 1, in: timeline) else { return nil }
            found.ended += 1
            if !found.codes.contains(code) { found.codes.append(code) }
            if found.main.isEmpty { found.main = boot.string(EventField.main) ?? "" }
            let failed = timeline.indices(of: .processError).first { i in
                i <= step && timeline.events[i].pid == pid && NotePremise.startWhileImportingMain(step: i).holds(in: replayer)
            }
            if let failed { found.startError = min(found.startError ?? failed, failed) }
        }
        guard found.ended > 0, !found.main.isEmpty else { return nil }
        found.codes.sort()
        return found
    }
}
