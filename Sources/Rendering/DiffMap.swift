import Foundation
import GeoJSON
import GeometryCore
import Territory

extension SnapshotMap {
    /// A diff drawn as an SVG map: the land each actor gained (in its colour, solid) and
    /// lost (in its colour, hatched), the territories on the second day faintly, and the
    /// places that changed hands labelled "from → to".
    /// - Throws: ``GeometryError`` when nothing changed between the two days.
    public func svg(_ diff: SnapshotDiff, title: String) throws -> String {
        guard !diff.changes.isEmpty else {
            throw GeometryError("nothing changed hands between \(diff.from.day.iso) and \(diff.to.day.iso): nothing to draw")
        }
        var colours: [String: String] = [:]
        var names: [String: String] = [:]
        for territory in diff.from.territories + diff.to.territories {
            if let actor = territory.actor { colours[actor.id] = actor.color; names[actor.id] = actor.name }
        }
        var defs: [String] = []
        for (actor, colour) in colours.sorted(by: { $0.key < $1.key }) {
            defs.append("<pattern id=\"lost-\(Self.escape(actor))\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(colour)\" stroke-width=\"2.5\"/></pattern>")
        }
        var out = try base(title: title, defs: defs.joined())
        for territory in diff.to.territories {
            out.append("<path class=\"territory\" d=\"\(try path(territory.geometry))\" fill=\"\(territory.actor?.color ?? "#999999")\" fill-opacity=\"0.15\" stroke=\"none\"/>")
        }
        for (actor, land) in diff.gainedLost.sorted(by: { $0.key < $1.key }) {
            guard let colour = colours[actor] else { continue }
            let gained = try path(land.gained), lost = try path(land.lost)
            if !gained.isEmpty {
                out.append("<path class=\"gained\" data-actor=\"\(Self.escape(actor))\" d=\"\(gained)\" fill=\"\(colour)\" fill-opacity=\"0.75\" stroke=\"\(colour)\"/>")
            }
            if !lost.isEmpty {
                out.append("<path class=\"lost\" data-actor=\"\(Self.escape(actor))\" d=\"\(lost)\" fill=\"url(#lost-\(Self.escape(actor)))\" stroke=\"\(colour)\"/>")
            }
        }
        out.append("<path class=\"outline\" d=\"\(try path(area.boundary.geometry))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.2\"/>")
        var boxes: [(Double, Double, Double, Double)] = []
        for change in diff.changes.sorted(by: { ($0.place.kind.rank, $1.place.id) > ($1.place.kind.rank, $0.place.id) }) {
            let (x, y) = try point(change.place.position)
            let colour = change.after.holder?.color ?? "#777777"
            out.append(String(format: "<circle class=\"place\" data-place=\"%@\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%@\" stroke=\"#222222\" stroke-width=\"0.8\"/>",
                              Self.escape(change.place.id), x, y, colour))
            boxes.append((x - 5, y - 5, x + 5, y + 5))
        }
        for change in diff.changes.sorted(by: { ($0.place.kind.rank, $1.place.id) > ($1.place.kind.rank, $0.place.id) }) {
            let (x, y) = try point(change.place.position)
            let text = "\(change.place.name.prefix(24)): \(change.fromLabel) → \(change.toLabel)"
            let textWidth = Double(text.count) * 10 * 0.58
            for (lx, ly, anchor) in [(x + 7, y + 4, "start"), (x - 7, y + 4, "end"), (x, y - 9, "middle"), (x, y + 16, "middle")] {
                let left = anchor == "start" ? lx : anchor == "end" ? lx - textWidth : lx - textWidth / 2
                let box = (left, ly - 10, left + textWidth, ly + 2)
                guard box.0 > 5, box.2 < width - 315, box.1 > 50, box.3 < height - 40 else { continue }
                if boxes.contains(where: { $0.0 < box.2 && box.0 < $0.2 && $0.1 < box.3 && box.1 < $0.3 }) { continue }
                boxes.append(box)
                out.append(String(format: "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"%@\" fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%@</text>",
                                  lx, ly, anchor, Self.escape(text)))
                break
            }
        }
        var legendY = 90.0
        let legendX = width - 305
        out.append("<text x=\"\(Int(legendX))\" y=\"\(Int(legendY - 20))\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">Change of area (km²)</text>")
        let actors = Set(diff.from.territories.map(\.label) + diff.to.territories.map(\.label)).sorted()
        for actor in actors {
            guard let colour = colours[actor] else { continue }
            let change = diff.to.areaKm2(of: actor) - diff.from.areaKm2(of: actor)
            out.append(String(format: "<rect class=\"legend\" x=\"%.0f\" y=\"%.0f\" width=\"16\" height=\"12\" fill=\"%@\" fill-opacity=\"0.75\"/>", legendX, legendY - 10, colour))
            out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#222222\">%@ %@%@</text>", legendX + 22, legendY,
                              Self.escape(names[actor] ?? actor), change >= 0 ? "+" : "−", Self.km2(abs(change))))
            legendY += 20
        }
        out.append(String(format: "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" fill=\"#444444\">solid: land gained; hatched: land lost</text>", legendX, legendY + 10))
        out += credits(area.manifest.attribution)
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }
}
