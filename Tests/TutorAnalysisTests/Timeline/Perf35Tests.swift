import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 35: rules that skip a run without their field, the wait ledger that visits only the kinds that begin or end a
/// wait, and an imap job's results counted in one pass. Each must say what the full passes said.
final class Perf35Tests: XCTestCase {
    // MARK: EventName.mayBeKey

    func testAKeyNoEventHasIsNoKeyUntilAnEventCarriesIt() {
        let key = "perf35_key_\(UUID().uuidString.prefix(8))"
        XCTAssertFalse(EventName.mayBeKey(key))
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("x")), (key, .int(1))])
        XCTAssertTrue(EventName.mayBeKey(key))
        XCTAssertEqual(s.events[0].int(key), 1)
    }

    func testAHostileKeyIsAnsweredWithoutATrap() {
        // a key that the sanitizer rewrites: the event carries the clean text, and that is what a rule asks for
        let raw = "perf35\u{1b}[31m_\(UUID().uuidString.prefix(8))"
        let clean = TextSanitizer.line(raw)
        XCTAssertNotEqual(raw, clean)
        XCTAssertFalse(EventName.mayBeKey(clean))
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .print, [(raw, .int(2))])
        XCTAssertTrue(EventName.mayBeKey(clean))
        XCTAssertEqual(s.events[0].int(clean), 2)
        for text in ["", "\u{0}", String(repeating: "k", count: 100_000), "\u{FFFD}\u{202E}"] { _ = EventName.mayBeKey(text) }
    }

    // MARK: the rules that read `args_string` and `listed_ns`

    /// r13_apply_async_args_not_tuple's shape: apply_async(shout, ('hey')) among other submissions; the note stands at
    /// that submission only, however many submissions without the field come before it.
    func testAnApplyAsyncStringArgsIsStillNotedAmongManySubmissions() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for job in 0..<50 {
            s.add(2, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("func", .string("square")), ("args", .string("5")), ("method", .string("apply_async"))])
        }
        let shout = s.add(3, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                          [("job", .int(50)), ("func", .string("shout")), ("args", .string("'hey'")), ("chunks", .int(1)),
                           ("method", .string("apply_async")), ("args_string", .int(3))])
        let notes = Annotator(timeline: s.timeline()).notes().filter { $0.kind == .argsStringSubmit }
        XCTAssertEqual(notes.map(\.eventIndex), [shout])
        XCTAssertTrue(notes.first?.text.contains("'hey'") == true, notes.first?.text ?? "none")
    }

    // MARK: WaitLedger

    /// A get() wait ended by its pool.get after many events of other kinds on the same thread and others; a lock wait
    /// that nothing ended stays unfinished; a join wait ends only at its own child's join.
    func testTheLedgerPairsWaitsAcrossEventsOfOtherKinds() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let get = s.add(1, pid: 10, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0))])
        for i in 0..<20 {
            s.add(1.5, pid: 10, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("\(i)"))])
            s.add(1.6, pid: 20, process: "ForkPoolWorker-1", .taskStart, object: "Pool#1", [("job", .int(0)), ("index", .int(0))])
        }
        let got = s.add(2, pid: 10, process: "MainProcess", .poolGet, object: "Pool#1", [("job", .int(0))])
        let join = s.add(3, pid: 10, process: "MainProcess", .processJoinWait, [("name", .string("P-2")), ("child_pid", .int(30))])
        s.add(4, pid: 10, process: "MainProcess", .processJoin, [("name", .string("P-3")), ("child_pid", .int(31))])
        let joined = s.add(5, pid: 10, process: "MainProcess", .processJoin, [("name", .string("P-2")), ("child_pid", .int(30))])
        let lock = s.add(6, pid: 20, process: "ForkPoolWorker-1", .lockWait, object: "Lock#1")
        s.add(7, pid: 20, process: "ForkPoolWorker-1", .print, [("stream", .string("stdout")), ("text", .string("after"))])
        let ledger = WaitLedger(s.timeline())
        XCTAssertEqual(ledger.waits.map(\.beginIndex), [get, join, lock])
        XCTAssertEqual(ledger.waits.map(\.endIndex), [got, joined, nil])
        XCTAssertEqual(ledger.kinds.count, s.events.count)
        XCTAssertEqual(ledger.unfinished.map(\.target), ["Lock#1"])
    }

    func testEveryKindThatBeginsOrEndsAWaitIsVisited() {
        let visited = Set(WaitLedger.ledgerKinds)
        for (begin, entry) in WaitLedger.closers {
            XCTAssertTrue(visited.contains(begin), "\(begin)")
            for end in entry.ends { XCTAssertTrue(visited.contains(end), "\(begin) ends at \(end)") }
        }
    }

    // MARK: imapCounts

    /// Two imap jobs of one pool and one of another: each job's results counted apart, the task handler's unsent
    /// chunks (`_handle_tasks`, not ok) apart from a worker's returns; another pool's results and jobs not counted.
    func testEachImapJobsResultsAreCountedApart() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for pool in ["Pool#1", "Pool#2"] { s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: pool, [("processes", .int(2))]) }
        for (job, method, pool) in [(0, "imap", "Pool#1"), (1, "imap_unordered", "Pool#1"), (2, "apply_async", "Pool#1"), (0, "imap", "Pool#2")] {
            s.add(2, pid: 10, process: "MainProcess", .poolSubmit, object: pool,
                  [("job", .int(Int64(job))), ("func", .string("f")), ("method", .string(method))])
        }
        for (job, items) in [(0, 3), (1, 2)] {
            s.add(3, pid: 10, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolImapGiven, object: "Pool#1",
                  [("job", .int(Int64(job))), ("items", .int(Int64(items))), ("chunks", .int(Int64(items)))])
        }
        let worker = "ThreadPoolResults", handler = "Thread-2 (_handle_tasks)"
        for (job, ok, thread, pool) in [(0, true, worker, "Pool#1"), (0, false, worker, "Pool#1"), (0, false, handler, "Pool#1"),
                                        (1, false, handler, "Pool#1"), (1, false, handler, "Pool#1"), (2, true, worker, "Pool#1"),
                                        (0, true, worker, "Pool#2"), (5, true, worker, "Pool#1")] {
            s.add(4, pid: 10, process: "MainProcess", thread: thread, .poolResult, object: pool,
                  [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(ok))])
        }
        let counts = StateQueries.imapCounts(of: "Pool#1", in: s.timeline())
        XCTAssertEqual(counts.map(\.job), [0, 1])
        XCTAssertEqual(counts.map(\.notSent), [1, 2])
        XCTAssertEqual(counts.map(\.returned), [2, 0])
        XCTAssertEqual(counts.map(\.unreadAllUnsent), [false, true])
        // what the one-job query says, job by job
        for c in counts {
            let one = StateQueries.imapResults(of: "Pool#1", job: c.job, before: s.events.count, in: s.timeline())
            XCTAssertEqual([one.notSent, one.returned], [c.notSent, c.returned])
        }
        XCTAssertEqual(StateQueries.imapCounts(of: "Pool#3", in: s.timeline()), [])
    }
}
