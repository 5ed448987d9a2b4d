#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Measures, while a run goes on, how much the machine's other work held it back (load 31): between two samples, the
/// most one process of the run stood ready to run with no core given to it (the growth of the kernel's run-queue
/// delay, the second figure of `/proc/PID/schedstat`), added up over the samples; and how many other programs'
/// processes were ready to run (`/proc/loadavg`). Summed per sample, a start-up's wait and a child's later wait both
/// count (a sequence of processes), while workers waiting side by side count once (the largest of them).
///
/// Linux only: elsewhere nothing is read, the wait stays 0, no figures are recorded and the watchdog counts from the
/// first event only. A sample counts only when both files could be read (load 32): a wait the trailer could not put
/// beside the machine's load would move the watchdog unrecorded, and a run whose processes' waits could never be read
/// records no figures rather than a wait of 0 it did not measure.
struct MachineLoadMeter {
    /// The watchdog's deadline is moved by the wait at most this many times its limit: a program that spins in more
    /// processes than there are cores also waits for cores, and must still be stopped.
    static let stretchLimit: Double = 9

    private(set) var waitNs: UInt64 = 0
    /// Each process's run-queue delay at the last sample (only the processes of that sample: bounded by the run).
    private var delays: [Int32: UInt64] = [:]
    /// `waitNs` as it was at least half a second before the last scan, and when: whether the run was still
    /// waiting when the watchdog fired.
    private var earlierWaitNs: UInt64 = 0
    private var earlierAtNs: UInt64 = 0
    private var lastAtNs: UInt64 = 0
    /// How many of the run's processes had their main thread ready to run (state R) at the last sample.
    private var lastRunnable = 0
    private var otherRunnableSum = 0
    private var samples = 0
    /// Whether any process's run-queue delay could be read: without it the wait is not known, not 0.
    private var waitsRead = false
    let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    /// Reads a whole file, nil when it cannot: `/proc` on Linux, injected by tests (a system without `/proc`).
    private let read: @Sendable (String) -> [UInt8]?

    init(read: @escaping @Sendable (String) -> [UInt8]? = MachineLoadMeter.procReader) {
        self.read = read
    }

    /// The files of `/proc`; on a system without it (macOS) nothing is tried.
    static let procReader: @Sendable (String) -> [UInt8]? = { path in
        #if os(Linux)
        ProcessTable.readFile(path)
        #else
        nil
        #endif
    }

    /// Reads the wait of every process of the run and the machine's runnable count once.
    mutating func sample(pids: [Int32], runnable: Int, nowNs: UInt64) {
        if nowNs >= lastAtNs + 500_000_000 || lastAtNs == 0 {
            earlierWaitNs = waitNs
            earlierAtNs = lastAtNs
        }
        lastAtNs = nowNs
        lastRunnable = runnable
        guard let total = machineRunnable() else { return }
        var seen: [Int32: UInt64] = [:]
        var most: UInt64 = 0
        for pid in pids {
            guard let delay = runQueueWait(of: pid) else { continue }
            seen[pid] = delay
            // A process first seen: its whole wait is since it began, after the last sample or at it.
            let before = delays[pid] ?? 0
            most = max(most, delay >= before ? delay - before : delay)
        }
        delays = seen
        waitsRead = waitsRead || !seen.isEmpty
        waitNs += most
        // The reader itself (mp-tutor's thread, running to read the file) is counted in the total.
        otherRunnableSum += max(0, total - runnable - 1)
        samples += 1
    }

    /// How much later the watchdog's deadline is, for a limit of `limitNs`.
    func extraNs(limitNs: UInt64) -> UInt64 {
        min(waitNs, UInt64(Double(limitNs) * Self.stretchLimit))
    }

    /// The wait grew by a tenth of the time since the earlier figure and a process of the run was ready to run at
    /// the last sample: it got no core just now. Without the second, a program asleep for good whose helper thread
    /// woke now and then on a busy machine was called slowed, not hung (load 32: a `time.sleep(60)` under load 34).
    var stillWaiting: Bool {
        lastRunnable > 0 && lastAtNs > earlierAtNs && waitNs >= earlierWaitNs + (lastAtNs - earlierAtNs) / 10
    }

    /// The figures for the transcript; nil where nothing could be read.
    func figures(watchdogExtraNs: UInt64, cutWhileWaiting: Bool) -> MachineLoad? {
        guard samples > 0, waitsRead else { return nil }
        return MachineLoad(cpuWaitNs: Int64(clamping: waitNs), watchdogExtraNs: Int64(clamping: watchdogExtraNs),
                           cutWhileWaiting: cutWhileWaiting, otherRunnable: Double(otherRunnableSum) / Double(samples), cores: cores)
    }

    private func runQueueWait(of pid: Int32) -> UInt64? {
        guard let bytes = read("/proc/\(pid)/schedstat") else { return nil }
        let fields = bytes.split(separator: UInt8(ascii: " "))
        guard fields.count >= 2 else { return nil }
        return UInt64(String(decoding: fields[1], as: UTF8.self))
    }

    /// The fourth field of `/proc/loadavg`, `running/total`: the processes ready to run on the whole machine now.
    private func machineRunnable() -> Int? {
        guard let bytes = read("/proc/loadavg") else { return nil }
        let fields = bytes.split(separator: UInt8(ascii: " "))
        guard fields.count >= 4, let slash = fields[3].firstIndex(of: UInt8(ascii: "/")) else { return nil }
        return Int(String(decoding: fields[3][..<slash], as: UTF8.self))
    }
}
