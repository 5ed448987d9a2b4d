import Foundation
import TutorCore

/// A run's private scratch folder (`$TMPDIR/mp-tutor-run-XXXXXX`, mode 0700) and the lock that says
/// its run is alive.
///
/// The run holds an exclusive `flock` on the folder's `.lock` for as long as it lives (and the
/// lifeline's watcher inherits it while it cleans up after a dead mp-tutor). A folder whose lock is
/// free belongs to a run that is over, so the next run removes it: only folders of this user, never
/// by guessing from a pid. The lock file is locked under another name first and then renamed to
/// `.lock`, so a folder is never seen with a free `.lock` while its run is starting. A folder without
/// `.lock` (a run killed in the microseconds between the two steps) is left alone.
final class ScratchFolder {
    /// The folder's path.
    let path: String
    /// The open, locked `.lock` (close-on-exec).
    private(set) var lockFD: Int32

    static let prefix = "mp-tutor-run-"

    private init(path: String, lockFD: Int32) {
        self.path = path
        self.lockFD = lockFD
    }

    /// Removes the folders of dead runs, then makes and locks a new folder under `base`.
    static func make(base: String) throws -> ScratchFolder {
        collectDeadRuns(base: base)
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw MPTutorError.runFailed(Phrase.errScratchCreate.text(["folder": base, "reason": StorageProblem.describe(errno)]))
        }
        let path = String(cString: made)
        let fresh = path + "/.lock-new"
        let fd = open(fresh, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0, flock(fd, LOCK_EX) == 0, rename(fresh, path + "/.lock") == 0 else {
            let reason = StorageProblem.describe(errno)
            if fd >= 0 { close(fd) }
            try? FileManager.default.removeItem(atPath: path)
            throw MPTutorError.runFailed(Phrase.errScratchPrepare.text(["folder": path, "reason": reason]))
        }
        return ScratchFolder(path: path, lockFD: fd)
    }

    /// Removes the folder, then lets the lock go.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
        Descriptors.closeIfOpen(&lockFD)
    }

    deinit { Descriptors.closeIfOpen(&lockFD) }

    /// Every `mp-tutor-run-*` folder under `base` owned by this user whose `.lock` can be taken: its run
    /// is over (mp-tutor died and its watcher could not finish, or the machine rebooted). Returns how
    /// many were removed.
    @discardableResult
    static func collectDeadRuns(base: String) -> Int {
        var removed = 0
        for name in entries(of: base, prefix: prefix) {
            let folder = base + "/" + name
            var info = stat()
            guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            let fd = open(folder + "/.lock", O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var lockInfo = stat()
            guard fstat(fd, &lockInfo) == 0, lockInfo.st_uid == getuid(), flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            if (try? FileManager.default.removeItem(atPath: folder)) != nil { removed += 1 }
        }
        return removed
    }

    /// The names in `folder` that start with `prefix`: read with `readdir`, so that a shared temporary folder
    /// of thousands of entries costs no String for each name that is not ours.
    private static func entries(of folder: String, prefix: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let wanted = Array(prefix.utf8CString.dropLast())
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { chars in
                    strncmp(chars, wanted, wanted.count) == 0 ? String(cString: chars) : nil
                }
            }
            if let name { names.append(name) }
        }
        return names
    }
}
