import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Alike events are gathered into one timeline row only when they are close in time.
final class AlikeRowGroupingTests: XCTestCase {
    /// r7a_queue_empty_polling: "3× put 0 on Queue#1 … put 2 on Queue#1" at 0.284 s, though the puts were 50 ms apart (the
    /// row showed the first put's time): alike events join a row only within the time column's step of its first.
    func testAlikeEventsFarApartAreNotOneRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        for (i, ms) in [284.0, 334, 384, 400, 400.2, 400.5].enumerated() {
            s.add(ms, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("\(i)"))])
        }
        var options = TimelineRenderer.Options()
        options.maxRows = .max
        let text = TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: .plain, options: options).render()
        let puts = text.split(separator: "\n").filter { $0.contains("put") && $0.contains("Queue#1") }
        XCTAssertEqual(puts.count, 4, text)
        XCTAssertTrue(puts[0].hasPrefix("0.284") && puts[0].hasSuffix("put 0 on Queue#1"), text)
        XCTAssertTrue(puts[1].hasPrefix("0.334") && puts[2].hasPrefix("0.384"), text)
        XCTAssertTrue(puts[3].hasPrefix("0.400") && puts[3].contains("3× put 3 on Queue#1"), text)
    }
}
