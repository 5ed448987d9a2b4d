import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 5, part A of the truth review (docs/truth-review.md): the built binary on corpus programs whose
/// timelines said something false, each checked against what really happened.
final class TruthRound5AIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// An unpicklable argument never reached a worker; an unpicklable result was returned, then could not be sent.
    func testUnpicklableArgumentAndResultAreSaidAsTheyHappened() throws {
        let (screen, _) = try trace("r5a_futures_unpicklable.py", "fork")
        XCTAssertTrue(screen.contains("work item 0 never reached a worker: sending it failed (PicklingError"), screen)
        XCTAssertTrue(screen.contains("✗ work item 1 returned, but its result could not be sent back: TypeError: cannot pickle"), screen)
        XCTAssertFalse(screen.contains("✗ work item 1 raised"), screen)
        XCTAssertTrue(screen.contains("3 work items submitted, 2 ran (ForkProcess-1 2), 2 results came back on its manager thread (1 of them an exception "
                                      + "in place of the value: the item returned something its worker could not pickle), 1 never reached a worker (could not be sent)"), screen)
    }

    /// Workers forked from a ThreadPoolExecutor thread exit 1 after run() returned (untraced too): the exit names what
    /// escaped the cleanup instead of guessing.
    func testAWorkerForkedFromAnExecutorThreadNamesWhyItExitedOne() throws {
        let (screen, transcript) = try trace("r5a_futures_nested_executors.py", "fork")
        let exits = transcript.events.filter { $0.is(.processExit) && $0.string(EventField.error) != nil }
        XCTAssertEqual(exits.count, 2, screen)
        XCTAssertTrue(screen.contains("exited, code 1: RuntimeError: cannot join current thread was raised in multiprocessing's cleanup after run()"), screen)
        XCTAssertFalse(screen.contains("an uncaught exception, or sys.exit(1)"), screen)
    }

    /// A manager's start is stamped when its server is up, with the wait; a call after its shutdown made no round trip.
    func testManagerStartAndAFailedConnectionAreTrue() throws {
        let (screen, transcript) = try trace("r5a_manager_shutdown_client.py", "spawn")
        let create = try XCTUnwrap(transcript.events.first { $0.is(.managerCreate) })
        let serverStart = try XCTUnwrap(transcript.events.first { $0.is(.processStart) && $0.pid == Int32(create.serverPid ?? 0) })
        XCTAssertGreaterThan(create.t, serverStart.t)
        XCTAssertTrue(screen.contains("(start() waited"), screen)
        XCTAssertTrue(screen.contains("list#1.append(2) raised BrokenPipeError (no answer: the connection to the manager failed)"), screen)
    }

    /// map() over a generator: the submission row comes after the generator's own prints (map makes a list first).
    func testMapOverAGeneratorIsSubmittedAfterTheGeneratorRan() throws {
        let (screen, _) = try trace("r5a_pool_map_generator.py", "fork")
        let lines = screen.split(separator: "\n").map(String.init)
        let yield2 = try XCTUnwrap(lines.firstIndex { $0.contains("print \"yield 2\"") }, screen)
        let submit = try XCTUnwrap(lines.firstIndex { $0.contains("map → task 0 (3 chunks)") }, screen)
        XCTAssertLessThan(yield2, submit, screen)
    }
}
