import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 18E: programs that go wrong, as learners meet them.
final class Round18ERowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r18e_pool_join_not_closed: `pool.join()` without close() raised ValueError ("Pool is still running") at once, and
    /// the timeline said "waits in Pool#1.join() for the pool to finish", a wait the hang report then called never ended.
    /// The tracer now records the raise as pool.refused (method join, state RUN) and no wait; its row says join() waited
    /// for nothing, not that "Pool#1 sent no task" (the words of a submitting call).
    func testARunningPoolsJoinThatRaisedSaysItWaitedForNothing() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        let refused = s.add(2, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#1",
                            [("method", .string("join")), ("func", .string("None")), ("state", .string("RUN")),
                             ("error", .string("ValueError: Pool is still running"))])
        let row = EventDescriber(timeline: s.timeline(), painter: painter).describe(refused)
        XCTAssertEqual(row, "join() raised ValueError: Pool is still running: a Pool's join() waits only after close() or terminate(), "
                       + "so it waited for nothing and Pool#1 goes on running (close() first, then join())")
        XCTAssertFalse(row.contains("sent any task"), row)
    }
}

extension Round18ERowTests {
    /// r18e_simplequeue_vs_queue_unpicklable: a producer put an open file, then 'queue ok', and returned. Its feeder
    /// thread met the pickling error only once multiprocessing's exit function was joining it; queues._feed then returns
    /// (is_exiting()), so 'queue ok' was never written and no traceback was printed. The row said only "The item is
    /// dropped … the program is never told", as for a drop while the process runs on (there the feeder goes on).
    func testAFeederDropDuringTheExitJoinSaysTheItemsBehindItWereNotWrittenEither() {
        func dropRow(atExit: Bool) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
            s.add(2, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("<TextIOWrapper>"))])
            s.add(3, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("'queue ok'"))])
            s.add(4, pid: 100, process: "MainProcess", .queueFeederWait, object: "Queue#1",
                  [("left", .int(2)), ("at_exit", .bool(atExit))])
            let drop = s.add(5, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
                             [("item", .string("<TextIOWrapper>")), ("type", .string("TextIOWrapper")),
                              ("message", .string("TypeError: cannot pickle '_io.TextIOWrapper' object")), ("since_put_ns", .int(3_000_000))])
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(drop)
        }
        let exiting = dropRow(atExit: true)
        XCTAssertTrue(exiting.hasSuffix("so the program is never told; and this process was already exiting (multiprocessing began joining "
                                        + "this feeder thread at 0.004 s): at exit a feeder thread that meets such an error stops instead of "
                                        + "going on, so whatever was still in its buffer behind this item was never written either, and no "
                                        + "traceback is printed"), exiting)
        // a program's own join_thread() while it runs on: is_exiting() is false, the feeder goes on after the error
        XCTAssertFalse(dropRow(atExit: false).contains("exiting"))
    }
}

extension Round18ERowTests {
    /// r18e_pool_join_not_closed: a Timer thread's terminate() ended both workers while map() waited; the hang said "A Pool
    /// replaces a dead worker but does not notice the task it lost", but a terminated pool replaces nothing, and the
    /// workers were ended by its own terminate() (a row above). The hang now names the terminate().
    func testALostResultAfterThePoolsOwnTerminateNamesTheTerminate() throws {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(
            path: BinaryHarness.repoRoot + "/corpus/transcripts/r18e_pool_join_not_closed--fork.jsonl"))
        let reasons = HangExplainer(timeline: timeline).reasons().map(\.text)
        let lost = try XCTUnwrap(reasons.first { $0.contains("that result will never come") }, "\(reasons)")
        XCTAssertTrue(lost.contains("MainProcess · Thread-4 called terminate() of Pool#1 at"), lost)    // the Timer's thread
        XCTAssertTrue(lost.contains("terminate() ends the workers, starts no new ones and finishes none of the results still awaited"), lost)
        XCTAssertFalse(lost.contains("replaces a dead worker"), lost)
    }
}
