package mpy

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// The methods str, bytes and bytearray share in MicroPython. They are written once over Go
// strings: textOf gives the receiver's text and mk builds a result of the receiver's type.

type textKind int

const (
	kindStr textKind = iota
	kindBytes
	kindByteArray
)

func textOf(o py.Object) (string, textKind, bool) {
	switch x := o.(type) {
	case py.String:
		return string(x), kindStr, true
	case *Bytes:
		return string(x.b), kindBytes, true
	case *ByteArray:
		return string(x.b), kindByteArray, true
	}
	return "", 0, false
}

func mkText(k textKind, s string) py.Object {
	switch k {
	case kindBytes:
		return &Bytes{b: []byte(s)}
	case kindByteArray:
		return &ByteArray{b: []byte(s)}
	}
	return py.String(s)
}

// argText converts an argument to the receiver's kind of text, with MicroPython's TypeError.
func argText(k textKind, o py.Object) (string, error) {
	if k == kindStr {
		if s, ok := o.(py.String); ok {
			return string(s), nil
		}
		return "", py.ExceptionNewf(py.TypeError, "can't convert '%s' object to str implicitly", typeName(o))
	}
	if b, ok := bufferOf(o); ok {
		return string(b), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "can't convert '%s' object to bytes implicitly", typeName(o))
}

// cpLen is the length in code points (str) or bytes.
func cpLen(k textKind, s string) int {
	if k == kindStr {
		return utf8.RuneCountInString(s)
	}
	return len(s)
}

// byteOff converts a code point index of s to a byte offset (str only).
func byteOff(k textKind, s string, cp int) int {
	if k != kindStr {
		return cp
	}
	i := 0
	for off := range s {
		if i == cp {
			return off
		}
		i++
	}
	return len(s)
}

// cpIndex converts a byte offset to a code point index (str only).
func cpIndex(k textKind, s string, off int) int {
	if k != kindStr {
		return off
	}
	return utf8.RuneCountInString(s[:off])
}

// sliceArgs resolves optional start/end arguments (code points) to byte offsets.
func sliceArgs(k textKind, s string, args py.Tuple) (int, int, error) {
	n := cpLen(k, s)
	start, end := 0, n
	get := func(o py.Object, def int) (int, error) {
		if o == py.None {
			return def, nil
		}
		v, ok := o.(py.Int)
		if !ok {
			return 0, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(o))
		}
		i := int(v)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i, nil
	}
	var err error
	if len(args) > 0 {
		if start, err = get(args[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 {
		if end, err = get(args[1], n); err != nil {
			return 0, 0, err
		}
	}
	if end < start {
		end = start
	}
	return byteOff(k, s, start), byteOff(k, s, end), nil
}

func isSpaceByte(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// splitWhitespace is split() with no separator.
func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, strings.TrimRightFunc(s[i:], func(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) }))
			return out
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var rev []string
	j := len(s)
	for {
		for j > 0 && isSpaceByte(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(rev) == maxsplit {
			rev = append(rev, strings.TrimLeftFunc(s[:j], func(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) }))
			break
		}
		i := j
		for i > 0 && !isSpaceByte(s[i-1]) {
			i--
		}
		rev = append(rev, s[i:j])
		j = i
	}
	out := make([]string, len(rev))
	for i, v := range rev {
		out[len(rev)-1-i] = v
	}
	return out
}

func listOfText(k textKind, parts []string) py.Object {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = mkText(k, p)
	}
	return py.NewListFromItems(items)
}

func kwInt(kw py.StringDict, name string, def int) (int, error) {
	v, ok := kw[name]
	if !ok {
		return def, nil
	}
	n, ok := v.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(v))
	}
	return int(n), nil
}

type textMethod func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error)

func installStr() {
	types := []*py.Type{py.StringType, BytesType, ByteArrayType}
	def := func(name string, fn textMethod, only ...*py.Type) {
		m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			s, k, ok := textOf(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a str object", name)
			}
			return fn(k, s, self, args, kw)
		}, 0, "")
		ts := types
		if len(only) > 0 {
			ts = only
		}
		for _, t := range ts {
			t.Dict[name] = m
		}
	}
	def("split", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return splitImpl(k, s, args, kw, false)
	})
	def("rsplit", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return splitImpl(k, s, args, kw, true)
	})
	def("join", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("join", args, 1, 1); err != nil {
			return nil, err
		}
		items, err := Collect(args[0])
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for i, it := range items {
			if i > 0 {
				b.WriteString(s)
			}
			t, err := joinItem(k, it)
			if err != nil {
				return nil, err
			}
			b.WriteString(t)
		}
		if err := chargeAlloc(b.Len()); err != nil {
			return nil, err
		}
		return mkText(k, b.String()), nil
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		def(name, func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 0, 1); err != nil {
				return nil, err
			}
			cut := func(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) }
			chars := ""
			if len(args) == 1 && args[0] != py.None {
				c, err := argText(k, args[0])
				if err != nil {
					return nil, err
				}
				chars = c
				cut = func(r rune) bool { return strings.ContainsRune(chars, r) }
			}
			switch name {
			case "strip":
				s = strings.TrimRightFunc(strings.TrimLeftFunc(s, cut), cut)
			case "lstrip":
				s = strings.TrimLeftFunc(s, cut)
			default:
				s = strings.TrimRightFunc(s, cut)
			}
			return mkText(k, s), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		def(name, func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := sliceArgs(k, s, args[1:])
			if err != nil {
				return nil, err
			}
			sub := s[start:end]
			var cands []py.Object
			if t, ok := args[0].(py.Tuple); ok {
				cands = t
			} else {
				cands = []py.Object{args[0]}
			}
			for _, c := range cands {
				p, err := argText(k, c)
				if err != nil {
					return nil, err
				}
				if (name == "startswith" && strings.HasPrefix(sub, p)) || (name == "endswith" && strings.HasSuffix(sub, p)) {
					return py.True, nil
				}
			}
			return py.False, nil
		})
	}
	findLike := func(name string, reverse, raise bool) {
		def(name, func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 3); err != nil {
				return nil, err
			}
			sub, err := argText(k, args[0])
			if err != nil {
				return nil, err
			}
			start, end, err := sliceArgs(k, s, args[1:])
			if err != nil {
				return nil, err
			}
			var i int
			if reverse {
				i = strings.LastIndex(s[start:end], sub)
			} else {
				i = strings.Index(s[start:end], sub)
			}
			if i < 0 {
				if raise {
					return nil, py.ExceptionNewf(py.ValueError, "substring not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(cpIndex(k, s, start+i)), nil
		})
	}
	findLike("find", false, false)
	findLike("rfind", true, false)
	findLike("index", false, true)
	findLike("rindex", true, true)
	def("count", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("count", args, 1, 3); err != nil {
			return nil, err
		}
		sub, err := argText(k, args[0])
		if err != nil {
			return nil, err
		}
		start, end, err := sliceArgs(k, s, args[1:])
		if err != nil {
			return nil, err
		}
		if sub == "" {
			return py.Int(cpLen(k, s[start:end]) + 1), nil
		}
		return py.Int(strings.Count(s[start:end], sub)), nil
	})
	def("replace", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("replace", args, 2, 3); err != nil {
			return nil, err
		}
		old, err := argText(k, args[0])
		if err != nil {
			return nil, err
		}
		nw, err := argText(k, args[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 3 {
			c, ok := args[2].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[2]))
			}
			n = int(c)
		}
		return mkText(k, strings.Replace(s, old, nw, n)), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		def(name, func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := nargs(name, args, 1, 1); err != nil {
				return nil, err
			}
			sep, err := argText(k, args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			var i int
			if name == "partition" {
				i = strings.Index(s, sep)
				if i < 0 {
					return py.Tuple{mkText(k, s), mkText(k, ""), mkText(k, "")}, nil
				}
			} else {
				i = strings.LastIndex(s, sep)
				if i < 0 {
					return py.Tuple{mkText(k, ""), mkText(k, ""), mkText(k, s)}, nil
				}
			}
			return py.Tuple{mkText(k, s[:i]), mkText(k, sep), mkText(k, s[i+len(sep):])}, nil
		})
	}
	def("lower", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return mkText(k, mapASCII(s, 'A', 'Z', 32)), nil
	})
	def("upper", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return mkText(k, mapASCII(s, 'a', 'z', -32)), nil
	})
	pred := func(name string, ok func(c byte) bool, needCased bool) {
		def(name, func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(s) == 0 {
				return py.False, nil
			}
			cased := false
			for i := 0; i < len(s); i++ {
				c := s[i]
				if needCased {
					if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
						cased = true
						if !ok(c) {
							return py.False, nil
						}
					}
					continue
				}
				if !ok(c) {
					return py.False, nil
				}
			}
			if needCased {
				return py.NewBool(cased), nil
			}
			return py.True, nil
		})
	}
	pred("isalpha", func(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }, false)
	pred("isdigit", func(c byte) bool { return c >= '0' && c <= '9' }, false)
	pred("isspace", isSpaceByte, false)
	pred("islower", func(c byte) bool { return c >= 'a' && c <= 'z' }, true)
	pred("isupper", func(c byte) bool { return c >= 'A' && c <= 'Z' }, true)
	def("center", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("center", args, 1, 1); err != nil {
			return nil, err
		}
		w, ok := args[0].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[0]))
		}
		n := cpLen(k, s)
		if int(w) <= n {
			return self, nil
		}
		left := (int(w) - n) / 2
		right := int(w) - n - left
		return mkText(k, strings.Repeat(" ", left)+s+strings.Repeat(" ", right)), nil
	})
	def("splitlines", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		keep := false
		if v, ok := kw["keepends"]; ok {
			t, err := Truth(v)
			if err != nil {
				return nil, err
			}
			keep = t
		}
		if len(args) > 0 {
			t, err := Truth(args[0])
			if err != nil {
				return nil, err
			}
			keep = t
		}
		var parts []string
		for len(s) > 0 {
			i := strings.IndexAny(s, "\r\n")
			if i < 0 {
				parts = append(parts, s)
				break
			}
			j := i + 1
			if s[i] == '\r' && j < len(s) && s[j] == '\n' {
				j++
			}
			if keep {
				parts = append(parts, s[:j])
			} else {
				parts = append(parts, s[:i])
			}
			s = s[j:]
		}
		return listOfText(k, parts), nil
	})
	def("format", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		r, err := strFormat(s, args, kw)
		if err != nil {
			return nil, err
		}
		return mkText(k, r), nil
	})
	def("encode", func(k textKind, s string, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &Bytes{b: []byte(s)}, nil
	}, py.StringType)
}

// joinItem checks one item of sep.join(items).
func joinItem(k textKind, it py.Object) (string, error) {
	if k == kindStr {
		s, ok := it.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "join expects a list of str/bytes objects consistent with self object")
		}
		return string(s), nil
	}
	b, ok := bufferOf(it)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "join expects a list of str/bytes objects consistent with self object")
	}
	return string(b), nil
}

func mapASCII(s string, lo, hi byte, delta int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= lo && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}

func splitImpl(k textKind, s string, args py.Tuple, kw py.StringDict, reverse bool) (py.Object, error) {
	if err := nargs("split", args, 0, 2); err != nil {
		return nil, err
	}
	maxsplit, err := kwInt(kw, "maxsplit", -1)
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		n, ok := args[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "can't convert %s to int", typeName(args[1]))
		}
		maxsplit = int(n)
	}
	var sepObj py.Object = py.None
	if len(args) > 0 {
		sepObj = args[0]
	}
	if v, ok := kw["sep"]; ok {
		sepObj = v
	}
	if sepObj == py.None {
		if reverse {
			return listOfText(k, rsplitWhitespace(s, maxsplit)), nil
		}
		return listOfText(k, splitWhitespace(s, maxsplit)), nil
	}
	sep, err := argText(k, sepObj)
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, py.ExceptionNewf(py.ValueError, "empty separator")
	}
	if !reverse {
		return listOfText(k, strings.SplitN(s, sep, splitN(maxsplit))), nil
	}
	var rev []string
	for maxsplit < 0 || len(rev) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	rev = append(rev, s)
	out := make([]string, len(rev))
	for i, v := range rev {
		out[len(rev)-1-i] = v
	}
	return listOfText(k, out), nil
}

func splitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}
