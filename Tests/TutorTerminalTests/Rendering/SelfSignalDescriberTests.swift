import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A signal a process sends itself with `os.kill(os.getpid(), sig)` (round 9A, `r9a_pool_sigint_terminate`): before,
/// it had no row, and a parent's `except KeyboardInterrupt` printed with nothing above it saying where it came from.
final class SelfSignalDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    private func row(handler: String, signame: String, function: JSONValue = .null) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSignalSelf,
              [("signum", .int(2)), ("signame", .string(signame)), ("handler", .string(handler)), ("function", function),
               ("call", .string("os.kill()"))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        return EventDescriber(timeline: timeline, painter: painter).describe(1)
    }

    func testASigintToItselfSaysPythonRaisesKeyboardInterrupt() {
        XCTAssertEqual(row(handler: "keyboard_interrupt", signame: "SIGINT"),
                       "os.kill(its own pid 100, SIGINT): a signal to itself; Python's SIGINT handler raises KeyboardInterrupt in the main thread, as Ctrl-C would")
    }

    func testTheHandlerItHadIsNamedOrIgnoredOrTheDefault() {
        XCTAssertTrue(row(handler: "python", signame: "SIGUSR1", function: .string("on_usr1")).hasSuffix("; its handler on_usr1() runs in the main thread"))
        XCTAssertTrue(row(handler: "ignored", signame: "SIGINT").hasSuffix("; it is ignored (SIG_IGN)"))
        XCTAssertTrue(row(handler: "default", signame: "SIGTERM").hasSuffix("; no handler: the signal's default action applies"))
        // a handler installed outside Python: nothing is said about what it does
        XCTAssertEqual(row(handler: "unknown", signame: "SIGUSR2"), "os.kill(its own pid 100, SIGUSR2): a signal to itself")
    }
}
