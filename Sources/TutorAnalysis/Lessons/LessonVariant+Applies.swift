import TutorCore

extension LessonVariant {
    /// The name that stands for the run without `--variant` in a claim's or note's `variants:` list.
    static let defaultID = "default"

    /// Whether a claim or note limited to `variants` (empty: all) applies to a run of `variant` (nil: the default run).
    public static func applies(_ variants: [String], to variant: String?) -> Bool {
        variants.isEmpty || variants.contains(variant ?? defaultID)
    }
}
