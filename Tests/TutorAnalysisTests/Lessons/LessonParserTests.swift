import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class LessonParserTests: XCTestCase {
    private let file = "lessons/demo/demo.md"

    private func lesson(_ front: String, body: String = "# Demo\ntext") -> String { "---\n" + front + "\n---\n" + body }

    private let minimal = "id: demo\ntitle: Demo\ndemo: demo.py"

    private func assertError(_ text: String, line: Int?, contains words: [String], file: StaticString = #filePath, fileLine: UInt = #line) {
        assertMPTutorError(try LessonParser.parse(text, file: self.file), file: file, line: fileLine) { error in
            guard let parts = error.badInputParts else { return XCTFail("not badInput: \(error)", file: file, line: fileLine) }
            XCTAssertEqual(parts.file, self.file, file: file, line: fileLine)
            XCTAssertEqual(parts.line, line, parts.message, file: file, line: fileLine)
            for word in words { XCTAssertTrue(parts.message.contains(word), "'\(word)' not in: \(parts.message)", file: file, line: fileLine) }
        }
    }

    func testRealLesson() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/pool-async/pool-async.md").path
        let lesson = try LessonParser.load(path: path)
        XCTAssertEqual(lesson.id, "pool-async")
        XCTAssertEqual(lesson.title, "Pool.apply_async: many tasks, a few workers")
        XCTAssertEqual(lesson.unit, "C Pool")
        XCTAssertEqual(lesson.seeds, ["001 §5 apply_async", "003 multiprocessing.Pool", "004 Pool examples"])
        XCTAssertEqual(lesson.demo, "demo.py")
        XCTAssertTrue(lesson.demoPath.hasSuffix("lessons/pool-async/demo.py"))
        XCTAssertEqual(lesson.timeout, 30)
        XCTAssertEqual(lesson.parameters.map(\.name), ["workers", "tasks", "seconds"])
        XCTAssertEqual(lesson.parameters.map(\.kind), [.int, .int, .float])
        XCTAssertEqual(lesson.parameters[0].minimum, 1)
        XCTAssertEqual(lesson.parameters[0].maximum, 6)
        XCTAssertEqual(lesson.parameters[2].defaultValue, "0.5")
        XCTAssertEqual(lesson.claims.count, 5)
        XCTAssertEqual(lesson.claims.map(\.line), [27, 29, 31, 33, 35])
        XCTAssertEqual(lesson.claims[3].check, "all pool.callback: role == main and thread ~ _handle_results")
        XCTAssertEqual(lesson.notes.count, 4)
        XCTAssertEqual(lesson.notes.map(\.line), [37, 39, 41, 43])
        XCTAssertEqual(lesson.questions.map(\.answer), ["max_concurrent_tasks", "first(pool.callback, process)", "task_workers"])
        XCTAssertEqual(lesson.questions[0].choices, ["1", "2", "{workers}", "{tasks}"])
        XCTAssertEqual(lesson.bodyLine, 55)
        XCTAssertTrue(lesson.body.hasPrefix("# Pool.apply_async"))
    }

    func testMinimalLessonDefaults() throws {
        let l = try LessonParser.parse(lesson(minimal), file: file)
        XCTAssertEqual(l.timeout, 30)
        XCTAssertEqual(l.directory, "lessons/demo")
        XCTAssertEqual(l.parameters, [])
        XCTAssertEqual(l.body, "# Demo\ntext")
        XCTAssertEqual(l.bodyLine, 6)
    }

    func testNoFrontMatter() {
        assertError("# Just markdown\n", line: 1, contains: ["front matter"])
    }

    func testUnclosedFrontMatter() {
        assertError("---\nid: demo\ntitle: x\n", line: 1, contains: ["not closed"])
    }

    func testFrontMatterErrorsKeepTheirFileLine() {
        assertError(lesson(minimal + "\nunit:\tC"), line: 5, contains: ["tabs"])
        assertError(lesson("id: demo\nid: again"), line: 3, contains: ["twice"])
    }

    func testUnknownKey() {
        assertError(lesson(minimal + "\nauthor: me"), line: 5, contains: ["unknown key 'author'"])
    }

    func testMissingRequiredKeys() {
        assertError(lesson("title: Demo\ndemo: demo.py"), line: 2, contains: ["needs 'id'"])
        assertError(lesson("id: demo\ndemo: demo.py"), line: 2, contains: ["needs 'title'"])
        assertError(lesson("id: demo\ntitle: Demo\nunit: x\ndemo:"), line: 5, contains: ["needs 'demo'"])
    }

    func testBadTimeout() {
        assertError(lesson(minimal + "\ntimeout: soon"), line: 5, contains: ["timeout", "'soon'"])
        assertError(lesson(minimal + "\ntimeout: 0"), line: 5, contains: ["timeout"])
    }

    func testBadClaimCheckNamesTheCheckLine() {
        let front = minimal + "\nclaims:\n  - say: something\n    check: max_concurrent_tasks <<= 3"
        assertError(lesson(front), line: 7, contains: ["cannot be read"])
    }

    func testUnknownMetric() {
        let front = minimal + "\nclaims:\n  - say: something\n    check: max_tasks <= 3"
        assertError(lesson(front), line: 7, contains: ["unknown metric 'max_tasks'"])
    }

    func testClaimWithoutCheck() {
        assertError(lesson(minimal + "\nclaims:\n  - say: something"), line: 6, contains: ["needs 'say'"])
    }

    func testClaimUsesParameterDefaultsWhenValidated() throws {
        let front = minimal + "\nparams:\n  - name: workers\n    default: 3\nclaims:\n  - say: at most {workers}\n    check: max_concurrent_tasks <= {workers}"
        let l = try LessonParser.parse(lesson(front), file: file)
        XCTAssertEqual(l.claims.first?.check, "max_concurrent_tasks <= {workers}")
        XCTAssertEqual(l.claims.first?.text, "at most {workers}")
    }

    func testBadNoteSelector() {
        let front = minimal + "\nnotes:\n  - when: print where text\n    say: hello"
        assertError(lesson(front), line: 6, contains: ["selector", "cannot be read"])
    }

    func testNoteSelectorMayUseAParameter() throws {
        let front = minimal + "\nparams:\n  - name: workers\n    default: 3\nnotes:\n  - when: pool.task.start where index >= {workers}\n    say: late"
        let l = try LessonParser.parse(lesson(front), file: file)
        XCTAssertEqual(l.notes.first?.when, "pool.task.start where index >= {workers}")
    }

    func testUnknownVariantInAClaim() {
        let front = minimal + "\nvariants:\n  - id: with-lock\nclaims:\n  - say: x\n    check: tasks_done == 1\n    variants: [with-lok]"
        assertError(lesson(front), line: 8, contains: ["unknown variant 'with-lok'"])
    }

    func testVariantsAndParameterTypes() throws {
        let front = minimal + """

        params:
          - name: n
            default: 3
          - name: speed
            default: 0.5
          - name: mode
            default: fast
          - name: forced
            default: 4
            type: string
        variants:
          - id: with-lock
            summary: with a lock
            args: [--lock]
        notes:
          - when: print
            say: hi
            once: true
            variants: [with-lock]
        """
        let l = try LessonParser.parse(lesson(front), file: file)
        XCTAssertEqual(l.parameters.map(\.kind), [.int, .float, .string, .string])
        XCTAssertEqual(l.variants, [LessonVariant(id: "with-lock", summary: "with a lock", arguments: ["--lock"])])
        XCTAssertEqual(l.notes.first?.once, true)
        XCTAssertEqual(l.notes.first?.variants, ["with-lock"])
    }

    func testBadParameterType() {
        let front = minimal + "\nparams:\n  - name: n\n    default: 3\n    type: integer"
        assertError(lesson(front), line: 8, contains: ["int, float or string"])
    }

    func testDefaultNamesTheRunWithoutAVariant() {
        XCTAssertTrue(LessonVariant.applies([], to: nil))
        XCTAssertTrue(LessonVariant.applies([], to: "fast"))
        XCTAssertTrue(LessonVariant.applies(["default"], to: nil))
        XCTAssertFalse(LessonVariant.applies(["default"], to: "fast"))
        XCTAssertTrue(LessonVariant.applies(["default", "fast"], to: "fast"))
        XCTAssertFalse(LessonVariant.applies(["fast"], to: nil))
    }
}
