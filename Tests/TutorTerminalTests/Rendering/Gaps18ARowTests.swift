import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r17m_set_start_method_twice (round 17M, Seen, not fixed): "set_start_method("fork") raised RuntimeError: context has
/// already been set" had no row above it that set the context: the program's own get_start_method() had fixed it, and
/// the tracer did not record that call (gaps 18A, issue 11).
final class Gaps18ARowTests: XCTestCase {
    func testTheGetStartMethodThatFixedTheMethodHasARowAboveTheRaise() {
        var s = DocsExamplesDescriberTests.mainProcess()
        // Spelled as a string: the test reads the same before the kind was known.
        let fixed = s.add(1, pid: 100, process: "MainProcess", "process.start_method.fixed",
                          [("method", .string("fork")), ("call", .string("get_start_method()")), ("site", .string("prog.py:16"))])
        let raised = s.add(2, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("fork")), ("ok", .bool(false)),
                                                                                     ("error", .string("RuntimeError: context has already been set"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(Language.with(.en) { describer.describe(fixed) },
                       "get_start_method() fixes the start method: fork; from now on set_start_method() without force=True raises "
                       + "RuntimeError (context has already been set)")
        XCTAssertEqual(Language.with(.zh) { describer.describe(fixed) },
                       "get_start_method() 确定了启动方式 fork：此后不带 force=True 的 set_start_method() 会抛出 RuntimeError"
                       + "（context has already been set）")
        XCTAssertEqual(Language.with(.en) { describer.describe(raised) },
                       "set_start_method(\"fork\") raised RuntimeError: context has already been set: the start method did not change")
    }
}
