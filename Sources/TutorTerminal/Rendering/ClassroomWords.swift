import TutorCore
import TutorAnalysis

/// The few words of the questions, the quiz and `present`, in one table per language, so that a message
/// catalog can take them over in one place.
public struct ClassroomWords: Sendable {
    public var question = "Question"
    public var answer = "Answer"
    public var questions = "Questions (answered after the run)"
    public var yourAnswer = "your answer"
    public var typeAnswer = "type a number or a word, then Enter"
    public var pickChoice = "press a number to choose"
    public var runShowed = "this run showed"
    public var noChoiceMatched = "none of the choices: the run showed"
    public var noAnswer = "no answer on this run"
    public var right = "right"
    public var wrong = "not this time"
    public var score = "score"
    public var proves = "what this run proved"
    public var footer = "→/Space next · ←/b back · 1-9 answer · +/- speed · p pause · ] [ notes · q quit"
    public var paused = "paused"
    public var speed = "speed"
    public var live = "live run"
    public var replay = "replay"
    public var finished = "the run is over"
    public var page = "page"
    public var playing = "playing"
    public var stoppedAtNote = "stopped at a note: Space plays on"
    public var event = "event"
    public var showAnswers = "Space shows the answers"
    /// Between a label and its value: ": ", or "：" in Chinese.
    public var colon = ": "

    public init() {}

    /// The words in the language mp-tutor speaks (`--lang`), or the lesson's own when it is Chinese.
    public static func forLesson(_ lesson: Lesson?) -> ClassroomWords {
        Language.current == .zh || lesson?.language == .zh ? chinese : ClassroomWords()
    }

    /// 中文.
    public static let chinese: ClassroomWords = {
        var w = ClassroomWords()
        w.question = "问题"
        w.answer = "答案"
        w.questions = "问题（运行之后揭晓答案）"
        w.yourAnswer = "你的答案"
        w.typeAnswer = "输入数字或文字，按回车"
        w.pickChoice = "按数字键选择"
        w.runShowed = "这次运行显示"
        w.noChoiceMatched = "没有一个选项对：这次运行显示"
        w.noAnswer = "这次运行没有答案"
        w.right = "答对了"
        w.wrong = "这次没答对"
        w.score = "得分"
        w.proves = "这次运行证明了"
        w.footer = "→/空格 下一步 · ←/b 后退 · 1-9 作答 · +/- 速度 · p 暂停 · ] [ 注释 · q 退出"
        w.paused = "已暂停"
        w.speed = "速度"
        w.live = "现场运行"
        w.replay = "回放"
        w.finished = "运行结束"
        w.page = "页"
        w.playing = "播放中"
        w.stoppedAtNote = "停在一条注释：按空格继续"
        w.event = "事件"
        w.showAnswers = "按空格揭晓答案"
        w.colon = "："
        return w
    }()
}
