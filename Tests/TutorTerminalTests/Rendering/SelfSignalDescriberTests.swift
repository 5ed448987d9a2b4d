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

    /// `r9a_alarm_interrupts_map`: a SIGALRM handler raised TimeoutError inside map()'s wait. Before, nothing said so
    /// (map() has no timeout of its own); with the handler's rows between the wait and its end, the end must still
    /// be named as the program wrote the call.
    func testAHandlerThatRaisesInsideAWaitIsSaidAndTheWaitKeepsItsName() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolWait,
              [("object", .string("Pool#1")), ("job", .int(0)), ("index", .int(0)), ("call", .string("map()"))])
        s.add(1000, pid: 100, process: "MainProcess", .signalHandler,
              [("signum", .int(14)), ("signame", .string("SIGALRM")), ("function", .string("on_alarm"))])
        s.add(1000.1, pid: 100, process: "MainProcess", .signalHandlerEnd,
              [("signum", .int(14)), ("signame", .string("SIGALRM")), ("function", .string("on_alarm")), ("ok", .bool(false)),
               ("error", .string("TimeoutError: map took too long"))])
        s.add(1000.2, pid: 100, process: "MainProcess", .poolGet,
              [("object", .string("Pool#1")), ("job", .int(0)), ("ok", .bool(false)), ("waited_ns", .int(999_000_000)),
               ("error", .string("TimeoutError"))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(2), "SIGALRM arrived: its handler on_alarm() runs in the main thread")
        XCTAssertEqual(describer.describe(3),
                       "handler on_alarm() raised TimeoutError: map took too long: Python raises it where the main thread was when SIGALRM came")
        XCTAssertTrue(describer.describe(4).hasPrefix("map() of task 0 raised TimeoutError"), describer.describe(4))
    }
}
