import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 14: the library reference's examples changed as a learner changes them.
final class Round14RowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    /// r14_map_async_error_callback_chunks: map_async(chunksize=2) over 8 items, chunks 0.1 and 0.3 raise. The row said
    /// "error_callback <lambda>(result of task 0)" and the note "the callback gets all their results together";
    /// pool.py's MapResult keeps only the first exception that came back and calls the error_callback with it.
    func testAnErrorCallbackOfSeveralChunksGetsTheFirstExceptionNotTheResults() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for (pid, name) in [(Int32(201), "ForkPoolWorker-1"), (Int32(202), "ForkPoolWorker-2")] {
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(3, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("check")), ("chunks", .int(4)), ("method", .string("map_async"))])
        // chunk 1 raises and comes back first, then chunks 0, 3 (raises) and 2
        for (k, (i, pid, ok)) in [(1, Int32(201), false), (0, Int32(202), true), (3, Int32(201), false), (2, Int32(202), true)].enumerated() {
            let at = 5 + Double(k) * 2, name = pid == 201 ? "ForkPoolWorker-1" : "ForkPoolWorker-2"
            s.add(at, pid: pid, process: name, .taskStart, object: "Pool#1",
                  [("job", .int(0)), ("index", .int(Int64(i))), ("func", .string("check")), ("items", .int(2))])
            s.add(at + 1, pid: pid, process: name, .taskEnd, object: "Pool#1", [("job", .int(0)), ("index", .int(Int64(i))), ("ok", .bool(ok))])
            s.add(at + 1.5, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(0)), ("index", .int(Int64(i))), ("ok", .bool(ok))])
        }
        let callback = s.add(14, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback, object: "Pool#1",
                             [("job", .int(0)), ("func", .string("<lambda>")), ("error", .bool(true))])
        let timeline = s.timeline()
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(callback), "error_callback <lambda>(the exception of task 0)")
        let notes = Annotator(timeline: timeline).notes().filter { $0.eventIndex == callback }.map(\.text)
        XCTAssertFalse(notes.contains { $0.contains("gets all their results together") }, "\(notes)")
        XCTAssertTrue(notes.contains { $0.contains("gets one exception, the first that came back (task 0.1's); task 0.3 raised too") }, "\(notes)")
    }

    /// r14_joinable_extra_task_done_main: three puts, a task_done() by the main process itself, then join(): it returned
    /// while 'c' had not been got, and nothing said that task_done() calls are counted, not matched to items.
    func testAJoinableQueueJoinThatReturnsWithItemsLeftSaysTheCountOfTaskDones() {
        func run(extra: Bool) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "JoinableQueue#1", [("type", .string("JoinableQueue"))])
            for (k, item) in ["'a'", "'b'", "'c'"].enumerated() {
                s.add(2 + Double(k), pid: 100, process: "MainProcess", .queuePut, object: "JoinableQueue#1", [("item", .string(item))])
            }
            if extra { s.add(5, pid: 100, process: "MainProcess", .queueTaskDone, object: "JoinableQueue#1", [("unfinished", .int(2))]) }
            s.add(6, pid: 100, process: "MainProcess", .queueJoinWait, object: "JoinableQueue#1")
            let items = extra ? ["'a'", "'b'"] : ["'a'", "'b'", "'c'"]
            for (k, item) in items.enumerated() {
                s.add(7 + Double(k) * 2, pid: 201, process: "Process-1", .queueGet, object: "JoinableQueue#1", [("item", .string(item))])
                s.add(8 + Double(k) * 2, pid: 201, process: "Process-1", .queueTaskDone, object: "JoinableQueue#1",
                      [("unfinished", .int(Int64(items.count - k - 1)))])
            }
            s.add(20, pid: 100, process: "MainProcess", .queueJoin, object: "JoinableQueue#1", [("waited_ns", .int(14_000_000))])
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .joinableJoinEarly }
        }
        let notes = run(extra: true)
        XCTAssertEqual(notes.count, 1, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("JoinableQueue#1.join() returned while 1 item put on it had not been got yet ('c')") == true, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("3 task_done() calls had been made for 2 items got (MainProcess's task_done() at 0.005 s came after no get() of its own)") == true, "\(notes)")
        XCTAssertEqual(run(extra: false).count, 0)
    }

    /// r14_start_method_force_switch: set_start_method('fork'), a child, set_start_method('spawn', force=True), a child.
    /// The heading said "default start method spawn": the header keeps the last method that took effect, and fork was
    /// the first the program chose, not a default.
    func testAHeadingOfAProgramThatChangedItsStartMethodSaysEachInTurn() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("fork"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1")), ("method", .string("fork"))])
        s.add(3, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("spawn")), ("ok", .bool(false)),
                                                                         ("error", .string("RuntimeError: context has already been set"))])
        s.add(4, pid: 100, process: "MainProcess", .processStartMethod, [("method", .string("spawn"))])
        s.add(5, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("Process-2")), ("method", .string("spawn"))])
        let wide = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        var header = Fixtures.header()
        header.startMethod = "spawn"
        let heading = RunPresenter(lesson: nil, capabilities: wide).heading(for: header, replayOf: nil, events: s.events)
        XCTAssertFalse(heading.contains("default start method"), heading)
        XCTAssertTrue(heading.contains("start method fork, then spawn (set_start_method() changed it while the program ran); its processes were started with fork, spawn"), heading)
        // one call: as before
        let one = RunPresenter(lesson: nil, capabilities: wide).heading(for: Fixtures.header(), replayOf: nil, events: Array(s.events.prefix(3)))
        XCTAssertTrue(one.contains("start method fork ·"), one)
    }

    /// r14_client_forgot_authkey: Client(address) without authkey to a Listener(authkey=b'secret'): the client did no
    /// handshake, the server refused its first message as the answer, and the client's recv() raised UnpicklingError on
    /// the challenge. No row said the client had no authkey, and the failed recv() had no row at all (a tracer fix).
    func testAClientWithoutAuthkeySaysItAndItsFailedRecvHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let open = s.add(1, pid: 201, process: "Process-1", .connectionOpen, object: "k1",
                         [("end", .string("client")), ("address", .string("('127.0.0.1', 4000)")), ("paired", .bool(true)), ("no_authkey", .bool(true))])
        let withKey = s.add(2, pid: 202, process: "Process-2", .connectionOpen, object: "k2",
                            [("end", .string("client")), ("address", .string("('127.0.0.1', 4000)")), ("paired", .bool(true))])
        let recv = s.add(3, pid: 201, process: "Process-1", .pipeRecv, object: "k1",
                         [("end", .string("client")), ("item", .null), ("waited_ns", .int(1000)), ("error", .string("UnpicklingError: invalid load key, '#'."))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertTrue(describer.describe(open).hasSuffix(" · no authkey given: this side does no authentication handshake"), describer.describe(open))
        XCTAssertFalse(describer.describe(withKey).contains("authkey"), describer.describe(withKey))
        XCTAssertTrue(describer.describe(recv).hasSuffix(": UnpicklingError: invalid load key, '#'."), describer.describe(recv))
    }

    /// r14_subclass_name_typo_daemon: a subclass that defines Run() instead of run(). The note offered
    /// "Process(target=work(n))" as the common cause; the recorded run_misspelt names the method instead.
    func testANoTargetNoteOfAMisspeltRunNamesTheMethod() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("Typo-1")), ("no_target", .bool(true)), ("run_misspelt", .string("Run"))])
        let notes = Annotator(timeline: s.timeline()).notes().filter { $0.kind == .noTarget }
        XCTAssertEqual(notes.count, 1, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("it defines Run(), and Process never calls a method of that name") == true, "\(notes)")
        XCTAssertFalse(notes.first?.text.contains("Process(target=work(n))") == true, "\(notes)")
    }
}
