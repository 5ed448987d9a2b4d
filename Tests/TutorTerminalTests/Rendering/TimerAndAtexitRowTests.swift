import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 10B: a threading.Timer read only "starts thread Thread-2" / "thread Thread-2 ends" (r7b_timer_in_child); a fork
/// child's atexit handlers were skipped with nothing said while the spawn run showed them running (r7b_atexit_children);
/// a Pool task's 20 MB result showed no size and no transfer time (r5a_pool_huge_result).
final class TimerAndAtexitRowTests: XCTestCase {
    private func rows(_ build: (inout EventScript) -> [Int]) -> [String] {
        var s = DocsExamplesDescriberTests.mainProcess()
        let indices = build(&s)
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        return indices.map { describer.describe($0) }
    }

    func testATimersStartFireAndCancelsSayWhatTheyDid() {
        let r = rows { s in
            [s.add(1, pid: 100, process: "MainProcess", "thread.timer", [("name", .string("Thread-1")), ("interval", .double(0.1)), ("func", .string("ding"))]),
             s.add(101, pid: 100, process: "MainProcess", thread: "Thread-1", "thread.timer.fire",
                   [("name", .string("Thread-1")), ("interval", .double(0.1)), ("func", .string("ding"))]),
             s.add(200, pid: 100, process: "MainProcess", "thread.timer.cancel",
                   [("name", .string("Thread-2")), ("interval", .int(5)), ("func", .string("ding")), ("found", .string("waiting"))]),
             s.add(201, pid: 100, process: "MainProcess", "thread.timer.cancel",
                   [("name", .string("Thread-1")), ("interval", .double(0.1)), ("func", .string("ding")), ("found", .string("done"))])]
        }
        XCTAssertEqual(r, ["Thread-1 is a threading.Timer: it calls ding after 100 ms, unless cancel() comes first",
                           "timer Thread-1: its 100 ms are up, it calls ding",
                           "cancel() of timer Thread-2 (ding after 5.000 s): it was still waiting, so ding is not called",
                           "cancel() of timer Thread-1: it had already ended or been cancelled; cancel() does nothing"])
    }

    func testAForkChildSaysWhichAtexitHandlersItSkips() {
        let r = rows { s in
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
            s.add(2, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1"))])
            return [s.add(3, pid: 201, ppid: 100, process: "Process-1", "process.atexit.skipped",
                          [("count", .int(2)), ("handlers", .string("parent_handler, child_handler"))])]
        }
        XCTAssertEqual(r.first, "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers "
                       + "the program registered here or, before the fork, in its parent (2: parent_handler, child_handler) do not run "
                       + "in this process (a spawn child leaves by sys.exit() and runs its own)")
    }

    func testAPoolResultsSlowSendSaysItsSizeAndTime() {
        let r = rows { s in
            [s.add(196, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.sent",
                   [("job", .int(0)), ("index", .int(0)), ("size", .int(20_000_042)), ("took_ns", .int(178_000_000))])]
        }
        XCTAssertEqual(r.first, "sends task 0's result to the parent (20,000,042 bytes pickled): the put() returned 178 ms later, at 0.374 s "
                       + "(the pool's result queue writes a result whole, and one bigger than the pipe's buffer is written only as the "
                       + "parent's result-handler thread reads it)")
    }

    /// r11_worker_traceback_printed: a 704-byte result whose put() took 23 ms is no huge result waiting for the reader.
    func testASmallResultsSlowSendDoesNotBlameItsSize() {
        let r = rows { s in
            [s.add(196, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.sent",
                   [("job", .int(0)), ("index", .int(1)), ("size", .int(704)), ("took_ns", .int(23_000_000))])]
        }
        XCTAssertEqual(r.first, "sends task 0.1's result to the parent (704 bytes pickled): the put() returned 23 ms later, at 0.219 s "
                       + "(a result this small is written at once while the pipe has room: the time went to pickling it, to waiting "
                       + "for the result queue's write lock, which the pool's workers take one at a time, to a pipe already full of "
                       + "unread results, or to waiting for a CPU; the tracer does not tell these apart)")
    }
}
