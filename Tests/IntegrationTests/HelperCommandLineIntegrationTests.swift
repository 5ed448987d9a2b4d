import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Fix 25: a program's own interpreter whose command line names a helper of multiprocessing's (`import
/// multiprocessing.resource_tracker` in a `-c`) is the program's, not that helper: before, the tracer took it for the
/// resource tracker, its first print() died by SIGSEGV (the tracker's stand-in stdout freed while print() held it)
/// and the screen showed a "resource tracker" lane ended by a signal.
final class HelperCommandLineIntegrationTests: XCTestCase {
    static let program = """
    import subprocess, sys
    for code in ("import multiprocessing.resource_tracker; print(1); print(2)",
                 "import multiprocessing.forkserver; print(3); print(4)",
                 "from multiprocessing.spawn import spawn_main; print(5); print(6)"):
        r = subprocess.run([sys.executable, "-c", code])
        print("rc", r.returncode, flush=True)

    """

    func testASubprocessNamingAHelpersModuleRunsAndPrintsAsUntraced() throws {
        let script = try BinaryHarness.script("names_helpers.py", Self.program)
        let result = try BinaryHarness.run(["trace", "--timeout", "60", "--color", "never", "--width", "300",
                                            "--show-helpers", script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        let screen = result.stdout
        for line in ["print \"1\"", "print \"2\"", "print \"3\"", "print \"4\"", "print \"5\"", "print \"6\""] {
            XCTAssertTrue(screen.contains(line), "\(line) missing:\n\(screen)")
        }
        XCTAssertEqual(screen.components(separatedBy: "print \"rc 0\"").count - 1, 3, screen)
        XCTAssertFalse(screen.contains("SIGSEGV"), screen)
        XCTAssertFalse(screen.contains("resource tracker"), screen)
        XCTAssertFalse(screen.contains("forkserver started"), screen)
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }
}
