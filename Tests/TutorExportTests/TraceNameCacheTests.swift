import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorExport
@testable import TutorTestSupport

/// The Perfetto writer's fast path (names and keys from `TraceNameCache`, fields through `forEachField`) must
/// write the very bytes of the general path (every string through `JSONBytes.string`, fields as a `JSONObject`).
final class TraceNameCacheTests: XCTestCase {
    func testCachedNamesAndFieldsMatchTheGeneralPathOnEveryCommittedTranscript() throws {
        var checked = 0
        for folder in ["corpus/transcripts", "transcripts"] {
            let dir = BinaryHarness.repoRoot + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for name in names.sorted() where name.hasSuffix(".jsonl") {
                let events = try TranscriptReader.read(path: dir + "/" + name).events
                try assertSameBytes(events, "\(folder)/\(name)")
                checked += events.count
            }
        }
        XCTAssertGreaterThan(checked, 10_000, "too few committed events were found")
    }

    func testHostileNamesKeysAndValuesMatchTheGeneralPath() throws {
        var s = EventScript()
        let hostile = "</script><!--\"\\\u{1B}[31m\u{7}\u{202E}\u{2028}\u{2029}&<>\u{0}é中"
        s.add(0, pid: 1, process: hostile, thread: hostile, "lock.acquire", object: hostile, [(hostile, .string(hostile))])
        s.add(1, pid: 1, process: "MainProcess", "weird kind \(hostile)", object: "Lock#1 \u{2028}",
              [("a", .array([.string(hostile), .int(-3), .double(1.5), .null, .bool(true)])), ("k\u{1B}", .object(JSONObject([(hostile, .string("x"))])))])
        s.add(2, pid: 1, process: "MainProcess", "queue.put", [("item", .string(hostile)), ("waited_ns", .int(Int64.min))])
        try assertSameBytes(s.events, "hostile")
        // Twice: the second time every literal comes from the cache.
        var cache = TraceNameCache()
        for event in s.events + s.events { _ = cache.eventName(of: event) }
        XCTAssertEqual(String(decoding: cache.eventName(of: s.events[0]), as: UTF8.self).contains("<"), false)
    }

    private func assertSameBytes(_ events: [TraceEvent], _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var cache = TraceNameCache()
        for event in events {
            var general = JSONBytes()
            if let object = event.object { general.string(event.kind, space: object) } else { general.string(event.kind) }
            for member in event.fields.members {
                general.raw(",")
                general.string(member.key)
                general.raw(":")
                general.value(member.value)
            }
            var fast = JSONBytes()
            fast.quoted(cache.eventName(of: event))
            event.forEachField { key, value in
                fast.raw(",")
                fast.quoted(cache.key(key))
                fast.raw(":")
                fast.value(value)
            }
            guard fast.bytes == general.bytes else {
                return XCTFail("\(label) seq \(event.seq): \(String(decoding: fast.bytes, as: UTF8.self)) ≠ \(String(decoding: general.bytes, as: UTF8.self))",
                               file: file, line: line)
            }
        }
    }
}
