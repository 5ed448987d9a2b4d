import TutorCore

extension StateQueries {
    /// A process's run() ended by a KeyboardInterrupt that Python's SIGINT handler raised (gaps 34A), and which SIGINT
    /// the record says it was.
    public struct ChildInterrupt: Sendable, Equatable {
        /// Who sent the SIGINT, as far as the record shows.
        public enum Sender: Sendable, Equatable {
            /// The program's own recorded signal to that process (`process.signal`, `process.signal.sent`, `process.signal.self`),
            /// or its own `_thread.interrupt_main()` call (`process.interrupt_main`, gaps 36B).
            case recorded(step: Int)
            /// mp-tutor passed a Ctrl-C on to the run's process group at this time (ns since the run started).
            case ctrlC(atNs: Int64)
            /// Neither: a SIGINT from outside the record.
            case unknown
        }
        public let sender: Sender
        /// run() raised another exception while handling the KeyboardInterrupt (`context`); false: it was uncaught.
        public let handled: Bool
    }

    /// The event at `step` is a `process.run.end` whose KeyboardInterrupt (raised, or the `context` of what was raised)
    /// has `interrupt` "signal", in a process whose SIGINT disposition the program left alone: no `signal.set` of SIGINT
    /// and no run of a SIGINT handler of its own (`signal.handler`) in it before `step`, nor, for a fork child, in its
    /// parent before the fork (a fork child inherits them; spawn's and forkserver's children start with Python's own
    /// handler). Nil when two SIGINTs (a recorded one and a Ctrl-C) both came before the end: the record does not say
    /// which one raised it.
    static func childInterrupt(at step: Int, in events: [TraceEvent], run: RunFacts?) -> ChildInterrupt? {
        guard events.indices.contains(step) else { return nil }
        let e = events[step]
        let raised = e.string(EventField.raised)
        guard e.is(.processRunEnd), e.string(EventField.interrupt) == "signal", let raised else { return nil }
        let handled = raised != "KeyboardInterrupt"
        guard !handled || e.string(EventField.context) == "KeyboardInterrupt" else { return nil }
        func setsSigint(_ pid: Int32, before end: Int) -> Bool {
            // a handler of the program's own for SIGINT ran there (it may have called default_int_handler itself)
            events[..<end].contains { $0.pid == pid && ($0.is(.signalSet) || $0.is(.signalHandler)) && $0.int(EventField.signum) == 2 }
        }
        guard !setsSigint(e.pid, before: step) else { return nil }
        if let spawn = events[..<step].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == e.pid }),
           events[spawn].method == "fork", setsSigint(events[spawn].pid, before: spawn) { return nil }
        let sent = events[..<step].lastIndex { isSigint($0, to: e.pid) }
        let ctrlC = run.flatMap { $0.interrupted ? $0.interruptSentNs : nil }.flatMap { $0 <= e.t ? $0 : nil }
        switch (sent, ctrlC) {
        case (_?, _?): return nil
        case let (step?, nil): return ChildInterrupt(sender: .recorded(step: step), handled: handled)
        case let (nil, at?): return ChildInterrupt(sender: .ctrlC(atNs: at), handled: handled)
        case (nil, nil): return ChildInterrupt(sender: .unknown, handled: handled)
        }
    }

    /// A recorded SIGINT to `pid` that its receiver did not ignore: to it (`process.signal`, not `ignored`), to it or
    /// a group it was in (`process.signal.sent`), or by itself (`process.signal.self`).
    private static func isSigint(_ e: TraceEvent, to pid: Int32) -> Bool {
        guard e.int(EventField.signum) == 2 else { return false }
        if e.is(.processSignal) { return e.childPid == pid && e.bool(EventField.ignored) != true }
        if e.is(.processSignalSelf) { return e.pid == pid }
        // gaps 36B: its own _thread.interrupt_main() with Python's handler in place (else it does nothing)
        if e.is(.processInterruptMain) { return e.pid == pid && e.string(EventField.handler) == "keyboard_interrupt" }
        return e.is(.processSignalSent) && (e.int(EventField.toPid) == Int64(pid) || groupMembers(e)?.contains(pid) == true)
    }
}
