// Buffers that one thread reuses from ad to ad, so a stream of assessments stops allocating them.

/// The working buffers of one assessment: normalized characters, pieces, tokens and their forms, amounts,
/// features. Pass the same workspace to every call on one thread and the buffers are reused: after the
/// first few ads they are large enough and the hot loop no longer allocates, frees or page-faults them.
///
/// ```swift
/// let classifier = Classifier.default
/// var workspace = AssessmentWorkspace()           // one per thread or task
/// for ad in ads {
///     let assessment = classifier.assess(bytes: Array(ad.utf8), workspace: &workspace)
///     if assessment.verdict == .scam { flag(ad) }
/// }
/// ```
///
/// A workspace never changes a result: an assessment with a fresh workspace and one with a workspace used
/// a million times are bit-identical. It holds only capacity, no state about earlier ads. It is a value
/// (`Sendable`), but sharing one between threads needs `inout` access, so each thread keeps its own. It keeps
/// the capacity of the largest ad seen (about 100 bytes per input byte); assign a new workspace to let
/// that memory go.
public struct AssessmentWorkspace: Sendable {
    var chars: [NormalizedChar] = []
    var pieces: [Piece] = []
    var tokens: [Token] = []
    var forms: [UInt8] = []
    var amounts: [MoneyAmount] = []
    var features: [UInt64] = []
    var sources: [Int32] = []
    var scratch: [UInt32] = []

    /// An empty workspace; its buffers grow with the first ads.
    public init() {}

    /// Takes one buffer out, emptied but with its capacity (the workspace's copy is left empty, so the
    /// buffer is uniquely referenced and appending to it does not copy).
    @inline(__always)
    static func take<Element>(_ buffer: inout [Element]) -> [Element] {
        var out: [Element] = []
        swap(&out, &buffer)
        out.removeAll(keepingCapacity: true)
        return out
    }

    /// Puts the buffers of a tokenized text back for the next ad.
    mutating func recycle(_ text: consuming TokenizedText) {
        tokens = text.tokens
        forms = text.forms
        amounts = text.amounts
    }
}
