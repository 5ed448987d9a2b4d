#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the interactive views read their keys: the terminal itself.
///
/// Standard input when it is a terminal; else the controlling terminal (`/dev/tty`), so that
/// `producer | mp-tutor trace --step consumer.py` gives the program the pipe and the view the keys.
public enum KeyboardDevice {
    /// The descriptor to read keys from and to set raw, or -1 when there is no terminal at all.
    public static let descriptor: Int32 = {
        if isatty(0) == 1 { return 0 }
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return -1 }
        if isatty(fd) == 1 { return fd }
        close(fd)
        return -1
    }()

    /// Whether a view can wait for keys and draw: a keyboard, and standard output on a terminal.
    public static var canDriveTerminal: Bool { isatty(1) == 1 && descriptor >= 0 }

    /// Whether the keys come from standard input itself (then a program run meanwhile must not read it).
    public static var isStandardInput: Bool { descriptor == 0 }
}
