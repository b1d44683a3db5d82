extension ParticipantModel {
    /// A readable dump of the model, one participant a block (`frtext explain --speakers FILE`):
    ///
    /// ```
    /// Denis Coderre · person · male
    ///   aliases: M. Coderre, Coderre
    ///   roles: maire de Montréal
    ///   mentions: 412 §3 subject; 1630 §9
    /// ```
    public func explanation() -> String {
        var out = ""
        for p in participants {
            out += "\(p.name) · \(p.kind.rawValue) · \(p.gender.rawValue)\n"
            if !p.aliases.isEmpty { out += "  aliases: \(p.aliases.joined(separator: ", "))\n" }
            if !p.roles.isEmpty { out += "  roles: \(p.roles.joined(separator: "; "))\n" }
            if let n = p.nationality { out += "  nationality: \(n)\n" }
            if let o = p.organisation { out += "  organisation: \(o)\n" }
            let mentions = p.mentions.map { m in
                "\(m.span.start) §\(m.sentence)" + (m.isSubject ? " subject" : "") + (m.insideQuote ? " quoted" : "")
            }
            out += "  mentions: \(mentions.joined(separator: "; "))\n"
        }
        return out
    }
}
