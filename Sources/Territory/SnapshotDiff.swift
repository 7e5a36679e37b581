import Claims
import GeoJSON
import Places
import Timeline

/// What changed between two days: places that changed hands (with the claims behind
/// it and every state in between), each actor's area on both days, the area passed from
/// each label to each other, and the land each actor gained and lost.
public struct SnapshotDiff: Sendable {
    public struct PlaceChange: Sendable, Hashable {
        public var place: Place
        public var before: PlaceState?
        public var after: PlaceState
        /// The states the place went through between the two days, when it changed more than once.
        public var intermediate: [(day: Day, state: String)]

        public static func == (lhs: PlaceChange, rhs: PlaceChange) -> Bool {
            lhs.place == rhs.place && lhs.before == rhs.before && lhs.after == rhs.after
        }
        public func hash(into hasher: inout Hasher) { hasher.combine(place.id) }

        static func label(_ state: PlaceState?) -> String {
            guard let state, state.condition != .unknown else { return "unknown" }
            if state.condition == .held { return state.holder?.id ?? "unknown" }
            return state.condition.rawValue
        }
        public var fromLabel: String { Self.label(before) }
        public var toLabel: String { Self.label(after) }
    }

    public var from: Snapshot
    public var to: Snapshot
    public var changes: [PlaceChange]
    /// km² passed from one label (actor id, "(contested)", "(unattributed)") to another.
    public var transfers: [String: [String: Double]]
    public var gainedLost: [String: (gained: GeoJSONGeometry, lost: GeoJSONGeometry)]

    /// Compares two snapshots built by the same builder from the same timeline.
    public static func between(_ from: Snapshot, _ to: Snapshot, timeline: ControlTimeline, builder: TerritoryBuilder) throws -> SnapshotDiff {
        var before: [String: PlaceState] = [:]
        for state in from.places { before[state.place.id] = state }
        let days = timeline.changeDays.filter { $0 > from.day && $0 < to.day }
        var changes: [PlaceChange] = []
        for state in to.places {
            let old = before[state.place.id]
            guard PlaceChange.label(old) != PlaceChange.label(state) else { continue }
            var path: [(day: Day, state: String)] = []
            var last = PlaceChange.label(old)
            for day in days {
                let label = PlaceChange.label(timeline.state(of: state.place, on: day))
                if label != last { path.append((day, label)); last = label }
            }
            if path.last?.state == PlaceChange.label(state) { path.removeLast() }
            changes.append(PlaceChange(place: state.place, before: old, after: state, intermediate: path))
        }
        for (id, old) in before where !to.places.contains(where: { $0.place.id == id }) {
            let now = timeline.state(of: old.place, on: to.day)
            changes.append(PlaceChange(place: old.place, before: old, after: now, intermediate: []))
        }
        changes.sort { $0.place.id < $1.place.id }
        let actors = Set(from.territories.map(\.label) + to.territories.map(\.label))
        var gainedLost: [String: (gained: GeoJSONGeometry, lost: GeoJSONGeometry)] = [:]
        for actor in actors.sorted() { gainedLost[actor] = try builder.changedLand(from: from, to: to, actor: actor) }
        return SnapshotDiff(from: from, to: to, changes: changes, transfers: builder.transfers(from: from, to: to), gainedLost: gainedLost)
    }

    /// A readable table: the places that changed hands, then each actor's area on both days.
    public func table() -> String {
        var lines = ["Changes of hands \(from.day.iso) → \(to.day.iso)"]
        for change in changes {
            let via = change.intermediate.isEmpty ? "" : " (via " + change.intermediate.map { "\($0.state) on \($0.day.iso)" }.joined(separator: ", ") + ")"
            let quote = change.after.evidence.last { $0.actor.id == change.after.holder?.id }?.quote ?? change.after.evidence.last?.quote ?? ""
            lines.append("  \(change.place.name) [\(change.place.id)]: \(change.fromLabel) → \(change.toLabel)\(via) — \"\(quote.prefix(140))\"")
        }
        lines.append("")
        lines.append("actor            km² \(from.day.iso)   km² \(to.day.iso)     change")
        let actors = Set(from.territories.map(\.label) + to.territories.map(\.label)).sorted()
        for actor in actors {
            let a = from.areaKm2(of: actor), b = to.areaKm2(of: actor)
            lines.append(actor.padding(toLength: 14, withPad: " ", startingAt: 0)
                         + String(format: " %14.1f %14.1f %+12.1f", a, b, b - a))
        }
        return lines.joined(separator: "\n")
    }

    /// The diff as GeoJSON: land gained and lost per actor, and the places that changed hands.
    public func featureCollection() -> FeatureCollection {
        var features: [Feature] = []
        for (actor, land) in gainedLost.sorted(by: { $0.key < $1.key }) {
            for (kind, geometry) in [("gained", land.gained), ("lost", land.lost)] {
                if case .multiPolygon(let polygons) = geometry, polygons.isEmpty { continue }
                features.append(Feature(id: .string("\(kind):\(actor)"), geometry: geometry, properties: [
                    "actor": .string(actor), "change": .string(kind),
                    "fill": .string(kind == "gained" ? "#2ca02c" : "#d62728"), "fill-opacity": .number(0.4),
                ]))
            }
        }
        for change in changes {
            features.append(Feature(id: .string(change.place.id), geometry: .point(change.place.position), properties: [
                "name": .string(change.place.name), "from": .string(change.fromLabel), "to": .string(change.toLabel),
                "intermediate": .array(change.intermediate.map { .object(["day": .string($0.day.iso), "state": .string($0.state)]) }),
                "sources": .array(change.after.evidence.map { .object(["article": .string($0.article), "quote": .string($0.quote)]) }),
            ]))
        }
        return FeatureCollection(features: features, foreignMembers: ["from": .string(from.day.iso), "to": .string(to.day.iso)])
    }
}
