import Claims
import Foundation
import GeoJSON
import GeometryCore
import Territory
import Timeline

/// A self-contained HTML viewer of a timeline: its script, style and data inline, no
/// network. The map (drawn in the same projection as ``SnapshotMap``), a date slider with
/// play/pause and step buttons, the changes on the chosen day, and for a place or
/// territory its holder, since-date and source quotes. `?date=YYYY-MM-DD` opens a day,
/// `&to=YYYY-MM-DD` then moves the slider there, `&select=<place id>` opens a place.
public struct TimelineViewer {
    let map: SnapshotMap

    public init(map: SnapshotMap) { self.map = map }

    /// The viewer's HTML for snapshots in date order.
    /// - Throws: ``GeometryError`` for an empty timeline.
    public func html(_ snapshots: [Snapshot], title: String, urls: [String: String] = [:]) throws -> String {
        guard !snapshots.isEmpty else { throw GeometryError("the timeline is empty: no claim dates any place") }
        var days: [JSONValue] = []
        var previous: [String: String] = [:]
        for snapshot in snapshots {
            var territories: [JSONValue] = []
            for territory in snapshot.territories + [snapshot.contested, snapshot.changing].compactMap({ $0 }) {
                territories.append(.object([
                    "actor": .string(territory.label), "name": .string(territory.actor?.name ?? territory.label),
                    "color": .string(territory.actor?.color ?? "#7f7f7f"), "d": .string(try map.path(territory.geometry)),
                    "area": .number(territory.areaKm2.rounded()), "places": .number(Double(territory.placeCount)),
                ]))
            }
            var places: [JSONValue] = []
            var current: [String: String] = [:]
            var changes: [JSONValue] = []
            for state in snapshot.places {
                let (x, y) = try map.point(state.place.position)
                let label = state.condition == .held ? state.holder?.id ?? "?" : state.condition.rawValue
                current[state.place.id] = label
                if previous[state.place.id] != label {
                    changes.append(.object(["place": .string(state.place.id), "name": .string(state.place.name),
                                            "from": .string(previous[state.place.id] ?? "unknown"), "to": .string(label)]))
                }
                places.append(.object([
                    "id": .string(state.place.id), "name": .string(state.place.name), "kind": .string(state.place.kind.rawValue),
                    "x": .number((x * 10).rounded() / 10), "y": .number((y * 10).rounded() / 10),
                    "state": .string(state.condition.rawValue), "holder": .string(state.holder?.name ?? ""),
                    "color": .string(state.condition == .held ? state.holder?.color ?? "#777777" : "#777777"),
                    "since": .string(state.since?.iso ?? ""), "confirmed": .string(state.lastConfirmed?.iso ?? ""),
                    "confidence": .string(state.confidence.map { String(format: "%.2f", $0) } ?? ""),
                    "quotes": .array(state.evidence.suffix(4).map { claim in
                        .object(["article": .string(claim.article), "quote": .string(claim.quote), "url": .string(urls[claim.article] ?? ""),
                                 "status": .string(claim.status.rawValue), "actor": .string(claim.actor.name),
                                 "confidence": .string(String(format: "%.2f", claim.confidence)),
                                 "dates": .string(claim.interval.from == claim.interval.to ? claim.interval.from.iso : "\(claim.interval.from.iso) – \(claim.interval.to.iso)")])
                    }),
                ]))
            }
            previous = current
            days.append(.object(["date": .string(snapshot.day.iso), "territories": .array(territories), "places": .array(places),
                                 "changes": .array(changes), "unattributed": .number(snapshot.unattributedKm2.rounded())]))
        }
        let base: JSONValue = .object([
            "country": .string(try map.path(map.area.boundary.geometry)),
            "districts": .array(try map.area.districts.map { .string(try map.path($0.geometry)) }),
            "credits": .string(map.area.manifest.attribution),
            "width": .number(map.width), "height": .number(map.height),
        ])
        let data = String(decoding: JSONText.serialize(.object(["title": .string(title), "base": base, "days": .array(days)])), as: UTF8.self)
            .replacingOccurrences(of: "</", with: "<\\/")
        return Self.template.replacingOccurrences(of: "__TITLE__", with: SnapshotMap.escape(title))
            .replacingOccurrences(of: "__DATA__", with: data)
    }

    static let template = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>__TITLE__</title>
    <style>
    body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; color: #222; background: #eef3f7; display: flex; }
    #main { flex: 1; min-width: 0; } #side { width: 340px; padding: 12px; background: #fff; height: 100vh; overflow-y: auto; box-sizing: border-box; }
    h1 { font-size: 20px; margin: 12px 16px 4px; } #controls { margin: 4px 16px; display: flex; gap: 8px; align-items: center; }
    #slider { flex: 1; } #date { font-weight: bold; min-width: 7em; } svg { width: 100%; height: auto; display: block; }
    .place { cursor: pointer; } .territory { cursor: pointer; } h2 { font-size: 15px; margin: 12px 0 6px; }
    .swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; opacity: .7; }
    blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #bbb; font-size: 12px; background: #f6f6f6; }
    #credits { font-size: 10px; color: #666; margin: 4px 16px; } li { font-size: 13px; }
    </style></head><body>
    <div id="main"><h1 id="title">__TITLE__</h1>
    <div id="controls"><button id="prev" aria-label="previous day">◀</button><button id="play">▶ play</button>
    <button id="next" aria-label="next day">▶</button><input id="slider" type="range" min="0" value="0"><span id="date"></span></div>
    <svg id="map" xmlns="http://www.w3.org/2000/svg"><g id="base"></g><g id="territories"></g><g id="places"></g></svg>
    <div id="credits"></div></div>
    <div id="side"><h2>Territory (km²)</h2><div id="legend"></div><h2>Changes on this day</h2><ul id="changes"></ul>
    <h2>Selected</h2><div id="info">Click a place or a territory.</div></div>
    <script id="data" type="application/json">__DATA__</script>
    <script>
    "use strict";
    const DATA = JSON.parse(document.getElementById("data").textContent);
    const NS = "http://www.w3.org/2000/svg";
    const map = document.getElementById("map"), slider = document.getElementById("slider");
    const visited = [];
    let index = 0, timer = null, selected = null;
    map.setAttribute("viewBox", "0 0 " + DATA.base.width + " " + DATA.base.height);
    function el(name, attrs, parent) { const e = document.createElementNS(NS, name); for (const k in attrs) e.setAttribute(k, attrs[k]); parent.appendChild(e); return e; }
    function text(s) { const d = document.createElement("div"); d.textContent = s; return d.innerHTML; }
    const base = document.getElementById("base");
    el("path", { d: DATA.base.country, fill: "#f7f4ec", stroke: "#333", "stroke-width": 1.2 }, base);
    for (const d of DATA.base.districts) el("path", { d: d, fill: "none", stroke: "#c9c2b2", "stroke-width": 0.6 }, base);
    document.getElementById("credits").textContent = DATA.base.credits;
    slider.max = DATA.days.length - 1;
    function showPlace(place) {
      selected = place.id;
      let html = "<b>" + text(place.name) + "</b> (" + text(place.kind) + ")<br>" + text(place.state) + (place.holder ? ": " + text(place.holder) : "");
      if (place.since) html += "<br>since " + place.since;
      if (place.confirmed) html += ", last confirmed " + place.confirmed;
      if (place.confidence) html += "<br>confidence " + place.confidence;
      for (const q of place.quotes) {
        const source = q.url ? "<a href=\\"" + text(q.url) + "\\">" + text(q.article) + "</a>" : text(q.article);
        html += "<blockquote>" + text(q.quote) + "<br><i>" + text(q.actor) + " " + text(q.status) + ", " + text(q.dates) + " (confidence " + text(q.confidence) + ") — " + source + "</i></blockquote>";
      }
      document.getElementById("info").innerHTML = html;
    }
    function showTerritory(t) {
      selected = null;
      document.getElementById("info").innerHTML = "<b>" + text(t.name) + "</b><br>" + t.area.toLocaleString("en") + " km², " + t.places + " places";
    }
    function show(i) {
      index = i; slider.value = i;
      const day = DATA.days[i];
      visited.push(day.date);
      document.body.dataset.visited = visited.join(" ");
      document.getElementById("date").textContent = day.date;
      const territories = document.getElementById("territories"), places = document.getElementById("places");
      territories.textContent = ""; places.textContent = "";
      for (const t of day.territories) {
        const p = el("path", { d: t.d, fill: t.color, "fill-opacity": 0.6, stroke: t.color, class: "territory", "data-actor": t.actor }, territories);
        p.addEventListener("click", () => showTerritory(t));
      }
      for (const place of day.places) {
        const c = el("circle", { cx: place.x, cy: place.y, r: 4, fill: place.color, stroke: "#fff", "stroke-width": 0.8, class: "place", "data-place": place.id }, places);
        el("title", {}, c).textContent = place.name + ": " + (place.holder || place.state);
        c.addEventListener("click", () => showPlace(place));
      }
      const legend = document.getElementById("legend");
      legend.innerHTML = day.territories.map(t => "<div><span class=\\"swatch\\" style=\\"background:" + t.color + "\\"></span>" + text(t.name) + " — " + t.area.toLocaleString("en") + "</div>").join("")
        + "<div>unattributed — " + day.unattributed.toLocaleString("en") + "</div>";
      document.getElementById("changes").innerHTML = day.changes.length ? day.changes.map(c => "<li>" + text(c.name) + ": " + text(c.from) + " → " + text(c.to) + "</li>").join("") : "<li>none</li>";
      if (selected) { const again = day.places.find(p => p.id === selected); if (again) showPlace(again); }
    }
    function indexOf(date) { let found = 0; DATA.days.forEach((d, i) => { if (d.date <= date) found = i; }); return found; }
    slider.addEventListener("input", () => show(+slider.value));
    document.getElementById("prev").addEventListener("click", () => show(Math.max(0, index - 1)));
    document.getElementById("next").addEventListener("click", () => show(Math.min(DATA.days.length - 1, index + 1)));
    document.getElementById("play").addEventListener("click", () => {
      const button = document.getElementById("play");
      if (timer) { clearInterval(timer); timer = null; button.textContent = "▶ play"; return; }
      button.textContent = "❚❚ pause";
      timer = setInterval(() => { if (index >= DATA.days.length - 1) { document.getElementById("play").click(); return; } show(index + 1); }, 800);
    });
    const params = new URLSearchParams(location.search);
    show(params.get("date") ? indexOf(params.get("date")) : DATA.days.length - 1);
    if (params.get("to")) { slider.value = indexOf(params.get("to")); slider.dispatchEvent(new Event("input")); }
    if (params.get("select")) {
      const mark = document.querySelector("[data-place=\\"" + CSS.escape(params.get("select")) + "\\"]");
      if (mark) mark.dispatchEvent(new MouseEvent("click"));
    }
    </script></body></html>
    """
}
