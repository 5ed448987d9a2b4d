import TutorCore
import TutorAnalysis

/// A failed start() whose Process object bears the name of a process of the run (round 26S).
extension EventDescriber {
    /// " (a new Process object that SpawnPoolWorker-3 made here, not the SpawnPoolWorker-1 of pid 29087 in this run: …)"
    /// when a process fails to start a Process object while it is still importing the main module (booted, its own
    /// run() not begun) and the object's name is that of a process of the run. Before run(), a spawn or forkserver
    /// child's current process is the `_MainProcess` with identity () and a fresh `_process_counter`, so its new
    /// Process objects are named `X-1`, `X-2`, … again (process.py `__init__`): the no-guard lesson's child Process-1
    /// made a "Process-1", and each unguarded Pool's worker a "SpawnPoolWorker-1" (r26s_pool_at_import). Nothing
    /// otherwise: a start() twice or a daemon's refused child is the object of that name.
    func sameNameElsewhere(_ index: Int) -> String {
        let events = timeline.events
        let e = events[index]
        guard e.op == "start", let name = e.string(EventField.name) else { return "" }
        var booted = false
        for earlier in events[..<index] where earlier.pid == e.pid {
            if earlier.is(.processStart) { return "" }         // its run() had begun: its names carry its identity
            if earlier.is(.processBoot) { booted = true }
        }
        guard booted else { return "" }
        if e.process == name { return Phrase.evProcessErrorSameNameSelf.text(["caller": e.process]) }
        guard let other = events.first(where: { $0.process == name && $0.pid != e.pid && $0.is(anyOf: [.processBoot, .processStart]) })
        else { return "" }
        return Phrase.evProcessErrorSameNameOther.text(["caller": e.process, "name": name, "pid": other.pid])
    }
}
