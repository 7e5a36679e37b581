import Atlas
import Claims
import Foundation
import GeoJSON
import GeometryCore
import Places
import Territory
import Timeline

/// A snapshot drawn as an SVG map: the country in an equal-area projection centred on it
/// (through PROJ), district lines, each actor's territory in its colour, contested and
/// changing land hatched, places as dots coloured by holder (airbases as triangles, oil
/// and port facilities as squares), labels placed without collisions (larger places
/// first), a legend with each actor's area, a title, a scale bar and the data credits.
public struct SnapshotMap {
    public var width = 1000.0
    public var height = 900.0
    let projection: Projection
    let area: AreaOfInterest
    private let frame: (minX: Double, minY: Double, scale: Double, offsetX: Double, offsetY: Double)

    /// - Throws: ``LibraryError`` when PROJ cannot set up the projection.
    public init(area: AreaOfInterest) throws {
        self.area = area
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundary = try geos.geometry(area.boundary.geometry)
        projection = try Projection.equalArea(around: try boundary.envelope()!, context: proj)
        let projected = try projection.forward(boundary)
        let box = try projected.envelope()!
        let mapWidth = width - 330, mapHeight = height - 120
        let scale = min(mapWidth / box.width, mapHeight / box.height)
        frame = (box.minX, box.minY, scale, 20 + (mapWidth - box.width * scale) / 2, 70 + (mapHeight - box.height * scale) / 2)
    }

    func point(_ position: Position) throws -> (Double, Double) {
        let xy = try projection.forward([XY(position)])[0]
        return (frame.offsetX + (xy.x - frame.minX) * frame.scale, height - 50 - ((xy.y - frame.minY) * frame.scale) - (frame.offsetY - 70))
    }

    func path(_ geometry: GeoJSONGeometry) throws -> String {
        func ring(_ positions: [Position]) throws -> String {
            let xys = try projection.forward(positions.map(XY.init))
            var out = ""
            for (index, xy) in xys.enumerated() {
                let x = frame.offsetX + (xy.x - frame.minX) * frame.scale
                let y = height - 50 - ((xy.y - frame.minY) * frame.scale) - (frame.offsetY - 70)
                out += (index == 0 ? "M" : "L") + String(format: "%.1f %.1f", x, y)
            }
            return out + "Z"
        }
        switch geometry {
        case .polygon(let rings): return try rings.map(ring).joined()
        case .multiPolygon(let polygons): return try polygons.flatMap { $0 }.map(ring).joined()
        default: return ""
        }
    }

    /// The opening of a map: the SVG element, patterns, background, title, the country
    /// and its district lines.
    func base(title: String, defs: String) throws -> [String] {
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, Arial, sans-serif\">",
                   "<defs>\(defs)</defs>",
                   "<rect width=\"100%\" height=\"100%\" fill=\"#eef3f7\"/>",
                   "<text x=\"20\" y=\"36\" font-size=\"24\" font-weight=\"bold\" fill=\"#222222\">\(Self.escape(title))</text>",
                   "<path class=\"country\" d=\"\(try path(area.boundary.geometry))\" fill=\"#f7f4ec\" stroke=\"none\"/>"]
        for district in area.districts {
            out.append("<path class=\"district\" d=\"\(try path(district.geometry))\" fill=\"none\" stroke=\"#c9c2b2\" stroke-width=\"0.6\"/>")
        }
        return out
    }

    /// The credits at the foot of a map, wrapped to the width of the page.
    func credits(_ text: String) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + word.count + 1 <= 170 {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.enumerated().map { index, line in
            "<text x=\"20\" y=\"\(Int(height - 30) + index * 13)\" font-size=\"10\" fill=\"#555555\">\(Self.escape(line))</text>"
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The SVG document of a snapshot.
    /// - Throws: ``GeometryError`` for a snapshot with no place in it (nothing to draw), or
    ///   an actor colour that is not `#rrggbb`.
    public func svg(_ snapshot: Snapshot, title: String) throws -> String {
        guard !snapshot.places.isEmpty else {
            throw GeometryError("no claim bears on any place on \(snapshot.day.iso): nothing to draw")
        }
        for territory in snapshot.territories {
            let color = territory.actor?.color ?? ""
            guard color.count == 7, color.hasPrefix("#"), color.dropFirst().allSatisfy(\.isHexDigit) else {
                throw GeometryError("actor \(territory.label) has no colour of the form #rrggbb")
            }
        }
        var out = try base(title: title, defs: "<pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.4\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#555555\" stroke-width=\"2\"/></pattern>")
        for territory in snapshot.territories {
            out.append("<path class=\"territory\" data-actor=\"\(Self.escape(territory.label))\" d=\"\(try path(territory.geometry))\" fill=\"\(territory.actor!.color)\" fill-opacity=\"0.6\" fill-rule=\"evenodd\" stroke=\"\(territory.actor!.color)\" stroke-width=\"0.8\"/>")
        }
        for other in [snapshot.contested, snapshot.changing].compactMap({ $0 }) {
            out.append("<path class=\"territory\" data-actor=\"\(Self.escape(other.label))\" d=\"\(try path(other.geometry))\" fill=\"url(#hatch)\" fill-rule=\"evenodd\" stroke=\"#555555\" stroke-width=\"0.6\"/>")
        }
        out.append("<path class=\"outline\" d=\"\(try path(area.boundary.geometry))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.2\"/>")

        // Places: symbols, then labels placed greedily, more important places first.
        var boxes: [(Double, Double, Double, Double)] = []
        let ordered = snapshot.places.sorted {
            ($0.place.kind.rank, $0.place.population ?? 0, $1.place.id) > ($1.place.kind.rank, $1.place.population ?? 0, $0.place.id)
        }
        var symbols: [String] = []
        var labels: [String] = []
        for state in ordered {
            let (x, y) = try point(state.place.position)
            let color = state.condition == .held ? state.holder?.color ?? "#777777" : "#777777"
            let data = "data-place=\"\(Self.escape(state.place.id))\" data-state=\"\(state.condition.rawValue)\""
            // A place no claim names, held through a claim about its whole region, is drawn hollow in its holder's colour.
            let (fill, stroke, strokeWidth) = state.fromRegion ? ("#ffffff", color, 1.4) : (color, "#ffffff", 0.8)
            switch state.place.kind {
            case .airbase, .airport:
                symbols.append(String(format: "<path class=\"place\" %@ d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%@\" stroke=\"%@\" stroke-width=\"%.1f\"/>",
                                      data, x, y - 5, x - 4.5, y + 3.5, x + 4.5, y + 3.5, fill, stroke, strokeWidth))
            case .oilTerminal, .oilField, .port:
                symbols.append(String(format: "<rect class=\"place\" %@ x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"%@\" stroke=\"%@\" stroke-width=\"%.1f\"/>",
                                      data, x - 3.5, y - 3.5, fill, stroke, strokeWidth))
            default:
                symbols.append(String(format: "<circle class=\"place\" %@ cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%@\" stroke=\"%@\" stroke-width=\"%.1f\"/>",
                                      data, x, y, fill, stroke, strokeWidth))
            }
            boxes.append((x - 5, y - 5, x + 5, y + 5))
        }
        for state in ordered {
            let (x, y) = try point(state.place.position)
            let name = state.place.name.count > 28 ? String(state.place.name.prefix(27)) + "…" : state.place.name
            let fontSize = state.place.kind.rank >= 4 ? 12.0 : 10.0
            let textWidth = Double(name.count) * fontSize * 0.58
            let candidates = [(x + 6, y + 4, "start"), (x - 6, y + 4, "end"), (x, y - 8, "middle"), (x, y + 15, "middle")]
            for (lx, ly, anchor) in candidates {
                let left = anchor == "start" ? lx : anchor == "end" ? lx - textWidth : lx - textWidth / 2
                let box = (left, ly - fontSize, left + textWidth, ly + 2)
                guard box.0 > 5, box.2 < width - 315, box.1 > 50, box.3 < height - 40 else { continue }
                if boxes.contains(where: { $0.0 < box.2 && box.0 < $0.2 && $0.1 < box.3 && box.1 < $0.3 }) { continue }
                boxes.append(box)
                labels.append(String(format: "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"%@\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%@</text>",
                                     lx, ly, fontSize, anchor, Self.escape(name)))
                break
            }
        }
        out += symbols + labels

        // Legend.
        var legendY = 90.0
        let legendX = width - 305
        out.append("<text x=\"\(Int(legendX))\" y=\"\(Int(legendY - 20))\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">Territory (km²)</text>")
        for territory in snapshot.territories.sorted(by: { $0.areaKm2 > $1.areaKm2 }) {
            out.append(String(format: "<rect class=\"legend\" x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"12\" fill=\"%@\" fill-opacity=\"0.6\" stroke=\"%@\"/>",
                              legendX, legendY - 10, territory.actor!.color, territory.actor!.color))
            out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#222222\">%@ — %@</text>", legendX + 22, legendY,
                              Self.escape(territory.actor!.name), Self.km2(territory.areaKm2)))
            legendY += 20
        }
        for other in [snapshot.contested, snapshot.changing].compactMap({ $0 }) {
            out.append(String(format: "<rect class=\"legend\" x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"12\" fill=\"url(#hatch)\" stroke=\"#555555\"/>", legendX, legendY - 10))
            out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#222222\">%@ — %@</text>", legendX + 22, legendY,
                              other.label == "(contested)" ? "contested" : "changing hands", Self.km2(other.areaKm2)))
            legendY += 20
        }
        out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#555555\">unattributed — %@</text>", legendX + 22, legendY, Self.km2(snapshot.unattributedKm2)))
        legendY += 30
        for (symbol, text) in [("●", "town or city"), ("▲", "airbase or airport"), ("■", "oil terminal, field or port"),
                               ("○", "hollow: held only by a claim on its region")] {
            out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#444444\">%@  %@</text>", legendX + 2, legendY, symbol, text))
            legendY += 18
        }
        // Scale bar: 200 km.
        let barLength = 200_000 * frame.scale
        let barY = height - 62
        out.append(String(format: "<path d=\"M30 %.1fh%.1f\" stroke=\"#222222\" stroke-width=\"3\"/><text x=\"30\" y=\"%.1f\" font-size=\"11\" fill=\"#222222\">0</text><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#222222\" text-anchor=\"middle\">200 km</text>",
                          barY, barLength, barY - 6, 30 + barLength, barY - 6))
        out += credits("\(area.manifest.attribution) Territory: \(snapshot.method.name).")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    public static func km2(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        var digits = String(rounded)
        var groups: [String] = []
        while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits = String(digits.dropLast(3)) }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",")
    }
}

extension PlaceKind {
    /// Drawing order for labels: larger places first.
    var rank: Int {
        switch self {
        case .country, .region: return 6
        case .city: return 5
        case .district: return 4
        case .town, .oilTerminal, .airbase: return 3
        case .area, .port, .oilField, .airport: return 2
        case .village: return 1
        }
    }
}
