extension Phrase {
    /// The English texts of round 37G (issue 11: other tutorials' examples): the IndexError that ends a loop over a
    /// list proxy.
    static let englishRound37G: [Phrase: String] = [
        .evProxyIterationEnd: " (this thread had just asked for {range}: the shape of a loop over the proxy. A list proxy has no __iter__, so list(), sorted() or a for loop over it calls __getitem__ with 0, 1, 2, … and stops at the first IndexError, which such a loop does not raise)",
        .evProxyIterRangeOne: "index 0 (__getitem__(0))",
        .evProxyIterRange: "indexes 0 to {last} in turn (__getitem__(0) … __getitem__({last}))",
    ]
}
