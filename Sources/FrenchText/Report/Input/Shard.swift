/// A stable share of a batch's inputs, for spreading a corpus over machines: shard `K/N`
/// takes the inputs whose position in the ordered input list is `K-1` modulo `N`.
///
/// Every shard must be given the same inputs (the list is sorted, so the same folder gives
/// the same list on every machine); the N shards then cover the corpus exactly once.
///
/// ```swift
/// let shard = try Shard(parsing: "2/3")
/// shard.select(["a", "b", "c", "d", "e"])   // ["b", "e"]
/// ```
package struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// 1-based index of this shard.
    package let index: Int
    package let count: Int

    package init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index))
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N; nil when malformed.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    /// True when the input at `position` (0-based) belongs to this shard.
    package func contains(position: Int) -> Bool { position % count == index - 1 }

    /// The elements of `all` that belong to this shard, in order.
    package func select<T>(_ all: [T]) -> [T] {
        all.enumerated().filter { contains(position: $0.offset) }.map(\.element)
    }

    package var description: String { "\(index)/\(count)" }
}
