/// A few bits per work item number (submitted, started, came back...): one executor's numbers as array indexes.
///
/// An executor numbers its work items 0, 1, 2, ..., so a byte per number in an array answers "was 7 submitted?" with
/// one load, where a `Set<Int64>` hashed every number (perf 30: the executor figures of a 100k-event run spent
/// ~5k instructions a work item in sets). A transcript is hostile input, though: a negative number, a number near
/// `Int64.max` or a few scattered large ones must neither trap nor make a huge array. The array therefore only grows
/// to cover numbers below `minimumDense` or below `denseFactor` times the count of numbers marked so far (its bytes
/// stay proportional to what it holds); any other number is kept in a dictionary, as all were before.
struct WorkNumberFlags: Sendable {
    /// The flags of the numbers 0..<dense.count (0: none).
    private var dense: [UInt8] = []
    /// The flags of the numbers outside the array (negative, or too far past it when marked).
    private var sparse: [Int64: UInt8] = [:]
    /// How many numbers have any flag.
    private(set) var count = 0

    static let minimumDense = 1024
    static let denseFactor = 8

    /// The flags set on `work` (0: none).
    func flags(_ work: Int64) -> UInt8 {
        if work >= 0, work < Int64(dense.count) { return dense[Int(work)] }
        return sparse[work] ?? 0
    }

    /// Whether `work` has every bit of `flag`.
    func contains(_ flag: UInt8, _ work: Int64) -> Bool { flags(work) & flag == flag }

    /// Sets the bits of `flag` on `work`.
    mutating func insert(_ flag: UInt8, _ work: Int64) {
        if work >= 0, work >= Int64(dense.count), work < Int64(denseLimit) { grow(toCover: Int(work)) }
        if work >= 0, work < Int64(dense.count) {
            let old = dense[Int(work)]
            if old == 0, flag != 0 { count += 1 }
            dense[Int(work)] = old | flag
        } else {
            let old = sparse[work] ?? 0
            if old == 0, flag != 0 { count += 1 }
            sparse[work] = old | flag
        }
    }

    /// How far the array may reach now: proportional to the numbers it holds, so scattered large numbers stay sparse.
    private var denseLimit: Int { max(Self.minimumDense, Self.denseFactor * (count + 1)) }

    /// Grows the array past `work` (doubling, within `denseLimit`), moving in any number kept sparse until now.
    private mutating func grow(toCover work: Int) {
        let old = dense.count
        let new = min(max(work + 1, old * 2, 64), denseLimit)
        dense.append(contentsOf: repeatElement(0, count: new - old))
        guard !sparse.isEmpty else { return }
        for (number, bits) in sparse where number >= Int64(old) && number < Int64(new) {
            dense[Int(number)] = bits
            sparse[number] = nil
        }
    }
}
