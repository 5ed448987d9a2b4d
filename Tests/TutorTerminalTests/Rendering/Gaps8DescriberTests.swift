import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 8 (issue 11, what round 7 left; docs/truth-review.md "Gaps 8").
final class Gaps8DescriberTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func describe(_ s: EventScript, _ index: Int) -> String {
        let timeline = s.timeline()
        return EventDescriber(timeline: timeline, painter: painter).describe(index)
    }

    /// A broken executor's manager thread terminating its workers: one had exited (code 0) before, one began to exit
    /// and was ended by the SIGTERM (r7a_futures_initializer_fails, fork).
    private func brokenExecutorScript(firstEnd: Int64) -> (EventScript, Int, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (pid, name) in [(201, "ForkProcess-1"), (202, "ForkProcess-2")] {
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(2, pid: Int32(pid), ppid: 100, process: name, .processStart, [("name", .string(name))])
        }
        s.add(20, pid: 201, ppid: 100, process: "ForkProcess-1", .processExit, [("exitcode", .int(0))])
        s.add(21, pid: 202, ppid: 100, process: "ForkProcess-2", .processExiting, [("exitcode", .int(-15)), ("began_exitcode", .int(0))])
        let first = s.add(27, pid: 100, process: "MainProcess", thread: "Thread-1", .processTerminate,
                          [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("at_exit", .bool(false))])
        let second = s.add(27.1, pid: 100, process: "MainProcess", thread: "Thread-1", .processTerminate,
                           [("child_pid", .int(202)), ("name", .string("ForkProcess-2")), ("at_exit", .bool(false))])
        s.add(28, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(firstEnd))])
        s.add(32, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(202)), ("name", .string("ForkProcess-2")), ("exitcode", .int(-15))])
        return (s, first, second)
    }

    /// r7a_futures_initializer_fails: "terminate() ForkProcess-1 (SIGTERM to pid …)" read as if terminate() ended a
    /// worker that had exited (code 0) 6 ms before; the one it did end keeps the plain row.
    func testATerminateOfAProcessThatHadAlreadyExitedSaysItEndedNothing() {
        let (s, first, second) = brokenExecutorScript(firstEnd: 0)
        XCTAssertEqual(describe(s, first), "terminate() ForkProcess-1 (SIGTERM to pid 201): it had already exited (code 0, at 0.020 s), "
                       + "not yet reaped, so this signal ended nothing")
        XCTAssertEqual(describe(s, second), "terminate() ForkProcess-2 (SIGTERM to pid 202)")
    }

    /// When the parent saw another end than the one the process recorded, the signal may have ended it: no claim.
    func testATerminateWhoseTargetEndedOtherwiseMakesNoClaim() {
        let (s, first, _) = brokenExecutorScript(firstEnd: -15)
        XCTAssertEqual(describe(s, first), "terminate() ForkProcess-1 (SIGTERM to pid 201)")
    }

    /// r7b_pool_maybe_encoding: "7 of 7 chunks ran" and no failed task, though apply() and map() raised MaybeEncodingError:
    /// two tasks returned generators the workers could not send back. A task that raised keeps its own line.
    func testAPoolSummaryCountsResultsThatCameBackAsMaybeEncodingError() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        for (job, ok) in [(0, true), (1, false), (2, true)] {
            let ms = Double(10 * (job + 1))
            s.add(ms, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
            s.add(ms + 1, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(Int64(job))), ("index", .int(0))])
            s.add(ms + 2, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(ok))])
            let error = job == 1 ? "ValueError" : "MaybeEncodingError"
            s.add(ms + 3, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(job == 2 ? true : false))] + (job == 2 ? [] : [("error", .string(error))]))
        }
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)
        let text = SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
        XCTAssertTrue(text.contains("1 task raised an exception"), text)
        XCTAssertTrue(text.contains("1 task returned, but the parent got an exception in place of the result: the worker could not send "
                                    + "the value back (MaybeEncodingError, raised where the result is read)"), text)
    }

    /// A child forked from a thread whose exit was "RuntimeError: cannot join current thread … in multiprocessing's own
    /// cleanup": the thread started with `target` in MainProcess (after a ThreadPoolExecutor was made there).
    private func forkedFromThread(target: String) -> (Timeline, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("type", .string("ThreadPoolExecutor"))])
        s.add(2, pid: 100, process: "MainProcess", .threadStart, [("name", .string("ThreadPoolExecutor-0_0")), ("target", .string(target))])
        s.add(3, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("Process-2"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-2", thread: "ThreadPoolExecutor-0_0", .processStart, [("name", .string("Process-2"))])
        let exit = s.add(9, pid: 201, ppid: 100, process: "Process-2", .processExit,
                         [("exitcode", .int(1)), ("error", .string("RuntimeError: cannot join current thread"))])
        return (s.timeline(), exit)
    }

    /// r7b_thread_starts_process (fork): "raised in multiprocessing's own cleanup" without the cause, which the record shows:
    /// the child was forked from a ThreadPoolExecutor worker thread, which concurrent.futures' exit hook joins.
    func testAChildForkedFromAnExecutorThreadSaysWhyItsCleanupRaised() {
        let (timeline, exit) = forkedFromThread(target: "_worker")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == exit }
        XCTAssertEqual(note?.kind, .forkedExecutorThread)
        XCTAssertEqual(note?.premise, .forkedFromExecutorThread(step: exit, thread: "ThreadPoolExecutor-0_0"))
        XCTAssertTrue(note?.text.hasSuffix("It was forked from MainProcess's thread ThreadPoolExecutor-0_0, a ThreadPoolExecutor worker, and in the "
                      + "child that thread is the one running: the cleanup's threading._shutdown() runs concurrent.futures' exit hook, which "
                      + "joins every ThreadPoolExecutor worker thread, ThreadPoolExecutor-0_0 too, and a thread cannot join itself. Start "
                      + "processes from the main thread, or use the spawn or forkserver start method.") == true, note?.text ?? "none")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        // a thread that is not an executor's worker: the cause is not shown, the note stays as it was
        let (plain, at) = forkedFromThread(target: "launcher")
        let other = Annotator(timeline: plain).notes().first { $0.eventIndex == at }
        XCTAssertEqual(other?.kind, .exitCode)
        XCTAssertFalse(other?.text.contains("ThreadPoolExecutor") ?? true)
    }

    /// r7b_subprocess_in_pool: a subprocess's `print "10"` read as printed, though run(capture_output=True) took it into
    /// the worker's pipe; one sent to /dev/null neither reached the terminal; an inherited stream's row stays as it was.
    func testASubprocessesCapturedOrDroppedLineSaysItNeverReachedTheTerminal() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(301)), ("argv", .array([.string("python3")])), ("stdout", .string("pipe")), ("stderr", .string("pipe"))])
        s.add(2, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(302)), ("argv", .array([.string("python3")])), ("stdout", .string("devnull")), ("stderr", .string("stdout"))])
        s.add(3, pid: 100, process: "MainProcess", .subprocessSpawn, [("child_pid", .int(303)), ("argv", .array([.string("python3")]))])
        s.add(4, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(304)), ("argv", .array([.string("python3")])), ("stderr", .string("stdout"))])
        let captured = s.add(5, pid: 301, ppid: 100, process: "python3", "print", [("stream", .string("stdout")), ("text", .string("10"))])
        let dropped = s.add(6, pid: 302, ppid: 100, process: "python3", "print", [("stream", .string("stderr")), ("text", .string("oops"))])
        let shown = s.add(7, pid: 303, ppid: 100, process: "python3", "print", [("stream", .string("stdout")), ("text", .string("30"))])
        let merged = s.add(8, pid: 304, ppid: 100, process: "python3", "print", [("stream", .string("stderr")), ("text", .string("40"))])
        XCTAssertEqual(describe(s, captured), "print \"10\" (into a pipe its parent MainProcess reads, as subprocess.run(capture_output=True) "
                       + "does: it never reached the terminal)")
        XCTAssertEqual(describe(s, dropped), "stderr \"oops\" (into /dev/null: it never reached the terminal)")
        XCTAssertEqual(describe(s, shown), "print \"30\"")
        XCTAssertEqual(describe(s, merged), "stderr \"40\"", "stderr into an inherited stdout reaches the terminal")
    }

    /// r7a_queue_empty_polling: "3× put 0 on Queue#1 … put 2 on Queue#1" at 0.284 s, though the puts were 50 ms apart (the
    /// row showed the first put's time): alike events join a row only within the time column's step of its first.
    func testAlikeEventsFarApartAreNotOneRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        for (i, ms) in [284.0, 334, 384, 400, 400.2, 400.5].enumerated() {
            s.add(ms, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("\(i)"))])
        }
        var options = TimelineRenderer.Options()
        options.maxRows = .max
        let text = TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: .plain, options: options).render()
        let puts = text.split(separator: "\n").filter { $0.contains("put") && $0.contains("Queue#1") }
        XCTAssertEqual(puts.count, 4, text)
        XCTAssertTrue(puts[0].hasPrefix("0.284") && puts[0].hasSuffix("put 0 on Queue#1"), text)
        XCTAssertTrue(puts[1].hasPrefix("0.334") && puts[2].hasPrefix("0.384"), text)
        XCTAssertTrue(puts[3].hasPrefix("0.400") && puts[3].contains("3× put 3 on Queue#1"), text)
    }

    /// r7a_pool_callback_raises: task 3's "wait() … returned after 500 ms, before the result was ready" had no cause, though
    /// task 2's callback had raised ValueError, which ends the Pool's result-handler thread. A KeyError does not end it.
    func testAWaitAfterACallbackEndedTheResultHandlerSaysItCanOnlyTimeOut() {
        func script(_ error: String) -> (Timeline, Int) {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
            for job in 0..<2 {
                s.add(Double(2 + job), pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                      [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
            }
            s.add(10, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
            s.add(11, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallbackEnd,
                  [("job", .int(0)), ("ok", .bool(false)), ("error", .string(error))])
            let wait = s.add(20, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
                             [("job", .int(1)), ("index", .int(0)), ("call", .string("wait()"))])
            return (s.timeline(), wait)
        }
        let (timeline, wait) = script("ValueError: odd result 9")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == wait }
        XCTAssertEqual(note?.premise, .resultHandlerDied(waitStep: wait, callbackStep: wait - 1))
        XCTAssertEqual(note?.text, "Pool#1's result-handler thread ended at 0.011 s: a callback of task 0 raised ValueError: odd result 9 there, "
                       + "and any exception but KeyError ends that thread. No later result of Pool#1 reaches the parent, so this wait() "
                       + "for task 1 can only time out (without a timeout it waits forever).")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        let (swallowed, at) = script("KeyError")
        XCTAssertNil(Annotator(timeline: swallowed).notes().first { $0.eventIndex == at && $0.kind == .waitAfterResultHandlerDied })
    }

    /// Round 7A split a forked child's copy of a threading Lock from the parent's; a threading Event (or Condition,
    /// Barrier) was still one object: the child's set() read as if it woke the parent's wait().
    func testAForkedChildsCopyOfAThreadingEventIsNotTheParentsEvent() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1", [("threading", .bool(true))])
        s.add(1.5, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1", [("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart,
              [("name", .string("Process-1")), ("role", .string("child")), ("start_method", .string("fork"))])
        let set = s.add(5, pid: 201, ppid: 100, process: "Process-1", .eventSet, object: "Event#1")
        let notify = s.add(6, pid: 201, ppid: 100, process: "Process-1", .conditionNotify, object: "Condition#1", [("n", .int(1))])
        let parentSet = s.add(7, pid: 100, process: "MainProcess", .eventSet, object: "Event#1")
        let timeline = s.timeline()
        XCTAssertEqual(timeline.events[set].object, "Event#1 (Process-1's copy)")
        XCTAssertEqual(timeline.events[notify].object, "Condition#1 (Process-1's copy)")
        XCTAssertEqual(timeline.events[parentSet].object, "Event#1")
    }
}
