#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Finds programs the way a shell does, but on a `PATH` we choose (the child's, not ours).
enum ExecutableSearch {
    /// `name` itself when it contains a `/`, else the first executable `dir/name` on `path`;
    /// made absolute, because the child may start in another working directory.
    static func find(_ name: String, path: String?) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? absolute(name) : nil }
        guard !name.isEmpty else { return nil }
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":", omittingEmptySubsequences: false)
        for directory in directories {
            // An empty PATH entry means the current directory, as in sh.
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + name
            if isExecutableFile(candidate) { return absolute(candidate) }
        }
        return nil
    }

    /// A regular file (after following links) that we may execute.
    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    /// Something exists at `path` (used to tell "missing" from "not executable").
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// `path` prefixed with the current directory when relative.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        guard let current = getcwd(nil, 0) else { return path }  // malloc'ed by the C library
        defer { free(current) }
        let directory = String(cString: current)
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return (directory == "/" ? "" : directory) + "/" + relative
    }

    /// An existing directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
