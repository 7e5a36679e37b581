import DataFiles
import Foundation

/// A strict RFC 8259 parser over UTF-8 bytes (see ``JSONText/parse(_:file:)``).
///
/// Recursive descent over an `UnsafeBufferPointer<UInt8>`; strings without escapes
/// are made straight from the input bytes, and most numbers are converted with
/// exact integer arithmetic (the mantissa and a power of ten, both exact in a
/// `Double`, so one correctly rounded operation), falling back to `Double(text)`.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let start: Int
    private var index: Int
    private var depth = 0
    /// Elements of the arrays being parsed, innermost last: each array is made
    /// from its slice in one exactly sized allocation.
    private var elementStack: [JSONValue] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.start = hasByteOrderMark ? 3 : 0
        self.index = start
    }

    static func parse(_ data: Data, file: String) throws -> JSONValue {
        if data.isEmpty {
            throw DataFileError(file: file, location: .line(1, column: 1), reason: "empty input, expected a JSON value")
        }
        return try data.withUnsafeBytes { raw in
            try raw.withMemoryRebound(to: UInt8.self) { buffer in
                var parser = JSONParser(bytes: buffer, file: file)
                return try parser.parseDocument()
            }
        }
    }

    // MARK: - Values

    private mutating func parseDocument() throws(DataFileError) -> JSONValue {
        skipWhitespace()
        if index == bytes.count {
            throw failure("empty input, expected a JSON value")
        }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw failure("expected end of input after the JSON value, found \(found())")
        }
        return value
    }

    private mutating func parseValue() throws(DataFileError) -> JSONValue {
        guard index < bytes.count else {
            throw failure("expected a value, found end of input")
        }
        switch bytes[index] {
        case ASCII.openBrace: return try parseObject()
        case ASCII.openBracket: return try parseArray()
        case ASCII.quote: return .string(try parseString())
        case ASCII.letterT: try parseLiteral("true"); return .bool(true)
        case ASCII.letterF: try parseLiteral("false"); return .bool(false)
        case ASCII.letterN: try parseLiteral("null"); return .null
        case ASCII.minus, ASCII.zero...ASCII.nine: return .number(try parseNumber())
        default: throw failure("expected a value, found \(found())")
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws(DataFileError) {
        let length = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: length)
        guard index + length <= bytes.count, bytes[index..<index + length].elementsEqual(expected) else {
            throw failure("expected a value (\(literal)?), found \(found())")
        }
        index += length
    }

    private mutating func enterContainer() throws(DataFileError) {
        depth += 1
        if depth > JSONText.maximumDepth {
            throw failure("nesting deeper than \(JSONText.maximumDepth) levels")
        }
    }

    private mutating func parseArray() throws(DataFileError) -> JSONValue {
        try enterContainer()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == ASCII.closeBracket {
            index += 1
            depth -= 1
            return .array([])
        }
        let firstElement = elementStack.count
        while true {
            skipWhitespace()
            let element = try parseValue()
            elementStack.append(element)
            skipWhitespace()
            guard index < bytes.count else {
                throw failure("expected ',' or ']' after an array element, found end of input")
            }
            let byte = bytes[index]
            index += 1
            if byte == ASCII.comma { continue }
            if byte == ASCII.closeBracket { break }
            index -= 1
            throw failure("expected ',' or ']' after an array element, found \(found())")
        }
        let elements = Array(elementStack[firstElement...])
        elementStack.removeSubrange(firstElement...)
        depth -= 1
        return .array(elements)
    }

    private mutating func parseObject() throws(DataFileError) -> JSONValue {
        try enterContainer()
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == ASCII.closeBrace {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == ASCII.quote else {
                throw failure("expected a member name (a string in double quotes), found \(found())")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == ASCII.colon else {
                throw failure("expected ':' after member name \"\(key)\", found \(found())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            if members.updateValue(value, forKey: key) != nil {
                throw failure("duplicate member \"\(key)\"", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count else {
                throw failure("expected ',' or '}' after an object member, found end of input")
            }
            let byte = bytes[index]
            index += 1
            if byte == ASCII.comma { continue }
            if byte == ASCII.closeBrace { break }
            index -= 1
            throw failure("expected ',' or '}' after an object member, found \(found())")
        }
        depth -= 1
        return .object(members)
    }

    // MARK: - Strings

    /// A string starting at the opening quote at `index`.
    private mutating func parseString() throws(DataFileError) -> String {
        index += 1
        let contentStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == ASCII.backslash {
                return try parseEscapedString(from: contentStart)
            }
            try skipStringCharacter(byte)
        }
        throw failure("expected '\"' to end the string, found end of input")
    }

    /// The rest of a string that has escapes; the bytes from `contentStart` to `index` are plain.
    private mutating func parseEscapedString(from contentStart: Int) throws(DataFileError) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(index - contentStart + 16)
        buffer.append(contentsOf: bytes[contentStart..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == ASCII.backslash {
                try parseEscape(into: &buffer)
                continue
            }
            let characterStart = index
            try skipStringCharacter(byte)
            buffer.append(contentsOf: bytes[characterStart..<index])
        }
        throw failure("expected '\"' to end the string, found end of input")
    }

    /// Steps over one unescaped character of a string, checking it is allowed and valid UTF-8.
    private mutating func skipStringCharacter(_ byte: UInt8) throws(DataFileError) {
        if byte < 0x20 {
            throw failure("unescaped control character U+\(hex(byte, digits: 4)) in string, expected an escape such as \\n or \\u00\(hex(byte, digits: 2))")
        }
        if byte < 0x80 {
            index += 1
            return
        }
        guard let length = utf8SequenceLength(at: index) else {
            throw failure("invalid UTF-8 (byte 0x\(hex(byte, digits: 2))) in string")
        }
        index += length
    }

    /// An escape sequence starting at the backslash at `index`, appended as UTF-8.
    private mutating func parseEscape(into buffer: inout [UInt8]) throws(DataFileError) {
        let escapeOffset = index
        index += 1
        guard index < bytes.count else {
            throw failure("expected an escape character after '\\', found end of input")
        }
        let letter = bytes[index]
        index += 1
        switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash: buffer.append(letter)
        case ASCII.letterB: buffer.append(0x08)
        case ASCII.letterF: buffer.append(0x0C)
        case ASCII.letterN: buffer.append(0x0A)
        case ASCII.letterR: buffer.append(0x0D)
        case ASCII.letterT: buffer.append(0x09)
        case ASCII.letterU:
            var scalar = try parseHexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == ASCII.backslash, bytes[index + 1] == ASCII.letterU else {
                    throw failure("unpaired surrogate \\u\(hex(scalar, digits: 4)), expected a low surrogate escape \\uDC00-\\uDFFF after it", at: escapeOffset)
                }
                index += 2
                let low = try parseHexQuad()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw failure("unpaired surrogate \\u\(hex(scalar, digits: 4)), expected a low surrogate escape \\uDC00-\\uDFFF after it", at: escapeOffset)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw failure("unpaired surrogate \\u\(hex(scalar, digits: 4)) without a high surrogate before it", at: escapeOffset)
            }
            appendUTF8(scalar, to: &buffer)
        default:
            index -= 1
            throw failure("invalid escape, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\', found \(found())")
        }
    }

    private mutating func parseHexQuad() throws(DataFileError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigitValue(bytes[index]) else {
                throw failure("expected 4 hexadecimal digits after \\u, found \(found())")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: - Numbers

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A number per the RFC 8259 grammar: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    private mutating func parseNumber() throws(DataFileError) -> Double {
        let numberStart = index
        var negative = false
        if bytes[index] == ASCII.minus {
            negative = true
            index += 1
        }
        // Up to 15 significant digits fit the mantissa exactly; more go the slow way.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var decimalExponent = 0
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw failure("expected a digit in the number, found \(found())")
        }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw failure("a number cannot start with a leading zero", at: numberStart)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                if significantDigits < 16 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- ASCII.zero)
                    significantDigits += 1
                } else {
                    decimalExponent += 1
                }
                index += 1
            }
        }
        if index < bytes.count, bytes[index] == ASCII.period {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure("expected a digit after the decimal point, found \(found())")
            }
            while index < bytes.count, isDigit(bytes[index]) {
                if significantDigits < 16 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- ASCII.zero)
                    if mantissa != 0 { significantDigits += 1 }
                    decimalExponent -= 1
                }
                index += 1
            }
        }
        if index < bytes.count, bytes[index] == ASCII.letterE || bytes[index] == ASCII.capitalE {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
                exponentNegative = bytes[index] == ASCII.minus
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure("expected a digit in the exponent, found \(found())")
            }
            var exponent = 0
            while index < bytes.count, isDigit(bytes[index]) {
                if exponent < 100_000 {
                    exponent = exponent * 10 + Int(bytes[index] - ASCII.zero)
                }
                index += 1
            }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if significantDigits <= 15 {
            if mantissa == 0 {
                return negative ? -0.0 : 0.0
            }
            var value: Double?
            if decimalExponent == 0 {
                value = Double(mantissa)
            } else if decimalExponent > 0, decimalExponent <= 22 {
                value = Double(mantissa) * Self.powersOfTen[decimalExponent]
            } else if decimalExponent < 0, decimalExponent >= -22 {
                value = Double(mantissa) / Self.powersOfTen[-decimalExponent]
            }
            if let value {
                return negative ? -value : value
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("number \(text) is too large for a double", at: numberStart)
        }
        return value
    }

    // MARK: - Bytes

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn: index += 1
            default: return
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- ASCII.zero < 10
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case ASCII.zero...ASCII.nine: return byte - ASCII.zero
        case 0x61...0x66: return byte - 0x61 + 10   // a-f
        case 0x41...0x46: return byte - 0x41 + 10   // A-F
        default: return nil
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset` (RFC 3629 §4), or nil.
    private func utf8SequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        var length = 2
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
        for continuation in offset + 2..<offset + length where bytes[continuation] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    private func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            buffer.append(UInt8(scalar))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | scalar >> 6))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | scalar >> 12))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | scalar >> 18))
            buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: - Errors

    /// What is at `index`, for "expected ..., found ..." messages.
    private func found() -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        switch byte {
        case ASCII.space: return "a space"
        case ASCII.tab: return "a tab"
        case ASCII.lineFeed, ASCII.carriageReturn: return "a line break"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x00..<0x20, 0x7F: return "control character U+\(hex(byte, digits: 4))"
        default:
            if let length = utf8SequenceLength(at: index) {
                return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self))'"
            }
            return "invalid UTF-8 (byte 0x\(hex(byte, digits: 2)))"
        }
    }

    private func failure(_ reason: String, at offset: Int? = nil) -> DataFileError {
        let (line, column) = lineAndColumn(of: min(offset ?? index, bytes.count))
        return DataFileError(file: file, location: .line(line, column: column), reason: reason)
    }

    /// The 1-based line and column of a byte offset; columns count characters (UTF-8 lead bytes).
    private func lineAndColumn(of offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for position in start..<offset {
            let byte = bytes[position]
            if byte == ASCII.lineFeed {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private func hex(_ value: some BinaryInteger, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
