import TutorCore

extension StateQueries {
    /// The line `input()` raises in a process whose standard input ended: CPython's builtin writes exactly this text.
    static let inputEOFLine = "EOFError: EOF when reading a line"

    /// True when the event at `step` is the last line of a traceback on stderr, `EOFError: EOF when reading a line`, in a
    /// process multiprocessing started (role `child` or `manager`, not an `os.fork()` by hand), and that traceback
    /// (its lines since the process's last "Traceback (most recent call last):") quotes a call of `input(`.
    ///
    /// multiprocessing's `process.py` `_bootstrap` closes every such child's `sys.stdin` and opens `os.devnull` in its
    /// place before `run()`: `input()` there finds the end of the file at once (g10a_child_input_eof).
    static func inputEOFInChild(at step: Int, in events: [TraceEvent]) -> Bool {
        guard events.indices.contains(step) else { return false }
        let e = events[step]
        guard e.is(.print), e.string(EventField.stream) == "stderr", e.text == inputEOFLine,
              let start = events[..<step].last(where: { $0.is(.processStart) && $0.pid == e.pid }),
              ["child", "manager"].contains(start.role ?? ""), start.bool(EventField.osFork) != true else { return false }
        var quotesInput = false
        for before in events[..<step].reversed() where before.pid == e.pid && before.thread == e.thread {
            guard before.is(.print), before.string(EventField.stream) == "stderr", let text = before.text else { continue }
            if text.hasPrefix("Traceback (most recent call last):") { return quotesInput }
            if text.hasPrefix("    "), text.contains("input(") { quotesInput = true }
        }
        return false
    }
}
