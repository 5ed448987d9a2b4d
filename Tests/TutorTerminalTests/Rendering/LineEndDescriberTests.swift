import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r8_primes_progress_executor: `checked 5/5\r` (flushed, no newline) then a bare print(): the last partial row stayed
/// "(no newline)" and nothing said the line ended. The tracer's print.end now has its row.
final class LineEndDescriberTests: XCTestCase {
    func testTheNewlineThatEndsALinePrintedInPartsHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let part = s.add(5, pid: 100, process: "MainProcess", .print,
                         [("stream", .string("stdout")), ("text", .string("checked 5/5\r")), ("partial", .bool(true))])
        let end = s.add(6, pid: 100, process: "MainProcess", .printEnd, [("stream", .string("stdout"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertTrue(describer.describe(part).hasSuffix("(no newline)"), describer.describe(part))
        XCTAssertEqual(describer.describe(end), "print newline: the line printed in parts above ends here, with nothing more on it")
    }
}
