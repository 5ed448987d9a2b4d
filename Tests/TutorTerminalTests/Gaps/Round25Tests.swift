import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 25 (issue 11): multiprocessing beyond the basics (connection, custom managers, shared_memory, dummy), each
/// finding on the committed recording of the round's program.
final class Round25Tests: XCTestCase {
    static let methods = ["fork", "spawn", "forkserver"]

    /// r25_dummy_vs_process_pool_init: the initializer rows of a multiprocessing.dummy.Pool said, in Chinese, that it
    /// ran "in this worker process" (在这个工作进程里) and that "this worker process" then took tasks: its workers are
    /// threads of MainProcess. They now say a worker thread, and that the module globals it sets are the process's,
    /// one copy for every thread; the process Pool's rows in the same run keep the worker-process words.
    func testAThreadPoolsInitializerRowsSayAWorkerThreadAndItsSharedGlobals() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r25_dummy_vs_process_pool_init--\(method)")
            let starts = Round22MTests.rows(timeline, .poolInit), ends = Round22MTests.rows(timeline, .poolInitEnd)
            // three worker threads, then the process Pool's workers (under spawn/forkserver one may not have run it
            // before terminate())
            XCTAssertGreaterThanOrEqual(starts.count, 4, "\(method): \(starts)")
            let threads = timeline.indices(of: .poolInit).map { timeline.lane(of: $0).isThreadPoolWorker }
            XCTAssertEqual(threads, [true, true, true] + Array(repeating: false, count: starts.count - 3), method)
            for (row, thread) in zip(starts, threads) {
                XCTAssertEqual(row.contains("runs once in this worker thread, before it takes a task (a thread of this process: "
                                            + "the module globals it sets are the process's, one copy shared by every thread"), thread, row)
            }
            for (row, thread) in zip(ends, threads) { XCTAssertEqual(row.hasSuffix("this worker thread now takes tasks"), thread, row) }
            let zhStarts = Round22MTests.rows(timeline, .poolInit, lang: .zh), zhEnds = Round22MTests.rows(timeline, .poolInitEnd, lang: .zh)
            for (row, thread) in zip(zhStarts + zhEnds, threads + threads) {
                XCTAssertEqual(row.contains("在这个工作进程里") || row.contains("这个工作进程开始领取"), !thread, row)
                XCTAssertEqual(row.contains("工作线程"), thread, row)
            }
            XCTAssertTrue(zhStarts[0].contains("所有线程共用一份"), zhStarts[0])
        }
    }

    /// r25_listener_wait_workers: connection.wait() over the accepted connections named them "Connection#1 end listener"
    /// (the Pipe words "end A" with the side put in), while every other row says "Connection#1 (listener side)"; and a
    /// wait on one sentinel read "until one of dialer-2's sentinel is ready".
    func testAConnectionWaitNamesListenerSidesAsTheRowsDoAndOneObjectAsOne() throws {
        var single = 0
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r25_listener_wait_workers--\(method)")
            let waits = Round22MTests.rows(timeline, .connectionWait), ready = Round22MTests.rows(timeline, .connectionWaited)
                + Round22MTests.rows(timeline, .connectionReady)
            XCTAssertFalse(waits.isEmpty, method)
            for row in waits + ready { XCTAssertFalse(row.contains("end listener"), row) }
            XCTAssertTrue(waits.contains { $0.hasPrefix("waits in connection.wait() until one of Connection#") && $0.contains(" (listener side), ") },
                          "\(method): \(waits)")
            XCTAssertTrue(ready.contains { $0.contains("ready: Connection#") && $0.contains(" (listener side)") }, "\(method): \(ready)")
            let zh = Round22MTests.rows(timeline, .connectionWait, lang: .zh)
            XCTAssertTrue(zh.contains { $0.contains(" 的 Listener 端、") }, "\(method): \(zh)")
            // a wait on one object (the last sentinel, when its connection had closed first) says it alone
            for (i, index) in timeline.indices(of: .connectionWait).enumerated() {
                let named = timeline.events[index][EventField.what]?.arrayValue ?? []
                XCTAssertEqual(waits[i].contains("until one of"), named.count > 1, waits[i])
                XCTAssertEqual(zh[i].contains("直到其中有一个就绪"), named.count > 1, zh[i])
                if named.count == 1 {
                    single += 1
                    XCTAssertTrue(waits[i].hasPrefix("waits in connection.wait() until dialer-"), waits[i])
                    XCTAssertTrue(waits[i].hasSuffix("'s sentinel is ready"), waits[i])
                    XCTAssertTrue(zh[i].hasSuffix(" 的 sentinel 就绪"), zh[i])
                }
            }
        }
        XCTAssertGreaterThan(single, 0, "no recording waits on one object")
    }

    /// r25_process_subclass_counter (spawn, forkserver): the Pipe end reached the child as an attribute of a Process
    /// subclass (`self.conn`), pickled with the Process object; the row's list of ways it could have come said "a Process
    /// argument … or sent in a message", neither of which it was.
    func testAPipeEndUnpickledAsAProcessSubclassAttributeIsAmongTheWaysNamed() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r25_process_subclass_counter--\(method)")
            let rows = Round22MTests.rows(timeline, .pipeUnpickled)
            XCTAssertEqual(rows.count, 2, "\(method): \(rows)")
            for row in rows {
                XCTAssertTrue(row.contains("(it came with its Process object under spawn or forkserver, as an argument or an attribute "
                                           + "of a Process subclass, or it was sent in a message)"), row)
            }
            for row in Round22MTests.rows(timeline, .pipeUnpickled, lang: .zh) {
                XCTAssertTrue(row.contains("Process 子类的属性"), row)
                // zh25: no space between the end's 端 and 副本 (it read "Pipe#1 B 端 副本").
                XCTAssertTrue(row.contains("自己的一份 Pipe#1 B 端副本（"), row)
            }
        }
    }

    /// r25_dummy_vs_process_pool_init: the step view's panel said "Pool#1: no worker started yet" after the
    /// multiprocessing.dummy.Pool's three worker threads had started and run its initializer (the state counted a
    /// pool's workers from `…PoolWorker-N` processes only). It now counts the worker threads; the process Pool's row
    /// still lists its processes.
    func testTheStatePanelCountsAThreadPoolsWorkerThreads() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r25_dummy_vs_process_pool_init--\(method)")
            let inits = timeline.indices(of: .poolInit)
            let third = try XCTUnwrap(inits.dropFirst(2).first, method)
            let rows = Gaps23Tests.panel(timeline, after: third)
            let pool = try XCTUnwrap(rows.first { $0.hasPrefix("Pool#1: ") }, "\(method): \(rows)")
            // gaps 26A: the threads are listed, each idle after its initializer, as a process pool's workers are
            XCTAssertTrue(pool.hasPrefix("Pool#1: 3 worker threads started (a ThreadPool: its workers are threads of this process): Thread-1 (worker) idle"), "\(method): \(pool)")
            // gaps 27A: this step is the third thread's pool.init, so it runs the initializer (it was said "idle")
            XCTAssertTrue(pool.hasSuffix("Thread-3 (worker) running the pool's initializer setup"), "\(method): \(pool)")
            XCTAssertFalse(rows.contains { $0.contains("no worker started yet") }, "\(method): \(rows)")
            let last = try XCTUnwrap(inits.last, method)
            let later = Gaps23Tests.panel(timeline, after: last)
            XCTAssertTrue(later.contains { $0.hasPrefix("Pool#2: ") && $0.contains("PoolWorker-") }, "\(method): \(later)")
            let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: third) }
            XCTAssertTrue(zh.contains { $0.hasPrefix("Pool#1：已启动 3 个工作线程（这是 ThreadPool：干活的是本进程里的线程）：Thread-1 (worker) 空闲") }, "\(method): \(zh)")
        }
    }
}
