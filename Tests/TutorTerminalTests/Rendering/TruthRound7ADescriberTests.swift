import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Notes and rows that were false, misleading or missing in round 7, part A of the truth review (corpus/r7a_*.py;
/// docs/truth-review.md).
final class TruthRound7ADescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r7a_futures_initializer_fails: the executor broke because its initializer raised in both workers (each ended with
    /// exit code 0 without taking a work item), but the note said only "ProcessPoolExecutor#1 marked itself broken".
    func testAnExecutorBrokenByItsInitializerSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("query")), ("args", .string("(0,)")), ("method", .string("submit"))])
        // ForkProcess-2's parent pid is another's (a fork server's): it is the executor's because its process started it
        for (pid, name, at) in [(Int32(201), "ForkProcess-1", 0.0), (202, "ForkProcess-2", 10)] {
            let ppid: Int32 = pid == 202 ? 300 : 100
            s.add(at + 3, pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(pid))), ("name", .string(name)), ("executor", .string("ProcessPoolExecutor#1"))])
            s.add(at + 4, pid: pid, ppid: ppid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            s.add(at + 5, pid: pid, ppid: ppid, process: name, .executorInit, [("func", .string("connect")), ("args", .string("('http://x',)"))])
            s.add(at + 6, pid: pid, ppid: ppid, process: name, .executorInitEnd,
                  [("func", .string("connect")), ("ok", .bool(false)), ("error", .string("ValueError: bad url 'http://x'"))])
            s.add(at + 7, pid: pid, ppid: ppid, process: name, .processExit, [("exitcode", .int(0))])
        }
        s.add(20, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string(""))])
        let timeline = s.timeline()
        let broken = timeline.events.indices.last!
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == broken }
        XCTAssertEqual(note?.text, "No worker died inside a work item: the initializer connect raised (ValueError: bad url 'http://x') in "
                       + "ForkProcess-1 (exitcode 0) and ForkProcess-2 (exitcode 0), and a worker whose initializer raises logs \"Exception in "
                       + "initializer\" and ends without taking a work item. ProcessPoolExecutor#1's manager thread saw a worker process gone "
                       + "and marked the executor broken: it fails its 1 pending Future with BrokenProcessPool, whose message speaks of a process "
                       + "\"terminated abruptly\", and it stops its other workers.")
        XCTAssertEqual(note?.premise, .initializerBroke(brokenStep: broken, initEnds: [6, 11]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().map(\.message), [])
    }

    /// The same worker that had started a work item before it ended is not blamed on the initializer.
    func testAWorkerThatRanAWorkItemIsNotAnInitializerFailure() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
        s.add(4, pid: 201, ppid: 100, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        s.add(5, pid: 201, ppid: 100, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("f")), ("args", .string("()"))])
        s.add(6, pid: 201, ppid: 100, process: "ForkProcess-1", .executorInitEnd,
              [("func", .string("connect")), ("ok", .bool(false)), ("error", .string("ValueError: x"))])
        s.add(7, pid: 201, ppid: 100, process: "ForkProcess-1", .processExit, [("exitcode", .int(0))])
        s.add(8, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string(""))])
        let timeline = s.timeline()
        XCTAssertEqual(StateQueries.initializerFailures(before: timeline.events.indices.last!, in: timeline.events), [])
    }

    /// r7a_pool_callback_raises: a callback that raised had no row ("callback store(result of task 1)", then nothing),
    /// and a Pool.terminate() that raised AssertionError had none either.
    func testACallbackThatRaisedAndATerminateThatRaisedHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        for (job, function, error) in [(Int64(1), "store", "KeyError"), (2, "check", "ValueError: odd result 9")] {
            let at = Double(job) * 10
            s.add(at, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(job)), ("func", .string(function)), ("args", .string("(5,)")), ("method", .string("apply_async"))])
            s.add(at + 1, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback,
                  [("job", .int(job)), ("func", .string(function)), ("error", .bool(false))])
            s.add(at + 2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallbackEnd,
                  [("job", .int(job)), ("ok", .bool(false)), ("error", .string(error))])
        }
        s.add(30, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1",
              [("error", .string("AssertionError: Cannot have cache with result_hander not alive"))])
        let (timeline, describer) = described(s)
        let rows = timeline.events.indices.filter { timeline.events[$0].is(.poolCallbackEnd) || timeline.events[$0].is(.poolTerminate) }
            .map { describer.describe($0) }
        XCTAssertEqual(rows, [
            "callback store for task 1 raised KeyError: the Pool's result-handler thread swallows a KeyError without a word (it takes it "
                + "for a task no longer in its cache), so task 1 is never marked ready: wait() and get() on it can only time out",
            "callback check for task 2 raised ValueError: odd result 9: the exception ends the Pool's result-handler thread, so no later "
                + "result of this Pool reaches the parent, and task 2 is never marked ready (a get() without a timeout waits forever)",
            "Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive"])
    }

    /// r7a_thread_queue_to_process: a threading.Lock passed to a forked child: "acquired Lock#1" in Process-1 while
    /// MainProcess held Lock#1, and "Lock#1 (Lock): 2 acquisitions": two holders of one lock. The child's is its own copy.
    func testAForkedChildsCopyOfAThreadingLockIsNotTheParentsLock() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock")), ("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart,
              [("name", .string("Process-1")), ("role", .string("child")), ("start_method", .string("fork"))])
        s.add(4, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(5, pid: 201, ppid: 100, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(6, pid: 100, process: "MainProcess", .lockRelease, object: "Lock#1")
        s.add(7, pid: 201, ppid: 100, process: "Process-1", .lockRelease, object: "Lock#1")
        let (timeline, describer) = described(s)
        let childAcquire = timeline.events.indices.first { timeline.events[$0].is(.lockAcquire) && timeline.events[$0].pid == 201 }!
        XCTAssertEqual(describer.describe(childAcquire), "acquired Lock#1 (Process-1's copy)")
        XCTAssertEqual(timeline.locks.map(\.object), ["Lock#1", "Lock#1 (Process-1's copy)"])
        let state = StateReplayer(timeline: timeline).state(after: childAcquire)
        XCTAssertEqual(state.locks.map { "\($0.label): \($0.holders.map(\.who))" },
                       ["Lock#1: [\"MainProcess\"]", "Lock#1 (Process-1's copy): [\"Process-1\"]"])
    }

    /// r7a_pool_results_after_with: imap's iterator and map_async's get() read after the with-block had terminated the pool:
    /// "waits in get() for task 1", then TimeoutError, with nothing saying the pool was gone. Pool.join() after terminate()
    /// and a get() after a terminate() that raised are not such waits.
    func testAWaitForAResultOfATerminatedPoolSaysItCanOnlyTimeOut() {
        func script(terminateError: String?) -> EventScript {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
            s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(1)), ("func", .string("slow_square")),
                  ("args", .string("<range>")), ("chunks", .int(4)), ("method", .string("map_async"))])
            s.add(3, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1", terminateError.map { [("error", .string($0))] } ?? [])
            s.add(4, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(-1)), ("index", .int(-1)), ("call", .string("join()"))])
            s.add(5, pid: 100, process: "MainProcess", .poolJoin, object: "Pool#1", [("waited_ns", .int(0))])
            s.add(6, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(1)), ("index", .int(0)), ("call", .string("get()"))])
            s.add(1006, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
                  [("job", .int(1)), ("waited_ns", .int(1_000_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
            return s
        }
        let s = script(terminateError: nil)
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .waitOnTerminatedPool }
        let get = timeline.events.indices.last { timeline.events[$0].is(.poolWait) }!
        XCTAssertEqual(notes.map(\.eventIndex), [get])
        XCTAssertEqual(notes.first?.text, "Pool#1 was terminated at 0.003 s (terminate(), or the end of its with-block), before task 1's result "
                       + "came back: a terminated pool never computes nor delivers what it still owes, so this get() can only time out (without a "
                       + "timeout it waits forever). Read the results inside the with-block, or close() and join() the pool instead of terminating it.")
        XCTAssertEqual(notes.first?.premise, .waitAfterTerminate(waitStep: get, terminateStep: 3))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().map(\.message), [])
        let failed = script(terminateError: "AssertionError: Cannot have cache with result_hander not alive").timeline()
        XCTAssertEqual(Annotator(timeline: failed).notes().filter { $0.kind == .waitOnTerminatedPool }.count, 0)
    }

    /// r7a_pool_imap_lazy_source: imap over a generator that reads slowly: "107 ms while a worker was free and this one had
    /// not started (still on its way to a worker)", while the item did not exist yet: the pool's task-handler thread was
    /// running the generator to make it.
    func testATaskOfImapOverAGeneratorMayNotHaveBeenMadeYet() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(5, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("method", .string("imap")), ("func", .string("parse")), ("args", .string("<generator>")), ("chunks", .null)])
        s.add(105, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .print,
              [("stream", .string("stdout")), ("text", .string("read line 0"))])
        s.add(106, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart,
              [("job", .int(0)), ("index", .int(0)), ("func", .string("parse")), ("args", .string("('row0',)"))])
        let timeline = s.timeline()
        let note = Annotator(timeline: timeline).notes().first { $0.kind == .taskWait }
        XCTAssertEqual(note?.text, "task 0 started 101 ms after it was submitted: 101 ms while a worker was free and this one had not started: "
                       + "imap() was given a generator, and the pool's task-handler thread takes its items one at a time as it sends them, "
                       + "running the generator's own code on that thread, so this item may not have been made yet (or it was on its way to a worker).")
    }

    /// r7a_asyncio_process_pool: "cancel() → False: work item 3 is running in ForkProcess-2" as if the program had called
    /// cancel(): asyncio did, when wait_for() timed out and cancelled the asyncio future wrapping the work item's Future.
    func testACancelAsyncioMadeSaysAsyncioMadeIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(3)), ("func", .string("slow")), ("args", .string("(1.0,)")), ("method", .string("submit"))])
        s.add(3, pid: 202, ppid: 100, process: "ForkProcess-2", .futureStart, [("work", .int(3)), ("func", .string("slow")), ("args", .string("(1.0,)"))])
        s.add(303, pid: 100, process: "MainProcess", .futureCancel, object: "ProcessPoolExecutor#1",
              [("work", .int(3)), ("ok", .bool(false)), ("call", .string("asyncio")), ("state", .string("running"))])
        let (timeline, describer) = described(s)
        XCTAssertEqual(describer.describe(timeline.events.count - 1), "asyncio, not the program, calls cancel() on work item 3's Future (the "
                       + "asyncio future that wraps it, from run_in_executor(), was cancelled, for example by wait_for()'s timeout): "
                       + "cancel() → False: work item 3 is running in ForkProcess-2, so cancel() cannot stop it")
    }

    private func described(_ s: EventScript) -> (Timeline, EventDescriber) {
        let timeline = s.timeline()
        return (timeline, EventDescriber(timeline: timeline, painter: painter))
    }
}
