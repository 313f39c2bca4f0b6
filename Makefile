# ota-emu — build, test and reference targets. `make test` is what CI runs (.ci/run).
GO ?= go
GOBIN ?= $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION ?= v0.8.2
FUZZTIME ?= 60s

.PHONY: build demo test race lint bench fuzz ref ref-check

build:
	$(GO) build -o bin/ota-emu ./cmd/ota-emu

# A device program on the embedded example (grows into the self-updating demo with a fault).
demo:
	$(GO) run ./cmd/ota-emu run examples/hello/main.py

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./emulator/... ./netsim/...
	$(GO) test -count=1 -race -run 'TestCorpusParallel' ./conformance/lang

lint:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))"
	$(GO) vet ./...
	$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(GOBIN)/staticcheck ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	cd tools/mpref && (test -d node_modules || npm ci --silent) && node bench.mjs ../../emulator/mpy/testdata/bench/*.py

# Every fuzz target, FUZZTIME each.
fuzz:
	@for pkg in ./vfs ./emulator/mpy/lower ./emulator/mpy/mpfmt ./emulator/mpy/mphash ./emulator/modules; do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Regenerate conformance/lang/**/*.exp with real MicroPython 1.27 (installs the npm package).
ref:
	bash tools/mpref/gen.sh

ref-check:
	bash tools/mpref/gen.sh --check
