import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 20, r20_queuehandler_inherited_handler (fork): "at exit, multiprocessing joins Queue#1's feeder thread, which
/// still has to write to the pipe the item it is writing" at 0.761 s, though the one item MainProcess put (None) had
/// been got at 0.760 s: the feeder held the queue's write lock between its last write and the release.
final class Round20FeederRowTests: XCTestCase {
    /// MainProcess puts None (depth 1); the listener thread gets it (depth 0); then, if `putAgain`, MainProcess puts
    /// once more; the feeder join at exit finds the write lock held by this process and nothing left.
    private func row(putAgain: Bool) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1")
        s.add(2, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("None")), ("depth", .int(1))])
        s.add(3, pid: 100, process: "MainProcess", thread: "_monitor", .queueGet, object: "Queue#1", [("item", .string("None")), ("depth", .int(0))])
        if putAgain { s.add(4, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("1")), ("depth", .int(1))]) }
        let wait = s.add(5, pid: 100, process: "MainProcess", .queueFeederWait, object: "Queue#1",
                         [("left", .int(0)), ("writing", .bool(true)), ("at_exit", .bool(true)), ("lock_elsewhere", .bool(false))])
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(wait)
    }

    func testAFeederWhoseItemsWereAllReadIsNotSaidToStillBeWritingOne() {
        XCTAssertEqual(row(putAgain: false), "at exit, multiprocessing joins Queue#1's feeder thread, which has written every item this process put (the queue was empty after a get at 0.003 s) and has yet to release the queue's write lock")
    }

    func testAPutAfterTheLastEmptyingGetKeepsTheOldWords() {
        XCTAssertTrue(row(putAgain: true).contains("which still has to write to the pipe the item it is writing"), row(putAgain: true))
    }
}
