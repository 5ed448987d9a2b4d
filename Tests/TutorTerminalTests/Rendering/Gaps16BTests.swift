import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 16B: what rounds 15 and 15H saw and did not fix (docs/truth-review.md).
final class Gaps16BTests: XCTestCase {
    static func corpus(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    static func notes(_ timeline: Timeline) -> [Note] {
        RunPresenter(lesson: nil, capabilities: ChineseLayoutGoldenTests.capabilities(100)).notes(for: timeline, variant: nil, parameters: [:])
    }

    /// r15h_pool_worker_killed_starmap: the watchdog line said a live worker "was last seen at 2.186 s (pool.task.end)", a
    /// raw event kind in a learner's sentence. It now says what the process last did, in its row's words.
    func testAWatchdogLineSaysWhatAFreeProcessLastDidInWords() throws {
        let text = try XCTUnwrap(Self.notes(Self.corpus("r15h_pool_worker_killed_starmap--fork")).first { $0.kind == .watchdog }?.text)
        // gaps 35B: its result reached the parent and the state holds it idle: it waits in get() for a next task
        XCTAssertTrue(text.contains("ForkPoolWorker-2 (pid 7707) finished task 0.5 at 2.186 s (its result reached the parent at 2.187 s) and has been idle since"), text)
        // gaps 35B: its last event was the send of task 0.4's result, which reached the parent: idle in get() as well
        XCTAssertTrue(text.contains("ForkPoolWorker-3 (pid 7718) finished task 0.4 at 1.830 s (its result reached the parent at 1.838 s) and has been idle since"), text)
        XCTAssertFalse(text.contains("pool.task"), text)
        let zh = try Language.with(.zh) { try XCTUnwrap(Self.notes(Self.corpus("r15h_pool_worker_killed_starmap--fork")).first { $0.kind == .watchdog }?.text) }
        XCTAssertTrue(zh.contains("ForkPoolWorker-2（pid 7707）在 2.186 s 做完了 task 0.5（结果在 2.187 s 到达父进程），此后一直空闲"), zh)
        XCTAssertFalse(zh.contains("pool.task"), zh)
    }

    /// Every committed run the watchdog stopped: no watchdog line names a raw event kind, whatever kind a free process's
    /// last event was (a general describer: the row's own words).
    func testNoWatchdogLineOfACommittedRunNamesARawEventKind() throws {
        let folder = BinaryHarness.repoRoot + "/corpus/transcripts"
        let kinds = EventKind.allCases.map(\.rawValue).filter { $0.contains(".") }
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".jsonl") {
            let path = folder + "/" + file
            guard let data = FileManager.default.contents(atPath: path), data.suffix(600).range(of: Data("\"timed_out\":true".utf8)) != nil else { continue }
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            guard let text = Self.notes(timeline).first(where: { $0.kind == .watchdog })?.text else { continue }
            checked += 1
            for kind in kinds { XCTAssertFalse(text.contains("(" + kind), "\(file): \(text)") }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    /// r15h_barrier_default_timeout: the program wrote `wait()`, the timeout was `Barrier(3, timeout=1.0)`'s; the row said
    /// "wait(timeout) at Barrier#1 ran out". A wait given its own timeout keeps those words.
    func testABarrierWaitUnderTheBarriersOwnTimeoutSaysWhoseTimeoutRanOut() {
        for own in [true, false] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3))])
            let wait = s.add(2, pid: 100, process: "MainProcess", .barrierWait, object: "Barrier#1",
                             [("parties", .int(3)), ("timeout", .double(1.0))] + (own ? [("barrier_timeout", .bool(true))] : []))
            let wake = s.add(3, pid: 100, process: "MainProcess", .barrierWake, object: "Barrier#1",
                             [("waited_ns", .int(1_000_000_000)), ("index", .null), ("last", .bool(false)), ("broken", .bool(true)), ("timed_out", .bool(true))])
            let timeline = s.timeline()
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: SteppingTestSupport.plain80))
            if own {
                XCTAssertEqual(describer.describe(wait), "waits at Barrier#1 (the Barrier's own timeout, 1.000 s)")
                XCTAssertTrue(describer.describe(wake).hasPrefix("wait() at Barrier#1 ran out of time after 1.000 s: the program gave wait() no timeout, so it ran under the Barrier's own (1.000 s"), describer.describe(wake))
            } else {
                XCTAssertEqual(describer.describe(wait), "waits at Barrier#1 (timeout 1.000 s)")
                XCTAssertTrue(describer.describe(wake).hasPrefix("wait(timeout) at Barrier#1 ran out after 1.000 s"), describer.describe(wake))
            }
        }
    }

    /// r15h_semaphore_holder_crashed: "job-1 waits to acquire Semaphore#1 …, and job-0 still held it: it was never
    /// released", though job-0 had ended (exit code 1) and a Semaphore has no owner.
    func testASemaphoreWhoseUnitsEndedProcessesTookSaysTheyWereNeverGivenBack() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.corpus("r15h_semaphore_holder_crashed--\(method)")
            let reasons = HangExplainer(timeline: timeline).reasons()
            let replayer = StateReplayer(timeline: timeline)
            for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
            let text = reasons.map(\.text).joined(separator: " ")
            XCTAssertNotNil(text.range(of: #"job-1 waits to acquire Semaphore#1 since [0-9.]+ s, and every unit of Semaphore#1 was taken and never given back: "#
                                       + #"job-0 took one at [0-9.]+ s, then ended \(exitcode 1\), and no release\(\) gave it back\. A Semaphore has no owner"#,
                                       options: .regularExpression), "\(method): \(text)")
            XCTAssertFalse(text.contains("still held it"), text)
        }
    }
}

extension Gaps16BTests {
    /// r15h_thread_get_at_exit: the collector's starved get gave the generic advice ("A consumer needs an end signal …");
    /// nothing was ever put on Queue#1, and the child that had the queue raised RuntimeError first (exit code 1).
    func testAStarvedGetOnAQueueNothingWasPutOnNamesTheChildThatRaised() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.corpus("r15h_thread_get_at_exit--\(method)")
            let reasons = HangExplainer(timeline: timeline).reasons()
            let replayer = StateReplayer(timeline: timeline)
            for reason in reasons { XCTAssertTrue(reason.premise.holds(in: replayer), reason.text) }
            let text = reasons.map(\.text).joined(separator: " ")
            XCTAssertTrue(text.contains("No put() on Queue#1 was recorded at all, and Process-1 (its run() raised RuntimeError, exit code 1) ended by an exception before putting anything"), "\(method): \(text)")
        }
        // a put of the queue, anywhere before the moment, keeps it unsaid
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1")
        s.add(2, pid: 200, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("1"))])
        let end = s.add(3, pid: 200, ppid: 100, process: "Process-1", .processRunEnd, [("name", .string("Process-1")), ("exitcode", .int(1)), ("raised", .string("RuntimeError"))])
        XCTAssertTrue(StateQueries.raisedBeforeAnyPut(queue: "Queue#1", through: end, in: s.timeline().events).isEmpty)
        XCTAssertEqual(StateQueries.raisedBeforeAnyPut(queue: "Queue#2", through: end, in: s.timeline().events).map(\.name), ["Process-1"])
    }
}

extension Gaps16BTests {
    /// r15h_manager_killed_event_wait: the waiter's `Event.wait()` was sent to the manager before `with Manager()` ended
    /// and was cut by the shutdown; the note said "once the manager is shut down … every call on its proxies fails".
    /// r12_manager_after_with (a call made after the shutdown) keeps those words.
    func testAProxyCallSentBeforeTheShutdownIsSaidCutByIt() throws {
        var cut = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.corpus("r15h_manager_killed_event_wait--\(method)")
            let notes = Self.notes(timeline).filter { $0.kind == .proxyCallAfterShutdown }
            let replayer = StateReplayer(timeline: timeline)
            for note in notes { XCTAssertTrue(note.premise?.holds(in: replayer) == true, note.text) }
            XCTAssertFalse(notes.contains { $0.text.contains("once the manager is shut down") }, "\(method): \(notes.map(\.text))")
            cut += notes.filter { $0.text.range(of: #"^Event#1\.wait\(\) was sent to its manager at [0-9.]+ s, before the manager was shut down, and was still waiting"#,
                                                options: .regularExpression) != nil }.count
        }
        XCTAssertGreaterThan(cut, 0, "at least one run records the cut wait (the forkserver run may end before it)")
        for method in ["fork", "spawn", "forkserver"] {
            let notes = Self.notes(try Self.corpus("r12_manager_after_with--\(method)")).filter { $0.kind == .proxyCallAfterShutdown }
            XCTAssertTrue(notes.contains { $0.text.contains("once the manager is shut down") }, "\(method): \(notes.map(\.text))")
            XCTAssertFalse(notes.contains { $0.text.contains("before the manager was shut down") }, "\(method)")
        }
    }
}

extension Gaps16BTests {
    /// Round 15's nested pools (r15_nestable_pool_nodaemon): `CausalLinker` kept a task's stages by job number alone, so
    /// the outer task 0's end, in the worker that had run an inner pool's task 0 meanwhile, was linked to the inner
    /// task's result ("← task 0 was finished by …" of the wrong pool). Jobs are keyed by `JobScope` now.
    func testATaskLinkOfAnOuterPoolIsNotTakenFromAnInnerPoolsTaskOfTheSameNumber() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("NoDaemonPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processStart, [("name", .string("NoDaemonPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("outer")), ("chunks", .int(1)), ("method", .string("map"))])
        let outerStart = s.add(5, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("outer"))])
        s.add(6, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(7, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processSpawn, [("child_pid", .int(301)), ("name", .string("ForkPoolWorker-1:1"))])
        s.add(8, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .processStart, [("name", .string("ForkPoolWorker-1:1")), ("role", .string("child"))])
        let innerSubmit = s.add(20, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolSubmit, object: "Pool#2",
                                [("job", .int(0)), ("func", .string("inner")), ("chunks", .int(1)), ("method", .string("map"))])
        let innerStart = s.add(21, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("inner"))])
        s.add(22, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(23, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#2",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        let outerEnd = s.add(24, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        let outerResult = s.add(25, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                                [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        let causes = Dictionary(CausalLinker.pairs(in: s.timeline()).filter { $0.kind == .task }.map { (Int($0.effect), Int($0.cause)) }) { a, _ in a }
        XCTAssertEqual(causes[outerEnd], outerStart, "the outer task ended after its own start, not after the inner task's result")
        XCTAssertEqual(causes[outerResult], outerEnd)
        XCTAssertEqual(causes[innerStart], innerSubmit)
    }
}
