// Package lower is the front end of the MicroPython language layer: it rewrites
// MicroPython 1.27 source into source that gpython v0.2.0's Python 3.4 parser
// accepts and that means the same thing on our runtime.
//
// It owns the syntax gap only: f-strings (lowered exactly as MicroPython's own
// lexer does, to a str literal followed by .format(...)), underscores in
// numeric literals, annotated assignments, parameter and return annotations
// (MicroPython never evaluates them, so they are removed), trailing commas and
// repeated or misplaced *args/**kwargs in calls, which gpython's grammar
// rejects, and assignment expressions (:=) heading an if or while statement
// where a same-line rewrite is provably equivalent (see walrus.go).
//
// Every statement stays on its original physical line and the output has as
// many lines as the input, so gpython's tracebacks show the original file's
// line numbers. Source that needs no lowering is returned unchanged.
//
// It is built on its own tokenizer (never regular expressions) that follows
// MicroPython's lexer where the two languages differ: only lowercase string
// prefixes, f-string replacement fields found by MicroPython's bracket-counting
// rule, '_' skipped anywhere inside a number.
//
// It must never evaluate anything, never touch the file system and never emit
// code whose meaning differs from MicroPython's: a construct it cannot lower
// exactly (other assignment expressions, async/await, the '@' operator) is
// reported as a *SyntaxError naming the line.
//
// The lowered code relies on the runtime for: str.format with MicroPython's
// semantics, closures that work (gpython v0.2.0 needs Code.Cell2arg repaired
// for lambdas that use a function's arguments), iter(callable, sentinel), and
// a __future__ module when the source imports one.
//
// Known differences, all confined to programs that raise: a call rewritten for
// several **mappings merges them, so a key given twice is not reported as
// "multiple values"; such a rewrite evaluates keyword arguments written
// between two *iterables after them; an exception raised inside a lowered while condition
// shows two extra <lambda> frames (same line) in gpython's traceback.
package lower
