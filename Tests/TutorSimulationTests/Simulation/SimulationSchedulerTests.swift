import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorSimulation
@testable import TutorTestSupport

/// The scheduler against textbook cases worked by hand; the work is in the comment above each expectation.
final class SimulationSchedulerTests: XCTestCase {
    func job(_ name: String, _ arrival: Int, _ burst: Int) -> SchedulingJob {
        SchedulingJob(name: name, arrival: arrival, burst: burst)
    }

    func run(_ jobs: [SchedulingJob], _ algorithm: SchedulingAlgorithm) -> ScheduleResult {
        Scheduler.run(jobs, algorithm)
    }

    func slice(_ name: String, _ from: Int, _ to: Int) -> ScheduleSlice {
        ScheduleSlice(job: name, from: from, to: to)
    }

    /// (start, finish) per job, in the order given.
    func times(_ result: ScheduleResult) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: result.statistics.map { ($0.job.name, [$0.start, $0.finish]) })
    }

    func mlfq(boost: Int = 1000) -> SchedulingAlgorithm {
        .multilevelFeedback(MLFQSettings(quanta: [1, 2, 4], boostInterval: boost))
    }

    // MARK: FCFS

    func testFCFSConvoyEffect() {
        // P1:0:24, P2:0:3, P3:0:3 all arrive at 0; FCFS keeps the given order.
        //   P1 0-24, P2 24-27, P3 27-30
        //   waiting = start - arrival here (no preemption): 0, 24, 27 → 51 / 3 = 17.00
        //   turnaround = finish - arrival: 24, 27, 30 → 81 / 3 = 27.00
        let convoy = run([job("P1", 0, 24), job("P2", 0, 3), job("P3", 0, 3)], .firstComeFirstServed)
        XCTAssertEqual(convoy.slices, [slice("P1", 0, 24), slice("P2", 24, 27), slice("P3", 27, 30)])
        XCTAssertEqual(convoy.statistics.map(\.waiting), [0, 24, 27])
        XCTAssertEqual(convoy.statistics.map(\.turnaround), [24, 27, 30])
        XCTAssertEqual(convoy.formattedAverage(\.waiting), "17.00")
        XCTAssertEqual(convoy.formattedAverage(\.turnaround), "27.00")
        // The short jobs first: P2 0-3, P3 3-6, P1 6-30 → waiting 0, 3, 6 → 3.00; turnaround 3, 6, 30 → 13.00.
        let shortFirst = run([job("P2", 0, 3), job("P3", 0, 3), job("P1", 0, 24)], .firstComeFirstServed)
        XCTAssertEqual(shortFirst.slices, [slice("P2", 0, 3), slice("P3", 3, 6), slice("P1", 6, 30)])
        XCTAssertEqual(shortFirst.formattedAverage(\.waiting), "3.00")
        XCTAssertEqual(shortFirst.formattedAverage(\.turnaround), "13.00")
    }

    func testFCFSGoesByArrivalNotByTheOrderGiven() {
        // Given B first but A arrives earlier: A 0-2, B 2-5 (B waits 2 - 1 = 1).
        let result = run([job("B", 1, 3), job("A", 0, 2)], .firstComeFirstServed)
        XCTAssertEqual(result.slices, [slice("A", 0, 2), slice("B", 2, 5)])
        XCTAssertEqual(result.statistics.map(\.job.name), ["B", "A"], "statistics stay in the order given")
        XCTAssertEqual(result.statistics.map(\.waiting), [1, 0])
    }

    // MARK: SJF

    func testSJFNonPreemptiveWithATieBrokenByArrival() {
        // A:0:7, B:2:4, C:4:1, D:5:4.
        //   t=0 only A → A 0-7 (not preempted by the shorter arrivals).
        //   t=7 ready B(4, arrived 2), C(1), D(4, arrived 5) → C 7-8.
        //   t=8 B and D both need 4: tie → earlier arrival, B 8-12, then D 12-16.
        //   waiting: A 0, B 12-2-4 = 6, C 8-4-1 = 3, D 16-5-4 = 7 → 16 / 4 = 4.00
        //   turnaround: 7, 10, 4, 11 → 32 / 4 = 8.00; response: 0, 6, 3, 7
        let result = run([job("A", 0, 7), job("B", 2, 4), job("C", 4, 1), job("D", 5, 4)], .shortestJobFirst)
        XCTAssertEqual(result.slices, [slice("A", 0, 7), slice("C", 7, 8), slice("B", 8, 12), slice("D", 12, 16)])
        XCTAssertEqual(result.statistics.map(\.waiting), [0, 6, 3, 7])
        XCTAssertEqual(result.statistics.map(\.turnaround), [7, 10, 4, 11])
        XCTAssertEqual(result.statistics.map(\.response), [0, 6, 3, 7])
        XCTAssertEqual(result.averageWaiting, 4)
        XCTAssertEqual(result.averageTurnaround, 8)
    }

    func testSJFTieOnBurstAndArrivalGoesByTheOrderGiven() {
        // X 0-1; at t=1 Q and P both arrived at 1 with burst 3: Q was given first → Q 1-4, P 4-7.
        let result = run([job("X", 0, 1), job("Q", 1, 3), job("P", 1, 3)], .shortestJobFirst)
        XCTAssertEqual(result.slices, [slice("X", 0, 1), slice("Q", 1, 4), slice("P", 4, 7)])
    }

    // MARK: RR

    func testRoundRobinQuantum2ArrivalQueuesBeforeThePreemptedJob() {
        // q = 2; A:0:5, B:1:3, C:2:1.
        //   t=0 A starts.            t=1 B arrives: [B]
        //   t=2 C arrives first: [B C], then A's quantum ends: [B C A]; B runs 2-4.
        //   t=4 B's quantum ends: [C A B]; C runs 4-5 and finishes.
        //   t=5 A runs 5-7 (4 of 5 done). t=7 A to the back: [B A]; B runs 7-8, finishes.
        //   t=8 A runs 8-9, finishes.
        //   finish A 9, B 8, C 5 → turnaround 9, 7, 3 = 19 / 3 = 6.33; waiting 4, 4, 2 = 10 / 3 = 3.33
        //   response 0, 1, 2
        let result = run([job("A", 0, 5), job("B", 1, 3), job("C", 2, 1)], .roundRobin(quantum: 2))
        XCTAssertEqual(result.slices, [slice("A", 0, 2), slice("B", 2, 4), slice("C", 4, 5), slice("A", 5, 7),
                                       slice("B", 7, 8), slice("A", 8, 9)])
        XCTAssertEqual(times(result), ["A": [0, 9], "B": [2, 8], "C": [4, 5]])
        XCTAssertEqual(result.statistics.map(\.waiting), [4, 4, 2])
        XCTAssertEqual(result.statistics.map(\.response), [0, 1, 2])
        XCTAssertEqual(result.formattedAverage(\.turnaround), "6.33")
        XCTAssertEqual(result.formattedAverage(\.waiting), "3.33")
        // At t=2 the queue behind the running B is C then A: the arrival went first.
        let atTwo = result.snapshots[2]
        XCTAssertEqual(atTwo.running, "B")
        XCTAssertEqual(atTwo.queues, [["C", "A"]])
        XCTAssertEqual(atTwo.events, ["C arrives", "A's quantum ends: back of the ready queue", "B starts"])
    }

    func testRoundRobinQuantum4WithAJobFinishingExactlyAtTheQuantumEnd() {
        // q = 4; A:0:6, B:1:4, C:4:2.
        //   t=0 A runs 0-4.  t=1 B arrives: [B].
        //   t=4 C arrives: [B C]; A's quantum ends (2 left): [B C A]; B runs 4-8.
        //   t=8 B has had its 4 ticks: it finishes exactly at the quantum's end and is not queued again; C runs 8-10.
        //   t=10 A runs 10-12.
        //   finish A 12, B 8, C 10 → turnaround 12, 7, 6 = 25 / 3 = 8.33; waiting 6, 3, 4 = 13 / 3 = 4.33
        let result = run([job("A", 0, 6), job("B", 1, 4), job("C", 4, 2)], .roundRobin(quantum: 4))
        XCTAssertEqual(result.slices, [slice("A", 0, 4), slice("B", 4, 8), slice("C", 8, 10), slice("A", 10, 12)])
        XCTAssertEqual(result.statistics.map(\.turnaround), [12, 7, 6])
        XCTAssertEqual(result.statistics.map(\.waiting), [6, 3, 4])
        XCTAssertEqual(result.formattedAverage(\.turnaround), "8.33")
        XCTAssertEqual(result.formattedAverage(\.waiting), "4.33")
        XCTAssertEqual(result.snapshots[4].queues, [["C", "A"]])
        XCTAssertEqual(result.snapshots[8].events, ["B finishes", "C starts"])
        XCTAssertEqual(result.snapshots[8].queues, [["A"]], "B does not come back")
        XCTAssertEqual(result.snapshots[8].finished, ["B"])
    }

    func testRoundRobinAloneKeepsRunningAcrossQuanta() {
        // Nobody else is waiting: the preempted job is queued and picked again at once; one merged slice.
        let result = run([job("A", 0, 5)], .roundRobin(quantum: 2))
        XCTAssertEqual(result.slices, [slice("A", 0, 5)])
        XCTAssertEqual(result.snapshots[2].events, ["A's quantum ends: back of the ready queue", "A runs again"])
    }

    // MARK: MLFQ

    func testMLFQDemotesAJobAcrossAllLevels() {
        // A:0:8 alone, quanta 1/2/4: level 0 for 0-1, level 1 for 1-3, level 2 for 3-7, then again level 2 for 7-8.
        let result = run([job("A", 0, 8)], mlfq())
        XCTAssertEqual(result.slices, [slice("A", 0, 8)])
        XCTAssertEqual(result.snapshots.prefix(8).map(\.runningLevel), [0, 1, 1, 2, 2, 2, 2, 2])
        XCTAssertEqual(result.snapshots[1].events, ["A used its whole quantum on level 0: moves down to level 1", "A runs again (level 1)"])
        XCTAssertEqual(result.snapshots[7].events, ["A used its quantum on the lowest level 2: back of level 2", "A runs again (level 2)"])
    }

    func testMLFQArrivalPreemptsALowerLevelJobWhichKeepsItsUsedTime() {
        // A:0:10, B:4:2, quanta 1/2/4, no boost in range.
        //   A: level 0 0-1, level 1 1-3, level 2 from 3 (1 of 4 used by t=4).
        //   t=4 B arrives on level 0 and preempts A (A waits on level 2 with 1 of 4 used); B runs 4-5,
        //   t=5 B is demoted to level 1, still above A: B runs 5-6 and finishes (2 ticks).
        //   t=6 A resumes on level 2 at quantum tick 2 of 4; t=9 its 4 ticks on level 2 are used: back of level 2,
        //   alone, so it runs on 9-12 (done 1 + 2 + 1 + 3 + 3 = 10).
        //   finish A 12, B 6; turnaround 12, 2; waiting 2, 0; response 0, 0.
        let result = run([job("A", 0, 10), job("B", 4, 2)], mlfq())
        XCTAssertEqual(result.slices, [slice("A", 0, 4), slice("B", 4, 6), slice("A", 6, 12)])
        XCTAssertEqual(result.statistics.map(\.waiting), [2, 0])
        XCTAssertEqual(result.statistics.map(\.turnaround), [12, 2])
        XCTAssertEqual(result.snapshots[4].events,
                       ["B arrives (level 0)", "B on level 0 preempts A, which waits at the back of level 2 (1 of its 4 used)",
                        "B starts (level 0)"])
        XCTAssertEqual(result.snapshots[4].queues, [[], [], ["A"]])
        XCTAssertEqual(result.snapshots[5].runningLevel, 1)
        XCTAssertEqual(result.snapshots[6].runningQuantum, .init(value: 2, total: 4))
        XCTAssertTrue(result.snapshots[9].events.contains("A used its quantum on the lowest level 2: back of level 2"))
    }

    func testMLFQBoostMovesEveryJobBackToLevelZero() {
        // A:0:10, B:3:6, quanta 1/2/4.
        // With a boost every 6 ticks:
        //   A: level 0 0-1, level 1 1-3. t=3 B arrives (level 0) and A is demoted to level 2; B runs 3-4,
        //   t=4 B to level 1, runs 4-6. t=6 B to level 2 behind A, then the boost: level 0 = [A B].
        //   A 6-7 (level 0) → level 1; B 7-8 (level 0) → level 1 [A B]; A 8-10 → level 2;
        //   B 10-12 on level 1 finishes (3 + 1 + 2 = 6); A 12-16 on level 2 finishes (3 + 1 + 2 + 4 = 10).
        //   finish A 16, B 12; waiting A 16 - 10 = 6, B 9 - 6 = 3 → 4.50; turnaround 16, 9 → 12.50.
        let boosted = run([job("A", 0, 10), job("B", 3, 6)], mlfq(boost: 6))
        XCTAssertEqual(boosted.slices, [slice("A", 0, 3), slice("B", 3, 6), slice("A", 6, 7), slice("B", 7, 8),
                                        slice("A", 8, 10), slice("B", 10, 12), slice("A", 12, 16)])
        XCTAssertEqual(times(boosted), ["A": [0, 16], "B": [3, 12]])
        XCTAssertEqual(boosted.formattedAverage(\.waiting), "4.50")
        XCTAssertEqual(boosted.formattedAverage(\.turnaround), "12.50")
        XCTAssertEqual(boosted.snapshots[6].events.filter { $0.hasPrefix("priority boost") }.count, 1)
        XCTAssertEqual(boosted.snapshots[6].runningLevel, 0)
        XCTAssertEqual(boosted.snapshots[6].queues, [["B"], [], []])
        // Without the boost: at t=6 level 2 = [A B]; A 6-10 (4 ticks, 7 done) → back: [B A]; B 10-13 finishes;
        // A 13-16 finishes.
        let unboosted = run([job("A", 0, 10), job("B", 3, 6)], mlfq())
        XCTAssertEqual(unboosted.slices, [slice("A", 0, 3), slice("B", 3, 6), slice("A", 6, 10), slice("B", 10, 13),
                                          slice("A", 13, 16)])
    }

    func testMLFQBoostWhileAJobRunsLetsItKeepTheCPU() {
        // The lesson's set A:0:8, B:1:4, C:2:9, D:3:5, quanta 1/2/4, boost every 20 (worked in docs/scheduling-simulator.md):
        //   level 0: A0-1 B1-2 C2-3 D3-4 (each arrival waits behind the one before; each uses its 1 tick and drops);
        //   level 1: A4-6 B6-8 C8-10 D10-12 (each uses 2 and drops);
        //   level 2: A12-16 (7 of 8 done) → back; B16-17 finishes (1+2+1 = 4); C from 17 (3 of 4 used by t=20).
        //   t=20 boost: everyone to level 0; C keeps the CPU with a fresh level-0 quantum: C20-21, then drops to level 1.
        //   level 0 is now D A: D21-22 (drops to level 1), A22-23 finishes (1+2+4+1 = 8).
        //   level 1 is C D: C23-25 finishes (1+2+4+2 = 9), D25-26 finishes (1+2+1+1 = 5).
        let result = run(SchedulingJob.lessonDefault, .multilevelFeedback(MLFQSettings()))
        XCTAssertEqual(result.slices, [slice("A", 0, 1), slice("B", 1, 2), slice("C", 2, 3), slice("D", 3, 4),
                                       slice("A", 4, 6), slice("B", 6, 8), slice("C", 8, 10), slice("D", 10, 12),
                                       slice("A", 12, 16), slice("B", 16, 17), slice("C", 17, 21), slice("D", 21, 22),
                                       slice("A", 22, 23), slice("C", 23, 25), slice("D", 25, 26)])
        let atBoost = result.snapshots[20]
        XCTAssertEqual(atBoost.running, "C")
        XCTAssertEqual(atBoost.runningLevel, 0)
        XCTAssertEqual(atBoost.runningQuantum, .init(value: 1, total: 1))
        XCTAssertEqual(atBoost.queues, [["D", "A"], [], []])
        XCTAssertEqual(times(result), ["A": [0, 23], "B": [1, 17], "C": [2, 25], "D": [3, 26]])
    }

    // MARK: Idle, single job, the lesson's set, averages

    func testIdleGapsWhenNoJobHasArrived() {
        // A:2:3, B:7:2: idle 0-2, A 2-5, idle 5-7, B 7-9 — the same for every algorithm; nobody waits.
        for algorithm in SimulationOptions().algorithms {
            let result = run([job("A", 2, 3), job("B", 7, 2)], algorithm)
            XCTAssertEqual(result.slices, [.idle(0, 2), slice("A", 2, 5), .idle(5, 7), slice("B", 7, 9)], algorithm.shortName)
            XCTAssertEqual(result.statistics.map(\.waiting), [0, 0])
            XCTAssertEqual(result.endTime, 9)
        }
        let first = run([job("A", 2, 3)], .firstComeFirstServed).snapshots[0]
        XCTAssertNil(first.running)
        XCTAssertEqual(first.events, ["CPU idle: no job is ready (next arrival: A at 2)"])
    }

    func testASingleJob() {
        for algorithm in SimulationOptions().algorithms {
            let result = run([job("Solo", 0, 5)], algorithm)
            XCTAssertEqual(result.slices, [slice("Solo", 0, 5)])
            XCTAssertEqual(result.formattedAverage(\.waiting), "0.00")
            XCTAssertEqual(result.formattedAverage(\.turnaround), "5.00")
            XCTAssertEqual(result.snapshots.count, 6, "one per tick and the final one")
            XCTAssertTrue(result.snapshots[5].isFinal)
            XCTAssertEqual(result.snapshots[5].events, ["Solo finishes"])
        }
    }

    func testTheLessonSetUnderFCFSSJFAndRR() {
        // A:0:8, B:1:4, C:2:9, D:3:5.
        // FCFS: A0-8 B8-12 C12-21 D21-26; waiting 0, 7, 10, 18 = 35 → 8.75; turnaround 8, 11, 19, 23 = 61 → 15.25.
        let jobs = SchedulingJob.lessonDefault
        let fcfs = run(jobs, .firstComeFirstServed)
        XCTAssertEqual(fcfs.slices, [slice("A", 0, 8), slice("B", 8, 12), slice("C", 12, 21), slice("D", 21, 26)])
        XCTAssertEqual(fcfs.statistics.map(\.waiting), [0, 7, 10, 18])
        XCTAssertEqual([fcfs.formattedAverage(\.waiting), fcfs.formattedAverage(\.turnaround)], ["8.75", "15.25"])
        // SJF: A0-8, then B(4) D(5) C(9): B8-12 D12-17 C17-26; waiting 0, 7, 15, 9 = 31 → 7.75; turnaround 8, 11, 24, 14 = 57 → 14.25.
        let sjf = run(jobs, .shortestJobFirst)
        XCTAssertEqual(sjf.slices, [slice("A", 0, 8), slice("B", 8, 12), slice("D", 12, 17), slice("C", 17, 26)])
        XCTAssertEqual([sjf.formattedAverage(\.waiting), sjf.formattedAverage(\.turnaround)], ["7.75", "14.25"])
        // RR q=2: t2 [B C A] B2-4; t4 [C A D B] C4-6; t6 [A D B C] A6-8; t8 D8-10; t10 B10-12 (done);
        // t12 [C A D] C12-14; A14-16; D16-18; C18-20; A20-22 (done, 8); D22-23 (done, 5); C23-26 (done, 9).
        // finish A22 B12 C26 D23 → turnaround 22, 11, 24, 20 = 77 → 19.25; waiting 14, 7, 15, 15 = 51 → 12.75;
        // response 0, 1, 2, 5 = 8 → 2.00.
        let rr = run(jobs, .roundRobin(quantum: 2))
        XCTAssertEqual(rr.slices, [slice("A", 0, 2), slice("B", 2, 4), slice("C", 4, 6), slice("A", 6, 8), slice("D", 8, 10),
                                   slice("B", 10, 12), slice("C", 12, 14), slice("A", 14, 16), slice("D", 16, 18),
                                   slice("C", 18, 20), slice("A", 20, 22), slice("D", 22, 23), slice("C", 23, 26)])
        XCTAssertEqual([rr.formattedAverage(\.waiting), rr.formattedAverage(\.turnaround), rr.formattedAverage(\.response)],
                       ["12.75", "19.25", "2.00"])
    }

    func testAveragesRoundHalfUpWithTwoDecimals() {
        XCTAssertEqual(ScheduleResult.twoDecimals(19, over: 3), "6.33")
        XCTAssertEqual(ScheduleResult.twoDecimals(20, over: 3), "6.67")
        XCTAssertEqual(ScheduleResult.twoDecimals(1, over: 8), "0.13")   // 0.125 rounds up
        XCTAssertEqual(ScheduleResult.twoDecimals(35, over: 4), "8.75")
        XCTAssertEqual(ScheduleResult.twoDecimals(0, over: 4), "0.00")
        XCTAssertEqual(ScheduleResult.twoDecimals(4, over: 1), "4.00")
    }

    func testTheSimulationIsDeterministic() {
        for algorithm in SimulationOptions().algorithms {
            XCTAssertEqual(run(SchedulingJob.lessonDefault, algorithm), run(SchedulingJob.lessonDefault, algorithm))
        }
    }
}
