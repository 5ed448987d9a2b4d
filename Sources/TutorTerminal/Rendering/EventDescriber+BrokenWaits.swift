import TutorCore
import TutorAnalysis

/// A futures wait that returned because its executor broke (gaps 27A): the row says why, from the state model.
extension EventDescriber {
    /// " because ProcessPoolExecutor#1 broke at 0.989 s (ForkProcess-1 ended (exitcode -9) while running work item 2): …",
    /// or "" when the executor did not break while this `executor.waited`'s wait lasted.
    func brokenWaitReason(_ index: Int) -> String {
        guard let (broken, died) = StateQueries.brokeDuringWait(end: index, in: timeline) else { return "" }
        let b = timeline.events[broken]
        var values: [String: String] = ["object": b.object ?? "ProcessPoolExecutor", "t": Format.seconds(b.t)]
        // gaps 31B: a ThreadPoolExecutor broken by a worker thread's initializer failed its queued items only
        if StateQueries.isThreadPool(b.object, in: timeline.events) { return Phrase.evWaitReasonBrokenThreads.text(in: .current, filling: values) }
        guard !died.isEmpty else { return Phrase.evWaitReasonBroken.text(in: .current, filling: values) }
        values["died"] = died.map { Phrase.noteBrokenLost.text(["name": $0.name, "code": $0.exitCode, "work": $0.work]) }
            .joined(separator: Phrase.notePartsSeparator.text())
        return Phrase.evWaitReasonBrokenDied.text(in: .current, filling: values)
    }
}
