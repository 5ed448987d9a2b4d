@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class TerminalPainterTests: XCTestCase {
    private let colour = Painter(capabilities: TerminalCapabilities(color: true, unicode: true, width: 80, isInteractive: true))
    private let plain = Painter(capabilities: TerminalCapabilities(color: false, unicode: false, width: 80, isInteractive: false))

    func testPaintWrapsTextInSGR() {
        XCTAssertEqual(colour.paint("x", .bold), "\u{1B}[1mx\u{1B}[0m")
        XCTAssertEqual(colour.paint("x", .bold, .red), "\u{1B}[1;31mx\u{1B}[0m")
        XCTAssertEqual(colour.paint("x"), "x")
    }

    func testPaintReopensStylesAfterInnerResets() {
        let inner = colour.paint("b", .red)
        XCTAssertEqual(colour.paint("a" + inner + "c", .bold), "\u{1B}[1ma\u{1B}[31mb\u{1B}[0m\u{1B}[1mc\u{1B}[0m")
    }

    func testPaintIsIdentityWithoutColour() {
        XCTAssertEqual(plain.paint("x", .bold, .cyan), "x")
    }

    func testSymbolFollowsUnicodeCapability() {
        XCTAssertEqual(colour.symbol("•", ascii: "-"), "•")
        XCTAssertEqual(plain.symbol("•", ascii: "-"), "-")
    }

    func testDetectHonoursChoiceAndEnvironment() {
        // Tests do not run on a terminal: a pipe or file descriptor that is not a TTY.
        let notATerminal: Int32 = -1
        let auto = TerminalCapabilities.detect(colorChoice: .auto, ascii: false, environment: ["TERM": "xterm"], fileDescriptor: notATerminal)
        XCTAssertFalse(auto.color)
        XCTAssertFalse(auto.isInteractive)
        XCTAssertTrue(auto.unicode)
        let always = TerminalCapabilities.detect(colorChoice: .always, ascii: true, environment: ["NO_COLOR": "1"], fileDescriptor: notATerminal)
        XCTAssertTrue(always.color)
        XCTAssertFalse(always.unicode)
        let never = TerminalCapabilities.detect(colorChoice: .never, ascii: false, environment: [:], fileDescriptor: notATerminal)
        XCTAssertFalse(never.color)
    }

    func testDetectWidthFallsBackToColumnsThenTheWidePipeLayout() {
        let notATerminal: Int32 = -1
        XCTAssertEqual(TerminalCapabilities.detect(colorChoice: .auto, ascii: false, environment: ["COLUMNS": "132"], fileDescriptor: notATerminal).width, 132)
        XCTAssertEqual(TerminalCapabilities.detect(colorChoice: .auto, ascii: false, environment: ["COLUMNS": "x"], fileDescriptor: notATerminal).width,
                       TerminalCapabilities.pipeWidth, "a pipe without COLUMNS gets the wide layout")
        XCTAssertEqual(TerminalCapabilities.detect(colorChoice: .auto, ascii: false, environment: [:], fileDescriptor: notATerminal).width, TerminalCapabilities.pipeWidth)
    }

    func testColorChoiceRawValues() {
        XCTAssertEqual(ColorChoice.allCases.map(\.rawValue), ["auto", "always", "never"])
        XCTAssertEqual(TerminalCapabilities.plain, TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false))
    }
}
