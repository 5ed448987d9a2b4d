#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore
import TutorAnalysis

/// The step-through view over a run that is still going: it re-reads the run's events every refresh
/// (200 ms, longer when rebuilding costs more, so the run keeps most of the CPU), keeps the cursor on
/// the same event, follows new events when the cursor is on the last one, and switches to the final
/// timeline when the run ends. From then on it is the post-run view.
///
/// One thread: the run is supervised on its own thread (see `LiveStepView.run`), and this loop
/// waits for keys with a timeout instead of for ever.
public struct LiveStepLoop {
    /// How the view closed.
    public enum Exit: Equatable {
        /// q after the run ended.
        case quit
        /// Ctrl-C after the run ended, or a signal to mp-tutor while it ran.
        case interrupted
        /// q while the run was live: the run was stopped first.
        case stoppedRun
        /// The run could not be supervised.
        case failed
        /// The terminal could not be put in raw mode; the run was not started.
        case cannotDrive
    }

    static let refreshNs: UInt64 = 200_000_000
    static let slowestRefreshNs: UInt64 = 2_000_000_000

    let feed: LiveFeed
    let empty: StepModel

    public init(feed: LiveFeed, empty: StepModel) {
        self.feed = feed
        self.empty = empty
    }

    public func run() -> Exit {
        do { try RawTerminal.enter() } catch {
            Console.error(Phrase.errorPrefix.text(["message": (error as? MPTutorError)?.message ?? "\(error)"]) + "\n")
            return .cannotDrive
        }
        feed.start()
        // The run must be over before the terminal's handlers go back: its catcher put its own over them.
        defer {
            waitForEnd()
            RawTerminal.restore()
        }
        return loop()
    }

    private func loop() -> Exit {
        let reader = KeyReader()
        var model = empty
        var session = StepSession()
        var end: LiveFeed.End?
        var stopAsked = false, quitting = false, inputClosed = false
        var nextRefreshNs: UInt64 = 0
        var drawn: [String] = []
        var drawnSize: TerminalSize?
        while true {
            if end == nil {
                if feed.isOver(), let ended = feed.ended() {
                    session.move(from: model, to: ended.model, following: false)
                    model = ended.model
                    // The run is over and its model final: index its words for `/` find.
                    model.startIndexing()
                    end = ended
                    if ended.failed { return .failed }
                    if quitting { return .stoppedRun }
                    // Not asked for here: SIGINT/SIGTERM/SIGHUP reached mp-tutor, which should end.
                    if ended.interrupted, !stopAsked { return .interrupted }
                } else if MonotonicClock.nowNs() >= nextRefreshNs {
                    let began = MonotonicClock.nowNs()
                    if let fresh = feed.refresh() {
                        session.move(from: model, to: fresh)
                        model = fresh
                    }
                    let cost = MonotonicClock.nowNs() - began
                    nextRefreshNs = MonotonicClock.nowNs() + min(Self.slowestRefreshNs, max(Self.refreshNs, 4 * cost))
                }
            }
            session.continueFind(in: model)
            session.continueArriving(in: model)
            let size = TerminalSize.of(fileDescriptor: 1) ?? TerminalSize(width: 80, height: 24)
            let status = statusLine(end: end, model: model, session: session, stopping: stopAsked)
            let lines = StepScreen(model: model, session: session, size: size, statusLine: status).lines()
            if lines != drawn || size != drawnSize {
                StepLoop.draw(lines, height: size.height, clearAll: size != drawnSize)
                drawn = lines
                drawnSize = size
            }
            // Live: wake at the next refresh, and at least every 100 ms for the clock on the status line.
            let waitMs: Int32 = session.finding != nil ? 2 : session.arriving != nil ? 20 : end == nil ? 100 : -1
            if inputClosed {
                usleep(UInt32(waitMs) * 1000)
                continue
            }
            switch reader.next(timeoutMs: waitMs) {
            case .closed:
                guard end == nil else { return .quit }
                inputClosed = true
                quitting = true
                stopAsked = true
                feed.interrupt()
            case .resized, .timedOut: continue
            case let .keys(keys):
                for key in keys {
                    if key == .suspend { // Ctrl-Z: the shell gets its terminal back until `fg`, then a full redraw
                        RawTerminal.suspend()
                        drawnSize = nil
                        continue
                    }
                    if end == nil, key == .interrupt {
                        // As Ctrl-C does outside raw mode: stop the run (a second one kills it). The view stays.
                        stopAsked = true
                        feed.interrupt()
                        continue
                    }
                    if quitting { continue }
                    switch session.handle(key, in: model) {
                    case .stay: continue
                    case .interrupt: return .interrupted
                    case .quit:
                        guard end == nil else { return .quit }
                        quitting = true
                        stopAsked = true
                        feed.interrupt()
                    }
                }
            }
        }
    }

    /// The status row: how the run stands.
    private func statusLine(end: LiveFeed.End?, model: StepModel, session: StepSession, stopping: Bool) -> String {
        let painter = model.painter, count = model.count
        if let end {
            // A run that lost events says so, and who lost them, where it says how it ended (gaps 28C).
            return LostByProcessWords(model.timeline).statusLine(painter: painter).map { " " + painter.paint(end.status, .dim) + " ·" + $0 }
                ?? " " + painter.paint(end.status, .dim)
        }
        // Tenths: the clock moves visibly without the row flickering.
        let seconds = feed.elapsed().map { let tenths = Int(max(0, $0) * 10); return "\(tenths / 10).\(tenths % 10) s" } ?? Phrase.liveStarting.text()
        let dot = painter.symbol("●", ascii: "*")
        let events = Phrase.liveEventsSoFar.text(["n": count])
        if stopping {
            return " " + painter.paint(Phrase.liveStopping.text(["dot": dot]), .yellow, .bold) + painter.paint(" · \(seconds) · \(events)", .dim)
        }
        let follow = (session.follows ? Phrase.liveFollowing : .liveFollowHint).text()
        return " " + painter.paint(Phrase.liveRunning.text(["dot": dot, "seconds": seconds]), .green, .bold) + painter.paint(" · \(events) · \(follow)", .dim)
    }

    /// Stops the run if it still goes and waits until nothing of it is left.
    private func waitForEnd() {
        guard !feed.isOver() else { return }
        feed.interrupt()
        while !feed.isOver() { usleep(20_000) }
    }
}
