import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The tracer's `queue.put.changed` compares pickles (gaps 10B): a list of 200 numbers whose last one changed after
/// put() reads "[0, 1, 2, 3, 4, 5, 6, 7, ...]" both ways, and the row must not seem to say nothing changed.
final class PickledChangeRowTests: XCTestCase {
    func testAChangePastTheShortenedReprSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", "queue.create", object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        let short = "[0, 1, 2, 3, 4, 5, 6, 7, ...]"
        s.add(10, pid: 100, process: "MainProcess", "queue.put", object: "Queue#1", [("item", .string(short))])
        let changed = s.add(10.4, pid: 100, process: "MainProcess", thread: "QueueFeederThread", "queue.put.changed", object: "Queue#1",
                            [("item", .string(short)), ("sent", .string(short)), ("since_put_ns", .int(400_000))])
        let row = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(changed)
        XCTAssertTrue(row.hasSuffix("the reader gets it as pickled now (the pickled bytes differ from the object's pickle at put(); "
                                    + "the change is past the part of it shown here)"), row)
    }
}
