import TutorCore

extension GenericRules {
    /// How a lost-update note names a writer: as `who` ("Process-1/bump"), unless another thread of the same process ran
    /// under the same role in this run (three threads whose target is `bump`: r12_threads_value_in_processes): then by its
    /// own thread name, "Process-1's Thread-2 (bump)", so two different threads are never given one name (gaps 13B).
    /// Text only: the notes' premises compare events, not these names.
    func writerName(_ e: TraceEvent) -> String {
        let short = Self.who(e)
        guard !e.isMainThread, e.thread != e.threadRole else { return short }
        let role = e.threadRole, pid = e.pid, thread = e.thread
        // the pid first: most events are another process's, and the role is cut from the name only for this one's
        let shared = events.contains { $0.pid == pid && $0.thread != thread && $0.threadRole == role }
        return shared ? Phrase.noteThreadOfProcess.text(["process": e.process, "thread": thread]) : short
    }
}
