package modules

import (
	"fmt"
	"hash/crc32"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// re as MicroPython 1.27 (extmod/modre.c over lib/re1.5): compile, match, search and sub at
// module level; regex objects with match, search, split and sub; match objects with group, and
// on RP2 (whose port enables MICROPY_PY_RE_MATCH_GROUPS and _SPAN_START_END) also groups, span,
// start and end. ESP32 and the reference build (ROM level EXTRA/FULL features) lack those four.
//
// Why our own engine and not Go's regexp: re1.5 is a tiny backtracking matcher over a byte
// code with quirks device code can observe, and Go's RE2 semantics differ on every one of them:
// leftmost-first backtracking order (and so which captures a match reports), escapes that are
// only literals ("\n" in a pattern is the letter n, "\." a dot), "{" and "}" as plain
// characters (no counted repetition), "^" and "$" only at the very start and end of the
// subject (no multiline, "^" never matches after a non-zero pos), byte-wise matching of str
// subjects, and the exact errors ("regex too complex" for a syntax error the size pass finds,
// "error in regex" for an unbalanced ")", both for 8-bit jump offsets or class counts that
// overflow). So the pattern is compiled to the same kind of byte code (signed 8-bit relative
// jumps, checked the same way) and run by a recursive backtracking loop with re1.5's
// instruction semantics. A pattern that loops on an empty match ("(a*)*b") recurses without
// bound on a board until the C stack check raises RuntimeError("maximum recursion depth
// exceeded"); here a depth limit does the same. Catastrophic but finite backtracking is bounded
// by a step budget that cuts the run as the interpreter's own budget does, and the interpreter's
// stop (power cut, watchdog) is honoured while a match runs.

// re1.5 byte-code instructions (the values only matter inside this file).
const (
	reChar       = 1 // Char c: the next subject byte equals c
	reAny        = 2 // any byte
	reClass      = 3 // Class n (lo hi)*n
	reClassNot   = 4
	reNamedClass = 5    // NamedClass c (c one of dDsSwW)
	reBol        = 0x50 // at the start of the subject
	reEol        = 0x51 // at the end of the subject
	reJmp        = 0x60 // Jmp off
	reSplit      = 0x61 // Split off: try the next instruction first, then pc+off
	reRSplit     = 0x62 // RSplit off: try pc+off first, then the next instruction
	reSave       = 0x7e // Save n: capture slot n
	reMatch      = 0x7f
)

// reSearchPrefix is the length of the unanchored-search prologue ("RSplit 3; Any; Jmp -5").
const reSearchPrefix = 5

// Limits of one match: the recursion depth standing in for the board's C stack check, and the
// backtracking steps after which a match counts as a runaway program.
const (
	reMaxDepth = 10000
	reMaxSteps = 50_000_000
	reStopTick = 1 << 14
)

// reProg is a compiled pattern: byte code and the number of capture groups.
type reProg struct {
	code []byte
	sub  int
}

// reCompiler builds the byte code of one pattern.
type reCompiler struct {
	pat      string
	code     []byte
	sub      int
	overflow bool
}

func reIsNamedClass(c byte) bool { return c|0x20 == 'd' || c|0x24 == 'w' }

// put stores an 8-bit operand at position at, noting whether it fits a signed byte.
func (c *reCompiler) put(at, v int) {
	if v < -128 || v > 127 {
		c.overflow = true
	}
	c.code[at] = byte(int8(v))
}

// insert opens n bytes at position at.
func (c *reCompiler) insert(at, n int) {
	c.code = append(c.code, make([]byte, n)...)
	copy(c.code[at+n:], c.code[at:len(c.code)-n])
}

// rel is the operand of a jump at position at to position to.
func rel(at, to int) int { return to - at - 2 }

// seq compiles the pattern from index i to its end or to an unmatched ")", returning the index
// where it stopped; ok is false for a syntax error.
func (c *reCompiler) seq(i int) (int, bool) {
	pat := c.pat
	start, term, alt := len(c.code), len(c.code), -1
	for ; i < len(pat) && pat[i] != ')'; i++ {
		pc := len(c.code)
		switch ch := pat[i]; ch {
		case '.':
			term = pc
			c.code = append(c.code, reAny)
		case '[':
			term = pc
			i++
			op := byte(reClass)
			if i < len(pat) && pat[i] == '^' {
				op = reClassNot
				i++
			}
			c.code = append(c.code, op, 0)
			cnt := 0
			for ; ; i, cnt = i+1, cnt+1 {
				if i >= len(pat) {
					return i, false // unterminated class
				}
				if pat[i] == ']' {
					break
				}
				lo := pat[i]
				if lo == '\\' {
					i++
					if i >= len(pat) {
						return i, false
					}
					lo = pat[i]
					if reIsNamedClass(lo) {
						c.code = append(c.code, 0, lo)
						continue
					}
				}
				if i+1 < len(pat) && pat[i+1] == '-' && (i+2 >= len(pat) || pat[i+2] != ']') {
					i += 2
					if i >= len(pat) {
						return i, false
					}
				}
				c.code = append(c.code, lo, pat[i])
			}
			c.put(term+1, cnt)
		case '(':
			term = pc
			capture := !(i+2 < len(pat) && pat[i+1] == '?' && pat[i+2] == ':')
			sub := 0
			if capture {
				c.sub++
				sub = c.sub
				c.code = append(c.code, reSave, 0)
				c.put(len(c.code)-1, 2*sub)
			} else {
				i += 2
			}
			j, ok := c.seq(i + 1)
			if !ok || j >= len(pat) || pat[j] != ')' {
				return j, false
			}
			i = j
			if capture {
				c.code = append(c.code, reSave, 0)
				c.put(len(c.code)-1, 2*sub+1)
			}
		case '?':
			if pc == term {
				return i, false // nothing to repeat
			}
			c.insert(term, 2)
			c.code[term] = reSplit
			if i+1 < len(pat) && pat[i+1] == '?' {
				c.code[term] = reRSplit
				i++
			}
			c.put(term+1, rel(term, len(c.code)))
			term = len(c.code)
		case '*':
			if pc == term {
				return i, false
			}
			c.insert(term, 2)
			at := len(c.code)
			c.code = append(c.code, reJmp, 0)
			c.put(at+1, rel(at, term))
			c.code[term] = reSplit
			if i+1 < len(pat) && pat[i+1] == '?' {
				c.code[term] = reRSplit
				i++
			}
			c.put(term+1, rel(term, len(c.code)))
			term = len(c.code)
		case '+':
			if pc == term {
				return i, false
			}
			op := byte(reRSplit)
			if i+1 < len(pat) && pat[i+1] == '?' {
				op = reSplit
				i++
			}
			c.code = append(c.code, op, 0)
			c.put(pc+1, rel(pc, term))
			term = len(c.code)
		case '|':
			if alt >= 0 {
				c.put(alt, rel(alt, pc)+1)
			}
			c.insert(start, 2)
			c.code = append(c.code, reJmp, 0)
			alt = len(c.code) - 1
			c.code[start] = reSplit
			c.put(start+1, rel(start, len(c.code)))
			term = len(c.code)
		case '^':
			c.code = append(c.code, reBol)
			term = len(c.code)
		case '$':
			c.code = append(c.code, reEol)
			term = len(c.code)
		case '\\':
			i++
			if i >= len(pat) {
				return i, false // trailing backslash
			}
			term = pc
			if reIsNamedClass(pat[i]) {
				c.code = append(c.code, reNamedClass, pat[i])
			} else {
				c.code = append(c.code, reChar, pat[i])
			}
		default:
			term = pc
			c.code = append(c.code, reChar, ch)
		}
	}
	if alt >= 0 {
		c.put(alt, rel(alt, len(c.code))+1)
	}
	return i, !c.overflow
}

// reCompile compiles a pattern as re1.5 does, with MicroPython's two error messages.
func reCompile(pattern string) (*reProg, error) {
	if k := indexNUL(pattern); k >= 0 {
		pattern = pattern[:k] // the C code stops at the terminating NUL
	}
	c := &reCompiler{pat: pattern}
	c.code = append(c.code, reRSplit, 3, reAny, reJmp, 0xfb, reSave, 0) // 0xfb: -5
	end, ok := c.seq(0)
	if !ok {
		return nil, mpy.NewException(py.ValueError, py.String("regex too complex"))
	}
	if end < len(pattern) {
		return nil, mpy.NewException(py.ValueError, py.String("error in regex"))
	}
	c.code = append(c.code, reSave, 1, reMatch)
	return &reProg{code: c.code, sub: c.sub}, nil
}

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

// reVM runs a program over one subject. caps holds byte offsets, -1 for an unset slot.
type reVM struct {
	it        *mpy.Interp
	code      []byte
	subj      []byte
	beginLine int
	end       int
	caps      []int
	depth     int
	steps     int64
}

// errReDepth unwinds a match that recursed past reMaxDepth.
type errReDepth struct{}

// errReSteps unwinds a match that ran out of steps with no interpreter to cut (host tests).
type errReSteps struct{}

func (m *reVM) tick() {
	m.steps++
	if m.steps%reStopTick != 0 {
		return
	}
	if m.it == nil {
		if m.steps >= reMaxSteps {
			panic(errReSteps{})
		}
		return
	}
	m.it.CheckStop()
	if m.steps >= reMaxSteps {
		m.it.Cut("step budget exhausted: a regular expression backtracked "+strconv.FormatInt(m.steps, 10)+" steps without finishing (catastrophic backtracking?)", nil)
	}
}

// namedClass is _re1_5_namedclassmatch: \d \s \w and their negations, ASCII only.
func reNamedMatch(name, b byte) bool {
	var in bool
	switch name | 0x20 {
	case 'd':
		in = b >= '0' && b <= '9'
	case 's':
		in = b == ' ' || (b >= '\t' && b <= '\r')
	default:
		in = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_'
	}
	return in == (name&0x20 != 0)
}

// classMatch is a [...] test; ranges compare bytes as the reference build's signed char does.
func (m *reVM) classMatch(pc int, b byte) bool {
	positive := m.code[pc-1] == reClass
	n := int(m.code[pc])
	for k := 0; k < n; k++ {
		lo, hi := m.code[pc+1+2*k], m.code[pc+2+2*k]
		if lo == 0 {
			if reNamedMatch(hi, b) {
				return positive
			}
		} else if int8(b) >= int8(lo) && int8(b) <= int8(hi) {
			return positive
		}
	}
	return !positive
}

func (m *reVM) run(pc, sp int) bool {
	m.depth++
	defer func() { m.depth-- }()
	if m.depth > reMaxDepth {
		panic(errReDepth{})
	}
	for {
		m.tick()
		op := m.code[pc]
		if op < reBol && sp >= m.end {
			return false
		}
		pc++
		switch op {
		case reChar:
			if m.subj[sp] != m.code[pc] {
				return false
			}
			pc++
			sp++
		case reAny:
			sp++
		case reClass, reClassNot:
			if !m.classMatch(pc, m.subj[sp]) {
				return false
			}
			pc += int(m.code[pc])*2 + 1
			sp++
		case reNamedClass:
			if !reNamedMatch(m.code[pc], m.subj[sp]) {
				return false
			}
			pc++
			sp++
		case reMatch:
			return true
		case reJmp:
			off := int(int8(m.code[pc]))
			pc += 1 + off
		case reSplit:
			off := int(int8(m.code[pc]))
			pc++
			if m.run(pc, sp) {
				return true
			}
			pc += off
		case reRSplit:
			off := int(int8(m.code[pc]))
			pc++
			if m.run(pc+off, sp) {
				return true
			}
		case reSave:
			slot := int(m.code[pc])
			pc++
			if slot >= len(m.caps) {
				continue
			}
			old := m.caps[slot]
			m.caps[slot] = sp
			if m.run(pc, sp) {
				return true
			}
			m.caps[slot] = old
			return false
		case reBol:
			if sp != m.beginLine {
				return false
			}
		case reEol:
			if sp != m.end {
				return false
			}
		default:
			panic(fmt.Sprintf("modules: re: bad instruction %#x", op))
		}
	}
}

// exec runs prog over subj[begin:end] (begin_line is the subject's start). It returns the
// capture offsets, or nil when nothing matched.
func (p *reProg) exec(it *mpy.Interp, subj []byte, begin, end int, anchored bool) (caps []int, err error) {
	m := &reVM{it: it, code: p.code, subj: subj, end: end, caps: make([]int, (p.sub+1)*2)}
	for i := range m.caps {
		m.caps[i] = -1
	}
	pc := 0
	if anchored {
		pc = reSearchPrefix
	}
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case errReDepth:
				caps, err = nil, mpy.NewException(py.RuntimeError, py.String("maximum recursion depth exceeded"))
			case errReSteps:
				caps, err = nil, fmt.Errorf("modules: re: step budget exhausted")
			default:
				panic(r)
			}
		}
	}()
	if !m.run(pc, begin) {
		return nil, nil
	}
	return m.caps, nil
}

// Regex is a compiled regular expression object (type "re").
type Regex struct {
	prog *reProg
	it   *mpy.Interp
	addr int
}

// Match is a match object (type "match").
type Match struct {
	t    *py.Type
	subj py.Object // the str or bytes matched against
	data []byte
	caps []int
}

// RegexType and the match types: MatchType as ESP32 has it (group only), MatchFullType with
// groups, span, start and end as RP2 has it.
var (
	RegexType     = py.NewType("re", "")
	MatchType     = py.NewType("match", "")
	MatchFullType = py.NewType("match", "")
)

// Type returns RegexType.
func (r *Regex) Type() *py.Type { return RegexType }

// M__repr__ prints "<re ADDRESS>" as MicroPython's %p does; the address is a stable stand-in.
func (r *Regex) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<re %x>", r.addr)), nil
}

// M__str__ is str(r), the same as repr.
func (r *Regex) M__str__() (py.Object, error) { return r.M__repr__() }

// Type returns the match type of the board.
func (m *Match) Type() *py.Type { return m.t }

// M__repr__ prints "<match num=N>".
func (m *Match) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<match num=%d>", len(m.caps)/2)), nil
}

// M__str__ is str(m), the same as repr.
func (m *Match) M__str__() (py.Object, error) { return m.M__repr__() }

// reSubject is mp_obj_str_get_data: the bytes of a str or bytes argument.
func reSubject(o py.Object) ([]byte, error) {
	switch x := o.(type) {
	case py.String:
		return []byte(string(x)), nil
	case *mpy.Bytes:
		return x.Value(), nil
	}
	return nil, mpy.NewException(py.TypeError, py.String("can't convert '"+o.Type().Name+"' object to str implicitly"))
}

// newOfType is mp_obj_new_str_of_type: a str or bytes like like from b; a str must be valid
// UTF-8 (a byte-wise match can end inside a character), else UnicodeError.
func newOfType(like py.Object, b []byte) (py.Object, error) {
	if _, ok := like.(py.String); ok {
		if !utf8.Valid(b) {
			return nil, mpy.NewException(py.UnicodeError)
		}
		return py.String(string(b)), nil
	}
	return mpy.NewBytes(append([]byte(nil), b...)), nil
}

// reIntArg is mp_obj_get_int for a small machine int.
func reIntArg(o py.Object) (int, error) {
	n, err := intArg(o)
	if err != nil {
		if _, ok := o.(py.String); ok {
			return 0, mpy.NewException(py.TypeError, py.String("can't convert str to int"))
		}
		return 0, err
	}
	if !n.IsInt64() || n.Int64() > 1<<31-1 || n.Int64() < -1<<31 {
		return 0, mpy.NewException(py.OverflowError, py.String("overflow converting long int to machine word"))
	}
	return int(n.Int64()), nil
}

func reCompileObj(it *mpy.Interp, pattern py.Object) (*Regex, error) {
	if r, ok := pattern.(*Regex); ok {
		return r, nil
	}
	src, err := reSubject(pattern)
	if err != nil {
		return nil, err
	}
	p, err := reCompile(string(src))
	if err != nil {
		return nil, err
	}
	// a stable stand-in for the object's address: derived from the pattern, never from the host
	return &Regex{prog: p, it: it, addr: 0x3ffc0000 + int(crc32.ChecksumIEEE(src)&0xfff0)}, nil
}

// reExec is re_exec_helper: match (anchored) or search; pos and endpos only for a compiled
// regex.
func reExec(it *mpy.Interp, anchored bool, args py.Tuple) (py.Object, error) {
	r, err := reCompileObj(it, args[0])
	if err != nil {
		return nil, err
	}
	_, wasCompiled := args[0].(*Regex)
	data, err := reSubject(args[1])
	if err != nil {
		return nil, err
	}
	begin, end := 0, len(data)
	if wasCompiled && len(args) > 2 {
		if begin, err = reIntArg(args[2]); err != nil {
			return nil, err
		}
		begin = min(max(begin, 0), len(data))
		if len(args) > 3 {
			if end, err = reIntArg(args[3]); err != nil {
				return nil, err
			}
			end = min(max(end, begin), len(data))
		}
	}
	caps, err := r.prog.exec(it, data, begin, end, anchored)
	if err != nil || caps == nil {
		return py.None, err
	}
	return newMatch(it, args[1], data, caps), nil
}

func newMatch(it *mpy.Interp, subj py.Object, data []byte, caps []int) *Match {
	t := MatchType
	if it != nil && it.Platform() == "rp2" {
		t = MatchFullType
	}
	return &Match{t: t, subj: subj, data: data, caps: caps}
}

// reSub is re_sub_helper.
func reSub(it *mpy.Interp, args py.Tuple) (py.Object, error) {
	r, err := reCompileObj(it, args[0])
	if err != nil {
		return nil, err
	}
	repl, where := args[1], args[2]
	count := 0
	if len(args) > 3 {
		if count, err = reIntArg(args[3]); err != nil {
			return nil, err
		}
	}
	data, err := reSubject(where)
	if err != nil {
		return nil, err
	}
	callable := false
	if it != nil {
		if fn, ok := it.Context().Store().Builtins.Globals["callable"]; ok {
			c, err := py.Call(fn, py.Tuple{repl}, nil)
			if err != nil {
				return nil, err
			}
			callable = c == py.True
		}
	}
	var out []byte
	substituted := false
	begin := 0
	for {
		caps, err := r.prog.exec(it, data, begin, len(data), false)
		if err != nil {
			return nil, err
		}
		if caps == nil || caps[0] == caps[1] {
			break
		}
		substituted = true
		out = append(out, data[begin:caps[0]]...)
		rep := repl
		if callable {
			if rep, err = py.Call(repl, py.Tuple{newMatch(it, where, data, caps)}, nil); err != nil {
				return nil, err
			}
		}
		text, err := reSubject(rep)
		if err != nil {
			return nil, err
		}
		if k := indexNUL(string(text)); k >= 0 {
			text = text[:k]
		}
		for i := 0; i < len(text); {
			if text[i] != '\\' {
				out = append(out, text[i])
				i++
				continue
			}
			i++
			gFormat := false
			if i+1 < len(text) && text[i] == 'g' && text[i+1] == '<' {
				i += 2
				gFormat = true
			}
			switch {
			case i < len(text) && text[i] >= '0' && text[i] <= '9':
				no := 0
				for i < len(text) && text[i] >= '0' && text[i] <= '9' {
					no = no*10 + int(text[i]-'0')
					i++
					if no > 1<<20 {
						no = 1 << 20 // an absurd group number is just out of range
					}
				}
				if gFormat && i < len(text) && text[i] == '>' {
					i++
				}
				if no >= len(caps)/2 {
					return nil, mpy.NewException(py.IndexError, py.Int(no))
				}
				if s := caps[2*no]; s >= 0 {
					out = append(out, data[s:caps[2*no+1]]...)
				}
			case i < len(text) && text[i] == '\\':
				out = append(out, '\\')
				i++
			}
		}
		begin = caps[1]
		if count > 0 {
			count--
			if count == 0 {
				break
			}
		}
	}
	if !substituted {
		return where, nil
	}
	out = append(out, data[begin:]...)
	if _, ok := where.(py.String); ok {
		return py.String(string(out)), nil
	}
	return mpy.NewBytes(out), nil
}

// regexSplit is re_split (a regex object method only).
func regexSplit(it *mpy.Interp, r *Regex, args py.Tuple) (py.Object, error) {
	data, err := reSubject(args[0])
	if err != nil {
		return nil, err
	}
	maxsplit := 0
	if len(args) > 1 {
		if maxsplit, err = reIntArg(args[1]); err != nil {
			return nil, err
		}
	}
	var parts []py.Object
	begin := 0
	for {
		caps, err := r.prog.exec(it, data, begin, len(data), false)
		if err != nil {
			return nil, err
		}
		if caps == nil || caps[0] == caps[1] {
			break
		}
		part, err := newOfType(args[0], data[begin:caps[0]])
		if err != nil {
			return nil, err
		}
		parts = append(parts, part)
		if r.prog.sub > 0 {
			return nil, mpy.NewException(py.NotImplementedError, py.String("splitting with sub-captures"))
		}
		begin = caps[1]
		if maxsplit > 0 {
			maxsplit--
			if maxsplit == 0 {
				break
			}
		}
	}
	last, err := newOfType(args[0], data[begin:])
	if err != nil {
		return nil, err
	}
	parts = append(parts, last)
	return py.NewListFromItems(parts), nil
}

// group returns capture n (None when the group did not take part).
func (m *Match) group(no py.Object) (py.Object, error) {
	n, err := reIntArg(no)
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= len(m.caps)/2 {
		return nil, mpy.NewException(py.IndexError, no)
	}
	s := m.caps[2*n]
	if s < 0 {
		return py.None, nil
	}
	return newOfType(m.subj, m.data[s:m.caps[2*n+1]])
}

// span is match_span_helper: offsets in characters for str, bytes for bytes; -1 when unset.
func (m *Match) span(args py.Tuple) (int, int, error) {
	n := 0
	if len(args) == 1 {
		var err error
		if n, err = reIntArg(args[0]); err != nil {
			return 0, 0, err
		}
		if n < 0 || n >= len(m.caps)/2 {
			return 0, 0, mpy.NewException(py.IndexError, args[0])
		}
	}
	s, e := m.caps[2*n], m.caps[2*n+1]
	if s < 0 {
		return -1, -1, nil
	}
	if _, ok := m.subj.(py.String); ok {
		s, e = utf8.RuneCount(m.data[:s]), utf8.RuneCount(m.data[:e])
	}
	return s, e, nil
}

func reMethod(t *py.Type, name string, min, max int, fn func(self py.Object, args py.Tuple) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noKeywords(kw); err != nil {
			return nil, err
		}
		// the self argument counts, as in MicroPython's messages
		if err := argCount(append(py.Tuple{self}, args...), min, max); err != nil {
			return nil, err
		}
		return fn(self, args)
	}, 0, "")
}

func interpOfArgs(self py.Object) *mpy.Interp {
	if m, ok := self.(*py.Module); ok {
		return mpy.InterpOf(m.Context)
	}
	return nil
}

func init() {
	reMethod(RegexType, "match", 2, 4, func(self py.Object, args py.Tuple) (py.Object, error) {
		r := self.(*Regex)
		return reExec(r.it, true, append(py.Tuple{r}, args...))
	})
	reMethod(RegexType, "search", 2, 4, func(self py.Object, args py.Tuple) (py.Object, error) {
		r := self.(*Regex)
		return reExec(r.it, false, append(py.Tuple{r}, args...))
	})
	reMethod(RegexType, "split", 2, 3, func(self py.Object, args py.Tuple) (py.Object, error) {
		r := self.(*Regex)
		return regexSplit(r.it, r, args)
	})
	reMethod(RegexType, "sub", 3, 5, func(self py.Object, args py.Tuple) (py.Object, error) {
		r := self.(*Regex)
		return reSub(r.it, append(py.Tuple{r}, args...))
	})
	for _, t := range []*py.Type{MatchType, MatchFullType} {
		reMethod(t, "group", 2, 2, func(self py.Object, args py.Tuple) (py.Object, error) {
			return self.(*Match).group(args[0])
		})
	}
	reMethod(MatchFullType, "groups", 1, 1, func(self py.Object, args py.Tuple) (py.Object, error) {
		m := self.(*Match)
		out := make(py.Tuple, 0, len(m.caps)/2)
		for i := 1; i < len(m.caps)/2; i++ {
			g, err := m.group(py.Int(i))
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		}
		return out, nil
	})
	reMethod(MatchFullType, "span", 1, 2, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, e, err := self.(*Match).span(args)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(s), py.Int(e)}, nil
	})
	reMethod(MatchFullType, "start", 1, 2, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, _, err := self.(*Match).span(args)
		return py.Int(s), err
	})
	reMethod(MatchFullType, "end", 1, 2, func(self py.Object, args py.Tuple) (py.Object, error) {
		_, e, err := self.(*Match).span(args)
		return py.Int(e), err
	})
	for _, t := range []*py.Type{RegexType, MatchType, MatchFullType} {
		if err := t.Ready(); err != nil {
			panic(fmt.Sprintf("modules: re type %s: %v", t.Name, err))
		}
	}
	modFn := func(name string, min, max int, fn func(it *mpy.Interp, args py.Tuple) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := noKeywords(kw); err != nil {
				return nil, err
			}
			if err := argCount(args, min, max); err != nil {
				return nil, err
			}
			return fn(interpOfArgs(self), args)
		}, 0, "")
	}
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "re"},
		Methods: []*py.Method{
			modFn("compile", 1, 2, func(it *mpy.Interp, args py.Tuple) (py.Object, error) {
				if _, ok := args[0].(*Regex); ok {
					return nil, mpy.NewException(py.TypeError, py.String("can't convert 're' object to str implicitly"))
				}
				r, err := reCompileObj(it, args[0])
				if err != nil {
					return nil, err
				}
				return r, nil
			}),
			modFn("match", 2, 4, func(it *mpy.Interp, args py.Tuple) (py.Object, error) { return reExec(it, true, args) }),
			modFn("search", 2, 4, func(it *mpy.Interp, args py.Tuple) (py.Object, error) { return reExec(it, false, args) }),
			modFn("sub", 3, 5, reSub),
		},
	})
}
