#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Puts the terminal into raw mode on the alternate screen with the cursor hidden, and guarantees it is
/// put back: by `restore()` (called from a `defer`), at `exit` (atexit), on SIGINT/SIGTERM/SIGHUP (restore,
/// then exit 128+N) and on a crash signal (restore, then die of it as before).
///
/// The saved settings live in static storage because a signal handler can reach nothing else; the
/// handler only calls async-signal-safe functions (`tcsetattr`, `write`, `_exit`).
public enum RawTerminal {
    /// Switches to the alternate screen and hides the cursor.
    static let enterSequence: StaticString = "\u{1B}[?1049h\u{1B}[?25l"
    /// Shows the cursor and leaves the alternate screen.
    static let leaveSequence: StaticString = "\u{1B}[?25h\u{1B}[?1049l"
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    nonisolated(unsafe) static var saved = termios()
    /// The raw settings `enter()` made, put back after a suspend (`RawTerminal+Suspend.swift`).
    nonisolated(unsafe) static var rawSettings = termios()
    /// The terminal set raw (`KeyboardDevice.descriptor`), kept here for the signal handlers.
    nonisolated(unsafe) static var terminalFD: Int32 = 0
    /// 1 while the terminal is raw; checked and cleared by whichever restore runs first.
    nonisolated(unsafe) static var isRaw: Int32 = 0
    nonisolated(unsafe) private static var previousActions: [(Int32, sigaction)] = []
    nonisolated(unsafe) private static var atexitRegistered = false

    /// Enters raw mode on the keyboard's terminal (`KeyboardDevice`) and the alternate screen on stdout.
    public static func enter() throws {
        terminalFD = KeyboardDevice.descriptor
        guard tcgetattr(terminalFD, &saved) == 0 else { throw MPTutorError.other(Phrase.errTerminalSettings.text()) }
        var raw = saved
        // No echo, no line editing, and Ctrl-C / Ctrl-Z / Ctrl-S arrive as bytes instead of acting.
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | ISTRIP)
        // One byte is enough for read() to return, with no inter-byte timer: keys arrive at once.
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        if !atexitRegistered {
            atexitRegistered = true
            atexit { RawTerminal.restore() }
        }
        installHandlers()
        rawSettings = raw
        isRaw = 1
        guard tcsetattr(terminalFD, TCSAFLUSH, &raw) == 0 else {
            restore()
            throw MPTutorError.other(Phrase.errSingleKey.text())
        }
        emit(enterSequence)
    }

    /// Puts everything back as it was; does nothing the second time.
    public static func restore() {
        guard isRaw == 1 else { return }
        isRaw = 0
        emit(leaveSequence)
        _ = tcsetattr(terminalFD, TCSANOW, &saved)
        for (signalNumber, action) in previousActions {
            var action = action
            sigaction(signalNumber, &action, nil)
        }
        previousActions = []
    }
}

private extension RawTerminal {
    /// One `write` of a constant: no allocation, so a signal handler may call it.
    static func emit(_ text: StaticString) {
        _ = write(1, text.utf8Start, text.utf8CodeUnitCount)
    }

    static func installHandlers() {
        previousActions = []
        for signalNumber in quitSignals { install(quitHandler, for: signalNumber, flags: 0) }
        // After restoring, the crash handler puts back the previous action (Swift's backtracer, or the
        // default); the faulting instruction then runs again and that action reports the crash as before.
        for signalNumber in crashSignals { install(crashHandler, for: signalNumber, flags: 0) }
    }

    static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signalNumber: Int32, flags: Int32) {
        if let previous = SignalAction.install(handler, for: signalNumber, flags: flags) {
            previousActions.append((signalNumber, previous))
        }
    }

    /// Ends with 128+N for signal N, as `help` says and `trace` does (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
    static let quitHandler: @convention(c) (Int32) -> Void = { signalNumber in
        if RawTerminal.isRaw == 1 {
            RawTerminal.isRaw = 0
            RawTerminal.emit(RawTerminal.leaveSequence)
            _ = tcsetattr(RawTerminal.terminalFD, TCSANOW, &RawTerminal.saved)
        }
        _exit(128 + signalNumber)
    }

    static let crashHandler: @convention(c) (Int32) -> Void = { signalNumber in
        if RawTerminal.isRaw == 1 {
            RawTerminal.isRaw = 0
            RawTerminal.emit(RawTerminal.leaveSequence)
            _ = tcsetattr(RawTerminal.terminalFD, TCSANOW, &RawTerminal.saved)
        }
        // Only reads the saved actions (no allocation), and sigaction is async-signal-safe.
        for index in RawTerminal.previousActions.indices where RawTerminal.previousActions[index].0 == signalNumber {
            _ = sigaction(signalNumber, &RawTerminal.previousActions[index].1, nil)
        }
        // SIGABRT from abort() is raised, not a fault: send it again now that the previous action is back.
        if signalNumber == SIGABRT { raise(signalNumber) }
    }
}
