import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 33D (issue 11's leftovers of rounds 32 and 32H): notes and rows that named the wrong thing or left a cause out,
/// each checked against the committed recordings' own events.
final class Gaps33DTests: XCTestCase {
    private func row(_ timeline: Timeline, _ index: Int) -> String {
        EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(index)
    }

    /// r32h_qsize_drain_then_join_hang: the hang note's "Why" named the child's first put, which the pipe had taken; the
    /// item its feeder still held when it began to exit (its `queue.feeder.wait`'s `left`: 1) is its last put, the
    /// 300 kB result. The note now names that put.
    func testTheJoinHangNoteNamesThePutStillInTheFeeder() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32h_qsize_drain_then_join_hang--\(method)")
            let events = timeline.events
            let why = try XCTUnwrap(HangExplainer(timeline: timeline).explanations().first { $0.contains("waits in join(") }, method)
            let joined = try XCTUnwrap(events.first { $0.is(.processJoinWait) }?.name, method)
            let child = try XCTUnwrap(events.first { $0.is(.processStart) && $0.name == joined }?.pid, method)
            let wait = try XCTUnwrap(events.first { $0.is(.queueFeederWait) && $0.pid == child }, method)
            XCTAssertEqual(wait.int(EventField.left), 1, method)
            let puts = events.filter { $0.is(.queuePut) && $0.pid == child && $0.t < wait.t }
            let last = try XCTUnwrap(puts.last), first = try XCTUnwrap(puts.first)
            XCTAssertTrue(last.item?.hasPrefix("('result'") == true, method)
            XCTAssertTrue(why.contains("\(joined) cannot exit: its last put, \(last.item!) on Queue#1 at \(Format.seconds(last.t)), was still in "
                + "its feeder thread's buffer, not yet in the pipe, when \(joined) began to exit at \(Format.seconds(wait.t)) (1 item left to write)"),
                          "\(method): \(why)")
            XCTAssertFalse(why.contains(first.item!), "\(method): \(why)")
            let zh = Language.with(.zh) { HangExplainer(timeline: timeline).explanations().first { $0.contains("join(") } ?? "" }
            XCTAssertTrue(zh.contains("它最后放入的 \(last.item!)（\(Format.seconds(last.t)) 放进 Queue#1）"), zh)
        }
    }

    /// The same recording under fork: the joined child's feeder waits for the write lock (another note says it), and
    /// ForkProcess-2's note "waits at exit for Queue#1's feeder thread to write what was put (…)" named its first unread
    /// put; its feeder held its last two (`left` 2): the note names the first of those.
    func testTheFeederAtExitNoteNamesThePutStillInTheFeeder() throws {
        let timeline = try Round22MTests.timeline("r32h_qsize_drain_then_join_hang--fork")
        let events = timeline.events
        let why = try XCTUnwrap(HangExplainer(timeline: timeline).explanations().first { $0.contains("has ended its work and waits at exit") })
        let wait = try XCTUnwrap(events.first { $0.is(.queueFeederWait) && $0.process == "ForkProcess-2" })
        XCTAssertEqual(wait.int(EventField.left), 2)
        let puts = events.filter { $0.is(.queuePut) && $0.pid == wait.pid && $0.t < wait.t }
        let held = puts[puts.count - 2]
        XCTAssertEqual(held.item, "('progress', 'beta', 2)")
        XCTAssertTrue(why.contains("to write what was put (\(held.item!), put at \(Format.seconds(held.t))) into the pipe"), why)
    }

    /// A feeder wait at exit that held two items names the first of the child's last two puts; one with more items
    /// left than the child's recorded puts keeps round 13's words (its first put).
    func testAFeederThatHeldSeveralItemsNamesTheFirstOfThemAndTooFewPutsKeepTheOldWords() {
        func script(left: Int64) -> EventScript {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1")
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(200)), ("name", .string("Process-1"))])
            s.add(3, pid: 200, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
            s.add(4, pid: 200, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'a'"))])
            s.add(5, pid: 200, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'b'"))])
            s.add(6, pid: 200, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'c'"))])
            s.add(7, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(200)), ("name", .string("Process-1"))])
            s.add(8, pid: 200, process: "Process-1", .queueFeederWait, object: "Queue#1", [("left", .int(left)), ("at_exit", .bool(true))])
            return s
        }
        let two = HangExplainer(timeline: script(left: 2).timeline()).explanations().joined(separator: "\n")
        XCTAssertTrue(two.contains("Process-1 cannot exit: its last 2 puts on Queue#1, the first of them 'b' at 0.005 s, were still in its "
            + "feeder thread's buffer, not yet in the pipe, when Process-1 began to exit at 0.008 s"), two)
        let tooMany = HangExplainer(timeline: script(left: 4).timeline()).explanations().joined(separator: "\n")
        XCTAssertTrue(tooMany.contains("Process-1 cannot exit: it put 'a' on Queue#1 at 0.004 s"), tooMany)
    }

    /// r32h_barrier_parent_counted_joins: `Barrier(4)` counted the parent, which was in join(); nothing said only three
    /// parties ever waited. The parent's later wait() on the broken barrier read "waits … (timeout 1.000 s)" then
    /// "Barrier#1 broken" at the same ms: Barrier._enter raised at once.
    func testABarrierSaysItsMissingPartiesAndAWaitOnABrokenOneRaisedAtOnce() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32h_barrier_parent_counted_joins--\(method)")
            let events = timeline.events
            let wakes = timeline.indices(of: .barrierWake)
            let timedOut = try XCTUnwrap(wakes.first { events[$0].bool(EventField.timedOut) == true }, method)
            let waiters = timeline.indices(of: .barrierWait).filter { events[$0].process != "MainProcess" }.map { events[$0].process }
            XCTAssertEqual(waiters.count, 3, method)
            XCTAssertTrue(row(timeline, timedOut).hasSuffix(": it broke Barrier#1, so this and every other wait there raise BrokenBarrierError "
                + "(Barrier#1 needed 4 parties; only 3 had called wait() in this round: \(waiters.joined(separator: ", ")))"), row(timeline, timedOut))
            let parent = try XCTUnwrap(wakes.first { events[$0].process == "MainProcess" }, method)
            let firstBroken = try XCTUnwrap(wakes.first { events[$0].bool(EventField.broken) == true })
            XCTAssertEqual(row(timeline, parent), "wait() at Barrier#1 raised BrokenBarrierError at once, without waiting: Barrier#1 was already "
                + "broken (since \(Format.seconds(events[firstBroken].t))), and Barrier._enter raises before any wait while it is; only reset() mends it")
            // the loaders' own broken wakes keep their words
            for i in wakes where i != timedOut && i != parent { XCTAssertTrue(row(timeline, i).hasPrefix("Barrier#1 broken after"), row(timeline, i)) }
            let zh = Language.with(.zh) { row(timeline, parent) }
            XCTAssertTrue(zh.hasPrefix("在 Barrier#1 处的 wait() 立刻抛出了 BrokenBarrierError"), zh)
            XCTAssertTrue(Language.with(.zh) { row(timeline, timedOut) }.contains("（Barrier#1 需要 4 方；这一轮只有 3 方调用了 wait()："))
        }
    }

    /// Round 32's Left: r32_port_scanner_pool (spawn, forkserver) has four workers ended by their pool's SIGTERM and
    /// notes for three; the fourth, named by the summary, had none. Every process a signal ended is now named by a note.
    func testEveryProcessEndedByASignalIsNamedByANote() throws {
        for name in ["r32_port_scanner_pool--spawn", "r32_port_scanner_pool--forkserver", "r32_downloader_pool_http--spawn"] {
            let timeline = try Round22MTests.timeline(name)
            let events = timeline.events
            let ended = Set(timeline.indices(of: .processReaped).filter { (events[$0].exitCode ?? 0) < 0 }.compactMap { events[$0].string(EventField.name) })
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .signalCause || $0.kind == .signalPlain }
            XCTAssertGreaterThanOrEqual(ended.count, 3, name)
            for worker in ended {
                XCTAssertTrue(notes.contains { $0.text.contains(worker + " ") || $0.text.contains(worker + ",") }, "\(name): \(worker) in \(notes.map(\.text))")
            }
            XCTAssertLessThanOrEqual(notes.count, 6, name)
        }
        let timeline = try Round22MTests.timeline("r32_port_scanner_pool--spawn")
        let fourth = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.text.hasPrefix("SpawnPoolWorker-4 was ended by SIGTERM") })
        XCTAssertTrue(fourth.text.contains("(its Pool's terminate() sent it"), fourth.text)
        XCTAssertTrue(fourth.text.contains("It had not begun run()"), fourth.text)
    }

    /// Several ends past the budget with one cause are told in one note, at the last of them, naming each; its premise
    /// holds of every one.
    func testEndsPastTheBudgetWithOneCauseShareANote() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        var t = 1.0
        for k in 1...6 {
            s.add(t, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(200 + k))), ("name", .string("Process-\(k)"))])
            s.add(t + 1, pid: Int32(200 + k), process: "Process-\(k)", .processStart, [("name", .string("Process-\(k)")), ("role", .string("child"))])
            t += 2
        }
        for k in 1...6 {
            s.add(t, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(Int64(200 + k))), ("name", .string("Process-\(k)"))])
            s.add(t + 1, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(Int64(200 + k))), ("name", .string("Process-\(k)")),
                                                                            ("exitcode", .int(-15))])
            t += 2
        }
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .signalCause || $0.kind == .signalPlain }
        XCTAssertEqual(notes.count, 4, "\(notes.map(\.text))")
        let shared = try XCTUnwrap(notes.last)
        XCTAssertTrue(shared.text.hasPrefix("Process-4, Process-5, Process-6 were each ended by SIGTERM (MainProcess called terminate() on it"), shared.text)
        XCTAssertEqual(timeline.events[shared.eventIndex].childPid, 206)
        XCTAssertTrue(try XCTUnwrap(shared.premise).holds(in: StateReplayer(timeline: timeline)))
    }

    /// `imapReraisedInput` scanned every task start per job; it now reads an index made once by the builder. A run of
    /// 3,000 imap jobs, each input raising its own exception type: every job's row names its own, and the index agrees
    /// with the scan it replaced.
    func testImapReraisesAreIndexedByJobAndAgreeWithTheScan() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(101)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 101, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        let errors = ["ValueError", "KeyError", "TypeError", "OSError"]
        var t = 4.0
        var given: [Int] = []
        for job in 0..<3000 {
            s.add(t, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(Int64(job))), ("method", .string("imap"))])
            given.append(s.add(t + 1, pid: 100, process: "MainProcess", .poolImapGiven, object: "Pool#1",
                               [("job", .int(Int64(job))), ("chunks", .int(2)), ("items", .int(1))]))
            if job % 5 != 4 {
                s.add(t + 2, pid: 101, process: "ForkPoolWorker-1", .taskStart, [("job", .int(Int64(job))), ("index", .int(1)),
                      ("func", .string("_helper_reraises_exception")), ("args", .string("(<\(errors[job % 4])>,)"))])
            }
            t += 3
        }
        var timeline = s.timeline()
        let index = timeline.imapReraises
        XCTAssertEqual(index?.count, 2400)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        for (job, i) in given.enumerated() where job % 97 == 0 || job == 2999 {
            let text = describer.describe(i)
            XCTAssertEqual(text.contains("the iterable raised \(errors[job % 4]) after"), job % 5 != 4, "\(job): \(text)")
        }
        timeline.imapReraises = nil      // the scan, as before
        for job in stride(from: 0, to: 3000, by: 37) {
            XCTAssertEqual(StateQueries.imapReraisedInput(of: "Pool#1", job: Int64(job), in: timeline), index?[ImapReraiseKey(pool: "Pool#1", job: Int64(job))])
        }
    }
}
