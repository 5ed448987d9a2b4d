import Foundation
import TutorCore

/// Finds the lessons and the transcripts mp-tutor works with.
///
/// In this order: `--lessons DIR` (a lessons folder, for teachers and translators who edit lessons);
/// `MP_TUTOR_LESSONS` (the same, from the environment); `MP_TUTOR_HOME` (a folder holding `lessons/`
/// and `transcripts/`); the mp-tutor checkout around the current folder, or around the executable
/// (`swift run`, a build-folder binary); else the lessons and transcripts carried inside the binary
/// (`EmbeddedProject`), so a copy of the binary works alone from any folder. A lessons folder given
/// by --lessons or MP_TUTOR_LESSONS uses the `transcripts/` folder beside it when there is one, else
/// the embedded transcripts.
public struct ProjectLocator: Sendable {
    public var environment: [String: String]
    var currentDirectory: String
    var executablePath: String
    /// `--lessons DIR`: wins over everything else.
    public var lessonsFolder: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                executablePath: String = CommandLine.arguments.first ?? "", lessonsFolder: String? = nil) {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.lessonsFolder = lessonsFolder
    }

    /// Where the lessons and the transcripts are.
    public struct Project: Sendable, Equatable {
        public var lessons: String
        public var transcripts: String
    }

    /// The lessons and transcripts to use (see the type's description for the order).
    public func project() throws -> Project {
        if let folder = lessonsFolder {
            return try given(folder, by: "--lessons")
        }
        if let folder = environment["MP_TUTOR_LESSONS"], !folder.isEmpty {
            return try given(folder, by: "MP_TUTOR_LESSONS")
        }
        if let root = root() {
            return Project(lessons: root + "/lessons", transcripts: root + "/transcripts")
        }
        let embedded = try EmbeddedProject.root(environment: environment)
        return Project(lessons: embedded + "/lessons", transcripts: embedded + "/transcripts")
    }

    /// The project folder on disk: `MP_TUTOR_HOME`, else the checkout around the current folder or
    /// the executable; nil when there is none (then the lessons come from the binary).
    public func root() -> String? {
        if let home = environment["MP_TUTOR_HOME"], !home.isEmpty { return home }
        var candidates = Self.ancestors(of: currentDirectory)
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent().path
        candidates += Self.ancestors(of: executable)
        return candidates.first(where: Self.isCheckout)
    }

    /// A folder with `lessons/` and either `transcripts/` or `Package.swift`: mp-tutor's checkout or a
    /// copy of its data, not any folder that happens to hold a `lessons/` folder (a home folder may).
    static func isCheckout(_ folder: String) -> Bool {
        isDirectory(folder + "/lessons")
            && (isDirectory(folder + "/transcripts") || FileManager.default.fileExists(atPath: folder + "/Package.swift"))
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

private extension ProjectLocator {
    /// A lessons folder named by the learner, with the transcripts beside it or else the embedded ones.
    func given(_ folder: String, by source: String) throws -> Project {
        let lessons = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
            .standardizedFileURL.path
        guard Self.isDirectory(lessons) else {
            throw MPTutorError.usage(Phrase.errNotAFolder.text(["source": source, "folder": folder]), hint: Phrase.hintLessonsFolder.text())
        }
        let beside = (lessons as NSString).deletingLastPathComponent + "/transcripts"
        if Self.isDirectory(beside) { return Project(lessons: lessons, transcripts: beside) }
        return Project(lessons: lessons, transcripts: try EmbeddedProject.root(environment: environment) + "/transcripts")
    }
}
