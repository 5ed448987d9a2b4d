import TutorCore

/// A small integer kept per name (a lock's slot in a pass's own arrays), found by the name's number: a run names few
/// objects, and a dictionary hashed each event's name (two hashes a lock event of a long Lock run, perf 38R). Numbers
/// below `direct` are kept in an array, any others in a dictionary.
struct NameSlots {
    private static let direct = 4096
    private var small: [Int32] = []
    private var large: [EventName: Int] = [:]

    /// The slot kept for `name`, or nil.
    subscript(name: EventName) -> Int? {
        get {
            let number = Int(name.rawValue)
            guard number < Self.direct else { return large[name] }
            return number < small.count && small[number] >= 0 ? Int(small[number]) : nil
        }
        set {
            let number = Int(name.rawValue)
            guard number < Self.direct else { large[name] = newValue; return }
            if number >= small.count { small.append(contentsOf: repeatElement(-1, count: number + 1 - small.count)) }
            small[number] = newValue.map { Int32($0) } ?? -1
        }
    }
}
