#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// The step-through view of a run (`--step`): interactive on a terminal, else every step printed in turn.
public struct Stepper: Sendable {
    public let model: StepModel
    public let capabilities: TerminalCapabilities

    public init(model: StepModel, capabilities: TerminalCapabilities) {
        self.model = model
        self.capabilities = capabilities
    }

    /// Shows the run. Waits for keys only on a terminal (stdout, and the keyboard: `KeyboardDevice`).
    /// - Returns: 0 after q (or after printing every step), 130 after Ctrl-C.
    public func run() -> Int32 {
        if KeyboardDevice.canDriveTerminal, model.count > 0 {
            return StepLoop(model: model).run()
        }
        printEveryStep()
        return 0
    }

    /// Every step's screen, one after another, separated by a rule; the same text the view draws, without
    /// cursor control or keys, and without a height limit.
    func printEveryStep(write: (String) -> Void = Console.out) {
        let size = TerminalSize.unlimitedHeight(width: capabilities.width)
        let painter = Painter(capabilities: capabilities)
        let separator = painter.paint(painter.rule("═", ascii: "=", columns: max(20, capabilities.width - 1)), .dim)
        guard model.count > 0 else {
            write(StepScreen(model: model, session: StepSession(), size: size, showsKeys: false).lines().joined(separator: "\n") + "\n")
            return
        }
        // A run that lost events says so under every step, as the interactive view's status line does (gaps 28C).
        let lost = LostByProcessWords(model.timeline).statusLine(painter: painter)
        for step in 0..<model.count {
            let screen = StepScreen(model: model, session: StepSession(step: step), size: size, showsKeys: false, statusLine: lost)
            write((step == 0 ? "" : separator + "\n") + screen.lines().joined(separator: "\n") + "\n")
        }
    }
}
