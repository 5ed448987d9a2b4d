import TutorCore
import TutorAnalysis

/// How the run stands, as `present` shows it: the model so far (nil before the run starts), a line on
/// its state, and once it is over, the answers and what follows the timeline.
public struct PresentRun: Sendable {
    public var model: StepModel?
    /// "● running 2.1 s" or "■ run ended, exit code 0".
    public var status: String
    public var isLive: Bool
    /// Every process of the run is gone and `model` is the final one, with its notes.
    public var isOver: Bool
    /// The answers, from the final timeline.
    public var report: QuestionReport?
    /// The summary and what the run proved, from the final timeline.
    public var closing: String?

    public init(model: StepModel?, status: String, isLive: Bool, isOver: Bool, report: QuestionReport? = nil, closing: String? = nil) {
        self.model = model
        self.status = status
        self.isLive = isLive
        self.isOver = isOver
        self.report = report
        self.closing = closing
    }
}
