// An immutable array in memory of its own, for hot loops that read it through a raw pointer.

/// An immutable copy of an array, read through a raw pointer: no bounds checks and no reference counting
/// per element access on hot paths (the rule matcher's program, read millions of times per megabyte).
///
/// The class owns the memory, so it lives as long as any value holding the instance. Callers index it only
/// with indices they produced themselves when building the array (the matcher's compiled program), which
/// is what makes skipping the bounds check safe. It never changes after `init`, so sharing it across
/// threads is safe.
final class FrozenArray<Element>: @unchecked Sendable {
    /// The first element (valid for `count` elements; a one-element dummy allocation when empty).
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ array: [Element]) {
        count = array.count
        base = .allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { buffer in
            if let source = buffer.baseAddress { base.initialize(from: source, count: buffer.count) }
        }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The elements as a pointer (valid while this instance is alive).
    var pointer: UnsafePointer<Element> { UnsafePointer(base) }

    /// The elements copied back into an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
