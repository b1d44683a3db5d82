import Foundation

/// A process-wide memo of one small value per interned form, for answers that depend on the form alone
/// (its gazetteer key, its lexicon bits): the first document to ask computes the answer, every later
/// document reads it from an array indexed by the ``FormID``, without hashing the form's string.
///
/// Thread-safe: reads take a shared lock, a new answer the exclusive one. Ids are dense from 0, so the
/// table is as long as the largest id asked (4 bytes a form for an `Int32`, plus the known bits).
///
/// ```swift
/// let memo = FormMemo<Int32>()
/// let id = FormStore.shared.intern("genève")
/// memo.value(id) { 42 }   // 42, computed
/// memo.value(id) { 0 }    // 42, read
/// ```
final class FormMemo<Value: Sendable>: @unchecked Sendable {
    // (no dynamic exclusivity check at each read: every access holds the lock)
    @exclusivity(unchecked) private var values: [Value] = []
    @exclusivity(unchecked) private var known: [Bool] = []
    private let filler: Value
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    /// `filler` fills the slots of forms not asked yet (never returned for them).
    init(filler: Value) {
        self.filler = filler
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// The value of `id`: the memo's, else `compute()` (called outside the lock, then kept).
    func value(_ id: FormID, compute: () -> Value) -> Value {
        let i = Int(id.rawValue)
        pthread_rwlock_rdlock(lock)
        if i < known.count, known[i] {
            let v = values[i]
            pthread_rwlock_unlock(lock)
            return v
        }
        pthread_rwlock_unlock(lock)
        let v = compute()
        pthread_rwlock_wrlock(lock)
        if i >= known.count {
            let grow = max(i + 1 - known.count, known.count, 1024)
            values.append(contentsOf: repeatElement(filler, count: grow))
            known.append(contentsOf: repeatElement(false, count: grow))
        }
        values[i] = v
        known[i] = true
        pthread_rwlock_unlock(lock)
        return v
    }
}
