/// Counting helpers for ``CorpusSummary``: adding tallies, ranking them.
extension Dictionary where Value == Int {
    mutating func add(_ other: [Key: Int]) {
        for (k, v) in other { self[k, default: 0] += v }
    }
}

extension Dictionary where Key == String, Value == Int {
    func topCounts(_ limit: Int) -> [(name: String, count: Int)] {
        Array(sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.prefix(limit).map { (name: $0.key, count: $0.value) })
    }

    func mostFrequent(excluding excluded: String? = nil) -> String? {
        filter { $0.key != excluded }.topCounts(1).first?.name
    }
}

extension Array {
    /// First index where `belongs` is true, for an array partitioned by it.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
