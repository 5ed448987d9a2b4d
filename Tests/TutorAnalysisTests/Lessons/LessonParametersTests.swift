import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class LessonParametersTests: XCTestCase {
    private func lesson(_ params: String = """
      - name: workers
        default: 3
        min: 1
        max: 6
        help: how many workers
      - name: seconds
        default: 0.5
        min: 0.1
      - name: label
        default: plain
    """) throws -> Lesson {
        try LessonParser.parse("---\nid: demo\ntitle: Demo\ndemo: demo.py\nparams:\n\(params)\n---\n", file: "lessons/demo/demo.md")
    }

    private func assertUsage(_ overrides: [String], contains words: [String], hint: String? = nil,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        let l = try lesson()
        assertMPTutorError(try LessonParameters(lesson: l, overrides: overrides), file: file, line: line) { error in
            guard case let .usage(message, actualHint) = error else { return XCTFail("not usage: \(error)", file: file, line: line) }
            for word in words { XCTAssertTrue(message.contains(word), "'\(word)' not in: \(message)", file: file, line: line) }
            if let hint { XCTAssertEqual(actualHint, hint, file: file, line: line) }
            XCTAssertEqual(error.exitStatus, 64, file: file, line: line)
        }
    }

    func testDefaults() throws {
        let p = try LessonParameters(lesson: try lesson(), overrides: [])
        XCTAssertEqual(p.values.map(\.name), ["workers", "seconds", "label"])
        XCTAssertEqual(p["workers"], "3")
        XCTAssertEqual(p.arguments, ["--workers", "3", "--seconds", "0.5", "--label", "plain"])
        XCTAssertEqual(p.json, JSONObject([("workers", .string("3")), ("seconds", .string("0.5")), ("label", .string("plain"))]))
        XCTAssertEqual(p.dictionary, ["workers": "3", "seconds": "0.5", "label": "plain"])
    }

    func testOverrides() throws {
        let p = try LessonParameters(lesson: try lesson(), overrides: ["workers=6", "seconds=2.5", "label=a=b c", "workers=1"])
        XCTAssertEqual(p.arguments, ["--workers", "1", "--seconds", "2.5", "--label", "a=b c"])
    }

    func testUnknownNameListsTheParameters() throws {
        try assertUsage(["wrokers=3"], contains: ["has no parameter 'wrokers'", "'demo'"], hint: "Its parameters: workers, seconds, label.")
    }

    func testNoEqualsSign() throws {
        try assertUsage(["workers"], contains: ["name=value", "'workers'"])
    }

    func testOutOfBounds() throws {
        try assertUsage(["workers=7"], contains: ["--set workers=7", "must be at least 1 and at most 6"], hint: "workers: how many workers")
        try assertUsage(["workers=0"], contains: ["must be at least 1 and at most 6"])
        try assertUsage(["seconds=0.05"], contains: ["must be at least 0.1"])
    }

    func testWrongType() throws {
        try assertUsage(["workers=2.5"], contains: ["expected a whole number, at least 1 and at most 6"])
        try assertUsage(["workers=many"], contains: ["expected a whole number"])
        try assertUsage(["seconds=slow"], contains: ["expected a number"])
    }

    func testLessonWithoutParameters() throws {
        let l = try LessonParser.parse("---\nid: demo\ntitle: Demo\ndemo: demo.py\n---\n", file: "x/demo/demo.md")
        assertMPTutorError(try LessonParameters(lesson: l, overrides: ["x=1"])) { error in
            XCTAssertEqual(error.hint, "This lesson has no parameters.")
        }
    }

    func testFill() {
        XCTAssertEqual(LessonParameters.fill("at most {workers} of {tasks}, {other}", with: ["workers": "3", "tasks": "10"]),
                       "at most 3 of 10, {other}")
        XCTAssertEqual(LessonParameters.fill("{a}{a}", with: ["a": "x"]), "xx")
    }
}

final class LessonCatalogTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func writeLesson(folder name: String, id: String, unit: String) throws {
        try folder.write("lessons/\(name)/\(name).md", "---\nid: \(id)\ntitle: T \(id)\nunit: \(unit)\ndemo: demo.py\n---\n# \(id)\n")
    }

    func testLoadsLessonsInIndexOrderThenById() throws {
        try writeLesson(folder: "queue-basics", id: "queue-basics", unit: "B Queues")
        try writeLesson(folder: "pool-async", id: "pool-async", unit: "C Pool")
        try writeLesson(folder: "fork-intro", id: "fork-intro", unit: "A Start")
        try folder.write("lessons/notes/readme.txt", "not a lesson")
        XCTAssertEqual(try LessonCatalog(root: folder.path).lessons.map(\.id), ["fork-intro", "pool-async", "queue-basics"],
                       "without lessons/index.md: by id")
        try folder.write("lessons/index.md", "# order\n\n## Pools first\n\n- pool-async\n- not-written\n\n## Then\n\n- fork-intro\n")
        let catalog = try LessonCatalog(root: folder.path)
        XCTAssertEqual(catalog.lessons.map(\.id), ["pool-async", "fork-intro", "queue-basics"], "index order, then the rest by id")
        XCTAssertEqual(catalog.units.map(\.name), ["Pools first", "Then"])
        XCTAssertEqual(catalog.units.first?.ids, ["pool-async", "not-written"])
        XCTAssertEqual(catalog.unit(of: try catalog.lesson("fork-intro")), "Then")
        XCTAssertEqual(catalog.unit(of: try catalog.lesson("queue-basics")), "B Queues", "not in the index: its own unit")
        XCTAssertEqual(try catalog.lesson("pool-async").unit, "C Pool")
        XCTAssertEqual(catalog.transcriptPath(for: "pool-async"), folder.path + "/transcripts/pool-async.jsonl")
        XCTAssertEqual(catalog.transcriptPath(for: "pool-async", variant: "with-lock"), folder.path + "/transcripts/pool-async--with-lock.jsonl")
    }

    func testIdMustMatchFolder() throws {
        try writeLesson(folder: "pool-async", id: "pool-sync", unit: "C")
        assertMPTutorError(try LessonCatalog(root: folder.path)) { error in
            XCTAssertEqual(error.badInputParts?.file, folder.path + "/lessons/pool-async/pool-async.md")
            XCTAssertEqual(error.badInputParts?.line, 2)
            XCTAssertTrue(error.message.contains("'pool-sync' must match the folder name 'pool-async'"), error.message)
        }
    }

    func testBrokenLessonIsAnError() throws {
        try folder.write("lessons/bad/bad.md", "no front matter\n")
        assertMPTutorError(try LessonCatalog(root: folder.path)) { error in
            XCTAssertEqual(error.badInputParts?.line, 1)
        }
    }

    func testUnknownLessonSuggestsTheClosest() throws {
        try writeLesson(folder: "pool-async", id: "pool-async", unit: "C")
        try writeLesson(folder: "queue-basics", id: "queue-basics", unit: "B")
        let catalog = try LessonCatalog(root: folder.path)
        assertMPTutorError(try catalog.lesson("pool-asycn")) { error in
            XCTAssertEqual(error.message, "unknown lesson 'pool-asycn'")
            XCTAssertEqual(error.hint, "Did you mean 'pool-async'? See 'mp-tutor list' for all lessons.")
        }
        assertMPTutorError(try catalog.lesson("zzzzzzzzzzzzzz")) { error in
            XCTAssertEqual(error.hint, "See 'mp-tutor list' for all lessons.")
        }
    }

    func testNoLessonsFolder() throws {
        XCTAssertEqual(try LessonCatalog(root: folder.path).lessons.count, 0)
    }
}
