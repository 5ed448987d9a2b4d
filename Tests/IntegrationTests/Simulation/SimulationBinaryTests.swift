import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// `mp-tutor simulate scheduling` through the built binary, with stdout a pipe.
final class SimulationBinaryTests: XCTestCase {
    func testStepWithoutATerminalPrintsEveryTickAndExits() throws {
        let result = try BinaryHarness.run(["simulate", "scheduling", "--algo", "rr", "--quantum", "2", "--step"], timeout: 30)
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertLessThan(result.seconds, 20, "must never wait for a key")
        for tick in 0..<26 {
            XCTAssertTrue(result.stdout.contains("t = \(tick) → \(tick + 1)\n"), "missing tick \(tick)")
        }
        XCTAssertTrue(result.stdout.contains("t = 26: all jobs have finished"))
        XCTAssertTrue(result.stdout.contains("ready queue"))
        XCTAssertTrue(result.stdout.contains("Average"))
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no escape sequences into a pipe")
    }

    func testBadJobsAreAUsageError() throws {
        let result = try BinaryHarness.run(["simulate", "scheduling", "--jobs", "A:0:3,B:x:4"], timeout: 30)
        XCTAssertEqual(result.status, .exited(64))
        XCTAssertTrue(result.stderr.contains("--jobs item 'B:x:4': arrival must be a whole number ≥ 0"), result.stderr)
    }
}
