import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The tracer's compact lines (`CompactLine`, tracer/mptutor_trace/compact_lines.py): read as the JSON lines they
/// stand for, the same records, and nothing else read from a line that is not well formed.
final class CompactLineTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// Lines made by the tracer's own code: `compact<TAB>json` per line, the JSON line by the formats the tracer
    /// wrote before compact lines (a Pipe send/recv of an int item and of any other item), for edge values.
    private func tracerPairs() throws -> [(compact: String, json: String)] {
        let script = #"""
        import sys
        sys.path.insert(0, sys.argv[1])
        from mptutor_trace import compact_lines as c, schema
        S, R = schema.PIPE_SEND.encode(), schema.PIPE_RECV.encode()
        tail, pre = b'140234567890123', b',"object":"c12-1","end":"A","item":'
        for t in (0, 1, 23095512829837, 2**63 - 1):
            for item in (0, 5, -1, -(2**63 - 1), 2**63 - 1, 255):
                for n in (0, 10, 4096):
                    print((c.PIPE_SEND_INT % (t, n, item, 77, tail, pre))[:-1].decode(),
                          (S + b'%d,"n":%d,"tid":%s%s"%d","took_ns":%d}' % (t, n, tail, pre, item, 77)).decode(), sep='\t')
                    print((c.PIPE_RECV_INT % (t, n, item, 0, tail, pre))[:-1].decode(),
                          (R + b'%d,"n":%d,"tid":%s%s"%d","waited_ns":%d}' % (t, n, tail, pre, item, 0)).decode(), sep='\t')
            for item in (b'"\'x\\\\n\\"\\u00e9#@~,\'"', b'"None"', b'"1180591620717411303424"'):
                print((c.PIPE_SEND_ANY % (t, 3, 9, tail, pre, item))[:-1].decode(),
                      (S + b'%d,"n":%d,"tid":%s%s%s,"took_ns":%d}' % (t, 3, tail, pre, item, 9)).decode(), sep='\t')
                print((c.PIPE_RECV_ANY % (t, 3, 9, tail, pre, item))[:-1].decode(),
                      (R + b'%d,"n":%d,"tid":%s%s%s,"waited_ns":%d}' % (t, 3, tail, pre, item, 9)).decode(), sep='\t')
        P = schema.PRINT.encode()
        for stream in (b',"stream":"stdout","text":', b',"stream":"stderr","text":'):
            for text in (b'"hello 42"', b'""', b'"\\u00e9\\n#@~,}"'):
                print((c.PRINT_LINE % (t, 12, tail, stream, text))[:-1].decode(),
                      (P + b'%d,"n":%d,"tid":%s%s%s}' % (t, 12, tail, stream, text)).decode(), sep='\t')
        for letter, template in sorted(c.TEMPLATES.items()):
            print('template', letter + template, sep='\t')
        """#
        let outcome = try Supervisor().run(RunRequest(executable: try RunTestSupport.python(),
                                                      arguments: ["-c", script, BinaryHarness.repoRoot + "/tracer"],
                                                      environment: ProcessInfo.processInfo.environment,
                                                      workingDirectory: BinaryHarness.repoRoot, timeout: 120))
        XCTAssertEqual(outcome.termination, .exited(0), String(decoding: outcome.stderr, as: UTF8.self))
        return String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    /// What a record says, field by field (the fields a pipe.send/pipe.recv line has).
    private func said(_ records: [TracerRecord]?) -> [String] {
        (records ?? []).map { r in
            let fields = ["end", "item", "took_ns", "waited_ns"].map { "\($0)=\(String(describing: r[EventName($0)]))" }
            return "\(r.n) \(String(describing: r.t)) \(r.tid) \(String(describing: r.kind)) \(String(describing: r.object)) "
                + "\(r.fields.count) " + fields.joined(separator: " ")
        }
    }

    private func expanded(_ line: String) -> String? {
        CompactLine.expanded(ArraySlice(line.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    func testEveryCompactLineOfTheTracerIsPutBackAsTheJSONLineItStandsFor() throws {
        let pairs = try tracerPairs()
        let templates = pairs.filter { $0.compact == "template" }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: templates.map { (UInt8($0.json.utf8.first!), String($0.json.dropFirst())) }),
                       CompactLine.templates, "the Swift templates are the tracer's")
        let lines = pairs.filter { $0.compact != "template" }
        XCTAssertGreaterThan(lines.count, 100)
        for pair in lines {
            XCTAssertTrue(pair.compact.hasPrefix("~"), pair.compact)
            XCTAssertEqual(expanded(pair.compact), pair.json, pair.compact)
        }
    }

    func testAFileOfCompactLinesGivesTheRecordsOfItsJSONLines() throws {
        let pairs = try tracerPairs().filter { $0.compact != "template" }.prefix(40)
        let head = EventFileLines.proc(pid: 1000, t: 100)
        // numbered 1, 2, ... in file order: n in the pairs is not a file's numbering
        func numbered(_ line: String, _ n: Int) -> String {
            line.replacingOccurrences(of: #""n":\d+,"#, with: "\"n\":\(n),", options: .regularExpression)
        }
        let json = pairs.enumerated().map { numbered($0.element.json, $0.offset + 1) }
        let compact = pairs.enumerated().map { i, pair -> String in
            // the compact line's second number is n: rewritten in hex
            var fields = pair.compact.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            fields[1] = String(i + 1, radix: 16)
            return fields.joined(separator: ",")
        }
        try folder.write("1000-1.jsonl", ([head] + json).joined(separator: "\n") + "\n")
        try folder.write("1000-2.jsonl", ([head] + compact).joined(separator: "\n") + "\n")
        let fromJSON = RawProcessLog.read(path: folder.path + "/1000-1.jsonl")
        let fromCompact = RawProcessLog.read(path: folder.path + "/1000-2.jsonl")
        XCTAssertEqual(fromCompact.log?.lost, 0, "every compact line read")
        XCTAssertEqual(fromCompact.log?.records.count, pairs.count)
        XCTAssertEqual(said(fromCompact.log?.records), said(fromJSON.log?.records))
        // the live reader too
        var growing = GrowingEventFile(name: "1000-2.jsonl")
        XCTAssertEqual(growing.readNew(directory: folder.path), pairs.count + 1)
        XCTAssertEqual(growing.unreadable, 0)
        XCTAssertEqual(said(growing.log?.records), said(fromJSON.log?.records))
    }

    func testLinesNotWellFormedAreUnreadableAndBounded() throws {
        let good = ##"~s5,1,-a,4d2,77,"object":"c1-1","end":"A","item":"##
        XCTAssertEqual(expanded(good), ##"{"kind":"pipe.send","t":5,"n":1,"tid":77,"object":"c1-1","end":"A","item":"-10","took_ns":1234}"##)
        let bad = [
            "~", "~s", "~x5,1,2,3,", "~s5,1,2,3", "~s5,1,2", "~s,1,2,3,", "~s-,1,2,3,", "~s--1,1,2,3,", "~s0x5,1,2,3,",
            "~s 5,1,2,3,", "~sA,1,2,3,", "~s+5,1,2,3,", "~s8000000000000000,1,2,3,", "~s-8000000000000000,1,2,3,",
            "~s00000000000000001,1,2,3,", "~s" + String(repeating: "f", count: 10_000) + ",1,2,3,", "~S5,1,\u{e9},x",
        ]
        for line in bad {
            XCTAssertNil(expanded(line), line)
        }
        XCTAssertEqual(expanded("~s7fffffffffffffff,0,-7fffffffffffffff,0,"),
                       ##"{"kind":"pipe.send","t":9223372036854775807,"n":0,"tid":"-9223372036854775807","took_ns":0}"##,
                       "the widest numbers; TAIL empty (the JSON reader then refuses the line)")
        // in a file: a bad compact line is one unreadable line, the others are read
        let lines = [EventFileLines.proc(pid: 1000, t: 100), "~s5,1,2,3,77,\"object\":\"c1-1\",\"end\":\"A\",\"item\":",
                     "~s5,2,zz,3,77,\"object\":\"c1-1\",\"end\":\"A\",\"item\":",
                     "~r6,3,2,3,77,\"object\":\"c1-1\",\"end\":\"B\",\"item\":"]
        try folder.write("1000-1.jsonl", lines.joined(separator: "\n") + "\n")
        let read = RawProcessLog.read(path: folder.path + "/1000-1.jsonl")
        XCTAssertEqual(read.log?.records.map(\.n), [1, 3])
        XCTAssertEqual(read.log?.lost, 1)
        XCTAssertEqual(read.log?.records.last?[EventName("end")]?.stringValue, "B")
    }
}
