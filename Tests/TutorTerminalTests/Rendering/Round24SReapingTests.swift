import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 24S: a child's recorded exit is its last event, not its end. r24s_many_short_batches under spawn (fifty
/// children on a loaded machine) showed `join()` rows saying "job-1's own exit was 453 ms before …: an ended child stays
/// a zombie until its parent reaps it", while the same record shows the join found job-1 still running 124 ms before it
/// returned (its `process.join.wait` is written only when Popen.poll() found the child running).
final class Round24SReapingTests: XCTestCase {
    func reapedRows(_ name: String, lang: Language = .en) throws -> [String] {
        Round22MTests.rows(try Round22MTests.timeline(name), .processReaped, lang: lang)
    }

    func testAReapAfterTheRecordSawTheChildRunningBoundsTheZombieTimeBySighting() throws {
        let rows = try reapedRows("r24s_many_short_batches--spawn")
        XCTAssertEqual(rows.count, 50)
        let job1 = try XCTUnwrap(rows.first { $0.hasPrefix("join() sees job-1 end") })
        XCTAssertEqual(job1, "join() sees job-1 end: exitcode 0 (job-1 recorded its exit at 1.795 s, but at 2.124 s join() found it "
                       + "still running: a process ends some time after its last recorded event (a spawned child's interpreter still "
                       + "shuts down after it), so it was a zombie for at most 124 ms before this call reaped it)")
        // job-0's sentinel was among the ten waited on and not among the ready ones when connection.wait() returned at 2.124 s
        let job0 = try XCTUnwrap(rows.first { $0.hasPrefix("join() sees job-0 end") })
        XCTAssertTrue(job0.contains("(job-0 recorded its exit at 1.846 s, but at 2.124 s a connection.wait() returned without its "
                                    + "sentinel ready: "), job0)
        XCTAssertTrue(job0.hasSuffix("so it was a zombie for at most 124 ms before this call reaped it)"), job0)
        // no sighting after job-44's exit: the bound is its recorded exit, said as a bound
        let job44 = try XCTUnwrap(rows.first { $0.hasPrefix("join() sees job-44 end") })
        XCTAssertEqual(job44, "join() sees job-44 end: exitcode 2 (job-44 recorded its exit 525 ms before, at 11.283 s; a spawned "
                       + "child's interpreter still shuts down after that event, so it was a zombie (ended, not yet reaped) for at "
                       + "most 525 ms before this call reaped it)")
        XCTAssertFalse(rows.contains { $0.contains("stays a zombie") }, rows.filter { $0.contains("stays a zombie") }.joined(separator: "\n"))
        let zh = try reapedRows("r24s_many_short_batches--spawn", lang: .zh)
        let zh1 = try XCTUnwrap(zh.first { $0.contains("job-1 结束") })
        XCTAssertTrue(zh1.contains("到了 2.124 s，join() 发现它仍在运行"), zh1)
        XCTAssertFalse(zh1.contains("一直是僵尸进程"), zh1)
    }

    /// A fork child's exit is written just before its os._exit: r9b_zombie_is_alive keeps round 9B's words.
    func testAForkChildsZombieTimeIsStillSaid() throws {
        let rows = try reapedRows("r9b_zombie_is_alive--fork")
        XCTAssertTrue(rows.contains { $0.contains("an ended child stays a zombie until its parent reaps it, as this call did") },
                      rows.joined(separator: "\n"))
    }
}
