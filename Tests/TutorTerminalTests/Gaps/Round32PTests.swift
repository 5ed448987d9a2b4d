import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 32P (issue 11 item 10): the same scripts on Python 3.12 and 3.13; each finding on the committed recordings of
/// the round's programs (corpus/transcripts/ for 3.11, corpus/transcripts-other/X.Y/ for the others).
final class Round32PTests: XCTestCase {
    private static func timeline(_ name: String, python: String? = nil) throws -> Timeline {
        let folder = python.map { "corpus/transcripts-other/\($0)" } ?? "corpus/transcripts"
        return TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/\(folder)/\(name).jsonl"))
    }

    private static func note(_ timeline: Timeline, lang: Language = .en) -> Note? {
        Language.with(lang) { Gaps16BTests.notes(timeline) }.first { $0.kind == .trackerUnregisteredTwice }
    }

    /// r32p_shm_track_false (3.11, 3.12; fork, spawn, forkserver): the viewer attached to the grabber's segment (3.11 and
    /// 3.12 register it again) and called resource_tracker.unregister() itself; the grabber's unlink() unregistered it
    /// again. The tracker's stderr showed a KeyError traceback with no word of why: the two unregisters have no row of
    /// their own. The note at the KeyError row now names the registrations and both unregisters.
    func testTheTrackersKeyErrorNamesBothUnregisters() throws {
        for (python, method) in [(nil, "fork"), (nil, "spawn"), (nil, "forkserver"), ("3.12", "spawn"), ("3.12", "fork")] {
            let name = "r32p_shm_track_false--\(method)"
            let timeline = try Self.timeline(name, python: python)
            let found = try XCTUnwrap(Self.note(timeline), "\(python ?? "3.11") \(method)")
            let row = timeline.events[found.eventIndex]
            XCTAssertTrue(row.text?.hasPrefix("KeyError: '/psm_") == true, "\(row)")
            XCTAssertEqual(timeline.process(pid: row.pid)?.role, "resource_tracker")
            XCTAssertTrue(found.text.contains("SharedMemory#1 was registered by MainProcess at "), found.text)
            XCTAssertTrue(found.text.contains(", viewer at "), found.text)
            XCTAssertTrue(found.text.contains("then unregistered by viewer at "), found.text)
            XCTAssertTrue(found.text.contains(" and again by MainProcess at "), found.text)
            XCTAssertNotNil(found.premise)
            let zh = try XCTUnwrap(Self.note(timeline, lang: .zh))
            XCTAssertTrue(zh.text.contains("SharedMemory#1 由 MainProcess（"), zh.text)
            XCTAssertTrue(zh.text.contains("随后 viewer 在 "), zh.text)
        }
    }

    /// 3.13: the viewer attaches with track=False (no register, no unregister), and the tracker prints nothing: no note.
    func testNoNoteWhereTheTrackerRaisedNothing() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r32p_shm_track_false--\(method)", python: "3.13")
            XCTAssertNil(Self.note(timeline), method)
            XCTAssertFalse(timeline.events.contains { $0.text?.hasPrefix("KeyError") == true }, method)
        }
    }

    /// The KeyError line's shape: only `KeyError: '/name'`.
    func testOnlyAKeyErrorOfANameIsRead() {
        XCTAssertEqual(TrackerUnregisteredTwice.keyErrorName("KeyError: '/psm_ab12'"), "/psm_ab12")
        XCTAssertNil(TrackerUnregisteredTwice.keyErrorName("KeyError: 'psm_ab12'"))
        XCTAssertNil(TrackerUnregisteredTwice.keyErrorName("KeyError: '/a'b'"))
        XCTAssertNil(TrackerUnregisteredTwice.keyErrorName("ValueError: '/psm_ab12'"))
        XCTAssertNil(TrackerUnregisteredTwice.keyErrorName("KeyError: '"))
    }
}
