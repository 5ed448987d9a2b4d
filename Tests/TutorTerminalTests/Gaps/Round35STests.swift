import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 35S (issue 11): programs that share state the ways the docs offer; each finding on the committed
/// recording of the round's program.
final class Round35STests: XCTestCase {
    /// r35s_stats_one_lock_hang (fork): Value('i', lock=L) and Array('d', lock=L) share one plain Lock; inside
    /// `with count.get_lock():` the read of count.value takes L again. The hang note said only that the holder waits
    /// for a Lock it holds and to "take the lock once"; the program takes it once in its own code: the second take
    /// is the wrapper's. The note now says Lock#1 is the lock passed to Value#1 and Array#1, whose accesses take it.
    func testASelfWaitOnALockGivenToSharedObjectsSaysTheirAccessesTakeIt() throws {
        let fork = try Round22MTests.timeline("r35s_stats_one_lock_hang--fork")
        let self1 = HangExplainer(timeline: fork).explanations().filter { $0.contains("holds Lock#1 itself") }
        XCTAssertEqual(self1.count, 1, "\(self1)")
        XCTAssertTrue(self1.first?.hasSuffix("or use an RLock. Lock#1 is also the lock the program gave (lock=) to Value#1, Array#1: every "
            + "read or write through them (`.value`, `[i]`) takes Lock#1 itself, so one made while Lock#1 is held (inside "
            + "`with ….get_lock():`) waits for this same Lock. The lock Value() and Array() make when given none is an RLock, "
            + "which its holder may take again.") == true, "\(self1)")
        let zh = Language.with(.zh) { HangExplainer(timeline: fork).explanations() }
        XCTAssertEqual(zh.filter { $0.contains("Lock#1 同时也是程序用 lock= 交给 Value#1、Array#1 的锁") }.count, 1, "\(zh)")
        // a Lock taken twice by the program's own code, guarding no shared object: no such sentence
        let nested = try Round22MTests.timeline("r15h_lock_reacquired_nested--fork")
        let plain = HangExplainer(timeline: nested).explanations()
        XCTAssertTrue(plain.contains { $0.contains("a Lock is not re-entrant") }, "\(plain)")
        XCTAssertFalse(plain.contains { $0.contains("is also the lock the program gave") }, "\(plain)")
    }
}
