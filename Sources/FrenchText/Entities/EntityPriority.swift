/// Candidate priorities.
enum EntityPriority {
    static let date = 100
    /// Programmes and platforms: above the patterns, below the known names (`Programme alimentaire mondial`).
    static let nonEntity = 80
    static let gazetteer = 90
    static let pattern = 70
    static let person = 60
    static let context = 40
    static let guess = 20
}
