/// Candidate priorities.
enum EntityPriority {
    static let date = 100
    static let gazetteer = 90
    static let pattern = 70
    static let person = 60
    static let context = 40
    static let guess = 20
}
