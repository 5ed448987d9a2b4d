import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Race 23 (issue 11, found by round 22H): when three processes read the same value through a Manager proxy and each
/// wrote without reading again, the lost-update note named two of them and said "one update was lost"; two were.
final class Race23Tests: XCTestCase {
    /// A proxy access of `Value#1` ending at `ms` after a round trip of `rtt` ms.
    private func access(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ what: String, _ value: String, rtt: Double = 0.2) {
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "Value#1",
              [("type", .string("Value")), ("method", .string(what == "read" ? "get" : "set")),
               ("waited_ns", .int(Int64(rtt * 1_000_000))), ("ok", .bool(true)), ("access", .string(what)),
               ("key", .null), ("value", .string(value))])
    }

    private func lostUpdateNotes(_ timeline: Timeline) -> [Note] {
        Annotator(timeline: timeline).notes().filter { $0.kind == .lostUpdate }
    }

    /// Three reads of 0, then three overlapping writes of 1: all three named, two updates lost, and the premise holds.
    func testThreeProcessesThatReadOneValueLoseTwoUpdates() throws {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "0")
        access(&s, 10.1, "P-2", 12, "read", "0")
        access(&s, 10.2, "P-3", 13, "read", "0")
        access(&s, 10.5, "P-1", 11, "write", "1")
        access(&s, 10.6, "P-2", 12, "write", "1")
        access(&s, 10.7, "P-3", 13, "write", "1")
        let timeline = s.timeline()
        let found = lostUpdateNotes(timeline)
        XCTAssertEqual(found.count, 1)
        let text = try XCTUnwrap(found.first).text
        XCTAssertTrue(text.contains("P-1, P-2, P-3 all read 0 from Value#1.value before any of them wrote back; then each wrote 1"), text)
        XCTAssertTrue(text.contains("2 updates were lost here"), text)
        XCTAssertFalse(text.contains("one update was lost"), text)
        XCTAssertEqual(found.first?.eventIndex, timeline.indices(of: .managerCall).last, "at the group's last write")
        XCTAssertTrue(try XCTUnwrap(found.first?.premise).holds(in: StateReplayer(timeline: timeline)))
        let chinese = Language.with(.zh) { lostUpdateNotes(timeline) }
        let zh = try XCTUnwrap(chinese.first).text
        XCTAssertTrue(zh.contains("P-1、P-2、P-3 都在其中任何一个写回之前从 Value#1.value 读到了 0；随后各自写入 1"), zh)
        XCTAssertTrue(zh.contains("这里就丢了 2 次更新"), zh)
    }

    /// Writes the record orders (each sent after the one before came back): the last writer is named, and the others'
    /// updates are the lost ones.
    func testOrderedWritesOfThreeNameTheTwoLost() throws {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "0")
        access(&s, 10.1, "P-2", 12, "read", "0")
        access(&s, 10.2, "P-3", 13, "read", "0")
        access(&s, 10.5, "P-1", 11, "write", "1")
        access(&s, 11.5, "P-2", 12, "write", "1", rtt: 0.3)     // sent at 11.2
        access(&s, 12.5, "P-3", 13, "write", "1", rtt: 0.3)     // sent at 12.2
        let text = try XCTUnwrap(lostUpdateNotes(s.timeline()).first).text
        XCTAssertTrue(text.contains("then each wrote 1, one after another, none reading again. If P-3's value came from the 0 it read"), text)
        XCTAssertTrue(text.contains("the updates of P-1, P-2 were lost (2 updates)"), text)
    }

    /// A third process whose read came after a write (it read the new value) is no member: the pair's words stay.
    func testAThirdThatReadTheNewValueLeavesThePair() throws {
        var s = EventScript()
        access(&s, 10, "P-1", 11, "read", "0")
        access(&s, 10.1, "P-2", 12, "read", "0")
        access(&s, 10.5, "P-1", 11, "write", "1")
        access(&s, 10.6, "P-2", 12, "write", "1")
        access(&s, 11, "P-3", 13, "read", "1")
        access(&s, 11.5, "P-3", 13, "write", "2")
        let text = try XCTUnwrap(lostUpdateNotes(s.timeline()).first).text
        XCTAssertTrue(text.contains("P-1 and P-2 both read 0"), text)
        XCTAssertTrue(text.contains("one update was lost"), text)
    }

    /// r22h_progress_manager_value_race: fork's first race is ForkPoolWorker-2, -3 and -4 reading 0 and each writing 1,
    /// forkserver's the three reading 11 and writing 12; spawn's first race is a true pair (4 → 5). Every note's premise
    /// holds, and the group's count is within the figure the values prove (13, 9 lost).
    func testTheCommittedRecordingsNameEveryProcessOfTheirFirstRace() throws {
        let expected = [("fork", "ForkPoolWorker-2, ForkPoolWorker-3, ForkPoolWorker-4 all read 0", "2 updates were lost here"),
                        ("forkserver", "ForkServerPoolWorker-2, ForkServerPoolWorker-3, ForkServerPoolWorker-4 all read 11", "2 updates were lost here"),
                        ("spawn", "SpawnPoolWorker-3 and SpawnPoolWorker-4 both read 4", "one update was lost")]
        for (method, names, count) in expected {
            let path = BinaryHarness.repoRoot + "/corpus/transcripts/r22h_progress_manager_value_race--\(method).jsonl"
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            let found = lostUpdateNotes(timeline)
            XCTAssertGreaterThanOrEqual(found.count, 1, method)      // gaps 24B: each later separate race has its own note
            let note = try XCTUnwrap(found.first)
            XCTAssertTrue(note.text.contains(names), "\(method): \(note.text)")
            XCTAssertTrue(note.text.contains(count), "\(method): \(note.text)")
            XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)), method)
            if case let .proxyLostGroup(_, group, figures) = note.premise {
                XCTAssertLessThanOrEqual(group.lost, try XCTUnwrap(figures).lost, method)
            }
        }
    }
}
