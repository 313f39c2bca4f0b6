// Package mpfmt reproduces, character for character, the text formatting engines of
// MicroPython 1.27: float repr/str, the %e/%f/%g family, int rendering with bases, prefixes
// and grouping, the `str % args` (and `bytes % args`) operator and `str.format` (and
// `bytes.format`) with MicroPython's own format-spec parser, quirks and error texts.
//
// The package owns only the formatting arithmetic and the rules for reading format strings.
// It never touches a Python runtime: values reach it through the small [Host] interface
// that the caller (the emulated runtime) implements, and errors leave it as [*Error] values
// naming the MicroPython exception type to raise. It must never panic on any input, never
// depend on host state (locale, clock, map order), and never allocate without bound: output
// longer than [Formatter.Limit] becomes a MemoryError, as it would on a device heap.
//
// Double-precision results are checked against MicroPython 1.27's webassembly build (see
// testdata/). That build formats floats with MICROPY_FLOAT_FORMAT_IMPL_EXACT, carrying the
// intermediate arithmetic in IEEE binary128 (emscripten's long double); this package emulates
// that arithmetic exactly. Single-precision mode (ESP32, RP2 boards) follows formatfloat.c's
// MICROPY_FLOAT_FORMAT_IMPL_APPROX path for 32-bit floats; it is derived from the source and
// cannot be checked against a reference here.
package mpfmt
