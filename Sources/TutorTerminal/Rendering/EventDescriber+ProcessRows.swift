import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A process's rows: its start, spawn, run, signals, exit and reaping, the start method and its settings, exec
    /// and subprocesses, and the helper processes multiprocessing launches.
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func processRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        // Made only for the rows that name a child (a pool's or queue's row has no name: this was a text per event).
        lazy var child = e.name ?? Phrase.evChild.text()
        switch e.known {
        case .processStart:
            return startedRow(e)
        case .processSpawn:
            return Phrase.evSpawn.text(["name": child, "pid": number(e, "child_pid")])
                + (e.bool(EventField.daemon) == true ? Phrase.evDaemonMark.text() : "")
                + (e.bool(EventField.noTarget) == true ? Phrase.evSpawnNoTarget.text() : "")
                + spawnTarget(e) + spawnRunOwner(e)
                + (StateQueries.contextMethod(at: index, in: timeline).map {
                    Phrase.evSpawnContextMethod.text(["method": $0.method, "default": $0.fallback]) } ?? "")
                + (StateQueries.workerReplacedAtShutdown(at: index, in: timeline).map {
                    Phrase.evSpawnReplacesAtShutdown.text(["executor": $0.executor, "old": $0.old, "n": $0.maxTasks,
                                                           "time": Format.seconds($0.shutdownAt), "name": child]) } ?? "")
                + replacedAfterMaxTasks(index, name: child)
        case .processExit:
            // An exception escaped _bootstrap's cleanup after run() (the tracer says which): that is the exit code 1.
            if let error = e.string(EventField.error), let code = e.exitCode, code > 0 {
                return Phrase.evExitedEscaped.text(["code": code, "error": error])
            }
            return ended(code: e.exitCode) + (e.int(EventField.askedExitCode).map { Phrase.evExitAskedParen.text(["asked": $0]) } ?? "")
        case .processReaped:
            if let by = e.string(EventField.reapedBy) { return reapedBy(by, index, child: child) }
            return Phrase.evReaped.text(["name": child, "code": number(e, "exitcode")])
        case .processJoin:
            if e.bool(EventField.timedOut) == true {
                return Phrase.evJoinGaveUp.text(["name": child, "timeout": e[EventField.timeout]?.displayText ?? "?", "waited": waited(e)])
            }
            return Phrase.evJoin.text(["name": child, "waited": waited(e)])
        case .processKilled:
            return Phrase.evKilled.text()
        case .processRun:
            return Phrase.evRunDirect.text(["name": e.name ?? "process"])
        case .processRunEnd: return runEndRow(e)
        case .processJoinWait where e.bool(EventField.implicit) == true:
            return Phrase.evImplicitJoin.text(["name": child])
        case .processJoinWait:
            return Phrase.evJoinWait.text(["name": child, "timeout": timeout(e)])
        case .processTerminate where e.bool(EventField.atExit) == true:
            return Phrase.evExitTerminate.text(["name": child, "pid": number(e, "child_pid")])
        case .processTerminate:
            return Phrase.evTerminate.text(["name": child, "pid": number(e, "child_pid")]) + signalEndedNothing(index)
        case .processKill:
            return Phrase.evKill.text(["name": child, "pid": number(e, "child_pid")]) + signalEndedNothing(index)
        case .processError:
            return closedCallRow(e, index: index) ?? processError(e, index: index)
        case .processSetting: return processSetting(e)
        case .processAttrSet: return attrSetRow(index)
        case .processPrepNoMain: return Phrase.evPrepNoMain.text(["name": e.name ?? "?"])
        case .processAtexitSkipped: return atexitSkippedRow(e)
        case .processAtexitRun: return atexitRunRow(e, index: index)
        case .processMainEnd: return mainEndRow(e)
        case .helperLaunch: return helperLaunchRow(e)
        case .processBoot: return childBootRow(e)
        case .processStartMethod:
            let call = "set_start_method(\"\(e.method ?? "?")\")"
            // A call that raised (the context was already set, or an unknown method) set nothing: say so, not just the call.
            guard e.ok == false else { return startMethodSet(e) }
            return Phrase.evStartMethodRaised.text(["call": call, "error": e.string(EventField.error) ?? "?"])
        case .processStartMethodFixed:
            return Phrase.evStartMethodFixed.text(["call": e.string(EventField.call) ?? "get_start_method()", "method": e.method ?? "?"])
        case .subprocessSpawn:
            let argv = e.fields[EventField.argv]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            return Phrase.evSubprocess.text(["pid": number(e, "child_pid"), "argv": argv])
        case .subprocessExit:
            return Phrase.evSubprocessExit.text(["pid": number(e, "child_pid"), "code": number(e, "returncode")])
        case .processExec:
            // Stamped before the call: on success it never returns, and the lane goes on with the new program.
            let argv = e.fields[EventField.argv]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? "?"
            let call = e.string(EventField.call) ?? "os.execv()"
            if let error = e.string(EventField.error) { return Phrase.evExecFailed.text(["call": call, "error": error]) }
            return Phrase.evExec.text(["call": call, "argv": argv])
        case .processParentAlive: return parentAlive(e)
        case ExitReconciler.exiting: return exitingRow(e)
        default: return nil
        }
    }
}
