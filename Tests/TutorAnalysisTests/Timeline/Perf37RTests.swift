import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 37R: `PoolAnalysis` keys its workers by the thread's number, not its text; `ProcessTimeAnalysis` reads
/// `waited_ns` where it lies. Each must say what the code before said.
final class Perf37RTests: XCTestCase {
    private let ms = Fixtures.ms

    /// The worker table as it was made before perf 37R: tasks in start order, a worker per pid and thread's text.
    private func workersByThreadText(_ timeline: Timeline) -> [(key: String, name: String, jobs: [Int64], busy: Int64)] {
        var rows: [(key: String, name: String, jobs: [Int64], busy: Int64)] = []
        var rowOf: [String: Int] = [:]
        let started = timeline.tasks.indices.filter { timeline.tasks[$0].startT != nil }
            .sorted { timeline.tasks[$0].startT! < timeline.tasks[$1].startT! }
        for position in started {
            let task = timeline.tasks[position]
            guard let pid = task.workerPid else { continue }
            let busy = (task.endT ?? timeline.process(pid: pid)?.endT ?? timeline.durationNs) - task.startT!
            let id = "\(pid) \(task.workerThread ?? "MainThread")"
            if let i = rowOf[id] {
                rows[i].jobs.append(task.job)
                rows[i].busy += busy
            } else if let key = task.workerKey {
                rowOf[id] = rows.count
                rows.append((key, task.worker ?? "pid \(pid)", [task.job], busy))
            }
        }
        return rows.sorted { $0.name.localizedStandardLess($1.name) }
    }

    /// A ThreadPool's worker threads share their process's pid, a process pool's workers each have their own; threads
    /// whose names differ only in case, and one task that never ended: every worker, its tasks and its
    /// busy time are those the text-keyed table gave.
    func testWorkersByThreadNumberAreTheWorkersByThreadText() {
        var s = EventScript()
        let threads = ["Thread-1 (worker)", "Thread-2 (worker)", "thread-1 (worker)", "MainThread"]
        var job: Int64 = 0
        for round in 0..<30 {
            for (n, thread) in threads.enumerated() {
                let pid: Int32 = n == 3 ? 201 + Int32(round % 3) : 100
                let process = n == 3 ? "ForkPoolWorker-\(1 + round % 3)" : "MainProcess"
                let start = Double(round * 10 + n)
                s.add(start, pid: pid, ppid: 100, process: process, thread: thread, .taskStart, [("job", .int(job)), ("index", .int(0))])
                if job != 77 {
                    s.add(start + 0.5, pid: pid, ppid: 100, process: process, thread: thread, .taskEnd,
                          [("job", .int(job)), ("index", .int(0)), ("ok", .bool(true))])
                }
                job += 1
            }
        }
        let timeline = s.timeline(run: RunFacts(durationNs: 400 * ms))
        let workers = PoolAnalysis(timeline).workers
        let reference = workersByThreadText(timeline)
        XCTAssertEqual(workers.count, 6)     // three thread names of pid 100, three worker processes
        XCTAssertEqual(workers.map(\.key), reference.map(\.key))
        XCTAssertEqual(workers.map(\.name), reference.map(\.name))
        XCTAssertEqual(workers.map { $0.tasks.map(\.job) }, reference.map(\.jobs))
        XCTAssertEqual(workers.map(\.busyNs), reference.map(\.busy))
    }

    /// `waited_ns` as an integer, an integral double, a fraction, a string, zero, negative, and on another thread:
    /// read in place, the breakdown counts what `TraceEvent.waitedNs` counts (integers and integral doubles above 0 on
    /// a main thread).
    func testWaitedNsReadInPlaceCountsWhatTheEventsOwnReadCounts() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let values: [JSONValue] = [.int(2_000_000), .double(3_000_000), .double(1_500_000.5), .string("9000000"), .int(0),
                                   .int(-5_000_000), .null, .bool(true)]
        for (i, value) in values.enumerated() {
            s.add(1 + Double(i), pid: 100, process: "MainProcess", "sleep", [("waited_ns", value)])
        }
        s.add(20, pid: 100, process: "MainProcess", thread: "Thread-1 (work)", "sleep", [("waited_ns", .int(40_000_000))])
        s.add(21, pid: 100, process: "MainProcess", "sleep", [("other", .int(1)), ("waited_ns", .int(7_000_000))])
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let main = ProcessTimeAnalysis(timeline).processes.first { $0.pid == 100 }
        let expected = timeline.events.filter { $0.isMainThread && ($0.waitedNs ?? 0) > 0 }.reduce(Int64(0)) { $0 + $1.waitedNs! }
        XCTAssertEqual(expected, 12_000_000)
        XCTAssertEqual(main?.waits.map(\.reason), ["sleep"])
        XCTAssertEqual(main?.waits.map(\.ns), [expected])
    }

    // MARK: releasesByOthers

    /// The rule as it was written before perf 37R (objects and processes by their text), kept as the reference.
    private func releasesByOthersByText(_ timeline: Timeline) -> [Int: StateQueries.ReleaseByOther] {
        let plain = Set(timeline.locks.filter { $0.type == "Lock" }.map(\.object))
        guard !plain.isEmpty else { return [:] }
        var holder: [String: (pid: Int32, name: String, t: Int64)] = [:]
        var found: [Int: StateQueries.ReleaseByOther] = [:]
        for i in timeline.indices(of: .lockAcquire, .lockRelease) {
            let e = timeline.events[i]
            guard let object = e.object, plain.contains(object) else { continue }
            if e.is(.lockAcquire) {
                holder[object] = (e.pid, e.process, e.t)
            } else {
                if let h = holder[object], h.pid != e.pid { found[i] = StateQueries.ReleaseByOther(holder: h.name, acquiredT: h.t) }
                holder[object] = nil
            }
        }
        return found
    }

    /// Random runs of plain Locks, RLocks and Semaphores (labels differing only in case), acquired and released by
    /// three processes, some releases with no acquisition, an event with no object: every release by another process
    /// is the one the text rule found, with the same holder and time.
    func testReleasesByOthersAreThoseTheTextRuleFinds() {
        var rng = SplitMix(seed: 37)
        var releasedByOthers = 0
        for _ in 0..<40 {
            var s = EventScript()
            let objects: [(label: String, type: String)] = [("Lock#1", "Lock"), ("lock#1", "Lock"), ("RLock#1", "RLock"),
                                                             ("Semaphore#1", "Semaphore"), ("Lock#2", "Lock")]
            for (n, object) in objects.enumerated() {
                s.add(Double(n) * 0.01, pid: 100, process: "MainProcess", .lockCreate, object: object.label, [("type", .string(object.type))])
            }
            let processes: [(pid: Int32, name: String)] = [(100, "MainProcess"), (201, "Process-1"), (202, "Process-2")]
            for step in 0..<120 {
                let object = objects[Int(rng.next() % UInt64(objects.count))]
                let process = processes[Int(rng.next() % UInt64(processes.count))]
                let kind: EventKind = rng.next() % 2 == 0 ? .lockAcquire : .lockRelease
                let label: String? = rng.next() % 25 == 0 ? nil : object.label
                s.add(1 + Double(step), pid: process.pid, process: process.name, kind, object: label)
            }
            let timeline = s.timeline()
            let fast = StateQueries.releasesByOthers(in: timeline)
            XCTAssertEqual(fast, releasesByOthersByText(timeline))
            releasedByOthers += fast.count
        }
        XCTAssertGreaterThan(releasedByOthers, 100)     // the runs did release others' locks
    }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
