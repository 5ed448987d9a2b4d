import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What gaps 13A and 13B left (gaps 14B): rows that were missing or said less than the record holds.
final class Gaps14BRowTests: XCTestCase {
    private func describer(_ s: EventScript) -> EventDescriber {
        EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
    }

    /// g14b_excepthook_none: threading.excepthook = None, then threads made before (Python's hook) and while the
    /// program's hook was in place end by an exception: threading calls the hook it found when each was made.
    func testAThreadEndWithTheHookSetToNoneNamesTheHookThreadingFellBackTo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let none: (String, JSONValue) = ("excepthook_none", .bool(true))
        let own = s.add(1, pid: 100, process: "MainProcess", thread: "T-own", .threadExit,
                        [("name", .string("T-own")), ("raised", .string("ValueError")),
                         ("error", .string("ValueError: bad row 9")), ("excepthook", .string("log_it")), none])
        let python = s.add(2, pid: 100, process: "MainProcess", thread: "T-plain", .threadExit,
                           [("name", .string("T-plain")), ("raised", .string("ValueError")),
                            ("error", .string("ValueError: bad row 9")), none])
        let ownExit = s.add(3, pid: 100, process: "MainProcess", thread: "T-own-exit", .threadExit,
                            [("name", .string("T-own-exit")), ("raised", .string("SystemExit")), ("exit_arg", .string("5")),
                             ("excepthook", .string("log_it")), none])
        let plainExit = s.add(4, pid: 100, process: "MainProcess", thread: "T-plain-exit", .threadExit,
                              [("name", .string("T-plain-exit")), ("raised", .string("SystemExit")), ("exit_arg", .string("5")), none])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(own), "thread T-own ends: its run() raised ValueError: bad row 9, uncaught. threading.excepthook is None, so threading handed it to the hook it had found when this Thread object was made: the program's own log_it, which decides what is printed; the process goes on")
        XCTAssertEqual(rows.describe(python), "thread T-plain ends: its run() raised ValueError: bad row 9, uncaught. threading.excepthook is None, so threading called the hook it had found when this Thread object was made: Python's own, which prints the traceback to stderr; the process goes on")
        XCTAssertTrue(rows.describe(ownExit).contains("the program's own log_it, which decides what is printed (Python's own would ignore"), rows.describe(ownExit))
        XCTAssertTrue(rows.describe(plainExit).contains("is None, so threading called the hook it had found when this Thread object was made: Python's own, which ignores a SystemExit silently"), rows.describe(plainExit))
        let zh = Language.with(.zh) { rows.describe(own) }
        XCTAssertTrue(zh.contains("程序自己的 log_it"), zh)
    }

    /// r12_args_not_tuple, g14b_args_string: Process(target=show, args=("abc")) passes the string; the child called
    /// show('a', 'b', 'c') and its TypeError was the only trace.
    func testAProcessWhoseArgsIsAStringSaysHowManyArgumentsItMakes() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let text = s.add(1, pid: 100, process: "MainProcess", .processArgsString,
                         [("name", .string("Process-2")), ("value", .string("'abc'")), ("type", .string("str")),
                          ("count", .int(3)), ("site", .string("prog.py:9"))])
        let bytes = s.add(2, pid: 100, process: "MainProcess", .processArgsString,
                          [("name", .string("Process-3")), ("value", .string("b'x'")), ("type", .string("bytes")),
                           ("count", .int(1)), ("site", .string("prog.py:9"))])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(text), "Process-2 was made with args='abc': a string, not a tuple (parentheses alone do not make one). Process makes tuple('abc') of it, one argument per character: its target will be called with 3 arguments. For one argument write args=('abc',)")
        XCTAssertTrue(rows.describe(bytes).contains("one argument per byte, each an int: its target will be called with 1 argument. For one argument write args=(b'x',)"), rows.describe(bytes))
    }

    /// g14b_chunk_unpicklable: a lock among a Pool.map()'s and a ProcessPoolExecutor.map()'s inputs; before, the rows
    /// quoted the message only ("never reached a worker: the task handler failed to send it (TypeError: …)").
    func testAMapChunksUnpicklableItemIsNamed() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let message: (String, JSONValue) = ("message", .string("TypeError: cannot pickle '_thread.lock' object"))
        let pool = s.add(1, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                         [("job", .int(0)), ("index", .int(1)), ("ok", .bool(false)), ("error", .string("TypeError")), message,
                          ("chunk_item", .int(1)), ("argument_type", .string("lock")), ("input_index", .int(4))])
        let imap = s.add(2, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                         [("job", .int(1)), ("index", .int(1)), ("ok", .bool(false)), ("error", .string("TypeError")), message,
                          ("chunk_item", .int(0)), ("argument_type", .string("lock"))])
        let work = s.add(3, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .futureResult,
                         object: "ProcessPoolExecutor#1",
                         [("work", .int(1)), ("ok", .bool(false)), ("error", .string("TypeError")), ("unsent", .bool(true)), message,
                          ("chunk_item", .int(1)), ("argument_type", .string("lock"))])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(pool), "task 0.1 never reached a worker: the item at index 1 of its chunk (index 4 of the whole input; a lock) could not be pickled (TypeError: cannot pickle '_thread.lock' object), so the task handler failed to send the whole chunk and set its result to that exception")
        XCTAssertTrue(rows.describe(imap).contains("the item at index 0 of its chunk (a lock) could not be pickled"), rows.describe(imap))
        XCTAssertTrue(rows.describe(work).contains("never reached a worker: the item at index 1 of its map() chunk (a lock) could not be pickled (TypeError"), rows.describe(work))
    }
}
