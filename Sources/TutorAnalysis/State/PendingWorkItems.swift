/// An executor's work items submitted and not started yet, oldest first (gaps 29A). Items leave from anywhere, mostly the
/// front: an array's `removeAll` per start cost a map() of 100,000 items submitted at once 10^10 comparisons, so the order
/// is kept with a moving head and the membership in a set.
public struct PendingWorkItems: Sendable, Equatable {
    private var order: [Int64] = []
    private var head = 0
    private var members: Set<Int64> = []

    public init() {}

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    func contains(_ work: Int64) -> Bool { members.contains(work) }

    mutating func append(_ work: Int64) {
        if members.insert(work).inserted { order.append(work) }
    }

    mutating func remove(_ work: Int64) {
        guard members.remove(work) != nil else { return }
        while head < order.count, !members.contains(order[head]) { head += 1 }
        // the items passed are dropped once they are most of the array
        if head > 1024, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }

    mutating func removeAll() { self = PendingWorkItems() }

    /// The oldest `limit` items still pending, in submission order.
    public func first(_ limit: Int) -> [Int64] {
        var out: [Int64] = []
        var i = head
        while i < order.count, out.count < limit {
            if members.contains(order[i]) { out.append(order[i]) }
            i += 1
        }
        return out
    }
}
