import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r9a_logging_pool_initializer (spawn): "… feeder thread, which still has to write to the pipe the item it is writing"
/// while another process's feeder held the queue's write lock (shared by every process using the queue). The tracer
/// now says whose it is (gaps 10B): `writing` only for this process's own hold, `lock_elsewhere` for another's.
final class FeederLockRowTests: XCTestCase {
    private func row(_ fields: [(String, JSONValue)]) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", "queue.create", object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        let i = s.add(5, pid: 100, process: "MainProcess", "queue.feeder.wait", object: "Queue#1", fields + [("at_exit", .bool(true))])
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(i)
    }

    func testALockHeldByAnotherProcessIsNotThisFeederWriting() {
        let other = row([("left", .int(0)), ("writing", .bool(false)), ("lock_elsewhere", .bool(true))])
        XCTAssertFalse(other.contains("the item it is writing"), other)
        XCTAssertTrue(other.contains("still has to write to the pipe any item it has taken off its buffer, once it can take the queue's "
                                     + "write lock, held now by another process"), other)
        let own = row([("left", .int(0)), ("writing", .bool(true)), ("lock_elsewhere", .bool(false))])
        XCTAssertTrue(own.contains("still has to write to the pipe the item it is writing"), own)
    }
}
