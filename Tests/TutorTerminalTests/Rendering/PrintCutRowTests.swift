import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A print cut by the record says how long the line was.
final class PrintCutRowTests: XCTestCase {
    /// r5b_print_noflush_huge: the row of a 200 000-character line showed its first 65 536 characters as the line.
    func testAPrintCutByTheRecordSaysHowLongTheLineWas() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        let cut = s.add(1, pid: 100, process: "MainProcess", .print,
                        [("stream", .string("stdout")), ("text", .string("HHHH")), ("chars", .int(200_000))])
        let whole = s.add(2, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("HHHH")), ("chars", .int(4))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(cut), "print \"HHHH\" (cut: the line had 200000 characters; the record keeps the first 4)")
        XCTAssertEqual(describer.describe(whole), "print \"HHHH\"")
    }
}
