import Foundation
import TutorCore

/// Reads the OS's view of every process of a run while it runs: state, CPU time, time waiting for a CPU,
/// context switches. Linux only (`/proc`); elsewhere `isAvailable` is false and nothing is sampled.
final class ProcessSampler: @unchecked Sendable {
    /// True where the OS offers per-process scheduler figures.
    static var isAvailable: Bool {
        FileManager.default.isReadableFile(atPath: "/proc/self/schedstat")
    }

    private let interval: TimeInterval
    private let lock = NSLock()
    private var samples: [ProcessSample] = []
    private var running = false
    private var thread: Thread?

    init(intervalSeconds: TimeInterval = 0.02) {
        interval = intervalSeconds
    }

    /// Starts sampling the processes of `processGroup` on a background thread.
    func start(processGroup: Int32) {
        guard Self.isAvailable else { return }
        lock.lock()
        running = true
        lock.unlock()
        let thread = Thread { [self] in
            while isRunning {
                let found = ProcessTable.pids(inProcessGroup: processGroup).compactMap(Self.read)
                lock.lock()
                samples += found
                lock.unlock()
                Thread.sleep(forTimeInterval: interval)
            }
        }
        thread.name = "mp-tutor process sampler"
        self.thread = thread
        thread.start()
    }

    /// Stops sampling and returns every sample taken, in time order.
    func stop() -> [ProcessSample] {
        lock.lock()
        running = false
        let result = samples
        lock.unlock()
        return result
    }

    private var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    /// One process's figures now, or nil when it has gone.
    static func read(_ pid: Int32) -> ProcessSample? {
        let t = MonotonicClock.nowNs()
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard let state = fields.first?.first else { return nil }
        // Sum every thread's figures: a process's CPU-bound work may run on threads other than the main one.
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var sched: [UInt64] = [0, 0]
        for tid in threads.isEmpty ? ["."] : threads {
            let path = tid == "." ? "/proc/\(pid)/schedstat" : "/proc/\(pid)/task/\(tid)/schedstat"
            let fields = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { UInt64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if fields.count > 1 { sched[0] += fields[0]; sched[1] += fields[1] }
        }
        var voluntary = 0, involuntary = 0
        for line in ((try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? "").split(separator: "\n") {
            if line.hasPrefix("voluntary_ctxt_switches:") { voluntary = Int(line.split(separator: "\t").last ?? "") ?? 0 }
            if line.hasPrefix("nonvoluntary_ctxt_switches:") { involuntary = Int(line.split(separator: "\t").last ?? "") ?? 0 }
        }
        return ProcessSample(pid: pid, t: t, state: state, cpuNs: sched[0], readyNs: sched[1],
                             voluntarySwitches: voluntary, involuntarySwitches: involuntary)
    }
}
