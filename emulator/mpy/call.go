package mpy

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// The CALL_FUNCTION family is ours: star arguments accept any iterable, **mapping accepts our
// dict, the order of keyword arguments is kept for the callee's **kwargs dict (gpython passes
// them in a Go map), and argument errors carry MicroPython's messages.

func callHooks(m map[vm.OpCode]opFunc) {
	m[vm.CALL_FUNCTION] = opCall(false, false)
	m[vm.CALL_FUNCTION_VAR] = opCall(true, false)
	m[vm.CALL_FUNCTION_KW] = opCall(false, true)
	m[vm.CALL_FUNCTION_VAR_KW] = opCall(true, true)
}

func opCall(star, starKw bool) opFunc {
	return func(it *Interp, f *py.Frame, argc int32) error {
		var starKwargs, starArgs py.Object
		if starKw {
			starKwargs = pop(f)
		}
		if star {
			starArgs = pop(f)
		}
		nargs := int(argc & 0xff)
		nkw := int((argc >> 8) & 0xff)
		base := len(f.Stack) - 2*nkw - nargs - 1
		fn := f.Stack[base]
		args := make(py.Tuple, nargs, nargs+4)
		copy(args, f.Stack[base+1:base+1+nargs])
		kwItems := f.Stack[base+1+nargs:]
		var kwargs py.StringDict
		var order []string
		if nkw > 0 || starKwargs != nil {
			kwargs = py.NewStringDict()
		}
		for i := 0; i+1 < len(kwItems); i += 2 {
			k, ok := kwItems[i].(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			if _, dup := kwargs[string(k)]; dup {
				return py.ExceptionNewf(py.TypeError, "function got multiple values for argument '%s'", k)
			}
			kwargs[string(k)] = kwItems[i+1]
			order = append(order, string(k))
		}
		f.Stack = f.Stack[:base]
		if starArgs != nil {
			items, err := Collect(starArgs)
			if err != nil {
				return err
			}
			args = append(args, items...)
		}
		if starKwargs != nil {
			pairs, err := mappingItems(starKwargs)
			if err != nil {
				return err
			}
			for _, kv := range pairs {
				k, ok := kv[0].(py.String)
				if !ok {
					return py.ExceptionNewf(py.TypeError, "keywords must be strings")
				}
				if _, dup := kwargs[string(k)]; dup {
					return py.ExceptionNewf(py.TypeError, "function got multiple values for argument '%s'", k)
				}
				kwargs[string(k)] = kv[1]
				order = append(order, string(k))
			}
		}
		it.kwOrder = order
		r, err := py.Call(fn, args, kwargs)
		if err != nil {
			return callError(err, fn, len(args))
		}
		push(f, r)
		return nil
	}
}

// mappingItems returns the (key, value) pairs of a ** operand in its iteration order.
func mappingItems(o py.Object) ([][2]py.Object, error) {
	switch x := o.(type) {
	case *Dict:
		return x.Items(), nil
	case py.StringDict:
		var out [][2]py.Object
		for _, k := range sortedKeys(x) {
			out = append(out, [2]py.Object{py.String(k), x[k]})
		}
		return out, nil
	}
	keys, err := callMethod(o, "keys")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping")
	}
	ks, err := Collect(keys)
	if err != nil {
		return nil, err
	}
	out := make([][2]py.Object, 0, len(ks))
	for _, k := range ks {
		v, err := GetItem(o, k)
		if err != nil {
			return nil, err
		}
		out = append(out, [2]py.Object{k, v})
	}
	return out, nil
}

// callError rewrites gpython's argument errors into MicroPython's.
func callError(err error, fn py.Object, given int) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Type() != py.TypeError {
		return err
	}
	msg := exceptionStr(e)
	var code *py.Code
	name := ""
	switch x := fn.(type) {
	case *py.Function:
		code, name = x.Code, x.Name
	case *py.BoundMethod:
		if f, ok := x.Method.(*py.Function); ok {
			code, name = f.Code, f.Name
			given++
		}
	case *py.Type:
		if init, ok := x.Lookup("__init__").(*py.Function); ok && isUserClass(x) {
			code, name = init.Code, init.Name
			given++
		}
	}
	if code == nil || !strings.HasPrefix(msg, name+"()") {
		return err
	}
	switch {
	case strings.Contains(msg, "missing") && strings.Contains(msg, "required positional argument"),
		strings.Contains(msg, "positional argument but") || strings.Contains(msg, "positional arguments but"):
		if strings.Contains(msg, "were given") || strings.Contains(msg, "was given") || strings.Contains(msg, "missing") {
			return NewException(py.TypeError, py.String(name+"() takes "+itoa(int64(code.Argcount))+" positional arguments but "+itoa(int64(given))+" were given"))
		}
	case strings.Contains(msg, "unexpected keyword argument"):
		i := strings.Index(msg, "'")
		return NewException(py.TypeError, py.String("unexpected keyword argument "+msg[i:]))
	case strings.Contains(msg, "got multiple values for argument"):
		i := strings.Index(msg, "'")
		return NewException(py.TypeError, py.String("function got multiple values for argument "+msg[i:]))
	case strings.Contains(msg, "missing") && strings.Contains(msg, "keyword-only"):
		return NewException(py.TypeError, py.String("function missing keyword-only argument"))
	}
	return err
}

// convertKwargs turns the **kwargs parameter of a frame that has just started from gpython's
// map into our dict, in the order the caller passed the keywords.
func (it *Interp) convertKwargs(f *py.Frame) {
	c := f.Code
	idx := int(c.Argcount + c.Kwonlyargcount)
	if c.Flags&py.CO_VARARGS != 0 {
		idx++
	}
	if sd, ok := f.Localsplus[idx].(py.StringDict); ok {
		f.Localsplus[idx] = it.orderedKwargs(sd)
		return
	}
	for i, a := range c.Cell2arg {
		if int(a) == idx {
			if cell, ok := f.CellAndFreeVars[i].(*py.Cell); ok {
				if sd, ok := cell.Get().(py.StringDict); ok {
					cell.Set(it.orderedKwargs(sd))
				}
			}
		}
	}
}

func (it *Interp) orderedKwargs(sd py.StringDict) *Dict {
	d := NewDictSized(len(sd))
	seen := map[string]bool{}
	for _, k := range it.kwOrder {
		if v, ok := sd[k]; ok && !seen[k] {
			seen[k] = true
			_ = d.SetItem(py.String(k), v)
		}
	}
	for _, k := range sortedKeys(sd) {
		if !seen[k] {
			_ = d.SetItem(py.String(k), sd[k])
		}
	}
	return d
}
