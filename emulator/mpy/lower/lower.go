package lower

import (
	"bytes"
	"strings"
)

// Lower rewrites src (MicroPython 1.27 syntax) into source gpython v0.2.0
// parses, with the same meaning and every statement on its original line.
// When nothing needs lowering it returns src itself. Input MicroPython would
// reject, and constructs that cannot be lowered exactly, give a *SyntaxError.
func Lower(src []byte, filename string) ([]byte, error) {
	text := src
	changed := false
	if bytes.IndexByte(src, '\r') >= 0 {
		// MicroPython treats a lone CR as a newline; gpython does not.
		text, changed = normaliseCR(src)
	}
	out, edited, _, err := lowerText(text, filename, 0, false, make([]token, 0, 64))
	if err != nil {
		return nil, err
	}
	if !edited && !changed {
		return src, nil
	}
	return out, nil
}

func normaliseCR(src []byte) ([]byte, bool) {
	var out []byte
	for i, c := range src {
		if c == '\r' && (i+1 >= len(src) || src[i+1] != '\n') {
			if out == nil {
				out = append(make([]byte, 0, len(src)), src[:i]...)
			}
			out = append(out, '\n')
			continue
		}
		if out != nil {
			out = append(out, c)
		}
	}
	if out == nil {
		return src, false
	}
	return out, true
}

// lowerText lowers a whole text; baseLine is added to error line numbers and
// inField says the text is an f-string field's expression.
// buf is a token buffer to reuse; the (possibly grown) buffer is returned.
func lowerText(src []byte, filename string, baseLine int, inField bool, buf []token) ([]byte, bool, []token, error) {
	tz := newTokenizer(src, filename, baseLine, buf)
	var out []byte
	last := 0
	l := &lineLowerer{src: src, filename: filename, baseLine: baseLine, inField: inField}
	if !inField && bytes.Contains(src, []byte(":=")) {
		// Lowering an assignment expression needs the block structure.
		blocks, err := scanBlocks(src, filename)
		if err != nil {
			return nil, false, tz.all, err
		}
		l.blocks = blocks
	}
	for lineNo := 0; ; lineNo++ {
		toks, err := tz.nextLine()
		if err != nil {
			return nil, false, tz.all, err
		}
		if toks == nil {
			break
		}
		l.toks, l.acts, l.pairs, l.index = toks, nil, l.pairs[:0], lineNo
		if err := l.analyse(); err != nil {
			return nil, false, tz.all, err
		}
		if len(l.acts) == 0 {
			continue
		}
		var b strings.Builder
		if err := l.render(&b, 0, len(l.toks)); err != nil {
			return nil, false, tz.all, err
		}
		if out == nil {
			out = make([]byte, 0, len(src)+len(src)/8)
		}
		first, end := toks[0].start, toks[len(toks)-1].end
		out = append(out, src[last:first]...)
		out = append(out, b.String()...)
		last = end
	}
	if out == nil {
		return src, false, tz.all, nil
	}
	out = append(out, src[last:]...)
	return out, true, tz.all, nil
}

// action replaces tokens [start, end) of a logical line when rendering.
type action struct {
	end  int
	emit func(b *strings.Builder) error
}

// lineLowerer lowers one logical line.
type lineLowerer struct {
	src      []byte
	toks     []token
	filename string
	baseLine int
	inField  bool
	acts     map[int]*action
	pairs    []int32 // index of the matching closer for each opener, else -1
	fieldBuf []token // token buffer for f-string field expressions
	blocks   []block // every logical line, when the text has ':=' (see walrus.go)
	index    int     // this logical line's index in blocks
}

func (l *lineLowerer) text(i int) string {
	t := l.toks[i]
	return string(l.src[t.start:t.end])
}

func (l *lineLowerer) is(i int, k kind, s string) bool {
	if i < 0 || i >= len(l.toks) {
		return false
	}
	t := &l.toks[i]
	if k == kOp {
		return t.kind == kOp && t.op == s
	}
	return t.kind == k && string(l.src[t.start:t.end]) == s
}

func (l *lineLowerer) op(i int, s string) bool {
	return i >= 0 && i < len(l.toks) && l.toks[i].kind == kOp && l.toks[i].op == s
}

// word returns the source bytes of token i (not copied).
func (l *lineLowerer) word(i int) []byte {
	return l.src[l.toks[i].start:l.toks[i].end]
}

func (l *lineLowerer) errTok(i int, msg string) *SyntaxError {
	t := l.toks[i]
	return &SyntaxError{Filename: l.filename, Line: t.line + l.baseLine, Col: t.col, Msg: msg}
}

// set registers an action unless one already starts at start.
func (l *lineLowerer) set(start, end int, emit func(b *strings.Builder) error) {
	if l.acts == nil {
		l.acts = map[int]*action{}
	}
	if _, ok := l.acts[start]; ok {
		return
	}
	l.acts[start] = &action{end: end, emit: emit}
}

// render writes tokens [lo, hi) and the text between them, applying actions.
func (l *lineLowerer) render(b *strings.Builder, lo, hi int) error {
	for i := lo; i < hi; {
		if i > lo {
			b.Write(l.src[l.toks[i-1].end:l.toks[i].start])
		}
		if a := l.acts[i]; a != nil && a.end <= hi {
			if err := a.emit(b); err != nil {
				return err
			}
			i = a.end
			continue
		}
		b.Write(l.src[l.toks[i].start:l.toks[i].end])
		i++
	}
	return nil
}

// newlines counts line breaks in the source between tokens [lo, hi).
func (l *lineLowerer) newlines(lo, hi int) int {
	if lo >= hi {
		return 0
	}
	return bytes.Count(l.src[l.toks[lo].start:l.toks[hi-1].end], []byte{'\n'})
}

// remove deletes tokens [lo, hi), keeping their line breaks as continuations.
func (l *lineLowerer) remove(lo, hi int) {
	n := l.newlines(lo, hi)
	l.set(lo, hi, func(b *strings.Builder) error {
		for k := 0; k < n; k++ {
			b.WriteString(" \\\n")
		}
		return nil
	})
}

var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true,
	"except": true, "finally": true, "with": true, "def": true, "class": true,
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// analyse finds everything on the line that needs lowering and registers
// actions for it; constructs that cannot be lowered give an error.
func (l *lineLowerer) analyse() error {
	if err := l.statements(); err != nil {
		return err
	}
	for i := 0; i < len(l.toks); i++ {
		t := l.toks[i]
		switch t.kind {
		case kName:
			if w := string(l.word(i)); w == "async" || w == "await" {
				return l.errTok(i, "async/await is not supported by the emulator's gpython runtime")
			}
		case kNumber:
			if bytes.IndexByte(l.src[t.start:t.end], '_') >= 0 {
				s := strings.ReplaceAll(l.text(i), "_", "")
				l.set(i, i+1, func(b *strings.Builder) error { b.WriteString(s); return nil })
			}
		case kString:
			j, err := l.stringGroup(i)
			if err != nil {
				return err
			}
			i = j - 1
		case kOp:
			switch t.op {
			case ":=":
				if err := l.walrus(i); err != nil {
					return err
				}
			case "@":
				if i > 0 {
					return l.errTok(i, "the '@' operator is not supported by the emulator's gpython runtime")
				}
			case "@=":
				return l.errTok(i, "the '@=' operator is not supported by the emulator's gpython runtime")
			case "/":
				if i > 0 && (l.op(i-1, "(") || l.op(i-1, ",")) {
					return l.errTok(i, msgInvalid)
				}
			case "(":
				if err := l.call(i); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// statements walks the statements of the line: compound headers and simple
// statements separated by ';'.
func (l *lineLowerer) statements() error {
	pos := 0
	n := len(l.toks)
	if l.op(0, "@") {
		return nil // a decorator line holds one expression
	}
	for pos < n {
		if l.toks[pos].kind == kName && compoundKeywords[string(l.word(pos))] {
			h := l.headerColon(pos + 1)
			if h < 0 {
				return nil // gpython reports the error
			}
			if l.is(pos, kName, "def") {
				if err := l.def(pos, h); err != nil {
					return err
				}
			}
			pos = h + 1
			continue
		}
		e := pos
		for e < n && !(l.toks[e].depth == 0 && l.op(e, ";")) {
			e++
		}
		l.simple(pos, e)
		pos = e + 1
	}
	return nil
}

// headerColon finds the ':' that ends a compound statement header.
func (l *lineLowerer) headerColon(from int) int {
	lambdas := 0
	for i := from; i < len(l.toks); i++ {
		if l.toks[i].depth != 0 {
			continue
		}
		if l.is(i, kName, "lambda") {
			lambdas++
		} else if l.op(i, ":") {
			if lambdas == 0 {
				return i
			}
			lambdas--
		}
	}
	return -1
}

// simple lowers an annotated assignment in the simple statement [a, e), and
// NAME = const(EXPR), which MicroPython's compiler folds to NAME = EXPR with no
// name const in scope (const is not a builtin).
func (l *lineLowerer) simple(a, e int) {
	if a >= e {
		return
	}
	if e-a >= 5 && l.toks[a].kind == kName && l.op(a+1, "=") && l.is(a+2, kName, "const") && l.op(a+3, "(") && l.op(e-1, ")") {
		depth := 0
		closes := -1
		for i := a + 3; i < e; i++ {
			switch {
			case l.op(i, "(") || l.op(i, "[") || l.op(i, "{"):
				depth++
			case l.op(i, ")") || l.op(i, "]") || l.op(i, "}"):
				depth--
				if depth == 0 && closes < 0 {
					closes = i
				}
			}
		}
		if closes == e-1 {
			l.set(a+2, a+3, func(b *strings.Builder) error { return nil })
			return
		}
	}
	if l.toks[a].kind == kName && keywords[string(l.word(a))] {
		return
	}
	colon := -1
	for i := a; i < e; i++ {
		if l.toks[i].depth != 0 {
			continue
		}
		if l.op(i, "=") || l.is(i, kName, "lambda") {
			return
		}
		if l.op(i, ":") {
			colon = i
			break
		}
	}
	if colon <= a {
		return
	}
	for i := colon + 1; i < e; i++ {
		if l.toks[i].depth == 0 && l.op(i, "=") {
			l.remove(colon, i)
			return
		}
	}
	// A bare annotation: MicroPython evaluates neither target nor annotation.
	n := l.newlines(a, e)
	l.set(a, e, func(b *strings.Builder) error {
		b.WriteString("pass")
		for k := 0; k < n; k++ {
			b.WriteString(" \\\n")
		}
		return nil
	})
}

// split returns the comma-separated items between the brackets at open and
// close, treating a lambda's parameter list as part of its item. A trailing
// comma gives a final empty item.
func (l *lineLowerer) split(open, close int) [][2]int {
	var items [][2]int
	s := open + 1
	lambdas := 0
	for i := open + 1; i < close; i++ {
		switch {
		case l.toks[i].kind == kOp && l.toks[i].end-l.toks[i].start == 1 && l.match(i) > i:
			i = l.match(i) // skip a nested bracket pair
		case l.is(i, kName, "lambda"):
			lambdas++
		case l.op(i, ":") && lambdas > 0:
			lambdas--
		case l.op(i, ",") && lambdas == 0:
			items = append(items, [2]int{s, i})
			s = i + 1
		}
	}
	if s < close || len(items) > 0 {
		items = append(items, [2]int{s, close})
	}
	return items
}

// match returns the index of the bracket closing the one at open, or -1.
func (l *lineLowerer) match(open int) int {
	if len(l.pairs) != len(l.toks) {
		l.pairs = append(l.pairs[:0], make([]int32, len(l.toks))...)
		var stack []int32
		for i := range l.toks {
			l.pairs[i] = -1
			if l.toks[i].kind != kOp || l.toks[i].end-l.toks[i].start != 1 {
				continue
			}
			switch l.src[l.toks[i].start] {
			case '(', '[', '{':
				stack = append(stack, int32(i))
			case ')', ']', '}':
				if len(stack) > 0 {
					l.pairs[stack[len(stack)-1]] = int32(i)
					stack = stack[:len(stack)-1]
				}
			}
		}
	}
	return int(l.pairs[open])
}

// def removes parameter and return annotations and a trailing comma from the
// header of a def at pos whose header ends at the colon h.
func (l *lineLowerer) def(pos, h int) error {
	open := pos + 2
	if !l.op(open, "(") {
		return nil
	}
	close := l.match(open)
	if close < 0 || close > h {
		return nil
	}
	d := l.toks[open].depth + 1
	items := l.split(open, close)
	for k, it := range items {
		s, e := it[0], it[1]
		if s == e {
			if k != len(items)-1 || k == 0 || items[k-1][0] == items[k-1][1] {
				return l.errTok(s, msgInvalid) // an empty parameter
			}
			l.remove(s-1, s) // trailing comma
			continue
		}
		if l.op(s, "/") {
			return l.errTok(s, msgInvalid)
		}
		for i := s; i < e; i++ {
			if l.toks[i].depth != d {
				continue
			}
			if l.op(i, "=") {
				break
			}
			if l.op(i, ":") {
				end := e
				for j := i + 1; j < e; j++ {
					if l.toks[j].depth == d && l.op(j, "=") {
						end = j
						break
					}
				}
				l.remove(i, end)
				break
			}
		}
	}
	if l.op(close+1, "->") {
		l.remove(close+1, h)
	}
	return nil
}

// argKind classifies one argument of a call.
type argKind int

const (
	argPos argKind = iota
	argStar
	argDStar
	argKw
)

// call rewrites the argument list opened at i when gpython's Python 3.4
// grammar rejects it: several *args or **kwargs, positional arguments after
// *args, keywords after **kwargs, or a trailing comma after any of them.
func (l *lineLowerer) call(open int) error {
	if open == 0 {
		return nil
	}
	p := open - 1
	switch l.toks[p].kind {
	case kName:
		if keywords[string(l.word(p))] || l.is(p-1, kName, "def") {
			return nil
		}
	case kString:
	case kOp:
		if !l.op(p, ")") && !l.op(p, "]") {
			return nil
		}
	default:
		return nil
	}
	close := l.match(open)
	if close < 0 {
		return nil
	}
	// Most calls have no *args or **kwargs: nothing to do.
	d := l.toks[open].depth + 1
	starred := false
	for i := open + 1; i < close; i++ {
		t := &l.toks[i]
		if t.depth == d && t.kind == kOp && (t.op == "*" || t.op == "**") && (l.op(i-1, "(") || l.op(i-1, ",")) {
			starred = true
			break
		}
	}
	if !starred {
		return nil
	}
	items := l.split(open, close)
	trailing := len(items) > 1 && items[len(items)-1][0] == items[len(items)-1][1]
	if trailing {
		items = items[:len(items)-1]
	}
	for _, it := range items {
		if it[0] == it[1] {
			return l.errTok(it[0], msgInvalid) // an empty argument
		}
	}
	kinds := make([]argKind, len(items))
	stars, dstars := 0, 0
	need := false
	for k, it := range items {
		s := it[0]
		switch {
		case l.op(s, "*"):
			if dstars > 0 {
				return l.errTok(s, "* arg after **") // MicroPython's message
			}
			kinds[k] = argStar
			stars++
		case l.op(s, "**"):
			kinds[k] = argDStar
			dstars++
		case l.toks[s].kind == kName && l.op(s+1, "=") && s+1 < it[1]:
			kinds[k] = argKw
			if dstars > 0 {
				need = true
			}
		default:
			kinds[k] = argPos
			if stars > 0 || dstars > 0 {
				need = true
			}
		}
	}
	if stars > 1 || dstars > 1 || (dstars == 1 && kinds[len(kinds)-1] != argDStar) {
		need = true
	}
	if !need {
		if trailing && (stars > 0 || dstars > 0) {
			l.remove(close-1, close)
		}
		return nil
	}
	l.set(open, close+1, func(b *strings.Builder) error {
		return l.emitCall(b, open, close, items, kinds)
	})
	return nil
}

func (l *lineLowerer) emitCall(b *strings.Builder, open, close int, items [][2]int, kinds []argKind) error {
	var parts []string
	rendered := 0
	render := func(s, e int) (string, error) {
		rendered += l.newlines(s, e)
		var sb strings.Builder
		err := l.render(&sb, s, e)
		return sb.String(), err
	}
	// Positional arguments before the first *args stay as they are.
	k := 0
	for ; k < len(items) && kinds[k] == argPos; k++ {
		s, err := render(items[k][0], items[k][1])
		if err != nil {
			return err
		}
		parts = append(parts, s)
	}
	// Everything positional from the first *args on becomes one *args.
	var seq []string
	var run []string
	nstar := 0
	onlyStar := ""
	flush := func() {
		if len(run) > 0 {
			seq = append(seq, "("+strings.Join(run, ", ")+",)")
			run = nil
		}
	}
	// Keywords written before the first *args are kept before it (gpython
	// allows f(k=1, *a)), so they are evaluated in source order.
	for ; k < len(items) && kinds[k] == argKw; k++ {
		x, err := render(items[k][0], items[k][1])
		if err != nil {
			return err
		}
		parts = append(parts, x)
	}
	var kws []int
	var mapping []int
	for j := k; j < len(items); j++ {
		s, e := items[j][0], items[j][1]
		switch kinds[j] {
		case argStar:
			x, err := render(s+1, e)
			if err != nil {
				return err
			}
			flush()
			seq = append(seq, x)
			nstar++
			onlyStar = x
		case argPos:
			x, err := render(s, e)
			if err != nil {
				return err
			}
			run = append(run, x)
		case argKw:
			if len(mapping) > 0 {
				mapping = append(mapping, j)
			} else {
				kws = append(kws, j)
			}
		case argDStar:
			mapping = append(mapping, j)
		}
	}
	flush()
	if len(seq) == 1 && nstar == 1 {
		parts = append(parts, "*"+onlyStar)
	} else if len(seq) > 0 {
		parts = append(parts, "*[_mpy_v for _mpy_s in ("+strings.Join(seq, ", ")+",) for _mpy_v in _mpy_s]")
	}
	for _, j := range kws {
		x, err := render(items[j][0], items[j][1])
		if err != nil {
			return err
		}
		parts = append(parts, x)
	}
	if len(mapping) == 1 {
		x, err := render(items[mapping[0]][0], items[mapping[0]][1])
		if err != nil {
			return err
		}
		parts = append(parts, x)
	} else if len(mapping) > 1 {
		var maps []string
		var kwRun []string
		flushKw := func() {
			if len(kwRun) > 0 {
				maps = append(maps, "{"+strings.Join(kwRun, ", ")+"}")
				kwRun = nil
			}
		}
		for _, j := range mapping {
			s, e := items[j][0], items[j][1]
			if kinds[j] == argKw {
				v, err := render(s+2, e)
				if err != nil {
					return err
				}
				kwRun = append(kwRun, "'"+l.text(s)+"': "+v)
				continue
			}
			flushKw()
			x, err := render(s+1, e)
			if err != nil {
				return err
			}
			maps = append(maps, x)
		}
		flushKw()
		parts = append(parts, "**{_mpy_k: _mpy_d[_mpy_k] for _mpy_d in ("+strings.Join(maps, ", ")+",) for _mpy_k in _mpy_d}")
	}
	b.WriteString("(")
	b.WriteString(strings.Join(parts, ", "))
	// Line breaks between the arguments are kept, inside the brackets.
	nl := bytes.Count(l.src[l.toks[open].end:l.toks[close].start], []byte{'\n'}) - rendered
	b.WriteString(strings.Repeat("\n", max(nl, 0)))
	b.WriteString(")")
	return nil
}
