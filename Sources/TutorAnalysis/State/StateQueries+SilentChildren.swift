import TutorCore

extension StateQueries {
    /// Children whose start their parent recorded (`process.spawn`) by `step` but that have recorded nothing of their
    /// own by then, and whose end nobody saw (no join or reap of them): started under load, a child's tracer can come
    /// after the watchdog, and such a child may still be about to put, set, notify or wait (round 15H,
    /// r15h_manager_killed_event_wait under forkserver: "no process still running will put anything" while the child
    /// that was to put had been started 0.3 s before).
    static func silentChildren(through step: Int, in events: [TraceEvent]) -> [String] {
        guard events.indices.contains(step) else { return [] }
        var seen: Set<Int32> = []
        var spawned: [(pid: Int32, name: String)] = []
        for e in events[...step] {
            seen.insert(e.pid)
            if e.is(anyOf: [.processJoin, .processReaped]), let child = e.childPid { seen.insert(child) }
            if e.is(.processSpawn), let child = e.childPid { spawned.append((child, e.name ?? "?")) }
        }
        return spawned.filter { !seen.contains($0.pid) }.map(\.name)
    }
}
