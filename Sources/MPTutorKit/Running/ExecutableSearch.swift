#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds programs the way a shell does, but on a `PATH` we choose (the child's, not ours).
enum ExecutableSearch {
    /// `name` itself when it contains a `/`, else the first executable `dir/name` on `path`.
    static func find(_ name: String, path: String?) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        guard !name.isEmpty else { return nil }
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":", omittingEmptySubsequences: false)
        for directory in directories {
            // An empty PATH entry means the current directory, as in sh.
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + name
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    /// A regular file (after following links) that we may execute.
    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    /// An existing directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
