import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows left after the third review (docs/truth-review.md, round 3, addendum).
final class RaisedCallRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// `list(proxy)` over a short Manager().list, or `lst[5]`: the proxy's `__getitem__` raised IndexError.
    func testAFailedProxyCallNamesTheExceptionTheProgramGot() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "ListProxy#1",
              [("type", .string("list")), ("method", .string("__getitem__")), ("waited_ns", .int(200_000)), ("ok", .bool(false)),
               ("args", .string("(5,)")), ("result", .null), ("error", .string("IndexError"))])
        // recorded before the field existed: no exception named, none invented
        s.add(2, pid: 100, process: "MainProcess", .managerCall, object: "ListProxy#1",
              [("type", .string("list")), ("method", .string("__getitem__")), ("waited_ns", .int(200_000)), ("ok", .bool(false)),
               ("args", .string("(6,)")), ("result", .null)])
        let english = rows(s)
        XCTAssertTrue(english[0].contains("ListProxy#1.__getitem__(5) raised IndexError (round trip"), english[0])
        XCTAssertTrue(english[1].contains("ListProxy#1.__getitem__(6) raised (round trip"), english[1])
        let chinese = Language.with(.zh) { rows(s) }
        XCTAssertTrue(chinese[0].contains("ListProxy#1.__getitem__(5) 抛出了 IndexError"), chinese[0])
        XCTAssertTrue(chinese[1].contains("ListProxy#1.__getitem__(6) 抛出了异常"), chinese[1])
    }

    /// corpus/r3_set_start_method_twice.py: the second call raised RuntimeError and had no row.
    func testASetStartMethodThatRaisedHasARowSayingSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("spawn")), ("site", .string("a.py:12"))])
        s.add(2, pid: 100, process: "MainProcess", .processStartMethod,
              [("method", .string("fork")), ("site", .string("a.py:14")), ("ok", .bool(false)),
               ("error", .string("RuntimeError: context has already been set"))])
        let english = rows(s)
        XCTAssertEqual(english[0], "set_start_method(\"spawn\")")
        XCTAssertEqual(english[1], "set_start_method(\"fork\") raised RuntimeError: context has already been set: the start method did not change")
        let chinese = Language.with(.zh) { rows(s) }
        XCTAssertEqual(chinese[1], "set_start_method(\"fork\") 抛出了 RuntimeError: context has already been set：启动方式没有改变")
    }
}
