import Foundation
import TutorCore

/// Finds the folder that holds `lessons/` and `transcripts/`.
///
/// Looked for in: `MP_TUTOR_HOME`; the current folder and its parents; the executable's folder and its
/// parents (so `swift run`, a build-folder binary and an installed copy next to the data all work).
public struct ProjectLocator: Sendable {
    public var environment: [String: String]
    var currentDirectory: String
    var executablePath: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                executablePath: String = CommandLine.arguments.first ?? "") {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
    }

    /// The project root, or nil when no `lessons/` folder can be found.
    public func root() -> String? {
        if let home = environment["MP_TUTOR_HOME"], !home.isEmpty { return home }
        var candidates = Self.ancestors(of: currentDirectory)
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent().path
        candidates += Self.ancestors(of: executable)
        return candidates.first { Self.isDirectory($0 + "/lessons") }
    }

    /// The root, or an error that says how to point mp-tutor at its lessons.
    public func requireRoot() throws -> String {
        guard let root = root() else {
            throw MPTutorError.other(Phrase.errNoLessonsFolder.text())
        }
        return root
    }

    static func ancestors(of path: String) -> [String] {
        var out: [String] = []
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            out.append(url.path)
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path || out.count > 64 { break }
            url = parent
        }
        return out
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
