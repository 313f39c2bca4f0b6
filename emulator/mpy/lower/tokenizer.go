package lower

// kind classifies a token.
type kind uint8

const (
	kName kind = iota
	kNumber
	kString
	kOp
)

// token is one lexical token of the source. Offsets are byte offsets into the
// text being tokenized; line and col are 1-based.
type token struct {
	kind       kind
	start, end int
	line, col  int
	// depth is the bracket depth outside the token: for an opening bracket the
	// depth before it, for a closing bracket the depth after it.
	depth int
	op    string // the operator, for kOp tokens (a constant, never allocated)
	str   *strInfo
}

// strInfo describes a string literal token.
type strInfo struct {
	prefix    string // the prefix as written, e.g. "rf"
	raw       bool
	bytes     bool
	fstr      bool
	upper     bool // a prefix letter was uppercase (MicroPython rejects it)
	quote     byte
	triple    bool
	bodyStart int // first byte after the opening quote(s)
	bodyEnd   int // first byte of the closing quote(s)
	fields    []field
	swallowed []int // offsets of quotes and line breaks that are text (f-strings)
}

// field is one replacement field of an f-string, found by MicroPython's rule.
type field struct {
	lbrace             int // offset of the '{' that opens the field
	exprStart, exprEnd int // the expression text (including a trailing '=')
	selfDoc            bool
}

// tokenizer splits Python source into logical lines of tokens.
type tokenizer struct {
	src       []byte
	i         int
	line      int
	lineStart int
	depth     int
	filename  string
	baseLine  int     // added to reported line numbers (for f-string fragments)
	all       []token // the current logical line's tokens (reused)
}

func (t *tokenizer) errAt(line, col int, msg string) *SyntaxError {
	return &SyntaxError{Filename: t.filename, Line: line + t.baseLine, Col: col, Msg: msg}
}

func (t *tokenizer) col(off int) int { return off - t.lineStart + 1 }

func (t *tokenizer) newline(at int) {
	t.line++
	t.lineStart = at + 1
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// newTokenizer returns a tokenizer over src that keeps its tokens in buf;
// baseLine is added to the line numbers of errors.
func newTokenizer(src []byte, filename string, baseLine int, buf []token) *tokenizer {
	return &tokenizer{src: src, line: 1, filename: filename, baseLine: baseLine, all: buf[:0]}
}

// nextLine returns the tokens of the next logical line, valid until the next
// call, or nil at the end of the source. It never panics; malformed input
// gives a *SyntaxError.
func (t *tokenizer) nextLine() ([]token, error) {
	t.all = t.all[:0]
	src := t.src
	n := len(src)
	for t.i < n {
		c := src[t.i]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			t.i++
		case c == '\r':
			// CR LF: the LF ends the line. (Lone CRs are normalised before.)
			t.i++
		case c == '\n':
			t.newline(t.i)
			t.i++
			if t.depth == 0 && len(t.all) > 0 {
				return t.all, nil
			}
		case c == '\\':
			j := t.i + 1
			if j < n && src[j] == '\r' {
				j++
			}
			if j < n && src[j] == '\n' {
				t.newline(j)
				t.i = j + 1
				continue
			}
			if j >= n {
				t.i = n
				continue
			}
			return nil, t.errAt(t.line, t.col(t.i), msgInvalid)
		case c == '#':
			for t.i < n && src[t.i] != '\n' {
				t.i++
			}
		case isIdentStart(c):
			start := t.i
			j := t.i
			for j < n && isIdentChar(src[j]) {
				j++
			}
			if j < n && (src[j] == '"' || src[j] == '\'') && j-start <= 2 {
				if info := stringPrefix(src[start:j]); info != nil {
					if err := t.readString(start, j, info); err != nil {
						return nil, err
					}
					continue
				}
			}
			t.emit(kName, start, j, nil)
			t.i = j
		case isDigit(c) || (c == '.' && t.i+1 < n && isDigit(src[t.i+1])):
			t.readNumber()
		case c == '"' || c == '\'':
			if err := t.readString(t.i, t.i, &strInfo{}); err != nil {
				return nil, err
			}
		default:
			if err := t.readOp(); err != nil {
				return nil, err
			}
		}
	}
	if t.depth > 0 {
		return nil, t.errAt(t.line, t.col(t.i), msgInvalid)
	}
	if len(t.all) == 0 {
		return nil, nil
	}
	return t.all, nil
}

func (t *tokenizer) emit(k kind, start, end int, info *strInfo) {
	t.all = append(t.all, token{kind: k, start: start, end: end, line: t.line, col: t.col(start), depth: t.depth, str: info})
}

func (t *tokenizer) emitOp(op string) {
	t.all = append(t.all, token{kind: kOp, start: t.i, end: t.i + len(op), line: t.line, col: t.col(t.i), depth: t.depth, op: op})
	t.i += len(op)
}

// stringPrefix recognises r, u, b, f, rb, br, rf, fr in any case.
func stringPrefix(p []byte) *strInfo {
	var seen byte
	info := &strInfo{prefix: string(p)}
	for _, c := range p {
		if c >= 'A' && c <= 'Z' {
			info.upper = true
		}
		var bit byte
		switch c | 0x20 {
		case 'r':
			bit, info.raw = 1, true
		case 'b':
			bit, info.bytes = 2, true
		case 'f':
			bit, info.fstr = 4, true
		case 'u':
			if len(p) != 1 {
				return nil
			}
			bit = 8
		default:
			return nil
		}
		if seen&bit != 0 {
			return nil
		}
		seen |= bit
	}
	if info.bytes && info.fstr {
		return nil
	}
	return info
}

// readNumber reads a number the way MicroPython's lexer delimits it: letters,
// digits and '.' continue it, 'e'/'E' may be followed by a sign (except after
// 0x/0o/0b), and '_' is skipped.
func (t *tokenizer) readNumber() {
	src := t.src
	n := len(src)
	start := t.i
	forced := src[t.i] == '0' && t.i+1 < n && (src[t.i+1]|0x20 == 'x' || src[t.i+1]|0x20 == 'o' || src[t.i+1]|0x20 == 'b')
	j := t.i + 1
	for j < n {
		c := src[j]
		switch {
		case !forced && (c == 'e' || c == 'E'):
			j++
			if j < n && (src[j] == '+' || src[j] == '-') {
				j++
			}
		case isLetter(c) || isDigit(c) || c == '.' || c == '_':
			j++
		default:
			t.emit(kNumber, start, j, nil)
			t.i = j
			return
		}
	}
	t.emit(kNumber, start, j, nil)
	t.i = j
}

func (t *tokenizer) readOp() error {
	src := t.src
	c := src[t.i]
	var c1, c2 byte
	if t.i+1 < len(src) {
		c1 = src[t.i+1]
	}
	if t.i+2 < len(src) {
		c2 = src[t.i+2]
	}
	switch c {
	case '(', '[', '{':
		t.emitOp(brackets[c])
		t.depth++
		return nil
	case ')', ']', '}':
		if t.depth == 0 {
			return t.errAt(t.line, t.col(t.i), msgInvalid)
		}
		t.depth--
		t.emitOp(brackets[c])
		return nil
	case '*', '/', '<', '>':
		// ** // << >> and their augmented forms
		if c1 == c {
			if c2 == '=' {
				t.emitOp(doubled[c] + "=")
				return nil
			}
			t.emitOp(doubled[c])
			return nil
		}
	case '.':
		if c1 == '.' && c2 == '.' {
			t.emitOp("...")
			return nil
		}
		t.emitOp(".")
		return nil
	case '-':
		if c1 == '>' {
			t.emitOp("->")
			return nil
		}
	case ':':
		if c1 == '=' {
			t.emitOp(":=")
			return nil
		}
		t.emitOp(":")
		return nil
	case '!':
		if c1 == '=' {
			t.emitOp("!=")
			return nil
		}
		return t.errAt(t.line, t.col(t.i), msgInvalid)
	case ',':
		t.emitOp(",")
		return nil
	case ';':
		t.emitOp(";")
		return nil
	case '~':
		t.emitOp("~")
		return nil
	}
	switch c {
	case '*', '/', '<', '>', '-', '+', '%', '&', '|', '^', '@', '=':
		if c1 == '=' {
			t.emitOp(twoChar[c])
			return nil
		}
		t.emitOp(oneChar[c])
		return nil
	}
	return t.errAt(t.line, t.col(t.i), msgInvalid)
}

var doubled = [256]string{'*': "**", '/': "//", '<': "<<", '>': ">>"}

var brackets = [256]string{'(': "(", '[': "[", '{': "{", ')': ")", ']': "]", '}': "}"}

var oneChar = [256]string{'*': "*", '/': "/", '<': "<", '>': ">", '-': "-", '+': "+", '%': "%",
	'&': "&", '|': "|", '^': "^", '@': "@", '=': "="}

var twoChar = [256]string{'*': "*=", '/': "/=", '<': "<=", '>': ">=", '-': "-=", '+': "+=", '%': "%=",
	'&': "&=", '|': "|=", '^': "^=", '@': "@=", '=': "=="}

// readString reads a string literal whose prefix spans [start, q) and whose
// opening quote is at q.
func (t *tokenizer) readString(start, q int, info *strInfo) error {
	src := t.src
	n := len(src)
	line, col := t.line, t.col(start)
	info.quote = src[q]
	i := q + 1
	if i+1 < n && src[i] == info.quote && src[i+1] == info.quote {
		info.triple = true
		i += 2
	}
	info.bodyStart = i
	unterminated := func() error { return t.errAt(line, col, msgInvalid) }
	for {
		if i >= n {
			return unterminated()
		}
		c := src[i]
		if c == info.quote {
			if !info.triple {
				info.bodyEnd = i
				i++
				break
			}
			if i+2 < n && src[i+1] == c && src[i+2] == c {
				info.bodyEnd = i
				i += 3
				break
			}
			i++
			continue
		}
		if c == '\n' && !info.triple {
			return unterminated()
		}
		if info.fstr {
			// MicroPython's rule: '{{' is literal, otherwise the field's
			// expression runs to ':', '}' or '!r'/'!s' followed by ':' or '}'
			// at bracket level zero, counting only [] and {} (quotes are not
			// tracked). The character that stops it is then literal text.
			doubled := false
			for i < n && src[i] == '{' {
				i++
				doubled = false
				if i < n && src[i] == '{' {
					i++
					doubled = true
					continue
				}
				f := field{lbrace: i - 1, exprStart: i}
				level := 0
				for i < n {
					d := src[i]
					if level == 0 && (d == ':' || d == '}' ||
						(d == '!' && i+2 < n && (src[i+1] == 'r' || src[i+1] == 's') && (src[i+2] == ':' || src[i+2] == '}'))) {
						break
					}
					switch d {
					case '[', '{':
						level++
					case ']', '}':
						level--
					case '\n':
						t.newline(i)
					}
					i++
				}
				f.exprEnd = i
				f.selfDoc = f.exprEnd > f.exprStart && src[f.exprEnd-1] == '='
				info.fields = append(info.fields, f)
			}
			if i >= n {
				return unterminated()
			}
			c = src[i]
			if doubled && (c == info.quote || c == '\n') {
				// MicroPython takes the character after '{{' as text
				// even when it is the closing quote or a line break.
				info.swallowed = append(info.swallowed, i)
			}
		}
		if c == '\\' {
			i++
			if i < n {
				if src[i] == '\r' && i+1 < n && src[i+1] == '\n' {
					i++
				}
				if src[i] == '\n' {
					t.newline(i)
				}
				i++
			}
			continue
		}
		if c == '\n' {
			t.newline(i)
		}
		i++
	}
	// The token's line is where it starts.
	t.all = append(t.all, token{kind: kString, start: start, end: i, line: line, col: col, depth: t.depth, str: info})
	t.i = i
	return nil
}
