package lower

import (
	"bytes"
	"strings"
)

// Assignment expressions (:=) have no Python 3.4 equivalent, and the usual
// rewrite (assign on a line of its own before the statement) would move
// statements to other lines. Two forms are lowered exactly, on the same
// line, by making the header a for statement whose target does the binding:
//
//	while NAME := E:  /  while (NAME := E) REST:
//	    -> for [NAME] in __mpy_iter__(lambda: (lambda NAME: (NAME,) if NAME REST else None)(E), None):
//	if NAME := E:     /  if (NAME := E) REST:
//	    -> for NAME in (lambda NAME: (NAME,) if NAME REST else ())(E):
//
// (The while form needs iter(callable, sentinel), which MicroPython 1.27 lacks: the runtime
// provides it as the private builtin __mpy_iter__; the value travels in a 1-tuple so that None can be the sentinel, and
// the target is [NAME] because gpython v0.2.0 does not unpack "for NAME, in".)
//
// A for loop binds NAME only when its body runs, so these are exact only when
// nothing reads NAME outside the statement; the lowering checks that NAME
// appears nowhere else in the enclosing function (or module), and refuses
// the cases where the rewrite would change meaning: a header in a class body
// (a lambda cannot see class names), an if with elif/else or containing
// break/continue, code that depends on the frame (yield, super, locals...).
// Everything else gets a *SyntaxError saying the construct is unsupported.
//
// One difference remains in the while form: its condition runs inside the
// iterator's __next__, so a StopIteration escaping from it ends the loop
// instead of propagating. Conditions that call next() or __next__ are
// refused for that reason; a StopIteration raised deeper, inside a function
// the condition calls, would still be taken as the end of the loop.

// block summarises one logical line for the walrus checks.
type block struct {
	indent int
	toks   []token
}

// scanBlocks tokenizes the whole text once and records every logical line.
func scanBlocks(src []byte, filename string) ([]block, error) {
	tz := newTokenizer(src, filename, 0, nil)
	var blocks []block
	for {
		toks, err := tz.nextLine()
		if err != nil {
			return nil, err
		}
		if toks == nil {
			return blocks, nil
		}
		start := bytes.LastIndexByte(src[:toks[0].start], '\n') + 1
		indent := 0
		for _, c := range src[start:toks[0].start] {
			if c == '\t' {
				indent += 8 - indent%8
			} else {
				indent++
			}
		}
		blocks = append(blocks, block{indent: indent, toks: append([]token(nil), toks...)})
	}
}

func (l *lineLowerer) blockIs(b block, i int, k kind, s string) bool {
	if i >= len(b.toks) {
		return false
	}
	t := b.toks[i]
	if k == kOp {
		return t.kind == kOp && t.op == s
	}
	return t.kind == k && string(l.src[t.start:t.end]) == s
}

func (l *lineLowerer) blockHasName(b block, name string, from int) bool {
	for i := from; i < len(b.toks); i++ {
		if l.blockIs(b, i, kName, name) {
			return true
		}
	}
	return false
}

// frameNames may not appear in code the lowering moves into a lambda.
var frameNames = []string{"yield", "await", "super", "locals", "vars", "eval", "exec", "__class__", "nonlocal", "global"}

// walrus lowers the assignment expression whose ':=' is token i, or explains
// why it cannot.
func (l *lineLowerer) walrus(i int) error {
	unsupported := func(why string) error {
		return l.errTok(i, "assignment expression (:=) "+why+" is not supported (it cannot be lowered for gpython exactly); assign on the line before")
	}
	if l.blocks == nil {
		return unsupported("inside an f-string")
	}
	if l.is(0, kName, "elif") {
		return unsupported("in an elif condition")
	}
	isWhile := l.is(0, kName, "while")
	if !isWhile && !l.is(0, kName, "if") {
		return unsupported("outside an if or while condition")
	}
	h := l.headerColon(1)
	if h < 0 || i > h {
		return unsupported("outside an if or while condition")
	}
	var name, eStart, eEnd, restStart int
	switch {
	case i == 2 && l.toks[1].kind == kName:
		name, eStart, eEnd, restStart = 1, 3, h, h
	case i == 3 && l.op(1, "(") && l.toks[2].kind == kName:
		close := l.match(1)
		if close < 0 || close > h {
			return unsupported("here")
		}
		name, eStart, eEnd, restStart = 2, 4, close, close+1
	default:
		return unsupported("that is not the leftmost operand of the condition")
	}
	if eStart >= eEnd {
		return l.errTok(i, msgInvalid)
	}
	target := string(l.word(name))
	if keywords[target] {
		return l.errTok(name, msgInvalid)
	}
	for j := 1; j < h; j++ {
		if j != i && l.op(j, ":=") {
			return unsupported("used twice in one condition")
		}
	}
	// The walrus must be evaluated first: not under a conditional expression.
	for j := restStart; j < h; j++ {
		if l.toks[j].depth == 0 && l.is(j, kName, "if") {
			return unsupported("under a conditional expression")
		}
	}
	// Code that will run inside a lambda must not depend on its frame.
	lo := restStart
	if isWhile {
		lo = eStart
	}
	for j := lo; j < h; j++ {
		if l.toks[j].kind != kName {
			continue
		}
		for _, bad := range frameNames {
			if string(l.word(j)) == bad {
				return unsupported("next to '" + bad + "'")
			}
		}
		if w := string(l.word(j)); isWhile && (w == "next" || w == "__next__") {
			// A StopIteration would end the loop instead of propagating.
			return unsupported("calling " + w + "() in a while condition")
		}
	}
	// The statement: this line and the more indented lines after it.
	k := l.index
	if k >= len(l.blocks) {
		return unsupported("here")
	}
	indent := l.blocks[k].indent
	end := k + 1
	for end < len(l.blocks) && l.blocks[end].indent > indent {
		end++
	}
	if !isWhile {
		if end < len(l.blocks) && l.blocks[end].indent == indent &&
			(l.blockIs(l.blocks[end], 0, kName, "elif") || l.blockIs(l.blocks[end], 0, kName, "else")) {
			return unsupported("in an if with elif or else")
		}
		for j := k; j < end; j++ {
			from := 0
			if j == k {
				from = h + 1
			}
			if l.blockHasName(l.blocks[j], "break", from) || l.blockHasName(l.blocks[j], "continue", from) {
				return unsupported("in an if whose body has break or continue")
			}
		}
	}
	// The enclosing scope: the innermost def (the whole module if none).
	scopeStart, scopeEnd := 0, len(l.blocks)
	cur := indent
	for j := k - 1; j >= 0; j-- {
		b := l.blocks[j]
		if b.indent >= cur {
			continue
		}
		cur = b.indent
		if l.blockIs(b, 0, kName, "class") {
			return unsupported("in a class body")
		}
		if l.blockIs(b, 0, kName, "def") {
			scopeStart, scopeEnd = j, j+1
			for scopeEnd < len(l.blocks) && l.blocks[scopeEnd].indent > b.indent {
				scopeEnd++
			}
			break
		}
	}
	for j := scopeStart; j < scopeEnd; j++ {
		if j >= k && j < end {
			continue
		}
		if l.blockHasName(l.blocks[j], target, 0) {
			return unsupported("whose target '" + target + "' is also used outside the statement")
		}
	}
	l.set(0, h, func(b *strings.Builder) error {
		return l.emitWalrus(b, isWhile, target, eStart, eEnd, restStart, h)
	})
	return nil
}

func (l *lineLowerer) emitWalrus(b *strings.Builder, isWhile bool, target string, eStart, eEnd, restStart, h int) error {
	var e, rest strings.Builder
	if err := l.render(&e, eStart, eEnd); err != nil {
		return err
	}
	if restStart < h {
		rest.WriteByte(' ')
		if err := l.render(&rest, restStart, h); err != nil {
			return err
		}
	}
	nl := l.newlines(0, h) - l.newlines(eStart, eEnd) - l.newlines(restStart, h)
	if isWhile {
		b.WriteString("for [" + target + "] in __mpy_iter__(lambda: (lambda " + target + ": (" + target + ",) if " + target + rest.String() + " else None)(")
		b.WriteString(e.String())
		b.WriteString("), None")
	} else {
		b.WriteString("for " + target + " in (lambda " + target + ": (" + target + ",) if " + target + rest.String() + " else ())(")
		b.WriteString(e.String())
	}
	b.WriteString(strings.Repeat("\n", max(nl, 0)))
	b.WriteString(")")
	return nil
}
