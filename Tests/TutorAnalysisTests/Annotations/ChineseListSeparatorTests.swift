import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// zh19: lists inside a Chinese note are joined with the catalog's separator (`listSeparator`, "；"), not an ASCII "; "
/// written in the code (the queue-leftover note read "'A'（w0 在 0.842 s 放入）; 'B'…" in r18_joinable_worker_raises_hang).
final class ChineseListSeparatorTests: XCTestCase {
    private func twoItemsLeft() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        s.add(2, pid: 30, ppid: 10, process: "w0", .processStart, [("name", .string("w0")), ("role", .string("child"))])
        s.add(100, pid: 30, ppid: 10, process: "w0", .queuePut, object: "Queue#1", [("item", .string("'A'"))])
        s.add(200, pid: 30, ppid: 10, process: "w0", .queuePut, object: "Queue#1", [("item", .string("'B'"))])
        s.add(300, pid: 30, ppid: 10, process: "w0", .processRunEnd, [("name", .string("w0")), ("exitcode", .int(0))])
        s.add(301, pid: 30, ppid: 10, process: "w0", .processExit, [("exitcode", .int(0))])
        s.add(400, pid: 10, process: "MainProcess", .processExit, [("exitcode", .int(0)), ("observed_by", .string("mp-tutor"))])
        return s.timeline()
    }

    func testTheItemsLeftInAQueueAreJoinedWithTheChineseSeparator() throws {
        let timeline = twoItemsLeft()
        let chinese = try Language.with(.zh) { () throws -> String in
            try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.kind == .queueItemsLeft }).text
        }
        XCTAssertTrue(chinese.contains("'A'（w0 在 0.100 s 放入）；'B'（w0 在 0.200 s 放入）"), chinese)
        XCTAssertFalse(chinese.contains("; "), chinese)
        let english = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.kind == .queueItemsLeft }).text
        XCTAssertTrue(english.contains("'A', put by w0 at 0.100 s; 'B', put by w0 at 0.200 s"), english)
    }
}
