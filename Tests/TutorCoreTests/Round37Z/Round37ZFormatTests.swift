import XCTest
@testable import TutorCore

/// Round 37Z: r37z_abba_deadlock_timeout's screen said "gave up waiting for Lock#2 after 1.000 s" and, one row later,
/// "acquired Lock#1 after 1000 ms" (the note and the summary too: "lock 1000 ms" under alice's "lock 1.000 s"): a wait
/// of 0.9996 s was below 1 s, so it took the ms unit, and rounded up to 1000 in it.
final class Round37ZFormatTests: XCTestCase {
    func testADurationThatRoundsUpToTheNextUnitIsWrittenInIt() {
        XCTAssertEqual(Format.duration(0.9996), "1.000 s")
        XCTAssertEqual(Format.duration(ns: 999_600_000), "1.000 s")
        XCTAssertEqual(Format.duration(0.0009997), "1 ms")
        XCTAssertEqual(Format.duration(-0.9996), "-1.000 s")
        // the units as before elsewhere
        XCTAssertEqual(Format.duration(0.9994), "999 ms")
        XCTAssertEqual(Format.duration(0.0012), "1 ms")
        XCTAssertEqual(Format.duration(0.000085), "85 µs")
        XCTAssertEqual(Format.duration(1.0034), "1.003 s")
        XCTAssertEqual(Format.duration(0), "0.000 s")
    }
}
