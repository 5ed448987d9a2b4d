#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where mp-tutor writes: standard output for results, standard error for errors.
///
/// Plain write(2) calls, so that a reader that goes away (`mp-tutor list | head -1`) ends mp-tutor the way
/// it ends any Unix tool, instead of an exception in FileHandle.
public enum Console {
    public static func out(_ text: String) { write(text, to: outputDescriptor) }

    /// 1, or 2 once `sendOutputToStandardError()` was called.
    nonisolated(unsafe) private static var outputDescriptor: Int32 = 1

    /// From now on results go to standard error: standard output carries data (`--record -`).
    /// Call it before anything is printed, on the main thread.
    public static func sendOutputToStandardError() { outputDescriptor = 2 }

    /// While a pager reads standard output: when it is quit, further output is dropped instead of
    /// ending mp-tutor with SIGPIPE, so that a live run is still stopped and cleaned up.
    nonisolated(unsafe) public static var discardOutputOnBrokenPipe = false

    public static func error(_ text: String) { write(text, to: 2) }

    static func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                if written < 0, errno == EPIPE, fd == outputDescriptor, discardOutputOnBrokenPipe { return }
                if written < 0, errno == EPIPE {
                    // Nobody reads any more: die of SIGPIPE like other tools (exit status 141 in a shell).
                    signal(SIGPIPE, SIG_DFL)
                    raise(SIGPIPE)
                }
                return
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
