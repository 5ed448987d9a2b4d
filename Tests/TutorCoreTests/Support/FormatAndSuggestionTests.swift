import XCTest
@testable import TutorCore
@testable import TutorTestSupport

final class SupportFormatTests: XCTestCase {
    func testSecondsHasThreeDecimals() {
        XCTAssertEqual(Format.seconds(1_007_000_000), "1.007 s")
        XCTAssertEqual(Format.seconds(0), "0.000 s")
        XCTAssertEqual(Format.seconds(12_345_678), "0.012 s")
        XCTAssertEqual(Format.seconds(2_999_600_000), "3.000 s")
    }

    func testDurationPicksAReadableUnit() {
        XCTAssertEqual(Format.duration(1.0034), "1.003 s")
        XCTAssertEqual(Format.duration(0), "0.000 s")
        XCTAssertEqual(Format.duration(0.012), "12 ms")
        XCTAssertEqual(Format.duration(0.001), "1 ms")
        XCTAssertEqual(Format.duration(0.000085), "85 µs")
        XCTAssertEqual(Format.duration(ns: 250_000_000), "250 ms")
        XCTAssertEqual(Format.duration(ns: 2_500_000_000), "2.500 s")
    }

    func testNegativeThreeDecimals() {
        XCTAssertEqual(String(format3: -1.5), "-1.500")
        XCTAssertEqual(String(format3: -0.25), "-0.250")
    }

    func testSignalNames() {
        XCTAssertEqual(Format.signalName(15), "SIGTERM")
        XCTAssertEqual(Format.signalName(9), "SIGKILL")
        XCTAssertEqual(Format.signalName(2), "SIGINT")
        XCTAssertEqual(Format.signalName(42), "signal 42")
    }
}

final class SupportSuggestionTests: XCTestCase {
    func testDistance() {
        XCTAssertEqual(Suggestion.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.distance("", "abc"), 3)
        XCTAssertEqual(Suggestion.distance("abc", ""), 3)
        XCTAssertEqual(Suggestion.distance("same", "same"), 0)
        XCTAssertEqual(Suggestion.distance("ab", "ba"), 2)
    }

    func testClosestFindsTypos() {
        let commands = ["lesson", "replay", "trace", "check", "list", "help"]
        XCTAssertEqual(Suggestion.closest(to: "lesosn", among: commands), "lesson")
        XCTAssertEqual(Suggestion.closest(to: "replya", among: commands), "replay")
        XCTAssertEqual(Suggestion.closest(to: "lst", among: commands), "list")
        XCTAssertNil(Suggestion.closest(to: "zzzzzzzz", among: commands))
        XCTAssertNil(Suggestion.closest(to: "x", among: []))
    }

    func testClosestFallsBackToPrefix() {
        XCTAssertEqual(Suggestion.closest(to: "pool", among: ["pool-async", "queue-basics"]), "pool-async")
    }
}
