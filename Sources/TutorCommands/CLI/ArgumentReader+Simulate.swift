import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorSimulation

/// `mp-tutor simulate`'s arguments.
extension ArgumentReader {
    mutating func readSimulate() throws -> Command {
        guard let what = next() else {
            throw MPTutorError.usage(Phrase.errSimulateNeedsWhat.text(),
                                     hint: Phrase.hintForExample.text(["example": "mp-tutor simulate scheduling --algo all"]))
        }
        switch what {
        case "-h", "--help": return .help(topic: "simulate")
        case "scheduling": break
        default:
            let hint = Suggestion.closest(to: what, among: ["scheduling"]).map { Phrase.hintDidYouMean.text(["suggestion": "mp-tutor simulate \($0)"]) } ?? ""
            throw MPTutorError.usage(Phrase.errUnknownSimulation.text(["what": what]), hint: hint + Phrase.hintSeeCommandHelp.text(["command": "simulate"]))
        }
        var options = SimulationOptions()
        while let arg = next() {
            if try readDisplay(arg, into: &options.display) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "simulate scheduling")
            case "--algo", "--algorithm":
                let text = try value(for: arg)
                guard let choice = SimulationOptions.AlgorithmChoice(rawValue: text.lowercased()) else {
                    let names = SimulationOptions.AlgorithmChoice.allCases.map(\.rawValue)
                    let hint = Suggestion.closest(to: text.lowercased(), among: names).map { Phrase.hintDidYouMean.text(["suggestion": "--algo \($0)"]) } ?? ""
                    throw MPTutorError.usage(Phrase.errAlgo.text(["names": names.joined(separator: Phrase.listComma.text()), "value": text]),
                                             hint: hint + Phrase.hintSeeCommandHelp.text(["command": "simulate scheduling"]))
                }
                options.algorithm = choice
            case "--quantum": options.quantum = try ticks(for: arg)
            case "--boost": options.mlfq.boostInterval = try ticks(for: arg)
            case "--mlfq-quanta":
                let text = try value(for: arg)
                let quanta = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard (1...8).contains(quanta.count), quanta.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 1000 }) else {
                    throw MPTutorError.usage(Phrase.errMLFQQuanta.text(["value": text]),
                                             hint: Phrase.hintForExample.text(["example": "--mlfq-quanta 1,2,4"]))
                }
                options.mlfq.quanta = quanta.compactMap { $0 }
            case "--jobs": options.jobs = try SchedulingJob.parseList(try value(for: arg))
            default:
                throw unknown(arg, command: "simulate scheduling", options: Self.simulateOptions + Self.displayOptions.filter { $0 != "--show-helpers" })
            }
        }
        // `--step` is read with the display options, which every command shares.
        options.step = options.display.step
        return .simulate(options)
    }

    static let simulateOptions = ["--algo", "--quantum", "--boost", "--mlfq-quanta", "--jobs", "--step"]

    /// A whole number of ticks ≥ 1 (and at most 1000).
    mutating func ticks(for option: String) throws -> Int {
        let text = try value(for: option)
        guard let ticks = Int(text), ticks >= 1, ticks <= 1000 else {
            throw MPTutorError.usage(Phrase.errTicks.text(["option": option, "value": text]))
        }
        return ticks
    }
}
