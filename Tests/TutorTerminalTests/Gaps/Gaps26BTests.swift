import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 26B: leftovers of earlier truth-review rounds (issue 11), each on a committed recording or a script of events.
final class Gaps26BTests: XCTestCase {
    /// g26b_recv_child_starting: the parent's recv() right after start() of a child given the sending end (the parent
    /// closed its own copy) waited for the child's whole start under spawn and forkserver; no note said that its copy
    /// was in flight, so that no EOFError could come. Now one note at that recv, naming the child, en and zh; fork has none.
    func testARecvWhileAChildsCopyIsInFlightSaysItCouldNotRaiseEOFError() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g26b_recv_child_starting--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .recvCopyInFlight }
            if method == "fork" { XCTAssertEqual(notes.map(\.text), [], method); continue }
            XCTAssertEqual(notes.count, 1, "\(method): \(notes.map(\.text))")
            guard let note = notes.first else { continue }
            let recv = timeline.events[note.eventIndex]
            XCTAssertTrue(recv.is(.pipeRecv) && recv.string(EventField.error) == nil, method)
            let unpickled = try XCTUnwrap(timeline.events.first { $0.is(.pipeUnpickled) && $0.process == "sender" }, method)
            XCTAssertGreaterThan(unpickled.t, recv.t - (recv.waitedNs ?? 0), method)
            XCTAssertTrue(note.text.hasPrefix("This recv() waited "), note.text)
            XCTAssertTrue(note.text.contains(": sender had been started with a copy of Pipe#1 end B (start() pickled it for the child; the "
                                             + "child rebuilt it only after this recv() began, as its record shows)"), note.text)
            XCTAssertTrue(note.text.contains("could not raise EOFError meanwhile"), note.text)
            XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)), note.text)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .recvCopyInFlight } }
            XCTAssertTrue(zh.first?.text.contains("sender 启动时带着一份 Pipe#1 B 端的副本") == true, "\(zh.map(\.text))")
            // zh26: one concession ("无论…还是…，…都…，不管…" said it twice), the copy's "while" as 只要…就…
            XCTAssertTrue(zh.first?.text.contains("。只要这份副本还在传给启动中的子进程的途中，或已在那个子进程里打开，A 端就不会显示为已结束，无论 MainProcess 怎样处理") == true, "\(zh.map(\.text))")
        }
    }

    /// A True poll whose next receive on that end was another process's, nothing sent left unread, while a starting
    /// child's copy of the other end was in flight: gaps 24B's words said the record could not tell data from "every
    /// copy of Pipe#1 end B had been closed", an end of file that was not possible then. Now they say it was not one.
    func testATruePollThenAnothersRecvWhileACopyIsInFlightClaimsNoPossibleEOF() throws {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", EventKind.pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(1, pid: 10, process: "MainProcess", EventKind.processSpawn,
              [("child_pid", .int(20)), ("name", .string("sender")), ("method", .string("spawn")), ("target", .string("sender"))])
        s.add(2, pid: 10, process: "MainProcess", EventKind.processSpawn,
              [("child_pid", .int(30)), ("name", .string("taker")), ("method", .string("fork")), ("target", .string("taker"))])
        s.add(5, pid: 10, process: "MainProcess", EventKind.pipePoll, object: "Pipe#1",
              [("end", .string("A")), ("ready", .bool(true)), ("timeout", .double(0.5)), ("waited_ns", .int(0))])
        s.add(300, pid: 20, ppid: 10, process: "sender", EventKind.pipeUnpickled, object: "Pipe#1", [("end", .string("B"))])
        s.add(310, pid: 30, ppid: 10, process: "taker", EventKind.pipeRecv, object: "Pipe#1",
              [("end", .string("A")), ("item", .string("'x'")), ("waited_ns", .int(1_000_000))])
        let timeline = s.timeline()
        let rows = Round22MTests.rows(timeline, .pipePoll)
        XCTAssertEqual(rows.count, 1)
        XCTAssertTrue(rows.first?.contains("True, but the next recv() on this end was taker's at ") == true, "\(rows)")
        XCTAssertFalse(rows.first?.contains("had been closed") == true, "\(rows)")
        XCTAssertTrue(rows.first?.contains("not an end of file, which was not possible then (sender had been started with a copy of "
                                           + "Pipe#1 end B and rebuilt it only after this poll") == true, "\(rows)")
        let zh = Round22MTests.rows(timeline, .pipePoll, lang: .zh)
        XCTAssertTrue(zh.first?.contains("这不是文件结束，当时也不可能出现文件结束（sender 启动时带着一份 Pipe#1 B 端的副本") == true, "\(zh)")
    }

    /// r25_parking_semaphore_condition: "whose units were held in that time by car-0 and car-1 and car-3": a list of
    /// three or more now reads "a, b and c" (zh "a、b 和 c").
    func testAHolderListHasOneFinalAnd() throws {
        XCTAssertEqual(Phrase.andList(["car-0", "car-1", "car-3"]), "car-0, car-1 and car-3")
        XCTAssertEqual(Phrase.andList(["car-0", "car-1"]), "car-0 and car-1")
        XCTAssertEqual(Phrase.andList(["car-0"]), "car-0")
        XCTAssertEqual(Language.with(.zh) { Phrase.andList(["car-0", "car-1", "car-3"]) }, "car-0、car-1 和 car-3")
        var lists = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("r25_parking_semaphore_condition--\(method)")
            for note in Annotator(timeline: timeline).notes() {
                guard let range = note.text.range(of: "held in that time by ") else { continue }
                let list = String(note.text[range.upperBound...].prefix { $0 != "." && $0 != ":" && $0 != ";" && $0 != "(" })
                lists += 1
                XCTAssertLessThanOrEqual(list.components(separatedBy: " and ").count, 2, note.text)
            }
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes() }.map(\.text).filter { $0.contains("它的名额由 ") }
            for text in zh { XCTAssertTrue(text.contains(" 和 ") || !text.contains("、car"), text) }
        }
        XCTAssertGreaterThan(lists, 0)
    }
    /// g26b_select_conns_sentinels: the program's own select.select() over Pipe read ends and sentinels had no row and
    /// its time was "other". Now each is a wait named as written ("waits in select.select() until one of …"), ended by
    /// its return (no select.select() left blocked after it), its time "select.select()", en and zh; the select() on a
    /// socketpair has no row.
    func testADirectSelectOverPipeEndsAndSentinelsIsAWaitNamedAsWritten() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g26b_select_conns_sentinels--\(method)")
            let calls = timeline.events.indices.filter { timeline.events[$0].string(EventField.call) == "select.select()" }
            XCTAssertFalse(calls.isEmpty, method)
            XCTAssertFalse(calls.contains { timeline.events[$0].fields[EventField.what]?.arrayValue?.contains(.string("socket")) == true }, method)
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let replayer = StateReplayer(timeline: timeline)
            var waits = 0
            for i in calls {
                let row = describer.describe(i), e = timeline.events[i]
                XCTAssertTrue(row.contains("select.select()") && !row.contains("connection.wait()") && !row.contains("selector.select()"), row)
                let blocked = replayer.state(after: i).blocked.filter { call in
                    if case let .result(c, _) = call.target { c == "select.select()" } else { false }
                }
                if e.is(.connectionWait) {
                    waits += 1
                    // (a read list of one object: "until X is ready", gaps 27B)
                    XCTAssertTrue(row.hasPrefix("waits in select.select() until "), row)
                    XCTAssertEqual(blocked.count, 1, row)
                    XCTAssertTrue(blocked.first?.what.contains("select.select()") == true, "\(blocked.map(\.what))")
                    let zh = Language.with(.zh) { describer.describe(i) }
                    XCTAssertTrue(zh.hasPrefix("在 select.select() 中等待 "), zh)
                } else {
                    XCTAssertEqual(blocked.count, 0, "\(method): \(row)")
                }
            }
            XCTAssertGreaterThan(waits, 0, method)
            let main = ProcessTimeAnalysis(timeline).processes.first { $0.name == "MainProcess" }
            XCTAssertGreaterThan(main?.waits.first { $0.reason == "select.select()" }?.ns ?? 0, 0, "\(method): \(String(describing: main?.waits))")
        }
    }
}
