package mpy

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// installInt adds int.to_bytes and int.from_bytes.
func installInt() {
	toBytes := py.MustNewMethod("to_bytes", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("to_bytes", args, 1, 3); err != nil {
			return nil, err
		}
		n, ok := args[0].(py.Int)
		if !ok || n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
		}
		order := "big"
		if len(args) == 2 {
			order = string(mustStr(args[1]))
		}
		if v, ok := kw["byteorder"]; ok {
			order = string(mustStr(v))
		}
		signed := false
		if len(args) == 3 {
			signed, _ = Truth(args[2])
		}
		if v, ok := kw["signed"]; ok {
			signed, _ = Truth(v)
		}
		v := new(big.Int).Set(toBig(self))
		if v.Sign() < 0 {
			if !signed {
				return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
			}
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		}
		raw := v.Bytes()
		if len(raw) > int(n) {
			return nil, py.ExceptionNewf(py.OverflowError, "buffer too small")
		}
		out := make([]byte, int(n))
		copy(out[int(n)-len(raw):], raw)
		if order == "little" {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return &Bytes{b: out}, nil
	}, 0, "")
	fromBytes := py.MustNewMethod("from_bytes", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := nargs("from_bytes", args, 1, 2); err != nil {
			return nil, err
		}
		b, ok := bufferOf(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object with buffer protocol required")
		}
		order := "big"
		if len(args) == 2 {
			order = string(mustStr(args[1]))
		}
		if v, ok := kw["byteorder"]; ok {
			order = string(mustStr(v))
		}
		buf := append([]byte(nil), b...)
		if order == "little" {
			for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
				buf[i], buf[j] = buf[j], buf[i]
			}
		}
		v := new(big.Int).SetBytes(buf)
		if s, ok := kw["signed"]; ok {
			if t, _ := Truth(s); t && len(buf) > 0 && buf[0]&0x80 != 0 {
				v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
			}
		}
		return bigResult(v), nil
	}, py.METH_CLASS, "")
	for _, t := range []*py.Type{py.IntType, py.BigIntType} {
		t.Dict["to_bytes"] = toBytes
		t.Dict["from_bytes"] = fromBytes
	}
}

func mustStr(o py.Object) py.String {
	s, _ := o.(py.String)
	return s
}
