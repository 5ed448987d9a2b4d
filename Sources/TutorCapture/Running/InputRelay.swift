#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Passes what the learner types on mp-tutor's terminal to the run's standard input, through a pipe.
///
/// The run leads a process group of its own, in the background of the terminal: reading the terminal
/// itself would stop it (SIGTTIN). mp-tutor stays in the foreground (so Ctrl-C still reaches mp-tutor,
/// which stops the whole run) and relays each line the terminal's line discipline hands it; end of
/// input (Ctrl-D) closes the pipe, and so does the end of the main process.
public struct InputRelay {
    /// mp-tutor's side: the terminal (never closed here).
    let source: Int32
    /// The write end of the run's stdin pipe (close-on-exec; the child has the read end).
    private(set) var sink: Int32

    init(source: Int32, sink: Int32) {
        self.source = source
        self.sink = sink
    }

    /// What to poll: the source while the relay is open, else -1 (poll skips it).
    var pollFD: Int32 { sink >= 0 ? source : -1 }

    /// Whether mp-tutor is the terminal's foreground job: only then may it read the terminal (a
    /// background read would stop mp-tutor itself with SIGTTIN).
    public static func isForeground(_ terminal: Int32) -> Bool {
        tcgetpgrp(terminal) == getpgrp()
    }

    /// Copies what is ready on the source; closes the pipe at end of input, when the run stops reading,
    /// or when mp-tutor was moved to the background (the program then sees the end of its input).
    mutating func forward() {
        guard Self.isForeground(source) else { return close() }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { close() }
            return
        }
        var offset = 0
        while offset < count {
            let written = buffer.withUnsafeBytes { write(sink, $0.baseAddress! + offset, count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                close()  // EPIPE: nobody of the run reads its stdin any more
                return
            }
        }
    }

    mutating func close() {
        Descriptors.closeIfOpen(&sink)
    }
}
