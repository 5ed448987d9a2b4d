extension String {
    /// A number with three decimals, e.g. `1.007`.
    public init(format3 value: Double) {
        let scaled = (value * 1000).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int64(abs(scaled))
        let frac = String(magnitude % 1000)
        self = "\(sign)\(magnitude / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
