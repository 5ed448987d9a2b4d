import TutorCore
import TutorAnalysis

/// What a key or the clock does to the session. Pure: the same keys from the same session give the same session.
extension PresentSession {
    public enum Outcome: Sendable, Equatable {
        case stay
        /// q (or Ctrl-D): quit from anywhere.
        case quit
        /// Ctrl-C: quit, and end like an interrupted program.
        case interrupt
    }

    /// Applies one key.
    public mutating func handle(_ key: Key, _ context: PresentContext) -> Outcome {
        message = nil
        switch key {
        case .interrupt: return .interrupt
        case .character("q"), .character("Q"), .endOfInput: return .quit
        default: break
        }
        switch phase {
        case let .page(n): page(key, n, context)
        case let .question(n): question(key, n, context)
        case .run: run(key, context)
        case let .answer(n): answer(key, n, context)
        case let .final(n): final(key, n, context)
        }
        return .stay
    }

    /// One tick of the playback clock: the next event, stopping at a note and at the last event.
    public mutating func tick(_ context: PresentContext) {
        guard phase == .run, playing else { return }
        guard step + 1 < context.events else {
            if context.runOver { playing = false }
            return
        }
        step += 1
        if context.annotated.contains(step) {
            playing = false
            stoppedAtNote = step
        }
    }

    /// The run has been played to its last event.
    public func playedToEnd(_ context: PresentContext) -> Bool {
        context.runOver && step >= context.events - 1
    }
}

private extension PresentSession {
    static func isForward(_ key: Key) -> Bool { key == .right || key == .character(" ") || key == .enter || key == .pageDown || key == .down }
    static func isBack(_ key: Key) -> Bool { key == .left || key == .character("b") || key == .pageUp || key == .up }

    /// Leaves the text: to the first question, or straight to the run when the lesson asks none.
    mutating func afterPages(_ context: PresentContext) {
        phase = context.questions.isEmpty ? .run : .question(0)
        if phase == .run { startPlaying() }
    }

    mutating func startPlaying() {
        playing = true
        stoppedAtNote = nil
    }

    mutating func page(_ key: Key, _ n: Int, _ context: PresentContext) {
        if Self.isForward(key) {
            if n + 1 < context.pages { phase = .page(n + 1) } else { afterPages(context) }
        } else if Self.isBack(key) {
            if n > 0 { phase = .page(n - 1) } else { message = "first page" }
        }
    }

    mutating func question(_ key: Key, _ n: Int, _ context: PresentContext) {
        let question = context.questions[n]
        let next = { (s: inout PresentSession) in
            s.typing = ""
            if n + 1 < context.questions.count { s.phase = .question(n + 1) } else { s.phase = .run; s.startPlaying() }
        }
        if !question.choices.isEmpty {
            if case let .character(c) = key, let digit = c.wholeNumberValue, (1...question.choices.count).contains(digit) {
                answers[n] = question.choices[digit - 1]
            } else if Self.isForward(key) {
                next(&self)
            } else if Self.isBack(key) {
                phase = n > 0 ? .question(n - 1) : .page(max(0, context.pages - 1))
            }
            return
        }
        switch key {
        case .enter, .right:
            if !typing.isEmpty { answers[n] = typing }
            next(&self)
        case .character(" ") where typing.isEmpty: next(&self)
        case .backspace: typing = String(typing.dropLast())
        case .left:
            typing = ""
            phase = n > 0 ? .question(n - 1) : .page(max(0, context.pages - 1))
        case let .character(c) where !c.isWhitespace && typing.count < 40: typing.append(c)
        default: break
        }
    }

    mutating func run(_ key: Key, _ context: PresentContext) {
        switch key {
        case .character("p"):
            if playing { playing = false } else if playedToEnd(context) { message = "the run is over: Space shows the answers" } else { startPlaying() }
        case .character("+"), .character("="): speedIndex = min(Self.speeds.count - 1, speedIndex + 1)
        case .character("-"), .character("_"): speedIndex = max(0, speedIndex - 1)
        case .character(" "), .enter:
            if playedToEnd(context) {
                phase = context.questions.isEmpty ? .final(0) : .answer(0)
            } else if playing {
                playing = false
            } else {
                startPlaying()
            }
        case .right, .down:
            playing = false
            if step + 1 < context.events { step += 1 } else if playedToEnd(context) { phase = context.questions.isEmpty ? .final(0) : .answer(0) }
        case .left, .up, .character("b"):
            playing = false
            if step > 0 { step -= 1 } else { message = "first event" }
        case .character("]"):
            playing = false
            if let note = context.annotated.filter({ $0 > step }).min() { step = note; stoppedAtNote = note } else { message = "no note after this event" }
        case .character("["):
            playing = false
            if let note = context.annotated.filter({ $0 < step }).max() { step = note; stoppedAtNote = note } else { message = "no note before this event" }
        case .character("G"), .end:
            playing = false
            step = max(0, context.events - 1)
        case .character("g"), .home:
            playing = false
            step = 0
        default: break
        }
    }

    mutating func answer(_ key: Key, _ n: Int, _ context: PresentContext) {
        if Self.isForward(key) {
            phase = n + 1 < context.questions.count ? .answer(n + 1) : .final(0)
        } else if Self.isBack(key) {
            phase = n > 0 ? .answer(n - 1) : .run
        }
    }

    mutating func final(_ key: Key, _ n: Int, _ context: PresentContext) {
        if Self.isForward(key) {
            if n + 1 < context.finalPages { phase = .final(n + 1) } else { message = "the end: q quits" }
        } else if Self.isBack(key) {
            phase = n > 0 ? .final(n - 1) : (context.questions.isEmpty ? .run : .answer(context.questions.count - 1))
        }
    }
}
