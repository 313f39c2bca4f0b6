package lower

import (
	"bytes"
	"strings"
)

// stringGroup handles the run of adjacent string literals starting at token
// i, which Python concatenates into one literal, and returns the index after
// it. MicroPython's lexer turns a group holding an f-string into one str
// literal followed by .format(args): each field becomes {}, {!r}, {:spec} in
// the literal and its expression, parenthesised, an argument. Plain strings in
// the same group become part of that format string too, so their braces are
// format fields on MicroPython; the lowering keeps that.
func (l *lineLowerer) stringGroup(i int) (int, error) {
	j := i
	hasF := false
	for j < len(l.toks) && l.toks[j].kind == kString {
		info := l.toks[j].str
		if info.upper {
			return 0, l.errTok(j, msgInvalid) // MicroPython only knows lowercase prefixes
		}
		if info.bytes != l.toks[i].str.bytes {
			return 0, l.errTok(j, msgInvalid) // str and bytes do not concatenate
		}
		if info.fstr && l.inField {
			// MicroPython's lexer mangles an f-string inside a field (it
			// appends the inner arguments to the outer ones).
			return 0, l.errTok(j, "an f-string inside an f-string field is not supported by MicroPython")
		}
		hasF = hasF || info.fstr
		j++
	}
	if hasF {
		l.set(i, j, func(b *strings.Builder) error { return l.emitFString(b, i, j) })
	}
	return j, nil
}

func (l *lineLowerer) emitFString(b *strings.Builder, i, j int) error {
	var args []string
	for k := i; k < j; k++ {
		t := l.toks[k]
		if k > i {
			b.Write(l.src[l.toks[k-1].end:t.start])
		}
		info := t.str
		if !info.fstr {
			b.Write(l.src[t.start:t.end])
			continue
		}
		if k > 0 && l.toks[k-1].kind == kString && l.toks[k-1].end == t.start {
			// Without its 'f' the literal could merge with the token before
			// (two quotes, then the f-string's quote, open a triple quote).
			b.WriteByte(' ')
		}
		b.WriteString(strings.Map(func(r rune) rune {
			if r == 'f' {
				return -1
			}
			return r
		}, info.prefix))
		b.Write(l.src[t.start+len(info.prefix) : info.bodyStart])
		prev := info.bodyStart
		sw := info.swallowed
		lit := func(from, to int) error {
			for len(sw) > 0 && sw[0] < to {
				at := sw[0]
				sw = sw[1:]
				if info.raw {
					return l.errTok(k, "a quote or line break after '{{' in a raw f-string is not supported")
				}
				b.Write(l.src[from:at])
				if l.src[at] == '\n' {
					b.WriteString("\\n\\\n") // the text is a line break; the line stays
				} else {
					b.WriteByte('\\')
					b.WriteByte(l.src[at])
				}
				from = at + 1
			}
			b.Write(l.src[from:to])
			return nil
		}
		for _, f := range info.fields {
			if err := lit(prev, f.lbrace); err != nil {
				return err
			}
			expr := l.src[f.exprStart:f.exprEnd]
			line := t.line + bytes.Count(l.src[t.start:f.exprStart], []byte{'\n'})
			if f.selfDoc {
				// f'{a=}' puts the expression's text before the field, as
				// MicroPython does ('a={}'.format(a), without repr).
				esc, ok := escapeLiteral(expr, info)
				if !ok {
					return &SyntaxError{Filename: l.filename, Line: line + l.baseLine, Col: t.col,
						Msg: "f-string '=' field whose text cannot be written into this raw string literal is not supported"}
				}
				b.WriteString(esc)
				expr = expr[:len(expr)-1]
			}
			b.WriteByte('{')
			arg, err := l.fragment(expr, line)
			if err != nil {
				return err
			}
			args = append(args, arg)
			prev = f.exprEnd
		}
		if err := lit(prev, t.end); err != nil {
			return err
		}
	}
	b.WriteString(".format(")
	b.WriteString(strings.Join(args, ", "))
	b.WriteString(")")
	return nil
}

// fragment lowers one f-string field expression and returns it parenthesised
// (an empty expression gives (), as on MicroPython).
func (l *lineLowerer) fragment(expr []byte, line int) (string, error) {
	sub := make([]byte, 0, len(expr)+2)
	sub = append(sub, '(')
	sub = append(sub, expr...)
	sub = append(sub, ')')
	out, _, buf, err := lowerText(sub, l.filename, line-1+l.baseLine, true, l.fieldBuf)
	l.fieldBuf = buf
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// escapeLiteral writes text so that the literal described by info decodes
// back to it, without adding line breaks.
func escapeLiteral(text []byte, info *strInfo) (string, bool) {
	if info.raw {
		if bytes.IndexByte(text, info.quote) >= 0 || bytes.IndexByte(text, '\\') >= 0 || bytes.ContainsAny(text, "\r\n") {
			return "", false
		}
		return string(text), true
	}
	var b strings.Builder
	for i, c := range text {
		switch c {
		case '\r':
			// MicroPython reads CR LF as LF.
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			b.WriteString(`\r`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case info.quote:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}
