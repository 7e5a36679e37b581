/// Deterministic compact JSON output into a byte buffer (see ``JSONText/serialize(_:)``).
struct JSONSerializer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: appendASCII("null")
        case .bool(let flag): appendASCII(flag ? "true" : "false")
        case .number(let number): writeNumber(number)
        case .string(let text): writeString(text)
        case .array(let elements):
            bytes.append(ASCII.openBracket)
            for (offset, element) in elements.enumerated() {
                if offset > 0 { bytes.append(ASCII.comma) }
                write(element)
            }
            bytes.append(ASCII.closeBracket)
        case .object(let members):
            writeObject(members)
        }
    }

    /// An object with sorted keys; the elements of the array member named
    /// `linePerElement` (if any) are each written on a line of their own.
    mutating func writeObject(_ members: [String: JSONValue], linePerElement: String? = nil) {
        bytes.append(ASCII.openBrace)
        for (offset, key) in Self.sortedKeys(members).enumerated() {
            if offset > 0 { bytes.append(ASCII.comma) }
            writeString(key)
            bytes.append(ASCII.colon)
            let value = members[key]!
            if key == linePerElement, case .array(let elements) = value, !elements.isEmpty {
                bytes.append(ASCII.openBracket)
                for (index, element) in elements.enumerated() {
                    if index > 0 { bytes.append(ASCII.comma) }
                    bytes.append(ASCII.lineFeed)
                    write(element)
                }
                bytes.append(ASCII.lineFeed)
                bytes.append(ASCII.closeBracket)
            } else {
                write(value)
            }
        }
        bytes.append(ASCII.closeBrace)
    }

    mutating func appendLineFeed() {
        bytes.append(ASCII.lineFeed)
    }

    /// Keys in the byte-wise order of their UTF-8 encodings (not `String`'s Unicode ordering).
    static func sortedKeys(_ members: [String: JSONValue]) -> [String] {
        members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    // MARK: - Numbers

    /// Writes a number deterministically:
    /// - NaN and infinities as `null` (JSON has no such numbers);
    /// - integral values below 2^53 in magnitude as integers, `-0` as `0`;
    /// - values with at most 6 decimals (below 10^9 in magnitude) in plain
    ///   notation by integer arithmetic: `0.1`, `12.345679`, `0.00005`;
    /// - anything else in Swift's shortest round-trip form (`description`).
    ///
    /// Coordinates rounded to 6 decimals therefore always take the exact
    /// integer path, and every output parses back to the same `Double`.
    mutating func writeNumber(_ number: Double) {
        guard number.isFinite else {
            appendASCII("null")
            return
        }
        let magnitude = number.magnitude
        if magnitude < 9_007_199_254_740_992, number.rounded(.towardZero) == number {
            writeInteger(Int64(number))
            return
        }
        if magnitude < 1e9 {
            let micros = Int64((number * 1e6).rounded())
            if Double(micros) / 1e6 == number {
                writeMicros(micros)
                return
            }
        }
        appendText(number.description)
    }

    /// Writes `micros / 10^6` exactly: the integer part, then up to 6 fraction
    /// digits with trailing zeros trimmed. Digits are produced last first into a
    /// stack buffer.
    mutating func writeMicros(_ micros: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = buffer.count
            var integer = micros.magnitude / 1_000_000
            var fraction = micros.magnitude % 1_000_000
            if fraction != 0 {
                var digitCount = 6
                while fraction % 10 == 0 {
                    fraction /= 10
                    digitCount -= 1
                }
                for _ in 0..<digitCount {
                    position -= 1
                    buffer[position] = ASCII.zero + UInt8(fraction % 10)
                    fraction /= 10
                }
                position -= 1
                buffer[position] = ASCII.period
            }
            repeat {
                position -= 1
                buffer[position] = ASCII.zero + UInt8(integer % 10)
                integer /= 10
            } while integer != 0
            if micros < 0 {
                position -= 1
                buffer[position] = ASCII.minus
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// Writes an integer; digits are produced last first into a stack buffer.
    private mutating func writeInteger(_ value: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var position = buffer.count
            var remaining = value.magnitude
            repeat {
                position -= 1
                buffer[position] = ASCII.zero + UInt8(remaining % 10)
                remaining /= 10
            } while remaining != 0
            if value < 0 {
                position -= 1
                buffer[position] = ASCII.minus
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    // MARK: - Strings

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes a string in double quotes, escaped per RFC 8259 §7: `"` and `\`,
    /// control characters as `\b \f \n \r \t` or `\u00XX`; everything else,
    /// including `/` and non-ASCII (as UTF-8), as is.
    mutating func writeString(_ text: String) {
        bytes.append(ASCII.quote)
        for byte in text.utf8 {
            switch byte {
            case ASCII.quote, ASCII.backslash:
                bytes.append(ASCII.backslash)
                bytes.append(byte)
            case 0x08: appendASCII("\\b")
            case 0x0C: appendASCII("\\f")
            case ASCII.lineFeed: appendASCII("\\n")
            case ASCII.carriageReturn: appendASCII("\\r")
            case ASCII.tab: appendASCII("\\t")
            case 0x00..<0x20:
                appendASCII("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(ASCII.quote)
    }

    private mutating func appendASCII(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func appendText(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

extension JSONSerializer {
    /// A number as the serializer writes it, for error messages.
    static func text(of number: Double) -> String {
        var serializer = JSONSerializer(capacity: 24)
        serializer.writeNumber(number)
        return String(decoding: serializer.bytes, as: UTF8.self)
    }
}
