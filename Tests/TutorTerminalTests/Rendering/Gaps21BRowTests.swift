import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 21B: what rounds 20 and 20H saw that needed the tracer (issue 11).
final class Gaps21BRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// A spawned child that makes a lock at module level: its boot (stamped when its interpreter began), the lock, then
    /// its `process.start` as run() begins.
    private func spawnChild(method: String) -> (EventScript, boot: Int, lock: Int, start: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(5, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(101)), ("name", .string("child")), ("daemon", .bool(false)), ("method", .string(method))])
        let boot = s.add(919, pid: 101, ppid: 100, process: "child", .processBoot,
                         [("name", .string("child")), ("main", .string("r20_fork_thread_holds_lock.py")), ("method", .string(method))])
        let lock = s.add(940, pid: 101, ppid: 100, process: "child", .lockCreate, object: "Lock#2",
                         [("type", .string("Lock")), ("threading", .bool(true))])
        let start = s.add(943, pid: 101, ppid: 100, process: "child", .processStart,
                          [("name", .string("child")), ("role", .string("child")), ("parent_pid", .int(100)),
                           ("start_method", .string(method))])
        return (s, boot, lock, start)
    }

    /// r20_fork_thread_holds_lock (spawn): "Lock#2 created" at 0.924 s was drawn above "child started" at 0.933 s, with
    /// nothing above it on the child's lane: the child imports the main module before _bootstrap stamps its start. The
    /// child's first row now says it is up and imports the program's file as __mp_main__, and its start row says run()
    /// begins, so the two do not both claim the start; a child with no boot keeps "started".
    func testAChildsModuleLevelRowsSitUnderARowSayingItImportsTheMainModule() {
        let (s, boot, lock, start) = spawnChild(method: "spawn")
        let timeline = s.timeline()
        let d = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(d.describe(boot), "child (pid 101) is up: a new Python interpreter, started by spawn. Before run(), it imports the "
                       + "program's file r20_fork_thread_holds_lock.py as __mp_main__, so that file's top-level code runs again here (not "
                       + "what is under if __name__ == \"__main__\":); its rows before \"starts run()\" come from that import")
        XCTAssertEqual(d.describe(start), "child starts run() (pid 101, parent 100): its import of r20_fork_thread_holds_lock.py is done")
        XCTAssertLessThan(boot, lock)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: []).violations().filter { $0.invariant == "causal-order" }, [])
        let forkserver = spawnChild(method: "forkserver")
        XCTAssertTrue(EventDescriber(timeline: forkserver.0.timeline(), painter: painter).describe(forkserver.boot)
            .hasPrefix("child (pid 101) is up: forked by the forkserver. Before run(), it imports"))
        let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: painter).describe(start) }
        XCTAssertEqual(zh, "child 开始执行 run()（pid 101，父进程 100）：r20_fork_thread_holds_lock.py 已导入完毕")

        var plain = DocsExamplesDescriberTests.mainProcess()
        let started = plain.add(943, pid: 101, ppid: 100, process: "child", .processStart,
                                [("name", .string("child")), ("role", .string("child")), ("parent_pid", .int(100))])
        XCTAssertEqual(EventDescriber(timeline: plain.timeline(), painter: painter).describe(started), "child started (pid 101, parent 100)")
    }
}

extension Gaps21BRowTests {
    /// r20h_generator_target: the ticker's rows were "run() returned; cleaning up before exit", "exited, code 0", and
    /// nothing said its target was a generator function, so calling it only made a generator and none of its body ran.
    func testARunWhoseTargetOnlyMadeAGeneratorSaysNoneOfItsBodyRan() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(5, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(101)), ("name", .string("ticker")), ("daemon", .bool(false)), ("target", .string("countdown"))])
        s.add(10, pid: 101, ppid: 100, process: "ticker", .processStart, [("name", .string("ticker")), ("role", .string("child"))])
        let gen = s.add(11, pid: 101, ppid: 100, process: "ticker", .processRunEnd,
                        [("name", .string("ticker")), ("exitcode", .int(0)), ("direct", .bool(false)), ("raised", .null),
                         ("target_makes", .string("generator"))])
        s.add(20, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(102)), ("name", .string("coro")), ("daemon", .bool(false)), ("target", .string("later"))])
        let coro = s.add(21, pid: 102, ppid: 100, process: "coro", .processRunEnd,
                         [("name", .string("coro")), ("exitcode", .int(0)), ("direct", .bool(false)), ("raised", .null),
                          ("target_makes", .string("coroutine"))])
        let plain = s.add(22, pid: 102, ppid: 100, process: "coro", .processRunEnd,
                          [("name", .string("coro")), ("exitcode", .int(0)), ("direct", .bool(false)), ("raised", .null)])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(gen), "run() returned: its target countdown is a generator function (it contains yield), so calling it "
                       + "only made a generator object, which run() dropped without iterating it: none of countdown's body ran; "
                       + "cleaning up before exit")
        XCTAssertEqual(d.describe(coro), "run() returned: its target later is an async def function, so calling it only made a coroutine "
                       + "object, which nothing awaited: none of later's body ran; cleaning up before exit")
        XCTAssertEqual(d.describe(plain), "run() returned; cleaning up before exit")
        let zh = Language.with(.zh) { EventDescriber(timeline: s.timeline(), painter: painter).describe(gen) }
        XCTAssertTrue(zh.contains("countdown 是生成器函数"), zh)
    }
}

extension Gaps21BRowTests {
    /// r20h_daemon_starts_children: three "start() of … failed: AssertionError: daemonic processes are not allowed to have
    /// children" rows and no why. The first of each process says why (a daemon is terminated at its parent's exit and
    /// would leave its children orphaned); the later ones keep CPython's message alone, and other errors are untouched.
    func testADaemonsRefusedStartSaysWhyOnce() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(5, pid: 101, ppid: 100, process: "keeper", .processStart, [("name", .string("keeper")), ("role", .string("child"))])
        let error = "AssertionError: daemonic processes are not allowed to have children"
        let first = s.add(6, pid: 101, ppid: 100, process: "keeper", .processError,
                          [("name", .string("ForkProcess-1:1")), ("op", .string("start")), ("error", .string(error))])
        let second = s.add(7, pid: 101, ppid: 100, process: "keeper", .processError,
                           [("name", .string("ForkPoolWorker-1:2")), ("op", .string("start")), ("error", .string(error))])
        let other = s.add(8, pid: 101, ppid: 100, process: "keeper", .processError,
                          [("name", .string("P")), ("op", .string("start")), ("error", .string("AssertionError: cannot start a process twice"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(first), "start() of ForkProcess-1:1 failed: \(error) (a daemon process is terminated when its parent "
                       + "exits, and any process it had started would then be left orphaned, still running with no parent to join it; so "
                       + "multiprocessing lets a daemon start none, a Pool's or a ProcessPoolExecutor's workers included)")
        XCTAssertEqual(d.describe(second), "start() of ForkPoolWorker-1:2 failed: \(error)")
        XCTAssertEqual(d.describe(other), "start() of P failed: AssertionError: cannot start a process twice")
        let zh = Language.with(.zh) { EventDescriber(timeline: s.timeline(), painter: painter).describe(first) }
        XCTAssertTrue(zh.contains("守护进程会在父进程退出时被终止"), zh)
    }
}
