import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The timeline's index of kinds answers each committed run as a scan of its events does, and a timeline given
/// other events than those it was built from scans them instead of answering from a stale index.
final class TimelineKindIndexTests: XCTestCase {
    private func paths() throws -> [String] {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        return names.map { folder + "/" + $0 }
    }

    func testEveryKindOfEveryCommittedRunIsFoundWhereAScanFindsIt() throws {
        for path in try paths() {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            XCTAssertTrue(timeline.kindIndex.covers(timeline.events.count), path)
            for kind in EventKind.allCases {
                XCTAssertEqual(timeline.indices(of: kind), timeline.events.indices(of: kind), "\(path): \(kind.rawValue)")
            }
            XCTAssertEqual(timeline.indices(of: .processExit, .processReaped, .taskStart),
                           timeline.events.indices(of: .processExit, .processReaped, .taskStart), path)
        }
    }

    func testATimelineGivenMoreEventsScansThem() throws {
        var timeline = TimelineBuilder.build(try TranscriptReader.read(path: try paths()[0]))
        let before = timeline.indices(of: .print)
        let last = timeline.events[timeline.events.count - 1]
        timeline.events.append(TraceEvent(seq: last.seq + 1, t: last.t + 1, pid: last.pid, ppid: last.ppid, process: last.process,
                                          thread: last.thread, kind: .print, fields: JSONObject([("text", .string("later"))])))
        XCTAssertEqual(timeline.indices(of: .print), before + [timeline.events.count - 1])
    }
}
