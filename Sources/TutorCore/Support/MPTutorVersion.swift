/// The version of mp-tutor, written into every transcript.
public enum MPTutorVersion {
    public static let current = "0.1.0"
}
