import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Ties the Swift side's event kinds and fields to what the tracer writes, read from the tracer's own
/// source (every .py under tracer/ except its tests, however the tracer is split into modules).
final class EventSchemaTests: XCTestCase {
    /// The tracer's source, all of it.
    private static func tracerSource() throws -> String {
        let root = BinaryHarness.repoRoot + "/tracer"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        let python = files.filter { path in
            path.hasSuffix(".py") && !path.split(separator: "/").contains { $0 == "tests" || $0.hasPrefix("test_") }
                && path != "run_cpython_suite.py"
        }
        XCTAssertFalse(python.isEmpty, "no tracer source under \(root)")
        return try python.map { try String(contentsOfFile: root + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    }

    /// Every Swift source file of the targets.
    private static func swiftSources() throws -> [(path: String, text: String)] {
        let root = BinaryHarness.repoRoot + "/Sources"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") && !$0.hasSuffix("+Embedded.swift") }
            .map { ($0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
    }

    private static func captures(_ pattern: String, in text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    /// The kinds the tracer writes: its declared templates (`template('kind', ...)`, `hot('kind', ...)`, and the
    /// older `_F('kind', ...)`/`_P('kind')`), kinds appended to its schema, and literal `"kind":"..."` lines.
    static func tracerKinds(_ source: String) -> Set<String> {
        let kind = #"'([a-z_]+(?:\.[a-z_]+)*)'"#
        return captures(#"(?:\b_[FP]|\btemplate|\bhot|\bline_start)\(\s*"# + kind, in: source)
            .union(captures(#"_DECLARED\.append\(\(\s*"# + kind, in: source))
            .union(captures(#"\\?"kind\\?":\s*\\?"([a-z_]+(?:\.[a-z_]+)*)\\?""#, in: source))
    }

    /// Every field name the tracer writes: JSON keys in its line formats, the fields a `hot(...)` kind
    /// declares, and the `..._FIELDS = (...)` tuples of its schema.
    static func tracerFields(_ source: String) -> Set<String> {
        var fields = captures(#"\\?"([a-z_]+)\\?":"#, in: source)
        let declared = captures(#"\bhot\(\s*'[^']+'((?:\s*,\s*'[a-z_]+')*)\s*\)"#, in: source)
            .union(captures(#"[A-Z_]*FIELDS\s*=\s*\(([^)]*)\)"#, in: source))
            // schema.py's TRAILING_FIELDS: {kind: (field, ...)}, the fields a kind may add at the end of its line
            .union(captures(#"[A-Z_]*FIELDS\s*=\s*\{([^}]*)\}"#, in: source))
        for list in declared { fields.formUnion(captures(#"'([a-z_]+)'"#, in: list)) }
        return fields
    }

    func testTheTracerSourceIsReadAsExpected() throws {
        let source = try Self.tracerSource()
        let kinds = Self.tracerKinds(source), fields = Self.tracerFields(source)
        // If the tracer changed how it writes lines, the two tests below would pass on nothing.
        XCTAssertTrue(kinds.isSuperset(of: ["process.start", "pool.task.end", "queue.put", "lock.acquire", "proc", "thread"]), "\(kinds)")
        XCTAssertGreaterThan(kinds.count, 50)
        XCTAssertTrue(fields.isSuperset(of: ["child_pid", "exitcode", "job", "waited_ns", "site"]), "\(fields.sorted())")
    }

    func testEveryKindTheTracerWritesIsDeclared() throws {
        let known = Set(EventKind.allCases.map(\.rawValue))
        let unknown = Self.tracerKinds(try Self.tracerSource()).subtracting(known).subtracting(EventKind.processLogRecords)
        XCTAssertEqual(unknown, [], "the tracer writes kinds that EventKind does not declare: add a case to EventKind (and docs/transcript-format.md)")
    }

    func testAKindIsResolvedOnceAndAnUnknownKindIsKeptAsWritten() {
        var event = TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .taskStart)
        XCTAssertEqual(event.known, .taskStart)
        XCTAssertTrue(event.is(.taskStart))
        XCTAssertTrue(event.is(anyOf: [.taskEnd, .taskStart]))
        event.kind = "pool.task.paused"   // a kind from a newer tracer
        XCTAssertNil(event.known)
        XCTAssertEqual(event.kind, "pool.task.paused")
        XCTAssertFalse(event.is(.taskStart))
        XCTAssertFalse(event.is(anyOf: Set(EventKind.allCases)))
        event.kind = EventKind.processExit.rawValue
        XCTAssertTrue(event.is(.processExit), "changing the kind resolves it again")
        for kind in EventKind.allCases {
            XCTAssertEqual(TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "p", thread: "t", kind: kind).kind, kind.rawValue)
        }
    }

    func testSwiftReadsOnlyFieldsThatAreWritten() throws {
        let written = Self.tracerFields(try Self.tracerSource()).union(EventField.addedByMPTutor)
        var read: [String: Set<String>] = [:]
        for (path, text) in try Self.swiftSources() {
            // Literal reads: event.int("x"), e.string("x"), $0.bool("x"), fields["x"], event["x"].
            let names = Self.captures(#"\.(?:int|string|bool)\("([a-z_]+)"\)"#, in: text)
                .union(Self.captures(#"(?:fields|event|\be|\$0)\["([a-z_]+)"\]"#, in: text))
                .union(Self.captures(#"static let \w+ = "([a-z_]+)""#, in: path.hasSuffix("Events/EventField.swift") ? text : ""))
            for name in names { read[name, default: []].insert(path) }
        }
        XCTAssertGreaterThan(read.count, 30, "the scan of Sources found too few field reads to mean anything")
        let never = read.filter { !written.contains($0.key) }
        XCTAssertEqual(never.mapValues { $0.sorted() }, [:], "Swift reads fields that nothing writes")
    }

    func testEveryDeclaredFieldIsWritten() throws {
        let written = Self.tracerFields(try Self.tracerSource()).union(EventField.addedByMPTutor)
        let file = try XCTUnwrap(try Self.swiftSources().first { $0.path.hasSuffix("Events/EventField.swift") })
        let declared = Self.captures(#"static let \w+ = "([a-z_]+)""#, in: file.text)
        XCTAssertGreaterThan(declared.count, 50, "the scan of EventField.swift found too few constants to mean anything")
        XCTAssertEqual(declared.subtracting(written).sorted(), [],
                       "EventField declares fields that neither the tracer nor mp-tutor writes (a typo, or a field the tracer dropped)")
    }

    /// Field names are declared once, in EventField: a literal read elsewhere would escape the check above.
    func testSourcesReadEventFieldsOnlyThroughEventField() throws {
        var literal: [String: Set<String>] = [:]
        for (path, text) in try Self.swiftSources() where !path.contains("TutorCore/Events/") {
            let names = Self.captures(#"(?:\be|\bevent|\$0|\?|\])\.(?:int|string|bool)\("([a-z_]+)"\)"#, in: text)
                .union(Self.captures(#"\b(?:e|event)(?:\.fields)?\["([a-z_]+)"\]"#, in: text))
            for name in names { literal[name, default: []].insert(path) }
        }
        XCTAssertEqual(literal.mapValues { $0.sorted() }, [:], "read these fields through EventField or a TraceEvent accessor")
    }
}
