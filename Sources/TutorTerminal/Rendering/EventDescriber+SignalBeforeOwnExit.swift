import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// What a terminate()/kill() row adds when the record shows the signal ended nothing: the target's exit had begun
    /// before the call (`alreadyExited`), or it came after the call, by itself (`signalBeforeOwnExit`).
    func signalEndedNothing(_ index: Int) -> String {
        let before = alreadyExited(index)
        guard before.isEmpty else { return before }
        let after = signalBeforeOwnExit(index)
        return after.isEmpty ? endedByAnotherSignal(index) : after
    }

    /// ": this signal did not end it: its parent saw it ended by SIGSEGV (exitcode -11); a SIGTERM that ended it would
    /// have given -15" for a terminate()/kill() whose target its parent then saw ended by another signal. A broken
    /// ProcessPoolExecutor terminate()s every worker, the one whose death broke it too (r32h_executor_segfault_retry):
    /// the row alone read as if the SIGTERM had ended a worker that had segfaulted. Whatever the target did with the
    /// signal (a handler, SIG_IGN), an end by another signal is not this one's: no timing is claimed.
    func endedByAnotherSignal(_ index: Int) -> String {
        let e = timeline.events[index]
        guard let pid = e.int(EventField.childPid).map({ Int32(clamping: $0) }),
              let seen = timeline.process(pid: pid)?.exitCode, seen < 0, seen >= -64 else { return "" }
        let signal: Int32 = e.known == .processKill ? 9 : 15
        guard seen != -Int64(signal) else { return "" }
        return Phrase.evSignalOtherEnd.text([
            "ended": Format.signalName(Int32(-seen)), "code": seen, "signal": Format.signalName(signal), "killed": -Int64(signal),
        ])
    }

    /// ": this signal ended nothing: ForkPoolWorker-1 went on to exit by itself at 0.946 s with code 0, …" for a
    /// terminate()/kill() whose target recorded its own exit after the row, with the code its parent then saw (0 or
    /// above; a signal that ended it would have given minus its number). The row is written just before the signal is
    /// sent (the tracer's `signaller`), so a Pool worker that read its sentinel and left while `_terminate_pool`
    /// signalled the workers one by one read as if the SIGTERM had ended it (r31_trapezoid_starmap, fork).
    /// "If it was sent at all": Popen sends nothing to a child another thread has reaped meanwhile, and that reap's
    /// event can come after the row.
    /// No claim when the target ran a handler for that signal, or the run set that signal's disposition (SIG_IGN is
    /// inherited under fork): then the signal may be what made it exit.
    func signalBeforeOwnExit(_ index: Int) -> String {
        let e = timeline.events[index]
        guard let pid = e.int(EventField.childPid).map({ Int32(clamping: $0) }),
              let seen = timeline.process(pid: pid)?.exitCode, seen >= 0 else { return "" }
        let events = timeline.events
        guard index + 1 < events.count, let own = events[(index + 1)...].first(where: {
            $0.pid == pid && $0.known == .processExit && $0.string(EventField.observedBy) == nil
        }), let code = own.exitCode, code == seen else { return "" }
        let signal: Int32 = e.known == .processKill ? 9 : 15
        let handled = timeline.indices(of: .signalHandler, .signalSet).contains {
            let s = events[$0]
            return s.int(EventField.signum) == Int64(signal) && (s.known == .signalSet || s.pid == pid)
        }
        guard !handled else { return "" }
        return Phrase.evSignalBeforeOwnExit.text([
            "name": e.string(EventField.name) ?? "?", "at": Format.seconds(own.t), "code": code,
            "signal": Format.signalName(signal), "killed": -Int64(signal),
        ])
    }
}
