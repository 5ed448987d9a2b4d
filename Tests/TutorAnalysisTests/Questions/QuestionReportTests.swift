import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class QuestionReportTests: XCTestCase {
    private func value(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let timeline = Fixtures.poolRun().timeline()
        do {
            return ClaimEvaluator(timeline: timeline).value(of: try ClaimParser.parseValue(query)).value.map(ClaimEvaluator.show)
        } catch {
            XCTFail("cannot parse '\(query)': \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func lesson(_ questions: String) throws -> Lesson {
        try LessonParser.parse("---\nid: demo\ntitle: Demo\ndemo: demo.py\nparams:\n  - name: workers\n    default: 2\n"
            + "questions:\n" + questions + "\n---\n# Demo\n", file: "lessons/demo/demo.md")
    }

    func testValueQueriesReadTheRun() {
        XCTAssertEqual(value("max_concurrent_tasks"), "2")
        XCTAssertEqual(value("first(pool.callback, process)"), "MainProcess")
        XCTAssertEqual(value("first(pool.callback, thread_role)"), "_handle_results")
        XCTAssertEqual(value("first(pool.result, job)"), "1", "task 1 was shorter, so its result came first")
        XCTAssertEqual(value("last(pool.task.end, result)"), "4")
        XCTAssertEqual(value("values(pool.task.start, process)"), "ForkPoolWorker-1, ForkPoolWorker-2")
        XCTAssertEqual(value("first(print where text ~ results, text)"), "results: [0, 1, 4]")
        XCTAssertEqual(value("count(pool.callback)"), "3")
        XCTAssertNil(value("first(pool.callback where process == nobody, process)"), "no matching event, no value")
        XCTAssertEqual(value("count(pool.callback where process == nobody)"), "0")
    }

    func testFirstAsAValueAndAsAnOrderInClaims() throws {
        let timeline = Fixtures.poolRun().timeline()
        let evaluator = ClaimEvaluator(timeline: timeline)
        XCTAssertTrue(evaluator.evaluate(try ClaimParser.parse("first(pool.result, job) == 1")).passed)
        XCTAssertFalse(evaluator.evaluate(try ClaimParser.parse("first(pool.result, job) == 0")).passed)
        XCTAssertTrue(evaluator.evaluate(try ClaimParser.parse("first pool.submit before first pool.result")).passed)
    }

    func testQueriesThatAreNotValuesAreRefused() {
        for bad in ["", "3", "\"text\"", "max_concurrent_tasks <= 3", "first(pool.callback)", "first pool.callback", "count(print) extra"] {
            XCTAssertThrowsError(try ClaimParser.parseValue(bad), "'\(bad)' is not a value query")
        }
    }

    func testQuestionsParseWithLinesChoicesAndVariants() throws {
        let l = try lesson("""
          - ask: How many at once?
            answer: max_concurrent_tasks
            choices: ["1", "{workers}"]
          - ask: "Where does the callback run?"
            answer: first(pool.callback, process)
            variants: [default]
        """)
        XCTAssertEqual(l.questions.count, 2)
        XCTAssertEqual(l.questions[0].choices, ["1", "{workers}"])
        XCTAssertEqual(l.questions[0].line, 10)
        XCTAssertEqual(l.questions[1].choices, [])
        XCTAssertEqual(l.questions[1].variants, ["default"])
    }

    func testBadQuestionsNameTheirLine() {
        let cases: [(String, Int, String)] = [
            ("  - ask: Q\n    answer: max_concurrent_tasks <= 2", 10, "cannot be read"),
            ("  - ask: Q\n    answer: busiest_worker", 10, "unknown metric"),
            ("  - ask: Q", 9, "needs 'ask'"),
            ("  - ask: Q\n    answer: children\n    hint: no", 11, "unknown key 'hint'"),
            ("  - ask: Q\n    answer: children\n    variants: [nope]", 9, "unknown variant"),
        ]
        for (text, line, words) in cases {
            assertMPTutorError(try lesson(text)) { error in
                guard let parts = error.badInputParts else { return XCTFail("not badInput: \(error)") }
                XCTAssertEqual(parts.line, line, parts.message)
                XCTAssertTrue(parts.message.contains(words), parts.message)
            }
        }
    }

    func testRevealMarksTheChoiceTheRunShowed() throws {
        let l = try lesson("""
          - ask: How many at once, with {workers} workers?
            answer: max_concurrent_tasks
            choices: ["1", "{workers}", "3"]
          - ask: Which thread?
            answer: first(pool.callback, thread_role)
            choices: [MainThread, QueueFeederThread]
          - ask: Which process printed nothing?
            answer: first(print where process == nobody, process)
        """)
        let report = QuestionReport(lesson: l, variant: nil, parameters: ["workers": "2"], timeline: Fixtures.poolRun().timeline())
        XCTAssertEqual(report.reveals.map(\.ask)[0], "How many at once, with 2 workers?")
        XCTAssertEqual(report.reveals[0].choices, ["1", "2", "3"])
        XCTAssertEqual(report.reveals[0].correctChoice, 1)
        XCTAssertTrue(report.reveals[0].isCorrect(" 2.0 "))
        XCTAssertFalse(report.reveals[0].isCorrect("3"))
        XCTAssertEqual(report.reveals[1].answer, "_handle_results")
        XCTAssertNil(report.reveals[1].correctChoice, "no choice is the run's answer: the reveal must say so")
        XCTAssertTrue(report.reveals[1].isCorrect("_HANDLE_results"))
        XCTAssertNil(report.reveals[2].answer)
        XCTAssertNotNil(report.reveals[2].problem)
        XCTAssertFalse(report.answeredAll)
    }

    /// Every lesson asks 1 to 3 questions, and each is answered on the lesson's recorded runs.
    func testEveryLessonsQuestionsAreAnsweredByItsTranscripts() throws {
        let catalog = try LessonCatalog(root: BinaryHarness.repoRoot)
        XCTAssertGreaterThanOrEqual(catalog.lessons.count, 40)
        for lesson in catalog.lessons {
            XCTAssertTrue((1...3).contains(lesson.questions.count), "\(lesson.id) asks \(lesson.questions.count) questions")
            let defaults = Dictionary(lesson.parameters.map { ($0.name, $0.defaultValue) }) { a, _ in a }
            for variant in [nil] + lesson.variants.map(\.id) {
                let path = catalog.transcriptPath(for: lesson.id, variant: variant)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
                let report = QuestionReport(lesson: lesson, variant: variant, parameters: defaults, timeline: timeline)
                XCTAssertFalse(report.reveals.isEmpty, "\(lesson.id) \(variant ?? "default") asks nothing")
                for reveal in report.reveals {
                    XCTAssertNotNil(reveal.answer, "\(lesson.id) \(variant ?? ""): \(reveal.ask): \(reveal.problem ?? "")")
                    if !reveal.choices.isEmpty {
                        XCTAssertNotNil(reveal.correctChoice, "\(lesson.id) \(variant ?? ""): \(reveal.ask): \(reveal.answer ?? "") is no choice")
                    }
                }
            }
        }
    }
}

final class ChineseQuestionsTests: XCTestCase {
    /// A Chinese lesson asks the same questions as its English one: the same queries, variants and number
    /// of choices, with the question in Chinese (a choice that is a value of the run stays as it is).
    func testEveryChineseLessonAsksTheEnglishQuestionsInChinese() throws {
        let catalog = try LessonCatalog(root: BinaryHarness.repoRoot)
        var checked = 0
        for lesson in catalog.lessons {
            let path = BinaryHarness.repoRoot + "/lessons/\(lesson.id)/zh/\(lesson.id).md"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let chinese = try LessonParser.load(path: path)
            XCTAssertEqual(chinese.questions.map(\.answer), lesson.questions.map(\.answer), lesson.id)
            XCTAssertEqual(chinese.questions.map(\.variants), lesson.questions.map(\.variants), lesson.id)
            XCTAssertEqual(chinese.questions.map(\.choices.count), lesson.questions.map(\.choices.count), lesson.id)
            for (zh, en) in zip(chinese.questions.flatMap(\.choices), lesson.questions.flatMap(\.choices))
            where en.contains("{") || en.allSatisfy({ $0.isASCII && !$0.isWhitespace }) {
                XCTAssertEqual(zh, en, "\(lesson.id): a choice that is a value of the run stays as it is")
            }
            for question in chinese.questions {
                XCTAssertTrue(question.ask.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(lesson.id): '\(question.ask)' is not Chinese")
            }
            checked += 1
        }
        XCTAssertEqual(checked, catalog.lessons.count, "every lesson has its Chinese file")
    }

    func testAChineseLessonRevealsUnderChineseHeadings() throws {
        let lesson = try LessonParser.load(path: BinaryHarness.repoRoot + "/lessons/event-basics/zh/event-basics.md")
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/event-basics.jsonl"))
        let report = QuestionReport(lesson: lesson, variant: nil, parameters: ["waiters": "3"], timeline: timeline)
        XCTAssertEqual(report.reveals.map(\.answer), ["1", "False"])
        XCTAssertTrue(report.reveals[0].ask.hasPrefix("要叫醒全部 3 个等待者"))
    }
}
