import TutorCore

/// Finds the bars of a timeline: tasks and locks from the timeline's own analysis, callbacks and blocked
/// calls from the events. Every bar's ends are recorded times; a bar still open when the record ends is
/// marked open, never closed at a guessed time.
public enum TimelineSpans {
    /// A call shorter than this did not block in any way worth drawing.
    public static let minimumWaitNs: Int64 = 1_000

    /// Event kinds that say "this call is about to block": open until the lane's next event that returns.
    static let blockingKinds: Set<EventKind> = [
        .lockWait, .queueWait, .eventWait, .conditionWait, .processJoinWait,
        .pipeWait, .queueJoinWait, .barrierWait, .connectionWait, .listenerWait, .queueFeederWait, .threadJoinWait,
    ]

    public static func spans(in timeline: Timeline) -> [TimelineSpan] {
        var lanesByThread: [String: Int] = [:]
        for (i, lane) in timeline.lanes.enumerated() { lanesByThread["\(lane.pid)|\(lane.thread)"] = i }
        let end = timeline.durationNs
        var spans: [TimelineSpan] = []
        for task in timeline.tasks {
            guard let start = task.startT, let pid = task.workerPid,
                  let lane = lanesByThread["\(pid)|\(task.workerThread ?? "MainThread")"] else { continue }
            let call = "\(task.function(in: timeline.events) ?? "")(\(task.arguments(in: timeline.events) ?? ""))"
            spans.append(TimelineSpan(kind: .task, lane: lane, startT: start, endT: task.endT ?? end, isOpen: task.endT == nil,
                                      label: "\(task.name) \(call)"))
        }
        for lock in timeline.locks {
            for hold in lock.holds {
                guard let lane = lanesByThread["\(hold.pid)|\(hold.thread)"] else { continue }
                spans.append(TimelineSpan(kind: .hold, lane: lane, startT: hold.acquiredT, endT: hold.releasedT ?? end,
                                          isOpen: hold.releasedT == nil, label: "holds \(lock.object)"))
            }
        }
        spans += eventSpans(timeline, end: end)
        return spans
    }
}

private extension TimelineSpans {
    /// Callbacks, waits and OS states, in one pass over the events.
    static func eventSpans(_ timeline: Timeline, end: Int64) -> [TimelineSpan] {
        var spans: [TimelineSpan] = []
        var callbacks: [Int: [Int]] = [:] // lane -> open pool.callback events
        var blocked: [Int: Int] = [:] // lane -> the event that said it is about to block
        var osLane: [Int32: Int] = [:]
        for (i, lane) in timeline.lanes.enumerated() where osLane[lane.pid] == nil || lane.isMainThread { osLane[lane.pid] = i }
        for (i, event) in timeline.events.enumerated() {
            let lane = timeline.laneOfEvent[i]
            switch event.known {
            case .poolCallback:
                callbacks[lane, default: []].append(i)
            case .poolCallbackEnd:
                guard let start = callbacks[lane]?.popLast() else { break }
                let job = timeline.events[start].job.map { Phrase.spanForTask.text(["job": $0]) } ?? ""
                spans.append(TimelineSpan(kind: .callback, lane: lane, startT: timeline.events[start].t, endT: event.t, isOpen: false,
                                          label: Phrase.spanCallback.text(["task": job]), event: i))
            case .osState:
                guard let duration = event.durationNs, duration > 0, let state = event.state, state != "exited",
                      let row = osLane[event.pid] else { break }
                spans.append(TimelineSpan(kind: .osState, lane: row, startT: event.t, endT: event.t + duration, isOpen: false,
                                          label: state, event: i))
            case .runStopped:
                // a span, so that an export draws the stop as the stretch it was (not as an instant of an unknown kind)
                guard let duration = event.durationNs, duration > 0 else { break }
                spans.append(TimelineSpan(kind: .stopped, lane: lane, startT: event.t, endT: event.t + duration, isOpen: false,
                                          label: Phrase.spanStopped.text(["signal": RunStopWords.signal(event)]), event: i))
            case _ where event.is(anyOf: blockingKinds):
                blocked[lane] = i
                continue
            default:
                break
            }
            // a call stamped when it was sent (a manager release) waited after its stamp, not before: no span
            if let waited = event.waitedNs, waited >= minimumWaitNs, waited <= event.t, event.bool(EventField.asked) != true {
                spans.append(TimelineSpan(kind: .wait, lane: lane, startT: event.t - waited, endT: event.t, isOpen: false,
                                          label: Phrase.spanWaitsIn.text(["what": "\(event.kind) \(event.object ?? "")".trimmingTrailingSpace]), event: i))
            }
            if event.waitedNs != nil || event.kind.hasSuffix(".wake") || event.is(.lockAcquire) {
                blocked[lane] = nil
            }
        }
        for (lane, i) in blocked.sorted(by: { $0.key < $1.key }) {
            let event = timeline.events[i]
            // A process that ended while blocked was blocked until it ended.
            let stop = timeline.process(pid: event.pid)?.endT ?? end
            spans.append(TimelineSpan(kind: .wait, lane: lane, startT: event.t, endT: max(stop, event.t), isOpen: true,
                                      label: Phrase.spanStillBlocked.text(["what": "\(event.kind) \(event.object ?? "")".trimmingTrailingSpace]), event: i))
        }
        return spans
    }
}

private extension String {
    var trimmingTrailingSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
}
