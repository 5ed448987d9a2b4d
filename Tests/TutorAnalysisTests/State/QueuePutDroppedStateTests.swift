import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r12_queue_put_unpicklable, gaps 14B: an object put() took that the queue's feeder thread could not pickle is dropped:
/// it leaves the queue's items, and no get() is linked to its put.
final class QueuePutDroppedStateTests: XCTestCase {
    private func droppedRun() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        s.add(2, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("<function <lambda>>")), ("waited_ns", .int(0))])
        s.add(3, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("<Box object at 0x1>")), ("waited_ns", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
              [("item", .string("<function <lambda>>")), ("type", .string("function")),
               ("message", .string("PicklingError: Can't pickle")), ("since_put_ns", .int(2_000_000))])
        // the reader's repr of the Box differs (another address): the get matches no put by its text
        s.add(5, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("<Box object at 0x2>")), ("waited_ns", .int(0))])
        return s.timeline()
    }

    func testTheDroppedItemLeavesTheQueueAndIsNeverDelivered() {
        let timeline = droppedRun()
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertEqual(replayer.state(after: 3).queues.first?.items.map(\.repr), ["<function <lambda>>", "<Box object at 0x1>"])
        XCTAssertEqual(replayer.state(after: 4).queues.first?.items.map(\.repr), ["<Box object at 0x1>"])
        XCTAssertEqual(replayer.state(after: 5).queues.first?.items.map(\.repr), [])
        let delivery = CausalLinker.links(in: timeline).first { $0.kind == .delivery }
        XCTAssertEqual(delivery?.cause, 3, "the get took the Box's put, not the dropped lambda's")
        XCTAssertEqual(delivery?.effect, 5)
    }

    /// The feeder failed before put() stamped its row (no since_put_ns): the put that follows adds nothing.
    func testADropStampedBeforeItsPutRowTakesThatPut() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        s.add(2, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
              [("item", .string("<lock>")), ("type", .string("lock")), ("message", .string("TypeError: cannot pickle")),
               ("since_put_ns", .null)])
        s.add(3, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("<lock>")), ("waited_ns", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("<Box object at 0x1>")), ("waited_ns", .int(0))])
        s.add(5, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("<Box object at 0x2>")), ("waited_ns", .int(0))])
        let timeline = s.timeline()
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: 4).queues.first?.items.map(\.repr), ["<Box object at 0x1>"])
        XCTAssertEqual(CausalLinker.links(in: timeline).first { $0.kind == .delivery }?.cause, 4)
    }
}
