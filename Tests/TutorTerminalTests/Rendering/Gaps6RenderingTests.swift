import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows for what the tracer did not record before round 6 (issue 11's tracer gaps, docs/truth-review.md).
final class Gaps6RenderingTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testSharedMemoryRowsNameTheSegment() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let made = s.add(1, pid: 100, process: "MainProcess", .shmCreate, object: "SharedMemory#1",
                         [("type", .string("SharedMemory")), ("name", .string("psm_ab")), ("size", .int(16))])
        let list = s.add(2, pid: 100, process: "MainProcess", .shmCreate, object: "ShareableList#1",
                         [("type", .string("ShareableList")), ("name", .string("psm_cd")), ("size", .int(91)), ("value", .string("[41, 'todo']"))])
        let attach = s.add(3, pid: 101, process: "Process-1", .shmAttach, object: "SharedMemory#1",
                           [("type", .string("SharedMemory")), ("name", .string("psm_ab")), ("size", .int(16))])
        let item = s.add(4, pid: 101, process: "Process-1", .sharedWrite, object: "ShareableList#1",
                         [("attr", .string("[0]")), ("value", .string("42")), ("list", .bool(true))])
        let close = s.add(5, pid: 101, process: "Process-1", .shmClose, object: "SharedMemory#1")
        let unlink = s.add(6, pid: 100, process: "MainProcess", .shmUnlink, object: "SharedMemory#1")
        let again = s.add(7, pid: 100, process: "MainProcess", .shmUnlink, object: "SharedMemory#1", [("error", .string("FileNotFoundError"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        // gaps 7: a SharedMemory's rows say its .buf is not traced (a ShareableList's items are)
        let untraced = " (reads and writes through its .buf are not traced: this timeline cannot show them)"
        XCTAssertEqual(d.describe(made), "SharedMemory#1 created: shared memory segment psm_ab, 16 bytes" + untraced)
        XCTAssertEqual(d.describe(list), "ShareableList#1 created: ShareableList [41, 'todo'] in shared memory segment psm_cd (91 bytes)")
        XCTAssertEqual(d.describe(attach), "attached to SharedMemory#1 by name (segment psm_ab, 16 bytes)" + untraced)
        XCTAssertEqual(d.describe(item), "wrote 42 to ShareableList#1[0]")
        XCTAssertEqual(d.describe(close), "SharedMemory#1.close(): this process no longer maps the segment (the segment stays)")
        XCTAssertEqual(d.describe(unlink), "SharedMemory#1.unlink(): the segment's name psm_ab is removed; its memory is freed once every process has closed it")
        XCTAssertEqual(d.describe(again), "SharedMemory#1.unlink() raised FileNotFoundError")
    }

    func testAQueuesCloseJoinThreadAndAPutAfterCloseHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let close = s.add(1, pid: 100, process: "MainProcess", .queueClose, object: "Queue#1", [("feeder", .bool(true))])
        let join = s.add(2, pid: 100, process: "MainProcess", .queueJoinThread, object: "Queue#1", [("feeder", .bool(true)), ("waited_ns", .int(310_000_000))])
        let late = s.add(3, pid: 100, process: "MainProcess", .queueError, object: "Queue#1",
                         [("op", .string("put")), ("error", .string("ValueError: Queue <…> is closed"))])
        let none = s.add(4, pid: 100, process: "MainProcess", .queueJoinThread, object: "Queue#2", [("feeder", .bool(false)), ("waited_ns", .int(3000))])
        let cancel = s.add(5, pid: 100, process: "MainProcess", .queueCancelJoin, object: "Queue#3")
        let exe = s.add(6, pid: 100, process: "MainProcess", .processSetting, [("call", .string("set_executable()")), ("value", .string("'/usr/bin/python3'"))])
        let pre = s.add(7, pid: 100, process: "MainProcess", .processSetting, [("call", .string("set_forkserver_preload()")), ("value", .string("['json']"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(close), "Queue#1.close(): this process can no longer put or get on it; its feeder thread writes what was put, then ends")
        XCTAssertEqual(d.describe(join), "Queue#1.join_thread() returned after 310 ms: its feeder thread has ended")
        XCTAssertEqual(d.describe(late), "put() on Queue#1 raised ValueError: the queue was closed")
        XCTAssertEqual(d.describe(none), "Queue#2.join_thread() returned: there was no feeder thread to join (nothing was put)")
        XCTAssertTrue(d.describe(cancel).hasPrefix("Queue#3.cancel_join_thread(): this process will not wait at exit for its feeder thread"))
        XCTAssertTrue(d.describe(exe).hasPrefix("set_executable('/usr/bin/python3'): the spawn and forkserver start methods"))
        XCTAssertTrue(d.describe(pre).hasPrefix("set_forkserver_preload(['json']): the forkserver imports these modules"))
    }

    /// r5b_pipe_oneway_wait_sentinel: "(3 Pipe end(s))" and "1 ready", without naming which.
    func testConnectionWaitNamesItsObjectsAndTheReadyOnes() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let wait = s.add(1, pid: 100, process: "MainProcess", .connectionWait, [("objects", .int(4)), ("pipes", .int(2)),
            ("what", .array([.string("Pipe#1"), .string("Pipe#2"), .string("socket"), .string("sentinel:Process-1")])),
            ("ends", .array([.string("A"), .string("A"), .null, .null]))])
        let ready = s.add(300, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(299_000_000)), ("ready", .int(1)),
            ("what", .array([.string("sentinel:Process-1")])), ("ends", .array([.null]))])
        let old = s.add(301, pid: 100, process: "MainProcess", .connectionWaited, [("waited_ns", .int(0)), ("ready", .int(2))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(wait), "waits in connection.wait() until one of Pipe#1 end A, Pipe#2 end A, a socket, Process-1's sentinel is ready")
        XCTAssertEqual(d.describe(ready), "connection.wait() returned after 299 ms: ready: Process-1's sentinel")
        XCTAssertEqual(d.describe(old), "connection.wait() returned: 2 ready", "a transcript from before round 6 says what it can")
    }

    func testAThreadingSemaphoresFailedTriesSayNoUnitWasFree() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "BoundedSemaphore#1",
              [("type", .string("BoundedSemaphore")), ("value", .int(1)), ("threading", .bool(true))])
        let one = s.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "BoundedSemaphore#1", [("tries", .int(1))])
        let many = s.add(3, pid: 100, process: "MainProcess", .lockBusy, object: "BoundedSemaphore#1", [("tries", .int(9))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(one), "acquire(blocking=False) on BoundedSemaphore#1 failed: no unit was free")
        XCTAssertEqual(d.describe(many), "9 more acquire(blocking=False) calls on BoundedSemaphore#1 failed: no unit was free")
        var t = DocsExamplesDescriberTests.mainProcess()
        t.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock")), ("threading", .bool(true))])
        let taken = t.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1))])
        XCTAssertEqual(EventDescriber(timeline: t.timeline(), painter: painter).describe(taken), "acquire(blocking=False) on Lock#1 failed: it was taken")
    }

    func testASubmitThatRaisedAndAManagerThatNeverStartedHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorBroken, object: "ProcessPoolExecutor#1", [("pending", .int(1))])
        let broken = s.add(2, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#1",
                           [("func", .string("square")), ("error_type", .string("BrokenProcessPool")), ("error", .string("BrokenProcessPool"))])
        let after = s.add(3, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#2",
                          [("func", .string("square")), ("error_type", .string("RuntimeError")),
                           ("error", .string("RuntimeError: cannot schedule new futures after shutdown"))])
        let wait = s.add(4, pid: 100, process: "MainProcess", .managerStartWait, [("type", .string("SyncManager"))])
        let failed = s.add(224, pid: 100, process: "MainProcess", .managerStartError,
                           [("type", .string("SyncManager")), ("waited_ns", .int(220_000_000)), ("server_pid", .int(4242)), ("error", .string("EOFError"))])
        let refused = s.add(225, pid: 100, process: "MainProcess", .managerStartError,
                            [("type", .string("SyncManager")), ("waited_ns", .int(10_000)), ("server_pid", .null),
                             ("error", .string("ProcessError: Already started server"))])
        let timeline = s.timeline()
        let d = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(d.describe(broken), "submit(square) on ProcessPoolExecutor#1 raised BrokenProcessPool: no work item was made (the executor broke at 0.001 s)")
        XCTAssertEqual(d.describe(after), "submit(square) on ProcessPoolExecutor#2 raised RuntimeError: no work item was made")
        XCTAssertEqual(d.describe(wait), "SyncManager.start() waits for its server process to start and send its address")
        XCTAssertEqual(d.describe(failed), "SyncManager.start() raised EOFError after 220 ms: its server process (pid 4242) never sent its address")
        XCTAssertEqual(d.describe(refused), "SyncManager.start() raised ProcessError: Already started server: no server process was started")
        // the wait is in the ledger, ended by the error
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.filter { $0.beginKind == .managerStartWait }.map(\.endIndex), [failed])
    }
}
