package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// mpAttrs are the public attributes MicroPython 1.27's built-in types have (dir() on the
// reference build). gpython's types carry more (float.is_integer, int.bit_length, ...); those
// are removed so that hasattr and AttributeError answer as a board does.
var mpAttrs = map[*py.Type]string{
	py.StringType: "center count encode endswith find format index isalpha isdigit islower isspace isupper join lower lstrip partition replace rfind rindex rpartition rsplit rstrip split splitlines startswith strip upper",
	py.ListType:   "append clear copy count extend index insert pop remove reverse sort",
	py.TupleType:  "count index",
	py.IntType:    "from_bytes to_bytes",
	py.BigIntType: "from_bytes to_bytes",
	py.FloatType:  "",
	py.BoolType:   "from_bytes to_bytes",
	py.RangeType:  "",
}

// pruneBuiltinTypes removes from gpython's type dicts every public name MicroPython lacks.
func pruneBuiltinTypes() {
	for t, names := range mpAttrs {
		keep := map[string]bool{}
		for _, n := range strings.Fields(names) {
			keep[n] = true
		}
		for name := range t.Dict {
			if !strings.HasPrefix(name, "__") && !keep[name] {
				delete(t.Dict, name)
			}
		}
	}
}
