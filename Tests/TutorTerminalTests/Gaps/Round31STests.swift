import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 31S (issue 11): system-administration and service scripts; each finding on the committed recording of the
/// round's program, and the rule's edges on small scripts.
final class Round31STests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r31s_subprocess_shell_codes (fork): a Pool worker ran `subprocess.run(["sh", "-c", "python3 -c 'print(…)'"],
    /// capture_output=True)`; the python under sh printed "True" into the worker's pipe, and its row read
    /// `print "True"`, as if it had reached the terminal (the untraced run's stdout has no such line). It now says
    /// where the line went.
    func testALinePrintedUnderACapturedShellSaysItWentIntoThePipe() throws {
        let timeline = try Round22MTests.timeline("r31s_subprocess_shell_codes--fork")
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let index = try XCTUnwrap(timeline.events.indices.first { timeline.events[$0].text == "True" && timeline.events[$0].process == "python -c" })
        XCTAssertEqual(describer.describe(index), "print \"True\" (into a pipe ForkPoolWorker-1 reads: ForkPoolWorker-1 started sh pid 1042 "
            + "with its stdout going into that pipe (subprocess.PIPE, as capture_output=True does), and this process, started under it, "
            + "inherited it; it never reached the terminal)")
        let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: painter).describe(index) }
        XCTAssertTrue(zh.contains("写进了 ForkPoolWorker-1 读取的管道：ForkPoolWorker-1 启动 sh pid 1042 时"), zh)
        // the program's own prints (MainProcess) stay as they were
        let own = try XCTUnwrap(timeline.events.indices.first { timeline.events[$0].text == "3 of 5 checks failed" })
        XCTAssertEqual(describer.describe(own), "print \"3 of 5 checks failed\"")
    }

    /// The inheritance's edges: a grandchild under a captured `sh -c` says so; under a shell command that redirects
    /// (`>`, `|`) nothing is claimed; under a subprocess whose streams were inherited nothing is said; a deeper
    /// descendant keeps the reader and the subprocess it came through.
    func testAGrandchildInheritsItsSubprocessParentsStreamsUnlessTheShellRedirects() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func spawn(_ n: Double, child: Int64, _ command: String, captured: Bool) {
            var fields: [(String, JSONValue)] = [("child_pid", .int(child)), ("argv", .array([.string("/bin/sh"), .string("-c"), .string(command)]))]
            if captured { fields += [("stdout", .string("pipe")), ("stderr", .string("devnull"))] }
            s.add(n, pid: 100, process: "MainProcess", .subprocessSpawn, fields)
        }
        spawn(1, child: 301, "python3 -c 'print(1)'", captured: true)
        spawn(2, child: 302, "python3 -c 'print(2)' > out.txt", captured: true)
        spawn(3, child: 303, "python3 -c 'print(3)'", captured: false)
        let under = s.add(4, pid: 401, ppid: 301, process: "python -c", "print", [("stream", .string("stdout")), ("text", .string("1"))])
        let err = s.add(5, pid: 401, ppid: 301, process: "python -c", "print", [("stream", .string("stderr")), ("text", .string("e"))])
        let redirected = s.add(6, pid: 402, ppid: 302, process: "python -c", "print", [("stream", .string("stdout")), ("text", .string("2"))])
        let inherited = s.add(7, pid: 403, ppid: 303, process: "python -c", "print", [("stream", .string("stdout")), ("text", .string("3"))])
        let deeper = s.add(8, pid: 501, ppid: 401, process: "python -c", "print", [("stream", .string("stdout")), ("text", .string("4"))])
        let timeline = s.timeline()
        let d = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(d.describe(under), "print \"1\" (into a pipe MainProcess reads: MainProcess started sh pid 301 with its stdout going "
            + "into that pipe (subprocess.PIPE, as capture_output=True does), and this process, started under it, inherited it; it never reached the terminal)")
        XCTAssertEqual(d.describe(err), "stderr \"e\" (into /dev/null: it never reached the terminal)")
        XCTAssertEqual(d.describe(redirected), "print \"2\"", "the shell's `>` sent it elsewhere: the record does not say where")
        XCTAssertEqual(d.describe(inherited), "print \"3\"")
        XCTAssertTrue(d.describe(deeper).hasPrefix("print \"4\" (into a pipe MainProcess reads: MainProcess started sh pid 301 "), d.describe(deeper))
    }

    /// r31s_ping_sweep_timeouts (fork): "get() of task 2 raised TimeoutError after 2.000 s: its timeout of 2.000 s ran
    /// out" and nothing more, while the check went on in ForkPoolWorker-3 until terminate() ended that worker at 5.134 s
    /// (the summary's "2 lost with a worker that ended inside it" came 60 rows later). A note now says the timeout ended
    /// only the wait, and what the task did next.
    func testAGetTimeoutSaysTheTaskWentOn() throws {
        let timeline = try Round22MTests.timeline("r31s_ping_sweep_timeouts--fork")
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .timedOutTaskGoesOn }
        XCTAssertEqual(notes.map { timeline.events[$0.eventIndex].job }, [2, 6], "\(notes)")
        XCTAssertEqual(notes.first?.text, "get() gave up on task 2 after 2.000 s, but that did not stop task 2: it was still running in "
            + "ForkPoolWorker-3 (since 0.993 s). A timeout of AsyncResult.get() ends only the wait; the task goes on in its worker, and "
            + "its result, if it comes, is kept for a later get(). Here it was still unfinished when ForkPoolWorker-3 ended at 5.139 s (exitcode -15).")
        let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .timedOutTaskGoesOn } }
        XCTAssertTrue(zh.first?.text.contains("但这并没有让 task 2 停下：它仍在 ForkPoolWorker-3 里运行") == true, "\(zh)")
    }

    /// The rule's edges: a task that finished after the wait gave up, and one still queued then, get a note saying
    /// so; a get() that returned, or one whose task had finished before the timeout, gets none.
    func testATimedOutGetOnAFinishedQueuedOrReturnedTask() {
        func notes(start: Int?, end: Int?, ok: Bool) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
            s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("apply_async")), ("func", .string("f")), ("args", .string("()"))])
            if let start { s.add(Double(start), pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("f")), ("args", .string("()"))]) }
            var get: [(String, JSONValue)] = [("job", .int(0)), ("ok", .bool(ok)), ("waited_ns", .int(1_000_000))]
            if !ok { get.append(("error", .string("TimeoutError"))) }
            s.add(5, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1", get)
            if let end { s.add(Double(end), pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("1"))]) }
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .timedOutTaskGoesOn }
        }
        XCTAssertTrue(notes(start: 3, end: 7, ok: false).first?.text.hasSuffix("Here it finished at 0.007 s.") == true, "\(notes(start: 3, end: 7, ok: false))")
        XCTAssertTrue(notes(start: 6, end: 7, ok: false).first?.text.contains("before task 0 had started: it was still in the pool's task queue") == true)
        XCTAssertTrue(notes(start: 6, end: 7, ok: false).first?.text.hasSuffix("It started at 0.006 s in ForkPoolWorker-1. Here it finished at 0.007 s.") == true)
        XCTAssertTrue(notes(start: 3, end: nil, ok: false).first?.text.hasSuffix("It was still unfinished when the record ends.") == true)
        XCTAssertEqual(notes(start: 3, end: 4, ok: false).count, 0, "finished before the wait gave up")
        XCTAssertEqual(notes(start: 3, end: 7, ok: true).count, 0, "a get() that returned")
        // a loop of short get(timeout)s on one task (docs_mp_pool's task 27, nine of them): one note, at the first
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("apply_async")), ("func", .string("f")), ("args", .string("()"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("f")), ("args", .string("()"))])
        for ms in [4.0, 5.0, 6.0] {
            s.add(ms, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1", [("job", .int(0)), ("ok", .bool(false)), ("waited_ns", .int(1_000_000)), ("error", .string("TimeoutError"))])
        }
        let polled = Annotator(timeline: s.timeline()).notes().filter { $0.kind == .timedOutTaskGoesOn }
        XCTAssertEqual(polled.map(\.eventIndex), [4], "\(polled)")
    }
}
