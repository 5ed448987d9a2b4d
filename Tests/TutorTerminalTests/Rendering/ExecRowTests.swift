import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// os.exec*() rows, and a failed one that replaced nothing.
final class ExecRowTests: XCTestCase {
    /// r7b_execv_child: the child became another program (os.execv) with no row: its lane went on with the new
    /// program's print, and its exit code 4, as if run() had done them.
    func testAnExecHasARowAndAFailedOneSaysNothingWasReplaced() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processExec,
              [("call", .string("os.execv()")), ("argv", .array([.string("/usr/bin/python3"), .string("-c"), .string("print(1)")]))])
        s.add(2, pid: 201, process: "Process-1", .processExec,
              [("call", .string("os.execv()")), ("argv", .array([.string("prog")])), ("error", .string("FileNotFoundError: [Errno 2] No such file or directory"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(1), "os.execv(): becomes another program, same pid: /usr/bin/python3 -c print(1) (if the call succeeds, "
                       + "nothing after it runs, multiprocessing's cleanup after run() included; text not yet flushed is lost)")
        XCTAssertEqual(describer.describe(2), "os.execv() raised FileNotFoundError: [Errno 2] No such file or directory: the process was not replaced, it goes on")
    }
}
