import TutorCore
import TutorAnalysis

/// Where the class is in `mp-tutor present`: the only state that keys and the clock change. With the
/// deck, the run's model and the terminal size it decides the screen completely.
///
/// The order is fixed: the lesson text page by page, the questions, the run played event by event
/// (stopping at each numbered note), the answers one by one, then the final pages.
public struct PresentSession: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case page(Int)
        case question(Int)
        case run
        case answer(Int)
        case final(Int)
    }

    /// Playback speeds, in events per second.
    public static let speeds: [Double] = [0.5, 1, 2, 4, 8, 16, 32, 64, 128]

    public var phase: Phase = .page(0)
    /// The current event of the run (0-based).
    public var step = 0
    /// The run plays on by itself; off at a note, at the end, after p, or after stepping by hand.
    public var playing = false
    public var speedIndex: Int
    /// The event whose note stopped the playback, if it did.
    public var stoppedAtNote: Int?
    /// The class's answer to each question, as typed or as the chosen choice's text.
    public var answers: [String?]
    /// What is being typed for a question without choices.
    public var typing = ""
    /// A one-off message for the footer; cleared by the next key.
    public var message: String?

    /// - Parameters:
    ///   - questions: how many questions the deck asks.
    ///   - speed: events per second; the nearest of `speeds`.
    public init(questions: Int, speed: Double = 4) {
        answers = Array(repeating: nil, count: questions)
        speedIndex = Self.speeds.indices.min { abs(Self.speeds[$0] - speed) < abs(Self.speeds[$1] - speed) } ?? 3
    }

    public var speed: Double { Self.speeds[speedIndex] }

    /// The number of questions answered as the run showed.
    public func score(_ reveals: [QuestionReveal]) -> Int {
        zip(answers, reveals).filter { answer, reveal in answer.map(reveal.isCorrect) ?? false }.count
    }
}

/// What the session needs to know of the deck and the run to apply a key or a tick.
public struct PresentContext: Sendable {
    public var pages: Int
    public var questions: [QuestionReveal]
    /// Events of the run so far (0 before it starts).
    public var events: Int
    /// Events that carry a numbered note.
    public var annotated: Set<Int>
    /// Every process of the run is gone and the final model is in.
    public var runOver: Bool
    public var finalPages: Int

    public init(pages: Int, questions: [QuestionReveal], events: Int, annotated: Set<Int>, runOver: Bool, finalPages: Int) {
        self.pages = pages
        self.questions = questions
        self.events = events
        self.annotated = annotated
        self.runOver = runOver
        self.finalPages = finalPages
    }
}
