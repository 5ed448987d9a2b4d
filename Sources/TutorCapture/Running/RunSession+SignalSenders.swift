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
    /// mp-tutor at all (guard 23). It is noted for the screen and the run goes on. The signals whose default action
    /// ends mp-tutor (`InterruptCatcher.noticeSignals`) are noted whoever sent them. Ctrl-C, SIGTERM, SIGHUP and
    /// SIGQUIT from anyone else stop the run as before; SIGTSTP, SIGTTIN and SIGTTOU from anyone else stop mp-tutor
    /// as they did before (guard 24), and the run's processes with it (`RunSuspension`: fix 25, guard 26).
    func noteSignal(_ caught: CaughtSignal, nowNs: UInt64) {
        let fromRun = caught.senderPid > 0 && isOfRun(caught)
        if !fromRun && InterruptCatcher.stopSignals.contains(caught.signal) {
            noteInterrupt(caught.signal, nowNs: nowNs)
            return
        }
        if !fromRun && InterruptCatcher.jobControlSignals.contains(caught.signal) {
            // A Ctrl-Z (fix 25), or a background mp-tutor's read or `stty tostop` write (guard 26): the run stops with
            // mp-tutor, as a shell job's processes all stop, and goes on at its `fg` or `bg`.
            if caught.isStaleBackgroundStop { return }
            RunSuspension.whileStopped(sending: caught.signal, sender: caught.senderPid) { catcher?.passOn(caught.signal) }
            return
        }
        guard noticed.count < ReceivedSignal.limit else {
            noticedDropped += 1
            return
        }
        noticed.append(ReceivedSignal(signal: caught.signal, name: Self.name(of: caught.signal), senderPid: caught.senderPid, fromRun: fromRun,
                                      atNs: nowNs >= child.startedAtNs ? nowNs - child.startedAtNs : 0,
                                      relation: fromRun ? relation(of: caught.senderPid) : nil))
    }

    /// Why `os.getppid()` in a sender of the run named mp-tutor: the main process is mp-tutor's child; any other
    /// process whose parent is mp-tutor was adopted (mp-tutor is the child subreaper). Nil when `/proc` cannot tell
    /// (the sender is gone, or found mp-tutor's pid another way).
    private func relation(of pid: Int32) -> ReceivedSignal.Relation? {
        if pid == child.pid { return .parent }
        return ProcessTable.entry(of: pid)?.ppid == ownPid ? .adopter : nil
    }

    /// The names `Format.signalName` lacks (their numbers differ between Linux and macOS).
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGUSR1: "SIGUSR1"
        case SIGUSR2: "SIGUSR2"
        case SIGVTALRM: "SIGVTALRM"
        case SIGPROF: "SIGPROF"
        case SIGXCPU: "SIGXCPU"
        case SIGIO: "SIGIO"
        case SIGTSTP: "SIGTSTP"
        case SIGTTIN: "SIGTTIN"
        case SIGTTOU: "SIGTTOU"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGFPE: "SIGFPE"
        case SIGSYS: "SIGSYS"
        case SIGTRAP: "SIGTRAP"
        case SIGXFSZ: "SIGXFSZ"
        default: linuxName(of: signal) ?? Format.signalName(signal)
        }
    }

    private static func linuxName(of signal: Int32) -> String? {
        #if os(Linux)
        if signal == SIGPWR { return "SIGPWR" }
        if signal == SIGSTKFLT { return "SIGSTKFLT" }
        let realTime = InterruptCatcher.realTimeSignals
        if signal == realTime.upperBound { return "SIGRTMAX" }
        if realTime.contains(signal) { return signal == realTime.lowerBound ? "SIGRTMIN" : "SIGRTMIN+\(signal - realTime.lowerBound)" }
        #endif
        return nil
    }

    /// The sender was in the run's process group when it signalled, or is a member that left the group.
    private func isOfRun(_ caught: CaughtSignal) -> Bool {
        let pid = caught.senderPid
        if caught.senderGroup == pgid || pid == child.pid { return true }
        if members.contains(where: { $0.pid == pid }) { return true }
        return ProcessTable.environment(of: pid).contains(marker)
    }
}
