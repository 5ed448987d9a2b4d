@testable import TutorCore
@testable import TutorAnalysis

/// A run whose every outside string tries to become markup or script, or to break a JSON string.
enum HostileFixture {
    static let script = "</script><script>window.pwned=1</script>"
    static let image = "<img src=x onerror=\"window.pwned=1\">"
    static let quotes = #"it's "quoted" & <b>bold</b>"#
    static let separators = "line\u{2028}separator\u{2029}paragraph"
    static let controls = "bell\u{07} esc\u{1B}[2J nul\u{00} del\u{7F} c1\u{9B}31m rlo\u{202E}txt"
    static let comment = "<!-- --> ]]> \\u003c/script>"

    static func timeline() -> Timeline {
        var s = EventScript()
        let main = script
        s.add(0, pid: 100, process: main, .processStart, [("name", .string(main)), ("role", .string("main"))])
        s.add(1, pid: 100, process: main, .queueCreate, object: image, [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 100, process: main, .processSpawn, [("child_pid", .int(101)), ("name", .string(quotes))])
        s.add(3, pid: 101, ppid: 100, process: quotes, thread: separators, .processStart, [("name", .string(quotes)), ("role", .string("child"))])
        s.add(4, pid: 101, ppid: 100, process: quotes, thread: separators, .queuePut, object: image, [("item", .string(controls)), ("waited_ns", .int(0))])
        s.add(5, pid: 100, process: main, .queueGet, object: image, [("item", .string(controls)), ("waited_ns", .int(800_000))])
        s.add(6, pid: 100, process: main, .print, [("stream", .string("stdout")), ("text", .string(comment + " " + script))])
        s.add(7, pid: 100, process: main, .lockAcquire, object: quotes, [("waited_ns", .int(0))])
        s.add(8, pid: 100, process: main, .lockRelease, object: quotes)
        s.add(9, pid: 101, ppid: 100, process: quotes, thread: separators, .processExit, [("exitcode", .int(0))])
        s.add(10, pid: 100, process: main, .processExit, [("exitcode", .int(0))])
        return s.timeline()
    }
}
