package modules

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// json as MicroPython 1.27's C module (extmod/modjson.c) behaves:
//
//   - dumps(obj, *, separators=None) and dump(obj, stream, *, separators=None) print with
//     MicroPython's JSON print kind: str and bytes as JSON strings (bytes >= 0x20 unescaped,
//     control characters as \uXXXX), tuples as lists, non-string dict keys in quotes around
//     their JSON form, dicts in hash-table order, floats as repr prints them, and anything
//     else (sets, bytearrays, instances) as its repr. No sort_keys, no indent.
//   - loads(str|bytes|buffer) and load(stream) run MicroPython's non-recursive parser, which
//     treats ',' and ':' as whitespace, does not check bracket pairs, and raises
//     ValueError("syntax error in JSON"). Numbers go through MicroPython's number parser and
//     its messages. Dicts start empty and take keys in document order. Nesting depth is bounded
//     only by the heap, as on the board (no host recursion).
//   - load reads the stream one byte at a time, so a failed parse leaves the stream where
//     MicroPython leaves it; dump writes the whole text with one stream write. Streams are
//     those of io's stream protocol (files, sockets, BytesIO/StringIO, io.IOBase subclasses);
//     a native object with only read(n) is read through it. Anything else raises
//     OSError("stream operation not supported").

// jsonMaxDepth bounds container nesting in dumps (MicroPython runs out of C stack and
// raises RuntimeError; the reference build manages about 2000 levels, a board fewer).
const jsonMaxDepth = 1000

// jsonMaxOutput bounds one dumps result (no board heap is larger).
const jsonMaxOutput = 16 << 20

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "json"},
		Methods: []*py.Method{
			py.MustNewMethod("dump", jsonDump, 0, ""),
			py.MustNewMethod("dumps", jsonDumps, 0, ""),
			py.MustNewMethod("load", jsonLoad, 0, ""),
			py.MustNewMethod("loads", jsonLoads, 0, ""),
		},
	})
}

// jsonEncoder prints values with MicroPython's PRINT_JSON kind.
type jsonEncoder struct {
	b               strings.Builder
	itemSep, keySep string
}

func newJSONEncoder(kw py.StringDict) (*jsonEncoder, error) {
	e := &jsonEncoder{itemSep: ", ", keySep: ": "}
	for k, v := range kw {
		if k != "separators" {
			return nil, py.ExceptionNewf(py.TypeError, "extra keyword arguments given")
		}
		if v == py.None {
			continue
		}
		var items []py.Object
		switch x := v.(type) {
		case py.Tuple:
			items = x
		case *py.List:
			items = x.Items
		default:
			return nil, py.ExceptionNewf(py.TypeError, "object '%s' isn't a tuple or list", v.Type().Name)
		}
		if len(items) != 2 {
			return nil, py.ExceptionNewf(py.ValueError, "requested length 2 but object has length %d", len(items))
		}
		item, err := strArg(items[0])
		if err != nil {
			return nil, err
		}
		key, err := strArg(items[1])
		if err != nil {
			return nil, err
		}
		e.itemSep, e.keySep = item, key
	}
	return e, nil
}

// writeString is mp_str_print_json.
func (e *jsonEncoder) writeString(s []byte) {
	const hex = "0123456789abcdef"
	e.b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			e.b.WriteByte('\\')
			e.b.WriteByte(c)
		case c >= 32:
			e.b.WriteByte(c)
		case c == '\n':
			e.b.WriteString(`\n`)
		case c == '\r':
			e.b.WriteString(`\r`)
		case c == '\t':
			e.b.WriteString(`\t`)
		default:
			e.b.WriteString(`\u00`)
			e.b.WriteByte(hex[c>>4])
			e.b.WriteByte(hex[c&15])
		}
	}
	e.b.WriteByte('"')
}

func (e *jsonEncoder) write(o py.Object, depth int) error {
	if e.b.Len() > jsonMaxOutput {
		return mpy.NewException(py.MemoryError, py.String("memory allocation failed, allocating "+strconv.Itoa(e.b.Len())+" bytes"))
	}
	switch x := o.(type) {
	case py.String:
		e.writeString([]byte(string(x)))
		return nil
	case *mpy.Bytes:
		e.writeString(x.Value())
		return nil
	case py.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.NoneType:
		e.b.WriteString("null")
		return nil
	case *py.List:
		return e.writeSeq(x.Items, depth)
	case py.Tuple:
		return e.writeSeq(x, depth)
	case *mpy.Dict:
		if depth >= jsonMaxDepth {
			return jsonDepthError()
		}
		e.b.WriteByte('{')
		for i, kv := range x.Items() {
			if i > 0 {
				e.b.WriteString(e.itemSep)
			}
			switch kv[0].(type) {
			case py.String, *mpy.Bytes:
				if err := e.write(kv[0], depth+1); err != nil {
					return err
				}
			default:
				e.b.WriteByte('"')
				if err := e.write(kv[0], depth+1); err != nil {
					return err
				}
				e.b.WriteByte('"')
			}
			e.b.WriteString(e.keySep)
			if err := e.write(kv[1], depth+1); err != nil {
				return err
			}
		}
		e.b.WriteByte('}')
		return nil
	case *py.Exception:
		// a built-in exception prints its args as a JSON list; a user subclass its repr
		if x.Type().Flags&py.TPFLAGS_HEAPTYPE == 0 {
			args, err := mpy.GetAttr(x, "args")
			if err != nil {
				return err
			}
			return e.write(args, depth)
		}
	case *mpy.Instance:
		if done, err := e.writeInstance(x, depth); done || err != nil {
			return err
		}
	}
	s, err := mpy.Repr(o)
	if err != nil {
		return err
	}
	e.b.WriteString(s)
	return nil
}

// writeInstance prints an instance of a class deriving from dict, list or tuple that does not
// define __repr__ as its built-in part (MicroPython's instance_print finds the native print
// first). It reports false for any other instance, which prints its repr.
func (e *jsonEncoder) writeInstance(x *mpy.Instance, depth int) (bool, error) {
	for _, b := range x.Type().Mro {
		t, ok := b.(*py.Type)
		if !ok {
			continue
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if _, own := t.Dict["__repr__"]; own {
				return false, nil
			}
			continue
		}
		switch t {
		case mpy.NewDict().Type():
			items, err := mpy.GetAttr(x, "items")
			if err != nil {
				return true, err
			}
			view, err := py.Call(items, nil, nil)
			if err != nil {
				return true, err
			}
			pairs, err := mpy.Collect(view)
			if err != nil {
				return true, err
			}
			d := mpy.NewOrderedDict()
			for _, p := range pairs {
				kv, ok := p.(py.Tuple)
				if !ok || len(kv) != 2 {
					return true, py.ExceptionNewf(py.TypeError, "dict items must be pairs")
				}
				if err := d.SetItem(kv[0], kv[1]); err != nil {
					return true, err
				}
			}
			return true, e.write(d, depth)
		case py.ListType, py.TupleType:
			items, err := mpy.Collect(x)
			if err != nil {
				return true, err
			}
			return true, e.writeSeq(items, depth)
		}
		return false, nil
	}
	return false, nil
}

func (e *jsonEncoder) writeSeq(items []py.Object, depth int) error {
	if depth >= jsonMaxDepth {
		return jsonDepthError()
	}
	e.b.WriteByte('[')
	for i, v := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		if err := e.write(v, depth+1); err != nil {
			return err
		}
	}
	e.b.WriteByte(']')
	return nil
}

func jsonDepthError() error {
	return mpy.NewException(py.RuntimeError, py.String("maximum recursion depth exceeded"))
}

func jsonDumps(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", 1-len(args))
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "extra positional arguments given")
	}
	e, err := newJSONEncoder(kw)
	if err != nil {
		return nil, err
	}
	if err := e.write(args[0], 0); err != nil {
		return nil, err
	}
	return py.String(e.b.String()), nil
}

func jsonDump(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", 2-len(args))
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "extra positional arguments given")
	}
	e, err := newJSONEncoder(kw)
	if err != nil {
		return nil, err
	}
	if !isStream(args[1]) {
		return nil, errStreamUnsupported()
	}
	if err := e.write(args[0], 0); err != nil {
		return nil, err
	}
	if _, err := StreamWrite(args[1], []byte(e.b.String())); err != nil {
		return nil, err
	}
	return py.None, nil
}

// jsonReader finds how json.load reads a stream: MicroPython's stream protocol (io's
// StreamReadInto: in-memory streams, io.IOBase subclasses, native objects with readinto),
// else a native object's read(n). Anything else raises OSError("stream operation not
// supported"), as mp_get_stream_raise does.
func jsonReader(o py.Object) (*streamSource, error) {
	if _, ok := o.(*MemIO); ok {
		return &streamSource{stream: o, readInto: true}, nil
	}
	if _, isInst := o.(*mpy.Instance); isInst {
		if isStream(o) {
			return &streamSource{stream: o, readInto: true}, nil
		}
		return nil, errStreamUnsupported()
	}
	if _, ok := o.(*BufferedWriter); ok {
		return nil, errStreamUnsupported()
	}
	if o.Type().Lookup("readinto") != nil && isStream(o) {
		return &streamSource{stream: o, readInto: true}, nil
	}
	read, err := mpy.GetAttr(o, "read")
	if err != nil {
		return nil, errStreamUnsupported()
	}
	return &streamSource{stream: o, read: read}, nil
}

// jsonSource is the byte stream the parser reads; 0 means the end (MicroPython's S_EOF: a NUL
// byte ends the document as the end of the stream does).
type jsonSource interface {
	next() (byte, error)
}

type sliceSource struct {
	b []byte
	i int
}

func (s *sliceSource) next() (byte, error) {
	if s.i >= len(s.b) {
		return 0, nil
	}
	c := s.b[s.i]
	s.i++
	return c, nil
}

// streamSource reads one byte per stream read, as MicroPython's json.load does, so a failed
// parse leaves the rest of the stream unread.
type streamSource struct {
	stream   py.Object
	readInto bool      // through StreamReadInto
	read     py.Object // else the object's read method, called as read(1)
	pending  []byte
	one      [1]byte
}

func (s *streamSource) next() (byte, error) {
	if s.readInto {
		n, err := StreamReadInto(s.stream, s.one[:])
		if err != nil || n == 0 {
			return 0, err
		}
		return s.one[0], nil
	}
	if len(s.pending) == 0 {
		r, err := py.Call(s.read, py.Tuple{py.Int(1)}, nil)
		if err != nil {
			return 0, err
		}
		var got []byte
		switch x := r.(type) {
		case py.String:
			got = []byte(string(x))
		case py.NoneType:
			return 0, mpy.NewOSError(errEAGAIN)
		default:
			b, ok := mpy.BufferOf(r)
			if !ok {
				return 0, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
			}
			got = b
		}
		if len(got) == 0 {
			return 0, nil
		}
		s.pending = append(s.pending[:0], got...)
	}
	c := s.pending[0]
	s.pending = s.pending[1:]
	return c, nil
}

func jsonLoads(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 1); err != nil {
		return nil, err
	}
	data, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	return parseJSON(&sliceSource{b: data})
}

func jsonLoad(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 1); err != nil {
		return nil, err
	}
	src, err := jsonReader(args[0])
	if err != nil {
		return nil, err
	}
	return parseJSON(src)
}

func jsonSyntaxError() error {
	return mpy.NewException(py.ValueError, py.String("syntax error in JSON"))
}

// parseJSON is MicroPython's json parser, step for step: one pass, a list as the stack.
func parseJSON(src jsonSource) (py.Object, error) {
	p := &jsonParser{src: src}
	return p.parse()
}

// jsonParser holds the parser's current byte (MicroPython's S_CUR).
type jsonParser struct {
	src jsonSource
	cur byte
}

func (p *jsonParser) next() error {
	c, err := p.src.next()
	p.cur = c
	return err
}

func (p *jsonParser) parse() (py.Object, error) {
	next := p.next
	var stack []py.Object
	var top, key py.Object
	var str []byte
	if err := next(); err != nil {
		return nil, err
	}
	for {
		if p.cur == 0 {
			return nil, jsonSyntaxError()
		}
		var value py.Object
		enter := false
		c := p.cur
		if err := next(); err != nil {
			return nil, err
		}
		switch c {
		case ',', ':', ' ', '\t', '\n', '\r':
			continue
		case 'n', 'f', 't':
			word := map[byte]string{'n': "ull", 'f': "alse", 't': "rue"}[c]
			for i := 0; i < len(word); i++ {
				if i > 0 {
					if err := next(); err != nil {
						return nil, err
					}
				}
				if p.cur != word[i] {
					return nil, jsonSyntaxError()
				}
			}
			if err := next(); err != nil {
				return nil, err
			}
			value = map[byte]py.Object{'n': py.None, 'f': py.False, 't': py.True}[c]
		case '"':
			str = str[:0]
			for p.cur != 0 && p.cur != '"' {
				ch := p.cur
				if ch == '\\' {
					if err := next(); err != nil {
						return nil, err
					}
					ch = p.cur
					switch ch {
					case 'b':
						ch = 0x08
					case 'f':
						ch = 0x0c
					case 'n':
						ch = 0x0a
					case 'r':
						ch = 0x0d
					case 't':
						ch = 0x09
					case 'u':
						var num uint32
						for i := 0; i < 4; i++ {
							if err := next(); err != nil {
								return nil, err
							}
							d := (p.cur | 0x20) - '0'
							if d > 9 {
								d -= 'a' - ('9' + 1)
							}
							num = num<<4 | uint32(d)
						}
						str = appendCodePoint(str, num)
						if err := next(); err != nil {
							return nil, err
						}
						continue
					}
				}
				str = append(str, ch)
				if err := next(); err != nil {
					return nil, err
				}
			}
			if p.cur == 0 {
				return nil, jsonSyntaxError()
			}
			if err := next(); err != nil {
				return nil, err
			}
			if !utf8Structural(str) {
				return nil, mpy.NewException(py.UnicodeError)
			}
			value = py.String(string(str))
		case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			flt := false
			str = str[:0]
			for {
				str = append(str, c)
				c = p.cur
				if c == '.' || c == 'E' || c == 'e' {
					flt = true
				} else if !(c == '+' || c == '-' || (c >= '0' && c <= '9')) {
					break
				}
				if err := next(); err != nil {
					return nil, err
				}
			}
			var err error
			if flt {
				value, err = parseMPFloat(string(str))
			} else {
				value, err = parseMPInt(string(str))
			}
			if err != nil {
				return nil, err
			}
		case '[':
			value = py.NewList()
			enter = true
		case '{':
			value = mpy.NewDict()
			enter = true
		case '}', ']':
			if top == nil {
				return nil, jsonSyntaxError()
			}
			if len(stack) == 0 {
				return p.finish(top)
			}
			top = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			continue
		default:
			return nil, jsonSyntaxError()
		}
		if top == nil {
			top = value
			if !enter {
				return p.finish(top)
			}
			continue
		}
		if l, ok := top.(*py.List); ok {
			l.Append(value)
		} else if key == nil {
			key = value
			if enter {
				return nil, jsonSyntaxError()
			}
		} else {
			if err := top.(*mpy.Dict).SetItem(key, value); err != nil {
				return nil, err
			}
			key = nil
		}
		if enter {
			stack = append(stack, top)
			top = value
		}
	}
}

// finish eats trailing whitespace and requires the end of the input.
func (p *jsonParser) finish(top py.Object) (py.Object, error) {
	for isSpaceByte(p.cur) {
		if err := p.next(); err != nil {
			return nil, err
		}
	}
	if p.cur != 0 {
		return nil, jsonSyntaxError()
	}
	return top, nil
}

// appendCodePoint is vstr_add_char: UTF-8 for any value below 0x110000, surrogates included.
func appendCodePoint(b []byte, c uint32) []byte {
	switch {
	case c < 0x80:
		return append(b, byte(c))
	case c < 0x800:
		return append(b, byte(0xc0|c>>6), byte(0x80|c&0x3f))
	case c < 0x10000:
		return append(b, byte(0xe0|c>>12), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
	}
	return append(b, byte(0xf0|c>>18), byte(0x80|(c>>12)&0x3f), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
}

// utf8Structural is MicroPython's utf8_check: lead and continuation bytes only.
func utf8Structural(b []byte) bool {
	need := 0
	for _, c := range b {
		switch {
		case need > 0:
			if c&0xc0 != 0x80 {
				return false
			}
			need--
		case c >= 0xf8:
			return false
		case c >= 0xf0:
			need = 3
		case c >= 0xe0:
			need = 2
		case c >= 0xc0:
			need = 1
		case c >= 0x80:
			return false
		}
	}
	return need == 0
}

// parseMPInt is mp_parse_num_integer in base 10 for a JSON number's text (digits and signs).
func parseMPInt(s string) (py.Object, error) {
	neg := false
	rest := s
	if strings.HasPrefix(rest, "-") {
		neg, rest = true, rest[1:]
	} else if strings.HasPrefix(rest, "+") {
		rest = rest[1:]
	}
	ok := rest != ""
	for i := 0; i < len(rest); i++ {
		if rest[i] < '0' || rest[i] > '9' {
			ok = false
			break
		}
	}
	if !ok {
		return nil, mpy.NewException(py.ValueError, py.String("invalid syntax for integer with base 10: '"+rest+"'"))
	}
	if len(rest) <= 18 {
		v, _ := strconv.ParseInt(rest, 10, 64)
		if neg {
			v = -v
		}
		return py.Int(v), nil
	}
	v, _ := new(big.Int).SetString(rest, 10)
	if neg {
		v.Neg(v)
	}
	if v.IsInt64() {
		return intObject(v.Int64()), nil
	}
	return (*py.BigInt)(v), nil
}

// parseMPFloat is mp_parse_num_float for a JSON number's text: MicroPython's grammar decides
// what is accepted ("-." and "-e5" are -0.0 there), the value is correctly rounded.
func parseMPFloat(s string) (py.Object, error) {
	bad := mpy.NewException(py.ValueError, py.String("invalid syntax for number"))
	neg := false
	body := s
	if strings.HasPrefix(body, "-") {
		neg, body = true, body[1:]
	} else if strings.HasPrefix(body, "+") {
		body = body[1:]
	}
	const intg, frac, exp = 0, 1, 2
	in := intg
	digits := false
	i := 0
	for i < len(body) {
		c := body[i]
		i++
		switch {
		case c >= '0' && c <= '9':
			if in != exp {
				digits = true
			}
		case in == intg && c == '.':
			in = frac
		case in != exp && (c|0x20) == 'e':
			in = exp
			if i < len(body) && (body[i] == '+' || body[i] == '-') {
				i++
			}
			if i == len(body) {
				return nil, bad
			}
		default:
			return nil, bad
		}
	}
	if body == "" {
		return nil, bad
	}
	if !digits {
		if neg {
			return py.Float(negZero()), nil
		}
		return py.Float(0), nil
	}
	text := body
	if in == exp {
		// an exponent without digits after its sign cannot reach here; "1.e5" is fine for Go
		if k := strings.IndexAny(text, "eE"); k > 0 && !strings.ContainsAny(text[k+1:], "0123456789") {
			return nil, bad
		}
	}
	if strings.HasPrefix(text, ".") {
		text = "0" + text
	}
	if k := strings.IndexAny(text, "eE"); k > 0 && text[k-1] == '.' {
		text = text[:k-1] + text[k:]
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return nil, bad
		}
	}
	if neg {
		f = -f
	}
	return py.Float(f), nil
}

func negZero() float64 { return math.Copysign(0, -1) }
