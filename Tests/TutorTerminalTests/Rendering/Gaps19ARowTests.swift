import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 19A: round 18E's leftovers that needed the tracer.
final class Gaps19ARowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r18e_barrier_reset_waiters: the parent's reset() had no row, and each waiter's wake read "Barrier#1 broken after
    /// 44 ms" though reset() leaves the barrier usable (the next round passed). The reset has its row; a wake it caused
    /// names it; a wake broken by an abort() in the same wait keeps the plain row (two possible causes: none is said).
    func testABarrierResetHasARowAndTheWaitersItWokeNameIt() {
        func rows(abortToo: Bool) -> (reset: String, wake: String) {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3))])
            s.add(10, pid: 200, ppid: 100, process: "party-0", .barrierWait, object: "Barrier#1", [("parties", .int(3))])
            if abortToo { s.add(20, pid: 100, process: "MainProcess", .barrierAbort, object: "Barrier#1") }
            let reset = s.add(30, pid: 100, process: "MainProcess", .barrierReset, object: "Barrier#1")
            let wake = s.add(32, pid: 200, ppid: 100, process: "party-0", .barrierWake, object: "Barrier#1",
                             [("waited_ns", .int(22_000_000)), ("index", .null), ("last", .bool(false)), ("broken", .bool(true))])
            let d = EventDescriber(timeline: s.timeline(), painter: painter)
            return (d.describe(reset), d.describe(wake))
        }
        let plain = rows(abortToo: false)
        XCTAssertEqual(plain.reset, "reset() on Barrier#1: every party waiting there now gets BrokenBarrierError, and Barrier#1 is left "
                       + "usable, not broken: the wait()s after it begin a new round")
        XCTAssertEqual(plain.wake, "wait() at Barrier#1 raised BrokenBarrierError after 22 ms: MainProcess called reset() on Barrier#1 at "
                       + "0.030 s, which wakes every waiting party this way; Barrier#1 is not broken: a wait() after the reset begins a new round")
        XCTAssertEqual(rows(abortToo: true).wake, "Barrier#1 broken after 22 ms")
    }
}

extension Gaps19ARowTests {
    /// r18e_pipe_bytes_mixup: "recv on Pipe#1 end A: OSError with recv_bytes()" and "…: OSError" lost the messages that
    /// say why ("bad message length"; then "connection is write-only": that end can no longer be read).
    func testARecvThatRaisedShowsItsMessage() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(true))])
        let first = s.add(2, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1",
                          [("end", .string("A")), ("item", .null), ("waited_ns", .int(26_000)), ("error", .string("OSError")),
                           ("message", .string("bad message length")), ("call", .string("recv_bytes()"))])
        let next = s.add(3, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1",
                         [("end", .string("A")), ("item", .null), ("waited_ns", .int(6_000)), ("error", .string("OSError")),
                          ("message", .string("connection is write-only"))])
        let eof = s.add(4, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1",
                        [("end", .string("A")), ("item", .null), ("waited_ns", .int(6_000)), ("error", .string("EOFError"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(first), "recv on Pipe#1 end A: OSError: bad message length with recv_bytes()")
        XCTAssertEqual(d.describe(next), "recv on Pipe#1 end A: OSError: connection is write-only")
        XCTAssertEqual(d.describe(eof), "recv on Pipe#1 end A: EOFError")
    }
}

extension Gaps19ARowTests {
    /// r18e_simplequeue_vs_queue_unpicklable: `SimpleQueue.put(lambda)` raised PicklingError in the caller and had no row
    /// (the program's print only). A raise from elsewhere (a closed SimpleQueue's pipe) is shown without the reason.
    func testASimpleQueuePutThatRaisedInTheCallerHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "SimpleQueue#1", [("type", .string("SimpleQueue"))])
        let pickling = s.add(2, pid: 100, process: "MainProcess", .queuePutError, object: "SimpleQueue#1",
                             [("item", .string("<function>")), ("error", .string("PicklingError: Can't pickle <function <lambda>>")),
                              ("pickling", .bool(true))])
        let closed = s.add(3, pid: 100, process: "MainProcess", .queuePutError, object: "SimpleQueue#1",
                           [("item", .string("'late'")), ("error", .string("OSError: handle is closed")), ("pickling", .bool(false))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(pickling), "put(<function>) on SimpleQueue#1 raised PicklingError: Can't pickle <function <lambda>>: a "
                       + "SimpleQueue pickles the item inside put() itself (a Queue leaves that to its feeder thread), so the error is "
                       + "raised here, in the caller, and nothing was sent")
        XCTAssertEqual(d.describe(closed), "put('late') on SimpleQueue#1 raised OSError: handle is closed")
    }
}

extension Gaps19ARowTests {
    /// r18e_join_sibling_process (fork): a child given its sibling's Process: is_alive() raised AssertionError with no row,
    /// and "join() of sleeper failed: AssertionError: can only join a child process" did not say whose child it was.
    func testACallOnASiblingsProcessSaysWhoMadeIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 200, ppid: 100, process: "watcher", .processStart, [("name", .string("watcher")), ("role", .string("child"))])
        func error(_ ms: Double, _ op: String, _ text: String, parent: Int64?) -> Int {
            var fields: [(String, JSONValue)] = [("name", .string("sleeper")), ("op", .string(op)), ("error", .string(text))]
            if let parent { fields.append(("parent_pid", .int(parent))) }
            return s.add(ms, pid: 200, ppid: 100, process: "watcher", .processError, fields)
        }
        let alive = error(2, "is_alive", "AssertionError: can only test a child process", parent: 100)
        let join = error(3, "join", "AssertionError: can only join a child process", parent: 100)
        let old = error(4, "join", "AssertionError: can only join a child process", parent: nil)
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(alive), "is_alive() of sleeper failed: AssertionError: can only test a child process: sleeper is a Process "
                       + "object made by MainProcess, not by watcher: only the process that made it may start() it, join() it or ask "
                       + "is_alive(), so the call did nothing")
        XCTAssertTrue(d.describe(join).hasPrefix("join() of sleeper failed: AssertionError: can only join a child process: sleeper is a "
                                                 + "Process object made by MainProcess, not by watcher"), d.describe(join))
        XCTAssertEqual(d.describe(old), "join() of sleeper failed: AssertionError: can only join a child process")
    }
}

extension Gaps19ARowTests {
    /// r18e_child_keyboardinterrupt_kinds: `signal.signal(SIGINT, SIG_DFL)` and `signal.raise_signal(SIGINT)` had no rows;
    /// the child's end "ended by SIGINT" was all the timeline said.
    func testRaiseSignalAndSigDflHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 200, ppid: 100, process: "default_action", .processStart, [("name", .string("default_action")), ("role", .string("child"))])
        let set = s.add(2, pid: 200, ppid: 100, process: "default_action", .signalSet,
                        [("signum", .int(2)), ("signame", .string("SIGINT")), ("disposition", .string("default"))])
        let ignored = s.add(3, pid: 200, ppid: 100, process: "default_action", .signalSet,
                            [("signum", .int(15)), ("signame", .string("SIGTERM")), ("disposition", .string("ignored"))])
        let raised = s.add(4, pid: 200, ppid: 100, process: "default_action", .processSignalSelf,
                           [("signum", .int(2)), ("signame", .string("SIGINT")), ("handler", .string("default")),
                            ("function", .null), ("call", .string("signal.raise_signal()"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(set), "signal.signal(SIGINT, SIG_DFL): from now on SIGINT takes its default action in this process, and no "
                       + "Python handler runs for it; for SIGINT that ends the process at once: no KeyboardInterrupt, no traceback")
        XCTAssertEqual(d.describe(ignored), "signal.signal(SIGTERM, SIG_IGN): from now on this process ignores SIGTERM")
        XCTAssertEqual(d.describe(raised), "signal.raise_signal(SIGINT): a signal to itself; no handler: the signal's default action applies")
    }
}
