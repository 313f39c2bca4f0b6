package mpfmt

import "strconv"

// strToInt is objstr.c's str_to_int: decimal digits at s[i:] accumulate into num (with the
// C int's 32-bit wrap-around); it returns the index after them and whether any were read.
func strToInt(s string, i int, num *int) int {
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		var n int32
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			n = n*10 + int32(s[i]-'0')
		}
		*num = int(n)
	}
	return i
}

// Percent is the % operator of a str (isBytes false) or bytes (isBytes true) pattern with
// its right operand args: a tuple spreads into the arguments, a dict supplies `%(name)s`
// keys (and is itself the single positional argument), anything else is one argument.
// It returns the text of the resulting str (or the content of the resulting bytes).
func (f *Formatter) Percent(format string, args Value, isBytes bool) (string, error) {
	h := f.Host
	var argv []Value
	var dict Value
	haveDict := false
	switch h.Kind(args) {
	case KindTuple:
		argv = h.Items(args)
	case KindDict:
		dict, haveDict = args, true
		argv = []Value{args}
	default:
		argv = []Value{args}
	}
	p := printer{buf: make([]byte, 0, len(format)+16), limit: f.limit()}
	argI := 0
	top := len(format)
	for i := 0; i < top; i++ {
		c := format[i]
		if c != '%' {
			if err := p.writeByte(c); err != nil {
				return "", err
			}
			continue
		}
		i++
		if i >= top {
			return "", valueErr("incomplete format")
		}
		if format[i] == '%' {
			if err := p.writeByte('%'); err != nil {
				return "", err
			}
			continue
		}
		var arg Value
		haveArg := false
		if format[i] == '(' {
			if !haveDict {
				return "", typeErr("format needs a dict")
			}
			argI = 1
			i++
			key := i
			for i < top && format[i] != ')' {
				i++
			}
			if i >= top {
				return "", valueErr("incomplete format key")
			}
			name := format[key:i]
			v, ok, err := h.Lookup(dict, name)
			if err != nil {
				return "", err
			}
			if !ok {
				return "", &Error{Type: "KeyError", Key: name}
			}
			arg, haveArg = v, true
			i++
		}
		flags := 0
		fill := byte(' ')
		alt := 0
	flagLoop:
		for ; i < top; i++ {
			switch format[i] {
			case '-':
				flags |= flagLeftAdjust
			case '+':
				flags |= flagShowSign
			case ' ':
				flags |= flagSpaceSign
			case '#':
				alt = flagShowPrefix
			case '0':
				flags |= flagPadAfterSign
				fill = '0'
			default:
				break flagLoop
			}
		}
		width := 0
		if i < top {
			if format[i] == '*' {
				if argI >= len(argv) {
					return "", typeErr("format string needs more arguments")
				}
				w, err := f.getInt(argv[argI])
				if err != nil {
					return "", err
				}
				argI++
				width = int(w)
				i++
			} else {
				i = strToInt(format, i, &width)
			}
		}
		prec := -1
		if i < top && format[i] == '.' {
			i++
			if i < top {
				if format[i] == '*' {
					if argI >= len(argv) {
						return "", typeErr("format string needs more arguments")
					}
					w, err := f.getInt(argv[argI])
					if err != nil {
						return "", err
					}
					argI++
					prec = int(w)
					i++
				} else {
					prec = 0
					i = strToInt(format, i, &prec)
				}
			}
		}
		if i >= top {
			return "", valueErr("incomplete format")
		}
		if !haveArg {
			if argI >= len(argv) {
				return "", typeErr("format string needs more arguments")
			}
			arg = argv[argI]
			argI++
		}
		if err := f.percentOne(&p, format, i, arg, flags, fill, alt, width, prec, isBytes); err != nil {
			return "", err
		}
	}
	if !haveDict && argI != len(argv) {
		return "", typeErr("format string didn't convert all arguments")
	}
	return string(p.buf), nil
}

// percentOne formats one conversion, format[i] being its type character.
func (f *Formatter) percentOne(p *printer, format string, i int, arg Value, flags int, fill byte, alt, width, prec int, isBytes bool) error {
	h := f.Host
	kind := h.Kind(arg)
	switch verb := format[i]; verb {
	case 'c':
		switch kind {
		case KindStr:
			s := h.Text(arg)
			if len(s) != 1 {
				return typeErr("%%c needs int or char")
			}
			return p.strn(s, flags, ' ', width)
		case KindInt, KindBool:
			ch, err := f.getInt(arg)
			if err != nil {
				return err
			}
			return p.strn(string([]byte{byte(ch)}), flags, ' ', width)
		}
		return typeErr("integer needed")
	case 'd', 'i', 'u':
		var iv intVal
		var err error
		if kind == KindFloat {
			iv, err = intFromFloat(h.Float(arg))
		} else {
			iv, err = f.toIntVal(arg)
		}
		if err != nil {
			return err
		}
		return p.mpInt(iv, 10, 'a', flags, fill, width, prec)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := f.getFloat(arg)
		if err != nil {
			return err
		}
		return p.float(x, verb, flags, fill, width, prec, f.Single)
	case 'o':
		if alt != 0 {
			flags |= flagShowPrefix | flagOctalLetter
		}
		iv, err := f.toIntVal(arg)
		if err != nil {
			return err
		}
		return p.mpInt(iv, 8, 'a', flags, fill, width, prec)
	case 'r', 's':
		var s string
		var err error
		switch {
		case verb == 's' && isBytes && kind == KindBytes:
			s = h.Text(arg)
		case verb == 's':
			s, err = h.Str(arg)
		default:
			s, err = h.Repr(arg)
		}
		if err != nil {
			return err
		}
		if prec >= 0 && len(s) > prec {
			s = s[:prec]
		}
		return p.strn(s, flags, ' ', width)
	case 'X', 'x':
		iv, err := f.toIntVal(arg)
		if err != nil {
			return err
		}
		return p.mpInt(iv, 16, verb-('X'-'A'), flags|alt, fill, width, prec)
	default:
		// MicroPython prints the character as a raw byte, even a non-ASCII one.
		msg := "unsupported format character '" + string([]byte{verb}) + "' (0x" +
			strconv.FormatUint(uint64(verb), 16) + ") at index " + strconv.Itoa(i)
		return &Error{Type: "ValueError", Msg: msg}
	}
}
