import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A thread's rows, a print's, and the run's own (the watchdog, a stop, a tracer patch point missing, an OS state).
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func threadRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        switch e.known {
        case .print: return printRow(e)
        case .printFlush:
            return Phrase.evPrintFlushed.text(["stream": e.string(EventField.stream) == "stderr" ? "stderr" : "stdout"])
        case .printEnd:
            return Phrase.evPrintLineEnded.text(["stream": e.string(EventField.stream) == "stderr" ? "stderr" : "print"])
        case .threadTimer, .threadTimerFire, .threadTimerCancel: return timerRow(e)
        case .threadStart:
            return Phrase.evThreadStart.text(["name": e.name ?? "?"]) + (e.bool(EventField.infra) == true ? Phrase.evInfraThread.text() : "")
                + (e.string(EventField.target) == Self.executorManagerRun ? Phrase.evExecutorManagerThread.text() : "")
                + (e.string(EventField.target) == "BaseEventLoop._do_shutdown" ? Phrase.evAsyncioShutdownThread.text() : "")
                + (e.string(EventField.target) == TraceEvent.loggingListenerTarget ? Phrase.evLoggingListenerThread.text() : "")
        case .threadRename:
            return threadRenameRow(e, index: index)
        case .threadExit:
            // A manager's server names the thread serving a client after that client: it is not the client's thread.
            if let life = timeline.process(pid: e.pid), life.role == "manager" || life.servesManager, let name = e.name, TraceEvent.namesAManagerClient(name) {
                return Phrase.evServerThreadExit.text(["client": name])
            }
            return threadExitRow(e)
        case .runTimeout: return Phrase.evWatchdog.text()
        case .runStopped, .runContinued: return RunStopWords.row(e)
        case .tracerMissing:
            let kinds = e[EventField.events]?.arrayValue?.compactMap(\.stringValue).joined(separator: Phrase.listComma.text()) ?? Phrase.evSomeEvents.text()
            // A patcher that raised on this Python: what it raised, as recorded, not "found no ..." (the module is there).
            if let error = e.string(EventField.error), let patch = e.string(EventField.patch) {
                return Phrase.evTracerPatchFailed.text(["patch": patch, "error": error, "kinds": kinds])
            }
            return Phrase.evTracerMissing.text(["patch": e.string(EventField.patch) ?? Phrase.evPatchPoint.text(), "kinds": kinds])
        case .threadJoinWait, .threadJoin:
            return threadJoinRow(e)
        case .threadShutdownWait:
            // in a multiprocessing child Process._bootstrap() calls it after run(), not the interpreter's exit (round 24F)
            let child = timeline.process(pid: e.pid)?.role == "child"
            return (child ? Phrase.evThreadShutdownWaitChild : .evThreadShutdownWait).text(["threads": RunState.threadsAtExit(e)])
        case .threadShutdownWaited:
            return (e.ok == false ? Phrase.evThreadShutdownRaised : Phrase.evThreadShutdownWaited).text(["waited": waited(e)])
        case .osState:
            return Phrase.evOSState.text(["state": Phrase.osState(e.state ?? "?"), "duration": Format.duration(ns: e.durationNs ?? 0)])
        default: return nil
        }
    }
}
