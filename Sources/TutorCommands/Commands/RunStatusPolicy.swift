import TutorCapture

/// How the end of a live run becomes mp-tutor's exit status.
enum RunStatusPolicy: Sendable {
    /// A lesson's demo is shown, not passed on: 0 when it ran, whatever it did.
    case lesson
    /// `trace` passes the program's status on, as `time(1)` does.
    case program

    /// 128+N when signal N stopped mp-tutor (Ctrl-C: 130, SIGTERM: 143, SIGHUP: 129), then:
    /// - lesson: 74 (EX_IOERR) when the temporary folder ran out of space, 1 when the tracer did not
    ///   start, else 0;
    /// - program: 124 when the watchdog stopped it (as `timeout(1)`), else its own code, or 128+N when
    ///   signal N ended it; 74 instead of 0 when the temporary folder ran out of space.
    func status(_ result: TracedRun.Result) -> Int32 {
        let outcome = result.outcome
        if outcome.interrupted { return Self.interrupted(outcome) }
        let outOfSpace = !result.outOfSpacePids.isEmpty
        switch self {
        case .lesson:
            return outOfSpace ? 74 : result.tracerSilent ? 1 : 0
        case .program:
            if outcome.timedOut { return 124 }
            let status: Int32
            switch outcome.termination {
            case let .exited(code): status = code
            case let .signaled(signal): status = 128 + signal
            }
            return status == 0 && outOfSpace ? 74 : status
        }
    }

    /// 128+N for the signal that stopped the run (SIGINT when not known).
    static func interrupted(_ outcome: RunOutcome) -> Int32 {
        128 + (outcome.interruptSignal ?? 2)
    }
}
