# The two commands of the README, and the benchmark table.
SWIFT ?= swift

.PHONY: run test deps build bench eval

## Install the system packages when missing, build in release mode, run the main job.
run: deps
	$(SWIFT) build -c release --product controlmap
	.build/release/controlmap basemap
	.build/release/controlmap places export -o Output/libya/places.geojson
	.build/release/controlmap claims update Articles/*.txt
	.build/release/controlmap timeline -o Output/libya/timeline
	cp Output/libya/timeline/$$(ls Output/libya/timeline | grep geojson | tail -1) Output/libya/latest.geojson.tmp && mv Output/libya/latest.geojson.tmp Output/libya/latest.geojson
	.build/release/controlmap render --date $$(ls Output/libya/timeline | grep geojson | tail -1 | cut -c1-10) -o Output/libya/latest.png
	.build/release/controlmap render --diff $$(ls Output/libya/timeline | grep geojson | head -1 | cut -c1-10) $$(ls Output/libya/timeline | grep geojson | tail -1 | cut -c1-10) -o Output/libya/diff.png
	.build/release/controlmap viewer -o Output/libya/viewer.html

## Install the system packages when missing (Chromium too, for the viewer's browser test), then run every test.
test:
	@sh scripts/ensure-deps.sh --tests
	$(SWIFT) test

deps:
	@sh scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

## Build in release mode and print the benchmark table (ControlMap against its peers, same run).
bench: deps
	@python3 -c "import ahocorasick, shapely, geopandas" 2>/dev/null || python3 -m pip install --quiet pyahocorasick shapely geopandas
	$(SWIFT) build -c release --product controlmap-bench
	.build/release/controlmap-bench

## Score claim extraction against the hand-coded gold assertions (precision, recall, F1, dates, places).
eval: deps
	$(SWIFT) build -c release --product controlmap
	.build/release/controlmap eval --published 2017-06-25 $(wildcard Articles/*.txt) $(wildcard $(or $(CONTROLMAP_SHARED),../shared)/articles/jihadists-in-libya-retreat-2017-06.txt)
