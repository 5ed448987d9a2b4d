import TutorCore

/// A Process call from a process that did not make the object (gaps 19A).
extension EventDescriber {
    /// The tracer writes `parent_pid` on a process.error only for an AssertionError of an object made in another
    /// process (multiprocessing's `assert self._parent_pid == os.getpid()`): the row names that process, when known.
    func notParent(_ e: TraceEvent) -> String {
        guard let ppid = e.int(EventField.parentPid).map({ Int32(clamping: $0) }), ppid != e.pid,
              let parent = timeline.events.first(where: { $0.pid == ppid })?.process else { return "" }
        return Phrase.evProcessNotParent.text(["name": e.name ?? "?", "parent": parent, "caller": e.process])
    }
}
