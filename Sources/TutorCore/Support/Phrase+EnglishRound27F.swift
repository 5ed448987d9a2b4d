extension Phrase {
    /// The English texts of round 27F (issue 11): executors inside bigger programs. A broken executor whose dead
    /// worker was its only one has no other worker to stop; a ThreadPoolExecutor's shutdown() stops worker threads.
    static let englishRound27F: [Phrase: String] = [
        .noteBrokenWhyAloneOne: "{lost}. The executor cannot tell what that worker was doing, so it marks itself broken: its 1 pending Future fails with BrokenProcessPool (it had no other worker to stop). (A multiprocessing Pool does not notice: a result lost with a worker keeps get() or map() waiting forever.)",
        .noteBrokenWhyAlone: "{lost}. The executor cannot tell what that worker was doing, so it marks itself broken: its {pending} pending Futures fail with BrokenProcessPool (it had no other worker to stop). (A multiprocessing Pool does not notice: a result lost with a worker keeps get() or map() waiting forever.)",
        .waitShutdownThreads: "{object} to finish its work items and stop its workers",
        .noteBrokenWhyWorkers: "{lost}. The executor cannot tell what those workers were doing, so it marks itself broken: its {pending} pending Futures fail with BrokenProcessPool and it stops its other workers. (A multiprocessing Pool does not notice: a result lost with a worker keeps get() or map() waiting forever.)",
        .noteBrokenWhyWorkersAlone: "{lost}. The executor cannot tell what those workers were doing, so it marks itself broken: its {pending} pending Futures fail with BrokenProcessPool (it had no other worker to stop). (A multiprocessing Pool does not notice: a result lost with a worker keeps get() or map() waiting forever.)",
    ]
}
