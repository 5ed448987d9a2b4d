import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 20A: issue 11's tracer-side leftovers (rounds 18E and 19).
final class Gaps20ARowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r19_shm_by_name_forget_unlink: "resource tracker started (pid N)" was drawn after MainProcess exited, with nothing
    /// above it: the first SharedMemory(create=True) had launched it, inside multiprocessing. The launch has its row in
    /// the launching process's lane, naming the call; the forkserver's launch too, and a launch outside any program call.
    func testAHelpersLaunchHasARowInTheProcessThatLaunchedIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let tracker = s.add(2, pid: 100, process: "MainProcess", .helperLaunch,
                            [("helper", .string("resource_tracker")), ("helper_pid", .int(163)), ("call", .string("SharedMemory()"))])
        let server = s.add(3, pid: 100, process: "MainProcess", .helperLaunch,
                           [("helper", .string("forkserver")), ("helper_pid", .int(164)), ("call", .string("start()"))])
        let bare = s.add(4, pid: 100, process: "MainProcess", .helperLaunch,
                         [("helper", .string("resource_tracker")), ("helper_pid", .int(165)), ("call", .null)])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(tracker), "SharedMemory() launched the resource tracker (pid 163): multiprocessing's helper process, told "
                       + "of each shared memory segment and named semaphore the program's processes create; once they have all ended, it "
                       + "removes those never unlinked (with a warning). Its own \"started\" row comes when its interpreter runs, which "
                       + "can be much later")
        XCTAssertTrue(d.describe(server).hasPrefix("start() launched the forkserver (pid 164): the helper process that, under the "
                                                   + "forkserver start method, forks every new child."), d.describe(server))
        XCTAssertTrue(d.describe(bare).hasPrefix("launched the resource tracker (pid 165): "), d.describe(bare))
        let zh = Language.with(.zh) { EventDescriber(timeline: s.timeline(), painter: painter).describe(tracker) }
        XCTAssertTrue(zh.hasPrefix("SharedMemory() 启动了资源追踪器（pid 163）："), zh)
    }
}

extension Gaps20ARowTests {
    /// r18e_value_overflow_wraps: "read Value#1.value → 2147483647", then "wrote -2147483648 to Value#1.value" with no why:
    /// the program wrote 2147483648, which a C int cannot hold. The row says the program's int, what the type holds and
    /// what it stored; a write that fit keeps the plain row.
    func testAWriteThatDidNotFitSaysWhatTheProgramWroteAndWhatWasStored() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .sharedCreate, object: "Value#1", [("type", .string("Value")), ("ctype", .string("c_int"))])
        let wrapped = s.add(2, pid: 100, process: "MainProcess", .sharedWrite, object: "Value#1",
                            [("attr", .string("value")), ("value", .string("-2147483648")), ("given", .string("2147483648")),
                             ("bits", .int(32)), ("signed", .bool(true))])
        let byte = s.add(3, pid: 100, process: "MainProcess", .sharedWrite, object: "Value#1",
                         [("attr", .string("value")), ("value", .string("0")), ("given", .string("256")), ("bits", .int(8)), ("signed", .bool(false))])
        let fits = s.add(4, pid: 100, process: "MainProcess", .sharedWrite, object: "Value#1", [("attr", .string("value")), ("value", .string("5"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(wrapped), "wrote 2147483648 to Value#1.value: it holds a signed 32-bit C integer (-2147483648 to "
                       + "2147483647), so it stored -2147483648, the low 32 bits of 2147483648 (the number wrapped around, and nothing was raised)")
        XCTAssertEqual(d.describe(byte), "wrote 256 to Value#1.value: it holds an unsigned 8-bit C integer (0 to 255), so it stored 0, "
                       + "the low 8 bits of 256 (the number wrapped around, and nothing was raised)")
        XCTAssertEqual(d.describe(fits), "wrote 5 to Value#1.value")
        let zh = Language.with(.zh) { EventDescriber(timeline: s.timeline(), painter: painter).describe(wrapped) }
        XCTAssertTrue(zh.hasPrefix("把 2147483648 写入 Value#1.value：它存放的是 32 位有符号 C 整数"), zh)
    }
}

extension Gaps20ARowTests {
    /// r19_executor_initializer_max_tasks (fork): 3.11's ValueError for max_tasks_per_child under fork was only the
    /// program's print (the constructor raised before any executor.create). The refused construction has its row.
    func testAnExecutorConstructorThatRaisedHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let refused = s.add(2, pid: 100, process: "MainProcess", .executorCreateError,
                            [("type", .string("ProcessPoolExecutor")), ("site", .string("/tmp/p.py:27")),
                             ("error", .string("ValueError: max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; "
                                              + "supply a different mp_context."))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(refused), "ProcessPoolExecutor() raised ValueError: max_tasks_per_child is incompatible with the 'fork' "
                       + "multiprocessing start method; supply a different mp_context: the constructor refused its arguments, so no executor was made and no worker started")
    }
}

extension Gaps20ARowTests {
    /// r19_crawler_manager_queue_active: the Manager dict, list and Queue had no "created" row (their first calls named
    /// them). Each object the program makes in a manager's server has its row, with the server's pid when known.
    func testAManagerObjectMadeByTheProgramHasACreatedRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let made = s.add(2, pid: 100, process: "MainProcess", .managerMade, object: "dict#1",
                         [("type", .string("dict")), ("manager", .string("Manager#1")), ("server_pid", .int(171)), ("site", .string("/tmp/c.py:40"))])
        let connected = s.add(3, pid: 100, process: "MainProcess", .managerMade, object: "Queue#1",
                              [("type", .string("Queue")), ("manager", .string("Manager#1")), ("server_pid", .null), ("site", .string("/tmp/c.py:41"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(made), "created Manager dict#1 (in the manager's server process, pid 171): this process holds a proxy; "
                       + "each call on it is a message to that process, which runs it on the object there")
        XCTAssertTrue(d.describe(connected).hasPrefix("created Manager Queue#1 (in the server process of a manager this process connected to)"),
                      d.describe(connected))
    }
}

extension Gaps20ARowTests {
    /// r17m_wait_pipes_sentinels: the first connection.wait() returned at once (a pipe end and a sentinel ready) and had
    /// no row; the EOFError and join rows under it had no wait above them. The ready objects are named.
    func testAConnectionWaitThatFoundObjectsReadyAtOnceNamesThem() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let ready = s.add(2, pid: 100, process: "MainProcess", .connectionReady,
                          [("objects", .int(4)), ("timeout", .null), ("what", .array([.string("Pipe#2"), .string("sentinel:child-1")])),
                           ("ends", .array([.string("A"), .null]))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(ready), "connection.wait() returned at once: ready: Pipe#2 end A, child-1's sentinel (ready already when "
                       + "it was called: it did not wait)")
    }
}
