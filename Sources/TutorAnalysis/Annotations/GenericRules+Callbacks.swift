import TutorCore

extension GenericRules {
    /// How many chunks job `job` ran as before step `index`, and the workers that ran them in order of first start
    /// ("ForkPoolWorker-2 (pid 16606)", or a ThreadPool worker thread's name), counted in the workers of `pool` only
    /// (job numbers are per parent process: a nested pool's may repeat).
    func workersOfChunks(job: Int64?, pool: String?, before index: Int) -> (chunks: Int, names: [String]) {
        guard let job else { return (0, []) }
        var chunks = 0
        var names: [String] = []
        for e in events[..<index] where e.is(.taskStart) && e.job == job && timeline.poolOfWorker[e.pid] == pool {
            chunks += 1
            let name = e.thread == "MainThread" ? Phrase.noteWorkerWithPid.text(["worker": e.process, "pid": e.pid]) : e.threadRole
            if !names.contains(name) { names.append(name) }
        }
        return (chunks, names)
    }
}
