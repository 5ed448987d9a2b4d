#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore
import TutorAnalysis

/// `mp-tutor present` on the terminal: full screen (the step view's raw mode and alternate screen, put
/// back on every exit path), keys and the playback clock feed a `PresentSession`, and a `PresentScreen`
/// is drawn after each change.
///
/// A live run starts when the class leaves the last question, on its own thread (as under `--step`),
/// and is played back as its events come in; q or Ctrl-C stops it first and waits until nothing of it is left.
public struct PresentLoop {
    public enum Exit: Equatable {
        case quit
        /// Ctrl-C, or a signal to mp-tutor while the run went on.
        case interrupted
        /// The run could not be supervised.
        case failed
        /// The terminal could not be put in raw mode; nothing was run.
        case cannotDrive
    }

    /// Where the run comes from.
    public enum Source {
        /// A recorded run: the whole model, with its notes.
        case replay(StepModel)
        /// A run made now, followed through the feed; `empty` stands in until its first events.
        case live(LiveFeed, empty: StepModel)
    }

    let deck: PresentDeck
    let source: Source
    let speed: Double
    /// The answers and what follows the timeline, for the final model.
    let finish: (StepModel) -> (report: QuestionReport, closing: String)

    public init(deck: PresentDeck, source: Source, speed: Double, finish: @escaping (StepModel) -> (report: QuestionReport, closing: String)) {
        self.deck = deck
        self.source = source
        self.speed = speed
        self.finish = finish
    }

    public func run() -> Exit {
        do { try RawTerminal.enter() } catch {
            Console.error(Phrase.errorPrefix.text(["message": (error as? MPTutorError)?.message ?? "\(error)"]) + "\n")
            return .cannotDrive
        }
        var started = false
        defer {
            if started, case let .live(feed, _) = source, !feed.isOver() {
                feed.interrupt()
                while !feed.isOver() { usleep(20_000) }
            }
            RawTerminal.restore()
        }
        return loop(started: &started)
    }
}

private extension PresentLoop {
    static let refreshNs: UInt64 = 200_000_000

    func initialRun() -> PresentRun {
        switch source {
        case let .replay(model):
            let (report, closing) = finish(model)
            return PresentRun(model: model, status: "", isLive: false, isOver: true, report: report, closing: closing)
        case let .live(_, empty):
            return PresentRun(model: empty, status: "", isLive: true, isOver: false)
        }
    }

    func loop(started: inout Bool) -> Exit {
        let reader = KeyReader()
        var session = PresentSession(questions: deck.questions.count, speed: speed)
        var run = initialRun()
        var stopAsked = false
        var nextTickNs: UInt64 = 0, nextRefreshNs: UInt64 = 0
        var drawn: [String] = []
        var drawnSize: TerminalSize?
        var cache: [String: Int] = [:]
        while true {
            let size = TerminalSize.of(fileDescriptor: 1) ?? TerminalSize(width: 80, height: 24)
            if case let .live(feed, _) = source, session.phase == .run, !started {
                started = true
                feed.start()
            }
            if case let .live(feed, _) = source, started, !run.isOver {
                if feed.isOver(), let end = feed.ended() {
                    session.step = Self.same(session.step, from: run.model, to: end.model)
                    // The notes need the whole run, so a live playback passes them unseen: go back to the first one.
                    if session.phase == .run, let missed = end.model.annotatedSteps.first(where: { $0 < session.step }) {
                        session.step = missed
                        session.playing = false
                        session.stoppedAtNote = missed
                        session.message = deck.words.notesAreIn
                    }
                    let (report, closing) = finish(end.model)
                    run = PresentRun(model: end.model, status: painter.paint(end.status, .dim), isLive: true, isOver: true,
                                     report: report, closing: closing)
                    if end.failed { return .failed }
                    if end.interrupted { return stopAsked ? .quit : .interrupted }
                } else if MonotonicClock.nowNs() >= nextRefreshNs {
                    if let fresh = feed.refresh() {
                        session.step = Self.same(session.step, from: run.model, to: fresh)
                        run.model = fresh
                    }
                    nextRefreshNs = MonotonicClock.nowNs() + Self.refreshNs
                }
                if !run.isOver { run.status = liveStatus(feed) }
            }
            let context = self.context(session, run, size, cache: &cache)
            if session.playing, MonotonicClock.nowNs() >= nextTickNs {
                session.tick(context)
                nextTickNs = MonotonicClock.nowNs() + UInt64(1e9 / session.speed)
            }
            let lines = PresentScreen(deck: deck, session: session, run: run, size: size).lines()
            if lines != drawn || size != drawnSize {
                StepLoop.draw(lines, height: size.height, clearAll: size != drawnSize)
                drawn = lines
                drawnSize = size
            }
            var waitMs: Int32 = -1
            if session.playing { waitMs = Int32(max(1, min(1000, (Int64(nextTickNs) - Int64(MonotonicClock.nowNs())) / 1_000_000))) }
            if started, !run.isOver { waitMs = waitMs < 0 ? 100 : min(waitMs, 100) }
            switch reader.next(timeoutMs: waitMs) {
            case .closed:
                return stop(&stopAsked, started: started, run: run) ?? .quit
            case .resized, .timedOut: continue
            case let .keys(keys):
                for key in keys {
                    if key == .suspend { // Ctrl-Z, as in the step view: the shell's terminal until `fg`, then a full redraw
                        RawTerminal.suspend()
                        drawnSize = nil
                        continue
                    }
                    let wasPlaying = session.playing
                    switch session.handle(key, self.context(session, run, size, cache: &cache)) {
                    case .stay:
                        if session.playing, !wasPlaying { nextTickNs = MonotonicClock.nowNs() + UInt64(1e9 / session.speed) }
                    case .quit:
                        return stop(&stopAsked, started: started, run: run) ?? .quit
                    case .interrupt:
                        _ = stop(&stopAsked, started: started, run: run)
                        return .interrupted
                    }
                }
            }
        }
    }

    var painter: Painter { Painter(capabilities: deck.capabilities) }

    /// What the session needs; the page counts are rendered once per size (and once more when the run ends).
    func context(_ session: PresentSession, _ run: PresentRun, _ size: TerminalSize, cache: inout [String: Int]) -> PresentContext {
        let screen = PresentScreen(deck: deck, session: session, run: run, size: size)
        let key = "\(size.width)x\(size.height)"
        let pages = cache["p" + key] ?? screen.pages.count
        cache["p" + key] = pages
        var finalPages = 1
        if run.isOver {
            finalPages = cache["f" + key] ?? screen.finalPages.count
            cache["f" + key] = finalPages
        }
        return PresentContext(pages: pages, questions: deck.questions, events: run.model?.count ?? 0,
                              annotated: Set(run.model?.annotatedSteps ?? []), runOver: run.isOver, finalPages: finalPages, words: deck.words)
    }

    /// Asks a live run to stop (as Ctrl-C does); the caller's `defer` waits until nothing of it is left.
    func stop(_ stopAsked: inout Bool, started: Bool, run: PresentRun) -> Exit? {
        guard started, !run.isOver, case let .live(feed, _) = source else { return nil }
        stopAsked = true
        feed.interrupt()
        return nil
    }

    func liveStatus(_ feed: LiveFeed) -> String {
        let words = deck.words
        let status = feed.elapsed().map { elapsed -> String in
            let tenths = Int(max(0, elapsed) * 10)
            return words.running.replacingOccurrences(of: "{seconds}", with: "\(tenths / 10).\(tenths % 10) s")
        } ?? words.starting
        return painter.paint("\(painter.symbol("●", ascii: "*")) \(status)", .green)
    }

    /// The same event in a newer model of the run (by its stable key), else the same place.
    static func same(_ step: Int, from old: StepModel?, to new: StepModel) -> Int {
        var session = StepSession(step: step)
        session.follows = false
        if let old { session.move(from: old, to: new, following: false) } else { session.step = min(step, max(0, new.count - 1)) }
        return session.step
    }
}
