import TutorCore
import TutorAnalysis

/// The few words of the questions, the quiz and `present`, read once from the message catalog (`Phrase`,
/// the `class…` keys) in one language, so that the renderers and the session need not know the language.
public struct ClassroomWords: Sendable, Equatable {
    public var question: String
    public var answer: String
    public var questions: String
    public var yourAnswer: String
    public var typeAnswer: String
    public var pickChoice: String
    public var runShowed: String
    public var noChoiceMatched: String
    public var noAnswer: String
    public var right: String
    public var wrong: String
    public var score: String
    public var proves: String
    public var footer: String
    public var paused: String
    public var speed: String
    public var live: String
    public var replay: String
    public var finished: String
    public var page: String
    public var playing: String
    public var stoppedAtNote: String
    public var event: String
    public var showAnswers: String
    /// Between a label and its value: ": ", or "：" in Chinese.
    public var colon: String
    /// The footer's one-off messages, when a key has nowhere to go.
    public var firstPage: String
    public var firstEvent: String
    public var noNoteAfter: String
    public var noNoteBefore: String
    public var runOverShowAnswers: String
    public var theEnd: String
    public var notesAreIn: String
    /// "running {seconds}" of a live run, and its text before the clock starts.
    public var running: String
    public var starting: String

    /// The words in `language` (English unless told).
    public init(language: Language = .en) {
        func t(_ phrase: Phrase) -> String { phrase.template(in: language) }
        question = t(.classQuestion)
        answer = t(.classAnswer)
        questions = t(.classQuestions)
        yourAnswer = t(.classYourAnswer)
        typeAnswer = t(.classTypeAnswer)
        pickChoice = t(.classPickChoice)
        runShowed = t(.classRunShowed)
        noChoiceMatched = t(.classNoChoiceMatched)
        noAnswer = t(.classNoAnswer)
        right = t(.classRight)
        wrong = t(.classWrong)
        score = t(.classScore)
        proves = t(.classProves)
        footer = t(.classFooter)
        paused = t(.classPaused)
        speed = t(.classSpeed)
        live = t(.classLive)
        replay = t(.classReplay)
        finished = t(.classFinished)
        page = t(.classPage)
        playing = t(.classPlaying)
        stoppedAtNote = t(.classStoppedAtNote)
        event = t(.classEvent)
        showAnswers = t(.classShowAnswers)
        colon = t(.classColon)
        firstPage = t(.classFirstPage)
        firstEvent = t(.classFirstEvent)
        noNoteAfter = t(.classNoNoteAfter)
        noNoteBefore = t(.classNoNoteBefore)
        runOverShowAnswers = t(.classRunOverShowAnswers)
        theEnd = t(.classTheEnd)
        notesAreIn = t(.classNotesAreIn)
        running = t(.classRunning)
        starting = t(.classStarting)
    }

    /// The words in the language mp-tutor speaks (`--lang`), or the lesson's own when it is Chinese.
    public static func forLesson(_ lesson: Lesson?) -> ClassroomWords {
        Language.current == .zh || lesson?.language == .zh ? chinese : ClassroomWords()
    }

    /// 中文.
    public static let chinese = ClassroomWords(language: .zh)
}
