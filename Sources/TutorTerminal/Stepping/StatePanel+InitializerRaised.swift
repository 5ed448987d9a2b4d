import TutorCore
import TutorAnalysis

extension StatePanel {
    /// A live worker process whose executor initializer raised (gaps 31B): the panel says so beside "running", from the
    /// run state at this step; "" for any other process.
    func initializerRaisedText(_ process: RunState.Process) -> String {
        guard process.exitCode == nil, let raised = state.initializerRaised(inWorker: process.name) else { return "" }
        let words = Phrase.panelProcessInitRaised.text(["func": raised.executor.initializer ?? "?", "error": raised.failure.error,
                                                        "object": raised.executor.label])
        return dot + painter.paint(words, .red)
    }
}
