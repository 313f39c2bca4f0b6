package modules

import (
	"hash/crc32"
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/ota-emu/ota-emu/emulator/mpy"
)

// binascii as MicroPython 1.27's C module (extmod/modbinascii.c) behaves on ESP32 and RP2:
// hexlify is bytes.hex returning bytes (an optional one-character separator), unhexlify is
// bytes.fromhex (whitespace between pairs skipped, "non-hex digit" for anything else, odd
// lengths included), a2b_base64 skips characters outside the alphabet and raises
// ValueError("incorrect padding"), b2a_base64 takes newline (positional or keyword), crc32 is
// zlib's CRC-32 with an optional running value. a2b_hex and b2a_hex are not in the C module.

func init() {
	mpy.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "binascii"},
		Methods: []*py.Method{
			py.MustNewMethod("hexlify", binHexlify, 0, ""),
			py.MustNewMethod("unhexlify", binUnhexlify, 0, ""),
			py.MustNewMethod("a2b_base64", binA2bBase64, 0, ""),
			py.MustNewMethod("b2a_base64", binB2aBase64, 0, ""),
			py.MustNewMethod("crc32", binCRC32, 0, ""),
		},
	})
}

// bufferArg returns the bytes of a buffer-protocol argument (str included, as in MicroPython).
func bufferArg(o py.Object) ([]byte, error) {
	if s, ok := o.(py.String); ok {
		return []byte(string(s)), nil
	}
	if b, ok := mpy.BufferOf(o); ok {
		return b, nil
	}
	return nil, mpy.NewException(py.TypeError, py.String("object with buffer protocol required"))
}

// strArg is mp_obj_str_get_str: a str or bytes argument's text.
func strArg(o py.Object) (string, error) {
	switch x := o.(type) {
	case py.String:
		return string(x), nil
	case *mpy.Bytes:
		return string(x.Value()), nil
	}
	return "", mpy.NewException(py.TypeError, py.String("can't convert '"+o.Type().Name+"' object to str implicitly"))
}

// argCount checks the positional argument count as MicroPython words it for a built-in
// function taking between min and max arguments.
func argCount(args py.Tuple, min, max int) error {
	n := len(args)
	switch {
	case min == max && n != min:
		return py.ExceptionNewf(py.TypeError, "function takes %d positional arguments but %d were given", min, n)
	case n < min:
		return py.ExceptionNewf(py.TypeError, "function missing %d required positional arguments", min-n)
	case n > max:
		return py.ExceptionNewf(py.TypeError, "function expected at most %d arguments, got %d", max, n)
	}
	return nil
}

// noKeywords refuses keyword arguments to a function that takes none.
func noKeywords(kw py.StringDict) error {
	if len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "function doesn't take keyword arguments")
	}
	return nil
}

// intArg is mp_obj_get_int for ints, bools and big ints.
func intArg(o py.Object) (*big.Int, error) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), nil
	case py.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x)), nil
	}
	return nil, mpy.NewException(py.TypeError, py.String("can't convert "+o.Type().Name+" to int"))
}

func binHexlify(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 2); err != nil {
		return nil, err
	}
	data, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return mpy.NewBytes(nil), nil
	}
	sep := -1
	if len(args) == 2 {
		s, err := strArg(args[1])
		if err != nil {
			return nil, err
		}
		sep = 0 // an empty separator inserts the terminating NUL, as MicroPython does
		if len(s) > 0 {
			sep = int(s[0])
		}
	}
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(data)*3)
	for i, c := range data {
		if i > 0 && sep >= 0 {
			out = append(out, byte(sep))
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return mpy.NewBytes(out), nil
}

func isSpaceByte(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func binUnhexlify(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
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
	out := make([]byte, 0, len(data)/2)
	for i := 0; i < len(data); {
		c1 := data[i]
		i++
		if isSpaceByte(c1) {
			continue
		}
		if i == len(data) {
			return nil, mpy.NewException(py.ValueError, py.String("non-hex digit"))
		}
		hi, ok1 := hexValue(c1)
		lo, ok2 := hexValue(data[i])
		i++
		if !ok1 || !ok2 {
			return nil, mpy.NewException(py.ValueError, py.String("non-hex digit"))
		}
		out = append(out, hi<<4|lo)
	}
	return mpy.NewBytes(out), nil
}

func base64Sextet(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

func binA2bBase64(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 1); err != nil {
		return nil, err
	}
	in, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(in)*3/4+1)
	var shift uint
	nbits := 0
	hadPad := false
	for _, c := range in {
		if c == '=' {
			if nbits == 2 || (nbits == 4 && hadPad) {
				nbits = 0
				break
			}
			hadPad = true
		}
		s := base64Sextet(c)
		if s < 0 {
			continue
		}
		hadPad = false
		shift = shift<<6 | uint(s)
		nbits += 6
		if nbits >= 8 {
			nbits -= 8
			out = append(out, byte(shift>>uint(nbits)))
		}
	}
	if nbits != 0 {
		return nil, mpy.NewException(py.ValueError, py.String("incorrect padding"))
	}
	return mpy.NewBytes(out), nil
}

func binB2aBase64(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 1 {
		return nil, argCount(args, 1, 1)
	}
	newline := true
	rest := args[1:]
	if len(rest) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "extra positional arguments given")
	}
	if len(rest) == 1 {
		t, err := mpy.Truth(rest[0])
		if err != nil {
			return nil, err
		}
		newline = t
	}
	for k, v := range kw {
		if k != "newline" || len(rest) == 1 {
			return nil, py.ExceptionNewf(py.TypeError, "extra keyword arguments given")
		}
		t, err := mpy.Truth(v)
		if err != nil {
			return nil, err
		}
		newline = t
	}
	in, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	out := make([]byte, 0, (len(in)+2)/3*4+1)
	for len(in) >= 3 {
		out = append(out, alphabet[in[0]>>2], alphabet[(in[0]&3)<<4|in[1]>>4],
			alphabet[(in[1]&15)<<2|in[2]>>6], alphabet[in[2]&63])
		in = in[3:]
	}
	switch len(in) {
	case 1:
		out = append(out, alphabet[in[0]>>2], alphabet[(in[0]&3)<<4], '=', '=')
	case 2:
		out = append(out, alphabet[in[0]>>2], alphabet[(in[0]&3)<<4|in[1]>>4], alphabet[(in[1]&15)<<2], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return mpy.NewBytes(out), nil
}

func binCRC32(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := noKeywords(kw); err != nil {
		return nil, err
	}
	if err := argCount(args, 1, 2); err != nil {
		return nil, err
	}
	data, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	var crc uint32
	if len(args) == 2 {
		v, err := intArg(args[1])
		if err != nil {
			return nil, err
		}
		crc = uint32(truncate(v, 32).Uint64())
	}
	return py.Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
}

// truncate returns v modulo 2**bits (two's complement truncation, as C stores an int).
func truncate(v *big.Int, bits uint) *big.Int {
	m := new(big.Int).Lsh(big.NewInt(1), bits)
	r := new(big.Int).Mod(v, m)
	return r
}
