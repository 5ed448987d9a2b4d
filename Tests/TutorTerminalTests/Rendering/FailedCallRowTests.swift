import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Calls that failed or succeeded quietly and had no row (gaps 13A, round 12's "Seen, not fixed"): a submission a closed
/// Pool refused, Process.close() and the closed object's later calls, a Process() constructor that raised, and a
/// thread's exception handed to the program's own threading.excepthook.
final class FailedCallRowTests: XCTestCase {
    private func describer(_ s: EventScript) -> EventDescriber {
        EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
    }

    /// r12_pool_closed_apply_async: apply_async() and map() after close(), apply_async() after terminate().
    func testARefusedSubmissionPointsAtTheCloseOrTerminateBeforeIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(5, pid: 100, process: "MainProcess", .poolClose, object: "Pool#1")
        let refused: [(String, JSONValue)] = [("method", .string("map")), ("func", .string("square")),
                                              ("state", .string("CLOSE")), ("error", .string("ValueError: Pool not running"))]
        let map = s.add(6, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#1", refused)
        s.add(7, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(9, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#2")
        let late = s.add(12, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#2",
                         [("method", .string("apply_async")), ("func", .string("square")), ("state", .string("TERMINATE")),
                          ("error", .string("ValueError: Pool not running"))])
        // A refusal whose pool's close() is not in the record (another process's, or an older record): no time said.
        let unseen = s.add(13, pid: 100, process: "MainProcess", .poolRefused, object: "Pool#3", refused)
        let rows = describer(s)
        XCTAssertEqual(rows.describe(map), "map() refused: Pool#1 was closed at 0.005 s (close()), so it takes no new work (ValueError: Pool not running); no task was made")
        XCTAssertEqual(rows.describe(late), "apply_async() refused: Pool#2 was terminated at 0.009 s (terminate()), so it takes no new work (ValueError: Pool not running); no task was made")
        XCTAssertEqual(rows.describe(unseen), "map() refused: Pool#3 is no longer running, so it takes no new work (ValueError: Pool not running); no task was made")
    }

    /// r12_process_closed_calls: close(), a second close(), then is_alive(), exitcode and pid of the closed object.
    func testClosedObjectsCallsPointAtItsClose() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let close = s.add(10, pid: 100, process: "MainProcess", .processClose, [("name", .string("Process-1")), ("again", .bool(false))])
        let again = s.add(11, pid: 100, process: "MainProcess", .processClose, [("name", .string("Process-1")), ("again", .bool(true))])
        let closed = JSONValue.string("ValueError: process object is closed")
        let alive = s.add(12, pid: 100, process: "MainProcess", .processError,
                          [("name", .string("Process-1")), ("op", .string("is_alive")), ("error", closed)])
        let pid = s.add(13, pid: 100, process: "MainProcess", .processError,
                        [("name", .string("Process-1")), ("op", .string("ident")), ("error", closed)])
        let code = s.add(14, pid: 100, process: "MainProcess", .processError,
                         [("name", .string("Process-1")), ("op", .string("exitcode")), ("error", closed)])
        // Another object's same error, with no close() of it recorded: the plain row, no close pointed at.
        let other = s.add(15, pid: 100, process: "MainProcess", .processError,
                          [("name", .string("Process-9")), ("op", .string("join")), ("error", closed)])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(close), "Process-1.close(): the process object's resources are released (its Popen, its sentinel); from now on its is_alive(), join(), start(), exitcode and pid raise ValueError")
        XCTAssertEqual(rows.describe(again), "Process-1.close() again: it was closed already, so this does nothing")
        XCTAssertEqual(rows.describe(alive), "is_alive() of Process-1 raised ValueError: process object is closed: close() released it at 0.010 s; after close() its pid, exitcode, sentinel, is_alive(), join(), start(), terminate() and kill() raise ValueError (its name and daemon flag can still be read)")
        XCTAssertTrue(rows.describe(pid).hasPrefix("pid (ident) of Process-1 raised"), rows.describe(pid))
        XCTAssertTrue(rows.describe(code).hasPrefix("exitcode of Process-1 raised"), rows.describe(code))
        XCTAssertEqual(rows.describe(other), "join() of Process-9 failed: ValueError: process object is closed")
    }

    /// r12_args_not_tuple: Process(target=show, args=(5)) raised TypeError in the parent; no row before.
    func testAFailedConstructorSaysWhichConversionRaised() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let args = s.add(1, pid: 100, process: "MainProcess", .processCreateError,
                         [("type", .string("Process")), ("site", .string("prog.py:17")),
                          ("error", .string("TypeError: 'int' object is not iterable")), ("argument", .string("args")),
                          ("value", .string("5")), ("number", .string("1")), ("target", .string("show"))])
        // A constructor that raised elsewhere (a subclass's own check): no conversion is named.
        let plain = s.add(2, pid: 100, process: "MainProcess", .processCreateError,
                          [("type", .string("Worker")), ("site", .string("prog.py:20")),
                           ("error", .string("AssertionError: group argument must be None for now")), ("argument", .null),
                           ("value", .null), ("number", .null), ("target", .null)])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(args), "Process() raised TypeError: 'int' object is not iterable: it makes a tuple of its args (tuple(5)), and 5 cannot be turned into one: for one argument write args=(5,). No process object was made, nothing started (it had already taken number 1 from the process counter: the default names of later processes skip it)")
        XCTAssertEqual(rows.describe(plain), "Worker() raised AssertionError: group argument must be None for now: no process object was made, nothing started")
    }

    /// Gaps 11A/12A Left 2: a thread's exception went to the program's own threading.excepthook, which may print nothing
    /// (and gets a SystemExit too, which Python's own hook ignores).
    func testAThreadEndHandedToTheProgramsHookNamesIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let fail = s.add(1, pid: 100, process: "MainProcess", thread: "T-raise", .threadExit,
                         [("name", .string("T-raise")), ("raised", .string("ValueError")),
                          ("error", .string("ValueError: bad row 7")), ("excepthook", .string("log_it"))])
        let quit = s.add(2, pid: 100, process: "MainProcess", thread: "T-exit", .threadExit,
                         [("name", .string("T-exit")), ("raised", .string("SystemExit")), ("exit_arg", .string("4")),
                          ("excepthook", .string("log_it"))])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(fail), "thread T-raise ends: its run() raised ValueError: bad row 7, uncaught: handed to the program's own threading.excepthook, log_it, which decides what is printed (Python's own hook prints the traceback to stderr); the process goes on")
        XCTAssertFalse(rows.describe(quit).contains("ignores it silently"), rows.describe(quit))
        XCTAssertTrue(rows.describe(quit).contains("the program's own threading.excepthook, log_it"), rows.describe(quit))
    }

    /// Gaps 11B Left 2: `while not ev.is_set(): sleep(0.1)` showed no waiting at all; only a change is recorded.
    func testEventPollsSayHowManyAndUntilWhat() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let set = s.add(1_300, pid: 100, process: "MainProcess", .eventPolled, object: "Event#1",
                        [("result", .bool(false)), ("polls", .int(12)), ("since_ns", .int(1_200_000_000)), ("then", .bool(true))])
        let cleared = s.add(1_400, pid: 100, process: "MainProcess", .eventPolled, object: "Event#1",
                            [("result", .bool(true)), ("polls", .int(1)), ("since_ns", .int(50_000_000)), ("then", .bool(false))])
        let end = s.add(2_000, pid: 100, process: "MainProcess", .eventPolled, object: "Event#1",
                        [("result", .bool(false)), ("polls", .int(3)), ("since_ns", .int(500_000_000)), ("then", .null)])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(set), "polled Event#1 with is_set() 12 times over 1.200 s: False each time, until this poll found it set (True)")
        XCTAssertEqual(rows.describe(cleared), "polled Event#1 with is_set() 1 time over 50 ms: True each time, until this poll found it cleared (False)")
        XCTAssertEqual(rows.describe(end), "polled Event#1 with is_set() 3 times since 1.500 s: False each time, with no change before this thread ended")
    }
}
