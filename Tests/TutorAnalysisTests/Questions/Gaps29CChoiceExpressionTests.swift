import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 29C: a question's right answer must be among its choices for every input the lesson allows. pool-map's
/// "How many tasks did map make?" offered "1", "{chunksize}", "4", "{items}": for 12 items in chunks of 0 (map's own
/// size, 2 with 2 workers) the run made 6 tasks and no choice said so. Choices may now compute: `{ceil(items / ...)}`.
final class Gaps29CChoiceExpressionTests: XCTestCase {
    /// The number of tasks Pool.map makes, as CPython 3.11's `Pool._map_async` computes it, in whole numbers.
    private func mapTasks(items: Int, chunksize: Int, workers: Int) -> Int {
        var size = chunksize
        if size == 0 {
            let (quotient, extra) = items.quotientAndRemainder(dividingBy: workers * 4)
            size = quotient + (extra > 0 ? 1 : 0)
        }
        return (items + size - 1) / size
    }

    private func lesson(_ id: String, zh: Bool) throws -> Lesson {
        try LessonParser.load(path: "\(BinaryHarness.repoRoot)/lessons/\(id)/\(zh ? "zh/" : "")\(id).md")
    }

    func testPoolMapOffersMapsTaskCountForEveryInputTheLessonAllows() throws {
        for zh in [false, true] {
            let lesson = try lesson("pool-map", zh: zh)
            var misses: [String] = []
            for workers in 2...4 { for items in 6...30 { for chunksize in 0...4 {
                let parameters = ["workers": String(workers), "items": String(items), "chunksize": String(chunksize), "seconds": "0.1"]
                let choices = try XCTUnwrap(QuestionReport.questions(of: lesson, variant: nil, parameters: parameters).first).choices
                let tasks = String(mapTasks(items: items, chunksize: chunksize, workers: workers))
                if !choices.contains(tasks) { misses.append("workers=\(workers) items=\(items) chunksize=\(chunksize): \(tasks) not in \(choices)") }
            } } }
            XCTAssertEqual(misses, [], "zh: \(zh), \(misses.count) inputs")
        }
    }

    /// futures-vs-pool calls `pool.map(f, items)` without a chunksize: 16 items on 2 workers make 8 chunks of 2,
    /// and the choices were 1, 4, 2, 16.
    func testFuturesVsPoolOffersMapsOwnChunkCountForEveryInput() throws {
        for zh in [false, true] {
            let lesson = try lesson("futures-vs-pool", zh: zh)
            for workers in 2...4 { for items in 6...16 {
                let choices = try XCTUnwrap(QuestionReport.questions(of: lesson, variant: nil, parameters: ["workers": String(workers), "items": String(items)]).first).choices
                XCTAssertTrue(choices.contains(String(mapTasks(items: items, chunksize: 0, workers: workers))), "workers=\(workers) items=\(items): \(choices)")
            } }
        }
    }

    /// process-states and ticket-race count processes that did something a run decides: every count from 0 (or 1)
    /// to the parameter is a choice, listed once.
    func testCountsTheRunDecidesHaveEveryPossibleValueAsAChoice() throws {
        let states = try lesson("process-states", zh: false)
        for workers in 3...8 {
            let choices = try XCTUnwrap(QuestionReport.questions(of: states, variant: nil, parameters: ["workers": String(workers), "cpu": "0.4"]).first).choices
            XCTAssertEqual(choices, (0...workers).map(String.init))
        }
        let race = try lesson("ticket-race", zh: true)
        for buyers in 2...8 {
            let choices = try XCTUnwrap(QuestionReport.questions(of: race, variant: "without-lock", parameters: ["buyers": String(buyers)]).first).choices
            XCTAssertEqual(choices, (1...buyers).map(String.init))
        }
    }

    func testTheExpressionLanguage() throws {
        let values = ["items": "12", "chunksize": "5", "workers": "3", "seconds": "0.25", "name": "x"]
        XCTAssertEqual(try ChoiceExpression.fill("{ceil(items / chunksize)}", with: values), "3")
        XCTAssertEqual(try ChoiceExpression.fill("{items // chunksize} r {items % chunksize}", with: values), "2 r 2")
        XCTAssertEqual(try ChoiceExpression.fill("{-7 % 3}", with: values), "2")  // Python's sign
        XCTAssertEqual(try ChoiceExpression.fill("{0 or workers * 2 - 1}", with: values), "5")
        XCTAssertEqual(try ChoiceExpression.fill("{seconds * 3}", with: values), "0.75")
        XCTAssertEqual(try ChoiceExpression.fill("{max(1, min(items, 4), abs(-2))} {floor(2.5)} {round(2.5)}", with: values), "4 2 2")
        XCTAssertEqual(try ChoiceExpression.fill("{name} {unknown}", with: values), "x {unknown}")
        for (bad, says) in [("{items / 0}", "divides by zero"), ("{eval(items)}", "no function \"eval\""),
                            ("{__import__(\"os\")}", "is not expected here"), ("{items +}", "ends where"), ("{(items}", "\")\" is missing"),
                            ("{items items}", "not expected"), ("{name + 1}", "not a numeric parameter"),
                            ("{\(String(repeating: "(", count: 20))1\(String(repeating: ")", count: 20))}", "nest at most 16"),
                            ("{\(String(repeating: "-", count: 40))1}", "nest at most 16"),
                            ("{\(String(repeating: "1+", count: 120))1}", "at most 200 characters"),
                            ("{1e300 * 1e300}", "out of range"), ("{min(1)}", "cannot take 1 argument")] {
            XCTAssertThrowsError(try ChoiceExpression.fill(bad, with: values), bad) { error in
                XCTAssertTrue((error as? ClaimParser.Failure)?.message.contains(says) == true, "\(bad): \(error)")
            }
        }
    }

    /// A choice that divides by a parameter that may be 0 is refused as the lesson is read, naming its file, line
    /// and the value that breaks it.
    func testABadExpressionIsRefusedWhenTheLessonIsReadNamingFileAndLine() throws {
        let text = "---\nid: demo\ntitle: Demo\ndemo: demo.py\nparams:\n  - name: chunksize\n    default: 3\n    min: 0\n    max: 4\n"
            + "  - name: items\n    default: 12\nquestions:\n  - ask: \"How many?\"\n    answer: tasks_started\n"
            + "    choices: [\"1\", \"{ceil(items / chunksize)}\"]\n---\n# Demo\n"
        XCTAssertThrowsError(try LessonParser.parse(text, file: "lessons/demo/demo.md")) { error in
            let message = (error as? MPTutorError)?.message ?? ""
            XCTAssertTrue(message.contains("lessons/demo/demo.md:15"), message)
            XCTAssertTrue(message.contains("divides by zero when chunksize = 0, items = 12"), message)
        }
        let fixed = text.replacingOccurrences(of: "items / chunksize", with: "items / (chunksize or 4)")
        let lesson = try LessonParser.parse(fixed, file: "lessons/demo/demo.md")
        XCTAssertEqual(QuestionReport.questions(of: lesson, variant: nil, parameters: ["chunksize": "0", "items": "12"]).first?.choices, ["1", "3"])
    }
}
