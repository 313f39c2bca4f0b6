# ota-emu — build, test and reference targets. `make test` is what CI runs (.ci/run).
GO ?= go
GOBIN ?= $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION ?= v0.8.2
FUZZTIME ?= 60s

.PHONY: build demo test fuzz-smoke browser lint bench fuzz sweep ref ref-check

build:
	$(GO) build -o bin/ota-emu ./cmd/ota-emu

# The embedded demo: a device updating itself over the air with a power cut, judged, then a
# sweep that finds the cuts bricking a naive updater.
demo:
	$(GO) run ./cmd/ota-emu demo

test: browser
	$(GO) vet ./...
	$(GO) test -count=1 $$($(GO) list ./... | grep -v '/conformance$$')
	@# the conformance suite, with its profile x case table printed
	@mkdir -p bin; $(GO) test -count=1 -v ./conformance > bin/conformance.log 2>&1; rc=$$?; \
	  sed -n '/conformance table/,/JUnit XML/p' bin/conformance.log; \
	  grep -E '^(--- FAIL|FAIL|ok)' bin/conformance.log; exit $$rc
	$(GO) test -count=1 -race ./emulator/... ./netsim/...
	$(GO) test -count=1 -race -run 'TestCorpusParallel' ./conformance/lang
	$(MAKE) fuzz-smoke

# Every fuzz target of every package, briefly (make test runs this; make fuzz runs them long).
FUZZSMOKE ?= 2s
fuzz-smoke:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t ($(FUZZSMOKE))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZSMOKE) -fuzzminimizetime 10x $$pkg >/dev/null || \
	      { echo "FAIL fuzz $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZSMOKE) -fuzzminimizetime 10x $$pkg; exit 1; }; \
	  done; \
	done

# Headless Chromium renders the sweep's HTML report in a test (Debian's package).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing chromium (Debian package) for the HTML report test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >/dev/null; }

lint:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))"
	$(GO) vet ./...
	$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(GOBIN)/staticcheck ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	cd tools/mpref && (test -d node_modules || npm ci --silent) && node bench.mjs ../../emulator/mpy/testdata/bench/*.py

# Every fuzz target of every package, FUZZTIME each.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 50x $$pkg || exit 1; \
	  done; \
	done

# Long power-cut sweeps of the examples: every cut, cuts inside operations, second cuts
# during recovery, on littlefs and FAT; reports (HTML, JUnit, JSON) in bin/sweeps/.
SWEEP = $(GO) run ./cmd/ota-emu sweep --depth 2 --depth2-cuts 5 --state '/stage/**'
sweep:
	mkdir -p bin/sweeps
	for fs in littlefs fat; do \
	  $(SWEEP) examples/staged/device/main.py --serve ota.example=examples/staged/release --fs-model $$fs \
	    --html bin/sweeps/staged-$$fs.html --junit bin/sweeps/staged-$$fs.xml --json bin/sweeps/staged-$$fs.json || exit 1; \
	done
	$(SWEEP) examples/staged/device/main.py --serve ota.example=examples/staged/release --inside --html bin/sweeps/staged-inside.html
	-$(SWEEP) examples/naive/device/main.py --serve ota.example=examples/naive/release --html bin/sweeps/naive.html
	$(GO) test -run '^$$' -bench 'Sweep200KB' -benchtime 1x ./emulator

# Regenerate conformance/lang/**/*.exp with real MicroPython 1.27 (installs the npm package).
ref:
	bash tools/mpref/gen.sh

ref-check:
	bash tools/mpref/gen.sh --check
