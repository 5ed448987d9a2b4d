import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// "none lost" said of a run whose stdout held lines no row shows (Round 5B item 8): the record line says what is missing.
final class SummaryUnrecordedOutputTests: XCTestCase {
    private func summary(_ run: RunFacts, _ language: Language) -> String {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "print", [("stream", .string("stdout")), ("text", .string("hi"))])
        s.add(2, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        return Language.with(language) { SummaryRenderer(timeline: s.timeline(run: run), capabilities: caps).render() }
    }

    func testOutputOnNoRowIsSaidInsteadOfNoneLost() {
        var run = RunFacts()
        run.unrecordedStdoutChars = 35
        let english = summary(run, .en)
        XCTAssertTrue(english.contains("record: 3 events, no event lost\n"), english)
        XCTAssertTrue(english.contains("at least 35 characters the run wrote to stdout are on no row: they went past print()/sys.stdout"), english)
        XCTAssertFalse(english.contains("none lost"), english)
        XCTAssertFalse(english.contains("stderr"), english)
        let chinese = summary(run, .zh)
        XCTAssertTrue(chinese.contains("程序写到 stdout 的内容中至少有 35 个字符不在任何一行上"), chinese)
        XCTAssertFalse(chinese.contains("无丢失"), chinese)
    }

    func testARecordWithoutTheCountSaysNoneLostAsBefore() {
        let english = summary(RunFacts(), .en)
        XCTAssertTrue(english.contains("record: 3 events, none lost"), english)
        XCTAssertFalse(english.contains("on no row"), english)
    }
}
