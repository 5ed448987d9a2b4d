import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Bytes from a raw-mode terminal to keys, including sequences cut between reads.
final class SteppingKeyDecoderTests: XCTestCase {
    private func keys(_ chunks: [[UInt8]], flush: Bool = false) -> [Key] {
        var decoder = KeyDecoder()
        var keys = chunks.flatMap { decoder.feed($0) }
        if flush { keys += decoder.flush() }
        return keys
    }

    func testPlainKeysEnterBackspaceAndControls() {
        XCTAssertEqual(keys([Array("nb q".utf8)]), [.character("n"), .character("b"), .character(" "), .character("q")])
        XCTAssertEqual(keys([[0x0D, 0x0A, 0x7F, 0x08, 0x03, 0x04, 0x01]]), [.enter, .enter, .backspace, .backspace, .interrupt, .endOfInput, .unknown])
    }

    func testArrowKeysInBothForms() {
        XCTAssertEqual(keys([[0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44, 0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42]]), [.right, .left, .up, .down])
        XCTAssertEqual(keys([[0x1B, 0x4F, 0x43, 0x1B, 0x4F, 0x44]]), [.right, .left])
        XCTAssertEqual(keys([Array("\u{1B}[1~\u{1B}[4~\u{1B}[5~\u{1B}[6~\u{1B}[H\u{1B}[F\u{1B}[1;5C".utf8)]),
                       [.home, .end, .pageUp, .pageDown, .home, .end, .right])
    }

    func testEscapeSequenceSplitAcrossReads() {
        XCTAssertEqual(keys([[0x1B], [0x5B], [0x43]]), [.right])
        XCTAssertEqual(keys([[0x6E, 0x1B, 0x5B], [0x44, 0x62]]), [.character("n"), .left, .character("b")])
        XCTAssertEqual(keys([[0x1B], [0x4F], [0x44]]), [.left])
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x1B, 0x5B, 0x31]), [])
        XCTAssertTrue(decoder.hasPending, "an unfinished sequence waits for its end")
        XCTAssertEqual(decoder.feed([0x7E]), [.home])
        XCTAssertFalse(decoder.hasPending)
    }

    func testLoneEscapeOnlyWhenNothingFollows() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x1B]), [], "ESC alone may be the start of an arrow key")
        XCTAssertEqual(decoder.flush(), [.escape])
        XCTAssertEqual(keys([[0x1B, 0x5B]], flush: true), [.escape, .character("[")])
        XCTAssertEqual(keys([[0x1B, 0x71]]), [.escape, .character("q")], "Alt+q is Escape then q")
    }

    func testDigitsThenEnterAndUTF8SplitAcrossReads() {
        XCTAssertEqual(keys([Array("42".utf8), [0x0D]]), [.character("4"), .character("2"), .enter])
        let e = Array("é".utf8), han = Array("进".utf8)
        XCTAssertEqual(keys([[e[0]], [e[1]] + [han[0], han[1]], [han[2]]]), [.character("é"), .character("进")])
        XCTAssertEqual(keys([[0x80]]), [.unknown], "a stray continuation byte is no key")
    }

    func testKeysDriveTheSessionLikeTheLoopDoes() throws {
        let model = try SteppingTestSupport.poolAsync()
        var session = StepSession()
        for key in keys([Array("12".utf8), [0x0D]]) { _ = session.handle(key, in: model) }
        XCTAssertEqual(session.step, 11, "digits then Enter go to that step (1-based)")
        for key in keys([[0x1B, 0x5B], [0x44]]) { _ = session.handle(key, in: model) }
        XCTAssertEqual(session.step, 10)
        XCTAssertEqual(keys([[0x03]]).map { session.handle($0, in: model) }, [.interrupt])
        XCTAssertEqual(session.handle(.character("q"), in: model), .quit)
    }
}
