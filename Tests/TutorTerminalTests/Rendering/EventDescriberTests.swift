import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The words of a timeline row for threading's primitives and threading.local.
final class EventDescriberTests: XCTestCase {
    func testThreadingObjectsAndLocals() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "BoundedSemaphore#1",
              [("type", .string("BoundedSemaphore")), ("value", .int(2)), ("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "Semaphore#1", [("type", .string("Semaphore")), ("value", .int(3))])
        s.add(3, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        s.add(4, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1", [("threading", .bool(true))])
        s.add(5, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3)), ("threading", .bool(true))])
        s.add(6, pid: 100, process: "MainProcess", .lockRelease, object: "BoundedSemaphore#1", [("count", .int(2))])
        s.add(7, pid: 100, process: "MainProcess", .localCreate, object: "Local#1")
        s.add(8, pid: 100, process: "MainProcess", .localSet, object: "Local#1", [("attr", .string("name")), ("value", .string("'p1'"))])
        s.add(9, pid: 100, process: "MainProcess", .localGet, object: "Local#1", [("attr", .string("name")), ("value", .string("'p1'"))])
        s.add(10, pid: 100, process: "MainProcess", .localGet, object: "Local#1", [("attr", .string("name")), ("missing", .bool(true))])
        s.add(11, pid: 100, process: "MainProcess", .localDel, object: "Local#1", [("attr", .string("name"))])
        s.add(12, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1", [("threading", .bool(true))])
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: false, width: 100, isInteractive: false))
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let rows = timeline.events.indices.map(describer.describe)
        XCTAssertEqual(rows, [
            "BoundedSemaphore#1 created (threading.BoundedSemaphore, value 2)",
            "Semaphore#1 created (value 3)",
            "Lock#1 created",
            "Event#1 created (threading.Event)",
            "Barrier#1 created: 3 parties (threading.Barrier)",
            "released BoundedSemaphore#1 x2",
            "Local#1 created (threading.local: a value per thread)",
            "sets Local#1.name = 'p1' (this thread's)",
            "reads Local#1.name -> 'p1'",
            "reads Local#1.name: not set in this thread (AttributeError)",
            "deletes Local#1.name (this thread's)",
            "Condition#1 created (threading.Condition)",
        ])
    }
}
