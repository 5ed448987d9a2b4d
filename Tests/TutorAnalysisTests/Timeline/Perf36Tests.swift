import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 36: `ProcessTimeAnalysis` makes a kind's text only for kinds no case names; `StartOwners` weighs, for many
/// executors, only those that submitted a start's number. Each must say what the code before said.
final class Perf36Tests: XCTestCase {
    /// Waits of known kinds, of kinds mp-tutor does not know (placed by their text), and `waited_ns` on kinds that name
    /// no wait, among many events that waited for nothing: the breakdown counts the first two and nothing else.
    func testWaitsOfKnownAndUnknownKindsAreCountedAndOthersAreNot() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for i in 0..<200 {
            s.add(1 + Double(i) * 0.01, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("\(i)")),
                                                                                  ("waited_ns", .int(1_000))])
        }
        s.add(10, pid: 100, process: "MainProcess", .lockWait, object: "Lock#1")
        s.add(15, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(5_000_000))])
        s.add(20, pid: 100, process: "MainProcess", "event.brand_new_wait", object: "Event#1", [("waited_ns", .int(7_000_000))])
        s.add(25, pid: 100, process: "MainProcess", "barrier.brand_new", [("waited_ns", .int(3_000_000))])
        s.add(30, pid: 100, process: "MainProcess", "sleep", [("waited_ns", .int(2_000_000))])
        s.add(35, pid: 100, process: "MainProcess", "brand.new.kind", [("waited_ns", .int(9_000_000))])
        s.add(40, pid: 100, process: "MainProcess", .conditionWaitFor, object: "Condition#1", [("waited_ns", .int(50_000_000))])
        s.add(45, pid: 100, process: "MainProcess", thread: "Thread-1 (work)", .lockAcquire, object: "Lock#1",
              [("waited_ns", .int(11_000_000))])
        s.add(50, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(60, pid: 100, process: "MainProcess", .eventWait, object: "Event#2")
        s.add(64, pid: 100, process: "MainProcess", .eventWake, object: "Event#2", [("waited_ns", .int(4_000_000))])
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let main = ProcessTimeAnalysis(s.timeline()).processes.first { $0.pid == 100 }
        XCTAssertEqual(main?.waits.map(\.reason), ["lock", "event", "barrier", "sleep"])
        XCTAssertEqual(main?.waits.map(\.ns), [5_000_000, 11_000_000, 3_000_000, 2_000_000])
    }

    // MARK: StartOwners

    /// The rule as it was written before perf 36 (every label weighed at each start), kept here as the reference.
    private struct EveryLabelOwners {
        let slotOfLabel: [Int]
        var flags: [[Int64: UInt8]]
        var workerOf: [Int32: Int] = [:]
        var madeIn: [(pid: Int32, threads: Bool)?]

        init(slotOfLabel: [Int], slotCount: Int) {
            self.slotOfLabel = slotOfLabel
            flags = Array(repeating: [:], count: slotCount)
            madeIn = Array(repeating: nil, count: slotCount)
        }

        mutating func owner(ofStart number: Int64, pid: Int32, mainThread: Bool) -> Int? {
            let only = mainThread ? workerOf[pid] : nil
            var candidate = -1, candidates = 0
            for (k, x) in slotOfLabel.enumerated() where (flags[x][number] ?? 0) & 3 == 1 && (only == nil || only == x)
                && madeIn[x].map({ made in made.threads ? made.pid == pid : made.pid != pid && mainThread }) != false {
                candidate = k
                candidates += 1
            }
            guard candidates == 1 else { return nil }
            flags[slotOfLabel[candidate]][number, default: 0] |= 2
            return slotOfLabel[candidate]
        }
    }

    /// Random runs of many executors (labels twice, thread and process pools, workers tied to an executor, numbers
    /// submitted twice, started twice, started before any submit, hostile numbers): the owner of every start is the one
    /// the every-label rule gives.
    func testEachStartHasTheOwnerTheEveryLabelRuleGives() {
        var rng = SplitMix(seed: 36)
        var owned = 0, unowned = 0
        for _ in 0..<80 {
            let slotCount = 1 + Int(rng.next() % UInt64(StartOwners.pendingFrom + 6))
            let slotOfLabel = (0..<(slotCount + Int(rng.next() % 4))).map { $0 < slotCount ? $0 : Int(rng.next() % UInt64(slotCount)) }
            var fast = StartOwners(slotOfLabel: slotOfLabel, slotCount: slotCount)
            var reference = EveryLabelOwners(slotOfLabel: slotOfLabel, slotCount: slotCount)
            let numbers: [Int64] = [0, 1, 2, 3, 4, -1, Int64.max, 5000]
            for _ in 0..<400 {
                let number = numbers[Int(rng.next() % UInt64(numbers.count))]
                let slot = Int(rng.next() % UInt64(slotCount))
                let pid = Int32(100 + rng.next() % 4)
                switch rng.next() % 10 {
                case 0:
                    let threads = rng.next() % 2 == 0
                    fast.made(slot, in: pid, threads: threads)
                    reference.madeIn[slot] = (pid, threads)
                case 1:
                    let of = rng.next() % 5 == 0 ? -1 : slot
                    fast.worker(pid, of: of)
                    reference.workerOf[pid] = of
                case 2, 3, 4, 5:
                    fast.submitted(number, to: slot)
                    reference.flags[slot][number, default: 0] |= 1
                default:
                    let main = rng.next() % 3 != 0
                    let got = fast.owner(ofStart: number, pid: pid, mainThread: main)
                    XCTAssertEqual(got, reference.owner(ofStart: number, pid: pid, mainThread: main))
                    if got == nil { unowned += 1 } else { owned += 1 }
                }
            }
        }
        // both answers were met many times (and both ways of weighing: fewer labels than `pendingFrom` and more)
        XCTAssertGreaterThan(owned, 500)
        XCTAssertGreaterThan(unowned, 500)
    }
}
