import XCTest
@testable import TutorAnalysis

/// Perf 31: work item numbers kept as array indexes, with the numbers a hostile transcript may hold.
final class WorkNumberFlagsTests: XCTestCase {
    /// Numbers with gaps, negative numbers and numbers near the ends of `Int64`: each keeps its own flags, nothing traps.
    func testGapsNegativeAndHugeNumbersKeepTheirFlags() {
        var flags = WorkNumberFlags()
        let numbers: [Int64] = [0, 3, 1_000, -1, Int64.min, Int64.max, 50_000_000_000, 1_023, 1_024]
        for (k, n) in numbers.enumerated() { flags.insert(k % 2 == 0 ? 1 : 2, n) }
        for (k, n) in numbers.enumerated() {
            XCTAssertEqual(flags.flags(n), k % 2 == 0 ? 1 : 2, "number \(n)")
        }
        for n: Int64 in [1, 2, 4, 999, 1_025, -2, Int64.max - 1, Int64.min + 1] {
            XCTAssertEqual(flags.flags(n), 0, "number \(n) was never marked")
        }
        XCTAssertEqual(flags.count, numbers.count)
        flags.insert(2, 0)
        flags.insert(1, Int64.max)
        XCTAssertEqual(flags.flags(0), 3)
        XCTAssertEqual(flags.flags(Int64.max), 3)
        XCTAssertTrue(flags.contains(3, 0))
        XCTAssertFalse(flags.contains(2, 3_000))
        XCTAssertEqual(flags.count, numbers.count, "flags added to numbers already marked count no new number")
    }

    /// A large number marked first is kept aside; once enough numbers below it are marked the array grows past it,
    /// and it must come along with its flags (not read as unmarked, not counted twice).
    func testANumberKeptAsideMovesIntoTheArrayWhenItGrows() {
        var flags = WorkNumberFlags()
        flags.insert(2, 5_000)
        flags.insert(1, 9_000)
        for n: Int64 in 0..<2_000 { flags.insert(1, n) }
        XCTAssertEqual(flags.flags(5_000), 2)
        flags.insert(1, 5_000)
        XCTAssertEqual(flags.flags(5_000), 3)
        XCTAssertEqual(flags.flags(9_000), 1)
        XCTAssertEqual(flags.flags(1_999), 1)
        XCTAssertEqual(flags.flags(2_000), 0)
        XCTAssertEqual(flags.count, 2_002)
    }

    /// A million numbers in order, as a long run submits them: all marked, all read back.
    func testAMillionNumbersInOrder() {
        var flags = WorkNumberFlags()
        for n: Int64 in 0..<1_000_000 { flags.insert(1, n) }
        for n: Int64 in stride(from: 0, to: 1_000_000, by: 2) { flags.insert(2, n) }
        XCTAssertEqual(flags.count, 1_000_000)
        XCTAssertEqual(flags.flags(999_998), 3)
        XCTAssertEqual(flags.flags(999_999), 1)
        XCTAssertEqual(flags.flags(1_000_000), 0)
    }
}
