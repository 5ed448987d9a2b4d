#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension RunSuspension.Stop {
    /// The stop as two events of the run's main process, written by mp-tutor's supervisor (gaps 27B): `run.stopped` when
    /// the run's processes were stopped and `run.continued` when they were continued, each with the signal's name and
    /// the time stopped. Without them a timeline had a gap of that length that no row explained.
    func observations(mainPid: Int32) -> [Observation] {
        var fields = JSONObject([(EventField.signame, .string(Self.name(of: signal))),
                                 (EventField.durationNs, .int(Int64(clamping: continuedAtNs &- stoppedAtNs)))])
        // A stop someone sent with kill() (`kill -TSTP` from another terminal) is not a Ctrl-Z (gaps 28C).
        if senderPid > 0 { fields[EventField.senderPid] = .int(Int64(senderPid)) }
        return [Observation(pid: mainPid, t: stoppedAtNs, kind: .runStopped, fields: fields),
                Observation(pid: mainPid, t: continuedAtNs, kind: .runContinued, fields: fields)]
    }

    /// The signal's name, the same on every system (its number is not: SIGTSTP is 20 on Linux, 18 on macOS).
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGTSTP: "SIGTSTP"
        case SIGTTIN: "SIGTTIN"
        case SIGTTOU: "SIGTTOU"
        case SIGSTOP: "SIGSTOP"
        default: "signal \(signal)"
        }
    }
}
