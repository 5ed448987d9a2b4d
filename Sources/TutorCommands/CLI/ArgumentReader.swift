import TutorCore
import TutorAnalysis
import TutorTerminal
import TutorSimulation

/// Reads `mp-tutor` command lines into a `Command`, with errors that suggest the right spelling.
struct ArgumentReader {
    static let commands = ["lesson", "present", "quiz", "replay", "export", "trace", "check", "list", "progress", "simulate", "help"]

    private var arguments: [String]
    private var position = 0

    static func read(_ arguments: [String]) throws -> Command {
        var reader = ArgumentReader(arguments: arguments)
        return try reader.readCommand()
    }

    /// The value of `--lang` (or `--lang=X`), looked for before the command is read so that even a mistake
    /// in the command line is reported in the chosen language. A program's own arguments (after `--`) are not searched.
    public static func languageFlag(in arguments: [String]) -> String? {
        for (i, arg) in arguments.enumerated() {
            if arg == "--" { return nil }
            if arg.hasPrefix("--lang=") { return String(arg.dropFirst("--lang=".count)) }
            if arg == "--lang" { return i + 1 < arguments.count ? arguments[i + 1] : "" }
        }
        return nil
    }
}

// Internal rather than private: the classroom commands read their options in ArgumentReader+Classroom.swift.
extension ArgumentReader {
    var isAtEnd: Bool { position >= arguments.count }

    mutating func next() -> String? {
        defer { position += 1 }
        return isAtEnd ? nil : arguments[position]
    }

    mutating func value(for option: String) throws -> String {
        guard let value = next(), !(value.hasPrefix("--") && value.count > 2) else {
            throw MPTutorError.usage(Phrase.errNeedsValue.text(["option": option]))
        }
        return value
    }

    mutating func number(for option: String) throws -> Double {
        let text = try value(for: option)
        guard let number = DecimalNumber.double(text), WatchdogLimit.allows(number) else {
            throw MPTutorError.usage(Phrase.errPositiveSeconds.text(["option": option, "value": text,
                                                                     "max": String(Int(WatchdogLimit.maximumSeconds))]))
        }
        return number
    }

    mutating func readCommand() throws -> Command {
        guard let first = next() else { return .help(topic: nil) }
        if try readLanguage(first) { return try readCommand() }
        switch first {
        case "-h", "--help": return .help(topic: nil)
        case "--version", "-V": return .version
        case "help":
            let topic = next()
            while let arg = next() { _ = try readLanguage(arg) }
            return .help(topic: topic)
        case "lesson": return try readLesson()
        case "replay": return try readReplay()
        case "present": return try readPresent()
        case "quiz": return try readQuiz()
        case "export": return try readExport()
        case "trace": return try readTrace()
        case "check": return try readCheck()
        case "progress":
            var reset = false
            while let arg = next() {
                if try readLanguage(arg) { continue }
                switch arg {
                case "--reset": reset = true
                case "-h", "--help": return .help(topic: "progress")
                default: throw unknown(arg, command: "progress", options: ["--reset"])
                }
            }
            return .progress(reset: reset)
        case "simulate": return try readSimulate()
        case "list":
            var display = DisplayOptions()
            while let arg = next() {
                if try readDisplay(arg, into: &display) { continue }
                if arg == "-h" || arg == "--help" { return .help(topic: "list") }
                throw unknown(arg, command: "list", options: Self.displayOptions)
            }
            return .list(display)
        default:
            let hint = Suggestion.closest(to: first, among: Self.commands).map { Phrase.hintDidYouMean.text(["suggestion": "mp-tutor \($0)"]) } ?? ""
            throw MPTutorError.usage(Phrase.errUnknownCommand.text(["command": first]), hint: hint + Phrase.seeHelp.text())
        }
    }

    mutating func readLesson() throws -> Command {
        var options = LessonRunOptions()
        var id: String?
        while let arg = next() {
            if try readDisplay(arg, into: &options.display) || readRun(arg, into: &options.run)
                || readExportTarget(arg, into: &options.display.exports) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "lesson")
            case "--variant": options.variant = try value(for: arg)
            case "--set": options.settings.append(try value(for: arg))
            case "--record": options.record = try value(for: arg)
            case "--text-only", "--no-run": options.textOnly = true
            default:
                guard !arg.hasPrefix("-"), id == nil else {
                    throw unknown(arg, command: "lesson", options: ["--variant", "--set", "--record", "--text-only"]
                        + Self.runOptions + Self.displayOptions + Self.exportOptions)
                }
                id = arg
            }
        }
        return .lesson(id: id, options)
    }

    mutating func readReplay(command: String = "replay") throws -> Command {
        var display = DisplayOptions()
        var target: String?
        var variant: String?
        while let arg = next() {
            if try readDisplay(arg, into: &display) || readExportTarget(arg, into: &display.exports) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: command)
            case "--variant": variant = try value(for: arg)
            default:
                guard !arg.hasPrefix("-") || arg == "-", target == nil else {
                    throw unknown(arg, command: command, options: ["--variant"] + Self.displayOptions + Self.exportOptions)
                }
                target = arg
            }
        }
        guard let target else {
            if command == "export" {
                throw MPTutorError.usage(Phrase.errExportNeedsTarget.text(),
                                         hint: Phrase.hintForExample.text(["example": "mp-tutor export pool-async --html pool-async.html"]))
            }
            throw MPTutorError.usage(Phrase.errReplayNeedsTarget.text(), hint: Phrase.hintForExample.text(["example": "mp-tutor replay pool-async"]))
        }
        return .replay(target: target, variant: variant, display)
    }

    /// `export <lesson|transcript> --html FILE --perfetto FILE --cast FILE`: a replay that only writes files.
    mutating func readExport() throws -> Command {
        let command = try readReplay(command: "export")
        guard case let .replay(target, variant, display) = command else { return command }
        if display.exports.isEmpty {
            throw MPTutorError.usage(Phrase.errExportNeedsFormat.text(),
                                     hint: Phrase.hintForExample.text(["example": "mp-tutor export \(target) --html run.html --perfetto run.json"]))
        }
        return .export(target: target, variant: variant, display)
    }

    mutating func readTrace() throws -> Command {
        var run = RunOptions()
        var display = DisplayOptions()
        var record: String?
        while let arg = next() {
            if arg == "--timeout", let text = arguments.dropFirst(position).first, ["0", "none"].contains(text.lowercased()) {
                _ = next()
                run.noWatchdog = true
                run.timeout = nil
                continue
            }
            if try readDisplay(arg, into: &display) || readRun(arg, into: &run) {
                if arg == "--timeout" { run.noWatchdog = false }
                continue
            }
            if try readExportTarget(arg, into: &display.exports) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "trace")
            case "--record": record = try value(for: arg)
            case "-m":
                // As `python3 -m`: the module name, then its arguments; nothing after it is mp-tutor's.
                guard let module = next(), !module.isEmpty, !module.hasPrefix("-") else {
                    throw MPTutorError.usage(Phrase.errModuleNeedsName.text(),
                                             hint: Phrase.hintForExample.text(["example": "mp-tutor trace -m mypackage.tool --size 3"]))
                }
                run.module = true
                return .trace(script: module, arguments: Array(arguments[min(position, arguments.count)...]), run, display, record: record)
            case "--": break
            default:
                guard !arg.hasPrefix("-") || arg == "-" else {
                    throw unknown(arg, command: "trace", options: ["--record", "-m"] + Self.runOptions + Self.displayOptions + Self.exportOptions)
                }
                // Everything after the script belongs to the script.
                return .trace(script: arg, arguments: Array(arguments[position...]), run, display, record: record)
            }
            if arg == "--", let script = next() {
                return .trace(script: script, arguments: Array(arguments[position...]), run, display, record: record)
            }
        }
        throw MPTutorError.usage(Phrase.errTraceNeedsScript.text(), hint: Phrase.hintForExample.text(["example": "mp-tutor trace my_pool.py"]))
    }

    mutating func readCheck() throws -> Command {
        var run = RunOptions()
        var ids: [String] = []
        var all = false
        var variant: String?
        var recordDirectory: String?
        var settings: [String] = []
        while let arg = next() {
            if try readRun(arg, into: &run) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "check")
            case "--all": all = true
            case "--record-dir": recordDirectory = try value(for: arg)
            case "--variant": variant = try value(for: arg)
            case "--set": settings.append(try value(for: arg))
            default:
                guard !arg.hasPrefix("-") else {
                    throw unknown(arg, command: "check", options: ["--all", "--variant", "--set", "--record-dir"] + Self.runOptions)
                }
                ids.append(arg)
            }
        }
        guard all || !ids.isEmpty else {
            throw MPTutorError.usage(Phrase.errCheckNeedsLesson.text(), hint: Phrase.hintForExample.text(["example": "mp-tutor check pool-async"]))
        }
        if !settings.isEmpty && all {
            throw MPTutorError.usage(Phrase.errSetWithAll.text(),
                                     hint: Phrase.hintForExample.text(["example": "mp-tutor check pool-async --set workers=2"]))
        }
        if !settings.isEmpty && recordDirectory != nil {
            // transcripts/ holds the runs of the lessons as written; a changed run is recorded with 'lesson --record'
            throw MPTutorError.usage(Phrase.errSetWithRecordDir.text(), hint: Phrase.hintRecordChangedRun.text())
        }
        return .check(ids: ids, all: all, variant: variant, settings: settings, run, recordDirectory: recordDirectory)
    }
}
