/// One process, one exit. A process records its own `process.exit` as it begins to exit, but it can still be
/// ended otherwise after that (a Pool's `terminate()` sends SIGTERM to a worker in its exit cleanup: it wrote
/// code 0, its parent saw -15). Its parent's `process.reaped` is what really happened, so no event of the
/// process may keep an `exitcode` that contradicts it:
/// - a contradicted self-reported `process.exit` becomes what it was, `process.exiting`, with the code it
///   began to exit with in `began_exitcode`;
/// - a contradicted `process.run.end` keeps what `run()`'s outcome gave in `run_exitcode`;
/// and both carry the real end in `exitcode`. The parent's event is the process's one exit. Idempotent, so it
/// runs in the merger and again in the reader (older transcripts hold the self-reported code in `exitcode`).
public enum ExitReconciler {
    public static let exiting = EventKind.processExiting

    /// Rewrites contradicted exit codes in place; returns how many events changed.
    @discardableResult
    public static func reconcile(_ events: inout [TraceEvent]) -> Int {
        var changed = keepLowByte(&events)
        let seen = realEnds(events)
        guard !seen.isEmpty else { return changed }
        for i in events.indices {
            // Only a process's own end carries the code to reconcile: the kind first, a number compared.
            switch events[i].known {
            case .processExit?, .processExiting?, .processRunEnd?: break
            default: continue
            }
            guard let real = seen[events[i].pid], let code = events[i].exitCode, code != real else { continue }
            switch events[i].known {
            case .processExit where events[i].observedBy == nil:
                events[i].kind = exiting.rawValue
                events[i].fields[EventField.beganExitCode] = .int(code)
            case .processExiting where events[i][EventField.beganExitCode] == nil:
                events[i].fields[EventField.beganExitCode] = .int(code)
            case .processRunEnd where events[i][EventField.runExitCode] == nil:
                events[i].fields[EventField.runExitCode] = .int(code)
            default:
                continue
            }
            events[i].fields[EventField.exitCode] = .int(real)
            changed += 1
        }
        return changed
    }

    /// A process that exits with a code outside 0...255 (`sys.exit(256)`, `os._exit(-1)`) ends with its low 8 bits as
    /// its status: that is its exit code (a negative one would read as a signal). The code it asked for is kept in
    /// `asked_exitcode`. Only a process's own record, not yet reconciled against its parent's (whose codes are real).
    static func keepLowByte(_ events: inout [TraceEvent]) -> Int {
        var changed = 0
        for i in events.indices {
            switch events[i].known {
            // (`signal`: an end by a signal, which mp-tutor observed: its negative code is the signal's)
            case .processExit? where events[i].observedBy == nil && events[i][EventField.signal] == nil: break
            case .processRunEnd? where events[i][EventField.runExitCode] == nil: break
            default: continue
            }
            guard let code = events[i].exitCode, !(0...255).contains(code), events[i][EventField.askedExitCode] == nil else { continue }
            events[i].fields[EventField.askedExitCode] = .int(code)
            events[i].fields[EventField.exitCode] = .int(code & 0xFF)
            changed += 1
        }
        return changed
    }

    /// How each child really ended, as its parent's `process.reaped` saw (pid → exit code).
    public static func realEnds(_ events: [TraceEvent]) -> [Int32: Int64] {
        var seen: [Int32: Int64] = [:]
        for at in events.indices(of: .processReaped) {
            let e = events[at]
            // the first reap: a later one by another thread is not the end (a forkserver child's second poll() stores 255)
            if let child = e.childPid, let code = e.exitCode, seen[child] == nil { seen[child] = code }
        }
        return seen
    }

    /// The kinds a process records about its own end, which carry its exit code.
    public static let ownEndKinds: Set<EventKind> = [.processExit, .processExiting, .processRunEnd]
}
