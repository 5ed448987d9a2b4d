import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 34 (issue 11): programs shaped like the questions people post about multiprocessing when it surprises them;
/// each finding on the committed recording of the round's program, and the rule's edges on hand-made events.
final class Round34Tests: XCTestCase {
    /// r34_map_vs_imap_slow_reader (fork): Pool.map() over a generator that prints "map read line i" as it yields. The
    /// nine print rows came before "map → task 0 (3 chunks)" and nothing said they ran inside map(); "map() of task 0
    /// returned after 6 ms" read as the call's length (it was called 0.47 s before). The tracer now gives the time the
    /// call spent listing the generator (`listed_ns`) and a note says where the rows ran and how long the call took.
    func testAMapOfAGeneratorSaysItListedTheGeneratorFirst() throws {
        let timeline = try Round22MTests.timeline("r34_map_vs_imap_slow_reader--fork")
        let events = timeline.events
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .mapListedGenerator }
        XCTAssertEqual(notes.count, 1, "\(notes)")
        let submit = try XCTUnwrap(notes.first?.eventIndex)
        XCTAssertEqual(events[submit].method, "map")
        XCTAssertEqual(events[submit].job, 0)
        let listed = try XCTUnwrap(events[submit].int(EventField.listedNs))
        let start = events[submit].t - listed
        // the rows the note counts: the nine "map read line" prints, all of the main thread, between the call and the task
        let inside = events[..<submit].filter { $0.t >= start && $0.pid == events[submit].pid && $0.thread == "MainThread" }
        XCTAssertEqual(inside.count, 9)
        XCTAssertTrue(inside.allSatisfy { $0.string(EventField.text)?.hasPrefix("  map read line") == true }, "\(inside)")
        let text = try XCTUnwrap(notes.first?.text)
        XCTAssertTrue(text.hasPrefix("map() was given a generator: before it sends any task, it makes the whole generator into a list, "
            + "running the generator's own code in the thread that called it (MainProcess). That took \(Format.duration(ns: listed)): from "
            + "\(Format.seconds(start)), when map() was called, to \(Format.seconds(events[submit].t)), when the generator was exhausted "
            + "and task 0 was made. The 9 rows of this thread in that time ran inside map()"), text)
        let get = try XCTUnwrap(timeline.indices(of: .poolGet).first { events[$0].job == 0 })
        XCTAssertTrue(text.contains(" map() returned at \(Format.seconds(events[get].t)), \(Format.duration(ns: events[get].t - start)) "
            + "after it was called: \(Format.duration(ns: listed)) making the list, then "), text)
        XCTAssertTrue(text.hasSuffix("so the first tasks can run while the generator is still being read."), text)
        let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .mapListedGenerator } }
        XCTAssertTrue(zh.first?.text.hasPrefix("map() 收到的是一个生成器：在发出任何任务之前，它先把整个生成器变成一个列表") == true, "\(zh)")
        XCTAssertTrue(zh.first?.text.contains("这段时间里这个线程的 9 行都发生在 map() 内部") == true, "\(zh)")
    }

    /// The rule's edges: map_async() returns at once, so its note says nothing of a return; a submission without
    /// `listed_ns` (an older recording, a list given, imap) gets no note; the count is of the submitting thread's rows only.
    func testTheListingNoteNeedsTheFieldAndSaysAReturnOnlyForABlockingMap() {
        func notes(method: String, listed: Int64?) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
            s.add(20, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("read 0"))])
            s.add(25, pid: 201, process: "ForkPoolWorker-1", .print, [("stream", .string("stdout")), ("text", .string("elsewhere"))])
            s.add(30, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("read 1"))])
            var fields: [(String, JSONValue)] = [("job", .int(0)), ("func", .string("f")), ("args", .string("<generator>")),
                                                 ("chunks", .int(1)), ("method", .string(method))]
            if let listed { fields.append(("listed_ns", .int(listed))) }
            s.add(40, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", fields)
            s.add(41, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("call", .string("\(method)()"))])
            s.add(50, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1", [("job", .int(0)), ("ok", .bool(true)), ("waited_ns", .int(9_000_000))])
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .mapListedGenerator }
        }
        let map = notes(method: "map", listed: 30_000_000)
        XCTAssertEqual(map.count, 1)
        XCTAssertTrue(map.first?.text.contains("That took 30 ms: from 0.010 s, when map() was called, to 0.040 s") == true, "\(map)")
        XCTAssertTrue(map.first?.text.contains("The 2 rows of this thread in that time ran inside map()") == true, "\(map)")
        XCTAssertTrue(map.first?.text.contains(" map() returned at 0.050 s, 40 ms after it was called: 30 ms making the list, then 10 ms") == true, "\(map)")
        let async = notes(method: "map_async", listed: 30_000_000)
        XCTAssertEqual(async.count, 1)
        XCTAssertFalse(async.first?.text.contains("returned at") ?? true, "\(async)")
        XCTAssertEqual(notes(method: "map", listed: nil).count, 0)
        XCTAssertEqual(notes(method: "map", listed: 0).count, 0)
    }

    /// r34_join_timeout_big_results (spawn): join(SpawnProcess-1, timeout=1) gave up while SpawnProcess-1 was still
    /// importing the program as __mp_main__ (its "is up" at 1.557 s, its "started" at 2.014 s, after the give-up). The
    /// note said only that what it did after its last event is not in the record; the record shows it had not begun
    /// run(). The note now says so; the join that gave up on the blocked SpawnProcess-3 keeps its own note.
    func testAJoinThatGaveUpOnAChildStillStartingSaysSo() throws {
        let timeline = try Round22MTests.timeline("r34_join_timeout_big_results--spawn")
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .joinGaveUpChildUnrecorded }
        XCTAssertEqual(notes.count, 1, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("the last event its main thread recorded before this was at 1.557 s: “")
            == true, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("What it did after that is not in the record: code "
            + "that runs, or that waits in a call the tracer does not record, writes nothing until it reaches one that is recorded. It had "
            + "not begun run(): that last event is its start-up (up at 1.557 s, importing r34_join_timeout_big_results.py as __mp_main__, "
            + "which a spawn or forkserver child does before run()), so the join gave up on a child still starting. The next event that "
            + "thread recorded came at 2.014 s: “") == true, "\(notes)")
        let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .joinGaveUpChildUnrecorded } }
        XCTAssertTrue(zh.first?.text.contains("它还没有进入 run()：那最后一个事件就是它的启动阶段（1.557 s 启动") == true, "\(zh)")
        // the fork recording's joins gave up on children blocked in their queue's feeder join: no such note
        let fork = try Round22MTests.timeline("r34_join_timeout_big_results--fork")
        XCTAssertFalse(Annotator(timeline: fork).notes().contains { $0.text.contains("It had not begun run(): that last event") })
    }
}
