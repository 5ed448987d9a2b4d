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
        # tracer 25: Queue put/get (main's bytes format) and the Pool's apply_async lines (main's f-strings)
        Q, G = schema.QUEUE_PUT.encode(), schema.QUEUE_GET.encode()
        qkey = b'"qh139683950612480.22081"'
        for t in (0, 34198909239319, 2**63 - 1):
            for item in (0, 7, -1, -(2**63 - 1), 2**63 - 1):
                for waited, depth in ((0, 0), (248040, 1), (2**63 - 1, 32767)):
                    print((c.QUEUE_PUT_INT % (t, 5, item, waited, depth, tail, qkey))[:-1].decode(),
                          (Q + b'%d,"n":%d,"tid":%s,"object":%s,"item":"%d","waited_ns":%d,"depth":%d}' % (t, 5, tail, qkey, item, waited, depth)).decode(), sep='\t')
                    print((c.QUEUE_GET_INT % (t, 6, item, waited, depth, tail, qkey))[:-1].decode(),
                          (G + b'%d,"n":%d,"tid":%s,"object":%s,"item":"%d","waited_ns":%d,"depth":%d}' % (t, 6, tail, qkey, item, waited, depth)).decode(), sep='\t')
        stid, pkey, fname = tail.decode(), '"p22081-1"', '"abs"'
        for t in (0, 34198946144833, 2**63 - 1):
            for job, i in ((0, 0), (1234, 0), (2**40, 7)):
                for x in (0, 3, -1, -(2**63 - 1), 2**63 - 1):
                    fn = ',"func":%s,"args":' % fname
                    print((c.POOL_SUBMIT_INT % (t, 9, x, tail, pkey.encode(), job, fname.encode()))[:-1].decode(),
                          f'{schema.POOL_SUBMIT}{t},"n":9,"tid":{stid},"object":{pkey},"job":{job},"func":{fname},"args":"({x},)","chunks":1,"method":"apply_async"}}', sep='\t')
                    print((c.POOL_START_INT % (t, 3, x, tail, job, i, fn.encode()))[:-1].decode(),
                          f'{schema.POOL_TASK_START}{t},"n":3,"tid":{stid},"job":{job},"index":{i}{fn}"({x},)","items":null,"call":true}}', sep='\t')
                    print((c.POOL_END_INT % (t, 4, x, tail, job, i))[:-1].decode(),
                          f'{schema.POOL_TASK_END}{t},"n":4,"tid":{stid},"job":{job},"index":{i},"ok":true,"result":"{x}"}}', sep='\t')
                print((c.POOL_RESULT_OK % (t, 11, job, i, tail, pkey.encode()))[:-1].decode(),
                      f'{schema.POOL_RESULT}{t},"n":11,"tid":{stid},"object":{pkey},"job":{job},"index":{i},"ok":true}}', sep='\t')
                for waited in (0, 6332180, 2**63 - 1):
                    print((c.POOL_GET_OK % (t, 12, job, waited, tail, pkey.encode()))[:-1].decode(),
                          f'{schema.POOL_GET}{t},"n":12,"tid":{stid},"object":{pkey},"job":{job},"ok":true,"waited_ns":{waited},"error":null}}', sep='\t')
        # tracer 28: a get's wait for an item in flight (main's emit_line f-string), for keys of both queue kinds
        for t in (0, 34198909239319, 2**63 - 1):
            for n in (0, 77, 2**40):
                for key in (b'"qh139683950612480.22081"', b'"q22081-3"'):
                    print((c.QUEUE_WAIT_IN_FLIGHT % (t, n, tail, key))[:-1].decode(),
                          f'{schema.QUEUE_WAIT}{t},"n":{n},"tid":{stid},"object":{key.decode()},"op":"get","in_flight":true}}', sep='\t')
        # tracer 29: a map's chunk of one int item, its int result (main's f-strings), and a map's result line (D)
        for t in (0, 34198946144833, 2**63 - 1):
            for job, i in ((0, 0), (1234, 9), (2**40, 7)):
                fn = ',"func":%s,"args":' % fname
                for x in (0, 3, -1, -(2**63 - 1), 2**63 - 1):
                    print((c.POOL_CHUNK1_START % (t, 3, x, tail, job, i, fn.encode()))[:-1].decode(),
                          f'{schema.POOL_TASK_START}{t},"n":3,"tid":{stid},"job":{job},"index":{i}{fn}"({x},)","items":1,"call":false}}', sep='\t')
                    print((c.POOL_CHUNK1_END % (t, 4, x, tail, job, i))[:-1].decode(),
                          f'{schema.POOL_TASK_END}{t},"n":4,"tid":{stid},"job":{job},"index":{i},"ok":true,"result":"[{x}]"}}', sep='\t')
                head = f',"object":{pkey},"job":{job},"index":'
                print((c.POOL_RESULT_OK % (t, 13, job, i, tail, pkey.encode()))[:-1].decode(),
                      f'{schema.POOL_RESULT}{t},"n":13,"tid":{stid}{head}{i},"ok":true}}', sep='\t')
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
            let fields = ["end", "item", "took_ns", "waited_ns", "depth", "job", "index", "func", "args", "chunks", "method",
                          "items", "call", "ok", "result", "error", "op", "in_flight"].map { "\($0)=\(String(describing: r[EventName($0)]))" }
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
        // the first ten lines of every shape
        var perShape: [Character: Int] = [:]
        let pairs = try tracerPairs().filter { pair in
            guard pair.compact != "template", let letter = pair.compact.dropFirst().first else { return false }
            perShape[letter, default: 0] += 1
            return perShape[letter]! <= 10
        }
        XCTAssertEqual(Set(perShape.keys), Set("sSrRpqgABEDGwCF"), "every shape written by the tracer's formats")
        let head = EventFileLines.proc(pid: 1000, t: 100)
        // numbered 1, 2, ... in file order and stamped within the run (101, 102, ...): n and t in the pairs are
        // neither a file's numbering nor a run's times (t up to 2^63-1, which guard 25's range checks count as lost)
        func numbered(_ line: String, _ n: Int) -> String {
            line.replacingOccurrences(of: #""n":\d+,"#, with: "\"n\":\(n),", options: .regularExpression)
                .replacingOccurrences(of: #""t":\d+,"#, with: "\"t\":\(100 + n),", options: .regularExpression)
        }
        let json = pairs.enumerated().map { numbered($0.element.json, $0.offset + 1) }
        let compact = pairs.enumerated().map { i, pair -> String in
            // the compact line's first number (after its shape letter) is t, its second n: rewritten in hex
            var fields = pair.compact.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            fields[0] = String(fields[0].prefix(2)) + String(100 + i + 1, radix: 16)
            fields[1] = String(i + 1, radix: 16)
            return fields.joined(separator: ",")
        }
        try folder.write("1000-1.jsonl", ([head] + json).joined(separator: "\n") + "\n")
        try folder.write("1000-2.jsonl", ([head] + compact).joined(separator: "\n") + "\n")
        let fromJSON = RawProcessLog.read(path: folder.path + "/1000-1.jsonl")
        let fromCompact = RawProcessLog.read(path: folder.path + "/1000-2.jsonl")
        // A waited_ns or took_ns of 2^63-1 is out of a real run's range in either form: such lines are lost alike.
        let lostAsJSON = try XCTUnwrap(fromJSON.log?.lost)
        XCTAssertEqual(fromCompact.log?.lost, lostAsJSON, "every compact line read as its JSON line is")
        XCTAssertLessThan(lostAsJSON, pairs.count / 4, "only the lines with a duration beyond a real run's are lost")
        XCTAssertEqual(fromCompact.log?.records.count, pairs.count - lostAsJSON)
        XCTAssertEqual(said(fromCompact.log?.records), said(fromJSON.log?.records))
        // the live reader too
        var growing = GrowingEventFile(name: "1000-2.jsonl")
        XCTAssertEqual(growing.readNew(directory: folder.path), pairs.count - lostAsJSON + 1)
        XCTAssertEqual(growing.unreadable, lostAsJSON)
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
    /// Tracer 25's shapes (Queue put/get, the Pool's apply_async lines) refuse what is not well formed, and a file's
    /// malformed compact line is named by its file and line number with what is wrong, never a crash.
    func testMalformedQueueAndPoolLinesAreNamedByFileAndLine() throws {
        let bad: [(String, String)] = [
            ("~q1,2,3,4,", "compact shape 'q': number 4 is not 1 to 16 lowercase hex digits and a comma"),
            ("~g1,2,3,4,5", "compact shape 'g': number 4 is not 1 to 16 lowercase hex digits and a comma"),
            ("~A1,2,x,77", "compact shape 'A': number 2 is not 1 to 16 lowercase hex digits and a comma"),
            ("~B1,2,", "compact shape 'B': number 2 is not 1 to 16 lowercase hex digits and a comma"),
            ("~E1,2,8000000000000000,77", "compact shape 'E': number 2 is out of the signed 64-bit range"),
            ("~D1,2,3,-8000000000000000,77", "compact shape 'D': number 3 is out of the signed 64-bit range"),
            ("~G1,2,3,FF,77", "compact shape 'G': number 3 is not 1 to 16 lowercase hex digits and a comma"),
            ("~Z1,2,", "unknown compact shape 'Z'"),
            ("~\u{7f}1,", "unknown compact shape byte 0x7f"),
            ("~", "not a compact line (no `~` and shape letter)"),
        ]
        for (line, problem) in bad {
            XCTAssertNil(expanded(line), line)
            XCTAssertEqual(Array(line.utf8).withUnsafeBufferPointer { CompactLine.problem($0) }, problem, line)
        }
        XCTAssertNil(Array("~G1,2,3,4,77,\"object\":\"p1-1\"".utf8).withUnsafeBufferPointer { CompactLine.problem($0) })
        // a 100,000-digit number: refused at its 17th digit, the diagnostic short
        let long = "~q" + String(repeating: "1", count: 100_000) + ",1,2,3,4,77,\"object\":\"q\",\"item\":"
        let note = Array(long.utf8).withUnsafeBufferPointer { CompactLine.problem($0) }
        XCTAssertEqual(note, "compact shape 'q': number 0 is not 1 to 16 lowercase hex digits and a comma")
        // in a file: the good lines read, the bad one lost and named (file, line number from 1, what is wrong)
        let lines = [EventFileLines.proc(pid: 1000, t: 100),
                     ##"~q5,1,7,3,1,77,"object":"qh1.1","item":"##,
                     ##"~g6,2,7,3,1e,77,"object":"qh1.1","item":"##,
                     ##"~G7,3,0,-,77,"object":"p1-1""##,
                     ##"~G8,4,0,9,77,"object":"p1-1""##,
                     ##"~E9,5,-,77,"job":0,"index":0"##]
        try folder.write("1000-1.jsonl", lines.joined(separator: "\n") + "\n")
        let read = RawProcessLog.read(path: folder.path + "/1000-1.jsonl")
        XCTAssertEqual(read.log?.records.map(\.n), [1, 2, 4])
        XCTAssertEqual(read.log?.lost, 2)
        XCTAssertEqual(read.log?.records.first?[EventName("item")]?.stringValue, "7")
        XCTAssertEqual(read.log?.records[1][EventName("depth")]?.intValue, 30)
        XCTAssertEqual(read.log?.malformed, "1000-1.jsonl line 4: compact shape 'G': number 3 is not 1 to 16 lowercase hex digits and a comma")
        var growing = GrowingEventFile(name: "1000-1.jsonl")
        XCTAssertEqual(growing.readNew(directory: folder.path), 4)
        XCTAssertEqual(growing.unreadable, 2)
        XCTAssertEqual(growing.log?.malformed, read.log?.malformed)
        // well-formed numbers, a JSON line that is not readable: named too
        try folder.write("1000-2.jsonl", [EventFileLines.proc(pid: 1000, t: 100), "~G8,4,0,9,77,{"].joined(separator: "\n") + "\n")
        XCTAssertEqual(RawProcessLog.read(path: folder.path + "/1000-2.jsonl").log?.malformed,
                       "1000-2.jsonl line 2: the JSON line this compact line stands for is not readable")
    }
}
