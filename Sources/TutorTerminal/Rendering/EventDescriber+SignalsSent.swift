import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of `os.kill(pid, sig)` to a process that is neither the sender nor a child it knows (round 10B,
    /// r10b_sibling_signals: a child's signals to its siblings had no row, and the note on the one SIGTERM ended
    /// said "the process may have signalled itself, or another program did"). The target is named from the run's
    /// processes by its pid, with how it relates to the sender, when the record shows it.
    func signalSentRow(_ e: TraceEvent) -> String {
        let number = e.int(EventField.signum) ?? -1
        if let group = e.int(EventField.toPgid) { return groupSignalRow(e, group: group, signum: number) }
        let signal = number == 0 ? "0" : e.string(EventField.signame) ?? "signal \(number)"
        let pid = e.int(EventField.toPid) ?? -1
        // a probe (signal 0, gaps 11A) delivers nothing: the row says so, and what the call found
        let probe = e.bool(EventField.probe) == true ? Phrase.evSignalProbe.text() + probeOutcome(e) : ""
        // a probe's call as written (a wording "sends 0" would say something was sent)
        let row = (probe.isEmpty ? Phrase.evSignalSentOther : Phrase.evSignalProbeCall).text(["pid": pid, "signal": signal])
        guard let target = timeline.signalTarget(pid: pid, from: e.pid) else {
            // a command the sender started with subprocess (subprocess.run's timeout kills it: round 20) is a process
            // of the run too, though not a multiprocessing one
            let started = timeline.events.contains { $0.is(.subprocessSpawn) && $0.pid == e.pid && $0.int(EventField.childPid) == pid && $0.t <= e.t }
            return row + (started ? Phrase.evSignalSentSubprocess : Phrase.evSignalSentUnknown).text(["pid": pid]) + probe
        }
        let relation: Phrase = switch target.relation {
        case .parent: .evSignalSentParent
        case .sibling: .evSignalSentSibling
        case .other: .evSignalSentRunProcess
        case .starter: .evSignalSentStarter
        }
        return row + relation.text(["name": target.name]) + probe
    }
}

private extension EventDescriber {
    /// os.killpg(pgid, sig) or os.kill(0 or -pgid, sig): the whole group gets it; which processes of the run are in
    /// it is not recorded (gaps 11A), only whether the sender is.
    func groupSignalRow(_ e: TraceEvent, group: Int64, signum: Int64) -> String {
        let call = e.string(EventField.call) ?? "os.killpg()"
        if signum == 0 { return Phrase.evSignalProbeGroup.text(["call": call, "pgid": group]) }
        let signal = e.string(EventField.signame) ?? "signal \(signum)"
        return Phrase.evSignalSentGroup.text(["call": call, "signal": signal, "pgid": group])
            + (e.bool(EventField.ownGroup) == true ? Phrase.evSignalSentOwnGroup.text() : "") + groupMembers(e)
    }

    /// The run's processes in the group as the signal was sent (gaps 12A; recorded on Linux only), by name.
    func groupMembers(_ e: TraceEvent) -> String {
        guard let pids = StateQueries.groupMembers(e) else { return "" }
        if pids.isEmpty { return Phrase.evSignalGroupNoMembers.text() }
        let names = pids.prefix(8).map { pid in timeline.signalTarget(pid: Int64(pid), from: e.pid)?.name ?? "pid \(pid)" }
        return Phrase.evSignalGroupMembers.text(["names": names.joined(separator: Phrase.listComma.text()) + (pids.count > 8 ? Phrase.listComma.text() + "…" : "")])
    }

    /// What a probe found: the process exists (the call returned), or the error the call raised.
    func probeOutcome(_ e: TraceEvent) -> String {
        switch e.string(EventField.error) {
        case nil: return Phrase.evSignalProbeExists.text()
        case "ProcessLookupError": return Phrase.evSignalProbeNoProcess.text()
        case let error?: return Phrase.evSignalProbeError.text(["error": error])
        }
    }
}
