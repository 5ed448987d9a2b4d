import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A wrapped row adds no character to the text.
final class WrappedRowTextTests: XCTestCase {
    private func wrappedLines(_ s: EventScript, width: Int) -> [String] {
        var options = TimelineRenderer.Options()
        options.wrapsRows = true
        let caps = TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false)
        return TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: caps, options: options)
            .render().split(separator: "\n").map(String.init)
    }

    /// r5b_print_noflush_huge, r5b_terminate_get_kill_print (a pipe): a long word wrapped over several lines came
    /// back with a space every line ("HH HHHH…", ".. \""): the continuation lines were joined with spaces and
    /// wrapped again. Wrapped, a print row's text is the program's text: put back together, nothing added.
    func testAWrappedRowAddsNoCharacterToTheText() {
        for (printed, width) in [(String(repeating: "H", count: 700), 60), ("line 7 " + String(repeating: ".", count: 60), 40),
                                 (String(repeating: "多进程的输出", count: 40), 50)] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string(printed))])
            let lines = wrappedLines(s, width: width)
            guard let first = lines.firstIndex(where: { $0.contains("print \"") }) else { return XCTFail(lines.joined(separator: "\n")) }
            let start = lines[first].range(of: "print \"")!.upperBound
            var text = String(lines[first][start...])
            for line in lines[(first + 1)...] where line.hasPrefix(" ") {
                text += line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String(line.drop { $0 == " " })
            }
            // a break at a space drops that space (as any wrap does): compare without spaces, and the length with them
            XCTAssertEqual(text.replacingOccurrences(of: " ", with: ""), (printed + "\"").replacingOccurrences(of: " ", with: ""),
                           lines.joined(separator: "\n"))
            XCTAssertGreaterThanOrEqual(text.count, printed.count + 1 - printed.filter { $0 == " " }.count, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= width }, lines.joined(separator: "\n"))
            if !printed.contains(" ") { XCTAssertFalse(text.contains(" "), "no space the program did not print:\n" + lines.joined(separator: "\n")) }
        }
    }
}
