import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A wait with a timeout says it, and the row that gave up says which ran out.
final class TimeoutRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6a_futures_serial_one_worker: "waits in map() of work item 0" did not say map(timeout=5)'s limit, and the row
    /// that gave up did not say which timeout ran out (also Pool's get(timeout)).
    func testAWaitWithATimeoutSaysItAndTheRowThatGaveUpSaysWhichRanOut() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
              [("work", .int(2)), ("call", .string("map()")), ("timeout", .double(0.5)), ("left", .double(0.449))])
        s.add(450, pid: 100, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
              [("work", .int(2)), ("waited_ns", .int(449_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        s.add(451, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("call", .string("get()")), ("timeout", .double(0.2))])
        s.add(651, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(1)), ("ok", .bool(false)), ("waited_ns", .int(200_000_000)), ("error", .string("TimeoutError"))])
        let all = rows(s)
        XCTAssertEqual(all[0], "waits in next() of map()'s result iterator, for work item 2 (map()'s timeout 500 ms: 449 ms of it left)")
        XCTAssertEqual(all[1], "next() of map()'s result iterator raised TimeoutError for work item 2 after 449 ms: its timeout of 500 ms ran out")
        XCTAssertTrue(all[2].hasSuffix(" (timeout 200 ms)"), all[2])
        XCTAssertTrue(all[3].hasSuffix(": its timeout of 200 ms ran out"), all[3])
    }
}
