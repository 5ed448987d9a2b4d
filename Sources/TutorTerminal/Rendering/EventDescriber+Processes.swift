import TutorCore
import TutorAnalysis

/// Rows of a Process object and of the settings that start processes: a Process call that failed, set_executable()
/// and set_forkserver_preload(), and a terminate()/kill() that reached a process already exited.
extension EventDescriber {
    /// A Process call the program made wrongly: the row names the process (two objects' `start() failed` rows read
    /// the same before); an object that never ran Process.__init__ has no name, and the row says so.
    /// A start() that failed in a child still importing the main module names whose object it was, before the error
    /// (whose text runs long), when another process of the run bears the same name (`sameNameElsewhere`).
    func processError(_ e: TraceEvent, index: Int) -> String {
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "op": e.op ?? "call", "name": (e.string(EventField.name) ?? "?") + sameNameElsewhere(index),
            "error": e.string(EventField.error) ?? "error",
        ]
        guard e.string(EventField.name) != nil else { return Phrase.evError.text(values) }
        return (e.bool(EventField.unnamed) == true ? Phrase.evProcessErrorUnnamed : Phrase.evProcessError).text(values) + startArgument(e) + notParent(e)
            + daemonNoChildrenWhy(e)
    }

    /// set_executable() or set_forkserver_preload(), with the value it was given.
    func processSetting(_ e: TraceEvent) -> String {
        let value = e.string(EventField.value) ?? "?"
        return (e.string(EventField.call) == "set_executable()" ? Phrase.evSetExecutable : .evSetPreload).text(["value": value])
    }

    /// ": its exit had begun at 0.321 s (code 0, …) and it was not yet reaped, so this signal ended nothing" for a
    /// terminate()/kill() whose target had recorded its own exit before the call and whose parent later saw that same
    /// exit code (a broken executor terminates every worker, gone or not). The child's `process.exit` is written just
    /// before its `os._exit`, so the record shows its exit begun, not over: a Pool's `_terminate_pool` signals only a
    /// worker whose `exitcode` poll (waitpid WNOHANG) found it not yet ended (gaps 22A, r21_get_in_submit_loop), and
    /// whether it was a zombie at the kill is not recorded.
    /// Nothing when the exit is not in the record, or when the end the parent saw differs (the signal may have ended it).
    func alreadyExited(_ index: Int) -> String {
        let e = timeline.events[index]
        guard let pid = e.int(EventField.childPid).map({ Int32(clamping: $0) }) else { return "" }
        // The end its parent saw first (a look-up): a process the signal ended (a code below 0) or one never seen to
        // end is not this row's case, and the events before the row are not read for it.
        guard let seen = timeline.process(pid: pid)?.exitCode, seen >= 0 else { return "" }
        let own = timeline.events[..<index].last {
            $0.pid == pid && $0.known == .processExit && $0.string(EventField.observedBy) == nil
        }
        guard let own, let code = own.exitCode, code == seen else { return "" }
        // A process already reaped is not signalled at all (Popen checks its returncode first): not this row's case.
        // (Looked for last: every event before the row, for each terminate() a screen shows.)
        let reaped = timeline.events[..<index].contains {
            $0.known == .processReaped && $0.int(EventField.childPid) == Int64(pid)
        }
        guard !reaped else { return "" }
        return Phrase.evSignalAfterExit.text(["code": code, "at": Format.seconds(own.t)])
    }
}

extension EventDescriber {
    /// The row of run()'s end: returned, raised or ended with a code, and how the process was ended afterwards when
    /// its parent saw another end.
    func runEndRow(_ e: TraceEvent) -> String {
        // `run_exitcode` is there only when the process was then ended otherwise: the row says both.
        let code = e.int(EventField.runExitCode) ?? e.exitCode ?? 0
        // The process's own exit says what ended it when the tracer saw an exception escape the cleanup after run().
        // (Those exits are found once, when the describer is made: the step view drew every screen near a run's end
        // a million events' scan later, and each frame of a find waiting for the index drew one.)
        func exitSaysHow() -> Bool { pidsExitedWithError.contains(e.pid) }
        let then = e.int(EventField.runExitCode) == nil || exitSaysHow() ? "" : e.exitCode.map { real in
            real < 0 ? Phrase.evRunThenSignal.text(["signal": Format.signalName(Int32(clamping: -real)), "real": real])
                : Phrase.evRunThenOther.text(["real": real])
        } ?? ""
        // An exit code of 0 is also what sys.exit(0) gives: "returned" only when it did not raise (older records do not say).
        let raised = e.string(EventField.raised)
        // sys.exit(256): the status the OS keeps, and what was asked
        let codeText = e.int(EventField.askedExitCode).map { Phrase.evExitAsked.text(["code": code, "asked": $0]) } ?? String(code)
        // raised inside an `except`: what it was handling (the record's `context`, fix 35: `except KeyboardInterrupt: sys.exit(130)`)
        let how = raised.map { error in e.string(EventField.context).map {
            Phrase.evRunRaisedWhileHandling.text(["error": error, "context": $0, "code": codeText])
        } ?? Phrase.evRunRaised.text(["error": error, "code": codeText]) }
            ?? (code == 0 ? Phrase.evRunReturned.text() : Phrase.evRunEndedCode.text(["code": codeText]))
        return how + maxTasksEnd(e) + targetMadeWords(e)
            + (e.bool(EventField.direct) == true ? "" : Phrase.evCleaningUp.text()) + then
    }
}
