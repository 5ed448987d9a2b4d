/// Every error mp-tutor reports, with a message a learner can act on and the exit status that goes with it.
///
/// Exit statuses follow sysexits(3): 64 usage, 65 bad input data, 69 a needed program is missing,
/// 74 an output file could not be written, 1 for anything else.
public enum MPTutorError: Error, Equatable, Sendable {
    /// The command line was wrong; `hint` is an optional "did you mean" or usage line.
    case usage(String, hint: String? = nil)
    /// A file (transcript, lesson) could not be read; `line` is 1-based when known.
    case badInput(file: String, line: Int?, message: String)
    /// python3 (or another program) could not be found or started.
    case missingProgram(String)
    /// A run could not be started or supervised.
    case runFailed(String)
    /// A file mp-tutor was asked to write (a `--record` transcript) could not be written.
    case recordFailed(String)
    /// Anything else, already phrased for the learner.
    case other(String)

    /// The process exit status for this error.
    public var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .badInput: 65
        case .missingProgram: 69
        case .recordFailed: 74
        case .runFailed, .other: 1
        }
    }

    /// The message shown after `Error: `.
    public var message: String {
        switch self {
        case let .usage(text, _): text
        case let .badInput(file, line?, text): "\(file):\(line): \(text)"
        case let .badInput(file, nil, text): "\(file): \(text)"
        case let .missingProgram(text), let .runFailed(text), let .recordFailed(text), let .other(text): text
        }
    }

    /// Extra guidance shown under the message, if any.
    public var hint: String? {
        if case let .usage(_, hint) = self { return hint }
        return nil
    }
}
