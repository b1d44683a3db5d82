/// Analyses a large document block by block, so that memory follows the block and not the
/// document: the analysis of one paragraph never needs the token arrays of the whole text.
///
/// Documents up to ``threshold`` bytes are analysed whole. Larger ones are cut into blocks of
/// about ``blockSize`` bytes — at a line break (a paragraph), else after a sentence outside
/// quotation marks, else at a space — each analysed alone; the records are joined with
/// global offsets (code points from the start of the document) and paragraph numbers.
/// A name is resolved within its block, and the first block's date serves the others.
///
/// ```swift
/// let record = BlockAnalysis.record(of: sixtyMegabytes, item: item, input: input, analyzer: analyzer, date: nil)
/// record.quotes.last?.start   // a code-point offset into the whole text
/// ```
package enum BlockAnalysis {
    /// Documents larger than this (UTF-8 bytes) are analysed in blocks.
    package static let threshold = 1 << 20
    /// The size aimed at for one block (UTF-8 bytes).
    package static let blockSize = 256 << 10

    /// The record of `text`, analysed whole or in blocks.
    package static func record(of text: String, item: InputItem, input: InputReader.Input?, analyzer: FrenchAnalyzer,
                               date: DocumentDate?, threshold: Int = threshold, blockSize: Int = blockSize) -> AnalysisRecord {
        if text.utf8.count <= threshold {
            return AnalysisRecord(analyzer.analyze(text, name: item.path, date: date), item: item, input: input)
        }
        var record: AnalysisRecord?
        var codePoints = 0
        var paragraphs = 0
        var previousEndedLine = true
        var anchor = date
        for range in blocks(of: text, size: blockSize) {
            let block = String(text[range])
            var part = AnalysisRecord(analyzer.analyze(block, name: item.path, date: anchor), item: item, input: record == nil ? input : nil)
            let paragraphShift = paragraphs - (previousEndedLine ? 0 : 1)
            part.shift(codePoints: codePoints, paragraphs: paragraphShift)
            if record == nil {
                record = part
                anchor = anchor ?? part.date.flatMap { try? DocumentDate(iso: $0) }
            } else {
                record!.quotes += part.quotes
                record!.entities += part.entities
                record!.inclusive += part.inclusive
                record!.warnings += part.warnings
                record!.sentences += part.sentences
                record!.tokens += part.tokens
                record!.paragraphs = paragraphShift + part.paragraphs
            }
            if record!.paragraphs < paragraphShift + part.paragraphs { record!.paragraphs = paragraphShift + part.paragraphs }
            paragraphs = record!.paragraphs
            codePoints += part.characters ?? block.unicodeScalars.count
            previousEndedLine = block.utf8.last == 0x0A
        }
        record!.characters = codePoints
        record!.bytes = input?.byteCount ?? text.utf8.count
        return record!
    }

    /// The ranges of `text`'s blocks, in order, covering it exactly.
    package static func blocks(of text: String, size: Int) -> [Range<String.Index>] {
        var text = text
        text.makeContiguousUTF8()
        let cuts: [Int] = text.utf8.withContiguousStorageIfAvailable { cutOffsets($0, size: max(size, 16)) } ?? [text.utf8.count]
        var ranges = [Range<String.Index>]()
        var lower = text.startIndex
        var lowerOffset = 0
        for cut in cuts {
            let upper = text.utf8.index(lower, offsetBy: cut - lowerOffset)
            ranges.append(lower..<upper)
            lower = upper
            lowerOffset = cut
        }
        return ranges
    }

    /// Byte offsets where the blocks end (the last is the length).
    static func cutOffsets(_ bytes: UnsafeBufferPointer<UInt8>, size: Int) -> [Int] {
        var cuts = [Int]()
        var start = 0
        let n = bytes.count
        while n - start > size + size / 2 {
            let low = start + size / 2, target = start + size, high = min(n, start + size + size / 2)
            var cut: Int?
            // A line break nearest the target.
            if let i = (target..<high).first(where: { bytes[$0] == 0x0A }) { cut = i + 1 }
            else if let i = (low..<target).reversed().first(where: { bytes[$0] == 0x0A }) { cut = i + 1 }
            // Else the last sentence end outside « » before `high` (after `low`), else the last
            // space outside « », else the last space.
            if cut == nil {
                var depth = 0
                var sentenceEnd: Int?, spaceOutside: Int?, space: Int?
                var i = start
                while i < high - 2 {
                    let b = bytes[i]
                    if b == 0xC2 && bytes[i + 1] == 0xAB { depth += 1 }
                    else if b == 0xC2 && bytes[i + 1] == 0xBB { depth = max(0, depth - 1) }
                    else if i >= low && b == 0x20 {
                        space = i + 1
                        if depth == 0 { spaceOutside = i + 1 }
                    }
                    if i >= low && depth == 0 && (b == 0x2E || b == 0x21 || b == 0x3F) && bytes[i + 1] == 0x20
                        && ((0x41...0x5A).contains(bytes[i + 2]) || bytes[i + 2] == 0xC3 || bytes[i + 2] == 0xC2) {
                        sentenceEnd = i + 2
                    }
                    i += 1
                }
                cut = sentenceEnd ?? spaceOutside ?? space
            }
            if cut == nil {
                var i = target
                while i < n && (bytes[i] & 0xC0) == 0x80 { i += 1 }
                cut = i
            }
            cuts.append(cut!)
            start = cut!
        }
        cuts.append(n)
        return cuts
    }
}

extension AnalysisRecord {
    /// Moves every offset by `codePoints` and every paragraph number by `paragraphs`.
    mutating func shift(codePoints: Int, paragraphs: Int) {
        guard codePoints != 0 || paragraphs != 0 else { return }
        for i in quotes.indices {
            quotes[i].start += codePoints
            quotes[i].end += codePoints
            quotes[i].speakerStart = quotes[i].speakerStart.map { $0 + codePoints }
            quotes[i].speakerEnd = quotes[i].speakerEnd.map { $0 + codePoints }
            quotes[i].paragraph += paragraphs
        }
        for i in entities.indices {
            entities[i].start += codePoints
            entities[i].end += codePoints
        }
        for i in inclusive.indices {
            inclusive[i].start += codePoints
            inclusive[i].end += codePoints
        }
    }
}
