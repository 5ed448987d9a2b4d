import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 33 (issue 11): the mistakes learners make after the first lesson; each finding on the committed recording of
/// the round's program.
final class Round33Tests: XCTestCase {
    /// r33_empty_then_one_sentinel (every method): two consumers, one None. The watchdog's note on the consumer left in
    /// get() ended with the generic advice "A consumer needs an end signal (e.g. one None per consumer) or a timeout",
    /// though the program had put a None and the record shows who got it. The note now names the None, its putter and
    /// the consumer that got it, and says none was left for the one still waiting.
    func testAStarvedConsumerWhoseNoneWentToAnotherSaysWhoGotIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33_empty_then_one_sentinel--\(method)")
            let reasons = HangExplainer(timeline: timeline).reasons()
            let replayer = StateReplayer(timeline: timeline)
            for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
            let text = reasons.map(\.text).joined(separator: " ")
            XCTAssertTrue(text.range(of: #"1 None had been put on Queue#2, and another process got it: the one MainProcess put at \d+\.\d{3} s was got by \w+Process-[34] at \d+\.\d{3} s\. None was left for \w+Process-[34]: if None is the end signal, each consumer needs its own"#,
                                     options: .regularExpression) != nil, "\(method): \(text)")
            XCTAssertFalse(text.contains("A consumer needs an end signal"), "\(method): \(text)")
            let zh = Language.with(.zh) { HangExplainer(timeline: timeline).reasons().map(\.text).joined() }
            XCTAssertTrue(zh.contains("Queue#2 上只放入过 1 个 None，它被别的进程取走了：MainProcess 在"), "\(method): \(zh)")
        }
    }

    /// The query's edges: a None still in the queue, or got by the waiter itself, or no None at all: nothing; two Nones
    /// got by two others: both, in the order they were got.
    func testNonesTakenByOthersNeedsEveryNoneGotByAnother() {
        func taken(_ steps: [(pid: Int32, name: String, kind: EventKind, item: String)], waiter: Int32 = 300) -> [String] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1")
            var last = 1
            for (n, step) in steps.enumerated() {
                last = s.add(Double(n + 2), pid: step.pid, process: step.name, step.kind, object: "Queue#1", [("item", .string(step.item))])
            }
            return StateQueries.nonesTakenByOthers(queue: "Queue#1", waiter: waiter, through: last, in: s.timeline().events).map(\.taker)
        }
        let put = (pid: Int32(100), name: "MainProcess", kind: EventKind.queuePut, item: "None")
        let got2 = (pid: Int32(200), name: "Process-1", kind: EventKind.queueGet, item: "None")
        let got4 = (pid: Int32(400), name: "Process-3", kind: EventKind.queueGet, item: "None")
        let gotByWaiter = (pid: Int32(300), name: "Process-2", kind: EventKind.queueGet, item: "None")
        XCTAssertEqual(taken([put, got2]), ["Process-1"])
        XCTAssertEqual(taken([put, put, got4, got2]), ["Process-3", "Process-1"])
        XCTAssertEqual(taken([put, put, got2]), [], "a None still in the queue")
        XCTAssertEqual(taken([put, gotByWaiter]), [], "the waiter got it")
        XCTAssertEqual(taken([(100, "MainProcess", .queuePut, "'None'"), (200, "Process-1", .queueGet, "'None'")]), [], "a string, not None")
        XCTAssertEqual(taken([]), [])
    }

    /// r33_monitor_forever_hang (every method): a monitor Process in `while True` (daemon=False) printed "progress: 60"
    /// every 0.5 s to the end; the exit's join waited for it. The watchdog's note said only "monitor … last printed
    /// "progress: 60" …, then recorded nothing (blocked or busy). Why: MainProcess waits in join(monitor) since 3.554 s.",
    /// its own symptom given as the cause. It now says monitor was in no wait and went on recording events after the
    /// join began, and that the exit's join waits for a non-daemon child as long as it runs.
    func testAnExitJoinOnARunningNonDaemonChildSaysTheChildKeptRunning() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33_monitor_forever_hang--\(method)")
            let reasons = HangExplainer(timeline: timeline).reasons()
            let replayer = StateReplayer(timeline: timeline)
            for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
            let text = reasons.map(\.text).joined(separator: " ")
            XCTAssertTrue(text.range(of: #"^MainProcess waits in join\(monitor\) since \d+\.\d{3} s, and monitor is not in any recorded wait: it went on running, and recorded \d+ events? after that join began \(the last at \d+\.\d{3} s\), none of them its end\. The program did not join monitor: multiprocessing's exit function terminates the daemons still running, then joins every child still alive, and monitor was started with daemon=False"#,
                                     options: .regularExpression) != nil, "\(method): \(text)")
            let zh = Language.with(.zh) { HangExplainer(timeline: timeline).reasons().map(\.text).joined() }
            XCTAssertTrue(zh.contains("而 monitor 并不在任何记录下来的等待之中：它一直在运行"), "\(method): \(zh)")
        }
        // the same join on a child blocked in a get, or one that recorded nothing since: not this note
        let sentinel = try Gaps16BTests.corpus("r33_empty_then_one_sentinel--fork")
        XCTAssertFalse(HangExplainer(timeline: sentinel).reasons().contains { $0.text.contains("went on running") })
    }

    /// The query's edges: a child that recorded nothing after the join began, or whose end is recorded, or a join that
    /// returned: nil; one print after the wait: one event, the exit's join and daemon=False read from the record.
    func testJoinedChildRunningNeedsEventsAfterTheWaitAndNoEnd() {
        func running(after: [EventKind], returned: Bool = false) -> StateQueries.JoinedChildRunning? {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(200)), ("name", .string("monitor")), ("daemon", .bool(false))])
            s.add(2, pid: 200, ppid: 100, process: "monitor", .print, [("stream", .string("stdout")), ("text", .string("a"))])
            var last = s.add(3, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(200)), ("name", .string("monitor")), ("implicit", .bool(true))])
            for (n, kind) in after.enumerated() {
                last = s.add(Double(4 + n), pid: 200, ppid: 100, process: "monitor", kind, [("stream", .string("stdout")), ("text", .string("b"))])
            }
            if returned { last = s.add(20, pid: 100, process: "MainProcess", .processJoin, [("child_pid", .int(200)), ("name", .string("monitor"))]) }
            return StateQueries.joinedChildRunning(joiner: 100, thread: "MainThread", child: 200, through: last, in: s.timeline().events)
        }
        XCTAssertNil(running(after: []))
        XCTAssertNil(running(after: [.print, .processRunEnd]))
        XCTAssertNil(running(after: [.print], returned: true))
        let one = running(after: [.print])
        XCTAssertEqual(one?.events, 1)
        XCTAssertEqual(one?.implicit, true)
        XCTAssertEqual(one?.daemon, false)
        XCTAssertEqual(running(after: [.print, .print])?.events, 2)
    }
}
