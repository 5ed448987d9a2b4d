import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorSimulation

/// The options several commands share: the display's, the exports', the run's and the language.
extension ArgumentReader {
    static let displayOptions = ["--color", "--ascii", "--ambiguous-wide", "--width", "--show-helpers", "--step", "--lang", "--no-pager", "--full"]
    static let exportOptions = ["--html", "--perfetto", "--cast"]
    static let runOptions = ["--python", "--timeout", "--start-method", "--seed", "--sample-os", "--redact"]

    func unknown(_ arg: String, command: String, options: [String]) -> MPTutorError {
        if !arg.hasPrefix("-") {
            return .usage(Phrase.errUnexpectedArgument.text(["argument": arg]), hint: Phrase.hintSeeCommandHelp.text(["command": command]))
        }
        let hint = Suggestion.closest(to: arg, among: options).map { Phrase.hintDidYouMean.text(["suggestion": $0]) } ?? ""
        return .usage(Phrase.errUnknownOption.text(["option": arg, "command": command]), hint: hint + Phrase.hintSeeCommandHelp.text(["command": command]))
    }

    /// `--lang zh|en`: already applied by `CommandLineTool` (see `languageFlag`); here it is checked and skipped.
    mutating func readLanguage(_ arg: String) throws -> Bool {
        let value: String
        if arg == "--lang" {
            guard let given = next() else { throw MPTutorError.usage(Phrase.langNeedsValue.text(["value": ""])) }
            value = given
        } else if arg.hasPrefix("--lang=") {
            value = String(arg.dropFirst("--lang=".count))
        } else {
            return false
        }
        guard Language.named(value) != nil else { throw MPTutorError.usage(Phrase.langNeedsValue.text(["value": value])) }
        return true
    }

    mutating func readDisplay(_ arg: String, into display: inout DisplayOptions) throws -> Bool {
        if try readLanguage(arg) { return true }
        switch arg {
        case "--color", "--colour":
            let text = try value(for: arg)
            guard let choice = ColorChoice(rawValue: text) else {
                throw MPTutorError.usage(Phrase.errColor.text(["value": text]))
            }
            display.color = choice
        case "--ascii": display.ascii = true
        case "--ambiguous-wide": display.ambiguousWide = true
        case "--show-helpers": display.hideInfrastructure = false
        case "--step": display.step = true
        case "--no-pager": display.pager = false
        case "--full": display.full = true
        case "--width":
            let text = try value(for: arg)
            guard let width = Int(text), width >= 40, width <= 1000 else {
                throw MPTutorError.usage(Phrase.errWidth.text(["value": text]))
            }
            display.width = width
        default: return false
        }
        return true
    }

    /// `--html FILE`, `--perfetto FILE`, `--cast FILE`.
    mutating func readExportTarget(_ arg: String, into exports: inout ExportTargets) throws -> Bool {
        switch arg {
        case "--html": exports.html = try value(for: arg)
        case "--perfetto": exports.perfetto = try value(for: arg)
        case "--cast": exports.cast = try value(for: arg)
        default: return false
        }
        return true
    }

    mutating func readRun(_ arg: String, into run: inout RunOptions) throws -> Bool {
        if try readLanguage(arg) { return true }
        switch arg {
        case "--python": run.python = try value(for: arg)
        case "--timeout": run.timeout = try number(for: arg)
        case "--start-method":
            let method = try value(for: arg)
            guard ["fork", "spawn", "forkserver"].contains(method) else {
                throw MPTutorError.usage(Phrase.errStartMethod.text(["value": method]))
            }
            run.startMethod = method
        case "--sample-os": run.sampleOS = true
        case "--redact": run.redact = true
        case "--seed":
            let text = try value(for: arg)
            guard let seed = Int(text) else { throw MPTutorError.usage(Phrase.errSeed.text(["value": text])) }
            run.seed = seed
        default: return false
        }
        return true
    }
}
