import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 38R: the lock table, a Pool's peak and the timed-out gets, each found by numbers rather than texts. Each must
/// say what the code before said (kept here as the reference).
final class Perf38RTests: XCTestCase {
    // MARK: lockActivity

    /// `TimelineBuilder.lockActivity` as it was before perf 38R (dictionaries by name, threads compared as text).
    private func lockActivityByText(_ events: [TraceEvent]) -> [LockActivity] {
        struct Waiter: Hashable { var object: EventName, pid: Int32, thread: EventName }
        var locks: [LockActivity] = []
        var index: [EventName: Int] = [:]
        var waitingSince: [Waiter: String] = [:]
        var openHolds: [Int: [Int]] = [:]
        for event in events where event.kind.hasPrefix("lock.") {
            guard let object = event.object else { continue }
            let i: Int
            if let known = index[event.objectName] { i = known } else {
                i = locks.count
                index[event.objectName] = i
                locks.append(LockActivity(object: object, type: event.objectType ?? "Lock", site: event.site, holds: []))
            }
            let who = Waiter(object: event.objectName, pid: event.pid, thread: event.threadName)
            switch event.known {
            case .lockWait:
                let holders = (openHolds[i] ?? []).map { locks[i].holds[$0].process }
                waitingSince[who] = holders.isEmpty ? nil : holders.joined(separator: Phrase.listComma.text())
            case .lockAcquire:
                let blockedBy = waitingSince.removeValue(forKey: who)
                for _ in 0..<max(1, event.count ?? 1) {
                    openHolds[i, default: []].append(locks[i].holds.count)
                    locks[i].holds.append(.init(pid: event.pid, process: event.process, thread: event.thread, acquiredT: event.t,
                                                releasedT: nil, waitedNs: event.waitedNs ?? 0, blockedBy: blockedBy))
                }
            case .lockRelease:
                for _ in 0..<max(1, event.count ?? 1) {
                    let open = openHolds[i] ?? []
                    guard let k = open.firstIndex(where: { locks[i].holds[$0].pid == event.pid && locks[i].holds[$0].thread == event.thread })
                        ?? (open.isEmpty ? nil : 0) else { break }
                    locks[i].holds[open[k]].releasedT = event.t
                    openHolds[i]!.remove(at: k)
                }
            default:
                break
            }
        }
        return locks
    }

    /// Random runs of Locks, RLocks and Semaphores (labels differing in case; some events with no object), waited for,
    /// acquired and released by three processes of two threads each (one thread named in composed and in decomposed
    /// form, which the names' table numbers alike), some calls taking or releasing two levels (`count`): every hold, its release,
    /// its holder and who blocked it are those the text-keyed table gave.
    func testLockActivityByNumbersIsTheTableByText() {
        var rng = SplitMix(seed: 38)
        var blockedByTwo = 0, onEitherSpelling = 0
        for _ in 0..<40 {
            var s = EventScript()
            let objects: [(label: String, type: String)] = [("Lock#1", "Lock"), ("lock#1", "Lock"), ("RLock#1", "RLock"),
                                                             ("Semaphore#1", "Semaphore"), ("BoundedSemaphore#2", "BoundedSemaphore")]
            for (n, object) in objects.enumerated() {
                s.add(Double(n) * 0.01, pid: 100, process: "MainProcess", .lockCreate, object: object.label,
                      [("type", .string(object.type)), ("site", .string("demo.py:\(n + 3)"))])
            }
            let processes: [(pid: Int32, name: String)] = [(100, "MainProcess"), (201, "Process-1"), (202, "Process-2")]
            let threads = ["MainThread", "Thread-\u{E9}", "Thread-e\u{301}", "Thread-2 (work)"]
            for step in 0..<160 {
                let object = objects[Int(rng.next() % UInt64(objects.count))]
                let process = processes[Int(rng.next() % UInt64(processes.count))]
                let thread = threads[Int(rng.next() % UInt64(threads.count))]
                let kinds: [EventKind] = [.lockWait, .lockAcquire, .lockAcquire, .lockRelease, .lockRelease, .lockTimeout]
                let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
                var fields: [(String, JSONValue)] = []
                if kind == .lockAcquire { fields.append(("waited_ns", .int(Int64(rng.next() % 3) * 1_000_000))) }
                if kind == .lockAcquire || kind == .lockRelease, rng.next() % 6 == 0 { fields.append(("count", .int(2))) }
                let label: String? = rng.next() % 25 == 0 ? nil : object.label
                s.add(1 + Double(step), pid: process.pid, process: process.name, thread: thread, kind, object: label, fields)
            }
            let events = s.timeline().events
            let fast = TimelineBuilder.lockActivity(events)
            let reference = lockActivityByText(events)
            XCTAssertEqual(fast, reference)
            blockedByTwo += fast.flatMap(\.holds).filter { $0.blockedBy?.contains(Phrase.listComma.text()) == true }.count
            onEitherSpelling += events.filter { $0.thread == "Thread-\u{E9}" }.count
        }
        XCTAssertGreaterThan(blockedByTwo, 0)       // some waiter found two holders
        XCTAssertGreaterThan(onEitherSpelling, 0)
        // The names' table numbers canonically equal texts alike (a String key), so both spellings are one thread here;
        // the text comparison kept for different numbers is what the holds' threads were compared by.
        XCTAssertEqual(EventName("Thread-\u{E9}"), EventName("Thread-e\u{301}"))
    }

    // MARK: PoolAnalysis.peak

    /// The peak as it was found before perf 38R: every start and end as a pair (time, +1 or -1), sorted together.
    private func peakBySortedPairs(_ tasks: [PoolTask], runEnd: Int64, timeline: Timeline) -> (Int, Int64?) {
        var edges: [(t: Int64, delta: Int)] = []
        for task in tasks {
            guard let start = task.startT else { continue }
            let end = task.endT ?? task.workerPid.flatMap { timeline.process(pid: $0)?.endT } ?? runEnd
            edges.append((start, 1))
            edges.append((end, -1))
        }
        edges.sort { ($0.t, $0.delta) < ($1.t, $1.delta) }
        var running = 0, best = 0
        var bestAt: Int64?
        for edge in edges {
            running += edge.delta
            if running > best { best = running; bestAt = edge.t }
        }
        return (best, bestAt)
    }

    /// Random tasks on whole milliseconds (many starts and ends at the same instant), some never started, some never
    /// ended, out of time order: the peak and its time are those of the pairs sorted together.
    func testPeakByMergedStartsAndEndsIsThePeakOfTheSortedPairs() {
        var rng = SplitMix(seed: 380)
        var peaks = Set<Int>()
        for _ in 0..<60 {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            for job in 0..<Int64(40) {
                let start = Double(rng.next() % 30)
                let pid: Int32 = 201 + Int32(rng.next() % 4)
                if rng.next() % 10 == 0 { continue }
                s.add(start, pid: pid, process: "ForkPoolWorker-\(pid - 200)", .taskStart, [("job", .int(job)), ("index", .int(0))])
                if rng.next() % 8 != 0 {
                    s.add(start + Double(rng.next() % 6), pid: pid, process: "ForkPoolWorker-\(pid - 200)", .taskEnd,
                          [("job", .int(job)), ("index", .int(0)), ("ok", .bool(true))])
                }
            }
            var events = s.events
            events.sort { $0.t < $1.t }
            for i in events.indices { events[i].seq = i + 1 }
            let timeline = TimelineBuilder.build(Transcript(header: Fixtures.header(), events: events,
                                                            trailer: .summarizing(events, lostEvents: 0, silentProcesses: [], run: RunFacts())))
            let tasks = timeline.tasks.shuffledBy(&rng)
            let fast = PoolAnalysis.peak(tasks, runEnd: 50_000_000, timeline: timeline)
            let reference = peakBySortedPairs(tasks, runEnd: 50_000_000, timeline: timeline)
            XCTAssertEqual(fast.0, reference.0)
            XCTAssertEqual(fast.1, reference.1)
            peaks.insert(fast.0)
        }
        XCTAssertGreaterThan(peaks.count, 2)    // the runs differ in their peaks
    }

    // MARK: timedOutGets

    /// Pool gets whose `error` is TimeoutError, another error, TimeoutError with more to it, a number, or absent: the
    /// gets found in place are those whose field read as text is "TimeoutError".
    func testTimedOutGetsAreTheGetsWhoseErrorTextIsTimeoutError() {
        var s = EventScript()
        let errors: [JSONValue?] = [.string("TimeoutError"), .string("ValueError"), .string("TimeoutError "), .int(3), nil,
                                    .string("timeouterror"), .string("TimeoutError"), .null]
        for (n, error) in errors.enumerated() {
            var fields: [(String, JSONValue)] = [("job", .int(Int64(n)))]
            if let error { fields.append(("error", error)) }
            s.add(Double(n), pid: 100, process: "MainProcess", .poolGet, object: "Pool#1", fields)
            s.add(Double(n) + 0.5, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("error", .string("TimeoutError"))])
        }
        let timeline = s.timeline()
        let rules = GenericRules(timeline: timeline, lookup: EventFieldLookup(timeline), replayer: StateReplayer(timeline: timeline))
        let reference = timeline.indices(of: .poolGet).filter { timeline.events[$0].string(EventField.error) == "TimeoutError" }
        XCTAssertEqual(reference.count, 2)
        XCTAssertEqual(rules.timedOutGets(), reference)
    }
}

private extension Array {
    func shuffledBy(_ rng: inout SplitMix) -> [Element] {
        var out = self
        for i in out.indices.reversed() where i > 0 { out.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        return out
    }
}
