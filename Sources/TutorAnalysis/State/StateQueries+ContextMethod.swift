import TutorCore

extension StateQueries {
    /// The start method a `process.spawn` at `step` used when it is not the program's default at that moment (round
    /// 22M, r22m_start_method_twice: `get_context("spawn").Process(...)` while the default was fork read "start() →
    /// second pid … · target who", and only the header said a process had been started with spawn). The default is the
    /// main process's own at its start (what mp-tutor was asked for, or the platform's), changed by each
    /// `set_start_method()` that did not raise. Nil when they agree, when either is unknown, and for an `os.fork()`.
    /// A process whose name already says its method (ForkProcess-1, SpawnPoolWorker-2, ForkServerProcess-1: the names a
    /// context gives) is left out too: its row says it already.
    public static func contextMethod(at step: Int, in timeline: Timeline) -> (method: String, fallback: String)? {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.processSpawn), events[step].bool(EventField.osFork) != true,
              let method = events[step].string(EventField.method) else { return nil }
        var fallback: String?
        for e in events[..<step] {
            if e.is(.processStart), e.string(EventField.role) == "main", e.pid == events[step].pid, fallback == nil {
                fallback = e.string(EventField.startMethod)
            } else if e.is(.processStartMethod), e.pid == events[step].pid, e.fields[EventField.ok] == nil || e.bool(EventField.ok) == true,
                      let set = e.string(EventField.method) {
                fallback = set
            }
        }
        guard let fallback, fallback != method else { return nil }
        let prefix = ["fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"][method] ?? "?"
        if let name = events[step].string(EventField.name), name.hasPrefix(prefix),
           method == "forkserver" || !name.hasPrefix("ForkServer") { return nil }
        return (method, fallback)
    }
}
