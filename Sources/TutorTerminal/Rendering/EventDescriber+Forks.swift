import TutorCore

extension EventDescriber {
    /// The rows of a fork the program made itself (`os_fork`), of its end as it recorded it (`via`), and of the os
    /// call its parent waited in (`call` on a process event); nil for every other event.
    func handForkEvent(_ e: TraceEvent, child: @autoclosure () -> String) -> String? {
        switch e.known {
        case .processSpawn where e.bool(EventField.osFork) == true:
            return Phrase.evOsFork.text(["name": child(), "pid": e.int(EventField.childPid).map(String.init) ?? "?"])
        case .processExit:
            return handForkExit(e)
        case .processKill, .processTerminate:
            guard let call = e.string(EventField.call), call == "os.kill()" || call == "os.killpg()" else { return nil }
            return osSignal(e, call: call, signal: e.is(.processKill) ? "SIGKILL" : "SIGTERM", child: child())
        case .processSignal:
            let number = e.int(EventField.signum) ?? -1
            let signal = number == 0 ? "0" : (e.string(EventField.signame) ?? "signal \(number)")
            let call = e.string(EventField.call) ?? "os.kill()"
            // a probe sends nothing: its call as written, never "sent to" (gaps 11A)
            let row = number == 0 && call == "os.kill()"
                ? Phrase.evSignalProbeCall.text(["pid": e.int(EventField.childPid).map(String.init) ?? "?"]) + " → " + child()
                : osSignal(e, call: call, signal: signal, child: child())
            switch e.string(EventField.signame) {
            case _ where number == 0: return row + Phrase.evSignalProbe.text()
            case "SIGSTOP": return row + Phrase.evSignalStop.text()
            case "SIGCONT": return row + Phrase.evSignalCont.text()
            default:
                // read from the child's SigIgn mask as it was sent (gaps 18B): a Pool initializer's SIG_IGN
                guard e.bool(EventField.ignored) == true else { return row }
                return row + Phrase.evSignalIgnored.text(["name": child(), "signal": signal])
            }
        case .processSignalSelf:
            return selfSignal(e)
        case .processInterruptMain:
            return interruptMainRow(e)      // gaps 36B
        case .signalSet:
            return signalSetRow(e)
        case .importLockHeld:
            return Phrase.evImportLockHeld.text(["module": e.string(EventField.module) ?? "?",
                                                 "holder": e.string(EventField.holder) ?? "?", "parent": forkParent(of: e)])
        case .processSignalSent:
            return signalSentRow(e)
        case .signalHandler, .signalHandlerEnd:
            return signalHandlerRow(e)
        case .processJoinWait, .processJoin, .processReaped:
            guard let call = e.string(EventField.call) else { return nil }
            if e.is(.processJoinWait) { return Phrase.evOsWaitWait.text(["call": call, "name": child()]) }
            if e.is(.processJoin) { return Phrase.evOsWaitReturned.text(["call": call, "name": child(), "waited": waited(e)]) }
            return Phrase.evOsWaitReaped.text(["call": call, "name": child(), "code": e.exitCode.map(String.init) ?? "?"])
        default:
            return nil
        }
    }
}

private extension EventDescriber {
    /// A hand-forked child's own end, as it recorded it (`via`); nil for any other process.exit.
    func handForkExit(_ e: TraceEvent) -> String? {
        let code = e.exitCode.map(String.init) ?? "?"
        switch e.string(EventField.via) {
        // the code as the program gave it: os._exit(257) is status 1, kept in asked_exitcode
        case "os._exit": return Phrase.evExitViaOsExit.text(["code": e.int(EventField.askedExitCode).map(String.init) ?? code])
        case "uncaught exception" where e.exitCode == 1: return Phrase.evExitUncaught.text()
        case "uncaught KeyboardInterrupt": return Phrase.evExitKeyboardInterrupt.text()
        case "end of script" where e.exitCode == 0: return Phrase.evExitEndOfScript.text()
        case "last thread ended" where e.exitCode == 0: return Phrase.evExitLastThread.text()
        case "sys.exit()": return Phrase.evExitSysExitArg.text(["arg": e.string(EventField.exitArg) ?? "…", "code": code])
        case "SystemExit" where e.exitCode == nil: return Phrase.evExitSystemExitUnknown.text()
        default: return nil
        }
    }

    /// `os.kill(pid N, SIGNAL) → name`, or `os.killpg(…)` (the child was in the group it signalled).
    func osSignal(_ e: TraceEvent, call: String, signal: String, child: String) -> String {
        let pid = e.int(EventField.childPid).map(String.init) ?? "?"
        if call == "os.killpg()" { return Phrase.evOsKillpg.text(["name": child, "signal": signal, "pid": pid]) }
        return Phrase.evOsKill.text(["name": child, "signal": signal, "pid": pid])
    }
}

private extension EventDescriber {
    /// The name of the process a forked child came from, as that process's own events call it (its pid otherwise).
    func forkParent(of e: TraceEvent) -> String {
        guard let start = timeline.events.first(where: { $0.pid == e.ppid }) else { return "pid \(e.ppid)" }
        return "\(start.process)"
    }
}
