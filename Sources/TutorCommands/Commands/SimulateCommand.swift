#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore
import TutorSimulation

/// `mp-tutor simulate scheduling`: run the simulator and show the result, or step through it.
struct SimulateCommand {
    let context: CommandContext
    let options: SimulationOptions

    func execute() throws -> Int32 {
        let capabilities = context.capabilities(options.display)
        let report = SchedulingReport(capabilities: capabilities)
        let results = options.algorithms.map { Scheduler.run(options.jobs, $0) }
        guard options.step else {
            Console.out(report.render(results))
            return 0
        }
        if capabilities.isInteractive {
            let stepper = InteractiveStepper(renderer: StepRenderer(report: report), options: options)
            switch stepper.run() {
            case .finished: break
            case .quit: return 0
            case .signaled(SIGINT): return 130  // the terminal is restored; CommandLineTool ends like an interrupted program
            case let .signaled(signalNumber):
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
                return 128 + signalNumber
            }
            Console.out(report.render(results))
            return 0
        }
        // Not a terminal (a pipe, a file, a test): every tick, one after another, never waiting for a key.
        Console.out(report.render(results, steps: true))
        return 0
    }
}
