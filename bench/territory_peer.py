#!/usr/bin/env python3
"""Peers for the territory benchmark, on the data ControlMap's benchmark writes
(projected coordinates of an equal-area projection, so no reprojection here).

  territory_peer.py DATA geopandas [DATES]   the way a GIS analyst would: Voronoi, clip to the
                                     country and to each place's radius, then for every
                                     date dissolve by holder and measure the areas
  territory_peer.py DATA shapely [DATES]     the best shapely 2 code written here: the same
                                     pieces, noded once and polygonized, then for every
                                     date a coverage union of each holder's faces

DATES: measure only the first DATES dates (all by default).
Prints one JSON line: seconds to build the pieces, for the first date, for the dates measured, peak MB.
"""
import json
import resource
import sys
import time

import numpy as np
import shapely


def main():
    data = json.load(open(sys.argv[1]))
    mode = sys.argv[2]
    started = time.perf_counter()
    boundary = shapely.Polygon(data["boundary"])
    sites = shapely.points(np.array(data["sites"]))
    diagram = shapely.voronoi_polygons(shapely.MultiPoint(sites), extend_to=boundary.buffer(200_000))
    cells = np.array(shapely.get_parts(diagram))
    tree = shapely.STRtree(cells)
    site_index, cell_index = tree.query(sites, predicate="within")
    order = np.empty(len(sites), dtype=int)
    order[site_index] = cell_index
    cells = cells[order]
    discs = shapely.buffer(sites, np.array(data["radius_m"]), quad_segs=16)
    pieces = shapely.intersection(shapely.intersection(cells, boundary), discs)
    holders = np.array(data["holders0"])
    if mode == "shapely":
        lines = shapely.union_all(shapely.boundary(pieces))
        faces = np.array(shapely.get_parts(shapely.polygonize([lines])))
        inside = shapely.point_on_surface(faces)
        piece_tree = shapely.STRtree(pieces)
        face_index, piece_index = piece_tree.query(inside, predicate="within")
        face_owner = np.full(len(faces), -1)
        face_owner[face_index] = piece_index
        keep = face_owner >= 0
        faces, face_owner = faces[keep], face_owner[keep]
    else:
        import geopandas
    built = time.perf_counter()
    areas = None
    first = None
    dates = data["changes"][:int(sys.argv[3])] if len(sys.argv) > 3 else data["changes"]
    for changes in dates:
        for index, holder in changes:
            holders[index] = holder
        if mode == "shapely":
            face_holders = holders[face_owner]
            areas = {int(a): shapely.coverage_union_all(faces[face_holders == a]).area for a in range(data["actors"])}
        else:
            frame = geopandas.GeoDataFrame({"holder": holders}, geometry=pieces)
            areas = frame.dissolve("holder").area.to_dict()
        if first is None:
            first = time.perf_counter() - built
    finished = time.perf_counter()
    print(json.dumps({"tool": "geopandas" if mode == "geopandas" else "shapely 2", "build_seconds": built - started,
                      "seconds": finished - built, "first_seconds": first, "matches": len(dates), "megabytes": sum(areas.values()) / 1e6,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      }))


if __name__ == "__main__":
    main()
