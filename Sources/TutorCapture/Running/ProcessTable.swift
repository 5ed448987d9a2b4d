#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Lists processes by reading `/proc`, to find what a run left behind.
///
/// Linux only: elsewhere every query returns an empty list (there is no `/proc`), so callers
/// must treat an empty answer as "nothing known", not as proof.
struct ProcessTable: Sendable {
    /// Pids (alive or zombie) whose process group is `inProcessGroup`.
    static func pids(inProcessGroup pgid: Int32) -> [Int32] {
        entries().filter { $0.pgid == pgid }.map(\.pid)
    }

    /// Pids whose initial environment contains exactly `withEnvironmentEntry`, e.g. `"MPTUTOR_RUN_ID=abc"`.
    ///
    /// Zombies have no environment any more, so they never match.
    static func pids(withEnvironmentEntry entry: String) -> [Int32] {
        allPids().filter { environment(of: $0).contains(entry) }
    }

    /// Every process visible in `/proc`, with its parent, group and state.
    static func entries() -> [Entry] {
        allPids().compactMap(entry(of:))
    }

    /// One process's row, or `nil` when it has gone (or there is no `/proc`).
    static func entry(of pid: Int32) -> Entry? {
        guard let stat = readFile("/proc/\(pid)/stat") else { return nil }
        return Entry(pid: pid, statLine: stat)
    }

    /// The `NAME=value` entries a process was started with (empty when unreadable).
    static func environment(of pid: Int32) -> [String] {
        guard let bytes = readFile("/proc/\(pid)/environ") else { return [] }
        return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Numeric directory names under `/proc`.
    static func allPids() -> [Int32] {
        #if os(Linux)
        guard let dir = opendir("/proc") else { return [] }
        defer { closedir(dir) }
        var pids: [Int32] = []
        while let item = readdir(dir) {
            let name = withUnsafePointer(to: &item.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if let pid = Int32(name) { pids.append(pid) }
        }
        return pids
        #else
        return []
        #endif
    }

    /// Reads a whole (possibly size-less `/proc`) file with plain `read` calls.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                result.append(contentsOf: chunk[0..<count])
            } else if count == 0 || errno != EINTR {
                return count == 0 ? result : nil
            }
        }
    }
}
