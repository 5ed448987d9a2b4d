import Foundation
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// `--step` on a live run: the view opens as the run starts and follows it. The view is fed by the
/// capture layer (`LiveTranscript`) and never rebuilds a transcript itself.
struct LiveStepView {
    let request: TracedRun.Request
    let presenter: RunPresenter
    let variant: String?
    let parameters: [String: String]
    let display: DisplayOptions

    /// Whether the view can wait for keys (stdout is a terminal, and there is a keyboard: `KeyboardDevice`).
    static var canDriveTerminal: Bool { KeyboardDevice.canDriveTerminal }

    /// Runs the program on its own thread while the view follows its events; the view then becomes the
    /// post-run view. Returns once the learner quit and nothing of the run is left.
    /// - Parameter execute: runs the program to completion, calling its argument once it has started.
    /// - Returns: the view's status (0 after q, 130 after Ctrl-C or q while live or a signal to mp-tutor;
    ///   1 when the terminal could not be driven, with a nil result), the run, and its final timeline.
    /// - Throws: what `execute` threw (the view is closed first).
    func run(execute: @escaping @Sendable (@escaping @Sendable (TracedRun.LiveSource) -> Void) throws -> TracedRun.Result)
        throws -> (status: Int32, result: TracedRun.Result?, timeline: Timeline?) {
        let state = LiveRunState()
        let (feed, empty, finalTimeline) = makeFeed(state: state, execute: execute)
        let exit = LiveStepLoop(feed: feed, empty: empty).run()
        if exit == .cannotDrive { return (1, nil, nil) }
        switch state.result {
        case let .failure(error): throw error
        case let .success(result):
            return (exit == .quit ? 0 : 130, result, finalTimeline())
        case nil: return (1, nil, nil)  // not reached: the loop returns only once the run is over
        }
    }

    /// The feed a view follows the run through: the run starts on its own thread when the view asks, and
    /// its final model carries the notes. Also returns the model shown before the first event, and the
    /// final timeline once the run is over.
    func makeFeed(state: LiveRunState,
                  execute: @escaping @Sendable (@escaping @Sendable (TracedRun.LiveSource) -> Void) throws -> TracedRun.Result)
        -> (feed: LiveFeed, empty: StepModel, finalTimeline: () -> Timeline?) {
        let request = request, presenter = presenter, variant = variant, parameters = parameters, display = display
        let caps = presenter.capabilities
        let emptyTimeline = TimelineBuilder.build(LiveTranscript.empty(request))
        let empty = StepModel(timeline: emptyTimeline, notes: [], capabilities: caps, hideInfrastructure: display.hideInfrastructure, isLive: true)
        final class Box { var live: LiveTranscript?; var timeline: Timeline? }
        let box = Box()
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
                if box.live == nil { box.live = LiveTranscript(request: request, source: source) }
                guard let (transcript, keys) = box.live!.refresh() else { return nil }
                return StepModel(timeline: TimelineBuilder.build(transcript), notes: [], capabilities: caps,
                                 hideInfrastructure: display.hideInfrastructure, keys: keys, isLive: true)
            },
            ended: {
                switch state.result {
                case nil: return nil
                case .failure: return LiveFeed.End(model: empty, status: Phrase.liveNotSupervised.text(), interrupted: false, failed: true)
                case let .success(result):
                    let timeline = TimelineBuilder.build(result.transcript)
                    box.timeline = timeline
                    let notes = presenter.notes(for: timeline, variant: variant, parameters: parameters)
                    let model = StepModel(timeline: timeline, notes: notes, capabilities: caps, hideInfrastructure: display.hideInfrastructure,
                                          keys: result.eventKeys)
                    return LiveFeed.End(model: model, status: Self.endStatus(result.outcome, events: model.count),
                                        interrupted: result.outcome.interrupted, failed: false)
                }
            },
            isOver: { state.result != nil },
            interrupt: { state.interrupt() },
            elapsed: elapsed)
        return (feed, empty, { box.timeline })
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
