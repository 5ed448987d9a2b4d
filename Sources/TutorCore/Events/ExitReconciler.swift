/// One process, one exit. A process records its own `process.exit` as it begins to exit, but it can still be
/// ended otherwise after that (a Pool's `terminate()` sends SIGTERM to a worker in its exit cleanup: it wrote
/// code 0, its parent saw -15). Its parent's `process.reaped` is what really happened, so a self-reported exit
/// that the parent contradicts is kept as what it was, `process.exiting` (the code it was about to exit with,
/// in `exitcode`), and the parent's event is the process's one exit.
public enum ExitReconciler {
    public static let exiting = EventKind.processExiting

    /// Reclassifies contradicted self-reported exits in place; returns how many.
    @discardableResult
    public static func reconcile(_ events: inout [TraceEvent]) -> Int {
        var seen: [Int32: Int64] = [:]
        for e in events where e.is(.processReaped) {
            if let child = e.int(EventField.childPid).map(Int32.init), let code = e.exitCode { seen[child] = code }
        }
        guard !seen.isEmpty else { return 0 }
        var changed = 0
        for i in events.indices where events[i].is(.processExit) && events[i].observedBy == nil {
            if let parent = seen[events[i].pid], events[i].exitCode != parent {
                events[i].kind = exiting.rawValue
                changed += 1
            }
        }
        return changed
    }
}
