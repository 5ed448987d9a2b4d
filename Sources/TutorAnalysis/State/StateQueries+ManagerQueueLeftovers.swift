import TutorCore

extension StateQueries {
    /// Items a Manager queue (`manager.Queue()`, `manager.JoinableQueue()`) still held in its server when the run
    /// ended, which no get() took (the lead, session 16; gaps 15A's Left 1: only `multiprocessing.Queue` was counted).
    struct ManagerQueueLeftover: Equatable {
        let queue: String
        /// The put() calls on it that returned (each added an item in the server) and the get() calls that returned one.
        let puts: [Int]
        let gets: Int
        /// The put() calls whose items are the ones left, oldest first, when every item put and got can be told by its
        /// value; nil when only their count is known.
        let left: [Int]?
        var count: Int { puts.count - gets }
    }

    /// Every Manager queue whose returned put() calls outnumber its returned get() calls in a run in which every
    /// process had ended (the resource tracker and the fork server aside: helpers that call no proxy, whose end the
    /// record may not hold), a Manager's server process among them, no event was lost and no Manager was reached by
    /// `connect()` (so the queue lived in a server process of this run, which has ended too). A call that was still in
    /// the server (a `manager.wait` without its `manager.call`), a failed call other than get_nowait()'s Empty and
    /// put_nowait()'s Full, or a method other than the queue's own put/get/qsize/empty/full/task_done/join leaves the
    /// queue out: its count could be wrong.
    static func managerQueueLeftovers(in replayer: StateReplayer) -> [ManagerQueueLeftover] {
        let timeline = replayer.timeline
        let events = timeline.events
        guard let last = events.indices.last, timeline.lostEvents == 0, timeline.indices(of: .managerConnect).isEmpty
        else { return [] }
        var calls: [String: [Int]] = [:], order: [String] = []
        for i in timeline.indices(of: .managerCall) {
            guard let type = events[i].objectType, type == "Queue" || type == "JoinableQueue",
                  let queue = events[i].object else { continue }
            if calls[queue] == nil { order.append(queue) }
            calls[queue, default: []].append(i)
        }
        guard !calls.isEmpty else { return [] }
        var waits: [String: Int] = [:]
        for i in timeline.indices(of: .managerWait) { waits[events[i].object ?? "", default: 0] += 1 }
        var found: [ManagerQueueLeftover] = []
        for queue in order {
            guard let steps = calls[queue], let counted = count(steps, in: events),
                  counted.puts.count > counted.gets.count,
                  waits[queue, default: 0] == steps.filter({ events[$0].bool(EventField.waited) == true }).count else { continue }
            found.append(ManagerQueueLeftover(queue: queue, puts: counted.puts, gets: counted.gets.count,
                                              left: leftByValue(puts: counted.puts, gets: counted.gets, in: events)))
        }
        guard !found.isEmpty else { return [] }
        let state = replayer.state(after: last)
        // the resource tracker and the fork server (helpers that call no proxy) may outlive the record
        let users = state.processes.filter { $0.role != "resource_tracker" && $0.role != "forkserver" }
        guard users.contains(where: { $0.role == "manager" }), users.allSatisfy({ !$0.isAlive }) else { return [] }
        return found
    }
}

private extension StateQueries {
    /// The returned put() and get() calls among `steps`; nil when a call makes the count unsure.
    static func count(_ steps: [Int], in events: [TraceEvent]) -> (puts: [Int], gets: [Int])? {
        var puts: [Int] = [], gets: [Int] = []
        for step in steps {
            let e = events[step]
            let ok = e.ok == true
            switch e.method {
            case "put"?, "put_nowait"?:
                if ok { puts.append(step) } else if e.string(EventField.error) != "Full" { return nil }
            case "get"?, "get_nowait"?:
                if ok { gets.append(step) } else if e.string(EventField.error) != "Empty" { return nil }
            case "qsize"?, "empty"?, "full"?, "task_done"?, "join"?:
                if !ok { return nil }
            default:
                return nil
            }
        }
        return (puts, gets)
    }

    /// The puts whose items no get returned: each get's result taken off a put of the same value. Nil when a put's item
    /// is not written whole as its only argument (`(item,)`: no `...` of a cut, no `<Type>` in place of a value, short
    /// of the tracer's 80-character cut), when a get returned a value no put left, or when a value left was also got
    /// (which of its puts is left the record cannot tell: the server keeps them in the order they reached it).
    static func leftByValue(puts: [Int], gets: [Int], in events: [TraceEvent]) -> [Int]? {
        func whole(_ text: String) -> Bool { text.count < 76 && !text.contains("...") && !text.contains("<") }
        var open: [String: [Int]] = [:], taken: Set<String> = []
        for step in puts {
            guard let args = events[step].args, args.hasPrefix("("), args.hasSuffix(",)"), whole(args) else { return nil }
            open[String(args.dropFirst().dropLast(2)), default: []].append(step)
        }
        for step in gets {
            guard let value = events[step].result, whole(value), var same = open[value], !same.isEmpty else { return nil }
            same.removeFirst()
            open[value] = same
            taken.insert(value)
        }
        guard open.allSatisfy({ $0.value.isEmpty || !taken.contains($0.key) }) else { return nil }
        return open.values.flatMap { $0 }.sorted()
    }
}
