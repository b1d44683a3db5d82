import CICUShim

/// Place names from ICU's French locale data: country display names (`BY` → `Biélorussie`)
/// and time-zone exemplar cities (`Europe/Paris` → `Paris`, `America/Montreal` → `Montréal`).
enum ICUPlaceNames {
    /// French display names of the ISO 3166 countries, parenthesised parts removed.
    static func countries(locale: String = "fr") -> [String] {
        var out = [String]()
        var buffer = [UInt16](repeating: 0, count: 256)
        let count = ft_country_count()
        for i in 0..<count {
            guard let code = ft_country_code(i) else { continue }
            let n = ft_display_country(code, locale, &buffer, Int32(buffer.count))
            guard n > 0, n <= buffer.count else { continue }
            var name = String(decoding: buffer[0..<Int(n)], as: UTF16.self)
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]).trimmingCharacters(in: " ") }
            // Codes ICU cannot name come back as the code itself; R.A.S. names are not how the press writes them.
            guard name.count > 2, !name.contains("."), !name.contains(",") else { continue }
            out.append(name)
        }
        return out
    }

    /// French exemplar cities of the canonical time zones, leaving out Antarctic stations and
    /// sub-national zones (Indiana, Kentucky, North Dakota).
    static func cities(locale: String = "fr") -> [String] {
        var out = [String]()
        var idBuffer = [UInt16](repeating: 0, count: 128)
        var buffer = [UInt16](repeating: 0, count: 128)
        let skipped = ["Etc/", "Antarctica/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "SystemV/", "US/", "Arctic/"]
        let count = ft_timezone_count()
        for i in 0..<count {
            let n = ft_timezone_id(i, &idBuffer, Int32(idBuffer.count))
            guard n > 0, n <= idBuffer.count else { continue }
            let id = String(decoding: idBuffer[0..<Int(n)], as: UTF16.self)
            guard id.contains("/"), !skipped.contains(where: { id.hasPrefix($0) }) else { continue }
            let m = idBuffer.withUnsafeBufferPointer { ids in
                ft_timezone_exemplar_city(ids.baseAddress, n, locale, &buffer, Int32(buffer.count))
            }
            guard m > 0, m <= buffer.count else { continue }
            var city = String(decoding: buffer[0..<Int(m)], as: UTF16.self)
            if let paren = city.firstIndex(of: "(") { city = String(city[..<paren]).trimmingCharacters(in: " ") }
            guard !EntityWordGroups.icuUnknownCity.contains(where: { city.contains($0) }), !city.contains("/"), city.count > 2 else { continue }
            out.append(city)
        }
        return out
    }
}
