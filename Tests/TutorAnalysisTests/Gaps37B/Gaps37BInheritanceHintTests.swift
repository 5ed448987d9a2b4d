import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 37B (gaps 35A's item 3): a Lock or Queue given to a Pool task as an argument makes its result a RuntimeError
/// ("Lock objects should only be shared between processes through inheritance"); the row said the task never reached
/// a worker, and nothing said how a worker does get such an object. A hint at the first such result of each pool.
final class Gaps37BInheritanceHintTests: XCTestCase {
    private static func corpus(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    private static func hints(_ timeline: Timeline) -> [Note] {
        Annotator(timeline: timeline).notes().filter { $0.kind == .inheritanceOnlyHint }
    }

    func testATaskArgumentSharedOnlyByInheritanceGetsTheInitializerHint() throws {
        let cases = [("r33_csv_lock_starmap", "Lock"), ("r20_lock_as_pool_arg", "Lock"), ("r17_queue_arg_to_pool_task", "Queue")]
        for (program, type) in cases {
            for method in ["fork", "spawn", "forkserver"] {
                let name = "\(program)--\(method)"
                guard FileManager.default.fileExists(atPath: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl") else { continue }
                let timeline = try Self.corpus(name)
                let hints = Self.hints(timeline)
                // one a pool: the pools whose results carry that RuntimeError
                let pools = Set(timeline.events.filter { $0.is(.poolResult) && $0.ok == false
                    && $0.string(EventField.message)?.contains("objects should only be shared between processes through inheritance") == true }.compactMap(\.object))
                XCTAssertEqual(hints.count, pools.count, name)
                let hint = try XCTUnwrap(hints.first, name)
                let at = timeline.events[hint.eventIndex]
                XCTAssertTrue(at.is(.poolResult) && at.ok == false && at.string(EventField.error) == "RuntimeError", name)
                XCTAssertEqual(timeline.events[..<hint.eventIndex].filter { $0.is(.poolResult) && $0.object == at.object && $0.ok == false
                    && $0.string(EventField.error) == "RuntimeError" }.count, 0, "\(name): the first such result")
                XCTAssertTrue(hint.text.hasPrefix("A \(type) object cannot travel as an argument of a task of \(at.object ?? "?"): "), "\(name): \(hint.text)")
                XCTAssertTrue(hint.text.contains("Pool(initializer=f, initargs=(obj,))"), hint.text)
                let zh = try Language.with(.zh) { try XCTUnwrap(Self.hints(timeline).first?.text) }
                XCTAssertTrue(zh.hasPrefix("\(type) 对象不能作为 \(at.object ?? "?") 任务的参数传过去"), "\(name): \(zh)")
            }
        }
    }

    func testOtherErrorsGetNoHint() throws {
        XCTAssertNil(GenericRules.inheritanceOnlyType("RuntimeError: cannot pickle 'Lock' object"))
        XCTAssertEqual(GenericRules.inheritanceOnlyType("RuntimeError: Synchronized objects should only be shared between processes through inheritance"), "Synchronized")
        XCTAssertNil(GenericRules.inheritanceOnlyType("RuntimeError: <a b> objects should only be shared between processes through inheritance"))
        for method in ["fork", "spawn", "forkserver"] {
            XCTAssertEqual(Self.hints(try Self.corpus("r36t_exitstack_unwinds--\(method)")).count, 0, method)
        }
    }
}
