import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 21A: Swift-side leftovers of rounds 20 and 20H, each on its committed recording.
final class Gaps21ATests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    /// r20h_semaphore_release_to_unstick: MainProcess, which never acquired Semaphore#1, released it while a was inside.
    /// The state dropped its first holder, a, though a was still inside (it released 1.5 s later), and a's own release
    /// then dropped b. A Semaphore's release() by a process holding no unit is one more free unit: a stays a holder,
    /// b joins it, and the panel counts the extra unit.
    func testASemaphoreReleaseByANonHolderKeepsItsHoldersAndCountsTheUnit() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r20h_semaphore_release_to_unstick--\(method)")
            let events = timeline.events
            let foreign = try XCTUnwrap(events.indices.first { events[$0].is(.lockRelease) && events[$0].object == "Semaphore#1"
                && events[$0].process == "MainProcess" }, method)
            let bIn = try XCTUnwrap(events.indices.first { events[$0].is(.lockAcquire) && events[$0].object == "Semaphore#1"
                && events[$0].process == "b" }, method)
            let aOut = try XCTUnwrap(events.indices.first { events[$0].is(.lockRelease) && events[$0].object == "Semaphore#1"
                && events[$0].process == "a" }, method)
            XCTAssertLessThan(bIn, aOut, method)
            let replayer = StateReplayer(timeline: timeline)
            func sem(_ step: Int) -> RunState.Lock? { replayer.state(after: step).locks.first { $0.label == "Semaphore#1" } }
            XCTAssertEqual(sem(foreign)?.holders.map(\.who), ["a"], method)
            XCTAssertEqual(sem(foreign)?.unitsReleasedByOthers, 1, method)
            XCTAssertEqual(sem(bIn)?.holders.map(\.who), ["a", "b"], method)
            XCTAssertEqual(sem(aOut)?.holders.map(\.who), ["b"], method)
            let panel = StatePanel(state: replayer.state(after: bIn), painter: Painter(capabilities: .plain), width: 220,
                                   hidesInfrastructure: true).lines().joined(separator: "\n")
            XCTAssertTrue(panel.contains("release() by a process holding no unit: 1"), panel)
        }
    }

    /// A Lock is a semaphore of one with no owner (gaps 19B): a release by another process frees it, so its holder's hold
    /// ends, as before (r18e_lock_owner_mistakes).
    func testALockReleasedByAnotherProcessIsFree() throws {
        let timeline = try Self.timeline("r18e_lock_owner_mistakes--fork")
        let byOthers = StateQueries.releasesByOthers(in: timeline)
        let release = try XCTUnwrap(byOthers.keys.min())
        let object = try XCTUnwrap(timeline.events[release].object)
        let lock = StateReplayer(timeline: timeline).state(after: release).locks.first { $0.label == object }
        XCTAssertEqual(lock?.holders.count, 0)
        XCTAssertEqual(lock?.unitsReleasedByOthers, 0)
    }
}

extension Gaps21ATests {
    /// r20_dummy_pool_feeds_pool: `multiprocessing.dummy.Pool(3)` beside a process `Pool(2)` read "Pool#2 created: 3
    /// workers", and the summary "Pool#2 (3 workers)" (in Chinese "3 个工作进程", worker processes): nothing said its
    /// workers are threads. The process pool keeps its words.
    func testAThreadPoolSaysItsWorkersAreThreads() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r20_dummy_pool_feeds_pool--\(method)")
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let rows = timeline.indices(of: .poolCreate).map { describer.describe($0) }
            XCTAssertEqual(rows, ["Pool#1 created: 2 workers",
                                  "Pool#2 created: 3 worker threads (a ThreadPool, what multiprocessing.dummy.Pool() makes: its workers "
                                  + "are threads of this process, so no task or result is pickled)"], method)
            let summary = SummaryRenderer(timeline: timeline, capabilities: TerminalCapabilities(color: false, unicode: true, width: 220, isInteractive: false)).render()
            XCTAssertTrue(summary.contains("Pool#2 (3 worker threads: a ThreadPool):"), summary)
            XCTAssertTrue(summary.contains("Pool#1 (2 workers):"), summary)
        }
    }
}

extension Gaps21ATests {
    /// r20h_executor_result_unpickle_fails: the summary said "3 work items submitted, 3 ran" though slow_double(5), work
    /// item 2, was ended half-way by the broken executor's SIGTERM to ForkProcess-1 (no end, no result). It is counted as
    /// lost with its worker, as a Pool's chunk is; work items that ended keep the plain count.
    func testAWorkItemWhoseWorkerEndedInsideItIsCountedAsLost() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r20h_executor_result_unpickle_fails--\(method)")
            let figures = try XCTUnwrap(ExecutorFigures.all(timeline).first, method)
            XCTAssertEqual(figures.cut, [2], method)
            let summary = SummaryRenderer(timeline: timeline, capabilities: TerminalCapabilities(color: false, unicode: true, width: 400,
                                                                                                 isInteractive: false)).render()
            XCTAssertTrue(summary.contains("3 ran ("), summary)
            XCTAssertTrue(summary.contains(", 1 of them lost with a worker that ended inside it (work item 2)"), summary)
        }
        let plain = try Self.timeline("r20h_generator_target--fork")
        XCTAssertTrue(ExecutorFigures.all(plain).allSatisfy { $0.cut.isEmpty })
    }
}

extension Gaps21ATests {
    /// r20h_pool_result_unpickle_fails: task 1's result could not be unpickled in the parent, so Pool#1's result-handler
    /// thread died (its traceback is recorded); task 2's get(timeout=1) then gave up with no note, though its worker had
    /// finished the task a millisecond after the call. The note names the dead thread, when it ended and with what.
    func testAGetTimeoutAfterTheResultHandlerDiedNamesThatThread() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r20h_pool_result_unpickle_fails--\(method)")
            let notes = Annotator(timeline: timeline).notes()
            let gaveUp = timeline.indices(of: .poolGet).filter { timeline.events[$0].string(EventField.error) == "TimeoutError" }
            XCTAssertEqual(gaveUp.map { timeline.events[$0].job }, [1, 2], method)
            let second = try XCTUnwrap(notes.first { $0.eventIndex == gaveUp[1] }?.text, "\(notes.map(\.text))")
            XCTAssertTrue(second.hasPrefix("get() of task 2 gave up because Pool#1's result-handler thread, the one that reads the workers' "
                                           + "results and hands each to its get(), had ended at "), second)
            XCTAssertTrue(second.contains("(ValueError: cannot rebuild Ticket(7) here escaped it)"), second)
            XCTAssertTrue(second.contains(" had finished task 2 at ") && second.contains(", after the thread had ended: nothing read its result)."), second)
            XCTAssertFalse(try XCTUnwrap(notes.first { $0.eventIndex == gaveUp[0] }?.text).contains("nothing read its result"), method)
            let first = try XCTUnwrap(notes.first { $0.eventIndex == gaveUp[0] }?.text, method)
            XCTAssertTrue(first.hasPrefix("get() of task 1 gave up because Pool#1's result-handler thread"), first)
        }
        // a get() that timed out on a live result handler keeps no such note
        for name in ["docs_pool_timeout--fork", "g7_timeouts--fork", "pool_os_exit_get_timeout--fork"] {
            XCTAssertFalse(Annotator(timeline: try Self.timeline(name)).notes().contains { $0.text.contains("result-handler thread, the one") }, name)
        }
    }
}
