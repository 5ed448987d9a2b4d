import TutorCore

extension EventDescriber {
    /// The rows of a fork the program made itself (`os_fork`), of its end as it recorded it (`via`), and of the os
    /// call its parent waited in (`call` on a process event); nil for every other event.
    func handForkEvent(_ e: TraceEvent, child: @autoclosure () -> String) -> String? {
        switch e.known {
        case .processSpawn where e.bool(EventField.osFork) == true:
            return Phrase.evOsFork.text(["name": child(), "pid": e.int(EventField.childPid).map(String.init) ?? "?"])
        case .processExit:
            switch e.string(EventField.via) {
            case "os._exit": return Phrase.evExitViaOsExit.text(["code": e.exitCode.map(String.init) ?? "?"])
            case "uncaught exception" where e.exitCode == 1: return Phrase.evExitUncaught.text()
            default: return nil
            }
        case .processKill, .processTerminate:
            guard e.string(EventField.call) == "os.kill()" else { return nil }
            return Phrase.evOsKill.text(["name": child(), "signal": e.is(.processKill) ? "SIGKILL" : "SIGTERM",
                                         "pid": e.int(EventField.childPid).map(String.init) ?? "?"])
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
