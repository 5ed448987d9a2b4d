import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A subprocess's captured or dropped line says it never reached the terminal.
final class SubprocessOutputRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func describe(_ s: EventScript, _ index: Int) -> String {
        let timeline = s.timeline()
        return EventDescriber(timeline: timeline, painter: painter).describe(index)
    }

    /// r7b_subprocess_in_pool: a subprocess's `print "10"` read as printed, though run(capture_output=True) took it into
    /// the worker's pipe; one sent to /dev/null neither reached the terminal; an inherited stream's row stays as it was.
    func testASubprocessesCapturedOrDroppedLineSaysItNeverReachedTheTerminal() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(301)), ("argv", .array([.string("python3")])), ("stdout", .string("pipe")), ("stderr", .string("pipe"))])
        s.add(2, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(302)), ("argv", .array([.string("python3")])), ("stdout", .string("devnull")), ("stderr", .string("stdout"))])
        s.add(3, pid: 100, process: "MainProcess", .subprocessSpawn, [("child_pid", .int(303)), ("argv", .array([.string("python3")]))])
        s.add(4, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(304)), ("argv", .array([.string("python3")])), ("stderr", .string("stdout"))])
        let captured = s.add(5, pid: 301, ppid: 100, process: "python3", "print", [("stream", .string("stdout")), ("text", .string("10"))])
        let dropped = s.add(6, pid: 302, ppid: 100, process: "python3", "print", [("stream", .string("stderr")), ("text", .string("oops"))])
        let shown = s.add(7, pid: 303, ppid: 100, process: "python3", "print", [("stream", .string("stdout")), ("text", .string("30"))])
        let merged = s.add(8, pid: 304, ppid: 100, process: "python3", "print", [("stream", .string("stderr")), ("text", .string("40"))])
        XCTAssertEqual(describe(s, captured), "print \"10\" (into a pipe its parent MainProcess reads, as subprocess.run(capture_output=True) "
                       + "does: it never reached the terminal)")
        XCTAssertEqual(describe(s, dropped), "stderr \"oops\" (into /dev/null: it never reached the terminal)")
        XCTAssertEqual(describe(s, shown), "print \"30\"")
        XCTAssertEqual(describe(s, merged), "stderr \"40\"", "stderr into an inherited stdout reaches the terminal")
    }
}
