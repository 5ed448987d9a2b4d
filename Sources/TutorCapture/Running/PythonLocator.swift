import TutorCore

/// Finds the python3 that runs the lessons.
///
/// Order: an explicit `--python PATH`, then `MP_TUTOR_PYTHON`, then `python3` on `PATH`.
/// A name without a slash (`--python python3.12`) is looked up on `PATH` too.
public struct PythonLocator: Sendable {
    /// The environment variable naming the python to use when `--python` is not given.
    static let environmentVariable = "MP_TUTOR_PYTHON"

    /// The environment whose `PATH` and `MP_TUTOR_PYTHON` are used (normally mp-tutor's own).
    public var environment: [String: String]

    /// Creates a locator over `environment`.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The path of the python to run.
    ///
    /// - Parameter explicit: the `--python` value, if the learner gave one.
    /// - Throws: `MPTutorError.missingProgram` when the chosen python is not an executable file.
    ///   An explicit choice that does not work is reported, never silently replaced.
    public func locate(explicit: String?) throws -> String {
        let path = environment["PATH"]
        if let explicit, !explicit.isEmpty {
            guard let found = ExecutableSearch.find(explicit, path: path) else {
                throw MPTutorError.missingProgram(Phrase.errPythonFlag.text(["path": explicit, "why": Self.notExecutable(explicit)]))
            }
            return found
        }
        if let chosen = environment[Self.environmentVariable], !chosen.isEmpty {
            guard let found = ExecutableSearch.find(chosen, path: path) else {
                throw MPTutorError.missingProgram(Phrase.errPythonVariable.text(["variable": Self.environmentVariable, "path": chosen,
                                                                   "why": Self.notExecutable(chosen)]))
            }
            return found
        }
        guard let found = ExecutableSearch.find("python3", path: path) else {
            throw MPTutorError.missingProgram(
                Phrase.errNoPython.text())
        }
        return found
    }

    private static func notExecutable(_ name: String) -> String {
        name.contains("/") ? Phrase.whyNoFileAtPath.text() : Phrase.whyNotOnPath.text()
    }
}
