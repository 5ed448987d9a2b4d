#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension TerminalCapabilities {
    /// The width drawn for when output goes to a file or a pipe and `COLUMNS` is not set.
    public static let pipeWidth = 160

    /// Works out the capabilities of the terminal behind `fileDescriptor`.
    ///
    /// Colour (for `.auto`) needs a TTY, a `TERM` other than `dumb`, and `NO_COLOR` unset or empty
    /// (https://no-color.org). Width comes from the terminal itself, then `COLUMNS`, then 80 on a terminal
    /// and `pipeWidth` elsewhere: a file or a pipe has no edge, and a wide layout cuts less.
    /// - Parameters:
    ///   - colorChoice: the user's `--color` choice.
    ///   - ascii: `true` when the user asked for ASCII-only output.
    ///   - environment: the process environment (passed in so tests can control it).
    ///   - fileDescriptor: the descriptor output goes to; 1 (stdout) by default.
    public static func detect(
        colorChoice: ColorChoice,
        ascii: Bool,
        environment: [String: String],
        fileDescriptor: Int32 = 1
    ) -> TerminalCapabilities {
        let isTerminal = isatty(fileDescriptor) == 1
        return TerminalCapabilities(
            color: colorEnabled(colorChoice, isTerminal: isTerminal, environment: environment),
            unicode: !ascii,
            width: terminalWidth(fileDescriptor) ?? columns(in: environment) ?? (isTerminal ? 80 : pipeWidth),
            isInteractive: isTerminal && KeyboardDevice.descriptor >= 0
        )
    }
}

private extension TerminalCapabilities {
    static func colorEnabled(_ choice: ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            return isTerminal && environment["TERM"] != "dumb" && !noColor
        }
    }

    static func terminalWidth(_ fileDescriptor: Int32) -> Int? {
        var size = winsize()
        // Glibc imports TIOCGWINSZ as Int32 while ioctl takes UInt; Darwin uses UInt for both.
        let status = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        guard status == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func columns(in environment: [String: String]) -> Int? {
        guard let text = environment["COLUMNS"], let value = Int(text), value > 0 else { return nil }
        return value
    }
}
