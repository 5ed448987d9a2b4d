import TutorCore

extension TimelineBuilder {
    /// Where each subprocess's stdout and stderr went, when not inherited (`subprocess.spawn`'s `stdout`, `stderr`):
    /// a print row of that process says its text never reached the terminal as the program's does.
    static func subprocessStreams(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [Int32: [String: String]] {
        var found: [Int32: [String: String]] = [:]
        for i in kinds.indices(of: [.subprocessSpawn]) {
            let e = events[i]
            guard let pid = e.childPid else { continue }
            var streams: [String: String] = [:]
            if let out = e.string(EventField.stdout) { streams["stdout"] = out }
            // stderr=STDOUT goes where stdout goes: nowhere special when stdout was inherited
            if let err = e.string(EventField.stderr) { streams["stderr"] = err == "stdout" ? streams["stdout"] : err }
            // the process that started it (which reads a pipe)
            if !streams.isEmpty { found[pid] = streams.merging(["parent": e.process]) { a, _ in a } }
        }
        return found
    }
}
