import XCTest
@testable import TutorCommands
@testable import TutorCore
@testable import TutorTerminal

/// The banner of a live run fits the screen: at 80 columns the Chinese one (its hint twice as wide as its
/// characters) was 117 columns wide, and the terminal broke it inside a word.
final class RunBannerTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false))

    func testAChineseBannerFitsEightyColumnsAndKeepsItsHintWhole() {
        let text = Language.with(.zh) {
            RunBanner.text(headline: Phrase.runningLine.text(["command": "lessons/pool-async/demo.py --workers 3 --tasks 10 --seconds 0.5"]),
                           hint: Phrase.watchdogHint.text(["timeout": "30.000 s"]), painter: painter, width: 80)
        }
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, text)
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 80 }, text)
        XCTAssertEqual(lines.last, "  " + Language.with(.zh) { Phrase.watchdogHint.text(["timeout": "30.000 s"]) }, "the hint is whole, on a line of its own")
    }

    func testABannerThatFitsStaysOneLine() {
        let text = RunBanner.text(headline: "running demo.py", hint: "(watchdog 30.000 s)", painter: painter, width: 80)
        XCTAssertEqual(text, "▶ running demo.py  (watchdog 30.000 s)\n")
    }

    func testALongCommandStaysWhole() {
        let command = "/tmp/" + String(repeating: "long-folder/", count: 8) + "script.py --flag"
        let text = RunBanner.text(headline: "tracing " + command, hint: "(no watchdog)", painter: painter, width: 40)
        XCTAssertEqual(text, "▶ tracing \(command)\n  (no watchdog)\n", "the command is copied as it ran, never broken")
    }
}
