#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension RunSession {
    /// A signal mp-tutor caught during the run. One sent by a process of the run is never a stop request: mp-tutor
    /// stands where the program's launcher (for the main process) or an orphan's adopter (mp-tutor is the child
    /// subreaper) would be, so `os.getppid()` there names mp-tutor; untraced the signal would not have reached
    /// mp-tutor at all (guard 23). It is noted for the screen and the run goes on. SIGUSR1, SIGUSR2 and SIGALRM
    /// are noted whoever sent them. Ctrl-C, SIGTERM and SIGHUP from anyone else stop the run as before.
    func noteSignal(_ caught: CaughtSignal, nowNs: UInt64) {
        let fromRun = caught.senderPid > 0 && isOfRun(caught)
        if !fromRun && InterruptCatcher.stopSignals.contains(caught.signal) {
            noteInterrupt(caught.signal, nowNs: nowNs)
            return
        }
        noticed.append(ReceivedSignal(signal: caught.signal, name: Self.name(of: caught.signal), senderPid: caught.senderPid, fromRun: fromRun,
                                      atNs: nowNs >= child.startedAtNs ? nowNs - child.startedAtNs : 0))
    }

    /// The names `Format.signalName` lacks (their numbers differ between Linux and macOS).
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGUSR1: "SIGUSR1"
        case SIGUSR2: "SIGUSR2"
        default: Format.signalName(signal)
        }
    }

    /// The sender was in the run's process group when it signalled, or is a member that left the group.
    private func isOfRun(_ caught: CaughtSignal) -> Bool {
        let pid = caught.senderPid
        if caught.senderGroup == pgid || pid == child.pid { return true }
        if members.contains(where: { $0.pid == pid }) { return true }
        return ProcessTable.environment(of: pid).contains(marker)
    }
}
