import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Every note that states a cause rests on a premise that the state model confirms; the checker fails a
/// cause-stating note without one, and a rule whose premise fails says only what happened.
final class NotePremiseTests: XCTestCase {
    private func violations(_ timeline: Timeline, _ notes: [Note]) -> [InvariantChecker.Violation] {
        InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }
    }

    func testEveryGenericNoteOfACauseStatingKindCarriesAPremiseThatHolds() {
        let timeline = Fixtures.poolRun().timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertFalse(notes.isEmpty)
        let replayer = StateReplayer(timeline: timeline)
        for note in notes where note.kind.statesCause {
            XCTAssertTrue(note.premise?.holds(in: replayer) == true, "\(note.kind): \(note.text)")
        }
        XCTAssertEqual(violations(timeline, notes), [])
    }

    func testTheCheckerFailsACauseStatingNoteWithoutAPremise() {
        let timeline = Fixtures.poolRun().timeline()
        let bare = Note(eventIndex: 3, text: "all 2 workers were busy", source: .rule, kind: .taskWait)
        XCTAssertEqual(violations(timeline, [bare]).count, 1)
        XCTAssertTrue(violations(timeline, [bare])[0].message.contains("states a cause but carries no premise"))
        // A note that only restates its event needs none.
        let plain = Note(eventIndex: 3, text: "task 2 started 57 ms after it was submitted.", source: .rule, kind: .taskWaitPlain)
        XCTAssertEqual(violations(timeline, [plain]), [])
    }

    func testTheCheckerFailsAPremiseThatDoesNotHold() throws {
        let timeline = Fixtures.poolRun().timeline()
        let start = try XCTUnwrap(timeline.events.firstIndex { $0.kind == "pool.task.start" && $0.int("job") == 2 })
        // "every worker busy the whole time": the state model shows a free worker for part of it.
        let wrong = TaskWaitSplit(busyNs: 57_000_000, workers: 2)
        let note = Note(eventIndex: start, text: "task 2 waited: all 2 workers were busy", source: .rule, kind: .taskWait,
                        premise: .taskWait(pool: "Pool#1", fromStep: 6, toStep: start, split: wrong))
        XCTAssertEqual(violations(timeline, [note]).count, 1)
    }

    func testEveryKindIsSortedIntoCauseOrPlain() {
        let causes = NoteKind.allCases.filter(\.statesCause).map(\.rawValue)
        XCTAssertEqual(causes, ["lesson", "submitBurst", "taskWait", "callbackPlace", "lockWaitHolders", "lockHeldByEnded", "lockHeldAtFork", "lostUpdate", "proxyCopyMutated", "bufferedOutputLost", "viewWriteLock", "brokenExecutor",
                                "signalCause", "mainGuard", "watchdog", "segmentLeak", "trackerLeak", "waitOnTerminatedPool", "lostTaskTimeout", "forkedExecutorThread",
                                "waitAfterResultHandlerDied", "resultHandlerEnded", "joinGaveUpChildBlocked", "orphanLeft", "childStdinEOF", "semaphoreGoneAtUnpickle", "notifyLost",
                                "boundMethodCopied", "callbackKeptResultUnready", "proxyCallAfterShutdown",
                                "checkThenSet", "callbackHeldResult",
                                "argsStringCall",
                                "queueItemsLeft", "mainFileGone",
                                "managerQueueItemsLeft",
                                "staleCheck", "pipeEOFHidden", "recvCopyInFlight",
                                "terminatedInDeadlock", "serialGets", "timeoutAfterResultHandlerEnded", "terminateAfterResultHandlerEnded",
                                "fewerWorkersThanMax", "recursionLimitNotInherited", "recvEOFPeerEnded", "trackerUnregisteredTwice", "joinWithoutExitCode", "exitCodeOverwritten", "childInterrupt", "cutMidItem",
                                "timeoutOnInitializerDeaths", "tornSweep", "timedAcquireInDeadlock", "timeoutOnBootDeaths"])
    }

    func testALessonNoteRestsOnItsWhenSelector() throws {
        let timeline = Fixtures.poolRun().timeline()
        let notes = Annotator(timeline: timeline, rules: [NoteRule(when: "pool.task.start where job == 2", say: "late", once: false,
                                                                   variants: [], line: 1)]).notes().filter { $0.source == .lesson }
        let note = try XCTUnwrap(notes.first)
        XCTAssertEqual(note.kind, .lesson)
        XCTAssertEqual(note.premise, .lessonWhen(selector: "pool.task.start where job == 2", step: note.eventIndex))
        XCTAssertEqual(violations(timeline, notes), [])
        // The same words on another event do not hold.
        var moved = note
        moved.eventIndex = 0
        moved.premise = .lessonWhen(selector: "pool.task.start where job == 2", step: 0)
        XCTAssertEqual(violations(timeline, [moved]).count, 1)
    }

    /// A child that keeps a lock: the watchdog's explanation names the holder, from the state at its moment.
    func testAHangOnAHeldLockNamesTheHolderWithAPremise() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "lock.create", object: "Lock#1")
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", "process.start", [("role", .string("child"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-1", "lock.acquire", object: "Lock#1", [("waited_ns", .int(0))])
        s.add(5, pid: 100, process: "MainProcess", "lock.wait", object: "Lock#1")
        s.add(4001, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        var run = RunFacts()
        run.timedOut = true
        run.timeoutSeconds = 4
        let timeline = s.timeline(run: run)
        let notes = Annotator(timeline: timeline).notes()
        let watchdog = try XCTUnwrap(notes.first { $0.kind == .watchdog })
        XCTAssertTrue(watchdog.text.contains("MainProcess waits to acquire Lock#1 since 0.005 s, and Process-1 still held it"), watchdog.text)
        XCTAssertEqual(violations(timeline, notes), [])
        XCTAssertEqual(notes.first { $0.eventIndex == 6 }?.kind, .signalCause)
    }

    /// A worker's result reached the parent, then the pool was terminated before the worker's end was recorded
    /// (imap's first result, then terminate()): its chunk finished; it was not lost with the worker.
    func testAChunkWhoseResultArrivedIsNotLostWithItsWorker() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "pool.create", object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "process.start", [("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", "pool.submit", object: "Pool#1", [("job", .int(0)), ("method", .string("imap"))])
        s.add(5, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.start", [("job", .int(0)), ("index", .int(0))])
        s.add(9, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", "pool.result", object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(10, pid: 100, process: "MainProcess", "pool.terminate", object: "Pool#1")
        s.add(11, pid: 100, process: "MainProcess", "process.terminate", [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(12, pid: 100, process: "MainProcess", "process.reaped", [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")),
                                                                        ("exitcode", .int(-15))])
        let figures = PoolFigures.all(s.timeline())
        XCTAssertEqual(figures.first?.chunksFinished, 1)
        XCTAssertEqual(figures.first?.chunksLost.count, 0)
        let notes = Annotator(timeline: s.timeline()).notes()
        XCTAssertEqual(notes.last?.kind, .signalCause)
        XCTAssertTrue(notes.last?.text.contains("its Pool's terminate() sent it") == true, notes.last?.text ?? "")
    }

    /// Two executors number their work items from 0: each start is counted for the executor that submitted it.
    func testWorkItemsOfTwoExecutorsAreCountedApart() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        func executor(_ x: String, _ t: Double) {
            s.add(t, pid: 100, process: "MainProcess", "executor.create", object: x, [("max_workers", .int(2))])
            s.add(t + 1, pid: 100, process: "MainProcess", "future.submit", object: x, [("work", .int(0))])
            s.add(t + 1, pid: 100, process: "MainProcess", "future.submit", object: x, [("work", .int(1))])
        }
        executor("ThreadPoolExecutor#1", 1)
        s.add(3, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", "future.start", [("work", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", "future.end", [("work", .int(0)), ("ok", .bool(false))])
        s.add(5, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", "future.start", [("work", .int(1))])
        s.add(6, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", "future.end", [("work", .int(1)), ("ok", .bool(true))])
        executor("ProcessPoolExecutor#1", 20)
        s.add(23, pid: 301, ppid: 100, process: "ForkProcess-1", "future.start", [("work", .int(0))])
        s.add(24, pid: 301, ppid: 100, process: "ForkProcess-1", "future.end", [("work", .int(0)), ("ok", .bool(true))])
        let figures = ExecutorFigures.all(s.timeline())
        XCTAssertEqual(figures.map { $0.perWorker.reduce(0) { $0 + $1.items } }, [2, 1])
        XCTAssertEqual(figures.map(\.raised), [1, 0])
        XCTAssertEqual(figures[1].perWorker.map(\.worker), ["ForkProcess-1"])
    }

    /// ABBA: the deadlock's premise is the cycle of waits in the state at the watchdog's moment.
    func testADeadlockRestsOnTheCycleOfWaits() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 201, ppid: 100, process: "P-1", "process.start", [("role", .string("child"))])
        s.add(1, pid: 202, ppid: 100, process: "P-2", "process.start", [("role", .string("child"))])
        s.add(2, pid: 201, ppid: 100, process: "P-1", "lock.acquire", object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 202, ppid: 100, process: "P-2", "lock.acquire", object: "Lock#2", [("waited_ns", .int(0))])
        s.add(3, pid: 201, ppid: 100, process: "P-1", "lock.wait", object: "Lock#2")
        s.add(3, pid: 202, ppid: 100, process: "P-2", "lock.wait", object: "Lock#1")
        s.add(3000, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let timeline = s.timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 2))
        let reasons = HangExplainer(timeline: timeline).reasons()
        XCTAssertEqual(reasons.map(\.premise), [.waitCycle(step: 6, members: ["P-1", "P-2"])])
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertTrue(reasons[0].premise.holds(in: replayer))
        // One step earlier P-2 was not waiting yet: no cycle.
        XCTAssertFalse(NotePremise.waitCycle(step: 5, members: ["P-1", "P-2"]).holds(in: replayer))
        XCTAssertEqual(violations(timeline, Annotator(timeline: timeline).notes()), [])
    }

    /// Spawn, join() before get(): the watchdog ends the main process, and the resource tracker still writes
    /// after that. The hang is explained at the watchdog's moment, when the main process was still joining
    /// (the state after the last event no longer shows its join, and the explanation was lost).
    func testTheHangIsExplainedAtTheWatchdogsMoment() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "queue.create", object: "Queue#1", [("type", .string("Queue"))])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 100, process: "MainProcess", "process.join.wait", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(500, pid: 201, ppid: 100, process: "Process-1", "process.start", [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(510, pid: 201, ppid: 100, process: "Process-1", "queue.put", object: "Queue#1", [("item", .string("'XXXX'"))])
        s.add(511, pid: 201, ppid: 100, process: "Process-1", "process.run.end", [("exitcode", .int(0))])
        s.add(4001, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        s.add(4020, pid: 90, process: "resource_tracker", "print", [("stream", .string("stderr")), ("text", .string("warnings.warn(...)"))])
        let timeline = s.timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 4))
        let notes = Annotator(timeline: timeline).notes()
        let watchdog = try XCTUnwrap(notes.first { $0.kind == .watchdog })
        XCTAssertTrue(watchdog.text.contains("Why: MainProcess waits in join(Process-1), but Process-1 cannot exit"), watchdog.text)
        XCTAssertTrue(watchdog.text.contains("Process-1 (pid 201) returned from run() at 0.511 s but had not ended"), watchdog.text)
        XCTAssertFalse(watchdog.text.contains("process.run.end"), watchdog.text)
        XCTAssertEqual(violations(timeline, notes), [])
    }

    /// spawn without a `__main__` guard: the child's start() fails while it imports the main module. The note
    /// says why, resting on that failure; the child's exit code 1, seen only by its parent, is said too.
    func testAChildStartingProcessesWhileImportingMainIsExplained() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        let failed = s.add(500, pid: 201, ppid: 100, process: "Process-1", "process.error",
                           [("op", .string("start")), ("error", .string("RuntimeError: An attempt has been made to start a new process "
                                + "before the current process has finished its bootstrapping phase."))])
        let reaped = s.add(600, pid: 100, process: "MainProcess", "process.reaped",
                           [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(1))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.map(\.kind), [.mainGuard, .exitCode])
        XCTAssertEqual(notes.map(\.eventIndex), [failed, reaped])
        XCTAssertTrue(notes[0].text.contains("if __name__ == \"__main__\":"), notes[0].text)
        XCTAssertEqual(violations(timeline, notes), [])
        // The same failure in the main process is another story: no such note.
        XCTAssertFalse(NotePremise.startWhileImportingMain(step: 0).holds(in: StateReplayer(timeline: timeline)))
    }

    /// maxtasksperchild: the only worker ended after its task and its replacement was not up yet. That wait is
    /// not "before any worker had started" (one had, under fork, long before).
    func testAWaitBetweenAWorkerAndItsReplacementIsNotStartUp() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "pool.create", object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "process.start", [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(10, pid: 100, process: "MainProcess", "pool.submit", object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(2))])
        s.add(11, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.start", [("job", .int(0)), ("index", .int(0))])
        s.add(12, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.end", [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(13, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "process.exit", [("exitcode", .int(0))])
        s.add(70, pid: 100, process: "MainProcess", thread: "Thread-1 (_handle_workers)", "process.spawn",
              [("child_pid", .int(202)), ("name", .string("ForkPoolWorker-2"))])
        s.add(80, pid: 202, ppid: 100, process: "ForkPoolWorker-2", "process.start", [("name", .string("ForkPoolWorker-2")), ("role", .string("child"))])
        let start = s.add(81, pid: 202, ppid: 100, process: "ForkPoolWorker-2", "pool.task.start", [("job", .int(0)), ("index", .int(1))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == start })
        XCTAssertEqual(note.kind, .taskWait)
        XCTAssertFalse(note.text.contains("before any worker"), note.text)
        XCTAssertTrue(note.text.contains("67 ms while no worker of Pool#1 was alive: the ones before had ended"), note.text)
        XCTAssertEqual(violations(timeline, [note]), [])
    }
}
