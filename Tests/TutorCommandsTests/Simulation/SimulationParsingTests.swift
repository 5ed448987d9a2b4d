import XCTest
@testable import TutorCore
@testable import TutorSimulation
@testable import TutorCommands
@testable import TutorTestSupport

/// `--jobs` parsing and the `simulate scheduling` command line.
final class SimulationParsingTests: XCTestCase {
    func usageMessage(_ body: () throws -> Any) -> (message: String, hint: String)? {
        do {
            _ = try body()
            return nil
        } catch let error as MPTutorError {
            XCTAssertEqual(error.exitStatus, 64)
            guard case let .usage(message, hint) = error else { return nil }
            return (message, hint ?? "")
        } catch {
            return nil
        }
    }

    func testJobsParse() throws {
        XCTAssertEqual(try SchedulingJob.parseList("A:0:8, B:1:4"), [SchedulingJob(name: "A", arrival: 0, burst: 8),
                                                                  SchedulingJob(name: "B", arrival: 1, burst: 4)])
        XCTAssertEqual(try SchedulingJob.parseList(SchedulingJob.lessonDefaultSpec), SchedulingJob.lessonDefault)
        XCTAssertEqual(try SchedulingJob.parseList("进程1:0:3").first?.name, "进程1")
    }

    func testJobErrorsNameTheBadItem() {
        let cases: [(String, String)] = [
            ("A:0:8,B:x:4", "--jobs item 'B:x:4': arrival must be a whole number ≥ 0, found 'x'"),
            ("A:-1:8", "--jobs item 'A:-1:8': arrival must be a whole number ≥ 0, found '-1'"),
            ("A:0:0", "--jobs item 'A:0:0': burst must be a whole number ≥ 1, found '0'"),
            ("A:0:2.5", "--jobs item 'A:0:2.5': burst must be a whole number ≥ 1, found '2.5'"),
            ("A:0:8,A:1:4", "--jobs item 'A:1:4': the name 'A' is used twice; each job needs its own name"),
            ("", "--jobs needs at least one job"),
            ("A:0:8,", "--jobs item '': empty item (a stray comma?)"),
            ("A:0", "--jobs item 'A:0': expected NAME:ARRIVAL:BURST, found 2 parts"),
            (":0:3", "--jobs item ':0:3': the name is empty"),
            ("A:0:1001", "--jobs item 'A:0:1001': arrival and burst are limited to 1000 ticks"),
        ]
        for (text, expected) in cases {
            let error = usageMessage { try SchedulingJob.parseList(text) }
            XCTAssertEqual(error?.message, expected, text)
            XCTAssertTrue(error?.hint.contains("NAME:ARRIVAL:BURST") ?? false, text)
        }
    }

    func testSimulateCommandLine() throws {
        var expected = SimulationOptions()
        XCTAssertEqual(try ArgumentReader.read(["simulate", "scheduling"]), .simulate(expected))
        expected.algorithm = .rr
        expected.quantum = 4
        expected.step = true
        expected.jobs = [SchedulingJob(name: "X", arrival: 0, burst: 3)]
        expected.display.ascii = true
        expected.display.width = 60
        expected.display.step = true
        XCTAssertEqual(try ArgumentReader.read(["simulate", "scheduling", "--algo", "rr", "--quantum", "4", "--step",
                                                "--jobs", "X:0:3", "--ascii", "--width", "60"]), .simulate(expected))
        var mlfq = SimulationOptions()
        mlfq.algorithm = .mlfq
        mlfq.mlfq = MLFQSettings(quanta: [2, 4], boostInterval: 10)
        XCTAssertEqual(try ArgumentReader.read(["simulate", "scheduling", "--algo", "MLFQ", "--mlfq-quanta", "2,4", "--boost", "10"]),
                       .simulate(mlfq))
        XCTAssertEqual(mlfq.algorithms, [.multilevelFeedback(MLFQSettings(quanta: [2, 4], boostInterval: 10))])
        XCTAssertEqual(SimulationOptions().algorithms.map(\.shortName), ["FCFS", "SJF", "RR (q=2)", "MLFQ"])
    }

    func testSimulateHelp() throws {
        XCTAssertEqual(try ArgumentReader.read(["simulate", "--help"]), .help(topic: "simulate"))
        XCTAssertEqual(try ArgumentReader.read(["simulate", "scheduling", "--help"]), .help(topic: "simulate scheduling"))
        XCTAssertTrue(try HelpText.text(for: "simulate scheduling").contains("Examples:\n  mp-tutor simulate scheduling --algo all"))
        XCTAssertTrue(try HelpText.text(for: "simulate").contains("scheduling"))
        XCTAssertTrue(try HelpText.text(for: nil).contains("simulate"))
        XCTAssertTrue(ArgumentReader.commands.contains("simulate"))
    }

    func testSimulateUsageErrors() {
        let cases: [([String], String, String)] = [
            (["simulate"], "simulate needs what to simulate: scheduling", "mp-tutor simulate scheduling"),
            (["simulate", "sheduling"], "unknown simulation 'sheduling'", "Did you mean 'mp-tutor simulate scheduling'?"),
            (["simulate", "scheduling", "--algo", "rrr"], "--algo takes fcfs, sjf, rr, mlfq, all, found 'rrr'", "Did you mean '--algo rr'?"),
            (["simulate", "scheduling", "--algo", "fifo"], "--algo takes fcfs, sjf, rr, mlfq, all, found 'fifo'", "Did you mean '--algo fcfs'?"),
            (["simulate", "scheduling", "--quantum", "0"], "--quantum takes a whole number of ticks ≥ 1, found '0'", ""),
            (["simulate", "scheduling", "--quantum", "two"], "--quantum takes a whole number of ticks ≥ 1, found 'two'", ""),
            (["simulate", "scheduling", "--boost", "-3"], "--boost takes a whole number of ticks ≥ 1, found '-3'", ""),
            (["simulate", "scheduling", "--mlfq-quanta", "1,0"], "--mlfq-quanta takes 1 to 8 whole numbers ≥ 1, top level first, found '1,0'", ""),
            (["simulate", "scheduling", "--jobs", "B:x:4"], "--jobs item 'B:x:4': arrival must be a whole number ≥ 0, found 'x'", ""),
            (["simulate", "scheduling", "--quantom", "2"], "unknown option '--quantom' for 'mp-tutor simulate scheduling'", "Did you mean '--quantum'?"),
        ]
        for (arguments, message, hint) in cases {
            let error = usageMessage { try ArgumentReader.read(arguments) }
            XCTAssertEqual(error?.message, message, arguments.joined(separator: " "))
            if !hint.isEmpty { XCTAssertTrue(error?.hint.contains(hint) ?? false, "\(arguments): \(error?.hint ?? "no hint")") }
        }
    }
}
