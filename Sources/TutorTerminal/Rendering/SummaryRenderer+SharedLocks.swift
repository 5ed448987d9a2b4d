import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// " · shared with Process-2, Process-1, …": the processes that rebuilt this lock from its pickle (`lock.unpickled`,
    /// spawn/forkserver), in the order they did, as the state panel's lock row lists them (`RunState.Lock.sharedWith`, at most 64 too; gaps 30A);
    /// "" when none did.
    func sharedWith(_ object: String) -> String {
        var names: [String] = []
        for at in timeline.indices(of: .lockUnpickled) {
            let e = timeline.events[at]
            if e.object == object, !names.contains(e.process), names.count < 64 { names.append(e.process) }
        }
        guard !names.isEmpty else { return "" }
        return Phrase.summaryLockShared.text(["list": names.joined(separator: Phrase.listComma.text())])
    }
}
