/// Numbers as the learner reads them on screen.
public enum Format {
    /// `1.007 s` from nanoseconds.
    public static func seconds(_ ns: Int64) -> String { String(format3: Double(ns) / 1e9) + " s" }

    /// A duration in seconds, with a unit that keeps it readable: `1.003 s`, `12 ms`, `85 µs`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "\(seconds) s" }
        // Rounded first: 0.9996 s is "1.000 s", not "1000 ms" beside a row's "1.000 s" (round 37Z), and 999.7 µs is "1 ms".
        let ms = (seconds * 1000).rounded(), us = (seconds * 1e6).rounded()
        if abs(ms) >= 1000 || seconds == 0 { return String(format3: seconds) + " s" }
        if abs(us) >= 1000 { return String(Int(ms)) + " ms" }
        return String(Int(us)) + " µs"
    }

    /// `1.003 s` etc. from nanoseconds.
    public static func duration(ns: Int64) -> String { duration(Double(ns) / 1e9) }

    /// A signal's name, e.g. `SIGTERM`.
    public static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV",
                                      13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM"]
        return names[signal] ?? "signal \(signal)"
    }
}
