import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

final class ArgumentReaderTests: XCTestCase {
    private func read(_ args: String) throws -> Command {
        try ArgumentReader.read(args.split(separator: " ").map(String.init))
    }

    private func assertUsage(_ args: [String], _ message: String, hint: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        assertMPTutorError(try ArgumentReader.read(args), file: file, line: line) { error in
            guard case let .usage(actual, actualHint) = error else { return XCTFail("not usage: \(error)", file: file, line: line) }
            XCTAssertEqual(actual, message, file: file, line: line)
            if let hint { XCTAssertEqual(actualHint, hint, file: file, line: line) }
        }
    }

    func testHelpAndVersion() throws {
        XCTAssertEqual(try ArgumentReader.read([]), .help(topic: nil))
        XCTAssertEqual(try read("--help"), .help(topic: nil))
        XCTAssertEqual(try read("-h"), .help(topic: nil))
        XCTAssertEqual(try read("help"), .help(topic: nil))
        XCTAssertEqual(try read("help trace"), .help(topic: "trace"))
        XCTAssertEqual(try read("--version"), .version)
        XCTAssertEqual(try read("-V"), .version)
        XCTAssertEqual(try read("lesson --help"), .help(topic: "lesson"))
        XCTAssertEqual(try read("replay -h"), .help(topic: "replay"))
        XCTAssertEqual(try read("trace --help"), .help(topic: "trace"))
        XCTAssertEqual(try read("check --help"), .help(topic: "check"))
        XCTAssertEqual(try read("list --help"), .help(topic: "list"))
    }

    func testLessonWithEveryOption() throws {
        let command = try read("lesson pool-async --variant with-lock --set workers=4 --set tasks=12 --record out.jsonl --text-only "
            + "--python /usr/bin/python3.12 --timeout 2.5 --start-method spawn --seed 7 --color never --ascii --width 100 --show-helpers")
        var options = LessonRunOptions()
        options.variant = "with-lock"
        options.settings = ["workers=4", "tasks=12"]
        options.record = "out.jsonl"
        options.textOnly = true
        options.run.python = "/usr/bin/python3.12"
        options.run.timeout = 2.5
        options.run.startMethod = "spawn"
        options.run.seed = 7
        options.display.color = .never
        options.display.ascii = true
        options.display.width = 100
        options.display.hideInfrastructure = false
        XCTAssertEqual(command, .lesson(id: "pool-async", options))
    }

    func testLessonWithoutIdAndNoRunAlias() throws {
        XCTAssertEqual(try read("lesson"), .lesson(id: nil, LessonRunOptions()))
        guard case let .lesson(_, options) = try read("lesson x --no-run --colour always") else { return XCTFail() }
        XCTAssertTrue(options.textOnly)
        XCTAssertEqual(options.display.color, .always)
    }

    func testReplay() throws {
        var display = DisplayOptions()
        display.width = 40
        XCTAssertEqual(try read("replay pool-async --variant v --width 40"), .replay(target: "pool-async", variant: "v", display))
        XCTAssertEqual(try read("replay -"), .replay(target: "-", variant: nil, DisplayOptions()))
        assertUsage(["replay"], "replay needs a lesson id or a transcript file")
        assertUsage(["replay", "a", "b"], "unexpected argument 'b'", hint: "See 'mp-tutor replay --help'.")
    }

    func testTracePassesEverythingAfterTheScriptToTheScript() throws {
        var run = RunOptions()
        run.timeout = 5
        XCTAssertEqual(try read("trace --timeout 5 my.py --timeout 9 --workers 3 -v"),
                       .trace(script: "my.py", arguments: ["--timeout", "9", "--workers", "3", "-v"], run, DisplayOptions(), record: nil))
        XCTAssertEqual(try read("trace --record r.jsonl -- -weird.py a"),
                       .trace(script: "-weird.py", arguments: ["a"], RunOptions(), DisplayOptions(), record: "r.jsonl"))
        XCTAssertEqual(try read("trace x.py"), .trace(script: "x.py", arguments: [], RunOptions(), DisplayOptions(), record: nil))
        assertUsage(["trace"], "trace needs a Python script to run")
        assertUsage(["trace", "--"], "trace needs a Python script to run")
        assertUsage(["trace", "--timeout", "3"], "trace needs a Python script to run")
    }

    func testCheck() throws {
        var run = RunOptions()
        run.startMethod = "forkserver"
        XCTAssertEqual(try read("check a b --variant v --start-method forkserver"), .check(ids: ["a", "b"], all: false, variant: "v", settings: [], run, recordDirectory: nil))
        XCTAssertEqual(try read("check --all"), .check(ids: [], all: true, variant: nil, settings: [], RunOptions(), recordDirectory: nil))
        XCTAssertEqual(try read("check --all --record-dir t"), .check(ids: [], all: true, variant: nil, settings: [], RunOptions(), recordDirectory: "t"))
        XCTAssertEqual(try read("check pool-async --set workers=2 --set tasks=4"),
                       .check(ids: ["pool-async"], all: false, variant: nil, settings: ["workers=2", "tasks=4"], RunOptions(), recordDirectory: nil))
        assertUsage(["check", "--all", "--set", "workers=2"], "--set changes one lesson's parameters: name the lesson instead of --all")
        assertUsage(["check", "a", "--set", "x=1", "--record-dir", "t"], "--record-dir records lessons as written, not with --set")
        assertUsage(["check", "a", "--set"], "--set needs a value")
        assertUsage(["check"], "check needs a lesson id or --all", hint: "e.g. 'mp-tutor check pool-async'.")
        assertUsage(["check", "--variant", "v"], "check needs a lesson id or --all")
        assertUsage(["check", "a", "--width", "80"], "unknown option '--width' for 'mp-tutor check'")
    }

    func testList() throws {
        var display = DisplayOptions()
        display.ascii = true
        XCTAssertEqual(try read("list --ascii"), .list(display))
        assertUsage(["list", "extra"], "unexpected argument 'extra'")
        assertUsage(["list", "--timeout", "3"], "unknown option '--timeout' for 'mp-tutor list'")
    }

    func testUnknownCommandSuggests() {
        assertUsage(["lesosn"], "unknown command 'lesosn'", hint: "Did you mean 'mp-tutor lesson'? See 'mp-tutor --help'.")
        assertUsage(["frobnicate"], "unknown command 'frobnicate'", hint: "See 'mp-tutor --help'.")
    }

    func testUnknownOptionSuggests() {
        assertUsage(["lesson", "x", "--varient", "v"], "unknown option '--varient' for 'mp-tutor lesson'",
                    hint: "Did you mean '--variant'? See 'mp-tutor lesson --help'.")
        assertUsage(["trace", "--timout", "3", "x.py"], "unknown option '--timout' for 'mp-tutor trace'",
                    hint: "Did you mean '--timeout'? See 'mp-tutor trace --help'.")
        assertUsage(["lesson", "a", "b"], "unexpected argument 'b'")
    }

    func testMissingValues() {
        assertUsage(["lesson", "x", "--set"], "--set needs a value")
        assertUsage(["lesson", "x", "--variant", "--ascii"], "--variant needs a value")
        assertUsage(["replay", "x", "--width"], "--width needs a value")
        assertUsage(["trace", "--record"], "--record needs a value")
        assertUsage(["check", "--all", "--python"], "--python needs a value")
    }

    func testBadColor() {
        assertUsage(["list", "--color", "blue"], "--color takes auto, always or never, found 'blue'")
    }

    func testBadTimeout() {
        assertUsage(["lesson", "pool-async", "--timeout", "0"], "--timeout takes a positive number of seconds, found '0'")
        assertUsage(["trace", "--timeout", "-1", "x.py"], "--timeout takes a positive number of seconds, found '-1'")
        assertUsage(["trace", "--timeout", "soon", "x.py"], "--timeout takes a positive number of seconds, found 'soon'")
        assertUsage(["trace", "--timeout", "inf", "x.py"], "--timeout takes a positive number of seconds, found 'inf'")
    }

    func testTraceTimeoutZeroOrNoneTurnsTheWatchdogOffModuleAndDoubleDash() throws {
        for off in ["0", "none", "NONE"] {
            guard case let .trace(_, _, run, _, _) = try read("trace --timeout \(off) x.py") else { return XCTFail() }
            XCTAssertTrue(run.noWatchdog)
            XCTAssertNil(run.timeout)
        }
        guard case let .trace(_, _, later, _, _) = try read("trace --timeout 0 --timeout 5 x.py") else { return XCTFail() }
        XCTAssertFalse(later.noWatchdog, "the last --timeout wins")
        XCTAssertEqual(later.timeout, 5)
        guard case let .trace(module, arguments, run, _, _) = try read("trace -m pkg.tool --size 3") else { return XCTFail() }
        XCTAssertEqual(module, "pkg.tool")
        XCTAssertEqual(arguments, ["--size", "3"])
        XCTAssertTrue(run.module)
        assertUsage(["trace", "-m"], "-m needs a module name")
        guard case let .trace(script, rest, _, _, _) = try read("trace -- -x.py --timeout 3") else { return XCTFail() }
        XCTAssertEqual(script, "-x.py")
        XCTAssertEqual(rest, ["--timeout", "3"])
        guard case let .trace(dash, _, _, _, _) = try read("trace -") else { return XCTFail() }
        XCTAssertEqual(dash, "-", "- is standard input, as for python3")
    }

    func testBadWidth() {
        assertUsage(["list", "--width", "39"], "--width takes a number of columns from 40 to 1000, found '39'")
        assertUsage(["list", "--width", "1001"], "--width takes a number of columns from 40 to 1000, found '1001'")
        assertUsage(["list", "--width", "wide"], "--width takes a number of columns from 40 to 1000, found 'wide'")
        XCTAssertNoThrow(try read("list --width 40"))
        XCTAssertNoThrow(try read("list --width 1000"))
    }

    func testBadStartMethodAndSeed() {
        assertUsage(["check", "--all", "--start-method", "thread"], "--start-method takes fork, spawn or forkserver, found 'thread'")
        assertUsage(["check", "--all", "--seed", "1.5"], "--seed takes a whole number, found '1.5'")
    }

    func testUsageExitStatus() {
        XCTAssertEqual(MPTutorError.usage("x").exitStatus, 64)
    }
}
