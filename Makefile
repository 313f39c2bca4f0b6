# ota-emu — build, test and reference targets. `make test` is what CI runs (.ci/run).
GO ?= go
STATICCHECK ?= $(shell $(GO) env GOPATH)/bin/staticcheck

.PHONY: build test demo lint bench fuzz ref race

build:
	$(GO) build -o bin/ota-emu ./cmd/ota-emu

# The main job on an embedded default (grows into the self-updating demo with a power cut).
demo:
	$(GO) run ./cmd/ota-emu run examples/hello/main.py

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race -run 'TestCorpusParallel' ./conformance/lang

lint:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))"
	$(GO) vet ./...
	$(GO) install honnef.co/go/tools/cmd/staticcheck@2025.1.1
	$(STATICCHECK) ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Long fuzzing, one target at a time (FUZZTIME per target).
FUZZTIME ?= 60s
fuzz:
	for pkg in ./vfs ./emulator/mpy/lower ./emulator/mpy/mpfmt; do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Regenerate conformance/lang/**/*.exp with real MicroPython 1.27 (installs the npm package).
ref:
	bash tools/mpref/gen.sh
