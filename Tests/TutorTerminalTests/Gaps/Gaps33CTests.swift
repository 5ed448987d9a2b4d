import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 33C (issue 11's leftovers in shared memory): a failed attach by name, 3.13's track=False, the state panel after
/// a segment's close() and unlink(), and a program's own resource_tracker.unregister() in the leak note; each on the
/// committed recordings of the g33c programs (corpus/transcripts/, corpus/transcripts-other/3.13/).
final class Gaps33CTests: XCTestCase {
    private static func timeline(_ name: String, python: String? = nil) throws -> Timeline {
        let folder = python.map { "corpus/transcripts-other/\($0)" } ?? "corpus/transcripts"
        return TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/\(folder)/\(name).jsonl"))
    }

    private static let methods = ["fork", "spawn", "forkserver"]

    /// g33c_shm_attach_after_unlink: the reader's two failed attaches had no row. The first names the producer's unlink
    /// of that name as its cause; the second (a name never made) says no cause.
    func testAFailedAttachHasARowThatNamesTheUnlinkOnlyWhenTheRecordShowsIt() throws {
        for method in Self.methods {
            let timeline = try Self.timeline("g33c_shm_attach_after_unlink--\(method)")
            let unlink = try XCTUnwrap(timeline.events.first { $0.is(.shmUnlink) }, method)
            XCTAssertEqual(unlink.process, "producer")
            let rows = Round22MTests.rows(timeline, .shmAttachError)
            XCTAssertEqual(rows.count, 2, method)
            XCTAssertTrue(rows[0].hasPrefix("SharedMemory(name=psm_"), rows[0])
            XCTAssertTrue(rows[0].contains("raised FileNotFoundError: [Errno 2] No such file or directory: '/psm_"), rows[0])
            XCTAssertTrue(rows[0].hasSuffix(": nothing was attached — the name was SharedMemory#1's, and producer removed it with "
                + "unlink() at \(Format.seconds(unlink.t)): no process can attach by it any more (those that still map the segment keep its memory)"), rows[0])
            XCTAssertTrue(rows[1].contains("_v2) raised FileNotFoundError"), rows[1])
            XCTAssertTrue(rows[1].hasSuffix("_v2': nothing was attached"), rows[1])
            let zh = Round22MTests.rows(timeline, .shmAttachError, lang: .zh)
            XCTAssertTrue(zh[0].contains("这个名字原属 SharedMemory#1，producer 已在 \(Format.seconds(unlink.t)) 用 unlink() 删除了它"), zh[0])
            XCTAssertTrue(zh[1].hasSuffix("：什么也没有连接上"), zh[1])
        }
    }

    /// A scripted record: a create of the same name after the unlink made the name again, so the unlink is not the cause
    /// of a later failed attach; a failed unlink removed nothing.
    func testAnUnlinkIsNotTheCauseWhenTheNameWasMadeAgainOrTheUnlinkFailed() throws {
        func failedAttachRow(_ between: [(EventKind, [(String, JSONValue)])]) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .shmCreate, object: "SharedMemory#1", [("type", .string("SharedMemory")),
                                                                    ("name", .string("psm_ab")), ("size", .int(16))])
            var ms: Double = 2
            for (kind, fields) in between {
                s.add(ms, pid: 100, process: "MainProcess", kind, object: "SharedMemory#1", fields)
                ms += 1
            }
            let index = s.add(ms, pid: 100, process: "MainProcess", .shmAttachError, object: "SharedMemory#1",
                              [("type", .string("SharedMemory")), ("name", .string("psm_ab")),
                               ("error", .string("FileNotFoundError: [Errno 2] No such file or directory: '/psm_ab'"))])
            return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(index)
        }
        let create: (EventKind, [(String, JSONValue)]) = (.shmCreate, [("type", .string("SharedMemory")), ("name", .string("psm_ab")), ("size", .int(16))])
        XCTAssertTrue(failedAttachRow([(.shmUnlink, [])]).contains("MainProcess removed it with unlink() at 0.002 s"))
        XCTAssertTrue(failedAttachRow([(.shmUnlink, []), create]).hasSuffix(": nothing was attached"))
        XCTAssertTrue(failedAttachRow([(.shmUnlink, [("error", .string("FileNotFoundError: x"))])]).hasSuffix(": nothing was attached"))
    }

    /// g33c_shm_track_false under 3.13: the watchers' attaches with track=False read as any attach; the row now says the
    /// process did not register the segment. Under 3.11 (no such argument) the rows are unchanged.
    func testAnAttachWithTrackFalseSaysItWasNotRegistered() throws {
        for method in Self.methods {
            let newer = try Self.timeline("g33c_shm_track_false--\(method)", python: "3.13")
            let attaches = newer.indices(of: .shmAttach)
            XCTAssertEqual(attaches.map { newer.events[$0].bool(EventField.track) }, [false, false], method)
            for row in Round22MTests.rows(newer, .shmAttach) {
                XCTAssertTrue(row.hasSuffix("; track=False: this process did not register the segment with the resource tracker "
                                            + "(and its unlink() will not unregister it)"), row)
            }
            XCTAssertFalse(newer.events.contains { $0.is(.trackerRegister) && $0.process != "MainProcess" }, method)
            for row in Round22MTests.rows(newer, .shmAttach, lang: .zh) { XCTAssertTrue(row.contains("track=False：本进程没有把"), row) }
            let older = try Self.timeline("g33c_shm_track_false--\(method)")
            XCTAssertEqual(older.indices(of: .shmAttach).count, 2, method)
            XCTAssertTrue(older.indices(of: .shmAttach).allSatisfy { older.events[$0].fields[EventField.track] == nil })
            for row in Round22MTests.rows(older, .shmAttach) { XCTAssertFalse(row.contains("track"), row) }
        }
    }

    /// g33c_shm_attach_after_unlink: the step view's panel kept "SharedMemory#1 (…): initially ? · raw: …" after the
    /// producer's close() and unlink(); it now says who closed it and who removed its name, when.
    func testThePanelSaysWhoClosedTheSegmentAndWhoUnlinkedItsName() throws {
        for method in Self.methods {
            let timeline = try Self.timeline("g33c_shm_attach_after_unlink--\(method)")
            let replayer = StateReplayer(timeline: timeline)
            func line(after index: Int) throws -> String {
                let rows = StatePanel(state: replayer.state(after: index), painter: Painter(capabilities: .plain), width: 400,
                                      hidesInfrastructure: true).rows().map(\.text)
                return try XCTUnwrap(rows.first { $0.contains("SharedMemory#1 (") }, method)
            }
            let events = timeline.events
            let attach = try XCTUnwrap(timeline.indices(of: .shmAttach).first)
            let unlink = try XCTUnwrap(timeline.indices(of: .shmUnlink).first)
            let lastClose = try XCTUnwrap(timeline.indices(of: .shmClose).last)
            let before = try line(after: attach)
            XCTAssertFalse(before.contains("closed by") || before.contains("unlinked"), before)
            let afterUnlink = try line(after: unlink)
            XCTAssertTrue(afterUnlink.contains("closed by producer"), afterUnlink)
            XCTAssertTrue(afterUnlink.hasSuffix("name unlinked by producer at \(Format.seconds(events[unlink].t)): no more attaches by name"), afterUnlink)
            XCTAssertTrue(try line(after: lastClose).contains("closed by producer, MainProcess"), method)
        }
    }

    /// g33c_shm_unregister_leak: the script unregistered its settings block itself; the leak note said "A segment is
    /// unregistered only by an unlink() of it", false in this record. It now names the program's own call. A record
    /// with no such call keeps the older sentence (g29b_shm_attached_never_unlinked).
    func testTheLeakNoteNamesTheProgramsOwnUnregister() throws {
        for method in Self.methods {
            let timeline = try Self.timeline("g33c_shm_unregister_leak--\(method)")
            let direct = TrackerLeak.directSegmentUnregisters(in: timeline)
            XCTAssertEqual(direct.count, 1, method)
            let call = timeline.events[direct[0]]
            let note = try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .trackerLeak }, method)
            XCTAssertTrue(note.text.contains("SharedMemory#2 (registered by MainProcess at "), note.text)
            XCTAssertTrue(note.text.contains("A segment is unregistered by an unlink() of it, or by a direct call of resource_tracker.unregister(), "
                + "which the program made (SharedMemory#1: MainProcess at \(Format.seconds(call.t))); the record has neither for the segments above."), note.text)
            XCTAssertFalse(note.text.contains("only by an unlink()"), note.text)
            let zh = try XCTUnwrap(Language.with(.zh) { Gaps16BTests.notes(timeline) }.first { $0.kind == .trackerLeak })
            XCTAssertTrue(zh.text.contains("本程序就这样调用过（SharedMemory#1：MainProcess（\(Format.seconds(call.t))））"), zh.text)
        }
        let plain = try Self.timeline("g29b_shm_attached_never_unlinked--fork")
        XCTAssertEqual(TrackerLeak.directSegmentUnregisters(in: plain), [])
        let note = try XCTUnwrap(Gaps16BTests.notes(plain).first { $0.kind == .trackerLeak })
        XCTAssertTrue(note.text.contains("A segment is unregistered only by an unlink() of it, and the record has none."), note.text)
    }
}
