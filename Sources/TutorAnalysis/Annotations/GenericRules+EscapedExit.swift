import TutorCore

extension GenericRules {
    /// Why a child's exit carries an error that escaped multiprocessing's cleanup after run(): said with how run()
    /// itself ended, as the child's `process.run.end` recorded it. A run() that raised (SystemExit, an exception)
    /// did not "return" (round 16F: a child forked from a ThreadPoolExecutor worker whose run() raised SystemExit).
    func escapedExitCause(error: String, pid: Int32, before index: Int) -> String {
        let runEnd = timeline.indices(of: .processRunEnd).last { $0 < index && events[$0].pid == pid }
        if let runEnd, let raised = events[runEnd].string(EventField.raised) {
            return Phrase.noteExitEscapedAfterRaise.text(["raised": raised, "error": error])
        }
        return Phrase.noteExitEscaped.text(["error": error])
    }
}
