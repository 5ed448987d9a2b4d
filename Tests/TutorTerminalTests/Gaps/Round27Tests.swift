import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 27 (issue 11): subclasses, threads in children, Listener/Client, supervisors; each finding on the committed
/// recording of the round's program.
final class Round27Tests: XCTestCase {
    static let methods = ["fork", "spawn", "forkserver"]

    /// r27_subclass_threads_lock (fork): "Crawler-1 waited 5 ms for Lock#1, held by Crawler-1/t0." The waiter was the
    /// thread t1 (its lane is "Crawler-1 · t1"); Crawler-1's main thread was in join() of t0 meanwhile. The waiter is
    /// now named as the holder is, with its thread.
    func testALockWaitInAChildsThreadNamesThatThread() throws {
        var threadWaits = 0
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r27_subclass_threads_lock--\(method)")
            let events = timeline.events
            for note in Annotator(timeline: timeline).notes() where note.kind == .lockWaitHolders || note.kind == .lockWaitPlain {
                let e = events[note.eventIndex]
                guard e.thread != "MainThread" else { continue }
                threadWaits += 1
                XCTAssertTrue(note.text.hasPrefix("\(e.process)/\(e.threadRole) waited "), "\(method): \(note.text)")
                let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().first { $0.eventIndex == note.eventIndex }?.text ?? "" }
                XCTAssertTrue(zh.hasPrefix("\(e.process)/\(e.threadRole) "), "\(method): \(zh)")
            }
        }
        XCTAssertGreaterThanOrEqual(threadWaits, 1, "the fork recording's t1 waited for Lock#1 held by t0")
    }
}

extension Round27Tests {
    /// r27_thread_holds_lock_exit (every method): "waiter was still running because it was blocked, since 0.691 s
    /// (5.005 s by then): it waits to acquire Lock#1." True, and silent on why: holder's thread took Lock#1 and holder
    /// ended by os._exit(0) holding it, so no release() could come. The note now names that holder and says so.
    func testAJoinThatGaveUpOnALockWaitNamesTheEndedHolder() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r27_thread_holds_lock_exit--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .joinGaveUpChildBlocked }
            let note = try XCTUnwrap(notes.first, method)
            XCTAssertTrue(note.text.contains("it waits to acquire Lock#1. Lock#1 had been taken and never released: holder/holder-thread acquired it at "), "\(method): \(note.text)")
            XCTAssertTrue(note.text.contains(", then ended (exitcode 0) still holding it. A multiprocessing Lock is not released when the process holding it ends"), "\(method): \(note.text)")
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().first { $0.kind == .joinGaveUpChildBlocked }?.text ?? "" }
            XCTAssertTrue(zh.contains("Lock#1 被获取后再也没有释放：holder/holder-thread 在 "), "\(method): \(zh)")
        }
    }
}

extension Round27Tests {
    /// r27_thread_holds_lock_exit (every method), `--step`: after holder's os._exit the state panel said "Lock#1 (Lock):
    /// held by holder/holder-thread since 0.666 s · waiting: waiter since 0.691 s", as if that thread still held it
    /// (round 17's hang text avoids saying an ended process "still held it"). Once every holder has ended, the lock's
    /// row says who took it and that it ended holding it.
    func testThePanelSaysALocksHolderEndedHoldingIt() throws {
        for method in Self.methods {
            let timeline = try Round22MTests.timeline("r27_thread_holds_lock_exit--\(method)")
            let exit = try XCTUnwrap(timeline.indices(of: .processExit).first { timeline.events[$0].process == "holder" }, method)
            let after = Gaps23Tests.panel(timeline, after: exit)
            let row = try XCTUnwrap(after.first { $0.hasPrefix("Lock#1") }, "\(method): \(after)")
            XCTAssertTrue(row.hasPrefix("Lock#1 (Lock): holder/holder-thread acquired it at "), "\(method): \(row)")
            XCTAssertTrue(row.contains(", then ended (exitcode 0) still holding it"), "\(method): \(row)")
            XCTAssertFalse(row.contains("held by"), "\(method): \(row)")
            // while holder ran, the row keeps "held by"
            let before = Gaps23Tests.panel(timeline, after: exit - 1).first { $0.hasPrefix("Lock#1") } ?? ""
            XCTAssertTrue(before.hasPrefix("Lock#1 (Lock): held by holder/holder-thread since "), "\(method): \(before)")
        }
    }
}
