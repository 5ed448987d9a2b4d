extension Phrase {
    /// The English texts of round 26S (issue 11): a lesson's demo changed by a learner. A failed start() of a
    /// Process object whose name is also the name of a process of the run (a spawn child re-running an unguarded
    /// top level numbers its new Process objects from 1, as a main process does).
    static let englishRound26S: [Phrase: String] = [
        .evProcessErrorSameNameSelf: " (a new Process object that {caller} made here, not {caller} itself: a process that has not yet begun its run() numbers the Process objects it makes from 1, as a main process does, so the names repeat)",
        .evProcessErrorSameNameOther: " (a new Process object that {caller} made here, not the {name} of pid {pid} in this run: a process that has not yet begun its run() numbers the Process objects it makes from 1, as a main process does, so the names repeat)",
    ]
}
