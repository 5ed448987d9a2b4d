import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What gaps 14A and 14B left (gaps 15B): rows for a Thread() that threading refused and a Thread whose args is a
/// string; before, only the program's own output (or the target's TypeError) showed either.
final class Gaps15BRowTests: XCTestCase {
    private func describer(_ s: EventScript) -> EventDescriber {
        EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
    }

    /// g15b_thread_refused: threading.excepthook = None, then Thread(): RuntimeError in its constructor.
    func testAThreadRefusedBecauseAHookIsNoneSaysWhy() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let hook = s.add(1, pid: 100, process: "MainProcess", .threadCreateError,
                         [("name", .string("T-refused")), ("site", .string("prog.py:14")),
                          ("error", .string("RuntimeError: threading.excepthook is None"))])
        let sys = s.add(2, pid: 100, process: "MainProcess", .threadCreateError,
                        [("name", .string("Thread-3 (show)")), ("site", .string("prog.py:19")),
                         ("error", .string("RuntimeError: sys.excepthook is None"))])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(hook), "Thread() raised RuntimeError: threading.excepthook is None: no thread was made (it was to be T-refused). A Thread keeps, when it is made, the hook it will call should threading.excepthook still be None when its run() raises; with threading.excepthook None there is no hook to keep, so threading refuses to make it. Put a hook back (threading.__excepthook__ is Python's own) before making threads")
        XCTAssertTrue(rows.describe(sys).contains("keeps, when it is made, sys.excepthook too, to report an error of threading.excepthook itself; with sys.excepthook None"), rows.describe(sys))
        let zh = Language.with(.zh) { rows.describe(hook) }
        XCTAssertTrue(zh.contains("threading 拒绝创建它"), zh)
    }

    /// g15b_thread_args_string: Thread(target=show, args=("abc")) passes the string; run() calls show(*'abc').
    func testAThreadWhoseArgsIsAStringSaysHowManyArgumentsItMakes() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let text = s.add(1, pid: 100, process: "MainProcess", .threadArgsString,
                         [("name", .string("T-str")), ("value", .string("'abc'")), ("type", .string("str")),
                          ("count", .int(3)), ("site", .string("prog.py:11"))])
        let bytes = s.add(2, pid: 100, process: "MainProcess", .threadArgsString,
                          [("name", .string("Thread-1 (show)")), ("value", .string("b'x'")), ("type", .string("bytes")),
                           ("count", .int(1)), ("site", .string("prog.py:11"))])
        let rows = describer(s)
        XCTAssertEqual(rows.describe(text), "T-str is started with args='abc': a string, not a tuple (parentheses alone do not make one). Thread keeps args as it is, and run() calls the target with *args, one argument per character: it will be called with 3 arguments. For one argument write args=('abc',)")
        XCTAssertTrue(rows.describe(bytes).contains("one argument per byte, each an int: it will be called with 1 argument. For one argument write args=(b'x',)"), rows.describe(bytes))
    }
}
