import Foundation
import XCTest
@testable import TutorCapture

/// The machine-load meter with its files injected (load 32): a system without `/proc` (macOS), one with only part
/// of it, and Linux's figures. Runs on every system: nothing here reads the real `/proc`.
final class MachineLoadMeterTests: XCTestCase {
    /// A fake `/proc`: the files given, nil for every other path.
    private static func reader(_ files: [String: String]) -> @Sendable (String) -> [UInt8]? {
        { path in files[path].map { Array($0.utf8) } }
    }

    static func schedstat(_ delayNs: UInt64) -> String { "1000 \(delayNs) 7\n" }
    static let loadavg = "5.00 4.00 3.00 6/300 4242\n"

    func testWithoutProcNothingIsMeasuredAndTheWatchdogIsNotMoved() {
        var meter = MachineLoadMeter(read: { _ in nil })
        meter.sample(pids: [100, 101], runnable: 2, nowNs: 250_000_000)
        meter.sample(pids: [100, 101], runnable: 2, nowNs: 1_000_000_000)
        XCTAssertEqual(meter.waitNs, 0)
        XCTAssertEqual(meter.extraNs(limitNs: 5_000_000_000), 0)
        XCTAssertFalse(meter.stillWaiting)
        XCTAssertNil(meter.figures(watchdogExtraNs: 0, cutWhileWaiting: false), "no figures where none were read")
    }

    /// Waits read without the machine's load: the trailer could not say how busy the machine was, so the wait must not
    /// move the watchdog either (it would be a stretch nothing records).
    func testWaitsWithoutTheMachineLoadAreNotCounted() {
        var meter = MachineLoadMeter(read: Self.reader(["/proc/100/schedstat": Self.schedstat(400_000_000)]))
        meter.sample(pids: [100], runnable: 1, nowNs: 250_000_000)
        XCTAssertEqual(meter.waitNs, 0)
        XCTAssertEqual(meter.extraNs(limitNs: 5_000_000_000), 0)
        XCTAssertNil(meter.figures(watchdogExtraNs: 0, cutWhileWaiting: false))
    }

    /// The machine's load without any process's wait (a kernel without schedstat): the wait is unknown, not 0.
    func testTheMachineLoadWithoutAnyWaitRecordsNoWaitOfZero() {
        var meter = MachineLoadMeter(read: Self.reader(["/proc/loadavg": Self.loadavg]))
        meter.sample(pids: [100], runnable: 1, nowNs: 250_000_000)
        meter.sample(pids: [100], runnable: 1, nowNs: 500_000_000)
        XCTAssertNil(meter.figures(watchdogExtraNs: 0, cutWhileWaiting: false), "a wait of 0 that was never measured")
    }

    /// Linux: per sample the largest growth of one process's delay, added up; other programs' runnable processes are
    /// the machine's less the run's own and the reader.
    func testLinuxFiguresAddTheLargestWaitOfEachSample() {
        let files = LockedFiles([
            "/proc/loadavg": Self.loadavg,
            "/proc/100/schedstat": Self.schedstat(100_000_000),
            "/proc/101/schedstat": Self.schedstat(300_000_000),
        ])
        var meter = MachineLoadMeter(read: { files.read($0) })
        meter.sample(pids: [100, 101], runnable: 2, nowNs: 250_000_000)
        XCTAssertEqual(meter.waitNs, 300_000_000, "a first sample counts the wait since each process began")
        files.set("/proc/100/schedstat", Self.schedstat(150_000_000))
        files.set("/proc/101/schedstat", Self.schedstat(320_000_000))
        meter.sample(pids: [100, 101], runnable: 2, nowNs: 500_000_000)
        XCTAssertEqual(meter.waitNs, 350_000_000, "side by side, the larger growth (50 ms) once")
        XCTAssertEqual(meter.extraNs(limitNs: 10_000_000), 90_000_000, "moved by at most 9 times the limit")
        let figures = meter.figures(watchdogExtraNs: 0, cutWhileWaiting: false)
        XCTAssertEqual(figures?.cpuWaitNs, 350_000_000)
        XCTAssertEqual(figures?.otherRunnable, 3, "6 runnable, less the run's 2 and the reader")
    }
}

/// Files a test changes between samples, read from the meter's `@Sendable` reader.
private final class LockedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: String]

    init(_ files: [String: String]) { self.files = files }

    func set(_ path: String, _ text: String) { lock.withLock { files[path] = text } }

    func read(_ path: String) -> [UInt8]? { lock.withLock { files[path].map { Array($0.utf8) } } }
}

extension MachineLoadMeterTests {
    /// A run whose processes all sleep is not "still waiting for a core" at the cut, however its waits grew (a
    /// helper thread's wake-ups on a busy machine): the watchdog's note must look for the hang (load 32).
    func testARunWithNothingReadyIsNotStillWaiting() {
        let files = LockedFiles(["/proc/loadavg": Self.loadavg, "/proc/100/schedstat": Self.schedstat(0)])
        var meter = MachineLoadMeter(read: { files.read($0) })
        meter.sample(pids: [100], runnable: 1, nowNs: 250_000_000)
        files.set("/proc/100/schedstat", Self.schedstat(400_000_000))
        meter.sample(pids: [100], runnable: 1, nowNs: 1_000_000_000)
        XCTAssertTrue(meter.stillWaiting, "ready and its wait grew: waiting for a core")
        files.set("/proc/100/schedstat", Self.schedstat(800_000_000))
        meter.sample(pids: [100], runnable: 0, nowNs: 1_750_000_000)
        XCTAssertFalse(meter.stillWaiting, "asleep at the cut: not waiting for a core")
    }
}
