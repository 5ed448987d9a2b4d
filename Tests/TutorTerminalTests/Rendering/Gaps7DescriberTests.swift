import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 7 (issue 11, what the review rounds left; docs/truth-review.md "Gaps 7").
final class Gaps7DescriberTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6a_futures_callback_chain: a done-callback that did not raise had no row; the second stage's submit() rows sat on
    /// the executor's manager thread with nothing saying a callback ran there.
    func testADoneCallbackThatReturnedHasARowWhereItRunsAndItsLength() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let fields: [(String, JSONValue)] = [("work", .int(0)), ("func", .string("stage_one_done"))]
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallbackRun, object: "ProcessPoolExecutor#1", fields)
        s.add(4, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallbackEnd, object: "ProcessPoolExecutor#1",
              fields + [("ran_ns", .int(3_000_000))])
        XCTAssertEqual(rows(s), ["runs done-callback stage_one_done of work item 0",
                                 "done-callback stage_one_done of work item 0 returned after 3 ms"])
    }

    /// r6b_lifecycle_mistakes: "start() failed: …" for a Worker that never ran Process.__init__ and for Process-1 alike.
    func testAProcessErrorNamesTheProcessOrSaysItHasNoName() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processError, [("name", .string("Worker")), ("op", .string("start")),
              ("error", .string("AttributeError: 'Worker' object has no attribute '_closed'")), ("unnamed", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processError, [("name", .string("Process-1")), ("op", .string("start")),
              ("error", .string("AssertionError: cannot start a process twice"))])
        XCTAssertEqual(rows(s), [
            "start() of a Worker object failed: AttributeError: 'Worker' object has no attribute '_closed' (the object has no name: Process.__init__ did not run on it)",
            "start() of Process-1 failed: AssertionError: cannot start a process twice",
        ])
    }

    /// r6b_pipe_misuse_big: send() on a Pipe(duplex=False)'s read end had no row; a 50 MB send_bytes said no size nor time;
    /// SimpleQueue.close() had no row.
    func testASendThatRaisedBytesMovedAndASimpleQueuesCloseHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#1",
              [("end", .string("A")), ("call", .string("send()")), ("error", .string("OSError: connection is read-only"))])
        s.add(3, pid: 100, process: "MainProcess", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string("b'\\x00…'")),
              ("call", .string("send_bytes()")), ("size", .int(50_000_000)), ("took_ns", .int(201_000_000))])
        s.add(205, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string("b'\\x00…'")),
              ("waited_ns", .int(0)), ("call", .string("recv_bytes()")), ("size", .int(50_000_000))])
        s.add(206, pid: 100, process: "MainProcess", .queueCreate, object: "SimpleQueue#1", [("type", .string("SimpleQueue"))])
        s.add(207, pid: 100, process: "MainProcess", .queueClose, object: "SimpleQueue#1", [("feeder", .bool(false)), ("simple", .bool(true))])
        let all = rows(s, from: 2)
        XCTAssertEqual(all[0], "send() on Pipe#1 end A raised OSError: connection is read-only: nothing was sent")
        XCTAssertTrue(all[1].hasSuffix(" with send_bytes() (50,000,000 bytes; the call took 201 ms)"), all[1])
        XCTAssertTrue(all[2].hasSuffix(" with recv_bytes() (50,000,000 bytes)"), all[2])
        XCTAssertEqual(all[4], "SimpleQueue#1.close(): this process's two ends of its pipe are closed: a put() or get() here now raises "
                       + "OSError (other processes' ends stay open)")
        // a failed send is never the cause of a receive
        let timeline = s.timeline()
        XCTAssertFalse(CausalLinker.pairs(in: timeline).contains { $0.cause == 2 || $0.effect == 2 })
    }

    /// r6a_futures_serial_one_worker: "waits in map() of work item 0" did not say map(timeout=5)'s limit, and the row
    /// that gave up did not say which timeout ran out (also Pool's get(timeout)).
    func testAWaitWithATimeoutSaysItAndTheRowThatGaveUpSaysWhichRanOut() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
              [("work", .int(2)), ("call", .string("map()")), ("timeout", .double(0.5)), ("left", .double(0.449))])
        s.add(450, pid: 100, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
              [("work", .int(2)), ("waited_ns", .int(449_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        s.add(451, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("call", .string("get()")), ("timeout", .double(0.2))])
        s.add(651, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(1)), ("ok", .bool(false)), ("waited_ns", .int(200_000_000)), ("error", .string("TimeoutError"))])
        let all = rows(s)
        XCTAssertEqual(all[0], "waits in map() of work item 2 (map()'s timeout 500 ms: 449 ms of it left)")
        XCTAssertEqual(all[1], "map() of work item 2 raised TimeoutError after 449 ms: its timeout of 500 ms ran out")
        XCTAssertTrue(all[2].hasSuffix(" (timeout 200 ms)"), all[2])
        XCTAssertTrue(all[3].hasSuffix(": its timeout of 200 ms ran out"), all[3])
    }

    /// r6a_manager_counter_pool_lock: a manager Lock's release() row could come after the next holder's acquire() row;
    /// the tracer now stamps a release when it was sent, and the row says so.
    func testAManagerReleaseStampedWhenSentSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "Lock#1", [("type", .string("Lock")), ("method", .string("release")),
              ("waited_ns", .int(2_000_000)), ("ok", .bool(true)), ("args", .string("()")), ("result", .string("None")), ("asked", .bool(true))])
        XCTAssertEqual(rows(s), ["Lock#1.release() → None (sent to the manager at this moment; the server ran it during the 2 ms round trip that followed)"])
        XCTAssertTrue(TimelineSpans.spans(in: s.timeline()).allSatisfy { $0.kind != .wait }, "no wait drawn before the stamp")
    }

    /// noteBrokenPlain said "its 1 pending Future fail".
    func testABrokenExecutorWithOnePendingFutureSaysFails() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string("?"))])
        let timeline = s.timeline()
        XCTAssertEqual(Annotator(timeline: timeline).notes().map(\.text),
                       ["ProcessPoolExecutor#1 marked itself broken: its 1 pending Future fails with BrokenProcessPool."])
    }

    /// A hand fork made in a non-main thread recorded no own normal end: atexit, where the others are recorded, never runs.
    func testAChildForkedInAThreadEndsWhenItsLastThreadEnds() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 300, process: "fork of MainProcess (pid 300)", thread: "Thread-2", .processExit,
              [("exitcode", .int(0)), ("via", .string("last thread ended"))])
        XCTAssertEqual(rows(s), ["exited, code 0: its last thread ended (it was forked in a thread other than the main one, so that thread "
                                 + "was its main code; no interpreter exit follows, and atexit handlers do not run)"])
    }

    /// r6a_manager_counter_pool_lock: the unlocked Manager dict counter's note gave a floor ("the record proves 2 lost
    /// updates; more may hide") where the program lost 10. The proxy calls' values prove the whole figure.
    func testAProxyCountersLostUpdatesAreProvedWhole() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func call(_ ms: Double, _ pid: Int32, _ name: String, _ access: String, _ value: Int64) {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1", [
                ("type", .string("dict")), ("method", .string(access == "read" ? "__getitem__" : "__setitem__")),
                ("waited_ns", .int(500_000)), ("ok", .bool(true)), ("args", .string("('n')")), ("result", .string("None")),
                ("access", .string(access)), ("key", .string("'n'")), ("value", .string(String(value)))])
        }
        call(1, 100, "MainProcess", "write", 0)
        call(3, 201, "Process-1", "read", 0)
        call(3.2, 202, "Process-2", "read", 0)
        call(5, 201, "Process-1", "write", 1)
        call(6, 202, "Process-2", "write", 1)
        call(8, 201, "Process-1", "read", 1)
        call(9, 201, "Process-1", "write", 2)
        call(20, 100, "MainProcess", "read", 2)
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .lostUpdate }
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].text.hasSuffix(" The values prove the whole figure: each of the 3 writes to dict#1['n'] (Process-1, Process-2) "
                                              + "stored the value its writer had just read + 1. Had every update landed, dict#1['n'] would have gone "
                                              + "from 0 to 3; MainProcess read 2 in a call sent after every write's answer had come back: 2 of the 3 "
                                              + "updates landed, 1 lost."), notes[0].text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().count, 0)
    }

    /// A Manager whose server never answers and never ends (its initializer blocks): the hang's "Why" only repeated the wait.
    func testAStartWaitingOnALiveSilentManagerServerIsExplained() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerStartWait, [("type", .string("SyncManager"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("SyncManager-1"))])
        s.add(3, pid: 201, ppid: 100, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        s.add(4, pid: 201, ppid: 100, process: "SyncManager-1", "print", [("text", .string("initializer sleeps"))])
        let timeline = s.timeline()
        let reasons = HangExplainer(timeline: timeline).reasons()
        XCTAssertEqual(reasons.first?.premise, .managerServerSilent(step: 4, pid: 100, thread: "MainThread", server: 201))
        XCTAssertTrue(reasons.first?.text.contains("that server process, SyncManager-1 (pid 201), was still running: it had neither sent its address nor ended") == true,
                      reasons.first?.text ?? "none")
        // the server's end takes the premise away
        s.add(5, pid: 201, ppid: 100, process: "SyncManager-1", .processExit, [("exitcode", .int(1))])
        XCTAssertFalse(HangExplainer(timeline: s.timeline()).reasons().contains { if case .managerServerSilent = $0.premise { true } else { false } })
    }
}
