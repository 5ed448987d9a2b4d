import TutorCore

/// Which of the child's output pipes a chunk of bytes came from.
public enum OutputStream: Sendable {
    case stdout
    case stderr
}
