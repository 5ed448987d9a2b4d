import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Pool terminated by its finalizer says so in the row and the note.
final class PoolFinalizerRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r6a_pool_never_closed: a Pool made in main() and never closed; when main() returned it was garbage-collected
    /// and its finalizer SIGTERMed the workers. No row said so, and the note said "MainProcess called terminate() on it".
    func testAPoolTerminatedByItsFinalizerSaysSoInTheRowAndTheNote() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(10, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1", [("by", .string("collected"))])
        s.add(11, pid: 100, process: "MainProcess", .processTerminate,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("at_exit", .bool(false))])
        s.add(12, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("exitcode", .int(-15))])
        s.add(20, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(4), "Pool#1 was garbage-collected with workers still alive (the program never joined or terminated it): "
                       + "its finalizer terminates the pool")
        let notes = Annotator(timeline: timeline).notes().map(\.text)
        XCTAssertTrue(notes.contains { $0.contains("(Pool#1's finalizer sent it: the program never joined or terminated Pool#1, and the Pool object "
                                                   + "was garbage-collected") }, "\(notes)")
        XCTAssertFalse(notes.contains { $0.contains("called terminate() on it") }, "\(notes)")
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertTrue(NotePremise.signalSent(childPid: 201, call: StateQueries.poolCollected, beforeStep: 6).holds(in: replayer))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes(), recorded: s.events).violations().count, 0)
    }

    /// Round 13, r13_pool_one_liner_gc (fork): `print(sum(Pool(2).imap(cube, range(10))))`. The unnamed Pool was collected
    /// on its result-handler thread, whose finalizer was still joining the pool's threads when the main process's exit
    /// function terminated the daemon workers (`at_exit` true); the finalizer's own terminate() of them was never
    /// recorded. The note said "Pool#2's finalizer sent it".
    func testAWorkerTerminatedAtExitIsNotBlamedOnTheCollectedPoolsFinalizer() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-5"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-5", .processStart, [("name", .string("ForkPoolWorker-5")), ("role", .string("child"))])
        s.add(10, pid: 100, process: "MainProcess", thread: "Thread-6 (_handle_results)", .poolTerminate, object: "Pool#2",
              [("by", .string("collected"))])
        s.add(11, pid: 100, process: "MainProcess", .processTerminate,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-5")), ("at_exit", .bool(true))])
        s.add(12, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-5")), ("exitcode", .int(-15))])
        s.add(20, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().map(\.text)
        XCTAssertFalse(notes.contains { $0.contains("finalizer sent it") }, "\(notes)")
        XCTAssertTrue(notes.contains { $0.contains(Phrase.noteExitTerminated.text()) }, "\(notes)")
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertFalse(NotePremise.signalSent(childPid: 201, call: StateQueries.poolCollected, beforeStep: 6).holds(in: replayer))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes(), recorded: s.events).violations().count, 0)
    }
}
