import TutorCore

/// Rows changed by gaps 8 (issue 11, what round 7 left).
extension EventDescriber {
    /// " (it had already exited, code 0, at 0.321 s: this signal ended nothing)" for a terminate()/kill() whose target
    /// had recorded its own exit before the call and whose parent later saw that same exit code: the signal went to a
    /// process that had ended but was not yet reaped (a broken executor terminates every worker, gone or not).
    /// Nothing when the exit is not in the record, or when the end the parent saw differs (the signal may have ended it).
    func alreadyExited(_ index: Int) -> String {
        let e = timeline.events[index]
        guard let pid = e.int(EventField.childPid).map({ Int32(clamping: $0) }) else { return "" }
        let own = timeline.events[..<index].last {
            $0.pid == pid && $0.known == .processExit && $0.string(EventField.observedBy) == nil
        }
        // A process already reaped is not signalled at all (Popen checks its returncode first): not this row's case.
        let reaped = timeline.events[..<index].contains {
            $0.known == .processReaped && $0.int(EventField.childPid) == Int64(pid)
        }
        guard !reaped, let own, let code = own.exitCode, code >= 0,
              let seen = timeline.process(pid: pid)?.exitCode, seen == code else { return "" }
        return Phrase.evSignalAfterExit.text(["code": code, "at": Format.seconds(own.t)])
    }
}

extension EventDescriber {
    /// Where a subprocess's printed line went when its stream was not inherited (`subprocess.spawn`'s `stdout`/`stderr`):
    /// the tracer records the write, but the text went into its parent's pipe (r7b_subprocess_in_pool), /dev/null or a file.
    func notToTerminal(_ e: TraceEvent) -> String {
        guard let streams = timeline.subprocessStreams[e.pid],
              let place = streams[e.string(EventField.stream) == "stderr" ? "stderr" : "stdout"] else { return "" }
        let parent = streams["parent"] ?? "?"
        switch place {
        case "pipe": return Phrase.evPrintIntoPipe.text(["parent": parent])
        case "devnull": return Phrase.evPrintIntoDevnull.text()
        default: return Phrase.evPrintIntoFile.text(["parent": parent])
        }
    }
}
