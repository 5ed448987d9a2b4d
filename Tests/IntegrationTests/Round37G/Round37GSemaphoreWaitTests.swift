import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 37G: PyMOTW's "ActivePool" (ten workers, `Semaphore(3)` around the work, a Lock around a Manager list).
/// The summary's "time spent waiting" lines summed every worker's wait for the Semaphore as "lock" ("7 of 747 ms:
/// lock 461 ms") right under "Lock#1 (Lock): … longest 1 ms": read as a wait on the program's one Lock.
final class Round37GSemaphoreWaitTests: XCTestCase {
    func testASemaphoreWaitIsCountedAsSemaphoreNotLock() throws {
        for method in ["fork", "spawn"] {
            var chinese = ""
            let (screen, transcript) = try CorpusTrace.run("r37g_active_pool_semaphore.py", method: method, timeout: "30", width: 200) { record in
                chinese = try BinaryHarness.run(["replay", record, "--no-pager", "--color", "never", "--width", "200", "--lang", "zh"]).stdout
            }
            let lines = screen.components(separatedBy: "\n")
            let heading = try XCTUnwrap(lines.firstIndex { $0.contains("time spent waiting") }, screen)
            var checked = 0
            for pid in Set(transcript.events.filter { $0.is(.lockAcquire) }.map(\.pid)) {
                let acquires = transcript.events.filter { $0.is(.lockAcquire) && $0.pid == pid && $0.isMainThread }
                let name = try XCTUnwrap(acquires.first?.process)
                let sum = { (prefix: String) in acquires.filter { $0.object?.hasPrefix(prefix) == true }.reduce(Int64(0)) { $0 + ($1.waitedNs ?? 0) } }
                let semaphore = sum("Semaphore#"), lock = sum("Lock#")
                guard semaphore >= 10_000_000 else { continue }
                let row = try XCTUnwrap(lines[(heading + 1)...].prefix { $0.hasPrefix("    ") }
                    .first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + " ") }, "\(method): no waiting line for \(name)\n\(screen)")
                XCTAssertTrue(row.contains("semaphore \(Format.duration(ns: semaphore))"), "\(method): \(row)")
                if lock > 0 {
                    XCTAssertTrue(row.contains("lock \(Format.duration(ns: lock))"), "\(method): \(row)")
                } else {
                    XCTAssertFalse(row.contains("lock"), "\(method): \(name) waited for no Lock: \(row)")
                }
                checked += 1
            }
            XCTAssertGreaterThan(checked, 0, "\(method): some worker waited 10 ms or more for the Semaphore\n\(screen)")
            XCTAssertTrue(chinese.contains("信号量 "), "\(method): \(chinese)")
        }
    }
}
