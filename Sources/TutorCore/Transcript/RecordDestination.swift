import Foundation

/// Where `--record PATH` writes, decided the way careful Unix tools decide it.
///
/// - `-` is standard output (the command then prints its timeline on standard error);
/// - a symbolic link is followed: its target is written, the link stays;
/// - a device, a FIFO or a socket-like special file is written to as a stream, never replaced;
/// - a regular file (or a new one) is written atomically: a temporary file beside it, then
///   `rename`, so a half-written transcript never appears; an existing file keeps its mode;
/// - the traced script itself (same device and inode, whatever the path) is refused.
public struct RecordDestination: Sendable, Equatable {
    /// The path as the learner gave it (used in every message).
    public let path: String

    public init(_ path: String) { self.path = path }

    /// `-`: standard output.
    public var isStandardOutput: Bool { path == "-" }

    /// Refuses a destination that is the script about to run (or any of `protected`), before the run.
    public func checkNotOverwriting(_ protected: [String]) throws {
        guard !isStandardOutput else { return }
        var target = stat()
        guard stat(path, &target) == 0 else { return }  // does not exist yet (or a dangling link): nothing to protect
        for file in protected {
            var info = stat()
            if stat(file, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino {
                throw MPTutorError.usage(Phrase.errRecordOverwrites.text(["path": path, "file": file]),
                                         hint: Phrase.hintRecordElsewhere.text())
            }
        }
        if target.st_mode & S_IFMT == S_IFDIR {
            throw MPTutorError.usage(Phrase.errRecordIsFolder.text(["path": path]), hint: Phrase.hintRecordFileName.text(["path": path]))
        }
    }

    /// Writes `bytes`; the error names the path and says what went wrong (a full disk by that name).
    public func write(_ bytes: [UInt8]) throws {
        try write { emit in try emit(bytes) }
    }

    /// Writes what `produce` hands to `emit`, piece after piece, as `write(_:)` writes one buffer.
    public func write(_ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
        do {
            if isStandardOutput {
                try produce { try Self.writeAll($0, to: 1) }
                return
            }
            let resolved = try Self.followLinks(path)
            var info = stat()
            if stat(resolved, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                guard info.st_mode & S_IFMT != S_IFDIR else { throw RecordError(code: EISDIR) }
                try Self.stream(produce, to: resolved)
            } else {
                try Self.replaceAtomically(resolved, with: produce, keepingModeOf: stat(resolved, &info) == 0 ? info.st_mode : nil)
            }
        } catch let error as RecordError {
            throw MPTutorError.recordFailed(Phrase.errRecordWrite.text(["path": path,
                                                                          "reason": StorageProblem.describe(error.code, temporary: false)]))
        }
    }
}

extension RecordDestination {
    /// Creates `path` (which must not exist) with `bytes`; throws `RecordError` with the errno.
    public static func writeNew(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw RecordError() }
        defer { close(fd) }
        try writeAll(bytes, to: fd)
    }
}

/// An errno from one of the steps of writing a file.
public struct RecordError: Error {
    /// The errno value.
    public let code: Int32
    init(code: Int32 = errno) { self.code = code }
}

extension RecordDestination {
    static func writeAll(_ bytes: [UInt8], to fd: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                throw RecordError(code: written < 0 ? errno : EIO)
            }
        }
    }
}

private extension RecordDestination {
    /// The final target of a chain of symbolic links (at most 40, as the kernel allows); a dangling
    /// link gives the path it points to, which is then created.
    static func followLinks(_ start: String) throws -> String {
        var current = start
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw RecordError() }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : (current as NSString).deletingLastPathComponent.appendingPathComponentIfRelative(target)
        }
        throw RecordError(code: ELOOP)
    }

    /// A device or a FIFO: opened for writing (never created, never truncated away) and written in order.
    static func stream(_ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw RecordError() }
        defer { close(fd) }
        try produce { try writeAll($0, to: fd) }
    }

    /// A temporary file in the same folder, written and flushed, then renamed over `path`.
    static func replaceAtomically(_ path: String, with produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void,
                                  keepingModeOf mode: mode_t?) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw RecordError() }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            defer { close(fd) }
            if let mode { fchmod(fd, mode & 0o7777) } else {
                // mkstemp makes 0600; a new transcript is as readable as any new file (0666 less the umask).
                let mask = umask(0)
                umask(mask)
                fchmod(fd, 0o666 & ~mask)
            }
            try produce { try writeAll($0, to: fd) }
            guard fsync(fd) == 0 else { throw RecordError() }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = RecordError()
            unlink(temporary)
            throw error
        }
    }
}

private extension String {
    func appendingPathComponentIfRelative(_ component: String) -> String {
        isEmpty ? component : self + "/" + component
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
