/// A causal link without its words: which event caused which, and how. Twelve bytes, so that the links
/// of a million-event run cost megabytes; `CausalLinker.link(_:in:)` puts one in words when it is shown.
public struct CausalPair: Sendable, Equatable {
    public var cause: Int32
    public var effect: Int32
    public var kind: CausalLink.Kind

    public init(cause: Int, effect: Int, kind: CausalLink.Kind) {
        self.cause = Int32(cause)
        self.effect = Int32(effect)
        self.kind = kind
    }
}
