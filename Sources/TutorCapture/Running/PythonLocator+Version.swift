import TutorCore

extension PythonLocator {
    /// The version of `python` as "major.minor.micro", e.g. "3.11.7".
    ///
    /// Runs `python -c ...` under the `Supervisor` (10 s timeout) with the locator's environment.
    /// - Throws: `MPTutorError.missingProgram` if it does not exist, `.runFailed` if it does not
    ///   answer with a version.
    public func version(of python: String) throws -> String {
        let request = RunRequest(
            executable: python,
            arguments: ["-c", "import sys;print('%d.%d.%d' % tuple(sys.version_info[:3]))"],
            environment: environment,
            timeout: 10,
            exitGrace: 0.2)
        let outcome = try Supervisor().run(request)
        let text = Self.trimmed(outcome.stdout)
        let isVersion = text.split(separator: ".").count == 3
            && text.allSatisfy { $0 == "." || $0.isASCII && $0.isNumber }
        guard outcome.termination == .exited(0), !outcome.timedOut, isVersion else {
            let detail = Self.trimmed(outcome.stderr.suffix(500))
            throw MPTutorError.runFailed((outcome.timedOut ? Phrase.errNoVersionInTime : Phrase.errNoVersion).text(["python": python])
                + (detail.isEmpty ? "" : Phrase.errItSaid.text(["detail": detail])))
        }
        return text
    }

    /// The bytes as text without surrounding white space (no Foundation in this module).
    private static func trimmed(_ bytes: some Collection<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
