import Foundation
import TutorCore
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which lessons this learner has finished, kept under the XDG state folder
/// (`$XDG_STATE_HOME/mp-tutor/progress.json`, by default `~/.local/state/mp-tutor/progress.json`).
///
/// Several mp-tutor runs may finish lessons at once (a class replaying in parallel): each update is a
/// read-modify-write under an exclusive `flock` on `progress.json.lock`, written to a temporary file and
/// renamed over the old one, so no update is lost and no reader sees half a file. A file that cannot be
/// read is never overwritten: it is moved aside under the first free name of `progress.json.bad`,
/// `progress.json.bad.1`, … (earlier backups are kept) and the learner is told where. When the folder
/// cannot be written, the learner is told once per run that progress cannot be kept.
public struct ProgressStore: Sendable {
    public let path: String

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        path = state + "/mp-tutor/progress.json"
    }

    /// Finished lesson ids with when they were finished (ISO 8601). A problem reading the file is returned, not thrown.
    public func load() -> (finished: [String: String], problem: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([:], nil) }
        guard let finished = Self.decode(data) else {
            return ([:], Phrase.progNotReadable.text(["path": path]))
        }
        return (finished, nil)
    }

    /// Marks a lesson finished now. Never fails the command: a problem is told to the learner on
    /// standard error (that progress cannot be kept: once per run).
    public func markFinished(_ id: String) {
        do {
            try update { finished in finished[id] = ISO8601DateFormatter().string(from: Date()) }
        } catch {
            Self.warnings.tell(error.message)
        }
    }

    /// Forgets all progress.
    public func reset() throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw MPTutorError.other(Phrase.errProgressRemove.text(["path": path, "reason": error.localizedDescription]))
        }
    }
}

private extension ProgressStore {
    static let warnings = OnceTeller()

    var folder: String { (path as NSString).deletingLastPathComponent }

    static func decode(_ data: Data) -> [String: String]? {
        guard let object = try? JSONParser.parse(ArraySlice(data)).objectValue,
              let finished = object["finished"]?.objectValue else { return nil }
        // The file is outside input too: what `progress` prints from it goes through the one sanitizer.
        return Dictionary(finished.members.compactMap { m in m.value.stringValue.map { (TextSanitizer.line(m.key), TextSanitizer.line($0)) } }) { a, _ in a }
    }

    /// Read, change and write the file with the lock held.
    func update(_ change: (inout [String: String]) -> Void) throws(MPTutorError) {
        let cannotKeep = { (why: String) in
            MPTutorError.other(Phrase.errProgressCannotKeep.text(["why": why]))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw cannotKeep(Phrase.progCannotCreate.text(["folder": folder]))
        }
        let lockFD = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockFD >= 0 else { throw cannotKeep(Phrase.progCannotWrite.text(["path": folder, "reason": String(cString: strerror(errno))])) }
        defer { close(lockFD) }
        while flock(lockFD, LOCK_EX) != 0 {
            guard errno == EINTR else { throw cannotKeep(Phrase.progCannotLock.text(["path": path + ".lock", "reason": String(cString: strerror(errno))])) }
        }
        defer { flock(lockFD, LOCK_UN) }

        var finished: [String: String] = [:]
        if let data = FileManager.default.contents(atPath: path) {
            if let read = Self.decode(data) {
                finished = read
            } else {
                let backup = try moveAside()
                Self.warnings.tellAlways(Phrase.progKeptAs.text(["path": path, "backup": backup]))
            }
        }
        change(&finished)
        try write(finished, cannotKeep: cannotKeep)
    }

    /// Renames the unreadable file to the first free backup name; never replaces an earlier backup.
    func moveAside() throws(MPTutorError) -> String {
        for number in 0..<1000 {
            let candidate = path + ".bad" + (number == 0 ? "" : ".\(number)")
            // link(2) fails when the name exists, so no backup is ever overwritten.
            if link(path, candidate) == 0 {
                unlink(path)
                return candidate
            }
            guard errno == EEXIST else { break }
        }
        throw MPTutorError.other(Phrase.errProgressUnreadable.text(["path": path]))
    }

    func write(_ finished: [String: String], cannotKeep: (String) -> MPTutorError) throws(MPTutorError) {
        let object = JSONObject([("finished", .object(JSONObject(finished.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))])
        let bytes = Array((JSONValue.object(object).serialized() + "\n").utf8)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw cannotKeep(Phrase.progCannotWrite.text(["path": folder, "reason": String(cString: strerror(errno))])) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let why = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw cannotKeep(Phrase.progCannotWrite.text(["path": temporary, "reason": why]))
            }
            offset += written
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary)
            throw cannotKeep(Phrase.progCannotReplace.text(["path": path, "reason": why]))
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Tells the learner something on standard error, the "cannot keep" kind only once per run.
private final class OnceTeller: @unchecked Sendable {
    private let lock = NSLock()
    private var told = false

    func tell(_ message: String) {
        let first = lock.withLock { () -> Bool in
            defer { told = true }
            return !told
        }
        if first { tellAlways(message) }
    }

    func tellAlways(_ message: String) {
        Console.error(Phrase.warningPrefix.text(["message": TextSanitizer.neutralize(message, keepColors: false)]) + "\n")
    }
}
