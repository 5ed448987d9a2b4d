import Foundation
import XCTest
@testable import TutorTestSupport

/// The built binary with `--lang zh` over its commands, help pages and error cases: no line it prints may hold
/// three English words in a row outside code, API names, paths and the program's own text.
///
/// A word is a token of letters only (`the`, `Pool`); API names (`apply_async`, `ForkPoolWorker-1`, `BrokenProcessPool`,
/// `shutdown(wait=True)`), options, paths and numbers are not words. What a program or a file said (quoted in "…",
/// '…', “…”, `…`, and a Python exception's message) is the program's, not mp-tutor's.
final class ChineseInterfaceCoverageTests: XCTestCase {
    private var project: TemporaryFolder!

    override func setUpWithError() throws {
        project = try TemporaryFolder()
    }

    override func tearDown() { project.remove() }

    func testHelpPagesSpeakChinese() throws {
        var cases: [[String]] = [["--help"], ["help"]]
        for command in ["lesson", "replay", "present", "quiz", "export", "trace", "check", "list", "progress", "simulate"] {
            cases.append([command, "--help"])
        }
        cases.append(["simulate", "scheduling", "--help"])
        try expectChinese(cases)
    }

    func testCommandLineMistakesAreReportedInChinese() throws {
        try expectChinese([
            ["lesson", "no-such-lesson"], ["list", "--bogus"], ["lessen"], ["lesson", "pool-async", "--set", "bogus=1"],
            ["lesson", "pool-async", "--set", "workers=0"], ["lesson", "pool-async", "--variant", "nope"],
            ["lesson", "pool-async", "--width", "x"], ["lesson", "pool-async", "--color", "sometimes"],
            ["replay"], ["replay", "/nonexistent/run.jsonl"], ["replay", "pool-async", "--variant", "nope"],
            ["present"], ["present", "no-such-lesson"], ["present", "pool-async", "--speed", "0"],
            ["present", "pool-async", "--replay", "--variant", "nope"], ["present", "pool-async", "--replay", "--set", "workers=2"],
            ["quiz", "no-such-lesson"], ["quiz", "--bogus"],
            ["export"], ["export", "pool-async"], ["export", "pool-async", "--html", "/nonexistent/folder/page.html"],
            ["export", "pool-async", "--perfetto", "/nonexistent/folder/t.json"], ["export", "pool-async", "--cast", "/nonexistent/c.cast"],
            ["trace"], ["trace", "/nonexistent/script.py"], ["trace", "--python", "/nonexistent/python3", "x.py"],
            ["trace", "--record", project.path, "x.py"], ["check"], ["check", "no-such-lesson"],
            ["--lessons"], ["--lessons", "/nonexistent/lessons", "list"], ["help", "nothing"],
            ["simulate"], ["simulate", "sheduling"], ["simulate", "scheduling", "--algo", "fifo"],
            ["simulate", "scheduling", "--quantum", "0"], ["simulate", "scheduling", "--mlfq-quanta", "0,x"],
            ["simulate", "scheduling", "--jobs", ""], ["simulate", "scheduling", "--jobs", "A:0"], ["simulate", "scheduling", "--jobs", "A:x:1"],
            ["simulate", "scheduling", "--jobs", "A:0:0"], ["simulate", "scheduling", "--jobs", "A:0:1,A:1:1"],
            ["simulate", "scheduling", "--jobs", "A:0:1,"], ["simulate", "scheduling", "--jobs", "NAME_TOO_WIDE:0:1"],
            ["simulate", "scheduling", "--jobs", "A:0:5000"], ["simulate", "scheduling", "--bogus"],
        ], expectFailure: true)
    }

    func testBrokenTranscriptsAreReportedInChineseNamingFileAndLine() throws {
        let header = #"{"format":"mp-tutor-transcript","version":1,"python":"3.11.7","cpus":2}"#
        let event = #"{"seq":1,"t":5,"pid":10,"process":"MainProcess","kind":"process.start"}"#
        let broken: [String: String] = [
            "empty.jsonl": "", "not-json.jsonl": header + "\n{oops\n", "no-format.jsonl": "{\"version\":1}\n",
            "newer.jsonl": #"{"format":"mp-tutor-transcript","version":99}"# + "\n", "array.jsonl": "[1,2]\n",
            "seq-order.jsonl": header + "\n" + event + "\n" + event + "\n",
            "no-kind.jsonl": header + "\n" + #"{"seq":1,"t":5,"pid":10}"# + "\n",
            "bad-escape.jsonl": header + "\n" + #"{"seq":1,"t":5,"pid":10,"kind":"x\q"}"# + "\n",
            "after-trailer.jsonl": header + "\n" + #"{"trailer":true,"event_count":0}"# + "\n" + event + "\n",
            "binary.jsonl": "\u{0}\u{1}\u{2}",
        ]
        var cases: [[String]] = []
        for (name, text) in broken.sorted(by: { $0.key < $1.key }) { cases.append(["replay", try project.write(name, text)]) }
        let fixtures = BinaryHarness.repoRoot + "/Tests/Fixtures/bad-transcripts"
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures).sorted() where name.hasSuffix(".jsonl") {
            cases.append(["replay", fixtures + "/" + name])
        }
        let outputs = try expectChinese(cases, expectFailure: true)
        // Still file and line: the Chinese frame keeps "path:line:".
        XCTAssertTrue(outputs.contains { $0.contains(project.path + "/not-json.jsonl:2:") }, outputs.joined(separator: "\n"))
    }

    func testBrokenLessonFilesAreReportedInChineseNamingFileAndLine() throws {
        let lessons: [String: String] = [
            "no-front": "# just a title\n", "open-front": "---\nid: open-front\n", "tabs": "---\nid: tabs\n\ttitle: x\n---\n",
            "timeout": "---\nid: timeout\ntitle: T\ndemo: demo.py\ntimeout: inf\n---\n",
            "claim": "---\nid: claim\ntitle: T\ndemo: demo.py\nclaims:\n  - say: x\n    check: count(pool.task.start) <=\n---\n",
            "unknown-key": "---\nid: unknown-key\ntitle: T\ndemo: demo.py\ncolour: red\n---\n",
            "question": "---\nid: question\ntitle: T\ndemo: demo.py\nquestions:\n  - ask: why?\n---\n",
            "params": "---\nid: params\ntitle: T\ndemo: demo.py\nparams:\n  - name: n\n    default: 5\n    min: 9\n    max: 1\n---\n",
            "wrong-id": "---\nid: other\ntitle: T\ndemo: demo.py\n---\n",
            "twice": "---\nid: twice\nid: twice\ntitle: T\ndemo: demo.py\n---\n",
            "note": "---\nid: note\ntitle: T\ndemo: demo.py\nnotes:\n  - when: \"pool.task.start where\"\n    say: x\n---\n",
        ]
        for (id, text) in lessons { try project.write("lessons/\(id)/\(id).md", text) }
        try project.write("lessons/index.md", "## Unit\n" + lessons.keys.sorted().map { "- \($0)\n" }.joined())
        let env: [String: String?] = ["MP_TUTOR_HOME": project.path]
        var cases: [[String]] = [["list"]]
        for id in lessons.keys.sorted() { cases.append(["lesson", id, "--text-only"]) }
        let outputs = try expectChinese(cases, environment: env, expectFailure: true)
        XCTAssertTrue(outputs.contains { $0.contains(project.path + "/lessons/timeout/timeout.md:5:") }, outputs.joined(separator: "\n"))
    }

    func testRunsAndSimulationsSpeakChinese() throws {
        try expectChinese([
            ["replay", "pool-async", "--width", "100"], ["replay", "futures-vs-pool", "--width", "100"],
            ["replay", "futures-vs-pool", "--width", "100", "--variant", "spawn"],
            ["replay", BinaryHarness.repoRoot + "/Tests/Fixtures/contention.jsonl", "--width", "120"],
            ["list"], ["progress"], ["simulate", "scheduling", "--algo", "all", "--width", "100"],
            ["export", "pool-async", "--html", project.path + "/p.html", "--perfetto", project.path + "/p.json",
             "--cast", project.path + "/p.cast"],
            ["check", BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl", BinaryHarness.repoRoot + "/transcripts/futures-vs-pool.jsonl"],
        ])
    }
}

private extension ChineseInterfaceCoverageTests {
    /// Runs each case in Chinese and fails for every printed line with an English run; returns each case's output.
    @discardableResult
    func expectChinese(_ cases: [[String]], environment: [String: String?] = [:], expectFailure: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        var outputs: [String] = []
        var env = environment
        env["MP_TUTOR_LANG"] = "zh"
        env["PATH"] = env["PATH"] ?? ProcessInfo.processInfo.environment["PATH"]
        for arguments in cases {
            let result = try BinaryHarness.run(arguments + ["--color", "never"], environment: env, timeout: 60)
            let output = result.stdout + result.stderr
            outputs.append(output)
            if expectFailure {
                XCTAssertNotEqual(result.status, .exited(0), "\(arguments) should fail", file: file, line: line)
            }
            XCTAssertNotNil(output.range(of: "\\p{Han}", options: .regularExpression), "\(arguments): nothing Chinese in \(output)",
                            file: file, line: line)
            for printed in output.split(separator: "\n") {
                if let run = Self.englishRun(in: String(printed)) {
                    XCTFail("\(arguments.joined(separator: " ")): English “\(run)” in: \(printed)", file: file, line: line)
                }
            }
        }
        return outputs
    }

    /// Names and terms that stay English in Chinese text.
    static let allowed = ["Chrome Trace Event JSON", "JSON Lines", "East Asian Width"]

    /// The operating system's own error messages (strerror), which mp-tutor passes on as the reason.
    static let systemMessages = (1..<134).map { String(cString: strerror(Int32($0))) }.filter { !$0.hasPrefix("Unknown error") }

    /// Quoted text is the program's or the file's; so is a Python exception's message.
    static let quoted = try! NSRegularExpression(pattern: #""[^"]*("|…)|'[^']*'|“[^”]*”|`[^`]*`|\b[A-Z][A-Za-z]*(Error|Exception|Interrupt|Exit)\b:.*$"#)
    static let word = try! NSRegularExpression(pattern: #"^\(?[A-Za-z][a-z]*[,.;:!?)]*$"#)

    /// The first run of three or more English words in `line` outside what is allowed, if any.
    static func englishRun(in line: String) -> String? {
        var text = line
        for name in allowed + systemMessages { text = text.replacingOccurrences(of: name, with: " | ") }
        text = quoted.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " | ")
        // Runs never cross Chinese text or full-width punctuation: split there.
        for segment in text.split(whereSeparator: { !$0.isASCII || $0 == "|" }) {
            let tokens = segment.split(separator: " ").map(String.init) + [""]
            var run: [String] = []
            for token in tokens {
                let isWord = !token.isEmpty && word.firstMatch(in: token, range: NSRange(token.startIndex..., in: token)) != nil
                if isWord { run.append(token); continue }
                // A list of single names (`fcfs, sjf, rr`, lesson ids, keys) is names, not a sentence.
                let isList = run.dropLast().allSatisfy { $0.hasSuffix(",") }
                if run.count >= 3, !isList { return run.joined(separator: " ") }
                run = []
            }
        }
        return nil
    }
}
