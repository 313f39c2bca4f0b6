package mpfmt

import "strings"

// maxSpecNesting bounds replacement fields nested inside format specs ('{:{:{}}}'), where
// a device would run out of C stack and raise RuntimeError.
const maxSpecNesting = 200

// Format is str.format (and bytes.format: the text is then the bytes' content and the result
// is bytes) with positional args and keyword arguments looked up by kwargs (nil: none).
// MicroPython supports auto and manual numbering, names, conversions !r and !s and nested
// fields in specs, but not attribute or index access ('{0.x}', '{0[1]}' raise
// NotImplementedError).
func (f *Formatter) Format(format string, args []Value, kwargs func(name string) (Value, bool)) (string, error) {
	argI := 0
	p := printer{buf: make([]byte, 0, len(format)+16), limit: f.limit()}
	if err := f.formatHelper(&p, format, &argI, args, kwargs, 0); err != nil {
		return "", err
	}
	return string(p.buf), nil
}

// FormatValue formats one value with a format spec, as '{:spec}'.format(v) does
// (MicroPython 1.27 has no format() builtin; f-strings lower to str.format). An empty spec
// gives str(v). The spec must not contain nested replacement fields.
func (f *Formatter) FormatValue(v Value, spec string) (string, error) {
	p := printer{buf: make([]byte, 0, 16), limit: f.limit()}
	arg := fieldArg{v: v}
	if spec == "" {
		s, err := f.Host.Str(v)
		if err != nil {
			return "", err
		}
		arg = fieldArg{isStr: true, text: s}
	}
	if err := f.formatField(&p, arg, spec); err != nil {
		return "", err
	}
	return string(p.buf), nil
}

// fieldArg is the object a replacement field formats: the caller's value, or the str that a
// !s / !r conversion made of it.
type fieldArg struct {
	v     Value
	isStr bool
	text  string
}

func (f *Formatter) formatHelper(p *printer, s string, argI *int, args []Value, kwargs func(string) (Value, bool), depth int) error {
	if depth > maxSpecNesting {
		return &Error{Type: "RuntimeError", Msg: "maximum recursion depth exceeded"}
	}
	top := len(s)
	for i := 0; i < top; i++ {
		c := s[i]
		if c == '}' {
			i++
			if i < top && s[i] == '}' {
				if err := p.writeByte('}'); err != nil {
					return err
				}
				continue
			}
			return valueErr("single '}' encountered in format string")
		}
		if c != '{' {
			if err := p.writeByte(c); err != nil {
				return err
			}
			continue
		}
		i++
		if i < top && s[i] == '{' {
			if err := p.writeByte('{'); err != nil {
				return err
			}
			continue
		}

		fieldStart, fieldEnd := -1, -1
		if i < top && s[i] != '}' && s[i] != '!' && s[i] != ':' {
			fieldStart = i
			for i < top && s[i] != '}' && s[i] != '!' && s[i] != ':' {
				i++
			}
			fieldEnd = i
		}
		var conversion byte
		if i < top && s[i] == '!' {
			i++
			if i < top && (s[i] == 'r' || s[i] == 's') {
				conversion = s[i]
				i++
			} else if i >= top {
				return valueErr("end of format while looking for conversion specifier")
			} else {
				return &Error{Type: "ValueError", Msg: "unknown conversion specifier " + string([]byte{s[i]})}
			}
		}
		specStart, hasSpec := 0, false
		if i < top && s[i] == ':' {
			i++
			if i >= top || s[i] != '}' {
				specStart, hasSpec = i, true
				for nest := 1; i < top; i++ {
					if s[i] == '{' {
						nest++
					} else if s[i] == '}' {
						nest--
						if nest == 0 {
							break
						}
					}
				}
			}
		}
		if i >= top {
			return valueErr("unmatched '{' in format")
		}
		if s[i] != '}' {
			return valueErr("expected ':' after format specifier")
		}

		var arg fieldArg
		if fieldStart >= 0 {
			name := s[fieldStart:fieldEnd]
			var rest string
			if name[0] >= '0' && name[0] <= '9' {
				if *argI > 0 {
					return valueErr("can't switch from automatic field numbering to manual field specification")
				}
				index := 0
				j := strToInt(name, 0, &index)
				if index < 0 || index >= len(args) {
					return &Error{Type: "IndexError", Msg: "tuple index out of range"}
				}
				arg.v = args[index]
				*argI = -1
				rest = name[j:]
			} else {
				k := strings.IndexAny(name, ".[")
				if k < 0 {
					k = len(name)
				}
				key := name[:k]
				var v Value
				ok := false
				if kwargs != nil {
					v, ok = kwargs(key)
				}
				if !ok {
					return &Error{Type: "KeyError", Key: key}
				}
				arg.v = v
				rest = name[k:]
			}
			if rest != "" {
				return &Error{Type: "NotImplementedError", Msg: "attributes not supported"}
			}
		} else {
			if *argI < 0 {
				return valueErr("can't switch from manual field specification to automatic field numbering")
			}
			if *argI >= len(args) {
				return &Error{Type: "IndexError", Msg: "tuple index out of range"}
			}
			arg.v = args[*argI]
			*argI++
		}
		if !hasSpec && conversion == 0 {
			conversion = 's'
		}
		if conversion != 0 {
			var text string
			var err error
			if conversion == 's' {
				text, err = f.Host.Str(arg.v)
			} else {
				text, err = f.Host.Repr(arg.v)
			}
			if err != nil {
				return err
			}
			arg = fieldArg{isStr: true, text: text}
		}
		spec := ""
		if hasSpec && strings.IndexByte(s[specStart:i], '{') < 0 {
			spec = s[specStart:i] // no nested field: the spec is its own expansion
		} else if hasSpec {
			sp := printer{buf: make([]byte, 0, i-specStart), limit: p.limit}
			if err := f.formatHelper(&sp, s[specStart:i], argI, args, kwargs, depth+1); err != nil {
				return err
			}
			spec = string(sp.buf)
		}
		if err := f.formatField(p, arg, spec); err != nil {
			return err
		}
	}
	return nil
}

func isAlignment(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

func isFormatType(c byte) bool { return c != 0 && strings.IndexByte("bcdeEfFgGnosxX%", c) >= 0 }

// formatField formats arg under an already expanded format spec, as the second half of
// MicroPython's mp_obj_str_format_helper does.
func (f *Formatter) formatField(p *printer, arg fieldArg, sp string) error {
	h := f.Host
	kind := KindStr
	if !arg.isStr {
		kind = h.Kind(arg.v)
	}
	integer := kind == KindInt || kind == KindBool
	numeric := integer || kind == KindFloat

	// The spec is a C string to MicroPython: reading past it (or at a NUL) gives 0.
	at := func(k int) byte {
		if k < len(sp) {
			return sp[k]
		}
		return 0
	}
	var fill, align, typ byte
	width, precision := -1, -1
	flags := 0
	if sp != "" {
		k := 0
		if isAlignment(at(0)) {
			align = at(0)
			k = 1
		} else if at(0) != 0 && isAlignment(at(1)) {
			fill, align = at(0), at(1)
			k = 2
		}
		switch at(k) {
		case '+':
			flags |= flagShowSign
			k++
		case ' ':
			flags |= flagSpaceSign
			k++
		case '-':
			k++
		}
		if at(k) == '#' {
			flags |= flagShowPrefix
			k++
		}
		if at(k) == '0' {
			if align == 0 && numeric {
				align = '='
			}
			if fill == 0 {
				fill = '0'
			}
		}
		k = strToInt(sp, k, &width)
		if c := at(k); c == ',' || c == '_' {
			flags |= int(c) << flagSepPos
			k++
		}
		if at(k) == '.' {
			k++
			k = strToInt(sp, k, &precision)
		}
		if isFormatType(at(k)) {
			typ = at(k)
			k++
		}
		if at(k) != 0 {
			return valueErr("invalid format specifier")
		}
	}
	if align == 0 {
		if numeric {
			align = '>'
		} else {
			align = '<'
		}
	}
	if fill == 0 {
		fill = ' '
	}
	if flags&(flagShowSign|flagSpaceSign) != 0 {
		if typ == 's' {
			return valueErr("sign not allowed in string format specifier")
		}
		if typ == 'c' {
			return valueErr("sign not allowed with integer format specifier 'c'")
		}
	}
	switch align {
	case '<':
		flags |= flagLeftAdjust
	case '=':
		flags |= flagPadAfterSign
	case '^':
		flags |= flagCenterAdjust
	}
	typeName := func() string {
		if arg.isStr {
			return "str"
		}
		return h.TypeName(arg.v)
	}
	unknown := func() error {
		return &Error{Type: "ValueError", Msg: "unknown format code '" + string([]byte{typ}) +
			"' for object of type '" + typeName() + "'"}
	}

	if integer {
		s, b := h.Int(arg.v)
		iv := intVal{small: s, big: b}
		switch typ {
		case 'b':
			return p.mpInt(iv, 2, 'a', flags, fill, width, 0)
		case 'c':
			ch, err := iv.machineWord()
			if err != nil {
				return err
			}
			return p.strn(string([]byte{byte(ch)}), flags, fill, width)
		case 0, 'n', 'd':
			return p.mpInt(iv, 10, 'a', flags, fill, width, 0)
		case 'o':
			if flags&flagShowPrefix != 0 {
				flags |= flagOctalLetter
			}
			return p.mpInt(iv, 8, 'a', flags, fill, width, 0)
		case 'X', 'x':
			return p.mpInt(iv, 16, typ-('X'-'A'), flags, fill, width, 0)
		case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		default:
			return unknown()
		}
	}
	if numeric {
		if typ == 0 || typ == 'n' {
			typ = 'g'
		}
		x, err := f.getFloat(arg.v)
		if err != nil {
			return err
		}
		switch typ {
		case 'e', 'E', 'f', 'F', 'g', 'G':
			return p.float(x, typ, flags, fill, width, precision, f.Single)
		case '%':
			if f.Single {
				x = float64(float32(x) * 100)
			} else {
				x *= 100
			}
			return p.float(x, 'f', flags|flagAddPercent, fill, width, precision, f.Single)
		}
		return unknown()
	}
	if align == '=' {
		return valueErr("'=' alignment not allowed in string format specifier")
	}
	if typ != 0 && typ != 's' {
		return unknown()
	}
	var s string
	switch {
	case arg.isStr:
		s = arg.text
	case kind == KindStr || kind == KindBytes:
		s = h.Text(arg.v)
	default:
		return typeErr("can't convert '%s' object to str implicitly", typeName())
	}
	if precision >= 0 && len(s) > precision {
		s = s[:precision]
	}
	return p.strn(s, flags, fill, width)
}
