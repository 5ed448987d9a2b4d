import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `TracedRun.transcript(eventsFolder:)` (`mp-tutor replay FOLDER`, the fuzzer's way into the per-process reader):
/// a line with a number no tracer writes is skipped and counted as lost, never passed on to renderers (guard 25).
final class EventsFolderTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let start = 5_000_000_000

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func writeMain(_ extra: [String]) throws {
        let lines = [
            #"{"kind":"proc","t":\#(start),"n":0,"tid":11,"pid":1000,"ppid":1,"name":"MainProcess","role":"main","argv":["x.py","fork"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2}"#,
            #"{"kind":"process.start","t":\#(start + 100),"n":1,"tid":11,"name":"MainProcess","daemon":false,"parent_pid":1,"start_method":"fork","role":"main"}"#,
        ] + extra
        try folder.write("1000-\(start).jsonl", lines.joined(separator: "\n") + "\n")
    }

    /// The fuzzer's first find: a compact Pipe send line whose `took_ns` is 2^63-1 trapped in the summary's
    /// time breakdown (an overflow adding it up).
    func testANumberOutOfTheTranscriptsRangeIsALostLineNotAnEvent() throws {
        try writeMain([
            #"{"kind":"pipe.create","t":\#(start + 200),"n":2,"tid":11,"object":"c1000-1","duplex":true,"site":"x.py:3"}"#,
            "~s\(String(start + 300, radix: 16)),3,1,7fffffffffffffff,11,\"object\":\"c1000-1\",\"end\":\"A\",\"item\":",
            #"{"kind":"pipe.send","t":\#(start + 400),"n":4,"tid":11,"object":"c1000-1","end":"A","item":"2","took_ns":\#(1 << 60)}"#,
            #"{"kind":"print","t":\#(start + 500),"n":5,"tid":11,"stream":"stdout","text":"ok\n"}"#,
        ])
        let transcript = try TracedRun.transcript(eventsFolder: folder.path)
        XCTAssertEqual(transcript.trailer?.lostEvents, 2, "the two sends with took_ns out of range are lost lines")
        XCTAssertFalse(transcript.events.contains { $0.kind == "pipe.send" })
        XCTAssertTrue(transcript.events.contains { $0.kind == "print" }, "the good lines around them are read")
        // and what was read renders (before the fix: a trap in ProcessTimeAnalysis)
        _ = TimelineBuilder.build(transcript)
    }

    /// A time that is a clock reading but far from the run's start (a foreign or damaged line) is not an event of
    /// this run: renderers add times, and 2^62 added twice overflows.
    func testATimeFarOutsideTheRunIsLost() throws {
        try writeMain([
            #"{"kind":"print","t":\#(1 << 62),"n":2,"tid":11,"stream":"stdout","text":"far\n"}"#,
            #"{"kind":"print","t":-1,"n":3,"tid":11,"stream":"stdout","text":"before\n"}"#,
            #"{"kind":"print","t":\#(start + 500),"n":4,"tid":11,"stream":"stdout","text":"ok\n"}"#,
        ])
        let transcript = try TracedRun.transcript(eventsFolder: folder.path)
        XCTAssertEqual(transcript.trailer?.lostEvents, 2)
        XCTAssertEqual(transcript.events.filter { $0.kind == "print" }.count, 1)
    }

    /// A folder with no readable `proc` line is a clear error naming the folder, not an empty run.
    func testAFolderWithoutAProcLineIsAnErrorNamingIt() throws {
        try folder.write("1-1.jsonl", "~\n{\"kind\":\"print\"}\n")
        XCTAssertThrowsError(try TracedRun.transcript(eventsFolder: folder.path)) { error in
            XCTAssertTrue((error as? MPTutorError)?.message.hasPrefix(folder.path + ":") ?? false, "\(error)")
        }
    }

    /// The committed seeds (real runs of corpus programs) read with nothing lost.
    func testTheFuzzSeedsAreWholeRuns() throws {
        let seeds = BinaryHarness.repoRoot + "/Tests/Fixtures/fuzz-seeds/run-dirs"
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let transcript = try TracedRun.transcript(eventsFolder: seeds + "/" + name)
            XCTAssertEqual(transcript.trailer?.lostEvents, 0, name)
            XCTAssertGreaterThan(transcript.events.count, 10, name)
        }
    }
}
