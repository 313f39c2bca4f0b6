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
// cannot be checked against a reference here; it passes the single-precision expectations of
// MicroPython's own tests (float_format_ints, float_format_ftoe, float_format_accuracy).
//
// Text is handled as bytes, as MicroPython does: widths and precisions count bytes, so
// '{:.1}'.format('é') cuts a character in half and '%c' % 233 yields the lone byte 0xE9.
// MicroPython then holds invalid UTF-8 in a str; the engine returns the same bytes and leaves
// it to the runtime. (Such cases are left out of the golden tests.)
//
// Usage: a runtime implements [Host] (and optionally [Converter]) over its objects, keeps one
// [Formatter] per device, and calls [Formatter.Percent] for `str % x` and `bytes % x`,
// [Formatter.Format] for str.format and bytes.format, [Formatter.FormatValue] for lowered
// f-string fields, and [FloatRepr] for repr(float) and str(float).
package mpfmt
