#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Small helpers for the file descriptors a run needs.
enum Descriptors {
    /// A pipe whose both ends are close-on-exec and above 0/1/2.
    ///
    /// Close-on-exec keeps our ends out of the child (an inherited write end would stop us
    /// ever seeing EOF); the child's `dup2` copies onto 1 and 2 drop the flag again.
    /// `pipe2` sets the flag atomically, so a thread spawning at the same time cannot inherit
    /// the pipe; Swift does not import it, hence the lookup and the `pipe` + `fcntl` fallback.
    static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        let status: Int32
        if let symbol = DynamicSymbols.lookup("pipe2") {
            status = unsafeBitCast(symbol, to: Pipe2.self)(&fds, O_CLOEXEC)
        } else {
            status = pipe(&fds)
        }
        guard status == 0 else { throw MPTutorError.runFailed("cannot create a pipe: \(errorText())") }
        return (try aboveStdio(fds[0]), try aboveStdio(fds[1]))
    }

    /// Opens `path` read-only and close-on-exec (the child gets it through `dup2`).
    static func openForReading(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw MPTutorError.runFailed("cannot open \(path) as standard input: \(errorText())")
        }
        return try aboveStdio(fd)
    }

    /// A close-on-exec copy of `fd` above 0/1/2 (the child gets it through `dup2`); a closed `fd`
    /// gives `/dev/null`, as a program started with that stream closed should read nothing.
    static func duplicate(_ fd: Int32) throws -> Int32 {
        let copy = fcntl(fd, F_DUPFD_CLOEXEC, 3)
        if copy < 0 && errno == EBADF { return try openForReading("/dev/null") }
        guard copy >= 0 else { throw MPTutorError.runFailed("cannot pass standard input on: \(errorText())") }
        return copy
    }

    /// Marks `fd` close-on-exec and makes sure it is not 0, 1 or 2: when mp-tutor was started
    /// with one of those closed, a new pipe could land there and the child's `dup2` onto the
    /// same number would keep close-on-exec set, leaving the child without that stream.
    static func aboveStdio(_ fd: Int32) throws -> Int32 {
        if fd > 2 {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            return fd
        }
        let moved = fcntl(fd, F_DUPFD_CLOEXEC, 3)
        close(fd)
        guard moved >= 0 else { throw MPTutorError.runFailed("cannot move descriptor: \(errorText())") }
        return moved
    }

    /// Closes `fd` if it is open and marks it closed.
    static func closeIfOpen(_ fd: inout Int32) {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// `strerror(errno)` as a String.
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
