import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 37G: `str(list(proxy))` in PyMOTW's ActivePool: the proxy's last `__getitem__` "raised IndexError", and nothing
/// said that this is how a loop over a list proxy ends (a ListProxy has no `__iter__`).
final class Round37GProxyIterationRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.map(describer.describe)
    }

    private func item(_ s: inout EventScript, _ ms: Double, pid: Int32 = 100, process: String = "MainProcess", thread: String = "MainThread",
                      on object: String = "list#1", _ index: Int, ok: Bool) -> Int {
        s.add(ms, pid: pid, process: process, thread: thread, .managerCall, object: object,
              [("type", .string("list")), ("method", .string("__getitem__")), ("waited_ns", .int(100_000)), ("ok", .bool(ok)),
               ("args", .string("(\(index),)")), ("result", ok ? .string("'x'") : .null)] + (ok ? [] : [("error", .string("IndexError"))]))
    }

    func testTheIndexErrorEndingARunOfIndexesFromZeroSaysItIsHowALoopOverTheProxyEnds() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("type", .string("list")), ("method", .string("__len__")), ("waited_ns", .int(100_000)), ("ok", .bool(true)),
               ("args", .string("()")), ("result", .string("2"))])
        _ = item(&s, 2, 0, ok: true)
        // another process's call in between is not this thread's
        _ = item(&s, 2.5, pid: 200, process: "worker", 7, ok: true)
        _ = item(&s, 3, 1, ok: true)
        let end = item(&s, 4, 2, ok: false)
        // one item: index 0, then 1
        _ = item(&s, 5, on: "list#2", 0, ok: true)
        let endOne = item(&s, 6, on: "list#2", 1, ok: false)
        // lst[5] alone, and a run with a hole (0, then 2): no loop is shown by the record
        let alone = item(&s, 7, on: "list#3", 5, ok: false)
        _ = item(&s, 8, on: "list#4", 0, ok: true)
        let hole = item(&s, 9, on: "list#4", 2, ok: false)
        // another thread's indexes are not this thread's run
        _ = item(&s, 10, thread: "Thread-1", on: "list#5", 0, ok: true)
        let otherThread = item(&s, 11, on: "list#5", 1, ok: false)

        let english = rows(s)
        XCTAssertTrue(english[end].hasPrefix("list#1.__getitem__(2) raised IndexError (round trip"), english[end])
        XCTAssertTrue(english[end].hasSuffix(" (this thread had just asked for indexes 0 to 1 in turn (__getitem__(0) … __getitem__(1)): the shape of a loop over the proxy. A list proxy has no __iter__, so list(), sorted() or a for loop over it calls __getitem__ with 0, 1, 2, … and stops at the first IndexError, which such a loop does not raise)"), english[end])
        XCTAssertTrue(english[endOne].contains("(this thread had just asked for index 0 (__getitem__(0)): the shape of a loop over the proxy."), english[endOne])
        for i in [alone, hole, otherThread] {
            XCTAssertFalse(english[i].contains("loop"), english[i])
            XCTAssertTrue(english[i].contains("raised IndexError"), english[i])
        }
        let chinese = Language.with(.zh) { rows(s) }
        XCTAssertTrue(chinese[end].contains("（本线程刚刚依次取过下标 0 到 1（__getitem__(0) … __getitem__(1)）：这正是遍历代理对象的样子。"), chinese[end])
        XCTAssertTrue(chinese[endOne].contains("本线程刚刚取过下标 0（__getitem__(0)）"), chinese[endOne])
        XCTAssertFalse(chinese[hole].contains("遍历"), chinese[hole])
    }
}
