#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import TutorCore
import TutorTerminal

/// The keys of `--step` on a terminal: Enter/Space/→ (or n) next, b/← back, q (or Ctrl-D) quit, Ctrl-C interrupts.
///
/// Every screen is computed from the start: going back re-runs the (deterministic) simulation and draws the
/// earlier tick's screen, which is therefore exactly what was shown before.
public struct InteractiveStepper {
    public enum Outcome: Equatable { case finished, quit, signaled(Int32) }

    let renderer: StepRenderer
    let options: SimulationOptions

    public init(renderer: StepRenderer, options: SimulationOptions) {
        self.renderer = renderer
        self.options = options
    }

    /// (algorithm, snapshot) positions, in order.
    var positions: [(algorithm: Int, snapshot: Int)] {
        options.algorithms.enumerated().flatMap { index, algorithm in
            Scheduler.run(options.jobs, algorithm).snapshots.indices.map { (index, $0) }
        }
    }

    /// The screen at `position`, recomputed from the start of the simulation.
    func screen(at position: Int) -> String {
        let all = positions
        let (algorithm, snapshot) = all[position]
        let result = Scheduler.run(options.jobs, options.algorithms[algorithm])
        return renderer.screen(result.snapshots[snapshot], in: result, position: position, count: all.count)
    }

    /// Steps on the terminal with the step-through view's raw mode and key reader, which restore the terminal
    /// on every way out (a key, end of input, SIGTERM/SIGHUP, a crash).
    public func run() -> Outcome {
        guard (try? RawTerminal.enter()) != nil else { return .quit }
        defer { RawTerminal.restore() }
        let reader = KeyReader()
        let count = positions.count
        var position = 0
        while true {
            Console.out("\u{1B}[H\u{1B}[2J" + screen(at: position))  // output processing stays on: \n still moves to the line start
            switch reader.next() {
            case .closed: return .quit
            case .resized, .timedOut: continue
            case let .keys(keys):
                for key in keys {
                    switch key {
                    case .enter, .right, .down, .character(" "), .character("n"):
                        if position + 1 == count { return .finished }
                        position += 1
                    case .left, .up, .character("b"), .character("p"):
                        position = max(0, position - 1)
                    case .character("q"), .character("Q"), .endOfInput:
                        return .quit
                    case .interrupt:
                        return .signaled(SIGINT)
                    default:
                        continue
                    }
                }
            }
        }
    }
}
