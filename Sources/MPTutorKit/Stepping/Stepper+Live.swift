import Foundation

/// `--step` on a live run: the view opens as the run starts and follows it.
extension Stepper {
    /// Whether the view can wait for keys (both stdin and stdout are terminals).
    static var canDriveTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Runs the program on its own thread while the view follows its events; the view then becomes the
    /// post-run view. Returns once the learner quit and nothing of the run is left.
    /// - Parameter execute: runs the program to completion, calling its argument once it has started.
    /// - Returns: the view's status (0 after q, 130 after Ctrl-C or q while live or a signal to mp-tutor;
    ///   1 when the terminal could not be driven, with a nil result) and the run.
    /// - Throws: what `execute` threw (the view is closed first).
    static func presentLive(request: TracedRun.Request, presenter: RunPresenter, variant: String?, parameters: [String: String],
                            display: DisplayOptions,
                            execute: @escaping @Sendable (@escaping @Sendable (TracedRun.LiveSource) -> Void) throws -> TracedRun.Result)
        throws -> (status: Int32, result: TracedRun.Result?) {
        let state = LiveRunState()
        let caps = presenter.capabilities
        let nothing = MergedTrace(events: [], lostEvents: 0, silentProcesses: [], mainProcessFacts: JSONObject())
        let emptyTimeline = TimelineBuilder.build(Transcript(header: TracedRun.header(request, merged: nothing, mainPid: 0), events: [], trailer: nil))
        let empty = StepModel(timeline: emptyTimeline, notes: [], capabilities: caps, hideInfrastructure: display.hideInfrastructure, isLive: true)
        var folder: GrowingTraceFolder?
        var hasRead = false
        let elapsed: () -> Double? = {
            guard let source = state.source else { return nil }
            return Double(MonotonicClock.nowNs() &- source.startNs) / 1e9
        }
        let feed = LiveFeed(
            start: {
                let thread = Thread {
                    do {
                        state.finish(.success(try execute { state.start($0) }))
                    } catch {
                        state.finish(.failure(error))
                    }
                }
                // Merging a large run recurses through its JSON: more room than a secondary thread's default.
                thread.stackSize = 16 << 20
                thread.start()
            },
            refresh: {
                guard let source = state.source else { return nil }
                if folder == nil { folder = GrowingTraceFolder(directory: source.eventsDirectory) }
                guard folder!.refresh() > 0 || !hasRead else { return nil }
                hasRead = true
                let merged = folder!.merged(startNs: source.startNs, mainPid: source.mainPid)
                let facts = RunFacts(exitCode: nil, timeoutSeconds: request.timeout,
                                     durationNs: Int64(MonotonicClock.nowNs() &- source.startNs))
                let transcript = Transcript(
                    header: TracedRun.header(request, merged: merged, mainPid: source.mainPid), events: merged.events,
                    trailer: TranscriptTrailer.summarizing(merged.events, lostEvents: 0, silentProcesses: [], run: facts))
                return StepModel(timeline: TimelineBuilder.build(transcript), notes: [], capabilities: caps,
                                 hideInfrastructure: display.hideInfrastructure, keys: merged.keys, isLive: true)
            },
            ended: {
                switch state.result {
                case nil: return nil
                case .failure: return LiveFeed.End(model: empty, status: Phrase.liveNotSupervised.text(), interrupted: false, failed: true)
                case let .success(result):
                    let timeline = TimelineBuilder.build(result.transcript)
                    let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters)
                    let model = StepModel(timeline: timeline, notes: notes, capabilities: caps, hideInfrastructure: display.hideInfrastructure,
                                          keys: result.eventKeys)
                    return LiveFeed.End(model: model, status: endStatus(result.outcome, events: model.count),
                                        interrupted: result.outcome.interrupted, failed: false)
                }
            },
            isOver: { state.result != nil },
            interrupt: { state.interrupt() },
            elapsed: elapsed)
        let exit = LiveStepLoop(feed: feed, empty: empty).run()
        if exit == .cannotDrive { return (1, nil) }
        switch state.result {
        case let .failure(error): throw error
        case let .success(result):
            return (exit == .quit ? 0 : 130, result)
        case nil: return (1, nil)  // not reached: the loop returns only once the run is over
        }
    }

    /// The status line once the run is over: how it ended, and that the view now has the whole run.
    static func endStatus(_ outcome: RunOutcome, events: Int) -> String {
        let how: String
        if outcome.timedOut {
            how = Phrase.liveWatchdog.text()
        } else if outcome.interrupted {
            how = Phrase.liveInterrupted.text()
        } else {
            switch outcome.termination {
            case let .exited(code): how = Phrase.liveExited.text(["code": code])
            case let .signaled(signal): how = Phrase.liveKilled.text(["signal": Format.signalName(signal)])
            }
        }
        return Phrase.liveEnd.text(["how": how, "n": events])
    }
}
