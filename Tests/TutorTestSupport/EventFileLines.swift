/// Lines of a tracer's per-process event file, as the tracer writes them, for the tests that read trace folders.
public enum EventFileLines {
    /// The run's start on the monotonic clock; `t` arguments are nanoseconds after it.
    public static let start: UInt64 = 5_000_000_000

    public static func proc(pid: Int, t: Int, role: String = "main", name: String = "MainProcess") -> String {
        #"{"kind":"proc","t":\#(Int(start) + t),"n":0,"tid":\#(pid),"pid":\#(pid),"ppid":1,"name":"\#(name)","role":"\#(role)","python":"3.11.7","start_method":"fork","platform":"linux","cpus":2}"#
    }

    public static func print(_ text: String, pid: Int, t: Int, n: Int) -> String {
        #"{"kind":"print","t":\#(Int(start) + t),"n":\#(n),"tid":\#(pid),"stream":"stdout","text":"\#(text)"}"#
    }
}
