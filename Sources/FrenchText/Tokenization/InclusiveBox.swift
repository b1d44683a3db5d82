/// A reference to an ``InclusiveForm``, compared by value.
final class InclusiveBox: Hashable, Sendable {
    let form: InclusiveForm
    init(_ form: InclusiveForm) { self.form = form }
    static func == (a: InclusiveBox, b: InclusiveBox) -> Bool { a.form == b.form }
    func hash(into hasher: inout Hasher) { hasher.combine(form) }
}
