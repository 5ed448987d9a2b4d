import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class InvariantCheckerTests: XCTestCase {
    private func violations(_ s: EventScript, run: RunFacts = RunFacts()) -> [InvariantChecker.Violation] {
        let timeline = s.timeline(run: run)
        return InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes(), recorded: s.events).violations()
    }

    func testTheSmallPoolRunHoldsEveryInvariant() {
        XCTAssertEqual(violations(Fixtures.poolRun()), [])
    }

    func testAnExitCodeThatContradictsTheParentIsAViolation() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("W-1"))])
        s.add(2, pid: 201, ppid: 100, process: "W-1", .processStart, [("role", .string("child"))])
        s.add(3, pid: 201, ppid: 100, process: "W-1", .processExit, [("exitcode", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("W-1")), ("exitcode", .int(-15))])
        XCTAssertEqual(violations(s).map(\.invariant), ["one-exit"])
        XCTAssertTrue(violations(s).first?.message.contains("its parent saw exitcode -15") == true)
        // The timeline reads it as what it was: the worker began to exit; its one exit is the parent's view.
        let timeline = s.timeline()
        XCTAssertEqual(timeline.events[3].known, ExitReconciler.exiting)
        XCTAssertEqual(timeline.events[3].exitCode, -15)
        XCTAssertEqual(timeline.events[3].int(EventField.beganExitCode), 0)
        XCTAssertEqual(timeline.process(pid: 201)?.exitCode, -15)
    }

    /// run() returned (0), then SIGTERM ended the worker in its exit cleanup: the recorded run.end must not
    /// keep 0 as if that were how the process ended. The reconciler keeps run()'s code in `run_exitcode`.
    func testARunEndThatContradictsTheParentIsAViolationAndIsReconciled() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("W-1"))])
        s.add(2, pid: 201, ppid: 100, process: "W-1", .processStart, [("role", .string("child"))])
        s.add(3, pid: 201, ppid: 100, process: "W-1", .processRunEnd, [("name", .string("W-1")), ("exitcode", .int(0)), ("direct", .bool(false))])
        s.add(4, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("W-1")), ("exitcode", .int(-15))])
        let found = violations(s)
        XCTAssertEqual(found.map(\.invariant), ["one-exit"])
        XCTAssertTrue(found.first?.message.contains("exitcode 0 on process.run.end at seq 4, but its parent saw exitcode -15") == true,
                      found.description)
        var events = s.events
        XCTAssertEqual(ExitReconciler.reconcile(&events), 1)
        XCTAssertEqual(events[3].exitCode, -15)
        XCTAssertEqual(events[3].int(EventField.runExitCode), 0)
        XCTAssertEqual(ExitReconciler.reconcile(&events), 0, "reconciling twice changes nothing")
        let timeline = s.timeline()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [], recorded: events).violations(), [])
    }

    /// A transcript recorded before `began_exitcode` holds a `process.exiting` with the code it began to
    /// exit with: the checker names it, the reader moves the code to `began_exitcode`.
    func testAnOldExitingRecordIsAViolationAndIsReconciled() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("W-1"))])
        s.add(2, pid: 201, ppid: 100, process: "W-1", .processExiting, [("exitcode", .int(0))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("W-1")), ("exitcode", .int(-15))])
        XCTAssertEqual(violations(s).map(\.invariant), ["one-exit"])
        let timeline = s.timeline()
        XCTAssertEqual(timeline.events[2].exitCode, -15)
        XCTAssertEqual(timeline.events[2].int(EventField.beganExitCode), 0)
    }

    func testTwoExitsOfOneProcessIsAViolation() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        XCTAssertEqual(violations(s).map(\.invariant), ["one-exit"])
    }

    func testAChildRecordedBeforeItsStartBeganIsAViolation() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 201, ppid: 100, process: "Process-1", .processStart, [("role", .string("child"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        XCTAssertEqual(violations(s).map(\.invariant), ["causal-order"])
    }

    /// Round 5A: an outcome stamped before its cause. A manager said started (stamped when start() returned) before its
    /// server recorded anything; a work item's result back before any worker started it. A feeder's unsent item is none.
    func testAnOutcomeBeforeItsCauseIsAViolation() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("server_pid", .int(300)), ("waited_ns", .int(5_000_000))])
        s.add(2, pid: 300, ppid: 100, process: "SyncManager-1", .processStart, [("role", .string("manager"))])
        s.add(3, pid: 100, process: "MainProcess", .futureResult, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("ok", .bool(true))])
        s.add(4, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .futureResult, object: "ProcessPoolExecutor#1",
              [("work", .int(1)), ("ok", .bool(false)), ("error", .string("PicklingError")), ("unsent", .bool(true))])
        XCTAssertEqual(violations(s).map(\.invariant), ["causal-order", "causal-order"])
        // The same record in order holds.
        var ok = EventScript()
        ok.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        ok.add(2, pid: 300, ppid: 100, process: "SyncManager-1", .processStart, [("role", .string("manager"))])
        ok.add(3, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("server_pid", .int(300)), ("waited_ns", .int(5_000_000))])
        ok.add(4, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0))])
        ok.add(5, pid: 100, process: "MainProcess", .futureResult, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("ok", .bool(true))])
        XCTAssertEqual(violations(ok).map(\.invariant), [])
    }

    /// ABBA: each process waits for the lock the other holds until the watchdog. Both waits are unfinished,
    /// counted and named; the lock line must not say "0 had to wait" and stop there.
    func testUnfinishedWaitsOfADeadlockAreCountedAndNamed() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1")
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2")
        s.add(2, pid: 201, ppid: 100, process: "P-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 202, ppid: 100, process: "P-2", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(3, pid: 201, ppid: 100, process: "P-1", .lockWait, object: "Lock#2")
        s.add(3, pid: 202, ppid: 100, process: "P-2", .lockWait, object: "Lock#1")
        var run = RunFacts()
        run.timedOut = true
        run.timeoutSeconds = 0.004
        XCTAssertEqual(violations(s, run: run), [])
        let timeline = s.timeline(run: run)
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.unfinished.map(\.who), ["P-1", "P-2"])
        let lock1 = LockFigures(lock: try XCTUnwrap(timeline.locks.first { $0.object == "Lock#1" }), ledger: ledger)
        XCTAssertEqual(lock1.acquisitions, 1)
        XCTAssertEqual(lock1.hadToWait, 0)
        XCTAssertEqual(lock1.unfinishedWaits.map(\.who), ["P-2"])
    }

    func testAWatchdogStopWithNoUnfinishedWaitIsAViolation() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        var run = RunFacts()
        run.timedOut = true
        XCTAssertEqual(violations(s, run: run).map(\.invariant), ["waits"])
    }

    /// Helpers count: a Manager's server process appears only as `server_pid` in the parent's event.
    func testTheCensusCountsHelpersAndSilentChildren() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("server_pid", .int(300))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(1))])
        let census = ProcessCensus(s.timeline())
        XCTAssertEqual(census.members.map(\.pid), [100, 300, 201])
        XCTAssertEqual(census.helpers.map(\.pid), [300])
        XCTAssertEqual(census.members.first { $0.pid == 201 }?.exitCode, 1)
        XCTAssertEqual(violations(s), [])
    }

    /// Three pools: each pool's chunks and workers are counted on its own line.
    func testPoolFiguresArePerPool() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        for (n, pool) in ["Pool#1", "Pool#2"].enumerated() {
            s.add(1 + Double(n), pid: 100, process: "MainProcess", .poolCreate, object: pool, [("processes", .int(1))])
            s.add(1.5 + Double(n), pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(201 + n))), ("name", .string("ForkPoolWorker-\(n + 1)"))])
        }
        s.add(3, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map_async")), ("chunks", .int(2))])
        s.add(3, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#2", [("job", .int(1)), ("method", .string("apply_async")), ("chunks", .int(1))])
        for index in 0..<2 {
            s.add(4 + Double(index), pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(Int64(index))), ("items", .int(3))])
            s.add(4.5 + Double(index), pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(Int64(index))), ("ok", .bool(true))])
        }
        s.add(6, pid: 202, ppid: 100, process: "ForkPoolWorker-2", .taskStart, [("job", .int(1)), ("index", .int(0))])
        let timeline = s.timeline()
        let figures = PoolFigures.all(timeline)
        XCTAssertEqual(figures.map(\.pool), ["Pool#1", "Pool#2"])
        XCTAssertEqual(figures.map(\.chunksSubmitted), [2, 1])
        XCTAssertEqual(figures.map(\.chunksStarted), [2, 1])
        XCTAssertEqual(figures[0].itemsStarted, 6)
        XCTAssertEqual(timeline.poolOfWorker, [201: "Pool#1", 202: "Pool#2"])
        XCTAssertEqual(violations(s), [])
    }

    /// The checker over the lessons' committed transcripts (`transcripts/`). The truth corpus's 2,000-odd recordings
    /// (`corpus/transcripts/`) are checked by CI's corpus step (`.ci/run`: `mp-tutor check corpus/transcripts/*.jsonl
    /// transcripts/*.jsonl`, the same checker with each lesson's own notes too), not a second time here (CI 27: 100 s).
    func testEveryCommittedLessonTranscriptHoldsEveryInvariant() throws {
        let root = BinaryHarness.repoRoot
        var failures: [String] = []
        var checked = 0
        for folder in ["transcripts"] {
            let dir = root + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for name in names.sorted() where name.hasSuffix(".jsonl") {
                let transcript = try TranscriptReader.read(path: dir + "/" + name)
                let timeline = TimelineBuilder.build(transcript)
                let found = InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes(),
                                             recorded: transcript.events).violations()
                checked += 1
                failures += found.map { "\(folder)/\(name): \($0)" }
            }
        }
        XCTAssertGreaterThan(checked, 40, "the lessons' committed transcripts were not found")
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }
}
