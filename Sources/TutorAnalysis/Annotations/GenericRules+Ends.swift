import TutorCore

extension GenericRules {
    /// Processes that ended with an error or a signal. Who sent a signal is said only when the record shows
    /// it (a kill()/terminate() call on that process, its pool's terminate(), the watchdog, Ctrl-C).
    func processEnds() -> [Note] {
        var notes: [Note] = []
        var exits = 0      // exit codes and signals have their own budget: one must not crowd out the other
        // The kinds tested in place: only a process's ends are copied out of the array.
        let ends = timeline.indices(of: .processExit, .processReaped)
        // the processes whose own exit saw its code (found once: a search per exit was a pass over every event)
        let ownExitPids = Set(ends.lazy.filter { events[$0].is(.processExit) && events[$0].exitCode != nil }.map { events[$0].pid })
        var beyond: [SignalEndBeyond] = []     // gaps 33D: signal ends past the budget, told in notes of one cause each
        // a child's later reap by another thread of its parent is not how it ended (round 33T: a forkserver child's
        // second poll() stores 255 over the real code); `exitCodesOverwritten` says what it is
        let laterReaps = ExitCodeOverwritten.laterReaps(in: events, timeline.indices(of: .processReaped))
        for index in ends {
            let event = events[index]
            guard let code = event.exitCode, code != 0, !laterReaps.contains(index) else { continue }
            let name = event.is(.processExit) ? event.process : (event.string(EventField.name) ?? "a child")
            guard code < 0 else {
                let child = event.childPid ?? 0
                // a child's own exit that could not see its code (null) leaves the note to its parent's wait
                let ownExit = ownExitPids.contains(child)
                if event.is(.processExit) || !ownExit, exits < Self.perRule {
                    exits += 1
                    // The tracer saw what escaped the cleanup after run() (process.exit's `error`): say it, not a guess.
                    let escaped = event.is(.processExit) ? event.string(EventField.error) : nil
                    let pid = event.is(.processExit) ? event.pid : child
                    let why = escaped.map { escapedExitCause(error: $0, pid: pid, before: index) } ?? exitCause(pid: pid, code: code, before: index)
                    let plain = Phrase.noteExitCode.text(["name": name, "code": code, "why": why])
                    // The cause of the escaped error, when the record shows it (gaps 8: a child forked from a
                    // ThreadPoolExecutor worker thread joins that thread, itself, in its cleanup).
                    if escaped != nil, let thread = StateQueries.forkedFromExecutorThread(exitAt: index, in: events),
                       let made = note(index, .forkedExecutorThread,
                                       plain + Phrase.noteForkedExecutorThread.text(["thread": thread, "parent": parentName(of: index, thread)]),
                                       premise: .forkedFromExecutorThread(step: index, thread: thread), fallback: (.exitCode, plain)) {
                        notes.append(made)
                        continue
                    }
                    notes.append(Note(eventIndex: index, text: plain, source: .rule, kind: .exitCode))
                }
                continue
            }
            // a hand-forked child's own record of a signal's end (an uncaught KeyboardInterrupt): the parent's wait
            // sees the same end, and the note is said there once
            guard !(event.is(.processExit) && event.string(EventField.via) != nil) else { continue }
            let withinBudget = notes.count - exits < Self.perRule
            guard withinBudget || beyond.count < Self.beyondBound else { continue }
            let signal = Int32(-code)
            let child = event.is(.processExit) ? event.pid : Int32(event.int(EventField.childPid) ?? 0)
            // the name the traced platform gave the signal a program sent (SIGUSR1 is 10 on Linux, 30 on macOS)
            let signalName = StateQueries.lastSignal(Int64(signal), to: child, before: index, in: events, kinds: timeline.indices)?
                .string(EventField.signame) ?? Format.signalName(signal)
            // a spawn/forkserver child ended before its run() began (round 30: a Pool worker still importing the program's
            // file when terminate() came) ran none of the program's code past that import: said, since the record shows it
            let boot = StateQueries.bootWithoutStart(pid: child, before: index, in: timeline)
            let beforeRun = boot.map { boot in
                (timeline.poolOfWorker[child] != nil ? Phrase.noteEndedBeforeRunPool : .noteEndedBeforeRun)
                    .text(["t": Format.seconds(boot.t), "main": boot.string(EventField.main) ?? "?"])
            } ?? ""
            func text(_ why: String) -> String {
                Phrase.noteSignalEnd.text(["name": name, "signal": signalName, "why": why, "code": code]) + beforeRun
            }
            let plain = (NoteKind.signalPlain, text(""))
            let (why, premise) = signalCause(signal: signal, child: child, at: index)
            guard withinBudget else {
                let holds = premise?.holds(in: replayer) == true
                beyond.append(SignalEndBeyond(index: index, name: name, signal: signalName, code: code, why: holds ? why : "",
                                              premise: holds ? premise : nil, bootMain: boot.map { $0.string(EventField.main) ?? "?" },
                                              beforeRun: beforeRun))
                continue
            }
            if let premise, let made = note(index, .signalCause, text(why), premise: premise, fallback: plain) {
                notes.append(made)
            } else {
                notes.append(Note(eventIndex: index, text: plain.1, source: .rule, kind: plain.0))
            }
        }
        return notes + signalEndsBeyond(beyond)
    }

    /// Why `pid` exited with `code`, as the record shows it: run()'s uncaught exception or its SystemExit (the
    /// message that went to stderr, or what sys.exit() was given), a hand-forked child's own end (an uncaught
    /// exception, sys.exit(arg), a SystemExit whose code it could not see); for code 1 the generic words otherwise.
    private func exitCause(pid: Int32, code: Int64, before index: Int) -> String {
        // the child's own end only where it agrees with the code (the parent's wait is what really happened)
        if let own = events.last(where: { $0.is(.processExit) && $0.pid == pid && $0.string(EventField.via) != nil }) {
            switch own.string(EventField.via) {
            case "uncaught exception" where code == 1 && own.exitCode == 1: return Phrase.noteExitForkUncaught.text()
            case "sys.exit()" where own.exitCode == code:
                if let arg = own.string(EventField.exitArg) { return Phrase.noteExitForkSysExit.text(["arg": arg]) }
            case "SystemExit" where own.exitCode == nil: return Phrase.noteExitSystemExitUnknown.text()
            case "os._exit" where own.exitCode == code:
                // the code as the program gave it (os._exit(257) is status 1), on the thread that called it
                let who = own.thread == "MainThread" ? Phrase.noteExitOsExitIt.text() : Phrase.noteExitOsExitThread.text(["thread": own.thread])
                return Phrase.noteExitOsExit.text(["arg": own.int(EventField.askedExitCode) ?? code, "who": who])
            default: break
            }
        }
        // a child that failed unpickling a semaphore its parent had removed (gaps 11A): its traceback's last line says so
        if code == 1, let line = events[..<index].lastIndex(where: { $0.pid == pid && $0.is(.print) && $0.string(EventField.stream) == "stderr" }),
           StateQueries.semaphoreGoneAtUnpickle(at: line, in: events) != nil {
            return Phrase.noteExitSemaphoreGone.text()
        }
        // the main process's own record of how its code ended, where it agrees with the status mp-tutor observed
        if let main = events[..<index].last(where: { $0.is(.processMainEnd) && $0.pid == pid }) {
            if let why = mainEndCause(main, code: code) { return why }
        }
        if let end = events[..<index].last(where: { $0.is(.processRunEnd) && $0.pid == pid && $0.int(EventField.exitCode) == code }),
           let raised = end.string(EventField.raised) {
            if raised != "SystemExit" { return code == 1 ? Phrase.noteExitRaised.text(["error": raised]) : "" }
            // run() ended by a SystemExit with a message: sys.exit(msg) or raise SystemExit(msg), which a child's record does
            // not tell apart (gaps 17A, r16f_thread_pool_starts_processes wrote the second): neither is named as the one
            if let message = end.string(EventField.exitMessage) { return Phrase.noteExitSystemExitMessage.text(["message": message]) }
            if let arg = end.string(EventField.exitArg) { return Phrase.noteExitRunSystemExit.text(["arg": arg]) }
            return code == 1 ? Phrase.noteExitSysExit.text() : ""
        }
        if code == 1, let boot = StateQueries.bootWithoutStart(pid: pid, before: index, in: timeline) {
            return Phrase.noteExitOneInImport.text(["main": boot.string(EventField.main) ?? "?"])    // gaps 24A
        }
        if code == 1, endedBelowPython(pid: pid, before: index) { return Phrase.noteExitOneBelowPython.text() }
        return code == 1 ? Phrase.noteExitOne.text() : ""
    }

    /// A traced multiprocessing child that ended with 1 while its record, complete, shows no end of run() and no traceback:
    /// no exception or sys.exit() ended it (round 22, r22_faulthandler_watchdog: faulthandler's dump_traceback_later(5,
    /// exit=True) ended a child blocked in Queue.get() with _exit(1), and the note said "an uncaught exception, or
    /// sys.exit(1)"). The tracer records run()'s end whenever Python unwinds it, so its absence is what the record shows.
    /// Only a child whose main thread's last row is a wait that never ended: a child ended mid-task may have called
    /// os._exit() under a tracer too old to record it (futures_broken_pool's transcripts of 3 December).
    private func endedBelowPython(pid: Int32, before index: Int) -> Bool {
        guard timeline.lostEvents == 0,
              events[..<index].contains(where: { $0.is(.processStart) && $0.pid == pid && $0.string(EventField.role) == "child" }),
              events[..<index].last(where: { $0.pid == pid && $0.thread == "MainThread" })?.kind.hasSuffix(".wait") == true
        else { return false }
        return !events[..<index].contains { $0.pid == pid && ($0.is(.processRunEnd) || $0.is(.processExit)
            || ($0.is(.print) && $0.string(EventField.stream) == "stderr" && $0.string(EventField.text)?.hasPrefix("Traceback") == true)) }
    }

    /// Who sent `signal` to `child`, in words, with the premise that says so; nil when the record does not tell.
    private func signalCause(signal: Int32, child: Int32, at index: Int) -> (String, NotePremise?) {
        let run = timeline.trailer?.run
        let watchdog = NotePremise.watchdogStopped(step: index)
        if watchdog.holds(in: replayer) { return (Phrase.noteByWatchdog.text(), watchdog) }
        let interrupted = NotePremise.interrupted(step: index)
        if interrupted.holds(in: replayer) {
            let interrupt = run?.interruptName ?? ""
            return (interrupt == "Ctrl-C" ? Phrase.noteByCtrlC.text() : Phrase.noteByInterruptSignal.text(["signal": interrupt]), interrupted)
        }
        // a group's signal whose recorded members include the child (gaps 12A), with no signal to the child itself after it
        if let sent = StateQueries.lastGroupSignal(Int64(signal), to: child, before: index, in: events) {
            let e = events[sent]
            return (Phrase.noteGroupSignal.text(["by": e.process, "signal": e.string(EventField.signame) ?? Format.signalName(signal),
                                                 "pgid": e.int(EventField.toPgid) ?? 0, "call": e.string(EventField.call) ?? "os.killpg()"]),
                    .signalNumberSent(childPid: child, signum: Int64(signal), beforeStep: index))
        }
        if signal == 2, let interrupted = interruptedExitCause(child: child, at: index) { return interrupted }
        guard signal == 9 || signal == 15 else { return otherSignalCause(signal: signal, child: child, at: index) }
        if let sender = StateQueries.lastSignal(Int64(signal), to: child, before: index, in: events, kinds: timeline.indices), sender.is(.processSignalSelf) {
            return (Phrase.signalledItself(sender).text(["signal": Format.signalName(signal)]),
                    .signalNumberSent(childPid: child, signum: Int64(signal), beforeStep: index))
        }
        // another process of the run signalled it with os.kill() (a sibling, its child), after any kill()/terminate()
        if let sent = StateQueries.lastSignalFromOther(Int64(signal), to: child, before: index, in: events, kinds: timeline.indices) {
            return (Phrase.noteCalledOsKill.text(["by": events[sent].process, "signal": Format.signalName(signal)]),
                    .signalNumberSent(childPid: child, signum: Int64(signal), beforeStep: index))
        }
        let calls = StateQueries.signalCalls(to: child, before: index, in: timeline)
        if calls.isEmpty { return (Phrase.noteNoSignalCall.text(), .noSignalCall(childPid: child, beforeStep: index)) }
        // the collected pool's finalizer sent it only when its own terminate() of this worker is recorded: a finalizer
        // run on the result-handler thread can still be joining the pool's threads when the exit function terminates
        // the daemon workers first (round 13: `print(sum(Pool(2).imap(f, xs)))`)
        if signal == 15, calls.contains(StateQueries.poolCollected), !calls.contains("Pool.terminate()"), calls.contains("terminate()") {
            return (Phrase.notePoolCollected.text(["pool": timeline.poolOfWorker[child] ?? "Pool"]),
                    .signalSent(childPid: child, call: StateQueries.poolCollected, beforeStep: index))
        }
        if signal == 15, calls.contains("Pool.terminate()") {
            return (poolTerminatedNote(pool: timeline.poolOfWorker[child], before: index), .signalSent(childPid: child, call: "Pool.terminate()", beforeStep: index))
        }
        // gaps 32C: the terminate() a Pool() that raised made in its own clean-up, not the program's
        if signal == 15, calls.contains(StateQueries.poolCreateCleanup), !calls.contains("terminate()") {
            return (Phrase.notePoolCreateCleanup.text(), .signalSent(childPid: child, call: StateQueries.poolCreateCleanup, beforeStep: index))
        }
        if signal == 15, calls.contains(StateQueries.exitTerminate), !calls.contains("terminate()") {
            return (Phrase.noteExitTerminated.text(), .signalSent(childPid: child, call: StateQueries.exitTerminate, beforeStep: index))
        }
        let kind: EventKind = signal == 9 ? .processKill : .processTerminate
        // signalled by the program with os.kill() (a hand-forked child, or a multiprocessing one such as an executor's
        // worker): the last call that sent this signal says so, whatever other signal came after (the executor's
        // terminate() of its broken workers sends SIGTERM to one already dying of SIGKILL)
        if !calls.isDisjoint(with: StateQueries.osSignalCalls),
           let sender = events[..<index].last(where: { $0.is(kind) && $0.int(EventField.childPid).map(Int32.init) == child }),
           let call = sender.string(EventField.call), StateQueries.osSignalCalls.contains(call) {
            let text = call == StateQueries.osKill
                ? Phrase.noteCalledOsKill.text(["by": sender.process, "signal": Format.signalName(signal)])
                : Phrase.noteCalledOsCall.text(["by": sender.process, "signal": Format.signalName(signal), "call": call])
            return (text, .signalSent(childPid: child, call: call, beforeStep: index))
        }
        let call = signal == 9 ? "kill()" : "terminate()"
        guard calls.contains(call) else { return ("", nil) }
        // the first such call sent the signal that ended it; a later caller's (an executor's terminate() of the workers of
        // a pool it finds broken) came to a child already signalled (round 13F): named after it, never instead of it
        let callers = events[..<index].filter { $0.is(kind) && $0.int(EventField.childPid).map(Int32.init) == child }
        func name(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process) · \(e.threadRole)" }
        let by = callers.first.map(name) ?? Phrase.noteTheProgram.text()
        var again: [String] = []
        for later in callers.dropFirst().map(name) where later != by && !again.contains(later) { again.append(later) }
        if !again.isEmpty, let first = callers.first {
            let phrase = signal == 9 ? Phrase.noteCalledKillFirst : Phrase.noteCalledTerminateFirst
            return (phrase.text(["by": by, "at": Format.seconds(first.t), "again": again.joined(separator: Phrase.summaryPoolCallsSeparator.text())]),
                    .signalSent(childPid: child, call: call, beforeStep: index))
        }
        return (signal == 9 ? Phrase.noteCalledKill.text(["by": by]) : Phrase.noteCalledTerminate.text(["by": by]),
                .signalSent(childPid: child, call: call, beforeStep: index))
    }

    /// Who sent a signal other than SIGKILL/SIGTERM that ended `child`: the last os.kill()/os.killpg() that sent that
    /// very signal (a signal the child handled and lived through is another number's, or came before this one).
    private func otherSignalCause(signal: Int32, child: Int32, at index: Int) -> (String, NotePremise?) {
        guard let sender = StateQueries.lastSignal(Int64(signal), to: child, before: index, in: events, kinds: timeline.indices) else { return ("", nil) }
        let name = sender.string(EventField.signame) ?? Format.signalName(signal)
        let call = sender.string(EventField.call) ?? StateQueries.osKill
        let text = sender.is(.processSignalSelf)
            ? Phrase.signalledItself(sender).text(["signal": name])
            : sender.int(EventField.toPgid).map { group in      // a group's, its members recorded (gaps 12A)
                Phrase.noteGroupSignal.text(["by": sender.process, "signal": name, "pgid": group, "call": call])
            } ?? Phrase.noteCalledOsCall.text(["by": sender.process, "signal": name, "call": call])
        return (text, .signalNumberSent(childPid: child, signum: Int64(signal), beforeStep: index))
    }

    /// A child that ran the program's top level again and called start() there (no `__main__` guard under
    /// spawn or forkserver): said once, at the failed start().
    func mainGuards() -> [Note] {
        // The premise holds only at a `process.error`: the others are not asked (it looks up the main process each time).
        guard let index = timeline.indices(of: .processError).first(where: { NotePremise.startWhileImportingMain(step: $0).holds(in: replayer) })
        else { return [] }
        let text = Phrase.noteMainGuard.text(["name": events[index].process])
        return [note(index, .mainGuard, text, premise: .startWhileImportingMain(step: index))].compactMap { $0 }
    }

    /// When the watchdog fired: what each process still alive was doing (a blocked call from the state
    /// model, else its last event), and why the run hung. Every cause in it carries its premise.
    func watchdog() -> [Note] {
        guard let run = timeline.trailer?.run, run.timedOut, !events.isEmpty else { return [] }
        let limit = run.timeoutSeconds.map { Format.duration($0) } ?? Phrase.summaryWatchdogLimit.text()
        let stopAt = run.watchdogStopNs ?? timeline.durationNs
        let moment = HangExplainer.moment(of: timeline)
        let state = replayer.state(after: moment)
        var lines: [String] = []
        var premises: [NotePremise] = [.runTimedOut]
        for life in timeline.processes where life.role != "forkserver" && life.role != "resource_tracker" {
            if let end = life.endT, end < stopAt, events.last?.pid != life.pid { continue }
            let calls = state.blocked.filter { $0.pid == life.pid }
            if let call = calls.first(where: { $0.thread == "MainThread" }) ?? calls.first {
                var line = Phrase.hangSince.text(["who": Phrase.noteWorkerWithPid.text(["worker": call.who, "pid": life.pid]), "what": call.what, "t": Format.seconds(call.since)])
                while line.hasSuffix(".") || line.hasSuffix("。") { line.removeLast() }
                lines.append(line + importingMainWords(pid: life.pid, before: moment + 1))
                premises.append(.blocked(step: moment, pid: call.pid, thread: call.thread))
                continue
            }
            guard let last = events[...moment].lastIndex(where: { $0.pid == life.pid && !$0.is(.processExit) }) else { continue }
            if let running = joinedChildRunningActivity(pid: life.pid, last: last, state: state, moment: moment) {
                lines.append(Phrase.noteWatchdogProcess.text(["name": life.name, "pid": life.pid, "activity": running.text]))
                premises.append(running.premise)
                continue
            }
            let activity = idleWorkerActivity(last, state: state, moment: moment) ?? (events[last].is(.processBoot)
                ? Phrase.lastBootImporting.text(["t": Format.seconds(events[last].t), "main": events[last].string(EventField.main) ?? "?"])
                : lastActivity(last, task: lookup.task(of: events[last])) + importingMainWords(pid: life.pid, before: moment + 1))
            lines.append(Phrase.noteWatchdogProcess.text(["name": life.name, "pid": life.pid, "activity": activity]))
        }
        // Load 31: a run cut while its processes still waited for a core on a busy machine is slow, not hung; no
        // reason for a hang is looked for.
        let slow = run.machineLoad.map { $0.cutWhileWaiting && $0.isBusy } ?? false
        var text = Phrase.noteWatchdog.text(["limit": limit])
        if slow, let load = run.machineLoad {
            text = Phrase.noteWatchdogCutWaiting.text(["limit": limit, "wait": Format.duration(ns: load.cpuWaitNs)])
        }
        if !lines.isEmpty { text += Phrase.noteWatchdogAt.text(["list": lines.joined(separator: Phrase.listSeparator.text())]) }
        let why = slow ? [] : HangExplainer(timeline: timeline, replayer: replayer, moment: moment).reasons()
        if !why.isEmpty {
            text += Phrase.noteWatchdogWhy.text(["why": why.map(\.text).joined(separator: Language.current == .zh ? "" : " ")])
            premises += why.map(\.premise)
        }
        // On the last event of a process of the program's: a helper's last line (the resource tracker's warning at
        // shutdown) sits on a lane hidden by default, where the note's row showed that one line out of its context.
        let helpers = Set(timeline.processes.filter { $0.role == "forkserver" || $0.role == "resource_tracker" }.map(\.pid))
        let at = events.indices.last { !helpers.contains(events[$0].pid) } ?? events.count - 1
        return [note(at, .watchdog, text, premise: .all(premises))].compactMap { $0 }
    }

    /// The last thing a process that is not blocked was seen doing. Waits are named only from the state
    /// model (above), so a wait event here is said as what it is: the last event, at its time, in the words of
    /// its own timeline row (`rowWords`, every kind the timeline can show); without them, no kind name either.
    func lastActivity(_ index: Int, task: PoolTask?) -> String {
        let e = events[index]
        let at = Format.seconds(e.t)
        switch e.known {
        case .taskStart: return Phrase.lastRunningTask.text(["task": task?.name ?? "a task", "t": at])
        case .taskEnd: if let task { return Phrase.lastFinishedTask.text(["task": task.name, "t": at]) }
        case .print: return Phrase.lastPrinted.text(["text": e.string(EventField.text) ?? "", "t": at])
        case .processStart: return Phrase.lastStarted.text(["t": at])
        case .processRunEnd: return Phrase.lastRunReturned.text(["t": at])
        default: break
        }
        guard let row = rowWords?(index), !row.isEmpty else { return Phrase.lastSeenEvent.text(["t": at]) }
        return Phrase.lastSeenRow.text(["t": at, "row": Self.clipped(row)])
    }

    /// A row quoted in a sentence: at most `rowLimit` characters (a repr can be long; the row itself is on the timeline),
    /// cut after its first clause where it has one (a row's "…: the put() returned …" is detail), else mid-word.
    static func clipped(_ row: String) -> String {
        guard row.count > rowLimit else { return row }
        let head = row.prefix(rowLimit - 1)
        let clause = [": ", "; ", "：", "；"].compactMap { head.range(of: $0)?.lowerBound }.min()
        if let clause, head.distance(from: head.startIndex, to: clause) >= 20 { return String(head[..<clause]) + "…" }
        return String(head) + "…"
    }

    static let rowLimit = 120
}
