#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension RawTerminal {
    /// Ctrl-Z in the step view (raw mode turns it into a key): gives the shell back its terminal as it was (the main
    /// screen, the cursor, the saved modes), stops mp-tutor as Ctrl-Z stops a program, and after `fg` (SIGCONT) takes
    /// the terminal again (raw mode, the alternate screen). The caller redraws the whole screen (guard 25).
    ///
    /// SIGSTOP, not SIGTSTP: it stops every thread at once, here, before the view draws again on a screen that is no
    /// longer its own; a SIGTSTP would go through the run's signal catcher first. The run's processes lead a process
    /// group of their own: they are stopped before mp-tutor and continued after it (`RunSuspension`, fix 25).
    public static func suspend() {
        guard isRaw == 1 else { return }
        write(leave: true)
        _ = tcsetattr(terminalFD, TCSANOW, &saved)
        RunSuspension.whileStopped { _ = kill(getpid(), SIGSTOP) }
        // continued: the shell may have changed the modes meanwhile; take them again as the view needs them
        var current = termios()
        if tcgetattr(terminalFD, &current) == 0 { saved = current }
        _ = tcsetattr(terminalFD, TCSAFLUSH, &rawSettings)
        write(leave: false)
    }

    private static func write(leave: Bool) {
        let text: StaticString = leave ? leaveSequence : enterSequence
        #if canImport(Glibc)
        _ = Glibc.write(1, text.utf8Start, text.utf8CodeUnitCount)
        #else
        _ = Darwin.write(1, text.utf8Start, text.utf8CodeUnitCount)
        #endif
    }
}
