import TutorCore

extension TimelineBuilder {
    /// Where each subprocess's stdout and stderr went, when not inherited (`subprocess.spawn`'s `stdout`, `stderr`):
    /// a print row of that process says its text never reached the terminal as the program's does.
    static func subprocessStreams(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [Int32: [String: String]] {
        var found: [Int32: [String: String]] = [:]
        var commands: [Int32: (name: String, argv: [String])] = [:]
        for i in kinds.indices(of: [.subprocessSpawn]) {
            let e = events[i]
            guard let pid = e.childPid else { continue }
            let argv = e.fields[EventField.argv]?.arrayValue?.compactMap(\.stringValue) ?? []
            commands[pid] = ((argv.first?.split(separator: "/").last).map(String.init) ?? "?", argv)
            var streams: [String: String] = [:]
            if let out = e.string(EventField.stdout) { streams["stdout"] = out }
            // stderr=STDOUT goes where stdout goes: nowhere special when stdout was inherited
            if let err = e.string(EventField.stderr) { streams["stderr"] = err == "stdout" ? streams["stdout"] : err }
            // the process that started it (which reads a pipe)
            if !streams.isEmpty { found[pid] = streams.merging(["parent": e.process]) { a, _ in a } }
        }
        guard !found.isEmpty else { return found }
        return inheritedStreams(found, commands: commands, events: events)
    }

    /// A process started by such a subprocess writes where that subprocess's streams go: a child inherits its
    /// parent's stdout and stderr (round 31S: `subprocess.run(["sh", "-c", "python3 -c 'print(…)'"],
    /// capture_output=True)`, the python's "True" read as printed, though it went into the worker's pipe). `via` names
    /// the subprocess it inherited them from. Not claimed when the parent is a shell command that may redirect
    /// (`>`, `|`): the record does not say where the shell sent them.
    private static func inheritedStreams(_ direct: [Int32: [String: String]], commands: [Int32: (name: String, argv: [String])],
                                         events: [TraceEvent]) -> [Int32: [String: String]] {
        var found = direct
        var names: [Int32: String] = [:]       // each process's name, from its first event
        for e in events where names[e.pid] == nil {
            names[e.pid] = e.process
            // a process's first event comes after its parent's start; a parent with streams of its own passes them on
            guard found[e.pid] == nil, let streams = found[e.ppid], e.ppid != e.pid,
                  !(commands[e.ppid].map { mayRedirect($0.argv) } ?? false)
            else { continue }
            var inherited = streams
            if inherited["via"] == nil {
                inherited["via"] = "\(commands[e.ppid]?.name ?? names[e.ppid] ?? "?") pid \(e.ppid)"
            }
            found[e.pid] = inherited
        }
        return found
    }

    /// A shell's `-c` command that may send a stream elsewhere: a `>` or `|` outside quotes (in
    /// `python3 -c 'print(os.getpid() > 0)'` the `>` is the program's text, not the shell's). Any other command
    /// starts its children with the streams it was given.
    private static func mayRedirect(_ argv: [String]) -> Bool {
        guard let shell = argv.first?.split(separator: "/").last, ["sh", "bash", "dash", "zsh", "ksh"].contains(String(shell)),
              let c = argv.firstIndex(of: "-c"), c + 1 < argv.count else { return false }
        var quote: Character? = nil
        var escaped = false
        for ch in argv[c + 1] {
            if escaped { escaped = false; continue }
            switch (quote, ch) {
            case (nil, "\\"), ("\"", "\\"): escaped = true
            case (nil, "'"), (nil, "\""): quote = ch
            case ("'", "'"), ("\"", "\""): quote = nil
            case (nil, ">"), (nil, "|"): return true
            default: break
            }
        }
        return false
    }
}
