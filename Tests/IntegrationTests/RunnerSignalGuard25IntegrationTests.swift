import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Guard 25: a fault signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTRAP, SIGXFSZ) that a program of the run
/// kill()s its parent with no longer ends mp-tutor: noted like SIGUSR1, the run goes on.
final class RunnerSignalGuard25IntegrationTests: XCTestCase {
    static let faultNames = ["SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE", "SIGABRT", "SIGSYS", "SIGTRAP", "SIGXFSZ"]

    func testAFaultSignalFromTheMainProcessToItsParentIsNotedAndTheRunGoesOn() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/comm") else { throw XCTSkip("needs /proc") }
        let script = try BinaryHarness.script("main_signals_parent.py", RunnerSignalGuard24IntegrationTests.mainProgram)
        for method in ["spawn", "fork"] {
            let result = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", script, method]
                                               + Self.faultNames)
            XCTAssertEqual(result.status, .exited(0), method + ": " + result.stdout + result.stderr)
            XCTAssertTrue(result.stdout.contains("print \"parent is mp-tutor: True\""), result.stdout)
            XCTAssertTrue(result.stdout.contains("print \"main done\""), result.stdout)
            let said = result.stdout.split(separator: "\n").filter { $0.contains("mp-tutor itself received") }
            XCTAssertEqual(said.count, 1, result.stdout)
            XCTAssertTrue(said.first?.contains("mp-tutor itself received " + Self.faultNames.joined(separator: ", ") + " from pid ") == true,
                          result.stdout)
            XCTAssertTrue(said.first?.contains(", the program's main process, ") == true, result.stdout)
            XCTAssertFalse(result.stderr.contains("Crash"), result.stderr)
            XCTAssertEqual(BinaryHarness.survivors(of: result), [])
        }
    }

    /// A stack the program prints itself shows the tracer's wrapper frames (they cannot be left out): the summary says
    /// so in one line; a run that prints no such stack has no such line.
    func testAPrintedStackNamingTheTracerIsSaidToBeTheTracers() throws {
        let script = try BinaryHarness.script("print_stack.py", """
        import multiprocessing as mp, sys, traceback

        def child():
            traceback.print_stack(file=sys.stdout)

        if __name__ == "__main__":
            mp.set_start_method(sys.argv[1])
            p = mp.Process(target=child)
            p.start()
            p.join()
            print("main done", flush=True)
        """)
        let result = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", script, "fork"])
        XCTAssertEqual(result.status, .exited(0), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("mptutor_trace/process.py"), result.stdout)
        let said = result.stdout.split(separator: "\n").filter { $0.contains("lines above that name mptutor_trace/ are mp-tutor's tracer") }
        XCTAssertEqual(said.count, 1, result.stdout)
    }
}
