import TutorCore

extension StateQueries {
    /// Every `result()` end that belongs to a run of two or more timed-out `result(timeout=…)` calls (gaps 33D), by event
    /// index: a call is its `future.wait` (with a timeout, `call` "result()") and the next event of its lane, its
    /// `future.waited` of the same work item with TimeoutError; a call continues the run when the lane's event just
    /// before its wait is the previous call's end, on the same executor. The same calls as the printed timeline's fold,
    /// but that a note on one of them breaks the fold there and not here. One pass over the lanes, only when some
    /// `result()` timed out.
    public static func resultPollRuns(in timeline: Timeline) -> [Int: ResultPollRun] {
        let events = timeline.events
        guard timeline.indices(of: .futureWaited).contains(where: { isTimeoutEnd(events[$0]) }),
              timeline.laneOfEvent.count == events.count else { return [:] }
        var last = [Int](repeating: -1, count: timeline.lanes.count), beforeLast = last
        var runs: [[(wait: Int, end: Int)]] = [], openRun = [Int](repeating: -1, count: timeline.lanes.count)
        for i in events.indices {
            let lane = timeline.laneOfEvent[i]
            guard lane >= 0, lane < last.count else { continue }
            let wait = last[lane], before = beforeLast[lane]
            beforeLast[lane] = wait
            last[lane] = i
            guard wait >= 0, isTimeoutEnd(events[i]), isTimedResultWait(events[wait]), events[wait].work == events[i].work,
                  events[wait].object == events[i].object else { continue }
            if let run = Optional(openRun[lane]), run >= 0, before >= 0, runs[run].last?.end == before,
               events[before].object == events[i].object {
                runs[run].append((wait, i))
            } else {
                openRun[lane] = runs.count
                runs.append([(wait, i)])
            }
        }
        var out: [Int: ResultPollRun] = [:]
        for run in runs where run.count > 1 {
            let first = run[0].wait, to = events[run[run.count - 1].end].t
            for (k, call) in run.enumerated() {
                out[call.end] = ResultPollRun(call: k + 1, calls: run.count, from: events[first].t, to: to, firstWait: first)
            }
        }
        return out
    }
}

private extension StateQueries {
    static func isTimeoutEnd(_ e: TraceEvent) -> Bool {
        e.is(.futureWaited) && e.ok == false && e.string(EventField.error) == "TimeoutError"
    }

    static func isTimedResultWait(_ e: TraceEvent) -> Bool {
        e.is(.futureWait) && e.string(EventField.call) == "result()" && e[EventField.timeout] != nil && e[EventField.timeout] != .null
    }
}
